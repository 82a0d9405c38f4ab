"""The coverage report ("không bỏ sót"): households with needs still open at the end of the
period that received nothing from any program in the period; households in a category (poor,
near-poor, meritorious service…) that are on no list of a program running in the period; and
the persons holding a category of their own (a person's category: meritorious service,
disability, old age…) whose household is on no such list — by name, birth year, household,
hamlet and category.

Counts per hamlet and per category come from GROUP BY queries; the households themselves are
listed up to `DETAIL_LIMIT` (in hamlet and code order), the report saying how many more there
are — a whole province's omissions are read hamlet by hamlet.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db import Database
from app.models import (
    Category,
    CategoryAssignment,
    Household,
    Need,
    Person,
    Program,
    ReceiptLine,
    Recipient,
)
from app.reports.common import Period, Scope, hamlet_names, live_lines
from app.services.office import natural_key
from app.services.overlap import households_info

DETAIL_LIMIT = 2000


@dataclass(frozen=True)
class HamletCount:
    hamlet: str
    with_needs: int  # households with a need open at the end of the period
    unserved: int  # … of which received nothing in the period


@dataclass(frozen=True)
class CategoryCount:
    category: str  # Vietnamese name
    scope: str  # household | person
    households: int  # households with the category on no list
    persons: int  # persons holding it (person categories) in those households


@dataclass(frozen=True)
class Omitted:
    code: str
    head: str
    hamlet: str
    detail: str  # the open needs, or the categories


@dataclass(frozen=True)
class UnlistedPerson:
    name: str
    birth_year: int | None
    code: str  # the household's
    head: str
    hamlet: str
    categories: str  # the person's own categories, Vietnamese names


@dataclass(frozen=True)
class CoverageReport:
    period: Period
    scope: Scope
    hamlets: list[HamletCount]
    unserved: list[Omitted]
    unserved_total: int
    categories: list[CategoryCount]
    unlisted: list[Omitted]
    unlisted_total: int
    programs_running: int
    made_at: datetime
    persons: list[UnlistedPerson] = field(default_factory=list)  # first DETAIL_LIMIT
    persons_total: int = 0  # persons with a category of their own, household on no list

    @property
    def with_needs_total(self) -> int:
        return sum(h.with_needs for h in self.hamlets)


def _open_at_end(period: Period) -> list:
    return [Need.voided.is_(False), Need.assessed_on <= period.end,
            sa.or_(Need.status == "open", Need.status_on > period.end)]  # fmt: skip


def _household_scope(scope: Scope) -> list:
    where = [Household.voided.is_(False)]
    if scope.hamlet_ids:
        where.append(Household.hamlet_id.in_(scope.hamlet_ids))
    if scope.office_id is not None:
        where.append(Household.office_id == scope.office_id)
    return where


def coverage_report(db: Database, period: Period, scope: Scope | None = None,
                    today: date | None = None) -> CoverageReport:  # fmt: skip
    scope = scope or Scope()
    with db.read() as s:
        names = hamlet_names(s)
        # Correlated EXISTS through the household indexes: the households with open needs are
        # few beside the ledger, and NOT IN would first gather every household ever given to.
        served = sa.exists().where(ReceiptLine.household_id == Household.id,
                                   *live_lines(period, today=today))  # fmt: skip
        needing = sa.select(Need.household_id).where(*_open_at_end(period))
        # Households with needs and, of them, those served nothing: one pass over them.
        counts = (sa.select(Household.hamlet_id, sa.func.count(),
                            sa.func.sum(sa.case((~served, 1), else_=0)))
                  .where(Household.id.in_(needing), *_household_scope(scope))
                  .group_by(Household.hamlet_id))  # fmt: skip
        hamlets = [HamletCount(names.get(h, "(chưa có thôn/tổ)"), int(n), int(u or 0))
                   for h, n, u in s.execute(counts)]  # fmt: skip
        hamlets.sort(key=lambda r: natural_key(r.hamlet))
        unserved_rows = _unserved_detail(s, period, scope, served, needing)
        running = _running(s, period, scope)
        listed = sa.exists().where(
            Recipient.program_id.in_(running), Recipient.status == "listed",
            Recipient.household_id == CategoryAssignment.household_id)  # fmt: skip
        categories, unlisted_total, first_unlisted, persons_total, first_persons = _categories(
            s, scope, listed)  # fmt: skip
        unlisted = _unlisted_detail(s, first_unlisted)
        persons = _persons_detail(s, first_persons)
    return CoverageReport(period, scope, hamlets, unserved_rows, sum(h.unserved for h in hamlets),
                          categories, unlisted, unlisted_total, len(running),
                          datetime.now().replace(microsecond=0), persons, persons_total)  # fmt: skip


def _running(s: Session, period: Period, scope: Scope) -> list[uuid.UUID]:
    q = sa.select(Program.id).where(Program.voided.is_(False), Program.starts_on <= period.end)
    if period.start is not None:
        q = q.where(sa.or_(Program.ends_on.is_(None), Program.ends_on >= period.start))
    if scope.program_ids:
        q = q.where(Program.id.in_(scope.program_ids))
    return list(s.scalars(q))


def _unserved_detail(s: Session, period: Period, scope: Scope, served, needing) -> list[Omitted]:
    ids = list(s.scalars(
        sa.select(Household.id).where(Household.id.in_(needing), ~served, *_household_scope(scope))
        .order_by(Household.hamlet_id, Household.code).limit(DETAIL_LIMIT)))  # fmt: skip
    needs: dict = {}
    # Kind, then urgency: a full order, so both backends list a household's needs alike.
    for hid, kind, urgency in s.execute(
        sa.select(Need.household_id, Need.kind, Need.urgency)
        .where(Need.household_id.in_(ids), *_open_at_end(period)).order_by(Need.kind, Need.urgency)
    ):  # fmt: skip
        needs.setdefault(hid, []).append(NEED_VI.get(kind, kind) + URGENT_VI.get(urgency, ""))
    return _omitted(s, ids, needs)


def _assignment_scope(scope: Scope) -> list:
    """Assignments of live households in scope. Without a hamlet or office, the few voided
    households are left out from their partial index (`voided = 1` as it is written) instead of
    listing every live household."""
    if scope.hamlet_ids or scope.office_id is not None:
        return [CategoryAssignment.household_id.in_(
            sa.select(Household.id).where(*_household_scope(scope)))]  # fmt: skip
    return [CategoryAssignment.household_id.not_in(
        sa.select(Household.id).where(Household.voided == sa.true()))]  # fmt: skip


def _categories(s: Session, scope: Scope, listed) -> tuple[list[CategoryCount], int, list, int,
                                                             list]:  # fmt: skip
    """Per category and in all, the households (and persons) holding a category on no list; the
    first of those households in hamlet and code order; the live persons holding a category of
    their own in such a household, how many and the first of them. Whether a household is
    listed is asked once per assignment: the assignments on no list are a CTE materialised once
    for the parts of one statement (SQLite ≥ 3.35, PostgreSQL ≥ 12)."""
    unlisted = (sa.select(CategoryAssignment.household_id, CategoryAssignment.category_id,
                          CategoryAssignment.person_id)
                .where(CategoryAssignment.voided.is_(False), ~listed, *_assignment_scope(scope))
                .cte("unlisted").prefix_with("MATERIALIZED"))  # fmt: skip
    u = unlisted.c
    # The few voided persons, from their partial index (`voided = 1` as it is written): their
    # categories count for no one, not every assignment joined to its person.
    voided = sa.select(Person.id).where(Person.voided == sa.true())
    persons = sa.case((u.person_id.not_in(voided), u.person_id))
    per_category = (sa.select(sa.literal(1).label("part"), Category.name_vi, Category.scope,
                              Category.sort_order, sa.func.count(sa.distinct(u.household_id)),
                              sa.func.count(sa.distinct(persons)))
                    .join(Category, Category.id == u.category_id)
                    .group_by(Category.name_vi, Category.scope, Category.sort_order))  # fmt: skip
    # A person's own categories (the assignment names the person), the person still registered;
    # materialised once for the count and the first.
    own = (sa.select(u.person_id, u.household_id)
           .where(u.person_id.is_not(None), u.person_id.not_in(voided))
           .cte("own").prefix_with("MATERIALIZED"))  # fmt: skip
    total = sa.select(sa.literal(2), sa.null(), sa.null(), sa.null(),
                      sa.select(sa.func.count(sa.distinct(u.household_id))).scalar_subquery(),
                      sa.select(sa.func.count(sa.distinct(own.c.person_id))).scalar_subquery())  # fmt: skip
    first = (sa.select(sa.cast(Household.id, sa.String).label("id"))
             .where(Household.id.in_(sa.select(u.household_id)))
             .order_by(Household.hamlet_id, Household.code).limit(DETAIL_LIMIT).subquery())  # fmt: skip
    detail = sa.select(sa.literal(3), first.c.id, sa.null(), sa.null(), sa.null(), sa.null())
    first_persons = (sa.select(sa.cast(own.c.person_id, sa.String).label("id"))
                     .join(Household, Household.id == own.c.household_id)
                     .group_by(own.c.person_id, Household.hamlet_id, Household.code)  # once each
                     .order_by(Household.hamlet_id, Household.code, own.c.person_id)
                     .limit(DETAIL_LIMIT).subquery())  # fmt: skip
    persons = sa.select(sa.literal(4), first_persons.c.id, sa.null(), sa.null(), sa.null(),
                        sa.null())  # fmt: skip
    found = s.execute(sa.union_all(per_category, total, detail, persons)).all()
    rows = sorted((r for r in found if r[0] == 1), key=lambda r: r[3])
    out = [CategoryCount(name, scope_, int(h), int(p)) for _k, name, scope_, _o, h, p in rows]
    totals = next((r for r in found if r[0] == 2), None)
    unlisted_total, persons_total = (int(totals[4] or 0), int(totals[5] or 0)) if totals else (0, 0)
    return (out, unlisted_total, [uuid.UUID(str(r[1])) for r in found if r[0] == 3],
            persons_total, [uuid.UUID(str(r[1])) for r in found if r[0] == 4])  # fmt: skip


def _persons_detail(s: Session, ids: list) -> list[UnlistedPerson]:
    """The persons `ids` with their own categories (not their household's), in hamlet,
    household code and name order."""
    if not ids:
        return []
    cats: dict = {}
    for pid, name in s.execute(
        sa.select(CategoryAssignment.person_id, Category.name_vi)
        .join(Category, Category.id == CategoryAssignment.category_id)
        .where(CategoryAssignment.person_id.in_(ids), CategoryAssignment.voided.is_(False))
        .order_by(Category.sort_order)
    ):  # fmt: skip
        cats.setdefault(pid, []).append(name)
    people = s.execute(sa.select(Person.id, Person.full_name, Person.birth_year,
                                 Person.household_id).where(Person.id.in_(ids))).all()  # fmt: skip
    info = households_info(s, {p.household_id for p in people})
    rows = []
    for pid, name, year, hid in people:
        code, head, hamlet = info.get(hid, ("", "", ""))
        rows.append(UnlistedPerson(name, year, code, head, hamlet, "; ".join(cats.get(pid, []))))
    rows.sort(key=lambda r: (natural_key(r.hamlet), r.code, r.name))
    return rows


def _unlisted_detail(s: Session, ids: list) -> list[Omitted]:
    """Each household's categories in category order, the household's own first, then its
    persons' by name (as hamlets sort: đ with d) — ordered here: the database left persons of one category in any order
    (SQLite and PostgreSQL listed them differently), and names compare alike in Python."""
    held: dict = {}
    for hid, order, name, person in s.execute(
        sa.select(CategoryAssignment.household_id, Category.sort_order, Category.name_vi,
                  Person.full_name)
        .join(Category, Category.id == CategoryAssignment.category_id)
        .outerjoin(Person, Person.id == CategoryAssignment.person_id)
        .where(CategoryAssignment.household_id.in_(ids), CategoryAssignment.voided.is_(False))
    ):  # fmt: skip
        person = person or ""
        held.setdefault(hid, []).append((order, bool(person), natural_key(person), person, name))
    cats = {hid: [f"{name} ({person})" if person else name
                  for *_k, person, name in sorted(rows)] for hid, rows in held.items()}  # fmt: skip
    return _omitted(s, ids, cats)


def _omitted(s: Session, ids: list, detail: dict) -> list[Omitted]:
    info = households_info(s, set(ids))
    rows = []
    for hid in ids:
        code, head, hamlet = info.get(hid, ("", "", ""))
        rows.append(Omitted(code, head, hamlet, "; ".join(detail.get(hid, []))))
    rows.sort(key=lambda r: (natural_key(r.hamlet), r.code))
    return rows


NEED_VI = {"rice": "Gạo", "cash": "Tiền mặt", "food": "Thực phẩm", "water": "Nước sạch",
           "medicine": "Thuốc men", "shelter": "Chỗ ở", "clothing": "Quần áo",
           "schooling": "Đồ dùng học tập", "other": "Khác"}  # fmt: skip
URGENT_VI = {"high": " (cao)", "critical": " (khẩn cấp)"}
URGENCY_VI = {"low": "Thấp", "normal": "Bình thường", "high": "Cao", "critical": "Khẩn cấp"}
