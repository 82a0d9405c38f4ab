"""The receipts (phiếu nhận), one per household, two per A4 page with a cut line (issue 5).

The aid round of test_signature_list.py (built once through the services, each test on its own
copy of the file), printed with app/printing/receipts.py and read back with poppler and zbar.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
import test_signature_list as scenario
from test_signature_list import (
    LONG_NAME,
    NFD_NAME,
    RICE,
    decoded_codes,
    documents,
    first_page_pixels,
    page_count,
    pdf_text,
    words_with_boxes,
)

from app.amount_words import amount_in_words
from app.errors import Cancelled, UserError
from app.printing.list_data import PrintOptions, load_sheet
from app.printing.receipts import receipts_pdf, render_receipts
from app.services.programs import NormDraft, ProgramDraft, save_organisation, save_program
from app.services.roles import actor_for

pytestmark = scenario.pytestmark


@pytest.fixture(scope="module")
def built_round(_migrated_template, tmp_path_factory) -> dict:
    return scenario.build_round_file(_migrated_template, tmp_path_factory.mktemp("round"))


@pytest.fixture
def round_(data_dir, built_round):
    with scenario.opened_round(data_dir, built_round) as r:
        yield r


A4_HEIGHT = 841.89  # points
HALF = A4_HEIGHT / 2
MM = 72 / 25.4


def receipt_lines(round_, row, data) -> list[str]:
    """What one receipt says, line by line as drawn, worked out from the scenario."""
    h = round_.heads[row.name]
    category = "Hộ nghèo" if h["cash"] == h["persons"] * 1_000_000 else "Hộ cận nghèo"
    lines = [
        "UBND TỈNH PHÚ THỌ", "ỦY BAN NHÂN DÂN", "XÃ YÊN LẠC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "PHIẾU NHẬN HỖ TRỢ", "Hỗ trợ Tết Nhân ái năm 2026",
        f"{data.program_code}-{row.seq:05d}",
        f"Họ và tên chủ hộ: {row.name}",
        f"Năm sinh: {h['year']} Số CCCD: {h['id']}",
        f"Thôn/Tổ dân phố: {h['hamlet']} Số nhân khẩu: {h['persons']}",
        f"Đối tượng: {category}",
        "Nội dung nhận:",
        f"– Tiền mặt: {h['cash']:,} đồng (bằng chữ: {amount_in_words(h['cash'])[:-1]}).".replace(
            ",", "."),
        f"– Gạo: {h['rice']} kg",
    ]  # fmt: skip
    if row.name == "Lê Văn Bình":
        lines.append(
            f"Ghi chú: Nhận thay: Lê Thị Hoa (con gái), CCCD {scenario.cccd('female', 1995, 555)}"
        )
    return lines + ["Yên Lạc, ngày ..... tháng ..... năm ........", "NGƯỜI NHẬN",
                    "(Ký, ghi rõ họ tên)", "NGƯỜI PHÁT", "(Ký, ghi rõ họ tên)"]  # fmt: skip


def test_two_receipts_a_page_in_print_order_with_a_cut_line(round_, tmp_path):
    data, opts = round_.sheet(document="receipt", landscape=True)  # receipts are portrait
    out = tmp_path / "receipts.pdf"
    pages = render_receipts(data, documents(), opts, out)
    n = len(data.rows)
    assert n % 2 == 0 and pages == n // 2 == page_count(out)
    assert first_page_pixels(out, tmp_path) in {(413, 585), (414, 585), (413, 584)}
    text = pdf_text(out)
    assert len(text) == pages
    for p, page in enumerate(text):
        upper, lower = data.rows[2 * p], data.rows[2 * p + 1]
        expected = receipt_lines(round_, upper, data) + ["cắt theo đường này"] + receipt_lines(
            round_, lower, data)  # fmt: skip
        assert joined_names(page.splitlines()) == expected, f"page {p + 1}"
    assert "Bích Ngọc Xuân Quỳnh Hương" in "".join(text).splitlines()  # the long name wrapped


def joined_names(lines: list[str]) -> list[str]:
    """A name wrapped over several lines, as one line (it runs until "Năm sinh: …")."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].startswith("Họ và tên chủ hộ: ") and not line.startswith("Năm sinh"):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def test_each_receipt_stays_in_its_half_of_the_page(round_, tmp_path):
    """Even with a long name, long categories and a proxy's note, each receipt's signature
    block is on its own side of the cut line and nothing runs over it or off the page."""
    data, opts = round_.sheet(document="receipt")
    data = replace(data, rows=data.rows[:4])
    for row in data.rows[:2]:
        row.name = LONG_NAME
        row.categories = "Hộ nghèo, Người có công với cách mạng, Nạn nhân chất độc da cam"
        row.note = f"Nhận thay: {LONG_NAME} (cháu ngoại)"
    out = tmp_path / "receipts.pdf"
    render_receipts(data, documents(), opts, out)
    for p, words in enumerate(words_with_boxes(out), 1):
        top = [w for w in words if w[4] < HALF - 1]
        bottom = [w for w in words if w[2] > HALF + 1]
        crossing = [w[0] for w in words if w[2] <= HALF + 1 and w[4] >= HALF - 1]
        assert set(crossing) <= {"cắt", "theo", "đường", "này"}, (p, crossing)
        for half in (top, bottom):
            names = [w[0] for w in half]
            assert names.count("PHIẾU") == 1 and names.count("PHÁT") == 1, (p, names)
            assert names.count("(Ký,") == 2
        assert all(w[4] < A4_HEIGHT - 5 * MM and w[3] < 595.28 - 10 * MM for w in words), p
    text = "\n".join(pdf_text(out))
    flat = " ".join(text.split())
    assert flat.count(f"Họ và tên chủ hộ: {LONG_NAME}") == 2
    assert flat.count(f"Ghi chú: Nhận thay: {LONG_NAME} (cháu ngoại)") == 2


def test_each_receipt_code_decodes_to_its_row(round_, tmp_path):
    data, opts = round_.sheet(document="receipt")
    data = replace(data, rows=data.rows[:5])  # an odd number: the last page has one
    out = tmp_path / "receipts.pdf"
    assert render_receipts(data, documents(), opts, out) == 3 == page_count(out)
    for p in range(3):
        rows = data.rows[2 * p : 2 * p + 2]
        found = decoded_codes(out, p + 1, tmp_path)
        assert sorted(found) == sorted(("CODE-128", f"{data.program_code}-{r.seq:05d}")
                                       for r in rows)  # fmt: skip
    # The single receipt of the last page is in its upper half.
    last = words_with_boxes(out)[-1]
    assert last and all(w[4] < HALF + 10 for w in last)


def test_without_codes_no_barcode_but_the_code_in_figures(round_, tmp_path):
    data, opts = round_.sheet(document="receipt", row_codes=False)
    data = replace(data, rows=data.rows[:2])
    out = tmp_path / "receipts.pdf"
    render_receipts(data, documents(), opts, out)
    assert decoded_codes(out, 1, tmp_path) == []
    lines = pdf_text(out)[0].splitlines()
    for r in data.rows:
        assert f"{data.program_code}-{r.seq:05d}" in lines


def test_a_receipt_lists_only_what_the_household_receives(round_, tmp_path):
    data, opts = round_.sheet(document="receipt")
    data = replace(data, rows=data.rows[:2])
    data.rows[0].quantities = (Decimal(0), Decimal("12.5"))
    data.rows[1].quantities = (Decimal(1_005_000), Decimal(0))
    out = tmp_path / "receipts.pdf"
    render_receipts(data, documents(zero_tens_word="lẻ", thousand_word="ngàn"), opts, out)
    upper, lower = pdf_text(out)[0].split("cắt theo đường này")
    assert "– Gạo: 12,5 kg" in upper.splitlines() and "Tiền mặt" not in upper
    assert "Gạo" not in lower
    assert (
        "– Tiền mặt: 1.005.000 đồng (bằng chữ: Một triệu không trăm lẻ năm ngàn đồng chẵn)."
    ) in lower.splitlines()  # the office's own words for 0 tens and 1,000


def test_names_print_as_nfc(round_, tmp_path):
    data, opts = round_.sheet(document="receipt")
    data = replace(data, rows=[r for r in data.rows if r.name == NFD_NAME] * 2)
    data.rows[1] = replace(data.rows[1], name=unicodedata.normalize("NFD", "Lưu Thị Ngọc Hằng"))
    out = tmp_path / "receipts.pdf"
    render_receipts(data, documents(place_name=unicodedata.normalize("NFD", "Yên Lạc")), opts,
                    out)  # fmt: skip
    text = pdf_text(out)[0]
    assert unicodedata.is_normalized("NFC", text)
    lines = text.splitlines()
    assert f"Họ và tên chủ hộ: {NFD_NAME}" in lines
    assert "Họ và tên chủ hộ: Lưu Thị Ngọc Hằng" in lines
    assert lines.count("Yên Lạc, ngày ..... tháng ..... năm ........") == 2


def test_no_receipts_for_an_empty_list_and_no_file(db, tmp_path, english):
    admin = actor_for(db, "tester")
    org = save_organisation(db, admin, "Ủy ban MTTQ xã", "fatherland_front")
    pid = save_program(db, admin, ProgramDraft(
        name="Chưa lập danh sách", organisation_id=org, starts_on=date.today(),
        norms=[NormDraft(RICE, "per_person", Decimal(10))]))  # fmt: skip
    opts = PrintOptions(document="receipt")
    data = load_sheet(db, pid, opts)
    out = tmp_path / "receipts.pdf"
    with pytest.raises(UserError, match="no households"):
        render_receipts(data, documents(), opts, out)
    assert not out.exists()


def test_cancelling_leaves_no_file(round_, tmp_path):
    data, opts = round_.sheet(document="receipt")
    out = tmp_path / "receipts.pdf"
    with pytest.raises(Cancelled):
        render_receipts(data, documents(), opts, out, progress=lambda done, total: done < 3)
    assert not out.exists()
    pdf, pages = receipts_pdf(data, documents(), opts, progress=lambda done, total: None)
    assert pages == len(data.rows) // 2 and pdf.startswith(b"%PDF-")
