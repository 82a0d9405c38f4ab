"""app/services/demo.py: a deterministic synthetic commune that the registry's rules accept."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from app.db import check_database, open_database
from app.errors import UserError
from app.models import (
    Donation,
    Hamlet,
    Household,
    Installation,
    Need,
    Outbox,
    Person,
    Program,
    Receipt,
    ReceiptLine,
    Recipient,
    StockAdjustment,
    synced_tables,
)
from app.services import validation
from app.services.demo import generate_demo
from app.services.households import HouseholdQuery, count_households, load_household
from app.services.households import validate_household as validate
from app.services.persons import search_persons

HOUSEHOLDS = 200
SEED = 3
DEMO_DAY = date(2026, 11, 1)  # the demo's own "today"


def make_demo(folder, households=HOUSEHOLDS, seed=SEED):
    db = open_database(folder / "demo.db")
    result = generate_demo(db, households, seed)
    return db, result


def digest(db) -> str:
    """What must not change between two runs with one seed (ids and clocks may)."""
    with db.read() as s:
        rows = s.execute(
            sa.select(Household.code, Person.full_name, Person.id_number, Person.gender,
                      Person.birth_year, Person.birth_date, Person.relation, Person.phone)
            .join(Person, Person.household_id == Household.id)
            .order_by(Household.code, Person.full_name, Person.birth_year)
        ).all()  # fmt: skip
        # The season: who is on which list, who received what and how.
        rows += s.execute(
            sa.select(Program.code, Recipient.seq, Household.code, Recipient.persons,
                      Receipt.kind, Receipt.given_on, Receipt.collector, Receipt.id_number,
                      ReceiptLine.quantity)
            .join(Recipient, Recipient.program_id == Program.id)
            .join(Household, Household.id == Recipient.household_id)
            .outerjoin(Receipt, Receipt.recipient_id == Recipient.id)
            .outerjoin(ReceiptLine, ReceiptLine.receipt_id == Receipt.id)
            .order_by(Program.code, Recipient.seq, Receipt.kind, Receipt.attempt)
        ).all()  # fmt: skip
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db, result = make_demo(tmp_path_factory.mktemp("demo"))
    yield db, result
    db.dispose()


@pytest.fixture(scope="module")
def people(demo):
    db, _result = demo
    with db.read() as s:
        return s.execute(
            sa.select(Person.household_id, Person.full_name, Person.gender, Person.birth_date,
                      Person.birth_year, Person.id_type, Person.id_number, Person.relation)
        ).all()  # fmt: skip


def test_the_result_matches_what_is_in_the_database(demo):
    db, result = demo
    assert result.households == HOUSEHOLDS
    with db.read() as s:
        counts = [s.scalar(sa.select(sa.func.count()).select_from(model))
                  for model in (Household, Person, Hamlet, Need)]  # fmt: skip
    assert counts == [HOUSEHOLDS, result.persons, result.hamlets, result.needs]
    assert count_households(db, HouseholdQuery()) == HOUSEHOLDS


def test_same_seed_same_commune(demo, tmp_path):
    db, _result = demo
    again, _ = make_demo(tmp_path)
    try:
        assert digest(again) == digest(db)
    finally:
        again.dispose()


def test_another_seed_another_commune(demo, tmp_path):
    db, _result = demo
    other, _ = make_demo(tmp_path, households=HOUSEHOLDS, seed=SEED + 1)
    try:
        assert digest(other) != digest(db)
    finally:
        other.dispose()


def test_every_id_number_passes_validation(people):
    kinds = Counter()
    for p in people:
        if p.id_type == "none":
            assert p.id_number is None
            continue
        kinds[p.id_type] += 1
        assert validation.check_id(p.id_type, p.id_number, p.gender, p.birth_year) == [], p
    assert kinds["cccd"] > 100 and kinds["cmnd"] > 0


def test_id_numbers_are_unique(people):
    numbers = [p.id_number for p in people if p.id_number]
    assert len(numbers) == len(set(numbers))


def test_household_sizes_and_heads(people):
    sizes = Counter(p.household_id for p in people)
    assert len(sizes) == HOUSEHOLDS
    assert set(sizes.values()) <= set(range(1, 9))
    assert len(set(sizes.values())) >= 5  # sizes vary
    heads = Counter(p.household_id for p in people if p.relation == "head")
    assert set(heads.values()) == {1} and len(heads) == HOUSEHOLDS


def test_birth_dates_and_years(people):
    year_only = [p for p in people if p.birth_date is None]
    with_date = [p for p in people if p.birth_date is not None]
    assert year_only and with_date
    assert all(p.birth_year for p in year_only)
    assert all(p.birth_date.year == p.birth_year for p in with_date)
    assert all(p.gender in ("male", "female") for p in people)
    assert all(validation.check_name(p.full_name) == [] for p in people)


def test_no_birth_date_after_the_demo_date(people):
    assert max(p.birth_date for p in people if p.birth_date) <= DEMO_DAY


def test_demo_households_load_and_pass_the_registrys_rules(demo):
    db, _result = demo
    with db.read() as s:
        ids = list(s.scalars(sa.select(Household.id)))
    for household_id in ids:
        draft = load_household(db, household_id)
        # The end of the demo's year, so that the birth-date bug above does not hide others.
        assert validate(draft, date(DEMO_DAY.year, 12, 31)) == [], draft.code


def test_demo_rows_are_captured_and_the_clock_is_ahead_of_them(demo):
    db, _result = demo
    with db.read() as s:
        inserted = s.scalar(sa.select(sa.func.count()).select_from(Outbox)
                            .where(Outbox.op == "I"))  # fmt: skip
        rows = sum(s.scalar(sa.select(sa.func.count()).select_from(t)) for t in synced_tables())
        assert inserted == rows
        clock = s.get(Installation, 1).last_hlc
        assert clock >= max(s.scalar(sa.select(sa.func.max(t.c.hlc))) or 0
                            for t in synced_tables())  # fmt: skip


def test_demo_database_passes_the_check(demo):
    db, _result = demo
    assert check_database(db) == []


def test_demo_persons_can_be_searched(demo, people):
    db, _result = demo
    person = next(p for p in people if p.id_number and p.id_type == "cccd")
    hits = search_persons(db, person.id_number)
    assert [h.full_name for h in hits] == [person.full_name]
    assert person.full_name in {h.full_name for h in search_persons(db, person.full_name, 500)}


def test_demo_only_goes_into_an_empty_registry(demo, english):
    db, _result = demo
    with pytest.raises(UserError, match="already has 200 households"):
        generate_demo(db, 10, SEED)
    with pytest.raises(UserError, match="at least 1"):
        generate_demo(db, 0, SEED)
    with db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Household)) == HOUSEHOLDS


def test_demo_keeps_the_offices_own_hamlets_and_adds_no_duplicates(db):
    from app.services.demo import generate_demo
    from app.services.office import list_hamlets
    from app.text import fold

    before = {h.name: h.id for h in list_hamlets(db)}  # Thôn Đông, Thôn Tây
    generate_demo(db, households=30, seed=2)
    after = list_hamlets(db)
    folded = [fold(h.name) for h in after]
    assert len(folded) == len(set(folded))
    assert {h.name: h.id for h in after if h.name in before} == before


# --- the aid season -------------------------------------------------------------------


def test_the_season_has_every_page_populated(demo):
    from app.services.programs import list_organisations, list_programs
    from app.services.recipient_lists import overlaps
    from app.services.roles import list_users

    db, result = demo
    programs = list_programs(db)
    assert result.season is not None and result.season.programs == len(programs) >= 3
    assert {u.username: set(u.roles) for u in list_users(db) if u.username != "demo"} == {
        "nhaplieu": {"data_entry"}, "ketoan": {"accountant"}, "chutich": {"approver"}}  # fmt: skip
    assert "admin" in next(u.roles for u in list_users(db) if u.username == "demo")
    kinds = {o.kind for o in list_organisations(db)}
    assert {"committee", "fatherland_front", "red_cross", "womens_union", "business"} <= kinds
    tet = [p for p in programs if p.overlap_group == "Tết 2026"]
    assert len({p.organisation for p in tet}) == len(tet) == 2
    assert sorted(p.norms.split()[0] for p in tet) == ["Gạo", "Tiền"]  # cash and rice per person
    assert all("/người" in p.norms or "/person" in p.norms for p in tet)
    assert all(p.list_status == "approved" and p.households > 0 for p in tet)
    assert any(p.overlap_group != "Tết 2026" and p.list_status == "approved" for p in programs)
    assert overlaps(db, tet[0].id)  # the double-dipping check has something to show
    with db.read() as s:
        receipts = s.execute(sa.select(Receipt.kind, Receipt.collector)).all()
        met = s.scalar(sa.select(sa.func.count()).select_from(Need)
                       .where(Need.status == "met", Need.met_by_receipt_id.is_not(None)))  # fmt: skip
        donations = s.execute(sa.select(Donation.source, Donation.program_id)).all()
    assert Counter(k for k, _c in receipts)["reverse"] == 1
    assert Counter(c for k, c in receipts if k == "give")["proxy"] >= 1
    assert met >= 1
    assert {source for source, _p in donations} == {"donation", "budget"}
    assert any(p is None for _s, p in donations) and any(p for _s, p in donations)  # some earmarked
    assert result.season.receipts == len(receipts) and result.season.donations == len(donations)


def test_the_season_figures_agree_with_the_ledger(demo):
    from app.services.distribution import program_progress
    from app.services.ledger import stock
    from app.services.programs import list_programs

    db, _result = demo
    with db.read() as s:

        def sums(column, item):
            return dict(s.execute(sa.select(item, sa.func.sum(column)).group_by(item)).all())

        received = sums(Donation.quantity, Donation.item_id)
        given = sums(ReceiptLine.quantity, ReceiptLine.item_id)
        adjusted = sums(StockAdjustment.quantity, StockAdjustment.item_id)
        live = s.execute(
            sa.select(Receipt.program_id, Receipt.recipient_id, sa.func.count())
            .where(Receipt.kind == "give").group_by(Receipt.program_id, Receipt.recipient_id)
        ).all()  # fmt: skip
        reversed_ = dict(s.execute(
            sa.select(Receipt.recipient_id, sa.func.count()).where(Receipt.kind == "reverse")
            .group_by(Receipt.recipient_id)).all())  # fmt: skip
        listed = dict(s.execute(
            sa.select(Recipient.id, Recipient.program_id).where(Recipient.status == "listed")).all())  # fmt: skip
    rows = stock(db)
    assert rows and all(r.on_hand >= 0 for r in rows)
    zero = Decimal(0)
    for r in rows:  # stock = donations − given − adjustments, from the ledger itself
        assert r.on_hand == received.get(r.item.id, zero) - given.get(r.item.id, zero) - \
            adjusted.get(r.item.id, zero)  # fmt: skip
    for program_id, recipient_id, gives in live:  # a listed row of that program, received once
        assert listed[recipient_id] == program_id
        assert gives - reversed_.get(recipient_id, 0) == 1
    for p in list_programs(db):
        progress = program_progress(db, p.id)
        assert 0 <= progress.households_received <= progress.households_listed == p.households
        if p.list_status in ("draft", "submitted"):
            assert progress.households_received == 0
        for item in progress.items:
            assert item.given <= item.planned
    by_program = Counter(program_id for program_id, _r, _g in live)
    assert all(n >= 1 for n in by_program.values()) and len(by_program) >= 3


def test_a_registry_without_the_season(tmp_path):
    db = open_database(tmp_path / "bare.db")
    try:
        result = generate_demo(db, 30, SEED, season=False)
        assert result.season is None
        with db.read() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(Program)) == 0
    finally:
        db.dispose()
