"""The engine's tests that use a database run on SQLite and on a PostgreSQL server
(tests/pg.py): its lookups are raw SQL, with a form for each."""

import pytest


@pytest.fixture
def empty_db(either_empty_db):
    return either_empty_db
