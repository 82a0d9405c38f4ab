"""Lists written by LibreOffice Calc (tools/make_fixtures.py), read back cell by cell.

The files in fixtures/ were saved by a real spreadsheet program: shared strings,
cached formula results, BIFF8 records, CSV in Windows-1258. Each is read with
read_sheets and detect_layout, and its cells cleaned as the import cleans them.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.excel.columns import detect_layout
from app.excel.reading import read_sheets
from app.excel.values import clean_birth, clean_gender, clean_id_number, clean_phones, clean_text

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = date(2026, 11, 27)

HOUSEHOLD_COLUMNS = {0: "stt", 1: "full_name", 2: "birth_year", 3: "gender", 4: "id_number",
                     5: "hamlet", 6: "household_size", 7: "category", 8: "phone", 9: "note"}  # fmt: skip
# (STT, name, birth year, gender, ID number, hamlet, members, category, phone, note)
HOUSEHOLDS = [
    ("1", "Nguyễn Văn An", 1975, "male", "026075001234", "Thôn Đông", "4", "Hộ nghèo",
     "0912345678", ""),
    ("2", "Trần Thị Bình", 1980, "female", "026180004321", "Thôn Tây", "2", "Hộ cận nghèo",
     "0987654321", "Mẹ đơn thân"),
    ("3", "Lê Văn Cường", 1968, "male", "026068000777", "Thôn Đông", "5", "Hộ nghèo",
     "0345678901", ""),
    ("4", "Hoàng Thị Huệ", 1990, "female", "001190012345", "Xóm Mới", "3", "Người có công",
     "", "Chuyển đến năm 2025"),
    ("5", "Đỗ Văn Em", 1955, "male", "123456789", "Thôn Tây", "1", "Bảo trợ xã hội",
     "0912000111", ""),
]  # fmt: skip
HOUSEHOLD_FILES = ["ho-ngheo.xlsx", "ho-ngheo.xls", "ho-ngheo.ods", "ho-ngheo-utf8.csv",
                   "ho-ngheo-cp1258.csv"]  # fmt: skip

PERSON_COLUMNS = {0: "stt", 1: "full_name", 2: "relation", 3: "birth", 4: "gender",
                  5: "id_number", 6: "hamlet", 7: "phone", 8: "note"}  # fmt: skip
# (name, relation, birth date, birth year, ID number, phone)
PERSONS = [
    ("Nguyễn Văn An", "Chủ hộ", date(1975, 3, 12), 1975, "026075001234", "0912345678"),
    ("Phạm Thị Lan", "Vợ", date(1978, 2, 5), 1978, "026178002345", ""),
    ("Nguyễn Văn Bảo", "Con", date(2005, 11, 20), 2005, "026205000111", ""),
    ("Nguyễn Thị Ngọc Ánh", "Con", date(2012, 2, 29), 2012, "", ""),
    ("Trần Văn Dũng", "Chủ hộ", date(1960, 7, 1), 1960, "001060009876", "0904111222"),
    ("Trần Thị Mai", "Mẹ", None, 1935, "", ""),
    ("Trần Minh Khôi", "Cháu", date(2019, 9, 1), 2019, "", ""),
]
PERSON_FILES = ["nhan-khau.xlsx", "nhan-khau.xls", "nhan-khau.ods", "nhan-khau-utf8.csv"]


def _only_sheet(name: str):
    sheets = read_sheets(FIXTURES / name)
    assert len(sheets) == 1  # the empty second sheet is left out
    return sheets[0]


@pytest.mark.parametrize("name", HOUSEHOLD_FILES)
def test_household_list_under_a_merged_title(name):
    sheet = _only_sheet(name)
    assert sheet.name == ("Danh sách" if not name.endswith(".csv") else Path(name).stem)
    layout = detect_layout(sheet.rows)
    assert layout is not None and layout.header_row == 3
    assert layout.columns == HOUSEHOLD_COLUMNS and layout.unmapped == []
    assert clean_text(sheet.rows[0][0]) == "ỦY BAN NHÂN DÂN XÃ YÊN LẠC"
    assert sheet.rows[0][1:] == [None] * 9  # the merged cells after the first are empty
    assert clean_text(sheet.rows[1][0]) == "DANH SÁCH HỘ NGHÈO NĂM 2026"
    assert sheet.rows[2] == [None] * 10
    assert len(sheet.rows) == 10 and all(len(row) == 10 for row in sheet.rows)

    is_csv = name.endswith(".csv")
    for row, expected in zip(sheet.rows[4:9], HOUSEHOLDS, strict=True):
        stt, full_name, year, gender, id_number, hamlet, size, category, phone, note = expected
        assert clean_text(row[0]) == stt  # =A5+1…: the value LibreOffice saved
        assert clean_text(row[1]) == full_name
        assert clean_birth(row[2], today=TODAY)[1:] == (year, None)
        assert clean_gender(row[3]) == (gender, None)
        if is_csv and stt == "1":  # a number in the sheet: CSV text without its zero
            assert row[4] == "26075001234"
        elif is_csv and stt == "3":  # the scientific format reached the CSV as "2.61E+10"
            assert row[4] == "2.61E+10"
            assert clean_id_number(row[4])[0] is None
        else:
            assert clean_id_number(row[4]) == (id_number, None)
        assert clean_text(row[5]) == hamlet
        assert clean_text(row[6]) == size
        assert clean_text(row[7]) == category
        assert clean_phones(row[8]) == ((phone,) if phone else (), None)
        assert clean_text(row[9]) == note
    total = sheet.rows[9]
    assert clean_text(total[1]) == "Tổng cộng" and clean_text(total[6]) == "15"  # =SUM(G5:G9)


@pytest.mark.parametrize("name", ["ho-ngheo.xlsx", "ho-ngheo.xls", "ho-ngheo.ods"])
def test_spreadsheets_keep_numbers_as_numbers(name):
    rows = _only_sheet(name).rows
    assert rows[4][4] == 26075001234  # the CCCD typed as a number lost its leading zero
    assert rows[6][4] == 26068000777  # shown as 2.61E+10, still whole in the file
    assert rows[4][8] == 912345678
    assert rows[7][1] == unicodedata.normalize("NFD", "Hoàng Thị Huệ")  # stored as typed
    assert rows[8][2] == "1955"  # a year typed as text stays text


def test_windows_1258_csv_holds_tone_marks_apart():
    raw = (FIXTURES / "ho-ngheo-cp1258.csv").read_bytes()
    assert b";" in raw and "Nguyễn".encode() not in raw
    name = _only_sheet("ho-ngheo-cp1258.csv").rows[4][1]
    assert name != "Nguyễn Văn An" and clean_text(name) == "Nguyễn Văn An"


@pytest.mark.parametrize("name", PERSON_FILES)
def test_person_list_with_relations_and_birth_dates(name):
    sheet = _only_sheet(name)
    layout = detect_layout(sheet.rows)
    assert layout is not None and layout.header_row == 3 and layout.columns == PERSON_COLUMNS
    is_csv = name.endswith(".csv")
    for index, (row, expected) in enumerate(zip(sheet.rows[4:], PERSONS, strict=True)):
        full_name, relation, born, year, id_number, phone = expected
        assert clean_text(row[0]) == str(index + 1)
        assert clean_text(row[1]) == full_name
        assert clean_text(row[2]) == relation
        assert clean_birth(row[3], today=TODAY) == (born, year, None)
        if is_csv and index == 0:
            assert row[5] == "26075001234"  # a number in the sheet: CSV text without its zero
        elif is_csv and index == 2:
            assert clean_id_number(row[5])[0] is None  # "2.62E+10": digits lost in the CSV
        else:
            assert clean_id_number(row[5]) == (id_number, None)
        assert clean_phones(row[7]) == ((phone,) if phone else (), None)


@pytest.mark.parametrize("name", ["nhan-khau.xlsx", "nhan-khau.xls", "nhan-khau.ods"])
def test_date_cells_and_date_text_both_arrive(name):
    rows = _only_sheet(name).rows
    assert rows[4][3] == date(1975, 3, 12)  # a date cell
    assert rows[5][3] == "05/02/1978"  # text typed as dd/mm/yyyy
    assert unicodedata.is_normalized("NFD", rows[7][1]) and not unicodedata.is_normalized(
        "NFC", rows[7][1])  # fmt: skip


@pytest.mark.parametrize("name", ["lech-b3.xlsx", "lech-b3.xls", "lech-b3.ods"])
def test_positions_are_the_ones_excel_shows(name):
    """A list starting at B3: rows[i][j] is row i + 1, column j + 1 in every format."""
    rows = _only_sheet(name).rows
    assert rows[:2] == [[None] * 4, [None] * 4]
    assert rows[2] == [None, "Họ và tên", "Năm sinh", "Thôn"]
    assert rows[4][1] == "Trần Thị Bình"
    layout = detect_layout(rows)
    assert layout.header_row == 2 and layout.columns == {1: "full_name", 2: "birth_year",
                                                         3: "hamlet"}  # fmt: skip


def test_positions_match_openpyxl_cell_by_cell():
    for name in ("lech-b3.xlsx", "ho-ngheo.xlsx", "nhan-khau.xlsx"):
        rows = _only_sheet(name).rows
        wb = load_workbook(FIXTURES / name, data_only=True)
        ws = wb.worksheets[0]
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                cell = ws.cell(row=i + 1, column=j + 1).value
                if isinstance(value, float) and value.is_integer():
                    value = int(value)
                if hasattr(cell, "date") and not isinstance(value, type(cell)):
                    cell = cell.date()
                assert cell == value, (name, i + 1, j + 1)
        wb.close()


def test_fixtures_were_written_by_libreoffice():
    import zipfile

    for name in (
        "ho-ngheo.xlsx",
        "nhan-khau.xlsx",
        "lech-b3.xlsx",
        "mau-nam-nu.xlsx",
        "theo-thon.xlsx",
        "stt-chu-ho.xlsx",
    ):
        with zipfile.ZipFile(FIXTURES / name) as zf:
            assert b"LibreOffice" in zf.read("docProps/app.xml")
    for name in ("ho-ngheo.ods", "mau-nam-nu.ods", "theo-thon.ods", "stt-chu-ho.ods"):
        with zipfile.ZipFile(FIXTURES / name) as zf:
            assert b"LibreOffice" in zf.read("meta.xml")


@pytest.mark.parametrize("name", ["mau-nam-nu.xlsx", "mau-nam-nu.xls", "mau-nam-nu.ods"])
def test_a_form_with_a_header_in_two_rows(name):
    # LibreOffice keeps a merged cell's text in its first cell and leaves the rest empty.
    rows = _only_sheet(name).rows
    assert rows[3][:5] == ["STT", "Họ và tên", None, "Năm sinh", None]
    assert rows[4][:5] == [None, "Họ đệm", "Tên", "Nam", "Nữ"]
    assert rows[5][:3] == ["(1)", "(2)", "(3)"]
    layout = detect_layout(rows)
    assert layout.header_row == 4 and layout.unmapped == []
    assert layout.columns == {0: "stt", 1: "family_name", 2: "given_name", 3: "birth_male",
                              4: "birth_female", 5: "id_number", 6: "hamlet",
                              7: "household_size", 8: "note"}  # fmt: skip
