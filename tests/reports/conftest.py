"""A season with known totals, built through the services, for the report tests.

Five households (Thôn Đông: An, Cúc, Em; Thôn Tây: Bình, Dũng):
- An: poor, 3 persons, CCCD 026080123456; Bình: poor, 2 persons; Cúc: near-poor, 1 person, an
  open rice need of 20 kg; Dũng: no category, 4 persons, an open cash need of 1.000.000 đ;
  Em: a member with meritorious service, on no list.
- P0001 cash (Tết 2026): 1.000.000 đ per person for the poor, 500.000 đ for the near-poor:
  An 3.000.000, Bình 2.000.000, Cúc 500.000 planned. An given on D1, Bình on D2, Cúc given on D2
  and reversed (today).
- P0002 rice (Tết 2026): 10 kg per person for the poor: An 30 kg given on D1; Bình 20 kg
  planned, not given.
- P0003 cash (Tết 2026): 200.000 đ per household for the poor: An given on D2 — a second cash
  gift in the group (the duplicate report).
- Donations: Công ty Minh Phát 10.000.000 đ earmarked for P0001 (D1); Quỹ Vì người nghèo
  5.000.000 đ not earmarked (D1); Hội Chữ thập đỏ tỉnh 100 kg rice earmarked for P0002 (D1).
  5 kg of rice spoilt (adjustment, D2).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.db import open_database
from app.i18n import set_language
from app.services import office, vocab
from app.services.distribution import ReceiptDraft, record_receipt, reverse_receipt
from app.services.households import HouseholdDraft, MemberDraft, NeedDraft, save_household
from app.services.ledger import DonationDraft, record_adjustment, record_donation
from app.services.programs import NormDraft, ProgramDraft, save_organisation, save_program
from app.services.recipient_lists import advance_list, build_list, list_rows
from app.services.roles import actor_for, save_user
from tests.conftest import set_up_office

CASH, RICE = vocab.item_id("cash"), vocab.item_id("rice")
POOR, NEAR_POOR = vocab.category_id("poor"), vocab.category_id("near_poor")
MERIT = vocab.category_id("meritorious")
TODAY = date.today()
START = TODAY - timedelta(days=60)
D1 = TODAY - timedelta(days=40)
D2 = TODAY - timedelta(days=5)


@dataclass
class Season:
    programs: dict  # code → id
    households: dict  # name → SavedHousehold
    hamlets: list


def _member(name, relation="child", **kw):
    kw.setdefault("birth_year", 2010)
    kw.setdefault("gender", "female")
    return MemberDraft(full_name=name, relation=relation, **kw)


def _household_maker(db, hamlets):
    """tests/conftest.py's `make_household`, outside a test (the season is built once)."""

    def make(name, *, members=(), household=None, **head):
        head.setdefault("gender", "male")
        head.setdefault("birth_year", 1980)
        draft = HouseholdDraft(hamlet_id=hamlets[0].id,
                               members=[MemberDraft(full_name=name, relation="head", **head), *members])  # fmt: skip
        for key, value in (household or {}).items():
            setattr(draft, key, value)
        return save_household(db, "tester", draft)

    return make


def build_season(db) -> Season:
    """The scenario of this module's docstring, through the services, on `db` (office set up)."""
    hamlets = office.list_hamlets(db)
    make_household = _household_maker(db, hamlets)
    admin = actor_for(db, "tester")
    for username, name, roles in [("clerk", "Lê Thị Nhập", ["data_entry"]),
                                  ("treasurer", "Phạm Văn Quỹ", ["accountant"]),
                                  ("chair", "Trần Văn Duyệt", ["approver"])]:  # fmt: skip
        save_user(admin, db, username, name, roles)
    clerk, treasurer, chair = (actor_for(db, u) for u in ("clerk", "treasurer", "chair"))
    dong, tay = hamlets[0].id, hamlets[1].id
    hh = {
        "an": make_household("Nguyễn Văn An", id_type="cccd", id_number="026080123456",
                             members=[_member("Nguyễn Thị Bích", "spouse", birth_year=1982),
                                      _member("Nguyễn Văn Cường", gender="male")],
                             household={"category_ids": {POOR}, "hamlet_id": dong}),
        "binh": make_household("Trần Văn Bình", members=[_member("Trần Thị Duyên")],
                               household={"category_ids": {POOR}, "hamlet_id": tay}),
        "cuc": make_household("Lê Thị Cúc", gender="female", household={
            "category_ids": {NEAR_POOR}, "hamlet_id": dong,
            "needs": [NeedDraft(kind="rice", quantity=Decimal(20), unit="kg", assessed_by="Trưởng thôn")]}),
        "dung": make_household("Phạm Văn Dũng", members=[_member("Phạm Thị Gấm"), _member("Phạm Văn Hùng"),
                                                         _member("Phạm Thị Yến")],
                               household={"hamlet_id": tay, "needs": [NeedDraft(
                                   kind="cash", quantity=Decimal(1_000_000), unit="VND", urgency="high",
                                   assessed_by="Trưởng thôn")]}),
        "em": make_household("Hoàng Văn Em", members=[
            _member("Hoàng Văn Phú", "parent", birth_year=1948, gender="male", category_ids={MERIT})],
            household={"hamlet_id": dong}),
    }  # fmt: skip
    org = save_organisation(db, clerk, "Ủy ban MTTQ xã", "fatherland_front")

    def program(name, norms, categories):
        pid = save_program(db, clerk, ProgramDraft(
            name=name, organisation_id=org, funding="donations", starts_on=START,
            overlap_group="Tết 2026", categories=categories, norms=norms))  # fmt: skip
        build_list(db, clerk, pid)
        advance_list(db, clerk, pid)
        advance_list(db, chair, pid)
        return pid

    p1 = program("Quà Tết tiền mặt", [NormDraft(CASH, "per_person", Decimal(500_000),
                                                {POOR: Decimal(1_000_000)})], [POOR, NEAR_POOR])  # fmt: skip
    p2 = program("Gạo Tết", [NormDraft(RICE, "per_person", Decimal(10))], [POOR])
    p3 = program("Quà Tết của Hội", [NormDraft(CASH, "per_household", Decimal(200_000))], [POOR])
    record_donation(db, treasurer, DonationDraft("Công ty TNHH Minh Phát", CASH, Decimal(10_000_000),
                                                 D1, program_id=p1))  # fmt: skip
    record_donation(
        db, treasurer, DonationDraft("Quỹ Vì người nghèo", CASH, Decimal(5_000_000), D1)
    )
    record_donation(db, treasurer, DonationDraft("Hội Chữ thập đỏ tỉnh", RICE, Decimal(100), D1,
                                                 program_id=p2))  # fmt: skip
    record_adjustment(db, treasurer, RICE, Decimal(5), D2, "Gạo bị ẩm mốc")

    def give(pid, name, when):
        row = next(r for r in list_rows(db, pid) if r.household_id == hh[name].id)
        return record_receipt(db, clerk, ReceiptDraft(
            recipient_id=row.recipient_id, given_on=when, handed_by="Lê Thị Nhập",
            id_type=None, note="Người già, không mang giấy tờ"))  # fmt: skip

    give(p1, "an", D1)
    give(p1, "binh", D2)
    wrong = give(p1, "cuc", D2)
    reverse_receipt(db, treasurer, wrong.receipt_id, "Nhầm hộ")
    give(p2, "an", D1)
    give(p3, "an", D2)
    return Season({"P0001": p1, "P0002": p2, "P0003": p3}, hh, hamlets)


@pytest.fixture(scope="session")
def _sqlite_season(tmp_path_factory, _migrated_template):
    """The season built once into an SQLite file; each test gets a copy (~0.02 s, against
    ~1.3 s to build it)."""
    folder = tmp_path_factory.mktemp("season")
    path = folder / "lalanh.db"
    shutil.copyfile(_migrated_template, path)
    return path, _built(str(path), folder)


@pytest.fixture(scope="session")
def _postgresql_season(tmp_path_factory, pg_server):
    """The season built once into a PostgreSQL database; each test gets a copy made by
    CREATE DATABASE … TEMPLATE."""
    url = pg_server.new_database()
    return url, _built(url, tmp_path_factory.mktemp("season"))


def _built(url: str, folder) -> Season:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LALANH_DATA_DIR", str(folder / "data"))
        set_language("vi")
        db = open_database(url)
        try:
            set_up_office(db)
            return build_season(db)
        finally:
            db.dispose()  # SQLite: the WAL checkpointed into the file; PostgreSQL: no one left


@pytest.fixture(params=["sqlite", "postgresql"])
def _seasoned(request, data_dir):
    """A database of the test's own holding the season, on each backend: the reports are
    the same SQL on SQLite and on PostgreSQL (issue 8), so every test here runs on both."""
    where, season = request.getfixturevalue(f"_{request.param}_season")
    if request.param == "sqlite":
        data_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(where, data_dir / "lalanh.db")
        db = open_database(data_dir / "lalanh.db")
        yield db, season
        db.dispose()
    else:
        server = request.getfixturevalue("pg_server")
        url = server.new_database(template=where)
        db = open_database(url)
        yield db, season
        db.dispose()
        server.drop_database(url)


@pytest.fixture
def db(_seasoned):
    """Here every database already holds the season (`season` gives its ids)."""
    return _seasoned[0]


@pytest.fixture
def season(request, db) -> Season:
    """The season's ids. In tests/reports `db` holds it already (a copy); a test module
    elsewhere that imports this fixture gets it built on its own `db`."""
    if "_seasoned" in request.fixturenames:
        return request.getfixturevalue("_seasoned")[1]
    return build_season(db)


@pytest.fixture
def documents_ready(db):
    """The office details a report needs (issuing body, place name), as Settings saves them."""
    from app.services import office_documents

    doc = office_documents.load(db)
    assert doc.issuing_body and doc.place_name  # the defaults from the office's unit
    return doc
