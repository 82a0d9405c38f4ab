"""Conflicts for review (SYNC.md §6): concurrent edits of identity and eligibility fields
that last-writer-wins would settle silently. The officer keeps one side or types the right
value; the resolution is an ordinary edit that beats both sides and closes the conflict
wherever it arrives."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from app.db import Database
from app.i18n import _
from app.models import Household, Person
from app.models.sync_state import SyncConflict, SyncPeer
from app.services import roles
from app.services import sync_identity as ident


@dataclass(frozen=True)
class ConflictSide:
    value: object
    shown: str
    office: str
    by: str
    at: datetime | None


@dataclass(frozen=True)
class ConflictInfo:
    id: str
    table: str
    row_id: uuid.UUID
    record: str  # "Nguyễn Văn An (HGD-0042)"
    field: str
    field_label: str
    a: ConflictSide
    b: ConflictSide


def _field_label(table: str, field: str) -> str:
    labels = {
        "full_name": _("Full name"), "id_number": _("ID number"),
        "old_id_number": _("Old ID number (CMND)"), "birth_date": _("Date of birth"),
        "birth_year": _("Year of birth"), "gender": _("Gender"), "household_id": _("Household"),
        "relation": _("Relationship to the head"), "hamlet_id": _("Hamlet"),
        "code": _("Household code"), "voided": _("Removed from the registry"),
        "category_id": _("Category"),
    }  # fmt: skip
    return labels.get(field, field)


def _shown(value: object) -> str:
    if value is None or value == "":
        return _("(empty)")
    if value is True:
        return _("yes")
    if value is False:
        return _("no")
    return str(value)


def list_conflicts(db: Database, *, status: str = "open") -> list[ConflictInfo]:
    with db.read() as s:
        names = {p.office_id: p.name for p in s.scalars(sa.select(SyncPeer))}
        me = ident.my_card(s)
        names[me.office_id] = me.name
        rows = s.scalars(sa.select(SyncConflict).where(SyncConflict.status == status)
                         .order_by(SyncConflict.detected_at, SyncConflict.id)).all()  # fmt: skip
        out = []
        for c in rows:
            record = _record_name(s, c.table_name, c.row_id)
            sides = []
            for value, office, by, at in ((c.a_value, c.a_office_id, c.a_by, c.a_at),
                                          (c.b_value, c.b_office_id, c.b_by, c.b_at)):  # fmt: skip
                v = (value or {}).get("v")
                sides.append(ConflictSide(v, _shown(v), names.get(office, "?"), by or "", at))
            out.append(ConflictInfo(c.id, c.table_name, c.row_id, record, c.field,
                                    _field_label(c.table_name, c.field), *sides))  # fmt: skip
        return out


def _record_name(s, table: str, row_id: uuid.UUID) -> str:
    if table == "person":
        row = s.execute(sa.select(Person.full_name, Household.code).join(
            Household, Household.id == Person.household_id).where(Person.id == row_id)).first()  # fmt: skip
        return f"{row[0]} ({row[1]})" if row else "?"
    if table == "household":
        code = s.scalar(sa.select(Household.code).where(Household.id == row_id))
        return _("household {code}").format(code=code) if code else "?"
    return f"{table} {row_id.hex[:8]}"


def resolve(db: Database, actor: roles.Actor, conflict_id: str, value: object) -> None:
    """Settle a conflict with `value` (one side's, or typed by the officer)."""
    from app.sync.apply import resolve_conflict

    roles.require(actor, "data_entry")
    with db.write(actor.username) as s:
        resolve_conflict(s, conflict_id, value, actor.username)
