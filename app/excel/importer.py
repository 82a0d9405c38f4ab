"""Import a list into the registry: preview it as a plan, then commit it whole.

`open_source` reads the file; `build_plan` finds the header and the mapping,
cleans and checks every row (interpret.py) and compares the households with
each other and with the registry, so the officer decides about each
duplicate (skip / update the existing one / import as new) before anything is
written. `commit_plan` writes the plan in one transaction, as one import
batch that `undo_import` can void again while nobody has built on it.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

import sqlalchemy as sa

from app import collector
from app.dates import format_birth
from app.db import Database
from app.dedup import Candidate
from app.dedup import batch as dedup_batch
from app.dedup import engine as dedup_engine
from app.errors import Cancelled, UserError
from app.excel import interpret
from app.excel.columns import (
    BIRTH_FIELDS,
    CATEGORY_WORDS,
    NAME_FIELDS,
    detect_layout,
    header_labels,
    header_rows,
)
from app.excel.interpret import FileHousehold, Lookups, Row, hamlet_key
from app.excel.reading import Sheet, read_sheets
from app.i18n import _
from app.models import (
    Category,
    CategoryAssignment,
    Hamlet,
    Household,
    ImportBatch,
    ImportMapping,
    Person,
)
from app.text import fold

Progress = Callable[[int, int, str], bool]  # (done, total, what) → False to cancel
IN_CHUNK = 900  # parameters per IN (…): under SQLite's old 999 limit
DECISIONS = ("new", "update", "skip")


@dataclass(frozen=True)
class Source:
    path: Path
    sha256: str
    sheets: list[Sheet]

    @property
    def name(self) -> str:
        return self.path.name


def open_source(path: Path | str) -> Source:
    path = Path(path)
    with collector.paused(set_aside=True):
        sheets = read_sheets(path)
    digest = hashlib.sha256()  # names the file in the import's record, whatever it is called
    try:
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:  # read a moment ago: taken away or locked since
        raise UserError(_("Cannot open {name}: {error}.").format(
            name=path.name, error=exc.strerror or exc)) from exc  # fmt: skip
    return Source(path, digest.hexdigest(), sheets)


# --- mapping ------------------------------------------------------------------


def layout_signature(header: Iterable[object]) -> str:
    """Same headers in the same order → same signature (accents and case aside)."""
    cells = [fold(str(v)) if v is not None else "" for v in header]
    while cells and not cells[-1]:
        cells.pop()
    return hashlib.sha256("\x1f".join(cells).encode()).hexdigest()


def header_signature(rows: list[list[object]], header_row: int) -> str:
    """The signature of a sheet's header (of both rows of a two-row header)."""
    return layout_signature(header_labels(rows, header_row))


def remembered_mapping(db: Database, signature: str) -> dict[int, str] | None:
    with db.read() as s:
        row = s.get(ImportMapping, signature)
        return {int(k): v for k, v in row.columns.items()} if row else None


def remember_mapping(db: Database, user: str, signature: str, columns: dict[int, str]) -> None:
    with db.write(user) as s:
        row = s.get(ImportMapping, signature)
        values = {str(k): v for k, v in sorted(columns.items())}
        if row is None:
            s.add(ImportMapping(signature=signature, columns=values, updated_at=datetime.now()))
        else:
            row.columns = values
            row.updated_at = datetime.now()


@dataclass(frozen=True)
class SheetLayout:
    sheet: str
    header_row: int
    columns: dict[int, str]  # column index → field
    remembered: bool  # the officer's mapping from an earlier import of this layout


def find_layout(db: Database, source: Source, sheet: str | None = None) -> SheetLayout:
    """The sheet to import (the first with a list in it), its header row and mapping."""
    candidates = [s for s in source.sheets if sheet is None or s.name == sheet]
    for candidate in candidates:
        layout = detect_layout(candidate.rows)
        if layout is None:
            continue
        remembered = remembered_mapping(db, header_signature(candidate.rows, layout.header_row))
        if remembered is not None:
            return SheetLayout(candidate.name, layout.header_row, remembered, True)
        return SheetLayout(candidate.name, layout.header_row, layout.columns, False)
    if sheet is not None and not candidates:
        raise UserError(_("{file} has no sheet called “{sheet}”.").format(
            file=source.name, sheet=sheet))  # fmt: skip
    first = candidates[0] if candidates else source.sheets[0]
    return SheetLayout(first.name, 0, {}, False)


def sheet_rows(source: Source, name: str) -> list[list]:
    for sheet in source.sheets:
        if sheet.name == name:
            return sheet.rows
    raise UserError(_("{file} has no sheet called “{sheet}”.").format(file=source.name,
                                                                      sheet=name))  # fmt: skip


def suggested_hamlet(source: Source, layout: SheetLayout,
                     hamlets: Iterable[tuple[uuid.UUID, str]]) -> uuid.UUID | None:  # fmt: skip
    """For a list without a hamlet column (a hamlet head's list): the registered hamlet its
    sheet's name or its title ("DANH SÁCH HỘ NGHÈO THÔN ĐÔNG NĂM 2026") names, if one does
    (of "Đông" and "Đông Bắc" both named by "thôn Đông Bắc", the longer)."""
    if "hamlet" in layout.columns.values():
        return None
    rows = sheet_rows(source, layout.sheet)
    title = rows[: header_rows(rows, layout.header_row).start]
    texts = [fold(layout.sheet), *(fold(" ".join(str(v) for v in row if v is not None))
                                   for row in title)]  # fmt: skip
    found: dict[uuid.UUID, str] = {}
    for hamlet_id, name in hamlets:
        key = hamlet_key(name)
        phrases = [f" {prefix} {key} " for prefix in interpret.HAMLET_PREFIXES]
        if key and any(text == key or any(p in f" {text} " for p in phrases) for text in texts):
            found[hamlet_id] = key
    # "Đông" inside "Đông Bắc" is no second hamlet named.
    best = [
        i
        for i, key in found.items()
        if not any(other != key and f" {key} " in f" {other} " for other in found.values())
    ]
    return best[0] if len(best) == 1 else None


# --- the plan -----------------------------------------------------------------


@dataclass
class Match:
    """The registry already has (some of) this household."""

    household_id: uuid.UUID
    code: str
    by_id: bool  # an ID number matched: importing it as new would register a person twice
    persons: dict[int, uuid.UUID]  # member index in the draft → the registered person
    changes: list[str] = field(default_factory=list)  # what an update would change
    conflict: str = ""  # why it cannot be updated from the file


@dataclass(frozen=True)
class Likely:
    """The duplicate engine thinks a person of this household may be someone already known:
    registered (`code` of their household) or earlier in the file (`row`)."""

    level: str  # "suggest" (probably the same person) | "review" (needs a look)
    score: int
    member: int  # index of the member in the draft (and of its row in file.rows)
    name: str  # the other record's name and birth, as shown
    born: str
    explanation: str  # the engine's reasons in words
    code: str = ""  # the registered household
    row: int | None = None  # the other row of the file (0-based sheet index)

    @property
    def text(self) -> str:
        """'May be the same as household 000123: Nguyễn Thị Hằng, 1975 — same name …'."""
        who = f"{self.name}, {self.born}" if self.born else self.name
        if self.row is not None:
            return _("May be the same person as row {n} of this file: {who} — {why}.").format(
                n=self.row + 1, who=who, why=self.explanation)  # fmt: skip
        return _("May be the same as household {code}: {who} — {why}.").format(
            code=self.code, who=who, why=self.explanation)  # fmt: skip


@dataclass(slots=True)
class PlannedHousehold:
    file: FileHousehold
    match: Match | None = None
    duplicate_of: int | None = None  # index in plan.households of the same household earlier
    duplicate_by_id: bool = False
    decision: str = "new"
    keys: Sequence[tuple[int, str | None, tuple]] = ()  # _person_keys, while it is planned
    likely: Likely | None = None  # found by the duplicate engine, not by an exact key

    @property
    def ok(self) -> bool:
        return self.file.ok

    def choices(self) -> tuple[str, ...]:
        """What the officer may decide for it."""
        if not self.ok:
            return ()
        if self.match is not None:
            allowed = ["skip"]
            if not self.match.conflict and self.match.changes:
                allowed.append("update")
            if not self.match.by_id:
                allowed.append("new")
            return tuple(allowed)
        if self.duplicate_of is not None:
            return ("skip",) if self.duplicate_by_id else ("skip", "new")
        return ("new", "skip")


@dataclass
class ImportPlan:
    file_name: str
    sha256: str
    sheet: str
    header_row: int
    columns: dict[int, str]
    rows: list[Row]
    households: list[PlannedHousehold]
    encodings: dict[str, str]  # column field → legacy font found and converted
    new_hamlets: list[str]
    earlier_imports: list[tuple[datetime, str]]  # this sheet of this file before: when, by whom
    members_by_numbering: int = 0  # unnumbered rows taken as members of the household above

    @property
    def error_rows(self) -> list[Row]:
        return [r for r in self.rows if r.errors]

    def row_errors(self) -> dict[int, str]:
        """Row index → what is wrong, for the returned workbook's "Lỗi" column."""
        return {r.index: " ".join(r.errors) for r in self.rows if r.errors}

    def count(self, decision: str) -> int:
        return self.counts()[decision]

    def counts(self) -> dict[str, int]:
        """Households that may be imported, by what was decided for them."""
        counts = dict.fromkeys(DECISIONS, 0)
        for h in self.households:
            if h.file.ok:
                counts[h.decision] += 1
        return counts

    @property
    def duplicates(self) -> list[PlannedHousehold]:
        return [h for h in self.households if h.ok and (h.match or h.duplicate_of is not None)]

    def report_messages(self) -> dict[int, str]:
        """Row index → message for the returned workbook: what is wrong, and for rows held
        back as possible duplicates (skipped), with whom the engine found them."""
        messages = self.row_errors()
        for h in self.households:
            if h.ok and h.likely is not None and h.decision == "skip":
                index = h.file.rows[h.likely.member].index
                messages[index] = h.likely.text
        return messages

    def decide_all(self, decision: str, which: Iterable[PlannedHousehold] | None = None) -> None:
        for h in which if which is not None else self.duplicates:
            if decision in h.choices():
                h.decision = decision


@collector.paused(set_aside=True)
def build_plan(db: Database, source: Source, layout: SheetLayout, *,
               default_hamlet_id: uuid.UUID | None = None, create_hamlets: bool = False,
               progress: Progress | None = None, today: date | None = None) -> ImportPlan:  # fmt: skip
    """Every row cleaned and checked, every household compared; nothing written."""
    today = today or date.today()
    fields = set(layout.columns.values())
    if not fields.intersection(NAME_FIELDS):
        raise UserError(_("Choose which column holds the full name: without names nothing "
                          "can be imported."))  # fmt: skip
    if not fields.intersection(BIRTH_FIELDS):
        raise UserError(_("Choose which column holds the date or year of birth: the registry "
                          "needs it for every person."))  # fmt: skip
    rows = sheet_rows(source, layout.sheet)
    report = reporter(progress)
    report(0, len(rows), _("Reading rows…"))
    lookups = _lookups(db, default_hamlet_id, create_hamlets)
    cleaned, encodings = interpret.read_rows(
        rows, layout.header_row, layout.columns, today,
        lambda done, total: report(done, total, _("Reading rows…")), lookups.category_names,
    )  # fmt: skip
    groups = interpret.group_households(cleaned, list(fields))
    planned: list[PlannedHousehold] = []
    for n, group in enumerate(groups):
        planned.append(PlannedHousehold(interpret.build_household(group, lookups, today)))
        if n % 1000 == 0:
            report(n, len(groups), _("Checking households…"))
    _find_file_duplicates(planned)
    report(0, 1, _("Comparing with the registry…"))
    _find_registry_matches(db, planned)
    for h in planned:  # the exact keys are not needed again: 30 MB less while the engine runs
        h.keys = ()
    _find_likely_duplicates(db, planned, report)
    for h in planned:
        if h.likely is not None:  # "probably the same person": held back unless told
            h.decision = "skip" if h.likely.level == "suggest" else "new"
        else:
            h.decision = "new" if h.match is None and h.duplicate_of is None else "skip"
    new_hamlets = sorted({h.file.new_hamlet for h in planned if h.ok and h.file.new_hamlet})
    with db.read() as s:
        earlier = s.execute(
            sa.select(ImportBatch.created_at, ImportBatch.created_by).where(
                ImportBatch.file_sha256 == source.sha256, ImportBatch.undone_at.is_(None),
                ImportBatch.sheet_name == layout.sheet[:200])  # another sheet is another list
        ).all()  # fmt: skip
    # With no relation or household code, only the STT can have put rows together.
    by_numbering = 0 if fields & {"relation", "household_code"} else len(cleaned) - len(groups)
    return ImportPlan(source.name, source.sha256, layout.sheet, layout.header_row,
                      dict(layout.columns), cleaned, planned, encodings, new_hamlets,
                      [tuple(e) for e in earlier], by_numbering)  # fmt: skip


def reporter(progress: Progress | None) -> Callable[[int, int, str], None]:
    def report(done: int, total: int, what: str) -> None:
        if progress is not None and progress(done, total, what) is False:
            raise Cancelled()

    return report


def _lookups(db: Database, default_hamlet_id: uuid.UUID | None, create: bool) -> Lookups:
    with db.read() as s:
        hamlets = s.execute(sa.select(Hamlet.id, Hamlet.name).where(Hamlet.voided.is_(False)))
        hamlet_ids = {hamlet_key(name): id_ for id_, name in hamlets}
        categories = s.execute(
            sa.select(Category.id, Category.code, Category.scope, Category.name_vi,
                      Category.name_en).where(Category.voided.is_(False))
        ).all()  # fmt: skip
    names = dict(CATEGORY_WORDS)
    for _id, code, _scope, vi, en in categories:
        names.update({fold(vi): code, fold(en): code, fold(code): code})
    return Lookups(
        hamlets=hamlet_ids,
        categories={code: (id_, scope) for id_, code, scope, _vi, _en in categories},
        category_names=names,
        default_hamlet_id=default_hamlet_id,
        create_hamlets=create,
    )


def _person_keys(h: PlannedHousehold) -> list[tuple[int, str | None, tuple]]:
    """(member index, ID number, (folded name, birth year, hamlet)) of each member."""
    if not h.keys:
        hamlet = h.file.draft.hamlet_id or hamlet_key(h.file.new_hamlet)
        h.keys = [
            (i, m.id_number or None, (fold(m.full_name), m.birth_year, hamlet))
            for i, m in enumerate(h.file.draft.members)
        ]
    return h.keys


def _find_file_duplicates(planned: list[PlannedHousehold]) -> None:
    """A person listed twice in the file: the later household is a duplicate of the earlier."""
    by_id: dict[str, int] = {}
    by_name: dict[tuple, int] = {}
    for n, h in enumerate(planned):
        if not h.file.ok:
            continue
        keys = _person_keys(h)
        for _i, number, key in keys:
            earlier = by_id.get(number) if number else None
            if earlier is not None and earlier != n:
                h.duplicate_of, h.duplicate_by_id = earlier, True
                break
            earlier = by_name.get(key)
            if earlier is not None and earlier != n and h.duplicate_of is None:
                h.duplicate_of = earlier
        if h.duplicate_of is None:
            for _i, number, key in keys:
                if number:
                    by_id.setdefault(number, n)
                by_name.setdefault(key, n)
        else:
            first = planned[h.duplicate_of].file.rows[0].index + 1
            h.file.rows[0].warnings.append(
                _("Same person as row {n} of this file.").format(n=first)
            )


class _FilePerson(NamedTuple):
    """A member of a file's household as the duplicate engine compares them: PersonFacts'
    attributes in a tuple (a hundred thousand frozen dataclasses cost half a second)."""

    full_name: str
    birth_year: int | None
    birth_date: date | None
    gender: str | None
    id_number: str
    old_id_number: str
    hamlet_id: uuid.UUID | None
    relation: str
    row: int
    id = None  # not registered
    household_id = None  # pairs within one household are not looked at: see _person_facts
    household_code = ""
    hamlet = ""
    office_id = None


def _person_facts(planned: list[PlannedHousehold], which: list[int]) -> list[_FilePerson]:
    """The members of these households as the duplicate engine compares them (a hamlet the
    import creates gets an id made from its name). No household id: pairs within one
    household are not looked at (twins are not a household listed twice)."""
    out = []
    append = out.append
    new_hamlets: dict[str, uuid.UUID] = {}
    for n in which:
        h = planned[n]
        draft = h.file.draft
        hamlet = draft.hamlet_id
        if hamlet is None and h.file.new_hamlet:
            key = hamlet_key(h.file.new_hamlet)
            hamlet = new_hamlets.get(key)
            if hamlet is None:
                hamlet = new_hamlets[key] = uuid.uuid5(uuid.NAMESPACE_OID, key)
        for m, row in zip(draft.members, h.file.rows, strict=True):
            born = m.birth_date
            append(_FilePerson(m.full_name, born.year if born else m.birth_year, born,
                               m.gender, m.id_number, m.old_id_number, hamlet, m.relation,
                               row.index))  # fmt: skip
    return out


def _find_likely_duplicates(db: Database, planned: list[PlannedHousehold], report) -> None:
    """After the exact checks: the duplicate engine (app/dedup/batch.py) on the households
    nothing matched, against the registry, then within the file. A household whose member
    is probably (or possibly) someone known gets the choices of an exact duplicate."""
    open_ = [n for n, h in enumerate(planned) if h.ok and h.match is None
             and h.duplicate_of is None]  # fmt: skip
    if not open_:
        return
    t = dedup_engine.thresholds(db)
    where: dict[int, tuple[int, int]] = {}  # sheet row → (household, member)
    for n in open_:
        for i, r in enumerate(planned[n].file.rows):
            where[r.index] = (n, i)

    def step(what: str):
        return lambda done, total: report(done, total, what)

    people = _person_facts(planned, open_)
    found = dedup_batch.against_registry(db, people, t, step(_("Looking for possible "
                                                                "duplicates in the registry…")))  # fmt: skip
    best: dict[int, Candidate] = {}
    for c in found:  # strongest first: the first of each household is kept
        n, _i = where[c.a.row]
        best.setdefault(n, c)
    if best:
        _likely_matches(db, planned, best, where)
    # Within the file: the persons of every household not repeated exactly (one matched in
    # the registry may still be listed twice); only a household nothing flagged yet is marked.
    rest = [n for n, h in enumerate(planned) if h.ok and h.duplicate_of is None]
    if not rest or (len(rest) == 1 and len(planned[rest[0]].file.draft.members) < 2):
        return
    if rest != open_:
        people = _person_facts(planned, rest)
        for n in rest:
            for i, r in enumerate(planned[n].file.rows):
                where[r.index] = (n, i)
    for c in dedup_batch.within(people, t, step(_("Looking for possible duplicates in the "
                                                  "list…"))):  # fmt: skip
        (na, _ia), (nb, ib) = where[c.a.row], where[c.b.row]
        if na == nb:
            continue  # two members of one household: not a household listed twice
        if na > nb:
            na, nb, ib = nb, na, _ia
            c = Candidate(c.b, c.a, c.score, c.level, c.reasons)
        later = planned[nb]
        if later.likely is not None or later.match is not None:
            continue
        later.duplicate_of = na
        later.likely = Likely(c.level, c.score, ib, c.a.full_name,
                              format_birth(c.a.birth_date, c.a.birth_year), c.explanation,
                              row=c.a.row)  # fmt: skip
        later.file.rows[ib].warnings.append(later.likely.text)


def _likely_matches(db: Database, planned: list[PlannedHousehold], best: dict[int, Candidate],
                    where: dict[int, tuple[int, int]]) -> None:  # fmt: skip
    """A household whose member the engine found in the registry: matched like an exact
    duplicate (to skip it, update that household or add it as new), with the reasons."""
    ids = sorted({c.b.id for c in best.values()})
    persons: dict[uuid.UUID, sa.Row] = {}
    with db.read() as s:
        for chunk in chunks(ids):
            for row in s.execute(sa.select(*_PERSON_COLUMNS).where(Person.id.in_(chunk))):
                persons[row.id] = row
        info = _household_info(s, {row.household_id for row in persons.values()})
    for n, c in best.items():
        h = planned[n]
        _n, member = where[c.a.row]
        if c.b.id not in persons:
            continue
        _match(h, {member: c.b.id}, False, persons, info)
        if h.match is None:
            continue
        h.likely = Likely(c.level, c.score, member, c.b.full_name,
                          format_birth(c.b.birth_date, c.b.birth_year), c.explanation,
                          code=h.match.code)  # fmt: skip
        h.file.rows[member].warnings.append(h.likely.text)


_PERSON_COLUMNS = (Person.id, Person.household_id, Person.full_name, Person.name_folded,
                   Person.gender, Person.birth_date, Person.birth_year, Person.id_number,
                   Person.old_id_number, Person.phone, Person.relation)  # fmt: skip


def chunks(values: list, size: int = IN_CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _find_registry_matches(db: Database, planned: list[PlannedHousehold]) -> None:
    """Households whose people the registry already has, by ID number or name + year + hamlet."""
    live = [h for h in planned if h.ok]
    numbers = list({(m.id_number,) for h in live for m in h.file.draft.members if m.id_number})
    # A household in a hamlet the import creates has no namesakes registered there.
    names = list({(name, year) for h in live if h.file.draft.hamlet_id
                  for _i, _number, (name, year, _hamlet) in _person_keys(h) if year})  # fmt: skip
    persons: dict[uuid.UUID, sa.Row] = {}
    by_number: dict[str, uuid.UUID] = {}
    by_key: dict[tuple, list[uuid.UUID]] = {}
    with db.read() as s:
        if not (numbers or names) or s.execute(ANY_PERSON).first() is None:
            return  # nobody registered (a new commune's first list): nothing to match
        for column in (Person.id_number, Person.old_id_number):
            query = sa.select(*_PERSON_COLUMNS).where(Person.voided.is_(False))
            for row in rows_with(s, query, (column,), numbers):
                persons[row.id] = row
                for number in (row.id_number, row.old_id_number):
                    if number:
                        by_number.setdefault(number, row.id)
        # Name and birth year together (a common name alone is thousands of people);
        # the hamlet is compared here: in SQL, a third column from the household made
        # SQLite probe the keys for every candidate (10 s instead of 1.3 s at 3.6 M).
        query = (
            sa.select(*_PERSON_COLUMNS, Household.hamlet_id)
            .join(Household, Household.id == Person.household_id)
            .where(Person.voided.is_(False), Household.voided.is_(False))
        )
        for row in rows_with(s, query, (Person.name_folded, Person.birth_year), names):
            persons[row.id] = row
            by_key.setdefault((row.name_folded, row.birth_year, row.hamlet_id), []).append(row.id)
        if not by_number and not by_key:
            return
        found = [(h, f) for h in live if (f := _found(h, by_number, by_key))[0]]
        homes = {persons[p].household_id for _h, f in found for p in f[0].values()}
        info = _household_info(s, homes)
    for h, (persons_found, by_id) in found:
        _match(h, persons_found, by_id, persons, info)


ANY_PERSON = sa.select(1).select_from(Person).where(Person.voided.is_(False)).limit(1)
_KEY_COLUMNS = ("k1", "k2")


def rows_with(s, query: sa.Select, columns: tuple, values: list[tuple]) -> Iterable[sa.Row]:
    """The rows of `query` whose `columns` hold one of `values` (which may be 100,000).

    On SQLite one statement instead of a hundred IN (…) lists, each compiled and
    planned: one column's values go in as one JSON array (SQLite reads it, the
    interpreter is free meanwhile; binding 100,000 rows into a table took 0.25 s),
    pairs into a temporary table (json_each and ->> twice a row were slower there).
    """
    if not values:
        return
    target = columns[0] if len(columns) == 1 else sa.tuple_(*columns)
    if s.bind.dialect.name != "sqlite":
        for chunk in chunks(sorted(values)):
            yield from s.execute(query.where(target.in_(
                [v[0] for v in chunk] if len(columns) == 1 else chunk)))  # fmt: skip
        return
    # "IN (SELECT …)", not a join: SQLite knows nothing of the keys' number and,
    # joined, chose to scan every person (9 s at 3.6 M persons; this: 1.3 s).
    if len(columns) == 1:
        keys = sa.func.json_each(json.dumps([v[0] for v in values])).table_valued("value")
        yield from s.execute(query.where(target.in_(sa.select(keys.c.value)))).all()
        return
    names = _KEY_COLUMNS[: len(columns)]
    table = sa.table("lalanh_import_key", *(sa.column(n) for n in names), schema="temp")
    conn = s.connection()
    conn.exec_driver_sql("DROP TABLE IF EXISTS temp.lalanh_import_key")
    conn.exec_driver_sql(f"CREATE TEMP TABLE lalanh_import_key ({', '.join(names)})")
    conn.exec_driver_sql(f"INSERT INTO temp.lalanh_import_key VALUES "
                         f"({', '.join('?' * len(names))})", values)  # fmt: skip
    try:
        yield from s.execute(query.where(target.in_(sa.select(*table.c)))).all()
    finally:
        conn.exec_driver_sql("DROP TABLE IF EXISTS temp.lalanh_import_key")


def _found(h: PlannedHousehold, by_number, by_key) -> tuple[dict[int, uuid.UUID], bool]:
    """Its members the registry has (member index → person), and whether by an ID number."""
    found: dict[int, uuid.UUID] = {}
    by_id = False
    for i, number, key in _person_keys(h):
        if number and number in by_number:
            found[i], by_id = by_number[number], True
        elif key in by_key:
            found[i] = by_key[key][0]
    return found, by_id


def _household_info(s, ids: set[uuid.UUID]) -> dict[uuid.UUID, dict]:
    info: dict[uuid.UUID, dict] = {}
    for chunk in chunks(sorted(ids)):
        for row in s.execute(sa.select(Household.id, Household.code, Household.hamlet_id,
                                       Household.address, Household.phone,
                                       Household.declared_size, Household.voided)
                             .where(Household.id.in_(chunk))):  # fmt: skip
            info[row.id] = dict(row._mapping, categories=set(), heads=0)
        for row in s.execute(sa.select(CategoryAssignment.household_id,
                                       CategoryAssignment.person_id,
                                       CategoryAssignment.category_id)
                             .where(CategoryAssignment.household_id.in_(chunk),
                                    CategoryAssignment.voided.is_(False))):  # fmt: skip
            info[row.household_id]["categories"].add((row.person_id, row.category_id))
    return info


def _match(h: PlannedHousehold, found: dict[int, uuid.UUID], by_id: bool, persons,
           info) -> None:  # fmt: skip
    draft = h.file.draft
    homes = {persons[p].household_id for p in found.values()}
    home = persons[found.get(0, next(iter(found.values())))].household_id
    household = info.get(home)
    if household is None or household["voided"]:
        return
    match = Match(home, household["code"], by_id, found)
    h.match = match
    if len(homes) > 1:
        match.conflict = _("Its members are registered in different households.")
        return
    if 0 not in found and any(persons[p].relation == "head" for p in found.values()):
        match.conflict = _("The head of household in the file is not the head registered.")
        return
    if 0 not in found:
        match.conflict = _("The head of household in the file is not registered in it.")
        return
    changes = match.changes
    for i, person_id in found.items():
        member, person = draft.members[i], persons[person_id]
        if member.id_number and member.id_number not in (person.id_number, person.old_id_number):
            if person.id_number:
                match.conflict = _("{name} is registered with ID number {id}; the file gives "
                                   "{other}.").format(name=person.full_name, id=person.id_number,
                                                      other=member.id_number)  # fmt: skip
                return
            changes.append(_("ID number of {name}").format(name=person.full_name))
        for label, new, old in _person_diff(member, person):
            changes.append(f"{label} — {person.full_name}: {old or '∅'} → {new}")
    for i, member in enumerate(draft.members):
        if i not in found:
            changes.append(_("new member {name}").format(name=member.full_name))
    if draft.hamlet_id and draft.hamlet_id != household["hamlet_id"]:
        changes.append(_("hamlet"))
    for label, new, old in (
        (_("address"), draft.address, household["address"]),
        (_("phone"), draft.phone, household["phone"]),
    ):
        if new and new != (old or ""):
            changes.append(f"{label}: {old or '∅'} → {new}")
    if draft.declared_size and draft.declared_size != household["declared_size"]:
        changes.append(_("number of members"))
    have = household["categories"]
    wanted = {(None, c) for c in draft.category_ids} | {
        (found[i], c) for i, m in enumerate(draft.members) if i in found for c in m.category_ids
    }
    if wanted - have:
        changes.append(_("categories"))


def _person_diff(member, person) -> list[tuple[str, object, object]]:
    diffs = []
    if fold(member.full_name) != person.name_folded:
        diffs.append((_("name"), member.full_name, person.full_name))
    if member.gender and member.gender != person.gender:
        diffs.append((_("gender"), member.gender, person.gender))
    if member.birth_date and member.birth_date != person.birth_date:
        diffs.append((_("date of birth"), member.birth_date, person.birth_date))
    elif member.birth_year and member.birth_year != person.birth_year:
        diffs.append((_("year of birth"), member.birth_year, person.birth_year))
    if member.phone and member.phone != (person.phone or ""):
        diffs.append((_("phone"), member.phone, person.phone))
    return diffs


# Writing the plan lives in app/excel/committing.py (which imports the plan's names from here);
# its names stay reachable from this module, looked up when first asked for.
_COMMITTING = {"ASSIGNMENT_COLUMNS", "HOUSEHOLD_COLUMNS", "PERSON_COLUMNS", "ImportResult",
               "commit_plan"}  # fmt: skip


def __getattr__(name: str):
    if name in _COMMITTING:
        from app.excel import committing

        return getattr(committing, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
