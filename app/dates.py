"""Dates as Vietnamese officers write them: dd/mm/yyyy, or a birth year alone."""

from __future__ import annotations

import re
from datetime import date

_DMY = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")


class DateFormatError(ValueError):
    pass


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def format_birth(birth_date: date | None, birth_year: int | None) -> str:
    if birth_date:
        return format_date(birth_date)
    return str(birth_year) if birth_year else ""


def parse_date(text: str, *, today: date | None = None) -> date | None:
    """dd/mm/yyyy (also d/m/yy, dots or dashes) or ISO yyyy-mm-dd; empty → None."""
    text = (text or "").strip()
    if not text:
        return None
    m = _ISO.match(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _DMY.match(text)
        if not m:
            raise DateFormatError(text)
        d, mo, y = (int(g) for g in m.groups())
        if len(m.group(3)) == 2:  # two-digit year: the most recent past century
            today = today or date.today()
            y += 2000 if 2000 + y <= today.year else 1900
    try:
        return date(y, mo, d)
    except ValueError as exc:
        raise DateFormatError(text) from exc


def parse_birth(text: str) -> tuple[date | None, int | None]:
    """A birth date or a birth year alone: ('05/02/1980') or ('1980')."""
    text = (text or "").strip()
    if not text:
        return None, None
    m = _YEAR.match(text)
    if m:
        return None, int(m.group(1))
    value = parse_date(text)
    return value, value.year if value else None
