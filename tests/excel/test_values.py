"""Cleaning the values Excel lists hold."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from app.excel.values import (
    clean_birth,
    clean_gender,
    clean_id_number,
    clean_phones,
    clean_quantity,
    clean_text,
)

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize("cell, expected", [
    ("05/02/1980", (date(1980, 2, 5), 1980)),
    ("5/2/80", (date(1980, 2, 5), 1980)),
    ("1980", (None, 1980)),
    (1980, (None, 1980)),
    (1980.0, (None, 1980)),
    (29256, (date(1980, 2, 5), 1980)),  # Excel serial
    (datetime(1980, 2, 5), (date(1980, 2, 5), 1980)),
    (date(2001, 12, 31), (date(2001, 12, 31), 2001)),
    (None, (None, None)),
    ("  ", (None, None)),
    ("03/1960", (None, 1960)),  # month and year: the year, as the registry keeps it
    ("Tháng 3/1960", (None, 1960)),
    ("khoảng 1960", (None, 1960)),  # a guess: the year (the row says it was one)
    ("Khoảng năm 1960", (None, 1960)),
    ("tầm 1955", (None, 1955)),
    ("~1960", (None, 1960)),
    ("1960?", (None, 1960)),
])  # fmt: skip
def test_birth_in_every_form(cell, expected):
    born, year, problem = clean_birth(cell, TODAY)
    assert (born, year) == expected and problem is None


@pytest.mark.parametrize(
    "cell",
    [
        "31/02/1980",
        "năm 80",
        "abc",
        -5,
        10**7,
        "13/1960",
        "03/2030",
        "khoảng 2030",
        "khoảng 1850",
        "khoảng 60 tuổi",
    ],
)
def test_a_birth_that_is_no_date_says_so(cell):
    born, year, problem = clean_birth(cell, TODAY)
    assert born is None and year is None and problem


@pytest.mark.parametrize("cell, expected", [
    ("026075001234", "026075001234"),
    (26075001234, "026075001234"),  # Excel dropped the leading zero of a CCCD
    (26075001234.0, "026075001234"),
    ("026 075 001 234", "026075001234"),
    (12345678, "012345678"),  # a CMND starting with 0
    (123456789, "123456789"),
    (None, ""),
    ("'026075001234", "026075001234"),  # Excel's text mark, kept by a CSV
    ("CCCD: 026075001234", "026075001234"),
    ("Số CMND 123456789", "123456789"),
    ("Chưa có", ""),  # a child without a card: no number, not a wrong one
    ("Không", ""),
    ("-", ""),
])  # fmt: skip
def test_id_numbers_restored_when_exact(cell, expected):
    assert clean_id_number(cell) == (expected, None)


@pytest.mark.parametrize(
    "cell",
    [
        "2.6075E+10",
        "2,60750E+11",
        1.5,
        "0260A5001234",
        "１２３",
        12345,
        "CCCD",
        "xem sổ 026075001234",
    ],
)
def test_id_numbers_that_lost_digits_are_flagged_not_guessed(cell):
    value, problem = clean_id_number(cell)
    assert value is None and problem


@pytest.mark.parametrize("cell, expected", [
    ("0912 345 678", ("0912345678",)), ("+84 912 345 678", ("0912345678",)),
    (912345678, ("0912345678",)), ("0912-345-678", ("0912345678",)), ("", ()), (None, ()),
    ("'0912345678", ("0912345678",)), ("không có", ()), ("-", ()),
    # Several numbers in one cell: all of them, the first first.
    ("0912345678 - 0987654321", ("0912345678", "0987654321")),
    ("0912345678/0987654321", ("0912345678", "0987654321")),
    ("0912345678; 0987 654 321", ("0912345678", "0987654321")),
    ("0912345678 hoặc 0987654321", ("0912345678", "0987654321")),
    ("0912345678 0987654321", ("0912345678", "0987654321")),
    ("0912345678, 0912345678", ("0912345678",)),
    ("0912345678;", ("0912345678",)),
])  # fmt: skip
def test_phones(cell, expected):
    assert clean_phones(cell) == (expected, None)


@pytest.mark.parametrize("cell", ["gọi trưởng thôn", "0912345678 - gọi con", "0912 345"])
def test_bad_phone_is_flagged(cell):
    numbers, problem = clean_phones(cell)
    assert numbers is None and problem


@pytest.mark.parametrize("cell, expected", [("Nam", "male"), ("NỮ", "female"), ("nu", "female"),
                                            ("Nam giới", "male"), ("gái", "female"),
                                            (None, None), ("", None)])  # fmt: skip
def test_genders(cell, expected):
    assert clean_gender(cell) == (expected, None)


def test_unknown_gender_is_flagged():
    assert clean_gender("khác")[1]


def test_quantities_and_text():
    assert clean_quantity("1.500.000") == (Decimal("1500000"), None)
    assert clean_quantity(12.5) == (Decimal("12.5"), None)
    assert clean_quantity("nhiều")[0] is None
    assert clean_text(1980.0) == "1980"
    assert clean_text("  Nguyễn\u00a0 Văn  An ") == "Nguyễn Văn An"


def test_id_numbers_from_a_csv_saved_by_excel_get_their_zeros_back():
    # In a CSV every cell is text: the number Excel kept has already lost its zeros.
    assert clean_id_number("26075001234") == ("026075001234", None)
    assert clean_id_number("1080001234") == ("001080001234", None)
    assert clean_id_number("12345678") == ("012345678", None)
    # Typed with its zero, or of another length: as typed, for the registry's rules.
    assert clean_id_number("0260750012") == ("0260750012", None)
    assert clean_id_number("1234567") == ("1234567", None)
