"""Legal erasure (SYNC.md §6): a person's personal data blanked, and a tombstone that travels.

`purge_person` blanks the fields with an ordinary stamped edit and records a
`purge_tombstone` (a synced ledger row). Wherever the tombstone is, `blank_purged` blanks
the record again after every received batch, so no edit that arrives later — made before
the erasure was known — brings the data back.
"""

from __future__ import annotations

import uuid
from datetime import date

from app.db import Database
from app.errors import UserError
from app.i18n import _
from app.models import Household, Person, PurgeTombstone

# The values a purged record keeps in its personal fields.
PERSONAL_FIELDS: dict[str, dict[str, object]] = {
    "person": {"full_name": "", "name_folded": "", "birth_date": None, "id_type": "none",
               "id_number": None, "old_id_number": None, "phone": None, "note": None},
}  # fmt: skip


def purge_person(db: Database, person_id: uuid.UUID, user: str, reason: str) -> None:
    """Erase a person's personal data here and, through the tombstone, at every office."""
    reason = (reason or "").strip()
    if not reason:
        raise UserError(_("Give the legal reason for erasing this person's data."))
    with db.write(user) as s:
        person = s.get(Person, person_id)
        if person is None:
            raise UserError(_("This person is not in the register."))
        household = s.get(Household, person.household_id)
        for column, blank in PERSONAL_FIELDS["person"].items():
            setattr(person, column, blank)
        s.add(PurgeTombstone(office_id=household.office_id, table_name="person",
                             row_id=person_id, reason=reason, purged_by=user,
                             purged_on=date.today()))  # fmt: skip


def blank_purged(cur) -> None:
    """Blank the personal fields of every record with a tombstone that are not blank (a
    DBAPI cursor in the open transaction; cheap when nothing was purged)."""
    cur.execute("SELECT 1 FROM purge_tombstone LIMIT 1")
    if cur.fetchone() is None:
        return
    for table, blanks in PERSONAL_FIELDS.items():
        sets = ", ".join(f"{c} = ?" for c in blanks)
        differs = " OR ".join(f"{c} IS NOT ?" for c in blanks)
        cur.execute(
            f"UPDATE {table} SET {sets} WHERE id IN (SELECT row_id FROM purge_tombstone "
            f"WHERE table_name = ?) AND ({differs})",
            [*blanks.values(), table, *blanks.values()],
        )
