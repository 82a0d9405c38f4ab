"""Declarative base, naming convention and the columns every synced row carries."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Integer, MetaData, String, Text, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.ids import uuid7

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Synced:
    """Columns of a row that travels between offices (SYNC.md §1–3).

    `hlc` is the hybrid-logical-clock stamp of the row's last change and
    `field_hlc` the stamp of each field's last change (field-level merge);
    `version` counts local edits so an outgoing change names the version it
    replaced. Rows are never removed: `voided` with a reason is the delete.
    """

    __synced__ = True

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid7)
    origin_office_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    version: Mapped[int] = mapped_column(Integer, default=1)
    hlc: Mapped[int] = mapped_column(BigInteger)
    field_hlc: Mapped[dict] = mapped_column(JSON, default=dict)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))
    updated_by: Mapped[str] = mapped_column(String(100))


SYNC_COLUMNS = (
    "id", "origin_office_id", "version", "hlc", "field_hlc", "voided", "void_reason",
    "created_at", "updated_at", "created_by", "updated_by",
)  # fmt: skip


def synced_tables() -> list:
    """Tables whose rows travel between offices, from the model metadata."""
    return [
        mapper.local_table
        for mapper in Base.registry.mappers
        if getattr(mapper.class_, "__synced__", False)
    ]


def ledger_tables() -> list:
    """Synced tables that are append-only ledgers (`__ledger__ = True` on the model)."""
    return [
        mapper.local_table
        for mapper in Base.registry.mappers
        if getattr(mapper.class_, "__ledger__", False)
    ]
