"""The outbox: every change to a synced table, captured in the same transaction."""

from __future__ import annotations

import uuid

from sqlalchemy import BigInteger, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Outbox(Base):
    """Which rows changed since the last export: filled by database triggers (app/sync/capture.py).

    It names the row, not its values: sealing a batch reads each changed row as
    it is then, with its per-field stamps, which is all a field-level merge
    needs. `base_version` of a row's first unsealed change is the version the
    receiving office must have seen for the edit not to be concurrent.
    """

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    op: Mapped[str] = mapped_column(String(1))  # I insert, U update
    hlc: Mapped[int] = mapped_column(BigInteger)
    base_version: Mapped[int | None] = mapped_column(Integer)  # the version this change replaced
    batch_seq: Mapped[int | None] = mapped_column(Integer, index=True)  # set when sealed
