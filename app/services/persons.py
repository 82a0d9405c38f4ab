"""Finding persons as you type: by name (any accents, any case), ID number, phone, code."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlalchemy as sa

from app.db import Database
from app.models import Hamlet, Household, Person
from app.search import person_matches
from app.text import clean


@dataclass(frozen=True)
class PersonHit:
    id: uuid.UUID
    household_id: uuid.UUID
    household_code: str
    full_name: str
    birth_year: int | None
    id_number: str
    relation: str
    hamlet: str


def search_persons(db: Database, text: str, limit: int = 50) -> list[PersonHit]:
    if not clean(text):
        return []
    with db.read() as s:
        matches = person_matches(s.bind.dialect.name, text)
        if matches is None:
            return []
        rows = s.execute(
            sa.select(Person, Household.code, Hamlet.name)
            .select_from(matches)
            .join(Person, Person.id == matches.c.person_id)
            .join(Household, Household.id == Person.household_id)
            .outerjoin(Hamlet, Hamlet.id == Household.hamlet_id)
            .where(Person.voided.is_(False))
            .order_by(matches.c.pos)
            .limit(limit)
        ).all()
    return [
        PersonHit(p.id, p.household_id, code, p.full_name, p.birth_year, p.id_number or "",
                  p.relation, hamlet or "")
        for p, code, hamlet in rows
    ]  # fmt: skip


@dataclass(frozen=True)
class IdOwner:
    person_id: uuid.UUID
    full_name: str
    household_id: uuid.UUID
    household_code: str


def find_id_owner(db: Database, number: str, exclude: uuid.UUID | None = None) -> IdOwner | None:
    """The live person registered with this ID number (current or old), if any."""
    number = clean(number).replace(" ", "")
    if not number:
        return None
    with db.read() as s:
        stmt = (
            sa.select(Person.id, Person.full_name, Household.id, Household.code)
            .join(Household, Household.id == Person.household_id)
            .where(sa.or_(Person.id_number == number, Person.old_id_number == number),
                   Person.voided.is_(False))
            .limit(1)
        )  # fmt: skip
        if exclude is not None:
            stmt = stmt.where(Person.id != exclude)
        row = s.execute(stmt).first()
    return IdOwner(*row) if row else None
