"""Earlier imports: the list of them, and undoing one as a whole (decision 0003)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa

from app.db import Database
from app.errors import UserError
from app.excel.importer import Progress, chunks, reporter
from app.i18n import _
from app.models import CategoryAssignment, Hamlet, Household, ImportBatch, Need, Person
from app.services import households as household_service


@dataclass(frozen=True)
class BatchInfo:
    id: uuid.UUID
    file_name: str
    sheet_name: str
    created_at: datetime
    created_by: str
    households_added: int
    persons_added: int
    households_updated: int
    rows_skipped: int
    rows_failed: int
    undone_at: datetime | None


def list_imports(db: Database) -> list[BatchInfo]:
    with db.read() as s:
        rows = s.scalars(sa.select(ImportBatch).order_by(ImportBatch.created_at.desc())).all()
        return [BatchInfo(b.id, b.file_name, b.sheet_name, b.created_at, b.created_by,
                          b.households_added, b.persons_added, b.households_updated,
                          b.rows_skipped, b.rows_failed, b.undone_at) for b in rows]  # fmt: skip


def _dependents(s, batch: ImportBatch) -> list[str]:
    """What was built on the import since: the reasons it can no longer be undone."""
    reasons = []
    mine = sa.select(Household.id).where(Household.import_batch_id == batch.id)
    edited = s.execute(
        sa.select(Household.code).where(Household.import_batch_id == batch.id,
                                        sa.or_(Household.version > 1, Household.voided))
        .limit(3)).scalars().all()  # fmt: skip
    edited += s.execute(
        sa.select(Household.code).join(Person, Person.household_id == Household.id)
        .where(Person.import_batch_id == batch.id, sa.or_(Person.version > 1, Person.voided))
        .limit(3)).scalars().all()  # fmt: skip
    if edited:
        reasons.append(_("households {codes} were changed after the import").format(
            codes=", ".join(sorted(set(edited)))))  # fmt: skip
    added = s.execute(
        sa.select(Household.code).join(Person, Person.household_id == Household.id)
        .where(Household.import_batch_id == batch.id,
               sa.or_(Person.import_batch_id.is_(None), Person.import_batch_id != batch.id))
        .limit(3)).scalars().all()  # fmt: skip
    added += s.execute(
        sa.select(Household.code).join(Need, Need.household_id == Household.id)
        .where(Need.household_id.in_(mine)).limit(3)).scalars().all()  # fmt: skip
    added += s.execute(
        sa.select(Household.code)
        .join(CategoryAssignment, CategoryAssignment.household_id == Household.id)
        .where(CategoryAssignment.household_id.in_(mine),
               sa.or_(CategoryAssignment.import_batch_id.is_(None),
                      CategoryAssignment.import_batch_id != batch.id)).limit(3)
    ).scalars().all()  # fmt: skip
    if added:
        reasons.append(_("households {codes} have members, needs or categories recorded after "
                         "the import").format(codes=", ".join(sorted(set(added)))))  # fmt: skip
    for entry in batch.changed:
        model = {"household": Household, "person": Person, "hamlet": Hamlet}[entry["table"]]
        row = s.get(model, uuid.UUID(hex=entry["id"]))
        if entry.get("created") and s.scalar(sa.select(Household.code).where(
                Household.hamlet_id == row.id, Household.voided.is_(False),
                sa.or_(Household.import_batch_id.is_(None),
                       Household.import_batch_id != batch.id)).limit(1)):  # fmt: skip
            reasons.append(_("other households now live in hamlet {name}, which it added").format(
                name=row.name))  # fmt: skip
        if "version" in entry and row is not None and row.version != entry["version"]:
            code = row.code if isinstance(row, Household) else ""
            reasons.append(_("a household it updated ({code}) was changed again since").format(
                code=code or row.id.hex[:8]))  # fmt: skip
            break
    return reasons


def undo_import(db: Database, user: str, batch_id: uuid.UUID,
                progress: Progress | None = None) -> None:  # fmt: skip
    """Void what the import added and restore what it changed, all at once."""
    report = reporter(progress)
    with db.write(user) as s:
        batch = s.get(ImportBatch, batch_id)
        if batch is None:
            raise UserError(_("This import no longer exists."))
        if batch.undone_at is not None:
            raise UserError(_("This import was already undone."))
        reasons = _dependents(s, batch)
        if reasons:
            raise UserError(_("This import cannot be undone: {reasons}. Undo those changes "
                              "first, or void the households one by one.").format(
                                  reasons="; ".join(reasons)))  # fmt: skip
        reason = _("Import of {file} undone").format(file=batch.file_name)
        for model in (CategoryAssignment, Person, Household):
            ids = s.scalars(sa.select(model.id).where(model.import_batch_id == batch.id,
                                                      model.voided.is_(False))).all()  # fmt: skip
            for n, chunk in enumerate(chunks(list(ids), 500)):
                for obj in s.scalars(sa.select(model).where(model.id.in_(chunk))):
                    obj.voided = True
                    obj.void_reason = reason
                s.flush()
                s.expunge_all()
                report(n * 500, len(ids), _("Undoing…"))
        for entry in batch.changed:
            model = {"household": Household, "person": Person, "hamlet": Hamlet}[entry["table"]]
            obj = s.get(model, uuid.UUID(hex=entry["id"]))
            if entry.get("created"):
                obj.voided, obj.void_reason = True, reason
            elif "before" in entry:
                for name, value in entry["before"].items():
                    column = model.__table__.c[name]
                    if value is not None and isinstance(column.type, sa.Uuid):
                        value = uuid.UUID(hex=value)
                    elif value is not None and isinstance(column.type, sa.Date):
                        value = date.fromisoformat(value)
                    household_service.assign_changed(obj, **{name: value})
        batch = s.get(ImportBatch, batch_id)
        batch.undone_at = datetime.now().replace(microsecond=0)
        batch.undone_by = user
