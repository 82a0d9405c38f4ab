"""What a printed list shows: the program, its items and the listed households, in print order.

Read with a few set queries (rows, entitlement lines, categories, proxy receipts), so a
100,000-row list loads in seconds; sorted in Python because Vietnamese name order (given
name, middle names, surname; FORMS.md §6) is not something SQL collations know.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import sqlalchemy as sa

from app.db import Database
from app.errors import UserError
from app.i18n import _
from app.models import (
    AidItem,
    Category,
    CategoryAssignment,
    Hamlet,
    Household,
    Organisation,
    Person,
    Program,
    ProgramItem,
    Receipt,
    Recipient,
)
from app.models import Entitlement as EntitlementLine
from app.services.office import natural_key
from app.text import name_sort_key

DOCUMENTS = ("recipient_list", "public_list", "receipt")
SORTS = ("hamlet", "name", "list")  # hamlet then name | name only | row number

# Units as official documents write them (the window's own labels may be English).
UNIT_WORDS = {"kg": "kg", "VND": "đồng", "package": "gói", "litre": "lít", "box": "thùng",
              "set": "bộ", "piece": "cái", "house": "căn"}  # fmt: skip
RELATION_WORDS = {"head": "chủ hộ", "spouse": "vợ/chồng", "child": "con", "parent": "bố/mẹ",
                  "grandchild": "cháu", "grandparent": "ông/bà", "sibling": "anh/chị/em",
                  "other": "người thân"}  # fmt: skip
ID_WORDS = {"cccd": "CCCD", "cmnd": "CMND", "other": "giấy tờ"}


@dataclass(frozen=True)
class PrintOptions:
    document: str = "recipient_list"  # one of DOCUMENTS
    hamlet_ids: frozenset[uuid.UUID] | None = None  # None: every hamlet
    sort: str = "hamlet"  # one of SORTS
    landscape: bool = True
    row_codes: bool = True  # a Code128 per row (the signature list and the receipts)
    page_subtotals: bool = False
    hamlet_subtotals: bool = False  # only with sort "hamlet"
    document_date: date | None = None  # the "…, ngày … tháng … năm …" line; None: today
    posting_from: date | None = None  # the public list's posting period
    posting_to: date | None = None


@dataclass(frozen=True)
class SheetItem:
    id: uuid.UUID
    name: str  # Vietnamese: "Gạo"
    unit: str  # code: "kg", "VND"

    @property
    def is_money(self) -> bool:
        return self.unit == "VND"

    @property
    def heading(self) -> str:
        """'Số tiền (đồng)' for money, 'Gạo (kg)' for goods (FORMS.md §2)."""
        if self.is_money:
            return "Số tiền (đồng)" if self.name in ("Tiền mặt", "Tiền") else f"{self.name} (đồng)"
        return f"{self.name} ({UNIT_WORDS.get(self.unit, self.unit)})"


@dataclass
class SheetRow:
    seq: int  # the row's number in the list (its code's number)
    code: str  # P0003-00042
    household_code: str
    name: str  # head of household
    birth_year: int | None
    hamlet: str
    id_number: str
    categories: str  # "Hộ nghèo, Người có công"
    persons: int
    quantities: tuple[Decimal, ...]  # aligned with SheetData.items
    note: str = ""


@dataclass
class SheetData:
    program_id: uuid.UUID
    program_code: str
    program_name: str
    organisation: str
    list_version: int
    list_status: str
    starts_on: date | None
    ends_on: date | None
    items: list[SheetItem]
    rows: list[SheetRow] = field(default_factory=list)
    hamlets: list[str] = field(default_factory=list)  # the hamlets chosen, in order; [] = all

    def require_rows(self) -> None:
        """UserError saying why there is nothing to print, rather than a blank document."""
        if self.rows:
            return
        if self.hamlets:
            raise UserError(_("No household of {hamlets} is on this list. Choose other hamlets.")
                            .format(hamlets=", ".join(self.hamlets)))  # fmt: skip
        raise UserError(_("The list has no households yet, so there is nothing to print. "
                          "Build the list first."))  # fmt: skip

    def totals(self, rows: list[SheetRow] | None = None) -> tuple[Decimal, ...]:
        rows = self.rows if rows is None else rows
        return tuple(sum((r.quantities[i] for r in rows), Decimal(0))
                     for i in range(len(self.items)))  # fmt: skip

    def money_total(self, rows: list[SheetRow] | None = None) -> int:
        totals = self.totals(rows)
        return int(sum((t for t, it in zip(totals, self.items, strict=True) if it.is_money),
                       Decimal(0)))  # fmt: skip


def load_sheet(db: Database, program_id: uuid.UUID, options: PrintOptions,
               progress: Callable[[int, int], bool] | None = None) -> SheetData:  # fmt: skip
    """The listed rows of a program's list (removed and dropped rows are not printed), for the
    chosen hamlets, in print order. UserError when the program is unknown."""
    with db.read() as s:
        p = s.get(Program, program_id)
        if p is None or p.voided:
            raise UserError(_("This program no longer exists."))
        org = s.get(Organisation, p.organisation_id)
        items = [SheetItem(i, name, unit) for i, name, unit in s.execute(
            sa.select(AidItem.id, AidItem.name_vi, AidItem.unit)
            .join(ProgramItem, ProgramItem.item_id == AidItem.id)
            .where(ProgramItem.program_id == program_id, ProgramItem.voided.is_(False))
            .order_by(AidItem.sort_order, AidItem.name_vi))]  # fmt: skip
        data = SheetData(p.id, p.code, p.name, org.name if org else "", p.list_version,
                         p.list_status, p.starts_on, p.ends_on, items)  # fmt: skip
        head = sa.orm.aliased(Person)
        q = (
            sa.select(Recipient.id, Recipient.household_id, Recipient.seq, Household.code,
                      head.full_name, head.birth_year, head.id_number, Hamlet.name,
                      Recipient.persons)
            .join(Household, Household.id == Recipient.household_id)
            .outerjoin(head, sa.and_(head.household_id == Household.id, head.relation == "head",
                                     head.voided.is_(False)))
            .outerjoin(Hamlet, Hamlet.id == Household.hamlet_id)
            .where(Recipient.program_id == program_id, Recipient.status == "listed")
        )  # fmt: skip
        if options.hamlet_ids is not None:
            q = q.where(Household.hamlet_id.in_(options.hamlet_ids))
            data.hamlets = sorted(
                s.scalars(sa.select(Hamlet.name).where(Hamlet.id.in_(options.hamlet_ids))),
                key=natural_key,
            )
        found = s.execute(q).all()
        if progress is not None and progress(1, 4) is False:
            return data
        ids = [r[0] for r in found]
        households = [r[1] for r in found]
        lines = _entitlements(s, ids, items)
        categories = _categories(s, households)
        if progress is not None and progress(2, 4) is False:
            return data
        notes = _proxy_notes(s, program_id)
        zero = tuple(Decimal(0) for _ in items)
        for rid, hid, seq, hcode, name, year, id_no, hamlet, persons in found:
            data.rows.append(SheetRow(
                seq, f"{p.code}-{seq:05d}", hcode, name or "", year, hamlet or "", id_no or "",
                categories.get(hid, ""), persons, lines.get(rid, zero), notes.get(rid, "")))  # fmt: skip
    if progress is not None and progress(3, 4) is False:
        return data
    data.rows.sort(key=_sort_key(options.sort))
    return data


def _entitlements(s, ids: list, items: list[SheetItem]) -> dict:
    position = {it.id: i for i, it in enumerate(items)}
    out: dict = {}
    for chunk in _chunks(ids):
        for rid, item_id, qty in s.execute(
            sa.select(EntitlementLine.recipient_id, EntitlementLine.item_id,
                      EntitlementLine.quantity).where(EntitlementLine.recipient_id.in_(chunk))
        ):  # fmt: skip
            if item_id in position:
                row = out.setdefault(rid, [Decimal(0)] * len(items))
                row[position[item_id]] = qty
    return {rid: tuple(q) for rid, q in out.items()}


def _categories(s, household_ids: list) -> dict:
    """{household: 'Hộ nghèo, Người có công'} — the household's own categories and its members'."""
    names: dict = defaultdict(list)
    for chunk in _chunks(household_ids):
        for hid, name in s.execute(
            sa.select(CategoryAssignment.household_id, Category.name_vi)
            .join(Category, Category.id == CategoryAssignment.category_id)
            .where(CategoryAssignment.household_id.in_(chunk),
                   CategoryAssignment.voided.is_(False))
            .order_by(Category.sort_order)
        ):  # fmt: skip
            if name not in names[hid]:
                names[hid].append(name)
    return {hid: ", ".join(n) for hid, n in names.items()}


def _proxy_notes(s, program_id: uuid.UUID) -> dict:
    """{recipient: 'Nhận thay: Trần Văn B (con), CCCD 0260…'} for rows collected by a proxy, with
    the ID they showed (FORMS.md §2),
    from gives that were not reversed."""
    reversal = sa.orm.aliased(Receipt)
    out = {}
    for rid, name, relation, id_type, id_number in s.execute(
        sa.select(Receipt.recipient_id, Receipt.proxy_name, Receipt.proxy_relation,
                  Receipt.id_type, Receipt.id_number)
        .where(Receipt.program_id == program_id, Receipt.kind == "give",
               Receipt.collector == "proxy",
               ~sa.exists().where(reversal.reverses_id == Receipt.id))
    ):  # fmt: skip
        rel = RELATION_WORDS.get(relation or "", relation or "")
        shown = f", {ID_WORDS.get(id_type or '', 'giấy tờ')} {id_number}" if id_number else ""
        out[rid] = f"Nhận thay: {name}" + (f" ({rel})" if rel else "") + shown
    return out


def _chunks(values: list, size: int = 900):
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _sort_key(sort: str):
    if sort == "list":
        return lambda r: r.seq
    if sort == "name":
        return lambda r: (name_sort_key(r.name), r.seq)
    return lambda r: (r.hamlet == "", natural_key(r.hamlet), name_sort_key(r.name), r.seq)


def mask_id(number: str) -> str:
    """'001234567867' → '0012******67' (the public posting list, FORMS.md §2)."""
    if len(number) <= 6:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 6) + number[-2:]
