"""An aid season set up through the services, for the Distribution, Donations and household tests.

Households: An (poor, 3 persons, CCCD), Dung (poor, 2 persons, one away, CCCD), Giang
(near-poor, 1 person, CCCD, an open rice need), Lan (near-poor, 1 person, no ID on record).
Programs, both approved: P0001 cash of the Fatherland Front (1.000.000 đ a poor person,
500.000 đ a near-poor one), P0002 rice of the Red Cross (15 kg a person). In stock:
20.000.000 đ (budget) and 500 kg of rice (a donation).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.services import vocab
from app.services.households import MemberDraft, NeedDraft
from app.services.ledger import DonationDraft, record_donation
from app.services.programs import NormDraft, ProgramDraft, save_organisation, save_program
from app.services.recipient_lists import ListQuery, advance_list, build_list, list_rows
from app.services.roles import actor_for, save_user

CASH, RICE = vocab.item_id("cash"), vocab.item_id("rice")
POOR, NEAR_POOR = vocab.category_id("poor"), vocab.category_id("near_poor")
TODAY = date.today()


@dataclass
class Season:
    cash: object  # program ids
    rice: object
    households: dict  # name → SavedHousehold

    def code(self, db, program_id, name: str) -> str:
        """The list code of a household on a program's list."""
        return self.row(db, program_id, name).code

    def row(self, db, program_id, name: str):
        household_code = self.households[name].code
        return next(r for r in list_rows(db, program_id, ListQuery())
                    if r.household_code == household_code)  # fmt: skip


def add_staff(db) -> dict:
    admin = actor_for(db, "tester")  # the first user is the administrator
    save_user(admin, db, "clerk", "Lê Thị Nhập", ["data_entry"])
    save_user(admin, db, "treasurer", "Phạm Văn Quỹ", ["accountant"])
    return {u: actor_for(db, u) for u in ("tester", "clerk", "treasurer")}


def make_season(db, make_household, donations: bool = True) -> Season:
    staff = add_staff(db)
    admin = staff["tester"]
    member = MemberDraft
    households = {
        "an": make_household("Nguyễn Văn An", id_type="cccd", id_number="026080123456",
                             members=[member(full_name="Nguyễn Thị Bình", relation="spouse", gender="female",
                                             birth_year=1982),
                                      member(full_name="Nguyễn Văn Cường", relation="child", gender="male",
                                             birth_year=2010)],
                             household={"category_ids": {POOR}}),
        "dung": make_household("Trần Thị Dung", gender="female", birth_year=1975, id_type="cccd",
                               id_number="026175000111",
                               members=[member(full_name="Trần Văn Em", relation="child", gender="male",
                                               birth_year=2000, residence_status="away")],
                               household={"category_ids": {POOR}}),
        "giang": make_household("Lê Văn Giang", id_type="cccd", id_number="026080999888", household={
            "category_ids": {NEAR_POOR},
            "needs": [NeedDraft(kind="rice", quantity=Decimal(20), unit="kg", assessed_by="Trưởng thôn")]}),
        "lan": make_household("Đỗ Thị Lan", gender="female", birth_year=1950,
                              household={"category_ids": {NEAR_POOR}}),
    }  # fmt: skip
    mttq = save_organisation(db, admin, "Ủy ban MTTQ xã", "fatherland_front")
    red_cross = save_organisation(db, admin, "Hội Chữ thập đỏ xã", "red_cross")
    cash = save_program(db, admin, ProgramDraft(
        name="Hỗ trợ Tết — tiền mặt", organisation_id=mttq, funding="budget",
        starts_on=TODAY - timedelta(days=10), overlap_group="Tết", categories=[POOR, NEAR_POOR],
        norms=[NormDraft(CASH, "per_person", Decimal(500_000), {POOR: Decimal(1_000_000)})]))  # fmt: skip
    rice = save_program(db, admin, ProgramDraft(
        name="Gạo cứu đói", organisation_id=red_cross, funding="donations",
        starts_on=TODAY - timedelta(days=10), overlap_group="Tết", categories=[POOR, NEAR_POOR],
        norms=[NormDraft(RICE, "per_person", Decimal(15))]))  # fmt: skip
    for pid in (cash, rice):
        build_list(db, admin, pid)
        advance_list(db, admin, pid)
        advance_list(db, admin, pid)
    if donations:
        record_donation(db, admin, DonationDraft(donor_name="Ngân sách xã", item_id=CASH,
                                                 quantity=Decimal(20_000_000), received_on=TODAY,
                                                 source="budget", receipt_no="PT-001"))  # fmt: skip
        record_donation(db, admin, DonationDraft(donor_name="Công ty Minh Phát", item_id=RICE,
                                                 quantity=Decimal(500), received_on=TODAY,
                                                 receipt_no="PT-002"))  # fmt: skip
    return Season(cash, rice, households)
