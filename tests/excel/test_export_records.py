"""Exporting the records of what was done (merges, imports) and the settings lists (hamlets,
users, organisations) to .xlsx, from the services and from `lalanh export`; the files read
back with python-calamine (values) and openpyxl (formats)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.excel import importer
from app.services import exports, merges
from app.services import programs as ps
from app.services.roles import actor_for, save_user
from tests.conftest import xlsx_rows

HEADER_ROW = 4  # under the three title lines and a blank row


def _write(export: exports.ListExport, path) -> list[list]:
    assert exports.write_export(export, path) == export.total
    return xlsx_rows(path)


@pytest.fixture
def imported(db, tmp_path):
    """A five-household list imported by "lan" (the first import of the office)."""
    from tests.excel.test_import import xlsx

    path = xlsx(tmp_path, [["STT", "Họ và tên", "Năm sinh", "Giới tính", "Thôn"],
                           *[[n, f"Nguyễn Văn {name}", 1970 + n, "Nam", "Thôn Đông"]
                             for n, name in enumerate(["An", "Ba", "Cường", "Dũng", "Em"], 1)]],
                name="thon-dong.xlsx")  # fmt: skip
    source = importer.open_source(path)
    plan = importer.build_plan(db, source, importer.find_layout(db, source))
    return importer.commit_plan(db, "lan", plan)


def test_imports_export_lists_each_import_with_its_counts(tmp_path, db, imported):
    from app.excel.batches import undo_import

    undo_import(db, "tester", imported.batch_id)
    path = tmp_path / "nhap.xlsx"
    rows = _write(exports.imports_export(db), path)
    assert rows[1][0] == "DANH SÁCH CÁC LẦN NHẬP TỪ EXCEL"
    assert rows[HEADER_ROW] == ["STT", "Lúc", "Người nhập", "Tệp", "Trang tính", "Số hộ thêm",
                                "Số người thêm", "Số hộ cập nhật", "Số dòng bỏ qua",
                                "Các dòng có lỗi", "Hoàn tác lúc"]  # fmt: skip
    [row] = rows[HEADER_ROW + 1 :]
    assert row[:6] == [1, row[1], "lan", "thon-dong.xlsx", row[4], 5]
    assert row[6:10] == [5, 0, 0, 0]
    # When it happened: a real date and time, shown as dd/mm/yyyy hh:mm.
    assert isinstance(row[1], datetime) and isinstance(row[10], datetime)
    assert row[10] >= row[1] and (datetime.now() - row[1]).total_seconds() < 600
    sheet = load_workbook(path).worksheets[0]
    assert sheet.cell(HEADER_ROW + 2, 2).number_format == "dd/mm/yyyy hh:mm"
    assert sheet.freeze_panes == f"A{HEADER_ROW + 2}"
    assert exports.imports_file_name(date(2026, 11, 28)) == "cac-lan-nhap-2026-11-28.xlsx"


def test_merges_export_lists_merges_and_undone_ones(tmp_path, db, make_household):
    actor = actor_for(db, "tester")
    an = make_household("Nguyễn Văn An", birth_year=1980)
    an2 = make_household("Nguyen Van An", birth_year=1980, phone="0912345678")
    binh = make_household("Trần Thị Bình", gender="female", birth_year=1975)
    binh2 = make_household("Tran Thi Binh", gender="female", birth_year=1975)
    person = {h.id: p for h, p in _heads(db, [an, an2, binh, binh2]).items()}
    merges.merge(db, actor, person[an.id], person[an2.id], {"phone"})
    second = merges.merge(db, actor, person[binh.id], person[binh2.id])
    merges.undo_merge(db, actor, second.merge_id)
    rows = _write(exports.merges_export(db), tmp_path / "gop.xlsx")
    assert rows[1][0] == "DANH SÁCH CÁC LẦN GỘP HỒ SƠ"
    assert rows[HEADER_ROW] == ["STT", "Lúc", "Người gộp", "Hồ sơ được giữ lại", "Hồ sơ bị gộp",
                                "Thông tin lấy từ hồ sơ bị gộp", "Trạng thái"]  # fmt: skip
    body = rows[HEADER_ROW + 1 :]
    assert sorted(r[3:] for r in body) == [
        ["Nguyễn Văn An", "Nguyen Van An", "Điện thoại", "Đã gộp"],
        ["Trần Thị Bình", "Tran Thi Binh", "", "Đã hoàn tác"],
    ]
    assert [r[0] for r in body] == [1, 2] and body[0][1] >= body[1][1]  # newest first
    assert all(isinstance(r[1], datetime) and r[2] == "tester" for r in body)


def _heads(db, saved) -> dict:
    import sqlalchemy as sa

    from app.models import Person

    with db.read() as s:
        return {h: s.scalar(sa.select(Person.id).where(Person.household_id == h.id))
                for h in saved}  # fmt: skip


def test_hamlets_export_counts_households(tmp_path, db, hamlets, make_household):
    make_household("Nguyễn Văn An")
    make_household("Lê Văn Bảy")
    make_household("Trần Thị Hằng", gender="female", household={"hamlet_id": hamlets[1].id})
    rows = _write(exports.hamlets_export(db), tmp_path / "thon.xlsx")
    assert rows[1][0] == "DANH SÁCH THÔN, TỔ DÂN PHỐ"
    assert rows[HEADER_ROW] == ["STT", "Thôn/Tổ", "Loại", "Số hộ"]
    assert [r[1:2] + r[3:] for r in rows[HEADER_ROW + 1 :]] == [["Thôn Đông", 2], ["Thôn Tây", 1]]
    assert exports.settings_file_name("hamlets", date(2026, 11, 28)) == "thon-to-2026-11-28.xlsx"


def test_users_and_organisations_exports(tmp_path, db):
    admin = actor_for(db, "tester")
    save_user(admin, db, "lan", "Trần Thị Lan", ["data_entry"])
    save_user(admin, db, "hung", "Lê Văn Hùng", ["accountant"], active=False)
    rows = _write(exports.users_export(db), tmp_path / "nguoi-dung.xlsx")
    assert rows[HEADER_ROW] == ["STT", "Tên đăng nhập", "Họ và tên", "Vai trò", "Trạng thái"]
    body = {r[1]: r[2:] for r in rows[HEADER_ROW + 1 :]}
    assert body["hung"] == ["Lê Văn Hùng", "Kế toán / thủ quỹ", "Đã ngừng"]
    assert body["lan"][0] == "Trần Thị Lan" and body["lan"][2] == "Đang dùng"
    assert set(body) == {"tester", "lan", "hung"}

    ps.save_organisation(db, admin, "Hội Chữ thập đỏ xã", "red_cross", "Nhận gạo trực tiếp")
    ps.save_organisation(db, admin, "Công ty TNHH Minh Phát", "business")
    rows = _write(exports.organisations_export(db), tmp_path / "to-chuc.xlsx")
    assert rows[1][0] == "DANH SÁCH TỔ CHỨC"
    assert [r[1] for r in rows[HEADER_ROW + 1 :]] == ["Công ty TNHH Minh Phát",
                                                      "Hội Chữ thập đỏ xã"]  # fmt: skip
    assert rows[HEADER_ROW + 2][3] == "Nhận gạo trực tiếp"


def test_stock_export_gives_numbers(tmp_path, db, make_household):
    from tests.ui.season import CASH, RICE, make_season

    make_season(db, make_household)  # 20.000.000 đ and 500 kg received, nothing given yet
    items = ps.items_by_id(db)
    path = tmp_path / "ton-kho.xlsx"
    rows = _write(exports.stock_export(db), path)
    assert rows[1][0] == "TỒN KHO HIỆN CÓ"
    body = {r[1]: r[2:] for r in rows[HEADER_ROW + 1 :]}
    assert body[items[RICE].name] == ["kg", 500, 0, 0, 500]
    assert body[items[CASH].name][1:] == [20_000_000, 0, 0, 20_000_000]
    sheet = load_workbook(path).active
    money = next(
        r for r in sheet.iter_rows(min_row=HEADER_ROW + 2) if r[1].value == items[CASH].name
    )
    assert "#,##0" in money[6].number_format  # thousands separated, as money is


# --- lalanh export ------------------------------------------------------------


def _run(capsys, *args):
    code = main(["--lang", "en", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("name, rows, title", [
    ("imports", 1, "LIST OF EXCEL IMPORTS"),
    ("merges", 0, "LIST OF MERGED RECORDS"),
    ("hamlets", 2, "LIST OF HAMLETS"),
    ("users", 1, "LIST OF USERS AND ROLES"),
    ("organisations", 0, "LIST OF ORGANISATIONS"),
    ("sync-bundles", 0, "LIST OF SYNC BUNDLES"),
    ("stock", 0, "STOCK ON HAND"),
    ("stock-adjustments", 0, "LIST OF STOCK ADJUSTMENTS"),
])  # fmt: skip
def test_cli_exports_the_whole_lists(tmp_path, db, imported, capsys, name, rows, title):
    actor_for(db, "tester")  # the first user
    db_path = db.url.removeprefix("sqlite:///")
    out_file = tmp_path / f"{name}.xlsx"
    code, out, err = _run(capsys, "--db", db_path, "export", name, "--out", out_file)
    assert code == 0, err
    assert out.strip() == f"{rows} rows written to {out_file}."
    written = xlsx_rows(out_file)
    assert written[1][0] == title and len(written) == HEADER_ROW + 1 + rows


def test_cli_refuses_a_filter_on_a_whole_list(tmp_path, db, capsys):
    db_path = db.url.removeprefix("sqlite:///")
    code, out, err = _run(capsys, "--db", db_path, "export", "hamlets", "--search", "Đông",
                          "--out", tmp_path / "x.xlsx")  # fmt: skip
    assert code == 2 and "The hamlets list takes no filter" in err
    assert not (tmp_path / "x.xlsx").exists()
