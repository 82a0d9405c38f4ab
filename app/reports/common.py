"""What every report shares: the period, the scope, the offices, and "aid that reached a
household" as one SQL selectable.

Every figure of a report is an aggregate computed by the database (GROUP BY), the same
SQLAlchemy Core on SQLite and PostgreSQL; Python only arranges the few aggregated rows.

Aid given is counted from the *live gives*: receipt lines of gives that were not reversed,
dated by the give. A give reversed later therefore leaves the period it was dated in, so a
report re-run after a correction tells the corrected truth (decision 0008). Stock, on the other
hand, is the ledger as it moved: donations − receipt lines − adjustments dated up to the day.
Up to today both agree: a reversal cancels its give exactly.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.dates import DateFormatError, format_date, parse_date
from app.errors import UserError
from app.i18n import _
from app.models import AidItem, Hamlet, Household, Office, Receipt, ReceiptLine
from app.models.reference import Installation

ZERO = Decimal(0)
EARLIEST = date(2000, 1, 1)  # the ledger refuses older dates


@dataclass(frozen=True)
class Period:
    """From `start` (None: from the beginning) to `end`, both days included."""

    start: date | None
    end: date

    def text(self) -> str:
        if self.start is None:
            return f"đến hết ngày {format_date(self.end)}"
        if self.start == self.end:
            return f"ngày {format_date(self.end)}"
        return f"từ ngày {format_date(self.start)} đến hết ngày {format_date(self.end)}"


def make_period(start: date | None, end: date | None, today: date | None = None) -> Period:
    """A period; UserError when it ends before it starts or lies in the future."""
    today = today or date.today()
    end = end or today
    if start is not None and end < start:
        raise UserError(_("The period ends before it starts: {start} – {end}.").format(
            start=format_date(start), end=format_date(end)))  # fmt: skip
    if start is not None and start > today:
        raise UserError(_("The period starts after today ({date}); there is nothing to report "
                          "yet.").format(date=format_date(today)))  # fmt: skip
    return Period(start, end)


def parse_period(start: str | None, end: str | None, today: date | None = None) -> Period:
    """From the command line: dd/mm/yyyy or ISO yyyy-mm-dd, either may be empty."""

    def one(text: str | None) -> date | None:
        try:
            return parse_date(text or "")
        except DateFormatError:
            raise UserError(_("“{text}” is not a date: write it as dd/mm/yyyy (e.g. 25/01/2026) "
                              "or yyyy-mm-dd.").format(text=text)) from None  # fmt: skip

    return make_period(one(start), one(end), today)


@dataclass(frozen=True)
class Scope:
    """What a report covers besides the period; empty means everything."""

    hamlet_ids: frozenset[uuid.UUID] = frozenset()
    program_ids: frozenset[uuid.UUID] = frozenset()
    office_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ItemHead:
    """An aid item as documents name it (always Vietnamese) and as the window names it."""

    id: uuid.UUID
    code: str
    name_vi: str
    name_en: str
    unit: str

    @property
    def is_money(self) -> bool:
        return self.unit == "VND"

    @property
    def unit_vi(self) -> str:
        return UNIT_VI.get(self.unit, self.unit)

    @property
    def heading_vi(self) -> str:
        """'Tiền mặt (đồng)', 'Gạo (kg)'."""
        return f"{self.name_vi} ({self.unit_vi})"


UNIT_VI = {"VND": "đồng", "kg": "kg", "package": "suất", "litre": "lít", "box": "hộp",
           "set": "bộ", "piece": "cái", "house": "căn"}  # fmt: skip


def item_heads(s: Session) -> dict[uuid.UUID, ItemHead]:
    rows = s.execute(sa.select(AidItem.id, AidItem.code, AidItem.name_vi, AidItem.name_en,
                               AidItem.unit).order_by(AidItem.sort_order, AidItem.name_vi))  # fmt: skip
    return {r.id: ItemHead(*r) for r in rows}


def hamlet_names(s: Session) -> dict[uuid.UUID, str]:
    return dict(s.execute(sa.select(Hamlet.id, Hamlet.name)).all())


@dataclass(frozen=True)
class OfficeHead:
    id: uuid.UUID
    name: str


def offices_with_households(s: Session) -> list[OfficeHead]:
    """The offices whose households this database holds: more than one at an upper office.
    One index probe per known office, never a scan of the registry."""
    offices = s.execute(sa.select(Office.id, Office.name).order_by(Office.name)).all()
    own = s.scalar(sa.select(Installation.office_id).where(Installation.id == 1))
    found = []
    for oid, name in offices:
        if s.scalar(sa.select(sa.exists().where(Household.office_id == oid))):
            found.append(OfficeHead(oid, name))
    if not found and own is not None:
        name = s.scalar(sa.select(Office.name).where(Office.id == own)) or ""
        found.append(OfficeHead(own, name))
    return found


def reversed_ids() -> sa.Select:
    """The gives that were reversed (few: corrections), from the reverses_id index."""
    return sa.select(Receipt.reverses_id).where(Receipt.reverses_id.is_not(None))


def live_lines(period: Period | None = None, *, upto: date | None = None,
               today: date | None = None) -> list[sa.ColumnElement]:  # fmt: skip
    """WHERE clauses on ReceiptLine alone for the lines of live gives dated in `period` (or,
    with `upto`, dated up to that day). A give's lines are positive and a reversal's negative
    (app/services/distribution.py), so no join to the receipts is needed: the lines of the few
    reversed gives are left out by their receipt id. A bound on or after today is left out:
    no line is dated in the future, and without it the item indexes answer alone."""
    today = today or date.today()
    where = [ReceiptLine.quantity > 0, ReceiptLine.receipt_id.not_in(reversed_ids())]
    end = upto if upto is not None else (period.end if period is not None else None)
    if end is not None and end < today:
        where.append(ReceiptLine.given_on <= end)
    if upto is None and period is not None and period.start is not None:
        where.append(ReceiptLine.given_on >= period.start)
    return where


def money(value: Decimal | None) -> Decimal:
    return value if value is not None else ZERO
