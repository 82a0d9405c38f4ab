"""Imported lists: each import is a batch that can be undone whole; mappings are remembered."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, DateTime, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.ids import uuid7
from app.models.base import Base


class ImportBatch(Base):
    """One import of one sheet of one file: what came in, from where, by whom.

    Rows it created carry its id (`import_batch_id`); rows it changed are listed
    in `changed` with the values they had before and the version the import
    left, so an undo can restore them while nobody has edited them since.
    This office's own record: it does not travel between offices.
    """

    __tablename__ = "import_batch"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid7)
    file_name: Mapped[str] = mapped_column(String(300))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    sheet_name: Mapped[str] = mapped_column(String(200))
    rows_read: Mapped[int] = mapped_column(Integer)
    households_added: Mapped[int] = mapped_column(Integer)
    persons_added: Mapped[int] = mapped_column(Integer)
    households_updated: Mapped[int] = mapped_column(Integer)
    rows_skipped: Mapped[int] = mapped_column(Integer)
    rows_failed: Mapped[int] = mapped_column(Integer)
    changed: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str | None] = mapped_column(String(100))


class ImportMapping(Base):
    """The column mapping an officer confirmed for a layout of headers, to offer it again."""

    __tablename__ = "import_mapping"

    # SHA-256 of the folded header texts in order: the same form from the same
    # hamlet head gets the same mapping next month.
    signature: Mapped[str] = mapped_column(String(64), primary_key=True)
    columns: Mapped[dict] = mapped_column(JSON)  # column index (as text) → field
    updated_at: Mapped[datetime] = mapped_column(DateTime)
