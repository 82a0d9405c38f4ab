"""Writing one verified origin batch into the database (called by app/sync/apply.py).

First everything is checked without writing: the schema, every value (types, lengths, NFC
text, the registry's rules), the origin's jurisdiction over each record it touches (as
received and as stored), and that every record it refers to is here or in the batch.
Then the rows are written with executemany through the DBAPI cursor: unknown rows
inserted, known ones merged field by field (app/sync/merge.py), ledger rows only inserted.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter

import sqlalchemy as sa

from app.i18n import _
from app.models import SyncConflict
from app.services.bulk import TriggerReplay
from app.sync.batches import Batch
from app.sync.checks import CHECKS
from app.sync.columns import HEAD, TableSpec, WireError, _milli_in, schema_fingerprint
from app.sync.columns import table_specs as _specs
from app.sync.jurisdiction import (
    REFERENCE,
    Owners,
    in_subtree,
    may_write_reference,
    owner_columns,
)
from app.sync.merge import CHUNK, Conflict, Incoming, MergeResult, Side, merge_row
from app.sync.parsing import HEX, fields_ok, line_ok, parse_columns, text_ok
from app.sync.purge import blank_purged


class BatchRefused(Exception):
    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind
        self.message = message


class BatchWaits(Exception):
    """The batch refers to records not here yet: kept pending, applied when they arrive."""


@dataclass
class Outcome:
    rows_changed: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    resolved: list[tuple[str, str, str, int, str]] = field(default_factory=list)


def _cursor(conn: sa.Connection):
    return conn.connection.dbapi_connection.cursor()


def integrity_errors(conn: sa.Connection) -> tuple[type[Exception], ...]:
    """A record clashing with one held (a unique index), through SQLAlchemy or through a raw
    cursor (the driver's own error, unwrapped)."""
    return sa.exc.IntegrityError, conn.dialect.loaded_dbapi.IntegrityError


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _fetch(cur, table: str, columns: Iterable[str], key: str, ids: list) -> dict:
    cols = list(columns)
    found = {}
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        cur.execute(f"SELECT {key}, {', '.join(cols)} FROM {table} WHERE {key} IN ({marks})", part)
        for row in cur.fetchall():
            found[row[0]] = row[1:]
    return found


def _bad(batch: Batch, what: str) -> BatchRefused:
    return BatchRefused("invalid", _(
        "Batch {seq} of office {office} holds a value that is not valid ({what}): refused."
    ).format(seq=batch.seq, office=batch.origin, what=what))  # fmt: skip


def _parse(batch: Batch, spec: TableSpec, rows: list[list]) -> list[Incoming]:
    """The rows checked and in stored form; BatchRefused naming the first bad value. The
    column-wise check (app/sync/parsing.py) answers for batches without a fault; otherwise
    the rows are checked one by one."""
    fast = parse_columns(batch.hlc_max, spec, rows)
    return fast if fast is not None else _parse_rows(batch, spec, rows)


def _parse_rows(batch: Batch, spec: TableSpec, rows: list[list]) -> list[Incoming]:
    out = []
    names = spec.data_names
    data = spec.data
    check = CHECKS.get(spec.name)
    n_head = len(HEAD)
    for row in rows:
        rid, op, stamp, version, fs, origin, cat, cby, uat, uby = row[:n_head]
        wire = row[n_head : n_head + len(data)]
        try:
            for v in (rid, origin):
                if type(v) is not str or len(v) != 32 or v.strip(HEX):
                    raise WireError("id")
            if op not in ("I", "U") or type(version) is not int:
                raise WireError("op")
            if type(stamp) is not int or not 0 <= stamp <= batch.hlc_max:
                raise WireError("stamp")
            if not fields_ok(fs, stamp):
                raise WireError("field stamps")
            if not (text_ok(cby) and text_ok(uby)):
                raise WireError("user")
            datetime.fromisoformat(cat)
            datetime.fromisoformat(uat)
            stored = []
            for col, v in zip(data, wire, strict=True):
                if type(v) is str and not unicodedata.is_normalized("NFC", v):
                    raise WireError(col.name)
                try:
                    stored.append(col.from_wire(v))
                except WireError as exc:
                    raise WireError(col.name) from exc
                if v is None and not col.nullable:
                    raise WireError(col.name)
        except (WireError, TypeError, ValueError) as exc:
            raise _bad(batch, f"{spec.name}.{exc}") from exc
        if check is not None:
            failed = check(dict(zip(names, wire, strict=True)))
            if failed:
                raise _bad(batch, f"{spec.name}.{failed}")
        lines = None
        if spec.virtual:
            lines = row[-1]
            if type(lines) is not list or not all(line_ok(x) for x in lines):
                raise _bad(batch, f"{spec.name}.entitlements")
        out.append(Incoming(rid, op, stamp, version, fs, origin, cat, cby, uat, uby, wire,
                            stored, lines))  # fmt: skip
    return out


@dataclass
class _Plan:
    """One table's rows to write: new ones, merged ones (values in stored_columns order)."""

    spec: TableSpec
    inserts: list[Incoming]
    updates: list  # merge.Merged
    lines: dict[str, list]  # recipient id → entitlement lines to write
    old: dict[str, tuple]  # stored rows of the updated ids

    _values: list | None = None

    def values(self) -> list:
        """The rows as they will be written, in stored_columns order (computed once)."""
        if self._values is None:
            self._values = [*(r.insert_values() for r in self.inserts),
                            *(m.values for m in self.updates)]  # fmt: skip
        return self._values


def _distinct(rows: Iterable, positions: list[int]) -> dict[tuple, None]:
    """The distinct tuples of the values at `positions`, in the order they first occur."""
    if len(positions) == 1:
        return dict.fromkeys((v,) for v in map(itemgetter(positions[0]), rows))
    if not positions:
        return dict.fromkeys(() for _row in rows)
    return dict.fromkeys(map(itemgetter(*positions), rows))


def apply_changes(conn: sa.Connection, batch: Batch, tree: dict) -> Outcome:
    """Check and write one batch (inside the caller's savepoint); BatchRefused or BatchWaits
    before anything is written. Only the rows that change something here are checked for
    jurisdiction and references: a record passed along unchanged is no write."""
    specs = _specs()
    if batch.schema != schema_fingerprint():
        raise BatchRefused("schema", _(
            "Batch {seq} of office {office} was made by a different version of Lá Lành "
            "(another set of fields): refused. Update both offices to the same version."
        ).format(seq=batch.seq, office=batch.origin))  # fmt: skip
    parsed: dict[str, list[Incoming]] = {}
    for tc in batch.tables:
        spec = specs.get(tc.table)
        if spec is None or tc.columns != spec.wire_columns:
            raise BatchRefused("schema", _("Batch {seq} of office {office} has records this "
                                           "version does not know: refused.").format(
                                               seq=batch.seq, office=batch.origin))  # fmt: skip
        parsed[tc.table] = _parse(batch, spec, tc.rows)
    cur = _cursor(conn)
    try:
        result = MergeResult()
        plans = []
        for name, rows in parsed.items():
            spec = specs[name]
            here = _fetch(cur, name, spec.stored_columns[1:], "id", [r.id for r in rows])
            plans.append(_plan(spec, rows, here, batch.origin.hex, result))
        _check_jurisdiction(cur, batch, plans, tree)
        _check_references(cur, plans)
        outcome = Outcome(conflicts=result.conflicts, resolved=result.resolved)
        for plan in plans:
            outcome.rows_changed += _write(conn, cur, plan)
        blank_purged(cur)
        return outcome
    finally:
        cur.close()


def _plan(spec: TableSpec, rows: list[Incoming], here: dict, origin: str,
          result: MergeResult) -> _Plan:  # fmt: skip
    inserts = [r for r in rows if r.id not in here]
    lines = {r.id: r.lines or [] for r in inserts} if spec.virtual else {}
    updates = []
    if not spec.ledger:
        before = len(result.updates)
        for r in rows:
            old = here.get(r.id)
            if old is not None:
                merge_row(spec, r, (r.id, *old), origin, result)
        updates = result.updates[before:]
        if spec.virtual:
            by_id = {r.id: r for r in rows}
            lines.update((m.values[0], by_id[m.values[0]].lines or [])
                         for m in updates if m.lines_win)  # fmt: skip
    old = {m.values[0]: here[m.values[0]] for m in updates}
    return _Plan(spec, inserts, updates, lines, old)


def _check_jurisdiction(cur, batch: Batch, plans: list[_Plan], tree) -> None:
    """Every row's owner (and, for a changed row, its stored owner) is in the origin's
    subtree. Rows with the same owner columns (a household's members) are decided once, in
    the order they first occur, so the first row that fails decides, as row by row."""
    specs = _specs()
    index = {p.spec.name: {v[0]: v for v in p.values()} for p in plans}

    def lookup(table: str, row_id: str) -> dict | None:
        cols = specs[table].stored_columns
        row = index.get(table, {}).get(row_id)
        if row is not None:
            return dict(zip(cols, row, strict=True))
        got = _fetch(cur, table, cols[1:], "id", [row_id]).get(row_id)
        return None if got is None else {"id": row_id, **dict(zip(cols[1:], got, strict=True))}

    owners = Owners(lookup)
    origin = batch.origin
    verdicts: dict[tuple[bool, str], bool] = {}  # (reference table?, owner) → may write
    for plan in plans:
        name = plan.spec.name
        reference = name in REFERENCE
        columns = owner_columns(name)
        rows = [*index[name].values(), *((rid, *old) for rid, old in plan.old.items())]
        positions = [plan.spec.stored_columns.index(c) for c in columns]
        for key in _distinct(rows, positions):
            offices = owners.of_row(name, dict(zip(columns, key, strict=True)))
            if offices is None:
                raise BatchWaits("waiting for records it refers to")
            for office in offices:
                ok = verdicts.get((reference, office))
                if ok is None:
                    ok = verdicts[reference, office] = (
                        may_write_reference(office, origin, tree) if reference
                        else in_subtree(office, origin, tree))  # fmt: skip
                if not ok:
                    raise BatchRefused("jurisdiction", _(
                        "Batch {seq} of office {office} changes records of an office outside "
                        "its jurisdiction: refused, nothing of it was written."
                    ).format(seq=batch.seq, office=origin))  # fmt: skip


def _check_references(cur, plans: list[_Plan]) -> None:
    written = {p.spec.name: {v[0] for v in p.values()} for p in plans}
    wanted: dict[tuple[str, str], set] = {}
    for plan in plans:
        rows = plan.values()
        for fk in plan.spec.table.foreign_keys:
            target = (fk.column.table.name, fk.column.name)
            have = written.get(target[0], set()) if target[1] == "id" else set()
            at = plan.spec.stored_columns.index(fk.parent.name)
            refs = set(map(itemgetter(at), rows)) - have - {None}
            wanted.setdefault(target, set()).update(refs)
        items = {line[0] for lines in plan.lines.values() for line in lines}
        if items:
            wanted.setdefault(("aid_item", "id"), set()).update(
                items - written.get("aid_item", set())
            )
    for (table, column), refs in wanted.items():
        refs_list = sorted(refs)
        if refs_list and len(_fetch(cur, table, [column], column, refs_list)) != len(refs_list):
            raise BatchWaits("waiting for records it refers to")


def _write(conn: sa.Connection, cur, plan: _Plan) -> int:
    name, cols = plan.spec.name, plan.spec.stored_columns
    # Updates first: a code an existing row gave up may be taken by a new one in the same
    # batch (the origin saw the two edits one after the other; the batch carries the end).
    if plan.updates:
        clash = conn.dialect.loaded_dbapi.IntegrityError
        _update(cur, name, cols, [[*m.values[1:], m.values[0]] for m in plan.updates], clash)
    if plan.inserts:
        marks = ",".join("?" * len(cols))
        _insert_new(conn, cur, name, f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({marks})",
                    [r.insert_values() for r in plan.inserts])  # fmt: skip
    if plan.lines:
        fresh = {r.id for r in plan.inserts}
        _replace_lines(cur, [(rid, ls) for rid, ls in plan.lines.items() if rid not in fresh],
                       fresh=False)  # fmt: skip
        _replace_lines(cur, [(rid, ls) for rid, ls in plan.lines.items() if rid in fresh],
                       fresh=True)  # fmt: skip
    return len(plan.inserts) + len(plan.updates)


def _update(cur, name: str, cols: Sequence[str], rows: list[list],
            clash: type[Exception]) -> None:  # fmt: skip
    """The rows' final values. Codes swapped between rows (A takes B's code, B takes A's)
    clash row by row although the end state is valid: then every code that changes is
    first moved aside (the row's id appended, unique), and the final values written."""
    sets = ", ".join(f"{c} = ?" for c in cols[1:])
    sql = f"UPDATE {name} SET {sets} WHERE id = ?"
    if "code" not in cols:
        cur.executemany(sql, rows)
        return
    cur.execute("SAVEPOINT sync_update")
    try:
        cur.executemany(sql, rows)
    except clash:
        cur.execute("ROLLBACK TO sync_update")
        at = cols.index("code") - 1  # rows are the values after id, then the id
        cur.executemany(f"UPDATE {name} SET code = code || '~' || id WHERE id = ? AND code <> ?",
                        [(row[-1], row[at]) for row in rows])  # fmt: skip
        cur.executemany(sql, rows)
    cur.execute("RELEASE sync_update")


def _insert_new(conn: sa.Connection, cur, table: str, sql: str, rows: list[list]) -> None:
    """Insert rows known to be new. On SQLite the table's AFTER INSERT triggers (the person
    search index: the outbox ones are off for the whole import) run once for all the rows
    instead of once per row (bulk.TriggerReplay): FTS5 writes its pending terms out as a new
    index segment at every statement, which was most of the import's time."""
    replay = TriggerReplay.of(conn, table) if conn.dialect.name == "sqlite" else None
    if replay is None or not replay.statements:
        cur.executemany(sql, rows)
        return
    replay.run(conn, lambda: (cur.executemany(sql, rows), len(rows))[1])


def _replace_lines(cur, rows: list[tuple[str, list]], fresh: bool = False) -> None:
    if not fresh:
        cur.executemany("DELETE FROM entitlement WHERE recipient_id = ?", [(r,) for r, _l in rows])
    cur.executemany(
        "INSERT INTO entitlement (recipient_id, item_id, quantity_milli) VALUES (?, ?, ?)",
        [(rid, item, _milli_in(q)) for rid, lines in rows for item, q in lines],
    )


# --- conflicts -------------------------------------------------------------------------


def _side_values(prefix: str, side) -> dict:
    return {f"{prefix}_value": {"v": side.value}, f"{prefix}_hlc": side.hlc,
            f"{prefix}_office_id": uuid.UUID(hex=side.office) if side.office else None,
            f"{prefix}_by": side.by, f"{prefix}_at": side.at}  # fmt: skip


def write_conflicts(conn: sa.Connection, outcome: Outcome, now: datetime) -> int:
    """Record the batch's conflicts (the same id at every office: a second detection updates
    the sides to the two newest edits) and close those a later edit resolved. Returns the
    number of new conflicts."""
    new = 0
    t = SyncConflict.__table__
    for c in outcome.conflicts:
        row = conn.execute(sa.select(t.c.a_value, t.c.a_hlc, t.c.a_office_id, t.c.a_by,
                                     t.c.b_value, t.c.b_hlc, t.c.b_office_id, t.c.b_by)
                           .where(t.c.id == c.id)).first()  # fmt: skip
        if row is None:
            conn.execute(sa.insert(t).values(
                id=c.id, table_name=c.table, row_id=uuid.UUID(hex=c.row_id), field=c.column,
                status="open", detected_at=now, **_side_values("a", c.sides[0]),
                **_side_values("b", c.sides[1])))  # fmt: skip
            new += 1
            continue
        sides = {s.hlc: s for s in c.sides}
        for value, stamp, office, by in (row[0:4], row[4:8]):
            sides.setdefault(stamp, Side(value["v"], stamp, office.hex if office else None, by))
        top = sorted(sides.values(), key=lambda s: s.hlc, reverse=True)[:2]
        conn.execute(sa.update(t).where(t.c.id == c.id).values(
            **_side_values("a", top[0]), **_side_values("b", top[1])))  # fmt: skip
    if not outcome.conflicts and not outcome.resolved:
        return 0
    has_open = outcome.resolved and conn.exec_driver_sql(
        "SELECT 1 FROM sync_conflict WHERE status = 'open' LIMIT 1").first()  # fmt: skip
    for table, row_id, column, stamp, by in outcome.resolved if has_open else ():
        conn.execute(sa.update(t).where(
            t.c.table_name == table, t.c.row_id == uuid.UUID(hex=row_id), t.c.field == column,
            t.c.status == "open", t.c.a_hlc < stamp, t.c.b_hlc < stamp,
        ).values(status="resolved", resolved_at=now, resolved_by=by))  # fmt: skip
    return new
