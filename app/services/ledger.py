"""Donations in, stock adjustments out, and the stock on hand derived from the ledger.

Stock on hand of an item = donations − quantities handed out − adjustments,
summed over the append-only ledger every time it is asked for; there is no
counter that could drift. A mistake is corrected by a reversing row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.dates import format_date
from app.db import Database
from app.errors import FieldError, UserError
from app.i18n import _
from app.models import Donation, Program, ReceiptLine, StockAdjustment
from app.services import vocab
from app.services.office import current_office_id
from app.services.programs import ItemInfo, check_quantity, items_by_id
from app.services.roles import Actor, display_name, display_names, require
from app.text import clean, fold

# More than this in one entry is a typing mistake (extra zeros), not a gift.
MAX_ENTRY = {"VND": Decimal(100_000_000_000), None: Decimal(10_000_000)}


def max_entry(unit: str) -> Decimal:
    return MAX_ENTRY.get(unit, MAX_ENTRY[None])


def check_entry(
    value: Decimal | None, item: ItemInfo, field_name: str = "quantity"
) -> list[FieldError]:
    """A quantity of one ledger entry: positive, whole đồng, not absurd."""
    errors = check_quantity(value, item.unit, field_name)
    if errors:
        return errors
    if value == 0:
        return [FieldError(field_name, _("The quantity must be more than zero."))]
    if value > max_entry(item.unit):
        return [FieldError(field_name, _("{q} is far more than one entry can be; check the number.")
                           .format(q=item.text(value)))]  # fmt: skip
    return []


def check_date(value: date | None, field_name: str, today: date | None = None) -> list[FieldError]:
    today = today or date.today()
    if value is None:
        return [FieldError(field_name, _("Type the date."))]
    if value > today:
        return [FieldError(field_name, _("The date is in the future."))]
    if value.year < 2000:
        return [FieldError(field_name, _("The date is too far in the past; check the year."))]
    return []


def raise_field_errors(errors: list[FieldError], title: str) -> None:
    if errors:
        raise UserError(
            title + "\n" + "\n".join(f"• {e.message}" for e in errors), field_errors=errors
        )


# --- donations ----------------------------------------------------------------------------


@dataclass
class DonationDraft:
    donor_name: str = ""
    item_id: uuid.UUID | None = None
    quantity: Decimal | None = None
    received_on: date | None = None
    source: str = "donation"  # donation | budget
    organisation_id: uuid.UUID | None = None
    receipt_no: str = ""
    program_id: uuid.UUID | None = None  # earmarked for this program
    note: str = ""


def record_donation(db: Database, actor: Actor, d: DonationDraft) -> uuid.UUID:
    """Record aid received (or a budget allocation). Only an accountant/treasurer may."""
    require(actor, "accountant")
    items = items_by_id(db)
    item = items.get(d.item_id) if d.item_id else None
    errors = []
    if not clean(d.donor_name):
        errors.append(
            FieldError("donor_name", _("Type who gave it (a person, a business, the budget)."))
        )
    if d.source not in vocab.DONATION_SOURCES:
        errors.append(FieldError("source", _("Choose donation or budget allocation.")))
    if item is None:
        errors.append(FieldError("item", _("Choose the item.")))
    else:
        errors += check_entry(d.quantity, item)
    errors += check_date(d.received_on, "received_on")
    raise_field_errors(errors, _("The donation cannot be recorded yet:"))
    receipt_no = clean(d.receipt_no)
    with db.write(actor.username) as s:
        if receipt_no:
            other = sa.orm.aliased(Donation)
            first = s.scalar(sa.select(Donation).where(
                Donation.receipt_no == receipt_no,
                ~sa.exists().where(other.reverses_id == Donation.id),
            ))  # fmt: skip
            if first is not None:
                raise UserError(_("Receipt number {no} was already recorded on {date} by {user} "
                                  "({donor}). If this is a different donation, give it its own number.")
                                .format(no=receipt_no, date=format_date(first.received_on),
                                        user=display_name(s, first.created_by), donor=first.donor_name))  # fmt: skip
        if d.program_id is not None and s.get(Program, d.program_id) is None:
            raise UserError(_("This program no longer exists."))
        row = Donation(
            office_id=current_office_id(s), source=d.source, donor_name=clean(d.donor_name),
            donor_folded=fold(d.donor_name), organisation_id=d.organisation_id,
            received_on=d.received_on, item_id=d.item_id, quantity=d.quantity,
            receipt_no=receipt_no or None, program_id=d.program_id, note=clean(d.note) or None,
        )  # fmt: skip
        s.add(row)
        s.flush()
        return row.id


def reverse_donation(db: Database, actor: Actor, donation_id: uuid.UUID, reason: str) -> uuid.UUID:
    """Cancel a donation entry with a reversing entry (the original stays, marked reversed)."""
    require(actor, "accountant")
    reason = clean(reason)
    if not reason:
        raise UserError(_("Say why this entry is reversed; the reason is kept in the ledger."))
    with db.write(actor.username) as s:
        original = s.get(Donation, donation_id)
        if original is None:
            raise UserError(_("This entry no longer exists."))
        _check_reversible(s, Donation, original)
        if stock_of(s, original.item_id) - original.quantity < 0:
            raise UserError(_("Part of this donation has already been handed out: reversing it would "
                              "leave the stock below zero. Record the correct donation first."))  # fmt: skip
        row = Donation(
            office_id=original.office_id, source=original.source, donor_name=original.donor_name,
            donor_folded=original.donor_folded, organisation_id=original.organisation_id,
            received_on=date.today(), item_id=original.item_id, quantity=-original.quantity,
            receipt_no=None, program_id=original.program_id, note=reason, reverses_id=original.id,
        )  # fmt: skip
        s.add(row)
        s.flush()
        return row.id


def _check_reversible(s: Session, model, original) -> None:
    if original.reverses_id is not None:
        raise UserError(_("This entry is itself a reversal; record the correct entry instead."))
    done = s.scalar(sa.select(model).where(model.reverses_id == original.id))
    if done is not None:
        raise UserError(_("This entry was already reversed on {date} by {user}.").format(
            date=format_date(done.created_at.date()), user=display_name(s, done.created_by)))  # fmt: skip


def entry_note(note: str, reversed_: bool, reverses: bool) -> str:
    """What a ledger entry's note says where it is listed: whether a reversing entry cancelled
    it, or it cancels another."""
    if reversed_:
        return _("cancelled by a reversing entry") + (f" — {note}" if note else "")
    if reverses:
        return _("Reversing entry: {reason}").format(reason=note)
    return note


@dataclass(frozen=True)
class DonationRow:
    id: uuid.UUID
    received_on: date
    donor_name: str
    source: str
    item: str
    quantity: Decimal
    quantity_text: str
    receipt_no: str
    earmark: str  # the program's code and name, or ""
    note: str
    recorded_by: str
    recorded_at: datetime
    reverses_id: uuid.UUID | None
    reversed: bool
    unit: str = ""  # the item's unit code (vocab.UNITS)


@dataclass(frozen=True)
class DonationQuery:
    text: str = ""  # donor or receipt number
    item_id: uuid.UUID | None = None
    program_id: uuid.UUID | None = None


def list_donations(db: Database, query: DonationQuery = DonationQuery(), offset: int = 0,
                   limit: int = 500) -> list[DonationRow]:  # fmt: skip
    items = items_by_id(db)
    other = sa.orm.aliased(Donation)
    reversed_ = sa.exists().where(other.reverses_id == Donation.id)
    q = (sa.select(Donation, Program.code, Program.name, reversed_)
         .outerjoin(Program, Program.id == Donation.program_id))  # fmt: skip
    q = _donation_filter(q, query).order_by(Donation.received_on.desc(), Donation.hlc.desc())
    with db.read() as s:
        rows = s.execute(q.offset(offset).limit(limit)).all()
        names = display_names(s)
    out = []
    for d, pcode, pname, is_reversed in rows:
        item = items.get(d.item_id)
        out.append(DonationRow(
            d.id, d.received_on, d.donor_name, d.source, item.name if item else "?", d.quantity,
            item.text(d.quantity) if item else str(d.quantity), d.receipt_no or "",
            f"{pcode} {pname}" if pcode else "", d.note or "", names.get(d.created_by, d.created_by), d.created_at,
            d.reverses_id, bool(is_reversed), item.unit if item else "",
        ))  # fmt: skip
    return out


def count_donations(db: Database, query: DonationQuery = DonationQuery()) -> int:
    with db.read() as s:
        return (
            s.scalar(_donation_filter(sa.select(sa.func.count()).select_from(Donation), query)) or 0
        )


def _donation_filter(q, query: DonationQuery):
    if query.item_id is not None:
        q = q.where(Donation.item_id == query.item_id)
    if query.program_id is not None:
        q = q.where(Donation.program_id == query.program_id)
    text = clean(query.text)
    if text:
        q = q.where(sa.or_(Donation.donor_folded.contains(fold(text)), Donation.receipt_no == text))
    return q


def donors(db: Database) -> list[str]:
    """Donor names already used, for the donation form's suggestions."""
    with db.read() as s:
        names = s.scalars(sa.select(Donation.donor_name).distinct().limit(2000)).all()
    return sorted(set(names), key=fold)


# --- adjustments ------------------------------------------------------------------------------


def record_adjustment(db: Database, actor: Actor, item_id: uuid.UUID, quantity: Decimal | None,
                      made_on: date | None, reason: str, program_id: uuid.UUID | None = None
                      ) -> uuid.UUID:  # fmt: skip
    """Stock that left other than by a receipt (spoilt, lost, sent on). Accountant only."""
    require(actor, "accountant")
    item = items_by_id(db).get(item_id)
    if item is None:
        raise UserError(_("Choose the item."))
    errors = check_entry(quantity, item) + check_date(made_on, "made_on")
    if not clean(reason):
        errors.append(
            FieldError("reason", _("Say why the stock goes down (spoilt, lost, sent to …)."))
        )
    raise_field_errors(errors, _("The adjustment cannot be recorded yet:"))
    with db.write(actor.username) as s:
        on_hand = stock_of(s, item_id)
        if quantity > on_hand:
            raise UserError(_("Only {on_hand} of {item} is in stock; an adjustment cannot take away {q}.")
                            .format(on_hand=item.text(on_hand), item=item.name, q=item.text(quantity)))  # fmt: skip
        row = StockAdjustment(office_id=current_office_id(s), item_id=item_id, quantity=quantity, made_on=made_on,
                              program_id=program_id, reason=clean(reason))  # fmt: skip
        s.add(row)
        s.flush()
        return row.id


def reverse_adjustment(
    db: Database, actor: Actor, adjustment_id: uuid.UUID, reason: str
) -> uuid.UUID:
    require(actor, "accountant")
    reason = clean(reason)
    if not reason:
        raise UserError(_("Say why this entry is reversed; the reason is kept in the ledger."))
    with db.write(actor.username) as s:
        original = s.get(StockAdjustment, adjustment_id)
        if original is None:
            raise UserError(_("This entry no longer exists."))
        _check_reversible(s, StockAdjustment, original)
        row = StockAdjustment(office_id=original.office_id, item_id=original.item_id,
                              quantity=-original.quantity, made_on=date.today(),
                              program_id=original.program_id, reason=reason, reverses_id=original.id)  # fmt: skip
        s.add(row)
        s.flush()
        return row.id


# --- stock ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StockRow:
    item: ItemInfo
    received: Decimal
    given: Decimal
    adjusted: Decimal

    @property
    def on_hand(self) -> Decimal:
        return self.received - self.given - self.adjusted


def _sums(s: Session, column, item_column, *where) -> dict[uuid.UUID, Decimal]:
    return dict(s.execute(sa.select(item_column, sa.func.sum(column)).where(*where)
                          .group_by(item_column)).all())  # fmt: skip


def stock(db: Database, program_id: uuid.UUID | None = None) -> list[StockRow]:
    """Stock of every item that ever moved; with a program: what was earmarked for it and what
    it handed out."""
    items = items_by_id(db)
    with db.read() as s:
        d_where = [Donation.program_id == program_id] if program_id else []
        r_where = [ReceiptLine.program_id == program_id] if program_id else []
        a_where = [StockAdjustment.program_id == program_id] if program_id else []
        received = _sums(s, Donation.quantity, Donation.item_id, *d_where)
        given = _sums(s, ReceiptLine.quantity, ReceiptLine.item_id, *r_where)
        adjusted = _sums(s, StockAdjustment.quantity, StockAdjustment.item_id, *a_where)
    zero = Decimal(0)
    ids = [i for i in items if i in received or i in given or i in adjusted]
    return [
        StockRow(items[i], received.get(i, zero), given.get(i, zero), adjusted.get(i, zero))
        for i in ids
    ]


def stock_of(s: Session, item_id: uuid.UUID) -> Decimal:
    zero = Decimal(0)
    received = s.scalar(
        sa.select(sa.func.sum(Donation.quantity)).where(Donation.item_id == item_id)
    )
    given = s.scalar(
        sa.select(sa.func.sum(ReceiptLine.quantity)).where(ReceiptLine.item_id == item_id)
    )
    adjusted = s.scalar(sa.select(sa.func.sum(StockAdjustment.quantity))
                        .where(StockAdjustment.item_id == item_id))  # fmt: skip
    return (received or zero) - (given or zero) - (adjusted or zero)


@dataclass(frozen=True)
class AdjustmentRow:
    id: uuid.UUID
    made_on: date
    item: str
    quantity_text: str
    reason: str
    recorded_by: str
    reverses_id: uuid.UUID | None
    reversed: bool
    quantity: Decimal | None = None
    unit: str = ""  # the item's unit code (vocab.UNITS)


def list_adjustments(db: Database, limit: int | None = 500) -> list[AdjustmentRow]:
    """The stock adjustments, newest first (`limit` None: all of them)."""
    items = items_by_id(db)
    other = sa.orm.aliased(StockAdjustment)
    with db.read() as s:
        rows = s.execute(
            sa.select(StockAdjustment, sa.exists().where(other.reverses_id == StockAdjustment.id))
            .order_by(StockAdjustment.made_on.desc(), StockAdjustment.hlc.desc()).limit(limit)
        ).all()  # fmt: skip
        names = display_names(s)
    return [AdjustmentRow(a.id, a.made_on, items[a.item_id].name if a.item_id in items else "?",
                          items[a.item_id].text(a.quantity) if a.item_id in items else str(a.quantity),
                          a.reason, names.get(a.created_by, a.created_by), a.reverses_id, bool(rev),
                          a.quantity, items[a.item_id].unit if a.item_id in items else "")
            for a, rev in rows]  # fmt: skip
