"""What an office's printed documents say about it (issuing body, place, signers, hotline)."""

from __future__ import annotations

import uuid

from sqlalchemy import JSON, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class OfficeDocumentSettings(Synced, Base):
    """One row per office: the header, place and signers of its lists and receipts.

    Synced like the office row itself: it is the office's own data, written only
    by that office, and travels up so an upper office (or a database restored from
    an export) prints the commune's documents with the commune's own header.

    `signers` is JSON — a list of {"role", "capacity", "title", "name", "shown"}
    in SIGNER_ROLES order — rather than sixteen columns: the row has one writer
    (its office), so a field-level merge inside the signer block would buy
    nothing, and a signer role added later needs no migration. The service
    validates every entry before it is stored.
    """

    __tablename__ = "office_document_settings"

    office_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    superior_body: Mapped[str] = mapped_column(String(200), default="")
    issuing_body: Mapped[str] = mapped_column(String(300))  # one or two lines ("\n")
    place_name: Mapped[str] = mapped_column(String(100))
    symbol: Mapped[str] = mapped_column(String(40), default="")
    hotline: Mapped[str] = mapped_column(String(40), default="")
    posting_days: Mapped[int] = mapped_column(Integer, default=15)
    zero_tens_word: Mapped[str] = mapped_column(String(10), default="linh")
    thousand_word: Mapped[str] = mapped_column(String(10), default="nghìn")
    signers: Mapped[list] = mapped_column(JSON, default=list)
