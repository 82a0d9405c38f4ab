"""Rows of a list, read with their column mapping, into households of the registry.

Each row's cells are cleaned (`values.py`, legacy fonts converted per column),
rows are grouped into households by one of the layouts lists come in, and
each household is checked with the registry's own rules (`validate_household`)
— the same rules as the household form. Nothing here touches the database:
hamlets and categories come in as lookups.
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from app.errors import FieldError
from app.excel import legacy
from app.excel.columns import (
    BIRTH_FIELDS,
    CATEGORY_WORDS,
    FIELDS,
    data_start,
    header_category,
    header_labels,
    header_rows,
)
from app.excel.reading import Value
from app.excel.values import (
    ABOUT_WORDS,
    about_year,
    clean_birth,
    clean_gender,
    clean_id_number,
    clean_phones,
    clean_text,
)
from app.i18n import _
from app.services.households import (
    MAX_DECLARED_SIZE,
    HouseholdDraft,
    MemberDraft,
    validate_household,
)
from app.text import fold, title_name

# Columns whose text may be typed in a legacy font (TCVN3, VNI).
TEXT_FIELDS = ("full_name", "family_name", "given_name", "hamlet", "address", "relation",
               "category", "note")  # fmt: skip

# Folded relation words → relation codes. Longest match wins ("con dau" before "con").
RELATION_WORDS = {
    "chu ho": "head", "chuho": "head", "ch": "head", "head": "head", "chu": "head",
    "vo": "spouse", "chong": "spouse", "vo chong": "spouse", "spouse": "spouse",
    "con": "child", "con trai": "child", "con gai": "child", "con nuoi": "child",
    "con de": "child", "con rieng": "child", "child": "child",
    "bo": "parent", "me": "parent", "cha": "parent", "bo de": "parent", "me de": "parent",
    "cha de": "parent", "bo chong": "parent", "me chong": "parent", "bo vo": "parent",
    "me vo": "parent", "parent": "parent",
    "chau": "grandchild", "chau noi": "grandchild", "chau ngoai": "grandchild",
    "grandchild": "grandchild",
    "ong": "grandparent", "ba": "grandparent", "ong noi": "grandparent",
    "ba noi": "grandparent", "ong ngoai": "grandparent", "ba ngoai": "grandparent",
    "grandparent": "grandparent",
    "anh": "sibling", "chi": "sibling", "em": "sibling", "anh trai": "sibling",
    "chi gai": "sibling", "em trai": "sibling", "em gai": "sibling", "sibling": "sibling",
    "con dau": "child_in_law", "con re": "child_in_law",
    "khac": "other", "other": "other", "o nho": "other", "o ghep": "other",
}  # fmt: skip

_SPLIT = re.compile(r"[,;/+\n]|\s-\s")
_TO_BE_CREATED = uuid.UUID(int=0)  # a hamlet the import will create, while it is checked
HAMLET_PREFIXES = ("to dan pho", "khu pho", "thon", "xom", "ban", "ap", "to", "khu", "doi")


@dataclass(frozen=True)
class Lookups:
    """What rows are matched against: the commune's hamlets and the categories."""

    hamlets: dict[str, uuid.UUID]  # hamlet_key(name) → id
    categories: dict[str, tuple[uuid.UUID, str]]  # category code → (id, scope)
    category_names: dict[str, str]  # folded name or code → category code
    default_hamlet_id: uuid.UUID | None = None
    create_hamlets: bool = False  # unknown hamlet names become new hamlets


@dataclass(slots=True)
class Row:
    """One row of the sheet, cleaned."""

    index: int  # 0-based index into the sheet's rows (Excel's row number − 1)
    full_name: str = ""
    birth_date: date | None = None
    birth_year: int | None = None
    gender: str | None = None
    id_number: str = ""
    phone: str = ""
    hamlet: str = ""
    address: str = ""
    relation: str | None = None  # code; None when the cell was empty
    categories: list[str] = field(default_factory=list)
    household_code: str = ""
    household_size: int | None = None
    note: str = ""
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # The row's STT where the list numbers only its heads (members' rows unnumbered): the
    # household it belongs to; None otherwise, and for an unnumbered row.
    stt: int | None = None


@dataclass(slots=True)
class FileHousehold:
    """A household as the file gives it: its rows (head first) and the draft built from them."""

    rows: list[Row]
    draft: HouseholdDraft
    hamlet_name: str  # as the file wrote it ("" when none)
    new_hamlet: str = ""  # a hamlet to create for it (create_hamlets)
    ok: bool = True  # no row of it has a problem: it may be imported

    @property
    def row_indexes(self) -> list[int]:
        return [r.index for r in self.rows]


@functools.lru_cache(maxsize=4096)
def hamlet_key(name: str) -> str:
    """'Thôn Đông', 'thon dong' and 'Đông' are the same hamlet; 'Tổ 3' and '3' too."""
    words = fold(name)
    for prefix in HAMLET_PREFIXES:
        if words.startswith(prefix + " "):
            return words[len(prefix) + 1 :]
    return words


def is_blank(row: Sequence[Value], columns: dict[int, str]) -> bool:
    """No value in any mapped column but the row number."""
    for c, name in columns.items():
        if c < len(row) and name != "stt":
            value = row[c]
            if value is not None and (not isinstance(value, str) or value.strip()):
                return False
    return True


def is_total_row(row: Sequence[Value]) -> bool:
    """Rows like "Tổng cộng" or "Cộng" at the foot of a list, and signature blocks."""
    first = next((v for v in row if isinstance(v, str) and v.strip()), "").lstrip()
    if first[:1] not in ("T", "t", "C", "c", "N", "n", "X", "x"):
        return False
    folded = fold(first[:20])
    return folded.startswith(("tong cong", "cong ", "tong so", "nguoi lap", "xac nhan")) or (
        folded == "cong"
    )


def name_case(name: str) -> str:
    """A name typed all in capitals or all in small letters, as names are written in lists
    and on signature sheets: "NGUYỄN VĂN AN" → "Nguyễn Văn An", "h'hen niê" → "H'Hen Niê".
    A name in mixed case is left as typed."""
    return title_name(name) if name.isupper() or name.islower() else name


# "I", "II.", "3)", "B." before a heading's title.
_HEADING_NUMBER = re.compile(r"(?:[IVXLC]{1,6}|\d{1,3}|[A-Za-z])[.)]?")


def section_hamlet(row: Sequence[Value]) -> str | None:
    """The hamlet a row heads, in lists grouped by hamlet: "Thôn Đông" (or "II. THÔN TÂY", or
    "I" and "Xóm Mới" in two cells) alone in its row; the rows under it, up to the next
    such row, live there. None for any other row."""
    filled = [v for v in row if v is not None and not (isinstance(v, str) and not v.strip())]
    parts = [v.strip() for v in filled if isinstance(v, str)]
    if len(parts) != len(filled) or not 1 <= len(parts) <= 2:
        return None  # numbers or dates in it, or more than a number and a title
    if len(parts) == 2 and not _HEADING_NUMBER.fullmatch(parts[0]):
        return None
    title = parts[-1]
    number, _sep, rest = title.partition(" ")
    if rest and _HEADING_NUMBER.fullmatch(number) and number[-1] in ".)":
        title = rest.strip()  # "II. THÔN TÂY"
    folded = fold(title)
    if not any(folded.startswith(p + " ") for p in HAMLET_PREFIXES):
        return None
    return name_case(clean_text(title))


def read_rows(rows: list[list[Value]], header_row: int, columns: dict[int, str],
              today: date, progress: Callable[[int, int], None] | None = None,
              category_names: dict[str, str] | None = None,
              ) -> tuple[list[Row], dict[str, str]]:  # fmt: skip
    """Clean every data row under the header; returns the rows and legacy encodings found.

    Column by column: the same value (a gender, a hamlet, a birth date, a
    relation) recurs thousands of times in a list and is cleaned once.
    """
    by_field = {f: c for c, f in columns.items()}
    births_at = [by_field[f] for f in BIRTH_FIELDS if f in by_field]
    name_at = by_field.get("full_name", by_field.get("given_name", -1))

    body: list[tuple[int, Sequence[Value]]] = []
    sections: list[str] = []  # the hamlet heading each body row is under ("" for none)
    section = ""
    start = data_start(rows, header_row)
    # Lists pasted together from several sheets repeat the header (and the row numbering the
    # columns) further down: such a row is no data. Looked at only when its name cell is the
    # header's, or empty.
    above = [*header_rows(rows, header_row), *range(header_row + 1, start)]
    repeats = {_row_key(rows[k]) for k in above}
    repeat_names = {rows[k][name_at] for k in above if 0 <= name_at < len(rows[k])} - {None}
    for i, r in enumerate(rows[start:], start=start):
        width = len(r)
        # A name in its cell: not blank (the common case, settled without is_blank).
        named = 0 <= name_at < width and type(v := r[name_at]) is str and v.strip() != ""
        if named and v in repeat_names and _row_key(r) in repeats:
            continue
        if not named and (is_blank(r, columns) or _row_key(r) in repeats):
            section = section_hamlet(r) or section  # "II. THÔN TÂY" in the STT column
            continue
        # Only a row with no birth can be a "Tổng cộng", a signature line or a hamlet's heading.
        for c in births_at:
            if c < width and r[c] is not None:
                break
        else:
            if is_total_row(r):
                continue
            heading = section_hamlet(r)
            if heading is not None:
                section = heading
                continue
        body.append((i, r))
        sections.append(section)

    steps = [0]  # columns cleaned so far, for the progress bar (and Cancel)

    def cells(col: int) -> list[Value]:
        return [r[col] if col < len(r) else None for _i, r in body]

    def column(name: str, clean_fn: Callable, memo: bool = False) -> list:
        """`clean_fn` of the field's cell in every row (once per distinct value if `memo`)."""
        col = by_field.get(name)
        if col is None:
            return [clean_fn(None)] * len(body)
        values = each_once(clean_fn, cells(col)) if memo else list(map(clean_fn, cells(col)))
        step()
        return values

    def step() -> None:
        steps[0] += 1
        if progress is not None:
            progress(steps[0] * len(body) // (len(by_field) + 2), len(body))

    def text_column(col: int) -> tuple[list[str], str | None]:
        """A column of text, its legacy font (detected over the whole column) converted."""
        # Before any cleaning: TCVN3 writes "ư" as a soft hyphen, which clean() drops.
        raw = cells(col)
        if not _only_text(raw):
            raw = [v if isinstance(v, str) or v is None else clean_text(v) for v in raw]
        converted, encoding = legacy.fix_column(raw)
        return each_once(clean_text, converted), encoding  # names, hamlets… recur

    texts: dict[str, list[str]] = {}
    encodings: dict[str, str] = {}
    for name in TEXT_FIELDS:
        if name not in by_field:
            texts[name] = column(name, clean_text)
            continue
        step()
        texts[name], encoding = text_column(by_field[name])
        if encoding:
            encodings[name] = encoding
    if section:  # a list grouped under hamlet headings: a row without a hamlet is under one
        texts["hamlet"] = [h or s for h, s in zip(texts["hamlet"], sections, strict=True)]
    if "family_name" in by_field or "given_name" in by_field:  # "Họ đệm | Tên"
        texts["full_name"] = [name or " ".join(filter(None, (family, given))) for name, family, given
                              in zip(texts["full_name"], texts["family_name"], texts["given_name"],
                                     strict=True)]  # fmt: skip
    texts["full_name"] = each_once(name_case, texts["full_name"])
    birth = functools.partial(clean_birth, today=today)
    years = column("birth_year", birth, memo=True)
    births = column("birth", birth, memo=True)
    genders = column("gender", clean_gender, memo=True)
    if "birth_day" in by_field or "birth_month" in by_field:  # "Ngày | Tháng | Năm"
        births = _births_from_parts(births, column("birth_day", _date_part, memo=True),
                                    column("birth_month", _date_part, memo=True), years)  # fmt: skip
    if "birth_male" in by_field or "birth_female" in by_field:
        births, genders = _births_by_gender(births, column("birth_male", birth, memo=True),
                                            column("birth_female", birth, memo=True), genders)  # fmt: skip
    relations = each_once(_relation, texts["relation"])
    categories = each_once(functools.partial(category_codes, names=category_names),
                           texts["category"])  # fmt: skip
    ticked = _category_headers(rows, header_row, columns, category_names or CATEGORY_WORDS)
    if len(ticked) > 1 or any(ticked.values()):  # "Hộ nghèo | Cận nghèo", an "x" in each row
        per_column = []
        for col, code in ticked.items():
            cleaned, _encoding = text_column(col)
            per_column.append(each_once(functools.partial(
                _ticked_or_named, code=code, names=category_names), cleaned))  # fmt: skip
        categories = [_joined(parts) for parts in zip(*per_column, strict=True)]
    ids = column("id_number", clean_id_number)
    phones = column("phone", clean_phones)
    codes = column("household_code", clean_text)
    sizes = column("household_size", _household_size, memo=True)
    has_year = "birth_year" in by_field
    by_age: list[int | None] = []  # the year worked out from an age, where one was
    if "age" in by_field:  # "Tuổi": the year it means, where no birth is written
        ages = column("age", functools.partial(_age, today=today), memo=True)
        taken = [year == _NO_BIRTH and birth == _NO_BIRTH
                 for year, birth in zip(years, births, strict=True)]  # fmt: skip
        years = [age if t else year for t, year, age in zip(taken, years, ages, strict=True)]
        by_age = [age[1] if t else None for t, age in zip(taken, ages, strict=True)]
        has_year = True

    numbering: list[int | None] | None = None
    if "stt" in by_field and not {"relation", "household_code"} & by_field.keys():
        numbering = heads_numbering(cells(by_field["stt"]))

    out: list[Row] = []
    total = len(body)
    # Column by column, zipped (births and years hold (None, None, None) where the sheet
    # has no such column: column() fills them so).
    columns_of_row = zip(body, texts["full_name"], texts["hamlet"], texts["address"],
                         texts["note"], relations, categories, codes, births, years, genders,
                         ids, phones, sizes, strict=True)  # fmt: skip
    for n, ((index, raw), name, hamlet, address, note, (relation_code, warning),
            (row_categories, unknown), code, birth, year_cell, (gender, gender_problem),
            (id_number, id_problem), (phone, phone_problem), (size, size_problem),
            ) in enumerate(columns_of_row):  # fmt: skip
        errors: list[str] = []
        warnings = [warning] if warning else []
        if unknown:
            warnings.append(_("Category “{v}” is not in the list; it is kept in the note."
                              ).format(v=", ".join(unknown)))  # fmt: skip
            note = "; ".join(filter(None, [note, ", ".join(unknown)]))
        day, year, problem = birth
        if has_year and (day is None and year is None and problem is None):
            day, year, problem = year_cell
        elif has_year and year_cell[1] and year and year_cell[1] != year:
            problem = _("The date of birth and the year of birth do not agree.")
        if problem:
            errors.append(problem)
        if gender_problem:
            errors.append(gender_problem)
        if id_problem:
            errors.append(id_problem)
            id_number = ""
        if phone_problem:
            errors.append(phone_problem)
            phone = ""
        elif len(phone) > 1:  # "0912… - 0987…": the first is the phone, the others kept
            others = ", ".join(phone[1:])
            warnings.append(_("Several phone numbers: {first} is kept as the phone, {others} "
                              "in the note.").format(first=phone[0], others=others))  # fmt: skip
            note = "; ".join(filter(None, [note, _("Other phone: {v}").format(v=others)]))
            phone = phone[0]
        else:
            phone = phone[0] if phone else ""
        if size_problem:
            errors.append(size_problem)
        if day is None and year is not None and (guess := _guessed_birth(raw, births_at)):
            warnings.append(_("The year of birth is a guess in the list (“{v}”): {y} is "
                              "kept.").format(v=guess, y=year))  # fmt: skip
        if by_age and by_age[n] is not None and year == by_age[n]:
            year = _year_by_card(year, id_number)
            warnings.append(_("The year of birth {y} is worked out from the age.").format(y=year))
        row = Row(index, name, day, year, gender, id_number, phone, hamlet, address,
                  relation_code, row_categories, code, size, note, errors, warnings)  # fmt: skip
        if gender is None and not gender_problem:
            row.gender = _infer_gender(row)
        if numbering is not None:
            row.stt = numbering[n]
        out.append(row)
        if progress is not None and n % 5000 == 0:
            progress((total * steps[0] + 2 * n) // (steps[0] + 2), total)
    return out, encodings


_NO_BIRTH = (None, None, None)  # clean_birth's (date, year, problem) of an empty cell


def _guessed_birth(raw: Sequence[Value], births_at: list[int]) -> str | None:
    """The birth cell of a row that gives the year as a guess ("khoảng 1960"), if one does."""
    for c in births_at:
        if c < len(raw) and about_year(raw[c]) is not None:
            return clean_text(raw[c])
    return None


_TICKS = {"x", "v", "co", "1", "yes", "y"}  # folded; and the check marks below
_CHECK_MARKS = {"✓", "✔", "√", "☑"}


def _category_headers(rows: list[list[Value]], header_row: int, columns: dict[int, str],
                      names: dict[str, str]) -> dict[int, str | None]:  # fmt: skip
    """Each category column → the category its header names (None: "Đối tượng" and the like,
    whose cells name the categories)."""
    labels = header_labels(rows, header_row)
    return {c: header_category(labels[c], names) if c < len(labels) else None
            for c, f in sorted(columns.items()) if f == "category"}  # fmt: skip


def _ticked_or_named(text: str, code: str | None,
                     names: dict[str, str] | None) -> tuple[list[str], list[str]]:  # fmt: skip
    """A cell of a category column: a tick means the header's category; else the categories
    the cell names (category_codes)."""
    if code is not None and (fold(text) in _TICKS or text.strip() in _CHECK_MARKS):
        return [code], []
    return category_codes(text, names)


def _joined(parts: Sequence[tuple[list[str], list[str]]]) -> tuple[list[str], list[str]]:
    """One row's categories from several columns: each code once, every unknown word."""
    codes: list[str] = []
    unknown: list[str] = []
    for found, not_found in parts:
        codes += [c for c in found if c not in codes]
        unknown += not_found
    return codes, unknown


def _age(value: Value, today: date | None = None) -> tuple[None, int | None, str | None]:
    """An age cell as (None, the year of birth it means, problem), like clean_birth."""
    today = today or date.today()
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None, None
    text = clean_text(value)
    words = fold(text).split()
    if words and words[-1] == "tuoi":  # "65 tuổi"
        words.pop()
    about = next((w for w in ABOUT_WORDS if words[: w.count(" ") + 1] == w.split()), None)
    if about is not None:  # "khoảng 70": an age is a guess already; the row says it gave the year
        del words[: about.count(" ") + 1]
    if len(words) == 1 and words[0].isdigit() and int(words[0]) <= 130:
        return None, today.year - int(words[0]), None
    return None, None, _("“{v}” is not an age.").format(v=text)


def _year_by_card(year: int, id_number: str) -> int:
    """A year worked out from an age is off by one for half the people: a CCCD gives it
    exactly (digit 4 the century, digits 5-6 the year) when it is within one year."""
    if len(id_number) == 12 and id_number.isdigit() and id_number[3] in "0123":
        exact = 1900 + 100 * (int(id_number[3]) // 2) + int(id_number[4:6])
        if abs(exact - year) <= 1:
            return exact
    return year


def _row_key(row: Sequence[Value]) -> tuple[str, ...]:
    """A row's cells as folded text, without the empty cells at its end (to compare rows)."""
    key = [fold(str(v)) if v is not None else "" for v in row]
    while key and not key[-1]:
        key.pop()
    return tuple(key)


def _date_part(value: Value) -> int | None:
    """A day or month cell as a number: None when empty, 0 when it is no whole number."""
    if value is None or isinstance(value, bool):
        return None if value is None else 0
    if isinstance(value, int | float):
        return int(value) if value == int(value) else 0
    text = clean_text(value)
    if not text:
        return None
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 2 else 0


def _births_from_parts(births: list, days: list, months: list, years: list) -> list:
    """A birth date in three columns (day, month, and the year column): the date where all
    three are given, the year alone where day and month are empty."""
    out = []
    for birth, day, month, (_date, year, _problem) in zip(births, days, months, years,
                                                          strict=True):  # fmt: skip
        if birth != _NO_BIRTH or (day is None and month is None):
            out.append(birth)
            continue
        try:
            born = date(year, month, day) if year and day and month else None
        except ValueError:
            born = None
        if born is None:
            out.append((None, year, _("The day, month and year of birth do not make a date: "
                                      "check the three columns.")))  # fmt: skip
        else:
            out.append((born, year, None))
    return out


def _births_by_gender(births: list, men: list, women: list,
                      genders: list) -> tuple[list, list]:  # fmt: skip
    """A birth split into a men's and a women's column ("Năm sinh" over "Nam | Nữ"): each
    row's birth from the column it is written in, which also says the gender."""
    out_births, out_genders = [], []
    for birth, man, woman, (gender, problem) in zip(births, men, women, genders, strict=True):
        if man != _NO_BIRTH and woman != _NO_BIRTH:  # kept if the two agree, but marked
            day, year = man[:2] if man[:2] == woman[:2] else (None, None)
            birth = (day, year, _("The birth is written in both the men's and the women's "
                                  "column; keep it in one of them."))  # fmt: skip
        elif man != _NO_BIRTH or woman != _NO_BIRTH:
            birth, by_column = (man, "male") if man != _NO_BIRTH else (woman, "female")
            if gender is None and problem is None:
                gender = by_column
            elif gender is not None and gender != by_column:
                problem = _("The gender does not match the column the birth is written in "
                            "(men's or women's).")  # fmt: skip
        out_births.append(birth)
        out_genders.append((gender, problem))
    return out_births, out_genders


_TEXT_TYPES = {str, type(None)}


def _only_text(values: list) -> bool:
    return set(map(type, values)) <= _TEXT_TYPES


def each_once(fn: Callable, values: list) -> list:
    """[fn(v) for v in values], `fn` called once per distinct value (type-exact: 1 is not
    True). Values of one type (or text and empty cells) are told apart by a dict alone."""
    types = set(map(type, values))
    if len(types) == 1 or types <= _TEXT_TYPES:
        try:
            results = {v: fn(v) for v in set(values)}
        except TypeError:  # unhashable: not from a sheet, but never fail on it
            return list(map(fn, values))
        return list(map(results.__getitem__, values))
    return list(map(_memo(fn), values))


def _memo(fn: Callable) -> Callable:
    """`fn` remembering its results for the values of one list (type-exact: 1 is not True)."""
    cache: dict = {}

    def call(value):
        key = (type(value), value)
        try:
            return cache[key]
        except KeyError:
            result = cache[key] = fn(value)
            return result
        except TypeError:  # unhashable: not from a sheet, but never fail on it
            return fn(value)

    return call


def _relation(text: str) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    code = relation_code(text)
    if code is None:
        return "other", _("“{v}” is not a relation Lá Lành knows; recorded as “other "
                          "relative”.").format(v=text)  # fmt: skip
    return code, None


def _household_size(value: Value) -> tuple[int | None, str | None]:
    text = clean_text(value)
    if not text:
        return None, None
    if text.isdigit() and 0 < int(text) <= MAX_DECLARED_SIZE:
        return int(text), None
    return None, _("“{v}” is not a number of members.").format(v=text)


def _infer_gender(row: Row) -> str | None:
    """Lists often leave gender out: a CCCD says it (digit 4), and so do "Thị" and "Văn"."""
    number = row.id_number
    if len(number) == 12 and number.isdigit():
        row.warnings.append(_("Gender taken from the CCCD number."))
        return "female" if int(number[3]) % 2 else "male"
    words = fold(row.full_name).split()
    middle = words[1:-1]
    if "thi" in middle:
        row.warnings.append(_("Gender taken from the middle name “Thị”."))
        return "female"
    if "van" in middle:
        row.warnings.append(_("Gender taken from the middle name “Văn”."))
        return "male"
    return None


def relation_code(text: str) -> str | None:
    words = fold(text)
    if words in RELATION_WORDS:
        return RELATION_WORDS[words]
    best = max((w for w in RELATION_WORDS if words.startswith(w + " ")), key=len, default=None)
    return RELATION_WORDS[best] if best else None


def category_codes(text: str, names: dict[str, str] | None = None
                   ) -> tuple[list[str], list[str]]:  # fmt: skip
    """Category codes named in a cell ("Hộ nghèo; NCT"), and the parts not understood."""
    known = names or CATEGORY_WORDS
    codes: list[str] = []
    unknown: list[str] = []
    for part in _SPLIT.split(text):
        part = part.strip()
        if not part:
            continue
        folded = fold(part)
        code = known.get(folded) or CATEGORY_WORDS.get(folded)
        if code is None and folded in {"x", "co", "1"}:
            continue  # a tick in a one-category list: the list's own title says which
        if code is None:
            unknown.append(part)
        elif code not in codes:
            codes.append(code)
    return codes, unknown


_MEMBER_MARKS = {"-", "–", "+", "•", "*"}  # an STT cell that marks a member's row
_SUB_NUMBER = re.compile(r"(\d+)\s*[.,/-]\s*\d+")  # "3.1": the first member of household 3


def heads_numbering(cells: Sequence[Value]) -> list[int | None] | None:
    """Each row's STT where a list numbers its heads only, the rows of their members under
    them unnumbered ("", "-", "3.1"); None where every row has a number (one household a row,
    the usual list) or a cell holds something else."""
    kinds = set(map(type, cells))
    if type(None) not in kinds and str not in kinds:
        return None  # every row numbered: settled without looking at each
    out: list[int | None] = []
    head: int | None = None
    for value in cells:
        if type(value) is int or (type(value) is float and value.is_integer()):
            value = str(int(value))  # 3.0 as the sheet keeps a typed 3
        if value is not None and not isinstance(value, str):
            return None  # a date, a fraction: no numbering
        text = value.strip() if value else ""
        if text == "" or text in _MEMBER_MARKS:
            out.append(None)
        elif text.isdigit() and text.isascii():
            head = int(text)
            out.append(head)
        elif (m := _SUB_NUMBER.fullmatch(text)) and head == int(m[1]):
            out.append(None)
        else:
            return None
    return out


def _by_numbering(rows: list[Row]) -> list[list[Row]] | None:
    """Rows under the numbered row above them, where the numbers run on one by one (1, 2, 3…;
    again from 1 in a new part of the list). A number skipped means the unnumbered rows
    stand where a household's number was forgotten: then nothing is grouped. So is a
    household bigger than its own "số nhân khẩu" says."""
    if not rows or rows[0].stt is None:
        return None
    groups: list[list[Row]] = []
    for row in rows:
        if row.stt is None:
            groups[-1].append(row)
        elif groups and row.stt not in (groups[-1][0].stt + 1, 1):
            return None
        else:
            groups.append([row])
    if len(groups) == len(rows):
        return None
    for group in groups:
        declared = group[0].household_size
        if declared is not None and declared < len(group):
            return None
    return groups


def group_households(rows: list[Row], columns: Sequence[str]) -> list[list[Row]]:
    """Rows into households, by the layout the columns show.

    - a household code column: rows with the same code are one household;
    - a relation column: a head's row starts a household, the rows after it
      that are not heads are its members;
    - an STT column numbering the heads only: the unnumbered rows under a head's
      row are its members (`_by_numbering`);
    - otherwise every row is a household of its head (a "số nhân khẩu" count
      may say how many live there).
    """
    if "household_code" in columns:
        groups: dict[str, list[Row]] = {}
        single: list[list[Row]] = []
        for row in rows:
            if row.household_code:
                groups.setdefault(fold(row.household_code), []).append(row)
            else:
                single.append([row])
        ordered = sorted([*groups.values(), *single], key=lambda g: g[0].index)
        return [sorted(g, key=lambda r: r.relation != "head") for g in ordered]
    if "relation" in columns:
        households: list[list[Row]] = []
        for row in rows:
            if row.relation in (None, "head") or not households:
                households.append([row])
            else:
                households[-1].append(row)
        return households
    return _by_numbering(rows) or [[row] for row in rows]


def build_household(group: list[Row], lookups: Lookups, today: date) -> FileHousehold:
    """The draft of one household and every problem of its rows, by the registry's rules."""
    head = group[0]
    for i, row in enumerate(group):
        if row.relation is None:
            row.relation = "head" if i == 0 else "other"
    if head.relation != "head" and not any(r.relation == "head" for r in group):
        head.relation = "head"  # a household of one "con" row: the list named no head
    hamlet_name = head.hamlet or next((r.hamlet for r in group if r.hamlet), "")
    hamlet_id, new_hamlet = _hamlet(hamlet_name, head.address, lookups)
    draft = HouseholdDraft(
        code=head.household_code[:40],
        hamlet_id=hamlet_id,
        address=head.address,
        phone=head.phone,
        note=head.note,
    )
    for row in group:
        member = MemberDraft(
            full_name=row.full_name, gender=row.gender, birth_date=row.birth_date,
            birth_year=row.birth_year, id_number=row.id_number, relation=row.relation or "other",
            phone=row.phone if row is not head else "", note=row.note if row is not head else "",
        )  # fmt: skip
        for code in row.categories:
            if code not in lookups.categories:
                continue
            cat_id, scope = lookups.categories[code]
            if scope == "household":
                draft.category_ids.add(cat_id)
            else:
                member.category_ids.add(cat_id)
        draft.members.append(member)
    household = FileHousehold(group, draft, hamlet_name, new_hamlet)
    declared = head.household_size
    if declared is not None and declared > len(group):
        draft.declared_size = declared
    _check(household, today, hamlet_name)
    return household


def _hamlet(name: str, address: str, lookups: Lookups) -> tuple[uuid.UUID | None, str]:
    if name:
        key = hamlet_key(name)
        if key in lookups.hamlets:
            return lookups.hamlets[key], ""
        if lookups.create_hamlets and key:
            return None, name
        return None, ""
    if address:  # "Số 12, Thôn Đông, xã …": a known hamlet named in the address
        parts = [hamlet_key(p) for p in re.split(r"[,;\-]", address)]
        for part in parts:
            if part in lookups.hamlets:
                return lookups.hamlets[part], ""
    return lookups.default_hamlet_id, ""


def _check(household: FileHousehold, today: date, hamlet_name: str) -> None:
    draft = household.draft
    rows = household.rows
    if household.new_hamlet:
        draft.hamlet_id = _TO_BE_CREATED
    errors: list[FieldError] = validate_household(draft, today)
    if household.new_hamlet:
        draft.hamlet_id = None
    for error in errors:
        if error.field == "hamlet":
            message = (
                _("Hamlet “{name}” is not in the commune's list. Correct the name, add the "
                  "hamlet in Settings, or tick “Add new hamlets”.").format(name=hamlet_name)
                if hamlet_name
                else _("No hamlet (thôn/tổ) for this household: fill in the hamlet column, "
                       "or choose one hamlet for the whole list.")
            )  # fmt: skip
            rows[0].errors.append(message)
        elif error.field == "members" and len(rows) > 1:
            for row in rows:
                row.errors.append(error.message)
        elif error.member is not None and error.member < len(rows):
            rows[error.member].errors.append(_label(error))
        else:
            rows[0].errors.append(_label(error))
    failed = [r for r in rows if r.errors]
    household.ok = not failed
    if failed:
        first = failed[0].index + 1
        for row in rows:
            if not row.errors:
                row.errors.append(_("Not imported because row {n} of the same household has "
                                    "a problem.").format(n=first))  # fmt: skip


_FIELD_LABELS = {"full_name": "full_name", "birth": "birth", "gender": "gender",
                 "id_number": "id_number", "id_type": "id_number", "phone": "phone",
                 "relation": "relation", "note": "note", "address": "address"}  # fmt: skip


def _label(error: FieldError) -> str:
    """The message with the column it is about: "Ngày sinh: …"."""
    name = _FIELD_LABELS.get(error.field)
    if name is None or name not in FIELDS:
        return error.message
    return f"{_(FIELDS[name][0])}: {error.message}"
