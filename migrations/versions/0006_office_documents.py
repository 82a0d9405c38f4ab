"""office details for printed documents

Revision ID: 0006
Revises: 0005
One row per office: the superior and issuing bodies, the place name, the document
symbol, the signers, the complaint hotline and the number-word choices that its
recipient lists, public posting lists and receipts print (FORMS.md §1–3). A synced
table like the office row itself, with its outbox triggers. An office set up before
this revision has no row: the app offers defaults made from its commune's name.

Create Date: 2026-11-28 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.sync.capture import trigger_ddl, trigger_names

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "office_document_settings"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("superior_body", sa.String(length=200), nullable=False),
        sa.Column("issuing_body", sa.String(length=300), nullable=False),
        sa.Column("place_name", sa.String(length=100), nullable=False),
        sa.Column("symbol", sa.String(length=40), nullable=False),
        sa.Column("hotline", sa.String(length=40), nullable=False),
        sa.Column("posting_days", sa.Integer(), nullable=False),
        sa.Column("zero_tens_word", sa.String(length=10), nullable=False),
        sa.Column("thousand_word", sa.String(length=10), nullable=False),
        sa.Column("signers", sa.JSON(), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{TABLE}")),
        sa.UniqueConstraint("office_id", name=op.f(f"uq_{TABLE}_office_id")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for ddl in trigger_ddl(sa.Table(TABLE, sa.MetaData(), autoload_with=bind)):
            op.execute(ddl)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in trigger_names(TABLE):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.drop_table(TABLE)
    op.execute(f"DELETE FROM outbox WHERE table_name = '{TABLE}'")
