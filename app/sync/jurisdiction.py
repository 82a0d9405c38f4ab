"""Whose record is it: the office that owns each synced row, and whether an origin office may
write it (SYNC.md §5.4).

An office may write the records of its own subtree: itself and the offices below it
(`tree` maps an office to its parent, from the certificates). The owner of a row is
- its `office_id` column (household, hamlet, program, organisation, donations …), or the row
  itself for an office row;
- its parent record's owner for the records that hang off one: a person, a need, a category
  assignment, a list row or a receipt belong to their household's office (so a district may
  hand out aid to a commune's household, and a commune may list its households in a
  district's program); a program's norms and list events to the program's office; a
  duplicate decision or a merge to both persons' offices;
- for reference data without an office column (categories, aid items), the office that made
  the row (`origin_office_id`); the built-in rows (made by "the nation", the same ids in every
  office) may be changed only by an office at the top of the tree.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping

from app.services.vocab import NATIONAL_OFFICE_ID

DIRECT = {"household": "office_id", "hamlet": "office_id", "organisation": "office_id",
          "program": "office_id", "donation": "office_id", "stock_adjustment": "office_id",
          "office_document_settings": "office_id", "purge_tombstone": "office_id",
          "office": "id"}  # fmt: skip
VIA: dict[str, tuple[tuple[str, str], ...]] = {
    "person": (("household_id", "household"),),
    "need": (("household_id", "household"),),
    "category_assignment": (("household_id", "household"),),
    "recipient": (("household_id", "household"),),
    "receipt": (("household_id", "household"),),
    "receipt_line": (("household_id", "household"),),
    "program_item": (("program_id", "program"),),
    "list_event": (("program_id", "program"),),
    "duplicate_decision": (("person_a_id", "person"), ("person_b_id", "person")),
    "person_merge": (("merged_id", "person"), ("survivor_id", "person")),
}
REFERENCE = frozenset({"category", "aid_item"})
NATIONAL = NATIONAL_OFFICE_ID.hex


def covered_tables() -> set[str]:
    return set(DIRECT) | set(VIA) | set(REFERENCE)


def owner_columns(table: str) -> tuple[str, ...]:
    """The columns of a row that `Owners.of_row` reads."""
    if table in DIRECT:
        return (DIRECT[table],)
    if table in REFERENCE:
        return ("origin_office_id",)
    return tuple(column for column, _parent in VIA.get(table, ()))


def in_subtree(office: str, root: uuid.UUID, tree: Mapping[uuid.UUID, uuid.UUID | None]) -> bool:
    """`office` (hex) is `root` or below it in `tree`."""
    try:
        node: uuid.UUID | None = uuid.UUID(hex=office)
    except ValueError:
        return False
    for _ in range(64):  # a cycle in a broken tree ends here
        if node == root:
            return True
        if node is None or node not in tree:
            return False
        node = tree[node]
    return False


def may_write_reference(owner: str, origin: uuid.UUID, tree) -> bool:
    if owner == NATIONAL:
        return origin in tree and tree[origin] is None
    return in_subtree(owner, origin, tree)


Lookup = Callable[[str, str], dict | None]  # (table, id hex) → the row's wire values or None


class Owners:
    """Resolves rows' owners; `lookup` gives a row's values (the batch's first, then stored)."""

    def __init__(self, lookup: Lookup):
        self.lookup = lookup
        self.cache: dict[tuple[str, str], tuple[str, ...] | None] = {}

    def of_row(self, table: str, values: Mapping) -> tuple[str, ...] | None:
        """The owning offices (hex) of a row with these values; None if a record it hangs
        off is not here (yet)."""
        if table in DIRECT:
            return (values[DIRECT[table]],)
        if table in REFERENCE:
            return (values["origin_office_id"],)
        owners: list[str] = []
        for column, parent in VIA[table]:
            ref = values.get(column)
            if ref is None:
                continue
            found = self.of_id(parent, ref)
            if found is None:
                return None
            owners += found
        return tuple(owners)

    def of_id(self, table: str, row_id: str) -> tuple[str, ...] | None:
        key = (table, row_id)
        if key not in self.cache:
            values = self.lookup(table, row_id)
            self.cache[key] = None if values is None else self.of_row(table, values)
        return self.cache[key]
