"""A program's recipient list: built from its rules, explained, amended, approved.

The list is one per program and moves draft → submitted → approved → locked
(`LIST_FLOW`). While it is a draft it can be rebuilt from the rules and edited
by hand; once approved it changes only by an amendment, recorded with its
reason and a new list version, so a paper list signed earlier can be told
apart from the current one. Every step is a `ListEvent` (append-only).

Building reads the registry with a few set queries (households, members,
category assignments, open needs) and assesses each household with the pure
function in app/services/entitlement.py.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.dates import format_date
from app.db import Database
from app.errors import UserError
from app.i18n import N_, _
from app.models import (
    AidItem,
    Entitlement,
    Hamlet,
    Household,
    ListEvent,
    Person,
    Program,
    Receipt,
    Recipient,
)
from app.services import vocab
from app.services.entitlement import Assessment
from app.services.list_building import (  # noqa: F401 - build_list and BuildResult are used from here
    BuildResult,
    RawIds,
    assess_all,
    assessment_of,
    build_list,
    program_for_update,
    reasons_text,
    refresh_row,
    registry_facts,
    status_text,
)
from app.services.overlap import Overlap, group_overlaps, households_info
from app.services.programs import load_program, rules_of
from app.services.roles import Actor, display_names, require
from app.text import clean, fold

# status → (next status, role that moves it there)
LIST_FLOW = {"draft": ("submitted", "data_entry"), "submitted": ("approved", "approver"),
             "approved": ("locked", "approver")}  # fmt: skip
ROW_CODE = re.compile(r"^\s*([A-Za-z]\d{3,})-(\d{1,7})\s*$")

Progress = Callable[[int, int], None]


def row_code(program_code: str, seq: int) -> str:
    """The code printed on a list row and typed or scanned at hand-out: P0003-00042."""
    return f"{program_code}-{seq:05d}"


# --- the list's life ---------------------------------------------------------------------


def advance_list(db: Database, actor: Actor, program_id: uuid.UUID, note: str = "") -> str:
    """Submit a draft, approve a submitted list, or lock an approved one. Returns the new status."""
    with db.write(actor.username) as s:
        p = program_for_update(s, program_id)
        if p.list_status not in LIST_FLOW:
            raise UserError(
                _("The list of “{name}” is locked; nothing more can change.").format(name=p.name)
            )
        target, role = LIST_FLOW[p.list_status]
        require(actor, role)
        if target == "submitted":
            listed = s.scalar(sa.select(sa.func.count()).select_from(Recipient).where(
                Recipient.program_id == p.id, Recipient.status == "listed"))  # fmt: skip
            if not listed:
                raise UserError(_("The list is empty: build it first (Build the list)."))
        p.list_status = target
        s.add(ListEvent(program_id=p.id, action=target, list_version=p.list_version,
                        reason=clean(note) or None))  # fmt: skip
        return target


def return_list(db: Database, actor: Actor, program_id: uuid.UUID, reason: str) -> None:
    """Send a submitted list back to draft, with the reason (for the person who prepared it)."""
    require(actor, "approver")
    reason = clean(reason)
    if not reason:
        raise UserError(_("Say why the list goes back, so it can be corrected."))
    with db.write(actor.username) as s:
        p = program_for_update(s, program_id)
        if p.list_status != "submitted":
            raise UserError(_("Only a submitted list can be sent back; this one is {status}.").format(
                status=status_text(p)))  # fmt: skip
        p.list_status = "draft"
        s.add(
            ListEvent(
                program_id=p.id, action="returned", list_version=p.list_version, reason=reason
            )
        )


def add_to_list(db: Database, actor: Actor, program_id: uuid.UUID, household_id: uuid.UUID,
                reason: str) -> uuid.UUID:  # fmt: skip
    """Put a household on the list by hand, with the reason. On an approved list: an amendment."""
    reason = clean(reason)
    if not reason:
        raise UserError(
            _("Say why this household is added by hand; the reason is kept with the list.")
        )
    draft = load_program(db, program_id)
    rules = rules_of(draft)
    with db.write(actor.username) as s:
        p = program_for_update(s, program_id)
        amending = _check_editable(actor, p)
        h = s.get(Household, household_id)
        if h is None or h.voided:
            raise UserError(
                _("This household has been removed from the registry; it cannot be added.")
            )
        a = assessment_of(s, rules, household_id)  # a live household: never None here
        r = s.scalar(sa.select(Recipient).where(Recipient.program_id == p.id,
                                                Recipient.household_id == household_id))  # fmt: skip
        if r is not None and r.status == "listed":
            raise UserError(_("Household {code} is already on the list (row {code2}).").format(
                code=h.code, code2=row_code(p.code, r.seq)))  # fmt: skip
        if amending:
            p.list_version += 1
        if r is None:
            seq = (
                s.scalar(sa.select(sa.func.max(Recipient.seq)).where(Recipient.program_id == p.id))
                or 0
            ) + 1
            r = Recipient(program_id=p.id, household_id=household_id, seq=seq, persons=a.persons,
                          added_in_version=p.list_version)  # fmt: skip
            s.add(r)
            s.flush()
        r.status, r.added_how, r.reason = "listed", "hand", reason
        refresh_row(s, r, a.persons, a.entitled)
        s.add(ListEvent(program_id=p.id, action="amend_add" if amending else "add",
                        list_version=p.list_version, household_id=household_id, reason=reason))  # fmt: skip
        return r.id


def remove_from_list(db: Database, actor: Actor, program_id: uuid.UUID, household_id: uuid.UUID,
                     reason: str) -> None:  # fmt: skip
    """Take a household off the list, with the reason. On an approved list: an amendment."""
    reason = clean(reason)
    if not reason:
        raise UserError(
            _("Say why this household is taken off the list; the reason is kept with it.")
        )
    with db.write(actor.username) as s:
        p = program_for_update(s, program_id)
        amending = _check_editable(actor, p)
        r = s.scalar(sa.select(Recipient).where(Recipient.program_id == p.id,
                                                Recipient.household_id == household_id))  # fmt: skip
        if r is None or r.status != "listed":
            raise UserError(_("This household is not on the list."))
        if received(s, r.id):
            raise UserError(_("This household has already received its aid from this list. "
                              "Reverse the receipt first (Distribution → Reverse), then remove it."))  # fmt: skip
        if amending:
            p.list_version += 1
        r.status, r.reason = "removed", reason
        s.add(ListEvent(program_id=p.id, action="amend_remove" if amending else "remove",
                        list_version=p.list_version, household_id=household_id, reason=reason))  # fmt: skip


def _check_editable(actor: Actor, p: Program) -> bool:
    """Whether an edit of this list is an amendment; UserError if it cannot be edited now."""
    if p.list_status == "draft":
        require(actor, "data_entry")
        return False
    if p.list_status == "approved":
        require(actor, "approver")
        return True
    if p.list_status == "submitted":
        raise UserError(_("The list is waiting for approval. The approver can send it back to draft "
                          "for changes, or approve it and then amend it."))  # fmt: skip
    raise UserError(
        _("The list of “{name}” is locked; nothing more can change.").format(name=p.name)
    )


def received(s: Session, recipient_id: uuid.UUID) -> bool:
    """Whether the row has a give that was not reversed."""
    gives, reverses = s.execute(
        sa.select(sa.func.count().filter(Receipt.kind == "give"),
                  sa.func.count().filter(Receipt.kind == "reverse"))
        .where(Receipt.recipient_id == recipient_id)
    ).one()  # fmt: skip
    return gives > reverses


# --- reading the list ----------------------------------------------------------------------


ROW_STATES = {"waiting": N_("Waiting"), "received": N_("Received"), "removed": N_("Removed")}


def row_state_label(row: ListRow) -> str:
    """A row's state as the Distribution page and its export say it."""
    if row.state == "received":
        return _("Received {date}").format(date=format_date(row.received_on))
    if row.state == "removed":
        return _("Removed: {reason}").format(reason=row.reason) if row.reason else _("Removed")
    return _(ROW_STATES["waiting"])


@dataclass(frozen=True)
class ListQuery:
    hamlet_id: uuid.UUID | None = None
    state: str | None = None  # waiting | received | removed; None: every listed row
    text: str = ""  # a row code, a household code or part of the head's name


@dataclass(frozen=True)
class ListRow:
    recipient_id: uuid.UUID
    household_id: uuid.UUID
    seq: int
    code: str
    household_code: str
    head_name: str
    head_id_number: str
    hamlet: str
    persons: int
    status: str  # listed | removed (by hand) | dropped (the rules no longer select it)
    reason: str
    added_how: str
    entitled: dict[uuid.UUID, Decimal]
    given: dict[uuid.UUID, Decimal]
    received_on: object  # date | None
    state: str  # waiting | received | removed


def list_rows(db: Database, program_id: uuid.UUID, query: ListQuery = ListQuery(),
              after_seq: int = 0, limit: int = 200) -> list[ListRow]:  # fmt: skip
    """One page of the list in row order (keyset on the row number)."""
    head = sa.orm.aliased(Person)
    with db.read() as s:
        p = s.get(Program, program_id)
        if p is None:
            return []
        given_on = _given_on()
        q = (
            sa.select(Recipient.id, Recipient.household_id, Recipient.seq, Household.code,
                      head.full_name, head.id_number, Hamlet.name, Recipient.persons, Recipient.status,
                      Recipient.reason, Recipient.added_how, given_on)
            .join(Household, Household.id == Recipient.household_id)
            .outerjoin(head, _head_of_household(head))
            .outerjoin(Hamlet, Hamlet.id == Household.hamlet_id)
            .where(Recipient.program_id == program_id, Recipient.seq > after_seq)
            .order_by(Recipient.seq).limit(limit)
        )  # fmt: skip
        rows = s.execute(_filter(q, query, p, head, given_on)).all()
        ids = [r[0] for r in rows]
        entitled: dict[uuid.UUID, dict] = defaultdict(dict)
        given: dict[uuid.UUID, dict] = defaultdict(dict)
        if ids:
            for rid, item_id, qty in s.execute(sa.select(Entitlement.recipient_id, Entitlement.item_id,
                                                         Entitlement.quantity)
                                               .where(Entitlement.recipient_id.in_(ids))):  # fmt: skip
                entitled[rid][item_id] = qty
            for rid, item_id, qty in given_by_row(s, ids):
                given[rid][item_id] = qty
        out = []
        for rid, hid, seq, hcode, name, id_no, hamlet, persons, status, reason, how, on in rows:
            state = "removed" if status != "listed" else ("received" if on else "waiting")
            out.append(ListRow(rid, hid, seq, row_code(p.code, seq), hcode, name or "", id_no or "",
                               hamlet or "", persons, status, reason or "", how, entitled[rid],
                               given[rid], on, state))  # fmt: skip
        return out


def _head_of_household(head) -> sa.ColumnElement:
    return sa.and_(
        head.household_id == Household.id, head.relation == "head", head.voided.is_(False)
    )


def _given_on() -> sa.ScalarSelect:
    """The date of the row's give that was not reversed (NULL: not received). Correlated, so a
    page of rows reads only its own receipts (ix_receipt_attempt), however many rows of the
    list were received already."""
    reversal = sa.orm.aliased(Receipt)
    return (
        sa.select(sa.func.max(Receipt.given_on))
        .where(Receipt.recipient_id == Recipient.id, Receipt.kind == "give",
               ~sa.exists().where(reversal.reverses_id == Receipt.id))
        .correlate(Recipient)
        .scalar_subquery()
    )  # fmt: skip


def _filter(q, query: ListQuery, p: Program, head, given_on):
    if query.hamlet_id is not None:
        q = q.where(Household.hamlet_id == query.hamlet_id)
    if query.state == "removed":
        q = q.where(Recipient.status != "listed")
    elif query.state == "waiting":
        q = q.where(Recipient.status == "listed", given_on.is_(None))
    elif query.state == "received":
        q = q.where(Recipient.status == "listed", given_on.is_not(None))
    else:
        q = q.where(Recipient.status == "listed")
    text = clean(query.text)
    if text:
        m = ROW_CODE.match(text)
        if m and m.group(1).upper() == p.code:
            q = q.where(Recipient.seq == int(m.group(2)))
        else:
            q = q.where(sa.or_(Household.code == text, head.name_folded.contains(fold(text))))
    return q


def live_gives(program_id: uuid.UUID) -> sa.Subquery:
    """Per list row of the program, the date of its give that was not reversed: one pass over
    the program's receipts, for totals (a page of rows uses `_given_on`)."""
    reversal = sa.orm.aliased(Receipt)
    return (
        sa.select(Receipt.recipient_id, sa.func.max(Receipt.given_on).label("given_on"))
        .where(Receipt.program_id == program_id, Receipt.kind == "give",
               ~sa.exists().where(reversal.reverses_id == Receipt.id))
        .group_by(Receipt.recipient_id)
        .subquery()
    )  # fmt: skip


def given_by_row(s: Session, recipient_ids: list[uuid.UUID]) -> list[tuple]:
    """(row, item, net quantity given) for the given list rows."""
    from app.models import ReceiptLine

    return s.execute(
        sa.select(Receipt.recipient_id, ReceiptLine.item_id, sa.func.sum(ReceiptLine.quantity))
        .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
        .where(Receipt.recipient_id.in_(recipient_ids))
        .group_by(Receipt.recipient_id, ReceiptLine.item_id)
    ).all()  # fmt: skip


def count_rows(db: Database, program_id: uuid.UUID, query: ListQuery = ListQuery()) -> int:
    head = sa.orm.aliased(Person)
    with db.read() as s:
        p = s.get(Program, program_id)
        if p is None:
            return 0
        q = (
            sa.select(sa.func.count())
            .select_from(Recipient)
            .where(Recipient.program_id == program_id)
        )
        if query.hamlet_id is not None or clean(query.text):  # the joins only a filter needs
            q = q.join(Household, Household.id == Recipient.household_id)
            q = q.outerjoin(head, _head_of_household(head))
        return s.scalar(_filter(q, query, p, head, _given_on())) or 0


@dataclass(frozen=True)
class ListEventRow:
    at: datetime
    by: str
    action: str
    list_version: int
    household_code: str
    reason: str
    detail: dict = field(default_factory=dict)


EVENT_LABELS = {
    "build": N_("Built from the rules"), "add": N_("Added by hand"), "remove": N_("Removed by hand"),
    "submitted": N_("Submitted for approval"), "returned": N_("Sent back to draft"),
    "approved": N_("Approved"), "locked": N_("Locked"), "amend_add": N_("Amendment: added"),
    "amend_remove": N_("Amendment: removed"),
}  # fmt: skip


def list_history(db: Database, program_id: uuid.UUID) -> list[ListEventRow]:
    with db.read() as s:
        names = display_names(s)
        rows = s.execute(
            sa.select(ListEvent, Household.code)
            .outerjoin(Household, Household.id == ListEvent.household_id)
            .where(ListEvent.program_id == program_id).order_by(ListEvent.hlc)
        ).all()  # fmt: skip
        return [ListEventRow(e.created_at, names.get(e.created_by, e.created_by), e.action, e.list_version,
                             code or "", e.reason or "", e.detail or {}) for e, code in rows]  # fmt: skip


# --- omissions and overlaps -----------------------------------------------------------------


@dataclass(frozen=True)
class Omission:
    household_id: uuid.UUID
    household_code: str
    head_name: str
    hamlet: str
    why: str  # in words
    eligible_now: bool  # the rules select it today: registered or changed after the build


def omissions(db: Database, program_id: uuid.UUID) -> list[Omission]:
    """Households that are not on the list but look as if they might belong there, and why.

    Those the rules select today (registered or changed after the list was built
    or approved), those removed from it (with the reason), and those in the
    program's hamlets with an open need the program's items meet or one of its
    categories but failing another rule.
    """
    draft = load_program(db, program_id)
    rules = rules_of(draft)
    with db.read() as s:
        p = s.get(Program, program_id)
        listed = dict(s.execute(sa.select(Recipient.household_id, Recipient.status)
                                .where(Recipient.program_id == program_id)).all())  # fmt: skip
        reasons = dict(s.execute(sa.select(Recipient.household_id, Recipient.reason)
                                 .where(Recipient.program_id == program_id,
                                        Recipient.status != "listed")).all())  # fmt: skip
        met_kinds = set(s.scalars(sa.select(AidItem.need_kind).where(
            AidItem.id.in_([n.item_id for n in rules.norms]), AidItem.need_kind.is_not(None))))  # fmt: skip
        conn = s.connection()
        ids = RawIds(conn)
        raw_rules = ids.rules(rules)
        # Read the needs the program's items meet too, to explain those left out.
        wide = replace(raw_rules, need_kinds=frozenset(rules.need_kinds | met_kinds))
        facts = registry_facts(conn, wide, near=True)
        listed = {ids.raw(k): v for k, v in listed.items()}
        reasons = {ids.raw(k): v for k, v in reasons.items()}
        assessed = assess_all(raw_rules, facts)
        out_ids: dict[uuid.UUID, tuple[str, bool]] = {}
        approved = p.list_status in ("approved", "locked")
        for hid, f in facts.items():
            if listed.get(hid) == "listed":
                continue
            a = assessed[hid]
            if listed.get(hid) in ("removed", "dropped"):
                why = _("Taken off the list: {reason}").format(reason=reasons.get(hid) or "")
                out_ids[hid] = (why, a.eligible)
            elif a.eligible:
                why = (_("Eligible, but registered or changed after the list was approved")
                       if approved else _("Eligible, but not on the list: build the list again"))  # fmt: skip
                out_ids[hid] = (why, True)
            elif (
                (f.open_needs & met_kinds)
                or (f.categories & rules.categories)
                or any(m.categories & rules.categories for m in f.members)
            ):
                hints = []
                if f.open_needs & met_kinds:
                    hints.append(_("open need: {kinds}").format(kinds=", ".join(
                        vocab.label(vocab.NEED_KINDS, k) for k in sorted(f.open_needs & met_kinds))))  # fmt: skip
                out_ids[hid] = (
                    reasons_text(a.reasons) + (f" ({'; '.join(hints)})" if hints else ""),
                    False,
                )
        out_ids = {ids.uuid(k): v for k, v in out_ids.items()}
        info = households_info(s, set(out_ids))
    rows = [
        Omission(hid, *info.get(hid, ("", "", "")), why, now) for hid, (why, now) in out_ids.items()
    ]
    rows.sort(key=lambda o: (not o.eligible_now, o.hamlet, o.household_code))
    return rows


def overlaps(db: Database, program_id: uuid.UUID) -> list[Overlap]:
    """The double-dipping check: this list's households that another program of the same
    overlap group lists or has given to — the same household, or a member whose ID
    number (CCCD, or an old CMND) is registered in a household on the other list."""
    with db.read() as s:
        p = s.get(Program, program_id)
        if p is None or not p.overlap_folded:
            return []
        return group_overlaps(s, p.overlap_folded, only_program=program_id)


def row_by_code(db: Database, code: str, program_id: uuid.UUID | None = None) -> ListRow:
    """The list row a printed or scanned code names. UserError for an unknown code, or a
    code of another program's list when `program_id` is given."""
    m = ROW_CODE.match(code or "")
    if not m:
        raise UserError(
            _("“{code}” is not a list row code. It looks like P0003-00042.").format(
                code=clean(code)
            )
        )
    program_code, seq = m.group(1).upper(), int(m.group(2))
    with db.read() as s:
        p = s.scalar(
            sa.select(Program).where(Program.code == program_code, Program.voided.is_(False))
        )
        if p is None:
            raise UserError(_("No program has the code {code}.").format(code=program_code))
        if program_id is not None and p.id != program_id:
            current = s.get(Program, program_id)
            raise UserError(_("This code is from the list of another program: {code} “{name}”, "
                              "not “{current}”. Check that you have the right list.").format(
                code=p.code, name=p.name, current=current.name if current else ""))  # fmt: skip
        pid = p.id
    rows = list_rows(db, pid, ListQuery(state=None, text=row_code(program_code, seq)), limit=1)
    if not rows:
        removed = list_rows(
            db, pid, ListQuery(state="removed", text=row_code(program_code, seq)), limit=1
        )
        if removed:
            raise UserError(_("Row {code} was taken off the list: {reason}").format(
                code=row_code(program_code, seq), reason=removed[0].reason))  # fmt: skip
        raise UserError(_("The list of {program} has no row {code}.").format(
            program=program_code, code=row_code(program_code, seq)))  # fmt: skip
    return rows[0]


def entitlement_of(db: Database, program_id: uuid.UUID, household_id: uuid.UUID) -> Assessment:
    """What the rules would give a household today (for the omissions report and hand-adds)."""
    rules = rules_of(load_program(db, program_id))
    with db.read() as s:
        a = assessment_of(s, rules, household_id)
    if a is None:
        raise UserError(_("This household has been removed from the registry."))
    return a
