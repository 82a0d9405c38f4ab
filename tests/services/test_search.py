"""Search (app/search.py through persons.search_persons and households.list_households)."""

from __future__ import annotations

import unicodedata

import pytest

from app.db import open_database
from app.services import office
from app.services.households import (
    HouseholdDraft,
    HouseholdQuery,
    MemberDraft,
    count_households,
    list_households,
    load_household,
    save_household,
    void_household,
)
from app.services.persons import search_persons


def names(db, text, limit=50):
    return sorted(h.full_name for h in search_persons(db, text, limit))


def all_pages(db, query, limit):
    rows, cursor = [], None
    for _ in range(200):
        page = list_households(db, query, cursor, limit=limit)
        assert len(page.rows) <= limit
        rows += page.rows
        if page.cursor is None:
            return rows
        cursor = page.cursor
    raise AssertionError("paging does not end")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """One registry for the tests that only search (built once: setting up costs time)."""
    db = open_database(tmp_path_factory.mktemp("search") / "lalanh.db")
    office.ensure_admin_units(db)
    office.setup_office(db, "tester", "UBND xã Thử Nghiệm", office.list_communes(db, "25")[0].code)
    east = office.add_hamlet(db, "tester", "Thôn Đông").id
    west = office.add_hamlet(db, "tester", "Thôn Tây").id

    def add(name, *, gender="male", birth_year=1980, members=(), hamlet=east, code="", **head):
        draft = HouseholdDraft(code=code, hamlet_id=hamlet, members=[
            MemberDraft(full_name=name, gender=gender, birth_year=birth_year, relation="head",
                        **head), *members])  # fmt: skip
        return save_household(db, "tester", draft).id

    ids = {
        "an": add("Nguyễn Văn An", id_number="026080123456", phone="0912345678"),
        "binh": add("Trần Thị Bình", gender="female", birth_year=1992, id_number="001192654321",
                    code="HN-0042"),
        "dao": add("Đặng Văn Đào", birth_year=1955, id_number="012345678", phone="0387 111 222"),
    }  # fmt: skip
    # 12 Hoàng households, several with more than one Hoàng, some in the west.
    hoang, west_hoang = set(), set()
    givens = ["Bảo", "Cường", "Dũng", "Giang", "Hải", "Khoa", "Long", "Minh", "Nam", "Phúc",
              "Quân"]  # fmt: skip
    for i, given in enumerate(givens):
        extra = [
            MemberDraft(
                full_name=f"Hoàng Thị {g}", gender="female", birth_year=2000 + j, relation="child"
            )
            for j, g in enumerate(["Hoa", "Lan", "Mai"][: i % 4])
        ]
        hamlet = west if i % 3 == 0 else east
        hid = add(f"Hoàng Văn {given}", birth_year=1950 + i, members=extra, hamlet=hamlet)
        hoang.add(hid)
        if hamlet == west:
            west_hoang.add(hid)
    ids["mixed"] = add("Lê Văn Tám", members=[MemberDraft(
        full_name="Hoàng Thị Út", gender="female", birth_year=1990, relation="spouse")])  # fmt: skip
    hoang.add(ids["mixed"])
    yield {"db": db, "ids": ids, "hoang": hoang, "west_hoang": west_hoang, "west": west}
    db.dispose()


@pytest.fixture
def sdb(world):
    return world["db"]


@pytest.mark.parametrize(
    "text",
    [
        "nguyen van a",
        "Nguyễn Văn A",
        "NGUYEN",
        "nguyễn",
        "Nguye\u0302\u0303n Va\u0306n",  # typed with combining marks (NFD)
        unicodedata.normalize("NFD", "NGUYỄN VĂN AN"),
        "van an",
        "an nguyen",  # any word order
        "  nguyen   van  ",
    ],
)
def test_names_are_found_whatever_the_accents_case_or_normalisation(sdb, text):
    assert names(sdb, text) == ["Nguyễn Văn An"]


def test_d_stroke_is_folded(sdb):
    assert names(sdb, "dang van dao") == ["Đặng Văn Đào"]
    assert names(sdb, "ĐẶNG") == ["Đặng Văn Đào"]
    assert names(sdb, "\u00d0ặng") == ["Đặng Văn Đào"]  # Icelandic eth pasted in


def test_words_must_all_match(sdb):
    assert names(sdb, "nguyen binh") == []
    assert names(sdb, "van a") == ["Nguyễn Văn An"]
    assert names(sdb, "thi ut") == ["Hoàng Thị Út"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("026080123456", "Nguyễn Văn An"),  # full CCCD
        ("0260801", "Nguyễn Văn An"),  # CCCD prefix
        ("00119", "Trần Thị Bình"),
        ("012345678", "Đặng Văn Đào"),  # CMND
        ("0912345678", "Nguyễn Văn An"),  # phone
        ("091234", "Nguyễn Văn An"),  # phone prefix
        ("0387111222", "Đặng Văn Đào"),  # phone stored without its spaces
        ("HN-0042", "Trần Thị Bình"),  # household code
        ("hn 0042", "Trần Thị Bình"),
    ],
)
def test_search_by_id_phone_and_household_code(sdb, text, expected):
    assert names(sdb, text) == [expected]


def test_search_by_numeric_household_code(sdb, world):
    code = load_household(sdb, world["ids"]["an"]).code
    assert code.isdigit()
    hits = [(h.full_name, h.household_code, h.id_number) for h in search_persons(sdb, code)]
    assert hits == [("Nguyễn Văn An", code, "026080123456")]


def test_hits_carry_household_and_hamlet(sdb, world):
    [hit] = search_persons(sdb, "Trần Thị Bình")
    assert hit.household_id == world["ids"]["binh"]
    assert (hit.household_code, hit.hamlet, hit.relation, hit.birth_year) == (
        "HN-0042",
        "Thôn Đông",
        "head",
        1992,
    )


def test_nothing_to_search_finds_nothing(sdb):
    assert search_persons(sdb, "") == []
    assert search_persons(sdb, "  ") == []
    assert search_persons(sdb, "!!! ???") == []
    assert search_persons(sdb, 'nguyen" OR "tran') == []  # quotes are not query syntax
    assert search_persons(sdb, "NOT nguyen") == []
    assert names(sdb, "khong co ai") == []


def test_search_persons_limit(sdb):
    assert len(search_persons(sdb, "hoang", limit=3)) == 3
    heads, children, spouse = 11, sum(i % 4 for i in range(11)), 1
    assert len(search_persons(sdb, "hoang", limit=500)) == heads + children + spouse


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 12, 100])
def test_search_pages_give_every_matching_household_exactly_once(sdb, world, limit):
    ids = [r.id for r in all_pages(sdb, HouseholdQuery(text="hoang"), limit)]
    assert len(ids) == len(set(ids)), "a household came twice"
    assert set(ids) == world["hoang"]
    assert count_households(sdb, HouseholdQuery(text="hoang")) == len(world["hoang"])


def test_search_row_names_the_member_that_matched(sdb):
    [row] = all_pages(sdb, HouseholdQuery(text="hoang thi ut"), 10)
    assert row.head_name == "Lê Văn Tám"
    assert row.matched == "Hoàng Thị Út (Vợ/chồng)"  # with the relation to the head
    assert count_households(sdb, HouseholdQuery(text="hoang thi ut")) == 1


def test_search_with_a_hamlet_filter(sdb, world):
    query = HouseholdQuery(text="hoang", hamlet_id=world["west"])
    assert {r.id for r in all_pages(sdb, query, 2)} == world["west_hoang"]
    assert count_households(sdb, query) == len(world["west_hoang"])


# --- searches after changes (each with its own database) -------------------------


def test_voided_persons_are_not_found(db, make_household):
    an = make_household("Nguyễn Văn An", id_number="026080123456", phone="0912345678")
    make_household("Đặng Văn Đào", birth_year=1955)
    void_household(db, "tester", an.id, "chuyển đi")
    assert names(db, "nguyen van an") == []
    assert names(db, "026080123456") == []
    assert names(db, "0912345678") == []
    assert names(db, "van") == ["Đặng Văn Đào"]
    assert count_households(db, HouseholdQuery(text="nguyen")) == 0
    assert list_households(db, HouseholdQuery(text="nguyen")).rows == []


def test_edited_and_removed_members_are_searched_as_they_are_now(db, make_household):
    saved = make_household("Trần Thị Bình", gender="female")
    draft = load_household(db, saved.id)
    draft.members.append(MemberDraft(full_name="Trần Văn Cường", gender="male", birth_year=2015,
                                     relation="child"))  # fmt: skip
    save_household(db, "tester", draft)
    assert names(db, "cuong") == ["Trần Văn Cường"]
    draft = load_household(db, saved.id)
    child = next(m for m in draft.members if m.full_name == "Trần Văn Cường")
    child.full_name = "Trần Văn Lương"
    save_household(db, "tester", draft)
    assert names(db, "cuong") == []
    assert names(db, "tran van luong") == ["Trần Văn Lương"]
    draft = load_household(db, saved.id)
    child = next(m for m in draft.members if m.full_name == "Trần Văn Lương")
    child.removed, child.remove_reason = True, "đăng ký nhầm"
    save_household(db, "tester", draft)
    assert names(db, "luong") == []


def test_a_changed_household_code_is_found(db, make_household):
    saved = make_household("Nguyễn Văn An")
    draft = load_household(db, saved.id)
    draft.code = "HN-0077"
    save_household(db, "tester", draft)
    assert names(db, "HN-0077") == ["Nguyễn Văn An"]
    assert names(db, saved.code) == []


def test_numbers_typed_in_groups_are_found(db, make_household):
    from app.services.persons import search_persons

    make_household("Nguyễn Văn An", id_number="001080123456", phone="0912345678")
    for typed in ("0912 345 678", "+84 912 345 678", "0912.345", "001 080 123456", "001080"):
        assert [h.full_name for h in search_persons(db, typed)] == ["Nguyễn Văn An"], typed


def test_search_count_stops_at_the_cap(db):
    from app.services.demo import generate_demo
    from app.services.households import HouseholdQuery, count_households

    generate_demo(db, households=120, seed=4)
    query = HouseholdQuery(text="nguyen")
    exact = count_households(db, query)
    assert exact > 11
    assert count_households(db, query, cap=10) == 11  # "more than 10"
    assert count_households(db, query, cap=exact) == exact
