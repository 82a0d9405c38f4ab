"""Matching forms of names and ID numbers (app/dedup/normalise.py)."""

from __future__ import annotations

import unicodedata

import pytest

from app.dedup.normalise import (
    abbreviation_fits,
    cccd_facts,
    cccd_fits,
    id_digits,
    id_distance,
    id_kind,
    name_distance,
    name_forms,
)


def test_folded_nfc_and_punctuation():
    nfd = unicodedata.normalize("NFD", "Nguyễn  Thị-Hằng ")
    f = name_forms(nfd)
    assert f.exact == "nguyễn thị-hằng"
    assert f.folded == f.canonical == "nguyen thi hang"
    assert name_forms("ĐỖ VĂN ĐẠT").canonical == "do van dat"


@pytest.mark.parametrize(
    "typed",
    ["Hằng Nguyễn Thị", "Nguyễn T. Hằng", "Nguyễn T Hằng", "Ng. Thị Hằng", "NGUYEN THI HANG"],
)
def test_same_canonical_name(typed):
    assert name_forms(typed).canonical == "nguyen thi hang"
    assert name_forms(typed).given == "hang"


def test_swapped_order_only_when_a_surname_follows():
    assert name_forms("An Nguyễn Văn").rotated
    assert name_forms("An Nguyễn Văn").canonical == "nguyen van an"
    # "Văn" may be a surname but is far more often a middle name: no turning round.
    assert name_forms("Xa Văn Nam").canonical == "xa van nam"
    assert not name_forms("Nguyễn Văn An").rotated
    # A given name that is also a surname, put first, still meets by its sorted words.
    assert name_forms("Lê Nguyễn Văn").sorted_key == name_forms("Nguyễn Văn Lê").sorted_key


def test_abbreviations():
    assert name_forms("Nguyễn V. An").canonical == "nguyen van an"
    assert name_forms("Nguyễn H. Nam").canonical == "nguyen h nam"  # H. is not written out
    assert name_forms("Nguyễn H. Nam").short_words
    assert name_forms("Nguyễn H. Nam").initials_key == name_forms("Nguyễn Hữu Nam").initials_key
    assert abbreviation_fits("nguyen h nam", "nguyen huu nam")
    assert abbreviation_fits("ng thi hang", "nguyen thi hang")
    assert not abbreviation_fits("nguyen h nam", "nguyen van nam")
    assert not abbreviation_fits("nguyen h nam", "nguyen huu nga")


def test_name_distance_counts_letters():
    assert name_distance("nguyen thi hang", "nguyen thi hanh") == 1
    assert name_distance("nguyen thi hang", "nguyen thi hnag") == 1  # neighbours swapped
    assert name_distance("nguyen thi hang", "nguyen thi han") == 1
    assert name_distance("nguyen thi hang", "tran thi hang") == 3  # above the cutoff of 2


def test_id_numbers():
    assert id_digits(" 026.185-001 234 ") == "026185001234"
    assert id_kind("026185001234") == "cccd"
    assert id_kind("261234567") == "cmnd"
    assert id_kind("02618500123") == "other"
    assert id_kind("") == ""
    assert id_distance("026185001234", "026185001239") == 1  # mistyped
    assert id_distance("026185001234", "026185002134") == 1  # swapped
    assert id_distance("026185001234", "02618501234") == 1  # left out
    assert id_distance("026185001234", "026185004321") == 2


def test_cccd_digits_say_gender_and_year():
    assert cccd_facts("026185001234") == ("female", 1985)
    assert cccd_facts("026004001234") == ("male", 1904)
    assert cccd_facts("026212001234") == ("male", 2012)
    assert cccd_facts("026312001234") == ("female", 2012)
    assert cccd_facts("261234567") is None
    assert cccd_fits("026185001234", "female", 1985) is True
    assert cccd_fits("026185001234", "male", 1985) is False
    assert cccd_fits("026185001234", "female", 1986) is False
    assert cccd_fits("026185001234", "female", None) is None
