"""Lists written by LibreOffice Calc (tests/excel/fixtures, see tools/make_fixtures.py),
imported end to end: every format gives the same households."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.excel import importer
from app.models import Household, Person
from app.services import vocab
from app.services.households import load_household

FIXTURES = Path(__file__).parent / "fixtures"


def import_fixture(db, name: str):
    source = importer.open_source(FIXTURES / name)
    plan = importer.build_plan(db, source, importer.find_layout(db, source), create_hamlets=True)
    return plan, importer.commit_plan(db, "tester", plan)


def people(db) -> dict[str, Person]:
    with db.read() as s:
        return {p.full_name: p for p in s.scalars(sa.select(Person))}


@pytest.mark.parametrize("name", ["ho-ngheo.xlsx", "ho-ngheo.xls", "ho-ngheo.ods"])
def test_a_list_of_poor_households_in_every_workbook_format(db, name):
    plan, result = import_fixture(db, name)
    assert not plan.error_rows, plan.row_errors()
    assert plan.new_hamlets == ["Xóm Mới"]
    assert (result.households_added, result.persons_added) == (5, 5)  # "Tổng cộng" is no one
    found = people(db)
    assert {n: p.id_number for n, p in found.items()} == {
        "Nguyễn Văn An": "026075001234",  # a number in the file: its 0 restored
        "Trần Thị Bình": "026180004321",
        "Lê Văn Cường": "026068000777",
        "Hoàng Thị Huệ": "001190012345",
        "Đỗ Văn Em": "123456789",  # a CMND
    }
    assert found["Hoàng Thị Huệ"].gender == "female"  # "nữ" in lower case
    an = load_household(db, found["Nguyễn Văn An"].household_id)
    assert (an.phone, an.declared_size) == ("0912345678", 4)
    assert an.category_ids == {vocab.category_id("poor")}
    hue = load_household(db, found["Hoàng Thị Huệ"].household_id)
    assert hue.members[0].category_ids == {vocab.category_id("meritorious")}  # a person's
    binh = load_household(db, found["Trần Thị Bình"].household_id)
    assert binh.phone == "0987654321" and binh.note == "Mẹ đơn thân"
    with db.read() as s:
        em = s.get(Household, found["Đỗ Văn Em"].household_id)
        assert em.declared_size is None  # lives alone: the one person listed


@pytest.mark.parametrize("name", ["ho-ngheo-utf8.csv", "ho-ngheo-cp1258.csv"])
def test_a_csv_saved_by_calc_lost_digits_of_a_number_and_says_so(db, name, english):
    # Calc writes a number column as shown: "2.61E+10" for Lê Văn Cường's CCCD.
    plan, result = import_fixture(db, name)
    assert list(plan.row_errors()) == [6]  # Excel's row 7
    assert "scientific notation" in plan.row_errors()[6]
    assert (result.households_added, result.rows_failed) == (4, 1)
    found = people(db)
    assert found["Nguyễn Văn An"].id_number == "026075001234"  # text digits: zero restored
    assert found["Hoàng Thị Huệ"].full_name == "Hoàng Thị Huệ"  # Windows-1258 decoded


@pytest.mark.parametrize("name", ["nhan-khau.xlsx", "nhan-khau.xls", "nhan-khau.ods"])
def test_a_list_of_people_with_their_relations(db, name):
    plan, result = import_fixture(db, name)
    assert not plan.error_rows, plan.row_errors()
    assert (result.households_added, result.persons_added) == (2, 7)
    found = people(db)
    assert found["Nguyễn Thị Ngọc Ánh"].birth_date.isoformat() == "2012-02-29"
    assert found["Nguyễn Văn Bảo"].id_number == "026205000111"
    assert found["Trần Thị Mai"].relation == "parent"
    assert found["Trần Thị Mai"].birth_year == 1935
    assert found["Trần Minh Khôi"].relation == "grandchild"
    assert found["Trần Minh Khôi"].household_id == found["Trần Văn Dũng"].household_id
    assert found["Phạm Thị Lan"].household_id == found["Nguyễn Văn An"].household_id


def test_the_same_list_in_another_format_is_recognised(db):
    import_fixture(db, "ho-ngheo.xlsx")
    plan, result = import_fixture(db, "ho-ngheo.ods")
    assert result.households_added == 0 and result.rows_skipped == 5
    assert all(h.match is not None and h.match.by_id for h in plan.households)


@pytest.mark.parametrize("name", ["mau-nam-nu.xlsx", "mau-nam-nu.xls", "mau-nam-nu.ods"])
def test_an_official_form_with_a_header_in_two_rows(db, name, english):
    # "Họ và tên" over "Họ đệm | Tên" and "Năm sinh" over "Nam | Nữ", then a row "(1) (2) …"
    # numbering the columns: neither row is a person, the two parts of a name are one name,
    # and the column of a birth says the gender.
    plan, result = import_fixture(db, name)
    assert plan.header_row == 4  # Excel's row 5, the lower header row
    assert list(plan.row_errors()) == [10]  # Excel's row 11: a birth in both columns
    assert "both the men's and the women's column" in plan.row_errors()[10]
    assert (result.households_added, result.rows_failed) == (4, 1)
    found = people(db)
    assert {n: (p.gender, p.birth_date, p.birth_year) for n, p in found.items()} == {
        "Nguyễn Văn An": ("male", None, 1960),
        "Trần Thị Bình": ("female", None, 1975),
        "Lê Thị Cúc": ("female", date(1980, 3, 12), 1980),  # a date cell in the women's column
        "Phạm Văn Dũng": ("male", date(1955, 6, 5), 1955),  # date text in the men's column
    }
    assert found["Nguyễn Văn An"].id_number == "026060001234"  # a number: its 0 restored


def test_a_gender_column_that_disagrees_with_the_birth_column(db, tmp_path, english):
    from openpyxl import Workbook

    wb = Workbook()
    sheet = wb.active
    for row in (["Họ và tên", "Năm sinh", None, "Giới tính", "Thôn"], [None, "Nam", "Nữ"],
                ["Vũ Văn Hải", None, 1970, "Nam", "Đông"]):  # fmt: skip
        sheet.append(row)
    wb.save(tmp_path / "lech.xlsx")
    source = importer.open_source(tmp_path / "lech.xlsx")
    plan = importer.build_plan(db, source, importer.find_layout(db, source), create_hamlets=True)
    assert "does not match the column the birth is written in" in plan.row_errors()[2]


@pytest.mark.parametrize("name", ["theo-thon.xlsx", "theo-thon.xls", "theo-thon.ods"])
def test_a_list_grouped_by_hamlet_with_ticked_categories(db, name):
    # "I. THÔN ĐÔNG" merged across over its households, a "Cộng" subtotal with COUNTA
    # formulas, "Đối tượng" over "Hộ nghèo | Hộ cận nghèo" ticked with "x".
    plan, result = import_fixture(db, name)
    assert not plan.error_rows, plan.row_errors()
    assert [(r.full_name, r.hamlet, r.categories) for r in plan.rows] == [
        ("Nguyễn Văn An", "Thôn Đông", ["poor"]), ("Trần Thị Bình", "Thôn Đông", ["near_poor"]),
        ("Lê Văn Cường", "Thôn Tây", ["poor"])]  # fmt: skip
    assert result.households_added == 3
    found = people(db)
    cuong = load_household(db, found["Lê Văn Cường"].household_id)
    assert cuong.category_ids == {vocab.category_id("poor")}
    assert cuong.note == "Khuyết tật"  # the head's row is the household's note


@pytest.mark.parametrize("name", ["stt-chu-ho.xlsx", "stt-chu-ho.xls", "stt-chu-ho.ods"])
def test_a_list_numbering_its_heads_only(db, name):
    # STT on the heads (one a formula), the members' rows under them unnumbered, "-" or "3.1";
    # a birth year as a guess, a phone cell with two numbers.
    plan, result = import_fixture(db, name)
    assert not plan.error_rows, plan.row_errors()
    assert [[r.full_name for r in h.file.rows] for h in plan.households] == [
        ["Nguyễn Văn An", "Trần Thị Bình", "Nguyễn Văn Cường"], ["Lê Văn Dũng"],
        ["Phạm Thị Em", "Phạm Văn Phúc"]]  # fmt: skip
    assert plan.members_by_numbering == 3
    assert (result.households_added, result.persons_added) == (3, 6)
    found = people(db)
    assert found["Nguyễn Văn Cường"].birth_date == date(1990, 5, 12)
    assert found["Nguyễn Văn Cường"].household_id == found["Nguyễn Văn An"].household_id
    assert found["Phạm Thị Em"].birth_year == 1970 and found["Phạm Thị Em"].birth_date is None
    assert found["Lê Văn Dũng"].id_number == "001055001235"
    dung = load_household(db, found["Lê Văn Dũng"].household_id)
    assert dung.phone == "0987654321" and "0912000111" in dung.note
