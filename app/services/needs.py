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


def _urgency_rank():
    return sa.case(URGENCY_ORDER, value=Need.urgency, else_=9)


def list_open_needs(db: Database, q: NeedQuery, cursor: tuple | None = None,
                    limit: int = 200) -> tuple[list[NeedRow], tuple | None]:  # fmt: skip
    """A page of open needs, most urgent and oldest first (keyset paging)."""
    head = sa.orm.aliased(Person)
    rank = _urgency_rank()
    stmt = (
        sa.select(Need, Household.code, head.full_name, Hamlet.name, rank.label("rank"))
        .join(Household, Household.id == Need.household_id)
        .outerjoin(head, sa.and_(head.household_id == Household.id, head.relation == "head",
                                 head.voided.is_(False)))
        .outerjoin(Hamlet, Hamlet.id == Household.hamlet_id)
        .where(*_open(q))
        .order_by(rank, Need.assessed_on, Need.id)
        .limit(limit)
    )  # fmt: skip
    if cursor is not None:
        stmt = stmt.where(sa.tuple_(rank, Need.assessed_on, Need.id) > sa.tuple_(*cursor))
    with db.read() as s:
        result = s.execute(stmt).all()
    rows = [
        NeedRow(n.id, n.household_id, code, head_name or "", hamlet or "", n.kind, n.quantity,
                n.unit, n.urgency, n.assessed_on, n.assessed_by, n.note or "")
        for n, code, head_name, hamlet, _rank in result
    ]  # fmt: skip
    next_cursor = None
    if len(result) == limit:
        n, *_rest, last_rank = result[-1]
        next_cursor = (last_rank, n.assessed_on, n.id)
    return rows, next_cursor


def need_totals(db: Database, q: NeedQuery) -> list[NeedTotal]:
    """Per kind and unit: total quantity, households and needs (aggregated in SQL)."""
    stmt = (
        sa.select(
            Need.kind, Need.unit, sa.func.coalesce(sa.func.sum(Need.quantity), 0),
            sa.func.count(sa.distinct(Need.household_id)), sa.func.count(),
        )
        .join(Household, Household.id == Need.household_id)
        .where(*_open(q))
        .group_by(Need.kind, Need.unit)
    )  # fmt: skip
    with db.read() as s:
        rows = s.execute(stmt).all()
    order = list(vocab.NEED_KINDS)
    totals = [NeedTotal(k, u, Decimal(str(qty)), hh, n) for k, u, qty, hh, n in rows]
    return sorted(totals, key=lambda t: (order.index(t.kind) if t.kind in order else 99,
                                         t.unit or ""))  # fmt: skip


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
