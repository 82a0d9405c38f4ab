"""app/sync/parsing.py: the column-wise check of received rows gives exactly what the
row-by-row check gives — the same rows, or the same refusal naming the same value — on a
real batch and on copies of it with one value damaged at a time."""

from __future__ import annotations

import copy
import dataclasses

import pytest
import sync_sim as sim
from test_apply import household

from app.sync.batches import read_batch
from app.sync.columns import table_specs
from app.sync.parsing import parse_columns
from app.sync.store import BatchRefused, _parse, _parse_rows

BAD = [None, 0, 1, True, False, -1, 2**40, "", "x" * 301, "Nguye\u0302\u0303n", "e\u0301",
       "zz", "2026-13-01", "01a2", [], {}, ["a"], {"<": 1}, "0" * 32, "1.5"]  # fmt: skip


@pytest.fixture
def batch(tmp_path, _migrated_template):
    n = sim.Net()
    prov = sim.make_office(_migrated_template, tmp_path, "prov", "province", None, n)
    a = sim.make_office(_migrated_template, tmp_path, "a", "commune", prov, n)
    for name, number in (("Nguyễn Văn An", "001080123456"), ("Trần Văn Bình", "002080654321"),
                         ("Lê Văn Cường", "003080111222")):  # fmt: skip
        household(a, name, number)
    sealed = a.seal()
    yield read_batch(sealed.body)
    for o in (prov, a):
        o.db.dispose()


def outcome(fn, batch, spec, rows):
    try:
        return "ok", [dataclasses.asdict(r) for r in fn(batch, spec, rows)]
    except BatchRefused as exc:
        return "refused", exc.kind, exc.message


def test_a_sound_batch_is_read_column_by_column_as_row_by_row(batch):
    specs = table_specs()
    assert {t.table for t in batch.tables} >= {"office", "hamlet", "household", "person"}
    for t in batch.tables:
        spec = specs[t.table]
        fast = parse_columns(batch.hlc_max, spec, t.rows)
        assert fast is not None, t.table  # the fast path answers for a sound batch
        assert [dataclasses.asdict(r) for r in fast] == outcome(_parse_rows, batch, spec,
                                                                t.rows)[1]  # fmt: skip


def test_one_damaged_value_gives_the_row_by_row_answer(batch):
    specs = table_specs()
    tried = refused = 0
    for t in batch.tables:
        spec = specs[t.table]
        width = len(spec.wire_columns)
        for r in sorted({0, len(t.rows) - 1}):
            for c in range(width):
                for bad in BAD:
                    rows = copy.deepcopy(t.rows)
                    rows[r][c] = copy.deepcopy(bad)
                    expected = outcome(_parse_rows, batch, spec, rows)
                    assert outcome(_parse, batch, spec, rows) == expected, (t.table, r, c, bad)
                    if expected[0] == "refused":
                        assert parse_columns(batch.hlc_max, spec, rows) is None
                        refused += 1
                    tried += 1
    assert tried > 1000 and refused > tried // 2


def test_true_and_one_in_a_yes_no_column_are_told_apart(batch):
    """A set holds True and 1 as one value: the column of a boolean is checked value by value
    when both types are in it."""
    specs = table_specs()
    t = next(t for t in batch.tables if t.table == "person")
    spec = specs["person"]
    at = spec.wire_columns.index("voided")
    rows = copy.deepcopy(t.rows)
    assert len(rows) >= 2
    rows[0][at], rows[1][at] = True, 1
    assert parse_columns(batch.hlc_max, spec, rows) is None
    assert outcome(_parse, batch, spec, rows)[0] == "refused"
