"""Find the header row of a list and say which column holds which field.

Headers come in many spellings ("Họ và tên", "HỌ TÊN CHỦ HỘ", "Ho ten",
"Số CCCD/CMND", "Năm sinh"…), under merged title rows. Matching is on the
folded text (no accents, lower case), against the synonyms below; the most
specific synonym wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.excel.reading import Value
from app.i18n import N_
from app.text import fold

# field → (label, folded synonyms). Order matters only for ties.
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "stt": (N_("No."), ("stt", "so thu tu", "tt", "no")),
    "household_code": (
        N_("Household code"),
        ("ma ho", "ma ho gia dinh", "so ho", "ma so ho", "household code", "household id"),
    ),
    "full_name": (
        N_("Full name"),
        (
            "ho va ten",
            "ho ten",
            "ho va ten chu ho",
            "ho ten chu ho",
            "ten chu ho",
            "chu ho",
            "ho va ten nguoi nhan",
            "full name",
            "name",
            "ten",
        ),
    ),
    "birth": (
        N_("Date of birth"),
        (
            "ngay sinh",
            "ngay thang nam sinh",
            "ngay, thang, nam sinh",
            "date of birth",
            "dob",
            "sinh ngay",
        ),
    ),
    "birth_year": (N_("Year of birth"), ("nam sinh", "year of birth", "nam")),
    "gender": (N_("Gender"), ("gioi tinh", "gioi", "nam nu", "gender", "sex")),
    "id_number": (
        N_("ID number"),
        (
            "so cccd",
            "cccd",
            "so cmnd",
            "cmnd",
            "so cccd cmnd",
            "cccd cmnd",
            "so dinh danh",
            "so dinh danh ca nhan",
            "can cuoc",
            "so can cuoc",
            "so cmnd cccd",
            "id number",
        ),
    ),
    "hamlet": (
        N_("Hamlet"),
        (
            "thon",
            "to",
            "thon to",
            "xom",
            "ban",
            "ap",
            "to dan pho",
            "thon xom",
            "khu pho",
            "hamlet",
        ),
    ),
    "address": (
        N_("Address"),
        ("dia chi", "noi o", "cho o hien nay", "dia chi thuong tru", "address"),
    ),
    "relation": (
        N_("Relation to head"),
        ("quan he voi chu ho", "quan he", "qh voi chu ho", "relation"),
    ),
    "category": (
        N_("Category"),
        ("doi tuong", "dien doi tuong", "thanh phan", "phan loai", "category"),
    ),
    "phone": (N_("Phone"), ("sdt", "so dien thoai", "dien thoai", "dt", "phone")),
    "household_size": (
        N_("Number of members"),
        ("so nhan khau", "so khau", "nhan khau", "so thanh vien", "members"),
    ),
    "note": (N_("Note"), ("ghi chu", "note", "notes")),
}
_SYNONYMS = {syn: field for field, (_label, syns) in FIELDS.items() for syn in syns}
HEADER_SEARCH_ROWS = 30  # title blocks above a header rarely take more than a dozen rows


@dataclass(frozen=True)
class Layout:
    header_row: int  # index into the rows
    columns: dict[int, str]  # column index → field
    unmapped: list[tuple[int, str]]  # columns whose header matched nothing


def field_for(header: Value) -> str | None:
    """The field a header cell names, or None."""
    if header is None:
        return None
    text = fold(str(header))
    if not text:
        return None
    if text in _SYNONYMS:
        return _SYNONYMS[text]
    # "Họ và tên (chủ hộ)", "Số CCCD/CMND (12 số)": the longest synonym that starts it.
    best = max((s for s in _SYNONYMS if len(s) >= 3 and text.startswith(s + " ")),
               key=len, default=None)  # fmt: skip
    return _SYNONYMS[best] if best else None


def _score(row: Sequence[Value]) -> int:
    return len({f for f in (field_for(v) for v in row) if f})


def detect_layout(rows: list[list[Value]]) -> Layout | None:
    """The header row (the one naming most fields, at least a name) and its columns."""
    best, best_score = None, 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        fields = {field_for(v) for v in row}
        score = _score(row)
        if "full_name" in fields and score > best_score:
            best, best_score = index, score
    if best is None:
        return None
    columns: dict[int, str] = {}
    unmapped: list[tuple[int, str]] = []
    for col, value in enumerate(rows[best]):
        field = field_for(value)
        if field and field not in columns.values():
            columns[col] = field
        elif value is not None and str(value).strip():
            unmapped.append((col, str(value).strip()))
    return Layout(best, columns, unmapped)
