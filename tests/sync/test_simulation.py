"""Five offices exchange origin batches with loss, duplication and re-ordering, with concurrent
edits of the same persons, and converge; then the same batches in 200 random delivery orders
give one database digest (SYNC.md §8, issue 7)."""

from __future__ import annotations

import random
import shutil
import uuid

import pytest
import sqlalchemy as sa
import sync_sim as sim

from app.db import make_engine
from app.models import Household, Person
from app.services import office as office_service
from app.services.households import HouseholdDraft, MemberDraft, save_household
from app.sync.acks import ack_vector, batches_to_send
from app.sync.apply import apply_batches
from app.sync.digest import database_digest

NAMES = ["Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường", "Phạm Văn Dũng", "Hoàng Văn Em",
         "Đặng Văn Phúc", "Bùi Văn Giang", "Đỗ Văn Hải"]  # fmt: skip
ORDERS = 200


def cccd(rng: random.Random) -> str:
    return f"0010{80:02d}{rng.randrange(10**6):06d}"  # male, born 1980


def subtree(net: sim.Net, root: uuid.UUID) -> set[uuid.UUID]:
    return {o for o in net.tree if _under(net, o, root)}


def _under(net, office, root) -> bool:
    while office is not None:
        if office == root:
            return True
        office = net.tree[office]
    return False


def persons_in_scope(o: sim.SimOffice) -> list[uuid.UUID]:
    scope = subtree(o.net, o.office_id)
    with o.db.read() as s:
        return list(s.scalars(sa.select(Person.id).join(Household, Household.id == Person.household_id)
                              .where(Household.office_id.in_(scope)).order_by(Person.id)))  # fmt: skip


def act(o: sim.SimOffice, rng: random.Random, hamlet) -> None:
    """One random piece of work at an office: a new household (communes), or an edit of a
    person of its subtree (an identity field, a plain one, or a void)."""
    persons = persons_in_scope(o)
    if hamlet is not None and (not persons or rng.random() < 0.3):
        members = [MemberDraft(full_name=rng.choice(NAMES), gender="male", birth_year=1980,
                               relation="head", id_type="cccd", id_number=cccd(rng))]  # fmt: skip
        save_household(o.db, f"u-{o.name}", HouseholdDraft(hamlet_id=hamlet, members=members))
        return
    if not persons:
        return
    pid = rng.choice(persons)
    with o.db.write(f"u-{o.name}") as s:
        p = s.get(Person, pid)
        kind = rng.random()
        if kind < 0.35:
            p.id_number = cccd(rng)
        elif kind < 0.6:
            p.full_name = rng.choice(NAMES)
        elif kind < 0.9:
            p.phone = f"09{rng.randrange(10**8):08d}"
        else:
            p.note = rng.choice(["chuyển đi", "ốm", None])


def message(src: sim.SimOffice, dst: sim.SimOffice) -> list[tuple[bytes, bytes]]:
    """What src sends dst: everything it holds that dst has not acknowledged."""
    src.seal()
    with dst.db.engine.connect() as conn:
        acks = ack_vector(conn)
    with src.db.engine.connect() as conn:
        return batches_to_send(conn, acks, set(src.net.tree))


@pytest.fixture
def world(tmp_path, _migrated_template):
    net = sim.Net()
    prov = sim.make_office(_migrated_template, tmp_path, "prov", "province", None, net)
    dist = sim.make_office(_migrated_template, tmp_path, "dist", "district", prov, net)
    a = sim.make_office(_migrated_template, tmp_path, "a", "commune", dist, net)
    b = sim.make_office(_migrated_template, tmp_path, "b", "commune", dist, net)
    c = sim.make_office(_migrated_template, tmp_path, "c", "commune", prov, net)
    fresh = sim.make_office(_migrated_template, tmp_path, "fresh", "commune", prov, net)
    offices = [prov, dist, a, b, c]
    yield net, offices, fresh
    for o in [*offices, fresh]:
        o.db.dispose()


def test_offices_converge_and_every_delivery_order_gives_one_digest(world, tmp_path):
    net, offices, fresh = world
    rng = random.Random(20261129)
    hamlets = {o.name: office_service.add_hamlet(o.db, "tester", "Thôn Một").id
               for o in offices if o.name in ("a", "b", "c")}  # fmt: skip
    edges = [(x, y) for x in offices for y in offices
             if net.tree[x.office_id] == y.office_id or net.tree[y.office_id] == x.office_id]  # fmt: skip
    in_flight: list[tuple[sim.SimOffice, sim.SimOffice, list]] = []
    stats = {"lost": 0, "duplicated": 0, "conflicts": 0}
    for _round in range(30):
        for _ in range(rng.randint(1, 3)):
            o = rng.choice(offices)
            act(o, rng, hamlets.get(o.name))
        src, dst = rng.choice(edges)
        in_flight.append((src, dst, message(src, dst)))
        rng.shuffle(in_flight)  # re-ordered: deliveries overtake each other
        while in_flight and rng.random() < 0.6:
            src, dst, batches = in_flight.pop()
            if rng.random() < 0.15:
                stats["lost"] += 1
                continue
            batches = list(batches)
            rng.shuffle(batches)
            for _copy in range(2 if rng.random() < 0.2 else 1):
                report = dst.apply(batches, sender=src.office_id)
                assert not report.refused, report.refused
                stats["conflicts"] += report.new_conflicts
            stats["duplicated"] += _copy
    # Heal: every edge both ways until nothing moves.
    for _sweep in range(6):
        moved = 0
        for src, dst in edges:
            moved += dst.apply(message(src, dst), sender=src.office_id).rows_changed
        if not moved:
            break
    digests = {o.name: o.digest() for o in offices}
    assert len(set(digests.values())) == 1, digests
    assert stats["lost"] and stats["duplicated"] and stats["conflicts"], stats
    assert all(o.count("SELECT count(*) FROM origin_batch WHERE status != 'applied'") == 0
               for o in offices)  # fmt: skip
    # The conflicts to review are the same everywhere. An office that received the edit
    # settling a conflict before both sides of it never records that conflict: one recorded
    # at some offices only is settled wherever it is recorded.
    conflicts = {o.name: dict(o.db.engine.connect().exec_driver_sql(
        "SELECT id, status FROM sync_conflict").all()) for o in offices}  # fmt: skip
    open_ = {name: {c for c, st in v.items() if st == "open"} for name, v in conflicts.items()}
    assert len({frozenset(v) for v in open_.values()}) == 1, open_
    everywhere = set.intersection(*(set(v) for v in conflicts.values()))
    assert all(st == "resolved" for v in conflicts.values() for c, st in v.items()
               if c not in everywhere), conflicts  # fmt: skip

    # The same batches in random orders, bundles lost, doubled and shuffled, into a fresh office.
    scope = {o.office_id for o in offices}
    expected = offices[0].digest(scope)
    everything = message(offices[0], fresh)
    assert len(everything) >= 20
    fresh.db.dispose()
    template = tmp_path / "fresh.db"
    for order in range(ORDERS):
        path = tmp_path / "order.db"
        shutil.copyfile(template, path)
        engine = make_engine(f"sqlite:///{path}")
        try:
            deliveries = [b for b in everything if rng.random() > 0.2]
            deliveries += rng.sample(everything, k=min(3, len(everything)))
            rng.shuffle(deliveries)
            cuts = sorted(rng.sample(range(len(deliveries) + 1), k=2))
            for lo, hi in zip([0, *cuts], [*cuts, len(deliveries)], strict=True):
                _apply(engine, fresh, deliveries[lo:hi])
            _apply(engine, fresh, rng.sample(everything, k=len(everything)))  # the heal round
            with engine.connect() as conn:
                assert database_digest(conn, offices=scope) == expected, f"order {order}"
        finally:
            engine.dispose()


def _apply(engine, office: sim.SimOffice, batches) -> None:
    with engine.begin() as conn:
        report = apply_batches(conn, batches, me=office.office_id, received_from=None,
                               public_key_of=office.net.public_key_of,
                               revoked_after=lambda _o: None, tree=office.net.tree)  # fmt: skip
        assert not report.refused, report.refused
