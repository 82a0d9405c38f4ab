"""app/services/validation.py: the registry's rules (FORMS.md §4)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.errors import FieldError
from app.services import validation as v

TODAY = date(2026, 11, 27)

genders = st.sampled_from(["male", "female"])
years = st.integers(min_value=1900, max_value=2399)


def make_cccd(province: int, gender: str, year: int, tail: int) -> str:
    return f"{province:03d}{v.cccd_century_digit(gender, year)}{year % 100:02d}{tail:06d}"


@pytest.mark.parametrize(
    ("gender", "year", "digit"),
    [
        ("male", 1900, 0), ("female", 1999, 1), ("male", 2000, 2), ("female", 2099, 3),
        ("male", 2100, 4), ("female", 2100, 5), ("male", 2200, 6), ("female", 2399, 9),
    ],
)  # fmt: skip
def test_cccd_century_digit(gender, year, digit):
    assert v.cccd_century_digit(gender, year) == digit


@pytest.mark.parametrize(
    ("number", "gender", "year"),
    [
        ("001080123456", "male", 1980),  # Hà Nội, man born 1980
        ("079185000001", "female", 1985),  # Hồ Chí Minh, woman born 1985
        ("026203999999", "male", 2003),
        ("026312000000", "female", 2012),
        ("001000123456", "male", 1900),
        ("036199123456", "female", 1999),
        ("036199123456", None, None),  # nothing to check it against: only the form
    ],
)
def test_correct_cccd_is_accepted(number, gender, year):
    assert v.check_id("cccd", number, gender, year) == []


@pytest.mark.parametrize(
    ("number", "gender", "year", "words"),
    [
        ("001180123456", "male", 1980, "4th digit"),  # 1 is a woman
        ("001080123456", "female", 1980, "4th digit"),
        ("001280123456", "male", 1980, "4th digit"),  # 2 is born in the 2000s
        ("001081123456", "male", 1980, "Digits 5–6"),
        ("026203123456", "male", 2004, "Digits 5–6"),
        ("101080123456", "male", 1980, "starts with 0"),
        ("00108012345", "male", 1980, "exactly 12 digits (you typed 11)"),
        ("0010801234567", "male", 1980, "exactly 12 digits (you typed 13)"),
        ("00108012345A", "male", 1980, "exactly 12 digits"),
        ("001-080-123456", "male", 1980, "exactly 12 digits"),
    ],
)
def test_wrong_cccd_is_refused_with_a_message(english, number, gender, year, words):
    [error] = v.check_id("cccd", number, gender, year, member=2)
    assert error.field == "id_number"
    assert error.member == 2
    assert words in error.message


def test_cccd_message_names_the_expected_digit(english):
    [error] = v.check_id("cccd", "001180123456", "male", 1980)
    assert "(1)" in error.message and "it should be 0" in error.message and "1980" in error.message


@given(st.integers(0, 99), genders, years, st.integers(0, 999_999))
def test_any_well_formed_cccd_is_accepted(province, gender, year, tail):
    assert v.check_id("cccd", make_cccd(province, gender, year, tail), gender, year) == []


@given(st.integers(0, 99), genders, years, st.integers(0, 999_999), st.integers(0, 9))
def test_a_cccd_with_the_wrong_gender_or_century_digit_is_refused(
    province, gender, year, tail, digit
):
    good = make_cccd(province, gender, year, tail)
    assume(int(good[3]) != digit)
    bad = good[:3] + str(digit) + good[4:]
    assert [e.field for e in v.check_id("cccd", bad, gender, year)] == ["id_number"]


@given(st.integers(0, 99), genders, years, st.integers(0, 999_999), st.integers(0, 99))
def test_a_cccd_with_the_wrong_year_digits_is_refused(province, gender, year, tail, yy):
    good = make_cccd(province, gender, year, tail)
    assume(int(good[4:6]) != yy)
    bad = good[:4] + f"{yy:02d}" + good[6:]
    assert [e.field for e in v.check_id("cccd", bad, gender, year)] == ["id_number"]


@pytest.mark.parametrize("number", ["012345678", "260123456", "000000001"])
def test_cmnd_of_nine_digits_is_accepted(number):
    assert v.check_id("cmnd", number, "male", 1960) == []


@pytest.mark.parametrize("number", ["01234567", "0123456789", "01234567X", "０１２３４５６７８"])
def test_cmnd_of_other_lengths_or_characters_is_refused(english, number):
    [error] = v.check_id("cmnd", number, "male", 1960)
    assert error.field == "id_number" and "9 digits" in error.message


@pytest.mark.parametrize(
    "number",
    [
        "0²6080123456",  # superscript two: str.isdigit() says yes
        "026²80123456",  # … and int() refuses it
        "０２６０８０１２３４５６",  # full-width digits
        "٠٢٦٠٨٠١٢٣٤٥٦",  # Arabic-Indic digits
        "026080123456\U0001f600",
        "026080 123456",
    ],
)
def test_id_numbers_must_be_ascii_digits(number):
    for gender, year in [("male", 1980), (None, None)]:
        errors = v.check_id("cccd", number, gender, year)
        assert [e.field for e in errors] == ["id_number"]
    assert [e.field for e in v.check_old_id(number)] == ["old_id_number"]


def test_id_type_rules(english):
    assert v.check_id("none", "", None, None) == []
    assert v.check_id("none", "026080123456", "male", 1980)[0].field == "id_type"
    assert v.check_id("passport", "B1234567", "male", 1980)[0].field == "id_type"
    assert v.check_id("cccd", "  ", "male", 1980)[0].field == "id_number"


@given(st.sampled_from(["cccd", "cmnd", "none", "x"]), st.text(), st.none() | genders,
       st.none() | st.integers(-5000, 5000))  # fmt: skip
def test_check_id_never_crashes_and_accepts_only_ascii_digits(id_type, number, gender, year):
    errors = v.check_id(id_type, number, gender, year)
    assert all(isinstance(e, FieldError) and e.message for e in errors)
    if not errors and id_type in ("cccd", "cmnd"):
        cleaned = v.clean(number)
        assert cleaned.isascii() and cleaned.isdigit()
        assert len(cleaned) == {"cccd": 12, "cmnd": 9}[id_type]


@pytest.mark.parametrize(("number", "ok"), [("", True), ("012345678", True),
                                            ("001080123456", True), ("0123456789", False),
                                            ("12345678a", False)])  # fmt: skip
def test_old_id_number(number, ok):
    assert (v.check_old_id(number) == []) is ok


@pytest.mark.parametrize(
    ("birth_date", "birth_year", "ok"),
    [
        (date(1980, 2, 5), None, True),
        (date(1980, 2, 5), 1980, True),
        (None, 1980, True),  # a birth year alone is common and valid
        (TODAY, None, True),
        (date(2026, 11, 28), None, False),  # tomorrow
        (date(2030, 1, 1), 2030, False),
        (None, 2027, False),
        (None, 1879, False),
        (date(1980, 2, 5), 1981, False),
        (None, None, False),
    ],
)
def test_birth(birth_date, birth_year, ok):
    errors = v.check_birth(birth_date, birth_year, TODAY, member=0)
    assert (errors == []) is ok
    assert all(e.field == "birth" and e.member == 0 for e in errors)


def test_future_birth_date_message(english):
    [error] = v.check_birth(date(2026, 12, 1), None, TODAY)
    assert "in the future" in error.message


@pytest.mark.parametrize(
    "name",
    ["Nguyễn Văn An", "Đặng Thị Đào", "H'Hen Niê", "Ksor H’Ble", "Y-Moan Ênuôl", "An",
     "Nguye\u0302\u0303n Va\u0306n An"],
)  # fmt: skip
def test_names_that_are_accepted(name):
    assert v.check_name(name) == []


@pytest.mark.parametrize(
    "name",
    [
        "",
        "   ",
        "\x00\x01\x1b",
        "A" * 201,
        "Nguyễn Văn 2",
        "Nguyễn Văn An 😀",
        "😀😀",
        "Nguyễn Văn @n",
        "Trần Thị <b>Hoa</b>",
        "=HYPERLINK(1)",
        "---",
    ],
)
def test_names_that_are_refused(name):
    errors = v.check_name(name, member=1)
    assert [(e.field, e.member) for e in errors] == [("full_name", 1)]


@pytest.mark.parametrize(
    ("phone", "normalised"),
    [
        ("0912345678", "0912345678"),
        ("0912 345 678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("84912345678", "0912345678"),
        ("02838123456", "02838123456"),  # 11 digits: a landline with area code
    ],
)
def test_phone_numbers_accepted_and_normalised(phone, normalised):
    assert v.check_phone(phone) == []
    assert v.normalise_phone(phone) == normalised


@pytest.mark.parametrize(
    "phone", ["09l2345678", "0912345", "912345678", "0912345678901", "số 0912345678", "abc"]
)
def test_phone_numbers_refused(phone):
    assert [e.field for e in v.check_phone(phone)] == ["phone"]


def test_text_length():
    assert v.check_text_length("a" * 300, "address", 300) == []
    assert [e.field for e in v.check_text_length("a" * 301, "address", 300)] == ["address"]


@pytest.mark.parametrize(
    ("quantity", "unit", "fields"),
    [
        (Decimal(10), "kg", []),
        (None, None, []),
        (Decimal(-1), "kg", ["quantity"]),
        (Decimal("1e13"), "VND", ["quantity"]),
        (Decimal(5), None, ["unit"]),
        (Decimal(5), "tấn", ["unit"]),
    ],
)
def test_quantity(quantity, unit, fields):
    assert [e.field for e in v.check_quantity(quantity, unit)] == fields
