"""The batch matcher (app/dedup/batch.py) finds what the engine finds: held to `find_pairs` on
the evaluation set, so a change of the engine's blocking or scoring shows up here."""

from __future__ import annotations

import pytest

from app.dedup import Thresholds, batch
from app.dedup.engine import find_pairs
from tests.dedup.evalset import make_evalset


@pytest.fixture(scope="module")
def evalset():
    return make_evalset()


def _pairs(evalset, candidates):
    index = {p.id: i for i, p in enumerate(evalset.people)}
    return {tuple(sorted((index[c.a.id], index[c.b.id]))): c.score for c in candidates}


@pytest.mark.parametrize("t", [Thresholds(), Thresholds(90, 50), Thresholds(80, 20)])
def test_within_finds_every_pair_the_engine_finds(evalset, t):
    engine = _pairs(evalset, find_pairs(evalset.people, t))
    ours = _pairs(evalset, batch.within(evalset.people, t))
    assert engine, "the set has duplicates"
    assert engine.keys() <= ours.keys()
    assert all(ours[k] == score for k, score in engine.items())
    # More only where numbers one edit apart meet whatever the birth dates: few.
    assert len(ours) - len(engine) <= len(engine) // 50


def test_different_numbers_cannot_reach_review():
    assert batch.id_bound() < Thresholds().review


def test_registry_lookups_hold_the_engines_forms_of_a_name(evalset):
    """Against the registry names are looked up as person.name_folded holds them: every
    form the engine compares a name under must be among the spellings tried."""
    from app.dedup.normalise import name_forms

    for p in evalset.people:
        f = name_forms(p.full_name)
        assert {f.folded, f.ordered, f.canonical} <= set(batch._lookup_names(p.full_name))
    # The given name typed first is met from either side.
    assert "hang nguyen thi" in batch._lookup_names("Nguyễn Thị Hằng")
    assert "hoang van luc" in batch._lookup_names("Lực Hoàng Văn")
