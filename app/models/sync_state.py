"""The outbox: every change to a synced table, captured in the same transaction."""

from __future__ import annotations

import uuid

from sqlalchemy import BigInteger, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Outbox(Base):
    """Filled by database triggers (app/sync/capture.py), sealed into origin batches at export."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    op: Mapped[str] = mapped_column(String(1))  # I insert, U update
    hlc: Mapped[int] = mapped_column(BigInteger)
    base_version: Mapped[int | None] = mapped_column(Integer)  # the version this change replaced
    data: Mapped[str] = mapped_column(Text)  # JSON object of the row after the change
    batch_seq: Mapped[int | None] = mapped_column(Integer, index=True)  # set when sealed
