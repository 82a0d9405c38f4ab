"""`lalanh import`: check, import, report, list and undo from the command line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import sqlalchemy as sa

from app.cli import main, parse_mapping
from app.models import Person

FIXTURES = Path(__file__).parent / "fixtures"


def run(capsys, db, *args):
    code = main(["--lang", "en", "--db", str(db.url.removeprefix("sqlite:///")),
                 *map(str, args)])  # fmt: skip
    out, err = capsys.readouterr()
    return code, out, err


def persons(db) -> int:
    with db.read() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(Person).where(~Person.voided))


def test_dry_run_reports_and_writes_nothing(db, capsys, tmp_path):
    report = tmp_path / "loi.xlsx"
    code, out, err = run(capsys, db, "import", FIXTURES / "nhan-khau.xlsx", "--dry-run",
                         "--report", report)  # fmt: skip
    assert code == 1  # there are wrong rows
    assert "Row 9" in out and "Tổ 3" in out
    assert report.exists()
    assert persons(db) == 0


def test_import_then_again_then_undo(db, capsys):
    code, out, err = run(capsys, db, "import", FIXTURES / "ho-ngheo.xlsx", "--add-hamlets")
    assert code == 0, err
    assert "5 households and 5 persons added" in out
    code, out, err = run(capsys, db, "import", FIXTURES / "ho-ngheo.xlsx", "--add-hamlets")
    assert code == 0 and "0 households and 0 persons added" in out and "5 rows skipped" in out
    assert "This same file was imported" in out
    code, out, err = run(capsys, db, "import", "--list")
    batch = out.split("\t")[0]
    code, out, err = run(capsys, db, "import", "--undo", batch[:8])
    assert code == 0 and persons(db) == 0


def test_mapping_by_column_letters(db, capsys, tmp_path, hamlets):
    path = tmp_path / "la.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Người nhận", "Sinh", "Xóm"])  # headers nobody's synonyms know
    wb.active.append(["Đào Văn Tú", 1980, "Đông"])
    wb.save(path)
    code, out, err = run(capsys, db, "import", path)
    assert code == 2 and "full name" in err
    code, out, err = run(capsys, db, "import", path, "--mapping",
                         "A=full_name, B=birth_year, C=hamlet")  # fmt: skip
    assert code == 0, err
    assert persons(db) == 1


def test_parse_mapping():
    assert parse_mapping("B=full_name,3=birth_year,AA=note") == {
        1: "full_name", 2: "birth_year", 26: "note"}  # fmt: skip


def test_a_file_that_is_not_a_list(db, capsys, tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"%PDF-1.4 nothing")
    code, out, err = run(capsys, db, "import", path)
    assert code == 2 and "PDF" in err and "Traceback" not in err


def test_the_report_names_possible_duplicates_held_back(db, capsys, tmp_path, make_household):
    from datetime import date

    from app.excel.report import ERROR_HEADER

    saved = make_household("Trần Văn Bình", birth_date=date(1970, 5, 6), id_number="026070001234")
    path = tmp_path / "list.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Thôn"])
    # The same man without accents, his CCCD with one digit mistyped: skipped by default.
    wb.active.append([1, "Tran Van Binh", "06/05/1970", "Nam", "026070001284", "Tây"])
    wb.active.append([2, "Phạm Thị Mơ", "1990", "Nữ", None, "Đông"])
    wb.save(path)
    report = tmp_path / "loi.xlsx"
    code, out, err = run(capsys, db, "import", path, "--add-hamlets", "--report", report)
    assert code == 0, err
    assert "1 households and 1 persons added" in out and "1 rows skipped" in out
    ws = openpyxl.load_workbook(report).active
    column = [c.value for c in ws[1]].index(ERROR_HEADER) + 1
    assert saved.code in ws.cell(2, column).value  # with whom, and why
    assert "CCCD" in ws.cell(2, column).value
    assert ws.cell(3, column).value is None


def test_a_hamlet_head_s_list_goes_to_the_hamlet_its_title_names(db, capsys, tmp_path):
    wb = openpyxl.Workbook()
    for row in (["DANH SÁCH HỘ NGHÈO THÔN TÂY"], ["Họ và tên", "Năm sinh", "Giới tính"],
                ["Nguyễn Văn An", 1960, "Nam"]):  # fmt: skip
        wb.active.append(row)
    wb.save(tmp_path / "thon-tay.xlsx")
    code, out, err = run(capsys, db, "import", tmp_path / "thon-tay.xlsx")
    assert code == 0, out + err
    assert "Rows that name no hamlet are in Thôn Tây" in err
    assert persons(db) == 1
    code, out, err = run(capsys, db, "import", tmp_path / "thon-tay.xlsx", "--hamlet", "Đông",
                         "--dry-run")  # fmt: skip
    assert "Rows that name no hamlet" not in err  # the hamlet chosen wins


def test_members_under_numbered_heads_are_said(db, capsys, tmp_path, hamlets):
    path = tmp_path / "stt.xlsx"
    wb = openpyxl.Workbook()
    for row in (["STT", "Họ và tên", "Năm sinh", "Thôn"], [1, "Đào Văn Tú", 1980, "Đông"],
                [None, "Lý Thị Mai", 1982, "Đông"], [2, "Hồ Văn Sơn", 1975, "Đông"]):  # fmt: skip
        wb.active.append(row)
    wb.save(path)
    code, out, err = run(capsys, db, "import", path, "--dry-run")
    assert code == 0, err
    assert "1 rows without a number (STT) are members" in out and "To add: 2 households" in out
    code, out, err = run(capsys, db, "import", path, "--dry-run", "--mapping",
                         "B=full_name,C=birth_year,D=hamlet")  # fmt: skip
    assert "STT" not in out and "To add: 3 households" in out
