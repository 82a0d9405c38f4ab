"""`aid_given_day`: what was given per day, program and item, kept by the database (decision 0010).

A province's ledger has millions of receipt lines; summing them, and joining each to its list
row for the persons, took the daily report 80 s and the dashboard over a second. The ledger is
append-only, so a per-day sum can be kept exact by triggers:

- a receipt line of a give adds one household, its list row's persons and its quantity to the
  live figures of its day, and its quantity to the day's movement;
- a line of a reversal (negative) takes its give's household, persons and quantity away from the
  give's day (the live gives are dated by the give), and adds its quantity to the movement of
  its own day (the stock moved back that day);
- a list row whose persons change (or, never in practice, its program or household) moves the
  persons of its live lines from the old figure to the new one.

So the table always equals `REBUILD` run afresh (tests check it after gives, reversals and list
changes). The triggers are plain SQL on SQLite and PL/pgSQL on PostgreSQL. They are not of the
one-INSERT shape that bulk copies replay (app/services/bulk.py, app/sync/store.py), so those fall
back to row triggers for these two tables — correct, and they are not bulk-loaded in practice.
"""

from __future__ import annotations

import sqlalchemy as sa

from app.reports import kept_triggers

TABLE = "aid_given_day"
COLUMNS = "given_on, program_id, item_id, households, persons, quantity_milli, moved_milli"
KEY = "given_on, program_id, item_id"

# The give a reversal line reverses: the live figures it takes away are those of that day.
_GIVE_DAY = (
    "(SELECT o.given_on FROM receipt AS r JOIN receipt AS o ON o.id = r.reverses_id "
    "WHERE r.id = NEW.receipt_id)"
)
_PERSONS = (
    "(SELECT persons FROM recipient WHERE program_id = NEW.program_id "
    "AND household_id = NEW.household_id)"
)


def _live_lines_of(row: str) -> str:
    """How many live lines the list row `row` (OLD or NEW) has on the aid_given_day row."""
    return (
        f"(SELECT count(*) FROM receipt_line AS l WHERE l.household_id = {row}.household_id "
        f"AND l.program_id = {row}.program_id AND l.item_id = {TABLE}.item_id "
        f"AND l.given_on = {TABLE}.given_on AND l.quantity_milli > 0 AND NOT EXISTS "
        f"(SELECT 1 FROM receipt AS v WHERE v.reverses_id = l.receipt_id))"
    )


def _move_persons(row: str, sign: str) -> str:
    return (
        f"UPDATE {TABLE} SET persons = persons {sign} {row}.persons * {_live_lines_of(row)} "
        f"WHERE program_id = {row}.program_id AND given_on IN (SELECT given_on FROM receipt_line "
        f"WHERE household_id = {row}.household_id AND program_id = {row}.program_id "
        f"AND quantity_milli > 0)"
    )


SQLITE_TRIGGERS = {
    "trg_receipt_line_given_day": (
        "CREATE TRIGGER trg_receipt_line_given_day AFTER INSERT ON receipt_line BEGIN "
        f"INSERT INTO {TABLE} ({COLUMNS}) VALUES (NEW.given_on, NEW.program_id, NEW.item_id, "
        f"0, 0, 0, NEW.quantity_milli) ON CONFLICT ({KEY}) DO UPDATE SET "
        "moved_milli = moved_milli + excluded.moved_milli; "
        f"INSERT INTO {TABLE} ({COLUMNS}) SELECT coalesce(CASE WHEN NEW.quantity_milli > 0 "
        f"THEN NEW.given_on END, {_GIVE_DAY}, NEW.given_on), NEW.program_id, NEW.item_id, "
        "CASE WHEN NEW.quantity_milli > 0 THEN 1 ELSE -1 END, "
        f"CASE WHEN NEW.quantity_milli > 0 THEN 1 ELSE -1 END * coalesce({_PERSONS}, 0), "
        f"NEW.quantity_milli, 0 WHERE true ON CONFLICT ({KEY}) DO UPDATE SET "
        "households = households + excluded.households, persons = persons + excluded.persons, "
        "quantity_milli = quantity_milli + excluded.quantity_milli; END"
    ),
    "trg_recipient_given_day": (
        "CREATE TRIGGER trg_recipient_given_day AFTER UPDATE OF program_id, household_id, "
        "persons ON recipient WHEN NEW.persons IS NOT OLD.persons OR NEW.program_id IS NOT "
        "OLD.program_id OR NEW.household_id IS NOT OLD.household_id BEGIN "
        f"{_move_persons('OLD', '-')}; {_move_persons('NEW', '+')}; END"
    ),
}

PG_FUNCTIONS = [
    "CREATE OR REPLACE FUNCTION lalanh_given_day_line() RETURNS trigger AS $$ "
    "DECLARE day date; sign integer; n integer; BEGIN "
    "IF NEW.quantity_milli > 0 THEN day := NEW.given_on; sign := 1; "
    f"ELSE day := coalesce({_GIVE_DAY}, NEW.given_on); sign := -1; END IF; "
    f"n := coalesce({_PERSONS}, 0); "
    f"INSERT INTO {TABLE} AS t ({COLUMNS}) VALUES (NEW.given_on, NEW.program_id, NEW.item_id, "
    f"0, 0, 0, NEW.quantity_milli) ON CONFLICT ({KEY}) DO UPDATE SET "
    "moved_milli = t.moved_milli + excluded.moved_milli; "
    f"INSERT INTO {TABLE} AS t ({COLUMNS}) VALUES (day, NEW.program_id, NEW.item_id, sign, "
    f"sign * n, NEW.quantity_milli, 0) ON CONFLICT ({KEY}) DO UPDATE SET "
    "households = t.households + excluded.households, persons = t.persons + excluded.persons, "
    "quantity_milli = t.quantity_milli + excluded.quantity_milli; "
    "RETURN NULL; END; $$ LANGUAGE plpgsql",
    "CREATE OR REPLACE FUNCTION lalanh_given_day_recipient() RETURNS trigger AS $$ BEGIN "
    "IF NEW.persons IS DISTINCT FROM OLD.persons OR NEW.program_id IS DISTINCT FROM "
    "OLD.program_id OR NEW.household_id IS DISTINCT FROM OLD.household_id THEN "
    f"{_move_persons('OLD', '-')}; {_move_persons('NEW', '+')}; END IF; "
    "RETURN NULL; END; $$ LANGUAGE plpgsql",
]
PG_TRIGGERS = {
    "trg_receipt_line_given_day": ("receipt_line", "AFTER INSERT", "lalanh_given_day_line"),
    "trg_recipient_given_day": ("recipient", "AFTER UPDATE", "lalanh_given_day_recipient"),
}

# The table from the ledger as it stands: what the triggers keep it equal to.
REBUILD = (
    f"INSERT INTO {TABLE} ({COLUMNS}) SELECT {KEY}, sum(households), sum(persons), "
    "sum(quantity_milli), sum(moved_milli) FROM ("
    "SELECT l.given_on, l.program_id, l.item_id, count(*) AS households, "
    "coalesce(sum(r.persons), 0) AS persons, sum(l.quantity_milli) AS quantity_milli, "
    "0 AS moved_milli FROM receipt_line AS l LEFT JOIN recipient AS r "
    "ON r.program_id = l.program_id AND r.household_id = l.household_id "
    "WHERE l.quantity_milli > 0 AND l.receipt_id NOT IN "
    "(SELECT reverses_id FROM receipt WHERE reverses_id IS NOT NULL) "
    "GROUP BY l.given_on, l.program_id, l.item_id "
    "UNION ALL SELECT given_on, program_id, item_id, 0, 0, 0, sum(quantity_milli) "
    "FROM receipt_line GROUP BY given_on, program_id, item_id"
    f") AS parts GROUP BY {KEY}"
)


def create_triggers(conn: sa.Connection) -> None:
    kept_triggers.create(conn, SQLITE_TRIGGERS, PG_FUNCTIONS, PG_TRIGGERS)


def drop_triggers(conn: sa.Connection) -> None:
    kept_triggers.drop(conn, SQLITE_TRIGGERS, PG_TRIGGERS)


def rebuild(conn: sa.Connection) -> None:
    """Compute the table again from the ledger (the migration's first fill; a bench that loaded
    receipt lines with the triggers off)."""
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    conn.exec_driver_sql(REBUILD)


def differences(conn: sa.Connection) -> list[tuple]:
    """Rows where the kept table and a fresh computation differ (empty: exact)."""
    cols = COLUMNS.split(", ")
    kept = {tuple(r[:3]): tuple(r[3:]) for r in conn.exec_driver_sql(
        f"SELECT {COLUMNS} FROM {TABLE}")}  # fmt: skip
    fresh_sql = REBUILD.split(f"INSERT INTO {TABLE} ({COLUMNS}) ", 1)[1]
    fresh = {tuple(r[:3]): tuple(r[3:]) for r in conn.exec_driver_sql(fresh_sql)}
    out = []
    for key in sorted(kept.keys() | fresh.keys(), key=str):
        if kept.get(key) != fresh.get(key):
            out.append((dict(zip(cols[:3], key, strict=True)), kept.get(key), fresh.get(key)))
    return out
