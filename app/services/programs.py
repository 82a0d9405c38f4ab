"""Organisations, aid items and programs (đợt hỗ trợ) with their norms and eligibility."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.dates import format_date
from app.db import Database
from app.errors import FieldError, UserError
from app.i18n import _, language
from app.models import AidItem, Category, Organisation, Program, ProgramItem
from app.numbers import format_money, format_number
from app.services import vocab
from app.services.entitlement import BASES, PER_PERSON, Norm, Rules
from app.services.office import current_office_id
from app.services.roles import Actor, require
from app.sync.capture import Stamper
from app.text import clean, fold

# Beyond these a norm is a typing mistake (an extra zero or two), not a decision.
MAX_NORM = {"VND": Decimal(100_000_000), None: Decimal(100_000)}
CODE_PREFIX = "P"


def max_norm(unit: str) -> Decimal:
    return MAX_NORM.get(unit, MAX_NORM[None])


def quantity_text(quantity: Decimal | None, unit: str | None) -> str:
    """1.000.000 đ, 15 kg, 1 package — as lists and pages show a quantity."""
    if quantity is None:
        return ""
    if unit == "VND":
        return format_money(quantity)
    return f"{format_number(quantity)} {vocab.label(vocab.UNITS, unit)}"


def check_quantity(value: Decimal | None, unit: str, field_name: str) -> list[FieldError]:
    """Negative, fractional money, more than 3 decimals, absurdly large: refused."""
    if value is None:
        return [FieldError(field_name, _("Type a quantity."))]
    if value < 0:
        return [FieldError(field_name, _("A quantity cannot be negative."))]
    if unit == "VND" and value != value.to_integral_value():
        return [FieldError(field_name, _("Money is in whole đồng."))]
    if value != value.quantize(Decimal("0.001")):
        return [FieldError(field_name, _("At most 3 decimals."))]
    return []


# --- organisations and items ----------------------------------------------------


@dataclass(frozen=True)
class OrganisationInfo:
    id: uuid.UUID
    name: str
    kind: str
    note: str


def list_organisations(db: Database) -> list[OrganisationInfo]:
    with db.read() as s:
        rows = s.scalars(
            sa.select(Organisation).where(Organisation.voided.is_(False))
            .order_by(Organisation.name_folded)
        ).all()  # fmt: skip
        return [OrganisationInfo(o.id, o.name, o.kind, o.note or "") for o in rows]


def save_organisation(
    db: Database, actor: Actor, name: str, kind: str, note: str = "",
    organisation_id: uuid.UUID | None = None,
) -> uuid.UUID:  # fmt: skip
    require(actor, "data_entry", "accountant")
    name = clean(name)
    if not name:
        raise UserError(_("Type the organisation's name, e.g. “Hội Chữ thập đỏ xã”."),
                        field_errors=[FieldError("name", _("Required."))])  # fmt: skip
    if kind not in vocab.ORGANISATION_KINDS:
        raise UserError(_("Choose what kind of organisation it is."))
    with db.write(actor.username) as s:
        same = s.scalar(
            sa.select(Organisation.id).where(Organisation.name_folded == fold(name),
                                             Organisation.voided.is_(False))
        )  # fmt: skip
        if same is not None and same != organisation_id:
            raise UserError(
                _("“{name}” is already in the list of organisations.").format(name=name)
            )
        if organisation_id is None:
            org = Organisation(office_id=current_office_id(s), name=name, name_folded=fold(name),
                               kind=kind, note=clean(note) or None)  # fmt: skip
            s.add(org)
        else:
            org = s.get(Organisation, organisation_id)
            if org is None:
                raise UserError(_("This organisation no longer exists."))
            org.name, org.name_folded, org.kind, org.note = (
                name,
                fold(name),
                kind,
                clean(note) or None,
            )
        s.flush()
        return org.id


@dataclass(frozen=True)
class ItemInfo:
    id: uuid.UUID
    code: str
    name: str
    unit: str
    need_kind: str | None

    @property
    def is_money(self) -> bool:
        return self.unit == "VND"

    def text(self, quantity: Decimal | None) -> str:
        return quantity_text(quantity, self.unit)


def ensure_items(conn: sa.Connection, user: str) -> None:
    """Add the built-in aid items that are missing (first start, or an older database)."""
    existing = set(conn.execute(sa.select(AidItem.code)).scalars())
    missing = [i for i in vocab.BUILTIN_ITEMS if i[0] not in existing]
    if not missing:
        return
    stamper = Stamper(conn)
    now = datetime.now().replace(microsecond=0)
    rows = []
    for order, (code, vi, en, unit, need) in enumerate(vocab.BUILTIN_ITEMS):
        if code in existing:
            continue
        row = dict(id=vocab.item_id(code), code=code, name_vi=vi, name_en=en, unit=unit,
                   need_kind=need, sort_order=order, origin_office_id=vocab.NATIONAL_OFFICE_ID)  # fmt: skip
        stamper.new_row(row, user, now)
        row["hlc"] = 0  # built-ins carry the lowest stamp, as categories do
        rows.append(row)
    conn.execute(sa.insert(AidItem), rows)
    stamper.save()


def list_items(db: Database) -> list[ItemInfo]:
    with db.read() as s:
        rows = s.scalars(
            sa.select(AidItem).where(AidItem.voided.is_(False))
            .order_by(AidItem.sort_order, AidItem.name_vi)
        ).all()  # fmt: skip
        return [_item_info(r) for r in rows]


def _item_info(r: AidItem) -> ItemInfo:
    return ItemInfo(
        r.id, r.code, r.name_en if language() == "en" else r.name_vi, r.unit, r.need_kind
    )


def items_by_id(db: Database) -> dict[uuid.UUID, ItemInfo]:
    return {i.id: i for i in list_items(db)}


def add_item(db: Database, actor: Actor, name: str, unit: str, need_kind: str | None) -> uuid.UUID:
    require(actor, "data_entry", "accountant")
    name = clean(name)
    if not name:
        raise UserError(_("Type the item's name, e.g. “Dầu ăn”."))
    if unit not in vocab.UNITS:
        raise UserError(_("Choose the item's unit."))
    with db.write(actor.username) as s:
        if s.scalar(sa.select(AidItem.id).where(sa.func.lower(AidItem.name_vi) == name.lower())):
            raise UserError(_("“{name}” is already an item.").format(name=name))
        count = s.scalar(sa.select(sa.func.count()).select_from(AidItem)) or 0
        item = AidItem(code=f"item_{uuid.uuid4().hex[:8]}", name_vi=name, name_en=name, unit=unit,
                       need_kind=need_kind, sort_order=100 + count)  # fmt: skip
        s.add(item)
        s.flush()
        return item.id


# --- programs ---------------------------------------------------------------------


@dataclass
class NormDraft:
    item_id: uuid.UUID | None = None
    basis: str = PER_PERSON
    quantity: Decimal | None = None
    by_category: dict[uuid.UUID, Decimal] = field(default_factory=dict)
    household_cap: Decimal | None = None


@dataclass
class ProgramDraft:
    id: uuid.UUID | None = None
    code: str = ""
    name: str = ""
    organisation_id: uuid.UUID | None = None
    funding: str = "budget"
    donor_name: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    overlap_group: str = ""
    categories: list[uuid.UUID] = field(default_factory=list)
    hamlets: list[uuid.UUID] = field(default_factory=list)
    residence: list[str] = field(default_factory=lambda: list(vocab.RESIDENCE_COUNTED))
    need_kinds: list[str] = field(default_factory=list)
    norms: list[NormDraft] = field(default_factory=list)
    note: str = ""
    list_status: str = "draft"


def validate_program(d: ProgramDraft, items: dict[uuid.UUID, ItemInfo]) -> list[FieldError]:
    errors = []
    if not clean(d.name):
        errors.append(FieldError("name", _("Type the program's name, e.g. “Quà Tết 2026”.")))
    elif len(clean(d.name)) > 300:
        errors.append(FieldError("name", _("Too long: at most {n} characters.").format(n=300)))
    if d.organisation_id is None:
        errors.append(FieldError("organisation", _("Choose the organisation that runs it.")))
    if d.funding not in vocab.FUNDING:
        errors.append(FieldError("funding", _("Choose the funding source.")))
    if d.funding == "donor" and not clean(d.donor_name):
        errors.append(FieldError("donor_name", _("Type the donor's name.")))
    if d.starts_on is None:
        errors.append(FieldError("starts_on", _("Type the date the program starts.")))
    if d.starts_on and d.ends_on and d.ends_on < d.starts_on:
        errors.append(FieldError("ends_on", _("The end date is before the start date.")))
    if not d.norms:
        errors.append(FieldError("norms", _("Add at least one item with its norm.")))
    seen = set()
    for n in d.norms:
        item = items.get(n.item_id) if n.item_id else None
        if item is None:
            errors.append(FieldError("norms", _("Choose the item of every norm.")))
            continue
        if item.id in seen:
            errors.append(FieldError("norms", _("{item} is listed twice.").format(item=item.name)))
        seen.add(item.id)
        if n.basis not in BASES:
            errors.append(FieldError("norms", _("Choose per person or per household.")))
        quantities = [n.quantity, *n.by_category.values()]
        if n.household_cap is not None:
            quantities.append(n.household_cap)
        for q in quantities:
            problems = check_quantity(q, item.unit, "norms")
            if not problems and q > max_norm(item.unit):
                problems = [FieldError("norms", _("{q} is far more than any norm; check the number.")
                                       .format(q=item.text(q)))]  # fmt: skip
            errors += [FieldError("norms", f"{item.name}: {p.message}") for p in problems]
    if not d.residence:
        errors.append(FieldError("residence", _("Choose which residents count.")))
    return errors


def _next_code(s: Session, office_id: uuid.UUID) -> str:
    codes = s.scalars(sa.select(Program.code).where(Program.office_id == office_id)).all()
    numbers = [int(c[1:]) for c in codes if c[:1] == CODE_PREFIX and c[1:].isdigit()]
    return f"{CODE_PREFIX}{max(numbers, default=0) + 1:04d}"


def save_program(db: Database, actor: Actor, d: ProgramDraft) -> uuid.UUID:
    """Create or change a program. Its rules can change only while its list is a draft."""
    require(actor, "data_entry")
    errors = validate_program(d, items_by_id(db))
    if errors:
        raise UserError(_("The program cannot be saved yet:") + "\n" +
                        "\n".join(f"• {e.message}" for e in errors), field_errors=errors)  # fmt: skip
    name, group = clean(d.name), clean(d.overlap_group)
    eligibility = {
        "categories": sorted(str(c) for c in d.categories),
        "hamlets": sorted(str(h) for h in d.hamlets),
        "residence": sorted(d.residence),
        "need_kinds": sorted(d.need_kinds),
    }
    with db.write(actor.username) as s:
        if d.id is None:
            office_id = current_office_id(s)
            p = Program(office_id=office_id, code=_next_code(s, office_id), list_status="draft",
                        list_version=1)  # fmt: skip
            s.add(p)
        else:
            p = s.get(Program, d.id)
            if p is None:
                raise UserError(_("This program no longer exists."))
            if p.list_status != "draft":
                raise UserError(_("The list of “{name}” is {status}: the program's rules and norms "
                                  "can no longer change.").format(
                    name=p.name, status=vocab.label(vocab.LIST_STATUSES, p.list_status).lower()))  # fmt: skip
        p.name, p.name_folded = name, fold(name)
        p.organisation_id, p.funding = d.organisation_id, d.funding
        p.donor_name = clean(d.donor_name) or None
        p.starts_on, p.ends_on = d.starts_on, d.ends_on
        p.overlap_group, p.overlap_folded = group or None, fold(group) or None
        p.eligibility, p.note = eligibility, clean(d.note) or None
        s.flush()
        _save_norms(s, p.id, d.norms)
        return p.id


def _save_norms(s: Session, program_id: uuid.UUID, norms: list[NormDraft]) -> None:
    existing = {pi.item_id: pi for pi in s.scalars(
        sa.select(ProgramItem).where(ProgramItem.program_id == program_id))}  # fmt: skip
    for order, n in enumerate(norms):
        by_category = {str(k): str(v) for k, v in sorted(n.by_category.items())}
        pi = existing.pop(n.item_id, None)
        if pi is None:
            pi = ProgramItem(program_id=program_id, item_id=n.item_id)
            s.add(pi)
        pi.voided, pi.void_reason = False, None
        pi.basis, pi.quantity, pi.household_cap = n.basis, n.quantity, n.household_cap
        pi.category_quantities, pi.sort_order = by_category, order
    for pi in existing.values():
        if not pi.voided:
            pi.voided, pi.void_reason = True, "removed from the program"


def load_program(db: Database, program_id: uuid.UUID) -> ProgramDraft:
    with db.read() as s:
        p = s.get(Program, program_id)
        if p is None:
            raise UserError(_("This program no longer exists."))
        return _draft(s, p)


def _draft(s: Session, p: Program) -> ProgramDraft:
    e = p.eligibility or {}
    norms = [
        NormDraft(pi.item_id, pi.basis, pi.quantity,
                  {uuid.UUID(k): Decimal(v) for k, v in (pi.category_quantities or {}).items()},
                  pi.household_cap)
        for pi in s.scalars(sa.select(ProgramItem).where(
            ProgramItem.program_id == p.id, ProgramItem.voided.is_(False)).order_by(ProgramItem.sort_order))
    ]  # fmt: skip
    return ProgramDraft(
        id=p.id, code=p.code, name=p.name, organisation_id=p.organisation_id, funding=p.funding,
        donor_name=p.donor_name or "", starts_on=p.starts_on, ends_on=p.ends_on,
        overlap_group=p.overlap_group or "",
        categories=[uuid.UUID(c) for c in e.get("categories", [])],
        hamlets=[uuid.UUID(h) for h in e.get("hamlets", [])],
        residence=list(e.get("residence", [])), need_kinds=list(e.get("need_kinds", [])),
        norms=norms, note=p.note or "", list_status=p.list_status,
    )  # fmt: skip


def rules_of(d: ProgramDraft) -> Rules:
    return Rules(
        norms=tuple(Norm(n.item_id, n.basis, n.quantity or Decimal(0), dict(n.by_category),
                         n.household_cap) for n in d.norms if n.item_id),
        categories=frozenset(d.categories), hamlets=frozenset(d.hamlets),
        residence=frozenset(d.residence), need_kinds=frozenset(d.need_kinds),
    )  # fmt: skip


@dataclass(frozen=True)
class ProgramRow:
    id: uuid.UUID
    code: str
    name: str
    organisation: str
    funding: str
    period: str
    overlap_group: str
    list_status: str
    list_version: int
    households: int
    norms: str  # "Tiền mặt 1.000.000 đ / người; Gạo 15 kg / người"


def list_status_label(status: str, version: int) -> str:
    """ "Approved", or "Approved (version 2)" once the list was amended."""
    label = vocab.label(vocab.LIST_STATUSES, status)
    return _("{status} (version {n})").format(status=label, n=version) if version > 1 else label


def find_program(db: Database, text: str) -> uuid.UUID:
    """A program by its id, its code (P0003) or its exact name; UserError if none or several."""
    text = clean(text)
    with db.read() as s:
        try:
            pid = uuid.UUID(text)
            if s.get(Program, pid) is not None:
                return pid
        except ValueError:
            pass
        ids = s.scalars(sa.select(Program.id).where(
            sa.or_(Program.code == text.upper(), Program.name_folded == fold(text)),
            Program.voided.is_(False))).all()  # fmt: skip
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise UserError(
            _("No program “{text}”. `lalanh program list` shows them.").format(text=text)
        )
    raise UserError(_("Several programs are called “{text}”; use its code.").format(text=text))


def list_programs(db: Database) -> list[ProgramRow]:
    from app.models import Recipient

    items = items_by_id(db)
    with db.read() as s:
        counts = dict(s.execute(
            sa.select(Recipient.program_id, sa.func.count())
            .where(Recipient.status == "listed").group_by(Recipient.program_id)).all())  # fmt: skip
        orgs = dict(s.execute(sa.select(Organisation.id, Organisation.name)).all())
        english = language() == "en"
        categories = dict(
            s.execute(
                sa.select(Category.id, Category.name_en if english else Category.name_vi)
            ).all()
        )
        norms: dict[uuid.UUID, list[str]] = {}
        for pi in s.scalars(sa.select(ProgramItem).where(ProgramItem.voided.is_(False))
                            .order_by(ProgramItem.program_id, ProgramItem.sort_order)):  # fmt: skip
            item = items.get(pi.item_id)
            if item is not None:
                text = norm_text(item, pi.quantity, pi.basis)
                extra = [f"{categories.get(uuid.UUID(c), '?')}: {item.text(Decimal(q))}"
                         for c, q in (pi.category_quantities or {}).items()]  # fmt: skip
                if pi.household_cap is not None:
                    extra.append(
                        _("at most {q} per household").format(q=item.text(pi.household_cap))
                    )
                norms.setdefault(pi.program_id, []).append(
                    text + (f" ({'; '.join(extra)})" if extra else "")
                )
        rows = s.scalars(sa.select(Program).where(Program.voided.is_(False))
                         .order_by(Program.starts_on.desc(), Program.code.desc())).all()  # fmt: skip
        return [
            ProgramRow(p.id, p.code, p.name, orgs.get(p.organisation_id, ""),
                       vocab.label(vocab.FUNDING, p.funding) + (f": {p.donor_name}" if p.donor_name else ""),
                       period_text(p.starts_on, p.ends_on), p.overlap_group or "", p.list_status,
                       p.list_version, counts.get(p.id, 0), "; ".join(norms.get(p.id, [])))
            for p in rows
        ]  # fmt: skip


def norm_text(item: ItemInfo, quantity: Decimal, basis: str) -> str:
    per = _("person") if basis == PER_PERSON else _("household")
    return f"{item.name} {item.text(quantity)}/{per}"


def period_text(starts_on: date | None, ends_on: date | None) -> str:
    if ends_on is None:
        return _("from {date}").format(date=format_date(starts_on))
    return f"{format_date(starts_on)} – {format_date(ends_on)}"
