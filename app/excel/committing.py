"""Writing an import plan: one import batch, in one transaction — all of it or nothing.

Split from app/excel/importer.py, which makes the plan; `commit_plan` and `ImportResult` are
still reachable from there.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import sqlite3
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa

from app import collector, search
from app.db import Database
from app.errors import UserError
from app.excel.importer import (
    ANY_PERSON,
    ImportPlan,
    PlannedHousehold,
    Progress,
    chunks,
    reporter,
    rows_with,
)
from app.excel.interpret import hamlet_key
from app.i18n import _
from app.models import (
    CategoryAssignment,
    Hamlet,
    Household,
    ImportBatch,
    Installation,
    Person,
)
from app.services import households as household_service
from app.services.bulk import BulkInsert, FastIds
from app.text import clean, fold

CHUNK = 5000  # new households written a chunk at a time, the next built meanwhile
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportResult:
    batch_id: uuid.UUID | None
    households_added: int
    persons_added: int
    households_updated: int
    rows_skipped: int
    rows_failed: int


HOUSEHOLD_COLUMNS = ("office_id", "code", "hamlet_id", "address", "phone", "note",
                     "declared_size", "import_batch_id")  # fmt: skip
PERSON_COLUMNS = ("household_id", "full_name", "name_folded", "gender", "birth_date",
                  "birth_year", "id_type", "id_number", "relation", "phone",
                  "residence_status", "note", "import_batch_id")  # fmt: skip
ASSIGNMENT_COLUMNS = ("category_id", "household_id", "person_id", "import_batch_id")
# The office and the import batch are the same for every row: bound once per chunk
# (BulkInsert's `constants`) instead of with each of 240,000 rows; the rest row by row.
_SAME = ("office_id", "import_batch_id")


def _per_row(columns: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c for c in columns if c not in _SAME)


@collector.paused(set_aside=True)
def commit_plan(db: Database, user: str, plan: ImportPlan,
                progress: Progress | None = None) -> ImportResult:  # fmt: skip
    """Write the plan as one import batch, in one transaction: all of it or nothing."""
    report = reporter(progress)
    new = [h for h in plan.households if h.ok and h.decision == "new"]
    updates = [h for h in plan.households if h.ok and h.decision == "update"]
    skipped_rows = sum(len(h.file.rows) for h in plan.households
                       if h.ok and h.decision == "skip")  # fmt: skip
    failed_rows = len(plan.error_rows)
    if not new and not updates:
        return ImportResult(None, 0, 0, 0, skipped_rows, failed_rows)
    now = datetime.now().replace(microsecond=0)
    fast = db.is_sqlite
    deferred = False  # the WAL checkpoint left until the import has returned
    with db.write(user) as s:
        conn = s.connection()
        if fast and len(new) >= CHUNK:
            deferred = _no_checkpoint_at_commit(s, conn)
        result = _write(s, conn, plan, new, updates, skipped_rows, failed_rows, user, now,
                        fast, report)  # fmt: skip
    if deferred:
        _checkpoint_soon(db)
    return result


def _write(s, conn, plan: ImportPlan, new: list[PlannedHousehold],
           updates: list[PlannedHousehold], skipped_rows: int, failed_rows: int, user: str,
           now: datetime, fast: bool, report) -> ImportResult:  # fmt: skip
    batch = ImportBatch(
        file_name=plan.file_name[:300], file_sha256=plan.sha256, sheet_name=plan.sheet[:200],
        rows_read=len(plan.rows), households_added=len(new),
        persons_added=sum(len(h.file.draft.members) for h in new), households_updated=0,
        rows_skipped=skipped_rows, rows_failed=failed_rows, changed=[], created_at=now,
        created_by=user,
    )  # fmt: skip
    s.add(batch)
    s.flush()
    _recheck_ids(s, new)
    hamlets = _create_hamlets(s, plan, new + updates, batch)
    changed = list(batch.changed)
    for n, h in enumerate(updates):
        changed += _update_household(s, h, batch.id, hamlets)
        if n % 200 == 0:
            report(n, len(updates), _("Updating households…"))
    s.flush()
    added_members = sum(1 for h in updates for i in range(len(h.file.draft.members))
                        if i not in h.match.persons)  # fmt: skip
    batch.households_updated = len(updates)
    batch.persons_added += added_members
    batch.changed = changed
    s.flush()
    _insert_new(s, conn, new, batch.id, user, now, fast, hamlets, report)
    result = ImportResult(batch.id, batch.households_added, batch.persons_added,
                          batch.households_updated, skipped_rows, failed_rows)  # fmt: skip
    report(1, 1, _("Saving…"))
    return result


# --- the WAL checkpoint, after the import ----------------------------------------------------
# A large import leaves a write-ahead log as large as what it added (160 MB for 100,000
# households); SQLite copies it into the database file when the transaction commits, with the
# officer waiting (0.6–0.8 s, most of it the disk). The import's connection skips that
# automatic checkpoint; a thread runs it right after, on a connection of its own, while the
# result is shown. PASSIVE: it never waits for, or blocks, anyone reading or writing.

_checkpoints: list[threading.Thread] = []


def _no_checkpoint_at_commit(s, conn: sa.Connection) -> bool:
    """No automatic checkpoint when this session commits; the connection's setting comes back
    once it has committed or rolled back, before it goes back to the pool."""
    raw = conn.connection.driver_connection
    try:
        (setting,) = raw.execute("PRAGMA wal_autocheckpoint").fetchone()
        raw.execute("PRAGMA wal_autocheckpoint=0")
    except (sqlite3.Error, AttributeError, TypeError, ValueError):
        return False

    def restore(_session) -> None:
        with contextlib.suppress(sqlite3.Error):
            raw.execute(f"PRAGMA wal_autocheckpoint={int(setting)}")

    sa.event.listen(s, "after_commit", restore, once=True)
    sa.event.listen(s, "after_rollback", restore, once=True)
    return True


def _checkpoint_soon(db: Database) -> None:
    _checkpoints[:] = [t for t in _checkpoints if t.is_alive()]
    thread = threading.Thread(target=_checkpoint, args=(db,), name="lalanh-wal-checkpoint",
                              daemon=True)  # fmt: skip
    _checkpoints.append(thread)
    thread.start()


def _checkpoint(db: Database) -> None:
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
    except Exception as exc:  # noqa: BLE001 - the next commit checkpoints instead
        log.info("checkpoint after an import: %s", type(exc).__name__)


def wait_for_checkpoints(timeout: float | None = None) -> None:
    """Until the checkpoints started after imports are done (benchmarks, tests, exit)."""
    for thread in list(_checkpoints):
        thread.join(timeout)


def _recheck_ids(s, new: list[PlannedHousehold]) -> None:
    """Someone may have registered one of these people since the preview."""
    numbers = list({(m.id_number,) for h in new for m in h.file.draft.members if m.id_number})
    if not numbers or s.execute(ANY_PERSON).first() is None:
        return  # nobody registered: no number can be taken
    for column in (Person.id_number, Person.old_id_number):
        query = sa.select(column).where(Person.voided.is_(False)).limit(1)
        for (taken,) in rows_with(s, query, (column,), numbers):
            raise UserError(_("ID number {id} was registered while the list was being checked. "
                              "Check the list again before importing.").format(id=taken))  # fmt: skip


def _create_hamlets(s, plan: ImportPlan, households: list[PlannedHousehold],
                    batch: ImportBatch) -> dict[str, uuid.UUID]:  # fmt: skip
    wanted = {hamlet_key(h.file.new_hamlet): h.file.new_hamlet for h in households
              if h.file.new_hamlet}  # fmt: skip
    ids: dict[str, uuid.UUID] = {}
    office_id = s.scalar(sa.select(Installation.office_id).where(Installation.id == 1))
    for key, name in sorted(wanted.items()):
        kind = next((k for k in ("xom", "ban", "ap", "to") if fold(name).startswith(k + " ")),
                    "thon")  # fmt: skip
        hamlet = Hamlet(office_id=office_id, name=name, name_folded=fold(name), kind=kind)
        s.add(hamlet)
        s.flush()
        ids[key] = hamlet.id
        batch.changed = [*batch.changed, {"table": "hamlet", "id": hamlet.id.hex, "created": True}]
    return ids


def _hamlet_of(h: PlannedHousehold, hamlets: dict[str, uuid.UUID]) -> uuid.UUID | None:
    if h.file.new_hamlet:
        return hamlets[hamlet_key(h.file.new_hamlet)]
    return h.file.draft.hamlet_id


_RESTORED = {
    "household": ("hamlet_id", "address", "phone", "declared_size"),
    "person": ("full_name", "name_folded", "gender", "birth_date", "birth_year", "id_type",
               "id_number", "phone"),
}  # fmt: skip


def _snapshot(obj, table: str) -> dict:
    values = {}
    for name in _RESTORED[table]:
        value = getattr(obj, name)
        values[name] = value.hex if isinstance(value, uuid.UUID) else (
            value.isoformat() if isinstance(value, date) else value)  # fmt: skip
    return values


def _update_household(s, h: PlannedHousehold, batch_id: uuid.UUID,
                      hamlets: dict[str, uuid.UUID]) -> list[dict]:  # fmt: skip
    """Fill in what the file gives; never blank out what the registry has."""
    match, draft = h.match, h.file.draft
    household = s.get(Household, match.household_id)
    if household is None or household.voided:
        raise UserError(_("Household {code} was voided while the list was being checked. "
                          "Check the list again before importing.").format(code=match.code))  # fmt: skip
    touched: list[tuple[object, str, dict]] = [(household, "household", _snapshot(household,
                                                                                  "household"))]  # fmt: skip
    hamlet_id = _hamlet_of(h, hamlets)
    household_service.assign_changed(
        household,
        hamlet_id=hamlet_id or household.hamlet_id,
        address=draft.address or household.address,
        phone=draft.phone or household.phone,
        declared_size=draft.declared_size or household.declared_size,
    )
    for i, member in enumerate(draft.members):
        person_id = match.persons.get(i)
        if person_id is None:
            s.add(_new_person(household.id, member, batch_id))
            continue
        person = s.get(Person, person_id)
        touched.append((person, "person", _snapshot(person, "person")))
        values = {}
        if fold(member.full_name) != person.name_folded:
            values.update(full_name=member.full_name, name_folded=fold(member.full_name))
        if member.gender:
            values["gender"] = member.gender
        if member.birth_date:
            values.update(birth_date=member.birth_date, birth_year=member.birth_date.year)
        elif member.birth_year and member.birth_year != person.birth_year:
            values.update(birth_date=None, birth_year=member.birth_year)
        if member.id_number and member.id_number not in (person.id_number,
                                                         person.old_id_number):  # fmt: skip
            values.update(id_number=member.id_number, id_type=member.id_type)
        if member.phone:
            values["phone"] = member.phone
        household_service.assign_changed(person, **values)
    s.flush()
    _add_categories(s, household.id, None, draft.category_ids, batch_id)
    for i, member in enumerate(draft.members):
        if i in match.persons:
            _add_categories(s, household.id, match.persons[i], member.category_ids, batch_id)
    s.flush()
    return [
        {"table": table, "id": obj.id.hex, "before": before, "version": obj.version}
        for obj, table, before in touched
        if _snapshot(obj, table) != before
    ] + [{"table": "household", "id": household.id.hex, "touched": True,
          "version": household.version}]  # fmt: skip


def _new_person(household_id: uuid.UUID, member, batch_id: uuid.UUID) -> Person:
    relation = member.relation if member.relation != "head" else "other"
    return Person(
        household_id=household_id, full_name=member.full_name,
        name_folded=fold(member.full_name), gender=member.gender,
        birth_date=member.birth_date,
        birth_year=member.birth_date.year if member.birth_date else member.birth_year,
        id_type=member.id_type, id_number=member.id_number or None, relation=relation,
        phone=member.phone or None, residence_status=member.residence_status,
        note=member.note or None, import_batch_id=batch_id,
    )  # fmt: skip


def _add_categories(s, household_id, person_id, wanted: set[uuid.UUID], batch_id) -> None:
    if not wanted:
        return
    have = set(s.scalars(sa.select(CategoryAssignment.category_id).where(
        CategoryAssignment.household_id == household_id,
        CategoryAssignment.person_id.is_(None) if person_id is None
        else CategoryAssignment.person_id == person_id,
        CategoryAssignment.voided.is_(False))))  # fmt: skip
    for category_id in sorted(wanted - have):
        s.add(CategoryAssignment(category_id=category_id, household_id=household_id,
                                 person_id=person_id, import_batch_id=batch_id))  # fmt: skip


def _insert_new(s, conn, new: list[PlannedHousehold], batch_id: uuid.UUID, user: str,
                now: datetime, fast: bool, hamlets: dict[str, uuid.UUID], report) -> None:  # fmt: skip
    # No bulk-load page cache (as the demo takes) here: a list of 100,000 rows fits
    # the normal 64 MB cache well enough, and the import must stay under 500 MB.
    from app.sync.capture import Stamper

    office_id = s.scalar(sa.select(Installation.office_id).where(Installation.id == 1))
    codes = _codes(s, new)
    # The outbox and search-index triggers run once per chunk, not once per row (bulk.py).
    batch_hex, office_hex = batch_id.hex, office_id.hex
    same = {"office_id": office_hex, "import_batch_id": batch_hex}
    outs = tuple(BulkInsert(table, _per_row(columns), user, now, office_id, replay_triggers=True,
                            constants={c: same[c] for c in columns if c in same})
                 for table, columns in ((Household.__table__, HOUSEHOLD_COLUMNS),
                                        (Person.__table__, PERSON_COLUMNS),
                                        (CategoryAssignment.__table__, ASSIGNMENT_COLUMNS)))  # fmt: skip
    new_id = FastIds().stream()  # used by the builder thread alone
    hexes: dict[uuid.UUID, str] = {}  # hamlets' and categories' ids as stored, once each
    for d in (h.file.draft for h in new):
        for category_id in d.category_ids.union(*(m.category_ids for m in d.members)):
            hexes[category_id] = category_id.hex
    stamper = Stamper(conn)
    drafts = [h.file.draft for h in new]
    members = [m for d in drafts for m in d.members]
    rows_needed = (len(drafts) + len(members) + sum(map(len, (d.category_ids for d in drafts)))
                   + sum(map(len, (m.category_ids for m in members))))  # fmt: skip
    del drafts, members
    tick = itertools.count(stamper.reserve(rows_needed)).__next__

    def rows_of(start: int) -> tuple[list[tuple], list[tuple], list[tuple]]:
        """The stored rows of one chunk of households (pure Python, no database)."""
        hh_rows: list[tuple] = []
        person_rows: list[tuple] = []
        assign_rows: list[tuple] = []
        for h, code in zip(new[start : start + CHUNK], codes[start : start + CHUNK],
                           strict=True):  # fmt: skip
            d = h.file.draft
            hh_id = new_id()
            hamlet = _hamlet_of(h, hamlets)
            hamlet_hex = hexes.get(hamlet) if hamlet else None
            if hamlet and hamlet_hex is None:
                hamlet_hex = hexes[hamlet] = hamlet.hex
            hh_rows.append((code, hamlet_hex, d.address or None,
                            d.phone or None, d.note or None, d.declared_size, hh_id,
                            tick()))  # fmt: skip
            for cat in sorted(d.category_ids):
                assign_rows.append((hexes[cat], hh_id, None, new_id(), tick()))
            for m in d.members:
                person_id = new_id()
                year = m.birth_date.year if m.birth_date else m.birth_year
                person_rows.append((
                    hh_id, m.full_name, fold(m.full_name), m.gender,
                    m.birth_date.isoformat() if m.birth_date else None, year, m.id_type,
                    m.id_number or None, m.relation, m.phone or None, m.residence_status,
                    m.note or None, person_id, tick(),
                ))  # fmt: skip
                for cat in sorted(m.category_ids):
                    assign_rows.append((hexes[cat], hh_id, person_id, new_id(), tick()))
        return hh_rows, person_rows, assign_rows

    # The next chunk's rows are built on a second thread while SQLite writes this
    # one: sqlite3 lets go of the GIL while it works, so both cores are busy.
    starts = list(range(0, len(new), CHUNK))
    with ThreadPoolExecutor(max_workers=1) as builder, search.bulk_indexing(conn):
        pending = builder.submit(rows_of, starts[0]) if starts else None
        try:
            for n, start in enumerate(starts):
                chunk = pending.result()
                # Staging binds every value while holding the interpreter: done before
                # the builder starts again, so that the two do not take turns row by row.
                if fast:
                    for out, rows in zip(outs, chunk, strict=True):
                        out.stage_rows(conn, rows)
                pending = builder.submit(rows_of, starts[n + 1]) if n + 1 < len(starts) else None
                for out, rows in zip(outs, chunk, strict=True):
                    if fast:
                        out.copy_staged(conn)
                    else:
                        out.insert(conn, rows, fast)
                report(min(start + CHUNK, len(new)), len(new), _("Saving households…"))
            stamper.save()
        finally:
            if pending is not None:
                pending.cancel()
            if fast:
                for out in outs:
                    out.finish(conn)


def _codes(s, new: list[PlannedHousehold]) -> list[str]:
    """The list's own household codes where free; new numbers for the rest."""
    wanted = [clean(h.file.draft.code) for h in new]
    taken: set[str] = set()
    listed = sorted({c for c in wanted if c})
    for chunk in chunks(listed):
        taken.update(s.scalars(sa.select(Household.code).where(Household.code.in_(chunk))))
    next_code = household_service.next_code(s)
    number, width = int(next_code), len(next_code)
    if not listed:  # the list gives no codes (the usual case): the next numbers in turn
        return [f"{n:0{width}d}" for n in range(number, number + len(wanted))]
    codes, used = [], set(taken)
    for code in wanted:
        if code and code not in used:
            used.add(code)
            codes.append(code)
            continue
        while f"{number:0{width}d}" in used:
            number += 1
        codes.append(f"{number:0{width}d}")
        used.add(codes[-1])
        number += 1
    return codes
