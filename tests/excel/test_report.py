"""The error report, made from lists LibreOffice wrote, opened back with openpyxl."""

from __future__ import annotations

import os
import shutil
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.errors import UserError
from app.excel import report, report_xlsx
from app.excel.columns import detect_layout
from app.excel.reading import read_sheets
from app.excel.report import ERROR_HEADER, default_report_path, write_error_report
from app.i18n import set_language

FIXTURES = Path(__file__).parent / "fixtures"
ERRORS = {5: "Số CCCD 026180004321 đã có trong sổ.", 7: "Thiếu ngày sinh."}  # rows 6 and 8


@pytest.fixture(autouse=True)
def english():
    set_language("en")


def _copy(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    shutil.copy(FIXTURES / name, path)
    return path


def _fill(cell) -> str | None:
    return str(cell.fill.fgColor.rgb)[-6:] if cell.fill.fill_type == "solid" else None


def _check_marks(ws, header: int, error_col: int, errors: dict[int, str], last_row: int):
    """Wrong rows filled up to the Lỗi column with their message; the others untouched."""
    head = ws.cell(row=header, column=error_col)
    assert head.value == ERROR_HEADER and head.font.b and _fill(head) == report.HEADER_FILL
    for row in range(header + 1, last_row + 1):
        message = errors.get(row - 1)
        cells = [ws.cell(row=row, column=c) for c in range(1, error_col + 1)]
        if message:
            assert [_fill(c) for c in cells] == [report.WRONG_FILL] * error_col, row
            assert cells[-1].value == message and cells[-1].alignment.wrap_text
        else:
            assert [_fill(c) for c in cells] == [None] * error_col, row
            assert cells[-1].value is None


@pytest.mark.parametrize("how", ["stream", "openpyxl"])
def test_xlsx_report_is_the_original_with_wrong_rows_marked(tmp_path, monkeypatch, how):
    if how == "openpyxl":  # what happens to a file the streaming edit does not handle

        def unsupported(*args):
            raise report_xlsx.Unsupported("for the test")

        monkeypatch.setattr(report_xlsx, "edit_xlsx", unsupported)
    source = _copy(tmp_path, "ho-ngheo.xlsx")
    out = write_error_report(source, "Danh sách", 3, ERRORS, default_report_path(source))
    assert out == tmp_path / "ho-ngheo (lỗi).xlsx"
    original = load_workbook(source)["Danh sách"]
    wb = load_workbook(out)
    ws = wb["Danh sách"]
    assert wb.active.title == "Danh sách" and wb.sheetnames == ["Danh sách", "Sheet2"]
    _check_marks(ws, header=4, error_col=11, errors=ERRORS, last_row=10)
    assert ws.column_dimensions["K"].width == report.ERROR_WIDTH
    # Everything else is as it was: values, formulas, the merged title, widths, styles.
    for row in range(1, 11):
        for column in range(1, 11):
            before, after = original.cell(row, column), ws.cell(row, column)
            assert after.value == before.value, (row, column)
            assert after.number_format == before.number_format
            assert after.font.b == before.font.b
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:J1", "A2:J2"}
    assert ws["A6"].value == "=A5+1" and ws["G10"].value == "=SUM(G5:G9)"
    for letter in "ABC":
        assert ws.column_dimensions[letter].width == original.column_dimensions[letter].width
    assert ws["E7"].number_format == "0.00E+00"  # the scientific ID cell keeps its format
    assert source.read_bytes() == (FIXTURES / "ho-ngheo.xlsx").read_bytes()  # untouched
    if how == "stream":  # every other part is copied; formulas keep their saved results
        with zipfile.ZipFile(source) as a, zipfile.ZipFile(out) as b:
            assert set(a.namelist()) == set(b.namelist())
        rows = read_sheets(out)[0].rows
        assert [r[0] for r in rows[4:9]] == [1, 2, 3, 4, 5] and rows[9][6] == 15
        assert rows[5][10] == ERRORS[5]
    else:  # openpyxl keeps formulas without results: Excel computes them on opening
        assert wb.calculation.fullCalcOnLoad


@pytest.mark.parametrize("name, sheet", [("ho-ngheo.xls", "Danh sách"),
                                         ("ho-ngheo.ods", "Danh sách"),
                                         ("ho-ngheo-utf8.csv", "ho-ngheo-utf8"),
                                         ("ho-ngheo-cp1258.csv", "ho-ngheo-cp1258")])  # fmt: skip
def test_other_formats_are_rebuilt_from_their_values(tmp_path, name, sheet):
    source = _copy(tmp_path, name)
    out = write_error_report(source, sheet, 3, ERRORS, default_report_path(source))
    assert out.name == f"{Path(name).stem} (lỗi).xlsx"
    ws = load_workbook(out).active
    assert ws.title == sheet
    _check_marks(ws, header=4, error_col=11, errors=ERRORS, last_row=10)
    assert ws["A1"].value.startswith(("ỦY BAN", "U"))  # the title block, at its place
    assert [c.value for c in ws[4]][:3] == ["STT", "Họ và tên chủ hộ", "Năm sinh"]
    assert ws["B6"].value == "Trần Thị Bình"
    assert ws["E6"].value == "026180004321" and ws["E6"].number_format == "@"  # text, zero kept
    assert ws["I6"].value == "0987 654 321" and ws["I6"].number_format == "@"
    assert ws.freeze_panes == "A5"
    if name.endswith((".xls", ".ods")):
        assert ws["E5"].value == 26075001234 and ws["E5"].number_format == "0"
        assert ws["A6"].value == 2 and ws["G10"].value == 15  # formulas as their values
    if name.endswith(".xls"):  # calamine knows .xls merges: the title stays merged
        assert {str(r) for r in ws.merged_cells.ranges} == {"A1:J1", "A2:J2"}


def test_rebuilt_dates_are_dates_and_text_stays_text(tmp_path):
    source = _copy(tmp_path, "nhan-khau.xls")
    out = write_error_report(source, "Nhân khẩu", 3, {4: "Sai."}, tmp_path / "bao-loi.xlsx")
    ws = load_workbook(out).active
    assert ws["D5"].value == datetime(1975, 3, 12) and ws["D5"].number_format == "dd/mm/yyyy"
    assert ws["D6"].value == "05/02/1978"
    assert ws["J5"].value == "Sai." and ws["J4"].value == ERROR_HEADER


@pytest.mark.parametrize("name", ["lech-b3.xlsx", "lech-b3.xls", "lech-b3.ods"])
def test_row_numbers_are_excels_when_the_list_starts_at_b3(tmp_path, name):
    source = _copy(tmp_path, name)
    rows = read_sheets(source)[0].rows
    layout = detect_layout(rows)
    assert layout.header_row == 2 and rows[4][1] == "Trần Thị Bình"
    out = write_error_report(source, "Sheet1", layout.header_row, {4: "Sai năm sinh."},
                             tmp_path / "loi.xlsx")  # fmt: skip
    ws = load_workbook(out).active
    assert ws["B5"].value == "Trần Thị Bình"  # row index 4 is Excel's row 5
    assert ws["E3"].value == ERROR_HEADER and ws["E5"].value == "Sai năm sinh."
    assert _fill(ws["B5"]) == report.WRONG_FILL and _fill(ws["B4"]) is None
    assert ws["A1"].value is None and ws["B3"].value == "Họ và tên"


def test_an_existing_report_is_replaced_whole(tmp_path, monkeypatch):
    source = _copy(tmp_path, "ho-ngheo.xlsx")
    out = tmp_path / "ho-ngheo (lỗi).xlsx"
    write_error_report(source, "Danh sách", 3, ERRORS, out)
    write_error_report(source, "Danh sách", 3, {4: "Khác."}, out)
    ws = load_workbook(out).active
    _check_marks(ws, header=4, error_col=11, errors={4: "Khác."}, last_row=10)
    before = out.read_bytes()

    def disk_full(self):  # the disk fills up half-way through
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report_xlsx._Styles, "render", disk_full)
    with pytest.raises(UserError, match="No space left"):
        write_error_report(source, "Danh sách", 3, ERRORS, out)
    assert out.read_bytes() == before  # the old report is still whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ho-ngheo (lỗi).xlsx", "ho-ngheo.xlsx"]


def test_a_report_open_in_excel_says_so(tmp_path, monkeypatch):
    source = _copy(tmp_path, "ho-ngheo-utf8.csv")

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError, match="open in another program"):
        write_error_report(source, "ho-ngheo-utf8", 3, ERRORS, tmp_path / "loi.xlsx")
    assert list(tmp_path.iterdir()) == [source]  # no temp file left behind


def test_a_report_of_a_report_reuses_its_column(tmp_path):
    wb = Workbook()  # a list without formulas: its report imports again as it is
    ws = wb.active
    ws.title = "Danh sách"
    ws.append(["DANH SÁCH HỘ NGHÈO"])
    ws.append(["STT", "Họ và tên", "Năm sinh", "Số CCCD"])
    ws.append([1, "Nguyễn Văn An", 1975, "026075001234"])
    ws.append([2, "Trần Thị Bình", 1890, "026180004321"])
    ws.append([3, "Lê Văn Cường", None, "026068000777"])
    source = tmp_path / "ds.xlsx"
    wb.save(source)
    first = write_error_report(source, "Danh sách", 1, {3: "Năm sinh 1890?", 4: "Thiếu năm sinh."},
                               default_report_path(source))  # fmt: skip
    [sheet] = read_sheets(first)
    layout = detect_layout(sheet.rows)
    assert layout.header_row == 1 and (4, ERROR_HEADER) in layout.unmapped
    assert sheet.rows[3][4] == "Năm sinh 1890?"
    # Row 4 was corrected; row 5 still is wrong: the report of the report.
    second = write_error_report(first, "Danh sách", 1, {4: "Vẫn thiếu năm sinh."},
                                default_report_path(first))  # fmt: skip
    assert second.name == "ds (lỗi 2).xlsx"
    ws = load_workbook(second).active
    assert [c.value for c in ws[2]] == ["STT", "Họ và tên", "Năm sinh", "Số CCCD", ERROR_HEADER]
    _check_marks(ws, header=2, error_col=5, errors={4: "Vẫn thiếu năm sinh."}, last_row=5)


def test_default_names():
    assert default_report_path(Path("/x/Danh sách.xlsx")) == Path("/x/Danh sách (lỗi).xlsx")
    assert default_report_path(Path("/x/ds.csv")) == Path("/x/ds (lỗi).xlsx")
    assert default_report_path(Path("/x/ds (lỗi).xlsx")) == Path("/x/ds (lỗi 2).xlsx")
    assert default_report_path(Path("/x/ds (lỗi).xls")) == Path("/x/ds (lỗi).xlsx")


def test_the_name_gets_xlsx_and_an_unloadable_xlsx_is_rebuilt(tmp_path):
    source = tmp_path / "ds.xlsx"
    shutil.copy(FIXTURES / "ho-ngheo.xls", source)  # an .xls under an .xlsx name
    out = write_error_report(source, "Danh sách", 3, ERRORS, tmp_path / "sua")
    assert out == tmp_path / "sua.xlsx"
    _check_marks(load_workbook(out).active, 4, 11, ERRORS, 10)


def test_a_protected_workbook_gives_the_password_message(tmp_path):
    source = _copy(tmp_path, "mat-khau.xlsx")
    with pytest.raises(UserError, match="password"):
        write_error_report(source, "Sheet1", 0, {1: "x"}, tmp_path / "loi.xlsx")


def test_rows_the_file_has_no_element_for(tmp_path):
    source = _copy(tmp_path, "ho-ngheo.xlsx")
    errors = {8: "Sai.", 12: "Dòng trống?"}  # row 13 is past the end of the list
    out = write_error_report(source, "Danh sách", 3, errors, tmp_path / "loi.xlsx")
    ws = load_workbook(out).active
    _check_marks(ws, header=4, error_col=11, errors=errors, last_row=13)
    assert ws["A13"].value is None and ws["K13"].value == "Dòng trống?"


def test_the_column_widths_are_split_around_the_error_column():
    edit = report_xlsx._SheetEdit(b"", None, 4, {}, 3, clear=False)
    head = (b'<worksheet><dimension ref="A1:B9"/><cols><col min="1" max="1" width="9"/>'
            b'<col min="2" max="20" width="12" style="4"/></cols><sheetData>')  # fmt: skip
    out = edit._head(head)
    assert out == (b'<worksheet><dimension ref="A1:C9"/><cols><col min="1" max="1" width="9"/>'
                   b'<col min="2" max="2" width="12" style="4"/><col customWidth="1" min="3" max="3" '
                   b'width="60" style="4"/><col min="4" max="20" width="12" style="4"/>'
                   b"</cols><sheetData>")  # fmt: skip
    assert edit._column_style(3) == 4 and edit._column_style(25) == 0
