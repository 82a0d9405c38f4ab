"""The aid ledger: donations in, receipts out, stock adjustments. Append-only.

Rows of these tables are never updated or deleted (database triggers refuse
it, and the session refuses to flush a change to one). A mistake is fixed by
a reversing row that references the original (`reverses_id`) and carries the
opposite quantity. Stock on hand is always a sum over these tables.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced
from app.models.types import Milli


class Donation(Synced, Base):
    """Aid received (tiếp nhận ủng hộ), or a budget allocation: it adds to stock."""

    __ledger__ = True
    __tablename__ = "donation"
    # Stock sums read from the index alone (quantity included), however long the ledger.
    __table_args__ = (Index("ix_donation_item", "item_id", "program_id", "quantity_milli"),)

    office_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    source: Mapped[str] = mapped_column(String(20))  # donation | budget
    donor_name: Mapped[str] = mapped_column(String(200))
    donor_folded: Mapped[str] = mapped_column(String(200), index=True)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisation.id"))
    received_on: Mapped[date] = mapped_column(Date)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("aid_item.id"))
    quantity: Mapped[Decimal] = mapped_column("quantity_milli", Milli)
    receipt_no: Mapped[str | None] = mapped_column(String(40), index=True)
    program_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("program.id"))  # earmark
    note: Mapped[str | None] = mapped_column(Text)
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)


class StockAdjustment(Synced, Base):
    """Stock that left other than by a receipt (spoilt, lost, sent elsewhere): it subtracts."""

    __ledger__ = True
    __tablename__ = "stock_adjustment"
    __table_args__ = (Index("ix_stock_adjustment_item", "item_id", "quantity_milli"),)

    office_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("aid_item.id"))
    quantity: Mapped[Decimal] = mapped_column("quantity_milli", Milli)
    made_on: Mapped[date] = mapped_column(Date)
    program_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("program.id"))
    reason: Mapped[str] = mapped_column(Text)
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)


class Receipt(Synced, Base):
    """Aid handed to a household for one list row: who collected, what ID was shown.

    A row is received at most once: `attempt` numbers the gives of one row and a
    unique index on (recipient, attempt, kind) lets a second give through only
    after the first was reversed, even with two PCs on one server database.
    """

    __ledger__ = True
    __tablename__ = "receipt"
    __table_args__ = (
        Index("ix_receipt_attempt", "recipient_id", "attempt", "kind", unique=True),
        Index("ix_receipt_household", "household_id", "program_id"),
        Index("ix_receipt_program", "program_id", "given_on"),
    )

    program_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("program.id"))
    recipient_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("recipient.id"))
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("household.id"))
    kind: Mapped[str] = mapped_column(String(10))  # give | reverse
    attempt: Mapped[int] = mapped_column(Integer)
    given_on: Mapped[date] = mapped_column(Date)
    id_type: Mapped[str | None] = mapped_column(String(10))  # cccd | cmnd | other
    id_number: Mapped[str | None] = mapped_column(String(20))
    # match (a member of the household) | unregistered (nobody has it) | none (no ID shown)
    id_check: Mapped[str] = mapped_column(String(20))
    collector: Mapped[str] = mapped_column(String(10))  # self | proxy
    collector_person_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    proxy_name: Mapped[str | None] = mapped_column(String(200))
    proxy_relation: Mapped[str | None] = mapped_column(String(100))
    handed_by: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    # Why more than the entitlement or the stock was given, by whom allowed.
    over_reason: Mapped[str | None] = mapped_column(Text)
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)


class ReceiptLine(Synced, Base):
    """One item of a receipt. Program, household and item are repeated for totals in SQL."""

    __ledger__ = True
    __tablename__ = "receipt_line"
    # Totals per program and stock per item read from the indexes alone (quantity included).
    __table_args__ = (
        Index("ix_receipt_line_program_item", "program_id", "item_id", "quantity_milli"),
        Index("ix_receipt_line_item", "item_id", "quantity_milli"),
        # A period's lines, and a household's live lines up to a day, from the index alone
        # (the reports, migration 0012); with program and item, what each household received
        # from which program (the duplicate report, migration 0014).
        Index("ix_receipt_line_given", "given_on", "household_id", "quantity_milli", "receipt_id"),
        Index(
            "ix_receipt_line_household",
            "household_id",
            "quantity_milli",
            "receipt_id",
            "given_on",
            "program_id",
            "item_id",
        ),  # fmt: skip
    )

    receipt_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("receipt.id"), index=True)
    program_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    household_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("aid_item.id"))
    quantity: Mapped[Decimal] = mapped_column("quantity_milli", Milli)
    given_on: Mapped[date] = mapped_column(Date)
