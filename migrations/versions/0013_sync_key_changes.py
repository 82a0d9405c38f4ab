"""sync key changes: the rotations of every office's keys this office has accepted

Revision ID: 0013
Revises: 0012
An office may change its keys (SYNC.md §7: "rotation needs both old and new key").
Batches it signed before the change are still forwarded and must still verify,
so a receiver keeps, per office, each accepted rotation document: the old and new
public keys and the first batch sequence number the new key signs. A batch is
checked with the key that held at its sequence number; an old key cannot sign a
batch from that number on. Keyed by (office, old key): a key is left only once. For this office's own changes the row also keeps the
old private keys, encrypted to the new encryption key (age), so bundles still
addressed to the old key open. Local bookkeeping: never travels by itself, no
outbox triggers. Decision 0011.

Create Date: 2026-11-30 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_key_change",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("from_seq", sa.Integer(), nullable=False),
        sa.Column("old_sign", sa.LargeBinary(), nullable=False),
        sa.Column("old_enc", sa.LargeBinary(), nullable=False),
        sa.Column("new_sign", sa.LargeBinary(), nullable=False),
        sa.Column("new_enc", sa.LargeBinary(), nullable=False),
        sa.Column("document", sa.LargeBinary(), nullable=False),
        sa.Column("old_private", sa.LargeBinary(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("office_id", "old_sign", name=op.f("pk_sync_key_change")),
    )


def downgrade() -> None:
    op.drop_table("sync_key_change")
