"""reports: households reached and program plans kept by triggers

Revision ID: 0014
Revises: 0013
The daily report for one month took 6.1–6.5 s on a province's database
(1,000,000 households, 5,000,000 ledger rows; issue 8 wants ≤ 5 s): 3 s walked
every live receipt line for "households reached up to the period's end", 2.4 s
summed the entitlement lines of every listed row of the programs running.
Decision 0010 (its second part) and app/reports/kept_totals.py.

- aid_reached (household → day of its first live give, any program), with an
  index on the day: the households reached up to a day are an index count.
  Kept by a trigger on receipt_line inserts (a give moves the day earlier, a
  reversal recomputes the household's day from its live lines).
- program_plan (program, item → entitlement lines of the rows listed now, and
  their quantity): the planned figures of the daily report and the dashboard.
  Kept by triggers on entitlement (insert, update, delete) and recipient
  (listed/removed, program changed); a list built in bulk adds its totals per
  chunk itself (app/services/list_building.py).
- receipt_line's household index gains program_id and item_id, and person's
  ID-number indexes the household and voided: the duplicate report reads what
  each household received from which program, and the ID numbers held in two
  households, from indexes alone (it ran for minutes). The same number of
  index entries is written per row as before.

Neither is synced; the outbox triggers are untouched. On the province-size
bench database (2.9 M receipt lines, 2.5 M list rows, 4.4 M entitlement lines)
filling the two tables took 55 s (28 s of CPU on a shared machine), and the
three rebuilt indexes about 55 s more (19 s receipt_line, 36 s person; measured
apart), once (bench/README.md).

Create Date: 2026-11-30 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.reports import kept_totals

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "aid_reached",
        sa.Column("household_id", sa.Uuid(), nullable=False),
        sa.Column("first_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("household_id", name=op.f("pk_aid_reached")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "program_plan",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("lines", sa.Integer(), nullable=False),
        sa.Column("quantity_milli", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("program_id", "item_id", name=op.f("pk_program_plan")),
        sqlite_with_rowid=False,
    )
    bind = op.get_bind()
    kept_totals.rebuild(bind)
    op.create_index("ix_aid_reached_first", "aid_reached", ["first_on"])
    kept_totals.create_triggers(bind)
    # The duplicate report: what each household received from which program, from the
    # household index alone; the ID numbers held in two households from the person indexes.
    op.drop_index("ix_receipt_line_household", table_name="receipt_line")
    op.create_index("ix_receipt_line_household", "receipt_line", ["household_id", "quantity_milli",
                    "receipt_id", "given_on", "program_id", "item_id"])  # fmt: skip
    for column in ("id_number", "old_id_number"):
        op.drop_index(f"ix_person_{column}", table_name="person")
        op.create_index(f"ix_person_{column}", "person", [column, "household_id", "voided"])
    if (
        bind.dialect.name == "sqlite"
        and bind.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first()
    ):  # a database analysed once: statistics for the new objects too
        for name in (
            "aid_reached",
            "program_plan",
            "ix_receipt_line_household",
            "ix_person_id_number",
            "ix_person_old_id_number",
        ):
            op.execute(f"ANALYZE {name}")


def downgrade() -> None:
    for column in ("id_number", "old_id_number"):
        op.drop_index(f"ix_person_{column}", table_name="person")
        op.create_index(f"ix_person_{column}", "person", [column])
    op.drop_index("ix_receipt_line_household", table_name="receipt_line")
    op.create_index("ix_receipt_line_household", "receipt_line",
                    ["household_id", "quantity_milli", "receipt_id", "given_on"])  # fmt: skip
    kept_totals.drop_triggers(op.get_bind())
    op.drop_index("ix_aid_reached_first", table_name="aid_reached")
    op.drop_table("program_plan")
    op.drop_table("aid_reached")
