"""Households, their members, their categories and their needs."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Computed, Date, ForeignKey, Index, Integer, Numeric, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class Household(Synced, Base):
    __tablename__ = "household"
    __table_args__ = (
        Index("ix_household_office_code", "office_id", "code", unique=True),
        # The Households page filtered by hamlet, in code order.
        Index("ix_household_hamlet_code", "hamlet_id", "code"),
        # The voided households, few by nature: counts take them away from a plain
        # count(*). Partial, so no query for live households is ever steered to it.
        Index(
            "ix_household_voided",
            "id",
            sqlite_where=text("voided = 1"),
            postgresql_where=text("voided"),
        ),
    )

    office_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    # The commune's own household code, what officers use day to day.
    code: Mapped[str] = mapped_column(String(40), index=True)
    hamlet_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("hamlet.id"))
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    # "Số nhân khẩu" as a list declared it, where members were not listed by name.
    declared_size: Mapped[int | None] = mapped_column(Integer)
    import_batch_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)


# name_folded without everything up to its last space: rtrim strips the trailing run of the
# name's own letters (the last word), leaving the prefix that replace() then removes.
GIVEN_FOLDED_SQL = "replace(name_folded, rtrim(name_folded, replace(name_folded, ' ', '')), '')"


class Person(Synced, Base):
    __tablename__ = "person"
    __table_args__ = (
        # Name lookups, and an imported list's "same name and birth year" duplicates:
        # with the year in the index, a common name is not thousands of rows to read.
        Index("ix_person_name_birth", "name_folded", "birth_year"),
        # A household's members; a recipient list counts the live ones by residence status
        # from this index alone (migration 0007).
        Index("ix_person_household", "household_id", "voided", "residence_status"),
        # The duplicate engine's block: same given name, birth years around (migration 0008);
        # with the folded name, the check for one person reads no table rows (migration 0010).
        Index("ix_person_given_birth_name", "given_folded", "birth_year", "name_folded"),
        # Lookups by ID number; with the household and voided, the numbers held in two
        # households (the duplicate report) from the index alone (migration 0014).
        Index("ix_person_id_number", "id_number", "household_id", "voided"),
        Index("ix_person_old_id_number", "old_id_number", "household_id", "voided"),
        # The voided persons, few: the dashboard's count(*) takes them away (migration 0012).
        Index(
            "ix_person_voided",
            "id",
            sqlite_where=text("voided = 1"),
            postgresql_where=text("voided"),
        ),
    )

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("household.id"))
    full_name: Mapped[str] = mapped_column(String(200))  # as typed, NFC
    name_folded: Mapped[str] = mapped_column(String(200))
    # The last word of name_folded (= text.given_name_key(full_name)), computed by the database
    # itself so no writer can forget it; the same expression on SQLite and PostgreSQL.
    given_folded: Mapped[str] = mapped_column(String(200), Computed(GIVEN_FOLDED_SQL))
    gender: Mapped[str | None] = mapped_column(String(10))  # "male" | "female"
    birth_date: Mapped[date | None] = mapped_column(Date)
    birth_year: Mapped[int | None] = mapped_column(Integer)  # always set when birth_date is
    id_type: Mapped[str] = mapped_column(String(10), default="none")  # cccd | cmnd | none
    id_number: Mapped[str | None] = mapped_column(String(20))
    old_id_number: Mapped[str | None] = mapped_column(String(20))  # an earlier CMND
    relation: Mapped[str] = mapped_column(String(20))  # head, spouse, child, …
    phone: Mapped[str | None] = mapped_column(String(20))
    residence_status: Mapped[str] = mapped_column(String(20), default="permanent")
    note: Mapped[str | None] = mapped_column(Text)
    import_batch_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    # Set when this record was merged into another (the survivor); it is voided then, and
    # every id of it still resolves through this redirect (app/services/merges.py).
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)


class CategoryAssignment(Synced, Base):
    """A household (person_id empty) or one of its members belongs to a category."""

    __tablename__ = "category_assignment"
    __table_args__ = (
        # Both cover the Households page's category filter: "does this household
        # have it" (per household) and "how many households have it" (per category).
        Index("ix_category_assignment_household", "household_id", "category_id", "voided"),
        Index("ix_category_assignment_category", "category_id", "voided", "household_id"),
    )

    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("category.id"))
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("household.id"))
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    import_batch_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)


class Need(Synced, Base):
    """What a household (or one member) lacks, as assessed."""

    __tablename__ = "need"
    __table_args__ = (
        # The Needs page: totals per kind and unit read from this index alone ...
        Index(
            "ix_need_totals",
            "status",
            "kind",
            "unit",
            "voided",
            "urgency",
            "household_id",
            "quantity",
        ),
        # ... and open needs page by page, one urgency at a time, oldest first.
        Index("ix_need_open_order", "status", "urgency", "assessed_on", "id"),
        # A household's needs; with the status, a hamlet's open needs start from
        # its households rather than from every open need.
        Index("ix_need_household", "household_id", "status", "voided"),
    )

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("household.id"))
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"))
    kind: Mapped[str] = mapped_column(String(20))
    quantity: Mapped[Decimal | None] = mapped_column(Numeric(16, 3))
    unit: Mapped[str | None] = mapped_column(String(20))
    urgency: Mapped[str] = mapped_column(String(10), default="normal")
    status: Mapped[str] = mapped_column(String(10), default="open")
    status_reason: Mapped[str | None] = mapped_column(Text)
    status_on: Mapped[date | None] = mapped_column(Date)
    assessed_on: Mapped[date] = mapped_column(Date)
    assessed_by: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    # The receipt that met it, when aid handed out was recorded as meeting it.
    met_by_receipt_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
