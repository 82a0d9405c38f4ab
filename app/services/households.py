"""Register, edit, list and void households with their members, categories and needs."""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.db import Database
from app.errors import FieldError, UserError
from app.i18n import N_, _, language
from app.models import (
    Category,
    CategoryAssignment,
    Hamlet,
    Household,
    Installation,
    Need,
    Office,
    Person,
)
from app.services import validation as v
from app.services import vocab
from app.services.office import current_office_id
from app.text import clean, fold

CODE_WIDTH = 6
MAX_DECLARED_SIZE = 50  # people in one household, as a list may declare it


@dataclass(slots=True)
class MemberDraft:
    id: uuid.UUID | None = None
    full_name: str = ""
    gender: str | None = None
    birth_date: date | None = None
    birth_year: int | None = None
    id_type: str = "none"
    id_number: str = ""
    old_id_number: str = ""
    relation: str = "head"
    phone: str = ""
    residence_status: str = "permanent"
    note: str = ""
    category_ids: set[uuid.UUID] = field(default_factory=set)
    removed: bool = False
    remove_reason: str = ""


@dataclass(slots=True)
class NeedDraft:
    id: uuid.UUID | None = None
    kind: str = "rice"
    quantity: Decimal | None = None
    unit: str | None = "kg"
    urgency: str = "normal"
    assessed_on: date = field(default_factory=date.today)
    assessed_by: str = ""
    note: str = ""
    person_id: uuid.UUID | None = None
    status: str = "open"
    status_reason: str = ""
    status_on: date | None = None


@dataclass(slots=True)
class HouseholdDraft:
    id: uuid.UUID | None = None
    code: str = ""
    hamlet_id: uuid.UUID | None = None
    address: str = ""
    phone: str = ""
    note: str = ""
    declared_size: int | None = None  # "số nhân khẩu" a list gave without naming members
    category_ids: set[uuid.UUID] = field(default_factory=set)
    members: list[MemberDraft] = field(default_factory=list)
    needs: list[NeedDraft] = field(default_factory=list)
    version: int | None = None  # what was loaded; a save refuses if someone changed it since
    voided: bool = False
    void_reason: str = ""


@dataclass(frozen=True)
class SavedHousehold:
    id: uuid.UUID
    code: str


# --- validation ---------------------------------------------------------------


_ID_TYPE_BY_LENGTH = {12: "cccd", 9: "cmnd"}


def normalise_member(m: MemberDraft) -> None:
    """NFC, trimmed, digits-only IDs and phone; type inferred from an ID's length."""
    m.full_name = clean(m.full_name)
    # Digits alone are already as stored (an import gives them so): not cleaned again.
    if not m.id_number:
        m.id_number = ""
    elif not v.ascii_digits(m.id_number):
        m.id_number = clean(m.id_number).replace(" ", "")
    if not m.old_id_number:
        m.old_id_number = ""
    elif not v.ascii_digits(m.old_id_number):
        m.old_id_number = clean(m.old_id_number).replace(" ", "")
    if m.phone and not v.stored_phone(m.phone):
        m.phone = v.normalise_phone(m.phone) if not v.check_phone(m.phone) else clean(m.phone)
    m.note = clean(m.note) if m.note else ""
    m.remove_reason = clean(m.remove_reason) if m.remove_reason else ""
    if m.birth_date is not None and m.birth_year is None:
        m.birth_year = m.birth_date.year
    if m.id_number and m.id_type == "none":
        m.id_type = _ID_TYPE_BY_LENGTH.get(len(m.id_number), "none")


def validate_member(m: MemberDraft, index: int | None, today: date) -> list[FieldError]:
    if m.removed:
        return (
            []
            if m.remove_reason
            else [
                FieldError(
                    "remove_reason", _("Type why this member is removed from the household."), index
                )
            ]
        )
    # A check whose input is empty (or a valid choice) finds nothing: it is not called.
    # An import validates 100,000 of these, and the calls were half of the time.
    errors = v.check_name(m.full_name, index)
    if m.gender not in vocab.GENDERS:
        errors += v.check_choice(vocab.GENDERS, m.gender, "gender", N_("Choose the gender."),
                                 index)  # fmt: skip
    errors += v.check_birth(m.birth_date, m.birth_year, today, index)
    birth_year = m.birth_date.year if m.birth_date else m.birth_year
    errors += v.check_id(m.id_type, m.id_number, m.gender, birth_year, index)
    if m.old_id_number:
        errors += v.check_old_id(m.old_id_number, index)
    if m.relation not in vocab.RELATIONS:
        errors += v.check_choice(vocab.RELATIONS, m.relation, "relation",
                                 N_("Choose the relation to the head of household."), index)  # fmt: skip
    if m.residence_status not in vocab.RESIDENCE:
        errors += v.check_choice(vocab.RESIDENCE, m.residence_status, "residence_status",
                                 N_("Choose the residence status."), index)  # fmt: skip
    if m.phone:
        errors += v.check_phone(m.phone, "phone", index)
    if m.note:
        errors += v.check_text_length(m.note, "note", 2000, index)
    return errors


def validate_need(n: NeedDraft, today: date) -> list[FieldError]:
    errors = v.check_choice(vocab.NEED_KINDS, n.kind, "kind", N_("Choose what is needed."))
    errors += v.check_quantity(n.quantity, n.unit)
    errors += v.check_choice(vocab.URGENCIES, n.urgency, "urgency", N_("Choose how urgent it is."))
    if n.assessed_on is None:
        errors.append(FieldError("assessed_on", _("Type the date of the assessment.")))
    elif n.assessed_on > today:
        errors.append(FieldError("assessed_on", _("The assessment date is in the future.")))
    if not clean(n.assessed_by):
        errors.append(FieldError("assessed_by", _("Type who assessed the need.")))
    errors += v.check_text_length(n.assessed_by, "assessed_by", 200)
    errors += v.check_text_length(n.note, "note", 2000)
    if n.status not in vocab.NEED_STATUSES:
        errors.append(FieldError("status", _("Choose the status of the need.")))
    elif n.status == "cancelled" and not clean(n.status_reason):
        errors.append(FieldError("status_reason", _("Type why the need is cancelled.")))
    return errors


def validate_household(d: HouseholdDraft, today: date | None = None) -> list[FieldError]:
    """Every rule that needs no database; members' errors carry their index."""
    today = today or date.today()
    for m in d.members:
        normalise_member(m)
    errors: list[FieldError] = []
    if d.hamlet_id is None:
        errors.append(FieldError("hamlet", _("Choose the hamlet (thôn/tổ) of the household.")))
    if d.phone:  # empty fields pass these checks: not called (see validate_member)
        errors += v.check_phone(d.phone)
    if d.address:
        errors += v.check_text_length(d.address, "address", 300)
    if d.code:
        errors += v.check_text_length(d.code, "code", 40)
    if d.note:
        errors += v.check_text_length(d.note, "note", 2000)
    if d.declared_size is not None and not 0 < d.declared_size <= MAX_DECLARED_SIZE:
        errors.append(FieldError("declared_size", _(
            "The number of members is between 1 and {n}.").format(n=MAX_DECLARED_SIZE)))  # fmt: skip
    live = []
    for i, m in enumerate(d.members):
        errors += validate_member(m, i, today)
        if not m.removed:
            live.append((i, m))
    if not live:
        errors.append(FieldError("members", _("A household has at least one member: add the "
                                              "head of household.")))  # fmt: skip
    else:
        heads = [i for i, m in live if m.relation == "head"]
        if len(heads) != 1:
            errors.append(FieldError("members", _(
                "A household has exactly one head; now it has {n}. Set one member as head."
            ).format(n=len(heads))))  # fmt: skip
    seen: dict[str, int] = {}
    for i, m in live if len(live) > 1 else ():  # one member cannot repeat another's number
        for number in (m.id_number, m.old_id_number):
            if number and number in seen and seen[number] != i:
                errors.append(FieldError("id_number", _(
                    "ID number {id} is typed for two members of this household."
                ).format(id=number), i))  # fmt: skip
            elif number:
                seen[number] = i
    for n in d.needs:
        errors += validate_need(n, today)
    return errors


def _raise_if(errors: list[FieldError]) -> None:
    if errors:
        first = errors[0]
        raise UserError(first.message, field_errors=errors)


# --- reading ------------------------------------------------------------------


def new_household_draft(db: Database) -> HouseholdDraft:
    with db.read() as s:
        return HouseholdDraft(code=next_code(s), members=[MemberDraft(relation="head")])


def next_code(s: Session) -> str:
    """The next free numeric code: one more than the highest, same width (at least 6)."""
    candidates = s.scalars(
        sa.select(Household.code)
        .where(Household.code >= "0", Household.code < ":")  # starts with a digit
        .order_by(Household.code.desc())
        .limit(20)
    )
    last = next((c for c in candidates if c.isdigit()), None)
    if last is None:
        return f"{1:0{CODE_WIDTH}d}"
    return f"{int(last) + 1:0{max(CODE_WIDTH, len(last))}d}"


def load_household(db: Database, household_id: uuid.UUID) -> HouseholdDraft:
    with db.read() as s:
        h = s.get(Household, household_id)
        if h is None:
            raise UserError(_("This household no longer exists."))
        persons = s.scalars(
            sa.select(Person)
            .where(Person.household_id == household_id, Person.voided.is_(False))
            .order_by(Person.relation != "head", Person.birth_year, Person.created_at)
        ).all()
        assignments = s.execute(
            sa.select(CategoryAssignment.category_id, CategoryAssignment.person_id).where(
                CategoryAssignment.household_id == household_id,
                CategoryAssignment.voided.is_(False),
            )
        ).all()
        needs = s.scalars(
            sa.select(Need)
            .where(Need.household_id == household_id, Need.voided.is_(False))
            .order_by(Need.assessed_on.desc(), Need.created_at)
        ).all()
        by_person: dict[uuid.UUID | None, set[uuid.UUID]] = {}
        for cat, person in assignments:
            by_person.setdefault(person, set()).add(cat)
        return HouseholdDraft(
            id=h.id, code=h.code, hamlet_id=h.hamlet_id, address=h.address or "",
            phone=h.phone or "", note=h.note or "", declared_size=h.declared_size,
            category_ids=by_person.get(None, set()),
            version=h.version, voided=h.voided, void_reason=h.void_reason or "",
            members=[
                MemberDraft(
                    id=p.id, full_name=p.full_name, gender=p.gender, birth_date=p.birth_date,
                    birth_year=p.birth_year, id_type=p.id_type, id_number=p.id_number or "",
                    old_id_number=p.old_id_number or "", relation=p.relation,
                    phone=p.phone or "", residence_status=p.residence_status,
                    note=p.note or "", category_ids=by_person.get(p.id, set()),
                )
                for p in persons
            ],
            needs=[
                NeedDraft(
                    id=n.id, kind=n.kind, quantity=n.quantity, unit=n.unit, urgency=n.urgency,
                    assessed_on=n.assessed_on, assessed_by=n.assessed_by, note=n.note or "",
                    person_id=n.person_id, status=n.status, status_reason=n.status_reason or "",
                    status_on=n.status_on,
                )
                for n in needs
            ],
        )  # fmt: skip


# --- saving -------------------------------------------------------------------


def assign_changed(obj: object, **values: object) -> None:
    """Set only what differs, so unchanged fields keep their sync stamps."""
    for key, value in values.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)


def _or_none(text: str | None) -> str | None:
    text = clean(text)
    return text or None


def _check_against_database(s: Session, d: HouseholdDraft) -> list[FieldError]:
    errors: list[FieldError] = []
    if d.hamlet_id is not None:
        hamlet = s.get(Hamlet, d.hamlet_id)
        if hamlet is None or hamlet.voided:
            errors.append(FieldError("hamlet", _("This hamlet no longer exists; choose another.")))
    code = clean(d.code)
    clash = s.scalar(
        sa.select(Household.id).where(
            Household.code == code, Household.office_id == current_office_id(s)
        )
    )
    if clash is not None and clash != d.id:
        errors.append(FieldError("code", _("Household code {code} is already used; "
                                           "leave it empty to get a new one.").format(code=code)))  # fmt: skip
    for i, m in enumerate(d.members):
        if m.removed:
            continue
        for number in filter(None, (m.id_number, m.old_id_number)):
            other = s.execute(
                sa.select(Person.full_name, Household.code)
                .join(Household, Household.id == Person.household_id)
                .where(
                    sa.or_(Person.id_number == number, Person.old_id_number == number),
                    Person.voided.is_(False),
                    Person.id != m.id if m.id else sa.true(),
                )
                .limit(1)
            ).first()
            if other is not None:
                errors.append(FieldError("id_number", _(
                    "ID number {id} is already registered to {name} in household {code}. "
                    "Open that household instead of registering the person again."
                ).format(id=number, name=other[0], code=other[1]), i))  # fmt: skip
    for n in d.needs:
        if n.person_id is not None and n.person_id not in {m.id for m in d.members if m.id}:
            errors.append(FieldError("person", _("The member this need is for is not in the "
                                                 "household.")))  # fmt: skip
    return errors


def save_household(db: Database, user: str, draft: HouseholdDraft) -> SavedHousehold:
    """Create or update a household with its members, categories and needs, all at once."""
    errors = validate_household(draft)
    _raise_if(errors)
    with db.write(user) as s:
        office_id = current_office_id(s)
        clock = _clock(s)
        if not clean(draft.code):
            draft.code = next_code(s)
        _raise_if(_check_against_database(s, draft))
        if draft.id is None:
            h = Household(office_id=office_id)
            s.add(h)
        else:
            h = s.get(Household, draft.id)
            if h is None:
                raise UserError(_("This household no longer exists."))
            if h.voided:
                raise UserError(_("This household was voided; it cannot be edited."))
            if draft.version is not None and h.version != draft.version:
                raise UserError(_("Someone else changed this household while you were editing "
                                  "it. Close it, open it again and redo your change."))  # fmt: skip
        assign_changed(h, code=clean(draft.code), hamlet_id=draft.hamlet_id,
                address=_or_none(draft.address), phone=_or_none(v.normalise_phone(draft.phone)),
                note=_or_none(draft.note), declared_size=draft.declared_size or None)  # fmt: skip
        s.flush()
        persons = _save_members(s, h, draft.members)
        _save_categories(s, h.id, None, draft.category_ids)
        for m, p in zip(draft.members, persons, strict=True):
            if not m.removed:
                _save_categories(s, h.id, p.id, m.category_ids)
        _save_needs(s, h.id, draft.needs)
        s.flush()
        if draft.id is not None and h.hlc <= clock < _clock(s):
            # Only members, categories or needs changed: the household's version still
            # moves, so that a draft loaded before this save is refused, not merged.
            flag_modified(h, "version")
        return SavedHousehold(h.id, h.code)


def _clock(s: Session) -> int:
    return s.scalar(sa.select(Installation.last_hlc).where(Installation.id == 1))


def _save_members(s: Session, h: Household, members: list[MemberDraft]) -> list[Person]:
    persons = []
    # Demote before promoting, so the database never sees two heads mid-way.
    for m in sorted(members, key=lambda m: m.relation == "head"):
        if m.id is None:
            p = Person(household_id=h.id)
            s.add(p)
        else:
            p = s.get(Person, m.id)
            if p is None or p.household_id != h.id:
                raise UserError(_("A member of this household no longer exists; reopen it."))
        if m.removed:
            assign_changed(p, voided=True, void_reason=m.remove_reason)
        else:
            assign_changed(
                p, full_name=m.full_name, name_folded=fold(m.full_name), gender=m.gender,
                birth_date=m.birth_date,
                birth_year=m.birth_date.year if m.birth_date else m.birth_year,
                id_type=m.id_type, id_number=m.id_number or None,
                old_id_number=m.old_id_number or None, relation=m.relation,
                phone=m.phone or None, residence_status=m.residence_status,
                note=m.note or None,
            )  # fmt: skip
        persons.append((m, p))
    s.flush()
    order = {id(m): p for m, p in persons}
    return [order[id(m)] for m in members]


def _save_categories(s: Session, household_id: uuid.UUID, person_id: uuid.UUID | None,
                     wanted: set[uuid.UUID]) -> None:  # fmt: skip
    live = s.scalars(
        sa.select(CategoryAssignment).where(
            CategoryAssignment.household_id == household_id,
            CategoryAssignment.person_id.is_(None) if person_id is None
            else CategoryAssignment.person_id == person_id,
            CategoryAssignment.voided.is_(False),
        )
    ).all()  # fmt: skip
    have = {a.category_id: a for a in live}
    for cat_id, a in have.items():
        if cat_id not in wanted:
            a.voided = True
            a.void_reason = "removed in the household form"
    added = wanted - have.keys()
    if not added:
        return
    known = set(s.scalars(sa.select(Category.id).where(Category.id.in_(added),
                                                       Category.voided.is_(False))))  # fmt: skip
    for cat_id in added:
        if cat_id not in known:
            raise UserError(_("A chosen category no longer exists; reopen the household."))
        s.add(CategoryAssignment(category_id=cat_id, household_id=household_id,
                                 person_id=person_id))  # fmt: skip


def _save_needs(s: Session, household_id: uuid.UUID, needs: list[NeedDraft]) -> None:
    for n in needs:
        if n.id is None:
            need = Need(household_id=household_id)
            s.add(need)
        else:
            need = s.get(Need, n.id)
            if need is None or need.household_id != household_id:
                raise UserError(_("A need of this household no longer exists; reopen it."))
        status_on = n.status_on or (date.today() if n.status != "open" else None)
        assign_changed(
            need, kind=n.kind, quantity=n.quantity, unit=n.unit if n.quantity is not None else None,
            urgency=n.urgency, assessed_on=n.assessed_on, assessed_by=clean(n.assessed_by),
            note=_or_none(n.note), person_id=n.person_id, status=n.status,
            status_reason=_or_none(n.status_reason),
            status_on=status_on if n.status != "open" else None,
        )  # fmt: skip


def void_household(db: Database, user: str, household_id: uuid.UUID, reason: str) -> None:
    """Void a household and its members: kept for the record, gone from lists and search."""
    reason = clean(reason)
    if not reason:
        raise UserError(_("Type the reason for voiding this household (e.g. moved away, "
                          "registered twice)."))  # fmt: skip
    with db.write(user) as s:
        h = s.get(Household, household_id)
        if h is None:
            raise UserError(_("This household no longer exists."))
        if h.voided:
            raise UserError(_("This household is already voided."))
        h.voided = True
        h.void_reason = reason
        for p in s.scalars(sa.select(Person).where(Person.household_id == household_id,
                                                   Person.voided.is_(False))):  # fmt: skip
            p.voided = True
            p.void_reason = reason
        for n in s.scalars(sa.select(Need).where(Need.household_id == household_id,
                                                 Need.status == "open", Need.voided.is_(False))):  # fmt: skip
            n.status = "cancelled"
            n.status_reason = reason
            n.status_on = date.today()


# --- listing ------------------------------------------------------------------


@dataclass(frozen=True)
class HouseholdQuery:
    text: str = ""
    hamlet_id: uuid.UUID | None = None
    category_id: uuid.UUID | None = None
    include_voided: bool = False
    office_id: uuid.UUID | None = None  # at an upper office: one commune's households


@dataclass(frozen=True)
class HouseholdRow:
    id: uuid.UUID
    code: str
    head_name: str
    hamlet: str
    members: int
    categories: str
    phone: str
    address: str
    voided: bool
    matched: str  # with a search: the member whose name or ID matched


@dataclass(frozen=True)
class Page:
    rows: list[HouseholdRow]
    cursor: object | None  # pass back to get the next page; None when there is no more


def _filters(q: HouseholdQuery) -> list:
    conds = []
    if not q.include_voided:
        conds.append(Household.voided.is_(False))
    if q.office_id is not None:
        conds.append(Household.office_id == q.office_id)
    if q.hamlet_id is not None:
        conds.append(Household.hamlet_id == q.hamlet_id)
    if q.category_id is not None:
        conds.append(
            sa.exists().where(
                CategoryAssignment.household_id == Household.id,
                CategoryAssignment.category_id == q.category_id,
                CategoryAssignment.voided.is_(False),
            )
        )
    return conds


def list_households(
    db: Database, query: HouseholdQuery, cursor: object | None = None, limit: int = 100
) -> Page:
    """One page of households in code order, or in search order with a text."""
    from app.search import person_matches

    with db.read() as s:
        matches = person_matches(s.bind.dialect.name, query.text) if clean(query.text) else None
        if matches is None:
            stmt = sa.select(Household.id).where(*_filters(query)).order_by(Household.code)
            if cursor is not None:
                stmt = stmt.where(Household.code > cursor)
            ids = list(s.scalars(stmt.limit(limit)))
            rows = _rows(s, ids, {})
            return Page(rows, rows[-1].code if len(ids) == limit else None)
        # Search: walk matching persons in index order; a household shows once.
        pos, seen = cursor if cursor is not None else (None, frozenset())
        found: dict[uuid.UUID, str] = {}
        batch = max(limit * 2, 100)
        while len(found) < limit:
            stmt = (
                sa.select(matches.c.pos, Person.household_id, Person.full_name, Person.relation)
                .select_from(matches)
                .join(Person, Person.id == matches.c.person_id)
                .join(Household, Household.id == Person.household_id)
                .where(*_filters(query))
                .order_by(matches.c.pos)
                .limit(batch)
            )
            if pos is not None:
                stmt = stmt.where(matches.c.pos > pos)
            hits = s.execute(stmt).all()
            for hit_pos, household_id, name, relation in hits:
                pos = hit_pos
                if household_id not in seen and household_id not in found:
                    found[household_id] = f"{name} ({vocab.label(vocab.RELATIONS, relation)})"
                    if len(found) == limit:
                        break
            if len(hits) < batch:
                pos = None if len(found) < limit else pos
                break
        rows = _rows(s, list(found), found)
        next_cursor = (pos, seen | found.keys()) if pos is not None else None
        return Page(rows, next_cursor)


def _rows(s: Session, ids: list[uuid.UUID], matched: dict[uuid.UUID, str]) -> list[HouseholdRow]:
    if not ids:
        return []
    main, categories = _row_statements(language() == "en")
    result = s.execute(main, {"ids": ids}).all()
    # At an upper office, a commune's household says which commune in its hamlet column.
    mine = s.scalar(sa.select(Installation.office_id))
    others = {o for *_r, o in result if o != mine}
    names = dict(s.execute(sa.select(Office.id, Office.name).where(Office.id.in_(others)))
                 .all()) if others else {}  # fmt: skip
    cats: dict[uuid.UUID, list[str]] = {}
    for hid, name in s.execute(categories, {"ids": ids}):
        if name not in cats.setdefault(hid, []):
            cats[hid].append(name)
    by_id = {
        hid: HouseholdRow(
            hid, code, head_name or "",
            f"{hamlet or ''} — {names[office]}" if office in names else hamlet or "",
            count or 0, ", ".join(cats.get(hid, [])), phone or "", address or "", voided,
            matched.get(hid, ""),
        )
        for hid, code, phone, address, voided, head_name, hamlet, count, office in result
    }  # fmt: skip
    return [by_id[i] for i in ids if i in by_id]


def member_count() -> sa.ScalarSelect:
    """The number of live members of the household of the enclosing query (a subquery)."""
    return (
        sa.select(sa.func.count()).where(Person.household_id == Household.id,
                                         Person.voided.is_(False))
        .scalar_subquery()
    )  # fmt: skip


@functools.cache
def _row_statements(english: bool) -> tuple[sa.Select, sa.Select]:
    """The two queries behind a page of rows, built once: building them cost more than
    running them. Only the shown columns are read (no ORM objects, no JSON decoding)."""
    ids = sa.bindparam("ids", expanding=True)
    head = sa.orm.aliased(Person)
    members = member_count()
    main = (
        # The household's own phone, else the head's: most lists give only the head's.
        sa.select(Household.id, Household.code, sa.func.coalesce(Household.phone, head.phone),
                  Household.address, Household.voided, head.full_name, Hamlet.name, members,
                  Household.office_id)
        .outerjoin(head, sa.and_(head.household_id == Household.id, head.relation == "head",
                                 head.voided.is_(False)))
        .outerjoin(Hamlet, Hamlet.id == Household.hamlet_id)
        .where(Household.id.in_(ids))
    )  # fmt: skip
    categories = (
        sa.select(CategoryAssignment.household_id,
                  Category.name_en if english else Category.name_vi)
        .join(Category, Category.id == CategoryAssignment.category_id)
        .where(CategoryAssignment.household_id.in_(ids), CategoryAssignment.voided.is_(False))
        .order_by(Category.sort_order)
    )  # fmt: skip
    return main, categories


def count_households(db: Database, query: HouseholdQuery, cap: int | None = None) -> int:
    """How many households the query shows (without a search text: exact and fast).

    With a search text, `cap` stops counting after cap + 1 households: a
    result above `cap` means "more than cap" (a common prefix such as "ng"
    matches half a province, and the count is only there to be read).
    """
    from app.search import person_matches

    with db.read() as s:
        matches = person_matches(s.bind.dialect.name, query.text) if clean(query.text) else None
        if matches is not None:
            found = (
                sa.select(Household.id)
                .select_from(matches)
                .join(Person, Person.id == matches.c.person_id)
                .join(Household, Household.id == Person.household_id)
                .where(*_filters(query))
                .distinct()
            )
            if cap is not None:
                found = found.limit(cap + 1)
            return s.scalar(sa.select(sa.func.count()).select_from(found.subquery())) or 0
        if query.hamlet_id is not None:  # a hamlet's households are few: count them
            return s.scalar(sa.select(sa.func.count()).select_from(Household)
                            .where(*_filters(query))) or 0  # fmt: skip
        if query.category_id is not None:
            return _count_in_category(s, query)
        # All households: a bare count(*) needs no row reads (SQLite counts the
        # smallest index's pages); the voided ones come from their partial index.
        total = s.scalar(sa.select(sa.func.count()).select_from(Household)) or 0
        if query.include_voided:
            return total
        return total - (s.scalar(_count_voided()) or 0)


def _count_in_category(s: Session, query: HouseholdQuery) -> int:
    """Households with a live assignment of the category, from the assignments' index.

    Walking a million households to probe each for the category is what made
    this slow; the covering index on (category_id, voided, household_id) holds
    the answer. Voided households (few) are then taken away, so it stays exact.
    """
    live = (
        CategoryAssignment.category_id == query.category_id,
        CategoryAssignment.voided.is_(False),
    )
    with_category = s.scalar(
        sa.select(sa.func.count(sa.distinct(CategoryAssignment.household_id))).where(*live)
    ) or 0  # fmt: skip
    if query.include_voided:
        return with_category
    # Driven from the voided households (their partial index), few by nature.
    voided = s.scalar(
        sa.select(sa.func.count(sa.distinct(CategoryAssignment.household_id)))
        .where(CategoryAssignment.household_id.in_(_voided_ids()), *live)
    ) or 0  # fmt: skip
    return with_category - voided


def _voided_ids() -> sa.Select:
    # `voided = 1` as written in the partial index ix_household_voided, so SQLite uses it.
    return sa.select(Household.id).where(Household.voided == sa.true())


def _count_voided() -> sa.Select:
    return sa.select(sa.func.count()).select_from(Household).where(Household.voided == sa.true())
