"""The error report: the officer's own list with the wrong rows marked and a "Lỗi" column.

The officer corrects the marked rows in Excel and imports the file again, so
the report is the original workbook, changed as little as possible. Each wrong
row gets a light red fill across its used cells and its message in the "Lỗi"
column (bold on red at the header, added in the first free column after the
header and the wrong rows; a report imported again reuses its own "Lỗi"
column and clears its old marks).

- `.xlsx`: the sheet's XML is rewritten as a stream, only the header and the
  wrong rows changed, with a few styles added to styles.xml; every other part
  of the file is copied as it is (other sheets, pictures, merged title block,
  widths, formulas with their saved results). 100,000 rows take seconds.
- What that does not handle (an .xlsm, cells without references, an odd
  styles part) goes through openpyxl: styles, merges, widths and other sheets
  kept, formulas kept without their results (Excel recomputes them on
  opening), pictures openpyxl cannot read dropped. Slow for big files.
- `.xls`, `.ods`, `.csv`, or an `.xlsx` openpyxl cannot load either: a new
  `.xlsx` written from the values as `read_sheets` reads them, same rows at
  the same row numbers, text in NFC, digit strings kept as text ("@"), dates
  as dates (dd/mm/yyyy), an .xls title block merged again.

Row indexes are 0-based indexes into the sheet's rows as `read_sheets`
returned them: index i is Excel's row i + 1. The report is written to a temp
file beside `out`, fsynced, then moved over it: an existing report is
replaced whole or not at all.
"""

from __future__ import annotations

import logging
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO
from xml.etree import ElementTree
from xml.sax.saxutils import escape, unescape

from app.errors import UserError
from app.excel.reading import Sheet, Value, column_letters, read_sheets
from app.fileio import atomic_file
from app.i18n import _

log = logging.getLogger(__name__)

ERROR_HEADER = "Lỗi"  # the officer's file: Vietnamese whatever the app's language
WRONG_FILL = "FFC7CE"  # Excel's "light red fill"
WRONG_TEXT = "9C0006"  # … and its "dark red text"
HEADER_FILL = "C00000"
ERROR_WIDTH = 60  # characters; the text wraps
MAX_STYLES_BYTES = 50 * 1024 * 1024
_REPORT_STEM = re.compile(r"\s*\(lỗi(?: \d+)?\)$")
_DIGITS = re.compile(r"^[0-9][0-9 .+-]*$")
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML 1.0
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_EXCEL_EPOCH = datetime(1899, 12, 30)


def default_report_path(source: Path) -> Path:
    """“<name> (lỗi).xlsx” beside the source; never the source itself."""
    source = Path(source)
    base = _REPORT_STEM.sub("", source.stem) or source.stem
    candidate = source.with_name(f"{base} (lỗi).xlsx")
    number = 2
    while _same_file(candidate, source):
        candidate = source.with_name(f"{base} (lỗi {number}).xlsx")
        number += 1
    return candidate


def write_error_report(source: Path, sheet_name: str, header_row: int,
                       row_errors: dict[int, str], out: Path) -> Path:  # fmt: skip
    """Write the report of `source` to `out` (".xlsx" added if missing); return its path."""
    source, out = Path(source), Path(out)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    errors = {int(i): _clean_message(m) for i, m in row_errors.items() if i > header_row}

    def write(fh: IO[bytes]) -> None:
        if _is_zip(source) and source.suffix.lower() in (".xlsx", ".xlsm"):
            try:
                _edit_xlsx(source, sheet_name, header_row, errors, fh)
                return
            except _Unsupported as exc:
                log.info("error report through openpyxl: %s", exc)
            except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError) as exc:
                log.warning("error report through openpyxl: %r", exc)
            fh.seek(0)
            fh.truncate()
            workbook = _open_original(source)
            if workbook is not None and sheet_name in workbook.sheetnames:
                _mark_original(workbook, workbook[sheet_name], header_row, errors)
                workbook.save(fh)
                return
            fh.seek(0)
            fh.truncate()
        _write_rebuilt(source, sheet_name, header_row, errors, fh)

    _save_atomic(out, write)
    return out


def _clean_message(message: str) -> str:
    return _ILLEGAL.sub(" ", unicodedata.normalize("NFC", str(message)))[:32767]


def _is_zip(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"PK\x03\x04"
    except PermissionError as exc:
        raise _in_use(path) from exc
    except OSError as exc:
        raise UserError(_("Cannot open {name}: {error}.").format(
            name=path.name, error=exc.strerror or exc)) from exc  # fmt: skip


# --- .xlsx: the sheet rewritten as a stream ---------------------------------------------


class _Unsupported(Exception):
    """Something the streaming edit does not handle; openpyxl gets the file instead."""


def _edit_xlsx(source: Path, sheet_name: str, header_row: int, errors: dict[int, str],
               fh: IO[bytes]) -> None:  # fmt: skip
    from app.excel.reading import _xlsx_sheet_parts

    with zipfile.ZipFile(source) as zin:
        names = zin.namelist()
        if any(n.lower().endswith("vbaproject.bin") for n in names):
            raise _Unsupported("a workbook with macros")
        parts = _xlsx_sheet_parts(zin) or []
        part = next((p for title, p in parts if title == sheet_name), None)
        styles_part = _workbook_part(zin, "/styles")
        if part is None or styles_part is None:
            raise _Unsupported("no such sheet, or no styles part")
        styles = _Styles(zin.read(styles_part))
        header = header_row + 1
        wrong = {index + 1: message for index, message in errors.items()}
        with zin.open(part) as stream:
            prefix, blocks = _prefix(stream)
            seen = _look(_segments(blocks, prefix), prefix, {header, *wrong})
        header_cells = seen.get(header, {})
        error_col = _existing_error_column(zin, header_cells)
        if error_col is None:
            used = [col for cells in seen.values() for col, (has, _t) in cells.items() if has]
            error_col = max(used, default=0) + 1
        sheet = _SheetEdit(prefix, styles, header, wrong, error_col, clear=bool(styles.ours))
        with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                if info.filename not in (part, styles_part):
                    copy = zipfile.ZipInfo(info.filename, info.date_time)
                    copy.external_attr = info.external_attr
                    zout.writestr(copy, zin.read(info), compress_type=zipfile.ZIP_DEFLATED)
            with zin.open(part) as stream, zout.open(part, "w", force_zip64=True) as target:
                prefix, blocks = _prefix(stream)
                for piece in sheet.rewrite(_segments(blocks, prefix)):
                    target.write(piece)
            zout.writestr(styles_part, styles.render())


def _workbook_part(zf: zipfile.ZipFile, kind: str) -> str | None:
    """The part the workbook's relationships name for `kind` ("/styles", "/sharedStrings")."""
    names = zf.namelist()
    rels = next((n for n in names if n.endswith("_rels/workbook.xml.rels")), None)
    if rels is None:
        return None
    folder = rels[: -len("_rels/workbook.xml.rels")]
    for rel in ElementTree.fromstring(zf.read(rels)).iter(f"{_REL_NS}Relationship"):
        if rel.get("Type", "").endswith(kind):
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else folder + target
            return path if path in names else None
    return None


def _prefix(stream: IO[bytes]) -> tuple[bytes, Iterator[bytes]]:
    """The namespace prefix of the sheet's elements ("" or "x:"), and all its blocks."""
    first = stream.read(1 << 20)
    match = re.search(rb"<(\w+:)?worksheet[\s>]", first)
    if not match:
        raise _Unsupported("no worksheet element")

    def blocks() -> Iterator[bytes]:
        yield first
        while block := stream.read(1 << 20):
            yield block

    return match.group(1) or b"", blocks()


def _segments(blocks: Iterator[bytes], p: bytes) -> Iterator[tuple[int | None, bytes]]:
    """(row number, the row's XML) for each row; (None, text) for what is between rows."""
    start = re.compile(rb"<" + re.escape(p) + rb"row\b([^>]*?)(/?)>")
    end_tag = b"</" + p + b"row>"
    buffer = b""
    for block in blocks:
        buffer += block
        pos = 0
        while match := start.search(buffer, pos):
            if match.group(2):
                end = match.end()
            else:
                end = buffer.find(end_tag, match.end())
                if end < 0:
                    break  # the row goes on in the next block
                end += len(end_tag)
            if match.start() > pos:
                yield None, buffer[pos : match.start()]
            number = re.search(rb'\sr="(\d+)"', match.group(1))
            if number is None:
                raise _Unsupported("a row without its number")
            yield int(number.group(1)), buffer[match.start() : end]
            pos = end
        buffer = buffer[pos:]
    if buffer:
        yield None, buffer


def _cell_pattern(p: bytes) -> re.Pattern[bytes]:
    q = re.escape(p)
    return re.compile(rb"<" + q + rb"c\b[^>]*?(?:/>|>.*?</" + q + rb"c>)", re.S)


def _cell_parts(cell: bytes) -> tuple[int, int | None, bytes, bytes]:
    """(column, style or None, type, the start tag) of a cell's XML."""
    tag = cell[: cell.index(b">") + 1]
    ref = re.search(rb'\sr="([A-Z]{1,3})[0-9]+"', tag)
    if ref is None:
        raise _Unsupported("a cell without its reference")
    column = 0
    for ch in ref.group(1):
        column = column * 26 + ch - 64
    style = re.search(rb'\ss="(\d+)"', tag)
    kind = re.search(rb'\st="(\w+)"', tag)
    return column, int(style.group(1)) if style else None, kind.group(1) if kind else b"", tag


def _look(segments: Iterator[tuple[int | None, bytes]], p: bytes,
          wanted: set[int]) -> dict[int, dict[int, tuple[bool, str | int | None]]]:  # fmt: skip
    """For the wanted rows: column → (holds a value, its text, or its shared-string index)."""
    cell_re = _cell_pattern(p)
    value_re = re.compile(rb"<" + re.escape(p) + rb"v>([^<]*)</")
    text_re = re.compile(rb"<" + re.escape(p) + rb"t\b[^>]*>([^<]*)</")
    seen: dict[int, dict[int, tuple[bool, str | int | None]]] = {}
    for number, xml in segments:
        if number not in wanted:
            continue
        cells = seen.setdefault(number, {})
        for cell in cell_re.findall(xml):
            column, _style, kind, _tag = _cell_parts(cell)
            value = value_re.search(cell)
            texts = text_re.findall(cell) if kind == b"inlineStr" else []
            has = bool(value and value.group(1)) or any(texts)
            text: str | int | None = None
            if texts:
                text = unescape(b"".join(texts).decode("utf-8", "replace"))
            elif value and kind == b"s" and value.group(1).isdigit():
                text = int(value.group(1))
            elif value:
                text = unescape(value.group(1).decode("utf-8", "replace"))
            cells[column] = (has, text)
    return seen


def _existing_error_column(
    zf: zipfile.ZipFile, header: dict[int, tuple[bool, object]]
) -> int | None:
    """The header's "Lỗi" column, when the list is an earlier report."""
    shared = sorted({t for _has, t in header.values() if isinstance(t, int)})
    strings = _shared_strings(zf, set(shared)) if shared else {}
    for column, (_has, text) in sorted(header.items()):
        text = strings.get(text, "") if isinstance(text, int) else text
        if isinstance(text, str) and text.strip() == ERROR_HEADER:
            return column
    return None


def _shared_strings(zf: zipfile.ZipFile, wanted: set[int]) -> dict[int, str]:
    part = _workbook_part(zf, "/sharedStrings")
    if part is None:
        return {}
    found: dict[int, str] = {}
    index = 0
    with zf.open(part) as stream:
        for _event, element in ElementTree.iterparse(stream):
            if element.tag.endswith("}si"):
                if index in wanted:
                    found[index] = "".join(e.text or "" for e in element.iter()
                                           if e.tag.endswith("}t"))  # fmt: skip
                index += 1
                element.clear()
                if index > max(wanted):
                    break
    return found


class _SheetEdit:
    """Rewrites the rows of one sheet: the header, the wrong rows, old marks."""

    def __init__(self, p: bytes, styles: _Styles, header: int, wrong: dict[int, str],
                 error_col: int, clear: bool) -> None:  # fmt: skip
        self.p, self.styles, self.header, self.wrong = p, styles, header, wrong
        self.error_col, self.clear = error_col, clear
        self.letters = column_letters(error_col - 1).encode()
        self.cell_re = _cell_pattern(p)
        self.column_styles: list[tuple[int, int, int]] = []  # (first, last, style)
        self.pending = sorted(set(wrong) | {header})
        self.last_row = max(self.pending)

    def rewrite(self, segments: Iterator[tuple[int | None, bytes]]) -> Iterator[bytes]:
        head_done = False
        for number, xml in segments:
            if number is None:
                if not head_done:
                    xml = self._head(xml)
                    head_done = True
                end = xml.find(b"</" + self.p + b"sheetData>")
                if end >= 0:  # rows to add after the last one the file has
                    yield xml[:end] + self._rows_before(None) + xml[end:]
                else:
                    yield xml
                continue
            if not head_done:
                raise _Unsupported("rows before the sheet's head")
            yield self._rows_before(number)
            if number == self.header or number in self.wrong or self.clear and number > self.header:
                yield self._row(number, xml)
            else:
                yield xml
        if self.pending:
            raise _Unsupported("no end of the sheet data")

    def _rows_before(self, number: int | None) -> bytes:
        """New rows for wrong rows the file has no element for, before row `number`."""
        out = []
        while self.pending and (number is None or self.pending[0] <= number):
            missing = self.pending.pop(0)
            if missing != number:
                tag = b"<" + self.p + b'row r="' + str(missing).encode() + b'"/>'
                out.append(self._row(missing, tag))
        return b"".join(out)

    def _row(self, number: int, xml: bytes) -> bytes:
        p, styles, error_col = self.p, self.styles, self.error_col
        tag_end = xml.index(b">") + 1
        tag = re.sub(rb'\sspans="[^"]*"', b"", xml[:tag_end])
        closed = tag.endswith(b"/>")
        if closed:
            tag = tag[:-2].rstrip() + b">"
        row_style = re.search(rb'\ss="(\d+)"', tag) if b"customFormat" in tag else None
        cells: dict[int, bytes] = {}
        for cell in self.cell_re.findall(xml, tag_end):
            column, _style, _kind, _tag = _cell_parts(cell)
            cells[column] = cell
        ref = str(number).encode()
        if number == self.header:
            base = _style_of(cells.get(error_col - 1, b""))
            cells[error_col] = self._text_cell(self.letters + ref, styles.header(base),
                                               ERROR_HEADER)  # fmt: skip
        elif number in self.wrong:
            for column in range(1, error_col):
                if column in cells:
                    cells[column] = _with_style(cells[column],
                                                styles.filled(_style_of(cells[column])))  # fmt: skip
                else:
                    base = int(row_style.group(1)) if row_style else self._column_style(column)
                    cells[column] = (b"<" + p + b'c r="' + column_letters(column - 1).encode()
                                     + ref + b'" s="' + str(styles.filled(base)).encode()
                                     + b'"/>')  # fmt: skip
            cells[error_col] = self._text_cell(self.letters + ref, styles.message(),
                                               self.wrong[number])  # fmt: skip
        else:  # a row an earlier report marked: its mark and message go
            for column, cell in list(cells.items()):
                style = _style_of(cell)
                if column == error_col:
                    cells[column] = (b"<" + p + b'c r="' + self.letters + ref + b'" s="'
                                     + str(styles.unfilled(style)).encode() + b'"/>')  # fmt: skip
                elif style in styles.ours:
                    cells[column] = _with_style(cell, styles.unfilled(style))
        body = b"".join(cells[c] for c in sorted(cells))
        return tag + body + b"</" + p + b"row>"

    def _text_cell(self, ref: bytes, style: int, text: str) -> bytes:
        p = self.p
        value = escape(_ILLEGAL.sub(" ", text)).encode()
        return (b"<" + p + b'c r="' + ref + b'" s="' + str(style).encode() + b'" t="inlineStr"><'
                + p + b"is><" + p + b't xml:space="preserve">' + value + b"</" + p + b"t></"
                + p + b"is></" + p + b"c>")  # fmt: skip

    def _column_style(self, column: int) -> int:
        for first, last, style in self.column_styles:
            if first <= column <= last:
                return style
        return 0

    def _head(self, xml: bytes) -> bytes:
        """Widen <dimension>, give the "Lỗi" column its width in <cols>."""
        p, error_col = self.p, self.error_col
        dimension = re.search(rb'(<' + re.escape(p) + rb'dimension\s+ref=")([A-Z]+)(\d+):([A-Z]+)'
                              rb'(\d+)(")', xml)  # fmt: skip
        if dimension:
            last = _column_number(dimension.group(4))
            rows = max(int(dimension.group(5)), self.last_row)
            new = (dimension.group(1) + dimension.group(2) + dimension.group(3) + b":"
                   + column_letters(max(last, error_col) - 1).encode() + str(rows).encode()
                   + dimension.group(6))  # fmt: skip
            xml = xml[: dimension.start()] + new + xml[dimension.end() :]
        col_re = re.compile(rb"<" + re.escape(p) + rb"col\b[^>]*/>")
        block = re.search(rb"<" + re.escape(p) + rb"cols>(.*?)</" + re.escape(p) + rb"cols>",
                          xml, re.S)  # fmt: skip
        ours = (b"<" + p + b'col min="' + str(error_col).encode() + b'" max="'
                + str(error_col).encode() + b'" width="' + str(ERROR_WIDTH).encode()
                + b'" customWidth="1"/>')  # fmt: skip
        if block is None:
            data = xml.find(b"<" + p + b"sheetData")
            if data < 0:
                raise _Unsupported("no sheetData")
            return xml[:data] + b"<" + p + b"cols>" + ours + b"</" + p + b"cols>" + xml[data:]
        cols = []
        for col in col_re.findall(block.group(1)):
            first, last = int(_attr(col, b"min") or 0), int(_attr(col, b"max") or 0)
            style = _attr(col, b"style")
            self.column_styles.append((first, last, int(style) if style else 0))
            if first <= error_col <= last:  # split the range around the "Lỗi" column
                if first < error_col:
                    cols.append((first, _set_attr(col, b"max", str(error_col - 1).encode())))
                ours = _set_attr(_set_attr(_set_attr(_set_attr(col, b"min", str(error_col).encode()),
                                 b"max", str(error_col).encode()), b"width", str(ERROR_WIDTH).encode()),
                                 b"customWidth", b"1")  # fmt: skip
                if last > error_col:
                    cols.append((error_col + 1,
                                 _set_attr(col, b"min", str(error_col + 1).encode())))  # fmt: skip
            else:
                cols.append((first, col))
        cols.append((error_col, ours))
        body = b"".join(col for _first, col in sorted(cols, key=lambda c: c[0]))
        return xml[: block.start(1)] + body + xml[block.end(1) :]


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


def _attr(tag: bytes, name: bytes) -> bytes | None:
    match = re.search(rb"\s" + name + rb'="([^"]*)"', tag)
    return match.group(1) if match else None


def _set_attr(tag: bytes, name: bytes, value: bytes) -> bytes:
    """The element's start tag with the attribute set (added after the element name)."""
    pattern = re.compile(rb"(\s" + name + rb'=")[^"]*(")')
    end = tag.index(b">")
    head = tag[:end]
    if pattern.search(head):
        head = pattern.sub(lambda m: m.group(1) + value + m.group(2), head, count=1)
    else:
        space = re.search(rb"[\s/]|$", head[1:])
        at = 1 + (space.start() if space else len(head) - 1)
        head = head[:at] + b" " + name + b'="' + value + b'"' + head[at:]
    return head + tag[end:]


def _style_of(cell: bytes) -> int:
    if not cell:
        return 0
    match = re.search(rb'\ss="(\d+)"', cell[: cell.index(b">")])
    return int(match.group(1)) if match else 0


def _with_style(cell: bytes, style: int) -> bytes:
    return _set_attr(cell, b"s", str(style).encode())


class _Styles:
    """styles.xml, with the few formats the report adds appended at the end of its lists."""

    def __init__(self, xml: bytes) -> None:
        if len(xml) > MAX_STYLES_BYTES:
            raise _Unsupported("a styles part this large")
        root = re.search(rb"<(\w+:)?styleSheet\b", xml)
        if root is None:
            raise _Unsupported("no styleSheet")
        self.p = p = root.group(1) or b""
        self.xml = xml
        self.lists = {name: self._list(name, item) for name, item in
                      ((b"fonts", b"font"), (b"fills", b"fill"), (b"cellXfs", b"xf"))}  # fmt: skip
        self.added: dict[bytes, list[bytes]] = {b"fonts": [], b"fills": [], b"cellXfs": []}
        self.cache: dict[tuple[str, int], int] = {}
        if any(block is None for block, _items in self.lists.values()):
            raise _Unsupported("no fonts, fills or cell formats")
        fonts, fills, xfs = (self.lists[n][1] for n in (b"fonts", b"fills", b"cellXfs"))
        if not fonts or not xfs:
            raise _Unsupported("no fonts or no cell formats")
        ours = {i for i, fill in enumerate(fills) if b'"solid"' in fill
                and re.search(rb'fgColor[^>]*rgb="[0-9A-Fa-f]{2}' + WRONG_FILL.encode(), fill)}  # fmt: skip
        self.ours = {i for i, xf in enumerate(xfs) if int(_attr(xf, b"fillId") or 0) in ours}
        size = re.search(rb"<" + re.escape(p) + rb'sz\s+val="([^"]+)"', fonts[0])
        name = re.search(rb"<" + re.escape(p) + rb'name\s+val="([^"]+)"', fonts[0])
        sz = size.group(1) if size else b"11"
        face = name.group(1) if name else b"Calibri"
        self.header_font = self._add(b"fonts", b"<%sfont><%sb/><%ssz val=\"%s\"/><%scolor rgb=\"FFFFFFFF\"/>"
                                     b"<%sname val=\"%s\"/></%sfont>" % (p, p, p, sz, p, p, face, p))  # fmt: skip
        self.message_font = self._add(b"fonts", b"<%sfont><%ssz val=\"%s\"/><%scolor rgb=\"FF%s\"/>"
                                      b"<%sname val=\"%s\"/></%sfont>" % (p, p, sz, p, WRONG_TEXT.encode(),
                                                                         p, face, p))  # fmt: skip
        self.wrong_fill = self._add(b"fills", _fill_xml(p, WRONG_FILL))
        self.header_fill = self._add(b"fills", _fill_xml(p, HEADER_FILL))

    def _list(self, name: bytes, item: bytes) -> tuple[re.Match[bytes] | None, list[bytes]]:
        q = re.escape(self.p)
        block = re.search(rb"<" + q + name + rb"\b[^>]*?(?:/>|>(.*?)</" + q + name + rb">)",
                          self.xml, re.S)  # fmt: skip
        if block is None:
            return None, []
        items = re.findall(rb"<" + q + item + rb"\b[^>]*?(?:/>|>.*?</" + q + item + rb">)",
                           block.group(1) or b"", re.S)  # fmt: skip
        return block, items

    def _add(self, name: bytes, xml: bytes) -> int:
        self.added[name].append(xml)
        return len(self.lists[name][1]) + len(self.added[name]) - 1

    def _xf(self, index: int) -> bytes:
        xfs = self.lists[b"cellXfs"][1]
        return xfs[index] if 0 <= index < len(xfs) else xfs[0]

    def _clone(self, key: tuple[str, int], make: Callable[[bytes], bytes]) -> int:
        if key not in self.cache:
            self.cache[key] = self._add(b"cellXfs", make(self._xf(key[1])))
        return self.cache[key]

    def filled(self, base: int) -> int:
        """The cell format `base` with the wrong rows' fill."""
        return self._clone(("filled", base), lambda xf: _set_attr(_set_attr(
            xf, b"fillId", str(self.wrong_fill).encode()), b"applyFill", b"1"))  # fmt: skip

    def unfilled(self, base: int) -> int:
        return self._clone(("unfilled", base), lambda xf: _set_attr(xf, b"fillId", b"0"))

    def header(self, base: int) -> int:
        """The header cell next to it (borders, size) in bold white on red, centred."""
        return self._clone(("header", base), lambda xf: self._aligned(_set_attr(_set_attr(_set_attr(
            _set_attr(xf, b"fontId", str(self.header_font).encode()), b"applyFont", b"1"),
            b"fillId", str(self.header_fill).encode()), b"applyFill", b"1"),
            b'horizontal="center" vertical="center" wrapText="1"'))  # fmt: skip

    def message(self) -> int:
        return self._clone(("message", 0), lambda xf: self._aligned(_set_attr(_set_attr(_set_attr(
            _set_attr(_set_attr(xf, b"fontId", str(self.message_font).encode()), b"applyFont", b"1"),
            b"fillId", str(self.wrong_fill).encode()), b"applyFill", b"1"), b"numFmtId", b"49"),
            b'vertical="top" wrapText="1"'))  # fmt: skip

    def _aligned(self, xf: bytes, alignment: bytes) -> bytes:
        p = self.p
        xf = _set_attr(xf, b"applyAlignment", b"1")
        element = b"<" + p + b"alignment " + alignment + b"/>"
        if xf.endswith(b"/>"):
            return xf[:-2].rstrip() + b">" + element + b"</" + p + b"xf>"
        xf = re.sub(rb"<" + re.escape(p) + rb"alignment\b[^>]*?(?:/>|>.*?</" + re.escape(p)
                    + rb"alignment>)", b"", xf, flags=re.S)  # fmt: skip
        start = xf.index(b">") + 1
        return xf[:start] + element + xf[start:]

    def render(self) -> bytes:
        xml = self.xml
        for name in sorted(self.added, key=lambda n: -(self.lists[n][0].start())):  # last first
            block, items = self.lists[name]
            count = str(len(items) + len(self.added[name])).encode()
            inner = (block.group(1) or b"") + b"".join(self.added[name])
            tag = xml[block.start() : block.end()]
            open_tag = _set_attr(tag[: tag.index(b">") + 1].replace(b"/>", b">"), b"count", count)
            new = open_tag + inner + b"</" + self.p + name + b">"
            xml = xml[: block.start()] + new + xml[block.end() :]
        return xml


def _fill_xml(p: bytes, color: str) -> bytes:
    return (b'<%sfill><%spatternFill patternType="solid"><%sfgColor rgb="FF%s"/><%sbgColor '
            b'indexed="64"/></%spatternFill></%sfill>' % (p, p, p, color.encode(), p, p, p))  # fmt: skip


# --- .xlsx through openpyxl -------------------------------------------------------------


def _open_original(source: Path) -> object | None:
    """The source opened for editing with openpyxl, or None if it cannot load it."""
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():  # "Data Validation extension is not supported…"
            warnings.simplefilter("ignore")
            return load_workbook(source, keep_vba=False, keep_links=True)
    except Exception:  # noqa: BLE001 - anything openpyxl cannot load is rebuilt from values
        return None


def _mark_original(workbook, ws, header_row: int, errors: dict[int, str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header = header_row + 1
    max_row, max_column = ws.max_row, ws.max_column  # each is a scan of every cell
    error_col = None
    for column in range(1, max_column + 1):
        value = ws.cell(row=header, column=column).value
        if isinstance(value, str) and value.strip() == ERROR_HEADER:
            error_col = column
    if error_col is None:
        used = [_last_used(ws, row, max_column) for row in [header] + [i + 1 for i in errors]
                if row <= max_row]  # fmt: skip
        error_col = max(used, default=0) + 1
    else:  # a report imported again: clear its old messages and marks
        for row in ws.iter_rows(min_row=header + 1, max_col=error_col):
            for cell in row:
                if cell.column == error_col:
                    cell.value = None
                if _is_ours(cell) or cell.column == error_col:
                    cell.fill = PatternFill()
    wrong = PatternFill("solid", fgColor=WRONG_FILL)
    head = ws.cell(row=header, column=error_col)
    if error_col > 1 and ws.cell(row=header, column=error_col - 1).has_style:
        head._style = ws.cell(row=header, column=error_col - 1)._style  # borders and size
    head.value = ERROR_HEADER
    head.font = Font(bold=True, color="FFFFFF", name=head.font.name, size=head.font.size)
    head.fill = PatternFill("solid", fgColor=HEADER_FILL)
    head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for index, message in sorted(errors.items()):
        row = index + 1
        for column in range(1, error_col):
            ws.cell(row=row, column=column).fill = wrong
        cell = ws.cell(row=row, column=error_col, value=message)
        cell.fill = wrong
        cell.font = Font(color=WRONG_TEXT)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.number_format = "@"
    ws.column_dimensions[get_column_letter(error_col)].width = ERROR_WIDTH
    workbook.calculation.fullCalcOnLoad = True  # openpyxl keeps formulas, not their results


def _last_used(ws, row: int, max_column: int) -> int:
    """The last column of the row holding a value (0 if none)."""
    for column in range(max_column, 0, -1):
        cell = ws._cells.get((row, column))  # no cell is created where there is none
        value = cell.value if cell is not None else None
        if value is not None and (not isinstance(value, str) or value.strip()):
            return column
    return 0


def _is_ours(cell) -> bool:
    fill = cell.fill
    return (fill is not None and fill.fill_type == "solid"
            and str(fill.fgColor.rgb).upper().endswith(WRONG_FILL))  # fmt: skip


# --- a new workbook from the values -----------------------------------------------------

# cellXfs of the rebuilt report; a wrong row's cell uses its style + _WRONG.
_S_GENERAL, _S_TEXT, _S_DATE, _S_DATETIME, _S_TIME, _S_WHOLE, _S_BOLD = range(7)
_S_HEADER, _S_MESSAGE, _WRONG = 7, 8, 9
_REBUILT_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
    '<numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/>'
    '<numFmt numFmtId="166" formatCode="hh:mm"/></numFmts>'
    '<fonts count="4"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font>'
    f'<font><sz val="11"/><color rgb="FF{WRONG_TEXT}"/><name val="Calibri"/></font></fonts>'
    '<fills count="4"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    f'<fill><patternFill patternType="solid"><fgColor rgb="FF{HEADER_FILL}"/></patternFill></fill>'
    f'<fill><patternFill patternType="solid"><fgColor rgb="FF{WRONG_FILL}"/></patternFill></fill>'
    '</fills><borders count="1"><border/></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="16">'
    + "".join(
        f'<xf numFmtId="{fmt}" fontId="{font}" fillId="0" borderId="0" xfId="0" '
        f'applyNumberFormat="1" applyFont="1" applyFill="1"{align}'
        for fmt, font, align in ((0, 0, "/>"), (49, 0, "/>"), (164, 0, "/>"), (165, 0, "/>"),
                                 (166, 0, "/>"), (1, 0, "/>"), (0, 1, "/>"))
    )  # 0-6: general, text, date, date and time, time, whole number, bold
    + '<xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" '
    'applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
    # 7: the "Lỗi" header
    + '<xf numFmtId="49" fontId="3" fillId="3" borderId="0" xfId="0" applyNumberFormat="1" '
    'applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    + "".join(
        f'<xf numFmtId="{fmt}" fontId="{font}" fillId="3" borderId="0" xfId="0" '
        f'applyNumberFormat="1" applyFont="1" applyFill="1"/>'
        for fmt, font in ((0, 0), (49, 0), (164, 0), (165, 0), (166, 0), (1, 0), (0, 1))
    )  # 9-15: the first seven on a wrong row
    + "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)  # fmt: skip
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _write_rebuilt(source: Path, sheet_name: str, header_row: int, errors: dict[int, str],
                   fh: IO[bytes]) -> None:  # fmt: skip
    sheet = _sheet(read_sheets(source), sheet_name, source)
    rows = sheet.rows
    header = rows[header_row] if header_row < len(rows) else []
    error_col = next((c for c, v in enumerate(header)
                      if isinstance(v, str) and v.strip() == ERROR_HEADER), None)  # fmt: skip
    if error_col is None:
        error_col = max([_used_width(header)] + [_used_width(rows[i]) for i in errors
                                                 if i < len(rows)])  # fmt: skip
    width = error_col + 1
    letters = [column_letters(c) for c in range(max(width, max(map(len, rows), default=0)))]
    merges = [(top, left, bottom, right)
              for (top, left), (bottom, right) in _merged_ranges(source, sheet.name)
              if bottom < header_row]  # fmt: skip
    title = escape(_sheet_title(sheet.name), {'"': "&quot;"})
    with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://'
            'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default '
            'Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main'
            '+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/'
            'styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
            'styles+xml"/></Types>'))  # fmt: skip
        zf.writestr("_rels/.rels", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
            f'"{_PACKAGE_RELS}"><Relationship Id="rId1" Type="{_OFFICE_RELS}/officeDocument" '
            f'Target="xl/workbook.xml"/></Relationships>'))  # fmt: skip
        zf.writestr("xl/workbook.xml", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_MAIN}" '
            f'xmlns:r="{_OFFICE_RELS}"><bookViews><workbookView/></bookViews><sheets><sheet '
            f'name="{title}" sheetId="1" r:id="rId1"/></sheets></workbook>'))  # fmt: skip
        zf.writestr("xl/_rels/workbook.xml.rels", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
            f'"{_PACKAGE_RELS}"><Relationship Id="rId1" Type="{_OFFICE_RELS}/worksheet" Target='
            f'"worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{_OFFICE_RELS}/styles" '
            f'Target="styles.xml"/></Relationships>'))  # fmt: skip
        zf.writestr("xl/styles.xml", _REBUILT_STYLES)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            widths = _column_widths(rows, header_row, width)
            widths[error_col] = ERROR_WIDTH
            cols = "".join(f'<col min="{c + 1}" max="{c + 1}" width="{w:.1f}" customWidth="1"/>'
                           for c, w in enumerate(widths))  # fmt: skip
            out.write((
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns='
                f'"{_MAIN}"><sheetViews><sheetView workbookViewId="0"><pane ySplit='
                f'"{header_row + 1}" topLeftCell="A{header_row + 2}" activePane="bottomLeft" '
                f'state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
                f"<cols>{cols}</cols><sheetData>").encode())  # fmt: skip
            chunk: list[str] = []
            last = max(len(rows), max(errors, default=-1) + 1)
            for index in range(last):
                chunk.append(_rebuilt_row(rows[index] if index < len(rows) else [], index,
                                          header_row, errors.get(index), error_col, letters))  # fmt: skip
                if len(chunk) >= 1000:
                    out.write("".join(chunk).encode())
                    chunk.clear()
            out.write("".join(chunk).encode())
            merged = "".join(f'<mergeCell ref="{letters[left]}{top + 1}:{letters[right]}'
                             f'{bottom + 1}"/>' for top, left, bottom, right in merges
                             if right < len(letters))  # fmt: skip
            tail = f'<mergeCells count="{len(merges)}">{merged}</mergeCells>' if merged else ""
            out.write(f"</sheetData>{tail}</worksheet>".encode())


def _rebuilt_row(values: list[Value], index: int, header_row: int, message: str | None,
                 error_col: int, letters: list[str]) -> str:  # fmt: skip
    number = index + 1
    wrong = _WRONG if message is not None else 0
    cells = []
    for column, value in enumerate(values):
        if column == error_col and index >= header_row:
            continue  # an earlier report's message: the new one is written below
        ref = f"{letters[column]}{number}"
        if value is None or value == "":
            if wrong and column < error_col:
                cells.append(f'<c r="{ref}" s="{_S_GENERAL + wrong}"/>')
            continue
        cells.append(_rebuilt_cell(ref, value, wrong, index == header_row))
    if wrong:
        for column in range(len(values), error_col):
            cells.append(f'<c r="{letters[column]}{number}" s="{_S_GENERAL + wrong}"/>')
        cells.append(_inline(f"{letters[error_col]}{number}", _S_MESSAGE, message))
    elif index == header_row:
        cells.append(_inline(f"{letters[error_col]}{number}", _S_HEADER, ERROR_HEADER))
    return f'<row r="{number}">{"".join(cells)}</row>' if cells else ""


def _rebuilt_cell(ref: str, value: Value, wrong: int, bold: bool) -> str:
    """One cell holding the value as the original showed it."""
    if isinstance(value, bool):
        return f'<c r="{ref}" s="{_S_GENERAL + wrong}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, int):
        style = _S_WHOLE if abs(value) >= 100_000 else (_S_BOLD if bold else _S_GENERAL)
        return f'<c r="{ref}" s="{style + wrong}"><v>{value}</v></c>'
    if isinstance(value, float):
        return f'<c r="{ref}" s="{_S_GENERAL + wrong}"><v>{value!r}</v></c>'
    if isinstance(value, datetime | date) and _as_datetime(value) >= datetime(1900, 3, 1):
        moment = _as_datetime(value)
        serial = (moment - _EXCEL_EPOCH) / timedelta(days=1)
        style = _S_DATETIME if isinstance(value, datetime) and moment.time() != time(0) else _S_DATE
        return f'<c r="{ref}" s="{style + wrong}"><v>{serial!r}</v></c>'
    if isinstance(value, time):
        serial = (value.hour * 3600 + value.minute * 60 + value.second) / 86400
        return f'<c r="{ref}" s="{_S_TIME + wrong}"><v>{serial!r}</v></c>'
    if isinstance(value, date):  # before 1900: Excel has no such date, keep it as text
        value = value.strftime("%d/%m/%Y")
    text = unicodedata.normalize("NFC", str(value))
    style = _S_TEXT if _DIGITS.match(text.strip()) else (_S_BOLD if bold else _S_GENERAL)
    return _inline(ref, style + wrong, text)


def _as_datetime(value: date) -> datetime:
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)


def _inline(ref: str, style: int, text: str) -> str:
    text = escape(_ILLEGAL.sub(" ", text[:32767]))
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def _merged_ranges(source: Path, name: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Merged cells of an .xls sheet (python-calamine knows them for .xls and .xlsx)."""
    if source.suffix.lower() in (".csv", ".txt", ".tsv"):
        return []
    try:
        from python_calamine import load_workbook

        with source.open("rb") as fh:
            workbook = load_workbook(fh)
            try:
                return list(workbook.get_sheet_by_name(name).merged_cell_ranges or [])
            finally:
                workbook.close()
    except Exception:  # noqa: BLE001 - no merges is a fine report too
        return []


def _sheet(sheets: list[Sheet], name: str, source: Path) -> Sheet:
    for sheet in sheets:
        if sheet.name == name:
            return sheet
    if len(sheets) == 1:
        return sheets[0]
    raise UserError(_("{file} has no sheet called “{sheet}”.").format(file=source.name,
                                                                      sheet=name))  # fmt: skip


def _used_width(row: list[Value]) -> int:
    last = len(row)
    while last and (row[last - 1] is None or str(row[last - 1]).strip() == ""):
        last -= 1
    return last


def _column_widths(rows: list[list[Value]], header_row: int, width: int) -> list[float]:
    """About as wide as the header and the first hundred rows need, 6 to 40 characters."""
    widths = [6.0] * width
    for row in rows[header_row : header_row + 101]:
        for column, value in enumerate(row[:width]):
            if value is not None:
                text = value.strftime("%d/%m/%Y") if isinstance(value, date) else str(value)
                widths[column] = min(40.0, max(widths[column], len(text) * 1.1 + 2))
    return widths


def _sheet_title(name: str) -> str:
    """A sheet name Excel accepts: 31 characters, none of []:*?/\\."""
    title = re.sub(r"[\[\]:*?/\\]", " ", name).strip("' ")[:31]
    return title or "Sheet1"


# --- saving -----------------------------------------------------------------------------


def _save_atomic(out: Path, write: Callable[[IO[bytes]], None]) -> None:
    """write(file) through app.fileio.atomic_file; failures as messages about the report."""
    try:
        with atomic_file(out) as fh:
            write(fh)
    except PermissionError as exc:  # Windows: the old report is open in Excel
        raise _in_use(out) from exc
    except OSError as exc:
        raise _cannot_write(out, exc) from exc


def _in_use(path: Path) -> UserError:
    return UserError(_("{name} is open in another program (Excel?). Close it there and try "
                       "again.").format(name=path.name))  # fmt: skip


def _cannot_write(path: Path, exc: OSError) -> UserError:
    return UserError(_("Cannot save {name} in {folder}: {error}. Choose another folder.").format(
        name=path.name, folder=path.parent, error=exc.strerror or exc))  # fmt: skip


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False
