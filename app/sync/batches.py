"""Origin batches: this office's changes sealed, signed and hash-chained (SYNC.md §3).

A batch body is canonical JSON (app/sync/canonical.py):

    {"format": "lalanh-origin-batch", "v": 1, "origin": office hex, "seq": n,
     "prev": base64 of the previous batch's SHA-256 ("" for seq 1), "schema": fingerprint,
     "hlc_min": …, "hlc_max": …, "created_ms": …, "change_count": rows,
     "tables": [{"table": name, "columns": [...], "rows": [[...], ...]}, ...]}

Tables come parents first (foreign keys), so a receiver inserts a household before its
members; within a table, rows in the order they were first changed. Each row is one changed
record as it is when sealed: the head columns (app/sync/columns.HEAD: id, "I"/"U", row
stamp, version, the field stamps, origin, who/when) and every data column. The field stamps
are the stored sparse map (capture.field_stamp reads it), whose "<" entry names, for each
identity field edited, the stamp the edit replaced and the office that made it: what
conflict detection needs. The signature is over the body; the hash is SHA-256 of the body.
The stored body is never re-encoded: forwarding sends these exact bytes.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

import sqlalchemy as sa

from app.db import raw_rows
from app.models import Installation, OriginBatch
from app.sync import canonical
from app.sync.canonical import FormatError
from app.sync.columns import ENTITLEMENTS, decimal_text, table_specs
from app.sync.columns import schema_fingerprint as schema_fingerprint
from app.sync.jurisdiction import VIA

FORMAT = "lalanh-origin-batch"
VERSION = 1
MAX_BATCH_BYTES = 1 << 30  # a batch of a million households is ~0.5 GB of JSON
MAX_DEPTH = 16
_KEYS = {"format", "v", "origin", "seq", "prev", "schema", "hlc_min", "hlc_max", "created_ms",
         "change_count", "tables"}  # fmt: skip


@dataclass(frozen=True)
class SealedBatch:
    origin: uuid.UUID
    seq: int
    hash: bytes
    body: bytes
    signature: bytes


@dataclass(frozen=True)
class TableChanges:
    table: str
    columns: tuple[str, ...]
    rows: list[list]


@dataclass(frozen=True)
class Batch:
    origin: uuid.UUID
    seq: int
    prev: bytes
    schema: str
    hlc_min: int
    hlc_max: int
    created_ms: int
    change_count: int
    tables: list[TableChanges]


def batch_hash(body: bytes) -> bytes:
    return hashlib.sha256(body).digest()


def _own_office(conn: sa.Connection) -> uuid.UUID:
    office = conn.execute(sa.select(Installation.office_id).where(Installation.id == 1)).scalar()
    if office is None:
        raise RuntimeError("the installation row is missing: set up the office first")
    return office


def last_batch(conn: sa.Connection, origin: uuid.UUID) -> tuple[int, bytes]:
    """(seq, hash) of the origin's newest stored batch, (0, b"") without one."""
    row = conn.execute(
        sa.select(OriginBatch.seq, OriginBatch.hash)
        .where(OriginBatch.origin_office_id == origin)
        .order_by(OriginBatch.seq.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else (0, b"")


def _entitlements(conn: sa.Connection, where: str) -> dict[str, list]:
    lines: dict[str, list] = {}
    for rid, item, milli in raw_rows(
        conn,
        "SELECT e.recipient_id, e.item_id, e.quantity_milli FROM entitlement e "
        f"WHERE e.recipient_id IN ({where}) ORDER BY e.recipient_id, e.item_id",
    ):
        lines.setdefault(rid, []).append([item, decimal_text(Decimal(milli).scaleb(-3))])
    return lines


def read_changed_rows(conn: sa.Connection, table: str, id_query: str) -> list[list]:
    """The wire rows of `table` whose ids `id_query` (SQL: SELECT row_id, ord …) selects, in
    its `ord` order; op is taken from the query's third column ('I' or 'U')."""
    spec = table_specs()[table]
    cols = ", ".join(f"t.{c}" for c in spec.stored_columns)
    rows = raw_rows(
        conn,
        f"SELECT o.op, {cols} FROM {table} t JOIN ({id_query}) o ON t.id = o.row_id ORDER BY o.ord",
    )
    convert = [(i, c.to_wire) for i, c in enumerate(spec.data) if not c.wire_same]
    lines = _entitlements(conn, f"SELECT row_id FROM ({id_query})") if spec.virtual else None
    result = []
    for op, rid, hlc_, version, fs, origin, cat, cby, uat, uby, *data in rows:
        for i, f in convert:
            data[i] = f(data[i])
        wire = [rid, op, hlc_, version, _json(fs), origin, _dt(cat), cby, _dt(uat), uby, *data]
        if lines is not None:
            wire.append(lines.get(rid, []))
        result.append(wire)
    return result


def _json(text):
    return json.loads(text) if text else {}


def _dt(v):
    """The stored timestamp in isoformat(); SQLAlchemy's form (`YYYY-MM-DD HH:MM:SS.ffffff`)
    is rewritten as text, any other is parsed."""
    if v is None:
        return None
    if len(v) == 26 and v[10] == " " and v[19] == ".":
        return f"{v[:10]}T{v[11:19]}" if v.endswith(".000000") else f"{v[:10]}T{v[11:]}"
    return datetime.fromisoformat(v).isoformat()


_OP = "CASE WHEN min(CASE op WHEN 'I' THEN seq END) = min(seq) THEN 'I' ELSE 'U' END"


def _choose_rows(conn: sa.Connection, first: int, last: int) -> None:
    """temp.seal_rows ← the rows whose first unsealed change is in [first, last], and — when
    the backlog is cut by max_rows — every still unsealed row they refer to (foreign keys and
    the records their owner is found through), so no batch refers to a record that only a
    later batch of this office will bring (a receiver would wait for it forever)."""
    conn.exec_driver_sql("DROP TABLE IF EXISTS temp.seal_rows")
    conn.exec_driver_sql("CREATE TEMP TABLE seal_rows (table_name TEXT, row_id TEXT, ord INT, "
                         "op TEXT, PRIMARY KEY (table_name, row_id))")  # fmt: skip
    conn.exec_driver_sql(
        f"INSERT INTO temp.seal_rows SELECT table_name, row_id, min(seq), {_OP} FROM outbox "
        f"WHERE batch_seq IS NULL AND seq BETWEEN {first} AND {last} GROUP BY table_name, row_id"
    )
    if not raw_rows(conn, f"SELECT 1 FROM outbox WHERE batch_seq IS NULL AND seq > {last} LIMIT 1"):
        return
    links = set()
    for name, spec in table_specs().items():
        for fk in spec.table.foreign_keys:
            if fk.column.name == "id" and fk.column.table.name in table_specs():
                links.add((name, fk.parent.name, fk.column.table.name))
        links.update((name, column, parent) for column, parent in VIA.get(name, ()))
    added = True
    while added:
        added = False
        for child, column, parent in sorted(links):
            cur = conn.exec_driver_sql(
                f"INSERT OR IGNORE INTO temp.seal_rows SELECT o.table_name, o.row_id, min(o.seq), "
                f"{_OP} FROM outbox o "
                f"WHERE o.batch_seq IS NULL AND o.seq > {last} AND o.table_name = '{parent}' "
                f"AND o.row_id IN (SELECT t.{column} FROM {child} t JOIN temp.seal_rows s "
                f"ON s.table_name = '{child}' AND s.row_id = t.id) GROUP BY o.row_id"
            )
            added = added or cur.rowcount > 0


def seal_outbox(conn: sa.Connection, keys, *, max_rows: int | None = None) -> SealedBatch | None:
    """Seal the unsealed outbox rows into this office's next origin batch (see the module
    docstring); None when there is nothing to seal. Runs in the caller's transaction.

    `max_rows` caps the number of outbox entries sealed (the oldest first), so a caller may
    split a very large backlog into several batches by calling again.
    """
    limit = f" LIMIT {int(max_rows)}" if max_rows else ""
    marks = raw_rows(conn, f"SELECT seq FROM outbox WHERE batch_seq IS NULL ORDER BY seq{limit}")
    if not marks:
        return None
    first_mark, last_mark = marks[0][0], marks[-1][0]
    origin = _own_office(conn)
    from app.sync.conflicts import close_superseded  # conflicts → merge → columns

    close_superseded(conn)
    prev_seq, prev_hash = last_batch(conn, origin)
    seq = prev_seq + 1
    tables = []
    hlc_min = hlc_max = None
    count = 0
    specs = table_specs()
    _choose_rows(conn, first_mark, last_mark)
    present = {r[0] for r in raw_rows(conn, "SELECT DISTINCT table_name FROM temp.seal_rows")}
    for name, spec in specs.items():
        if name not in present:
            continue
        id_query = f"SELECT row_id, ord, op FROM temp.seal_rows WHERE table_name = '{name}'"
        rows = read_changed_rows(conn, name, id_query)
        if not rows:
            continue
        stamps = [r[2] for r in rows]
        lo, hi = min(stamps), max(stamps)
        hlc_min = lo if hlc_min is None else min(hlc_min, lo)
        hlc_max = hi if hlc_max is None else max(hlc_max, hi)
        count += len(rows)
        tables.append({"table": name, "columns": list(spec.wire_columns), "rows": rows})
    body = canonical.encode({
        "format": FORMAT, "v": VERSION, "origin": origin.hex, "seq": seq,
        "prev": canonical.b64(prev_hash), "schema": schema_fingerprint(),
        "hlc_min": hlc_min or 0, "hlc_max": hlc_max or 0, "created_ms": time.time_ns() // 10**6,
        "change_count": count, "tables": tables,
    })  # fmt: skip
    signature = keys.sign(body)
    digest = batch_hash(body)
    conn.execute(
        sa.insert(OriginBatch).values(
            origin_office_id=origin,
            seq=seq,
            hash=digest,
            prev_hash=prev_hash,
            body=body,
            signature=signature,
            hlc_min=hlc_min or 0,
            hlc_max=hlc_max or 0,
            change_count=count,
            status="applied",
            received_from=None,
            received_at=datetime.now().replace(microsecond=0),
            note=None,
        )  # fmt: skip
    )
    # Every entry of a sealed row is sealed: the batch carries the row as it is now.
    conn.exec_driver_sql(
        f"UPDATE outbox SET batch_seq = {seq} WHERE batch_seq IS NULL AND EXISTS (SELECT 1 "
        "FROM temp.seal_rows s WHERE s.table_name = outbox.table_name AND s.row_id = outbox.row_id)"
    )
    conn.exec_driver_sql("DROP TABLE temp.seal_rows")
    return SealedBatch(origin, seq, digest, body, signature)


# --- reading -------------------------------------------------------------------


def _need(cond: bool, what: str) -> None:
    if not cond:
        raise FormatError(f"origin batch: {what}")


def _office(text: object) -> uuid.UUID:
    _need(type(text) is str and len(text) == 32 and not text.strip("0123456789abcdef"),
          "office id is not 32 hex digits")  # fmt: skip
    return uuid.UUID(hex=text)  # type: ignore[arg-type]


def read_batch(body: bytes) -> Batch:
    """Strictly decode and check the structure of a batch body; FormatError otherwise.

    Values are checked against this office's columns later, when applied.
    """
    obj = canonical.decode(body, max_bytes=MAX_BATCH_BYTES, max_depth=MAX_DEPTH)
    _need(type(obj) is dict and set(obj) == _KEYS, "unexpected fields")
    assert isinstance(obj, dict)
    _need(obj["format"] == FORMAT, "not an origin batch")
    _need(obj["v"] == VERSION, f"format version {obj['v']!r} is not supported")
    origin = _office(obj["origin"])
    for key in ("seq", "hlc_min", "hlc_max", "created_ms", "change_count"):
        _need(type(obj[key]) is int and obj[key] >= 0, f"{key} is not a whole number")
    _need(obj["seq"] >= 1, "seq starts at 1")
    _need(type(obj["prev"]) is str, "prev is not base64")
    prev = canonical.unb64(obj["prev"])
    _need(len(prev) == (0 if obj["seq"] == 1 else 32), "prev is not a SHA-256")
    _need(type(obj["schema"]) is str and len(obj["schema"]) <= 64, "schema is not a hash")
    _need(obj["hlc_min"] <= obj["hlc_max"], "hlc_min above hlc_max")
    _need(type(obj["tables"]) is list, "tables is not a list")
    tables = []
    count = 0
    seen = set()
    for entry in obj["tables"]:
        _need(type(entry) is dict and set(entry) == {"table", "columns", "rows"}, "table entry")
        name, columns, rows = entry["table"], entry["columns"], entry["rows"]
        _need(type(name) is str and name not in seen, "table name")
        seen.add(name)
        _need(type(columns) is list and all(type(c) is str for c in columns), "columns")
        _need(type(rows) is list, "rows")
        width = len(columns)
        for row in rows:
            _need(type(row) is list and len(row) == width, f"a row of {name} has the wrong width")
        count += len(rows)
        tables.append(TableChanges(name, tuple(columns), rows))
    _need(count == obj["change_count"], "change_count does not match the rows")
    return Batch(origin, obj["seq"], prev, obj["schema"], obj["hlc_min"], obj["hlc_max"],
                 obj["created_ms"], count, tables)  # fmt: skip


__all__ = ["ENTITLEMENTS", "Batch", "SealedBatch", "TableChanges", "batch_hash", "last_batch",
           "read_batch", "schema_fingerprint", "seal_outbox"]  # fmt: skip
