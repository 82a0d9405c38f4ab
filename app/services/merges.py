"""Same person or not: decisions on candidate pairs, merging two records of one person, and
undoing a merge (issue 6).

A merge keeps everything. The merged record stays, voided, with `merged_into_id` naming the
survivor, so its id in old bundles, lists and receipts still resolves (`resolve`). The
survivor takes the field values the officer chose from the merged record; the merged
person's own needs and category assignments move to the survivor (and its household).
Receipts are ledger rows and never change: the merged person's receipts are listed in the
merge record and found through the redirect. The merge record (person_merge) is the audit
of it all — who, when, what was chosen, what moved, what the survivor had before — and
`undo_merge` puts back exactly that. Decisions are synced like any record, so a pair
declared different at the commune is not raised again at the district.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import UserError
from app.i18n import N_, _
from app.models import (
    CategoryAssignment,
    DuplicateDecision,
    Hamlet,
    Household,
    Need,
    Person,
    PersonMerge,
    Receipt,
)
from app.services.roles import Actor, display_name, require
from app.text import clean, fold

# What a merge can take from the merged record, in the order the side-by-side view shows.
FIELDS = {
    "full_name": N_("Full name"),
    "gender": N_("Gender"),
    "birth_date": N_("Date of birth"),
    "birth_year": N_("Year of birth"),
    "id_type": N_("ID type"),
    "id_number": N_("ID number"),
    "old_id_number": N_("Old ID number (CMND)"),
    "phone": N_("Phone"),
    "residence_status": N_("Residence"),
    "note": N_("Note"),
}
ROLES = ("data_entry",)  # who registers people decides whether two records are one


@dataclass(frozen=True)
class PersonSide:
    """One record of a pair, as the side-by-side view shows it."""

    id: uuid.UUID
    household_id: uuid.UUID
    household_code: str
    hamlet: str
    relation: str
    values: dict[str, object]  # FIELDS → value as stored (dates as date)
    needs: int
    receipts: int  # gives recorded to its household's list rows
    voided: bool
    merged_into_id: uuid.UUID | None


@dataclass(frozen=True)
class MergeResult:
    merge_id: uuid.UUID
    moved_needs: int
    moved_categories: int
    warnings: list[str] = field(default_factory=list)  # e.g. a household left without members


def ordered(a: uuid.UUID, b: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID]:
    """A pair in the one order decisions store it."""
    return (a, b) if str(a) < str(b) else (b, a)


# --- reading -------------------------------------------------------------------------------


def person_side(db: Database, person_id: uuid.UUID) -> PersonSide:
    with db.read() as s:
        return _side(s, person_id)


def _side(s: Session, person_id: uuid.UUID) -> PersonSide:
    p = s.get(Person, person_id)
    if p is None:
        raise UserError(_("This person no longer exists."))
    h = s.get(Household, p.household_id)
    hamlet = s.get(Hamlet, h.hamlet_id) if h and h.hamlet_id else None
    needs = s.scalar(sa.select(sa.func.count()).where(Need.person_id == p.id,
                                                      Need.voided.is_(False)))  # fmt: skip
    receipts = s.scalar(sa.select(sa.func.count()).where(Receipt.household_id == p.household_id,
                                                         Receipt.kind == "give"))  # fmt: skip
    return PersonSide(p.id, p.household_id, h.code if h else "", hamlet.name if hamlet else "",
                      p.relation, {f: getattr(p, f) for f in FIELDS}, needs or 0, receipts or 0,
                      p.voided, p.merged_into_id)  # fmt: skip


def resolve(db: Database, person_id: uuid.UUID) -> uuid.UUID:
    """The live record a person id stands for now: itself, or the survivor it was merged into
    (following merges of merges)."""
    with db.read() as s:
        return _resolve(s, person_id)


def _resolve(s: Session, person_id: uuid.UUID) -> uuid.UUID:
    seen = set()
    current = person_id
    while current not in seen:
        seen.add(current)
        target = s.scalar(sa.select(Person.merged_into_id).where(Person.id == current))
        if target is None:
            return current
        current = target
    return current  # a cycle cannot be made by merge(); stop rather than loop


def decided_pairs(conn: sa.Connection) -> set[tuple[str, str]]:
    """Pairs an officer has decided on (as id strings, ordered), for the engine to leave out."""
    rows = conn.execute(sa.select(DuplicateDecision.person_a_id, DuplicateDecision.person_b_id)
                        .where(DuplicateDecision.voided.is_(False))).all()  # fmt: skip
    return {tuple(sorted((str(a), str(b)))) for a, b in rows}


# --- deciding ------------------------------------------------------------------------------


def decide_different(db: Database, actor: Actor, a: uuid.UUID, b: uuid.UUID, score: int,
                     explanation: str, note: str = "") -> uuid.UUID:  # fmt: skip
    """Record that two records are different people: the pair is not raised again."""
    require(actor, *ROLES)
    if a == b:
        raise UserError(_("A record cannot be compared with itself."))
    with db.write(actor.username) as s:
        for pid in (a, b):
            if s.get(Person, pid) is None:
                raise UserError(_("This person no longer exists."))
        return _decide(s, actor, a, b, "different", score, explanation, note).id


def _decide(s: Session, actor: Actor, a: uuid.UUID, b: uuid.UUID, decision: str, score: int,
            explanation: str, note: str) -> DuplicateDecision:  # fmt: skip
    first, second = ordered(a, b)
    row = s.scalar(sa.select(DuplicateDecision).where(DuplicateDecision.person_a_id == first,
                                                      DuplicateDecision.person_b_id == second))  # fmt: skip
    who = display_name(s, actor.username)
    if row is None:
        row = DuplicateDecision(person_a_id=first, person_b_id=second)
        s.add(row)
    row.decision, row.score, row.explanation = decision, int(score), clean(explanation)
    row.note, row.decided_by, row.voided, row.void_reason = clean(note) or None, who, False, None
    s.flush()
    return row


# --- merging -------------------------------------------------------------------------------


def merge(db: Database, actor: Actor, survivor_id: uuid.UUID, merged_id: uuid.UUID,
          take: set[str] | frozenset[str] = frozenset(), score: int = 0,
          explanation: str = "") -> MergeResult:  # fmt: skip
    """Merge `merged_id` into `survivor_id`, taking the fields named in `take` from the merged
    record. Everything is recorded so that `undo_merge` can put it back."""
    require(actor, *ROLES)
    unknown = set(take) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown fields {sorted(unknown)}")
    if survivor_id == merged_id:
        raise UserError(_("A record cannot be merged into itself."))
    with db.write(actor.username) as s:
        survivor, merged = s.get(Person, survivor_id), s.get(Person, merged_id)
        if survivor is None or merged is None:
            raise UserError(_("This person no longer exists."))
        for p in (survivor, merged):
            if p.merged_into_id is not None:
                raise UserError(_("{name} was already merged into another record; open that "
                                  "record instead.").format(name=p.full_name))  # fmt: skip
            if p.voided:
                raise UserError(_("{name} is voided: only live records are merged.").format(
                    name=p.full_name))  # fmt: skip
        before = {f: _json(getattr(survivor, f)) for f in take}
        chosen = {f: _json(getattr(merged, f)) for f in take}
        for f in take:
            setattr(survivor, f, getattr(merged, f))
        if "full_name" in take:
            survivor.name_folded = fold(survivor.full_name)
        if "birth_date" in take and survivor.birth_date is not None:
            survivor.birth_year = survivor.birth_date.year
        moved_needs = _move_needs(s, merged, survivor)
        moved_categories, voided_categories = _move_categories(s, merged, survivor)
        receipts = [str(r) for r in s.scalars(
            sa.select(Receipt.id).where(Receipt.collector_person_id == merged.id))]  # fmt: skip
        h = s.get(Household, survivor.household_id)
        merged.voided = True
        merged.void_reason = _("Merged into {name} (household {code})").format(
            name=survivor.full_name, code=h.code if h else "")  # fmt: skip
        merged.merged_into_id = survivor.id
        s.flush()
        record = PersonMerge(
            merged_id=merged.id, survivor_id=survivor.id, chosen=chosen, before=before,
            moved={"need": moved_needs, "category_assignment": moved_categories,
                   "category_voided": voided_categories, "receipt": receipts},
            merged_by=display_name(s, actor.username))  # fmt: skip
        s.add(record)
        _decide(s, actor, survivor.id, merged.id, "merged", score, explanation, "")
        s.flush()
        return MergeResult(record.id, len(moved_needs), len(moved_categories),
                           _left_behind(s, merged))  # fmt: skip


def _move_needs(s: Session, merged: Person, survivor: Person) -> list[str]:
    """The merged person's own needs go to the survivor (and its household)."""
    moved = []
    for n in s.scalars(sa.select(Need).where(Need.person_id == merged.id, Need.voided.is_(False))):
        n.person_id, n.household_id = survivor.id, survivor.household_id
        moved.append(str(n.id))
    return moved


def _move_categories(s: Session, merged: Person, survivor: Person) -> tuple[list[str], list[str]]:
    """The merged person's categories go to the survivor; one the survivor already holds is
    voided instead of doubled."""
    held = set(s.scalars(sa.select(CategoryAssignment.category_id).where(
        CategoryAssignment.person_id == survivor.id, CategoryAssignment.voided.is_(False))))  # fmt: skip
    moved, voided = [], []
    for a in s.scalars(sa.select(CategoryAssignment).where(
            CategoryAssignment.person_id == merged.id, CategoryAssignment.voided.is_(False))):  # fmt: skip
        if a.category_id in held:
            a.voided, a.void_reason = True, _("The same person's record already has it (merged)")
            voided.append(str(a.id))
        else:
            a.person_id, a.household_id = survivor.id, survivor.household_id
            moved.append(str(a.id))
    return moved, voided


def _left_behind(s: Session, merged: Person) -> list[str]:
    """Warnings about the merged person's household, which the merge does not change by itself."""
    h = s.get(Household, merged.household_id)
    live = s.scalar(sa.select(sa.func.count()).where(Person.household_id == merged.household_id,
                                                     Person.voided.is_(False)))  # fmt: skip
    if h is not None and not h.voided and not live:
        return [_("Household {code} has no members left: void it if it was registered twice.")
                .format(code=h.code)]  # fmt: skip
    if h is not None and not h.voided and merged.relation == "head":
        return [_("Household {code} has no head now: choose its new head.").format(code=h.code)]
    return []


def undo_merge(db: Database, actor: Actor, merge_id: uuid.UUID) -> None:
    """Put the merged record back as it was, and the survivor's fields that were taken (those
    not changed since), the needs and categories that moved; the pair can be raised again."""
    require(actor, *ROLES)
    with db.write(actor.username) as s:
        record = s.get(PersonMerge, merge_id)
        if record is None or record.voided:
            raise UserError(_("This merge no longer exists."))
        if record.undone_at is not None:
            raise UserError(_("This merge was already undone."))
        survivor, merged = s.get(Person, record.survivor_id), s.get(Person, record.merged_id)
        if survivor.merged_into_id is not None:
            raise UserError(_("The surviving record was merged again since; undo that merge "
                              "first."))  # fmt: skip
        for f, value in record.before.items():
            if _json(getattr(survivor, f)) == record.chosen.get(f):  # not changed since
                setattr(survivor, f, _value(f, value))
        survivor.name_folded = fold(survivor.full_name)
        survivor.birth_year = survivor.birth_date.year if survivor.birth_date else \
            survivor.birth_year  # fmt: skip
        for nid in record.moved.get("need", []):
            n = s.get(Need, uuid.UUID(nid))
            if n is not None and n.person_id == survivor.id:
                n.person_id, n.household_id = merged.id, merged.household_id
        for aid in record.moved.get("category_assignment", []):
            a = s.get(CategoryAssignment, uuid.UUID(aid))
            if a is not None and a.person_id == survivor.id:
                a.person_id, a.household_id = merged.id, merged.household_id
        for aid in record.moved.get("category_voided", []):
            a = s.get(CategoryAssignment, uuid.UUID(aid))
            if a is not None:
                a.voided, a.void_reason = False, None
        merged.voided, merged.void_reason, merged.merged_into_id = False, None, None
        record.undone_at = datetime.now()
        record.undone_by = display_name(s, actor.username)
        first, second = ordered(survivor.id, merged.id)
        decision = s.scalar(sa.select(DuplicateDecision).where(
            DuplicateDecision.person_a_id == first, DuplicateDecision.person_b_id == second))  # fmt: skip
        if decision is not None:
            decision.voided, decision.void_reason = True, _("The merge was undone")


@dataclass(frozen=True)
class MergeRow:
    id: uuid.UUID
    at: datetime
    by: str
    survivor_id: uuid.UUID
    survivor_name: str
    merged_id: uuid.UUID
    merged_name: str
    fields: list[str]  # the fields taken from the merged record
    undone: bool


def list_merges(db: Database, limit: int | None = 500) -> list[MergeRow]:
    """The merges, newest first (the last `limit`, None: all): the audit an officer reads (and
    where a merge is undone)."""
    survivor, merged = sa.orm.aliased(Person), sa.orm.aliased(Person)
    with db.read() as s:
        rows = s.execute(
            sa.select(PersonMerge, survivor.full_name, merged.full_name)
            .join(survivor, survivor.id == PersonMerge.survivor_id)
            .join(merged, merged.id == PersonMerge.merged_id)
            .where(PersonMerge.voided.is_(False))
            .order_by(PersonMerge.created_at.desc()).limit(limit)
        ).all()  # fmt: skip
        return [MergeRow(m.id, m.created_at, m.merged_by, m.survivor_id, sname, m.merged_id,
                         mname, sorted(m.chosen), m.undone_at is not None)
                for m, sname, mname in rows]  # fmt: skip


def fields_label(m: MergeRow) -> str:
    """The fields a merge took from the merged record, as the Merges tab and its file say."""
    return ", ".join(_(FIELDS[f]) for f in m.fields if f in FIELDS)


def state_label(m: MergeRow) -> str:
    return _("Undone") if m.undone else _("Merged")


def _json(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def _value(f: str, value: object) -> object:
    return date.fromisoformat(value) if f == "birth_date" and isinstance(value, str) else value
