"""Find the header row of a list and say which column holds which field.

Headers come in many spellings ("Họ và tên", "HỌ TÊN CHỦ HỘ", "Ho ten",
"Số CCCD/CMND", "Năm sinh"…), under merged title rows. Matching is on the
folded text (no accents, lower case), against the synonyms below; the most
specific synonym wins.

Official forms often have a header in two rows — "Năm sinh" merged over
"Nam | Nữ", the birth written in the column of the person's gender; "Họ và
tên" over "Họ đệm | Tên", the name in two columns so that the list sorts by
given name — and a row numbering the columns ("(1) (2) (3)…", "A B 1 2…")
under it. The lower header row is read with the upper one ("Năm sinh / Nữ");
the numbering row is no data.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from app.excel.reading import Value
from app.i18n import N_
from app.text import fold

# The headers a birth column split into men's and women's goes by.
_BIRTH_HEADS = ("ngay sinh", "ngay thang nam sinh", "nam sinh", "sinh ngay")
# A name in two columns: "Họ đệm" (family and middle names) and "Tên" (the given name), alone
# or under "Họ và tên". ("Họ" alone is not one: it folds as "Hộ", a household.)
_NAME_HEADS = ("ho va ten", "ho ten")
_FAMILY_WORDS = ("ho dem", "ho va ten dem", "ho va dem", "ho va chu dem", "ho chu dem",
                 "ho ten dem")  # fmt: skip
_GIVEN_WORD = "ten"  # the given name next to a family-name column (else the whole name)

# Folded words naming a category (in a cell: "Hộ nghèo; NCC"; or as the header of a column
# of ticks: "Hộ nghèo | Cận nghèo" with an "x" in the row's column) → category code.
CATEGORY_WORDS = {
    "ngheo": "poor", "ho ngheo": "poor", "hn": "poor", "poor": "poor",
    "can ngheo": "near_poor", "ho can ngheo": "near_poor", "hcn": "near_poor",
    "cn": "near_poor", "near poor": "near_poor",
    "hoan canh kho khan": "special_hardship", "hoan canh dac biet kho khan": "special_hardship",
    "ho kho khan": "special_hardship", "kho khan": "special_hardship",
    "nguoi co cong": "meritorious", "co cong": "meritorious", "ncc": "meritorious",
    "nguoi co cong voi cach mang": "meritorious",
    "da cam": "agent_orange", "chat doc da cam": "agent_orange",
    "nan nhan chat doc da cam": "agent_orange",
    "bao tro xa hoi": "social_protection", "btxh": "social_protection",
    "doi tuong bao tro xa hoi": "social_protection",
    "mat viec": "lost_work", "mat viec lam": "lost_work", "lao dong tu do": "lost_work",
    "cach ly": "quarantine", "phong toa": "quarantine",
    "bi ket": "stranded", "mac ket": "stranded",
}  # fmt: skip

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
    "family_name": (
        N_("Family and middle names"),
        (*_FAMILY_WORDS, *(f"{h} {w}" for h in _NAME_HEADS for w in (*_FAMILY_WORDS, "ho"))),
    ),
    "given_name": (
        N_("Given name"),
        ("ten goi", *(f"{h} {_GIVEN_WORD}" for h in _NAME_HEADS)),
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
    "birth_year": (N_("Year of birth"), ("nam sinh", "sinh nam", "year of birth", "nam")),
    # "Năm sinh" over "Nam | Nữ": the birth in the column of the person's gender.
    "birth_male": (N_("Birth (men)"), tuple(f"{b} nam" for b in _BIRTH_HEADS)),
    "birth_female": (N_("Birth (women)"), tuple(f"{b} nu" for b in _BIRTH_HEADS)),
    # "Ngày tháng năm sinh" over "Ngày | Tháng | Năm" (the year part is "birth_year").
    "birth_day": (N_("Day of birth"), tuple(f"{b} ngay" for b in _BIRTH_HEADS)),
    "birth_month": (N_("Month of birth"), tuple(f"{b} thang" for b in _BIRTH_HEADS)),
    # Some lists give the age instead ("Tuổi"): the year it means is worked out, said.
    "age": (N_("Age"), ("tuoi", "do tuoi", "age")),
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
            "ma dinh danh",
            "ma so dinh danh",
            "ma dinh danh ca nhan",
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
            "khu dan cu",  # not "khoi" ("Khối"): "Khối lượng" is a quantity
            "thon ban",
            "thon ap",
            "buon",
            "lang",
            "khom",
            "hamlet",
        ),
    ),
    "address": (
        N_("Address"),
        (
            "dia chi",
            "noi o",
            "cho o hien nay",
            "dia chi thuong tru",
            "noi cu tru",
            "ho khau thuong tru",
            "address",
        ),
    ),
    "relation": (
        N_("Relation to head"),
        (
            "quan he voi chu ho",
            "quan he",
            "qh voi chu ho",
            "qh voi ch",
            "quan he voi ch",
            "qhch",
            "relation",
        ),
    ),
    "category": (
        N_("Category"),
        (
            "doi tuong",
            "dien doi tuong",
            "thuoc dien",  # not "dien" alone: "Diện tích" is an area
            "thanh phan",
            "phan loai",
            "category",
        ),
    ),
    "phone": (
        N_("Phone"),
        ("sdt", "so dien thoai", "dien thoai", "dt", "so dt", "dtdd", "so dtdd", "phone"),
    ),
    "household_size": (
        N_("Number of members"),
        (
            "so nhan khau",
            "so khau",
            "nhan khau",
            "so thanh vien",
            "so nguoi",
            "so nguoi trong ho",
            "members",
        ),
    ),
    "note": (N_("Note"), ("ghi chu", "note", "notes")),
}
_SYNONYMS = {syn: field for field, (_label, syns) in FIELDS.items() for syn in syns}
BIRTH_FIELDS = ("birth", "birth_year", "birth_male", "birth_female", "age")  # one is needed
NAME_FIELDS = ("full_name", "given_name")  # one of them is needed
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
    """The header row (the one naming most fields, at least a name) and its columns; of a
    header in two rows, the lower one (the data start under it)."""
    best, best_score = None, 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        fields = {field_for(v) for v in row}
        score = _score(row)
        if "full_name" in fields and score > best_score:
            best, best_score = index, score
    if best is None:
        return None
    if best + 1 < len(rows) and _is_lower_header(rows[best], rows[best + 1]):
        best += 1
    columns, unmapped = columns_for(header_labels(rows, best))
    return Layout(best, columns, unmapped)


def columns_for(labels: Sequence[str]) -> tuple[dict[int, str], list[tuple[int, str]]]:
    """Column → field for the header labels (a field once, the leftmost; but "category" for
    every column headed by a category's name), and the labelled columns that name no field."""
    columns: dict[int, str] = {}
    unmapped: list[tuple[int, str]] = []
    for col, label in enumerate(labels):
        field = field_for(label)
        if field == "birth_male" and _is_year_word(label.rsplit(" / ", 1)[-1]):
            field = "birth_year"  # "Năm" (year) under a birth header folds as "Nam" (male)
        if field and field not in columns.values():
            columns[col] = field
        elif header_category(label, CATEGORY_WORDS):  # "Hộ nghèo | Cận nghèo": ticks
            columns[col] = "category"
        elif label:
            unmapped.append((col, label))
    fields = set(columns.values())
    if fields & {"birth_day", "birth_month"} and "birth_year" not in fields:
        for col, field in list(columns.items()):  # "Ngày | Tháng | Nam": "Nam" is the year
            if field == "birth_male":
                columns[col] = "birth_year"
    if "family_name" in columns.values():  # "Họ đệm | Tên": "Tên" is the given name
        for col, field in list(columns.items()):
            if field == "full_name" and fold(labels[col]) == _GIVEN_WORD:
                columns[col] = "given_name"
    return columns, unmapped


def header_category(label: str, names: dict[str, str]) -> str | None:
    """The category a column's header names ("Hộ nghèo", or "Đối tượng / Hộ nghèo" under a
    two-row header), by `names` (folded name → code); None for other headers. Short
    abbreviations ("HN", "CN") are not taken from a header."""
    for part in (label.rsplit(" / ", 1)[-1], label):
        folded = fold(part)
        if len(folded) >= 5 and folded in names:
            return names[folded]
    return None


def header_labels(rows: Sequence[Sequence[Value]], header_row: int) -> list[str]:
    """Each column's header text. The lower row of a two-row header is read with the upper
    one: "Năm sinh" merged over "Nam | Nữ" gives "Năm sinh / Nam", "Năm sinh / Nữ" (a merged
    cell's text is in its first column; the label carries over the columns under it)."""
    if not 0 <= header_row < len(rows):
        return []
    lower = [_text(v) for v in rows[header_row]]
    if header_row == 0 or not _is_lower_header(rows[header_row - 1], rows[header_row]):
        return lower
    upper = [_text(v) for v in rows[header_row - 1]]
    labels, carried = [], ""
    for col in range(max(len(upper), len(lower))):
        above = upper[col] if col < len(upper) else ""
        below = lower[col] if col < len(lower) else ""
        if above:
            carried = above
        elif not below:
            carried = ""  # blank in both rows: past the merged cell
        labels.append(" / ".join(t for t in (above or (carried if below else ""), below) if t))
    return labels


def header_rows(rows: Sequence[Sequence[Value]], header_row: int) -> range:
    """The rows of the header: `header_row`, and the one above it if it is the upper row of
    a two-row header."""
    two = 0 < header_row < len(rows) and _is_lower_header(rows[header_row - 1], rows[header_row])
    return range(header_row - 1 if two else header_row, header_row + 1)


def data_start(rows: Sequence[Sequence[Value]], header_row: int) -> int:
    """The first row that can hold data: under the header, and under the row numbering its
    columns if there is one."""
    start = header_row + 1
    return start + 1 if start < len(rows) and is_numbering_row(rows[start]) else start


# "1", "(2)", "a", "(B)", "[3]": how forms number their columns under the header.
_COLUMN_NUMBER = re.compile(r"[(\[]?(?:\d{1,3}|[a-z])[)\]]?")


def is_numbering_row(row: Sequence[Value]) -> bool:
    """A row numbering the columns: three or more cells, each a small number or a letter
    (in brackets or not), the numbers rising from left to right."""
    numbers: list[int] = []
    count = 0
    for value in row:
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        count += 1
        if isinstance(value, bool):
            return False
        if isinstance(value, int | float):
            if value != int(value) or not 0 <= value < 1000:
                return False
            numbers.append(int(value))
            continue
        text = str(value).strip().lower()
        if not _COLUMN_NUMBER.fullmatch(text):
            return False
        digits = "".join(ch for ch in text if ch.isdigit())
        if digits:
            numbers.append(int(digits))
    return count >= 3 and all(a < b for a, b in zip(numbers, numbers[1:], strict=False))


def _is_lower_header(upper: Sequence[Value], lower: Sequence[Value]) -> bool:
    """`lower` is the second row of a header whose first row is `upper`: no name under the
    name's header (or the header of a name in two columns), only words (no digits, no
    dates), one of them at least under a blank cell of `upper` (the rest of a merged cell)."""
    name_col = next((c for c, v in enumerate(upper) if field_for(v) == "full_name"), None)
    if name_col is None:
        return False
    under_name = fold(_text(lower[name_col])) if name_col < len(lower) else ""
    if under_name and under_name not in (*_FAMILY_WORDS, "ho"):
        return False
    labels = [c for c, v in enumerate(lower) if _text(v)]
    if not labels:
        return False
    for c in labels:
        value = lower[c]
        if not isinstance(value, str) or any(ch.isdigit() for ch in value):
            return False
    return any(c >= len(upper) or not _text(upper[c]) for c in labels)


def _is_year_word(text: str) -> bool:
    return unicodedata.normalize("NFC", text.strip().lower()) == "năm"


def _text(value: Value) -> str:
    return " ".join(str(value).split()) if value is not None else ""
