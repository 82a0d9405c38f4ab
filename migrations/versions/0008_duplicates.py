"""duplicate persons: blocking key, decisions, merges

Revision ID: 0008
Revises: 0007
The duplicate engine (issue 6) finds candidate pairs in blocks of persons with the
same folded given name and a birth year around theirs: person.given_folded, the last
word of name_folded computed by the database (a generated column, so no writer can
forget it), with an index on (given_folded, birth_year). A merged person keeps its
row, voided, with person.merged_into_id naming the survivor. Decisions on candidate
pairs (duplicate_decision) and merges with what they moved (person_merge) are synced
tables with their outbox triggers; local_setting holds this database's own settings
(the engine's thresholds), which do not travel.

Create Date: 2026-11-28 11:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.sync.capture import trigger_ddl, trigger_names

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SYNCED = ["duplicate_decision", "person_merge"]
# As app.models.registry.GIVEN_FOLDED_SQL at this revision: name_folded's last word.
GIVEN_FOLDED_SQL = "replace(name_folded, rtrim(name_folded, replace(name_folded, ' ', '')), '')"


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


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    # SQLite adds only VIRTUAL generated columns to an existing table; PostgreSQL has only STORED.
    kind = "VIRTUAL" if sqlite else "STORED"
    op.execute(f"ALTER TABLE person ADD COLUMN given_folded VARCHAR(200) "
               f"GENERATED ALWAYS AS ({GIVEN_FOLDED_SQL}) {kind}")  # fmt: skip
    op.add_column("person", sa.Column("merged_into_id", sa.Uuid(), nullable=True))
    op.create_index("ix_person_given_birth", "person", ["given_folded", "birth_year"])
    op.create_index("ix_person_merged_into_id", "person", ["merged_into_id"])

    op.create_table(
        "duplicate_decision",
        sa.Column("person_a_id", sa.Uuid(), nullable=False),
        sa.Column("person_b_id", sa.Uuid(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_decision")),
        sa.UniqueConstraint("person_a_id", "person_b_id",
                            name=op.f("uq_duplicate_decision_person_a_id_person_b_id")),
    )  # fmt: skip
    op.create_index("ix_duplicate_decision_person_b_id", "duplicate_decision", ["person_b_id"])
    op.create_table(
        "person_merge",
        sa.Column("merged_id", sa.Uuid(), nullable=False),
        sa.Column("survivor_id", sa.Uuid(), nullable=False),
        sa.Column("chosen", sa.JSON(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("moved", sa.JSON(), nullable=False),
        sa.Column("merged_by", sa.String(length=200), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.String(length=200), nullable=True),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_merge")),
    )
    op.create_index("ix_person_merge_merged_id", "person_merge", ["merged_id"])
    op.create_index("ix_person_merge_survivor_id", "person_merge", ["survivor_id"])
    op.create_table(
        "local_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_setting")),
    )
    if sqlite:
        for table in SYNCED:
            for ddl in trigger_ddl(sa.Table(table, sa.MetaData(), autoload_with=bind)):
                op.execute(ddl)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table in SYNCED:
            for trigger in trigger_names(table):
                op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.drop_table("local_setting")
    for table in reversed(SYNCED):
        op.drop_table(table)
        op.execute(f"DELETE FROM outbox WHERE table_name = '{table}'")
    op.drop_index("ix_person_merged_into_id", table_name="person")
    op.drop_index("ix_person_given_birth", table_name="person")
    # Not a batch (table copy): the person table's triggers and full-text index stay as they are.
    op.execute("ALTER TABLE person DROP COLUMN merged_into_id")
    op.execute("ALTER TABLE person DROP COLUMN given_folded")
