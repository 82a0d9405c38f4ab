"""The recipient list and the public posting list as .xlsx (issue 5: "the same list can also be
saved as .xlsx for those who want to edit it").

A real aid round built with the services on a migrated SQLite file, read with load_sheet, written
with write_list_xlsx, and read back with openpyxl and python-calamine; the totals as LibreOffice
calculates them (a CSV conversion), before and after an edit; the row order against the PDF made
from the same SheetData.
"""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import time
import uuid
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
import pytest
from python_calamine import CalamineWorkbook

from app.amount_words import amount_in_words
from app.errors import Cancelled, UserError
from app.printing.list_data import PrintOptions, SheetData, SheetItem, SheetRow, load_sheet, mask_id
from app.printing.list_xlsx import write_list_xlsx
from app.printing.signature_list import list_pdf
from app.services import vocab
from app.services.distribution import ReceiptDraft, record_receipt
from app.services.households import MemberDraft
from app.services.ledger import DonationDraft, record_donation
from app.services.office_documents import DocumentSettings, Signer
from app.services.programs import NormDraft, ProgramDraft, save_organisation, save_program
from app.services.recipient_lists import ListQuery, advance_list, build_list, list_rows
from app.services.roles import actor_for, save_user

CASH, RICE = vocab.item_id("cash"), vocab.item_id("rice")
POOR, NEAR_POOR = vocab.category_id("poor"), vocab.category_id("near_poor")
PROGRAM_NAME = "Hỗ trợ Tết Nhân ái năm 2026"
DOC_DATE = date(2026, 2, 5)
RICE_PER_PERSON = Decimal("12.5")  # odd households get a half kilogram: decimals in the sheet
CASH_PER_PERSON = {POOR: 1_000_000, NEAR_POOR: 500_000}
# (hamlet index, name, gender, birth year, category, persons, CCCD); the order of each hamlet is
# the order the list prints (given name, then middle names, then surname). Two IDs start "00".
HOUSEHOLDS = [
    (0, "Nguyễn Văn An", "male", 1980, POOR, 3, "001080000123"),
    (0, "Trần Thị Bình", "female", 1975, NEAR_POOR, 1, "026175000111"),
    (0, "Lê Văn Cường", "male", 1968, POOR, 2, "026068000222"),
    (1, "Phạm Thị Dung", "female", 1990, POOR, 1, "001190000444"),
    (1, "Hoàng Văn Em", "male", 1955, NEAR_POOR, 2, "026055000555"),
    (1, "Vũ Thị Giang", "female", 1948, POOR, 3, "026148000666"),
]
SIGNATURE_HEADER = ["STT", "Mã", "Họ và tên", "Năm sinh", "Thôn/Tổ dân phố", "Số CCCD",
                    "Đối tượng", "Số tiền (đồng)", "Gạo (kg)", "Ký nhận", "Ghi chú"]  # fmt: skip
PUBLIC_HEADER = ["STT", "Họ và tên", "Năm sinh", "Thôn/Tổ dân phố", "Số CCCD", "Đối tượng",
                 "Số tiền (đồng)", "Gạo (kg)", "Ghi chú"]  # fmt: skip


def documents(**changes) -> DocumentSettings:
    signers = (
        Signer("preparer", "", "NGƯỜI LẬP BIỂU", "Lê Thị Nhập"),
        Signer("accountant", "", "KẾ TOÁN", "Phạm Văn Quỹ", shown=False),
        Signer("treasurer", "", "THỦ QUỸ", "Đỗ Thị Tiền"),
        Signer("leader", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Duyệt"),
    )
    return replace(DocumentSettings(
        superior_body="UBND TỈNH PHÚ THỌ", issuing_body="ỦY BAN NHÂN DÂN\nXÃ YÊN LẠC",
        place_name="Yên Lạc", symbol="DS-UBND", signers=signers, hotline="0211 3862 345",
    ), **changes)  # fmt: skip


@pytest.fixture
def program(db, hamlets, make_household):
    """An approved cash + rice list of six households in two hamlets; one received by proxy."""
    admin = actor_for(db, "tester")
    save_user(admin, db, "clerk", "Lê Thị Nhập", ["data_entry"])
    save_user(admin, db, "chair", "Trần Văn Duyệt", ["approver"])
    save_user(admin, db, "treasurer", "Phạm Văn Quỹ", ["accountant"])
    clerk, chair = actor_for(db, "clerk"), actor_for(db, "chair")
    codes = {}
    for hamlet, name, gender, year, category, persons, id_number in HOUSEHOLDS:
        members = [MemberDraft(full_name=f"Thành Viên {'ABCD'[k]}", relation="child", gender="male",
                               birth_year=2012) for k in range(1, persons)]  # fmt: skip
        saved = make_household(name, gender=gender, birth_year=year, id_type="cccd",
                               id_number=id_number, members=members,
                               household={"hamlet_id": hamlets[hamlet].id,
                                          "category_ids": {category}})  # fmt: skip
        codes[name] = saved.code
    org = save_organisation(db, clerk, "Ủy ban MTTQ xã", "fatherland_front")
    pid = save_program(db, clerk, ProgramDraft(
        name=PROGRAM_NAME, organisation_id=org, funding="budget",
        starts_on=date.today() - timedelta(days=5), categories=[POOR, NEAR_POOR],
        norms=[NormDraft(CASH, "per_person", Decimal(500_000), {POOR: Decimal(1_000_000)}),
               NormDraft(RICE, "per_person", RICE_PER_PERSON)]))  # fmt: skip
    build_list(db, clerk, pid)
    advance_list(db, clerk, pid)
    advance_list(db, chair, pid)
    for item, quantity in ((CASH, 50_000_000), (RICE, 500)):
        record_donation(db, actor_for(db, "treasurer"), DonationDraft(
            donor_name="Ngân sách xã", item_id=item, quantity=Decimal(quantity),
            received_on=date.today() - timedelta(days=1), source="budget"))  # fmt: skip
    row = next(r for r in list_rows(db, pid, ListQuery())
               if r.household_code == codes["Lê Văn Cường"])  # fmt: skip
    record_receipt(db, clerk, ReceiptDraft(
        recipient_id=row.recipient_id, given_on=date.today(), collector="proxy",
        proxy_name="Lê Thị Hoa", proxy_relation="child", id_type="cccd",
        id_number="026195000777", handed_by="Lê Thị Nhập"))  # fmt: skip
    return pid


def sheet(db, program_id, **options) -> tuple[SheetData, PrintOptions]:
    options.setdefault("document_date", DOC_DATE)
    opts = PrintOptions(**options)
    return load_sheet(db, program_id, opts), opts


def expected_cash(name: str) -> int:
    _h, _n, _g, _y, category, persons, _id = next(h for h in HOUSEHOLDS if h[1] == name)
    return persons * CASH_PER_PERSON[category]


def expected_rice(name: str) -> Decimal:
    persons = next(h for h in HOUSEHOLDS if h[1] == name)[5]
    return persons * RICE_PER_PERSON


# --- reading the workbook back ----------------------------------------------------------------


class Read:
    """The sheet as openpyxl sees it: the head above the header, the household rows under it."""

    def __init__(self, path: Path):
        self.wb = openpyxl.load_workbook(path)
        self.ws = self.wb.active
        self.values = [list(r) for r in self.ws.iter_rows(values_only=True)]
        self.header_row = next(i for i, r in enumerate(self.values, 1) if r[0] == "STT")
        self.header = [v for v in self.values[self.header_row - 1] if v is not None]
        end = next(i for i, r in enumerate(self.values, 1)
                   if isinstance(r[0], str) and r[0].startswith("Tổng cộng"))  # fmt: skip
        self.total_row = end
        self.body = [(n, self.values[n - 1]) for n in range(self.header_row + 1, end)]
        self.households = [(n, r) for n, r in self.body if isinstance(r[0], int)]
        self.subtotals = [(n, r) for n, r in self.body if isinstance(r[0], str)]

    def column(self, heading: str) -> int:
        return self.header.index(heading)

    def texts(self) -> list[str]:
        return [v for row in self.values for v in row if isinstance(v, str)]


def pdf_row_codes(data: SheetData, opts: PrintOptions) -> list[str]:
    """The row codes in the order the PDF made from the same data prints them."""
    pdf, _rendered = list_pdf(data, documents(), opts)
    doc = pdfium.PdfDocument(pdf)
    text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    return re.findall(r"\bP\d{4}-\d{5}\b", text)


# --- the signature list -----------------------------------------------------------------------


def test_signature_list_workbook_has_the_head_the_rows_in_the_pdfs_order_and_the_signers(
    db, program, tmp_path
):
    data, opts = sheet(db, program)
    out = tmp_path / "ds.xlsx"
    assert write_list_xlsx(data, documents(), opts, out) == len(HOUSEHOLDS)
    book = Read(out)
    ws = book.ws
    texts = book.texts()
    for expected in ["UBND TỈNH PHÚ THỌ", "ỦY BAN NHÂN DÂN", "XÃ YÊN LẠC",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Yên Lạc, ngày 05 tháng 02 năm 2026", "DANH SÁCH",
                     f"Hộ gia đình nhận hỗ trợ: {PROGRAM_NAME}"]:  # fmt: skip
        assert expected in texts, expected
    assert ws["A1"].value == "UBND TỈNH PHÚ THỌ" and not ws["A1"].font.b
    assert ws["A2"].font.b  # the issuing body in bold, the national motto at the right
    motto = next(c for row in ws.iter_rows(max_row=4) for c in row
                 if c.value == "Độc lập - Tự do - Hạnh phúc")  # fmt: skip
    assert motto.column > 1 and motto.font.b
    assert book.header == SIGNATURE_HEADER
    header_cells = list(ws.iter_rows(min_row=book.header_row, max_row=book.header_row))[0]
    for cell in header_cells:
        assert (cell.font.name, cell.font.b, cell.alignment.horizontal, cell.alignment.wrap_text,
                cell.border.top.style) == ("Times New Roman", True, "center", True, "thin")  # fmt: skip

    # One row per household, in the order and with the STT of the PDF made from the same data.
    assert len(book.households) == len(data.rows) == len(HOUSEHOLDS) and not book.subtotals
    stt, code, name = (book.column(h) for h in ("STT", "Mã", "Họ và tên"))
    assert [r[stt] for _n, r in book.households] == list(range(1, len(HOUSEHOLDS) + 1))
    assert [r[code] for _n, r in book.households] == [r.code for r in data.rows]
    assert [r[code] for _n, r in book.households] == pdf_row_codes(data, opts)
    assert [r[name] for _n, r in book.households] == [h[1] for h in HOUSEHOLDS]

    # IDs as text with their leading zeros; figures as numbers with a grouping format.
    cash, rice, ids = book.column("Số tiền (đồng)"), book.column("Gạo (kg)"), book.column("Số CCCD")
    for n, r in book.households:
        household = next(h for h in HOUSEHOLDS if h[1] == r[name])
        id_cell = ws.cell(n, ids + 1)
        assert (id_cell.value, id_cell.data_type, id_cell.number_format) == (household[6], "s", "@")
        cash_cell, rice_cell = ws.cell(n, cash + 1), ws.cell(n, rice + 1)
        assert (cash_cell.value, cash_cell.data_type, cash_cell.number_format) == (
            expected_cash(r[name]),
            "n",
            "#,##0",
        )
        assert Decimal(str(rice_cell.value)) == expected_rice(r[name])
        assert rice_cell.number_format == ("#,##0" if rice_cell.value == int(rice_cell.value)
                                           else "#,##0.###")  # fmt: skip
        assert ws.cell(n, 1).font.name == "Times New Roman"
    assert "001080000123" in [r[ids] for _n, r in book.households]
    proxy = next(r for _n, r in book.households if r[name] == "Lê Văn Cường")
    assert proxy[book.column("Ghi chú")] == "Nhận thay: Lê Thị Hoa (con), CCCD 026195000777"

    # The total: SUM over the household rows, its cached figure the computed total.
    first, last = book.households[0][0], book.households[-1][0]
    total = ws.cell(book.total_row, cash + 1)
    letter = openpyxl.utils.get_column_letter(cash + 1)
    assert total.value == f"=SUM({letter}{first}:{letter}{last})"
    assert book.values[book.total_row - 1][0] == f"Tổng cộng ({len(HOUSEHOLDS)} hộ)"
    money = sum(expected_cash(h[1]) for h in HOUSEHOLDS)
    words = amount_in_words(money)
    assert f"Tổng số tiền bằng chữ: {words}" in texts

    # The signers who are shown, in a row at the bottom, the leader at the right.
    under = book.values[book.total_row :]
    titles = next(r for r in under if "NGƯỜI LẬP BIỂU" in r)
    assert [v for v in titles if v] == ["NGƯỜI LẬP BIỂU", "THỦ QUỸ", "TM. ỦY BAN NHÂN DÂN"]
    names = next(r for r in under if "Trần Văn Duyệt" in r)
    assert [v for v in names if v] == ["Lê Thị Nhập", "Đỗ Thị Tiền", "Trần Văn Duyệt"]
    assert names.index("Trần Văn Duyệt") == titles.index("TM. ỦY BAN NHÂN DÂN")
    assert "Phạm Văn Quỹ" not in texts and "KẾ TOÁN" not in texts  # not shown

    # Page setup: A4 landscape, fit to width, the header row on every page, "Trang x/y".
    assert (ws.page_setup.paperSize, ws.page_setup.orientation, ws.page_setup.fitToWidth,
            ws.page_setup.fitToHeight) == (9, "landscape", 1, 0)  # fmt: skip
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == f"${book.header_row}:${book.header_row}"
    assert ws.oddFooter.center.text == "Trang &P/&N"
    assert ws.freeze_panes == f"A{book.header_row + 1}"
    book.wb.close()

    # python-calamine reads the same rows, the IDs as text.
    rows = (
        CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python(skip_empty_area=False)
    )
    header_at = next(i for i, r in enumerate(rows) if r and r[0] == "STT")
    assert [v for v in rows[header_at] if v != ""] == SIGNATURE_HEADER
    household_rows = rows[header_at + 1 : header_at + 1 + len(HOUSEHOLDS)]
    assert [int(r[0]) for r in household_rows] == list(range(1, len(HOUSEHOLDS) + 1))
    assert [r[1] for r in household_rows] == [r.code for r in data.rows]
    assert [r[5] for r in household_rows] == [r.id_number for r in data.rows]
    assert all(isinstance(r[5], str) for r in household_rows)
    assert rows[header_at + 1 + len(HOUSEHOLDS)][7] == money  # the total's cached figure


def test_public_list_masks_ids_drops_the_signature_column_and_states_the_posting(
    db, program, tmp_path
):
    data, opts = sheet(db, program, document="public_list", landscape=False,
                       posting_from=date(2026, 2, 6), posting_to=date(2026, 2, 20))  # fmt: skip
    out = tmp_path / "niem-yet.xlsx"
    write_list_xlsx(data, documents(), opts, out)
    book = Read(out)
    assert book.header == PUBLIC_HEADER
    assert "DANH SÁCH NIÊM YẾT CÔNG KHAI" in book.texts()
    ids = book.column("Số CCCD")
    shown = [r[ids] for _n, r in book.households]
    assert shown == [mask_id(r.id_number) for r in data.rows]
    assert "0010******23" in shown  # leading zeros kept in the masked text
    every_cell = " ".join(book.texts())
    for household in HOUSEHOLDS:
        assert household[6] not in every_cell  # no full ID number anywhere
    assert "P0001-" not in every_cell  # nor the row codes of the signature list
    texts = book.texts()
    assert ("Thời gian niêm yết: từ ngày 06/02/2026 đến hết ngày 20/02/2026 (15 ngày)."
            in texts)  # fmt: skip
    assert ("Mọi ý kiến thắc mắc, khiếu nại về danh sách xin gửi về Ủy ban nhân dân xã Yên Lạc "
            "hoặc gọi đường dây nóng: 0211 3862 345." in texts)  # fmt: skip
    # Only the leader signs the posted list.
    assert "Trần Văn Duyệt" in texts and "Lê Thị Nhập" not in texts and "THỦ QUỸ" not in texts
    assert book.ws.page_setup.orientation == "portrait"
    book.wb.close()


# --- subtotals and totals as a spreadsheet program calculates them ----------------------------


def libreoffice_csv(paths: list[Path], tmp_path: Path) -> dict[str, list[list[str]]]:
    """Each workbook converted by LibreOffice to CSV (UTF-8, the raw values): {stem: rows}."""
    out = tmp_path / "csv"
    profile = tmp_path / "lo-profile"  # its own profile: other soffice runs do not block it
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false",
                    "--outdir", str(out), *map(str, paths)],
                   check=True, capture_output=True, timeout=180)  # fmt: skip
    result = {}
    for p in paths:
        with open(out / f"{p.stem}.csv", encoding="utf-8", newline="") as fh:
            result[p.stem] = list(csv.reader(fh))
    return result


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed: the totals are checked by converting with it",
)
def test_totals_are_formulas_libreoffice_calculates_right_before_and_after_an_edit(
    db, program, tmp_path
):
    plain_data, plain_opts = sheet(db, program)
    plain = tmp_path / "plain.xlsx"
    write_list_xlsx(plain_data, documents(), plain_opts, plain)
    data, opts = sheet(db, program, hamlet_subtotals=True)
    grouped = tmp_path / "grouped.xlsx"
    write_list_xlsx(data, documents(), opts, grouped)

    book = Read(grouped)
    cash = book.column("Số tiền (đồng)")
    letter = openpyxl.utils.get_column_letter(cash + 1)
    assert [r[0] for _n, r in book.subtotals] == ["Cộng Thôn Đông (3 hộ)", "Cộng Thôn Tây (3 hộ)"]
    # Each hamlet's subtotal covers its own household rows; the total all of them (SUBTOTAL
    # leaves the hamlets' subtotals out, so nothing is counted twice).
    (first_sub, _r1), (second_sub, _r2) = book.subtotals
    first, last = book.households[0][0], book.households[-1][0]
    assert (
        book.ws.cell(first_sub, cash + 1).value
        == f"=SUBTOTAL(9,{letter}{first}:{letter}{first_sub - 1})"
    )
    assert book.ws.cell(second_sub, cash + 1).value == (
        f"=SUBTOTAL(9,{letter}{first_sub + 1}:{letter}{second_sub - 1})"
    )
    assert (
        book.ws.cell(book.total_row, cash + 1).value
        == f"=SUBTOTAL(9,{letter}{first}:{letter}{second_sub})"
    )
    assert last == second_sub - 1

    # An edit as a person would make it: the first household's cash doubled, saved by openpyxl
    # (which keeps the formulas and drops their cached figures, so LibreOffice must calculate).
    edited = tmp_path / "edited.xlsx"
    book.ws.cell(first, cash + 1).value *= 2
    book.wb.save(edited)
    book.wb.close()

    sheets = libreoffice_csv([plain, grouped, edited], tmp_path)
    dong = [h[1] for h in HOUSEHOLDS if h[0] == 0]
    tay = [h[1] for h in HOUSEHOLDS if h[0] == 1]
    cash_total = sum(expected_cash(n) for n in dong + tay)
    rice_total = sum(expected_rice(n) for n in dong + tay)

    def labelled(rows: list[list[str]], label: str) -> tuple[int, Decimal]:
        row = next(r for r in rows if r and r[0].startswith(label))
        return int(row[cash]), Decimal(row[cash + 1])

    assert labelled(sheets["plain"], "Tổng cộng") == (cash_total, rice_total)
    assert labelled(sheets["grouped"], "Cộng Thôn Đông") == (
        sum(expected_cash(n) for n in dong),
        sum(expected_rice(n) for n in dong),
    )
    assert labelled(sheets["grouped"], "Cộng Thôn Tây") == (
        sum(expected_cash(n) for n in tay),
        sum(expected_rice(n) for n in tay),
    )
    assert labelled(sheets["grouped"], "Tổng cộng") == (cash_total, rice_total)
    extra = expected_cash(dong[0])
    assert labelled(sheets["edited"], "Cộng Thôn Đông")[0] == sum(map(expected_cash, dong)) + extra
    assert labelled(sheets["edited"], "Cộng Thôn Tây")[0] == sum(map(expected_cash, tay))
    assert labelled(sheets["edited"], "Tổng cộng") == (cash_total + extra, rice_total)
    # The ID numbers come out of LibreOffice as they went in.
    assert "001080000123" in [c for r in sheets["plain"] for c in r]


# --- refusals, cancelling, speed --------------------------------------------------------------


def test_receipts_and_empty_lists_are_refused_with_a_message_and_no_file(db, program, tmp_path):
    data, opts = sheet(db, program, document="receipt")
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "phieu.xlsx"
    with pytest.raises(UserError) as refused:
        write_list_xlsx(data, documents(), opts, out)
    assert "Phiếu nhận" in refused.value.message and "PDF" in refused.value.message  # Vietnamese
    empty = SheetData(uuid.uuid4(), "P0009", "Trống", "", 1, "draft", None, None, data.items)
    with pytest.raises(UserError, match="Danh sách chưa có hộ nào"):
        write_list_xlsx(empty, documents(), PrintOptions(), out)
    assert list(folder.iterdir()) == []


def synthetic(rows: int) -> SheetData:
    """A long list as load_sheet returns it (plain data), for cancelling and timing."""
    items = [SheetItem(CASH, "Tiền mặt", "VND"), SheetItem(RICE, "Gạo", "kg")]
    data = SheetData(uuid.uuid4(), "P0042", PROGRAM_NAME, "Ủy ban MTTQ xã", 3, "approved",
                     None, None, items)  # fmt: skip
    for i in range(rows):
        hamlet = f"Thôn {1 + i * 12 // rows}"
        data.rows.append(SheetRow(
            i + 1, f"P0042-{i + 1:05d}", f"H{i:06d}", f"Nguyễn Thị Người Thứ {i}", 1940 + i % 60,
            hamlet, f"0010{i % 2}{i % 100:02d}{i:06d}", "Hộ nghèo, Người có công", 1 + i % 4,
            (Decimal(500_000 * (1 + i % 4)), RICE_PER_PERSON * (1 + i % 4)),
            "Nhận thay: Lê Thị Hoa (con)" if i % 13 == 0 else ""))  # fmt: skip
    return data


def test_progress_every_thousand_rows_and_cancel_leaves_no_file_and_the_old_one_whole(tmp_path):
    data = synthetic(2_500)
    opts = PrintOptions(document_date=DOC_DATE, hamlet_subtotals=True)
    out = tmp_path / "ds.xlsx"
    calls = []
    assert write_list_xlsx(data, documents(), opts, out, lambda d, t: calls.append((d, t))) == 2_500
    assert calls == [(1000, 2500), (2000, 2500), (2500, 2500)]
    before = out.read_bytes()

    calls.clear()

    def cancel(done: int, total: int) -> bool:
        calls.append(done)
        return done < 2000

    with pytest.raises(Cancelled):
        write_list_xlsx(data, documents(), opts, out, cancel)
    assert calls == [1000, 2000]
    assert out.read_bytes() == before  # the earlier file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds.xlsx"]  # no temp file left

    fresh = tmp_path / "new.xlsx"
    with pytest.raises(Cancelled):
        write_list_xlsx(data, documents(), opts, fresh, lambda d, t: False)
    assert not fresh.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["ds.xlsx"]


def test_five_thousand_rows_take_well_under_five_seconds(tmp_path):
    data = synthetic(5_000)
    opts = PrintOptions(document_date=DOC_DATE, hamlet_subtotals=True)
    out = tmp_path / "ds.xlsx"
    start = time.process_time()
    write_list_xlsx(data, documents(), opts, out)
    spent = time.process_time() - start
    assert spent < 2.0, f"{spent:.2f} s of CPU for 5,000 rows"
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    numbered = [r for r in rows if isinstance(r[0], float)]
    assert [int(r[0]) for r in numbered] == list(range(1, 5_001))
    assert [r[1] for r in numbered] == [r.code for r in data.rows]
