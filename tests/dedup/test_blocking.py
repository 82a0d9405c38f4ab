"""Candidate generation (app/dedup/blocking.py): who meets whom, each pair once."""

from __future__ import annotations

from datetime import date

from app.dedup import PersonFacts
from app.dedup.blocking import NameIndex, candidate_pairs, id_pairs, name_pairs
from app.dedup.normalise import name_forms
from app.dedup.scoring import rec_of


def recs(*rows):
    return [rec_of(PersonFacts(None, name, year, id_number=idn)) for name, year, idn in rows]


def test_names_meet_by_order_abbreviation_and_typos():
    names = ["nguyen thi hang", "nguyen thi hanh", "nguyen thu hang", "tran thi hang",
             "nguyen h nam", "nguyen huu nam", "le van an"]  # fmt: skip
    forms = {n: name_forms(n) for n in names}
    pairs = name_pairs(forms, {"nguyen h nam"})
    assert ("nguyen thi hang", "nguyen thi hanh") in pairs  # given name one letter off
    assert ("nguyen thi hang", "nguyen thu hang") in pairs  # middle name one letter off
    assert ("nguyen h nam", "nguyen huu nam") in pairs  # shortened middle name
    assert ("nguyen thi hang", "tran thi hang") not in pairs  # other surname: 3+ letters
    assert not any("le van an" in p for p in pairs)


def test_persons_meet_within_one_birth_year():
    rs = recs(("Nguyễn Thị Hằng", 1985, ""), ("Hằng Nguyễn Thị", 1986, ""),
              ("Nguyen Thi Hanh", 1984, ""), ("Nguyễn Thị Hằng", 1987, ""),
              ("Nguyễn Thị Hằng", None, ""), ("Trần Văn An", 1985, ""))  # fmt: skip
    pairs = set(candidate_pairs(rs))
    assert (0, 1) in pairs and (0, 2) in pairs and (1, 3) in pairs
    assert (0, 3) not in pairs  # two years apart
    assert (2, 3) not in pairs  # one letter and three years
    assert {(0, 4), (1, 4), (3, 4)} <= pairs  # an unknown year meets every year
    assert not any(5 in p for p in pairs)
    assert all(i < j for i, j in pairs)
    assert len(list(candidate_pairs(rs))) == len(pairs)  # each once


def test_id_numbers_one_edit_apart_meet_on_the_same_birth_date():
    born = date(1985, 3, 4)
    numbers = [
        "026185001234",
        "026185001239",
        "026185002134",
        "02618501234",
        "261234567",
        "261234576",
        "026185009876",
    ]  # mistyped, swapped, left out; a CMND pair; other
    rs = [rec_of(PersonFacts(None, name, 1985, born, id_number=n))
          for name, n in zip("ABCDEFG", numbers, strict=True)]  # fmt: skip
    pairs = {tuple(sorted(p)) for p in id_pairs(rs)}
    assert pairs == {(0, 1), (0, 2), (0, 3), (4, 5)}
    other_day = [
        *rs[:1],
        rec_of(PersonFacts(None, "B", 1985, date(1985, 3, 5), id_number=numbers[1])),
    ]
    assert list(id_pairs(other_day)) == []


def test_an_old_cmnd_meets_the_number():
    rs = [rec_of(PersonFacts(None, "A", 1985, id_number="026185001234", old_id_number="261234567")),
          rec_of(PersonFacts(None, "B", 1950, id_number="261234567"))]  # fmt: skip
    assert list(candidate_pairs(rs)) == [(0, 1)]


def test_the_id_path_skips_pairs_the_names_gave():
    rs = recs(("Nguyễn Văn An", 1980, "026080001234"), ("Nguyễn Văn An", 1980, "026080001235"))
    index = NameIndex(rs)
    assert index.covers(rs[0], rs[1])
    assert list(candidate_pairs(rs, index)) == [(0, 1)]
