"""sync state: keys, peers, trust lists, origin batches, conflicts, alarms, log; purge tombstones

Revision ID: 0011
Revises: 0010
The tables an office needs to exchange signed origin batches (SYNC.md §3–7, issue 7).
All are this office's own bookkeeping and never travel (no outbox triggers), except
purge_tombstone: a synced, append-only ledger saying which record's personal data was
legally erased, so that every office blanks it and nothing resurrects it (ledger triggers
generated like the other ledgers').

Create Date: 2026-11-29 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.sync.capture import ledger_trigger_ddl, ledger_trigger_names, pg_ledger_trigger_ddl

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LEDGERS = ("purge_tombstone",)


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_office_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
    ]


def _side(prefix: str) -> list[sa.Column]:
    return [
        sa.Column(f"{prefix}_value", sa.JSON(), nullable=False),
        sa.Column(f"{prefix}_hlc", sa.BigInteger(), nullable=False),
        sa.Column(f"{prefix}_office_id", sa.Uuid(), nullable=True),
        sa.Column(f"{prefix}_by", sa.String(length=100), nullable=True),
        sa.Column(f"{prefix}_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "sync_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sign_pub", sa.LargeBinary(), nullable=False),
        sa.Column("enc_pub", sa.LargeBinary(), nullable=False),
        sa.Column("sealed_private", sa.LargeBinary(), nullable=False),
        sa.Column("certificate", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_key")),
    )
    op.create_table(
        "sync_peer",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("admin_unit_code", sa.String(length=10), nullable=True),
        sa.Column("parent_office_id", sa.Uuid(), nullable=True),
        sa.Column("sign_pub", sa.LargeBinary(), nullable=False),
        sa.Column("enc_pub", sa.LargeBinary(), nullable=False),
        sa.Column("certificate", sa.LargeBinary(), nullable=True),
        sa.Column("trusted", sa.Boolean(), nullable=False),
        sa.Column("revoked_after_seq", sa.Integer(), nullable=True),
        sa.Column("envelope_seq_out", sa.Integer(), nullable=False),
        sa.Column("envelope_seq_in", sa.Integer(), nullable=False),
        sa.Column("their_epoch", sa.Uuid(), nullable=True),
        sa.Column("their_acks", sa.JSON(), nullable=False),
        sa.Column("last_import_at", sa.DateTime(), nullable=True),
        sa.Column("last_export_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("office_id", name=op.f("pk_sync_peer")),
    )
    op.create_table(
        "trust_list_record",
        sa.Column("issuer_office_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("issuer_office_id", name=op.f("pk_trust_list_record")),
    )
    op.create_table(
        "origin_batch",
        sa.Column("origin_office_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("prev_hash", sa.LargeBinary(), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("hlc_min", sa.BigInteger(), nullable=False),
        sa.Column("hlc_max", sa.BigInteger(), nullable=False),
        sa.Column("change_count", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("received_from", sa.Uuid(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("origin_office_id", "seq", name=op.f("pk_origin_batch")),
    )
    op.create_index("ix_origin_batch_status", "origin_batch", ["status", "origin_office_id", "seq"])
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        *_side("a"),
        *_side("b"),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index(
        "ix_sync_conflict_row", "sync_conflict", ["table_name", "row_id", "field", "status"]
    )
    op.create_table(
        "sync_alarm",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("origin_office_id", sa.Uuid(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_alarm")),
    )
    op.create_table(
        "sync_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("bundle_sha256", sa.String(length=64), nullable=False),
        sa.Column("peer_office_id", sa.Uuid(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_log")),
    )
    op.create_table(
        "purge_tombstone",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("purged_by", sa.String(length=200), nullable=False),
        sa.Column("purged_on", sa.Date(), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purge_tombstone")),
    )
    op.create_index("ix_purge_tombstone_row_id", "purge_tombstone", ["row_id"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in LEDGERS:
            table = sa.Table(name, sa.MetaData(), autoload_with=bind)
            for ddl in ledger_trigger_ddl(table):
                op.execute(ddl)
    elif bind.dialect.name == "postgresql":
        for name in LEDGERS:
            op.execute(pg_ledger_trigger_ddl(name))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in LEDGERS:
            for trigger in ledger_trigger_names(name):
                op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    elif bind.dialect.name == "postgresql":
        for name in LEDGERS:
            op.execute(f"DROP TRIGGER IF EXISTS trg_{name}_append_only ON {name}")
    op.drop_index("ix_purge_tombstone_row_id", table_name="purge_tombstone")
    op.drop_table("purge_tombstone")
    op.execute("DELETE FROM outbox WHERE table_name = 'purge_tombstone'")
    op.drop_table("sync_log")
    op.drop_table("sync_alarm")
    op.drop_index("ix_sync_conflict_row", table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_index("ix_origin_batch_status", table_name="origin_batch")
    op.drop_table("origin_batch")
    op.drop_table("trust_list_record")
    op.drop_table("sync_peer")
    op.drop_table("sync_key")
