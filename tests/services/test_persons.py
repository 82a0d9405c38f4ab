"""app/services/persons.py: who holds an ID number (search itself: test_search.py)."""

from __future__ import annotations

from app.services.households import void_household
from app.services.persons import find_id_owner


def test_find_id_owner_by_current_or_old_number(db, make_household):
    saved = make_household("Nguyễn Văn An", birth_year=1960, id_number="001060123456",
                           old_id_number="012345678")  # fmt: skip
    owner = find_id_owner(db, " 001 060 123 456 ")
    assert owner is not None
    assert (owner.full_name, owner.household_id, owner.household_code) == (
        "Nguyễn Văn An", saved.id, saved.code)  # fmt: skip
    assert find_id_owner(db, "012345678") == owner
    assert find_id_owner(db, "001060123456", exclude=owner.person_id) is None
    assert find_id_owner(db, "0010601") is None  # a prefix is not the number
    assert find_id_owner(db, "") is None


def test_a_voided_person_owns_no_number(db, make_household):
    saved = make_household("Nguyễn Văn An", birth_year=1960, id_number="001060123456")
    void_household(db, "tester", saved.id, "trùng")
    assert find_id_owner(db, "001060123456") is None
