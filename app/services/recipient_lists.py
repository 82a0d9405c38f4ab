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
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import UserError
from app.i18n import _
from app.models import (
    AidItem,
    CategoryAssignment,
    Entitlement,
    Hamlet,
    Household,
    ListEvent,
    Need,
    Person,
    Program,
    Receipt,
    Recipient,
)
from app.services import vocab
from app.services.bulk import BulkInsert, FastIds
from app.services.entitlement import REASONS, Assessment, HouseholdFacts, MemberFacts, Rules, assess
from app.services.overlap import Overlap, group_overlaps, households_info
from app.services.programs import load_program, rules_of
from app.services.roles import Actor, require
from app.sync.capture import Stamper
from app.text import clean

# status → (next status, role that moves it there)
LIST_FLOW = {"draft": ("submitted", "data_entry"), "submitted": ("approved", "approver"),
             "approved": ("locked", "approver")}  # fmt: skip
ROW_CODE = re.compile(r"^\s*([A-Za-z]\d{3,})-(\d{1,7})\s*$")

Progress = Callable[[int, int], None]


def row_code(program_code: str, seq: int) -> str:
    """The code printed on a list row and typed or scanned at hand-out: P0003-00042."""
    return f"{program_code}-{seq:05d}"


# --- reading the registry -----------------------------------------------------------


def _scope(rules: Rules) -> sa.Select:
    """The live households a program can reach (its hamlets, when it names any)."""
    q = sa.select(Household.id).where(Household.voided.is_(False))
    if rules.hamlets:
        q = q.where(Household.hamlet_id.in_(rules.hamlets))
    return q


def _facts(s: Session, rules: Rules, household_ids: list[uuid.UUID] | None = None
           ) -> dict[uuid.UUID, HouseholdFacts]:  # fmt: skip
    """What the rules need to know about each household in scope (or the given ones)."""
    scope = _scope(rules) if household_ids is None else None

    def within(column):
        return column.in_(scope) if scope is not None else column.in_(household_ids)

    hamlets = dict(s.execute(sa.select(Household.id, Household.hamlet_id)
                             .where(Household.voided.is_(False), within(Household.id))).all())  # fmt: skip
    members: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = defaultdict(list)
    for hid, pid, residence in s.execute(
        sa.select(Person.household_id, Person.id, Person.residence_status).where(
            Person.voided.is_(False), within(Person.household_id)
        )
    ):
        members[hid].append((pid, residence))
    wanted = set(rules.categories)
    for norm in rules.norms:
        wanted |= set(norm.by_category)
    own: dict[uuid.UUID, set] = defaultdict(set)  # household → its own categories
    personal: dict[uuid.UUID, set] = defaultdict(set)  # person → categories
    if wanted:
        for hid, pid, cid in s.execute(
            sa.select(CategoryAssignment.household_id, CategoryAssignment.person_id,
                      CategoryAssignment.category_id)
            .where(CategoryAssignment.voided.is_(False), CategoryAssignment.category_id.in_(wanted),
                   within(CategoryAssignment.household_id))
        ):  # fmt: skip
            (personal[pid] if pid else own[hid]).add(cid)
    needs: dict[uuid.UUID, set] = defaultdict(set)
    if rules.need_kinds:
        for hid, kind in s.execute(
            sa.select(Need.household_id, Need.kind).distinct()
            .where(Need.status == "open", Need.voided.is_(False), Need.kind.in_(rules.need_kinds),
                   within(Need.household_id))
        ):  # fmt: skip
            needs[hid].add(kind)
    return {
        hid: HouseholdFacts(
            hamlet_id=hamlet,
            members=tuple(MemberFacts(res, frozenset(personal.get(pid, ()))) for pid, res in members[hid]),
            categories=frozenset(own.get(hid, ())),
            open_needs=frozenset(needs.get(hid, ())),
        )
        for hid, hamlet in hamlets.items()
    }  # fmt: skip


# --- building ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BuildResult:
    listed: int  # rows on the list after the build
    added: int
    updated: int
    dropped: int  # rows the rules no longer select
    kept_by_hand: int  # rows added or removed by hand, left as the officer decided
    totals: dict[uuid.UUID, Decimal]  # item → planned quantity
    persons: int


def build_list(db: Database, actor: Actor, program_id: uuid.UUID,
               progress: Progress | None = None) -> BuildResult:  # fmt: skip
    """Propose every eligible household with its entitlements, as the draft list.

    Run again, it brings the draft up to date with the registry: new eligible
    households are added, entitlements follow the registry, households the rules
    no longer select leave the list (with the reason), and rows added or removed
    by hand stay as the officer decided.
    """
    require(actor, "data_entry")
    draft = load_program(db, program_id)
    rules = rules_of(draft)
    report = progress or (lambda _done, _total: None)
    with db.write(actor.username) as s:
        program = _program_for_update(s, program_id)
        if program.list_status != "draft":
            raise UserError(_("The list of “{name}” is {status}; only a draft list is rebuilt. "
                              "Amend it instead.").format(name=program.name, status=_status(program)))  # fmt: skip
        report(0, 3)
        facts = _facts(s, rules)
        report(1, 3)
        assessed = {hid: assess(rules, f) for hid, f in facts.items()}
        existing = {r.household_id: r for r in s.scalars(
            sa.select(Recipient).where(Recipient.program_id == program_id))}  # fmt: skip
        current = _entitlements(s, program_id)
        report(2, 3)
        result = _apply(s, actor, program, rules, assessed, existing, current)
        s.add(ListEvent(program_id=program_id, action="build", list_version=program.list_version,
                        detail={"listed": result.listed, "added": result.added,
                                "updated": result.updated, "dropped": result.dropped}))  # fmt: skip
        report(3, 3)
    return result


def _apply(s: Session, actor: Actor, program: Program, rules: Rules,
           assessed: dict[uuid.UUID, Assessment], existing: dict[uuid.UUID, Recipient],
           current: dict[uuid.UUID, dict[uuid.UUID, Decimal]]) -> BuildResult:  # fmt: skip
    added = updated = dropped = by_hand = 0
    next_seq = max((r.seq for r in existing.values()), default=0) + 1
    new_rows: list[tuple] = []
    new_entitlements: list[tuple] = []
    ids = FastIds()
    stamper = Stamper(s.connection())
    first = stamper.reserve(sum(1 + len(rules.norms) for h in assessed if h not in existing))
    stamp = first
    for hid, a in assessed.items():
        r = existing.get(hid)
        if r is None:
            if not a.eligible:
                continue
            rid = ids()
            new_rows.append((program.id.hex, hid.hex, next_seq, a.persons, "listed", "rules", None,
                             program.list_version, rid, stamp))  # fmt: skip
            stamp += 1
            for item_id, q in a.entitled.items():
                new_entitlements.append(
                    (rid, program.id.hex, item_id.hex, int(q * 1000), ids(), stamp)
                )
                stamp += 1
            next_seq += 1
            added += 1
            continue
        if r.status == "removed" or r.added_how == "hand":  # the officer's decision stands
            by_hand += 1
            if r.status == "listed" and _refresh(s, r, a, current.get(r.id, {})):
                updated += 1
            continue
        if a.eligible:
            changed = r.status == "dropped"
            r.status, r.reason = "listed", None
            if _refresh(s, r, a, current.get(r.id, {})) or changed:
                updated += 1
        elif r.status == "listed":
            r.status, r.reason = "dropped", reasons_text(a.reasons)
            dropped += 1
    for hid, r in existing.items():  # households voided since the last build
        if hid not in assessed and r.status == "listed" and r.added_how == "rules":
            r.status, r.reason = "dropped", _("The household was removed from the registry")
            dropped += 1
    stamper.save()
    s.flush()
    _insert(s, actor, Recipient.__table__, RECIPIENT_COLUMNS, new_rows)
    _insert(s, actor, Entitlement.__table__, ENTITLEMENT_COLUMNS, new_entitlements)
    listed, persons, totals = _totals(s, program.id)
    return BuildResult(listed, added, updated, dropped, by_hand, totals, persons)


RECIPIENT_COLUMNS = ("program_id", "household_id", "seq", "persons", "status", "added_how", "reason",
                     "added_in_version")  # fmt: skip
ENTITLEMENT_COLUMNS = ("recipient_id", "program_id", "item_id", "quantity_milli")


def _insert(
    s: Session, actor: Actor, table: sa.Table, columns: tuple[str, ...], rows: list[tuple]
) -> None:
    if not rows:
        return
    conn = s.connection()
    office_id = Stamper(conn).office_id
    bulk = BulkInsert(
        table, columns, actor.username, datetime.now().replace(microsecond=0), office_id
    )
    if conn.dialect.name == "sqlite":
        for start in range(0, len(rows), 20_000):
            bulk.insert(conn, rows[start : start + 20_000], fast=True)
        bulk.drop_stage(conn)
    else:
        bulk.insert(conn, rows, fast=False)


def _refresh(s: Session, r: Recipient, a: Assessment, had: dict[uuid.UUID, Decimal]) -> bool:
    """Bring a row's persons and entitlements up to date; True if anything changed."""
    changed = False
    if r.persons != a.persons:
        r.persons = a.persons
        changed = True
    if had != a.entitled:
        rows = {
            e.item_id: e
            for e in s.scalars(sa.select(Entitlement).where(Entitlement.recipient_id == r.id))
        }
        for item_id, q in a.entitled.items():
            e = rows.get(item_id)
            if e is None:
                s.add(
                    Entitlement(
                        recipient_id=r.id, program_id=r.program_id, item_id=item_id, quantity=q
                    )
                )
            elif e.quantity != q:
                e.quantity = q
        for item_id, e in rows.items():
            if item_id not in a.entitled and e.quantity != 0:
                e.quantity = Decimal(0)
        changed = True
    return changed


def _entitlements(s: Session, program_id: uuid.UUID) -> dict[uuid.UUID, dict[uuid.UUID, Decimal]]:
    out: dict[uuid.UUID, dict[uuid.UUID, Decimal]] = defaultdict(dict)
    for rid, item_id, q in s.execute(
        sa.select(Entitlement.recipient_id, Entitlement.item_id, Entitlement.quantity)
        .where(Entitlement.program_id == program_id)
    ):  # fmt: skip
        out[rid][item_id] = q
    return out


def _totals(s: Session, program_id: uuid.UUID) -> tuple[int, int, dict[uuid.UUID, Decimal]]:
    listed, persons = s.execute(
        sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(Recipient.persons), 0))
        .where(Recipient.program_id == program_id, Recipient.status == "listed")
    ).one()  # fmt: skip
    totals = dict(s.execute(
        sa.select(Entitlement.item_id, sa.func.sum(Entitlement.quantity))
        .join(Recipient, Recipient.id == Entitlement.recipient_id)
        .where(Entitlement.program_id == program_id, Recipient.status == "listed")
        .group_by(Entitlement.item_id)).all())  # fmt: skip
    return listed, int(persons), totals


def reasons_text(reasons: tuple[str, ...]) -> str:
    return "; ".join(_(REASONS[r]) for r in reasons)


def _status(p: Program) -> str:
    return vocab.label(vocab.LIST_STATUSES, p.list_status).lower()


def _program_for_update(s: Session, program_id: uuid.UUID) -> Program:
    p = s.get(Program, program_id)
    if p is None or p.voided:
        raise UserError(_("This program no longer exists."))
    return p


# --- the list's life ---------------------------------------------------------------------


def advance_list(db: Database, actor: Actor, program_id: uuid.UUID, note: str = "") -> str:
    """Submit a draft, approve a submitted list, or lock an approved one. Returns the new status."""
    with db.write(actor.username) as s:
        p = _program_for_update(s, program_id)
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
        p = _program_for_update(s, program_id)
        if p.list_status != "submitted":
            raise UserError(_("Only a submitted list can be sent back; this one is {status}.").format(
                status=_status(p)))  # fmt: skip
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
        p = _program_for_update(s, program_id)
        amending = _check_editable(actor, p)
        h = s.get(Household, household_id)
        if h is None or h.voided:
            raise UserError(
                _("This household has been removed from the registry; it cannot be added.")
            )
        facts = _facts(s, rules, [household_id])[household_id]
        a = assess(rules, facts)
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
        _refresh(s, r, a, _entitlements_of(s, r.id))
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
        p = _program_for_update(s, program_id)
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


def _entitlements_of(s: Session, recipient_id: uuid.UUID) -> dict[uuid.UUID, Decimal]:
    return dict(s.execute(sa.select(Entitlement.item_id, Entitlement.quantity)
                          .where(Entitlement.recipient_id == recipient_id)).all())  # fmt: skip


def received(s: Session, recipient_id: uuid.UUID) -> bool:
    """Whether the row has a give that was not reversed."""
    gives, reverses = s.execute(
        sa.select(sa.func.count().filter(Receipt.kind == "give"),
                  sa.func.count().filter(Receipt.kind == "reverse"))
        .where(Receipt.recipient_id == recipient_id)
    ).one()  # fmt: skip
    return gives > reverses


# --- reading the list ----------------------------------------------------------------------


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
    from app.text import fold

    head = sa.orm.aliased(Person)
    with db.read() as s:
        p = s.get(Program, program_id)
        if p is None:
            return []
        give = _live_gives(program_id)
        q = (
            sa.select(Recipient.id, Recipient.household_id, Recipient.seq, Household.code,
                      head.full_name, head.id_number, Hamlet.name, Recipient.persons, Recipient.status,
                      Recipient.reason, Recipient.added_how, give.c.given_on)
            .join(Household, Household.id == Recipient.household_id)
            .outerjoin(head, sa.and_(head.household_id == Household.id, head.relation == "head",
                                     head.voided.is_(False)))
            .outerjoin(Hamlet, Hamlet.id == Household.hamlet_id)
            .outerjoin(give, give.c.recipient_id == Recipient.id)
            .where(Recipient.program_id == program_id, Recipient.seq > after_seq)
            .order_by(Recipient.seq).limit(limit)
        )  # fmt: skip
        q = _filter(q, query, p, head, give, fold)
        rows = s.execute(q).all()
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
        for (
            rid,
            hid,
            seq,
            hcode,
            name,
            id_no,
            hamlet,
            persons,
            status,
            reason,
            how,
            given_on,
        ) in rows:
            state = "removed" if status != "listed" else ("received" if given_on else "waiting")
            out.append(ListRow(rid, hid, seq, row_code(p.code, seq), hcode, name or "", id_no or "",
                               hamlet or "", persons, status, reason or "", how, entitled[rid],
                               given[rid], given_on, state))  # fmt: skip
        return out


def _filter(q, query: ListQuery, p: Program, head, give, fold):
    if query.hamlet_id is not None:
        q = q.where(Household.hamlet_id == query.hamlet_id)
    if query.state == "removed":
        q = q.where(Recipient.status != "listed")
    elif query.state == "waiting":
        q = q.where(Recipient.status == "listed", give.c.given_on.is_(None))
    elif query.state == "received":
        q = q.where(Recipient.status == "listed", give.c.given_on.is_not(None))
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


def _live_gives(program_id: uuid.UUID) -> sa.Subquery:
    """Per list row of the program, the date of its give that was not reversed (if any)."""
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
    from app.text import fold

    head = sa.orm.aliased(Person)
    with db.read() as s:
        p = s.get(Program, program_id)
        if p is None:
            return 0
        give = _live_gives(program_id)
        q = (sa.select(sa.func.count()).select_from(Recipient)
             .join(Household, Household.id == Recipient.household_id)
             .outerjoin(head, sa.and_(head.household_id == Household.id, head.relation == "head",
                                      head.voided.is_(False)))
             .outerjoin(give, give.c.recipient_id == Recipient.id)
             .where(Recipient.program_id == program_id))  # fmt: skip
        return s.scalar(_filter(q, query, p, head, give, fold)) or 0


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
    "build": "Built from the rules", "add": "Added by hand", "remove": "Removed by hand",
    "submitted": "Submitted for approval", "returned": "Sent back to draft", "approved": "Approved",
    "locked": "Locked", "amend_add": "Amendment: added", "amend_remove": "Amendment: removed",
}  # fmt: skip


def list_history(db: Database, program_id: uuid.UUID) -> list[ListEventRow]:
    with db.read() as s:
        rows = s.execute(
            sa.select(ListEvent, Household.code)
            .outerjoin(Household, Household.id == ListEvent.household_id)
            .where(ListEvent.program_id == program_id).order_by(ListEvent.hlc)
        ).all()  # fmt: skip
        return [ListEventRow(e.created_at, e.created_by, e.action, e.list_version, code or "",
                             e.reason or "", e.detail or {}) for e, code in rows]  # fmt: skip


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
        wide = Rules(rules.norms, rules.categories, rules.hamlets, rules.residence,
                     frozenset(rules.need_kinds | met_kinds))  # fmt: skip
        facts = _facts(s, wide)
        out_ids: dict[uuid.UUID, tuple[str, bool]] = {}
        approved = p.list_status in ("approved", "locked")
        for hid, f in facts.items():
            if listed.get(hid) == "listed":
                continue
            a = assess(rules, f)
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
        facts = _facts(s, rules, [household_id])
    if household_id not in facts:
        raise UserError(_("This household has been removed from the registry."))
    return assess(rules, facts[household_id])
