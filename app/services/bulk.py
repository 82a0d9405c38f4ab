"""Many new synced rows at once (demo data, imported lists), through the same triggers.

SQLAlchemy's per-value bind processing (UUID → hex, dict → JSON, datetime →
text) cost as much as SQLite's own work with the triggers, so callers give
rows in the form SQLite stores them (`stored`). On SQLite a chunk goes first
into an untyped, trigger-less temporary table, then into the real one with one
INSERT ... SELECT that adds the constant columns (a new row's field_hlc is {}):
inserted row by row, each INSERT is a statement of its own, and FTS5 writes
its pending terms out as a new segment at every statement — three times
slower. On other databases the rows go through Core as Python values. Either
way they pass through the same triggers as every other write.

`replay_triggers=True` (the spreadsheet import): the table's AFTER INSERT
triggers (outbox, search index) run once per chunk instead of once per row.
They are dropped before the first copy, their own INSERT ... VALUES (NEW...)
runs as one INSERT ... SELECT over the rows each copy added (the table aliased
NEW, so their expressions are used verbatim), and `finish` creates them again
from their stored SQL, all inside the caller's write transaction: no other
writer can run meanwhile, and an error rolls the drop back with everything else. The
outbox and the search index end up exactly as the row triggers make them
(tests/excel/test_import_capture.py compares both); a trigger of any other shape
leaves the copy to the row triggers. For 100,000 households (240,000 rows) the
outbox rows took 1.2 s row by row and 0.2 s so; the search documents 0.4 s less.
"""

from __future__ import annotations

import json
import os
import random
import re
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from itertools import chain

import sqlalchemy as sa

from app.models.base import SYNC_COLUMNS

DATETIME_TEXT = "%Y-%m-%d %H:%M:%S.%f"  # SQLAlchemy's DateTime on SQLite


class FastIds:
    """UUIDv7 keys laid out as app.ids makes them, as the 32-hex text SQLite stores:
    making a UUID object per row and then its hex cost more than the rest of a row."""

    def __init__(self) -> None:
        self.bits = random.Random(int.from_bytes(os.urandom(16), "big")).getrandbits
        self.ms = 0
        self.counter = 0

    def __call__(self) -> str:
        ms = time.time_ns() // 1_000_000
        if ms <= self.ms:
            self.counter += 1
            if self.counter > 0xFFF:  # counter exhausted: borrow the next millisecond
                self.ms += 1
                self.counter = 0
        else:
            self.ms = ms
            self.counter = self.bits(10)
        value = (self.ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | self.counter << 64 | 0b10 << 62
        return f"{value | self.bits(62):032x}"

    def many(self, n: int) -> list[str]:
        """`n` keys as `n` calls would make them within this millisecond (the counter
        running on into the next ones), the random bits drawn at once: a quarter of the
        time of a call each."""
        ms = time.time_ns() // 1_000_000
        if ms > self.ms:
            self.ms, self.counter = ms, self.bits(10) - 1
        ms, counter = self.ms, self.counter
        head = f"{ms & 0xFFFF_FFFF_FFFF:012x}7"
        tails = os.urandom(8 * n).hex()  # 16 hex digits a key; the first takes the variant
        variant, hex3 = _VARIANT, _HEX3
        out: list[str] = []
        append = out.append
        for k in range(0, 16 * n, 16):
            counter += 1
            if counter > 0xFFF:  # counter exhausted: borrow the next millisecond
                ms += 1
                counter = 0
                head = f"{ms & 0xFFFF_FFFF_FFFF:012x}7"
            append(head + hex3[counter] + variant[tails[k]] + tails[k + 1 : k + 16])
        self.ms, self.counter = ms, counter
        return out

    def stream(self, batch: int = 4096) -> Callable[[], str]:
        """A function giving the next key, made `batch` at a time with `many`."""

        def keys() -> Iterator[str]:
            while True:
                yield from self.many(batch)

        return keys().__next__


_HEX3 = [f"{i:03x}" for i in range(0x1000)]
_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}  # bits 10xx


class BulkInsert:
    """New rows of one synced table: the given columns in stored form, then the row's
    id and HLC stamp (then the `extra` values); the table's other columns are NULL, their
    synced constants, or the `constants` given.

    `constants` ({column: stored value}): columns with one value for every row, bound once in
    the copy instead of staged with each row. `extra` (SQLite): staged values that are not
    columns of the table, for the caller's `then` statements (see `insert`).
    """

    def __init__(self, table: sa.Table, columns: Sequence[str], user: str, now: datetime,
                 office_id: uuid.UUID, *, replay_triggers: bool = False,
                 constants: dict[str, object] | None = None, extra: Sequence[str] = ()):  # fmt: skip
        self.table = table
        self.replay_triggers = replay_triggers
        self._replay: TriggerReplay | None = None
        self.columns = list(columns)
        self.constants = dict(constants or {})
        self.extra = list(extra)
        own_columns = self.columns + list(self.constants)
        unknown = [c for c in own_columns if c not in table.c or c in SYNC_COLUMNS]
        if unknown or len(set(own_columns)) != len(own_columns):
            raise ValueError(f"bulk insert into {table.name}: not its own columns {unknown}")
        self.user, self.now, self.office_id = user, now, office_id
        own = ", ".join(self.columns)
        staged = ", ".join([*self.columns, "id", "hlc", *self.extra])
        self.stage = f"lalanh_bulk_{table.name}"
        self.stage_ddl = f"CREATE TEMP TABLE IF NOT EXISTS {self.stage} ({staged})"
        self.width = len(self.columns) + 2 + len(self.extra)
        self.stage_sql = f"INSERT INTO temp.{self.stage} ({staged}) VALUES "
        self.row_sql = f"({', '.join('?' * self.width)})"
        fixed = "".join(f", {c}" for c in self.constants)
        self.copy_sql = (
            f"INSERT INTO main.{table.name} ({own}{fixed}, {', '.join(SYNC_COLUMNS)}) "
            f"SELECT {own}{', ?' * len(self.constants)}, id, ?, 1, hlc, '{{}}', 0, NULL, ?, ?, ?, ? "
            f"FROM temp.{self.stage} ORDER BY rowid"
        )  # fmt: skip
        stamp_text = now.strftime(DATETIME_TEXT)
        self.copy_params = (*self.constants.values(), office_id.hex, stamp_text, stamp_text, user,
                            user)  # fmt: skip

    def from_values(self, values: dict, row_id: str, stamp: int) -> tuple:
        """A row given as Python values (few rows) in the stored form."""
        return (*(stored(self.table.c[n].type, values.get(n)) for n in self.columns),
                row_id, stamp)  # fmt: skip

    def insert(self, conn: sa.Connection, rows: list[tuple], fast: bool,
               then: Sequence[str] = ()) -> None:  # fmt: skip
        """`fast` (SQLite): through the temporary table, where each of the `then` statements
        (rows that depend on the new ones, e.g. their lines) reads them once they are copied.
        Otherwise as Python values through Core, without `extra` values and `then`."""
        if not rows:
            return
        if fast:
            self.stage_rows(conn, rows)
            self.copy_staged(conn, then)
            return
        if then:
            raise ValueError("`then` statements read the SQLite staging table")
        n = len(self.columns)
        decoders = [_decoder(self.table.c[name].type) for name in self.columns]
        fixed = {name: _decoder(self.table.c[name].type)(v) for name, v in self.constants.items()}
        synced = dict(origin_office_id=self.office_id, version=1, voided=False,
                      void_reason=None, created_at=self.now, updated_at=self.now,
                      created_by=self.user, updated_by=self.user)  # fmt: skip
        conn.execute(sa.insert(self.table), [
            {**{name: dec(v) for name, dec, v in zip(self.columns, decoders, row[:n], strict=True)},
             **fixed, **synced, "id": uuid.UUID(hex=row[n]), "hlc": row[n + 1],
             "field_hlc": {}}
            for row in rows
        ])  # fmt: skip

    def stage_rows(self, conn: sa.Connection, rows: list[tuple]) -> None:
        """SQLite: rows into the temporary table (the part that needs the interpreter)."""
        conn.exec_driver_sql(self.stage_ddl)
        if not rows:
            return
        # Many rows a statement, their values as one flat tuple: executemany's
        # statement per row cost more than the insert itself (100,000 person rows
        # staged in 0.95 → 0.55 s of CPU).
        # The statements go to sqlite3's own cursor: through SQLAlchemy each call cost more
        # than its 200 rows. A statement that fails there is run again through SQLAlchemy
        # (a statement is atomic: it wrote nothing), which raises its error as for any other.
        per = max(1, min(_ROWS_PER_STATEMENT, _variable_limit(conn) // self.width))
        whole = len(rows) - len(rows) % per
        if whole:
            sql = self.stage_sql + ", ".join([self.row_sql] * per)
            size = per * self.width
            cursor = conn.connection.driver_connection.cursor()
            try:
                for start in range(0, whole, per):
                    values = tuple(chain.from_iterable(rows[start : start + per]))
                    if len(values) != size:  # a row of another width would shift the rest
                        raise ValueError(f"bulk insert into {self.table.name}: rows of "
                                         f"{self.width} values expected")  # fmt: skip
                    try:
                        cursor.execute(sql, values)
                    except sqlite3.Error:
                        conn.exec_driver_sql(sql, values)
            finally:
                cursor.close()
        if whole < len(rows):
            conn.exec_driver_sql(self.stage_sql + self.row_sql, rows[whole:])

    def copy_staged(self, conn: sa.Connection, then: Sequence[str] = ()) -> None:
        """SQLite: the staged rows into the table, through its triggers, in one statement
        (SQLite's own work; other Python threads run meanwhile), then the `then` statements.
        With `replay_triggers` the row triggers stay set aside until `finish`."""
        if self.replay_triggers and self._replay is None:
            self._replay = TriggerReplay.of(conn, self.table.name)
        if self._replay is not None and self._replay.statements:
            self._replay.copy(conn, self.copy_sql, self.copy_params)
        else:
            conn.exec_driver_sql(self.copy_sql, self.copy_params)
        for statement in then:
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql(f"DELETE FROM temp.{self.stage}")

    @contextmanager
    def finishing(self, conn: sa.Connection) -> Iterator[BulkInsert]:
        """`finish` once the block ends, however it ends."""
        try:
            yield self
        finally:
            self.finish(conn)

    def finish(self, conn: sa.Connection) -> None:
        """SQLite: the row triggers back and the staging table gone; once the last rows are
        copied, and on an error too (before the rollback, which would undo both anyway)."""
        if self._replay is not None:
            self._replay.restore(conn)
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{self.stage}")


_ROWS_PER_STATEMENT = 200


def _variable_limit(conn: sa.Connection) -> int:
    """How many "?" one statement may have (999 before SQLite 3.32, 32,766 since)."""
    raw = conn.connection.driver_connection
    try:
        return raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    except (AttributeError, sqlite3.Error):  # Python < 3.11, or not sqlite3
        return 999


# A row trigger that one INSERT ... SELECT can stand in for: after an insert, one
# INSERT ... VALUES of expressions of NEW (and constants, and subqueries).
_EVENT = re.compile(r"CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?\S+\s+"
                    r"(?:BEFORE\s+|AFTER\s+|INSTEAD\s+OF\s+)?(INSERT|UPDATE|DELETE)\b", re.I)  # fmt: skip
_REPLAYABLE = re.compile(
    r"CREATE TRIGGER (?P<name>\w+) AFTER INSERT ON (?P<table>\w+)(?: WHEN (?P<when>[^;]+?))? "
    r"BEGIN INSERT INTO (?P<target>\w+) \((?P<columns>[\w, ]+)\) VALUES \((?P<values>[^;]+)\); "
    r"END",
    re.S,
)


class TriggerReplay:
    """A table's AFTER INSERT triggers as set-based statements over the rows just copied.

    `statements` is empty (the row triggers do the work) unless every insert
    trigger of the table, in main and temp, has the one shape `_REPLAYABLE`,
    each writes to a table of its own, and the table has rowids.
    """

    def __init__(self, table: str, triggers: list[tuple[str, str]], statements: list[str]):
        self.table = table
        self.triggers = triggers  # (name, stored SQL), in the order SQLite stores them
        self.statements = statements  # one per trigger, with "?" for the last rowid before
        self._aside = False  # the triggers dropped (inside the caller's transaction)

    @classmethod
    def of(cls, conn: sa.Connection, table: str) -> TriggerReplay:
        none = cls(table, [], [])
        rows = conn.exec_driver_sql(
            "SELECT name, sql, 'main', rowid FROM main.sqlite_master WHERE type = 'trigger' "
            "AND tbl_name = ? UNION ALL SELECT name, sql, 'temp', rowid FROM temp.sqlite_master "
            "WHERE type = 'trigger' AND tbl_name = ? ORDER BY 3, 4", (table, table)
        ).all()  # fmt: skip
        triggers, statements, targets = [], [], set()
        for name, sql, schema, _rowid in rows:
            event = _EVENT.match(sql or "")
            if event is None or schema != "main":
                return none  # a shape not understood, or a temporary trigger: rows one by one
            if event.group(1).upper() != "INSERT":
                continue
            shape = _REPLAYABLE.fullmatch(sql)
            if shape is None or shape["table"] != table or shape["target"] in targets:
                return none
            targets.add(shape["target"])
            when = f" AND ({shape['when']})" if shape["when"] else ""
            statements.append(
                f"INSERT INTO {shape['target']} ({shape['columns']}) SELECT {shape['values']} "
                f"FROM main.{table} AS NEW WHERE NEW.rowid > ?{when} ORDER BY NEW.rowid"
            )  # fmt: skip
            triggers.append((name, sql))
        try:
            conn.exec_driver_sql(f"SELECT rowid FROM main.{table} LIMIT 0")
        except sa.exc.DBAPIError:
            return none  # WITHOUT ROWID: the new rows cannot be told apart
        return cls(table, triggers, statements)

    def copy(self, conn: sa.Connection, copy_sql: str, params: tuple) -> None:
        """The copy statement, its rows then given the triggers' work by set-based statements.
        The triggers stay set aside for the next copies (a DROP or CREATE TRIGGER makes SQLite
        read its schema again: 0.2 s over an import's 60 copies) until `restore`."""
        self._insert(conn, lambda: conn.exec_driver_sql(copy_sql, params).rowcount)

    def run(self, conn: sa.Connection, insert: Callable[[], int]) -> None:
        """`insert()` (returning how many rows it added) without the row triggers, then their
        statements over the new rows, the triggers restored; in the caller's transaction."""
        try:
            self._insert(conn, insert)
        finally:
            self.restore(conn)

    def restore(self, conn: sa.Connection) -> None:
        """The row triggers as they were (a no-op unless they are set aside)."""
        if self._aside:
            self._aside = False
            # After an error that rolled the transaction back the triggers are back already.
            if conn.connection.driver_connection.in_transaction:
                for _name, sql in self.triggers:
                    conn.exec_driver_sql(sql)

    def _set_aside(self, conn: sa.Connection) -> None:
        if not self._aside:
            for name, _sql in self.triggers:
                conn.exec_driver_sql(f"DROP TRIGGER main.{name}")
            self._aside = True

    def _insert(self, conn: sa.Connection, insert: Callable[[], int]) -> None:
        before = conn.exec_driver_sql(f"SELECT max(rowid) FROM main.{self.table}").scalar() or 0
        if before >= 1 << 62:  # near the largest rowid SQLite picks new ones at random
            self.restore(conn)
            insert()
            return
        self._set_aside(conn)
        self._replay(conn, before, insert())

    def _replay(self, conn: sa.Connection, before: int, added: int) -> None:
        for statement in self.statements:
            conn.exec_driver_sql(statement, (before,))
        new_rows = conn.exec_driver_sql(
            f"SELECT count(*) FROM main.{self.table} WHERE rowid > ?", (before,)
        ).scalar()  # fmt: skip
        if new_rows != added:
            raise RuntimeError(f"bulk copy into {self.table}: {added} rows copied, "
                               f"{new_rows} new rows")  # fmt: skip


def stored(type_: sa.types.TypeEngine, value):
    """A Python value in the form SQLite stores it for this column type."""
    if value is None:
        return None
    if isinstance(type_, sa.types.TypeDecorator):  # e.g. Milli: Decimal → integer thousandths
        return stored(type_.impl_instance, type_.process_bind_param(value, None))
    if isinstance(type_, sa.Uuid):
        return value if isinstance(value, str) else value.hex
    if isinstance(type_, sa.Numeric):
        return float(value)
    if isinstance(type_, sa.Boolean):
        return int(value)
    if isinstance(type_, sa.Date):
        return value.isoformat()
    return value


def _decoder(type_: sa.types.TypeEngine) -> Callable:
    def optional(convert: Callable) -> Callable:
        return lambda v: None if v is None else convert(v)

    if isinstance(type_, sa.types.TypeDecorator):
        return optional(lambda v: type_.process_result_value(v, None))
    if isinstance(type_, sa.Uuid):
        return optional(lambda v: uuid.UUID(hex=v))
    if isinstance(type_, sa.Numeric):
        return optional(lambda v: Decimal(str(v)))
    if isinstance(type_, sa.Boolean):
        return optional(bool)
    if isinstance(type_, sa.DateTime):
        return optional(lambda v: datetime.strptime(v, DATETIME_TEXT))
    if isinstance(type_, sa.Date):
        return optional(date.fromisoformat)
    if isinstance(type_, sa.JSON):
        return optional(json.loads)
    return lambda v: v
