"""Reading lists as they arrive: xlsx under a merged title block, CSV in every encoding."""

from __future__ import annotations

import codecs
import random
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.errors import UserError
from app.excel.columns import (
    CATEGORY_WORDS,
    columns_for,
    data_start,
    detect_layout,
    field_for,
    header_category,
    header_labels,
    header_rows,
    is_numbering_row,
)
from app.excel.reading import decode_text, read_sheets
from app.i18n import set_language

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
    ("Sinh năm", "birth_year"), ("Mã định danh cá nhân", "id_number"), ("Buôn", "hamlet"),
    ("Khu dân cư", "hamlet"), ("Khóm", "hamlet"), ("Nơi cư trú", "address"),
    ("QH với CH", "relation"), ("Thuộc diện", "category"), ("Diện đối tượng", "category"), ("Diện tích", None), ("Khối lượng", None),
    ("Điện thoại di động", "phone"), ("Số ĐT", "phone"), ("Số người", "household_size"),
    ("Tuổi", "age"),
])  # fmt: skip
def test_header_synonyms(header, field):
    assert field_for(header) == field


def test_no_header_naming_a_person_is_no_layout():
    assert detect_layout([["Số liệu", "Tháng"], [1, 2]]) is None


def test_files_that_are_not_lists_are_refused_plainly(tmp_path):
    pdf = tmp_path / "bao-cao.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(UserError, match="PDF"):
        read_sheets(pdf)
    other = tmp_path / "ghi-chu.json"
    other.write_text('{"a": 1}')
    with pytest.raises(UserError, match=".xlsx"):
        read_sheets(other)
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


# --- bad input: each a plain message, never a traceback or a part of the file ----------

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def english():
    """Messages in the English of the code, so the tests can name their words."""
    set_language("en")


def _refused(path, *fragments):
    """read_sheets(path) raises a UserError whose message holds every fragment."""
    with pytest.raises(UserError) as info:
        read_sheets(path)
    for fragment in fragments:
        assert fragment in info.value.message, info.value.message
    return info.value.message


@pytest.mark.parametrize("suffix", [".xlsx", ".xls", ".ods", ".csv"])
def test_an_empty_file_has_no_data(tmp_path, suffix):
    path = tmp_path / f"trong{suffix}"
    path.write_bytes(b"")
    _refused(path, f"trong{suffix}", "no data")


def test_only_empty_sheets_or_pictures_is_no_data(tmp_path):
    wb = Workbook()
    wb.active["C3"] = "   "  # a blank typed into a cell is still nothing
    wb.create_sheet("Trang 2")
    wb.save(tmp_path / "rong.xlsx")
    _refused(tmp_path / "rong.xlsx", "no data")
    for name in ("hinh-anh.xlsx", "hinh-anh.ods"):  # LibreOffice: a sheet with one picture
        _refused(FIXTURES / name, name, "no data")


def test_what_a_file_really_is_decides_not_its_name(tmp_path):
    word = tmp_path / "danh-sach.xlsx"  # a .docx renamed
    with zipfile.ZipFile(word, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    _refused(word, "danh-sach.xlsx", "Word document")
    (tmp_path / "bao-cao.xlsx").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    _refused(tmp_path / "bao-cao.xlsx", "PDF")
    (tmp_path / "xuat.xls").write_text("<html><body><table><tr><td>Họ tên</td></tr></table>")
    _refused(tmp_path / "xuat.xls", "web page", ".xlsx")
    noise = tmp_path / "nhieu.xlsx"
    noise.write_bytes(random.Random(3).randbytes(50_000))
    _refused(noise, "nhieu.xlsx", "not a spreadsheet")
    zipped = tmp_path / "anh.xlsx"  # a zip, but not a workbook
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.writestr("anh.png", b"\x89PNG")
    _refused(zipped, "not a spreadsheet")
    binary = tmp_path / "du-lieu.csv"
    binary.write_bytes(b"\x00\x01\x02binary\x00" * 100)
    _refused(binary, "du-lieu.csv", "not a spreadsheet")


def test_a_workbook_under_the_wrong_name_is_read(tmp_path):
    for source, name in (("ho-ngheo.xls", "ds.xlsx"), ("ho-ngheo.xlsx", "ds.xls"),
                         ("ho-ngheo.ods", "ds2.xlsx"), ("ho-ngheo.xlsx", "ds.csv")):  # fmt: skip
        path = tmp_path / name
        shutil.copy(FIXTURES / source, path)
        [sheet] = read_sheets(path)
        assert sheet.rows[4][1] == "Nguyễn Văn An", (source, name)
    tsv = tmp_path / "xuat-tu-phan-mem.xls"  # tab-separated text that a program called .xls
    tsv.write_text("STT\tHọ và tên\n1\tNguyễn Văn An\n", encoding="utf-8")
    assert read_sheets(tsv)[0].rows[1] == ["1", "Nguyễn Văn An"]


@pytest.mark.parametrize("name", ["mat-khau.xlsx", "mat-khau.xls"])
def test_a_password_protected_workbook_says_how_to_remove_it(name):
    _refused(FIXTURES / name, name, "password", "Encrypt with Password")


def test_calamine_password_error_is_the_same_message(monkeypatch):
    from app.excel import reading

    monkeypatch.setattr(reading, "_xls_extents", lambda data: [])  # let calamine find it
    _refused(FIXTURES / "mat-khau.xls", "password")


def test_a_file_excel_holds_open_on_windows(tmp_path, monkeypatch):
    path = tmp_path / "ds.xlsx"
    shutil.copy(FIXTURES / "ho-ngheo.xlsx", path)
    real_open = Path.open

    def locked(self, *args, **kwargs):
        if self == path:  # what Windows raises while Excel has the file (winerror 32)
            raise PermissionError(13, "The process cannot access the file because it is "
                                      "being used by another process", str(self))  # fmt: skip
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked)
    _refused(path, "ds.xlsx", "open in another program", "Close it")
    _refused(tmp_path / "~$ds.xlsx", "ds.xlsx", "Choose the file")  # Excel's owner file


def test_formulas_read_as_the_values_saved_with_them(tmp_path):
    """LibreOffice (and Excel) save each formula's result: it is what is read."""
    [sheet] = read_sheets(FIXTURES / "ho-ngheo.xlsx")
    assert [r[0] for r in sheet.rows[4:9]] == [1, 2, 3, 4, 5]  # =A5+1 …
    assert sheet.rows[9][6] == 15  # =SUM(G5:G9)


def test_formulas_without_saved_results_are_refused(tmp_path):
    wb = Workbook()  # openpyxl writes formulas without their results
    ws = wb.active
    ws.append(["STT", "Họ và tên"])
    ws.append([1, "Nguyễn Văn An"])
    ws.append(["=A2+1", "Trần Thị Bình"])
    wb.save(tmp_path / "cong-thuc.xlsx")
    _refused(tmp_path / "cong-thuc.xlsx", "cell A3", "Open the file in Excel, save it")
    # A formula whose saved result is "" (Excel writes t="str" and an empty <v>) is fine.
    _raw_xlsx(tmp_path / "rong.xlsx", '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ tên</t>'
              '</is></c><c r="B1" t="str"><f>""</f><v></v></c></row>')  # fmt: skip
    assert read_sheets(tmp_path / "rong.xlsx")[0].rows == [["Họ tên"]]


def test_a_million_columns_in_a_csv_line(tmp_path):
    wide = tmp_path / "rong.csv"
    wide.write_text("Họ tên," + ",".join(["x"] * 999_999) + "\n", encoding="utf-8")
    _refused(wide, "1.000.000 columns", "does not look like a list")
    trailing = tmp_path / "dau-phay.csv"  # a million empty fields after the list: dropped
    trailing.write_text("Họ tên,Năm sinh" + "," * 999_998 + "\nAn,1975\n", encoding="utf-8")
    assert read_sheets(trailing)[0].rows == [["Họ tên", "Năm sinh"], ["An", "1975"]]


def test_a_stray_value_far_away_is_refused_before_calamine_reads_it(tmp_path):
    """calamine would ask for 17 billion cells and abort the process: run it apart."""
    _raw_xlsx(tmp_path / "xa.xlsx", '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ tên</t></is>'
              '</c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')  # fmt: skip
    code = ("import sys; from app.excel.reading import read_sheets; from app.errors import "
            "UserError; from app.i18n import set_language\nset_language('en')\ntry:\n"
            "    read_sheets(sys.argv[1])\nexcept UserError as e:\n    print(e.message)")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "xa.xlsx")],
                          capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).parents[2])  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "column XFD" in done.stdout


@pytest.mark.parametrize("name, cell", [("o-xa.xlsx", "J1048576"), ("o-xa.ods", "J1048576"),
                                        ("o-xa.xls", "IV65536")])  # fmt: skip
def test_libreoffice_files_with_a_value_typed_far_below(name, cell):
    _refused(FIXTURES / name, f"reaches cell {cell}", "delete the rows and columns")


def test_formatted_empty_cells_far_away_do_not_count(tmp_path):
    _raw_xlsx(tmp_path / "ke.xlsx", '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ tên</t>'
              '</is></c><c r="B1" s="1"/></row><row r="1048576"><c r="XFD1048576" s="1"/>'
              "</row>")  # fmt: skip
    assert read_sheets(tmp_path / "ke.xlsx")[0].rows == [["Họ tên"]]


def test_cells_without_references_and_prefixed_xml(tmp_path):
    _raw_xlsx(tmp_path / "tt.xlsx", '<x:row><x:c t="inlineStr"><x:is><x:t>Họ tên</x:t></x:is>'
              "</x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c><x:v>3</x:v></x:c></x:row>",
              prefix="x:")  # fmt: skip
    assert read_sheets(tmp_path / "tt.xlsx")[0].rows == [["Họ tên", 2], [3, None]]


def test_a_sheet_of_ods_with_a_far_value(tmp_path):
    rows = ('<table:table-row><table:table-cell office:value-type="string"><text:p>Họ tên'
            '</text:p></table:table-cell></table:table-row><table:table-row '
            'table:number-rows-repeated="99998"><table:table-cell '
            'table:number-columns-repeated="1024"/></table:table-row><table:table-row>'
            '<table:table-cell table:number-columns-repeated="999"/><table:table-cell '
            'office:value-type="float" office:value="1"/></table:table-row>')  # fmt: skip
    _raw_ods(tmp_path / "xa.ods", rows)
    _refused(tmp_path / "xa.ods", "reaches cell ALL100000")


def test_limits_on_rows_and_cells(tmp_path, monkeypatch):
    from app.excel import reading

    path = tmp_path / "dai.csv"
    path.write_text("Họ tên;Năm sinh\n" + "An;1975\n" * 50, encoding="utf-8")
    monkeypatch.setattr(reading, "MAX_ROWS", 40)
    _refused(path, "more than 40 rows", "several files")
    monkeypatch.setattr(reading, "MAX_ROWS", 1000)
    monkeypatch.setattr(reading, "MAX_CELLS", 60)
    _refused(path, "reaches cell B31")
    monkeypatch.setattr(reading, "MAX_CELLS", 3_000_000)
    monkeypatch.setattr(reading, "MAX_BYTES", 100)
    _refused(path, "too large")
    monkeypatch.setattr(reading, "MAX_BYTES", 200 * 1024 * 1024)
    xlsx = tmp_path / "ds.xlsx"
    _xlsx(xlsx)
    monkeypatch.setattr(reading, "MAX_CELLS", 30)
    _refused(xlsx, "reaches cell J6")


def test_csv_that_the_csv_reader_cannot_take(tmp_path):
    path = tmp_path / "hong.csv"
    path.write_text('Họ tên,Ghi chú\nAn,"' + "x" * 200_000 + '"\n', encoding="utf-8")
    _refused(path, "hong.csv", "line 2")


def test_rows_keep_excel_positions_when_the_list_starts_at_b3(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["B3"], ws["C3"] = "Họ và tên", "Năm sinh"
    ws["B4"], ws["C4"] = "Nguyễn Văn An", 1975
    ws["D6"] = "ghi chú"
    wb.save(tmp_path / "b3.xlsx")
    rows = read_sheets(tmp_path / "b3.xlsx")[0].rows
    assert len(rows) == 6 and all(len(r) == 4 for r in rows)
    assert rows[2][1:3] == ["Họ và tên", "Năm sinh"] and rows[3][1] == "Nguyễn Văn An"
    assert rows[5][3] == "ghi chú" and rows[0] == [None] * 4
    assert detect_layout(rows).header_row == 2


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
    'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/'
    'worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>'
)  # fmt: skip
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
         'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
         'schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{target}"'
         "/></Relationships>")  # fmt: skip


def _raw_xlsx(path, rows_xml: str, prefix: str = "") -> None:
    """A minimal .xlsx with one sheet "Danh sách" whose <sheetData> holds rows_xml."""
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    xmlns = f'xmlns:{prefix[:-1]}="{ns}"' if prefix else f'xmlns="{ns}"'
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><{prefix}worksheet {xmlns}>'
             f"<{prefix}sheetData>{rows_xml}</{prefix}sheetData></{prefix}worksheet>")  # fmt: skip
    workbook = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.'
                'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
                'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name='
                '"Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>')  # fmt: skip
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS.format(kind="officeDocument", target="xl/workbook.xml"))
        zf.writestr("xl/workbook.xml", workbook)
        zf.writestr("xl/_rels/workbook.xml.rels",
                    _RELS.format(kind="worksheet", target="worksheets/sheet1.xml"))  # fmt: skip
        zf.writestr("xl/worksheets/sheet1.xml", sheet)


def _raw_ods(path, rows_xml: str) -> None:
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office='
               '"urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:'
               'names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:'
               'opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:'
               f'spreadsheet><table:table table:name="S">{rows_xml}</table:table></office:'
               "spreadsheet></office:body></office:document-content>")  # fmt: skip
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:'
                'oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
                'vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path='
                '"content.xml" manifest:media-type="text/xml"/></manifest:manifest>')  # fmt: skip
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                    compress_type=zipfile.ZIP_STORED)  # fmt: skip
        zf.writestr("META-INF/manifest.xml", manifest)
        zf.writestr("content.xml", content)


def _scan(xml: str, bound: bool):
    from app.excel.reading import _XlsxScan

    scan = _XlsxScan(bound=bound)
    scan.feed(f"<worksheet><sheetData>{xml}</sheetData></worksheet>".encode())
    scan.close()
    return scan


@pytest.mark.parametrize("xml, bounded, rows, columns", [
    # As Excel writes a list: bounded by column Z and row 99,999 without walking the rows.
    ('<row r="1"><c r="A1"><v>1</v></c><c r="C1" s="1"/></row>'
     '<row r="7"><c r="B7" t="s"><v>0</v></c></row>', True, 99_999, 26),
    # A few rows past 99,999: the largest of them.
    ('<row r="1"><c r="A1"><v>1</v></c></row><row r="123456"><c r="D123456" s="2"/></row>',
     True, 123_456, 26),
    # Column AA or a cell without its reference: row by row, exactly.
    ('<row r="1"><c r="A1"><v>1</v></c><c r="AB1"><v>2</v></c></row>', False, 1, 28),
    ('<row r="4"><c t="n"><v>1</v></c><c t="n"><v>2</v></c></row>', False, 4, 2),
])  # fmt: skip
def test_the_quick_bound_of_an_xlsx_sheet_is_never_below_the_exact_extent(xml, bounded, rows,
                                                                          columns):  # fmt: skip
    quick, exact = _scan(xml, bound=True), _scan(xml, bound=False)
    assert (quick.bounded, quick.rows, quick.columns) == (bounded, rows, columns)
    assert quick.rows >= exact.rows and quick.columns >= exact.columns and not exact.bounded


def test_a_sheet_the_quick_bound_does_not_let_through_is_scanned_exactly(tmp_path):
    """Formatted empty cells down to row 200,000: the bound (200,000 × Z) is too large, the
    exact scan finds two rows and lets the list through; a value there is refused."""
    head = '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ tên</t></is></c></row>'
    _raw_xlsx(tmp_path / "ok.xlsx", head + '<row r="200000"><c r="C200000" s="1"/></row>')
    assert read_sheets(tmp_path / "ok.xlsx")[0].rows == [["Họ tên"]]
    _raw_xlsx(tmp_path / "far.xlsx", head + '<row r="200000"><c r="Z200000"><v>1</v></c></row>')
    _refused(tmp_path / "far.xlsx", "reaches cell Z200000")


# --- headers in two rows, and the row numbering the columns --------------------------------

# An official form: "Năm sinh" merged over "Nam | Nữ" (a merged cell's text is in its first
# column), the other headers merged down over both rows, then "(1) (2) …".
FORM = [
    ["DANH SÁCH ĐỀ NGHỊ HỖ TRỢ", None, None, None, None],
    ["STT", "Họ và tên", "Năm sinh", None, "Thôn"],
    [None, None, "Nam", "Nữ", None],
    ["(1)", "(2)", "(3)", "(4)", "(5)"],
    [1, "Nguyễn Văn An", 1960, None, "Đông"],
]


def test_a_header_in_two_rows_is_read_as_one():
    layout = detect_layout(FORM)
    assert layout.header_row == 2  # the lower row: the data start under it
    assert layout.columns == {0: "stt", 1: "full_name", 2: "birth_male", 3: "birth_female",
                              4: "hamlet"}  # fmt: skip
    assert header_labels(FORM, 2) == ["STT", "Họ và tên", "Năm sinh / Nam", "Năm sinh / Nữ", "Thôn"]
    assert header_rows(FORM, 2) == range(1, 3)
    assert data_start(FORM, 2) == 4  # under the numbering row
    # With a one-row header nothing changes.
    assert header_labels(FORM[1:2], 0) == ["STT", "Họ và tên", "Năm sinh", "", "Thôn"]
    assert header_rows(FORM, 1) == range(1, 2)


@pytest.mark.parametrize("lower", [
    [None, "Trần Thị Bình", "Nam", "Nữ", None],  # a name: a person's row
    [None, None, "1960", None, "Đông"],  # digits: data
    [None, None, "Nam", None, None],  # every word under a header of its own
    [None, None, None, None, None],
])  # fmt: skip
def test_a_row_under_the_header_that_is_no_second_header_row(lower):
    rows = [FORM[1], lower, FORM[4]]
    assert detect_layout(rows).header_row == 0
    assert header_rows(rows, 0) == range(0, 1)


@pytest.mark.parametrize(("row", "numbering"), [
    (["(1)", "(2)", "(3)", "(4)"], True),
    ([1, 2, 3, 4, 5], True),
    ([1.0, 2.0, 3.0], True),
    (["A", "B", "1", "2", "3"], True),
    (["[1]", None, "[2]", "[3]"], True),
    ([1, 2], False),  # too few to tell
    ([3, 2, 1], False),  # not in order
    ([1, "Nguyễn Văn An", 1960, "Nam"], False),
    ([1, 2, 3, True], False),
    ([1, 2.5, 3], False),
])  # fmt: skip
def test_a_row_numbering_the_columns(row, numbering):
    assert is_numbering_row(row) is numbering


@pytest.mark.parametrize(("header", "lower"), [
    (["STT", "Họ đệm", "Tên", "Năm sinh"], None),
    (["STT", "Họ và tên đệm", "Tên", "Năm sinh"], None),
    (["STT", "Họ và tên", None, "Năm sinh"], [None, "Họ đệm", "Tên", None]),
    (["STT", "Họ và tên", None, "Năm sinh"], [None, "Họ", "Tên", None]),
])  # fmt: skip
def test_a_name_in_two_columns(header, lower):
    rows = [header, *([lower] if lower else []), [1, "Nguyễn Văn", "An", 1960]]
    layout = detect_layout(rows)
    assert layout.header_row == len(rows) - 2
    assert layout.columns == {0: "stt", 1: "family_name", 2: "given_name", 3: "birth_year"}


def test_a_column_named_ten_alone_is_the_whole_name():
    layout = detect_layout([["STT", "Tên", "Năm sinh"], [1, "Nguyễn Văn An", 1960]])
    assert layout.columns == {0: "stt", 1: "full_name", 2: "birth_year"}


def test_columns_headed_by_a_category_hold_its_ticks():
    labels = ["Họ và tên", "Hộ nghèo", "Hộ cận nghèo", "Đối tượng / Người có công", "HN", "Ghi chú"]
    columns, unmapped = columns_for(labels)
    assert columns == {0: "full_name", 1: "category", 2: "category", 3: "category", 5: "note"}
    assert unmapped == [(4, "HN")]  # an abbreviation is no header to go by
    assert header_category("Đối tượng / Người có công", CATEGORY_WORDS) == "meritorious"
    assert header_category("Đối tượng", CATEGORY_WORDS) is None


@pytest.mark.parametrize("year_word", ["Năm", "Nam", "NĂM"])
def test_a_birth_date_in_three_columns(year_word):
    # "Năm" (year) folds as "Nam" (male): beside "Ngày" and "Tháng" it is the year.
    rows = [["Họ và tên", "Ngày tháng năm sinh", None, None],
            [None, "Ngày", "Tháng", year_word], ["Nguyễn Văn An", 12, 3, 1960]]  # fmt: skip
    layout = detect_layout(rows)
    assert layout.columns == {0: "full_name", 1: "birth_day", 2: "birth_month", 3: "birth_year"}


def test_year_under_a_birth_header_is_no_gender():
    rows = [["Họ và tên", "Năm sinh", None], [None, "Năm", "Nữ"], ["Trần Thị Bình", None, 1970]]
    assert detect_layout(rows).columns == {0: "full_name", 1: "birth_year", 2: "birth_female"}
