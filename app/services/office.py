"""This installation's office, the official unit list, hamlets and categories."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import FieldError, UserError
from app.i18n import _, language
from app.ids import uuid7
from app.models import AdminUnit, Category, Hamlet, Household, Installation, Office
from app.services import vocab
from app.sync.capture import Stamper, new_epoch
from app.text import clean, fold
from app.text import vietnamese_key as name_sort


@dataclass(frozen=True)
class AdminUnitInfo:
    code: str
    name: str
    kind: str
    parent_code: str | None


@dataclass(frozen=True)
class OfficeInfo:
    id: uuid.UUID
    name: str
    admin_unit_code: str | None
    commune_name: str
    province_name: str
    level: str


@dataclass(frozen=True)
class HamletInfo:
    id: uuid.UUID
    name: str
    kind: str
    office_id: uuid.UUID | None = None


@dataclass(frozen=True)
class CategoryInfo:
    id: uuid.UUID
    code: str
    name: str
    scope: str


def ensure_admin_units(db: Database) -> int:
    """Load the official provinces and communes from `vietnam-provinces` if missing.

    Returns how many units were added. Existing rows are left alone: an upper
    office may have sent newer ones.
    """
    from vietnam_provinces import Province
    from vietnam_provinces.lookup import WARD_MAPPING

    with db.read() as s:
        if s.scalar(sa.select(sa.func.count()).select_from(AdminUnit)):
            return 0
    rows = [
        dict(code=f"{int(p.code):02d}", name=p.name, name_folded=fold(p.name),
             level="province", kind=p.division_type.value, parent_code=None, valid=True)
        for p in Province.iter_all()
    ] + [
        dict(code=f"{int(w.code):05d}", name=w.name, name_folded=fold(w.name),
             level="commune", kind=w.division_type.value,
             parent_code=f"{int(w.province_code):02d}", valid=True)
        for w in WARD_MAPPING.values()
    ]  # fmt: skip
    with db.write("system") as s:
        s.execute(sa.insert(AdminUnit), rows)
    return len(rows)


def _unit(row: AdminUnit) -> AdminUnitInfo:
    return AdminUnitInfo(row.code, row.name, row.kind, row.parent_code)


def list_provinces(db: Database) -> list[AdminUnitInfo]:
    with db.read() as s:
        rows = s.scalars(sa.select(AdminUnit).where(AdminUnit.level == "province")).all()
        return sorted(
            (_unit(r) for r in rows), key=lambda u: name_sort(u.name.removeprefix("Thành phố "))
        )


def _bare(name: str) -> str:
    """A unit's name without its kind ("Xã Yên Lạc" → "Yên Lạc"), for sorting."""
    for prefix in ("Xã ", "Phường ", "Đặc khu "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def list_communes(db: Database, province_code: str) -> list[AdminUnitInfo]:
    with db.read() as s:
        rows = s.scalars(
            sa.select(AdminUnit).where(
                AdminUnit.level == "commune", AdminUnit.parent_code == province_code,
                AdminUnit.valid.is_(True),
            )
        ).all()  # fmt: skip
        return sorted((_unit(r) for r in rows), key=lambda u: name_sort(_bare(u.name)))


def current_office(db: Database) -> OfficeInfo | None:
    with db.read() as s:
        inst = s.get(Installation, 1)
        if inst is None:
            return None
        office = s.get(Office, inst.office_id)
        if office is None:
            return None
        unit = s.get(AdminUnit, office.admin_unit_code) if office.admin_unit_code else None
        commune = unit if unit is not None and unit.level == "commune" else None
        if unit is not None and unit.level == "province":
            province = unit
        else:
            province = (
                s.get(AdminUnit, commune.parent_code) if commune and commune.parent_code else None
            )
        return OfficeInfo(
            office.id, office.name, office.admin_unit_code,
            commune.name if commune else "", province.name if province else "", office.level,
        )  # fmt: skip


# Office levels, lowest first. The tree's depth is configurable (SYNC.md): a district tier
# may sit between communes and the province, or not (the 2025 reform removed it).
LEVELS = ("commune", "district", "province")


def setup_errors(db: Database, name: str, unit_code: str, level: str = "commune") -> list:
    """What is wrong with these first-start answers (FieldErrors: name, commune); nothing
    is written. UserError if the database already belongs to an office."""
    name = clean(name)
    errors = []
    if level not in LEVELS:
        raise UserError(_("Choose the office's level: commune, district or province."))
    if not name:
        errors.append(FieldError("name", _("Type the office's name, e.g. “UBND xã Yên Lạc”.")))
    elif len(name) > 200:
        errors.append(FieldError("name", _("Too long: at most {n} characters.").format(n=200)))
    with db.read() as s:
        unit = s.get(AdminUnit, unit_code) if unit_code else None
        if level == "commune" and (unit is None or unit.level != "commune"):
            errors.append(FieldError("commune", _("Choose the commune or ward from the list.")))
        elif level == "province" and (unit is None or unit.level != "province"):
            errors.append(FieldError("commune", _("Choose the province or city from the list.")))
        elif level == "district" and unit is not None and unit.level != "province":
            errors.append(FieldError("commune", _("A district office names its province, or "
                                                  "nothing.")))  # fmt: skip
        if s.get(Installation, 1) is not None:
            raise UserError(_("This database already belongs to an office."))
    return errors


def setup_office(
    db: Database, user: str, name: str, unit_code: str, level: str = "commune"
) -> OfficeInfo:
    """First start: say which office this installation is. Done once.

    A commune office names its commune or ward, a province office its province; a district
    office (where that tier exists) may name its province or nothing.
    """
    errors = setup_errors(db, name, unit_code, level)
    if errors:
        raise UserError(errors[0].message, field_errors=errors)
    name = clean(name)
    office_id = uuid7()
    now = datetime.now().replace(microsecond=0)
    with db.write(user) as s:
        s.add(Installation(id=1, office_id=office_id, epoch=new_epoch(), last_hlc=0,
                           created_at=now))  # fmt: skip
        s.flush()
        s.add(Office(id=office_id, origin_office_id=office_id, name=name, level=level,
                     admin_unit_code=unit_code or None))  # fmt: skip
        _seed_categories(s.connection(), user, now)
        from app.services.programs import ensure_items  # programs needs this module

        ensure_items(s.connection(), user)
    office = current_office(db)
    assert office is not None
    return office


def _seed_categories(conn: sa.Connection, user: str, now: datetime) -> None:
    existing = set(conn.execute(sa.select(Category.code)).scalars())
    stamper = Stamper(conn)
    rows = []
    for order, (code, vi, en, scope) in enumerate(vocab.BUILTIN_CATEGORIES):
        if code in existing:
            continue
        row = dict(id=vocab.category_id(code), code=code, name_vi=vi, name_en=en, scope=scope,
                   sort_order=order, description=None,
                   origin_office_id=vocab.NATIONAL_OFFICE_ID)  # fmt: skip
        stamper.new_row(row, user, now)
        row["hlc"] = 0  # built-ins carry the lowest stamp: an upper office's edit always wins
        rows.append(row)
    if rows:
        conn.execute(sa.insert(Category), rows)
    stamper.save()


def rename_office(db: Database, user: str, name: str) -> None:
    name = clean(name)
    if not name:
        raise UserError(_("Type the office's name, e.g. “UBND xã Yên Lạc”."))
    if len(name) > 200:
        raise UserError(_("Too long: at most {n} characters.").format(n=200))
    with db.write(user) as s:
        inst = s.get(Installation, 1)
        office = s.get(Office, inst.office_id) if inst else None
        if office is None:
            raise UserError(_("Set up the office first."))
        office.name = name


def current_office_id(s: Session) -> uuid.UUID:
    """This installation's office, within a session; UserError before the office is set up."""
    inst = s.get(Installation, 1)
    if inst is None:
        raise UserError(_("Set up the office first."))
    return inst.office_id


def list_hamlets(db: Database) -> list[HamletInfo]:
    with db.read() as s:
        rows = s.scalars(sa.select(Hamlet).where(Hamlet.voided.is_(False))).all()
        return sorted((HamletInfo(r.id, r.name, r.kind, r.office_id) for r in rows),
                      key=lambda h: natural_key(h.name))  # fmt: skip


def registry_offices(db: Database) -> list[tuple[uuid.UUID, str]]:
    """The offices whose households this database holds (more than one at an upper office),
    by name."""
    with db.read() as s:
        ids = list(s.scalars(sa.select(Household.office_id).distinct()))
        names = dict(s.execute(sa.select(Office.id, Office.name).where(Office.id.in_(ids))).all())
    return sorted(((i, names.get(i, "?")) for i in ids), key=lambda o: natural_key(o[1]))


def find_hamlet(db: Database, name: str) -> HamletInfo:
    """A hamlet by name, typed with or without accents ("thon dong", "Đông"), or by the words
    after its kind ("Đông" for "Thôn Đông"). UserError naming the hamlets when none or several
    match."""
    hamlets = list_hamlets(db)
    wanted = fold(name)
    exact = [h for h in hamlets if fold(h.name) == wanted]
    found = exact or [h for h in hamlets if fold(h.name).endswith(" " + wanted)]
    if len(found) != 1:
        raise UserError(_("There is no single hamlet called “{name}”. The hamlets are: "
                          "{names}.").format(name=name,
                                             names=", ".join(h.name for h in hamlets)))  # fmt: skip
    return found[0]


def natural_key(name: str) -> tuple:
    """'Thôn 2' before 'Thôn 10'."""
    import re

    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", fold(name)))


def _check_hamlet_name(s, name: str, kind: str, exclude: uuid.UUID | None) -> str:
    name = clean(name)
    if not name:
        raise UserError(_("Type the hamlet's name, e.g. “Thôn Đông”."))
    if len(name) > 200:
        raise UserError(_("Too long: at most {n} characters.").format(n=200))
    if kind not in vocab.HAMLET_KINDS:
        raise UserError(_("Choose the kind of hamlet from the list."))
    clash = s.scalar(
        sa.select(Hamlet.id).where(Hamlet.name_folded == fold(name), Hamlet.voided.is_(False))
    )
    if clash is not None and clash != exclude:
        raise UserError(_("There is already a hamlet called “{name}”.").format(name=name))
    return name


def add_hamlet(db: Database, user: str, name: str, kind: str = "thon") -> HamletInfo:
    with db.write(user) as s:
        name = _check_hamlet_name(s, name, kind, None)
        hamlet = Hamlet(
            office_id=current_office_id(s), name=name, name_folded=fold(name), kind=kind
        )
        s.add(hamlet)
        s.flush()
        return HamletInfo(hamlet.id, hamlet.name, hamlet.kind)


def rename_hamlet(db: Database, user: str, hamlet_id: uuid.UUID, name: str, kind: str) -> None:
    with db.write(user) as s:
        hamlet = s.get(Hamlet, hamlet_id)
        if hamlet is None or hamlet.voided:
            raise UserError(_("This hamlet no longer exists."))
        hamlet.name = _check_hamlet_name(s, name, kind, hamlet_id)
        hamlet.name_folded = fold(hamlet.name)
        hamlet.kind = kind


def void_hamlet(db: Database, user: str, hamlet_id: uuid.UUID, reason: str) -> None:
    reason = clean(reason)
    if not reason:
        raise UserError(_("Type the reason for removing it."))
    with db.write(user) as s:
        hamlet = s.get(Hamlet, hamlet_id)
        if hamlet is None or hamlet.voided:
            raise UserError(_("This hamlet no longer exists."))
        used = s.scalar(
            sa.select(sa.func.count()).select_from(Household)
            .where(Household.hamlet_id == hamlet_id, Household.voided.is_(False))
        )  # fmt: skip
        if used:
            raise UserError(
                _(
                    "{n} households still live in “{name}”. Move them to another hamlet first."
                ).format(n=used, name=hamlet.name)
            )
        hamlet.voided = True
        hamlet.void_reason = reason


def list_categories(db: Database) -> list[CategoryInfo]:
    with db.read() as s:
        rows = s.scalars(
            sa.select(Category).where(Category.voided.is_(False)).order_by(Category.sort_order)
        ).all()
        en = language() == "en"
        return [CategoryInfo(r.id, r.code, r.name_en if en else r.name_vi, r.scope) for r in rows]


def clock_warning(db: Database) -> str | None:
    """A message when this computer's clock reads earlier than the last change saved here.

    Offline PCs' clocks drift or get reset; records stamped by a wrong clock
    would sort wrongly at the upper office (SYNC.md §2). Nothing is blocked:
    the stamps themselves never go backwards.
    """
    from app.sync import hlc

    with db.read() as s:
        inst = s.get(Installation, 1)
    if inst is None or not hlc.clock_looks_wrong(inst.last_hlc):
        return None
    last = datetime.fromtimestamp(hlc.wall_ms(inst.last_hlc) / 1000)
    return _(
        "This computer's clock says {now}, but changes were already saved here at {last}. "
        "Please set the correct date and time (in Windows: Settings → Time & language) "
        "before you continue."
    ).format(  # fmt: skip
        now=datetime.fromtimestamp(hlc.now_ms() / 1000).strftime("%d/%m/%Y %H:%M"),
        last=last.strftime("%d/%m/%Y %H:%M"),
    )
