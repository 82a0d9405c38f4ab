"""Administrative units, offices, hamlets and categories."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class AdminUnit(Base):
    """An official province or commune (Decision 19/2025/QĐ-TTg codes).

    Loaded from the `vietnam-provinces` package; kept in our own table so an
    upper office can update it and an old unit can still be named.
    """

    __tablename__ = "admin_unit"

    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200), index=True)
    level: Mapped[str] = mapped_column(String(20))  # "province" | "commune"
    kind: Mapped[str] = mapped_column(String(40))  # tỉnh, thành phố trung ương, xã, phường, đặc khu
    parent_code: Mapped[str | None] = mapped_column(ForeignKey("admin_unit.code"), index=True)
    valid: Mapped[bool] = mapped_column(Boolean, default=True)


class Office(Synced, Base):
    """An office in the tree (commune → [district] → province). Codes are attributes, not keys."""

    __tablename__ = "office"

    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))  # "commune" | "district" | "province"
    admin_unit_code: Mapped[str | None] = mapped_column(ForeignKey("admin_unit.code"))
    parent_office_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class Installation(Base):
    """This database's own state: which office it is, its epoch and its clock (one row)."""

    __tablename__ = "installation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    # Regenerated when a database is created or restored from a backup (SYNC.md §4).
    epoch: Mapped[uuid.UUID] = mapped_column(Uuid)
    last_hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Hamlet(Synced, Base):
    """A thôn, xóm, bản, ấp or tổ dân phố, added by the commune."""

    __tablename__ = "hamlet"

    office_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="thon")


class Category(Synced, Base):
    """A category that makes people eligible (poor, near-poor, …). Reference data."""

    __tablename__ = "category"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_vi: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    scope: Mapped[str] = mapped_column(String(20))  # "household" | "person"
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str | None] = mapped_column(Text)
