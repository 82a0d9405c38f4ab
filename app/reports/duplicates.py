"""The duplicate report ("không trùng lặp"): in a period, aid of one kind (item) received
- by one household from more than one program of an overlap group ("Tết 2026");
- by one person (an ID number: CCCD, or the old CMND recorded beside it) registered in two
  households, each of which received it from a program of the same overlap group;
- at an upper office, by one person in households of two offices (any program).

Only live gives count (a reversed give is no gift). The pairs come from GROUP BY … HAVING
queries; only what was found is then read in detail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Household, Office, Person, Program, ReceiptLine
from app.reports.common import ItemHead, Period, Scope, item_heads, live_lines, money
from app.services.office import natural_key
from app.services.overlap import households_info


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

    def count(self, how: str) -> int:
        return sum(1 for r in self.rows if r.how == how)


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
        found = _same_household(s, live) + _same_person(s, live, False)
        if by_office:
            found += _same_person(s, live, True)
        rows = _details(s, found, live, items)
    return DuplicatesReport(period, scope, rows, by_office, datetime.now().replace(microsecond=0))


def _received(live: list, grouped: bool) -> sa.Subquery:
    """Distinct (household, item, overlap group, program) of the live gives."""
    group = Program.overlap_folded
    q = (sa.select(ReceiptLine.household_id, ReceiptLine.item_id, group.label("grp"),
                   ReceiptLine.program_id)
         .join(Program, Program.id == ReceiptLine.program_id).where(*live).distinct())  # fmt: skip
    if grouped:
        q = q.where(group.is_not(None), group != "")
    return q.subquery()


def _id_numbers() -> sa.Subquery:
    """(household, ID number) of every live person, the old CMND recorded beside a CCCD too."""
    live = [Person.voided.is_(False)]
    return sa.union_all(
        sa.select(Person.household_id.label("hh"), Person.id_number.label("num"))
        .where(*live, Person.id_number.is_not(None), Person.id_number != ""),
        sa.select(Person.household_id, Person.old_id_number)
        .where(*live, Person.old_id_number.is_not(None), Person.old_id_number != ""),
    ).subquery()  # fmt: skip


def _same_household(s: Session, live: list) -> list[tuple]:
    r = _received(live, True)
    q = (sa.select(r.c.household_id, r.c.item_id, r.c.grp)
         .group_by(r.c.household_id, r.c.item_id, r.c.grp)
         .having(sa.func.count(sa.distinct(r.c.program_id)) > 1))  # fmt: skip
    return [("household", hid, grp, iid, (hid,)) for hid, iid, grp in s.execute(q)]


def _same_person(s: Session, live: list, across_offices: bool) -> list[tuple]:
    r = _received(live, not across_offices)
    ids = _id_numbers()
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
