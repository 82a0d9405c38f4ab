"""The registry's rules applied to received records: the GUI's validators
(app/services/validation.py) where they exist, vocabularies for coded columns.

Column types and lengths are checked by the wire converters (app/sync/columns.py); these
are the checks of meaning. Each returns the name of the first column that fails, or None —
never the value (no personal data in reports or logs).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal

from app.services import validation, vocab
from app.services.entitlement import BASES

Check = Callable[[Mapping], str | None]
ColumnCheck = Callable[[Mapping[str, Sequence]], bool]


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


def _first_failing(tests: Sequence[tuple[str, bool]]) -> str | None:
    return next((column for column, ok in tests if not ok), None)


def _aid_item(v: Mapping) -> str | None:
    return _first_failing([
        ("code", bool(v["code"])), ("name_vi", bool(v["name_vi"])),
        ("unit", v["unit"] in vocab.UNITS),
        ("need_kind", _choice(v, "need_kind", vocab.NEED_KINDS, nullable=True)),
    ])  # fmt: skip


def _category(v: Mapping) -> str | None:
    return _first_failing([("code", bool(v["code"])), ("name_vi", bool(v["name_vi"])),
                              ("scope", v["scope"] in ("household", "person"))])  # fmt: skip


def _organisation(v: Mapping) -> str | None:
    return _first_failing([("name", bool(v["name"])),
                              ("kind", v["kind"] in vocab.ORGANISATION_KINDS)])  # fmt: skip


def _program(v: Mapping) -> str | None:
    starts, ends = v["starts_on"], v["ends_on"]
    return _first_failing([
        ("code", bool(v["code"])), ("name", bool(v["name"])),
        ("funding", v["funding"] in vocab.FUNDING),
        ("list_status", v["list_status"] in vocab.LIST_STATUSES),
        ("ends_on", not (starts and ends) or ends >= starts),  # ISO dates compare as text
    ])  # fmt: skip


def _not_negative(text: str | None) -> bool:
    return text is None or Decimal(text) >= 0


def _program_item(v: Mapping) -> str | None:
    return _first_failing([
        ("basis", v["basis"] in BASES),
        ("quantity_milli", _not_negative(v["quantity_milli"])),
        ("household_cap_milli", _not_negative(v["household_cap_milli"])),
    ])  # fmt: skip


def _donation(v: Mapping) -> str | None:
    return None if v["source"] in vocab.DONATION_SOURCES else "source"


def _receipt(v: Mapping) -> str | None:
    return _first_failing([
        ("kind", v["kind"] in ("give", "reverse")),
        ("collector", v["collector"] in vocab.COLLECTORS),
        ("id_check", v["id_check"] in vocab.ID_CHECKS),
        ("id_type", _choice(v, "id_type", vocab.ID_TYPES, nullable=True)),
    ])  # fmt: skip


def _duplicate_decision(v: Mapping) -> str | None:
    return None if v["decision"] in ("different", "merged") else "decision"


CHECKS: dict[str, Check] = {
    "person": _person,
    "household": _household,
    "need": _need,
    "hamlet": _hamlet,
    "aid_item": _aid_item,
    "category": _category,
    "organisation": _organisation,
    "program": _program,
    "program_item": _program_item,
    "donation": _donation,
    "receipt": _receipt,
    "duplicate_decision": _duplicate_decision,
}


def _person_columns(c: Mapping[str, Sequence]) -> bool:
    """True if every row passes `_person`: the same tests over each distinct value (or
    combination of values) of the columns, instead of row by row."""
    today = date.today()
    return (
        not any(name and validation.check_name(name) for name in set(c["full_name"]))
        and all(_choice({"gender": g}, "gender", vocab.GENDERS, nullable=True)
                for g in set(c["gender"]))
        and set(c["relation"]) <= vocab.RELATIONS.keys()
        and set(c["residence_status"]) <= vocab.RESIDENCE.keys()
        and not any(
            id_type not in vocab.ID_TYPES or (number is not None and validation.check_id(
                id_type, number, gender, year))
            for id_type, number, gender, year in set(zip(
                c["id_type"], c["id_number"], c["gender"], c["birth_year"], strict=True))
        )
        and not any(map(validation.check_old_id, set(c["old_id_number"])))
        and not any(
            (birth or year) and validation.check_birth(
                date.fromisoformat(birth) if birth else None, year, today)
            for birth, year in set(zip(c["birth_date"], c["birth_year"], strict=True))
        )
        and not any(map(validation.check_phone, set(c["phone"])))
    )  # fmt: skip


# Column-wise forms of CHECKS (app/sync/parsing.py): True only if every row passes.
COLUMN_CHECKS: dict[str, ColumnCheck] = {"person": _person_columns}
