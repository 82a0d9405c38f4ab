"""app/sync/apply.py: received origin batches — replay, equivocation, gaps, the clock,
jurisdiction, unknown keys, merge and conflicts, forwarding (SYNC.md §5–6)."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
import sqlalchemy as sa
import sync_sim as sim

from app.models import Household, Person, SyncAlarm, SyncConflict
from app.services import exports
from app.services import office as office_service
from app.services.households import HouseholdDraft, MemberDraft, save_household
from app.sync import canonical, hlc
from app.sync.acks import ack_vector, batches_to_send
from app.sync.apply import resolve_conflict
from app.sync.batches import read_batch


@pytest.fixture
def net(tmp_path, _migrated_template):
    """A province with two communes; every office's own set-up batch sealed and known."""
    n = sim.Net()
    prov = sim.make_office(_migrated_template, tmp_path, "prov", "province", None, n)
    a = sim.make_office(_migrated_template, tmp_path, "a", "commune", prov, n)
    b = sim.make_office(_migrated_template, tmp_path, "b", "commune", prov, n)
    yield n, prov, a, b
    for o in (prov, a, b):
        o.db.dispose()


def household(o: sim.SimOffice, name="Nguyễn Văn An", id_number="001080123456"):
    hamlet = office_service.add_hamlet(o.db, "tester", f"Thôn {uuid.uuid4().hex[:6]}")
    draft = HouseholdDraft(hamlet_id=hamlet.id, members=[MemberDraft(
        full_name=name, gender="male", birth_year=1980, relation="head", id_type="cccd",
        id_number=id_number)])  # fmt: skip
    saved = save_household(o.db, "tester", draft)
    with o.db.read() as s:
        return s.scalars(sa.select(Person.id).where(Person.household_id == saved.id)).one()


def edit(o: sim.SimOffice, person_id, **values):
    with o.db.write(f"user-{o.name}") as s:
        person = s.get(Person, person_id)
        for k, v in values.items():
            setattr(person, k, v)


def send(src: sim.SimOffice, dst: sim.SimOffice, **kw):
    """Seal src's changes; send dst src's own batches it has not acknowledged."""
    sealed = src.seal()
    assert sealed is not None
    with dst.db.engine.connect() as conn:
        acks = ack_vector(conn)
    with src.db.engine.connect() as conn:
        batches = batches_to_send(conn, acks, {src.office_id})
    return dst.apply(batches, sender=src.office_id, **kw), sealed


def outbox_unsealed(o) -> int:
    return o.count("SELECT count(*) FROM outbox WHERE batch_seq IS NULL")


def person_value(o, person_id, column):
    with o.db.read() as s:
        return getattr(s.get(Person, person_id), column)


def test_a_batch_applies_and_its_replay_changes_nothing(net):
    _n, prov, a, _b = net
    household(a)
    report, sealed = send(a, prov)
    assert report.applied[a.office_id].seqs == [1]
    assert report.rows_changed > 0 and not report.refused
    scope = {a.office_id}
    assert prov.digest(scope) == a.digest(scope)
    before = (prov.digest(), outbox_unsealed(prov), prov.count("SELECT count(*) FROM origin_batch"))
    again = prov.apply([(sealed.body, sealed.signature)] * 2)
    assert again.duplicates == 2 and again.rows_changed == 0 and not again.applied
    assert (prov.digest(), outbox_unsealed(prov),
            prov.count("SELECT count(*) FROM origin_batch")) == before  # fmt: skip


def test_received_rows_are_not_resent_as_ours_and_forwarding_keeps_the_bytes(net):
    _n, prov, a, _b = net
    prov.seal()  # the province's own set-up
    household(a)
    _report, sealed = send(a, prov)
    assert outbox_unsealed(prov) == 0
    assert prov.seal() is None  # nothing of A's became the province's own change
    with prov.db.engine.connect() as conn:
        forwarded = batches_to_send(conn, {}, {a.office_id})
        assert ack_vector(conn)[a.office_id] == (1, sealed.hash)
    assert forwarded == [(sealed.body, sealed.signature)]


def test_batches_to_send_starts_over_when_the_peer_holds_another_history(net):
    _n, _prov, a, _b = net
    household(a)
    first = a.seal()
    household(a, "Trần Văn Bình", "001080654321")
    second = a.seal()
    with a.db.engine.connect() as conn:
        assert batches_to_send(conn, {a.office_id: (1, first.hash)}, {a.office_id}) == [
            (second.body, second.signature)]  # fmt: skip
        assert len(batches_to_send(conn, {a.office_id: (1, b"\0" * 32)}, {a.office_id})) == 2


def test_equivocation_is_refused_with_an_alarm(net):
    _n, prov, a, _b = net
    household(a)
    _report, sealed = send(a, prov)
    forged = read_batch(sealed.body)
    obj = canonical.decode(sealed.body, max_bytes=1 << 30)
    obj["created_ms"] = forged.created_ms + 1
    body = canonical.encode(obj)
    before = prov.digest()
    report = prov.apply([(body, a.keys.sign(body))])
    assert [(r.kind, r.origin, r.seq) for r in report.refused] == [
        ("equivocation", a.office_id, 1)]  # fmt: skip
    assert report.alarms == ["equivocation"]
    with prov.db.read() as s:
        alarm = s.scalars(sa.select(SyncAlarm)).one()
        assert (alarm.kind, alarm.origin_office_id, alarm.seq) == ("equivocation", a.office_id, 1)
    assert prov.digest() == before


def test_a_gap_keeps_batches_pending_until_it_fills(net):
    _n, prov, a, _b = net
    sealed = []
    for i in range(3):
        household(a, "Nguyễn Văn An", f"0010801234{i:02d}")
        sealed.append(a.seal())
    first, second, third = ((s.body, s.signature) for s in sealed)
    report = prov.apply([third])
    assert not report.applied and report.pending == [(a.office_id, 1, "waiting for batch 1")]
    report = prov.apply([second])
    assert not report.applied and report.pending[0][:2] == (a.office_id, 1)
    assert prov.count("SELECT count(*) FROM origin_batch WHERE status = 'pending'") == 2
    report = prov.apply([first])
    assert report.applied[a.office_id].ranges == [(1, 3)] and not report.pending
    assert prov.digest({a.office_id}) == a.digest({a.office_id})


def test_a_clock_thirty_days_ahead_is_quarantined_with_a_message(net, english):
    _n, prov, a, _b = net
    household(a)
    month = 30 * 86_400_000
    before = prov.digest()
    report, sealed = send(a, prov, now_ms=hlc.now_ms() - month)  # the sender's clock is ahead
    assert not report.applied
    [(origin, seq, message)] = report.quarantined
    assert (origin, seq) == (a.office_id, 1)
    assert str(a.office_id) in message and "30 days ahead" in message
    assert report.alarms == ["clock"] and prov.digest() == before
    later = prov.apply([])  # the date has come: the quarantined batch applies by itself
    assert later.applied[a.office_id].seqs == [1]
    assert prov.digest({a.office_id}) == a.digest({a.office_id})


def test_a_commune_writing_outside_its_jurisdiction_is_refused_nothing_written(net):
    _n, prov, a, b = net
    household(a)
    with a.db.write("tester") as s:  # A writes a household of commune B
        s.add(Household(office_id=b.office_id, code="HB-1"))
    before, counts = prov.digest(), prov.count("SELECT count(*) FROM household")
    report, _sealed = send(a, prov)
    assert [(r.kind, r.seq) for r in report.refused] == [("jurisdiction", 1)]
    assert "jurisdiction" in report.alarms
    assert prov.digest() == before and prov.count("SELECT count(*) FROM household") == counts
    assert prov.count("SELECT count(*) FROM origin_batch") == 0


def test_an_unknown_origin_and_a_bad_signature_are_refused(net):
    n, prov, a, _b = net
    household(a)
    sealed = a.seal()
    del n.keys[a.office_id]
    report = prov.apply([(sealed.body, sealed.signature)])
    assert [r.kind for r in report.refused] == ["unknown_origin"]
    n.keys[a.office_id] = a.keys
    bad = bytes([sealed.signature[0] ^ 1]) + sealed.signature[1:]
    report = prov.apply([(sealed.body, bad)])
    assert [r.kind for r in report.refused] == ["signature"]
    assert prov.count("SELECT count(*) FROM origin_batch") == 0


def test_a_batch_waits_for_records_of_another_office_it_refers_to(net):
    """The province corrects A's person; commune B gets the province's batch before A's."""
    _n, prov, a, b = net
    person = household(a)
    _r, from_a = send(a, prov)
    prov.seal()
    edit(prov, person, phone="0912345678")
    prov.seal()
    with prov.db.engine.connect() as conn:
        report = b.apply(batches_to_send(conn, {}, {prov.office_id}))
    assert report.applied[prov.office_id].seqs == [1] and not report.refused  # its set-up
    assert report.pending == [(prov.office_id, 2, "waiting for records it refers to")]
    report = b.apply([(from_a.body, from_a.signature)])
    assert report.applied[a.office_id].seqs == [1] and report.applied[prov.office_id].seqs == [2]
    assert person_value(b, person, "phone") == "0912345678"
    assert b.digest({a.office_id}) == prov.digest({a.office_id})


def test_sequential_edits_do_not_conflict_concurrent_ones_do_with_the_same_id(net, tmp_path):
    _n, prov, a, _b = net
    person = household(a)
    send(a, prov)
    prov.seal()
    # Sequential: A edits, the province receives, the province edits, A receives.
    edit(a, person, full_name="Nguyễn Văn Ân")
    send(a, prov)
    edit(prov, person, full_name="Nguyễn Văn Ấn")
    send(prov, a)
    assert person_value(a, person, "full_name") == "Nguyễn Văn Ấn"
    assert a.count("SELECT count(*) FROM sync_conflict") == 0
    assert prov.count("SELECT count(*) FROM sync_conflict") == 0
    # Concurrent: both change the ID number before seeing the other's edit.
    edit(a, person, id_number="001080111111")
    edit(prov, person, id_number="001080222222")
    to_prov, _s = send(a, prov)
    to_a, _s = send(prov, a)
    assert to_prov.new_conflicts == 1 and to_a.new_conflicts == 1
    assert person_value(a, person, "id_number") == person_value(prov, person, "id_number")
    with a.db.read() as s:
        ca = s.scalars(sa.select(SyncConflict)).one()
    with prov.db.read() as s:
        cp = s.scalars(sa.select(SyncConflict)).one()
    assert ca.id == cp.id and ca.status == cp.status == "open"
    assert {ca.a_value["v"], ca.b_value["v"]} == {"001080111111", "001080222222"}
    assert ca.a_value == cp.a_value and ca.b_hlc == cp.b_hlc
    assert {ca.a_office_id, ca.b_office_id} == {a.office_id, prov.office_id}
    assert a.digest({a.office_id}) == prov.digest({a.office_id})
    # Exported to Excel at A: the record, the field, both values with who changed them, when.
    [row] = _written(exports.conflicts_export(a.db), tmp_path / "xung-dot.xlsx")
    assert row[2] == "Số CCCD/CMND" and {row[3], row[7]} == {"001080111111", "001080222222"}
    assert f"UBND {a.name}" in {row[4], row[8]}  # A's own edit, under its office's name
    assert isinstance(row[6], datetime) and isinstance(row[10], datetime)
    # Resolved at A with the province's value: the edit travels and closes it there too.
    with a.db.write("tester") as s:
        resolve_conflict(s, ca.id, "001080222222", "tester")
    send(a, prov)
    for o in (a, prov):
        with o.db.read() as s:
            assert (o.name, s.get(SyncConflict, ca.id).status) == (o.name, "resolved")
        assert person_value(o, person, "id_number") == "001080222222"
    assert a.digest({a.office_id}) == prov.digest({a.office_id})


def _written(export, path) -> list[list]:
    from tests.conftest import xlsx_rows

    exports.write_export(export, path)
    return xlsx_rows(path)[5:]


def test_invalid_values_are_refused(net):
    _n, prov, a, _b = net
    person = household(a)
    send(a, prov)
    with a.db.engine.begin() as conn:  # a raw write no form allows: a gender not in the list
        conn.exec_driver_sql("UPDATE person SET gender = 'robot', hlc = hlc + 1 WHERE id = ?",
                             (person.hex,))  # fmt: skip
    report, _s = send(a, prov)
    assert [(r.kind, r.seq) for r in report.refused] == [("invalid", 2)]
    assert "person.gender" in report.refused[0].message
    assert person_value(prov, person, "gender") == "male"


def test_purge_blanks_a_person_everywhere_and_no_later_edit_brings_it_back(net):
    from app.sync.purge import purge_person

    _n, prov, a, _b = net
    person = household(a)
    send(a, prov)
    prov.seal()
    edit(prov, person, phone="0912345678", note="ghi chú")  # made before the purge was known
    purge_person(a.db, person, "tester", "Yêu cầu xóa dữ liệu theo quy định")
    send(a, prov)
    send(prov, a)
    for o in (a, prov):
        assert person_value(o, person, "full_name") == ""
        assert person_value(o, person, "id_number") is None
        assert person_value(o, person, "phone") is None
        assert person_value(o, person, "birth_year") == 1980
    assert a.digest({a.office_id}) == prov.digest({a.office_id})


def test_tables_have_an_owner_rule():
    from app.models import synced_tables
    from app.sync.jurisdiction import covered_tables

    assert {t.name for t in synced_tables()} == covered_tables()
