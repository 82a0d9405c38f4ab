"""app/sync/batches.py: sealing the outbox into signed, chained origin batches; strict reading."""

from __future__ import annotations

import hashlib

import pytest
import sync_sim as sim

from app.sync import canonical
from app.sync.batches import read_batch
from app.sync.canonical import FormatError
from app.sync.keys import verify_signature


@pytest.fixture
def office(tmp_path, _migrated_template):
    o = sim.make_office(_migrated_template, tmp_path, "a", "commune", None, sim.Net())
    yield o
    o.db.dispose()


def add_hamlet(o, name):
    from app.services import office as office_service

    return office_service.add_hamlet(o.db, "tester", name)


def test_batches_are_numbered_chained_signed_and_mark_the_outbox(office):
    first = office.seal()
    assert first is not None and first.seq == 1 and first.origin == office.office_id
    assert office.seal() is None  # nothing left to seal
    assert office.count("SELECT count(*) FROM outbox WHERE batch_seq IS NULL") == 0
    assert office.count("SELECT count(*) FROM outbox WHERE batch_seq = 1") > 0
    add_hamlet(office, "Thôn Mới")
    second = office.seal()
    assert second.seq == 2 and second.hash == hashlib.sha256(second.body).digest()
    batch = read_batch(second.body)
    assert batch.prev == first.hash and read_batch(first.body).prev == b""
    assert verify_signature(office.keys.public.sign, second.body, second.signature)
    [table] = batch.tables
    assert table.table == "hamlet" and len(table.rows) == 1
    row = dict(zip(table.columns, table.rows[0], strict=True))
    assert row["op"] == "I" and row["name"] == "Thôn Mới" and row["voided"] is False
    assert len(row["id"]) == 32 and row["office_id"] == office.office_id.hex
    assert "T" in row["created_at"]  # ISO date-time
    assert batch.hlc_min <= row["hlc"] <= batch.hlc_max
    with office.db.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT body, status FROM origin_batch WHERE seq = 2").one()
    assert stored == (second.body, "applied")


def test_parents_come_before_children_and_computed_columns_stay_home(office):
    from app.services.households import HouseholdDraft, MemberDraft, save_household

    hamlet = add_hamlet(office, "Thôn Một")
    save_household(office.db, "tester", HouseholdDraft(hamlet_id=hamlet.id, members=[
        MemberDraft(full_name="Lê Thị Hoa", gender="female", birth_year=1985,
                    relation="head")]))  # fmt: skip
    batch = read_batch(office.seal().body)
    order = [t.table for t in batch.tables]
    assert order.index("hamlet") < order.index("household") < order.index("person")
    person = next(t for t in batch.tables if t.table == "person")
    assert "given_folded" not in person.columns and "full_name" in person.columns


def test_read_batch_refuses_anything_not_exactly_a_batch(office):
    sealed = office.seal()
    obj = canonical.decode(sealed.body, max_bytes=1 << 30)
    for change in (
        lambda o: o.pop("schema"),
        lambda o: o.update(v=2),
        lambda o: o.update(seq=0),
        lambda o: o.update(origin="not-hex"),
        lambda o: o.update(change_count=o["change_count"] + 1),
        lambda o: o["tables"][0]["rows"][0].append(1),
        lambda o: o.update(prev=canonical.b64(b"x" * 5)),
    ):
        broken = canonical.decode(sealed.body, max_bytes=1 << 30)
        change(broken)
        with pytest.raises(FormatError):
            read_batch(canonical.encode(broken))
    with pytest.raises(FormatError):
        read_batch(sealed.body.replace(b'"v":1', b'"v": 1'))  # not canonical
    assert read_batch(canonical.encode(obj)).seq == 1


def test_a_cut_backlog_brings_the_records_its_rows_refer_to(office, tmp_path, _migrated_template):
    """A person edited first, then moved into a household created later: a batch cut after
    the person's edit must carry that household too, or a receiver would wait forever."""
    import sqlalchemy as sa

    from app.models import Person
    from app.services.households import HouseholdDraft, MemberDraft, save_household

    hamlet = add_hamlet(office, "Thôn Một")
    first = save_household(office.db, "tester", HouseholdDraft(hamlet_id=hamlet.id, members=[
        MemberDraft(full_name="Lê Thị Hoa", gender="female", birth_year=1985,
                    relation="head")]))  # fmt: skip
    office.seal()
    with office.db.read() as s:
        person = s.scalars(sa.select(Person.id).where(Person.household_id == first.id)).one()
    with office.db.write("tester") as s:
        s.get(Person, person).note = "chuyển hộ"  # the person's first unsealed change
    second = save_household(office.db, "tester", HouseholdDraft(hamlet_id=hamlet.id, members=[
        MemberDraft(full_name="Lê Văn Nam", gender="male", birth_year=1980,
                    relation="head")]))  # fmt: skip
    with office.db.write("tester") as s:
        moved = s.get(Person, person)
        moved.household_id, moved.relation = second.id, "spouse"
    with office.db.engine.begin() as conn:
        from app.sync.batches import seal_outbox

        cut = seal_outbox(conn, office.keys, max_rows=1)
        rest = seal_outbox(conn, office.keys)
    carried = {t.table: [r[0] for r in t.rows] for t in read_batch(cut.body).tables}
    assert person.hex in carried["person"] and second.id.hex in carried["household"]
    assert rest is not None  # the new household's own head
    receiver = sim.make_office(_migrated_template, tmp_path, "prov", "province", None, office.net)
    office.net.tree[office.office_id] = receiver.office_id
    with office.db.engine.connect() as conn:
        from app.sync.acks import batches_to_send

        everything = batches_to_send(conn, {}, {office.office_id})
    first_three = everything[:3]  # set-up, first household, the cut batch
    report = receiver.apply(first_three)
    assert report.applied[office.office_id].seqs == [1, 2, 3] and not report.pending
    receiver.db.dispose()
