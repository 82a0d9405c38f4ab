"""The daily report upward (báo cáo nhanh hằng ngày): for a period, per program and item, the
households and persons supported and the quantities given, with the cumulative totals; the
needs still open at the end of the period; the stock received and remaining. At an upper office
(households of several offices in one database) every part is broken down by office, with a
total row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db import Database
from app.models import (
    AidGivenDay,
    AidReached,
    Donation,
    Entitlement,
    Household,
    Need,
    Program,
    ProgramPlan,
    ReceiptLine,
    Recipient,
    StockAdjustment,
)
from app.reports.common import (
    ZERO,
    ItemHead,
    OfficeHead,
    Period,
    Scope,
    item_heads,
    live_lines,
    money,
    offices_with_households,
)


@dataclass(frozen=True)
class AidRow:
    office_id: uuid.UUID
    program_id: uuid.UUID
    program: str  # "P0001 Quà Tết 2026"
    item: ItemHead
    households: int  # in the period
    persons: int
    quantity: Decimal
    households_total: int  # from the beginning to the end of the period
    persons_total: int
    quantity_total: Decimal
    planned: Decimal  # the entitlements of the rows listed now (programs running in the period)


@dataclass(frozen=True)
class NeedRow:
    office_id: uuid.UUID
    kind: str
    unit: str
    urgency: str
    needs: int
    households: int
    quantity: Decimal


@dataclass(frozen=True)
class StockRow:
    office_id: uuid.UUID
    item: ItemHead
    received_in_period: Decimal
    received: Decimal  # up to the end of the period
    given: Decimal
    adjusted: Decimal

    @property
    def remaining(self) -> Decimal:
        return self.received - self.given - self.adjusted


@dataclass(frozen=True)
class DailyReport:
    period: Period
    scope: Scope
    offices: list[OfficeHead]  # more than one: broken down by office
    aid: list[AidRow]
    needs: list[NeedRow]
    stock: list[StockRow]
    households_reached: int  # distinct households given anything in the period
    households_reached_total: int  # … up to the end of the period
    made_at: datetime

    @property
    def by_office(self) -> bool:
        return len(self.offices) > 1


def daily_report(db: Database, period: Period, scope: Scope | None = None,
                 today: date | None = None) -> DailyReport:  # fmt: skip
    scope = scope or Scope()
    today = today or date.today()
    with db.read() as s:
        offices = offices_with_households(s)
        if scope.office_id is not None:
            offices = [o for o in offices if o.id == scope.office_id]
        items = item_heads(s)
        programs = _programs(s, scope)
        aid = _aid(s, period, scope, programs, items, today)
        reached_total = _reached_upto(s, scope, programs, period.end, today)
        reached = (reached_total if period.start is None  # from the beginning: the same figure
                   else _reached(s, scope, programs, live_lines(period, today=today)))  # fmt: skip
        by_office = len(offices) > 1
        own = offices[0].id if offices else uuid.UUID(int=0)
        needs = _needs(s, period, scope, by_office, own)
        stock = _stock(s, period, scope, programs, items, by_office, own, today)
    return DailyReport(period, scope, offices, aid, needs, stock, reached, reached_total,
                       datetime.now().replace(microsecond=0))  # fmt: skip


class _Program:
    __slots__ = ("id", "office_id", "label", "starts_on", "ends_on")

    def __init__(self, pid, office_id, code, name, starts_on, ends_on):
        self.id, self.office_id, self.label = pid, office_id, f"{code} {name}"
        self.starts_on, self.ends_on = starts_on, ends_on


def _programs(s: Session, scope: Scope) -> dict[uuid.UUID, _Program]:
    q = sa.select(Program.id, Program.office_id, Program.code, Program.name, Program.starts_on,
                  Program.ends_on).where(Program.voided.is_(False))  # fmt: skip
    if scope.program_ids:
        q = q.where(Program.id.in_(scope.program_ids))
    if scope.office_id is not None:
        q = q.where(Program.office_id == scope.office_id)
    return {r[0]: _Program(*r) for r in s.execute(q.order_by(Program.code))}


def _line_scope(q: sa.Select, scope: Scope, programs: dict) -> sa.Select:
    if scope.program_ids or scope.office_id is not None:
        q = q.where(ReceiptLine.program_id.in_(list(programs)))
    if scope.hamlet_ids:
        q = q.where(ReceiptLine.household_id.in_(
            sa.select(Household.id).where(Household.hamlet_id.in_(scope.hamlet_ids))))  # fmt: skip
    return q


def _given_days(s: Session, scope: Scope, programs: dict, start: date | None, end: date | None,
                today: date) -> dict:  # fmt: skip
    """(program, item) → (households, persons, quantity) of the live gives dated from `start`
    to `end`, from aid_given_day (a few rows a day) instead of every receipt line. The same
    figures as `_given` over the lines (tests/reports/test_given_days.py keeps the table exact);
    a bound on or after today is left out, as `live_lines` does."""
    d = AidGivenDay
    q = (sa.select(d.program_id, d.item_id, sa.func.sum(d.households), sa.func.sum(d.persons),
                   sa.func.sum(d.quantity))
         .group_by(d.program_id, d.item_id).having(sa.func.sum(d.households) > 0))  # fmt: skip
    if start is not None:
        q = q.where(d.given_on >= start)
    if end is not None and end < today:
        q = q.where(d.given_on <= end)
    if scope.program_ids or scope.office_id is not None:
        q = q.where(d.program_id.in_(list(programs)))
    return {(p, i): (int(h), int(n), money(qty)) for p, i, h, n, qty in s.execute(q)}


def _given(s: Session, scope: Scope, programs: dict, where: list) -> dict:
    """(program, item) → (households, persons, quantity) of the live lines `where` selects.
    A list row is given once (a second give needs the first reversed), so the persons of its
    list row summed over the lines of one program and item count each household once. Used
    for a report of some hamlets (aid_given_day has no hamlet); a hamlet's lines are few."""
    q = (sa.select(ReceiptLine.program_id, ReceiptLine.item_id,
                   sa.func.count(sa.distinct(ReceiptLine.household_id)),
                   sa.func.coalesce(sa.func.sum(Recipient.persons), 0),
                   sa.func.sum(ReceiptLine.quantity))
         .select_from(ReceiptLine)
         .join(Recipient, sa.and_(Recipient.program_id == ReceiptLine.program_id,
                                  Recipient.household_id == ReceiptLine.household_id))
         .where(*where).group_by(ReceiptLine.program_id, ReceiptLine.item_id))  # fmt: skip
    q = _line_scope(q, scope, programs)
    return {(p, i): (int(h), int(n), money(qty)) for p, i, h, n, qty in s.execute(q)}


def _reached(s: Session, scope: Scope, programs: dict, where: list) -> int:
    q = sa.select(sa.func.count(sa.distinct(ReceiptLine.household_id))).where(*where)
    return int(s.scalar(_line_scope(q, scope, programs)) or 0)


def _reached_upto(s: Session, scope: Scope, programs: dict, end: date, today: date) -> int:
    """Households with a live line dated up to `end`. For the whole office, a count over
    aid_reached (each household's first live give, kept by triggers: decision 0010) through
    its day index. For some programs or hamlets: the live lines grouped by household (in the
    order of the household index, which holds the date: no sort, no table rows), those whose
    first line is dated by then. A date condition in WHERE would steer the database to the
    date index and a sort of every household given to."""
    if not (scope.program_ids or scope.office_id is not None or scope.hamlet_ids):
        q = sa.select(sa.func.count()).select_from(AidReached)
        if end < today:
            q = q.where(AidReached.first_on <= end)
        return int(s.scalar(q) or 0)
    first = sa.func.min(ReceiptLine.given_on)
    q = sa.select(ReceiptLine.household_id).where(*live_lines(today=today))
    q = _line_scope(q, scope, programs).group_by(ReceiptLine.household_id)
    if end < today:
        q = q.having(first <= end)
    return int(s.scalar(sa.select(sa.func.count()).select_from(q.subquery())) or 0)


def _aid(s: Session, period: Period, scope: Scope, programs: dict, items: dict,
         today: date) -> list[AidRow]:  # fmt: skip
    if scope.hamlet_ids:
        in_period = _given(s, scope, programs, live_lines(period, today=today))
        total = _given(s, scope, programs, live_lines(upto=period.end, today=today))
    else:
        in_period = _given_days(s, scope, programs, period.start, period.end, today)
        total = _given_days(s, scope, programs, None, period.end, today)
    # Programs running in the period show even before anything was given.
    running = [p.id for p in programs.values()
               if p.starts_on <= period.end
               and (p.ends_on is None or period.start is None or p.ends_on >= period.start)]  # fmt: skip
    keys = set(in_period) | set(total)
    # The plan of the programs running in the period (a list's entitlements are many rows).
    planned = _planned(s, scope, running)
    keys |= set(planned)
    none = (0, 0, ZERO)
    rows = []
    for pid, iid in keys:
        p, item = programs.get(pid), items.get(iid)
        if p is None or item is None:
            continue
        h, n, q = in_period.get((pid, iid), none)
        ht, nt, qt = total.get((pid, iid), none)
        rows.append(AidRow(p.office_id, pid, p.label, item, h, n, q, ht, nt, qt,
                           planned.get((pid, iid), ZERO)))  # fmt: skip
    order = {iid: n for n, iid in enumerate(items)}
    rows.sort(key=lambda r: (r.program, order.get(r.item.id, 0)))
    return rows


def _planned(s: Session, scope: Scope, program_ids: list) -> dict:
    """(program, item) → the entitlements of the rows listed now. From program_plan (kept by
    triggers: decision 0010); for some hamlets, from the rows of those hamlets."""
    if not program_ids:
        return {}
    if not scope.hamlet_ids:
        p = ProgramPlan
        q = sa.select(p.program_id, p.item_id, p.quantity).where(
            p.program_id.in_(set(program_ids)), p.lines > 0)  # fmt: skip
        return {(pid, i): money(qty) for pid, i, qty in s.execute(q)}
    q = (sa.select(Recipient.program_id, Entitlement.item_id, sa.func.sum(Entitlement.quantity))
         .join(Recipient, Recipient.id == Entitlement.recipient_id)
         .where(Recipient.program_id.in_(set(program_ids)), Recipient.status == "listed",
                Recipient.household_id.in_(sa.select(Household.id).where(
                    Household.hamlet_id.in_(scope.hamlet_ids))))
         .group_by(Recipient.program_id, Entitlement.item_id))  # fmt: skip
    return {(pid, i): money(qty) for pid, i, qty in s.execute(q)}


def _grouped(s: Session, q: sa.Select, office_col, by_office: bool, own, *keys) -> dict:
    """Run `q` (selecting `keys` then one sum) grouped by office (when broken down) and `keys`;
    returns {(office, *keys): value} with `own` as the office of every row of one office."""
    cols = list(q.selected_columns)
    if by_office:
        q = q.with_only_columns(office_col, *cols).group_by(office_col, *keys)
        return {tuple(r[:-1]): r[-1] for r in s.execute(q)}
    q = q.group_by(*keys)
    return {(own, *r[:-1]): r[-1] for r in s.execute(q)}


def _needs(s: Session, period: Period, scope: Scope, by_office: bool, own) -> list[NeedRow]:
    """Needs open at the end of the period: assessed by then, and still open then (open now,
    or met/cancelled after it)."""
    unit = sa.func.coalesce(Need.unit, "")
    cols = (sa.func.count(), sa.func.count(sa.distinct(Need.household_id)),
            sa.func.sum(Need.quantity))  # fmt: skip
    keys = (Need.kind, unit, Need.urgency)
    q = sa.select(*keys, *cols).where(
        Need.voided.is_(False), Need.assessed_on <= period.end,
        sa.or_(Need.status == "open", Need.status_on > period.end))  # fmt: skip
    if by_office or scope.hamlet_ids or scope.office_id is not None:
        q = q.join(Household, Household.id == Need.household_id)
        if scope.hamlet_ids:
            q = q.where(Household.hamlet_id.in_(scope.hamlet_ids))
        if scope.office_id is not None:
            q = q.where(Household.office_id == scope.office_id)
    if by_office:
        q = q.with_only_columns(Household.office_id, *keys, *cols).group_by(
            Household.office_id, *keys
        )
        found = [tuple(r) for r in s.execute(q)]
    else:
        found = [(own, *r) for r in s.execute(q.group_by(*keys))]
    return [NeedRow(o, k, u, urg, int(n), int(h), Decimal(str(qty or 0)).quantize(Decimal("0.001")))
            for o, k, u, urg, n, h, qty in found]  # fmt: skip


def _stock(s: Session, period: Period, scope: Scope, programs: dict, items: dict,
           by_office: bool, own, today: date) -> list[StockRow]:  # fmt: skip
    """The ledger as it moved, up to the end of the period; earmarks and program lines when the
    report is for some programs."""
    dated = period.end < today
    # What left the stock: the ledger's lines as they moved (reversals on their own day),
    # summed per day in aid_given_day.
    moved = AidGivenDay
    d_where, a_where, l_where = [], [], []
    if scope.program_ids:
        d_where = [Donation.program_id.in_(scope.program_ids)]
        a_where = [StockAdjustment.program_id.in_(scope.program_ids)]
        l_where = [moved.program_id.in_(scope.program_ids)]
    if scope.office_id is not None:
        d_where.append(Donation.office_id == scope.office_id)
        a_where.append(StockAdjustment.office_id == scope.office_id)
        l_where.append(moved.program_id.in_(list(programs)))
    if dated:
        d_where.append(Donation.received_on <= period.end)
        a_where.append(StockAdjustment.made_on <= period.end)
        l_where.append(moved.given_on <= period.end)

    def sums(item_col, column, office_col, where) -> dict:
        q = sa.select(item_col, sa.func.sum(column)).where(*where)
        return {
            k: money(v) for k, v in _grouped(s, q, office_col, by_office, own, item_col).items()
        }

    received = sums(Donation.item_id, Donation.quantity, Donation.office_id, d_where)
    adjusted = sums(StockAdjustment.item_id, StockAdjustment.quantity, StockAdjustment.office_id,
                    a_where)  # fmt: skip
    if by_office:  # receipt lines carry no office: per program, then to the program's office
        offices = dict(s.execute(sa.select(Program.id, Program.office_id)).all())
        given: dict = {}
        q = (sa.select(moved.program_id, moved.item_id, sa.func.sum(moved.moved))
             .where(*l_where).group_by(moved.program_id, moved.item_id))  # fmt: skip
        for pid, iid, v in s.execute(q):
            key = (offices.get(pid), iid)
            given[key] = given.get(key, ZERO) + money(v)
    else:
        given = sums(moved.item_id, moved.moved, None, l_where)
    if period.start is not None:
        in_period = sums(Donation.item_id, Donation.quantity, Donation.office_id,
                         [*d_where, Donation.received_on >= period.start,
                          Donation.received_on <= period.end])  # fmt: skip
    else:
        in_period = received
    order = {iid: n for n, iid in enumerate(items)}
    rows = [StockRow(o, items[i], in_period.get((o, i), ZERO), received.get((o, i), ZERO),
                     given.get((o, i), ZERO), adjusted.get((o, i), ZERO))
            for o, i in set(received) | set(given) | set(adjusted) if i in items]  # fmt: skip
    rows.sort(key=lambda r: (str(r.office_id), order.get(r.item.id, 0)))
    return rows
