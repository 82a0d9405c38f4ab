"""Bundle files delivered in 200 random orders — lost, repeated, out of order — end with the
same database at the district: the digest of every commune's records equals the commune's
own, and equals what a clean, in-order delivery gives.

The communes write their bundles first (each edit session ends with an export, as an officer
does before taking the USB stick to the district); the files are then delivered to copies of
the district's database in random orders. Files lost on the way heal: every bundle carries
every batch the district has not acknowledged, and a final export after all deliveries
carries the rest.
"""

from __future__ import annotations

import random
import shutil
import uuid

import pytest

from app.db import open_database
from app.services import sync_bundles
from app.services.households import MemberDraft, load_household, save_household
from app.sync.digest import database_digest
from tests.sync.offices import Office, enrol

ORDERS = 200


def _edit_session(o: Office, rng: random.Random, step: int) -> None:
    """Register a household, and change or add a member of an earlier one."""
    words = ["An", "Bình", "Cường", "Dung", "Em", "Giang", "Hùng", "Khánh"]
    o.register(f"Nguyễn {words[step]} {o.name[-1]}", birth_year=1950 + step)
    with o.db.engine.connect() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM household ORDER BY code")]
    draft = load_household(o.db, uuid.UUID(hex=str(rng.choice(ids)).replace("-", "")))
    draft.members[0].phone = f"09{rng.randrange(10**8):08d}"
    if rng.random() < 0.5:
        draft.members.append(MemberDraft(full_name=f"Nguyễn Văn {words[-step - 1]}", relation="child",
                                         birth_year=2010, gender="male"))  # fmt: skip
    save_household(o.db, "tester", draft)


@pytest.fixture(scope="module")
def produced(tmp_path_factory, _migrated_template):
    """The district's database before any delivery, the commune files in the order they
    were written, the final files, and each commune's own digest."""
    root = tmp_path_factory.mktemp("orders")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LALANH_DATA_DIR", str(root / "data"))
        folder = root / "offices"
        district = Office(_migrated_template, folder, "UBND huyện", "province", "01")
        communes = [Office(_migrated_template, folder, f"UBND xã {n}", "commune", "commune")
                    for n in ("A", "B")]  # fmt: skip
        for c in communes:
            enrol(district, c)
        rng = random.Random(2026)
        files = []
        for step in range(3):
            for c in communes:
                _edit_session(c, rng, step)
                files.extend(c.export_to(district, root / f"usb-{c.name}-{step}"))
        final = [p for c in communes for p in c.export_to(district, root / f"final-{c.name}")]
        keys = district.keys
        district.close()
        digests = {}
        for c in communes:
            with c.db.engine.connect() as conn:
                digests[c.id] = database_digest(conn, offices={c.id})
            c.close()
    yield district.path, files, final, digests, keys


def test_two_hundred_delivery_orders_end_in_the_same_database(produced, tmp_path):
    snapshot, files, final, digests, keys = produced
    rng = random.Random(7)
    seen = set()
    for order in range(ORDERS):
        path = tmp_path / f"district-{order % 2}.db"
        shutil.copyfile(snapshot, path)
        db = open_database(path)
        delivered = [f for f in files if rng.random() > 0.3]  # about a third lost
        delivered += rng.sample(files, k=rng.randrange(0, 3))  # some delivered twice
        rng.shuffle(delivered)
        for file in [*delivered, *final]:  # the final files come after everything
            sync_bundles.import_bundle(db, "tester", keys, file)
        with db.engine.connect() as conn:
            got = {c: database_digest(conn, offices={c}) for c in digests}
        db.dispose()
        assert got == digests, f"order {order}: {[str(f) for f in delivered]}"
        seen.add(tuple(str(f) for f in delivered))
    assert len(seen) > ORDERS * 0.9  # the orders really differed
