"""entitlement lines travel with their list row

Revision ID: 0004
Revises: 0003
The entitlement table loses its own synced columns, id and outbox triggers: its
rows are lines of a recipient row (decision 0004). Existing lines are kept.

Create Date: 2026-11-27 19:49:29.603051
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.sync.capture import trigger_ddl, trigger_names

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _lines_table(name: str) -> None:
    op.create_table(
        name,
        sa.Column("recipient_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["aid_item.id"], name=op.f("fk_entitlement_item_id_aid_item")
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"], ["recipient.id"], name=op.f("fk_entitlement_recipient_id_recipient")
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("recipient_id", "item_id", name=op.f("pk_entitlement")),
        sqlite_with_rowid=False,
    )


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in trigger_names("entitlement"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.rename_table("entitlement", "entitlement_synced")
    if bind.dialect.name == "postgresql":  # its index-backed name would clash with the new table's
        op.drop_constraint("pk_entitlement", "entitlement_synced", type_="primary")
    op.drop_index("ix_entitlement_recipient", table_name="entitlement_synced")
    op.drop_index("ix_entitlement_program_id", table_name="entitlement_synced")
    _lines_table("entitlement")
    op.execute("INSERT INTO entitlement (recipient_id, item_id, quantity_milli) "
               "SELECT recipient_id, item_id, quantity_milli FROM entitlement_synced")  # fmt: skip
    op.drop_table("entitlement_synced")
    op.execute("DELETE FROM outbox WHERE table_name = 'entitlement'")


def downgrade() -> None:
    bind = op.get_bind()
    op.rename_table("entitlement", "entitlement_lines")
    if bind.dialect.name == "postgresql":
        op.drop_constraint("pk_entitlement", "entitlement_lines", type_="primary")
    op.create_table(
        "entitlement",
        sa.Column("recipient_id", sa.Uuid(), nullable=False),
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["item_id"], ["aid_item.id"], name=op.f("fk_entitlement_item_id_aid_item")
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"], ["recipient.id"], name=op.f("fk_entitlement_recipient_id_recipient")
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entitlement")),
    )
    op.create_index("ix_entitlement_program_id", "entitlement", ["program_id"])
    op.create_index(
        "ix_entitlement_recipient", "entitlement", ["recipient_id", "item_id"], unique=True
    )
    # Each line becomes a row again, stamped as its list row is.
    new_id = "lower(hex(randomblob(16)))" if bind.dialect.name == "sqlite" else "gen_random_uuid()"
    op.execute(
        "INSERT INTO entitlement (recipient_id, program_id, item_id, quantity_milli, id, origin_office_id, "
        "version, hlc, field_hlc, voided, void_reason, created_at, updated_at, created_by, updated_by) "
        "SELECT e.recipient_id, r.program_id, e.item_id, e.quantity_milli, "
        f"{new_id}, r.origin_office_id, 1, r.hlc, '{{}}', 0, NULL, r.created_at, "
        "r.updated_at, r.created_by, r.updated_by "
        "FROM entitlement_lines e JOIN recipient r ON r.id = e.recipient_id"
    )
    op.drop_table("entitlement_lines")
    if bind.dialect.name == "sqlite":
        for ddl in trigger_ddl(sa.Table("entitlement", sa.MetaData(), autoload_with=bind)):
            op.execute(ddl)
