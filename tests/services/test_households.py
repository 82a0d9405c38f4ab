"""app/services/households.py: drafts, validation, save/load, void, listing."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import UserError
from app.ids import uuid7
from app.models import Household, Need, Person
from app.services import households as hh
from app.services import office
from app.services.households import (
    HouseholdDraft,
    HouseholdQuery,
    MemberDraft,
    NeedDraft,
    count_households,
    list_households,
    load_household,
    new_household_draft,
    save_household,
    validate_household,
    void_household,
)

TODAY = date(2026, 11, 27)
HAMLET = uuid7()  # for rules that need no database: any hamlet id will do


def member(name="Nguyễn Văn An", **kw) -> MemberDraft:
    kw.setdefault("gender", "male")
    kw.setdefault("birth_year", 1980)
    kw.setdefault("relation", "head")
    return MemberDraft(full_name=name, **kw)


def fields(err: UserError) -> set[tuple[str, int | None]]:
    return {(e.field, e.member) for e in err.field_errors}


def persons(db, household_id):
    with db.read() as s:
        return list(s.scalars(sa.select(Person).where(Person.household_id == household_id)))


def all_pages(db, query, limit):
    rows, cursor, pages = [], None, 0
    while True:
        page = list_households(db, query, cursor, limit=limit)
        rows += page.rows
        pages += 1
        assert pages < 100, "paging does not end"
        if page.cursor is None:
            return rows
        cursor = page.cursor


# --- drafts and codes ---------------------------------------------------------


def test_new_draft_has_the_next_code_and_a_head(db, make_household):
    draft = new_household_draft(db)
    assert draft.code == "000001"
    assert [m.relation for m in draft.members] == ["head"]
    make_household("Nguyễn Văn An")
    make_household("Trần Văn Bình", household={"code": "HN-01"})  # not numeric: ignored
    assert new_household_draft(db).code == "000002"
    make_household("Lê Văn Cường", household={"code": "000999"})
    assert new_household_draft(db).code == "001000"


def test_an_empty_code_gets_the_next_one_at_save(db, make_household):
    assert make_household("Nguyễn Văn An").code == "000001"
    assert make_household("Trần Văn Bình").code == "000002"


def test_a_code_already_used_is_refused(db, make_household, english, row_counts):
    make_household("Nguyễn Văn An", household={"code": "000007"})
    before = row_counts()
    with pytest.raises(UserError, match="000007 is already used"):
        make_household("Trần Văn Bình", household={"code": "000007"})
    assert row_counts() == before


# --- save and load ------------------------------------------------------------


def test_save_and_load_round_trip(db, hamlets):
    cats = {c.code: c.id for c in office.list_categories(db)}
    draft = HouseholdDraft(
        hamlet_id=hamlets[1].id, address="Số 12, ngõ 3", phone="+84 912 345 678",
        note="Nhà tạm", category_ids={cats["poor"]},
        members=[
            member("Nguye\u0302\u0303n Va\u0306n An", birth_date=date(1980, 5, 6), birth_year=None,
                   id_number="026 080 123 456", phone="0987 654 321",
                   category_ids={cats["meritorious"]}),
            member("Lê Thị Hoa", gender="female", birth_year=1985, relation="spouse",
                   id_number="012345678", residence_status="temporary"),
        ],
        needs=[NeedDraft(kind="rice", quantity=Decimal("12.5"), unit="kg", urgency="high",
                         assessed_on=date(2026, 11, 20), assessed_by="Trưởng thôn")],
    )  # fmt: skip
    saved = save_household(db, "tester", draft)
    loaded = load_household(db, saved.id)
    assert (loaded.id, loaded.code, loaded.hamlet_id) == (saved.id, saved.code, hamlets[1].id)
    assert (loaded.address, loaded.phone, loaded.note) == ("Số 12, ngõ 3", "0912345678", "Nhà tạm")
    assert loaded.category_ids == {cats["poor"]}
    assert loaded.version == 1 and not loaded.voided
    head, spouse = loaded.members
    assert head.full_name == "Nguyễn Văn An"
    assert unicodedata.is_normalized("NFC", head.full_name)
    assert (head.birth_date, head.birth_year) == (date(1980, 5, 6), 1980)
    assert (head.id_type, head.id_number, head.phone) == ("cccd", "026080123456", "0987654321")
    assert head.category_ids == {cats["meritorious"]}
    assert (spouse.full_name, spouse.id_type, spouse.id_number) == ("Lê Thị Hoa", "cmnd",
                                                                   "012345678")  # fmt: skip
    assert (spouse.birth_date, spouse.birth_year) == (None, 1985)
    assert spouse.residence_status == "temporary"
    [need] = loaded.needs
    assert (need.kind, need.quantity, need.unit, need.urgency) == ("rice", Decimal("12.5"), "kg",
                                                                   "high")  # fmt: skip
    stored = {p.full_name: p for p in persons(db, saved.id)}
    assert stored["Nguyễn Văn An"].name_folded == "nguyen van an"


def test_nfd_name_is_stored_nfc(db, make_household):
    saved = make_household("Tra\u0302\u0300n Thi\u0323 Thu\u0309y", gender="female")
    [p] = persons(db, saved.id)
    assert p.full_name == "Trần Thị Thủy" == unicodedata.normalize("NFC", p.full_name)
    assert p.name_folded == "tran thi thuy"


def test_control_characters_never_reach_the_database(db, make_household):
    saved = make_household("Nguyễn\tVăn\x00An\r\n", household={"address": "Số 1\x0bThôn Đông"})
    [p] = persons(db, saved.id)
    assert p.full_name == "Nguyễn Văn An"
    assert load_household(db, saved.id).address == "Số 1 Thôn Đông"


def test_edit_keeps_ids_and_bumps_the_version(db, make_household):
    saved = make_household("Nguyễn Văn An", id_number="026080123456")
    draft = load_household(db, saved.id)
    person_id = draft.members[0].id
    draft.members[0].full_name = "Nguyễn Văn Ân"
    draft.members.append(member("Nguyễn Văn Bình", birth_year=2010, relation="child"))
    save_household(db, "tester", draft)  # its own ID number is no clash
    again = load_household(db, saved.id)
    assert again.version == 2
    assert again.members[0].id == person_id
    assert [m.full_name for m in again.members] == ["Nguyễn Văn Ân", "Nguyễn Văn Bình"]


def test_the_head_can_be_handed_over(db, make_household):
    saved = make_household(
        "Nguyễn Văn An", members=[member("Lê Thị Hoa", gender="female", relation="spouse")]
    )
    draft = load_household(db, saved.id)
    draft.members[0].relation, draft.members[1].relation = "spouse", "head"
    save_household(db, "tester", draft)
    heads = [p.full_name for p in persons(db, saved.id) if p.relation == "head"]
    assert heads == ["Lê Thị Hoa"]


def test_a_draft_loaded_before_a_members_edit_is_refused(db, make_household, english):
    saved = make_household(
        "Nguyễn Văn An", members=[member("Lê Thị Hoa", gender="female", relation="spouse")]
    )
    first, second = load_household(db, saved.id), load_household(db, saved.id)
    first.members[1].full_name = "Lê Thị Hòa"  # officer A corrects a member only
    save_household(db, "officer A", first)
    second.address = "Số 2"  # officer B's draft still has the old name
    with pytest.raises(UserError, match="Someone else changed this household"):
        save_household(db, "officer B", second)
    names = [m.full_name for m in load_household(db, saved.id).members]
    assert names == ["Nguyễn Văn An", "Lê Thị Hòa"]


def test_a_stale_draft_is_refused(db, make_household, english):
    saved = make_household("Nguyễn Văn An")
    first, second = load_household(db, saved.id), load_household(db, saved.id)
    first.address = "Số 1"
    save_household(db, "officer A", first)
    second.address = "Số 2"
    with pytest.raises(UserError, match="Someone else changed this household"):
        save_household(db, "officer B", second)
    assert load_household(db, saved.id).address == "Số 1"


# --- rules --------------------------------------------------------------------


def test_an_id_number_already_registered_is_refused_naming_the_household(
    db, make_household, english, row_counts
):
    first = make_household("Nguyễn Văn An", id_number="026080123456")
    before = row_counts()
    with pytest.raises(UserError) as err:
        make_household(
            "Trần Văn Bình",
            members=[member("Nguyễn Văn An", relation="sibling", id_number="026080123456")],
        )
    assert first.code in err.value.message
    assert "Nguyễn Văn An" in err.value.message
    assert fields(err.value) == {("id_number", 1)}
    assert row_counts() == before


def test_an_old_cmnd_matching_someone_is_refused(db, make_household, english, row_counts):
    first = make_household("Nguyễn Văn An", birth_year=1960, id_number="012345678")
    before = row_counts()
    with pytest.raises(UserError, match=first.code):
        make_household("Nguyễn Văn An", birth_year=1960, id_number="001060123456",
                       old_id_number="012345678")  # fmt: skip
    assert row_counts() == before


def test_the_same_id_number_twice_in_one_household_is_refused(db, hamlets, row_counts):
    before = row_counts()
    draft = HouseholdDraft(
        hamlet_id=hamlets[0].id,
        members=[member(id_number="026080123456"),
                 member("Nguyễn Văn Ba", relation="sibling", id_number="026080123456")],
    )  # fmt: skip
    with pytest.raises(UserError) as err:
        save_household(db, "tester", draft)
    assert ("id_number", 1) in fields(err.value)
    assert row_counts() == before


def test_a_voided_persons_id_number_is_free_again(db, make_household):
    first = make_household("Nguyễn Văn An", id_number="026080123456")
    void_household(db, "tester", first.id, "đăng ký trùng")
    second = make_household("Nguyễn Văn An", id_number="026080123456")
    assert second.code != first.code


def test_a_cccd_that_does_not_match_gender_and_year_is_refused(db, make_household, row_counts):
    before = row_counts()
    with pytest.raises(UserError) as err:
        make_household("Nguyễn Thị Hoa", gender="female", birth_year=1980,
                       id_number="026080123456")  # fmt: skip
    assert fields(err.value) == {("id_number", 0)}
    assert row_counts() == before


def test_a_birth_date_in_the_future_is_refused(db, make_household, english, row_counts):
    before = row_counts()
    with pytest.raises(UserError, match="in the future") as err:
        make_household("Nguyễn Văn An", birth_date=date.today() + timedelta(days=1))
    assert fields(err.value) == {("birth", 0)}
    assert row_counts() == before


@pytest.mark.parametrize(
    "relations", [["spouse"], ["spouse", "child"], ["head", "head"], ["head", "spouse", "head"]]
)
def test_a_household_has_exactly_one_head(english, relations):
    draft = HouseholdDraft(
        hamlet_id=HAMLET,
        members=[
            member(f"Nguyễn Văn {n}", relation=r)
            for n, r in zip("ABCD"[: len(relations)], relations, strict=True)
        ],
    )
    errors = validate_household(draft, TODAY)
    assert [(e.field, "exactly one head" in e.message) for e in errors] == [("members", True)]


def test_required_fields(english):
    draft = HouseholdDraft(members=[MemberDraft(relation="head"), MemberDraft(relation="child")])
    got = {(e.field, e.member) for e in validate_household(draft, TODAY)}
    assert got == {("hamlet", None), ("full_name", 0), ("gender", 0), ("birth", 0),
                   ("full_name", 1), ("gender", 1), ("birth", 1)}  # fmt: skip
    no_members = validate_household(HouseholdDraft(hamlet_id=None), TODAY)
    assert {e.field for e in no_members} == {"hamlet", "members"}


def test_removing_a_member_needs_a_reason_and_keeps_the_row(db, make_household):
    saved = make_household("Nguyễn Văn An",
                           members=[member("Nguyễn Văn Bình", relation="child",
                                           birth_year=2005)])  # fmt: skip
    draft = load_household(db, saved.id)
    draft.members[1].removed = True
    with pytest.raises(UserError) as err:
        save_household(db, "tester", draft)
    assert fields(err.value) == {("remove_reason", 1)}
    draft.members[1].remove_reason = "chuyển đi"
    save_household(db, "tester", draft)
    rows = {p.full_name: p for p in persons(db, saved.id)}
    assert rows["Nguyễn Văn Bình"].voided and rows["Nguyễn Văn Bình"].void_reason == "chuyển đi"
    assert [m.full_name for m in load_household(db, saved.id).members] == ["Nguyễn Văn An"]


def test_a_need_for_someone_outside_the_household_is_refused(db, make_household, hamlets):
    other = make_household("Trần Văn Bình")
    stranger = persons(db, other.id)[0].id
    with pytest.raises(UserError) as err:
        make_household(household={"needs": [NeedDraft(kind="rice", quantity=Decimal(5),
                                                      unit="kg", assessed_by="X",
                                                      person_id=stranger)]})  # fmt: skip
    assert ("person", None) in fields(err.value)


def test_an_unknown_category_is_refused(db, make_household, row_counts):
    from app.ids import uuid7

    before = row_counts()
    with pytest.raises(UserError):
        make_household(household={"category_ids": {uuid7()}})
    assert row_counts() == before


# --- garbage ------------------------------------------------------------------

GARBAGE = {
    "very long name": ({"full_name": "Nguyễn " * 1000}, {}, ("full_name", 0)),
    "emoji name": ({"full_name": "Nguyễn Văn 😀"}, {}, ("full_name", 0)),
    "digits in name": ({"full_name": "Nguyễn Văn 123"}, {}, ("full_name", 0)),
    "control-only name": ({"full_name": "\x00\x07\x1b"}, {}, ("full_name", 0)),
    "markup name": ({"full_name": "<script>alert(1)</script>"}, {}, ("full_name", 0)),
    "letters in phone": ({"phone": "09l2 345 678"}, {}, ("phone", 0)),
    "emoji id": ({"id_number": "02608012345😀"}, {}, ("id_number", 0)),
    "full-width id": ({"id_number": "０２６０８０１２３４５６"}, {}, ("id_number", 0)),
    "superscript id": ({"id_number": "026²80123456", "id_type": "cccd"}, {}, ("id_number", 0)),
    "long id": ({"id_number": "0" * 5000, "id_type": "cccd"}, {}, ("id_number", 0)),
    "long old id": ({"old_id_number": "1" * 300}, {}, ("old_id_number", 0)),
    "long member note": ({"note": "x" * 5000}, {}, ("note", 0)),
    "unknown gender": ({"gender": "robot"}, {}, ("gender", 0)),
    "unknown relation": ({"relation": "boss"}, {}, ("relation", 0)),
    "year 3000": ({"birth_year": 3000}, {}, ("birth", 0)),
    "long address": ({}, {"address": "Số 1 " * 1000}, ("address", None)),
    "long code": ({}, {"code": "9" * 41}, ("code", None)),
    "long household note": ({}, {"note": "ghi chú " * 2000}, ("note", None)),
    "letters in household phone": ({}, {"phone": "không có"}, ("phone", None)),
    "long assessor": (
        {}, {"needs": [NeedDraft(kind="rice", quantity=Decimal(1), unit="kg",
                                 assessed_by="Trưởng thôn " * 500)]}, ("assessed_by", None),
    ),
    "long need note": (
        {}, {"needs": [NeedDraft(kind="rice", quantity=Decimal(1), unit="kg",
                                 assessed_by="X", note="n" * 50_000)]}, ("note", None),
    ),
    "negative quantity": (
        {}, {"needs": [NeedDraft(kind="rice", quantity=Decimal(-3), unit="kg",
                                 assessed_by="X")]}, ("quantity", None),
    ),
    "future assessment": (
        {}, {"needs": [NeedDraft(kind="rice", assessed_on=date.today() + timedelta(days=3),
                                 assessed_by="X")]}, ("assessed_on", None),
    ),
}  # fmt: skip


def garbage_draft(hamlet_id, head_changes, household_changes) -> HouseholdDraft:
    head = replace(member(), **head_changes)
    draft = HouseholdDraft(hamlet_id=hamlet_id, members=[head])
    for key, value in household_changes.items():
        setattr(draft, key, value)
    return draft


@pytest.mark.parametrize("case", sorted(GARBAGE))
def test_garbage_gives_field_errors(case):
    head_changes, household_changes, expected = GARBAGE[case]
    draft = garbage_draft(HAMLET, head_changes, household_changes)
    errors = validate_household(draft, date.today())
    assert expected in {(e.field, e.member) for e in errors}
    assert all(e.message for e in errors)


def test_garbage_writes_nothing(db, hamlets, row_counts):
    before = row_counts()
    for case, (head_changes, household_changes, expected) in sorted(GARBAGE.items()):
        draft = garbage_draft(hamlets[0].id, head_changes, household_changes)
        with pytest.raises(UserError) as err:
            save_household(db, "tester", draft)
        assert expected in fields(err.value), case
        assert err.value.message == err.value.field_errors[0].message
    assert row_counts() == before


_text = st.text(max_size=300) | st.text(alphabet="0123456789 +.-²０😀\x00\tabcđĐ", max_size=40)


@settings(max_examples=150)
@given(name=_text, phone=_text, id_number=_text, old_id=_text, address=_text, code=_text)
def test_validation_never_crashes_and_what_passes_is_clean(
    name, phone, id_number, old_id, address, code
):
    draft = HouseholdDraft(
        hamlet_id=HAMLET, address=address, code=code,
        members=[member(name, phone=phone, id_number=id_number, old_id_number=old_id,
                        gender="female", birth_year=1990)],
    )  # fmt: skip
    errors = validate_household(draft, TODAY)
    assert all(e.message for e in errors)
    if not errors:
        m = draft.members[0]
        assert m.full_name and len(m.full_name) <= 200
        assert unicodedata.is_normalized("NFC", m.full_name)
        assert not any(unicodedata.category(ch)[0] in "CNS" for ch in m.full_name)
        for number in (m.id_number, m.old_id_number, m.phone):
            assert number == "" or (number.isascii() and number.isdigit())


# --- void ---------------------------------------------------------------------


def test_void_household_voids_members_cancels_open_needs_and_deletes_nothing(
    db, make_household, row_counts
):
    saved = make_household(
        "Nguyễn Văn An",
        members=[member("Lê Thị Hoa", gender="female", relation="spouse")],
        household={"needs": [
            NeedDraft(kind="rice", quantity=Decimal(10), unit="kg", assessed_by="X"),
            NeedDraft(kind="cash", quantity=Decimal(500_000), unit="VND", assessed_by="X",
                      status="met"),
        ]},
    )  # fmt: skip
    keep = make_household("Trần Văn Bình")
    before = row_counts()
    void_household(db, "tester", saved.id, "  đăng ký trùng  ")
    after = row_counts()
    assert {t: n for t, n in after.items() if t not in ("outbox", "person_fts")} == {
        t: n for t, n in before.items() if t not in ("outbox", "person_fts")
    }
    assert after["outbox"] > before["outbox"]
    with db.read() as s:
        h = s.get(Household, saved.id)
        assert (h.voided, h.void_reason) == (True, "đăng ký trùng")
        people = s.scalars(sa.select(Person).where(Person.household_id == saved.id)).all()
        assert len(people) == 2
        assert all(p.voided and p.void_reason == "đăng ký trùng" for p in people)
        needs = {n.kind: n for n in s.scalars(sa.select(Need).where(Need.household_id == saved.id))}
        assert (needs["rice"].status, needs["rice"].status_reason) == ("cancelled",
                                                                       "đăng ký trùng")  # fmt: skip
        assert needs["cash"].status == "met"
    listed = [r.id for r in all_pages(db, HouseholdQuery(), 100)]
    assert listed == [keep.id]
    assert count_households(db, HouseholdQuery()) == 1
    with_voided = {r.id: r.voided for r in all_pages(db, HouseholdQuery(include_voided=True), 100)}
    assert with_voided == {saved.id: True, keep.id: False}
    assert count_households(db, HouseholdQuery(include_voided=True)) == 2
    assert load_household(db, saved.id).voided


def test_void_needs_a_reason_and_happens_once(db, make_household, english):
    saved = make_household("Nguyễn Văn An")
    with pytest.raises(UserError, match="reason"):
        void_household(db, "tester", saved.id, "   ")
    assert not load_household(db, saved.id).voided
    void_household(db, "tester", saved.id, "chết")
    with pytest.raises(UserError, match="already voided"):
        void_household(db, "tester", saved.id, "chết")
    draft = load_household(db, saved.id)
    draft.address = "Số 3"
    draft.members = [member()]
    with pytest.raises(UserError, match="voided"):
        save_household(db, "tester", draft)


def test_a_voided_household_cannot_be_deleted_with_sql(db, make_household):
    saved = make_household("Nguyễn Văn An")
    void_household(db, "tester", saved.id, "trùng")
    with pytest.raises(sa.exc.DatabaseError, match="never deleted"), db.engine.begin() as conn:
        conn.execute(sa.delete(Household).where(Household.id == saved.id))
    with db.read() as s:
        assert s.get(Household, saved.id) is not None


# --- listing ------------------------------------------------------------------


def test_list_households_pages_in_code_order(db, make_household, hamlets):
    names = ["Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường", "Phạm Văn Dũng", "Vũ Văn Em"]
    saved = [make_household(n) for n in names]
    for limit in (1, 2, 5, 100):
        rows = all_pages(db, HouseholdQuery(), limit)
        assert [r.code for r in rows] == sorted(s.code for s in saved), limit
        assert [r.head_name for r in rows] == names
    assert count_households(db, HouseholdQuery()) == 5


def test_list_row_content_and_filters(db, make_household, hamlets):
    cats = {c.code: c for c in office.list_categories(db)}
    poor = make_household(
        "Nguyễn Văn An",
        members=[member("Lê Thị Hoa", gender="female", relation="spouse")],
        household={"phone": "0912345678", "address": "Số 5", "hamlet_id": hamlets[1].id,
                   "category_ids": {cats["poor"].id}},
    )  # fmt: skip
    other = make_household("Trần Văn Bình")
    [row] = list_households(db, HouseholdQuery(hamlet_id=hamlets[1].id)).rows
    assert (row.id, row.head_name, row.hamlet, row.members) == (poor.id, "Nguyễn Văn An",
                                                               "Thôn Tây", 2)  # fmt: skip
    assert (row.phone, row.address, row.voided) == ("0912345678", "Số 5", False)
    assert row.categories == cats["poor"].name
    by_category = list_households(db, HouseholdQuery(category_id=cats["poor"].id)).rows
    assert [r.id for r in by_category] == [poor.id]
    by_hamlet = list_households(db, HouseholdQuery(hamlet_id=hamlets[0].id)).rows
    assert [r.id for r in by_hamlet] == [other.id]
    assert count_households(db, HouseholdQuery(hamlet_id=hamlets[0].id)) == 1
    assert count_households(db, HouseholdQuery(category_id=cats["poor"].id)) == 1


def test_validate_household_fills_the_id_type_from_the_length():
    draft = HouseholdDraft(hamlet_id=HAMLET, members=[member(id_number="012345678",
                                                                    birth_year=1960)])  # fmt: skip
    assert validate_household(draft, TODAY) == []
    assert draft.members[0].id_type == "cmnd"
    assert hh.CODE_WIDTH == 6


def test_the_list_shows_the_heads_phone_when_the_household_has_none(db, make_household):
    saved = make_household("Nguyễn Văn An", phone="0912345678")
    [row] = hh.list_households(db, hh.HouseholdQuery()).rows
    assert (row.id, row.phone) == (saved.id, "0912345678")
