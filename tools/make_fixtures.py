#!/usr/bin/env python3
"""Make the spreadsheet fixtures in tests/excel/fixtures/ with LibreOffice Calc.

The tests must see files written by a real spreadsheet program, not only by
openpyxl: LibreOffice writes shared strings, styles, cached formula values,
BIFF8 records and CSV encodings its own way. This script writes the sources
as flat ODS (.fods, plain XML built below), has LibreOffice Calc load each
one, recalculate its formulas and save it as .xlsx, .xls, .ods and CSV, and
writes two password-protected workbooks. The files it produces are committed,
so the tests and CI never need LibreOffice.

To regenerate (Debian 12 / Ubuntu 22.04 or newer, as root or with sudo):

    apt-get install -y libreoffice-calc-nogui python3-uno
    /usr/bin/python3 tools/make_fixtures.py          # from the source folder

It needs the Python that LibreOffice's UNO bridge is built for (the system
`python3` on Debian/Ubuntu); started with another Python it re-runs itself
with /usr/bin/python3. Standard library and UNO only. The files differ from
run to run only in their metadata (dates, LibreOffice version); the tests in
tests/excel/test_fixtures.py say what each must contain.

What is made (every list looks like one a commune office keeps: a merged title
block above the header, Vietnamese headers, numbers Excel made of ID numbers):

    ho-ngheo.xlsx/.xls/.ods    one row per household, with an STT formula, a
                               SUM total row, an NFD name, ID numbers as
                               numbers, as text and one in scientific format
    ho-ngheo-utf8.csv          the same, saved as CSV in UTF-8 (comma)
    ho-ngheo-cp1258.csv        … in Vietnamese (Windows-1258), semicolons,
                               as Excel on a Vietnamese Windows writes it
    nhan-khau.xlsx/.xls/.ods   one row per person, "Quan hệ với chủ hộ",
    nhan-khau-utf8.csv         birth dates as date cells and as text
    mau-nam-nu.xlsx/.xls/.ods  an official form: "Họ và tên" over "Họ đệm | Tên" and
                               "Năm sinh" over "Nam | Nữ" in a two-row header, a
                               row numbering the columns
    theo-thon.xlsx/.xls/.ods   a list grouped under hamlet headings ("I. THÔN ĐÔNG"),
                               with subtotals, categories ticked under "Đối tượng"
    stt-chu-ho.xlsx/.xls/.ods  the heads numbered (STT), their members' rows under
                               them unnumbered ("", "-", "3.1"), no relation column;
                               a year "khoảng 1970", a phone cell with two numbers
    lech-b3.xlsx/.xls/.ods     a list starting at B3 (row numbers must match)
    hinh-anh.xlsx/.ods         a sheet holding only a picture
    o-xa.xlsx/.ods/.xls        a short list and an "x" typed far away (J1048576;
                               IV65536 in the .xls): a sheet too large to read
    mat-khau.xlsx/.xls         protected by the password "1234"
"""

from __future__ import annotations

import base64
import contextlib
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "excel" / "fixtures"
PASSWORD = "1234"

# LibreOffice's CSV filter options: separator, quote, character set (a
# rtl_TextEncoding number: 76 is UTF-8, 40 is Windows-1258), first line (import
# only), cell formats (import only), language, then export flags. The ninth
# token "true" saves cells as shown (dates dd/mm/yyyy, 2.61E+10), as Excel does.
CSV_UTF8 = "44,34,76,1,,0,false,true,true"
CSV_CP1258 = "59,34,40,1,,0,false,true,true"
FILTERS = {
    ".xlsx": "Calc Office Open XML",
    ".xls": "MS Excel 97",
    ".ods": "calc8",
}


@dataclass(frozen=True)
class Formula:
    """A formula (OpenFormula syntax); LibreOffice computes and caches its value."""

    expr: str


@dataclass(frozen=True)
class Styled:
    """A value with a cell style: "sci" (scientific), "bold"."""

    value: object
    style: str


@dataclass(frozen=True)
class Merged:
    """A bold title spanning `span` columns (and `rows` rows: COVERED under it)."""

    text: str
    span: int
    rows: int = 1
    style: str = "title"


COVERED = object()  # a cell under a merged one, in a row below it


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# --- The lists --------------------------------------------------------------------------

TITLE = "ỦY BAN NHÂN DÂN XÃ YÊN LẠC"

HOUSEHOLD_HEADER = ["STT", "Họ và tên chủ hộ", "Năm sinh", "Giới tính", "Số CCCD", "Thôn",
                    "Số nhân khẩu", "Đối tượng", "SĐT", "Ghi chú"]  # fmt: skip
# Rows 5-9 of the sheet: STT from row 6 on is =A5+1…, the ID numbers are a
# number (leading zero lost), text, a number in scientific format, text and a
# nine-digit CMND number; phones are numbers or text; one name is NFD.
HOUSEHOLDS = [
    [1, "Nguyễn Văn An", 1975, "Nam", 26075001234, "Thôn Đông", 4, "Hộ nghèo",
     912345678, None],
    [Formula("[.A5]+1"), "Trần Thị Bình", 1980, "Nữ", "026180004321", "Thôn Tây", 2,
     "Hộ cận nghèo", "0987 654 321", "Mẹ đơn thân"],
    [Formula("[.A6]+1"), "Lê Văn Cường", 1968, "Nam", Styled(26068000777, "sci"),
     "Thôn Đông", 5, "Hộ nghèo", 345678901, None],
    [Formula("[.A7]+1"), nfd("Hoàng Thị Huệ"), 1990, "nữ", "001190012345", "Xóm Mới", 3,
     "Người có công", None, "Chuyển đến năm 2025"],
    [Formula("[.A8]+1"), "Đỗ Văn Em", "1955", "Nam", 123456789, "Thôn Tây", 1,
     "Bảo trợ xã hội", "0912000111", None],
    [None, Styled("Tổng cộng", "bold"), None, None, None, None,
     Formula("SUM([.G5:.G9])"), None, None, None],
]  # fmt: skip

PERSON_HEADER = ["TT", "HỌ VÀ TÊN", "Quan hệ với chủ hộ", "Ngày sinh", "Giới tính",
                 "Số CCCD/CMND", "Thôn/Tổ dân phố", "Điện thoại", "Ghi chú"]  # fmt: skip
# Rows 5-11: birth dates as date cells and as dd/mm/yyyy text, a year alone.
PERSONS = [
    [1, "Nguyễn Văn An", "Chủ hộ", date(1975, 3, 12), "Nam", 26075001234, "Thôn Đông",
     912345678, None],
    [Formula("[.A5]+1"), "Phạm Thị Lan", "Vợ", "05/02/1978", "Nữ", "026178002345",
     "Thôn Đông", None, None],
    [Formula("[.A6]+1"), "Nguyễn Văn Bảo", "Con", date(2005, 11, 20), "Nam",
     Styled(26205000111, "sci"), "Thôn Đông", None, None],
    [Formula("[.A7]+1"), nfd("Nguyễn Thị Ngọc Ánh"), "Con", "29/02/2012", "Nữ", None,
     "Thôn Đông", None, "Học sinh"],
    [Formula("[.A8]+1"), "Trần Văn Dũng", "Chủ hộ", date(1960, 7, 1), "Nam",
     "001060009876", "Tổ 3", "0904 111 222", "Khuyết tật"],
    [Formula("[.A9]+1"), "Trần Thị Mai", "Mẹ", "1935", "Nữ", None, "Tổ 3", None, None],
    [Formula("[.A10]+1"), "Trần Minh Khôi", "Cháu", "1/9/2019", "Nam", None, "Tổ 3", None,
     None],
]  # fmt: skip


# --- Flat ODS ---------------------------------------------------------------------------

NAMESPACES = " ".join(f'xmlns:{k}="{v}"' for k, v in {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "of": "urn:oasis:names:tc:opendocument:xmlns:of:1.2",
}.items())  # fmt: skip

STYLES = """<office:automatic-styles>
<number:date-style style:name="N_dmy"><number:day number:style="long"/><number:text>/</number:text>
<number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/>
</number:date-style>
<number:number-style style:name="N_sci"><number:scientific-number number:decimal-places="2"
 number:min-integer-digits="1" number:min-exponent-digits="2"/></number:number-style>
<style:style style:name="date" style:family="table-cell" style:data-style-name="N_dmy"/>
<style:style style:name="sci" style:family="table-cell" style:data-style-name="N_sci"/>
<style:style style:name="bold" style:family="table-cell">
 <style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="title" style:family="table-cell">
 <style:paragraph-properties fo:text-align="center"/>
 <style:text-properties fo:font-weight="bold" fo:font-size="13pt"/></style:style>
<style:style style:name="narrow" style:family="table-column">
 <style:table-column-properties style:column-width="1.2cm"/></style:style>
<style:style style:name="wide" style:family="table-column">
 <style:table-column-properties style:column-width="4.5cm"/></style:style>
<style:style style:name="medium" style:family="table-column">
 <style:table-column-properties style:column-width="2.6cm"/></style:style>
</office:automatic-styles>"""


def cell(value: object) -> str:
    style = ""
    if isinstance(value, Styled):
        style = f' table:style-name="{value.style}"'
        value = value.value
    if value is None:
        return "<table:table-cell/>"
    if value is COVERED:
        return "<table:covered-table-cell/>"
    if isinstance(value, Merged):
        rows = f' table:number-rows-spanned="{value.rows}"' if value.rows > 1 else ""
        covered = (f'<table:covered-table-cell table:number-columns-repeated="{value.span - 1}"/>'
                   if value.span > 1 else "")  # fmt: skip
        return (f'<table:table-cell table:style-name="{value.style}" office:value-type="string" '
                f'table:number-columns-spanned="{value.span}"{rows}><text:p>'
                f"{escape(value.text)}</text:p></table:table-cell>{covered}")  # fmt: skip
    if isinstance(value, Formula):
        return f'<table:table-cell{style} table:formula="of:={escape(value.expr)}"/>'
    if isinstance(value, date):
        return (f'<table:table-cell table:style-name="date" office:value-type="date" '
                f'office:date-value="{value.isoformat()}"/>')  # fmt: skip
    if isinstance(value, int | float):
        return f'<table:table-cell{style} office:value-type="float" office:value="{value}"/>'
    return (f'<table:table-cell{style} office:value-type="string"><text:p>{escape(str(value))}'
            f"</text:p></table:table-cell>")  # fmt: skip


def table(name: str, rows: list[list[object]], widths: Sequence[str] = (), shapes: str = "") -> str:
    columns = "".join(f'<table:table-column table:style-name="{w}"/>' for w in widths)
    body = "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>"
                   for row in rows)  # fmt: skip
    if not rows:
        body = "<table:table-row><table:table-cell/></table:table-row>"
    return f'<table:table table:name="{escape(name)}">{shapes}{columns}{body}</table:table>'


def fods(*tables: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NAMESPACES} '
            f'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.'
            f'spreadsheet">{STYLES}<office:body><office:spreadsheet>{"".join(tables)}'
            f"</office:spreadsheet></office:body></office:document>")  # fmt: skip


def household_list(nfc: bool = False) -> str:
    """The household list; `nfc` for Windows-1258, which has no code for an NFD mark
    such as the combining circumflex (LibreOffice writes "?" for it)."""
    data = [[unicodedata.normalize("NFC", v) if nfc and isinstance(v, str) else v
             for v in row] for row in HOUSEHOLDS]  # fmt: skip
    rows = [[Merged(TITLE, 10)], [Merged("DANH SÁCH HỘ NGHÈO NĂM 2026", 10)], [],
            [Styled(h, "bold") for h in HOUSEHOLD_HEADER], *data]  # fmt: skip
    widths = ["narrow", "wide", "medium", "medium", "medium", "medium", "medium", "medium",
              "medium", "medium"]  # fmt: skip
    return fods(table("Danh sách", rows, widths), table("Sheet2", []))


def person_list() -> str:
    rows = [[Merged(TITLE, 9)], [Merged("DANH SÁCH NHÂN KHẨU THÔN ĐÔNG, TỔ 3", 9)], [],
            [Styled(h, "bold") for h in PERSON_HEADER], *PERSONS]  # fmt: skip
    return fods(table("Nhân khẩu", rows, ["narrow", "wide"]))


# An official form: the header in two rows, "Họ và tên" over "Họ đệm | Tên" (the name in two
# columns, to sort by given name) and "Năm sinh" over "Nam | Nữ" (the birth in the column of
# the person's gender), the other headers merged down over both rows, and a row numbering
# the columns under it. Rows 7-11 of the sheet.
FORM_HEADER = [Merged(h, 2 if h in ("Họ và tên", "Năm sinh") else 1,
                      1 if h in ("Họ và tên", "Năm sinh") else 2, "bold")
               for h in ("STT", "Họ và tên", "Năm sinh", "Số CCCD", "Thôn", "Số nhân khẩu",
                         "Ghi chú")]  # fmt: skip
FORM_LOWER = [COVERED, Styled("Họ đệm", "bold"), Styled("Tên", "bold"), Styled("Nam", "bold"),
              Styled("Nữ", "bold"), COVERED, COVERED, COVERED, COVERED]  # fmt: skip
FORM_NUMBERS = [f"({n})" for n in range(1, 10)]
FORM_ROWS = [
    [1, "Nguyễn Văn", "An", 1960, None, 26060001234, "Thôn Đông", 4, None],
    [Formula("[.A7]+1"), "Trần Thị", "Bình", None, 1975, "026175004321", "Thôn Đông", 3, None],
    [Formula("[.A8]+1"), "Lê Thị", "Cúc", None, date(1980, 3, 12), "001180012347", "Thôn Tây",
     2, None],
    [Formula("[.A9]+1"), "Phạm Văn", "Dũng", "05/06/1955", None, "001055012348", "Thôn Tây", 1,
     None],
    [Formula("[.A10]+1"), "Đỗ Thị", "Em", 1990, 1990, "026190000555", "Thôn Tây", 2,
     "Ghi năm sinh ở cả hai cột"],
]  # fmt: skip


# A list grouped by hamlet: no hamlet column, a heading row over each group (merged across)
# and a subtotal under it; the categories ticked with "x" under "Đối tượng".
GROUPED_HEADER = [Merged("STT", 1, 2, "bold"), Merged("Họ và tên chủ hộ", 1, 2, "bold"),
                  Merged("Năm sinh", 1, 2, "bold"), Merged("Giới tính", 1, 2, "bold"),
                  Merged("Đối tượng", 2, 1, "bold"), Merged("Ghi chú", 1, 2, "bold")]  # fmt: skip
GROUPED_LOWER = [COVERED, COVERED, COVERED, COVERED, Styled("Hộ nghèo", "bold"),
                 Styled("Hộ cận nghèo", "bold"), COVERED]  # fmt: skip
GROUPED_ROWS = [
    [Merged("I. THÔN ĐÔNG", 7, 1, "bold")],
    [1, "Nguyễn Văn An", 1960, "Nam", "x", None, None],
    [2, "Trần Thị Bình", 1970, "Nữ", None, "x", None],
    [None, Styled("Cộng thôn Đông", "bold"), None, None, Formula("COUNTA([.E7:.E8])"),
     Formula("COUNTA([.F7:.F8])"), None],
    [Merged("II. THÔN TÂY", 7, 1, "bold")],
    [1, "Lê Văn Cường", 1971, "Nam", "X", None, "Khuyết tật"],
]  # fmt: skip


# A list numbering its heads only: the rows of each household's members under its head,
# their STT empty, "-" or "3.1"; no relation column; "Số nhân khẩu" on the heads. Rows 5-10.
NUMBERED_HEADER = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Số CCCD", "Thôn",
                   "Số nhân khẩu", "Số điện thoại"]  # fmt: skip
NUMBERED_ROWS = [
    [1, "Nguyễn Văn An", 1960, "Nam", "026060001234", "Thôn Đông", 3, "0912345678"],
    [None, "Trần Thị Bình", 1962, "Nữ", None, None, None, None],
    ["-", "Nguyễn Văn Cường", date(1990, 5, 12), "Nam", None, None, None, None],
    [2, "Lê Văn Dũng", 1955, "Nam", 1055001235, "Thôn Tây", 1, "0987654321 - 0912000111"],
    [Formula("[.A8]+1"), "Phạm Thị Em", "khoảng 1970", "Nữ", None, "Thôn Tây", 2, None],
    ["3.1", "Phạm Văn Phúc", 2000, "Nam", None, None, None, None],
]  # fmt: skip


def numbered_list() -> str:
    rows = [[Merged(TITLE, 8)], [Merged("DANH SÁCH HỘ VÀ NHÂN KHẨU CẦN HỖ TRỢ", 8)], [],
            [Styled(h, "bold") for h in NUMBERED_HEADER], *NUMBERED_ROWS]  # fmt: skip
    return fods(table("Hộ và nhân khẩu", rows, ["narrow", "wide"]))


def grouped_list() -> str:
    rows = [[Merged(TITLE, 7)], [Merged("DANH SÁCH HỘ NGHÈO, CẬN NGHÈO THEO THÔN", 7)], [],
            GROUPED_HEADER, GROUPED_LOWER, *GROUPED_ROWS]  # fmt: skip
    return fods(table("Theo thôn", rows, ["narrow", "wide"]))


def form_list() -> str:
    rows = [[Merged(TITLE, 9)], [Merged("DANH SÁCH ĐỀ NGHỊ HỖ TRỢ", 9)], [], FORM_HEADER,
            FORM_LOWER, FORM_NUMBERS, *FORM_ROWS]  # fmt: skip
    return fods(table("Mẫu", rows, ["narrow", "wide"]))


def offset_list() -> str:
    """Header at B3, two rows under it; nothing in row 1-2 or column A."""
    rows = [
        [],
        [],
        [None, "Họ và tên", "Năm sinh", "Thôn"],
        [None, "Nguyễn Văn An", 1975, "Thôn Đông"],
        [None, "Trần Thị Bình", 1980, "Thôn Tây"],
    ]
    return fods(table("Sheet1", rows))


def stray_cell(last_row: int, last_column: int) -> str:
    """A short list, and an "x" typed far away at (last_row, last_column), 1-based."""
    rows = [[None, "Họ và tên", "Năm sinh"], [None, "Nguyễn Văn An", 1975]]
    body = "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>"
                   for row in rows)  # fmt: skip
    body += (f'<table:table-row table:number-rows-repeated="{last_row - len(rows) - 1}">'
             f"<table:table-cell/></table:table-row><table:table-row>"
             f'<table:table-cell table:number-columns-repeated="{last_column - 1}"/>'
             f"{cell('x')}</table:table-row>")  # fmt: skip
    return fods(f'<table:table table:name="Sheet1">{body}</table:table>')


def picture_sheet() -> str:
    png = base64.b64encode(tiny_png()).decode()
    shapes = (f'<table:shapes><draw:frame draw:z-index="0" svg:width="3cm" svg:height="3cm" '
              f'svg:x="1cm" svg:y="1cm"><draw:image><office:binary-data>{png}'
              f"</office:binary-data></draw:image></draw:frame></table:shapes>")  # fmt: skip
    return fods(table("Ảnh", [], shapes=shapes))


def protected_list() -> str:
    return fods(table("Sheet1", [["Họ và tên", "Năm sinh"], ["Nguyễn Văn An", 1975]]))


def tiny_png() -> bytes:
    """An 8×8 green PNG, standard library only."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\x2e\x8b\x57" * 8 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))  # fmt: skip


# --- LibreOffice ------------------------------------------------------------------------


class Office:
    """A headless LibreOffice with its own profile, driven over a UNO pipe."""

    def __init__(self, workdir: Path):
        import uno
        from com.sun.star.connection import NoConnectException

        self.uno = uno
        pipe = f"lalanh_fixtures_{os.getpid()}"
        profile = (workdir / "profile").as_uri()
        self.proc = subprocess.Popen(
            ["soffice", "--headless", "--invisible", "--nologo", "--norestore",
             f"-env:UserInstallation={profile}",
             f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)  # fmt: skip
        for _attempt in range(300):
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except NoConnectException:
                time.sleep(0.1)
        else:
            raise SystemExit("LibreOffice did not start (is libreoffice-calc-nogui installed?)")
        self.desktop = ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", ctx)  # fmt: skip

    def props(self, **values: object) -> tuple:
        from com.sun.star.beans import NamedValue

        out = []
        for name, value in values.items():
            if name == "Password" and values.get("FilterName") == FILTERS[".xlsx"]:
                # The .xlsx filter ignores "Password"; it encrypts with EncryptionData,
                # and LibreOffice 7.4 writes only the "Standard" (Excel 2007) kind.
                secret = [NamedValue(), NamedValue()]
                secret[0].Name, secret[0].Value = "OOXPassword", value
                secret[1].Name, secret[1].Value = "CryptoType", "Standard"
                out.append(self.prop("EncryptionData", self.uno.Any(
                    "[]com.sun.star.beans.NamedValue", tuple(secret))))  # fmt: skip
                continue
            out.append(self.prop(name, value))
        return tuple(out)

    @staticmethod
    def prop(name: str, value: object) -> object:
        from com.sun.star.beans import PropertyValue

        prop = PropertyValue()
        prop.Name, prop.Value = name, value
        return prop

    def convert(self, source: Path, targets: dict[str, dict[str, str]]) -> None:
        """Open `source`, recalculate, save as each target name with its store properties."""
        doc = self.desktop.loadComponentFromURL(source.as_uri(), "_blank", 0,
                                                self.props(Hidden=True))  # fmt: skip
        try:
            doc.calculateAll()
            for name, store in targets.items():
                # uno.invoke keeps the typed Any (EncryptionData) intact
                self.uno.invoke(doc, "storeToURL", ((OUT / name).as_uri(), self.props(**store)))
                print("wrote", (OUT / name).relative_to(ROOT))
        finally:
            doc.close(True)

    def quit(self) -> None:
        with contextlib.suppress(Exception):  # the bridge goes down with the process
            self.desktop.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def formats(stem: str, *suffixes: str) -> dict[str, dict[str, str]]:
    return {stem + s: {"FilterName": FILTERS[s]} for s in suffixes}


def csv(name: str, options: str) -> dict[str, dict[str, str]]:
    return {name: {"FilterName": "Text - txt - csv (StarCalc)", "FilterOptions": options}}


def main() -> None:
    try:
        import uno  # noqa: F401
    except ImportError as exc:
        system = "/usr/bin/python3"
        if Path(system).exists() and Path(sys.executable).resolve() != Path(system).resolve():
            os.execv(system, [system, *sys.argv])
        raise SystemExit(
            "LibreOffice's Python bridge is missing: apt-get install python3-uno"
        ) from exc
    if not shutil.which("soffice"):
        raise SystemExit("soffice not found: apt-get install libreoffice-calc-nogui")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lalanh-fixtures-") as tmp:
        work = Path(tmp)
        jobs = {
            "ho-ngheo": (household_list(), {
                **formats("ho-ngheo", ".xlsx", ".xls", ".ods"),
                **csv("ho-ngheo-utf8.csv", CSV_UTF8)}),
            "ho-ngheo-nfc": (household_list(nfc=True), csv("ho-ngheo-cp1258.csv", CSV_CP1258)),
            "nhan-khau": (person_list(), {
                **formats("nhan-khau", ".xlsx", ".xls", ".ods"),
                **csv("nhan-khau-utf8.csv", CSV_UTF8)}),
            "mau-nam-nu": (form_list(), formats("mau-nam-nu", ".xlsx", ".xls", ".ods")),
            "theo-thon": (grouped_list(), formats("theo-thon", ".xlsx", ".xls", ".ods")),
            "stt-chu-ho": (numbered_list(), formats("stt-chu-ho", ".xlsx", ".xls", ".ods")),
            "lech-b3": (offset_list(), formats("lech-b3", ".xlsx", ".xls", ".ods")),
            "hinh-anh": (picture_sheet(), formats("hinh-anh", ".xlsx", ".ods")),
            "o-xa": (stray_cell(1_048_576, 10), formats("o-xa", ".xlsx", ".ods")),
            "o-xa-xls": (stray_cell(65_536, 256), formats("o-xa", ".xls")),
            "mat-khau": (protected_list(), {
                name: {**store, "Password": PASSWORD}
                for name, store in formats("mat-khau", ".xlsx", ".xls").items()}),
        }  # fmt: skip
        office = Office(work)
        try:
            for stem, (source, targets) in jobs.items():
                path = work / f"{stem}.fods"
                path.write_text(source, encoding="utf-8")
                office.convert(path, targets)
        finally:
            office.quit()


if __name__ == "__main__":
    main()
