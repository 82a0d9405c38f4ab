"""The entitlement function: examples from the relief plans, and properties that must always hold."""

from __future__ import annotations

import uuid
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from app.services.entitlement import (
    PER_HOUSEHOLD,
    PER_PERSON,
    HouseholdFacts,
    MemberFacts,
    Norm,
    Rules,
    assess,
)

CASH, RICE, GIFT = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
POOR, NEAR_POOR, MERIT = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
EAST, WEST = uuid.uuid4(), uuid.uuid4()


def household(*members: MemberFacts, categories=(), needs=(), hamlet=EAST) -> HouseholdFacts:
    return HouseholdFacts(hamlet, tuple(members), frozenset(categories), frozenset(needs))


def person(residence="permanent", *categories) -> MemberFacts:
    return MemberFacts(residence, frozenset(categories))


TET = Rules(
    norms=(Norm(CASH, PER_PERSON, Decimal(1_000_000), {NEAR_POOR: Decimal(500_000)}),
           Norm(RICE, PER_PERSON, Decimal(15), household_cap=Decimal(60)),
           Norm(GIFT, PER_HOUSEHOLD, Decimal(1), {MERIT: Decimal(2)})),
    categories=frozenset({POOR, NEAR_POOR, MERIT}),
    residence=frozenset({"permanent", "temporary"}),
)  # fmt: skip


def test_a_poor_household_gets_the_norm_for_each_counted_member():
    a = assess(TET, household(person(), person(), person("away"), categories=[POOR]))
    assert a.eligible and a.persons == 2
    assert a.entitled == {CASH: Decimal(2_000_000), RICE: Decimal(30), GIFT: Decimal(1)}


def test_a_larger_category_norm_applies_and_the_cap_limits_the_household():
    rules = Rules((Norm(CASH, PER_PERSON, Decimal(300_000), {POOR: Decimal(500_000), NEAR_POOR: Decimal(100_000)}),
                   Norm(RICE, PER_PERSON, Decimal(15), household_cap=Decimal(60))))  # fmt: skip
    assert assess(rules, household(*[person()] * 6, categories=[POOR])).entitled == {
        CASH: Decimal(3_000_000),
        RICE: Decimal(60),
    }
    # a smaller category norm does not lower the base
    assert assess(rules, household(person(), categories=[NEAR_POOR])).entitled[CASH] == Decimal(
        300_000
    )


def test_a_member_category_counts_only_that_member():
    a = assess(TET, household(person(), person("permanent", MERIT), person()))
    assert a.eligible and a.persons == 1
    assert a.entitled == {CASH: Decimal(1_000_000), RICE: Decimal(15), GIFT: Decimal(2)}


def test_why_a_household_is_not_eligible():
    rules = Rules(TET.norms, TET.categories, frozenset({WEST}), TET.residence, frozenset({"rice"}))
    a = assess(rules, household(person("away")))
    assert not a.eligible and a.reasons == ("hamlet", "category", "need", "residence")
    assert assess(Rules(TET.norms), household(person())).eligible  # no rules: everyone


residences = st.sampled_from(["permanent", "temporary", "away"])
category_sets = st.frozensets(st.sampled_from([POOR, NEAR_POOR, MERIT]), max_size=2)
members = st.builds(MemberFacts, residences, category_sets)
households = st.builds(HouseholdFacts, st.sampled_from([EAST, WEST]), st.lists(members, max_size=8).map(tuple),
                       category_sets, st.frozensets(st.sampled_from(["rice", "cash"])))  # fmt: skip
quantities = st.decimals(min_value=0, max_value=10_000_000, places=0)
norms = st.builds(
    Norm,
    st.sampled_from([CASH, RICE]),
    st.sampled_from([PER_PERSON, PER_HOUSEHOLD]),
    quantities,
    st.dictionaries(st.sampled_from([POOR, NEAR_POOR, MERIT]), quantities, max_size=3),
    st.none() | quantities,
)
rules = st.builds(
    Rules, st.lists(norms, min_size=1, max_size=2, unique_by=lambda n: n.item_id).map(tuple),
    category_sets, st.frozensets(st.sampled_from([EAST, WEST])),
    st.frozensets(residences), st.frozensets(st.sampled_from(["rice", "cash"])),
)  # fmt: skip


@given(rules, households, members)
def test_adding_a_member_never_lowers_an_entitlement_or_takes_eligibility_away(r, h, extra):
    before = assess(r, h)
    after = assess(r, HouseholdFacts(h.hamlet_id, (*h.members, extra), h.categories, h.open_needs))
    assert after.persons >= before.persons
    assert after.eligible or not before.eligible
    for item, quantity in before.entitled.items():
        assert after.entitled[item] >= quantity


@given(rules, households)
def test_entitlements_are_never_negative_nor_above_the_largest_norm_per_person(r, h):
    a = assess(r, h)
    for norm in r.norms:
        assert a.entitled[norm.item_id] >= 0
        top = max([norm.quantity, *norm.by_category.values()])
        if norm.basis == PER_HOUSEHOLD:
            assert a.entitled[norm.item_id] <= top
        else:
            assert a.entitled[norm.item_id] <= top * a.persons
