"""app/services/demo.py: a deterministic synthetic commune that the registry's rules accept."""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date

import pytest
import sqlalchemy as sa

from app.db import check_database, open_database
from app.errors import UserError
from app.models import Hamlet, Household, Installation, Need, Outbox, Person, synced_tables
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
