"""The registry's rules, one set for the GUI, Excel import and sync.

Every function returns FieldErrors whose messages say what to do; none of
them touches the database.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal

from app.errors import FieldError
from app.i18n import _
from app.services import vocab
from app.text import clean, digits_only

MIN_BIRTH_YEAR = 1880


def normalise_phone(text: str | None) -> str:
    """Digits only, +84/84 country prefix turned into the leading 0."""
    if text and text[0] == "0" and text.isdigit() and text.isascii():
        return text  # already digits with its 0
    raw = clean(text)
    digits = digits_only(raw)
    if raw.startswith("+84") or (digits.startswith("84") and len(digits) in (11, 12)):
        digits = "0" + digits[2:]
    return digits


def stored_phone(text: str) -> bool:
    """A phone number already as stored (0 and 9 or 10 more digits): the common case,
    settled without cleaning."""
    return text[:1] == "0" and len(text) in (10, 11) and ascii_digits(text)


def check_phone(text: str | None, field: str = "phone", member: int | None = None):
    if not text:
        return []
    if stored_phone(text):
        return []
    raw = clean(text)
    if not raw:
        return []
    digits = normalise_phone(raw)
    if not (digits.startswith("0") and len(digits) in (10, 11)) or (
        not raw.isdigit() and any(ch.isalpha() for ch in raw)
    ):
        return [FieldError(field, _("A phone number has 10 or 11 digits and starts with 0 "
                                    "(or +84), e.g. 0912 345 678."), member)]  # fmt: skip
    return []


def ascii_digits(text: str) -> bool:
    """0-9 only: str.isdigit() also takes "²", "０" and "٣", which are no ID digits."""
    return text.isascii() and text.isdigit()


def cccd_century_digit(gender: str, year: int) -> int:
    """Digit 4 of a CCCD: gender and century of birth (FORMS.md §4)."""
    century = (year - 1900) // 100  # 1900s → 0, 2000s → 1, …
    return century * 2 + (1 if gender == "female" else 0)


def check_id(
    id_type: str,
    id_number: str | None,
    gender: str | None,
    birth_year: int | None,
    member: int | None = None,
) -> list[FieldError]:
    # Digits alone are clean already (the common case, settled in C).
    number = id_number if id_number and ascii_digits(id_number) else clean(id_number)
    if id_type not in vocab.ID_TYPES:
        return [FieldError("id_type", _("Choose the kind of ID document."), member)]
    if id_type == "none":
        if number:
            return [FieldError("id_type", _("Choose CCCD or CMND for this ID number."), member)]
        return []
    if not number:
        return [FieldError("id_number", _("Type the ID number, or choose “None”."), member)]
    length = vocab.ID_LENGTHS[id_type]
    if not ascii_digits(number) or len(number) != length:
        msg = (
            _("A CCCD number has exactly 12 digits (you typed {n}). Check it on the card.")
            if id_type == "cccd"
            else _("A CMND number has exactly 9 digits (you typed {n}). Check it on the card.")
        )
        return [FieldError("id_number", msg.format(n=len(digits_only(number)) or len(number)),
                           member)]  # fmt: skip
    # CCCD digit 4 encodes centuries from 1900 on; nobody born earlier can be checked.
    if id_type == "cccd" and gender in vocab.GENDERS and birth_year and birth_year >= 1900:
        if number[0] != "0":
            return [FieldError("id_number", _("A CCCD number starts with 0 (the province "
                                              "code, e.g. 001 for Hà Nội)."), member)]  # fmt: skip
        expected = cccd_century_digit(gender, birth_year)
        if int(number[3]) != expected:
            return [FieldError(
                "id_number",
                _("The 4th digit of this CCCD ({d}) does not match the gender and birth "
                  "year: for {g} born in {y} it should be {e}. Check the number, the gender "
                  "and the birth year.").format(
                    d=number[3], g=vocab.label(vocab.GENDERS, gender).lower(), y=birth_year,
                    e=expected),
                member,
            )]  # fmt: skip
        if number[4:6] != f"{birth_year % 100:02d}":
            return [FieldError(
                "id_number",
                _("Digits 5–6 of this CCCD ({d}) should be the last two digits of the birth "
                  "year ({y}). Check the number and the birth year.").format(
                    d=number[4:6], y=birth_year),
                member,
            )]  # fmt: skip
    return []


def check_old_id(number: str | None, member: int | None = None) -> list[FieldError]:
    number = clean(number)
    if number and (not ascii_digits(number) or len(number) not in (9, 12)):
        return [FieldError("old_id_number", _("An old ID number (CMND) has 9 or 12 digits."),
                           member)]  # fmt: skip
    return []


def check_birth(
    birth_date: date | None, birth_year: int | None, today: date, member: int | None = None
) -> list[FieldError]:
    if birth_date is None and birth_year is None:
        return [FieldError("birth", _("Type the date of birth (dd/mm/yyyy) or at least the "
                                      "year of birth."), member)]  # fmt: skip
    if birth_date is not None:
        if birth_date > today:
            return [FieldError("birth", _("The date of birth is in the future. Check the "
                                          "day, month and year."), member)]  # fmt: skip
        if birth_year is not None and birth_year != birth_date.year:
            return [FieldError("birth", _("The year of birth does not match the date of "
                                          "birth."), member)]  # fmt: skip
    year = birth_date.year if birth_date else birth_year
    if year is not None and not (MIN_BIRTH_YEAR <= year <= today.year):
        return [FieldError("birth", _("The year of birth must be between {a} and {b}.").format(
            a=MIN_BIRTH_YEAR, b=today.year), member)]  # fmt: skip
    return []


def check_name(name: str | None, member: int | None = None) -> list[FieldError]:
    name = clean(name)
    if not name:
        return [FieldError("full_name", _("Type the full name."), member)]
    if len(name) > 200:
        return [FieldError("full_name", _("The name is too long (at most 200 characters)."),
                           member)]  # fmt: skip
    if not name.replace(" ", "").isalpha() and (  # the common case, checked in C
        not all(_name_char(ch) for ch in name) or not any(ch.isalpha() for ch in name)
    ):
        return [FieldError("full_name", _("A name has only letters and spaces; check for "
                                          "digits or symbols."), member)]  # fmt: skip
    return []


def _name_char(ch: str) -> bool:
    """Letters (with their marks), spaces, and the apostrophe, hyphen or dot of some names
    (H'Hen Niê, Y-Moan); no digits, symbols or emoji."""
    return ch.isalpha() or unicodedata.category(ch).startswith("M") or ch in " '’-."


def check_choice(table: dict, code: str | None, field: str, message: str,
                 member: int | None = None) -> list[FieldError]:  # fmt: skip
    """`message` is the source string (marked with N_); translated only when it is shown."""
    return [] if code in table else [FieldError(field, _(message), member)]


def check_text_length(text: str | None, field: str, limit: int, member: int | None = None):
    if text and len(text) > limit and len(clean(text)) > limit:
        return [FieldError(field, _("Too long: at most {n} characters.").format(n=limit),
                           member)]  # fmt: skip
    return []


def check_quantity(quantity: Decimal | None, unit: str | None) -> list[FieldError]:
    errors = []
    if quantity is not None:
        if quantity < 0:
            errors.append(FieldError("quantity", _("The quantity cannot be negative.")))
        elif quantity > Decimal("1e12"):
            errors.append(FieldError("quantity", _("The quantity is too large.")))
        if not unit:
            errors.append(FieldError("unit", _("Choose the unit of the quantity.")))
    if unit and unit not in vocab.UNITS:
        errors.append(FieldError("unit", _("Choose a unit from the list.")))
    return errors
