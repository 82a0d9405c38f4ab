"""Key rotation end to end (SYNC.md §7, decision 0011): an office changes its keys and its
batches, old and new, still verify everywhere; the old key signs nothing new."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from app.errors import UserError
from app.models.sync_state import SyncPeer
from app.services import sync_identity, sync_keyring
from app.sync import batches
from app.sync.apply import apply_batches
from app.sync.digest import database_digest
from app.sync.keys import WrongPassphrase
from tests.sync.offices import PASSPHRASE, Office, enrol, exchange


@pytest.fixture
def tree(tmp_path, _migrated_template, data_dir):
    """A province, a district under it, and a commune under the district."""
    folder = tmp_path / "offices"
    province = Office(_migrated_template, folder, "UBND tỉnh Thử", "province", "01")
    district = Office(_migrated_template, folder, "UBND huyện Thử", "district", None)
    commune = Office(_migrated_template, folder, "UBND xã A", "commune", "commune")
    enrol(province, district)
    enrol(district, commune)
    yield province, district, commune
    for o in (province, district, commune):
        o.close()


def rotate(office: Office) -> str:
    """Change the office's keys the way its officer does (Settings → Sync)."""
    fingerprint = sync_identity.rotate_keys(office.db, office.actor, PASSPHRASE)
    office.__dict__.pop("keys", None)  # unlock again: the new keys
    return fingerprint


def same_records(a: Office, b: Office, origin: Office) -> bool:
    with a.db.engine.connect() as ca, b.db.engine.connect() as cb:
        return database_digest(ca, offices={origin.id}) == database_digest(cb, offices={origin.id})


def names(o: Office) -> set[str]:
    with o.db.engine.connect() as conn:
        return set(conn.exec_driver_sql("SELECT full_name FROM person").scalars())


def test_a_commune_that_changed_its_keys_is_still_trusted_up_the_tree(tree):
    province, district, commune = tree
    before = commune.fingerprint()
    commune.register("Nguyễn Thị Hằng")
    lost = commune.export_to(district)  # signed by the old key, never delivered
    assert lost
    after = rotate(commune)
    assert after != before and commune.fingerprint() == after
    commune.register("Trần Văn Bình", gender="male")
    [result] = exchange(commune, district)  # the old batch and the new one, new header key
    assert "UBND xã A" in result.sentence
    assert names(district) == {"Nguyễn Thị Hằng", "Trần Văn Bình"}
    peer = {p.name: p.fingerprint for p in sync_identity.identity(district.db).peers}
    assert peer["UBND xã A"] == after
    # the province never saw the commune's bundles: it learns the change with the batches
    exchange(district, province)
    assert names(province) == {"Nguyễn Thị Hằng", "Trần Văn Bình"}
    assert same_records(commune, province, commune)
    # and the district's answer reaches the commune under its new key
    exchange(district, commune)
    commune.register("Lê Văn Cường", gender="male")
    exchange(commune, district)
    exchange(district, province)
    assert same_records(commune, province, commune)


def test_the_old_key_cannot_sign_a_batch_after_the_change(tree, english):
    _province, district, commune = tree
    commune.register("Nguyễn Thị Hằng")
    exchange(commune, district)
    old_keys = commune.keys
    rotate(commune)
    exchange(commune, district)  # the district learns the change
    # a thief holding the old key makes the commune's next batch
    commune.register("Kẻ Giả Mạo")
    with commune.db.write("tester") as s:
        forged = batches.seal_outbox(s.connection(), old_keys)
        s.rollback()
    assert forged is not None and forged.seq == 2
    with district.db.write("tester") as s:
        ring = sync_keyring.keyring(s)
        current = s.get(SyncPeer, commune.id).sign_pub
        report = apply_batches(
            s.connection(), [(forged.body, forged.signature)], me=district.id,
            received_from=commune.id,
            public_key_of=lambda o, seq: ring.key_at(o, seq, current if o == commune.id else None),
            revoked_after=lambda _o: None, tree=sync_identity.office_tree(s),
        )  # fmt: skip
        assert [r.kind for r in report.refused] == ["signature"]
        # while the batch before the change still verifies with the old key
        assert ring.key_at(commune.id, 1, current) == old_keys.public.sign
        s.rollback()
    assert "Kẻ Giả Mạo" not in names(district)


def test_a_district_that_changed_its_keys_still_opens_bundles_made_for_the_old_one(tree):
    province, district, commune = tree
    commune.register("Nguyễn Thị Hằng")
    early = commune.export_to(district)  # encrypted to the district's old key
    rotate(district)
    [result] = [district.import_(p) for p in early]
    assert result.changes > 0 and names(district) == {"Nguyễn Thị Hằng"}
    # the district's next bundles carry the change down and up
    exchange(district, commune)
    exchange(district, province)
    fingerprints = {p.name: p.fingerprint for p in sync_identity.identity(commune.db).peers}
    assert fingerprints["UBND huyện Thử"] == district.fingerprint()
    commune.register("Trần Văn Bình", gender="male")
    exchange(commune, district)
    exchange(district, province)
    assert names(province) == {"Nguyễn Thị Hằng", "Trần Văn Bình"}


def test_a_commune_enrolled_after_its_district_changed_keys_is_trusted_by_the_province(
    tree, tmp_path, _migrated_template
):
    province, district, _commune = tree
    rotate(district)
    exchange(district, province)
    newcomer = Office(_migrated_template, tmp_path / "offices", "UBND xã Mới", "commune",
                      "commune")  # fmt: skip
    try:
        enrol(district, newcomer)  # the answer is signed with the district's new key
        newcomer.register("Phạm Thị Dung")
        exchange(newcomer, district)
        exchange(district, province)
        assert "Phạm Thị Dung" in names(province)
    finally:
        newcomer.close()


def test_a_province_that_changed_its_keys_still_reaches_its_districts(tree):
    province, district, commune = tree
    rotate(province)
    [result] = exchange(province, district)
    assert result is not None
    commune.register("Nguyễn Thị Hằng")
    exchange(commune, district)
    exchange(district, province)
    assert names(province) == {"Nguyễn Thị Hằng"}
    # a trust list signed by the new root key is taken down the tree
    exchange(province, district)
    exchange(district, commune)


def test_two_changes_between_bundles_are_followed(tree):
    _province, district, commune = tree
    commune.register("Nguyễn Thị Hằng")
    rotate(commune)
    rotate(commune)
    commune.register("Trần Văn Bình", gender="male")
    exchange(commune, district)
    assert names(district) == {"Nguyễn Thị Hằng", "Trần Văn Bình"}


def test_a_bundle_signed_by_a_new_key_without_the_change_is_refused(tree, english):
    _province, district, commune = tree
    rotate(commune)
    with commune.db.write("tester") as s:
        s.execute(sa.text("DELETE FROM sync_key_change"))  # as if the change were not sent
    commune.register("Nguyễn Thị Hằng")
    [path] = commune.export_to(district)
    with pytest.raises(UserError, match="signed with a key this office does not know"):
        district.import_(path)
    assert names(district) == set()


def test_changing_keys_needs_the_passphrase(tree):
    _province, _district, commune = tree
    before = commune.fingerprint()
    with pytest.raises(WrongPassphrase):
        sync_identity.rotate_keys(commune.db, commune.actor, "not the passphrase")
    assert commune.fingerprint() == before
    assert sync_identity.key_changes(commune.db) == []
    rotate(commune)
    assert len(sync_identity.key_changes(commune.db)) == 1
