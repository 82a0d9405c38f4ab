"""The score of a pair and its words (app/dedup/scoring.py): every Reason, levels, clamping."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.dedup import PersonFacts, Thresholds
from app.dedup.engine import score_pair
from app.dedup.scoring import REASONS, explain_pair

H1, H2 = uuid.UUID(int=11), uuid.UUID(int=12)
T1, T2 = uuid.UUID(int=21), uuid.UUID(int=22)


def person(name="Nguyễn Thị Hằng", **kw) -> PersonFacts:
    kw.setdefault("birth_year", 1985)
    kw.setdefault("gender", "female")
    return PersonFacts(id=uuid.uuid4(), full_name=name, **kw)


def codes(x, y):
    score, reasons = explain_pair(x, y)
    return score, [r.code for r in reasons]


@pytest.mark.parametrize(
    ("other", "code"),
    [
        ("Nguyễn Thị Hằng", "same_name"),
        ("NGUYỄN THỊ HẰNG", "same_name"),
        ("Nguyen Thi Hang", "same_name_folded"),
        ("Hằng Nguyễn Thị", "same_name_reordered"),
        ("Nguyễn T. Hằng", "name_abbreviated"),
        ("Ng. Thị Hằng", "name_abbreviated"),
        ("Nguyễn Thị Hanh", "name_one_letter"),
        ("Nguyễn Thị Hnag", "name_one_letter"),
        ("Nguyễn Thị Hangg", "name_one_letter"),
        ("Nguyễn Thu Hanh", "name_two_letters"),
        ("Nguyễn Hằng", "name_similar"),
        ("Trần Văn Bình", "different_name"),
    ],
)
def test_name_evidence(other, code):
    assert codes(person(), person(other))[1][0] == code


def test_abbreviation_of_any_middle_word():
    assert codes(person("Nguyễn Thanh Hằng"), person("Nguyễn T. Hằng"))[1][0] == "name_abbreviated"


@pytest.mark.parametrize(
    ("a", "b", "code", "weight"),
    [
        (dict(birth_date=date(1985, 3, 4)), dict(birth_date=date(1985, 3, 4)), "same_birth_date", 35),
        (dict(birth_date=date(1985, 3, 4)), dict(), "same_birth_year", 15),
        (dict(birth_date=date(1985, 3, 4)), dict(birth_date=date(1985, 4, 3)), "same_birth_year", 15),
        (dict(birth_date=date(1985, 3, 4)), dict(birth_date=date(1985, 9, 1)), "birth_date_differs", -5),
        (dict(), dict(birth_year=1986), "birth_year_off_by_one", 5),
        (dict(), dict(birth_year=1990), "born_years_apart", -30),
        (dict(), dict(birth_year=1955), "born_years_apart", -60),
    ],
)  # fmt: skip
def test_birth_evidence(a, b, code, weight):
    _score, reasons = explain_pair(person(**a), person(**b))
    r = next(r for r in reasons if r.code == code)
    assert r.weight == weight


def test_birth_years_apart_in_words(english):
    _score, reasons = explain_pair(person(birth_year=1960), person(birth_year=1988))
    assert "born 28 years apart" in [r.text for r in reasons]


@pytest.mark.parametrize(
    ("a", "b", "code"),
    [
        (dict(id_number="026185001234"), dict(id_number="026185001234"), "same_cccd"),
        (dict(id_number="261234567"), dict(id_number="261234567"), "same_cmnd"),
        (dict(id_number="0261850012"), dict(id_number="0261850012"), "same_id"),
        (dict(id_number="026185001234", old_id_number="261234567"), dict(id_number="261234567"),
         "cccd_matches_cmnd"),
        (dict(id_number="261234567"), dict(id_number="026185001234", old_id_number="261234567"),
         "cccd_matches_cmnd"),
        (dict(id_number="026185001234", old_id_number="261234567"),
         dict(id_number="026185009999", old_id_number="261234567"), "same_old_cmnd"),
        (dict(id_number="026185001234"), dict(id_number="026185001284"), "cccd_one_digit"),
        (dict(id_number="026185001234"), dict(id_number="026185002134"), "cccd_one_digit"),
        (dict(id_number="261234567"), dict(id_number="261234576"), "id_one_digit"),
        (dict(id_number="026185001234"), dict(id_number="02618501234"), "id_digit_left_out"),
        (dict(id_number="026185001234"), dict(id_number="261234567"), "cccd_fits"),
        (dict(id_number="026190001234"), dict(id_number="261234567"), "cccd_does_not_fit"),
        (dict(id_number="026085001234"), dict(id_number="261234567"), "cccd_does_not_fit"),
        (dict(id_number="026185001234"), dict(id_number="026185777777"), "different_ids"),
        (dict(id_number="261234567"), dict(id_number="269999999"), "different_ids"),
    ],
)  # fmt: skip
def test_id_evidence(a, b, code):
    assert code in codes(person(**a), person(**b))[1]


def test_no_id_evidence_when_one_side_has_none():
    _s, found = codes(person(id_number="026185001234"), person())
    assert not {c for c in found if "id" in c or "cccd" in c or "cmnd" in c}


def test_place_gender_and_twins():
    assert "same_household" in codes(person(household_id=H1), person(household_id=H1))[1]
    assert "same_hamlet" in codes(person(household_id=H1, hamlet_id=T1),
                                  person(household_id=H2, hamlet_id=T1))[1]  # fmt: skip
    _s, found = codes(person(household_id=H1, hamlet_id=T1), person(household_id=H2, hamlet_id=T2))
    assert "same_hamlet" not in found and "same_household" not in found
    assert "different_gender" in codes(person(), person(gender="male"))[1]
    born = date(2015, 6, 1)
    twins = codes(person("Nguyễn Văn Minh", gender="male", birth_date=born, household_id=H1),
                  person("Nguyễn Văn Mạnh", gender="male", birth_date=born, household_id=H1))  # fmt: skip
    assert twins[1] == ["name_one_letter", "same_birth_date", "same_household", "twins"]
    assert twins[0] < Thresholds().review


def test_every_reason_has_words_in_vietnamese():
    from app.i18n import _

    for code, (text, _w) in REASONS.items():
        assert _(text) != text, code


def test_score_pair_levels_and_clamp(english):
    x = person(id_number="026185001234", birth_date=date(1985, 3, 4), household_id=H1)
    y = person("Nguyen Thi Hang", id_number="026185001234", birth_date=date(1985, 3, 4),
               household_id=H1)  # fmt: skip
    c = score_pair(x, y)
    assert c.score == 100 and c.level == "suggest"  # 38 + 35 + 50 + 10, clamped
    assert c.a is x and c.b is y
    assert (
        c.explanation
        == "same name without accents, same birth date, same CCCD number, same household"
    )
    mid = score_pair(
        person(birth_date=date(1985, 3, 4)), person("Nguyen Thi Hang", birth_date=date(1985, 3, 4))
    )
    assert mid.score == 73 and mid.level == "review"
    assert score_pair(person(), person("Nguyen Thi Hang")) is None  # 38 + 15: not shown
    lower = Thresholds(suggest=53, review=50)
    assert score_pair(person(), person("Nguyen Thi Hang"), lower).level == "suggest"
    assert score_pair(person(), person("Nguyen Thi Hang"), Thresholds(60, 50)).level == "review"


def test_father_and_son_namesakes_are_not_shown():
    dad = person(
        "Lê Văn Nam", gender="male", birth_year=1955, household_id=H1, id_number="026055001234"
    )
    son = person(
        "Lê Văn Nam", gender="male", birth_year=1983, household_id=H1, id_number="026083004321"
    )
    score, found = codes(dad, son)
    assert score == 0 and "born_years_apart" in found and "different_ids" in found
