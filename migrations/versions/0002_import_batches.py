"""import batches and remembered column mappings

Revision ID: 0002
Revises: 0001
Also: household.declared_size, import_batch_id on the rows an import creates, and the
person name index extended with the birth year (an import's duplicate search).
Columns are added with plain ALTER TABLE ADD COLUMN (no table copy), so the
outbox and search triggers on these tables stay as they are.

Create Date: 2026-11-27 17:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

IMPORTED = ("household", "person", "category_assignment")


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("sheet_name", sa.String(length=200), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("households_added", sa.Integer(), nullable=False),
        sa.Column("persons_added", sa.Integer(), nullable=False),
        sa.Column("households_updated", sa.Integer(), nullable=False),
        sa.Column("rows_skipped", sa.Integer(), nullable=False),
        sa.Column("rows_failed", sa.Integer(), nullable=False),
        sa.Column("changed", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    op.create_index(op.f("ix_import_batch_file_sha256"), "import_batch", ["file_sha256"])
    op.create_table(
        "import_mapping",
        sa.Column("signature", sa.String(length=64), nullable=False),
        sa.Column("columns", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("signature", name=op.f("pk_import_mapping")),
    )
    op.add_column("household", sa.Column("declared_size", sa.Integer(), nullable=True))
    for table in IMPORTED:
        op.add_column(table, sa.Column("import_batch_id", sa.Uuid(), nullable=True))
        op.create_index(op.f(f"ix_{table}_import_batch_id"), table, ["import_batch_id"])
    op.drop_index("ix_person_name_folded", table_name="person")
    op.create_index("ix_person_name_birth", "person", ["name_folded", "birth_year"])


def downgrade() -> None:
    op.drop_index("ix_person_name_birth", table_name="person")
    op.create_index("ix_person_name_folded", "person", ["name_folded"])
    for table in IMPORTED:
        op.drop_index(op.f(f"ix_{table}_import_batch_id"), table_name=table)
        op.drop_column(table, "import_batch_id")
    op.drop_column("household", "declared_size")
    op.drop_table("import_mapping")
    op.drop_index(op.f("ix_import_batch_file_sha256"), table_name="import_batch")
    op.drop_table("import_batch")
