"""The Needs page: open needs across the commune, and their totals per kind."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import sqlalchemy as sa

from app.db import Database
from app.errors import UserError
from app.i18n import _
from app.models import Hamlet, Household, Need, Person
from app.services import vocab
from app.text import clean

URGENCY_ORDER = {"critical": 0, "high": 1, "normal": 2, "low": 3}
OTHER_RANK = 9  # an urgency this version does not know (e.g. from a newer office) comes last


@dataclass(frozen=True)
class NeedQuery:
    kind: str | None = None
    urgency: str | None = None
    hamlet_id: uuid.UUID | None = None


@dataclass(frozen=True)
class NeedRow:
    id: uuid.UUID
    household_id: uuid.UUID
    household_code: str
    head_name: str
    hamlet: str
    kind: str
    quantity: Decimal | None
    unit: str | None
    urgency: str
    assessed_on: date
    assessed_by: str
    note: str


@dataclass(frozen=True)
class NeedTotal:
    kind: str
    unit: str | None
    quantity: Decimal
    households: int
    needs: int


def _open(q: NeedQuery) -> list:
    conds = [Need.status == "open", Need.voided.is_(False), Household.voided.is_(False)]
    if q.kind:
        conds.append(Need.kind == q.kind)
    if q.urgency:
        conds.append(Need.urgency == q.urgency)
    if q.hamlet_id is not None:
        conds.append(Household.hamlet_id == q.hamlet_id)
    return conds


def _open_in_hamlet(q: NeedQuery) -> list:
    """_open(q) for a hamlet, as a condition on the need alone: the planner then walks
    the hamlet's households and their needs (ix_need_household), not all open needs."""
    conds = [Need.status == "open", Need.voided.is_(False)]
    if q.kind:
        conds.append(Need.kind == q.kind)
    if q.urgency:
        conds.append(Need.urgency == q.urgency)
    conds.append(Need.household_id.in_(
        sa.select(Household.id).where(Household.hamlet_id == q.hamlet_id,
                                      Household.voided.is_(False))))  # fmt: skip
    return conds


def _urgency_rank():
    return sa.case(URGENCY_ORDER, value=Need.urgency, else_=OTHER_RANK)


def list_open_needs(db: Database, q: NeedQuery, cursor: tuple | None = None,
                    limit: int = 200) -> tuple[list[NeedRow], tuple | None]:  # fmt: skip
    """A page of open needs, most urgent and oldest first (keyset paging).

    The page's needs are picked first, reading about `limit` of them however many
    are open (sorting all open needs by a computed rank, with their names joined,
    took seconds in a province); names and hamlets are then fetched for those only.
    """
    with db.read() as s:
        if q.hamlet_id is not None:
            picked = _pick_in_hamlet(s, q, cursor, limit)
        else:
            picked = _pick_by_urgency(s, q, cursor, limit)
        head = sa.orm.aliased(Person)
        result = s.execute(
            sa.select(Need, Household.code, head.full_name, Hamlet.name)
            .join(Household, Household.id == Need.household_id)
            .outerjoin(head, sa.and_(head.household_id == Household.id, head.relation == "head",
                                     head.voided.is_(False)))
            .outerjoin(Hamlet, Hamlet.id == Household.hamlet_id)
            .where(Need.id.in_([need_id for need_id, _rank in picked]))
        ).all() if picked else []  # fmt: skip
    by_id = {}
    for n, code, head_name, hamlet in result:
        by_id.setdefault(n.id, NeedRow(
            n.id, n.household_id, code, head_name or "", hamlet or "", n.kind, n.quantity,
            n.unit, n.urgency, n.assessed_on, n.assessed_by, n.note or ""))  # fmt: skip
    rows = [by_id[need_id] for need_id, _rank in picked if need_id in by_id]
    next_cursor = None
    if len(picked) == limit:
        last_id, last_rank = picked[-1]
        next_cursor = (last_rank, by_id[last_id].assessed_on, last_id)
    return rows, next_cursor


def _pick_by_urgency(s, q: NeedQuery, cursor: tuple | None, limit: int) -> list[tuple]:
    """(need id, rank) of a page: one urgency at a time, each walked in (assessed_on,
    id) order on ix_need_open_order, so only the page's needs are read."""
    after_rank, after_on, after_id = cursor if cursor is not None else (None, None, None)
    picked: list[tuple[uuid.UUID, int]] = []
    for rank, arm in _urgency_arms(q):
        if after_rank is not None and rank < after_rank:
            continue
        stmt = (
            sa.select(Need.id)
            .join(Household, Household.id == Need.household_id)
            .where(*_open(q), arm)
            .order_by(Need.assessed_on, Need.id)
            .limit(limit - len(picked))
        )
        if rank == after_rank:
            stmt = stmt.where(Need.assessed_on >= after_on,
                              sa.tuple_(Need.assessed_on, Need.id) >
                              sa.tuple_(sa.literal(after_on, Need.assessed_on.type),
                                        sa.literal(after_id, Need.id.type)))  # fmt: skip
        picked += [(need_id, rank) for need_id in s.scalars(stmt)]
        if len(picked) == limit:
            break
    return picked


def _pick_in_hamlet(s, q: NeedQuery, cursor: tuple | None, limit: int) -> list[tuple]:
    """(need id, rank) of a page of a hamlet: its open needs are few, so they are read
    from its households (ix_need_household) and sorted."""
    rank = _urgency_rank()
    stmt = (
        sa.select(Need.id, rank)
        .where(*_open_in_hamlet(q))
        .order_by(rank, Need.assessed_on, Need.id)
        .limit(limit)
    )
    if cursor is not None:
        after_rank, after_on, after_id = cursor
        stmt = stmt.where(sa.tuple_(rank, Need.assessed_on, Need.id) > sa.tuple_(
            sa.literal(after_rank), sa.literal(after_on, Need.assessed_on.type),
            sa.literal(after_id, Need.id.type)))  # fmt: skip
    return [(need_id, need_rank) for need_id, need_rank in s.execute(stmt)]


def _urgency_arms(q: NeedQuery) -> list[tuple[int, sa.ColumnElement[bool]]]:
    """(rank, condition) for each urgency in page order, the unknown ones last."""
    arms = [(rank, Need.urgency == urgency) for urgency, rank in
            sorted(URGENCY_ORDER.items(), key=lambda item: item[1])]  # fmt: skip
    arms.append((OTHER_RANK, Need.urgency.not_in(list(URGENCY_ORDER))))
    if q.urgency:
        rank = URGENCY_ORDER.get(q.urgency, OTHER_RANK)
        arms = [(r, arm) for r, arm in arms if r == rank]
    return arms


def need_totals(db: Database, q: NeedQuery) -> list[NeedTotal]:
    """Per kind and unit: total quantity, households and needs (aggregated in SQL)."""
    with db.read() as s:
        # With a hamlet: its households' needs (few). Without: all open
        # needs from the covering ix_need_totals alone, less those of voided
        # households (voiding cancels their needs, so rarely any) — exact, and
        # without a household lookup for each of a province's open needs.
        totals = _totals(s, q, None)
        if q.hamlet_id is None:
            # `voided = 1` as in the partial index ix_household_voided, so SQLite uses it.
            voided = _totals(s, q, Need.household_id.in_(
                sa.select(Household.id).where(Household.voided == sa.true())))  # fmt: skip
            for key, (qty, households, needs) in voided.items():
                all_qty, all_households, all_needs = totals[key]
                totals[key] = (all_qty - qty, all_households - households, all_needs - needs)
    order = list(vocab.NEED_KINDS)
    result = [NeedTotal(kind, unit, qty, households, needs)
              for (kind, unit), (qty, households, needs) in totals.items() if needs]  # fmt: skip
    return sorted(result, key=lambda t: (order.index(t.kind) if t.kind in order else 99,
                                         t.unit or ""))  # fmt: skip


def _totals(s, q: NeedQuery, condition) -> dict[tuple, tuple[Decimal, int, int]]:
    """(kind, unit) → (quantity, households, needs) of open needs meeting `condition`
    (None: all of them; with a hamlet: of that hamlet's live households)."""
    if q.hamlet_id is not None:
        conds = _open_in_hamlet(q)
    else:
        conds = [Need.status == "open", Need.voided.is_(False)]
        if q.kind:
            conds.append(Need.kind == q.kind)
        if q.urgency:
            conds.append(Need.urgency == q.urgency)
        if condition is not None:
            conds.append(condition)
    stmt = sa.select(
        Need.kind, Need.unit, sa.func.coalesce(sa.func.sum(Need.quantity), 0),
        sa.func.count(sa.distinct(Need.household_id)), sa.func.count(),
    ).where(*conds).group_by(Need.kind, Need.unit)  # fmt: skip
    return {(kind, unit): (Decimal(str(qty)), households, needs)
            for kind, unit, qty, households, needs in s.execute(stmt)}  # fmt: skip


def set_need_status(db: Database, user: str, need_id: uuid.UUID, status: str,
                    reason: str = "") -> None:  # fmt: skip
    """Mark a need met or cancelled (with a reason), or reopen it."""
    reason = clean(reason)
    if status not in vocab.NEED_STATUSES:
        raise UserError(_("Choose the status of the need."))
    if status == "cancelled" and not reason:
        raise UserError(_("Type why the need is cancelled."))
    with db.write(user) as s:
        need = s.get(Need, need_id)
        if need is None or need.voided:
            raise UserError(_("This need no longer exists."))
        need.status = status
        need.status_reason = reason or None
        need.status_on = date.today() if status != "open" else None
