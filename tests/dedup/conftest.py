"""The engine's tests that use a database run on SQLite and on a PostgreSQL server
(tests/pg.py): its lookups are raw SQL, with a form for each."""

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db(request):
    return request.getfixturevalue("sqlite_empty_db" if request.param == "sqlite"
                                   else "pg_empty_db")  # fmt: skip
