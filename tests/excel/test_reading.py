"""Reading lists as they arrive: xlsx under a merged title block, CSV in every encoding."""

from __future__ import annotations

import codecs
import unicodedata
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from app.errors import UserError
from app.excel.columns import detect_layout, field_for
from app.excel.reading import decode_text, read_sheets

HEADER = ["STT", "Họ và tên chủ hộ", "Năm sinh", "Giới tính", "Số CCCD/CMND", "Thôn/Tổ",
          "Số nhân khẩu", "Đối tượng", "SĐT", "Ghi chú"]  # fmt: skip
ROW = [1, "Nguyễn Văn An", 1975, "Nam", "026075001234", "Thôn Đông", 4, "Hộ nghèo",
       "0912345678", None]  # fmt: skip


def _xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws["A1"] = "ỦY BAN NHÂN DÂN XÃ YÊN LẠC"
    ws.merge_cells("A1:J1")
    ws["A2"] = "DANH SÁCH HỘ NGHÈO NĂM 2026"
    ws.merge_cells("A2:J2")
    ws.append([])
    ws.append(HEADER)
    ws.append(ROW)
    ws.append([2, "Trần Thị Bình", datetime(1980, 2, 5), "Nữ", "026180004321", "Thôn Tây", 2])
    wb.create_sheet("Trống")
    wb.save(path)


def test_xlsx_under_a_merged_title_block(tmp_path):
    path = tmp_path / "ds.xlsx"
    _xlsx(path)
    [sheet] = read_sheets(path)  # the empty sheet is left out
    assert sheet.name == "Danh sách"
    layout = detect_layout(sheet.rows)
    assert layout is not None and layout.header_row == 3
    assert layout.columns == {0: "stt", 1: "full_name", 2: "birth_year", 3: "gender",
                              4: "id_number", 5: "hamlet", 6: "household_size",
                              7: "category", 8: "phone", 9: "note"}  # fmt: skip
    first, second = sheet.rows[4], sheet.rows[5]
    assert first[1] == "Nguyễn Văn An" and first[4] == "026075001234"
    assert second[2] == date(1980, 2, 5)  # a date cell comes back as a date


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_csv_in_every_encoding_officers_send(tmp_path, encoding):
    text = "STT;Họ tên;Năm sinh;Thôn\n1;Nguyễn Thị Hằng;1980;Thôn Đông\n"
    if encoding == "cp1258":  # Windows-1258 writes tones as combining marks
        text = _cp1258_form(text)
    path = tmp_path / "ds.csv"
    path.write_bytes(text.encode(encoding))
    [sheet] = read_sheets(path)
    assert unicodedata.normalize("NFC", sheet.rows[1][1]) == "Nguyễn Thị Hằng"
    layout = detect_layout(sheet.rows)
    assert layout.header_row == 0 and layout.columns[1] == "full_name"


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _cp1258_form(text: str) -> str:
    """Letters with their shape (â, ư…) precomposed, tone marks apart: what cp1258 holds."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in parts if m in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(m for m in parts if m not in _TONES))
                   + tones)  # fmt: skip
    return "".join(out)


def test_decode_prefers_boms_then_utf8():
    assert decode_text(codecs.BOM_UTF8 + "Hà".encode()) == "Hà"
    assert decode_text("Hà".encode("utf-16")) == "Hà"
    assert decode_text("Đông".encode()) == "Đông"


@pytest.mark.parametrize("header, field", [
    ("Họ và tên", "full_name"), ("HỌ TÊN CHỦ HỘ", "full_name"), ("Ho ten", "full_name"),
    ("Ngày tháng năm sinh", "birth"), ("Năm sinh", "birth_year"),
    ("Số định danh cá nhân", "id_number"), ("Số CCCD (12 số)", "id_number"),
    ("Quan hệ với chủ hộ", "relation"), ("Tổ dân phố", "hamlet"), ("SĐT", "phone"),
    ("Mã hộ", "household_code"), ("Cột lạ", None), (None, None),
])  # fmt: skip
def test_header_synonyms(header, field):
    assert field_for(header) == field


def test_no_header_naming_a_person_is_no_layout():
    assert detect_layout([["Số liệu", "Tháng"], [1, 2]]) is None


def test_files_that_are_not_lists_are_refused_plainly(tmp_path):
    pdf = tmp_path / "bao-cao.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(UserError, match=".xlsx"):
        read_sheets(pdf)
    fake = tmp_path / "hong.xlsx"
    fake.write_bytes(b"this is not a zip file")
    with pytest.raises(UserError, match="hong.xlsx"):
        read_sheets(fake)
    with pytest.raises(UserError):
        read_sheets(tmp_path / "khong-co.xlsx")
    empty = tmp_path / "trong.csv"
    empty.write_bytes(b"\n\n")
    with pytest.raises(UserError, match="trong.csv"):
        read_sheets(empty)
