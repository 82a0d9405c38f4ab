"""app/dates.py: dd/mm/yyyy as officers write it, or a birth year alone."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.dates import DateFormatError, format_birth, format_date, parse_birth, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/02/1980", date(1980, 2, 5)),
        ("5/2/1980", date(1980, 2, 5)),
        ("05.02.1980", date(1980, 2, 5)),
        ("05-02-1980", date(1980, 2, 5)),
        (" 05 / 02 / 1980 ", date(1980, 2, 5)),
        ("1980-02-05", date(1980, 2, 5)),
        ("29/02/2024", date(2024, 2, 29)),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_date_accepts_what_officers_type(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["31/02/2020", "29/02/2023", "00/01/2020", "12/13/2020", "2024-13-01", "1/2/3", "abc",
     "05/02/1980 extra", "05021980", "1980"],
)  # fmt: skip
def test_parse_date_refuses_impossible_or_garbled_dates(text):
    with pytest.raises(DateFormatError):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/02/30", date(1930, 2, 5)),  # 2030 is still to come: the last century
        ("05/02/26", date(2026, 2, 5)),
        ("05/02/27", date(1927, 2, 5)),
        ("05/02/00", date(2000, 2, 5)),
    ],
)
def test_two_digit_year_is_the_most_recent_past_century(text, expected):
    assert parse_date(text, today=date(2026, 6, 1)) == expected


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_format_then_parse_gives_the_same_date(value):
    text = format_date(value)
    assert len(text) == 10 and text[2] == text[5] == "/"
    assert parse_date(text) == value
    assert parse_date(value.isoformat()) == value


def test_format_date():
    assert format_date(date(2026, 1, 5)) == "05/01/2026"
    assert format_date(None) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1980", (None, 1980)),
        (" 1955 ", (None, 1955)),
        ("05/02/1980", (date(1980, 2, 5), 1980)),
        ("", (None, None)),
    ],
)
def test_parse_birth_takes_a_date_or_a_year_alone(text, expected):
    assert parse_birth(text) == expected


def test_parse_birth_refuses_garbage():
    with pytest.raises(DateFormatError):
        parse_birth("năm 80")


def test_format_birth():
    assert format_birth(date(1980, 2, 5), 1980) == "05/02/1980"
    assert format_birth(None, 1980) == "1980"
    assert format_birth(None, None) == ""
