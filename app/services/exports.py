"""What each list exports to Excel: exactly what its page shows, with its filters.

Each list has a `…_export` giving the columns, a row iterator (streamed from the database
in chunks where a list can be long), the number of rows when it is cheap to know, and the
title lines, and an `export_…` writing it to a file (the GUI and `lalanh export` call
these): households, open needs, donations, stock adjustments, programs, the pairs of a
duplicate scan, a program's distribution rows; the records of what was done (merges, imports, sync bundles, sync
conflicts, persons registered by two offices); and the settings lists (hamlets, users,
organisations).
"""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from app.dates import format_birth, format_date
from app.db import Database
from app.dedup import Candidate, level_label
from app.errors import UserError
from app.excel import batches
from app.excel.writing import Column, export_xlsx
from app.i18n import _, language
from app.models import (
    Category,
    CategoryAssignment,
    Hamlet,
    Household,
    Need,
    Person,
    Program,
)
from app.services import (
    distribution,
    ledger,
    merges,
    roles,
    sync_conflicts,
    sync_people,
    sync_status,
    vocab,
)
from app.services import office as office_service
from app.services import recipient_lists as rl
from app.services.households import (
    HouseholdQuery,
    _filters,
    count_households,
    list_households,
    member_count,
)
from app.services.ledger import DonationQuery
from app.services.needs import NeedQuery, _open, _urgency_rank
from app.services.office import current_office
from app.services.programs import (
    items_by_id,
    list_organisations,
    list_programs,
    list_status_label,
)
from app.services.recipient_lists import ListQuery
from app.text import clean

CHUNK = 2000  # households or needs read per query
SEARCH_COUNT_CAP = 10_000  # a search's total is counted up to here, else progress is open-ended

Progress = Callable[[int, int], bool]


@dataclass
class ListExport:
    """A list ready to write: `rows` streams, so write it once."""

    sheet_title: str
    title: list[str]
    columns: list[Column]
    rows: Iterator[Sequence[Any]]
    total: int | None  # None: not known in advance (a search with many matches)


def write_export(export: ListExport, path: str | os.PathLike,
                 progress: Progress | None = None) -> int:  # fmt: skip
    """Write a list to `path` (.xlsx, atomically); returns the number of rows written."""
    return export_xlsx(path, export.sheet_title, export.columns, export.rows, title=export.title,
                       progress=progress, total=export.total)  # fmt: skip


def export_households(db: Database, query: HouseholdQuery, path: str | os.PathLike,
                      progress: Progress | None = None) -> int:  # fmt: skip
    """The Households page's list, as filtered by `query`, to an .xlsx file."""
    return write_export(households_export(db, query), path, progress)


def export_needs(db: Database, query: NeedQuery, path: str | os.PathLike,
                 progress: Progress | None = None) -> int:  # fmt: skip
    """The Needs page's open needs, as filtered by `query`, to an .xlsx file."""
    return write_export(needs_export(db, query), path, progress)


def households_file_name(today: date | None = None) -> str:
    return dated(_("households-{date}.xlsx"), today)


def needs_file_name(today: date | None = None) -> str:
    return dated(_("needs-{date}.xlsx"), today)


# --- households ---------------------------------------------------------------


def households_export(db: Database, query: HouseholdQuery) -> ListExport:
    """The households `query` shows, in the page's order, one row per household."""
    searching = bool(clean(query.text))
    columns = [
        Column(_("No."), "int", 6),
        Column(_("Household code"), "id"),
        Column(_("Hamlet"), "text"),
        Column(_("Head of household"), "text"),
        Column(_("Date of birth"), "date", 12),
        Column(_("Year of birth"), "year", 9),
        Column(_("Gender"), "text", 9),
        Column(_("ID number"), "id", 15),
        Column(_("Phone"), "id", 13),
        Column(_("Address"), "text"),
        Column(_("Number of members"), "int", 10),
        Column(_("Categories"), "text"),
        Column(_("Note"), "text"),
    ]
    if searching:
        columns.append(Column(_("Matched"), "text"))
    if query.include_voided:
        columns.append(Column(_("Voided"), "text"))
    if searching:
        found = count_households(db, query, cap=SEARCH_COUNT_CAP)
        total = found if found <= SEARCH_COUNT_CAP else None
    else:
        total = count_households(db, query)
    return ListExport(
        sheet_title=_("Households"),
        title=_title(db, _("LIST OF HOUSEHOLDS"), _household_filters(db, query)),
        columns=columns,
        rows=_household_rows(db, query, searching),
        total=total,
    )


def _household_filters(db: Database, query: HouseholdQuery) -> list[str]:
    parts = []
    with db.read() as s:
        if query.hamlet_id is not None:
            name = s.scalar(sa.select(Hamlet.name).where(Hamlet.id == query.hamlet_id))
            parts.append(_("Hamlet: {name}").format(name=name or "?"))
        if query.category_id is not None:
            name_column = Category.name_en if language() == "en" else Category.name_vi
            name = s.scalar(sa.select(name_column).where(Category.id == query.category_id))
            parts.append(_("Category: {name}").format(name=name or "?"))
    if clean(query.text):
        parts.append(_("Search: “{text}”").format(text=clean(query.text)))
    if query.include_voided:
        parts.append(_("voided households included"))
    return parts


def _household_rows(db: Database, query: HouseholdQuery, searching: bool) -> Iterator[list]:
    categories = _category_names(db)
    include_voided = query.include_voided
    number = 0

    def values(row: sa.Row, matched: str) -> list:
        nonlocal number
        number += 1
        (_id, code, hamlet, head, birth_date, birth_year, gender, id_number, phone, address,
         members, category_ids, note, voided, void_reason) = row  # fmt: skip
        named = ""
        if category_ids:
            ids = dict.fromkeys(category_ids.split(","))  # once each, in any order
            named = ", ".join(name for _order, name in
                              sorted(categories[i] for i in ids if i in categories))  # fmt: skip
        result = [number, code, hamlet, head, birth_date,
                  birth_year or (birth_date.year if birth_date else None),
                  vocab.label(vocab.GENDERS, gender), id_number, phone, address, members, named,
                  note]  # fmt: skip
        if searching:
            result.append(matched)
        if include_voided:
            result.append((void_reason or _("voided")) if voided else None)
        return result

    if not searching:
        # One select in code order, as the page, streamed CHUNK rows at a time.
        stmt = _household_statement().where(*_filters(query)).order_by(Household.code)
        previous = None
        with db.read() as s:
            for row in s.execute(stmt, execution_options={"yield_per": CHUNK}):
                if row[0] != previous:  # a household with two live heads would repeat
                    previous = row[0]
                    yield values(row, "")
        return
    # A search: its own paging gives the page's order and its "matched" column.
    cursor = None
    while True:
        page = list_households(db, query, cursor, CHUNK)
        ids = [r.id for r in page.rows]
        with db.read() as s:
            found: dict[str, sa.Row] = {}
            for row in s.execute(_household_statement().where(Household.id.in_(ids))):
                found.setdefault(_key(row[0]), row)
        for r in page.rows:
            row = found.get(_key(r.id))
            if row is not None:  # None: voided or gone since the page was read
                yield values(row, r.matched)
        if page.cursor is None:
            return
        cursor = page.cursor


def _key(value: object) -> str:
    """An id as the raw column gives it (hex on SQLite) or as a UUID, in one form."""
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "")


def _category_names(db: Database) -> dict[str, tuple[int, str]]:
    """Category id, in the forms the aggregated column gives it → (sort order, name)."""
    name = Category.name_en if language() == "en" else Category.name_vi
    with db.read() as s:
        rows = s.execute(sa.select(Category.id, Category.sort_order, name)).all()
    result = {}
    for category_id, order, label in rows:
        result[category_id.hex] = result[str(category_id)] = (order or 0, label)
    return result


@functools.cache
def _household_statement() -> sa.Select:
    """Everything a row shows, one row per household (built once: see _row_statements).

    The id comes raw (no UUID object per row) and categories as their ids joined
    by commas: named and ordered in Python, which is cheaper than joining names.
    """
    head = sa.orm.aliased(Person)
    members = member_count()
    categories = (
        sa.select(sa.func.aggregate_strings(sa.cast(CategoryAssignment.category_id, sa.String),
                                            ","))
        .where(CategoryAssignment.household_id == Household.id,
               CategoryAssignment.voided.is_(False))
        .scalar_subquery()
    )  # fmt: skip
    return (
        sa.select(sa.type_coerce(Household.id, sa.String).label("key"), Household.code,
                  Hamlet.name.label("hamlet"), head.full_name.label("head"), head.birth_date,
                  head.birth_year, head.gender, head.id_number,
                  sa.func.coalesce(Household.phone, head.phone).label("phone"),
                  Household.address, members.label("members"),
                  categories.label("categories"), Household.note, Household.voided,
                  Household.void_reason)
        .outerjoin(head, sa.and_(head.household_id == Household.id, head.relation == "head",
                                 head.voided.is_(False)))
        .outerjoin(Hamlet, Hamlet.id == Household.hamlet_id)
    )  # fmt: skip


# --- needs --------------------------------------------------------------------


def needs_export(db: Database, query: NeedQuery) -> ListExport:
    """The open needs `query` shows, most urgent and oldest first, as on the page."""
    columns = [
        Column(_("No."), "int", 6),
        Column(_("Urgency"), "text", 11),
        Column(_("Need"), "text"),
        Column(_("Quantity"), "number", 12),
        Column(_("Unit"), "text", 8),
        Column(_("Household code"), "id"),
        Column(_("Head of household"), "text"),
        Column(_("Hamlet"), "text"),
        Column(_("Assessed on"), "date", 12),
        Column(_("Assessed by"), "text"),
        Column(_("Note"), "text"),
    ]
    with db.read() as s:
        total = s.scalar(
            sa.select(sa.func.count())
            .select_from(Need)
            .join(Household, Household.id == Need.household_id)
            .where(*_open(query))
        ) or 0  # fmt: skip
    return ListExport(
        sheet_title=_("Open needs"),
        title=_title(db, _("LIST OF OPEN NEEDS"), _need_filters(db, query)),
        columns=columns,
        rows=_need_rows(db, query),
        total=total,
    )


def _need_filters(db: Database, query: NeedQuery) -> list[str]:
    parts = []
    if query.kind:
        parts.append(_("Need: {kind}").format(kind=vocab.label(vocab.NEED_KINDS, query.kind)))
    if query.urgency:
        parts.append(_("Urgency: {urgency}").format(
            urgency=vocab.label(vocab.URGENCIES, query.urgency)))  # fmt: skip
    if query.hamlet_id is not None:
        with db.read() as s:
            name = s.scalar(sa.select(Hamlet.name).where(Hamlet.id == query.hamlet_id))
        parts.append(_("Hamlet: {name}").format(name=name or "?"))
    return parts


def _need_rows(db: Database, query: NeedQuery) -> Iterator[tuple]:
    """One select, streamed CHUNK rows at a time: open needs are few next to households
    (~10 %), and sorting them all once is cheaper than re-sorting them for every chunk."""
    head = sa.orm.aliased(Person)
    rank = _urgency_rank()
    stmt = (
        sa.select(Need.id, Need.urgency, Need.kind, Need.quantity, Need.unit, Household.code,
                  head.full_name, Hamlet.name, Need.assessed_on, Need.assessed_by, Need.note)
        .join(Household, Household.id == Need.household_id)
        .outerjoin(head, sa.and_(head.household_id == Household.id, head.relation == "head",
                                 head.voided.is_(False)))
        .outerjoin(Hamlet, Hamlet.id == Household.hamlet_id)
        .where(*_open(query))
        .order_by(rank, Need.assessed_on, Need.id)
    )  # fmt: skip
    number = 0
    previous = None
    with db.read() as s:
        for (need_id, urgency, kind, quantity, unit, code, head_name, hamlet, assessed_on,
             assessed_by, note) in s.execute(stmt, execution_options={"yield_per": CHUNK}):  # fmt: skip
            if need_id == previous:  # a household with two live heads would repeat its needs
                continue
            previous = need_id
            number += 1
            yield (number, vocab.label(vocab.URGENCIES, urgency),
                   vocab.label(vocab.NEED_KINDS, kind), quantity,
                   vocab.label(vocab.UNITS, unit) if quantity is not None else None, code,
                   head_name, hamlet, assessed_on, assessed_by, note)  # fmt: skip


# --- donations ----------------------------------------------------------------


def donations_export(db: Database, query: DonationQuery) -> ListExport:
    """The donations ledger as the Donations page shows it (newest first, its filters), every
    entry with its reversal status: what an accountant hands over or files."""
    columns = [
        Column(_("No."), "int", 6),
        Column(_("Date"), "date", 12),
        Column(_("Donor"), "text"),
        Column(_("Source"), "text"),
        Column(_("Item"), "text"),
        Column(_("Quantity"), "number", 14),
        Column(_("Unit"), "text", 8),
        Column(_("Receipt no."), "id"),
        Column(_("Earmarked for"), "text"),
        Column(_("Recorded by"), "text"),
        Column(_("Note"), "text"),
    ]
    return ListExport(
        sheet_title=_("Donations"),
        title=_title(db, _("LIST OF DONATIONS RECEIVED"), _donation_filters(db, query)),
        columns=columns,
        rows=_donation_rows(db, query),
        total=ledger.count_donations(db, query),
    )


def export_donations(db: Database, query: DonationQuery, path: str | os.PathLike,
                     progress: Progress | None = None) -> int:  # fmt: skip
    """The Donations page's ledger, as filtered by `query`, to an .xlsx file."""
    return write_export(donations_export(db, query), path, progress)


def donations_file_name(today: date | None = None) -> str:
    return dated(_("donations-{date}.xlsx"), today)


def adjustments_export(db: Database) -> ListExport:
    """The stock adjustments as the Donations page's second tab shows them, newest first."""
    rows = ledger.list_adjustments(db, limit=None)
    columns = [
        Column(_("No."), "int", 6),
        Column(_("Date"), "date", 12),
        Column(_("Item"), "text"),
        Column(_("Quantity"), "number", 14),
        Column(_("Unit"), "text", 8),
        Column(_("Reason"), "text"),
        Column(_("Recorded by"), "text"),
    ]
    return ListExport(
        sheet_title=_("Stock adjustments"),
        title=_title(db, _("LIST OF STOCK ADJUSTMENTS"), []),
        columns=columns,
        rows=_adjustment_rows(rows),
        total=len(rows),
    )


def stock_export(db: Database) -> ListExport:
    """The Donations page's stock on hand: per item, received, given out, adjusted, on hand."""
    rows = ledger.stock(db)
    columns = [
        Column(_("No."), "int", 6),
        Column(_("Item"), "text", 30),
        Column(_("Unit"), "text", 8),
        Column(_("Received"), "number", 16),
        Column(_("Given out"), "number", 16),
        Column(_("Adjusted"), "number", 16),
        Column(_("On hand"), "number", 16),
    ]
    values = ((n, r.item.name, vocab.label(vocab.UNITS, r.item.unit), r.received, r.given,
               r.adjusted, r.on_hand) for n, r in enumerate(rows, 1))  # fmt: skip
    return ListExport(_("Stock"), _title(db, _("STOCK ON HAND"), []), columns, values, len(rows))


def stock_file_name(today: date | None = None) -> str:
    return dated(_("stock-on-hand-{date}.xlsx"), today)


def _adjustment_rows(rows: list[ledger.AdjustmentRow]) -> Iterator[tuple]:
    for n, row in enumerate(rows, 1):
        yield (n, row.made_on, row.item, row.quantity,
               vocab.label(vocab.UNITS, row.unit) if row.unit else None,
               ledger.entry_note(row.reason, row.reversed, row.reverses_id is not None),
               row.recorded_by)  # fmt: skip


def export_adjustments(db: Database, path: str | os.PathLike,
                       progress: Progress | None = None) -> int:  # fmt: skip
    """The stock adjustments to an .xlsx file."""
    return write_export(adjustments_export(db), path, progress)


def adjustments_file_name(today: date | None = None) -> str:
    return dated(_("stock-adjustments-{date}.xlsx"), today)


def _donation_filters(db: Database, query: DonationQuery) -> list[str]:
    parts = []
    if query.item_id is not None:
        item = items_by_id(db).get(query.item_id)
        parts.append(_("Item: {name}").format(name=item.name if item else "?"))
    with db.read() as s:
        if query.program_id is not None:
            code, name = s.execute(sa.select(Program.code, Program.name)
                                   .where(Program.id == query.program_id)).first() or ("?", "")  # fmt: skip
            parts.append(_("Earmarked for: {program}").format(program=f"{code} {name}".strip()))
    if clean(query.text):
        parts.append(_("Search: “{text}”").format(text=clean(query.text)))
    return parts


def _donation_rows(db: Database, query: DonationQuery) -> Iterator[tuple]:
    """The page's own query, CHUNK entries at a time (a ledger is thousands, not millions)."""
    number = 0
    offset = 0
    while True:
        page = ledger.list_donations(db, query, offset, CHUNK)
        for row in page:
            number += 1
            note = ledger.entry_note(row.note, row.reversed, row.reverses_id is not None)
            yield (number, row.received_on, row.donor_name,
                   vocab.label(vocab.DONATION_SOURCES, row.source), row.item, row.quantity,
                   vocab.label(vocab.UNITS, row.unit) if row.unit else None, row.receipt_no,
                   row.earmark, row.recorded_by, note)  # fmt: skip
        if len(page) < CHUNK:
            return
        offset += CHUNK


# --- programs -----------------------------------------------------------------


def programs_export(db: Database) -> ListExport:
    """The Programs page's list: each program with its organisation, period, overlap group,
    list status, households listed and norms."""
    rows = list_programs(db)
    columns = [
        Column(_("No."), "int", 6),
        Column(_("Program code"), "id", 8),
        Column(_("Program"), "text"),
        Column(_("Organisation"), "text"),
        Column(_("Funding"), "text"),
        Column(_("Period"), "text"),
        Column(_("Overlap group"), "text"),
        Column(_("List"), "text"),
        Column(_("Households on the list"), "int", 10),
        Column(_("Norms"), "text"),
    ]
    return ListExport(
        sheet_title=_("Programs"),
        title=_title(db, _("LIST OF AID PROGRAMS"), []),
        columns=columns,
        rows=_program_rows(rows),
        total=len(rows),
    )


def export_programs(db: Database, path: str | os.PathLike,
                    progress: Progress | None = None) -> int:  # fmt: skip
    """The Programs page's list to an .xlsx file."""
    return write_export(programs_export(db), path, progress)


def programs_file_name(today: date | None = None) -> str:
    return dated(_("programs-{date}.xlsx"), today)


def _program_rows(rows: list) -> Iterator[tuple]:
    for n, p in enumerate(rows, 1):
        yield (n, p.code, p.name, p.organisation, p.funding, p.period, p.overlap_group,
               list_status_label(p.list_status, p.list_version), p.households, p.norms)  # fmt: skip


# --- possible duplicates --------------------------------------------------------


def pairs_export(db: Database, pairs: Sequence[Candidate], scanned_at: datetime,
                 filters: list[str]) -> ListExport:  # fmt: skip
    """The Duplicates page's queue as it shows it (a scan's pairs, strongest first, its level
    filter): each person in columns of their own, to check them on paper or in the field."""
    columns = [Column(_("No."), "int", 6), Column(_("Score"), "int", 7),
               Column(_("Level"), "text", 20)]  # fmt: skip
    for n in (1, 2):
        columns += [
            Column(_("Person {n}").format(n=n), "text"),
            Column(_("Born ({n})").format(n=n), "text", 11),
            Column(_("ID number ({n})").format(n=n), "id", 14),
            Column(_("Household ({n})").format(n=n), "id"),
            Column(_("Hamlet ({n})").format(n=n), "text"),
        ]
    columns.append(Column(_("Why"), "text", 45))
    scanned = _("Scan of {time}").format(time=scanned_at.strftime("%H:%M %d/%m/%Y"))
    return ListExport(
        sheet_title=_("Possible duplicates"),
        title=_title(db, _("LIST OF POSSIBLE DUPLICATE PERSONS"), [scanned, *filters]),
        columns=columns,
        rows=_pair_rows(pairs),
        total=len(pairs),
    )


def export_pairs(db: Database, pairs: Sequence[Candidate], scanned_at: datetime,
                 filters: list[str], path: str | os.PathLike,
                 progress: Progress | None = None) -> int:  # fmt: skip
    """The possible duplicates shown on the Duplicates page to an .xlsx file."""
    return write_export(pairs_export(db, pairs, scanned_at, filters), path, progress)


def pairs_file_name(today: date | None = None) -> str:
    return dated(_("possible-duplicates-{date}.xlsx"), today)


def _pair_rows(pairs: Sequence[Candidate]) -> Iterator[tuple]:
    for n, c in enumerate(pairs, 1):
        sides = []
        for p in (c.a, c.b):
            sides += [p.full_name, format_birth(p.birth_date, p.birth_year), p.id_number or None,
                      p.household_code or None, p.hamlet or None]  # fmt: skip
        yield (n, c.score, level_label(c.level), *sides, c.explanation)


# --- the Distribution page -------------------------------------------------------------------


def distribution_export(db: Database, program_id: uuid.UUID, query: ListQuery) -> ListExport:
    """The Distribution page's rows as filtered (hamlet, state, search): each household's
    entitlement and what it was given per item, its state and the day it received — e.g. the
    households still waiting, to call them."""
    with db.read() as s:
        program = s.get(Program, program_id)
        if program is None:
            raise UserError(_("This program no longer exists."))
        name = f"{program.code} {program.name}"
    items = distribution.program_progress(db, program_id).items
    columns = [Column(_("No."), "int", 6), Column(_("List code"), "id", 15),
               Column(_("Household code"), "id", 10), Column(_("Head of household"), "text"),
               Column(_("ID number"), "id", 14), Column(_("Hamlet"), "text"),
               Column(_("Persons"), "int", 8)]  # fmt: skip
    for item in items:
        named = f"{item.name} ({vocab.label(vocab.UNITS, item.unit)})"
        kind = "money" if item.unit == "VND" else "number"
        columns += [Column(_("{item}: entitled").format(item=named), kind, 12),
                    Column(_("{item}: given").format(item=named), kind, 12)]  # fmt: skip
    columns += [Column(_("State"), "text", 22), Column(_("Received on"), "date", 11)]
    filters = [_("Program: {name}").format(name=name), *_list_filters(db, query)]
    return ListExport(
        sheet_title=_("Distribution"),
        title=_title(db, _("AID DISTRIBUTION LIST"), filters),
        columns=columns,
        rows=_distribution_rows(db, program_id, query, [i.item_id for i in items]),
        total=rl.count_rows(db, program_id, query),
    )


def _list_filters(db: Database, query: ListQuery) -> list[str]:
    parts = []
    if query.hamlet_id is not None:
        with db.read() as s:
            name = s.scalar(sa.select(Hamlet.name).where(Hamlet.id == query.hamlet_id))
        parts.append(_("Hamlet: {name}").format(name=name or "?"))
    if query.state in rl.ROW_STATES:
        parts.append(_("State: {state}").format(state=_(rl.ROW_STATES[query.state])))
    if clean(query.text):
        parts.append(_("Search: “{text}”").format(text=clean(query.text)))
    return parts


def _distribution_rows(db: Database, program_id: uuid.UUID, query: ListQuery,
                       items: list[uuid.UUID]) -> Iterator[tuple]:  # fmt: skip
    n, after = 0, 0
    while True:
        rows = rl.list_rows(db, program_id, query, after, CHUNK)
        for r in rows:
            n += 1
            per_item = []
            for item in items:
                per_item += [r.entitled.get(item), r.given.get(item) or None]
            yield (n, r.code, r.household_code or None, r.head_name, r.head_id_number or None,
                   r.hamlet or None, r.persons, *per_item, rl.row_state_label(r),
                   r.received_on if r.state == "received" else None)  # fmt: skip
        if len(rows) < CHUNK:
            return
        after = rows[-1].seq


def distribution_file_name(today: date | None = None) -> str:
    return dated(_("distribution-{date}.xlsx"), today)


# --- records of what was done: merges, imports, sync ------------------------------------------


def merges_export(db: Database) -> ListExport:
    """The Duplicates page's Merges tab: every merge, newest first, undone ones included."""
    rows = merges.list_merges(db, limit=None)
    columns = [Column(_("No."), "int", 6), Column(_("When"), "datetime", 17),
               Column(_("Merged by"), "text"), Column(_("Record that stays"), "text"),
               Column(_("Merged record"), "text"),
               Column(_("Values taken from the merged record"), "text", 40),
               Column(_("State"), "text", 12)]  # fmt: skip
    return ListExport(_("Merges"), _title(db, _("LIST OF MERGED RECORDS"), []), columns,
                      _merge_rows(rows), len(rows))  # fmt: skip


def _merge_rows(rows: list[merges.MergeRow]) -> Iterator[tuple]:
    for n, m in enumerate(rows, 1):
        yield (n, m.at, m.by, m.survivor_name, m.merged_name, merges.fields_label(m) or None,
               merges.state_label(m))  # fmt: skip


def imports_export(db: Database) -> ListExport:
    """The "Earlier imports" window: each Excel import with its counts, undone ones too."""
    rows = batches.list_imports(db)
    columns = [Column(_("No."), "int", 6), Column(_("When"), "datetime", 17),
               Column(_("By"), "text"), Column(_("File"), "text", 30),
               Column(_("Sheet"), "text"), Column(_("Households added"), "int", 11),
               Column(_("People added"), "int", 10), Column(_("Households updated"), "int", 11),
               Column(_("Rows skipped"), "int", 10), Column(_("Rows with problems"), "int", 11),
               Column(_("Undone on"), "datetime", 17)]  # fmt: skip
    return ListExport(_("Imports"), _title(db, _("LIST OF EXCEL IMPORTS"), []), columns,
                      _import_rows(rows), len(rows))  # fmt: skip


def _import_rows(rows: list[batches.BatchInfo]) -> Iterator[tuple]:
    for n, b in enumerate(rows, 1):
        yield (n, b.created_at, b.created_by, b.file_name, b.sheet_name, b.households_added,
               b.persons_added, b.households_updated, b.rows_skipped, b.rows_failed,
               b.undone_at)  # fmt: skip


def sync_log_export(db: Database) -> ListExport:
    """The Sync page's Bundles tab, whole: every bundle written or read, newest first."""
    rows = sync_status.sync_log(db)
    columns = [Column(_("No."), "int", 6), Column(_("When"), "datetime", 17),
               Column(_("Sent or received"), "text", 12), Column(_("Office"), "text"),
               Column(_("File"), "text", 30), Column(_("What"), "text", 50)]  # fmt: skip
    return ListExport(_("Bundles"), _title(db, _("LIST OF SYNC BUNDLES"), []), columns,
                      _log_rows(rows), len(rows))  # fmt: skip


def _log_rows(rows: list[sync_status.LogLine]) -> Iterator[tuple]:
    for n, line in enumerate(rows, 1):
        way = _("Sent") if line.direction == "out" else _("Received")
        yield n, line.at, way, line.office, line.file_name, line.summary


def conflicts_export(db: Database) -> ListExport:
    """The Sync page's Conflicts tab: each field two offices changed differently, both sides
    with who and when, to settle them on paper or by telephone."""
    rows = sync_conflicts.list_conflicts(db)
    columns = [Column(_("No."), "int", 6), Column(_("Changed record"), "text", 30),
               Column(_("Field"), "text")]  # fmt: skip
    for side in (_("One side"), _("Other side")):
        columns += [Column(side, "text", 25), Column(_("Office ({side})").format(side=side)),
                    Column(_("By ({side})").format(side=side)),
                    Column(_("When ({side})").format(side=side), "datetime", 17)]  # fmt: skip
    return ListExport(_("Conflicts"), _title(db, _("LIST OF SYNC CONFLICTS"), []), columns,
                      _conflict_rows(rows), len(rows))  # fmt: skip


def _conflict_rows(rows: list[sync_conflicts.ConflictInfo]) -> Iterator[tuple]:
    for n, c in enumerate(rows, 1):
        yield (n, c.record, c.field_label, *_side(c.a), *_side(c.b))


def _side(side: sync_conflicts.ConflictSide) -> tuple:
    return side.shown, side.office, side.by, side.at


def same_persons_export(db: Database) -> ListExport:
    """The Sync page's "Same person in two offices" tab: one row per registration, each group
    numbered with its reason, and what each was given."""
    groups = sync_people.same_person_in_offices(db)
    columns = [Column(_("Group"), "int", 7), Column(_("Why"), "text", 30),
               Column(_("Name"), "text"), Column(_("Born"), "text", 11),
               Column(_("ID number"), "id", 14), Column(_("Office"), "text"),
               Column(_("Household"), "id"), Column(_("Hamlet"), "text"),
               Column(_("Received"), "text", 50)]  # fmt: skip
    return ListExport(_("Same person"),
                      _title(db, _("LIST OF PERSONS REGISTERED BY TWO OFFICES"), []), columns,
                      _same_rows(groups), sum(len(g.records) for g in groups))  # fmt: skip


def _same_rows(groups: list[sync_people.SamePerson]) -> Iterator[tuple]:
    for n, group in enumerate(groups, 1):
        for r in group.records:
            yield (n, group.reason, r.full_name, r.birth, r.id_number or None, r.office,
                   r.household_code or None, r.hamlet or None,
                   "; ".join(r.received) or _("nothing"))  # fmt: skip


def sync_file_name(tab: str, today: date | None = None) -> str:
    """File names for the Sync page's tabs: `tab` is "bundles", "conflicts" or "same"."""
    names = {"bundles": _("sync-bundles-{date}.xlsx"), "conflicts": _("sync-conflicts-{date}.xlsx"),
             "same": _("same-persons-{date}.xlsx")}  # fmt: skip
    return dated(names[tab], today)


def merges_file_name(today: date | None = None) -> str:
    return dated(_("merges-{date}.xlsx"), today)


def imports_file_name(today: date | None = None) -> str:
    return dated(_("imports-{date}.xlsx"), today)


# --- settings lists: hamlets, users, organisations ---------------------------------------------


def hamlets_export(db: Database) -> ListExport:
    """The hamlets of Settings, with how many households each has; at an upper office, with
    the office each belongs to."""
    hamlets = office_service.list_hamlets(db)
    with db.read() as s:
        counts = dict(s.execute(
            sa.select(Household.hamlet_id, sa.func.count()).where(Household.voided.is_(False))
            .group_by(Household.hamlet_id)).all())  # fmt: skip
    several = len({h.office_id for h in hamlets}) > 1
    offices = dict(office_service.registry_offices(db)) if several else {}
    columns = [Column(_("No."), "int", 6), Column(_("Hamlet"), "text", 25),
               Column(_("Kind"), "text", 18)]  # fmt: skip
    if several:
        columns.append(Column(_("Office"), "text", 25))
    columns.append(Column(_("Number of households"), "int", 11))

    def rows() -> Iterator[tuple]:
        for n, h in enumerate(hamlets, 1):
            where = (offices.get(h.office_id, ""),) if several else ()
            yield (n, h.name, vocab.label(vocab.HAMLET_KINDS, h.kind), *where,
                   counts.get(h.id, 0))  # fmt: skip

    return ListExport(_("Hamlets"), _title(db, _("LIST OF HAMLETS"), []), columns, rows(),
                      len(hamlets))  # fmt: skip


def users_export(db: Database) -> ListExport:
    """The users of Settings with their roles: who may do what, for the office's records."""
    users = roles.list_users(db)
    columns = [Column(_("No."), "int", 6), Column(_("Login name"), "text"),
               Column(_("Full name"), "text", 25), Column(_("Roles"), "text", 40),
               Column(_("State"), "text", 12)]  # fmt: skip
    rows = ((n, u.username, u.full_name, roles.role_names(u.roles) or _("no role"),
             _("Active") if u.active else _("Inactive")) for n, u in enumerate(users, 1))  # fmt: skip
    return ListExport(_("Users"), _title(db, _("LIST OF USERS AND ROLES"), []), columns, rows,
                      len(users))  # fmt: skip


def organisations_export(db: Database) -> ListExport:
    """The Organisations window's list."""
    orgs = list_organisations(db)
    columns = [Column(_("No."), "int", 6), Column(_("Name"), "text", 30),
               Column(_("Kind"), "text", 25), Column(_("Note"), "text", 40)]  # fmt: skip
    rows = ((n, o.name, vocab.label(vocab.ORGANISATION_KINDS, o.kind), o.note or None)
            for n, o in enumerate(orgs, 1))  # fmt: skip
    return ListExport(_("Organisations"), _title(db, _("LIST OF ORGANISATIONS"), []), columns,
                      rows, len(orgs))  # fmt: skip


def settings_file_name(which: str, today: date | None = None) -> str:
    """File names for the settings lists: "hamlets", "users" or "organisations"."""
    names = {"hamlets": _("hamlets-{date}.xlsx"), "users": _("users-{date}.xlsx"),
             "organisations": _("organisations-{date}.xlsx")}  # fmt: skip
    return dated(names[which], today)


# --- a table as a window shows it --------------------------------------------------------------


def table_export(db: Database, sheet_title: str, list_name: str, filters: list[str],
                 headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> ListExport:  # fmt: skip
    """A short table exactly as a window shows it (a program's report views): each column
    typed by its values — dates and times, whole numbers — else text."""
    columns = [Column(_("No."), "int", 6)]
    columns += [Column(h, _kind_of(rows, i)) for i, h in enumerate(headers)]
    return ListExport(sheet_title, _title(db, list_name, filters), columns,
                      ((n, *r) for n, r in enumerate(rows, 1)), len(rows))  # fmt: skip


def _kind_of(rows: Sequence[Sequence[Any]], column: int) -> str:
    types = {type(r[column]) for r in rows if r[column] is not None and r[column] != ""}
    if types == {datetime}:
        return "datetime"
    if types == {date}:
        return "date"
    if types == {int}:
        return "int"
    return "text"


def report_file_name(name: str, today: date | None = None) -> str:
    """File names for a window's table: a program's report views ("omissions", "overlaps",
    "history", "same"), the receipts of one list row ("receipts") and all a household
    received ("received")."""
    names = {"omissions": _("not-on-the-list-{date}.xlsx"),
             "overlaps": _("on-other-lists-{date}.xlsx"),
             "history": _("list-history-{date}.xlsx"),
             "same": _("possibly-same-persons-{date}.xlsx"),
             "receipts": _("receipt-history-{date}.xlsx"),
             "received": _("received-by-household-{date}.xlsx")}  # fmt: skip
    return dated(names[name], today)


# --- shared -------------------------------------------------------------------


def dated(pattern: str, today: date | None = None) -> str:
    """A file name offered for an export: `pattern` with today's date (yyyy-mm-dd) as {date}."""
    return pattern.format(date=(today or date.today()).isoformat())


def _title(db: Database, list_name: str, filters: list[str]) -> list[str]:
    office = current_office(db)
    place = ", ".join(p for p in (office.commune_name, office.province_name) if p) \
        if office else ""  # fmt: skip
    first = office.name if office else ""
    if place and place not in first:
        first = f"{first} ({place})" if first else place
    when = _("Exported on {date}").format(date=format_date(date.today()))
    return [first, list_name, " · ".join([*filters, when])]
