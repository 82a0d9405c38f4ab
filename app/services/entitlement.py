"""Who is eligible for a program and how much each household is entitled to.

A pure function of the program's rules and a household's facts, so it can be
tested on its own (tests/services/test_entitlement.py has property tests) and
used the same way when a list is built, when an omission is explained and when
a household is added by hand.

Rules (PRODUCT.md §3):
- A household is eligible when it is in one of the program's hamlets, holds
  one of its categories (itself, or through a member), has an open need of one
  of its kinds, and has at least one member with a counted residence status.
  An empty rule means "any".
- A per-person norm counts the household's counted members; when the household
  qualifies only through members' own categories (e.g. "người có công"), it
  counts only those members.
- A category's own norm (`by_category`) applies to the person (or household)
  holding it when it is larger than the base norm: the largest norm that
  applies wins, so the base is the least anyone on the list receives, and
  holding one more category can never lower an entitlement.
- `household_cap` limits a per-person norm's total for one household.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from app.i18n import N_

PER_PERSON = "per_person"
PER_HOUSEHOLD = "per_household"
BASES = {PER_PERSON: N_("per person"), PER_HOUSEHOLD: N_("per household")}

# Why a household is not on a list; shown in the omissions report.
REASONS = {
    "hamlet": N_("Not in the program's hamlets"),
    "category": N_("In none of the program's categories"),
    "need": N_("No open need of the program's kinds"),
    "residence": N_("No member with a counted residence status"),
}


@dataclass(frozen=True)
class Norm:
    item_id: uuid.UUID
    basis: str
    quantity: Decimal
    by_category: Mapping[uuid.UUID, Decimal] = field(default_factory=dict)
    household_cap: Decimal | None = None


@dataclass(frozen=True)
class Rules:
    norms: tuple[Norm, ...]
    categories: frozenset[uuid.UUID] = frozenset()
    hamlets: frozenset[uuid.UUID] = frozenset()
    residence: frozenset[str] = frozenset()
    need_kinds: frozenset[str] = frozenset()


@dataclass(frozen=True)
class MemberFacts:
    residence: str
    categories: frozenset[uuid.UUID] = frozenset()


@dataclass(frozen=True)
class HouseholdFacts:
    hamlet_id: uuid.UUID | None
    members: tuple[MemberFacts, ...]
    categories: frozenset[uuid.UUID] = frozenset()  # the household's own
    open_needs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Assessment:
    eligible: bool
    reasons: tuple[str, ...]  # keys of REASONS, when not eligible
    persons: int  # the persons a per-person norm counts
    entitled: dict[uuid.UUID, Decimal]


def assess(rules: Rules, facts: HouseholdFacts) -> Assessment:
    counted = [m for m in facts.members if not rules.residence or m.residence in rules.residence]
    household_match = bool(facts.categories & rules.categories)
    if not rules.categories or household_match:
        beneficiaries = counted
    else:
        beneficiaries = [m for m in counted if m.categories & rules.categories]
    reasons = []
    if rules.hamlets and facts.hamlet_id not in rules.hamlets:
        reasons.append("hamlet")
    if rules.categories and not household_match and not beneficiaries:
        reasons.append("category")
    if rules.need_kinds and not facts.open_needs & rules.need_kinds:
        reasons.append("need")
    if not counted:
        reasons.append("residence")
    entitled = {n.item_id: _quantity(n, facts, beneficiaries, counted) for n in rules.norms}
    return Assessment(not reasons, tuple(reasons), len(beneficiaries), entitled)


def _quantity(
    norm: Norm, facts: HouseholdFacts, beneficiaries: list[MemberFacts], counted: list[MemberFacts]
) -> Decimal:
    if norm.basis == PER_HOUSEHOLD:
        held = facts.categories.union(*(m.categories for m in counted))
        return _norm_for(norm, held)
    total = sum((_norm_for(norm, m.categories | facts.categories) for m in beneficiaries),
                Decimal(0))  # fmt: skip
    if norm.household_cap is not None:
        total = min(total, norm.household_cap)
    return total


def _norm_for(norm: Norm, categories: Iterable[uuid.UUID]) -> Decimal:
    return max([norm.quantity, *(norm.by_category[c] for c in categories if c in norm.by_category)])
