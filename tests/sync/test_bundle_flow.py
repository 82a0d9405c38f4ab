"""Bundles end to end, as offices use them: enrolment, export, import, forwarding through a
district, downward reference data, lost and repeated files, refusals that write nothing."""

from __future__ import annotations

import shutil

import pytest
import sqlalchemy as sa

from app.db import open_database
from app.errors import UserError
from app.models import Household, Person
from app.services import sync_identity, sync_people
from app.services.households import load_household, save_household
from app.services.sync_status import sync_status
from app.sync.digest import database_digest
from tests.sync.offices import Office, enrol, exchange


@pytest.fixture
def tree(tmp_path, _migrated_template, data_dir):
    """A province, a district under it, and two communes under the district."""
    folder = tmp_path / "offices"
    province = Office(_migrated_template, folder, "UBND tỉnh Thử", "province", "01")
    district = Office(_migrated_template, folder, "UBND huyện Thử", "district", None)
    a = Office(_migrated_template, folder, "UBND xã A", "commune", "commune")
    b = Office(_migrated_template, folder, "UBND xã B", "commune", "commune")
    enrol(province, district)
    enrol(district, a)
    enrol(district, b)
    yield province, district, a, b
    for o in (province, district, a, b):
        o.close()


def _count(o: Office, model) -> int:
    with o.db.read() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(model))


def _table_snapshot(o: Office) -> dict[str, int]:
    with o.db.engine.connect() as conn:
        names = [n for n in sa.inspect(conn).get_table_names() if not n.startswith("sqlite_")]
        return {n: conn.exec_driver_sql(f'SELECT count(*) FROM "{n}"').scalar() for n in names}


def test_enrolment_builds_the_tree(tree):
    province, district, a, _b = tree
    info = sync_identity.identity(a.db)
    assert info.enrolled and not info.is_root
    assert info.parent.name == "UBND huyện Thử"
    assert sync_identity.identity(province.db).is_root
    relations = {p.name: p.relation for p in sync_identity.identity(district.db).peers}
    assert relations == {"UBND tỉnh Thử": "parent", "UBND xã A": "child", "UBND xã B": "child"}


def test_records_go_up_through_the_district_byte_for_byte(tree):
    province, district, a, b = tree
    a.register("Nguyễn Thị Hằng", id_number="001190000001", birth_year=1990)
    b.register("Trần Văn Bình", id_number="001090000002", birth_year=1990, gender="male")
    [ra] = exchange(a, district)
    assert "UBND xã A" in ra.sentence and ra.changes > 0
    exchange(b, district)
    [rp] = exchange(district, province)
    assert "UBND xã A" in rp.sentence and "UBND xã B" in rp.sentence
    names = {n for (n,) in province.db.engine.connect().exec_driver_sql(
        "SELECT full_name FROM person")}  # fmt: skip
    assert names == {"Nguyễn Thị Hằng", "Trần Văn Bình"}
    # The province holds the communes' own batches, as they signed them.
    with a.db.engine.connect() as ca, province.db.engine.connect() as cp:
        own = ca.exec_driver_sql("SELECT body FROM origin_batch WHERE origin_office_id = "
                                 "(SELECT office_id FROM installation)").scalars().all()  # fmt: skip
        held = set(cp.exec_driver_sql("SELECT body FROM origin_batch").scalars())
    assert own and set(own) <= held
    for o in (a, b):
        assert database_digest(o.db.engine.connect(), offices={o.id}) == database_digest(
            province.db.engine.connect(), offices={o.id}
        )


def test_importing_the_same_bundle_again_changes_nothing(tree):
    _province, district, a, _b = tree
    a.register("Lê Văn Cường")
    [path] = a.export_to(district)
    first = district.import_(path)
    assert first.rows_changed > 0
    before = _table_snapshot(district)
    again = district.import_(path)
    assert again.already_had and again.rows_changed == 0
    after = _table_snapshot(district)
    assert {k: v for k, v in after.items() if k != "sync_log"} == {
        k: v for k, v in before.items() if k != "sync_log"
    }


def test_a_lost_bundle_heals_with_the_next(tree):
    _province, district, a, _b = tree
    a.register("Phạm Thị Dung")
    a.export_to(district)  # lost on the way
    a.register("Hoàng Văn Em")
    [second] = a.export_to(district)
    result = district.import_(second)
    assert not result.waiting
    assert _count(district, Household) == 2


def test_reference_data_goes_down_and_acks_come_back(tree):
    province, district, a, _b = tree
    a.register("Đỗ Văn Phúc")
    exchange(a, district)
    exchange(district, a)  # carries the district's acknowledgement
    st = sync_status(a.db)
    assert st.unacknowledged["UBND huyện Thử"] == 0
    assert _count(a, Person) == 1


def test_refusals_write_nothing(tree, english, tmp_path):
    province, district, a, b = tree
    a.register("Vũ Thị Giang")
    [path] = a.export_to(district)
    before = _table_snapshot(b)
    with pytest.raises(UserError, match="addressed to"):
        b.import_(path)
    assert _table_snapshot(b) == before
    damaged = tmp_path / "damaged.llb"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    before = _table_snapshot(district)
    with pytest.raises(UserError):
        district.import_(damaged)
    assert _table_snapshot(district) == before


def test_a_bundle_from_an_unknown_office_is_refused(tmp_path, _migrated_template, tree, english):
    """Addressed to the district and well formed, but signed by a key nobody enrolled: refused
    with its fingerprint shown, nothing written (no trust on first use)."""
    from app.ids import uuid7
    from app.models.sync_state import SyncKey
    from app.sync import canonical, envelope

    _province, district, _a, _b = tree
    stranger = Office(_migrated_template, tmp_path / "other", "UBND tỉnh Lạ", "province", "01")
    with district.db.read() as s:
        enc = s.get(SyncKey, 1).enc_pub
    data = envelope.write_bundle(
        sender=stranger.keys, sender_office_id=stranger.id, recipient_office_id=district.id,
        recipient_enc_key=enc, envelope_seq=1, bundle_id=uuid7(), part=1, parts=1,
        kind="batches", payload=canonical.encode({"batches": []}),
    )  # fmt: skip
    path = tmp_path / "stranger.llb"
    path.write_bytes(data)
    before = _table_snapshot(district)
    with pytest.raises(UserError, match="does not know") as refused:
        district.import_(path)
    assert stranger.fingerprint() in refused.value.message
    assert _table_snapshot(district) == before
    stranger.close()


def test_the_same_person_in_two_communes_is_found_at_the_district(tree):
    _province, district, a, b = tree
    a.register("Nguyễn Thị Hằng", id_number="001190000009", birth_year=1990)
    b.register("Nguyen Thi Hang", id_number="001190000009", birth_year=1990)
    exchange(a, district)
    [result] = exchange(b, district)
    assert result.same_persons >= 1
    groups = sync_people.same_person_in_offices(district.db)
    assert any({r.office for r in g.records} == {"UBND xã A", "UBND xã B"} for g in groups)


def test_no_name_or_id_number_in_the_bundle_bytes_or_the_logs(tree, data_dir):
    import unicodedata

    from app.logs import setup_logging

    _province, district, a, _b = tree
    log_path = setup_logging()
    people = [("Nguyễn Thị Hằng", "001190000123"), ("Trần Đức Thắng", "001090000456")]
    for name, number in people:
        a.register(name, id_number=number, birth_year=1990,
                   gender="female" if "Thị" in name else "male")  # fmt: skip
    [path] = a.export_to(district)
    district.import_(path)
    data = path.read_bytes()
    logs = b"".join(p.read_bytes() for p in log_path.parent.glob("*.log*"))
    for name, number in people:
        for form in ("NFC", "NFD"):
            needle = unicodedata.normalize(form, name).encode()
            assert needle not in data and needle not in logs
        assert number.encode() not in data and number.encode() not in logs
    assert a.name.encode() not in data  # office names travel encrypted too


def test_cancel_before_commit_writes_nothing(tree):
    from app.errors import Cancelled
    from app.services import sync_bundles

    _province, district, a, _b = tree
    a.register("Lý Thị Kim")
    [path] = a.export_to(district)
    before = _table_snapshot(district)
    with pytest.raises(Cancelled):
        sync_bundles.import_bundle(district.db, "tester", district.keys, path, cancel=lambda: True)
    assert _table_snapshot(district) == before
    assert district.import_(path).rows_changed > 0  # and it imports fine afterwards


def test_a_commune_whose_clock_is_30_days_ahead_is_held_back_by_name(tree, english):
    from app.models import Installation
    from app.sync import hlc

    _province, district, a, _b = tree
    with a.db.write("tester") as s:
        s.get(Installation, 1).last_hlc = hlc.pack(hlc.now_ms() + 30 * 86_400_000, 0)
    a.register("Mai Văn Lộc")
    [path] = a.export_to(district)
    before = _count(district, Person)
    result = district.import_(path)
    assert "UBND xã A" in result.sentence and "30 days ahead" in result.sentence
    assert _count(district, Person) == before
    [line] = sync_status(district.db).quarantined  # why, in the office's own words
    assert "UBND xã A" in line and "30 days ahead" in line


def test_the_district_lists_each_communes_households_side_by_side(tree):
    from app.services import households, office

    _province, district, a, b = tree
    a.register("Hồ Văn Nam")
    b.register("Hồ Thị Oanh")
    exchange(a, district)
    exchange(b, district)
    assert [name for _id, name in office.registry_offices(district.db)] == ["UBND xã A",
                                                                            "UBND xã B"]  # fmt: skip
    everyone = households.list_households(district.db, households.HouseholdQuery()).rows
    assert sorted(r.hamlet for r in everyone) == ["Thôn Đông — UBND xã A", "Thôn Đông — UBND xã B"]
    only_b = households.list_households(district.db, households.HouseholdQuery(office_id=b.id))
    assert [r.head_name for r in only_b.rows] == ["Hồ Thị Oanh"]
    # A commune's own list does not name itself.
    assert [r.hamlet for r in households.list_households(a.db, households.HouseholdQuery()).rows
            ] == ["Thôn Đông"]  # fmt: skip


def test_a_revoked_commune_is_cut_off_by_batch_number_up_the_tree(tree, english):
    province, district, a, _b = tree
    a.register("Trịnh Văn Quang")
    exchange(a, district)
    after = sync_identity.revoke_child(district.db, district.actor, district.keys, a.id)
    assert after == 1
    a.register("Trịnh Thị Rạng")  # made with the stolen key, say
    [result] = exchange(a, district)
    assert result.refused and "revoked" in result.refused[0]
    assert _count(district, Household) == 1
    [up] = exchange(district, province)  # the revocation travels with the trust list
    from app.models.sync_state import SyncPeer

    with province.db.read() as s:
        assert s.get(SyncPeer, a.id).revoked_after_seq == 1
    assert up.changes > 0


def test_a_commune_restored_from_an_older_copy_gets_its_records_back(tree):
    """The commune's PC is restored from a copy taken before its last bundle. Its next bundle
    tells the district what it holds; the district's answer brings back what the copy lacks,
    and the commune goes on from there."""
    _province, district, a, _b = tree
    a.register("Nguyễn Thị Hằng")
    exchange(a, district)
    exchange(district, a)
    a.db.dispose()
    copy = a.path.with_suffix(".copy")
    shutil.copyfile(a.path, copy)
    a.db = open_database(a.path)
    a.register("Trần Văn Bình", gender="male")  # sent up, then lost with the PC
    exchange(a, district)
    a.db.dispose()
    shutil.copyfile(copy, a.path)  # the restore
    a.db = open_database(a.path)
    assert "Trần Văn Bình" not in _names(a)
    exchange(a, district)
    exchange(district, a)
    assert {"Nguyễn Thị Hằng", "Trần Văn Bình"} <= _names(a)
    a.register("Lê Văn Cường", gender="male")
    exchange(a, district)
    assert "Lê Văn Cường" in _names(district)
    with a.db.engine.connect() as ca, district.db.engine.connect() as cd:
        assert database_digest(ca, offices={a.id}) == database_digest(cd, offices={a.id})


def _names(o: Office) -> set[str]:
    with o.db.engine.connect() as conn:
        return set(conn.exec_driver_sql("SELECT full_name FROM person").scalars())


def _recode(o: Office, household_id, code: str) -> None:
    draft = load_household(o.db, household_id)
    draft.code = code
    save_household(o.db, "tester", draft)


def test_codes_freed_taken_and_swapped_in_one_bundle_apply(tree):
    """The batch carries the end of several edits: a code one household gave up and another
    took, and two households that swapped codes (through a third one at the commune)."""
    _province, district, a, _b = tree
    first, second = a.register("Nguyễn Thị Hằng"), a.register("Trần Văn Bình", gender="male")
    exchange(a, district)
    code1, code2 = (load_household(a.db, h.id).code for h in (first, second))
    _recode(a, first.id, "TAM")
    third = a.register("Lê Văn Cường", gender="male")
    _recode(a, third.id, code1)  # the freed code, taken by a new household
    _recode(a, second.id, "TAM2")
    _recode(a, first.id, code2)
    _recode(a, second.id, "TAM")  # first and second: code2 and TAM, from code1 and code2
    [result] = exchange(a, district)
    assert "UBND xã A" in result.sentence
    with district.db.engine.connect() as conn:
        codes = dict(conn.exec_driver_sql("SELECT p.full_name, h.code FROM person p JOIN "
                                          "household h ON h.id = p.household_id").all())  # fmt: skip
    assert codes == {"Nguyễn Thị Hằng": code2, "Trần Văn Bình": "TAM", "Lê Văn Cường": code1}
    with a.db.engine.connect() as ca, district.db.engine.connect() as cd:
        assert database_digest(ca, offices={a.id}) == database_digest(cd, offices={a.id})


def test_a_record_clashing_with_one_held_is_set_aside_with_the_reason(tree, english):
    _province, district, a, _b = tree
    first = a.register("Nguyễn Thị Hằng")
    exchange(a, district)
    with district.db.engine.begin() as conn:  # a stray copy holds code Z for that commune
        conn.exec_driver_sql("UPDATE household SET code = 'Z' WHERE id = ?", (first.id.hex,))
    second = a.register("Trần Văn Bình", gender="male")
    _recode(a, second.id, "Z")
    [result] = exchange(a, district)  # no crash: the batch waits, named with its reason
    assert "UBND xã A" in result.sentence and "clashes" in result.sentence
    assert "Trần Văn Bình" not in _names(district)
    [line] = sync_status(district.db).quarantined
    assert "UBND xã A" in line and "same code or number" in line
