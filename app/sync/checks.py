"""The registry's rules applied to received records: the GUI's validators
(app/services/validation.py) where they exist, vocabularies for coded columns.

Column types and lengths are checked by the wire converters (app/sync/columns.py); these
are the checks of meaning. Each returns the name of the first column that fails, or None —
never the value (no personal data in reports or logs).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal

from app.services import validation, vocab

Check = Callable[[Mapping], str | None]


def _choice(values: Mapping, column: str, table: Mapping, nullable: bool = False) -> bool:
    value = values.get(column)
    return (nullable and value is None) or value in table


def _person(v: Mapping) -> str | None:
    if v["full_name"] and validation.check_name(v["full_name"]):
        return "full_name"  # a purged person's name is blank
    if not _choice(v, "gender", vocab.GENDERS, nullable=True):
        return "gender"
    if not _choice(v, "relation", vocab.RELATIONS):
        return "relation"
    if not _choice(v, "residence_status", vocab.RESIDENCE):
        return "residence_status"
    if v["id_type"] not in vocab.ID_TYPES or (v["id_number"] is not None and validation.check_id(
            v["id_type"], v["id_number"], v["gender"], v["birth_year"])):  # fmt: skip
        return "id_number"
    if validation.check_old_id(v["old_id_number"]):
        return "old_id_number"
    birth_date = date.fromisoformat(v["birth_date"]) if v["birth_date"] else None
    if (birth_date or v["birth_year"]) and validation.check_birth(
        birth_date, v["birth_year"], date.today()
    ):
        return "birth_date"
    if validation.check_phone(v["phone"]):
        return "phone"
    return None


def _household(v: Mapping) -> str | None:
    if validation.check_phone(v["phone"]):
        return "phone"
    if not v["code"]:
        return "code"
    return None


def _need(v: Mapping) -> str | None:
    if not _choice(v, "kind", vocab.NEED_KINDS):
        return "kind"
    quantity = Decimal(v["quantity"]) if v["quantity"] is not None else None
    if validation.check_quantity(quantity, v["unit"]):
        return "quantity"
    if not _choice(v, "urgency", vocab.URGENCIES):
        return "urgency"
    if not _choice(v, "status", vocab.NEED_STATUSES):
        return "status"
    return None


def _hamlet(v: Mapping) -> str | None:
    return None if v["name"] and v["kind"] in vocab.HAMLET_KINDS else "kind"


CHECKS: dict[str, Check] = {
    "person": _person,
    "household": _household,
    "need": _need,
    "hamlet": _hamlet,
}
