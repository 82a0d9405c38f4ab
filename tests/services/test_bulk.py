"""app/services/bulk.py: rows staged many to a statement, and keys made a batch at a time."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
import sqlalchemy as sa

from app.models import Person
from app.services import bulk

COLUMNS = ("household_id", "full_name", "name_folded", "birth_year", "note")


def _out() -> bulk.BulkInsert:
    return bulk.BulkInsert(Person.__table__, COLUMNS, "tester", datetime(2026, 1, 1),
                           uuid.uuid4())  # fmt: skip


def _rows(n: int) -> list[tuple]:
    return [(f"{i:032x}", f"Người {i}", f"nguoi {i}", 1900 + i % 100, None if i % 3 else "ghi chú",
             f"{i + 1:032x}", i) for i in range(n)]  # fmt: skip


@pytest.mark.parametrize("n", [0, 1, 199, 200, 450])
def test_staged_rows_arrive_whole_and_in_order(empty_db, n):
    out = _out()
    rows = _rows(n)
    with empty_db.write("tester") as s:
        conn = s.connection()
        out.stage_rows(conn, rows)
        staged = conn.exec_driver_sql(f"SELECT * FROM temp.{out.stage} ORDER BY rowid").all()
        out.finish(conn)
    assert [tuple(r) for r in staged] == rows


def test_a_row_of_another_width_is_refused(empty_db):
    out = _out()
    rows = _rows(300)
    rows[120] = rows[120][:-1]  # one value short: the rest would shift by one
    with pytest.raises(ValueError, match="values expected"), empty_db.write("tester") as s:
        out.stage_rows(s.connection(), rows)


def test_a_value_sqlite_cannot_store_fails_as_through_sqlalchemy(empty_db):
    out = _out()
    rows = _rows(250)
    rows[10] = (*rows[10][:3], {"not": "storable"}, *rows[10][4:])
    with pytest.raises(sa.exc.StatementError), empty_db.write("tester") as s:
        out.stage_rows(s.connection(), rows)


def test_keys_made_a_batch_at_a_time_are_version_7_and_keep_rising():
    ids = bulk.FastIds()
    keys = [ids(), *ids.many(5000), ids(), *ids.many(3)]
    take = ids.stream(batch=7)
    keys += [take() for _ in range(20)]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    for key in keys:
        u = uuid.UUID(hex=key)
        assert len(key) == 32 and u.version == 7 and u.variant == uuid.RFC_4122
    assert len({k[16] for k in keys}) > 1  # the variant digit carries random bits too
