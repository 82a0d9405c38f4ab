"""Received persons and the search index: apply inserts new persons with the index's row
trigger set aside and fills the index once per batch (app/sync/store.py `_insert_new`); the
index must end up exactly as the row triggers make it, and the triggers must be back."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
import sync_sim as sim
from test_apply import edit, household, send

from app.errors import Cancelled
from app.models import Household, Person
from app.services.persons import search_persons
from app.sync.apply import apply_batches
from app.text import fold


@pytest.fixture
def net(tmp_path, _migrated_template):
    n = sim.Net()
    prov = sim.make_office(_migrated_template, tmp_path, "prov", "province", None, n)
    a = sim.make_office(_migrated_template, tmp_path, "a", "commune", prov, n)
    yield n, prov, a
    for o in (prov, a):
        o.db.dispose()


def triggers(o: sim.SimOffice) -> list[tuple[str, str]]:
    with o.db.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all()  # fmt: skip


def documents(o: sim.SimOffice, person_ids) -> dict[str, str]:
    with o.db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT person_id, doc FROM person_fts_doc").all()
    wanted = {p.hex for p in person_ids}
    return {pid: doc for pid, doc in rows if pid in wanted}


def index_ok(o: sim.SimOffice) -> None:
    """FTS5's own check that the index holds exactly the documents of its content table."""
    with o.db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO person_fts (person_fts) VALUES ('integrity-check')")


def found(o: sim.SimOffice, text: str) -> set[uuid.UUID]:
    return {hit.id for hit in search_persons(o.db, text)}


def test_received_persons_are_found_with_and_without_accents(net):
    _n, prov, a = net
    first = household(a, "Đỗ Thị Hằng", "001080123456")
    second = household(a, "Nguyễn Văn Bình", "002080654321")
    assert found(prov, "Hằng") == set()
    before = triggers(prov)
    report, _sealed = send(a, prov)
    assert report.rows_changed > 0 and not report.refused
    for text in ("Đỗ Thị Hằng", "do thi hang", "DO THI", "hằng", "0010801"):
        assert found(prov, text) == {first}, text
    for text in ("Nguyễn Văn Bình", "nguyen van binh", "binh", "002080"):
        assert found(prov, text) == {second}, text
    with prov.db.read() as s:
        code = s.scalar(sa.select(Household.code).join(Person).where(Person.id == second))
    assert second in found(prov, code)
    # The index holds what the commune's row triggers made for the same persons.
    assert documents(prov, [first, second]) == documents(a, [first, second])
    index_ok(prov)
    assert triggers(prov) == before


def test_received_edits_and_voids_reach_the_index(net):
    _n, prov, a = net
    person = household(a, "Trần Văn Cường", "001080111222")
    send(a, prov)
    assert found(prov, "cuong") == {person}
    edit(a, person, full_name="Trần Văn Dũng", name_folded=fold("Trần Văn Dũng"))
    send(a, prov)
    assert found(prov, "Cường") == found(prov, "cuong") == set()
    assert found(prov, "Dũng") == found(prov, "tran van dung") == {person}
    assert documents(prov, [person]) == documents(a, [person])
    edit(a, person, voided=True, void_reason="test")
    send(a, prov)
    assert found(prov, "dung") == set()
    assert documents(prov, [person]) == documents(a, [person]) == {}
    index_ok(prov)


def test_a_person_received_already_voided_stays_out_of_the_index(net):
    _n, prov, a = net
    kept = household(a, "Lê Thị Mai", "001080333444")
    gone = household(a, "Lê Văn Mạnh", "001080555666")
    edit(a, gone, voided=True, void_reason="test")
    send(a, prov)  # both arrive as new rows, one of them voided
    assert found(prov, "le") == {kept}
    assert set(documents(prov, [kept, gone])) == {kept.hex}
    index_ok(prov)


def test_an_insert_trigger_of_another_shape_leaves_the_work_to_the_row_triggers(net):
    _n, prov, a = net
    with prov.db.engine.begin() as conn:  # two statements: not a shape replayed as one
        conn.exec_driver_sql("CREATE TABLE seen (person_id TEXT)")
        conn.exec_driver_sql(
            "CREATE TRIGGER trg_test_seen AFTER INSERT ON person BEGIN "
            "INSERT INTO seen (person_id) VALUES (NEW.id); "
            "INSERT INTO seen (person_id) VALUES (NEW.id); END")  # fmt: skip
    before = triggers(prov)
    person = household(a, "Phạm Thị Lan", "001080777888")
    send(a, prov)
    assert found(prov, "pham thi lan") == {person}
    assert prov.count(f"SELECT count(*) FROM seen WHERE person_id = '{person.hex}'") == 2
    assert triggers(prov) == before
    index_ok(prov)


def test_a_cancelled_apply_leaves_the_triggers_and_the_index_as_they_were(net):
    _n, prov, a = net
    household(a, "Vũ Văn Hải", "001080999000")
    sealed = a.seal()
    before = triggers(prov)
    asked = []

    def cancel() -> bool:  # asked before the batch, then after it was written
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(Cancelled), prov.db.engine.begin() as conn:
        apply_batches(conn, [(sealed.body, sealed.signature)], me=prov.office_id,
                      received_from=a.office_id, public_key_of=prov.net.public_key_of,
                      revoked_after=lambda _o: None, tree=prov.net.tree, cancel=cancel)  # fmt: skip
    assert len(asked) == 2
    assert triggers(prov) == before
    assert found(prov, "hai") == set()
    assert prov.count("SELECT count(*) FROM person_fts_doc") == 0
    index_ok(prov)
