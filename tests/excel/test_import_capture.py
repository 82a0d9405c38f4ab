"""A bulk import runs the outbox and search-index triggers once per chunk (bulk.py `TriggerReplay`):
the outbox, the search index and the schema must end up exactly as the row triggers leave them."""

from __future__ import annotations

import itertools
import shutil

import pytest
import sqlalchemy as sa

from app.db import open_database
from app.errors import Cancelled
from app.excel import committing, importer
from app.models import Household, Person
from app.services import bulk
from app.services.persons import search_persons
from tests.excel.test_import import PERSON_HEADER, TITLE, plan_for, xlsx


@pytest.fixture
def empty_db(sqlite_empty_db):
    """SQLite only: its own write path (tests/excel/conftest.py runs the rest on both)."""
    return sqlite_empty_db


SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Lan", "Mai", "Nam"]


def _family_rows(n: int) -> list[list]:
    """`n` households of one to three people, some with categories and phones."""
    rows, stt = [], 1
    for i in range(n):
        surname = SURNAMES[i % len(SURNAMES)]
        hamlet = "Đông" if i % 2 else "Tây"
        year = 1950 + i % 40
        category = ["Hộ nghèo", "Hộ cận nghèo; Người có công", None][i % 3]
        phone = f"09{i:08d}" if i % 4 else None
        rows.append([stt, f"{surname} Văn {GIVEN[i % 8]}", str(year), "Nam",
                     f"0010{year % 100:02d}{i:06d}", hamlet, "Chủ hộ", category, phone])  # fmt: skip
        stt += 1
        for k in range(i % 3):
            rows.append([stt, f"{surname} Thị {GIVEN[(i // 5 + k) % 8]}", str(1960 + i), "Nữ",
                         None, hamlet,
                         "Con", None, None])  # fmt: skip
            stt += 1
    return rows


def _deterministic(monkeypatch) -> None:
    """The same ids and stamps in two imports of one plan."""

    class fast_ids:  # noqa: N801 - stands in for bulk.FastIds
        def __init__(self) -> None:
            self.counter = itertools.count(1)

        def __call__(self) -> str:
            return f"{next(self.counter):032x}"

        def stream(self):
            return self

    monkeypatch.setattr(committing, "FastIds", fast_ids)
    monkeypatch.setattr("app.sync.hlc.tick", lambda last, now=None: last + 1)


def _state(db) -> dict:
    with db.engine.connect() as conn:
        q = conn.exec_driver_sql
        return {
            "outbox": q(
                "SELECT seq, table_name, row_id, op, hlc, base_version, batch_seq "
                "FROM outbox WHERE table_name IN ('household', 'person', "
                "'category_assignment') ORDER BY seq"
            ).all(),  # fmt: skip
            "docs": q("SELECT id, person_id, doc FROM person_fts_doc ORDER BY id").all(),
            "index": [
                q(
                    "SELECT rowid, person_id FROM person_fts WHERE person_fts MATCH ? "
                    "ORDER BY rowid",
                    (word,),
                ).all()
                for word in ("nguyen", "th*", "001*", "00000*", "an", "lan")
            ],  # fmt: skip
            "persons": q(
                "SELECT id, household_id, full_name, id_number, phone, hlc "
                "FROM person ORDER BY rowid"
            ).all(),  # fmt: skip
            "households": q("SELECT id, code, hamlet_id, hlc FROM household ORDER BY rowid").all(),
            "assignments": q(
                "SELECT id, category_id, household_id, person_id, hlc "
                "FROM category_assignment ORDER BY rowid"
            ).all(),  # fmt: skip
            "schema": q(
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
            ).all(),  # fmt: skip
        }


@pytest.fixture
def twin(db, tmp_path):
    """A second database, a copy of `db` as it is now (opened by the caller's time)."""

    def make():
        db.dispose()  # the WAL checkpointed into the file
        path = tmp_path / "twin.db"
        shutil.copyfile(db.engine.url.database, path)
        return open_database(path)

    return make


def test_chunked_trigger_replay_leaves_what_the_row_triggers_leave(db, tmp_path, twin,
                                                                   monkeypatch):  # fmt: skip
    monkeypatch.setattr(committing, "CHUNK", 7)  # several chunks, the last one short
    _deterministic(monkeypatch)
    plan = plan_for(db, xlsx(tmp_path, TITLE + [PERSON_HEADER] + _family_rows(40)))
    assert not plan.error_rows and len(plan.households) == 40
    other = twin()
    before = _state(db)
    replayed = []
    real_copy = bulk.TriggerReplay.copy
    monkeypatch.setattr(bulk.TriggerReplay, "copy",
                        lambda self, *a: (replayed.append(self.table), real_copy(self, *a))[1])  # fmt: skip
    importer.commit_plan(db, "tester", plan)
    assert set(replayed) == {"household", "person", "category_assignment"}
    assert replayed.count("household") == 6  # one replay per chunk

    monkeypatch.setattr(
        bulk.TriggerReplay, "of", lambda conn, table: bulk.TriggerReplay(table, [], [])
    )
    replayed.clear()
    importer.commit_plan(other, "tester", plan)  # the same plan, row by row through the triggers
    assert replayed == []

    replay_state, trigger_state = _state(db), _state(other)
    assert len(replay_state["persons"]) == 40 + sum(i % 3 for i in range(40))
    assert len(replay_state["outbox"]) == (40 + len(replay_state["persons"])
                                           + len(replay_state["assignments"]))  # fmt: skip
    assert len(replay_state["docs"]) == len(replay_state["persons"])
    assert all(replay_state["index"]), [len(r) for r in replay_state["index"]]
    for key in replay_state:
        assert replay_state[key] == trigger_state[key], key
    assert replay_state["schema"] == before["schema"]  # every trigger back, as it was
    with db.engine.begin() as conn:  # the index agrees with its content table
        conn.exec_driver_sql("INSERT INTO person_fts (person_fts, rank) "
                             "VALUES ('integrity-check', 1)")  # fmt: skip
    assert [p.full_name for p in search_persons(db, "tran van binh")] == ["Trần Văn Bình"]
    other.dispose()


def test_a_failed_copy_restores_the_triggers_and_writes_nothing(db, monkeypatch):
    schema = _state(db)["schema"]
    out = bulk.BulkInsert(Person.__table__, importer.PERSON_COLUMNS, "tester",
                          importer.datetime.now(), importer.uuid.uuid4(),
                          replay_triggers=True)  # fmt: skip
    row = (
        "f" * 32,
        "Ai Đó",
        "ai do",
        "male",
        None,
        1980,
        "none",
        None,
        "head",
        None,
        "permanent",
        None,
        None,
        "e" * 32,
        1,
    )  # a household that does not exist
    with pytest.raises(sa.exc.IntegrityError), db.write("tester") as s:
        conn = s.connection()
        out.stage_rows(conn, [row])
        try:
            out.copy_staged(conn)
        finally:  # as the import does: `finish` brings the triggers back in the transaction
            out.finish(conn)
            names = set(conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())  # fmt: skip
            assert {"trg_person_outbox_insert", "trg_person_fts_insert"} <= names
    assert _state(db)["schema"] == schema
    assert _state(db)["persons"] == [] and _state(db)["outbox"] == []


def test_an_insert_trigger_of_another_shape_keeps_the_row_triggers(db, tmp_path):
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER trg_person_test AFTER INSERT ON person BEGIN "
            "UPDATE household SET note = 'x' WHERE id = NEW.household_id AND 0; END"
        )
        assert bulk.TriggerReplay.of(conn, "person").statements == []
        assert len(bulk.TriggerReplay.of(conn, "household").statements) == 1
    plan = plan_for(db, xlsx(tmp_path, TITLE + [PERSON_HEADER] + _family_rows(5)))
    importer.commit_plan(db, "tester", plan)
    state = _state(db)
    assert len(state["docs"]) == len(state["persons"]) == 5 + sum(i % 3 for i in range(5))
    with db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Household)) == 5


def _index_state(db) -> tuple[int, int]:
    """(segments of the search index, its automerge setting; 4 when never set)."""
    with db.engine.connect() as conn:
        segments = conn.exec_driver_sql("SELECT count(DISTINCT segid) FROM person_fts_idx")
        setting = conn.exec_driver_sql("SELECT v FROM person_fts_config WHERE k = 'automerge'")
        return segments.scalar(), int(setting.scalar() or 4)


@pytest.mark.parametrize("final_merge", [True, False])
def test_the_search_index_is_merged_once_at_the_end(db, tmp_path, monkeypatch, final_merge):
    """FTS5's automerge is paused while an import indexes its persons; the segments it leaves
    are merged at the end (without that merge they pile up), and the setting is back
    (search.bulk_indexing)."""
    with db.engine.begin() as conn:  # a small memory budget: FTS5 writes many segments
        conn.exec_driver_sql("INSERT INTO person_fts (person_fts, rank) VALUES ('hashsize', 512)")
    monkeypatch.setattr(committing, "CHUNK", 25)
    if not final_merge:
        monkeypatch.setattr(committing.search, "_MOST_MERGES", 0)
    plan = plan_for(db, xlsx(tmp_path, TITLE + [PERSON_HEADER] + _family_rows(120)))
    importer.commit_plan(db, "tester", plan)
    segments, automerge = _index_state(db)
    assert automerge == 4
    assert segments == 1 if final_merge else segments >= 4, segments
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO person_fts (person_fts, rank) "
                             "VALUES ('integrity-check', 1)")  # fmt: skip
    assert [p.full_name for p in search_persons(db, "tran van binh")] == ["Trần Văn Bình"]


def test_a_cancelled_import_leaves_the_index_setting_as_it_was(db, tmp_path):
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO person_fts (person_fts, rank) VALUES ('automerge', 8)")
    plan = plan_for(db, xlsx(tmp_path, TITLE + [PERSON_HEADER] + _family_rows(40)))
    with pytest.raises(Cancelled):
        importer.commit_plan(db, "tester", plan, lambda done, total, what: False)
    assert _index_state(db) == (0, 8)
    importer.commit_plan(db, "tester", plan)
    assert _index_state(db)[1] == 8  # put back as it was, not to the default
