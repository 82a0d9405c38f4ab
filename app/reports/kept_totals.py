"""Two more figures the database keeps itself (decision 0010): the households reached, and a
program's plan.

`aid_reached` (household → the day of its first live give, any program). "Households reached
up to day D" — the daily report's cumulative figure — was a walk of every live receipt line
(2.9 M on a province's database, 3 s of CPU); now it is a count over an index of this table:

- a give's line (quantity > 0, its receipt not reversed) moves the household's day earlier
  if it is earlier;
- a reversal's line (≤ 0) takes a give away: the household's day is computed again from its
  live lines (a few, through the household index), or the household leaves the table.

Because a give's line checks that its receipt is not reversed already, and a reversal
recomputes, the table is exact whatever order lines arrive in (a sync bundle).

`program_plan` (program, item → the entitlement lines of the rows listed now: how many, and
their quantity). The daily report's and the dashboard's "planned" summed the entitlements of
every listed row of the programs running (600,000 lines for two programs of 300,000 rows:
2.4 s). Kept by triggers on `entitlement` (insert, update, delete: a line counts while its row
is listed) and on `recipient` (a row listed or removed, or moved to another program, adds or
takes away its lines). A list built in bulk (app/services/list_building.py) adds its new
lines' totals in one statement per chunk instead of once per line (`bulk_plan`).

Neither table is synced: each office derives them from the rows it holds. The triggers are
plain SQL on SQLite and PL/pgSQL on PostgreSQL. `REBUILD_*` computes each afresh (the
migration's fill); `differences()` compares kept and fresh (tests).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from app.reports import kept_triggers

REACHED = "aid_reached"
PLAN = "program_plan"

_REVERSED = "EXISTS (SELECT 1 FROM receipt AS v WHERE v.reverses_id = {line}.receipt_id)"
# The household's first live line, from the household index (household, quantity, receipt,
# given_on) alone.
_GIVE_MOVES_EARLIER = (
    f"INSERT INTO {REACHED} (household_id, first_on) "
    "SELECT NEW.household_id, NEW.given_on WHERE NEW.quantity_milli > 0 "
    f"AND NOT {_REVERSED.format(line='NEW')} "
    "ON CONFLICT (household_id) DO UPDATE SET first_on = excluded.first_on "
    f"WHERE excluded.first_on < {REACHED}.first_on"
)
_REVERSAL_FORGETS = (
    f"DELETE FROM {REACHED} WHERE NEW.quantity_milli <= 0 AND household_id = NEW.household_id"
)
# The household's first live line again, from the household index (household, quantity,
# receipt, given_on) alone.
_REVERSAL_RECOMPUTES = (
    f"INSERT INTO {REACHED} (household_id, first_on) "
    "SELECT l.household_id, min(l.given_on) FROM receipt_line AS l "
    "WHERE NEW.quantity_milli <= 0 AND l.household_id = NEW.household_id "
    f"AND l.quantity_milli > 0 AND NOT {_REVERSED.format(line='l')} GROUP BY l.household_id"
)

# The program of a listed row, NULL when the row is not listed.
_LISTED = "(SELECT program_id FROM recipient WHERE id = {row}.recipient_id AND status = 'listed')"


def _plan_add(row: str, sign: str) -> str:
    """Add (sign '+') or take away ('-') the entitlement line `row` (NEW or OLD)."""
    if sign == "+":
        return (
            f"INSERT INTO {PLAN} (program_id, item_id, lines, quantity_milli) "
            f"SELECT program_id, {row}.item_id, 1, {row}.quantity_milli FROM recipient "
            f"WHERE id = {row}.recipient_id AND status = 'listed' "
            f"ON CONFLICT (program_id, item_id) DO UPDATE SET lines = {PLAN}.lines + excluded.lines, "
            f"quantity_milli = {PLAN}.quantity_milli + excluded.quantity_milli"
        )
    return (
        f"UPDATE {PLAN} SET lines = lines - 1, quantity_milli = quantity_milli - "
        f"{row}.quantity_milli WHERE item_id = {row}.item_id AND program_id = "
        f"{_LISTED.format(row=row)}"
    )


# A list row listed or removed (or moved to another program): all its lines at once.
_ROW_TAKES_AWAY = (
    f"UPDATE {PLAN} SET lines = lines - 1, quantity_milli = quantity_milli - (SELECT "
    f"e.quantity_milli FROM entitlement AS e WHERE e.recipient_id = OLD.id AND e.item_id = "
    f"{PLAN}.item_id) WHERE OLD.status = 'listed' AND program_id = OLD.program_id AND item_id IN "
    "(SELECT item_id FROM entitlement WHERE recipient_id = OLD.id)"
)
_ROW_ADDS = (
    f"INSERT INTO {PLAN} (program_id, item_id, lines, quantity_milli) "
    "SELECT NEW.program_id, e.item_id, 1, e.quantity_milli FROM entitlement AS e "
    "WHERE e.recipient_id = NEW.id AND NEW.status = 'listed' "
    f"ON CONFLICT (program_id, item_id) DO UPDATE SET lines = {PLAN}.lines + excluded.lines, "
    f"quantity_milli = {PLAN}.quantity_milli + excluded.quantity_milli"
)
_ROW_CHANGED = (
    "(OLD.status = 'listed') IS NOT (NEW.status = 'listed') OR NEW.program_id IS NOT OLD.program_id"
)

PLAN_INSERT_TRIGGER = "trg_entitlement_plan_insert"
SQLITE_TRIGGERS = {
    "trg_receipt_line_reached": (
        "CREATE TRIGGER trg_receipt_line_reached AFTER INSERT ON receipt_line BEGIN "
        f"{_GIVE_MOVES_EARLIER}; {_REVERSAL_FORGETS}; {_REVERSAL_RECOMPUTES}; END"
    ),
    PLAN_INSERT_TRIGGER: (
        f"CREATE TRIGGER {PLAN_INSERT_TRIGGER} AFTER INSERT ON entitlement BEGIN "
        f"{_plan_add('NEW', '+')}; END"
    ),
    "trg_entitlement_plan_delete": (
        "CREATE TRIGGER trg_entitlement_plan_delete AFTER DELETE ON entitlement BEGIN "
        f"{_plan_add('OLD', '-')}; END"
    ),
    "trg_entitlement_plan_update": (
        "CREATE TRIGGER trg_entitlement_plan_update AFTER UPDATE OF recipient_id, item_id, "
        f"quantity_milli ON entitlement BEGIN {_plan_add('OLD', '-')}; {_plan_add('NEW', '+')}; END"
    ),
    "trg_recipient_plan": (
        "CREATE TRIGGER trg_recipient_plan AFTER UPDATE OF status, program_id ON recipient "
        f"WHEN {_ROW_CHANGED} BEGIN {_ROW_TAKES_AWAY}; {_ROW_ADDS}; END"
    ),
}

PG_FUNCTIONS = [
    "CREATE OR REPLACE FUNCTION lalanh_reached_line() RETURNS trigger AS $$ BEGIN "
    f"{_GIVE_MOVES_EARLIER}; {_REVERSAL_FORGETS}; {_REVERSAL_RECOMPUTES}; "
    "RETURN NULL; END; $$ LANGUAGE plpgsql",
    "CREATE OR REPLACE FUNCTION lalanh_plan_entitlement() RETURNS trigger AS $$ BEGIN "
    f"IF TG_OP IN ('UPDATE', 'DELETE') THEN {_plan_add('OLD', '-')}; END IF; "
    f"IF TG_OP IN ('UPDATE', 'INSERT') THEN {_plan_add('NEW', '+')}; END IF; "
    "RETURN NULL; END; $$ LANGUAGE plpgsql",
    "CREATE OR REPLACE FUNCTION lalanh_plan_recipient() RETURNS trigger AS $$ BEGIN "
    f"IF {_ROW_CHANGED.replace(' IS NOT ', ' IS DISTINCT FROM ')} THEN "
    f"{_ROW_TAKES_AWAY}; {_ROW_ADDS}; END IF; RETURN NULL; END; $$ LANGUAGE plpgsql",
]
PG_TRIGGERS = {
    "trg_receipt_line_reached": ("receipt_line", "AFTER INSERT", "lalanh_reached_line"),
    "trg_entitlement_plan": (
        "entitlement",
        "AFTER INSERT OR UPDATE OR DELETE",
        "lalanh_plan_entitlement",
    ),  # fmt: skip
    "trg_recipient_plan": ("recipient", "AFTER UPDATE", "lalanh_plan_recipient"),
}

# The tables from the rows as they stand: what the triggers keep them equal to.
FRESH_REACHED = (
    "SELECT l.household_id, min(l.given_on) FROM receipt_line AS l WHERE l.quantity_milli > 0 "
    "AND l.receipt_id NOT IN (SELECT reverses_id FROM receipt WHERE reverses_id IS NOT NULL) "
    "GROUP BY l.household_id"
)
FRESH_PLAN = (
    "SELECT r.program_id, e.item_id, count(*), sum(e.quantity_milli) FROM entitlement AS e "
    "JOIN recipient AS r ON r.id = e.recipient_id WHERE r.status = 'listed' "
    "GROUP BY r.program_id, e.item_id"
)


def create_triggers(conn: sa.Connection) -> None:
    kept_triggers.create(conn, SQLITE_TRIGGERS, PG_FUNCTIONS, PG_TRIGGERS)


def drop_triggers(conn: sa.Connection) -> None:
    kept_triggers.drop(conn, SQLITE_TRIGGERS, PG_TRIGGERS)


def rebuild(conn: sa.Connection) -> None:
    """Both tables afresh (the migration's fill; a bench that loaded rows with triggers off)."""
    conn.exec_driver_sql(f"DELETE FROM {REACHED}")
    conn.exec_driver_sql(f"INSERT INTO {REACHED} (household_id, first_on) {FRESH_REACHED}")
    conn.exec_driver_sql(f"DELETE FROM {PLAN}")
    conn.exec_driver_sql(
        f"INSERT INTO {PLAN} (program_id, item_id, lines, quantity_milli) {FRESH_PLAN}"
    )


def differences(conn: sa.Connection) -> list[tuple]:
    """(table, key, kept, fresh) where the kept tables and a fresh computation differ. A plan
    row with no lines left is the same as none."""
    out = []
    kept = {
        r[0]: r[1] for r in conn.exec_driver_sql(f"SELECT household_id, first_on FROM {REACHED}")
    }
    fresh = {r[0]: r[1] for r in conn.exec_driver_sql(FRESH_REACHED)}
    for key in sorted(kept.keys() | fresh.keys(), key=str):
        if kept.get(key) != fresh.get(key):
            out.append((REACHED, key, kept.get(key), fresh.get(key)))
    kept = {tuple(r[:2]): tuple(r[2:]) for r in conn.exec_driver_sql(
        f"SELECT program_id, item_id, lines, quantity_milli FROM {PLAN} WHERE lines <> 0 "
        "OR quantity_milli <> 0")}  # fmt: skip
    fresh = {tuple(r[:2]): tuple(r[2:]) for r in conn.exec_driver_sql(FRESH_PLAN)}
    for key in sorted(kept.keys() | fresh.keys(), key=str):
        if kept.get(key) != fresh.get(key):
            out.append((PLAN, key, kept.get(key), fresh.get(key)))
    return out


@contextmanager
def bulk_plan(conn: sa.Connection) -> Iterator[None]:
    """SQLite: entitlement lines inserted in bulk without the per-line plan trigger (3 µs a
    line); the caller adds their totals itself with `bulk_plan_sql` in the same transaction.
    The trigger is restored after, also on error (and a rollback restores it anyway)."""
    if conn.dialect.name != "sqlite":
        yield
        return
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {PLAN_INSERT_TRIGGER}")
    try:
        yield
    finally:
        conn.exec_driver_sql(SQLITE_TRIGGERS[PLAN_INSERT_TRIGGER])


def bulk_plan_sql(program_hex: str, lines_select: str) -> str:
    """The totals of new listed rows' lines of one program, added to its plan: `lines_select`
    yields (item_id, quantity_milli), one row per line."""
    return (
        f"INSERT INTO main.{PLAN} (program_id, item_id, lines, quantity_milli) "
        f"SELECT '{program_hex}', item_id, count(*), sum(quantity_milli) FROM ({lines_select}) "
        "WHERE true GROUP BY item_id ON CONFLICT (program_id, item_id) DO UPDATE SET "
        f"lines = {PLAN}.lines + excluded.lines, quantity_milli = {PLAN}.quantity_milli + excluded.quantity_milli"
    )
