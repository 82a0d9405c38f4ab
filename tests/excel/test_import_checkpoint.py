"""A large import leaves SQLite's WAL checkpoint to a thread that runs after it returns
(committing.py): the import's connection gets its automatic checkpoint back, committed or
not, and the log is copied into the database afterwards."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from app.excel import committing, importer
from tests.excel.test_import import PERSON_HEADER, TITLE, plan_for, xlsx
from tests.excel.test_import_capture import _family_rows


@pytest.fixture
def empty_db(sqlite_empty_db):
    """SQLite only: its own write path (tests/excel/conftest.py runs the rest on both)."""
    return sqlite_empty_db


def _held(db) -> list[sa.Connection]:
    """Every connection the pool holds, and one more."""
    return [db.engine.connect() for _ in range(db.engine.pool.checkedin() + 1)]


def _settings(db) -> set[int]:
    """wal_autocheckpoint of every connection the pool holds."""
    held = [db.engine.connect() for _ in range(max(1, db.engine.pool.checkedin()))]
    try:
        return {c.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() for c in held}
    finally:
        for c in held:
            c.close()


def _checkpoint_every_page(db) -> None:
    """Every commit checkpoints (a test's import is far below SQLite's 1000 pages)."""
    held = _held(db)
    for c in held:
        c.exec_driver_sql("PRAGMA wal_autocheckpoint=1")
        c.close()


def _in_file(db) -> bool:
    """Is the whole database in its file (nothing waiting in the WAL)?"""
    with db.engine.connect() as c:
        pages = c.exec_driver_sql("PRAGMA page_count").scalar()
        size = c.exec_driver_sql("PRAGMA page_size").scalar()
    return os.path.getsize(db.engine.url.database) == pages * size


def test_a_large_import_checkpoints_after_it_returns(db, tmp_path, monkeypatch):
    monkeypatch.setattr(committing, "CHUNK", 7)  # 30 households: "large"
    plan = plan_for(db, xlsx(tmp_path, TITLE + [PERSON_HEADER] + _family_rows(30)))
    _checkpoint_every_page(db)
    later = []
    monkeypatch.setattr(committing, "_checkpoint_soon", later.append)
    result = importer.commit_plan(db, "tester", plan)
    assert result.households_added == 30
    assert later == [db]
    assert not _in_file(db)  # not checkpointed when it committed
    assert _settings(db) == {1}  # the import's connection has its setting back
    monkeypatch.undo()
    committing._checkpoint_soon(db)  # what commit_plan starts
    committing.wait_for_checkpoints(30)
    assert not any(t.is_alive() for t in committing._checkpoints)
    assert _in_file(db)


def test_a_small_import_checkpoints_as_usual(db, tmp_path, monkeypatch):
    plan = plan_for(db, xlsx(tmp_path, TITLE + [PERSON_HEADER] + _family_rows(5)))
    started = []
    monkeypatch.setattr(committing, "_checkpoint_soon", started.append)
    assert importer.commit_plan(db, "tester", plan).households_added == 5
    assert started == []
    assert _settings(db) == {1000}


def test_a_failed_import_gives_the_setting_back_and_starts_nothing(db, tmp_path, monkeypatch):
    monkeypatch.setattr(committing, "CHUNK", 7)
    plan = plan_for(db, xlsx(tmp_path, TITLE + [PERSON_HEADER] + _family_rows(30)))
    started = []
    monkeypatch.setattr(committing, "_checkpoint_soon", started.append)

    def fail(*_args, **_kwargs):
        raise sa.exc.OperationalError("INSERT", (), Exception("disk I/O error"))

    monkeypatch.setattr(committing, "_insert_new", fail)
    with pytest.raises(sa.exc.OperationalError):
        importer.commit_plan(db, "tester", plan)
    assert started == []
    assert _settings(db) == {1000}
