"""The engine on lists and on a real migrated registry: find_pairs, scan, check, thresholds."""

from __future__ import annotations

from datetime import date

import pytest

from app.dedup import PersonFacts, Thresholds
from app.dedup.engine import check, find_pairs, save_thresholds, scan, thresholds
from app.errors import Cancelled, UserError
from app.services.households import MemberDraft
from app.services.merges import decide_different, merge
from app.services.roles import Actor

ADMIN = Actor("tester", "Người Thử", frozenset({"admin"}))
CLERK = Actor("clerk", "Cán Bộ", frozenset({"data_entry"}))


def facts(name, year=1985, **kw) -> PersonFacts:
    kw.setdefault("gender", "female")
    return PersonFacts(id=kw.pop("id", None), full_name=name, birth_year=year, **kw)


# --- find_pairs ------------------------------------------------------------------------------


def test_find_pairs_in_a_file_strongest_first(english):
    rows = [
        facts("Nguyễn Thị Hằng", birth_date=date(1985, 3, 4), id_number="026185001234", row=2),
        facts("Trần Văn Bình", 1970, gender="male", row=3),
        facts("Hằng Nguyễn Thị", birth_date=date(1985, 3, 4), row=4),
        facts("NGUYEN THI HANG", id_number="026185001234", row=5),
        facts("Trần Văn Bình", 1972, gender="male", row=6),  # born 2 years apart: not a pair
    ]
    found = find_pairs(rows)
    assert [(c.a.row, c.b.row, c.score) for c in found] == [(2, 5, 100), (2, 4, 71)]
    assert found[1].explanation == "same name, words in another order, same birth date"
    assert found[0].level == "suggest" and found[1].level == "review"


def test_find_pairs_one_letter_typo_in_the_given_name_meets():
    rows = [
        facts("Lê Thị Thảo", birth_date=date(1990, 1, 2)),
        facts("Lê Thị Thỏa", birth_date=date(1990, 1, 2)),
    ]
    (c,) = find_pairs(rows)
    assert [r.code for r in c.reasons] == ["name_one_letter", "same_birth_date"]


def test_find_pairs_reports_progress_and_cancels():
    rows = [facts("Nguyễn Thị Hằng")] * 3
    seen = []
    find_pairs(rows, progress=lambda d, t: seen.append((d, t)) or True)
    assert seen[0] == (0, 100) and seen[-1] == (100, 100)
    assert all(0 <= d <= t for d, t in seen)
    with pytest.raises(Cancelled):
        find_pairs(rows, progress=lambda d, t: False)


# --- the registry ----------------------------------------------------------------------------


@pytest.fixture
def registry(db, make_household, hamlets):
    """Four households: a woman registered twice (CCCD and, elsewhere, her old CMND), twins,
    a father and son of one name, and a namesake born a year apart with another CCCD."""
    a = make_household("Nguyễn Thị Hằng", gender="female", birth_date=date(1985, 3, 4),
                       id_number="026185001234")  # fmt: skip
    b = make_household(
        "Trần Văn Bình", gender="male", birth_year=1980,
        members=[
            MemberDraft(full_name="Nguyen Thi Hang", relation="other", gender="female",
                        birth_year=1985, id_number="261234567"),
            MemberDraft(full_name="Trần Văn Minh", relation="child", gender="male",
                        birth_date=date(2015, 6, 1)),
            MemberDraft(full_name="Trần Văn Mạnh", relation="child", gender="male",
                        birth_date=date(2015, 6, 1)),
        ],
        household={"hamlet_id": hamlets[1].id},
    )  # fmt: skip
    c = make_household(
        "Lê Văn Nam", gender="male", birth_year=1955, id_number="026055001234",
        members=[MemberDraft(full_name="Lê Văn Nam", relation="child", gender="male",
                             birth_year=1983, id_number="026083004321")],
    )  # fmt: skip
    d = make_household("Nguyễn Thị Hằng", gender="female", birth_year=1986,
                       id_number="026186005555")  # fmt: skip
    # Her old CMND arrives later (as from another office's bundle, which the form would refuse).
    import sqlalchemy as sa

    with db.write("tester") as s:
        s.execute(sa.text("UPDATE person SET old_id_number = '261234567' "
                          "WHERE id_number = '026185001234'"))  # fmt: skip
    return db, a, b, c, d


def test_scan_finds_the_cmnd_cccd_pair_only(registry, english):
    db = registry[0]
    found = scan(db)
    assert [(c.a.full_name, c.b.full_name) for c in found] in (
        [("Nguyễn Thị Hằng", "Nguyen Thi Hang")],
        [("Nguyen Thi Hang", "Nguyễn Thị Hằng")],
    )
    (c,) = found
    assert "CCCD matches the old CMND" in c.explanation
    assert {c.a.hamlet, c.b.hamlet} == {"Thôn Đông", "Thôn Tây"}
    assert c.a.household_code and c.b.household_code and c.a.id and c.b.household_id
    assert c.score >= Thresholds().suggest


def test_scan_leaves_out_decided_pairs_and_merged_persons(registry):
    db = registry[0]
    (c,) = scan(db)
    decide_different(db, ADMIN, c.a.id, c.b.id, c.score, c.explanation)
    assert scan(db) == []
    # A lower threshold shows the twins; merging them leaves the merged one out of every scan.
    low = Thresholds(suggest=90, review=5)
    twins = [
        x
        for x in scan(db, low)
        if {x.a.full_name, x.b.full_name} == {"Trần Văn Minh", "Trần Văn Mạnh"}
    ]
    assert len(twins) == 1 and "twins" in [r.code for r in twins[0].reasons]
    merge(db, ADMIN, twins[0].a.id, twins[0].b.id)
    names = {n for x in scan(db, low) for n in (x.a.full_name, x.b.full_name)}
    assert not {"Trần Văn Minh", "Trần Văn Mạnh"} <= names


def test_scan_progress_and_cancel(registry):
    db = registry[0]
    seen = []
    scan(db, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 100) and seen[-1] == (100, 100)
    with pytest.raises(Cancelled):
        scan(db, progress=lambda d, t: d < 20)


def test_check_one_person_against_the_registry(registry, english):
    db = registry[0]
    typed = facts("Nguyễn T. Hằng", birth_date=date(1985, 3, 4))
    found = check(db, typed)
    assert found and all(c.a is typed for c in found)
    assert found[0].b.full_name == "Nguyễn Thị Hằng" and found[0].b.birth_date == date(1985, 3, 4)
    assert found[0].explanation.startswith("name abbreviated (T. for Thị), same birth date")
    # By the old CMND alone, whatever the name.
    by_id = check(db, facts("Nguyễn Thị Hằng", 1985, id_number="261234567"))
    assert {c.b.full_name for c in by_id} == {"Nguyễn Thị Hằng", "Nguyen Thi Hang"}
    # A CCCD with one digit mistyped.
    typo = check(db, facts("Nguyễn Thị Hằng", 1985, id_number="026185001239"))
    assert typo[0].b.id_number == "026185001234"
    assert "CCCD differs by one digit" in typo[0].explanation
    # Found by its first digits alone (a name typed quite differently), though not shown.
    low = Thresholds(90, 1)
    assert "026185001234" in {
        c.b.id_number for c in check(db, facts("Hoa", 1985, id_number="026185001239"), low)
    }
    # A typo in the given name, swapped order, no birth date.
    assert (
        check(db, facts("Hăng Nguyễn Thị", birth_date=date(1985, 3, 4)))[0].b.full_name
        == "Nguyễn Thị Hằng"
    )


def test_check_leaves_out_the_person_itself_and_respects_limit(registry):
    db = registry[0]
    (c,) = scan(db)
    me = c.a
    assert all(x.b.id != me.id for x in check(db, me))
    typed = facts("Nguyễn Thị Hằng", 1985)
    three = check(db, typed, Thresholds(90, 1))
    assert [c.score for c in three] == [55, 53, 45]  # same name 40 / without accents 38, years
    assert check(db, typed, Thresholds(90, 1), limit=2) == three[:2]


def test_check_without_birth_year_uses_the_name(registry):
    db = registry[0]
    found = check(db, PersonFacts(None, "Nguyễn Thị Hằng", birth_date=date(1985, 3, 4)))
    assert found[0].b.full_name == "Nguyễn Thị Hằng"
    found = check(db, PersonFacts(None, "Trần Văn Bình", gender="male"), Thresholds(90, 30))
    assert [c.b.full_name for c in found] == ["Trần Văn Bình"]


# --- thresholds --------------------------------------------------------------------------------


def test_thresholds_saved_by_an_administrator(db):
    assert thresholds(db) == Thresholds(85, 65)
    save_thresholds(db, ADMIN, Thresholds(90, 60))
    assert thresholds(db) == Thresholds(90, 60)
    save_thresholds(db, ADMIN, Thresholds(80, 70))
    assert thresholds(db) == Thresholds(80, 70)
    with pytest.raises(UserError):
        save_thresholds(db, CLERK, Thresholds(85, 65))
    for bad in (Thresholds(60, 60), Thresholds(101, 65), Thresholds(85, 0), Thresholds(50, 70)):
        with pytest.raises(UserError):
            save_thresholds(db, ADMIN, bad)
    assert thresholds(db) == Thresholds(80, 70)


def test_scan_uses_the_saved_thresholds(registry):
    db = registry[0]
    save_thresholds(db, ADMIN, Thresholds(99, 98))
    assert [c.score for c in scan(db)] == [] or all(c.score >= 98 for c in scan(db))
    save_thresholds(db, ADMIN, Thresholds(95, 5))
    assert len(scan(db)) > 1
