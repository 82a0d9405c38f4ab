"""Possible same persons on a recipient list (app/services/list_duplicates.py), on a migrated
database: within the list, against another list of the overlap group, decided pairs left out,
and acting on a pair (remove_from_list)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.services import list_duplicates as ld
from app.services import merges, vocab
from app.services import programs as ps
from app.services import recipient_lists as rl
from app.services.households import MemberDraft

CASH = vocab.item_id("cash")
POOR, NEAR_POOR = vocab.category_id("poor"), vocab.category_id("near_poor")


@pytest.fixture
def empty_db(either_empty_db):
    """On SQLite and on PostgreSQL: the lookup is raw SQL, with a form for each."""
    return either_empty_db


def program(db, actor, name, org, categories):
    org_id = ps.save_organisation(db, actor, org, "fatherland_front")
    return ps.save_program(db, actor, ps.ProgramDraft(
        name=name, organisation_id=org_id, funding="budget",
        starts_on=date.today() - timedelta(days=3), overlap_group="Tết 2026",
        categories=categories, norms=[ps.NormDraft(CASH, "per_household", Decimal(500_000))],
    ))  # fmt: skip


@pytest.fixture
def season(db, make_household, hamlets):
    """Two lists of one overlap group: poor households (MTTQ), near-poor ones (Red Cross).
    Bé is registered with her parents and again with her grandmother, without accents; Bình
    with his old CMND in a poor household and with his CCCD in a near-poor one."""
    from app.services.roles import actor_for

    actor = actor_for(db, "tester")
    poor, near = {"category_ids": {POOR}}, {"category_ids": {NEAR_POOR}, "hamlet_id": hamlets[1].id}
    h = {
        "an": make_household("Nguyễn Văn An", household=poor, members=[MemberDraft(
            full_name="Nguyễn Thị Bé", gender="female", birth_date=date(2012, 3, 4),
            relation="child")]),
        "ba": make_household("Đặng Thị Lụa", gender="female", birth_year=1950,
                             household={"category_ids": {POOR}, "hamlet_id": hamlets[1].id},
                             members=[MemberDraft(full_name="Nguyen Thi Be", gender="female",
                                                  birth_date=date(2012, 3, 4),
                                                  relation="grandchild")]),
        "binh": make_household("Trần Văn Bình", birth_date=date(1970, 5, 6),
                               id_number="123456789", household=poor),
        "binh2": make_household("Tran Van Binh", birth_date=date(1970, 5, 6),
                                id_number="026070001234", household=near),
        "other": make_household("Lê Văn Tám", birth_year=1960, household=poor),
    }  # fmt: skip
    mttq = program(db, actor, "Quà Tết 2026", "Ủy ban MTTQ xã", [POOR])
    red = program(db, actor, "Gạo Tết 2026", "Hội Chữ thập đỏ xã", [NEAR_POOR])
    for pid in (mttq, red):
        rl.build_list(db, actor, pid)
    return actor, h, mttq, red


def test_pairs_within_the_list_and_with_the_other_list(db, season):
    actor, h, mttq, red = season
    seen = []
    pairs = ld.possible_same_persons(db, mttq, lambda done, total: seen.append(done) or True)
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)
    by_names = {(x.a.name, x.b.name): x for x in pairs}
    assert set(by_names) == {("Nguyễn Thị Bé", "Nguyen Thi Be"), ("Trần Văn Bình", "Tran Van Binh")}
    be = by_names["Nguyễn Thị Bé", "Nguyen Thi Be"]
    assert be.a.on_this_list and be.b.on_this_list
    assert {be.a.household_code, be.b.household_code} == {h["an"].code, h["ba"].code}
    assert be.a.row_code.startswith(be.a.program.split(" ")[0] + "-")
    assert "cùng họ tên khi bỏ dấu" in be.explanation and "cùng ngày sinh" in be.explanation
    binh = by_names["Trần Văn Bình", "Tran Van Binh"]
    assert binh.a.on_this_list and not binh.b.on_this_list and binh.b.program_id == red
    assert binh.b.household_code == h["binh2"].code and binh.b.program.endswith("Gạo Tết 2026")
    assert "số CCCD khớp năm sinh và giới tính" in binh.explanation
    # From the Red Cross's list only Bình is its concern.
    other_side = ld.possible_same_persons(db, red)
    assert [(x.a.name, x.b.name) for x in other_side] == [("Tran Van Binh", "Trần Văn Bình")]


def test_a_pair_decided_as_different_people_is_not_shown_again(db, season):
    actor, _h, mttq, _red = season
    be = next(x for x in ld.possible_same_persons(db, mttq) if x.a.name == "Nguyễn Thị Bé")
    merges.decide_different(db, actor, be.a.person_id, be.b.person_id, be.score, be.explanation)
    assert [x.a.name for x in ld.possible_same_persons(db, mttq)] == ["Trần Văn Bình"]


def test_removing_one_household_from_the_list_clears_its_pairs(db, season):
    actor, h, mttq, _red = season
    be = next(x for x in ld.possible_same_persons(db, mttq) if x.a.name == "Nguyễn Thị Bé")
    rl.remove_from_list(db, actor, mttq, be.b.household_id, "Bé được ghi ở hộ bà nội")
    assert [x.a.name for x in ld.possible_same_persons(db, mttq)] == ["Trần Văn Bình"]


def test_a_program_in_no_group_compares_its_own_list(db, season, make_household):
    actor, _h, _mttq, _red = season
    solo = ps.save_program(db, actor, ps.ProgramDraft(
        name="Học bổng", organisation_id=ps.list_organisations(db)[0].id, funding="budget",
        starts_on=date.today() - timedelta(days=3), categories=[POOR, NEAR_POOR],
        norms=[ps.NormDraft(CASH, "per_household", Decimal(100_000))]))  # fmt: skip
    rl.build_list(db, actor, solo)
    pairs = ld.possible_same_persons(db, solo)
    assert {(x.a.name, x.b.name) for x in pairs} == {("Nguyễn Thị Bé", "Nguyen Thi Be"),
                                                    ("Trần Văn Bình", "Tran Van Binh")}  # fmt: skip
    assert all(x.a.on_this_list and x.b.on_this_list for x in pairs)
