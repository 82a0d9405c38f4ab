"""Possible duplicates on import (issues 3 and 6): the duplicate engine after the exact checks,
within the file and against the registry, on a migrated database with openpyxl-written lists."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
import sqlalchemy as sa

from app.excel import importer
from app.excel.report import ERROR_HEADER, write_error_report
from app.models import Person
from app.services.households import MemberDraft, load_household

HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Thôn", "Quan hệ với chủ hộ"]


def xlsx(tmp_path, rows, name="list.xlsx"):
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    for row in rows:
        wb.active.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def plan_for(db, path):
    source = importer.open_source(path)
    return importer.build_plan(db, source, importer.find_layout(db, source))


def live_persons(db):
    with db.read() as s:
        return sorted(s.scalars(sa.select(Person.full_name).where(~Person.voided)))


def test_accents_dropped_same_birth_date_is_offered_as_the_registered_household(
        db, tmp_path, make_household):  # fmt: skip
    saved = make_household("Nguyễn Thị Hằng", gender="female", birth_date=date(1975, 4, 2))
    # In another hamlet: the exact check (folded name, year and hamlet) does not meet her.
    plan = plan_for(db, xlsx(tmp_path, [
        [1, "Nguyen Thi Hang", "02/04/1975", "Nữ", None, "Tây", "Chủ hộ"],
        [2, "Lê Văn Tám", "1960", "Nam", None, "Tây", "Chủ hộ"],
    ]))  # fmt: skip
    h, other = plan.households
    assert other.likely is None and other.match is None and other.decision == "new"
    assert h.likely is not None and h.likely.code == saved.code
    assert h.match is not None and h.match.household_id == saved.id and not h.match.by_id
    assert h.likely.level == "review" and h.decision == "new"  # needs a look: added unless told
    assert set(h.choices()) == {"skip", "update", "new"}
    text = h.likely.text
    assert text.startswith(f"Có thể trùng với hộ {saved.code}: Nguyễn Thị Hằng, 02/04/1975 — ")
    assert "cùng họ tên khi bỏ dấu" in text and "cùng ngày sinh" in text
    assert text in plan.rows[0].warnings  # shown on the row in the check step


def test_a_probable_duplicate_is_skipped_by_default_and_the_report_says_why(
        db, tmp_path, make_household):  # fmt: skip
    saved = make_household("Trần Văn Bình", birth_date=date(1970, 5, 6), id_number="026070001234")
    # The same man without accents, his CCCD with one digit mistyped, in another hamlet.
    path = xlsx(tmp_path, [[1, "Tran Van Binh", "06/05/1970", "Nam", "026070001284", "Tây",
                            "Chủ hộ"],
                           [2, "Phạm Thị Mơ", "1990", "Nữ", None, "Đông", "Chủ hộ"],
                           [3, "Đỗ Văn", None, "Nam", None, "Đông", "Chủ hộ"]])  # fmt: skip
    plan = plan_for(db, path)
    h = plan.households[0]
    assert h.likely.level == "suggest" and h.decision == "skip"
    assert "số CCCD khác một chữ số" in h.likely.text
    messages = plan.report_messages()
    assert messages[1] == h.likely.text  # row 2 of the sheet: the duplicate, and why
    assert 3 in messages and 2 not in messages  # the wrong row; the new one is not there
    result = importer.commit_plan(db, "tester", plan)
    assert (result.households_added, result.rows_skipped) == (1, 1)
    assert live_persons(db) == ["Phạm Thị Mơ", "Trần Văn Bình"]
    out = write_error_report(path, plan.sheet, plan.header_row, messages, tmp_path / "r.xlsx")
    ws = openpyxl.load_workbook(out).active
    column = [c.value for c in ws[1]].index(ERROR_HEADER) + 1
    assert ws.cell(2, column).value == h.likely.text
    assert ws.cell(3, column).value is None
    assert saved.code in ws.cell(2, column).value


def test_update_from_a_likely_duplicate_updates_that_household(db, tmp_path, make_household):
    saved = make_household("Hoàng Văn Lực", birth_date=date(1965, 1, 9))
    # Given name first, as Western forms ask; the date the same; an ID number the registry
    # does not have yet.
    plan = plan_for(db, xlsx(tmp_path, [
        [1, "Lực Hoàng Văn", "09/01/1965", "Nam", "026065009999", "Đông", "Chủ hộ"]]))  # fmt: skip
    h = plan.households[0]
    assert h.likely is not None and "cùng họ tên, các chữ theo thứ tự khác" in h.likely.text
    assert "update" in h.choices()
    h.decision = "update"
    result = importer.commit_plan(db, "tester", plan)
    assert (result.households_updated, result.households_added) == (1, 0)
    head = load_household(db, saved.id).members[0]
    assert head.id_number == "026065009999"
    assert live_persons(db) == ["Lực Hoàng Văn"]  # the file's spelling, as any update


def test_cmnd_registered_cccd_in_the_file(db, tmp_path, make_household):
    make_household("Vũ Thị Lan", gender="female", birth_date=date(1972, 3, 3),
                   id_number="123456789")  # fmt: skip
    plan = plan_for(db, xlsx(tmp_path, [
        [1, "Vũ Thị Lan", "03/03/1972", "Nữ", "026172000555", "Tây", "Chủ hộ"]]))  # fmt: skip
    h = plan.households[0]
    assert h.likely is not None and h.likely.level == "review" and h.decision == "new"
    assert "số CCCD khớp năm sinh và giới tính" in h.likely.text
    assert not h.match.by_id and "new" in h.choices()
    h.decision = "skip"
    importer.commit_plan(db, "tester", plan)
    assert live_persons(db) == ["Vũ Thị Lan"]  # skipped: not registered twice


def test_a_member_found_in_another_registered_household(db, tmp_path, make_household):
    make_household("Ngô Văn Hải", members=[MemberDraft(
        full_name="Ngô Thị Hoa", gender="female", birth_date=date(2001, 7, 8),
        relation="child")])  # fmt: skip
    plan = plan_for(db, xlsx(tmp_path, [
        [1, "Đặng Thị Mai", "1950", "Nữ", None, "Tây", "Chủ hộ"],
        [2, "Ngo Thi Hoa", "08/07/2001", "Nữ", None, "Tây", "Cháu"]]))  # fmt: skip
    h = plan.households[0]
    assert h.likely is not None and h.likely.member == 1
    assert h.match.conflict  # its head is not that household's: no update, skip or add
    assert set(h.choices()) == {"skip", "new"}
    assert h.likely.text in plan.rows[1].warnings


def test_within_the_file_swapped_order_and_year_off_by_one(db, tmp_path):
    plan = plan_for(db, xlsx(tmp_path, [
        [1, "Nguyễn Thị Hằng", "1975", "Nữ", "026175001111", "Đông", "Chủ hộ"],
        [2, "Bùi Văn Nam", "1980", "Nam", None, "Tây", "Chủ hộ"],
        [3, "Hằng Nguyễn Thị", "1975", "Nữ", "026175001111", "Đông", "Chủ hộ"],  # exact: ID
        [4, "Bui Van Nam", "1981", "Nam", "026081004444", "Tây", "Chủ hộ"],
        [5, "Lý Văn Khánh", "12/12/1999", "Nam", None, "Đông", "Chủ hộ"],
        [6, "Ly Van Khanh", "12/12/1999", "Nam", None, "Tây", "Chủ hộ"],
    ]))  # fmt: skip
    exact, bui, khanh = plan.households[2], plan.households[3], plan.households[5]
    assert exact.duplicate_of == 0 and exact.duplicate_by_id and exact.likely is None
    assert exact.choices() == ("skip",)  # exact repeats keep their handling
    assert bui.ok and bui.likely is None  # name, year ±1 and a hamlet only: not enough to say
    assert khanh.duplicate_of == 4 and khanh.likely.row == 5  # sheet index of row 6
    assert khanh.likely.text.startswith("Có thể trùng với người ở dòng 6 của tệp: "
                                        "Lý Văn Khánh, 12/12/1999 — ")  # fmt: skip
    assert khanh.choices() == ("skip", "new") and khanh.decision == "new"  # review level
    khanh.decision = "skip"
    result = importer.commit_plan(db, "tester", plan)
    assert (result.households_added, result.rows_skipped) == (4, 2)


def test_twins_in_one_household_are_not_a_repeated_household(db, tmp_path):
    plan = plan_for(db, xlsx(tmp_path, [
        [1, "Phan Văn Long", "1970", "Nam", None, "Đông", "Chủ hộ"],
        [2, "Phan Văn An", "03/03/2010", "Nam", None, "Đông", "Con"],
        [3, "Phan Văn Anh", "03/03/2010", "Nam", None, "Đông", "Con"]]))  # fmt: skip
    assert plan.households[0].likely is None and plan.households[0].decision == "new"


def test_reimporting_a_file_with_likely_duplicates_changes_nothing(db, tmp_path, make_household,
                                                                   row_counts):  # fmt: skip
    make_household("Nguyễn Thị Hằng", gender="female", birth_date=date(1975, 4, 2))
    path = xlsx(tmp_path, [[1, "Nguyen Thi Hang", "02/04/1975", "Nữ", None, "Tây", "Chủ hộ"],
                           [2, "Lê Văn Tám", "1960", "Nam", None, "Tây", "Chủ hộ"]])  # fmt: skip
    first = plan_for(db, path)
    assert first.households[0].decision == "new"  # "needs a look": the officer adds her
    importer.commit_plan(db, "tester", first)
    before = row_counts()
    again = plan_for(db, path)
    assert [h.decision for h in again.households] == ["skip", "skip"]
    assert all(h.likely is None for h in again.households)  # recognised exactly now
    assert importer.commit_plan(db, "tester", again).batch_id is None
    assert row_counts() == before


def test_an_empty_registry_is_not_searched(db, tmp_path):
    statements = []

    def seen(_conn, _cursor, statement, *_args):
        statements.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", seen)
    try:
        plan = plan_for(db, xlsx(tmp_path, [
            [1, "Lê Văn Tám", "1960", "Nam", "026060001234", "Tây", "Chủ hộ"],
            [2, "Le Van Tam", "1960", "Nam", "026060001243", "Đông", "Chủ hộ"]]))  # fmt: skip
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", seen)
    assert [s for s in statements if "given_folded" in s or "p.birth_date IN" in s] == []
    # … while the file itself is still compared: two digits swapped, same name and year.
    assert plan.households[1].likely.row == 1 and plan.households[1].likely.level == "review"


@pytest.mark.parametrize("review", [20, 65])
def test_thresholds_from_settings_are_used(db, tmp_path, make_household, review):
    from app.dedup import Thresholds
    from app.dedup.engine import save_thresholds
    from app.services.roles import Actor

    save_thresholds(db, Actor("tester", "Tester", frozenset({"admin"})), Thresholds(90, review))
    make_household("Nguyễn Thị Hằng", gender="female", birth_year=1975)
    plan = plan_for(db, xlsx(tmp_path, [[1, "Nguyen Thi Hang", "1976", "Nữ", None, "Đông",
                                         "Chủ hộ"]]))  # fmt: skip
    # same name without accents 38 + year ±1 5 + same hamlet 5 = 48
    assert (plan.households[0].likely is not None) == (review <= 48)
