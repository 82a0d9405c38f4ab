"""reports at province scale: aid given per day kept by triggers; ledger and registry indexes

Revision ID: 0012
Revises: 0011
On a million households with five million ledger rows the daily report for one
month took 81 s, the coverage report 60 s and the dashboard 3.4 s (issue 8
wants 5 s, 10 s and 1 s). Decision 0010.

- aid_given_day: per day, program and item, the live gives (households,
  persons, quantity, dated by the give) and the ledger's net movement dated by
  the line, kept exact by triggers on receipt_line and recipient and filled
  here from the ledger (app/reports/given_days.py). Not synced. The report's
  totals and the dashboard read a few thousand rows instead of every line.
- receipt_line (given_on, household_id, quantity_milli, receipt_id): the lines
  of a period (households reached in it, a hamlet's lines) without a full scan.
- receipt_line's household index becomes (household_id, quantity_milli,
  receipt_id, given_on): "did this household receive anything live in the
  period" (coverage report) and the households reached up to a day, from the
  index alone. Same number of index entries written per line as before.
- recipient (program_id, status, household_id) gains the row id: a list's
  planned quantities join its entitlements without reading each list row.
- person (id) WHERE voided = 1, like household's: the dashboard counts the
  persons as count(*) minus the few voided ones.

No synced table changes shape; the outbox triggers are untouched. On the
province-size bench database (2.9 M receipt lines, 2.5 M list rows) this
upgrade takes a few minutes, once (bench/README.md gives the figure).

Create Date: 2026-11-29 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.reports import given_days

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "aid_given_day",
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("households", sa.Integer(), nullable=False),
        sa.Column("persons", sa.Integer(), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.Column("moved_milli", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("given_on", "program_id", "item_id", name=op.f("pk_aid_given_day")),
        sqlite_with_rowid=False,
    )
    bind = op.get_bind()
    given_days.rebuild(bind)
    given_days.create_triggers(bind)
    op.create_index(
        "ix_receipt_line_given",
        "receipt_line",
        ["given_on", "household_id", "quantity_milli", "receipt_id"],
    )
    op.drop_index("ix_receipt_line_household_id", table_name="receipt_line")
    op.create_index(
        "ix_receipt_line_household",
        "receipt_line",
        ["household_id", "quantity_milli", "receipt_id", "given_on"],
    )
    op.drop_index("ix_recipient_program_status", table_name="recipient")
    op.create_index(
        "ix_recipient_program_status", "recipient", ["program_id", "status", "household_id", "id"]
    )
    op.create_index(
        "ix_person_voided",
        "person",
        ["id"],
        sqlite_where=sa.text("voided = 1"),
        postgresql_where=sa.text("voided"),
    )
    if (
        bind.dialect.name == "sqlite"
        and bind.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first()
    ):  # a database analysed once: statistics for the new objects too
        for name in NEW_OBJECTS:
            op.execute(f"ANALYZE {name}")


NEW_OBJECTS = ("aid_given_day", "ix_receipt_line_given", "ix_receipt_line_household",
               "ix_recipient_program_status", "ix_person_voided")  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_person_voided", table_name="person")
    op.drop_index("ix_recipient_program_status", table_name="recipient")
    op.create_index(
        "ix_recipient_program_status", "recipient", ["program_id", "status", "household_id"]
    )
    op.drop_index("ix_receipt_line_household", table_name="receipt_line")
    op.create_index("ix_receipt_line_household_id", "receipt_line", ["household_id"])
    op.drop_index("ix_receipt_line_given", table_name="receipt_line")
    given_days.drop_triggers(op.get_bind())
    op.drop_table("aid_given_day")
