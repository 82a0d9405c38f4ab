"""The dashboard's figures: what an officer reads at a glance on the first page.

Households and persons registered (by category and hamlet), open needs by kind and urgency,
aid given today / in the last 7 days / in total per item, stock on hand, the programs in
progress with planned against given, and aid given per day over the last 30 days.

Each figure is one aggregate query that reads an index alone where one exists (the ledger's
item and program indexes carry the quantity; the need totals index carries kind, urgency and
quantity). `part` lets a refresh after a change re-read only what that change can affect.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db import Database
from app.models import (
    AidGivenDay,
    Category,
    CategoryAssignment,
    Donation,
    Hamlet,
    Household,
    Need,
    Person,
    Program,
    ProgramPlan,
    Receipt,
    Recipient,
    StockAdjustment,
)
from app.reports.common import ZERO, ItemHead, item_heads, money, reversed_ids
from app.services.office import natural_key

SERIES_DAYS = 30
WEEK_DAYS = 7


@dataclass(frozen=True)
class ItemFigures:
    item: ItemHead
    today: Decimal
    week: Decimal  # the last 7 days, today included
    total: Decimal
    on_hand: Decimal


@dataclass(frozen=True)
class ProgramFigures:
    program_id: uuid.UUID
    label: str  # "P0001 Quà Tết 2026"
    item: ItemHead
    planned: Decimal
    given: Decimal
    households_listed: int
    households_given: int

    @property
    def ratio(self) -> float:
        return float(self.given / self.planned) if self.planned else 0.0


@dataclass(frozen=True)
class Registry:
    households: int
    persons: int
    by_hamlet: list[tuple[str, int]]  # hamlet, households
    by_category: list[tuple[uuid.UUID, str, str, int]]  # id, name_vi, name_en, households


@dataclass(frozen=True)
class Needs:
    by_kind: list[tuple[str, str, int, int]]  # kind, urgency, needs, households
    open_needs: int
    # kind, needs, households (distinct: a household with two needs of a kind counts once)
    kinds: list[tuple[str, int, int]] = field(default_factory=list)

    def urgencies(self, kind: str) -> dict[str, int]:
        """Open needs of `kind` by urgency."""
        return {u: n for k, u, n, _h in self.by_kind if k == kind}


@dataclass(frozen=True)
class Aid:
    items: list[ItemFigures]
    programs: list[ProgramFigures]
    series: dict[uuid.UUID, list[tuple[date, Decimal]]]  # item → per day, SERIES_DAYS days
    households_today: int


@dataclass(frozen=True)
class Dashboard:
    day: date
    registry: Registry
    needs: Needs
    aid: Aid
    made_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))


def dashboard(db: Database, today: date | None = None, *, previous: Dashboard | None = None,
              parts: frozenset[str] = frozenset({"registry", "needs", "aid"})) -> Dashboard:  # fmt: skip
    """The dashboard's figures; with `previous`, only `parts` are read again (a change to the
    ledger does not re-count the registry)."""
    today = today or date.today()
    if previous is None or previous.day != today:
        parts = frozenset({"registry", "needs", "aid"})
    with db.read() as s:
        registry = _registry(s) if "registry" in parts else previous.registry
        needs = _needs(s) if "needs" in parts else previous.needs
        aid = _aid(s, today) if "aid" in parts else previous.aid
    return Dashboard(today, registry, needs, aid)


def _registry(s: Session) -> Registry:
    # A bare count(*) reads no rows (SQLite counts the smallest index's pages); the voided
    # ones, few, come from their partial indexes (`voided = 1` as the indexes are written).
    voided = sa.select(Household.id).where(Household.voided == sa.true())
    households = (s.scalar(sa.select(sa.func.count()).select_from(Household)) or 0) - (
        s.scalar(sa.select(sa.func.count()).select_from(voided.subquery())) or 0)  # fmt: skip
    voided_persons = (
        sa.select(sa.func.count()).select_from(Person).where(Person.voided == sa.true())
    )
    if s.bind.dialect.name == "sqlite":  # it prefers scanning ix_person_household, which has voided
        voided_persons = sa.text("SELECT count(*) FROM person INDEXED BY ix_person_voided "
                                 "WHERE voided = 1")  # fmt: skip
    persons = (s.scalar(sa.select(sa.func.count()).select_from(Person)) or 0) - (
        s.scalar(voided_persons) or 0
    )
    per_hamlet = dict(s.execute(sa.select(Household.hamlet_id, sa.func.count())
                                .group_by(Household.hamlet_id)).all())  # fmt: skip
    for hid, n in s.execute(sa.select(Household.hamlet_id, sa.func.count())
                            .where(Household.id.in_(voided)).group_by(Household.hamlet_id)):  # fmt: skip
        per_hamlet[hid] = per_hamlet.get(hid, 0) - n
    names = dict(s.execute(sa.select(Hamlet.id, Hamlet.name)).all())
    by_hamlet = sorted(((names.get(h, "—"), int(n)) for h, n in per_hamlet.items() if n),
                       key=lambda r: natural_key(r[0]))  # fmt: skip
    cats = dict(s.execute(
        sa.select(CategoryAssignment.category_id,
                  sa.func.count(sa.distinct(CategoryAssignment.household_id)))
        .where(CategoryAssignment.voided.is_(False)).group_by(CategoryAssignment.category_id)).all())  # fmt: skip
    by_category = [(cid, vi, en, int(cats[cid])) for cid, vi, en in s.execute(
        sa.select(Category.id, Category.name_vi, Category.name_en).order_by(Category.sort_order))
        if cats.get(cid)]  # fmt: skip
    return Registry(int(households), int(persons), by_hamlet, by_category)


def _needs(s: Session) -> Needs:
    """Open needs by kind and urgency, and by kind alone (households counted once a kind)."""
    where = (Need.status == "open", Need.voided.is_(False))
    households = sa.func.count(sa.distinct(Need.household_id))
    rows = s.execute(
        sa.select(Need.kind, Need.urgency, sa.func.count(), households)
        .where(*where).group_by(Need.kind, Need.urgency)).all()  # fmt: skip
    found = [(k, u, int(n), int(h)) for k, u, n, h in rows]
    kinds = [(k, int(n), int(h)) for k, n, h in s.execute(
        sa.select(Need.kind, sa.func.count(), households).where(*where).group_by(Need.kind))]  # fmt: skip
    kinds.sort(key=lambda r: (-r[1], r[0]))
    return Needs(found, sum(r[2] for r in found), kinds)


def _aid(s: Session, today: date) -> Aid:
    items = item_heads(s)
    programs = s.execute(sa.select(Program.id, Program.code, Program.name, Program.starts_on,
                                   Program.ends_on, Program.list_status)
                         .where(Program.voided.is_(False)).order_by(Program.code)).all()  # fmt: skip
    # Net of the ledger per program and item: aid_given_day's movement, a few rows a day,
    # instead of every receipt line (decision 0010).
    d = AidGivenDay
    per_program = {(p, i): money(q) for p, i, q in s.execute(
        sa.select(d.program_id, d.item_id, sa.func.sum(d.moved)).group_by(d.program_id, d.item_id))}  # fmt: skip
    total: dict = {}
    for (_p, i), q in per_program.items():
        total[i] = total.get(i, ZERO) + q
    received = {i: money(q) for i, q in s.execute(
        sa.select(Donation.item_id, sa.func.sum(Donation.quantity)).group_by(Donation.item_id))}  # fmt: skip
    adjusted = {i: money(q) for i, q in s.execute(
        sa.select(StockAdjustment.item_id, sa.func.sum(StockAdjustment.quantity))
        .group_by(StockAdjustment.item_id))}  # fmt: skip
    first = today - timedelta(days=SERIES_DAYS - 1)
    # The live gives of the last days, by the day of the give.
    daily = s.execute(
        sa.select(d.given_on, d.item_id, sa.func.sum(d.quantity))
        .where(d.program_id.in_([p.id for p in programs]), d.given_on >= first)
        .group_by(d.given_on, d.item_id).having(sa.func.sum(d.households) > 0)).all()  # fmt: skip
    households_today = s.scalar(
        sa.select(sa.func.count(sa.distinct(Receipt.household_id))).where(
            Receipt.program_id.in_([p.id for p in programs]), Receipt.given_on == today,
            Receipt.kind == "give", Receipt.id.not_in(reversed_ids()))) or 0  # fmt: skip
    by_day: dict = {}
    for day, iid, q in daily:
        by_day[(iid, day)] = money(q)
    week_start = today - timedelta(days=WEEK_DAYS - 1)
    figures = []
    for iid, item in items.items():
        if iid not in total and iid not in received and iid not in adjusted:
            continue
        t = by_day.get((iid, today), ZERO)
        w = sum((q for (i, d), q in by_day.items() if i == iid and d >= week_start), ZERO)
        on_hand = received.get(iid, ZERO) - total.get(iid, ZERO) - adjusted.get(iid, ZERO)
        figures.append(ItemFigures(item, t, w, total.get(iid, ZERO), on_hand))
    series = {}
    for iid in {i for (i, _d) in by_day}:
        series[iid] = [(first + timedelta(days=n), by_day.get((iid, first + timedelta(days=n)), ZERO))
                       for n in range(SERIES_DAYS)]  # fmt: skip
    running = [p for p in programs if p.list_status in ("submitted", "approved", "locked")
               and p.starts_on <= today and (p.ends_on is None or p.ends_on >= today)]  # fmt: skip
    return Aid(figures, _programs(s, running, per_program, items), series, int(households_today))


def _programs(s: Session, running: list, given: dict, items: dict) -> list[ProgramFigures]:
    if not running:
        return []
    ids = [p.id for p in running]
    # The entitlements of the rows listed now, kept per program and item (decision 0010).
    planned = {(p, i): money(q) for p, i, q in s.execute(
        sa.select(ProgramPlan.program_id, ProgramPlan.item_id, ProgramPlan.quantity)
        .where(ProgramPlan.program_id.in_(ids), ProgramPlan.lines > 0))}  # fmt: skip
    listed = dict(s.execute(
        sa.select(Recipient.program_id, sa.func.count())
        .where(Recipient.program_id.in_(ids), Recipient.status == "listed")
        .group_by(Recipient.program_id)).all())  # fmt: skip
    reached = dict(s.execute(
        sa.select(Receipt.program_id, sa.func.count(sa.distinct(Receipt.recipient_id)))
        .where(Receipt.program_id.in_(ids), Receipt.kind == "give",
               Receipt.id.not_in(reversed_ids()))
        .group_by(Receipt.program_id)).all())  # fmt: skip
    out = []
    for p in running:
        for (pid, iid), q in sorted(planned.items(), key=lambda kv: str(kv[0][1])):
            if pid == p.id and iid in items:
                out.append(ProgramFigures(p.id, f"{p.code} {p.name}", items[iid], q,
                                          given.get((pid, iid), ZERO), int(listed.get(pid, 0)),
                                          int(reached.get(pid, 0))))  # fmt: skip
    return out
