"""How each synced table travels in an origin batch: its columns, in which order, and how a
stored value becomes a value on the wire and back (SYNC.md §3).

Values on the wire are canonical JSON (app/sync/canonical.py): a UUID is 32 lower-case hex
digits, a date or date-time ISO 8601, a Decimal (Numeric and thousandths columns) a decimal
string, a boolean true/false, JSON columns as they are. Rows are read and written through
the DBAPI cursor: SQLAlchemy's per-value processing costs more than the merge itself.

A recipient (list row) carries its entitlement lines (decision 0004) as the virtual column
`entitlements`: [[item id, quantity], ...] sorted by item, stamped like `persons`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache

import sqlalchemy as sa

from app.models import Base, ledger_tables, synced_tables
from app.models.types import Milli
from app.sync import canonical

# Columns of a change that describe it rather than the record (not merged field by field).
HEAD = ("id", "op", "hlc", "version", "field_hlc", "origin_office_id", "created_at",
        "created_by", "updated_at", "updated_by")  # fmt: skip
STORED_META = {"id", "version", "hlc", "field_hlc", "origin_office_id", "created_at",
               "created_by", "updated_at", "updated_by"}  # fmt: skip
ENTITLEMENTS = "entitlements"  # recipient's virtual column
ENTITLEMENTS_STAMP_FIELD = "persons"  # the field list building flags when its lines change


class WireError(ValueError):
    """A value that does not fit its column (named in the message; never the value)."""


Convert = Callable[[object], object]


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    nullable: bool
    to_wire: Convert  # stored (SQLite) value → wire value
    from_wire: Convert  # wire value → stored value; WireError if it does not fit
    kind: str  # for the fingerprint
    wire_same: bool = False  # to_wire gives the stored value back (read_changed_rows skips it)


@dataclass(frozen=True)
class TableSpec:
    name: str
    table: sa.Table
    ledger: bool
    data: tuple[ColumnSpec, ...]  # merged field by field, in wire order after HEAD
    virtual: tuple[str, ...]  # recipient: ("entitlements",)

    @property
    def wire_columns(self) -> tuple[str, ...]:
        return HEAD + tuple(c.name for c in self.data) + self.virtual

    @property
    def data_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.data)

    @property
    def stored_columns(self) -> tuple[str, ...]:
        """Columns read and written, in this order: the HEAD's stored ones, then the data."""
        return ("id", "hlc", "version", "field_hlc", "origin_office_id", "created_at",
                "created_by", "updated_at", "updated_by", *self.data_names)  # fmt: skip


# --- converters --------------------------------------------------------------


def _same(v):
    return v


def _uuid_in(v):
    if type(v) is not str or len(v) != 32 or v.strip("0123456789abcdef"):
        raise WireError("not an id")
    return v


def _str_in(limit: int | None) -> Convert:
    def check(v):
        if type(v) is not str:
            raise WireError("not text")
        if limit is not None and len(v) > limit:
            raise WireError("text too long")
        return v

    return check


def _int_in(v):
    if type(v) is not int:
        raise WireError("not an integer")
    return v


def _bool_out(v):
    return bool(v)


def _bool_in(v):
    if type(v) is not bool:
        raise WireError("not true/false")
    return 1 if v else 0


def _date_in(v):
    if type(v) is not str or len(v) != 10:
        raise WireError("not a date")
    try:
        date.fromisoformat(v)
    except ValueError as exc:
        raise WireError("not a date") from exc
    return v


def _datetime_out(v):
    return datetime.fromisoformat(v).isoformat() if v is not None else None


def _datetime_in(v):
    if type(v) is not str or len(v) > 32:
        raise WireError("not a date and time")
    try:
        datetime.fromisoformat(v)
    except ValueError as exc:
        raise WireError("not a date and time") from exc
    if len(v) == 19 and v[10] == "T":  # isoformat() without microseconds: the common case
        return f"{v[:10]} {v[11:]}.000000"
    return datetime.fromisoformat(v).strftime("%Y-%m-%d %H:%M:%S.%f")


def decimal_text(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def _numeric_out(v):
    return decimal_text(Decimal(repr(v)) if isinstance(v, float) else Decimal(v))


def _decimal(v) -> Decimal:
    if type(v) is not str or len(v) > 40:
        raise WireError("not a decimal number")
    try:
        d = Decimal(v)
    except InvalidOperation as exc:
        raise WireError("not a decimal number") from exc
    if not d.is_finite():
        raise WireError("not a decimal number")
    return d


def _numeric_in(v):
    d = _decimal(v)
    return int(d) if d == d.to_integral_value() else float(d)  # as SQLAlchemy stores it


def _milli_out(v):
    return decimal_text(Decimal(v).scaleb(-3))


def _milli_in(v):
    scaled = _decimal(v).scaleb(3)
    if scaled != scaled.to_integral_value():
        raise WireError("more than 3 decimals")
    return int(scaled)


def _json_out(v):
    return json.loads(v) if v is not None else None


def _json_in(v):
    if type(v) not in (dict, list):
        raise WireError("not a JSON object or list")
    return json.dumps(v, ensure_ascii=False)


def _spec(col: sa.Column) -> ColumnSpec:
    t = col.type
    if isinstance(t, Milli):
        out, inn, kind = _milli_out, _milli_in, "milli"
    elif isinstance(t, sa.Uuid):
        out, inn, kind = _same, _uuid_in, "uuid"
    elif isinstance(t, sa.Boolean):
        out, inn, kind = _bool_out, _bool_in, "bool"
    elif isinstance(t, sa.DateTime):
        out, inn, kind = _datetime_out, _datetime_in, "datetime"
    elif isinstance(t, sa.Date):
        out, inn, kind = _same, _date_in, "date"
    elif isinstance(t, sa.Numeric):
        out, inn, kind = _numeric_out, _numeric_in, "decimal"
    elif isinstance(t, sa.Integer):
        out, inn, kind = _same, _int_in, "int"
    elif isinstance(t, sa.JSON):
        out, inn, kind = _json_out, _json_in, "json"
    elif isinstance(t, sa.String):
        out, inn, kind = _same, _str_in(t.length), f"text{t.length or ''}"
    else:  # pragma: no cover - a new column type needs a converter here
        raise TypeError(f"{col.table.name}.{col.name}: no wire form for {t!r}")
    nullable = bool(col.nullable)
    same = out is _same
    if nullable:
        base_out, base_in = out, inn

        def out(v, f=base_out):
            return None if v is None else f(v)

        def inn(v, f=base_in):
            return None if v is None else f(v)

    return ColumnSpec(str(col.name), nullable, out, inn, kind, same)


@cache
def table_specs() -> dict[str, TableSpec]:
    """Every synced table, parents before children (foreign keys), by name."""
    synced = {t.name for t in synced_tables()}
    ledgers = {t.name for t in ledger_tables()}
    specs: dict[str, TableSpec] = {}
    for table in Base.metadata.sorted_tables:
        if table.name not in synced:
            continue
        data = tuple(
            _spec(c) for c in table.columns if c.name not in STORED_META and c.computed is None
        )
        virtual = (ENTITLEMENTS,) if table.name == "recipient" else ()
        specs[str(table.name)] = TableSpec(
            str(table.name), table, table.name in ledgers, data, virtual
        )
    return specs


@cache
def schema_fingerprint() -> str:
    """A stable hash of the synced tables' wire columns and their kinds."""
    shape = [
        [str(s.name), [[str(c.name), c.kind, c.nullable] for c in s.data], list(s.virtual)]
        for s in table_specs().values()
    ]
    return hashlib.sha256(canonical.encode(shape)).hexdigest()
