"""Building a program's recipient list from its rules and the registry.

The registry is read with a handful of set queries (households, members,
category assignments, open needs) and every household is assessed with the
pure function in app/services/entitlement.py. At commune to district scale
that is hundreds of thousands of rows, so ids stay as the driver returns them
("raw": 32-hex text on SQLite, UUID on PostgreSQL) — making a UUID object of
each cost more than the queries — and households with the same facts share
one assessment.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.db import Database, raw_rows
from app.errors import Cancelled, UserError
from app.i18n import _
from app.models import (
    CategoryAssignment,
    Entitlement,
    Household,
    ListEvent,
    Need,
    Person,
    Program,
    Recipient,
)
from app.models.types import MILLI, Milli
from app.reports import kept_totals
from app.services import vocab
from app.services.bulk import BulkInsert, FastIds
from app.services.entitlement import (
    REASONS,
    Assessment,
    HouseholdFacts,
    MemberFacts,
    Norm,
    Rules,
    assess,
)
from app.services.programs import load_program, rules_of
from app.services.roles import Actor, require
from app.sync.capture import Stamper

# progress(done, total) → False to cancel (app/ui/jobs.py); None is taken as "go on".
Progress = Callable[[int, int], bool | None]
CHUNK = 20_000


class RawIds:
    """Conversions between UUIDs and ids as this database's driver returns them."""

    def __init__(self, conn: sa.Connection):
        self.sqlite = conn.dialect.name == "sqlite"

    def raw(self, value: uuid.UUID):
        return value.hex if self.sqlite else value

    @staticmethod
    def hex(value) -> str:
        return value if isinstance(value, str) else value.hex

    @staticmethod
    def uuid(value) -> uuid.UUID:
        return uuid.UUID(hex=value) if isinstance(value, str) else value

    def rules(self, rules: Rules) -> Rules:
        """The rules with raw ids, to compare with raw facts."""
        raw = self.raw
        return Rules(
            norms=tuple(Norm(raw(n.item_id), n.basis, n.quantity, {raw(k): v for k, v in n.by_category.items()},
                             n.household_cap) for n in rules.norms),
            categories=frozenset(raw(c) for c in rules.categories),
            hamlets=frozenset(raw(h) for h in rules.hamlets),
            residence=rules.residence, need_kinds=rules.need_kinds,
        )  # fmt: skip


def raw_select(*columns) -> sa.Select:
    """A select returning ids and quantities as stored (no UUID or Decimal objects made)."""

    def raw(c):
        if isinstance(c.type, sa.Uuid):
            return sa.type_coerce(c, sa.String)
        if isinstance(c.type, Milli):
            return sa.type_coerce(c, sa.BigInteger)
        return c

    return sa.select(*(raw(c) for c in columns))


def registry_facts(conn: sa.Connection, rules: Rules, household_ids: list | None = None, *,
                   near: bool = False) -> dict:  # fmt: skip
    """{raw household id: HouseholdFacts} for the live households the rules can select (or the
    given raw ids). `rules` must carry raw ids (RawIds.rules).

    Only households in the program's hamlets that hold one of its categories (themselves or
    through a member) and have an open need of its kinds are read: a poor-households program in
    a million-household registry reads its ~90,000, not all. With `near`, those holding a
    category *or* having such a need (the omissions report explains why the others are left out).
    Members are read as counts per residence status, plus the few members who hold one of
    the program's categories, and households with the same facts share one HouseholdFacts (in a
    canonical order), so that `assess_all` assesses each distinct case once.
    """
    if household_ids is None:
        selected = [Household.voided.is_(False)]
        if rules.hamlets:
            selected.append(sa.type_coerce(Household.hamlet_id, sa.String).in_(rules.hamlets))
        held = sa.select(CategoryAssignment.household_id).where(
            CategoryAssignment.voided.is_(False),
            sa.type_coerce(CategoryAssignment.category_id, sa.String).in_(rules.categories))  # fmt: skip
        needing = sa.select(Need.household_id).where(
            Need.status == "open", Need.voided.is_(False), Need.kind.in_(rules.need_kinds))  # fmt: skip
        conditions = [Household.id.in_(held)] if rules.categories else []
        conditions += [Household.id.in_(needing)] if rules.need_kinds else []
        if conditions:
            selected.append(sa.or_(*conditions) if near else sa.and_(*conditions))
    else:
        selected = [Household.voided.is_(False),
                    sa.type_coerce(Household.id, sa.String).in_(household_ids)]  # fmt: skip
    # The households first, straight by the conditions; their members, categories and needs then
    # by their ids (`_within`).
    hamlet_of = dict(fetch(conn, raw_select(Household.id, Household.hamlet_id).where(*selected)))
    within = _within(conn, hamlet_of, selected if household_ids is None else None)
    counts: dict = defaultdict(dict)  # household → {residence: members}
    for hid, residence, n in fetch(conn, raw_select(Person.household_id, Person.residence_status, sa.func.count())
                                   .where(Person.voided.is_(False), within(Person.household_id))
                                   .group_by(Person.household_id, Person.residence_status)):  # fmt: skip
        counts[hid][residence] = n
    wanted = set(rules.categories)
    for norm in rules.norms:
        wanted |= set(norm.by_category)
    own: dict = defaultdict(set)  # household → its own categories
    personal: dict = {}  # person → (household, residence, categories)
    if wanted:
        held = sa.type_coerce(CategoryAssignment.category_id, sa.String).in_(wanted)
        live = sa.and_(
            CategoryAssignment.voided.is_(False), held, within(CategoryAssignment.household_id)
        )
        for hid, cid in fetch(conn, raw_select(CategoryAssignment.household_id, CategoryAssignment.category_id)
                              .where(live, CategoryAssignment.person_id.is_(None))):  # fmt: skip
            own[hid].add(cid)
        for hid, pid, residence, cid in fetch(conn, raw_select(
            CategoryAssignment.household_id, CategoryAssignment.person_id, Person.residence_status,
            CategoryAssignment.category_id,
        ).join(Person, Person.id == CategoryAssignment.person_id).where(live, Person.voided.is_(False))):  # fmt: skip
            personal.setdefault(pid, (hid, residence, set()))[2].add(cid)
    special: dict = defaultdict(
        list
    )  # household → [(residence, categories)] of its members holding one
    for hid, residence, cats in personal.values():
        special[hid].append((residence, frozenset(cats)))
        counts[hid][residence] -= 1
    needs: dict = defaultdict(set)
    if rules.need_kinds:
        for hid, kind in fetch(conn, raw_select(Need.household_id, Need.kind).distinct().where(
            Need.status == "open", Need.voided.is_(False), Need.kind.in_(rules.need_kinds),
            within(Need.household_id))):  # fmt: skip
            needs[hid].add(kind)
    empty: frozenset = frozenset()
    # (One lookup each per household below: this loop runs once per selected household.)
    members_of, own_of = counts.get, {hid: frozenset(c) for hid, c in own.items()}.get
    needs_of = {hid: frozenset(k) for hid, k in needs.items()}.get
    shared: dict = {}
    out = {}
    for hid, hamlet in hamlet_of.items():
        found = members_of(hid)
        plain = tuple(sorted(found.items())) if found else ()
        marked = (
            tuple(sorted(special[hid], key=lambda m: (m[0], sorted(m[1]))))
            if hid in special
            else ()
        )
        key = (hamlet, plain, marked, own_of(hid, empty), needs_of(hid, empty))
        facts = shared.get(key)
        if facts is None:
            people = [MemberFacts(res, empty) for res, n in plain for _ in range(n)]
            people += [MemberFacts(res, cats) for res, cats in marked]
            facts = shared[key] = HouseholdFacts(hamlet, tuple(people), key[3], key[4])
        out[hid] = facts
    return out


def _within(conn: sa.Connection, households: dict, selected: list | None) -> Callable:
    """column → the condition "this household id is one of `households`" for the reads of
    members, categories and needs. With the households' ids given (`selected` None), those ids;
    when no rule narrows the selection (`selected` holds only "not voided"), or it holds half
    the registry or more, every row (a plain scan: the rows of other households are left out
    in Python); else the ids read. On SQLite these go in as one JSON array (`json_each`):
    SQLite would compute `IN (SELECT … the rules' conditions)` again and look each household up
    a second time (1.85 s of CPU instead of 1.3 s for the members of 100,000 households of
    1,000,000 by hamlet), and 100,000 ids rendered one by one into the SQL cost more still.
    """
    if selected is None:
        ids = list(households)
    elif len(selected) == 1:
        return lambda column: sa.true()
    else:
        registry = conn.execute(sa.select(sa.func.count()).select_from(Household)).scalar()
        if 2 * len(households) >= registry:  # (voided households counted too: read off an index)
            return lambda column: sa.true()
        ids = sorted(households)
    if conn.dialect.name == "sqlite" and len(ids) > 100:
        listed = sa.select(sa.column("value")).select_from(sa.func.json_each(json.dumps(ids)))
        return lambda column: sa.type_coerce(column, sa.String).in_(listed)
    if selected is None or len(ids) <= 100:
        return lambda column: sa.type_coerce(column, sa.String).in_(ids)
    in_scope = sa.select(Household.id).where(*selected)
    return lambda column: column.in_(in_scope)


def fetch(conn: sa.Connection, stmt: sa.Select) -> list[tuple]:
    """All rows of a statement through db.raw_rows, its values rendered in the SQL."""
    return raw_rows(conn, str(stmt.compile(dialect=conn.dialect,
                                           compile_kwargs={"literal_binds": True})))  # fmt: skip


def assess_all(rules: Rules, facts: dict) -> dict:
    """{household: Assessment}; households sharing one facts object share one assessment."""
    seen: dict = {}
    out = {}
    for hid, f in facts.items():
        a = seen.get(id(f))
        if a is None:
            a = seen[id(f)] = assess(rules, f)
        out[hid] = a
    return out


# --- building ------------------------------------------------------------------------------------


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
    no longer select leave the list (`dropped`, with the reason), and rows added
    or removed by hand stay as the officer decided.
    """
    require(actor, "data_entry")
    rules = rules_of(load_program(db, program_id))

    def report(done: int, total: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise Cancelled  # inside the transaction: nothing was written

    with db.write(actor.username) as s:
        program = program_for_update(s, program_id)
        if program.list_status != "draft":
            raise UserError(_("The list of “{name}” is {status}; only a draft list is rebuilt. "
                              "Amend it instead.").format(name=program.name, status=status_text(program)))  # fmt: skip
        report(0, 4)
        conn = s.connection()
        ids = RawIds(conn)
        raw_rules = ids.rules(rules)
        facts = registry_facts(conn, raw_rules)
        report(1, 4)
        assessed = assess_all(raw_rules, facts)
        report(2, 4)
        result = _apply(s, actor, program, ids, raw_rules, assessed)
        s.add(ListEvent(program_id=program_id, action="build", list_version=program.list_version,
                        detail={"listed": result.listed, "added": result.added,
                                "updated": result.updated, "dropped": result.dropped}))  # fmt: skip
        report(4, 4)
    return result


def _apply(s: Session, actor: Actor, program: Program, ids: RawIds, raw_rules: Rules, assessed: dict
           ) -> BuildResult:  # fmt: skip
    conn = s.connection()
    existing = {
        hid: (rid, seq, persons, status, how)
        for rid, hid, seq, persons, status, how in fetch(conn, raw_select(
            Recipient.id, Recipient.household_id, Recipient.seq, Recipient.persons, Recipient.status,
            Recipient.added_how).where(Recipient.program_id == program.id))
    }  # fmt: skip
    current: dict = defaultdict(dict)  # raw recipient id → {raw item id: milli}
    for rid, item_id, milli in fetch(conn, raw_select(
        Entitlement.recipient_id, Entitlement.item_id, Entitlement.__table__.c.quantity_milli,
    ).join(Recipient, Recipient.id == Entitlement.recipient_id).where(Recipient.program_id == program.id)):  # fmt: skip
        current[rid][item_id] = int(milli)
    outside = [hid for hid in existing if hid not in assessed]  # no longer selected, or voided
    for start in range(0, len(outside), 5000):
        chunk = outside[start : start + 5000]
        assessed.update(assess_all(raw_rules, registry_facts(conn, raw_rules, chunk)))
    added = dropped = by_hand = 0
    to_refresh: list[tuple] = []  # (raw recipient id, assessment, new status, reason)
    fresh = [hid for hid, a in assessed.items() if a.eligible and hid not in existing]
    for hid, (rid, _seq, persons, status, how) in existing.items():
        a = assessed.get(hid)
        if a is None:  # the household was voided since the last build
            if status == "listed" and how == "rules":
                to_refresh.append(
                    (rid, None, "dropped", _("The household was removed from the registry"))
                )
                dropped += 1
            continue
        same = persons == a.persons and current[rid] == _milli(ids, a.entitled)
        if status == "removed" or how == "hand":  # the officer's decision stands
            by_hand += 1
            if status == "listed" and not same:
                to_refresh.append((rid, a, status, None))
        elif a.eligible and (status == "dropped" or not same):
            to_refresh.append((rid, a, "listed", None))
        elif not a.eligible and status == "listed":
            to_refresh.append((rid, None, "dropped", reasons_text(a.reasons)))
            dropped += 1
    for rid, a, status, reason in to_refresh:
        r = s.get(Recipient, ids.uuid(rid))
        if status != r.status or (reason and reason != r.reason):
            r.status, r.reason = status, reason if status != "listed" else r.reason
        if a is not None:
            refresh_row(s, r, a.persons, {ids.uuid(k): v for k, v in a.entitled.items()})
    s.flush()
    added = _insert_new(s, actor, program, ids, fresh, assessed, existing)
    if existing:
        listed, persons, totals = totals_of(s, program.id)
    else:
        listed, persons, totals = _totals_of_new(fresh, assessed, ids)
    updated = len(to_refresh) - dropped
    return BuildResult(listed, added, updated, dropped, by_hand, totals, persons)


def _milli(ids: RawIds, entitled: dict) -> dict:
    return {k: int(v * MILLI) for k, v in entitled.items()}


# A new list row: these vary, its program, status and list version are the same for all.
RECIPIENT_COLUMNS = ("household_id", "seq", "persons")
LINES = "lalanh_list_lines"  # SQLite, temporary: each distinct assessment's lines, numbered


def _insert_new(s: Session, actor: Actor, program: Program, ids: RawIds, fresh: list, assessed: dict,
                existing: dict) -> int:  # fmt: skip
    """New list rows (through BulkInsert: the same triggers as every write) and their lines.

    The rows go in in the order of their households' ids: each index keyed by the household
    (and the household's key, checked for the foreign key) is then walked once in order
    instead of at random — the copy of 100,000 rows took 0.5 s of SQLite's time instead of
    1.2 s in a registry of 1,000,000. On SQLite the entitlement lines are made by SQLite from
    the staged rows: each row is staged with the number of its assessment's lines (households
    sharing an assessment share them), and one INSERT ... SELECT joins the two.
    """
    if not fresh:
        return 0
    fresh.sort()
    conn = s.connection()
    stamper = Stamper(conn)
    stamp = stamper.reserve(len(fresh))
    stamper.save()
    next_id = FastIds()
    seq = max((e[1] for e in existing.values()), default=0)
    now = datetime.now().replace(microsecond=0)
    constants = {"program_id": program.id.hex, "status": "listed", "added_how": "rules",
                 "added_in_version": program.list_version}  # fmt: skip
    # Its outbox trigger runs once per chunk, not once per row (bulk.py).
    recipients = BulkInsert(Recipient.__table__, RECIPIENT_COLUMNS, actor.username, now, stamper.office_id,
                            replay_triggers=True, constants=constants, extra=("lines",))  # fmt: skip
    numbered: dict = {}  # id(assessment) → the number of its lines: assessments are shared
    lines_of: dict = {}  # number → [(raw item id, thousandths)]
    then: list[str] = []
    if ids.sqlite:
        conn.exec_driver_sql(
            f"CREATE TEMP TABLE IF NOT EXISTS {LINES} (lines, item_id, quantity_milli)"
        )
        conn.exec_driver_sql(f"DELETE FROM temp.{LINES}")
        staged_lines = (f"SELECT l.item_id, l.quantity_milli FROM temp.{recipients.stage} AS r "
                        f"JOIN temp.{LINES} AS l ON l.lines = r.lines")  # fmt: skip
        then = [f"INSERT INTO main.entitlement (recipient_id, item_id, quantity_milli) "
                f"SELECT r.id, l.item_id, l.quantity_milli FROM temp.{recipients.stage} AS r "
                f"JOIN temp.{LINES} AS l ON l.lines = r.lines ORDER BY r.rowid",
                # The program's plan: the chunk's lines at once, not a trigger per line.
                kept_totals.bulk_plan_sql(program.id.hex, staged_lines)]  # fmt: skip
    # SQLite: the per-line plan trigger set aside meanwhile (the `then` statement adds), and
    # the recipients' outbox trigger until the last chunk is in (BulkInsert.finish).
    with (
        kept_totals.bulk_plan(conn) if ids.sqlite else nullcontext(),
        recipients.finishing(conn) if ids.sqlite else nullcontext(),
    ):
        for start in range(0, len(fresh), CHUNK):
            rows, new_lines = [], []
            for hid in fresh[start : start + CHUNK]:
                a = assessed[hid]
                number = numbered.get(id(a))
                if number is None:
                    number = numbered[id(a)] = len(numbered)
                    lines_of[number] = [(ids.hex(i), int(q * MILLI)) for i, q in a.entitled.items()]
                    new_lines += [(number, item, milli) for item, milli in lines_of[number]]
                seq += 1
                rows.append((ids.hex(hid), seq, a.persons, next_id(), stamp, number))
                stamp += 1
            if ids.sqlite:
                conn.exec_driver_sql(f"INSERT INTO temp.{LINES} VALUES (?, ?, ?)", new_lines)
                recipients.insert(conn, rows, True, then)
            else:
                recipients.insert(conn, rows, False)
                # The column's Milli type scales a Decimal to thousandths itself: the
                # thousandths go in as the Decimal they stand for (passed as they were, every
                # line was a thousand times its entitlement on PostgreSQL).
                conn.execute(sa.insert(Entitlement.__table__), [
                    {"recipient_id": uuid.UUID(hex=rid), "item_id": uuid.UUID(hex=item),
                     "quantity_milli": Decimal(milli) / MILLI}
                    for _hid, _seq, _persons, rid, _stamp, number in rows
                    for item, milli in lines_of[number]])  # fmt: skip
    if ids.sqlite:
        conn.exec_driver_sql(f"DROP TABLE temp.{LINES}")
    return len(fresh)


def _totals_of_new(fresh: list, assessed: dict, ids: RawIds
                   ) -> tuple[int, int, dict[uuid.UUID, Decimal]]:  # fmt: skip
    """totals_of for a list that had no rows before this build: those of the rows just written."""
    listed = [assessed[hid] for hid in fresh]
    of = {id(a): a for a in listed}  # assessments are shared: each counted once, times its rows
    persons, milli = 0, defaultdict(int)
    for key, n in Counter(map(id, listed)).items():
        persons += of[key].persons * n
        for item, q in of[key].entitled.items():
            milli[item] += int(q * MILLI) * n
    as_read = Entitlement.__table__.c.quantity_milli.type.process_result_value  # as a SUM reads
    return len(fresh), persons, {ids.uuid(item): as_read(m, None) for item, m in milli.items()}


def refresh_row(s: Session, r: Recipient, persons: int, entitled: dict[uuid.UUID, Decimal]) -> None:
    """Bring a row's persons and entitlement lines to these values. The row itself is marked
    changed whenever a line changes, so the change is stamped and reaches the outbox."""
    changed = r.persons != persons
    r.persons = persons
    lines = {
        e.item_id: e
        for e in s.scalars(sa.select(Entitlement).where(Entitlement.recipient_id == r.id))
    }
    for item_id in lines.keys() | entitled.keys():
        q = entitled.get(item_id, Decimal(0))
        e = lines.get(item_id)
        if e is None:
            s.add(Entitlement(recipient_id=r.id, item_id=item_id, quantity=q))
            changed = True
        elif e.quantity != q:
            e.quantity = q
            changed = True
    if changed:
        flag_modified(r, "persons")


def totals_of(s: Session, program_id: uuid.UUID) -> tuple[int, int, dict[uuid.UUID, Decimal]]:
    listed, persons = s.execute(
        sa.select(sa.func.count(), sa.func.coalesce(sa.func.sum(Recipient.persons), 0))
        .where(Recipient.program_id == program_id, Recipient.status == "listed")
    ).one()  # fmt: skip
    totals = dict(s.execute(
        sa.select(Entitlement.item_id, sa.func.sum(Entitlement.quantity))
        .join(Recipient, Recipient.id == Entitlement.recipient_id)
        .where(Recipient.program_id == program_id, Recipient.status == "listed")
        .group_by(Entitlement.item_id)).all())  # fmt: skip
    return listed, int(persons), totals


def reasons_text(reasons: tuple[str, ...]) -> str:
    return "; ".join(_(REASONS[r]) for r in reasons)


def status_text(p: Program) -> str:
    return vocab.label(vocab.LIST_STATUSES, p.list_status).lower()


def program_for_update(s: Session, program_id: uuid.UUID) -> Program:
    p = s.get(Program, program_id)
    if p is None or p.voided:
        raise UserError(_("This program no longer exists."))
    return p


def assessment_of(s: Session, rules: Rules, household_id: uuid.UUID) -> Assessment | None:
    """What the rules give one household today (None if it is not a live household)."""
    ids = RawIds(s.connection())
    raw = ids.raw(household_id)
    facts = registry_facts(s.connection(), ids.rules(rules), [raw])
    if raw not in facts:
        return None
    a = assess(ids.rules(rules), facts[raw])
    return Assessment(
        a.eligible, a.reasons, a.persons, {ids.uuid(k): v for k, v in a.entitled.items()}
    )
