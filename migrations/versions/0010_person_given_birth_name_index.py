"""the duplicate engine's index on the given name holds the whole folded name too

Revision ID: 0010
Revises: 0009
person's index on (given_folded, birth_year) becomes one on (given_folded,
birth_year, name_folded). The "possible existing records" check for one new
person reads every person with the same given name (or one letter off) and a
birth year around theirs, a thousand or more for a common name in a million,
and keeps only those whose name is near: with the name in the index entries,
SQLite never reads those persons' table rows (a row each, scattered over the
file), and the given name one letter off is read only where the surname and
middle names match. The index replaces the old one (whose queries use its first
two columns as before), so a person written still updates one index for it.

Create Date: 2026-11-28 23:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_person_given_birth", table_name="person")
    op.create_index(
        "ix_person_given_birth_name", "person", ["given_folded", "birth_year", "name_folded"]
    )


def downgrade() -> None:
    op.drop_index("ix_person_given_birth_name", table_name="person")
    op.create_index("ix_person_given_birth", "person", ["given_folded", "birth_year"])
