"""The error report's fast path for .xlsx: the sheet rewritten as a stream.

Only the header and the wrong rows change, with a few styles added to
styles.xml; every other part of the file is copied as it is (other sheets,
pictures, merged title block, widths, formulas with their saved results), so
100,000 rows take seconds. What this does not handle raises `Unsupported`, and
`report.write_error_report` takes another way (see its module docstring).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO
from xml.etree import ElementTree
from xml.sax.saxutils import escape, unescape

from app.excel.reading import column_letters
from app.excel.report import (
    _ILLEGAL,
    _REL_NS,
    ERROR_HEADER,
    ERROR_WIDTH,
    HEADER_FILL,
    MAX_STYLES_BYTES,
    WRONG_FILL,
    WRONG_TEXT,
)


class Unsupported(Exception):
    """Something the streaming edit does not handle; openpyxl gets the file instead."""


def edit_xlsx(source: Path, sheet_name: str, header_row: int, errors: dict[int, str],
               fh: IO[bytes]) -> None:  # fmt: skip
    from app.excel.reading import _xlsx_sheet_parts

    with zipfile.ZipFile(source) as zin:
        names = zin.namelist()
        if any(n.lower().endswith("vbaproject.bin") for n in names):
            raise Unsupported("a workbook with macros")
        parts = _xlsx_sheet_parts(zin) or []
        part = next((p for title, p in parts if title == sheet_name), None)
        styles_part = _workbook_part(zin, "/styles")
        if part is None or styles_part is None:
            raise Unsupported("no such sheet, or no styles part")
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
        raise Unsupported("no worksheet element")

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
                raise Unsupported("a row without its number")
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
        raise Unsupported("a cell without its reference")
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
                raise Unsupported("rows before the sheet's head")
            yield self._rows_before(number)
            if number == self.header or number in self.wrong or self.clear and number > self.header:
                yield self._row(number, xml)
            else:
                yield xml
        if self.pending:
            raise Unsupported("no end of the sheet data")

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
                raise Unsupported("no sheetData")
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
            raise Unsupported("a styles part this large")
        root = re.search(rb"<(\w+:)?styleSheet\b", xml)
        if root is None:
            raise Unsupported("no styleSheet")
        self.p = p = root.group(1) or b""
        self.xml = xml
        self.lists = {name: self._list(name, item) for name, item in
                      ((b"fonts", b"font"), (b"fills", b"fill"), (b"cellXfs", b"xf"))}  # fmt: skip
        self.added: dict[bytes, list[bytes]] = {b"fonts": [], b"fills": [], b"cellXfs": []}
        self.cache: dict[tuple[str, int], int] = {}
        if any(block is None for block, _items in self.lists.values()):
            raise Unsupported("no fonts, fills or cell formats")
        fonts, fills, xfs = (self.lists[n][1] for n in (b"fonts", b"fills", b"cellXfs"))
        if not fonts or not xfs:
            raise Unsupported("no fonts or no cell formats")
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
