"""Figures kept up to date by the database itself, derived from the ledger (decision 0010).

`aid_given_day` holds, per day, program and item, what was given: the live gives (lines of gives
not reversed, dated by the give) as households, persons and quantity, and the ledger's net
movement dated by the line (gives minus reversals) for stock. Triggers on `receipt_line` and
`recipient` keep it exact (migration 0012, app/reports/given_days.py); it is never synced: each
office derives it from the receipt lines it holds, received ones included.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Date, Index, Integer, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base
from app.models.types import Milli


class AidGivenDay(Base):
    """One day's aid of one program and item: the live gives dated that day, and the net
    movement of the ledger's lines dated that day."""

    __tablename__ = "aid_given_day"
    __table_args__ = {"sqlite_with_rowid": False}

    given_on: Mapped[date] = mapped_column(Date, primary_key=True)
    program_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    # Live gives dated this day: one line each, so one household each (a list row is given
    # at most once, one line per item); persons as counted on the list row now.
    households: Mapped[int] = mapped_column(Integer)
    persons: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[Decimal] = mapped_column("quantity_milli", Milli)
    # Every line dated this day, reversals negative: what left the stock that day.
    moved: Mapped[Decimal] = mapped_column("moved_milli", Milli)


class AidReached(Base):
    """A household reached by aid: the day of its first live give, any program (decision
    0010). "Households reached up to day D" counts these rows through the day's index."""

    __tablename__ = "aid_reached"
    __table_args__ = (Index("ix_aid_reached_first", "first_on"), {"sqlite_with_rowid": False})

    household_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    first_on: Mapped[date] = mapped_column(Date)


class ProgramPlan(Base):
    """A program's plan per item: the entitlement lines of its rows listed now, how many and
    their quantity (decision 0010). A row with no lines left may stay, at zero."""

    __tablename__ = "program_plan"
    __table_args__ = {"sqlite_with_rowid": False}

    program_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    item_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    lines: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[Decimal] = mapped_column("quantity_milli", Milli)
