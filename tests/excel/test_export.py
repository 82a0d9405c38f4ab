"""Exporting lists to .xlsx: the writer, the Households and Needs exports, `lalanh export`.

Every file is read back with openpyxl (formats, freeze pane, styles) and with
python-calamine (values, as the import side reads them).
"""

from __future__ import annotations

import os
import unicodedata
import zipfile
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.errors import Cancelled, UserError
from app.excel import writing
from app.excel.columns import detect_layout
from app.excel.writing import Column, export_xlsx
from app.services import exports, vocab
from app.services import households as hh
from app.services.needs import NeedQuery, list_open_needs
from tests.conftest import xlsx_rows

COLUMNS = [
    Column("STT", "int"),
    Column("Mã hộ", "id"),
    Column("Họ và tên", "text"),
    Column("Ngày sinh", "date"),
    Column("Năm sinh", "year"),
    Column("Số CCCD/CMND", "id"),
    Column("Số tiền", "money"),
    Column("Số lượng", "number"),
]
NFD_NAME = unicodedata.normalize("NFD", "Nguyễn Thị Hằng")
ROWS = [
    [1, "000123", "Nguyễn Văn An", date(1980, 2, 5), 1980, "001080012345", 1_250_000,
     Decimal("12.5")],
    [2, "000124", NFD_NAME, None, 1975, "025175004321", 0, Decimal("30")],
    [3, "0001", "  Bà Ba & <Tư>\x07", datetime(1890, 1, 1), None, None, None, 2.25],
]  # fmt: skip


def _open(path):
    wb = load_workbook(path)
    return wb, wb.worksheets[0]


def _leftovers(folder) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".")]


def test_header_title_freeze_and_typed_cells(tmp_path):
    path = tmp_path / "danh sách.xlsx"
    n = export_xlsx(path, "Hộ gia đình", COLUMNS, ROWS,
                    title=["UBND xã Yên Lạc", "DANH SÁCH HỘ", "Xuất ngày 27/11/2026"])  # fmt: skip
    assert n == 3
    wb, ws = _open(path)
    assert ws.title == "Hộ gia đình"
    assert [ws.cell(r, 1).value for r in range(1, 5)] == [
        "UBND xã Yên Lạc", "DANH SÁCH HỘ", "Xuất ngày 27/11/2026", None]  # fmt: skip
    assert ws["A1"].font.b and ws["A2"].font.b
    header = [c.value for c in ws[5]]
    assert header == [c.header for c in COLUMNS]
    assert all(c.font.b for c in ws[5])
    assert ws.freeze_panes == "A6"  # below the header
    assert ws.auto_filter.ref == "A5:H8"
    assert ws.print_title_rows == "$5:$5"
    for letter in "ABCDEFGH":
        assert ws.column_dimensions[letter].width >= 6

    first, second, third = ws[6], ws[7], ws[8]
    # IDs: strings, leading zeros kept, text format
    assert (first[1].value, first[1].number_format) == ("000123", "@")
    assert (first[5].value, first[5].number_format) == ("001080012345", "@")
    assert (third[1].value, third[1].number_format) == ("0001", "@")
    # dates: real dates shown dd/mm/yyyy; before 1900 (Excel cannot) as text
    assert first[3].value == datetime(1980, 2, 5) and first[3].number_format == "dd/mm/yyyy"
    assert third[3].value == "01/01/1890" and third[3].data_type == "s"
    assert second[3].value is None
    # numbers: money and counts with thousands separators, years without
    assert (first[6].value, first[6].number_format) == (1_250_000, "#,##0")
    assert (first[0].value, first[0].number_format) == (1, "#,##0")
    assert (first[4].value, first[4].number_format) == (1980, "0")
    assert (first[7].value, first[7].number_format) == (12.5, "#,##0.0##")
    assert (second[7].value, second[7].number_format) == (30, "#,##0")  # no dangling comma
    assert third[7].value == 2.25
    # text: NFC, escaped, spaces kept, characters XML cannot hold dropped
    assert second[2].value == "Nguyễn Thị Hằng" == unicodedata.normalize("NFC", NFD_NAME)
    assert third[2].value == "  Bà Ba & <Tư>"
    wb.close()


def test_calamine_reads_the_same_values(tmp_path):
    path = tmp_path / "x.xlsx"
    export_xlsx(path, "Danh sách", COLUMNS, ROWS)
    rows = xlsx_rows(path)
    assert rows[0] == [c.header for c in COLUMNS]  # no title: the header is row 1
    assert rows[1][:6] == [1, "000123", "Nguyễn Văn An", date(1980, 2, 5), 1980, "001080012345"]
    assert rows[1][6:] == [1_250_000, 12.5]
    assert rows[2][2] == "Nguyễn Thị Hằng" and unicodedata.is_normalized("NFC", rows[2][2])
    assert rows[2][5] == "025175004321"
    wb, ws = _open(path)
    assert ws.freeze_panes == "A2"
    wb.close()


def test_the_import_side_finds_the_header_under_the_title(tmp_path, db, make_household):
    make_household("Nguyễn Văn An", id_type="cccd", id_number="001080012345")
    path = tmp_path / "hộ.xlsx"
    exports.export_households(db, hh.HouseholdQuery(), path)
    rows = xlsx_rows(path)
    layout = detect_layout(rows)
    assert layout is not None and layout.header_row == 4
    fields = set(layout.columns.values())
    assert {"household_code", "full_name", "birth", "birth_year", "gender", "id_number",
            "hamlet", "phone", "address", "household_size", "category", "note"} <= fields  # fmt: skip


def test_an_existing_file_is_replaced_whole_and_no_temp_file_is_left(tmp_path):
    path = tmp_path / "ds.xlsx"
    export_xlsx(path, "A", COLUMNS, ROWS * 50)
    export_xlsx(path, "B", COLUMNS, ROWS[:1])
    wb, ws = _open(path)
    assert ws.title == "B" and ws.max_row == 2
    wb.close()
    assert _leftovers(tmp_path) == []
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
    if os.name == "posix":
        assert path.stat().st_mode & 0o044  # readable by others as any new file, not 0600


def test_cancel_keeps_the_old_file_and_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(writing, "PROGRESS_EVERY_S", 0)
    path = tmp_path / "ds.xlsx"
    export_xlsx(path, "Cũ", COLUMNS, ROWS)
    before = path.read_bytes()
    closed = []

    def endless():
        try:
            while True:
                yield ROWS[0]
        finally:
            closed.append(True)  # the database session behind the rows is let go

    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 1000

    with pytest.raises(Cancelled):
        export_xlsx(path, "Mới", COLUMNS, endless(), progress=progress, total=0)
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []
    assert closed == [True]
    assert calls[0] == (0, 0) and calls[-1][0] >= 1000


def test_an_error_in_the_rows_leaves_nothing(tmp_path):
    def broken():
        yield ROWS[0]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        export_xlsx(tmp_path / "ds.xlsx", "A", COLUMNS, broken())
    assert list(tmp_path.iterdir()) == []


def test_progress_reports_the_total(tmp_path, monkeypatch):
    monkeypatch.setattr(writing, "PROGRESS_EVERY_S", 0)
    calls = []
    n = export_xlsx(tmp_path / "ds.xlsx", "A", COLUMNS, ROWS * 200,
                    progress=lambda d, t: calls.append((d, t)) or True, total=600)  # fmt: skip
    assert n == 600
    assert calls[0] == (0, 600) and calls[-1] == (600, 600)
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)


def test_write_errors_are_user_errors(tmp_path, monkeypatch, english):
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="Could not save"):
        export_xlsx(blocker / "ds.xlsx", "A", COLUMNS, ROWS)

    def locked(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(writing.os, "replace", locked)
    with pytest.raises(UserError, match="open in Excel"):
        export_xlsx(tmp_path / "ds.xlsx", "A", COLUMNS, ROWS)
    assert _leftovers(tmp_path) == []


def test_too_many_rows_for_a_sheet(tmp_path, monkeypatch):
    monkeypatch.setattr(writing, "MAX_ROWS", 10)
    with pytest.raises(UserError):
        export_xlsx(tmp_path / "ds.xlsx", "A", COLUMNS, ROWS * 5)
    assert list(tmp_path.iterdir()) == []


def test_sheet_names_follow_excels_rules(tmp_path):
    path = tmp_path / "ds.xlsx"
    export_xlsx(path, "Hộ nghèo [2026]: thôn 1/2 và những thôn khác nữa", COLUMNS, [])
    wb, ws = _open(path)
    assert len(ws.title) <= 31 and not set("[]:*?/\\") & set(ws.title)
    assert ws.max_row == 1  # only the header
    wb.close()


def test_widths_follow_the_values(tmp_path):
    path = tmp_path / "ds.xlsx"
    columns = [Column("Mã", "id"), Column("Địa chỉ", "text"), Column("Ghi chú", "text", 30)]
    export_xlsx(path, "A", columns, [["1", "Số 200, đường Nguyễn Thị Minh Khai, phường 5", "x"]])
    wb, ws = _open(path)
    widths = [ws.column_dimensions[c].width for c in "ABC"]
    assert widths[0] < 15 < widths[1] and widths[2] == 30
    wb.close()


# --- the lists ----------------------------------------------------------------


@pytest.fixture
def registry(db, hamlets, make_household):
    """Three households: one poor in Thôn Đông with a full birth date, one in Thôn Tây, one voided."""
    poor = vocab.category_id("poor")
    an = make_household("Nguyễn Văn An", birth_date=date(1980, 2, 5), id_type="cccd",
                        id_number="001080012345", phone="0912345678",
                        household={"category_ids": {poor}, "address": "Số 5, xóm Chùa",
                                   "needs": [hh.NeedDraft(kind="cash", quantity=Decimal(1_500_000),
                                                          unit="VND", urgency="critical",
                                                          assessed_by="Trưởng thôn")]},
                        members=[hh.MemberDraft(full_name="Lê Thị Bình", gender="female",
                                                birth_year=1982, relation="spouse")])  # fmt: skip
    binh = make_household("Trần Thị Hằng", gender="female", birth_year=1975,
                          household={"hamlet_id": hamlets[1].id, "note": "Neo đơn",
                                     "needs": [hh.NeedDraft(kind="rice", quantity=Decimal("12.5"),
                                                            unit="kg",
                                                            assessed_by="Trưởng thôn")]})  # fmt: skip
    gone = make_household("Phạm Văn Cường")
    hh.void_household(db, "tester", gone.id, "Chuyển đi nơi khác")
    return an, binh, gone


def _data(path, header_row=4) -> list[list]:
    rows = xlsx_rows(path)
    return rows[header_row + 1 :]


def test_households_export_has_the_page_columns_and_order(tmp_path, db, registry):
    an, binh, _gone = registry
    path = tmp_path / "ho.xlsx"
    n = exports.export_households(db, hh.HouseholdQuery(), path)
    assert n == 2
    rows = xlsx_rows(path)
    assert rows[0][0] == "UBND xã Thử Nghiệm" or rows[0][0].startswith("UBND xã Thử Nghiệm")
    assert rows[1][0] == "DANH SÁCH HỘ GIA ĐÌNH"
    assert rows[4] == ["STT", "Mã hộ", "Thôn/Tổ", "Chủ hộ", "Ngày sinh", "Năm sinh",
                       "Giới tính", "Số CCCD/CMND", "Điện thoại", "Địa chỉ", "Số nhân khẩu",
                       "Diện đối tượng", "Ghi chú"]  # fmt: skip
    first, second = rows[5:]
    assert first == [1, an.code, "Thôn Đông", "Nguyễn Văn An", date(1980, 2, 5), 1980, "Nam",
                     "001080012345", "0912345678", "Số 5, xóm Chùa", 2, "Hộ nghèo", ""]  # fmt: skip
    assert second[:7] == [2, binh.code, "Thôn Tây", "Trần Thị Hằng", "", 1975, "Nữ"]
    assert second[10:] == [1, "", "Neo đơn"]
    wb, ws = _open(path)
    assert ws["B6"].number_format == "@" and ws["H6"].number_format == "@"
    assert ws["E6"].number_format == "dd/mm/yyyy"
    assert ws.freeze_panes == "A6"
    wb.close()


def test_households_export_follows_the_page_filters(tmp_path, db, hamlets, registry):
    an, binh, gone = registry
    path = tmp_path / "ho.xlsx"
    poor = vocab.category_id("poor")
    for query, codes in [
        (hh.HouseholdQuery(hamlet_id=hamlets[1].id), [binh.code]),
        (hh.HouseholdQuery(category_id=poor), [an.code]),
        (hh.HouseholdQuery(text="hang"), [binh.code]),
        (hh.HouseholdQuery(text="binh"), [an.code]),  # a member's name finds the household
        (hh.HouseholdQuery(include_voided=True), [an.code, binh.code, gone.code]),
    ]:
        shown = [r.code for r in hh.list_households(db, query).rows]
        assert shown == codes
        n = exports.export_households(db, query, path)
        rows = _data(path)
        assert n == len(codes) and [r[1] for r in rows] == codes, query
    rows = xlsx_rows(path)
    assert rows[4][-1] == "Đã hủy" and rows[-1][-1] == "Chuyển đi nơi khác"
    exports.export_households(db, hh.HouseholdQuery(text="binh"), path)
    rows = xlsx_rows(path)
    assert rows[4][-1] == "Khớp với" and rows[5][-1] == "Lê Thị Bình (Vợ/chồng)"
    assert "binh" in rows[2][0]  # the filters are written under the list's name
    exports.export_households(db, hh.HouseholdQuery(hamlet_id=hamlets[1].id), path)
    assert "Thôn Tây" in xlsx_rows(path)[2][0]


def test_households_export_streams_past_a_chunk(tmp_path, db, monkeypatch):
    from app.services.demo import generate_demo

    monkeypatch.setattr(exports, "CHUNK", 7)
    generate_demo(db, 40, seed=3)
    expected, cursor = [], None
    while True:
        page = hh.list_households(db, hh.HouseholdQuery(), cursor, 100)
        expected += [r.code for r in page.rows]
        if page.cursor is None:
            break
        cursor = page.cursor
    path = tmp_path / "ho.xlsx"
    assert exports.export_households(db, hh.HouseholdQuery(), path) == 40
    rows = _data(path)
    assert [r[1] for r in rows] == expected and [r[0] for r in rows] == list(range(1, 41))
    export = exports.households_export(db, hh.HouseholdQuery(text="nguyen"))
    found = list(export.rows)
    assert found and export.total == len(found)


def test_needs_export_matches_the_needs_page(tmp_path, db, hamlets, registry):
    an, binh, _gone = registry
    path = tmp_path / "nhu-cau.xlsx"
    n = exports.export_needs(db, NeedQuery(), path)
    page, _cursor = list_open_needs(db, NeedQuery())
    assert n == len(page) == 2
    rows = xlsx_rows(path)
    assert rows[1][0] == "DANH SÁCH NHU CẦU CHƯA ĐÁP ỨNG"
    assert rows[4] == ["STT", "Mức độ khẩn cấp", "Nhu cầu", "Số lượng", "Đơn vị tính", "Mã hộ",
                       "Chủ hộ", "Thôn/Tổ", "Ngày đánh giá", "Người đánh giá", "Ghi chú"]  # fmt: skip
    cash, rice = rows[5:]
    assert cash == [1, "Khẩn cấp", "Tiền mặt", 1_500_000, "đồng", an.code, "Nguyễn Văn An",
                    "Thôn Đông", date.today(), "Trưởng thôn", ""]  # fmt: skip
    assert rice[:6] == [2, "Bình thường", "Gạo", 12.5, "kg", binh.code]
    wb, ws = _open(path)
    assert ws["D6"].number_format == "#,##0" and ws["D7"].number_format == "#,##0.0##"
    assert ws["I6"].number_format == "dd/mm/yyyy" and ws["F6"].number_format == "@"
    wb.close()
    exports.export_needs(db, NeedQuery(kind="rice", hamlet_id=hamlets[1].id), path)
    rows = xlsx_rows(path)
    assert [r[5] for r in rows[5:]] == [binh.code]
    assert "Gạo" in rows[2][0] and "Thôn Tây" in rows[2][0]


@pytest.fixture
def donations(db):
    """Three donations recorded by an accountant: cash earmarked for a program, rice, and
    cash recorded by mistake and reversed."""
    from app.services import ledger
    from app.services import programs as ps
    from app.services.roles import actor_for, save_user

    save_user(actor_for(db, "tester"), db, "ketoan", "Phạm Thị Kế", ["accountant"])
    accountant = actor_for(db, "ketoan")
    org = ps.save_organisation(db, actor_for(db, "tester"), "Ủy ban MTTQ xã", "fatherland_front")
    program = ps.save_program(db, actor_for(db, "tester"), ps.ProgramDraft(
        name="Quà Tết 2026", organisation_id=org, funding="budget",
        starts_on=date(2026, 1, 5), categories=[vocab.category_id("poor")],
        norms=[ps.NormDraft(vocab.item_id("cash"), "per_household", Decimal(500_000))],
    ))  # fmt: skip
    cash, rice = vocab.item_id("cash"), vocab.item_id("rice")
    ledger.record_donation(db, accountant, ledger.DonationDraft(
        "Công ty TNHH Minh Phát", cash, Decimal(10_000_000), date(2026, 1, 10),
        receipt_no="0012", program_id=program))  # fmt: skip
    ledger.record_donation(db, accountant, ledger.DonationDraft(
        "Hội Chữ thập đỏ tỉnh", rice, Decimal("250.5"), date(2026, 1, 12), receipt_no="0013"))  # fmt: skip
    wrong = ledger.record_donation(db, accountant, ledger.DonationDraft(
        "Bà Tư", cash, Decimal(200_000), date(2026, 1, 15), note="ghi nhầm"))  # fmt: skip
    ledger.reverse_donation(db, accountant, wrong, "Ghi trùng phiếu 0012")
    ledger.record_adjustment(db, accountant, rice, Decimal("5.5"), date(2026, 1, 20),
                             "Gạo bị ẩm mốc")  # fmt: skip
    return program


def test_donations_export_matches_the_donations_page(tmp_path, db, donations):
    from app.services import ledger

    path = tmp_path / "ung-ho.xlsx"
    n = exports.export_donations(db, ledger.DonationQuery(), path)
    page = ledger.list_donations(db, ledger.DonationQuery())
    assert n == len(page) == 4  # the reversed entry and its reversal both stay in the ledger
    rows = xlsx_rows(path)
    assert rows[1][0] == "DANH SÁCH TIỀN, HÀNG ỦNG HỘ ĐÃ NHẬN"
    assert rows[4] == ["STT", "Ngày", "Người/đơn vị ủng hộ", "Nguồn", "Mặt hàng", "Số lượng",
                       "Đơn vị tính", "Số phiếu thu", "Dành riêng cho", "Người ghi nhận",
                       "Ghi chú"]  # fmt: skip
    body = rows[5:]
    assert [r[2] for r in body] == [r.donor_name for r in page]  # the page's order, newest first
    by_donor = {r[2]: r for r in body if not str(r[10]).startswith("Bút toán đảo")}
    minh_phat = by_donor["Công ty TNHH Minh Phát"]
    assert minh_phat[1] == date(2026, 1, 10) and minh_phat[5] == 10_000_000
    assert minh_phat[6] == "đồng" and minh_phat[7] == "0012"
    assert minh_phat[8].endswith("Quà Tết 2026")
    assert by_donor["Hội Chữ thập đỏ tỉnh"][5:7] == [250.5, "kg"]
    assert by_donor["Bà Tư"][10] == "đã hủy bằng bút toán đảo — ghi nhầm"
    assert "Bút toán đảo: Ghi trùng phiếu 0012" in [r[10] for r in body if r[2] == "Bà Tư"]
    wb, ws = _open(path)
    assert ws.freeze_panes == "A6" and ws["A5"].font.bold
    at = {ws.cell(r, 3).value: r for r in range(6, 10)}
    minh_phat, red_cross = at["Công ty TNHH Minh Phát"], at["Hội Chữ thập đỏ tỉnh"]
    assert ws.cell(minh_phat, 2).number_format == "dd/mm/yyyy"
    assert ws.cell(minh_phat, 8).number_format == "@"  # a receipt number stays text: "0012"
    assert ws.cell(minh_phat, 6).number_format == "#,##0"
    assert ws.cell(red_cross, 6).number_format == "#,##0.0##"
    wb.close()
    # The page's filters: an item, an earmark, a search.
    exports.export_donations(db, ledger.DonationQuery(item_id=vocab.item_id("rice")), path)
    assert [r[2] for r in xlsx_rows(path)[5:]] == ["Hội Chữ thập đỏ tỉnh"]
    exports.export_donations(db, ledger.DonationQuery(program_id=donations), path)
    rows = xlsx_rows(path)
    assert [r[2] for r in rows[5:]] == ["Công ty TNHH Minh Phát"] and "Quà Tết 2026" in rows[2][0]
    exports.export_donations(db, ledger.DonationQuery(text="0013"), path)
    assert [r[7] for r in xlsx_rows(path)[5:]] == ["0013"]


def test_donations_export_streams_past_a_chunk(tmp_path, db, donations, monkeypatch):
    from app.services import ledger

    monkeypatch.setattr(exports, "CHUNK", 3)
    path = tmp_path / "ung-ho.xlsx"
    assert exports.export_donations(db, ledger.DonationQuery(), path) == 4
    assert [r[0] for r in xlsx_rows(path)[5:]] == [1, 2, 3, 4]


def test_stock_adjustments_export(tmp_path, db, donations):
    path = tmp_path / "dieu-chinh.xlsx"
    assert exports.export_adjustments(db, path) == 1
    rows = xlsx_rows(path)
    assert rows[1][0] == "DANH SÁCH ĐIỀU CHỈNH KHO"
    assert rows[4] == ["STT", "Ngày", "Mặt hàng", "Số lượng", "Đơn vị tính", "Lý do",
                       "Người ghi nhận"]  # fmt: skip
    assert rows[5] == [1, date(2026, 1, 20), "Gạo", 5.5, "kg", "Gạo bị ẩm mốc",
                       "Phạm Thị Kế (ketoan)"]  # fmt: skip
    assert exports.adjustments_file_name(date(2026, 11, 27)) == "dieu-chinh-kho-2026-11-27.xlsx"


def test_programs_export_lists_the_programs_page(tmp_path, db, donations):
    from app.services.programs import list_programs

    path = tmp_path / "dot.xlsx"
    assert exports.export_programs(db, path) == 1
    rows = xlsx_rows(path)
    assert rows[1][0] == "DANH SÁCH CÁC ĐỢT HỖ TRỢ"
    assert rows[4] == ["STT", "Mã đợt", "Đợt hỗ trợ", "Tổ chức", "Nguồn kinh phí",
                       "Thời gian thực hiện", "Nhóm chống trùng", "Danh sách",
                       "Số hộ trong danh sách", "Định mức"]  # fmt: skip
    [page] = list_programs(db)
    assert rows[5][:4] == [1, page.code, "Quà Tết 2026", "Ủy ban MTTQ xã"]
    assert rows[5][7] == "Nháp" and rows[5][8] == 0 and rows[5][9] == page.norms
    assert exports.programs_file_name(date(2026, 11, 27)) == "dot-ho-tro-2026-11-27.xlsx"


def test_english_headers(tmp_path, db, registry, english):
    path = tmp_path / "households.xlsx"
    exports.export_households(db, hh.HouseholdQuery(), path)
    rows = xlsx_rows(path)
    assert rows[1][0] == "LIST OF HOUSEHOLDS"
    assert rows[4][:4] == ["No.", "Household code", "Hamlet", "Head of household"]
    assert rows[5][6] == "Male"
    assert exports.households_file_name(date(2026, 11, 27)) == "households-2026-11-27.xlsx"


def test_file_names_in_vietnamese():
    assert exports.households_file_name(date(2026, 11, 27)) == "ho-gia-dinh-2026-11-27.xlsx"
    assert exports.needs_file_name(date(2026, 11, 27)) == "nhu-cau-2026-11-27.xlsx"
    assert exports.donations_file_name(date(2026, 11, 27)) == "ung-ho-2026-11-27.xlsx"


# --- lalanh export ------------------------------------------------------------


def _run(capsys, *args):
    code = main(["--lang", "en", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_export_households_and_needs(tmp_path, db, registry, capsys):
    an, binh, _gone = registry
    db_path = db.url.removeprefix("sqlite:///")
    out_file = tmp_path / "out" / "ho.xlsx"
    code, out, err = _run(capsys, "--db", db_path, "export", "households", "--out", out_file)
    assert code == 0, err
    assert out.strip() == f"2 rows written to {out_file}."
    assert "2/2" in err  # progress on stderr
    assert [r[1] for r in _data(out_file)] == [an.code, binh.code]

    code, out, err = _run(capsys, "--db", db_path, "export", "households", "--hamlet",
                          "thon tay", "--out", out_file)  # fmt: skip
    assert code == 0 and [r[1] for r in _data(out_file)] == [binh.code]
    code, out, err = _run(capsys, "--db", db_path, "export", "households", "--search", "binh",
                          "--voided", "--out", out_file)  # fmt: skip
    assert code == 0 and [r[1] for r in _data(out_file)] == [an.code]

    code, out, err = _run(capsys, "--db", db_path, "export", "needs", "--kind", "rice",
                          "--out", tmp_path / "needs")  # fmt: skip
    assert code == 0 and out.strip().endswith("needs.xlsx.")
    assert [r[5] for r in _data(tmp_path / "needs.xlsx")] == [binh.code]


def test_cli_export_donations_and_programs(tmp_path, db, donations, capsys):
    db_path = db.url.removeprefix("sqlite:///")
    out_file = tmp_path / "ung-ho.xlsx"
    code, out, err = _run(capsys, "--db", db_path, "export", "donations", "--search",
                          "minh phat", "--out", out_file)  # fmt: skip
    assert code == 0, err
    assert out.strip() == f"1 rows written to {out_file}."
    assert [r[2] for r in _data(out_file)] == ["Công ty TNHH Minh Phát"]
    code, out, err = _run(capsys, "--db", db_path, "export", "programs", "--out", out_file)
    assert code == 0, err
    assert [r[2] for r in _data(out_file)] == ["Quà Tết 2026"]


@pytest.mark.parametrize("args, message", [
    (["households", "--out", "x.csv"], "Excel files (.xlsx)"),
    (["households", "--hamlet", "Thôn Bắc", "--out", "x.xlsx"], "Thôn Đông, Thôn Tây"),
    (["needs", "--kind", "gạo", "--out", "x.xlsx"], "rice, cash"),
    (["needs", "--search", "an", "--out", "x.xlsx"], "households list"),
    (["donations", "--hamlet", "Thôn Đông", "--out", "x.xlsx"], "only --search applies"),
    (["programs", "--search", "Tết", "--out", "x.xlsx"], "takes no filter"),
])  # fmt: skip
def test_cli_export_mistakes_are_user_errors(tmp_path, db, capsys, monkeypatch, args, message):
    db_path = db.url.removeprefix("sqlite:///")
    monkey_cwd = tmp_path / "cwd"
    monkey_cwd.mkdir()
    monkeypatch.chdir(monkey_cwd)
    code, out, err = _run(capsys, "--db", db_path, "export", *args)
    assert code == 2 and err.startswith("Error: ") and message in err, err
    assert "Traceback" not in err and list(monkey_cwd.iterdir()) == []
