"""Aid programs: organisations, items, programs with their norms, recipient lists."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced
from app.models.types import Milli


class Organisation(Synced, Base):
    """Who runs programs or gives: MTTQ, Red Cross, a union, the People's Committee, a business."""

    __tablename__ = "organisation"

    office_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # vocab.ORGANISATION_KINDS
    note: Mapped[str | None] = mapped_column(Text)


class AidItem(Synced, Base):
    """A kind of aid with its unit: cash (VND), rice (kg), gift packages … Reference data."""

    __tablename__ = "aid_item"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_vi: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20))  # vocab.UNITS; "VND" is money
    need_kind: Mapped[str | None] = mapped_column(String(20))  # the need it meets
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Program(Synced, Base):
    """An aid round (đợt hỗ trợ) and its recipient list's state.

    `eligibility` holds the rules as lists of codes/ids (see
    app/services/entitlement.py): {"categories": [...], "hamlets": [...],
    "residence": [...], "need_kinds": [...]}; an empty list means "any".
    The list is one per program: draft → submitted → approved → locked, and
    `list_version` grows with every recorded amendment of an approved list.
    """

    __tablename__ = "program"
    __table_args__ = (Index("ix_program_office_code", "office_id", "code", unique=True),)

    office_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    code: Mapped[str] = mapped_column(String(20))  # printed in row codes: P0003-00042
    name: Mapped[str] = mapped_column(String(300))
    name_folded: Mapped[str] = mapped_column(String(300))
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"))
    funding: Mapped[str] = mapped_column(String(20))  # budget | donations | donor
    donor_name: Mapped[str | None] = mapped_column(String(200))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    overlap_group: Mapped[str | None] = mapped_column(String(100))
    overlap_folded: Mapped[str | None] = mapped_column(String(100), index=True)
    eligibility: Mapped[dict] = mapped_column(JSON, default=dict)
    list_status: Mapped[str] = mapped_column(String(20), default="draft")
    list_version: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str | None] = mapped_column(Text)


class ProgramItem(Synced, Base):
    """A program's norm for one item: so much per person or per household.

    `category_quantities` maps a category id to its own norm ("poor: 500,000;
    near-poor: 300,000"); the base `quantity` applies to those without one.
    `household_cap` limits a per-person norm for one household (optional).
    """

    __tablename__ = "program_item"
    __table_args__ = (Index("ix_program_item_program", "program_id", "item_id", unique=True),)

    program_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("program.id"))
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("aid_item.id"))
    basis: Mapped[str] = mapped_column(String(20))  # per_person | per_household
    quantity: Mapped[Decimal] = mapped_column("quantity_milli", Milli)
    category_quantities: Mapped[dict] = mapped_column(JSON, default=dict)
    household_cap: Mapped[Decimal | None] = mapped_column("household_cap_milli", Milli)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Recipient(Synced, Base):
    """One row of a program's recipient list: a household, its counted persons, its row code.

    `status` is "listed" or "removed" (by hand or because it is no longer
    eligible, with `reason`); `added_how` is "rules" or "hand". The printed
    row code is the program's code and `seq`.
    """

    __tablename__ = "recipient"
    __table_args__ = (
        Index("ix_recipient_program_household", "program_id", "household_id", unique=True),
        Index("ix_recipient_program_seq", "program_id", "seq", unique=True),
        # A list's households by status: the double-dipping check, the households a list has.
        # Not keyed by household first, or each new list is written all through it (0009).
        # With the row id, a list's planned quantities join its entitlements from it (0012).
        Index("ix_recipient_program_status", "program_id", "status", "household_id", "id"),
    )

    program_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("program.id"))
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("household.id"))
    seq: Mapped[int] = mapped_column(Integer)
    persons: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default="listed")
    added_how: Mapped[str] = mapped_column(String(10), default="rules")
    reason: Mapped[str | None] = mapped_column(Text)
    added_in_version: Mapped[int] = mapped_column(Integer, default=1)


class Entitlement(Base):
    """How much of one item a list row is entitled to: a line of its list row.

    Not synced on its own (decision 0004): a list has hundreds of thousands of
    these, and a synced row costs an id, ten bookkeeping columns and an outbox
    entry each. A change to the lines touches their list row, whose record
    carries them.
    """

    __tablename__ = "entitlement"
    __table_args__ = {"sqlite_with_rowid": False}

    recipient_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("recipient.id"), primary_key=True)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("aid_item.id"), primary_key=True)
    quantity: Mapped[Decimal] = mapped_column("quantity_milli", Milli)


class ListEvent(Synced, Base):
    """What happened to a recipient list, append-only: built, submitted, approved, amended …"""

    __ledger__ = True
    __tablename__ = "list_event"

    program_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("program.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    list_version: Mapped[int] = mapped_column(Integer)
    household_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # for add / remove
    reason: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
