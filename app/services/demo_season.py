"""The demo's aid season: users, organisations, donations, programs, lists and receipts.

It runs after the demo registry (app/services/demo.py) and goes through the
same service calls as the window and the command line, each as the user whose
role it needs: the clerk builds and submits lists and records receipts, the
approver approves, the treasurer records donations and reverses a receipt.
So a newcomer sees every page populated, and the ledger rules hold as for any
other write.

The season is a commune's: when the registry has more hamlets than a commune
(a district or province of demo households), the programs name the first
`SEASON_HAMLETS` hamlets, so its cost does not grow with the registry.
"""

from __future__ import annotations

import random
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.db import Database
from app.services import office as office_service
from app.services import vocab
from app.services.distribution import (
    ReceiptDraft,
    mark_needs_met,
    record_receipt,
    reverse_receipt,
)
from app.services.ledger import DonationDraft, max_entry, record_adjustment, record_donation
from app.services.programs import (
    NormDraft,
    ProgramDraft,
    list_organisations,
    save_organisation,
    save_program,
)
from app.services.recipient_lists import ListQuery, advance_list, build_list, list_rows
from app.services.roles import Actor, actor_for, list_users, save_user
from app.text import fold

SEASON_HAMLETS = 12  # a commune's hamlets; beyond, the programs name these
TET = "Tết 2026"
CASH, RICE, SCHOOL_KIT = (vocab.item_id(c) for c in ("cash", "rice", "school_kit"))
POOR, NEAR_POOR, HARDSHIP, PROTECTION, AGENT_ORANGE = (
    vocab.category_id(c)
    for c in ("poor", "near_poor", "special_hardship", "social_protection", "agent_orange")
)
# username, full name, roles (the administrator is the user running the demo)
STAFF = [("nhaplieu", "Lê Thị Hồng Nhung", ["data_entry"]),
         ("ketoan", "Phạm Thị Thu Hà", ["accountant"]),
         ("chutich", "Trần Văn Bình", ["approver"])]  # fmt: skip
ADMIN_NAME = "Nguyễn Đức Minh"
BUSINESS = "Công ty TNHH Thương mại Minh Phát"
PROXY_NAMES = ["Nguyễn Văn Tâm", "Trần Thị Lan", "Lê Văn Hùng", "Phạm Thị Mai", "Hoàng Văn Nam",
               "Vũ Thị Hạnh", "Đặng Văn Long", "Bùi Thị Thu"]  # fmt: skip
PROXY_RELATIONS = ["Con trai", "Con gái", "Con dâu", "Cháu nội", "Hàng xóm", "Em ruột"]


@dataclass(frozen=True)
class SeasonResult:
    programs: int
    list_rows: int
    receipts: int  # gives, reversals included
    donations: int
    seconds: float


@dataclass
class _Staff:
    admin: Actor
    clerk: Actor
    treasurer: Actor
    approver: Actor


def make_season(db: Database, user: str, seed: int) -> SeasonResult:
    """Create the demo season in a registry that has households (see the module's doc)."""
    started = time.perf_counter()
    rng = random.Random(seed * 7919 + 17)
    staff = _staff(db, user)
    office = office_service.current_office(db)
    place = office.commune_name[:1].lower() + office.commune_name[1:] if office else "xã"
    orgs = _organisations(db, staff.clerk, place)
    hamlets = office_service.list_hamlets(db)
    scope = [h.id for h in hamlets[:SEASON_HAMLETS]] if len(hamlets) > SEASON_HAMLETS else []

    def program(name, org, funding, starts, ends, group, norms, categories=(), needs=(),
                donor=""):  # fmt: skip
        return save_program(db, staff.clerk, ProgramDraft(
            name=name, organisation_id=orgs[org], funding=funding, donor_name=donor,
            starts_on=starts, ends_on=ends, overlap_group=group, categories=list(categories),
            hamlets=scope, need_kinds=list(needs), norms=norms))  # fmt: skip

    cash = program("Quà Tết 2026 cho hộ nghèo, cận nghèo", "mttq", "donations",
                   date(2026, 1, 19), date(2026, 2, 14), TET,
                   [NormDraft(CASH, "per_person", Decimal(500_000), {POOR: Decimal(1_000_000)})],
                   categories=[POOR, NEAR_POOR])  # fmt: skip
    rice = program("Gạo Tết 2026 — Hội Chữ thập đỏ", "red_cross", "donor",
                   date(2026, 1, 26), date(2026, 2, 14), TET,
                   [NormDraft(RICE, "per_person", Decimal(15))],
                   categories=[HARDSHIP, PROTECTION, AGENT_ORANGE], donor=BUSINESS)  # fmt: skip
    storm = program("Gạo cứu đói sau mưa lũ tháng 10/2026", "committee", "budget",
                    date(2026, 10, 12), date(2026, 11, 15), "",
                    [NormDraft(RICE, "per_person", Decimal(10))], needs=["rice"])  # fmt: skip
    school = program("Tiếp sức đến trường năm học 2026–2027", "womens_union", "donations",
                     date(2026, 8, 15), date(2026, 9, 30), "Năm học 2026–2027",
                     [NormDraft(SCHOOL_KIT, "per_household", Decimal(1))],
                     categories=[POOR, NEAR_POOR])  # fmt: skip
    built = {pid: build_list(db, staff.clerk, pid) for pid in (cash, rice, storm, school)}

    donations = _donations(db, staff.treasurer, built, cash, rice, storm, school, orgs)
    for pid in (cash, rice, storm):
        if built[pid].listed:
            advance_list(db, staff.clerk, pid)
            advance_list(db, staff.approver, pid, "Đã thông qua tại cuộc họp ngày "
                                                  f"{_approved_on(pid, cash, rice, storm)}")  # fmt: skip
    if built[school].listed:  # waiting for the approver
        advance_list(db, staff.clerk, school)
    receipts = _hand_out(db, staff, rng, cash, rice, storm)
    return SeasonResult(4, sum(b.listed for b in built.values()), receipts, donations,
                        time.perf_counter() - started)  # fmt: skip


def _approved_on(pid, cash, rice, storm) -> str:
    return {cash: "22/01/2026", rice: "28/01/2026", storm: "14/10/2026"}[pid]


def _staff(db: Database, user: str) -> _Staff:
    first = not list_users(db)
    admin = actor_for(db, user)  # the first user of an installation becomes its administrator
    if first:
        save_user(admin, db, user, ADMIN_NAME, sorted(admin.roles))
        admin = actor_for(db, user)
    if not admin.can("admin"):  # the office has users already and `user` is not one of them
        boss = next(u for u in list_users(db) if u.active and "admin" in u.roles)
        admin = Actor(boss.username, boss.full_name, frozenset(boss.roles))
    known = {u.username for u in list_users(db)}
    for username, name, roles in STAFF:
        if username not in known:
            save_user(admin, db, username, name, roles)
    clerk, treasurer, approver = (actor_for(db, u) for u, _n, _r in STAFF)
    return _Staff(admin, clerk, treasurer, approver)


def _organisations(db: Database, clerk: Actor, place: str) -> dict[str, uuid.UUID]:
    wanted = {
        "committee": (f"UBND {place}", "committee"),
        "mttq": (f"Ủy ban MTTQ Việt Nam {place}", "fatherland_front"),
        "red_cross": (f"Hội Chữ thập đỏ {place}", "red_cross"),
        "womens_union": (f"Hội Liên hiệp Phụ nữ {place}", "womens_union"),
        "business": (BUSINESS, "business"),
    }
    existing = {fold(o.name): o.id for o in list_organisations(db)}
    return {
        key: existing.get(fold(name)) or save_organisation(db, clerk, name, kind)
        for key, (name, kind) in wanted.items()
    }


def _round_up(value: Decimal, step: int) -> Decimal:
    return Decimal(max(1, -(-int(value) // step)) * step)


def _donations(db: Database, treasurer: Actor, built: dict, cash, rice, storm, school,
               orgs: dict[str, uuid.UUID]) -> int:  # fmt: skip
    """Enough of every item for what the lists plan, some earmarked, in entries of plausible size."""

    def planned(pid, item):
        return built[pid].totals.get(item, Decimal(0))

    cash_total = _round_up(planned(cash, CASH), 10_000_000)
    rice_tet = _round_up(planned(rice, RICE), 500)
    rice_storm = _round_up(planned(storm, RICE), 500)
    kits = _round_up(planned(school, SCHOOL_KIT), 50)
    entries = [
        # donor, item, quantity, date, source, organisation, earmark, receipt number prefix
        ("Quỹ Vì người nghèo xã", CASH, cash_total * Decimal("0.5"), date(2026, 1, 12),
         "donation", orgs["mttq"], cash, "PT-MTTQ"),
        (BUSINESS, CASH, cash_total * Decimal("0.3"), date(2026, 1, 15), "donation",
         orgs["business"], cash, "PT-MP"),
        ("Hội đồng hương xã tại TP. Hồ Chí Minh", CASH, cash_total * Decimal("0.2"),
         date(2026, 1, 16), "donation", None, None, "PT-HDH"),
        ("Ông Nguyễn Văn Thành (Hà Nội)", CASH, Decimal(5_000_000), date(2026, 1, 17),
         "donation", None, None, "PT-CN"),
        (BUSINESS, RICE, rice_tet, date(2026, 1, 20), "donation", orgs["business"], rice,
         "PN-MP"),
        ("Hội Chữ thập đỏ tỉnh", RICE, Decimal(500), date(2026, 1, 22), "donation", None, None,
         "PN-CTD"),
        ("Cục Dự trữ Nhà nước khu vực (gạo cứu đói)", RICE, rice_storm, date(2026, 10, 10),
         "budget", orgs["committee"], storm, "PN-DTQG"),
        ("Nhóm thiện nguyện Ánh Dương", SCHOOL_KIT, kits, date(2026, 8, 20), "donation", None,
         school, "PN-AD"),
    ]  # fmt: skip
    count = 0
    for donor, item, quantity, on, source, org, earmark, prefix in entries:
        quantity = Decimal(int(quantity))
        limit = max_entry("VND" if item == CASH else "kg")
        part = 0
        while quantity > 0:  # a province-sized demo: several entries of at most the limit
            q = min(quantity, limit)
            part += 1
            record_donation(db, treasurer, DonationDraft(
                donor_name=donor, item_id=item, quantity=q, received_on=on, source=source,
                organisation_id=org, receipt_no=f"{prefix}-{part:03d}", program_id=earmark))  # fmt: skip
            quantity -= q
            count += 1
    record_adjustment(db, treasurer, RICE, Decimal(25), date(2026, 2, 20),
                      "Gạo bị ẩm, không dùng được (biên bản ngày 20/02/2026)")  # fmt: skip
    return count


def _hand_out(db: Database, staff: _Staff, rng: random.Random, cash, rice, storm) -> int:
    """Most rows of one hamlet received, a few by proxy; one receipt wrong and reversed;
    the storm program's receipts meet the households' open rice needs."""
    rows = {pid: list_rows(db, pid, ListQuery(), 0, 100_000) for pid in (cash, rice, storm)}
    by_hamlet = Counter(r.hamlet for pid in (cash, rice) for r in rows[pid])
    if not by_hamlet:
        return 0
    hamlet = by_hamlet.most_common(1)[0][0]
    clerk, treasurer = staff.clerk, staff.treasurer
    count = 0
    days = {cash: date(2026, 2, 6), rice: date(2026, 2, 9), storm: date(2026, 10, 27)}
    reversed_one = False
    for pid in (cash, rice, storm):
        for r in rows[pid]:
            if r.hamlet != hamlet or rng.random() > 0.8:
                continue
            draft = _draft(rng, r, days[pid] + timedelta(days=rng.randrange(3)), clerk)
            if not reversed_one and pid == cash:
                # Typed 100.000 đ short; the treasurer reverses it and it is recorded again.
                wrong = ReceiptDraft(**{**draft.__dict__,
                                        "quantities": {CASH: r.entitled[CASH] - 100_000}})  # fmt: skip
                done = record_receipt(db, clerk, wrong)
                reverse_receipt(db, treasurer, done.receipt_id,
                                "Nhập sai số tiền (thiếu 100.000 đ), nhập lại")  # fmt: skip
                reversed_one = True
                count += 2
            done = record_receipt(db, clerk, draft)
            count += 1
            if done.open_needs and pid == storm:
                mark_needs_met(db, clerk, [n.id for n in done.open_needs], done.receipt_id)
    return count


def _draft(rng: random.Random, r, on: date, clerk: Actor) -> ReceiptDraft:
    handed_by = rng.choice([clerk.full_name, clerk.full_name, "Trưởng thôn Nguyễn Văn Tư"])
    if rng.random() < 0.15:  # collected by a relative or a neighbour, with the proxy's own CCCD
        return ReceiptDraft(
            recipient_id=r.recipient_id, given_on=on, id_type="cccd",
            id_number=f"0{rng.randrange(10**11):011d}", collector="proxy",
            proxy_name=rng.choice(PROXY_NAMES), proxy_relation=rng.choice(PROXY_RELATIONS),
            handed_by=handed_by)  # fmt: skip
    if r.head_id_number:
        kind = "cccd" if len(r.head_id_number) == 12 else "cmnd"
        return ReceiptDraft(recipient_id=r.recipient_id, given_on=on, id_type=kind,
                            id_number=r.head_id_number, handed_by=handed_by)  # fmt: skip
    return ReceiptDraft(recipient_id=r.recipient_id, given_on=on, id_type=None, id_number="",
                        note="Không có CCCD, trưởng thôn xác nhận", handed_by=handed_by)  # fmt: skip
