"""Cell values as lists hold them, cleaned into what the registry stores.

Each function returns (value, problem): the cleaned value, or None with a
message that says what is wrong with the cell. Nothing here guesses where a
person could be paid twice: an ID number that cannot be restored exactly is
flagged, not repaired.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from app.dates import DateFormatError, parse_date
from app.excel.reading import Value
from app.i18n import _
from app.services.validation import ascii_digits, normalise_phone, stored_phone
from app.text import clean, fold

EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0 (with its 1900 leap-year bug folded in)
_SCIENTIFIC = re.compile(r"^\s*(\d+(?:[.,]\d+)?)[eE]\+?(\d+)\s*$")

Cleaned = tuple[object, str | None]

# What lists write in an ID or phone cell for "none" (folded): the cell is empty.
NONE_WORDS = {"khong", "khong co", "chua co", "chua cap", "chua lam", "chua", "ko", "k",
              "kh", "none", "n a", "na", "x"}  # fmt: skip
# "CCCD: 001…", "Số CMND 0…", "Căn cước 0…" before the number (Excel's "'" text mark too).
_ID_LABEL = re.compile(r"^['’`]?\s*(?:(?:số|so)\s+)?(?:cccd|cmnd|cmtnd|cmt|căn cước|can cuoc)?"
                       r"(?:\s+(?:số|so))?\s*[:.]?\s*", re.I)  # fmt: skip
_MONTH_YEAR = re.compile(r"(?:thang\s*)?(\d{1,2})[/.\- ](\d{4})")  # "03/1960", "Tháng 3/1960"
# "khoảng 1960", "tầm năm 1960" (folded), "~1960", "1960?": a year the list is not sure of;
# "khoảng 70" in an age column.
ABOUT_WORDS = ("khoang chung", "khoang", "tam", "chung", "uoc tinh", "uoc", "co le", "ca",
               "circa", "about", "approx")  # fmt: skip
_ABOUT_YEAR = re.compile(rf"(?:{'|'.join(ABOUT_WORDS)})\s+(?:nam\s+)?(\d{{4}})")
_ABOUT_YEAR_MARK = re.compile(r"(?:~|±|\+/-|\+-)\s*(\d{4})|(\d{4})\s*\?")
# Between the numbers of a cell that holds several: "0912… - 0987…", "0912…/0987…",
# "0912… hoặc 0987…" (a dash with no spaces is inside one number: "0912-345-678").
_PHONE_SEPARATOR = re.compile(r"\s*(?:[,;/|\n]|\s[-–]\s|\s(?:hoặc|hoac|và|va|or|and)\s)\s*",
                              re.I)  # fmt: skip


def _says_none(text: str) -> bool:
    """An ID or phone cell that says there is none: "Không", "Chưa có", "-", "—"."""
    return not any(ch.isalnum() for ch in text) or fold(text) in NONE_WORDS


def clean_text(value: Value) -> str:
    """Any cell as text: NFC, trimmed; whole floats lose their ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(str(value))


def clean_birth(
    value: Value, today: date | None = None
) -> tuple[date | None, int | None, str | None]:
    """(birth date, birth year, problem) from a date cell, an Excel serial, text or a year."""
    today = today or date.today()
    if type(value) is str and len(value) == 10 and value[2] == "/" == value[5]:
        # dd/mm/yyyy, as lists type it: read at once (anything else, or a day that
        # does not exist, goes the general way below and gets its message there)
        day, month, year = value[:2], value[3:5], value[6:]
        if (day + month + year).isdigit() and value.isascii():
            try:
                parsed = date(int(year), int(month), int(day))
            except ValueError:
                pass
            else:
                return parsed, parsed.year, None
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None, None
    if isinstance(value, datetime):
        return value.date(), value.year, None
    if isinstance(value, date):
        return value, value.year, None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = int(value)
        if 1880 <= number <= today.year:  # a year typed as a number
            return None, number, None
        if 1 <= number <= 80000:  # an Excel date serial the file kept as a number
            day = EXCEL_EPOCH + timedelta(days=number)
            return day, day.year, None
        return None, None, _("“{v}” is not a date or a year.").format(v=value)
    text = clean_text(value)
    if re.fullmatch(r"\d{4}", text):
        return None, int(text), None
    month_year = _MONTH_YEAR.fullmatch(fold(text))
    if month_year and 1 <= int(month_year[1]) <= 12:  # the registry keeps the year alone
        return _year_only(int(month_year[2]), text, today)
    about = about_year(text)
    if about is not None:  # the year, as the registry keeps it; the row says it was a guess
        return _year_only(about, text, today)
    try:
        parsed = parse_date(text, today=today)
    except DateFormatError:
        return None, None, _("“{v}” is not a date: write dd/mm/yyyy or the year.").format(v=text)
    return parsed, parsed.year if parsed else None, None


def _year_only(year: int, text: str, today: date) -> tuple[None, int | None, str | None]:
    if 1880 <= year <= today.year:
        return None, year, None
    return None, None, _("“{v}” is not a date or a year.").format(v=text)


def clean_id_number(value: Value) -> Cleaned:
    """An ID number as text; restored from a number Excel made of it when that is exact."""
    if value is None:
        return "", None
    if value.__class__ is str and len(value) in (9, 12) and ascii_digits(value):
        return value, None  # a CMND or CCCD typed as text, digits only: settled at once
    if isinstance(value, bool):
        return None, _("“{v}” is not an ID number.").format(v=value)
    if isinstance(value, int):
        digits = str(value)
    elif isinstance(value, float):
        if not value.is_integer() or value >= 1e15:  # digits were lost to floating point
            return None, _("The ID number {v} lost digits in Excel. Type it again as text.").format(
                v=value)  # fmt: skip
        digits = str(int(value))
    else:
        shown = clean_text(value)
        if _says_none(shown):
            return "", None
        text = _ID_LABEL.sub("", shown, count=1).replace(" ", "").replace(".", "").replace("-", "")
        match = _SCIENTIFIC.match(text.replace(",", "."))
        if match:
            return None, _("The ID number “{v}” was shortened by Excel (scientific notation); "
                           "the missing digits cannot be recovered. Type it again as text."
                           ).format(v=clean_text(value))  # fmt: skip
        if not text.isascii() or not text.isdigit():
            return None, _("“{v}” is not an ID number: it should have only digits.").format(
                v=clean_text(value))  # fmt: skip
        if len(text) not in (8, 10, 11) or text.startswith("0"):
            return text, None  # as typed: the registry's rules judge it
        digits = text  # a CSV saved from Excel: the number's zeros are already gone
    # Excel dropped the leading zeros: every CCCD starts with its province code,
    # 001 to 096, so one or two zeros may be gone.
    if len(digits) in (10, 11):
        return digits.zfill(12), None
    if len(digits) in (9, 12):
        return digits, None
    if len(digits) == 8:  # a CMND whose first digit was 0
        return "0" + digits, None
    return None, _("The ID number {v} has {n} digits; a CCCD has 12, a CMND 9.").format(
        v=digits, n=len(digits))  # fmt: skip


def about_year(value: Value) -> int | None:
    """The year of a birth cell that gives it as a guess ("khoảng 1960", "1960?"), else None."""
    if not isinstance(value, str):
        return None
    match = _ABOUT_YEAR_MARK.fullmatch(value.strip())
    if match:
        return int(match[1] or match[2])
    match = _ABOUT_YEAR.fullmatch(fold(value))
    return int(match[1]) if match else None


def clean_phones(value: Value) -> Cleaned:
    """The phone numbers of a cell, as a tuple (most hold one; the first is the person's);
    a leading zero Excel dropped is put back. A cell with anything but numbers is wrong."""
    if type(value) is str and stored_phone(value):
        return (value,), None  # already as stored: the common case, settled at once
    text = clean_text(value)
    if not text or _says_none(text):
        return (), None
    numbers = []
    for part in filter(None, _PHONE_SEPARATOR.split(text.lstrip("'’`"))):  # "0912…;" too
        one = _phone(part)
        if one is not None:
            numbers.append(one)
            continue
        spaced = [_phone(chunk) for chunk in part.split()]  # "0912345678 0987654321"
        if len(spaced) < 2 or None in spaced:
            return None, _("“{v}” is not a phone number.").format(v=text)
        numbers += spaced
    return tuple(dict.fromkeys(numbers)), None  # the same number twice is one


def _phone(text: str) -> str | None:
    digits = normalise_phone(text)
    if digits.isdigit() and len(digits) in (9, 10) and not digits.startswith("0"):
        digits = "0" + digits
    ok = digits.isdigit() and digits.startswith("0") and len(digits) in (10, 11)
    return digits if ok else None


_GENDERS = {"nam": "male", "nu": "female", "male": "male", "female": "female", "m": "male",
            "f": "female", "nam gioi": "male", "nu gioi": "female", "trai": "male",
            "gai": "female", "x": None}  # fmt: skip


def clean_gender(value: Value) -> Cleaned:
    text = fold(clean_text(value))
    if not text:
        return None, None
    if text in _GENDERS and _GENDERS[text]:
        return _GENDERS[text], None
    return None, _("“{v}” is not a gender: write Nam or Nữ.").format(v=clean_text(value))


def clean_quantity(value: Value) -> Cleaned:
    if value is None:
        return None, None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(str(value)), None
    from app.numbers import parse_number

    try:
        return parse_number(clean_text(value)), None
    except (ValueError, InvalidOperation):
        return None, _("“{v}” is not a number.").format(v=clean_text(value))
