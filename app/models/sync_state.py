"""The outbox: every change to a synced table, captured in the same transaction."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


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


# --- this office's sync state (local tables: they never travel, no outbox triggers) ----------


class SyncKey(Base):
    """This office's keys (one row, id 1): the public halves, the private ones sealed under
    the passphrase (app/sync/keys.seal_keys), and the certificate its parent issued."""

    __tablename__ = "sync_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sign_pub: Mapped[bytes] = mapped_column(LargeBinary)
    enc_pub: Mapped[bytes] = mapped_column(LargeBinary)
    sealed_private: Mapped[bytes] = mapped_column(LargeBinary)
    certificate: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SyncPeer(Base):
    """Another office this one knows: its keys and certificate, and what we exchanged with it.

    `their_acks` is what it told us it holds: {origin office hex: [seq, hash hex]}.
    `revoked_after_seq`: batches of this office above that sequence number are refused.
    """

    __tablename__ = "sync_peer"

    office_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))
    admin_unit_code: Mapped[str | None] = mapped_column(String(10))
    parent_office_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    sign_pub: Mapped[bytes] = mapped_column(LargeBinary)
    enc_pub: Mapped[bytes] = mapped_column(LargeBinary)
    certificate: Mapped[bytes | None] = mapped_column(LargeBinary)
    trusted: Mapped[bool] = mapped_column(Boolean, default=False)
    revoked_after_seq: Mapped[int | None] = mapped_column(Integer)
    envelope_seq_out: Mapped[int] = mapped_column(Integer, default=0)  # last sent to them
    envelope_seq_in: Mapped[int] = mapped_column(Integer, default=0)  # last received
    their_epoch: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    their_acks: Mapped[dict] = mapped_column(JSON, default=dict)
    last_import_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_export_at: Mapped[datetime | None] = mapped_column(DateTime)


class SyncKeyChange(Base):
    """An accepted rotation of an office's keys (SYNC.md §7; decision 0011): the signed
    document, the old and new public keys, and `from_seq`, the first batch the new key
    signs. For this office's own changes `old_private` holds the old private keys,
    age-encrypted to the new encryption key, to open bundles still addressed to them."""

    __tablename__ = "sync_key_change"

    office_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    old_sign: Mapped[bytes] = mapped_column(LargeBinary, primary_key=True)  # left only once
    from_seq: Mapped[int] = mapped_column(Integer)
    old_enc: Mapped[bytes] = mapped_column(LargeBinary)
    new_sign: Mapped[bytes] = mapped_column(LargeBinary)
    new_enc: Mapped[bytes] = mapped_column(LargeBinary)
    document: Mapped[bytes] = mapped_column(LargeBinary)
    old_private: Mapped[bytes | None] = mapped_column(LargeBinary)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class TrustListRecord(Base):
    """The newest trust list received from an issuer, as its exact signed bytes."""

    __tablename__ = "trust_list_record"

    issuer_office_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[datetime] = mapped_column(DateTime)


class OriginBatch(Base):
    """A signed origin batch (SYNC.md §3), ours or received, kept as its exact bytes.

    `status`: "applied" (its changes are in this database; our own batches are born
    applied), "pending" (waiting for an earlier batch of its origin, or for records it
    refers to) or "quarantined" (stamped too far in the future). Applied batches are what
    this office forwards, byte for byte.
    """

    __tablename__ = "origin_batch"
    __table_args__ = (Index("ix_origin_batch_status", "status", "origin_office_id", "seq"),)

    origin_office_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    prev_hash: Mapped[bytes] = mapped_column(LargeBinary)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    hlc_min: Mapped[int] = mapped_column(BigInteger)
    hlc_max: Mapped[int] = mapped_column(BigInteger)
    change_count: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12))
    received_from: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(Text)


class SyncConflict(Base):
    """Two concurrent edits of an identity or eligibility field (SYNC.md §6), for review.

    The id is the same at every office (app/sync/apply.py: conflict_id). Side "a" is the
    edit that won by last-writer-wins (the value in the record), side "b" the other one.
    """

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_row", "table_name", "row_id", "field", "status"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    field: Mapped[str] = mapped_column(String(60))
    a_value: Mapped[dict] = mapped_column(JSON)  # {"v": value as it travels}
    a_hlc: Mapped[int] = mapped_column(BigInteger)
    a_office_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    a_by: Mapped[str | None] = mapped_column(String(100))
    a_at: Mapped[datetime | None] = mapped_column(DateTime)
    b_value: Mapped[dict] = mapped_column(JSON)
    b_hlc: Mapped[int] = mapped_column(BigInteger)
    b_office_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    b_by: Mapped[str | None] = mapped_column(String(100))
    b_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open | resolved
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(100))


class SyncAlarm(Base):
    """Something an officer must know about: equivocation, writing outside jurisdiction, a
    clock far ahead … `detail` names offices and batches, never a person's data."""

    __tablename__ = "sync_alarm"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    origin_office_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    seq: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)


class SyncLog(Base):
    """One bundle written or read (no personal data in `summary`)."""

    __tablename__ = "sync_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    file_name: Mapped[str] = mapped_column(String(300))
    bundle_sha256: Mapped[str] = mapped_column(String(64))
    peer_office_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    summary: Mapped[str] = mapped_column(Text)


class PurgeTombstone(Synced, Base):
    """A record whose personal data was legally erased (SYNC.md §6): synced, append-only.

    Wherever it arrives, the row's personal fields are blanked and stay blank whatever
    later edit arrives (app/sync/purge.py, app/sync/apply.py).
    """

    __ledger__ = True
    __tablename__ = "purge_tombstone"

    office_id: Mapped[uuid.UUID] = mapped_column(Uuid)  # the office whose record it was
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    reason: Mapped[str] = mapped_column(Text)
    purged_by: Mapped[str] = mapped_column(String(200))
    purged_on: Mapped[date] = mapped_column(Date)
