"""A deterministic digest of the synced records, equal at two offices that hold the same data.

Hashed, for every synced row in id order, table by table: its id, origin office, row stamp,
every data column in its travelling form (app/sync/columns.py), each data column's field
stamp as resolved from the sparse map, and a list row's entitlement lines. Left out, as
this office's own bookkeeping: `version` (counts local writes), the stored form of
`field_hlc` (the same stamps can be written more than one way) and the bases of identity
edits kept in it, `created_at/created_by` (the built-in categories and items are seeded at
each office with its own time) and `updated_at/updated_by`; and every local table (outbox,
origin batches, conflicts, peers, users, settings …).
"""

from __future__ import annotations

import hashlib
import json
import uuid

import sqlalchemy as sa

from app.db import raw_rows
from app.sync.columns import table_specs
from app.sync.jurisdiction import REFERENCE, Owners
from app.sync.merge import stamp_of


def _dump(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def database_digest(conn: sa.Connection, *, offices: set[uuid.UUID] | None = None) -> str:
    """SHA-256 (hex) over the synced rows; with `offices`, only rows those offices own
    (app/sync/jurisdiction.py) and the reference data (categories, aid items)."""
    specs = table_specs()
    tables: dict[str, list[tuple[str, dict, list]]] = {}
    for name, spec in specs.items():
        cols = ", ".join(("id", "origin_office_id", "hlc", "field_hlc", *spec.data_names))
        rows = []
        for rid, origin, stamp, fs, *data in raw_rows(
            conn, f"SELECT {cols} FROM {name} ORDER BY id"
        ):
            fs = json.loads(fs) if fs else {}
            wire = [c.to_wire(v) for c, v in zip(spec.data, data, strict=True)]
            stamps = [stamp_of(fs, stamp, c) for c in spec.data_names]
            values = {"id": rid, "origin_office_id": origin,
                      **dict(zip(spec.data_names, wire, strict=True))}  # fmt: skip
            rows.append((rid, values, [rid, origin, stamp, wire, stamps]))
        if spec.virtual:
            lines: dict[str, list] = {}
            for rid, item, milli in raw_rows(conn, "SELECT recipient_id, item_id, quantity_milli "
                                                   "FROM entitlement ORDER BY recipient_id, item_id"):  # fmt: skip
                lines.setdefault(rid, []).append([item, milli])
            for rid, _values, record in rows:
                record.append(lines.get(rid, []))
        tables[name] = rows
    keep = None
    if offices is not None:
        wanted = {o.hex for o in offices}
        index = {name: {rid: values for rid, values, _r in rows} for name, rows in tables.items()}
        owners = Owners(lambda table, rid: index.get(table, {}).get(rid))
        keep = wanted

    digest = hashlib.sha256()
    for name, rows in tables.items():
        digest.update(name.encode() + b"\n")
        for _rid, values, record in rows:
            if keep is not None and name not in REFERENCE:
                found = owners.of_row(name, values)
                if not found or not set(found) <= keep:
                    continue
            digest.update(_dump(record) + b"\n")
    return digest.hexdigest()
