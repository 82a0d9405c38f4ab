"""Creating and dropping the triggers that keep a summary table exact (aid_given_day,
aid_reached, program_plan), the same way on SQLite and PostgreSQL.

`sqlite`: trigger name → its CREATE TRIGGER. `pg_functions`: the CREATE FUNCTION statements.
`pg_triggers`: trigger name → (table, event, function), e.g. ("receipt_line",
"AFTER INSERT", "lalanh_reached_line").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import sqlalchemy as sa


def create(conn: sa.Connection, sqlite: Mapping[str, str], pg_functions: Sequence[str],
           pg_triggers: Mapping[str, tuple[str, str, str]]) -> None:  # fmt: skip
    if conn.dialect.name == "postgresql":
        for ddl in pg_functions:
            conn.exec_driver_sql(ddl)
        for name, (table, event, function) in pg_triggers.items():
            conn.exec_driver_sql(f"CREATE TRIGGER {name} {event} ON {table} "
                                 f"FOR EACH ROW EXECUTE FUNCTION {function}()")  # fmt: skip
    else:
        for ddl in sqlite.values():
            conn.exec_driver_sql(ddl)


def drop(conn: sa.Connection, sqlite: Mapping[str, str],
         pg_triggers: Mapping[str, tuple[str, str, str]]) -> None:  # fmt: skip
    if conn.dialect.name == "postgresql":
        for name, (table, _event, _function) in pg_triggers.items():
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for function in dict.fromkeys(f for _t, _e, f in pg_triggers.values()):
            conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {function}()")
    else:
        for name in sqlite:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
