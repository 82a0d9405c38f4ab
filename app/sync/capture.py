"""Change capture (SYNC.md §3).

Two parts, so that no write path can forget it:
- `stamp_session_changes` runs before every ORM flush and stamps each new or
  changed synced row with the next HLC value, its version, per-field stamps
  and who/when; bulk Core writers use `Stamper` for the same columns.
- Database triggers, generated here for every synced table, append every
  insert and update to the outbox in the same transaction, and refuse
  physical deletes. A test checks that every synced table has them.

Per-field stamps are stored sparsely (`field_hlc`): a field that is not in
the map was last written at the map's "_" stamp, or, without one, at the
row's own `hlc`. A new row therefore stores `{}`; an edit records the row's
previous stamp under "_" and the new stamp for the fields it changed. Most
rows are never edited, and a full map per row doubled the size of the
registry. Read a field's stamp with `field_stamp`.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from app.models import Installation, Synced
from app.sync import hlc

# Columns that describe a change rather than the record; not merged field by field.
_META_FIELDS = {"id", "origin_office_id", "version", "hlc", "field_hlc", "created_at",
                "updated_at", "created_by", "updated_by"}  # fmt: skip


class Stamper:
    """Issues HLC stamps for one transaction and persists the clock at the end."""

    def __init__(self, connection: sa.Connection):
        self.connection = connection
        row = connection.execute(
            sa.select(Installation.last_hlc, Installation.office_id).where(Installation.id == 1)
        ).first()
        if row is None:
            raise RuntimeError("the installation row is missing: set up the office first")
        self.last, self.office_id = row

    def next(self) -> int:
        self.last = hlc.tick(self.last)
        return self.last

    def reserve(self, n: int) -> int:
        """The first of `n` consecutive stamps, for a bulk insert (one tick, not n).

        Consecutive integers are valid stamps: a counter that overflows carries
        into the millisecond, as `hlc.tick` does.
        """
        first = self.next()
        self.last = first + max(n, 1) - 1
        return first

    def save(self) -> None:
        self.connection.execute(
            sa.update(Installation).where(Installation.id == 1).values(last_hlc=self.last)
        )

    def new_row(self, values: dict, user: str, now: datetime) -> dict:
        """Fill the synced columns of a row inserted with Core."""
        stamp = self.next()
        values.setdefault("origin_office_id", self.office_id)
        values.update(
            version=1, hlc=stamp, voided=values.get("voided", False), field_hlc={},
            created_at=now, updated_at=now, created_by=user, updated_by=user,
        )  # fmt: skip
        return values


DEFAULT_STAMP = "_"
# In a row's field stamps, "<" maps each identity field edited to [the stamp that edit
# replaced, the office that made it]: how two offices' edits are told concurrent from
# sequential (app/sync/apply.py, decision 0007). Not a field name, so field_stamp ignores it.
BASE_KEY = "<"
# Identity and eligibility fields (SYNC.md §6): concurrent edits of these raise a conflict
# for review; every other field is merged by last-writer-wins alone.
HARD_FIELDS: dict[str, frozenset[str]] = {
    "person": frozenset({"full_name", "id_number", "old_id_number", "birth_date", "birth_year",
                         "gender", "household_id", "relation", "voided"}),
    "household": frozenset({"hamlet_id", "code", "voided"}),
    "category_assignment": frozenset({"category_id", "household_id", "person_id", "voided"}),
    "need": frozenset({"voided"}),
}  # fmt: skip


def field_stamp(field_hlc: dict | None, row_hlc: int, field: str) -> int:
    """The HLC stamp of a field's last change (see the module docstring)."""
    stamps = field_hlc or {}
    return stamps.get(field, stamps.get(DEFAULT_STAMP, row_hlc))


class LedgerChangeError(RuntimeError):
    """A programming error: code tried to change or delete a ledger row."""


def stamp_session_changes(session: Session, _flush_context, _instances) -> None:
    changed = [o for o in session.new if isinstance(o, Synced)]
    edited = [o for o in session.dirty if isinstance(o, Synced) and session.is_modified(o)]
    for obj in [*edited, *session.deleted]:
        if getattr(obj, "__ledger__", False):
            raise LedgerChangeError(f"{type(obj).__name__} rows are append-only")
    changed += edited
    if not changed:
        return
    user = session.info.get("user", "system")
    now = datetime.now().replace(microsecond=0)
    stamper = Stamper(session.connection())
    for obj in changed:
        stamp = stamper.next()
        state = inspect(obj)
        if state.pending:
            if obj.id is None:
                from app.ids import uuid7

                obj.id = uuid7()
            if obj.origin_office_id is None:
                obj.origin_office_id = stamper.office_id
            obj.field_hlc = {}  # every field at the row's stamp
            obj.version = 1
            obj.created_at = now
            obj.created_by = user
        else:
            fields = [
                attr.key for attr in state.attrs
                if attr.key not in _META_FIELDS and attr.history.has_changes()
            ]  # fmt: skip
            stamps = dict(obj.field_hlc or {})
            hard = HARD_FIELDS.get(obj.__tablename__, ())
            bases = {f: [field_stamp(stamps, obj.hlc, f), stamper.office_id.hex]
                     for f in fields if f in hard}  # fmt: skip
            stamps.setdefault(DEFAULT_STAMP, obj.hlc)  # the untouched fields keep the old stamp
            stamps.update(dict.fromkeys(fields, stamp))
            if bases:
                stamps[BASE_KEY] = {**stamps.get(BASE_KEY, {}), **bases}
            obj.field_hlc = stamps
            obj.version = (obj.version or 0) + 1
        obj.hlc = stamp
        obj.updated_at = now
        obj.updated_by = user
    stamper.save()


def install_session_hooks(session_class: type[Session] | Session) -> None:
    event.listen(session_class, "before_flush", stamp_session_changes)


# --- triggers ---------------------------------------------------------------


def trigger_ddl(table: sa.Table) -> list[str]:
    """SQLite triggers that feed the outbox and forbid deletes for one synced table."""
    name = table.name
    columns = "table_name, row_id, op, hlc, base_version"
    return [
        f"CREATE TRIGGER trg_{name}_outbox_insert AFTER INSERT ON {name} BEGIN "
        f"INSERT INTO outbox ({columns}) VALUES ('{name}', NEW.id, 'I', NEW.hlc, NULL); END",
        f"CREATE TRIGGER trg_{name}_outbox_update AFTER UPDATE ON {name} BEGIN "
        f"INSERT INTO outbox ({columns}) VALUES ('{name}', NEW.id, 'U', NEW.hlc, OLD.version); END",
        f"CREATE TRIGGER trg_{name}_no_delete BEFORE DELETE ON {name} BEGIN "
        f"SELECT RAISE(ABORT, 'rows of {name} are never deleted; void them instead'); END",
    ]


def trigger_names(table_name: str) -> list[str]:
    return [f"trg_{table_name}_outbox_insert", f"trg_{table_name}_outbox_update",
            f"trg_{table_name}_no_delete"]  # fmt: skip


def ledger_trigger_ddl(table: sa.Table) -> list[str]:
    """SQLite triggers for an append-only ledger: inserts reach the outbox, nothing else is allowed."""
    name = table.name
    columns = "table_name, row_id, op, hlc, base_version"
    return [
        f"CREATE TRIGGER trg_{name}_outbox_insert AFTER INSERT ON {name} BEGIN "
        f"INSERT INTO outbox ({columns}) VALUES ('{name}', NEW.id, 'I', NEW.hlc, NULL); END",
        f"CREATE TRIGGER trg_{name}_no_update BEFORE UPDATE ON {name} BEGIN "
        f"SELECT RAISE(ABORT, 'rows of {name} are never changed; record a reversal instead'); END",
        f"CREATE TRIGGER trg_{name}_no_delete BEFORE DELETE ON {name} BEGIN "
        f"SELECT RAISE(ABORT, 'rows of {name} are never deleted; record a reversal instead'); END",
    ]


def ledger_trigger_names(table_name: str) -> list[str]:
    return [f"trg_{table_name}_outbox_insert", f"trg_{table_name}_no_update",
            f"trg_{table_name}_no_delete"]  # fmt: skip


# PostgreSQL: one function refuses, one trigger per ledger table calls it.
PG_LEDGER_FUNCTION = (
    "CREATE OR REPLACE FUNCTION lalanh_ledger_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'rows of % are never changed or deleted; record a reversal instead', "
    "TG_TABLE_NAME; END; $$ LANGUAGE plpgsql"
)


def pg_ledger_trigger_ddl(table_name: str) -> str:
    return (
        f"CREATE TRIGGER trg_{table_name}_append_only BEFORE UPDATE OR DELETE ON {table_name} "
        f"FOR EACH ROW EXECUTE FUNCTION lalanh_ledger_append_only()"
    )


def new_epoch() -> uuid.UUID:
    return uuid.uuid4()
