"""The duplicate report ("không trùng lặp"): in a period, aid of one kind (item) received
- by one household from more than one program of an overlap group ("Tết 2026");
- by one person (an ID number: CCCD, or the old CMND recorded beside it) registered in two
  households, each of which received it from a program of the same overlap group;
- at an upper office, by one person in households of two offices (any program).

Only live gives count (a reversed give is no gift). The pairs come from GROUP BY … HAVING
queries; only what was found is then read in detail.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Household, Office, Person, Program, ReceiptLine
from app.reports.common import ItemHead, Period, Scope, item_heads, live_lines, money
from app.services.office import natural_key
from app.services.overlap import households_info

DETAIL_LIMIT = 2000  # cases listed in detail; all are counted


@dataclass(frozen=True)
class Receiving:
    household_code: str
    head: str
    hamlet: str
    office: str
    program: str  # "P0001 Quà Tết 2026"
    quantity: Decimal


@dataclass(frozen=True)
class Duplicate:
    how: str  # household | id_number | offices
    key: str  # the household code, or the ID number
    group: str  # the overlap group as typed ("" for offices)
    item: ItemHead
    receivings: tuple[Receiving, ...]

    @property
    def quantity(self) -> Decimal:
        return sum((r.quantity for r in self.receivings), Decimal(0))


@dataclass(frozen=True)
class DuplicatesReport:
    period: Period
    scope: Scope
    rows: list[Duplicate]
    by_office: bool
    made_at: datetime
    totals: dict[str, int] = field(default_factory=dict)  # every case found, by kind

    def count(self, how: str) -> int:
        """Cases of this kind found (all of them, also beyond the rows listed)."""
        return self.totals.get(how, sum(1 for r in self.rows if r.how == how))

    @property
    def total(self) -> int:
        return sum(self.totals.values()) if self.totals else len(self.rows)


def duplicates_report(db: Database, period: Period, scope: Scope | None = None,
                      today: date | None = None) -> DuplicatesReport:  # fmt: skip
    scope = scope or Scope()
    with db.read() as s:
        items = item_heads(s)
        live = live_lines(period, today=today)
        if scope.program_ids:
            live.append(ReceiptLine.program_id.in_(scope.program_ids))
        if scope.hamlet_ids or scope.office_id is not None:
            hh = sa.select(Household.id)
            if scope.hamlet_ids:
                hh = hh.where(Household.hamlet_id.in_(scope.hamlet_ids))
            if scope.office_id is not None:
                hh = hh.where(Household.office_id == scope.office_id)
            live.append(ReceiptLine.household_id.in_(hh))
        offices = s.scalar(sa.select(sa.func.count()).select_from(Office)) or 0
        by_office = offices > 1 and scope.office_id is None
        shared = _shared_numbers(s)
        in_households, found = _same_household(s, live)
        totals = {"household": in_households}
        for across in (False, True) if by_office else (False,):
            more = _same_person(s, live, across, shared)
            totals["offices" if across else "id_number"] = len(more)
            found += more
        rows = _details(s, _first(s, found), live, items)
    return DuplicatesReport(period, scope, rows, by_office, datetime.now().replace(microsecond=0),
                            totals)  # fmt: skip


def _first(s: Session, found: list[tuple]) -> list[tuple]:
    """The first DETAIL_LIMIT cases, by kind, then household code or ID number: a whole
    province's cases are read hamlet by hamlet (the report says how many there are)."""
    if len(found) <= DETAIL_LIMIT:
        return found
    households = [key for how, key, *_r in found if how == "household"]
    codes: dict = {}
    for start in range(0, len(households), 900):
        codes.update(s.execute(sa.select(Household.id, Household.code)
                               .where(Household.id.in_(households[start:start + 900]))).all())  # fmt: skip
    order = {"household": 0, "id_number": 1, "offices": 2}
    return sorted(found, key=lambda f: (order[f[0]], natural_key(codes.get(f[1], "")
                                        if f[0] == "household" else f[1]), str(f[3])))[:DETAIL_LIMIT]  # fmt: skip


def _received(s: Session, live: list, grouped: bool) -> sa.Subquery:
    """(household, item, overlap group, program) of the live gives' lines (counted DISTINCT
    by the callers, so no sort of every line to make them distinct here). The program's
    group is written into the query (a CASE over the programs, a handful) instead of a join, so
    the lines are read from the household index alone (it carries program and item: migration
    0014), not looked up program by program in the table."""
    groups = {pid: g for pid, g in s.execute(sa.select(Program.id, Program.overlap_folded))
              if g}  # fmt: skip
    where = list(live)
    if grouped:
        where.append(ReceiptLine.program_id.in_(list(groups)) if groups else sa.false())
        grp = sa.case(groups, value=ReceiptLine.program_id) if groups else sa.null()
    else:
        grp = sa.literal("")
    return (sa.select(ReceiptLine.household_id, ReceiptLine.item_id, grp.label("grp"),
                      ReceiptLine.program_id)
            .where(*where).subquery())  # fmt: skip


def _id_numbers() -> sa.Subquery:
    """(household, ID number) of every live person, the old CMND recorded beside a CCCD too."""
    live = [Person.voided.is_(False)]
    return sa.union_all(
        sa.select(Person.household_id.label("hh"), Person.id_number.label("num"))
        .where(*live, Person.id_number.is_not(None), Person.id_number != ""),
        sa.select(Person.household_id, Person.old_id_number)
        .where(*live, Person.old_id_number.is_not(None), Person.old_id_number != ""),
    ).subquery()  # fmt: skip


def _same_household(s: Session, live: list) -> tuple[int, list[tuple]]:
    """How many (household, item, group) received from more than one program of the group,
    and the first DETAIL_LIMIT of them by household code: counted and chosen in the database
    from one materialised CTE (a province's bench found 593,119: not rows to carry to Python)."""
    r = _received(s, live, True)
    dup = (sa.select(r.c.household_id, r.c.item_id, r.c.grp)
           .group_by(r.c.household_id, r.c.item_id, r.c.grp)
           .having(sa.func.count(sa.distinct(r.c.program_id)) > 1)
           .cte("dup").prefix_with("MATERIALIZED"))  # fmt: skip
    # The count as text: it shares a column with the household codes (PostgreSQL wants one
    # type per column of a UNION).
    count = sa.select(sa.literal(1).label("part"), sa.cast(sa.func.count(), sa.String).label("n"),
                      sa.null(), sa.null(), sa.null()).select_from(dup)  # fmt: skip
    first = (sa.select(sa.literal(2).label("part"), Household.code,
                       sa.cast(dup.c.household_id, sa.String), sa.cast(dup.c.item_id, sa.String),
                       dup.c.grp)
             .join(Household, Household.id == dup.c.household_id)
             .order_by(Household.code, dup.c.item_id).limit(DETAIL_LIMIT).subquery())  # fmt: skip
    rows = s.execute(sa.union_all(count, sa.select(first))).all()
    total = next((int(r[1]) for r in rows if r[0] == 1), 0)
    found = [("household", uuid.UUID(str(hid)), grp, uuid.UUID(str(iid)), (uuid.UUID(str(hid)),))
             for part, _code, hid, iid, grp in rows if part == 2]  # fmt: skip
    return total, found


def _shared_numbers(s: Session) -> list[str]:
    """The ID numbers held by live persons of more than one household: from the ID-number
    indexes alone, in number order (no sort). Few; only their households' gifts are read."""
    found: set[str] = set()
    for column in (Person.id_number, Person.old_id_number):
        found.update(s.scalars(
            sa.select(column).where(column.is_not(None), column != "", Person.voided.is_(False))
            .group_by(column).having(sa.func.count(sa.distinct(Person.household_id)) > 1)))  # fmt: skip
    # A number may be one person's CCCD and another household's old CMND.
    ids = _id_numbers()
    found.update(s.scalars(
        sa.select(ids.c.num).where(ids.c.num.in_(
            sa.select(Person.old_id_number).where(Person.old_id_number.is_not(None),
                                                  Person.old_id_number != "")))
        .group_by(ids.c.num).having(sa.func.count(sa.distinct(ids.c.hh)) > 1)))  # fmt: skip
    return sorted(found)


def _same_person(s: Session, live: list, across_offices: bool, shared) -> list[tuple]:
    if not shared:
        return []
    ids = _id_numbers()
    if len(shared) > 30_000:  # past what a statement binds: the same numbers as a query
        shared = (sa.select(ids.c.num).group_by(ids.c.num)
                  .having(sa.func.count(sa.distinct(ids.c.hh)) > 1))  # fmt: skip
        ids = _id_numbers()
    held = sa.select(ids.c.hh, ids.c.num).where(ids.c.num.in_(shared)).subquery()
    # Only the lines of the households holding a shared number (through the household index).
    r = _received(s, [*live, ReceiptLine.household_id.in_(sa.select(held.c.hh))],
                  not across_offices)  # fmt: skip
    ids = held
    if across_offices:
        q = (sa.select(ids.c.num, r.c.item_id, sa.literal(""))
             .join(r, r.c.household_id == ids.c.hh)
             .join(Household, Household.id == ids.c.hh)
             .group_by(ids.c.num, r.c.item_id)
             .having(sa.func.count(sa.distinct(Household.office_id)) > 1))  # fmt: skip
    else:
        q = (sa.select(ids.c.num, r.c.item_id, r.c.grp)
             .join(r, r.c.household_id == ids.c.hh)
             .group_by(ids.c.num, r.c.item_id, r.c.grp)
             .having(sa.func.count(sa.distinct(ids.c.hh)) > 1))  # fmt: skip
    found = s.execute(q).all()
    if not found:
        return []
    nums = {num for num, _i, _g in found}
    holders: dict = {}
    for hh, num in s.execute(sa.select(ids.c.hh, ids.c.num).where(ids.c.num.in_(nums))):
        holders.setdefault(num, set()).add(hh)
    how = "offices" if across_offices else "id_number"
    return [(how, num, grp, iid, tuple(holders.get(num, ()))) for num, iid, grp in found]


def _details(s: Session, found: list[tuple], live: list, items: dict) -> list[Duplicate]:
    if not found:
        return []
    households = {h for *_x, hs in found for h in hs}
    info = households_info(s, households)
    programs = {pid: (f"{code} {name}", group or "", office)
                for pid, code, name, group, office in s.execute(
                    sa.select(Program.id, Program.code, Program.name, Program.overlap_group,
                              Office.name).outerjoin(Office, Office.id == Program.office_id))}  # fmt: skip
    given: dict = {}
    hh = list(households)
    for start in range(0, len(hh), 500):
        q = (sa.select(ReceiptLine.household_id, ReceiptLine.item_id, ReceiptLine.program_id,
                       sa.func.sum(ReceiptLine.quantity))
             .where(*live, ReceiptLine.household_id.in_(hh[start:start + 500]))
             .group_by(ReceiptLine.household_id, ReceiptLine.item_id, ReceiptLine.program_id))  # fmt: skip
        for hid, iid, pid, qty in s.execute(q):
            given.setdefault((hid, iid), []).append((pid, money(qty)))
    out = []
    for how, key, grp, iid, holders in found:
        if iid not in items:
            continue
        receivings = []
        group_name = ""
        for hid in holders:
            code, head, hamlet = info.get(hid, ("", "", ""))
            for pid, qty in given.get((hid, iid), []):
                label, group, office = programs.get(pid, ("?", "", ""))
                if how != "offices" and _fold(group) != grp:
                    continue  # another group's gift is no duplicate of this one
                group_name = group_name or group
                receivings.append(Receiving(code, head, hamlet, office or "", label, qty))
        shown_key = info.get(key, ("",))[0] if how == "household" else key
        if len({(r.household_code, r.program) for r in receivings}) > 1:
            receivings.sort(key=lambda r: (natural_key(r.hamlet), r.household_code, r.program))
            out.append(Duplicate(how, shown_key, group_name, items[iid], tuple(receivings)))
    order = {"household": 0, "id_number": 1, "offices": 2}
    out.sort(key=lambda d: (order[d.how], d.group, d.key, d.item.code))
    return out


def _fold(text: str) -> str:
    from app.text import fold

    return fold(text or "")
