"""Received rows checked column by column (the fast path of app/sync/store.py `_parse`).

`_parse` checks every row of a received table — ids, stamps, users, dates, each value's
type, length and NFC form, the registry's rules (app/sync/checks.py) — and converts the
values to their stored form. Done row by row and value by value, that was a quarter of an
import's time. Here the same checks run over whole columns, each distinct value once (a
batch's column holds few distinct genders, relations, users, dates, hamlets …) and types
in C (`set(map(type, column))`). It only answers for batches where everything is right:
at the first doubt it returns None and `_parse` checks row by row, which names the first
bad value as it always did. So the result — the rows, or the refusal — is the row-by-row
one (tests/sync/test_parsing.py compares them on damaged batches).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import datetime

from app.sync.checks import CHECKS, COLUMN_CHECKS
from app.sync.columns import HEAD, TableSpec, WireError, _decimal
from app.sync.merge import Incoming

HEX = "0123456789abcdef"
_HASHABLE = frozenset({str, int, bool, type(None)})


def text_ok(value) -> bool:
    return type(value) is str and len(value) <= 100 and unicodedata.is_normalized("NFC", value)


def bases_ok(bases) -> bool:
    return type(bases) is dict and all(
        type(b) is list and len(b) == 2 and type(b[0]) is int and type(b[1]) is str
        for b in bases.values()
    )


def line_ok(line) -> bool:
    try:
        return (type(line) is list and len(line) == 2 and type(line[0]) is str
                and len(line[0]) == 32 and not line[0].strip(HEX)
                and _decimal(line[1]) is not None)  # fmt: skip
    except WireError:
        return False


def fields_ok(fs, stamp: int) -> bool:
    return type(fs) is dict and all(
        (type(s) is int and 0 <= s <= stamp) if k != "<" else bases_ok(s) for k, s in fs.items()
    )


def _ids_ok(values: Sequence) -> bool:
    """Every value is 32 lower-case hex digits."""
    return (set(map(type, values)) <= {str} and set(map(len, values)) <= {32}
            and not "".join(values).strip(HEX))  # fmt: skip


def parse_columns(hlc_max: int, spec: TableSpec, rows: list[list]) -> list[Incoming] | None:
    """The rows checked and converted as `_parse` does, or None if any check fails (or
    anything is unusual): then `_parse` checks them row by row."""
    try:
        return _parse_columns(hlc_max, spec, rows)
    except Exception:  # any doubt: the row-by-row check decides, and names the bad value
        return None


def _parse_columns(hlc_max: int, spec: TableSpec, rows: list[list]) -> list[Incoming] | None:
    if not rows:
        return []
    n_head, data = len(HEAD), spec.data
    columns = list(zip(*rows, strict=True))
    ids, ops, stamps, versions, stamp_maps, origins, cats, cbys, uats, ubys = columns[:n_head]
    if not (_ids_ok(ids) and _ids_ok(list(set(origins))) and set(ops) <= {"I", "U"}):
        return None
    if set(map(type, versions)) != {int} or set(map(type, stamps)) != {int}:
        return None
    if min(stamps) < 0 or max(stamps) > hlc_max:
        return None
    if not all(fields_ok(fs, stamp) for fs, stamp in zip(stamp_maps, stamps, strict=True)):
        return None
    if not all(map(text_ok, set(cbys) | set(ubys))):
        return None
    for text in set(cats) | set(uats):
        datetime.fromisoformat(text)  # raises on anything else: the row check reports it
    stored_columns = []
    for k, col in enumerate(data):
        values = columns[n_head + k]
        stored = _column(col, values)
        if stored is None:
            return None
        stored_columns.append(stored)
    wire_columns = dict(zip(spec.data_names, columns[n_head : n_head + len(data)], strict=True))
    column_check = COLUMN_CHECKS.get(spec.name)
    if column_check is not None:
        if not column_check(wire_columns):
            return None
    elif (check := CHECKS.get(spec.name)) is not None:
        names = spec.data_names
        end = n_head + len(data)
        if any(check(dict(zip(names, row[n_head:end], strict=True))) for row in rows):
            return None
    if spec.virtual and not all(
        type(lines) is list and all(map(line_ok, lines)) for lines in columns[-1]
    ):
        return None
    end = n_head + len(data)
    virtual = bool(spec.virtual)
    return [
        Incoming(*row[:n_head], row[n_head:end], list(stored), row[-1] if virtual else None)
        for row, stored in zip(rows, zip(*stored_columns, strict=True) if stored_columns
                               else ([] for _ in rows), strict=True)
    ]  # fmt: skip


def _column(col, values: Sequence) -> Sequence | None:
    """A data column's stored values (each distinct value checked and converted once), or
    None if one does not fit."""
    types = set(map(type, values))
    if not types <= _HASHABLE or (bool in types and int in types):  # True == 1 in a set
        converted = []
        for v in values:
            if not _value_ok(col, v):
                return None
            converted.append(col.from_wire(v))
        return converted
    mapping = {}
    for v in set(values):
        if not _value_ok(col, v):
            return None
        mapping[v] = col.from_wire(v)
    if all(out is v for v, out in mapping.items()):
        return values  # stored as received (text, ids, numbers, dates)
    return list(map(mapping.__getitem__, values))


def _value_ok(col, v) -> bool:
    if type(v) is str and not unicodedata.is_normalized("NFC", v):
        return False
    return v is not None or col.nullable
