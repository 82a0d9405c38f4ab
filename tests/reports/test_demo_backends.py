"""The demo commune and its season (app/services/demo.py) on SQLite and on PostgreSQL: the same
seed makes the same season on both, and the daily report gives the same figures.

On PostgreSQL the season used to stop at its first give on a stock check: the lists' entitlement
lines were written a thousand times too large there (list_building's non-SQLite path)."""

from __future__ import annotations

from app.reports.common import make_period
from app.reports.daily import daily_report
from app.services.demo import generate_demo

HOUSEHOLDS = 120


def _figures(db) -> tuple:
    r = daily_report(db, make_period(None, None))
    aid = sorted((a.program, a.item.code, a.households, a.persons, a.quantity, a.households_total,
                  a.persons_total, a.quantity_total, a.planned) for a in r.aid)  # fmt: skip
    stock = sorted((x.item.code, x.received, x.given, x.adjusted, x.remaining) for x in r.stock)
    needs = sorted((n.kind, n.urgency, n.needs, n.households, n.quantity) for n in r.needs)
    return aid, stock, needs, r.households_reached_total


def test_the_demo_season_is_the_same_on_both_backends(sqlite_empty_db, pg_empty_db):
    on_sqlite = generate_demo(sqlite_empty_db, HOUSEHOLDS, seed=2)
    on_postgresql = generate_demo(pg_empty_db, HOUSEHOLDS, seed=2)
    assert on_postgresql.season is not None and on_postgresql.season.receipts > 0
    assert (on_postgresql.households, on_postgresql.persons, on_postgresql.season.list_rows,
            on_postgresql.season.receipts, on_postgresql.season.donations) == (
        on_sqlite.households, on_sqlite.persons, on_sqlite.season.list_rows,
        on_sqlite.season.receipts, on_sqlite.season.donations)  # fmt: skip
    aid, stock, needs, reached = _figures(pg_empty_db)
    assert aid and reached > 0
    assert all(remaining >= 0 for *_, remaining in stock)
    assert (aid, stock, needs, reached) == _figures(sqlite_empty_db)
