"""The donor report: for a donor, or for an earmark (a program), what was received, what it was
given as, to how many households in which hamlets, and what remains.

Donations earmarked for a program are traced to that program's hand-outs. When several donors
gave to one program, a donor's part of what the program gave is its share of what the program
received (per item). Donations not earmarked went into the common stock and cannot be traced to
households; the report says so and shows them apart. No personal data unless asked
(`with_households`): then each household's code, head and hamlet with what it received.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import UserError
from app.i18n import _
from app.models import Donation, Hamlet, Household, Program, ReceiptLine
from app.reports.common import ZERO, ItemHead, Period, item_heads, live_lines, money
from app.services.overlap import households_info
from app.text import fold

HOUSEHOLD_LIMIT = 5000  # households named in one report (with_households)


@dataclass(frozen=True)
class Received:
    item: ItemHead
    entries: int
    quantity: Decimal
    earmarked: Decimal  # of which earmarked for a program


@dataclass(frozen=True)
class ProgramUse:
    program_id: uuid.UUID
    program: str
    item: ItemHead
    program_received: Decimal  # earmarked for the program by every donor
    donor_received: Decimal  # … by this donor
    given: Decimal  # what the program gave of the item (live gives) in the period
    households: int

    @property
    def share(self) -> Decimal:
        if not self.program_received:
            return Decimal(1)
        return min(self.donor_received / self.program_received, Decimal(1))

    @property
    def attributed(self) -> Decimal:
        """This donor's part of what was given: the program's gift times its share."""
        part = min(self.given * self.share, self.donor_received)
        step = Decimal(1) if self.item.is_money else Decimal("0.001")
        return part.quantize(step, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class HamletUse:
    hamlet: str
    item: ItemHead
    households: int
    quantity: Decimal


@dataclass(frozen=True)
class HouseholdUse:
    code: str
    head: str
    hamlet: str
    item: ItemHead
    quantity: Decimal


@dataclass(frozen=True)
class DonorReport:
    period: Period
    donor: str  # as recorded ("" for an earmark's report)
    earmark: str  # the program ("P0002 Gạo Tết 2026"), or ""
    received: list[Received]
    uses: list[ProgramUse]
    hamlets: list[HamletUse]
    households: list[HouseholdUse]  # only when asked
    households_more: int  # households beyond the limit
    households_reached: int  # distinct households the traced programs gave to
    made_at: datetime

    def remaining(self) -> list[tuple[ItemHead, Decimal, Decimal, Decimal]]:
        """(item, received earmarked, given (this donor's part), remaining) per item."""
        out = []
        for r in self.received:
            given = sum((u.attributed for u in self.uses if u.item.id == r.item.id), ZERO)
            out.append((r.item, r.earmarked, given, r.earmarked - given))
        return out

    @property
    def not_earmarked(self) -> list[tuple[ItemHead, Decimal]]:
        return [(r.item, r.quantity - r.earmarked) for r in self.received
                if r.quantity != r.earmarked]  # fmt: skip


def donor_names(db: Database) -> list[str]:
    """Every donor name recorded, for a choice list."""
    with db.read() as s:
        names = s.scalars(sa.select(Donation.donor_name).distinct()).all()
    return sorted(set(names), key=fold)


def donor_report(db: Database, period: Period, *, donor: str = "",
                 program_id: uuid.UUID | None = None, with_households: bool = False,
                 today: date | None = None) -> DonorReport:  # fmt: skip
    """UserError when neither a donor nor a program is named, or the donor is unknown."""
    if not donor.strip() and program_id is None:
        raise UserError(_("Choose a donor or a program (an earmark) for the donor report."))
    with db.read() as s:
        items = item_heads(s)
        where = [Donation.received_on <= period.end]
        if period.start is not None:
            where.append(Donation.received_on >= period.start)
        shown_donor = ""
        if donor.strip():
            shown_donor = _find_donor(s, donor)
            where.append(Donation.donor_folded == fold(shown_donor))
        earmark = ""
        if program_id is not None:
            p = s.execute(
                sa.select(Program.code, Program.name).where(Program.id == program_id)
            ).first()
            if p is None:
                raise UserError(_("This program no longer exists."))
            earmark = f"{p.code} {p.name}"
            where.append(Donation.program_id == program_id)
        received = _received(s, where, items)
        programs = _programs(s, where, program_id)
        uses = _uses(s, period, programs, items, today)
        traced = [u.program_id for u in uses]
        hamlets = _hamlets(s, period, traced, items, today)
        reached = 0
        if traced:
            reached = int(s.scalar(
                sa.select(sa.func.count(sa.distinct(ReceiptLine.household_id)))
                .where(ReceiptLine.program_id.in_(traced), *live_lines(period, today=today))) or 0)  # fmt: skip
        households, more = ([], 0)
        if with_households and traced:
            households, more = _households(s, period, traced, items, today)
    return DonorReport(period, shown_donor, earmark, received, uses, hamlets, households, more,
                       reached, datetime.now().replace(microsecond=0))  # fmt: skip


def _find_donor(s: Session, donor: str) -> str:
    wanted = fold(donor)
    name = s.scalar(sa.select(Donation.donor_name).where(Donation.donor_folded == wanted).limit(1))
    if name is not None:
        return name
    like = s.scalars(sa.select(Donation.donor_name).distinct()
                     .where(Donation.donor_folded.contains(wanted)).limit(10)).all()  # fmt: skip
    if len(like) == 1:
        return like[0]
    if like:
        raise UserError(_("Several donors match “{name}”: {names}. Write the whole name.").format(
            name=donor, names="; ".join(sorted(like))))  # fmt: skip
    raise UserError(_("No donation was recorded from “{name}”.").format(name=donor))


def _received(s: Session, where: list, items: dict) -> list[Received]:
    earmarked = sa.func.sum(Donation.quantity).filter(Donation.program_id.is_not(None))
    q = (sa.select(Donation.item_id, sa.func.count(), sa.func.sum(Donation.quantity), earmarked)
         .where(*where).group_by(Donation.item_id))  # fmt: skip
    order = {iid: n for n, iid in enumerate(items)}
    rows = []
    for iid, n, qty, marked in s.execute(q):
        if iid in items:
            rows.append(Received(items[iid], int(n), money(qty), money(marked)))
    rows.sort(key=lambda r: order.get(r.item.id, 0))
    return rows


def _programs(s: Session, where: list, program_id: uuid.UUID | None) -> dict:
    """Programs the donations were earmarked for → (label, {item: this donor's quantity})."""
    q = (sa.select(Donation.program_id, Donation.item_id, sa.func.sum(Donation.quantity))
         .where(*where, Donation.program_id.is_not(None))
         .group_by(Donation.program_id, Donation.item_id))  # fmt: skip
    found: dict = {}
    for pid, iid, qty in s.execute(q):
        found.setdefault(pid, {})[iid] = money(qty)
    if program_id is not None:
        found.setdefault(program_id, {})
    labels = dict(s.execute(sa.select(Program.id, Program.code + " " + Program.name)
                            .where(Program.id.in_(list(found)))).all())  # fmt: skip
    return {pid: (labels.get(pid, "?"), qty) for pid, qty in found.items()}


def _uses(s: Session, period: Period, programs: dict, items: dict,
          today: date | None) -> list[ProgramUse]:  # fmt: skip
    if not programs:
        return []
    ids = list(programs)
    date_where = [Donation.received_on <= period.end]
    if period.start is not None:
        date_where.append(Donation.received_on >= period.start)
    all_received = {(p, i): money(q) for p, i, q in s.execute(
        sa.select(Donation.program_id, Donation.item_id, sa.func.sum(Donation.quantity))
        .where(Donation.program_id.in_(ids), *date_where)
        .group_by(Donation.program_id, Donation.item_id))}  # fmt: skip
    given = {(p, i): (money(q), int(h)) for p, i, q, h in s.execute(
        sa.select(ReceiptLine.program_id, ReceiptLine.item_id, sa.func.sum(ReceiptLine.quantity),
                  sa.func.count(sa.distinct(ReceiptLine.household_id)))
        .where(ReceiptLine.program_id.in_(ids), *live_lines(period, today=today))
        .group_by(ReceiptLine.program_id, ReceiptLine.item_id))}  # fmt: skip
    out = []
    for pid, (label, mine) in programs.items():
        for iid in (
            set(mine) | {i for p, i in all_received if p == pid} | {i for p, i in given if p == pid}
        ):
            if iid not in items:
                continue
            g, h = given.get((pid, iid), (ZERO, 0))
            out.append(ProgramUse(pid, label, items[iid], all_received.get((pid, iid), ZERO),
                                  mine.get(iid, ZERO), g, h))  # fmt: skip
    order = {iid: n for n, iid in enumerate(items)}
    out.sort(key=lambda u: (u.program, order.get(u.item.id, 0)))
    return out


def _hamlets(s: Session, period: Period, programs: list, items: dict,
             today: date | None) -> list[HamletUse]:  # fmt: skip
    if not programs:
        return []
    q = (sa.select(Hamlet.name, ReceiptLine.item_id,
                   sa.func.count(sa.distinct(ReceiptLine.household_id)),
                   sa.func.sum(ReceiptLine.quantity))
         .select_from(ReceiptLine).join(Household, Household.id == ReceiptLine.household_id)
         .outerjoin(Hamlet, Hamlet.id == Household.hamlet_id)
         .where(ReceiptLine.program_id.in_(programs), *live_lines(period, today=today))
         .group_by(Hamlet.name, ReceiptLine.item_id))  # fmt: skip
    from app.services.office import natural_key

    rows = [HamletUse(name or "(chưa có thôn/tổ)", items[iid], int(h), money(q))
            for name, iid, h, q in s.execute(q) if iid in items]  # fmt: skip
    order = {iid: n for n, iid in enumerate(items)}
    rows.sort(key=lambda r: (natural_key(r.hamlet), order.get(r.item.id, 0)))
    return rows


def _households(s: Session, period: Period, programs: list, items: dict,
                today: date | None) -> tuple[list[HouseholdUse], int]:  # fmt: skip
    q = (sa.select(ReceiptLine.household_id, ReceiptLine.item_id, sa.func.sum(ReceiptLine.quantity))
         .where(ReceiptLine.program_id.in_(programs), *live_lines(period, today=today))
         .group_by(ReceiptLine.household_id, ReceiptLine.item_id))  # fmt: skip
    found = s.execute(q).all()
    info = households_info(s, {h for h, _i, _q in found})
    rows = []
    for hid, iid, qty in found:
        code, head, hamlet = info.get(hid, ("", "", ""))
        if iid in items:
            rows.append(HouseholdUse(code, head, hamlet, items[iid], money(qty)))
    from app.services.office import natural_key

    rows.sort(key=lambda r: (natural_key(r.hamlet), r.code, r.item.code))
    return rows[:HOUSEHOLD_LIMIT], max(len(rows) - HOUSEHOLD_LIMIT, 0)
