"""ledger sums read from indexes

Revision ID: 0005
Revises: 0004
The stock of an item and a program's totals are sums over the ledger, asked for
at every receipt: the item indexes now include the quantity, so a sum reads the
index alone instead of every row of a long ledger.

Create Date: 2026-11-27 20:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, index, columns before, columns after)
CHANGES = [
    ("donation", "ix_donation_item", ["item_id", "program_id"], ["item_id", "program_id", "quantity_milli"]),
    ("receipt_line", "ix_receipt_line_item", ["item_id"], ["item_id", "quantity_milli"]),
    ("receipt_line", "ix_receipt_line_program_item", ["program_id", "item_id"],
     ["program_id", "item_id", "quantity_milli"]),
]  # fmt: skip


def upgrade() -> None:
    for table, name, _before, after in CHANGES:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, after)
    op.drop_index("ix_stock_adjustment_item_id", table_name="stock_adjustment")
    op.create_index("ix_stock_adjustment_item", "stock_adjustment", ["item_id", "quantity_milli"])


def downgrade() -> None:
    op.drop_index("ix_stock_adjustment_item", table_name="stock_adjustment")
    op.create_index("ix_stock_adjustment_item_id", "stock_adjustment", ["item_id"])
    for table, name, before, _after in CHANGES:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, before)
