"""The import and export tests run on SQLite and on a PostgreSQL server (tests/pg.py): an office
that outgrows one PC imports its lists there too. Modules about SQLite's own write path (the
triggers replayed, the WAL checkpoint) keep to SQLite."""

import pytest


@pytest.fixture
def empty_db(either_empty_db):
    return either_empty_db
