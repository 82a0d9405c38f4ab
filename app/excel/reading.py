"""Read a spreadsheet or CSV file into rows of plain values.

`.xlsx`, `.xls` and `.ods` go through python-calamine (Rust; several times
faster than openpyxl and it reads all three). CSV files come in UTF-8 (with
or without a BOM), UTF-16 (Excel's "Unicode text") or Windows-1258 (old
Vietnamese Windows); the encoding is detected, never asked for. What a file
is comes from its first bytes, not its name: an .xls saved under an .xlsx
name is read, a Word document renamed .xlsx is named as one.

Positions are absolute: `rows[i][j]` is the cell Excel shows in row i + 1,
column j + 1 (A is 0), also when the list starts lower or further right, so
"row N" in a message and the error report name the rows Excel shows. Every
row of a sheet has the same length; trailing empty rows and columns are
dropped. Cached formula results are read as values (what Excel and
LibreOffice save).

Every failure is a `UserError` that says in plain words what to do, and
nothing is returned in part:

- an empty file, only empty sheets, a sheet holding only pictures: no data;
- not a spreadsheet (Word, PDF, a web page saved as .xls, random bytes);
- a workbook protected by a password (an encrypted .xlsx is an OLE2 file
  holding an "EncryptedPackage" stream; calamine says so for .xls);
- a file Excel holds open on Windows (PermissionError);
- larger than MAX_BYTES, or a sheet reaching past MAX_ROWS rows, MAX_COLUMNS
  columns or MAX_CELLS cells. calamine builds a dense grid from the first to
  the last cell holding a value: one stray value at XFD1048576 would ask for
  17 billion cells and abort the whole process (Rust's out-of-memory abort,
  which Python cannot catch). So the sheets of .xlsx and .ods files are
  scanned before calamine opens them (streaming, without building cells);
  .xls sheets cannot exceed 65,536 × 256 and are checked after loading.
- an .xlsx whose formulas have no saved results (written by openpyxl and
  some generators; they would read as empty cells): refused, with the advice
  to open and save the file in Excel, which stores the results. Found when
  the XML is written the usual way (no spaces between elements); best effort.
"""

from __future__ import annotations

import codecs
import csv
import logging
import re
import struct
import zipfile
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path, PurePosixPath
from typing import IO
from xml.etree import ElementTree
from xml.sax.saxutils import unescape

from app.errors import UserError
from app.i18n import _
from app.numbers import format_number

log = logging.getLogger(__name__)

Value = str | int | float | bool | date | datetime | time | None
SPREADSHEETS = {".xlsx", ".xlsm", ".xls", ".ods"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
MAX_BYTES = 200 * 1024 * 1024  # far above any commune list; stops a wrong file early
MAX_ROWS = 1_100_000  # more than Excel's 1,048,576: only CSV files reach it
MAX_COLUMNS = 1000  # a list has tens of columns; more is not a list
# Cells of one sheet, counted as the rectangle from A1 to its last value: what
# calamine allocates (32 bytes a cell) and what the rows hold. 3 million is
# 100,000 rows × 30 columns; reading that took a peak of 430 MB with every cell
# a different text (100,000 × 12 of a commune list: 200 MB).
MAX_CELLS = 3_000_000
MAX_XML_BYTES = 1024 * 1024 * 1024  # unpacked sheet data of one workbook
CHUNK = 1 << 20

_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2 compound file: .xls, .doc, encrypted .xlsx


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[Value]]


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet of the file with at least one non-empty cell, in file order."""
    path = Path(path)
    name = path.name
    if name.startswith("~$"):  # Excel's owner file beside a workbook it has open
        raise UserError(_("{name} is only Excel's note that a workbook is open, not the list "
                          "itself. Choose the file named {real} instead.").format(
                              name=name, real=name[2:]))  # fmt: skip
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
            size = fh.seek(0, 2)
    except PermissionError as exc:
        raise _locked(name) from exc
    except FileNotFoundError as exc:
        raise UserError(_("{name} is not there any more. Choose the file again.").format(
            name=name)) from exc  # fmt: skip
    except OSError as exc:
        raise UserError(_("Cannot open {name}: {error}.").format(
            name=name, error=exc.strerror or exc)) from exc  # fmt: skip
    if size == 0:
        raise _no_data(name)
    if size > MAX_BYTES:
        raise UserError(_("{name} is too large for a list ({mb} MB). Check that you chose the "
                          "right file: a list of 100,000 people takes about 10 MB.").format(
                              name=name, mb=size // (1024 * 1024)))  # fmt: skip
    suffix = path.suffix.lower()
    kind = _sniff(head)
    if kind == "zip":
        sheets = _read_zip(path)
    elif kind == "cfb":
        sheets = _read_cfb(path)
    elif kind == "pdf":
        raise UserError(_("{name} is a PDF file, not a spreadsheet, and lists cannot be read "
                          "from PDF. Ask for the Excel file, or type the list into Excel."
                          ).format(name=name))  # fmt: skip
    elif kind == "rtf":
        raise _word(name)
    elif kind == "html":
        raise UserError(_("{name} is a web page or an XML file under a spreadsheet name (some "
                          "programs export lists this way). Open it in Excel, save it as Excel "
                          "Workbook (.xlsx), and import that file.").format(name=name))  # fmt: skip
    elif kind == "binary":
        raise _not_spreadsheet(name)
    elif suffix in TEXT_SUFFIXES or suffix == ".xls":  # some programs write CSV as ".xls"
        sheets = [Sheet(path.stem, _read_csv(path, head))]
    elif suffix in SPREADSHEETS:
        raise _not_spreadsheet(name)
    else:
        raise UserError(_("Lá Lành reads lists in .xlsx, .xls, .ods or .csv files; {name} is "
                          "none of these. Save it from Excel in one of them.").format(
                              name=name))  # fmt: skip
    sheets = [s for s in sheets if s.rows]
    if not sheets:
        raise _no_data(name)
    return sheets


def column_letters(index: int) -> str:
    """Excel's name of a 0-based column: 0 → A, 27 → AB, 16383 → XFD."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# --- messages ---------------------------------------------------------------------------


def _no_data(name: str) -> UserError:
    return UserError(_("{name} has no data in it. Check that you chose the right file."
                       ).format(name=name))  # fmt: skip


def _locked(name: str) -> UserError:
    return UserError(_("{name} is open in another program (Excel?). Close it there and try "
                       "again.").format(name=name))  # fmt: skip


def _password(name: str) -> UserError:
    return UserError(_("{name} is protected by a password. Open it in Excel, remove the "
                       "password (File → Info → Protect Workbook → Encrypt with Password, "
                       "empty it), save, and import it again.").format(name=name))  # fmt: skip


def _word(name: str) -> UserError:
    return UserError(_("{name} is a Word document, not a spreadsheet. Copy its table into "
                       "Excel, save it as .xlsx, and import that file.").format(name=name))  # fmt: skip


def _not_spreadsheet(name: str) -> UserError:
    return UserError(_("{name} is not a spreadsheet, or it is damaged. If Excel opens it, "
                       "save it again as .xlsx and import that file.").format(name=name))  # fmt: skip


def _too_large(name: str) -> UserError:
    return UserError(_("{name} holds more data than a list can: check that you chose the "
                       "right file, or split the list into several files.").format(name=name))  # fmt: skip


def _check_extent(file: str, sheet: str, rows: int, columns: int) -> None:
    """Refuse a sheet whose rectangle from A1 is `rows` × `columns`, if too large."""
    if columns > MAX_COLUMNS:
        raise UserError(_("Sheet “{sheet}” of {name} does not look like a list: it has "
                          "{columns} columns, up to column {letters}. Delete the columns "
                          "after the list (or clear what is typed far to the right), save, "
                          "and import again.").format(
                              sheet=sheet, name=file, columns=format_number(columns),
                              letters=column_letters(columns - 1)))  # fmt: skip
    if rows > MAX_ROWS:
        raise UserError(_("Sheet “{sheet}” of {name} has more than {rows} rows, more than can "
                          "be imported at once. Split the list into several files.").format(
                              sheet=sheet, name=file, rows=format_number(MAX_ROWS)))  # fmt: skip
    if rows * columns > MAX_CELLS:
        raise UserError(_("Sheet “{sheet}” of {name} reaches cell {cell}: too large to import "
                          "at once. If the list is shorter, something is typed far below or "
                          "to the right of it: delete the rows and columns after the list, "
                          "save, and import again. Otherwise split the list into several "
                          "files.").format(sheet=sheet, name=file,
                                           cell=f"{column_letters(columns - 1)}{rows}"))  # fmt: skip


# --- what a file is ---------------------------------------------------------------------


def _sniff(head: bytes) -> str:
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if head.startswith(_CFB):
        return "cfb"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "text"
    start = head.removeprefix(codecs.BOM_UTF8).lstrip().lower()
    if start.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml", b"<meta")):
        return "html"  # also Excel's "XML Spreadsheet 2003", which calamine cannot read
    if b"\x00" in head:
        return "binary"
    return "text"


def _read_zip(path: Path) -> list[Sheet]:
    name = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mimetype = zf.read("mimetype")[:100]
                if mimetype.strip() != b"application/vnd.oasis.opendocument.spreadsheet":
                    raise _not_spreadsheet(name)
                _check_ods(zf, name)
                suffixes = {".ods"}
            elif "word/document.xml" in names:
                raise _word(name)
            else:
                parts = _xlsx_sheet_parts(zf)
                if parts is None:
                    raise _not_spreadsheet(name)
                _check_xlsx(zf, name, parts)
                suffixes = {".xlsx", ".xlsm"}
    except PermissionError as exc:
        raise _locked(name) from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, KeyError,
            ElementTree.ParseError, NotImplementedError, RuntimeError) as exc:  # fmt: skip
        log.warning("zip check of a spreadsheet failed: %r", exc)
        raise _not_spreadsheet(name) from exc
    return _load(path, suffixes)


def _read_cfb(path: Path) -> list[Sheet]:
    """An OLE2 file: an .xls, a password-protected .xlsx, or a Word .doc."""
    name = path.name
    found = _find_utf16(path, ("EncryptedPackage", "Workbook", "Book", "WordDocument"))
    if "EncryptedPackage" in found:
        raise _password(name)
    if "WordDocument" in found and "Workbook" not in found:
        raise _word(name)
    if not found & {"Workbook", "Book"}:
        raise _not_spreadsheet(name)
    try:
        extents = _xls_extents(path.read_bytes())
    except PermissionError as exc:
        raise _locked(name) from exc
    except (OSError, ValueError, IndexError, struct.error) as exc:
        log.warning("could not pre-check an .xls file, reading it anyway: %r", exc)
        extents = []  # calamine will say what is wrong; .xls sheets are bounded anyway
    for title, rows, columns in extents:
        if title is None:
            raise _password(name)
        _check_extent(name, title, rows, columns)
    return _load(path, {".xls"})


def _find_utf16(path: Path, words: tuple[str, ...]) -> set[str]:
    """Which of the stream names occur in the file (directory entries are UTF-16)."""
    needles = {w: w.encode("utf-16-le") for w in words}
    found: set[str] = set()
    tail = b""
    try:
        with path.open("rb") as fh:
            while block := fh.read(CHUNK):
                data = tail + block
                found.update(w for w, n in needles.items() if n in data)
                tail = data[-64:]
    except PermissionError as exc:
        raise _locked(path.name) from exc
    except OSError as exc:
        raise _not_spreadsheet(path.name) from exc
    return found


# --- loading with calamine --------------------------------------------------------------


def _load(path: Path, suffixes: set[str]) -> list[Sheet]:
    """All sheets through calamine.

    Given a path, calamine picks its reader by the file's name; given a file
    object, by the content, but then it calls an encrypted .xls an unknown
    format. So: the path when the name fits the content, else the file object.
    """
    from python_calamine import PasswordError, load_workbook

    name = path.name
    try:
        with path.open("rb") as fh:
            workbook = load_workbook(str(path) if path.suffix.lower() in suffixes else fh)
            try:
                return [Sheet(title, _sheet_rows(workbook.get_sheet_by_index(i), name, title))
                        for i, title in enumerate(workbook.sheet_names)]  # fmt: skip
            finally:
                workbook.close()
    except UserError:
        raise
    except PasswordError as exc:
        raise _password(name) from exc
    except PermissionError as exc:
        raise _locked(name) from exc
    except MemoryError as exc:
        raise _too_large(name) from exc
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - calamine's errors, and a Rust panic
        if "password" in str(exc).lower():
            raise _password(name) from exc
        if "cell limit" in str(exc).lower():  # calamine's own guard for .ods
            raise _too_large(name) from exc
        log.warning("calamine could not read a spreadsheet: %r", exc)
        raise _not_spreadsheet(name) from exc


def _sheet_rows(sheet: object, file: str, title: str) -> list[list[Value]]:
    """The sheet's rows at absolute positions, "" as None, one width, no empty tail."""
    start, end = sheet.start, sheet.end  # type: ignore[attr-defined]
    if start is None or end is None:  # nothing in it, or only pictures
        return []
    (top, left), (bottom, right) = start, end
    _check_extent(file, title, bottom + 1, right + 1)
    # iter_rows() yields rows from the first row but columns from the first used
    # one (python-calamine 0.9); both offsets are checked rather than assumed.
    rows: list[list[Value]] = []
    pad: list[Value] | None = None
    blank = {"": None}.get  # "" → None, any other value as it is (all in C)
    for raw in sheet.iter_rows():  # type: ignore[attr-defined]
        if pad is None:
            pad = [None] * left if len(raw) == right - left + 1 else []
        # pad + …: a list of exactly its length (list(map()) alone keeps room to grow: 5 MB
        # more for 100,000 rows of ten cells)
        rows.append(pad + list(map(blank, raw, raw)))
    if len(rows) == bottom - top + 1 and top:
        rows[:0] = [[] for _ in range(top)]
    return _tidy(rows)


def _tidy(rows: list[list[Value]]) -> list[list[Value]]:
    """Drop trailing empty rows and columns; pad every row to one width."""
    while rows and not any(_filled(v) for v in rows[-1]):
        rows.pop()
    width = 0
    for row in rows:
        last = len(row)
        while last > width and not _filled(row[last - 1]):
            last -= 1
        width = max(width, last)
    for i, row in enumerate(rows):
        if len(row) > width:
            rows[i] = row[:width]
        elif len(row) < width:
            row.extend([None] * (width - len(row)))
    return rows


def _filled(value: Value) -> bool:
    return value is not None and (not isinstance(value, str) or value.strip() != "")


# --- .xlsx: where the values end, before calamine builds its grid -----------------------

_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOC = "/officeDocument"
_REF = re.compile(rb'\sr="([A-Z]{1,3})([0-9]{1,7})"')
_ROW_NUMBER = re.compile(rb'\sr="([0-9]{1,7})"')
_PREFIX = re.compile(rb"<(\w+:)?worksheet[\s>]")


def _xlsx_sheet_parts(zf: zipfile.ZipFile) -> list[tuple[str, str]] | None:
    """(sheet name, part path) of each worksheet, or None if this is no .xlsx."""
    try:
        rels = ElementTree.fromstring(zf.read("_rels/.rels"))
    except KeyError:
        return None
    main = next((r.get("Target", "") for r in rels.iter(f"{_REL_NS}Relationship")
                 if r.get("Type", "").endswith(_OFFICE_DOC)), "")  # fmt: skip
    main = main.lstrip("/")
    if not main.endswith(".xml") or main not in zf.namelist():
        return None  # .xlsb (binary parts) or not a workbook at all
    folder = PurePosixPath(main).parent
    rels_path = str(folder / "_rels" / (PurePosixPath(main).name + ".rels"))
    targets = {}
    if rels_path in zf.namelist():
        for rel in ElementTree.fromstring(zf.read(rels_path)).iter(f"{_REL_NS}Relationship"):
            target = rel.get("Target", "")
            targets[rel.get("Id")] = (target.lstrip("/") if target.startswith("/")
                                      else _join(folder, target))  # fmt: skip
    parts = []
    for element in ElementTree.fromstring(zf.read(main)).iter():
        if element.tag.rsplit("}", 1)[-1] != "sheet":
            continue
        rid = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
        part = targets.get(rid)
        if part and part in zf.namelist() and "worksheets/" in part:
            parts.append((element.get("name", ""), part))
    return parts


def _join(folder: PurePosixPath, target: str) -> str:
    out: list[str] = [p for p in str(folder).split("/") if p and p != "."]
    for piece in target.split("/"):
        if piece == "..":
            if out:
                out.pop()
        elif piece and piece != ".":
            out.append(piece)
    return "/".join(out)


def _check_xlsx(zf: zipfile.ZipFile, file: str, parts: list[tuple[str, str]]) -> None:
    unpacked = 0
    for title, part in parts:
        with zf.open(part) as stream:
            scan = _XlsxScan(bound=True)
            for block in _blocks(stream):
                unpacked += len(block)
                if unpacked > MAX_XML_BYTES:
                    raise _too_large(file)
                scan.feed(block)
            scan.close()
        if scan.rows and scan.bounded and not _within_limits(scan.rows, scan.columns):
            # A bound counts formatted empty cells too: only the exact scan may refuse.
            with zf.open(part) as stream:
                scan = _XlsxScan()
                for block in _blocks(stream):
                    scan.feed(block)
                scan.close()
        if scan.rows:
            _check_extent(file, title, scan.rows, scan.columns)
        if scan.blank_formula:
            raise UserError(_("{name} was saved by a program that did not keep the results of "
                              "its formulas (cell {cell} on sheet “{sheet}”), so they would "
                              "read as empty. Open the file in Excel, save it, and import it "
                              "again.").format(name=file, cell=scan.blank_formula,
                                               sheet=title))  # fmt: skip


def _blocks(stream: IO[bytes]) -> Iterator[bytes]:
    while block := stream.read(CHUNK):
        yield block


_SHORT_ROWS = 99_999  # rows numbered with five digits at most
_FEW = 1000  # references past that in one block (1 MiB): scanned row by row instead


def _within_limits(rows: int, columns: int) -> bool:
    return columns <= MAX_COLUMNS and rows <= MAX_ROWS and rows * columns <= MAX_CELLS


class _XlsxScan:
    """The last row and column holding a value in a worksheet's XML, fed in blocks.

    Only each row's last cells are looked at (cells are in column order), with
    bytes.find/rfind: a few microseconds a row. A cell counts when it has a
    non-empty <v> or an inline string, as for calamine; formatted empty cells
    do not.

    With `bound`, a block whose cells all start with their reference (`<c r="B7"`, as
    Excel, LibreOffice and openpyxl write them), all in columns A to Z, is not walked
    row by row: it is bounded by column Z and row 99,999 (or the largest of the few
    references past it), found by two counts and one search in C (0.2 s instead of
    0.7 s for 100,000 rows × 10 columns). `rows` and `columns` are then at least the
    true extent (`bounded`): enough to let a sheet through (up to 115,000 rows); a
    sheet the bound does not let through is scanned again exactly before it is refused.
    """

    def __init__(self, bound: bool = False) -> None:
        self.rows = 0  # 1-based number of the last row with a value
        self.columns = 0  # 1-based number of the last column with a value
        self.blank_formula = ""  # a cell whose formula has no saved result
        self.bounded = False  # rows and columns are upper bounds (see above)
        self._bound = bound
        self._buffer = b""
        self._prefix: bytes | None = None

    def feed(self, block: bytes) -> None:
        data = self._buffer + block
        if self._prefix is None:
            match = _PREFIX.search(data)
            if not match:
                self._buffer = data
                return
            self._set_prefix(match.group(1) or b"")
        end = data.rfind(self._row_end)
        if end < 0:
            self._buffer = data
            return
        end += len(self._row_end)
        self._scan(data, end)
        self._buffer = data[end:]

    def close(self) -> None:
        if self._prefix is not None and self._buffer:
            self._scan(self._buffer, len(self._buffer))
        self._buffer = b""

    def _set_prefix(self, p: bytes) -> None:
        self._prefix = p
        self._row_end = b"</" + p + b"row>"
        self._row = b"<" + p + b"row"
        self._cell = b"<" + p + b"c "
        self._cell_end = b"</" + p + b"c>"
        self._formula = b"<" + p + b"f"
        self._value = b"<" + p + b"v>"
        self._inline = b"<" + p + b"is>"
        empty_values = [b"", b"<" + p + b"v/>", b"<" + p + b"v />",
                        b"<" + p + b"v></" + p + b"v>"]  # fmt: skip
        self._blank_endings = [close + v + self._cell_end for close in (b"</" + p + b"f>", b"/>")
                               for v in empty_values]  # fmt: skip
        self._ref = b"<" + p + b'c r="'
        # A reference in column AA or further right, or in a row past 99,999.
        self._long = re.compile(re.escape(self._ref) + rb"(?:([A-Z]{2})|[A-Z]([0-9]{6,}))")

    def _scan(self, data: bytes, stop: int) -> None:
        if not (self._bound and self._bounds(data, stop)):
            pos = 0
            while (end := data.find(self._row_end, pos, stop)) >= 0:
                self._last_value(data, pos, end)
                pos = end + len(self._row_end)
        if not self.blank_formula and data.find(self._formula, 0, stop) >= 0:
            self._find_blank_formula(data, stop)

    def _bounds(self, data: bytes, stop: int) -> bool:
        """Raise `rows` and `columns` to bounds of the block's cell references: columns up to
        Z, rows up to 99,999 or the largest of the few longer row numbers. False (nothing
        done) if a cell has no reference, or references reach past Z or are many past 99,999."""
        cells = data.count(self._cell, 0, stop)
        if not cells:
            return True  # rows without cells count for nothing
        if data.count(self._ref, 0, stop) != cells:
            return False
        row = _SHORT_ROWS
        for n, match in enumerate(self._long.finditer(data, 0, stop)):
            if match.group(1) or n >= _FEW:
                return False  # column AA or further right; or a long list: row by row
            row = max(row, int(match.group(2)))
        self.rows = max(self.rows, row)
        self.columns = max(self.columns, 26)
        self.bounded = True
        return True

    def _last_value(self, data: bytes, after: int, row_end: int) -> None:
        """Update the extents with the row's last cell that holds a value.

        `after` is where the previous row ended: every cell between it and `row_end`
        is in this row.
        """
        before = row_end
        while (cell := data.rfind(self._cell, after, before)) >= 0:
            before = cell
            tag_end = data.find(b">", cell, row_end)
            if tag_end < 0:
                return
            if data[tag_end - 1] == 0x2F:  # <c …/>: formatted but empty
                continue
            close = data.find(self._cell_end, tag_end, row_end)
            close = row_end if close < 0 else close
            value = data.find(self._value, tag_end, close)
            if (value < 0 or data[value + len(self._value)] == 0x3C) and data.find(
                self._inline, tag_end, close
            ) < 0:
                continue  # no value, or a formula with no saved result
            ref = _REF.search(data, cell, tag_end + 1)
            if ref:
                row, column = int(ref.group(2)), _column_number(ref.group(1))
            else:  # no reference: the row's own number, the cell's place in the row
                row_start = data.rfind(self._row, after, cell)
                number = _ROW_NUMBER.search(data, row_start, data.find(b">", row_start))
                row = int(number.group(1)) if number else self.rows + 1
                column = data.count(self._cell, row_start, cell) + 1
            if row > self.rows:
                self.rows = row
            if column > self.columns:
                self.columns = column
            return

    def _find_blank_formula(self, data: bytes, stop: int) -> None:
        for ending in self._blank_endings:
            pos = 0
            while (hit := data.find(ending, pos, stop)) >= 0:
                pos = hit + len(ending)
                cell = data.rfind(self._cell, 0, hit)
                if cell < 0:
                    continue
                tag_end = data.find(b">", cell, hit)
                tag = data[cell:tag_end]
                if data.find(self._formula, tag_end, hit) < 0 or b' t="str"' in tag:
                    continue  # not a formula, or one whose saved result is ""
                ref = _REF.search(data, cell, tag_end + 1)
                self.blank_formula = (ref.group(1) + ref.group(2)).decode() if ref else "?"
                return


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


# --- .ods: the same, over content.xml ---------------------------------------------------

_REPEAT_COLUMNS = re.compile(rb'table:number-columns-repeated="([0-9]+)"')
_REPEAT_ROWS = re.compile(rb'table:number-rows-repeated="([0-9]+)"')
_TABLE_NAME = re.compile(rb'table:name="([^"]*)"')


def _check_ods(zf: zipfile.ZipFile, file: str) -> None:
    scan = _OdsScan()
    with zf.open("content.xml") as stream:
        unpacked = 0
        for block in _blocks(stream):
            unpacked += len(block)
            if unpacked > MAX_XML_BYTES:
                raise _too_large(file)
            scan.feed(block)
    scan.close()
    for title, rows, columns in scan.tables:
        _check_extent(file, title, rows, columns)


class _OdsScan:
    """Each table's last row and column with a value in content.xml, fed in blocks.

    Rows and cells may stand for many (number-rows-repeated, …-columns-repeated);
    LibreOffice ends every sheet with a million repeated empty rows, which do
    not count. A cell counts when it has a value type or any content.
    """

    ROW_END = b"</table:table-row>"
    TABLE = b"<table:table "

    def __init__(self) -> None:
        self.tables: list[tuple[str, int, int]] = []  # (name, rows, columns), 1-based
        self._buffer = b""
        self._name: str | None = None
        self._row = 0  # rows seen in the current table
        self._rows = self._columns = 0

    def feed(self, block: bytes) -> None:
        data = self._buffer + block
        end = data.rfind(self.ROW_END)
        if end < 0:
            self._buffer = data
            return
        end += len(self.ROW_END)
        self._scan(data, end)
        self._buffer = data[end:]

    def close(self) -> None:
        self._end_table()

    def _end_table(self) -> None:
        if self._name is not None and self._rows:
            self.tables.append((self._name, self._rows, self._columns))
        self._row = self._rows = self._columns = 0

    def _scan(self, data: bytes, stop: int) -> None:
        pos = 0
        while (end := data.find(self.ROW_END, pos, stop)) >= 0:
            table = data.find(self.TABLE, pos, end)
            while table >= 0:  # a new sheet starts before this row
                self._end_table()
                name = _TABLE_NAME.search(data, table, data.find(b">", table))
                self._name = unescape(name.group(1).decode("utf-8", "replace"),
                                      {"&quot;": '"', "&apos;": "'"}) if name else "?"  # fmt: skip
                table = data.find(self.TABLE, table + 1, end)
            start = max(data.rfind(b"<table:table-row ", pos, end),
                        data.rfind(b"<table:table-row>", pos, end))  # fmt: skip
            tag_end = data.find(b">", start, end)
            repeat = _REPEAT_ROWS.search(data, start, tag_end)
            count = int(repeat.group(1)) if repeat else 1
            columns = self._last_column(data, tag_end, end)
            if columns:
                self._rows = self._row + count
                self._columns = max(self._columns, columns)
            self._row += count
            pos = end + len(self.ROW_END)

    @staticmethod
    def _last_column(data: bytes, start: int, end: int) -> int:
        """1-based column of the row's last cell with a value or content, 0 if none."""
        mark = max(data.rfind(b"office:value-type=", start, end),
                   data.rfind(b"</table:table-cell>", start, end))  # fmt: skip
        if mark < 0:
            return 0
        cell = max(data.rfind(b"<table:table-cell", start, mark),
                   data.rfind(b"<table:covered-table-cell", start, mark))  # fmt: skip
        before = (data.count(b"<table:table-cell", start, cell)
                  + data.count(b"<table:covered-table-cell", start, cell))  # fmt: skip
        if data.find(b"number-columns-repeated", start, mark) >= 0:
            before += sum(int(n) - 1 for n in _REPEAT_COLUMNS.findall(data, start, cell))
            own = _REPEAT_COLUMNS.search(data, cell, data.find(b">", cell))
            return before + (int(own.group(1)) if own else 1)
        return before + 1


# --- .xls: the same, from the BIFF records of the OLE2 file ---------------------------

_FREE = 0xFFFFFFFA  # sector numbers from here up mark ends and free sectors
# BIFF records naming a cell (row, column first): NUMBER, LABEL, LABELSST, RK,
# FORMULA, BOOLERR, RSTRING. MULRK holds several cells of one row.
_CELL_RECORDS = {0x0203, 0x0204, 0x00FD, 0x027E, 0x0006, 0x0205, 0x00D6}
_MULRK, _BOF, _EOF, _DIMENSIONS, _BOUNDSHEET, _FILEPASS = (
    0x00BD, 0x0809, 0x000A, 0x0200, 0x0085, 0x002F)  # fmt: skip


def _cfb_stream(data: bytes, names: tuple[str, ...]) -> bytes | None:
    """The first of the named streams of an OLE2 compound file, or None."""
    sector_size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    mini_size = 1 << struct.unpack_from("<H", data, 0x20)[0]
    n_fat, dir_start = struct.unpack_from("<II", data, 0x2C)
    mini_cutoff, minifat_start, _n_minifat, difat_start, n_difat = struct.unpack_from(
        "<IIIII", data, 0x38)  # fmt: skip

    def sector(index: int) -> bytes:
        offset = (index + 1) * sector_size
        if offset >= len(data):
            raise ValueError("sector past the end of the file")
        return data[offset : offset + sector_size]

    fat_sectors = [i for i in struct.unpack_from("<109I", data, 0x4C) if i < _FREE]
    per_sector = sector_size // 4
    for _sector in range(n_difat):
        if difat_start >= _FREE:
            break
        entries = struct.unpack(f"<{per_sector}I", sector(difat_start))
        fat_sectors += [i for i in entries[:-1] if i < _FREE]
        difat_start = entries[-1]
    fat = array("I", b"".join(sector(i) for i in fat_sectors[:n_fat]))

    def chain(start: int, table: array) -> Iterator[int]:
        for _step in range(len(table)):  # a loop in the chain ends here
            if start >= _FREE or start >= len(table):
                return
            yield start
            start = table[start]

    directory = b"".join(sector(i) for i in chain(dir_start, fat))
    entries = {}
    for offset in range(0, len(directory) - 127, 128):
        length, kind = struct.unpack_from("<HB", directory, offset + 64)
        start, size = struct.unpack_from("<II", directory, offset + 116)
        name = directory[offset : offset + max(0, min(length, 64) - 2)].decode(
            "utf-16-le", "replace"
        )
        entries.setdefault(name, (kind, start, size))
    for wanted in names:
        if wanted in entries and entries[wanted][0] == 2:  # a stream
            _kind, start, size = entries[wanted]
            if size >= mini_cutoff:
                return b"".join(sector(i) for i in chain(start, fat))[:size]
            root_start = next(iter(entries.values()))[1]
            mini_stream = b"".join(sector(i) for i in chain(root_start, fat))
            minifat = array("I", b"".join(sector(i) for i in chain(minifat_start, fat)))
            return b"".join(mini_stream[i * mini_size : (i + 1) * mini_size]
                            for i in chain(start, minifat))[:size]  # fmt: skip
    return None


def _xls_extents(data: bytes) -> list[tuple[str | None, int, int]]:
    """(sheet name, rows, columns) of each worksheet of an .xls; (None, 0, 0) if encrypted.

    The DIMENSIONS record near the start of each sheet bounds its cells when the
    writer tells the truth (Excel and LibreOffice do); only a sheet it calls too
    large has its cell records walked, to tell values from formatted blanks.
    """
    stream = _cfb_stream(data, ("Workbook", "Book"))
    if stream is None:
        return []
    sheets: list[tuple[int, str]] = []
    pos = 0
    while pos + 4 <= len(stream):  # the workbook globals, up to their EOF
        kind, length = struct.unpack_from("<HH", stream, pos)
        if kind == _FILEPASS:
            return [(None, 0, 0)]
        if kind == _BOUNDSHEET and length >= 8:
            offset, _state, sheet_type, count, flags = struct.unpack_from("<IBBBB", stream,
                                                                           pos + 4)  # fmt: skip
            if sheet_type == 0:  # a worksheet (not a chart or macro sheet)
                raw = stream[pos + 12 : pos + 4 + length]
                title = (raw[: count * 2].decode("utf-16-le", "replace") if flags & 1
                         else raw[:count].decode("latin-1"))  # fmt: skip
                sheets.append((offset, title))
        pos += 4 + length
        if kind == _EOF:
            break
    out = []
    for offset, title in sheets:
        rows, columns = _xls_sheet_extent(stream, offset)
        if rows:
            out.append((title, rows, columns))
    return out


def _xls_sheet_extent(stream: bytes, pos: int) -> tuple[int, int]:
    rows = columns = 0
    walk = False
    while pos + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, pos)
        body = pos + 4
        pos = body + length
        if kind == _EOF:
            break
        if kind == _DIMENSIONS and not walk:
            if length >= 14:  # BIFF8: first row, last row + 1 (32 bits), columns (16 bits)
                _first, last_row, _left, last_column = struct.unpack_from("<IIHH", stream, body)
            else:  # BIFF5
                _first, last_row, _left, last_column = struct.unpack_from("<HHHH", stream, body)
            if last_row * last_column <= MAX_CELLS and last_column <= MAX_COLUMNS:
                return last_row, last_column
            walk = True
        elif kind in _CELL_RECORDS and length >= 4:
            row, column = struct.unpack_from("<HH", stream, body)
            rows, columns = max(rows, row + 1), max(columns, column + 1)
        elif kind == _MULRK and length >= 6:
            row = struct.unpack_from("<H", stream, body)[0]
            last = struct.unpack_from("<H", stream, body + length - 2)[0]
            rows, columns = max(rows, row + 1), max(columns, last + 1)
    return rows, columns


# --- CSV --------------------------------------------------------------------------------


def decode_text(data: bytes) -> str:
    """Text of a CSV file: BOMs first, then strict UTF-8, else Windows-1258."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1258", errors="replace")


def _read_csv(path: Path, head: bytes) -> list[list[Value]]:
    """Rows of a CSV file, read as a stream: UTF-8 first, Windows-1258 if it is not."""
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    try:
        return _parse_csv(path, encoding, "strict")
    except UnicodeDecodeError:
        return _parse_csv(path, "cp1258" if encoding == "utf-8" else encoding, "replace")


def _parse_csv(path: Path, encoding: str, errors: str) -> list[list[Value]]:
    name, title = path.name, path.stem
    rows: list[list[Value]] = []
    width = 0
    try:
        with path.open(encoding=encoding, errors=errors, newline="") as fh:
            sample = fh.read(20000)
            fh.seek(0)
            try:
                dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
                    sample, delimiters=",;\t|")  # fmt: skip
            except csv.Error:
                dialect = csv.excel
            reader = csv.reader(fh, dialect)
            try:
                for fields in reader:
                    last = len(fields)
                    while last and not fields[last - 1].strip():
                        last -= 1
                    if last > width:
                        width = last
                        _check_extent(name, title, len(rows) + 1, width)
                    rows.append([v if v.strip() else None for v in fields[:last]])
                    if len(rows) > MAX_ROWS or len(rows) * width > MAX_CELLS:
                        _check_extent(name, title, len(rows), width)
            except csv.Error as exc:
                raise UserError(_("{name} could not be read as a CSV list (line {line}). Open "
                                  "it in Excel, save it as .xlsx, and import that file.").format(
                                      name=name, line=reader.line_num)) from exc  # fmt: skip
    except PermissionError as exc:
        raise _locked(name) from exc
    return _tidy(rows)
