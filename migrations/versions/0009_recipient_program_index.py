"""a list's households indexed by the list, not by the household

Revision ID: 0009
Revises: 0008
recipient's index on (household_id, program_id, status) becomes one on
(program_id, status, household_id). Keyed by household, every new list was
written all through it: with nine lists of 100,000 households stored, building
a tenth changed every one of its pages (76 of the 140 MB the build wrote), and
each further list took longer. Keyed by program, a new list's entries sit
together. The double-dipping check reads each list's households from it
(app/services/overlap.py, as fast as before), and the Programs page counts a
list's households from it alone.

Create Date: 2026-11-28 12:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_recipient_household", table_name="recipient")
    op.create_index(
        "ix_recipient_program_status", "recipient", ["program_id", "status", "household_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_recipient_program_status", table_name="recipient")
    op.create_index("ix_recipient_household", "recipient", ["household_id", "program_id", "status"])
