"""Handing out aid: receipts against list rows, reversals, needs met, where a program stands.

A list row is received at most once. A second receipt for the same row is
refused with when and by whom the first was recorded; after a mistake the
first is reversed (a reversing receipt with the opposite quantities, the
original kept) and the row can be received again. More than the entitlement,
or more than the stock, needs a reason and an accountant or approver.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.dates import format_date
from app.db import Database
from app.errors import FieldError, UserError
from app.i18n import _
from app.models import (
    Entitlement,
    Household,
    Need,
    Organisation,
    Person,
    Program,
    Receipt,
    ReceiptLine,
    Recipient,
)
from app.services import vocab
from app.services.ledger import check_date, check_entry, raise_field_errors, stock_of
from app.services.programs import items_by_id
from app.services.recipient_lists import live_gives, row_code
from app.services.roles import Actor, display_name, display_names, require
from app.text import clean

# Far beyond the entitlement is a typing mistake, not generosity: refused even with a reason.
ABSURD_FACTOR = 100


@dataclass
class ReceiptDraft:
    recipient_id: uuid.UUID
    given_on: date | None = None
    quantities: dict[uuid.UUID, Decimal] | None = None  # None: exactly the entitlement
    id_type: str | None = None  # cccd | cmnd | other | None (no ID shown)
    id_number: str = ""
    collector: str = "self"  # self | proxy
    collector_person_id: uuid.UUID | None = None
    proxy_name: str = ""
    proxy_relation: str = ""
    handed_by: str = ""
    note: str = ""
    over_reason: str = ""


@dataclass(frozen=True)
class OpenNeed:
    id: uuid.UUID
    kind: str
    quantity: Decimal | None
    unit: str | None


@dataclass(frozen=True)
class Recorded:
    receipt_id: uuid.UUID
    code: str
    household_id: uuid.UUID
    id_check: str
    warnings: list[str] = field(default_factory=list)
    open_needs: list[OpenNeed] = field(default_factory=list)  # needs the items given may meet


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def record_receipt(
    db: Database, actor: Actor, d: ReceiptDraft, today: date | None = None
) -> Recorded:
    """Record that a list row was handed out, in one transaction."""
    require(actor, "data_entry", "accountant")
    items = items_by_id(db)
    errors = check_date(d.given_on, "given_on", today)
    if d.collector not in vocab.COLLECTORS:
        errors.append(FieldError("collector", _("Choose who collected: in person or a proxy.")))
    if d.collector == "proxy":
        if not clean(d.proxy_name):
            errors.append(FieldError("proxy_name", _("Type the proxy's full name.")))
        if not clean(d.proxy_relation):
            errors.append(
                FieldError("proxy_relation", _("Type how the proxy is related to the household."))
            )
        if not _digits(d.id_number):
            errors.append(FieldError("id_number", _("Type the number of the proxy's ID document.")))
    number = _digits(d.id_number)
    if d.id_number and d.id_type in ("cccd", "cmnd") and len(number) != vocab.ID_LENGTHS[d.id_type]:
        errors.append(FieldError("id_number", _("A {type} number has {n} digits.").format(
            type=d.id_type.upper(), n=vocab.ID_LENGTHS[d.id_type])))  # fmt: skip
    if not number and not clean(d.note):
        errors.append(FieldError("id_number", _("Type the number of the ID shown, or say in the note "
                                                "why no ID was shown.")))  # fmt: skip
    if not clean(d.handed_by):
        errors.append(FieldError("handed_by", _("Type who handed it out.")))
    raise_field_errors(errors, _("The receipt cannot be recorded yet:"))
    with db.write(actor.username) as s:
        r = s.get(Recipient, d.recipient_id)
        if r is None:
            raise UserError(_("This list row no longer exists."))
        p = s.get(Program, r.program_id)
        code = row_code(p.code, r.seq)
        _check_row(s, p, r, code)
        _check_not_received(s, r, code)
        entitled = dict(s.execute(sa.select(Entitlement.item_id, Entitlement.quantity)
                                  .where(Entitlement.recipient_id == r.id)).all())  # fmt: skip
        quantities = dict(entitled) if d.quantities is None else dict(d.quantities)
        warnings = _check_quantities(s, actor, d, quantities, entitled, items, code, p.starts_on)
        id_check, id_warnings = _check_id(s, r.household_id, d, number)
        warnings += id_warnings
        attempt = (
            s.scalar(sa.select(sa.func.max(Receipt.attempt)).where(Receipt.recipient_id == r.id))
            or 0
        ) + 1
        receipt = Receipt(
            program_id=p.id, recipient_id=r.id, household_id=r.household_id, kind="give", attempt=attempt,
            given_on=d.given_on, id_type=(d.id_type or "other") if number else None, id_number=number or None,
            id_check=id_check, collector=d.collector, collector_person_id=d.collector_person_id,
            proxy_name=clean(d.proxy_name) or None if d.collector == "proxy" else None,
            proxy_relation=clean(d.proxy_relation) or None if d.collector == "proxy" else None,
            handed_by=clean(d.handed_by), note=clean(d.note) or None,
            over_reason=clean(d.over_reason) or None,
        )  # fmt: skip
        s.add(receipt)
        try:
            s.flush()
        except (
            sa.exc.IntegrityError
        ) as exc:  # the unique (row, attempt, kind) index: another PC won
            raise UserError(
                _(
                    "Row {code} was recorded as received on another computer a moment ago. "
                    "It is not recorded twice; look at the row's history."
                ).format(code=code)
            ) from exc
        for item_id, q in quantities.items():
            if q:
                s.add(ReceiptLine(receipt_id=receipt.id, program_id=p.id, household_id=r.household_id,
                                  item_id=item_id, quantity=q, given_on=d.given_on))  # fmt: skip
        kinds = {
            items[i].need_kind
            for i, q in quantities.items()
            if q and i in items and items[i].need_kind
        }
        needs = [
            OpenNeed(n.id, n.kind, n.quantity, n.unit)
            for n in s.scalars(sa.select(Need).where(
                Need.household_id == r.household_id, Need.status == "open", Need.voided.is_(False),
                Need.kind.in_(kinds)).order_by(Need.assessed_on))
        ] if kinds else []  # fmt: skip
        s.flush()
        return Recorded(receipt.id, code, r.household_id, id_check, warnings, needs)


def check_receivable(db: Database, recipient_id: uuid.UUID) -> None:
    """UserError unless the row could be received now: the same checks (and words) as
    record_receipt — list approved and not locked, row listed, household live, not already
    received (naming when and by whom) — for a form about to open or a scan to explain."""
    with db.read() as s:
        r = s.get(Recipient, recipient_id)
        if r is None:
            raise UserError(_("This list row no longer exists."))
        p = s.get(Program, r.program_id)
        code = row_code(p.code, r.seq)
        _check_row(s, p, r, code)
        _check_not_received(s, r, code)


def _check_row(s: Session, p: Program, r: Recipient, code: str) -> None:
    if p.list_status in ("draft", "submitted"):
        raise UserError(_("The list of “{name}” is not approved yet ({status}); aid is handed out only "
                          "against an approved list.").format(
            name=p.name, status=vocab.label(vocab.LIST_STATUSES, p.list_status).lower()))  # fmt: skip
    if p.list_status == "locked":
        raise UserError(
            _("The list of “{name}” is locked: the round is closed.").format(name=p.name)
        )
    if r.status != "listed":
        raise UserError(
            _("Row {code} was taken off the list: {reason}").format(
                code=code, reason=r.reason or ""
            )
        )
    h = s.get(Household, r.household_id)
    if h is None or h.voided:
        raise UserError(_("Household {code} has been removed from the registry ({reason}); nothing can be "
                          "handed out to it. Take it off the list.").format(
            code=h.code if h else "?", reason=h.void_reason if h else ""))  # fmt: skip


def _check_not_received(s: Session, r: Recipient, code: str) -> None:
    reversal = sa.orm.aliased(Receipt)
    first = s.scalar(
        sa.select(Receipt).where(Receipt.recipient_id == r.id, Receipt.kind == "give",
                                 ~sa.exists().where(reversal.reverses_id == Receipt.id))
    )  # fmt: skip
    if first is not None:
        raise UserError(_("Row {code} was already received on {date}: recorded by {user} at {time}. "
                          "It is not recorded twice. If the first record is wrong, reverse it first.").format(
            code=code, date=format_date(first.given_on), user=display_name(s, first.created_by),
            time=first.created_at.strftime("%H:%M %d/%m/%Y")))  # fmt: skip


def _check_quantities(s: Session, actor: Actor, d: ReceiptDraft, quantities: dict, entitled: dict,
                      items: dict, code: str, starts_on: date) -> list[str]:  # fmt: skip
    errors: list[FieldError] = []
    over: list[str] = []
    for item_id, q in quantities.items():
        item = items.get(item_id)
        if item is None:
            errors.append(FieldError("quantities", _("Unknown item.")))
            continue
        if q is None or q == 0:
            continue
        problems = check_entry(q, item, "quantities")
        if problems:
            errors += [FieldError("quantities", f"{item.name}: {p.message}") for p in problems]
            continue
        allowed = entitled.get(item_id, Decimal(0))
        if q > max(allowed, Decimal(1)) * ABSURD_FACTOR:
            errors.append(FieldError("quantities", _("{item}: {q} is far more than the entitlement ({e}); "
                                                     "check the number.").format(
                item=item.name, q=item.text(q), e=item.text(allowed))))  # fmt: skip
            continue
        if q > allowed:
            over.append(_("{item}: {q} is more than the entitlement ({e})").format(
                item=item.name, q=item.text(q), e=item.text(allowed)))  # fmt: skip
        on_hand = stock_of(s, item_id)
        if q > on_hand:
            over.append(
                _("{item}: only {on_hand} is in stock").format(
                    item=item.name, on_hand=item.text(on_hand)
                )
            )
    if not any(q for q in quantities.values() if q):
        errors.append(
            FieldError("quantities", _("Nothing would be handed out: every quantity is zero."))
        )
    if d.given_on and d.given_on < starts_on:
        errors.append(FieldError("given_on", _("The date is before the program starts ({date}).").format(
            date=format_date(starts_on))))  # fmt: skip
    raise_field_errors(errors, _("The receipt for {code} cannot be recorded:").format(code=code))
    if over:
        if not clean(d.over_reason):
            raise UserError(_("Row {code}: {problems}. If that is right, type the reason; an accountant "
                              "or approver must record it.").format(code=code, problems="; ".join(over)),
                            field_errors=[FieldError("over_reason", "; ".join(over))])  # fmt: skip
        require(actor, "accountant", "approver")
        return over
    return []


def _check_id(
    s: Session, household_id: uuid.UUID, d: ReceiptDraft, number: str
) -> tuple[str, list[str]]:
    """How the ID shown compares with the registry: match | unregistered | none."""
    if not number:
        return "none", [_("No ID was shown.")]
    holders = s.execute(
        sa.select(Person.household_id, Person.full_name, Household.code)
        .join(Household, Household.id == Person.household_id)
        .where(sa.or_(Person.id_number == number, Person.old_id_number == number), Person.voided.is_(False))
    ).all()  # fmt: skip
    if any(h == household_id for h, _n, _c in holders):
        return "match", []
    if d.collector == "self":
        if holders:
            _h, name, code = holders[0]
            raise UserError(_("ID number {number} belongs to {name} of household {code}, not to this "
                              "household. If that person collects for this household, choose “By a proxy”.")
                            .format(number=number, name=name, code=code),
                            field_errors=[FieldError("id_number", _("Not a member of this household."))])  # fmt: skip
        return "unregistered", [_("ID number {number} is not in the registry; check it against the "
                                  "household's papers.").format(number=number)]  # fmt: skip
    return "unregistered", []


def reverse_receipt(db: Database, actor: Actor, receipt_id: uuid.UUID, reason: str) -> uuid.UUID:
    """Cancel a receipt with a reversing receipt; the row can then be received again."""
    require(actor, "accountant")
    reason = clean(reason)
    if not reason:
        raise UserError(_("Say why the receipt is reversed; the reason is kept in the ledger."))
    with db.write(actor.username) as s:
        original = s.get(Receipt, receipt_id)
        if original is None:
            raise UserError(_("This receipt no longer exists."))
        if original.kind != "give":
            raise UserError(_("This is itself a reversal; record the receipt again instead."))
        done = s.scalar(sa.select(Receipt).where(Receipt.reverses_id == original.id))
        if done is not None:
            raise UserError(_("This receipt was already reversed on {date} by {user}.").format(
                date=format_date(done.created_at.date()), user=display_name(s, done.created_by)))  # fmt: skip
        p = s.get(Program, original.program_id)
        if p.list_status == "locked":
            raise UserError(
                _("The list of “{name}” is locked: the round is closed.").format(name=p.name)
            )
        reversal = Receipt(
            program_id=original.program_id, recipient_id=original.recipient_id,
            household_id=original.household_id, kind="reverse", attempt=original.attempt,
            given_on=date.today(), id_type=None, id_number=None, id_check="none",
            collector=original.collector, handed_by=actor.full_name, note=reason,
            reverses_id=original.id,
        )  # fmt: skip
        s.add(reversal)
        s.flush()
        for line in s.scalars(
            sa.select(ReceiptLine).where(ReceiptLine.receipt_id == original.id)
        ).all():
            s.add(ReceiptLine(receipt_id=reversal.id, program_id=line.program_id, household_id=line.household_id,
                              item_id=line.item_id, quantity=-line.quantity, given_on=reversal.given_on))  # fmt: skip
        for need in s.scalars(sa.select(Need).where(Need.met_by_receipt_id == original.id)):
            need.status, need.status_on, need.met_by_receipt_id = "open", None, None
            need.status_reason = _(
                "Reopened: the receipt that met it was reversed ({reason})"
            ).format(reason=reason)
        s.flush()
        return reversal.id


def mark_needs_met(
    db: Database, actor: Actor, need_ids: list[uuid.UUID], receipt_id: uuid.UUID
) -> int:
    """Mark needs met by a receipt (the receipt is kept with the need as its evidence)."""
    require(actor, "data_entry", "accountant")
    with db.write(actor.username) as s:
        receipt = s.get(Receipt, receipt_id)
        if receipt is None or receipt.kind != "give":
            raise UserError(_("This receipt no longer exists."))
        p = s.get(Program, receipt.program_id)
        done = 0
        for need in s.scalars(sa.select(Need).where(Need.id.in_(need_ids))):
            if need.household_id != receipt.household_id or need.status != "open":
                continue
            need.status, need.status_on, need.met_by_receipt_id = (
                "met",
                receipt.given_on,
                receipt.id,
            )
            need.status_reason = _("Received in {program} on {date}").format(
                program=f"{p.code} {p.name}", date=format_date(receipt.given_on))  # fmt: skip
            done += 1
        return done


# --- what was recorded -----------------------------------------------------------------------


@dataclass(frozen=True)
class ReceiptInfo:
    id: uuid.UUID
    code: str
    kind: str  # give | reverse
    given_on: date
    lines: dict[uuid.UUID, Decimal]
    id_type: str | None
    id_number: str
    id_check: str
    collector: str
    proxy_name: str
    proxy_relation: str
    handed_by: str
    note: str
    over_reason: str
    recorded_by: str
    recorded_at: datetime
    reversed_by: uuid.UUID | None


def receipts_of_row(db: Database, recipient_id: uuid.UUID) -> list[ReceiptInfo]:
    """Every receipt and reversal of a list row, oldest first."""
    with db.read() as s:
        r = s.get(Recipient, recipient_id)
        if r is None:
            return []
        p = s.get(Program, r.program_id)
        receipts = s.scalars(sa.select(Receipt).where(Receipt.recipient_id == recipient_id)
                             .order_by(Receipt.hlc)).all()  # fmt: skip
        return _infos(s, receipts, {r.id: row_code(p.code, r.seq)})


def _infos(s: Session, receipts: list[Receipt], codes: dict[uuid.UUID, str]) -> list[ReceiptInfo]:
    ids = [x.id for x in receipts]
    names = display_names(s)
    lines: dict[uuid.UUID, dict] = {i: {} for i in ids}
    for rid, item_id, q in s.execute(sa.select(ReceiptLine.receipt_id, ReceiptLine.item_id, ReceiptLine.quantity)
                                     .where(ReceiptLine.receipt_id.in_(ids))):  # fmt: skip
        lines[rid][item_id] = q
    reversed_by = dict(s.execute(sa.select(Receipt.reverses_id, Receipt.id)
                                 .where(Receipt.reverses_id.in_(ids))).all())  # fmt: skip
    return [
        ReceiptInfo(x.id, codes.get(x.recipient_id, ""), x.kind, x.given_on, lines[x.id], x.id_type,
                    x.id_number or "", x.id_check, x.collector, x.proxy_name or "", x.proxy_relation or "",
                    x.handed_by, x.note or "", x.over_reason or "", names.get(x.created_by, x.created_by), x.created_at,
                    reversed_by.get(x.id))
        for x in receipts
    ]  # fmt: skip


@dataclass(frozen=True)
class ItemProgress:
    item_id: uuid.UUID
    name: str
    unit: str
    planned: Decimal
    given: Decimal
    on_hand: Decimal  # the item's stock now, all programs
    earmarked_left: (
        Decimal | None
    )  # received for this program minus given by it, if anything was earmarked


@dataclass(frozen=True)
class ProgramProgress:
    households_listed: int
    households_received: int
    persons_listed: int
    persons_received: int
    items: list[ItemProgress]

    @property
    def households_waiting(self) -> int:
        return self.households_listed - self.households_received


def program_progress(db: Database, program_id: uuid.UUID) -> ProgramProgress:
    """Planned against given, per item and in households and persons; what is left in stock."""
    from app.models import Donation
    from app.services.ledger import stock

    items = items_by_id(db)
    with db.read() as s:
        give = live_gives(program_id)
        listed, persons, received, persons_received = s.execute(
            sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(Recipient.persons), 0),
                      sa.func.count(give.c.recipient_id),
                      sa.func.coalesce(sa.func.sum(sa.case((give.c.recipient_id.is_not(None), Recipient.persons),
                                                           else_=0)), 0))
            .select_from(Recipient).outerjoin(give, give.c.recipient_id == Recipient.id)
            .where(Recipient.program_id == program_id, Recipient.status == "listed")
        ).one()  # fmt: skip
        planned = dict(s.execute(
            sa.select(Entitlement.item_id, sa.func.sum(Entitlement.quantity))
            .join(Recipient, Recipient.id == Entitlement.recipient_id)
            .where(Recipient.program_id == program_id, Recipient.status == "listed")
            .group_by(Entitlement.item_id)).all())  # fmt: skip
        given = dict(s.execute(sa.select(ReceiptLine.item_id, sa.func.sum(ReceiptLine.quantity))
                               .where(ReceiptLine.program_id == program_id)
                               .group_by(ReceiptLine.item_id)).all())  # fmt: skip
        earmarked = dict(s.execute(sa.select(Donation.item_id, sa.func.sum(Donation.quantity))
                                   .where(Donation.program_id == program_id)
                                   .group_by(Donation.item_id)).all())  # fmt: skip
        order = list(planned)
    on_hand = {row.item.id: row.on_hand for row in stock(db)}
    zero = Decimal(0)
    ids = sorted(set(order) | set(given), key=lambda i: items[i].name if i in items else "")
    return ProgramProgress(
        listed, received, int(persons), int(persons_received),
        [ItemProgress(i, items[i].name, items[i].unit, planned.get(i, zero), given.get(i, zero),
                      on_hand.get(i, zero),
                      earmarked[i] - given.get(i, zero) if i in earmarked else None)
         for i in ids if i in items],
    )  # fmt: skip


@dataclass(frozen=True)
class HistoryRow:
    given_on: date
    program: str
    organisation: str
    code: str
    kind: str  # give | reverse
    lines: dict[uuid.UUID, Decimal]
    collector: str
    recorded_by: str


def household_history(db: Database, household_id: uuid.UUID) -> list[HistoryRow]:
    """Everything a household has received from every program (and every reversal)."""
    with db.read() as s:
        rows = s.execute(
            sa.select(Receipt, Program.code, Program.name, Organisation.name, Recipient.seq)
            .join(Program, Program.id == Receipt.program_id)
            .join(Recipient, Recipient.id == Receipt.recipient_id)
            .outerjoin(Organisation, Organisation.id == Program.organisation_id)
            .where(Receipt.household_id == household_id).order_by(Receipt.given_on, Receipt.hlc)
        ).all()  # fmt: skip
        infos = _infos(s, [r for r, *_ in rows], {})
    return [
        HistoryRow(info.given_on, f"{code} {name}", org or "", row_code(code, seq), info.kind, info.lines,
                   info.proxy_name if info.collector == "proxy" else "", info.recorded_by)
        for info, (_r, code, name, org, seq) in zip(infos, rows, strict=True)
    ]  # fmt: skip
