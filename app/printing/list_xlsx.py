"""The recipient list (or the public posting list) as .xlsx, for those who want to edit it.

Same content as the PDF (signature_list.py, FORMS.md §1–2) from the same `SheetData`, so the
rows come in the same order with the same STT: the head block (bodies left, national motto
right, the date line), the title, the header row, one row per household, hamlet subtotals
when asked, the total, the amount in words, the public list's posting period and hotline, the
signers. Differences that come from being a spreadsheet:

- the row code has a column of its own ("Mã") instead of a bar code;
- figures are numbers with a "#,##0" / "#,##0.###" format (each reader shows its own
  separators: 1.250.000 on a Vietnamese Windows); ID numbers are text, leading zeros kept;
- the subtotal and total rows are formulas over the household rows (SUM; SUBTOTAL(9, …) when
  hamlet subtotals are in the range, which the grand total then skips), written with the
  figures computed here as their cached values, and the workbook asks to be recalculated on
  opening: edits update the totals; the amount in words is text and does not follow them;
- no per-page subtotals or page codes: where the pages break is the reader's printer's
  business. The printed pages repeat the header row and say "Trang x/y".

The sheet is streamed as SpreadsheetML by hand, with app.excel.writing's helpers (openpyxl
would take most of a minute for 100,000 rows); the file is written atomically.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO

from app.amount_words import amount_in_words
from app.errors import Cancelled, UserError
from app.excel.reading import column_letters
from app.excel.writing import (
    MAX_ROWS,
    NS_MAIN,
    NS_REL,
    save_error,
    text_cell_writer,
    wrapped_lines,
    write_package,
)
from app.fileio import atomic_file
from app.i18n import _
from app.printing import wording
from app.printing.layout import LEADER_HINT, MOTTO, NATION, SIGNER_HINT, date_line, nfc
from app.printing.list_data import PrintOptions, SheetData, SheetRow, mask_id
from app.services.office_documents import DocumentSettings, Signer

Progress = Callable[[int, int], object]  # (rows written, rows) → False to cancel

PROGRESS_EVERY = 1000  # rows
LINE_PT = 15.75  # a line of 12 pt Times New Roman, in points
SIGN_ROW_PT = 33.0  # a household's row on the signature list: room to sign (~12 mm)
SIGN_SPACE_PT = 72.0  # between a signer's title and name: room to sign and stamp (~25 mm)
SHEET_NAMES = {"recipient_list": "Danh sách ký nhận", "public_list": "Niêm yết công khai"}

# Styles: indexes into cellXfs of _STYLES below.
(S_DEFAULT, S_BODY, S_BODY_BOLD, S_DATE, S_MOTTO, S_TITLE, S_SUBJECT, S_INFO, S_DRAFT, S_HEADER,
 S_TEXT, S_CENTRE, S_ID, S_INT, S_DEC, S_LABEL, S_TOTAL_INT, S_TOTAL_DEC, S_WORDS, S_NOTICE,
 S_SIGNER, S_HINT, S_BORDER) = range(23)  # fmt: skip


def write_list_xlsx(data: SheetData, doc: DocumentSettings, options: PrintOptions, out: Path,
                    progress: Progress | None = None) -> int:  # fmt: skip
    """Write the list to `out` (atomically); returns the number of household rows written.

    UserError for an empty list or the receipts (PDF only); Cancelled, leaving no file (and an
    existing `out` as it was), when `progress` returns False."""
    if options.document not in SHEET_NAMES:
        raise UserError(_("Receipts are printed as a PDF only. To edit the list in a "
                          "spreadsheet, save the recipient list or the public list as .xlsx."))  # fmt: skip
    data.require_rows()
    if len(data.rows) + len({r.hamlet for r in data.rows}) + 40 > MAX_ROWS:
        raise UserError(_("The list has more rows than one Excel sheet can hold "
                          "({n}). Filter it (by hamlet, for example) and export each "
                          "part.").format(n=f"{MAX_ROWS:,}".replace(",", ".")))  # fmt: skip
    sheet = _ListSheet(data, doc, options, progress)
    try:
        with (
            atomic_file(out) as fh,
            zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf,
        ):
            with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
                sheet.write(part)
            write_package(zf, sheet.workbook(), _STYLES)
    except OSError as exc:
        raise save_error(out, exc) from exc
    return len(data.rows)


@dataclass(frozen=True)
class _Column:
    key: str
    heading: str
    width: float  # in characters of the sheet's font


class _ListSheet:
    def __init__(self, data: SheetData, doc: DocumentSettings, options: PrintOptions,
                 progress: Progress | None):  # fmt: skip
        self.data, self.doc, self.options, self.progress = data, doc, options, progress
        self.public = options.document == "public_list"
        self.name = SHEET_NAMES[options.document]
        self.columns = self._columns()
        self.letters = [column_letters(i) for i in range(len(self.columns))]
        # The subtotal and total labels span the columns before the figures, as on the PDF.
        self.first_item = next(i for i, c in enumerate(self.columns)
                               if c.key.startswith("item") or c.key in ("sign", "note"))  # fmt: skip
        self.merges: list[str] = []
        self.header_row = 0
        self._text = {style: text_cell_writer(style) for style in range(S_BORDER + 1)}

    # --- columns -----------------------------------------------------------------------------

    def _columns(self) -> list[_Column]:
        d = self.data

        def widest(values, low: int, high: int) -> float:
            return float(min(max(max(map(len, values), default=0) + 2, low), high))

        cols = [_Column("stt", "STT", max(5.0, len(str(len(d.rows))) + 2.0))]
        if not self.public:
            cols.append(_Column("code", "Mã", len(d.rows[0].code) + 3.0))
        cols += [
            _Column("name", "Họ và tên", widest((r.name for r in d.rows), 18, 30)),
            _Column("birth", "Năm sinh", 7.0),
            _Column("hamlet", "Thôn/Tổ dân phố", widest((r.hamlet for r in d.rows), 11, 22)),
            _Column("id", "Số CCCD", widest((self._id(r) for r in d.rows), 11, 18) + 1),
            _Column("categories", "Đối tượng", widest((r.categories for r in d.rows), 12, 28)),
        ]
        for i, (item, total) in enumerate(zip(d.items, d.totals(), strict=True)):
            figures = len(f"{total:,.3f}".rstrip("0").rstrip("."))
            words = max(len(w) for w in item.heading.split())
            cols.append(_Column(f"item{i}", item.heading, float(min(max(figures + 3, words + 2,
                                                                       11), 20))))  # fmt: skip
        if not self.public:
            cols.append(_Column("sign", "Ký nhận", 14.0))
        cols.append(_Column("note", "Ghi chú", widest((r.note for r in d.rows), 12, 30)))
        return cols

    def _id(self, r: SheetRow) -> str:
        return mask_id(r.id_number) if self.public else r.id_number

    # --- the sheet ---------------------------------------------------------------------------

    def write(self, part: IO[bytes]) -> None:
        """Stream the worksheet part."""
        head = self._head_rows()  # sets header_row
        h = self.header_row
        widths = "".join(f'<col min="{i}" max="{i}" width="{c.width:.1f}" customWidth="1"/>'
                         for i, c in enumerate(self.columns, 1))  # fmt: skip
        out: list[str] = [
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">'
            '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
            '<sheetViews><sheetView workbookViewId="0">'
            f'<pane ySplit="{h}" topLeftCell="A{h + 1}" activePane="bottomLeft" state="frozen"/>'
            f'<selection pane="bottomLeft" activeCell="A{h + 1}" sqref="A{h + 1}"/>'
            "</sheetView></sheetViews>"
            f'<sheetFormatPr defaultRowHeight="{LINE_PT}"/>'
            f"<cols>{widths}</cols><sheetData>",
            *head,
        ]
        last_row = h
        for number, chunk in self._body_rows(h + 1):
            last_row = number
            out.extend(chunk)
            if len(out) >= 256:
                part.write("".join(out).encode("utf-8"))
                out.clear()
        out.extend(self._closing_rows(last_row + 1))
        out.append("</sheetData>")
        if self.merges:
            out.append(f'<mergeCells count="{len(self.merges)}">')
            out.extend(f'<mergeCell ref="{m}"/>' for m in self.merges)
            out.append("</mergeCells>")
        left, top = ("0.79", "0.79") if self.options.landscape else ("1.18", "0.79")
        orientation = "landscape" if self.options.landscape else "portrait"
        version = f"Danh sách {self.data.program_code}, phiên bản {self.data.list_version}"
        out.append(
            '<printOptions horizontalCentered="1"/>'
            f'<pageMargins left="{left}" right="0.59" top="{top}" bottom="0.79" header="0.3" '
            'footer="0.3"/>'
            f'<pageSetup paperSize="9" orientation="{orientation}" fitToWidth="1" '
            'fitToHeight="0"/>'
            "<headerFooter><oddFooter>"
            f"&amp;L&amp;&quot;Times New Roman,Regular&quot;&amp;9{_footer_text(version)}"
            "&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;11Trang &amp;P/&amp;N"
            "</oddFooter></headerFooter></worksheet>"
        )
        part.write("".join(out).encode("utf-8"))

    def workbook(self) -> str:
        titles = f"'{self.name}'!${self.header_row}:${self.header_row}"
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_REL}">'
            "<bookViews><workbookView/></bookViews>"
            f'<sheets><sheet name="{self.name}" sheetId="1" r:id="rId1"/></sheets>'
            "<definedNames>"
            f'<definedName name="_xlnm.Print_Titles" localSheetId="0">{titles}</definedName>'
            "</definedNames>"
            # Excel recalculates the totals on opening; the cached values serve readers that
            # do not calculate (and LibreOffice, which by default keeps them).
            '<calcPr calcId="191029" fullCalcOnLoad="1"/>'
            "</workbook>"
        )

    # --- head --------------------------------------------------------------------------------

    def _head_rows(self) -> list[str]:
        d, doc = self.data, self.doc
        split = self._split()
        left: list[tuple[str, int]] = []
        if doc.superior_body:
            left.append((nfc(doc.superior_body.upper()), S_BODY))
        left += [(nfc(line.strip().upper()), S_BODY_BOLD)
                 for line in doc.issuing_body.splitlines() if line.strip()]  # fmt: skip
        dated_at = max(len(left), 2)
        right: list[tuple[str, int]] = [(NATION, S_BODY_BOLD), (MOTTO, S_MOTTO)]
        while len(right) < dated_at:
            right.append(("", S_DEFAULT))
        while len(left) < dated_at:
            left.append(("", S_DEFAULT))
        when = self.options.document_date or date.today()
        left.append((f"Số:        /{doc.symbol}" if doc.symbol else "", S_BODY))
        right.append((date_line(doc.place_name, when), S_DATE))

        rows: list[str] = []
        n = 0
        for (ltext, lstyle), (rtext, rstyle) in zip(left, right, strict=True):
            n += 1
            cells = []
            if ltext:
                cells.append(self._cell(0, n, ltext, lstyle))
                self._merge(0, split - 1, n)
            if rtext:
                cells.append(self._cell(split, n, rtext, rstyle))
                self._merge(split, len(self.columns) - 1, n)
            rows.append(self._row(n, cells))
        n += 1  # a blank row
        lines = [(wording.heading(self.public), S_TITLE, 1.3),
                 (wording.subject(d, self.public), S_SUBJECT, 1.1),
                 (wording.info_line(d), S_INFO, 1.0)]  # fmt: skip
        if wording.is_draft(d):
            lines.append((wording.DRAFT, S_DRAFT, 1.0))
        for text, style, scale in lines:
            n += 1
            rows.append(self._row(n, [self._cell(0, n, text, style)],
                                  self._height(text, self._span_width(), scale)))  # fmt: skip
            self._merge(0, len(self.columns) - 1, n)
        n += 2  # a blank row, then the header
        self.header_row = n
        cells = [self._cell(i, n, c.heading, S_HEADER) for i, c in enumerate(self.columns)]
        tallest = max(wrapped_lines(c.heading, c.width) for c in self.columns)
        rows.append(self._row(n, cells, tallest * LINE_PT + 6))
        return rows

    def _split(self) -> int:
        """The first column of the head's right part: the left part takes ~42% of the width,
        as on the PDF."""
        total = self._span_width()
        used = 0.0
        for i, c in enumerate(self.columns):
            used += c.width
            if used >= total * 0.42:
                return min(max(i + 1, 1), len(self.columns) - 1)
        return len(self.columns) - 1

    def _span_width(self, first: int = 0, last: int | None = None) -> float:
        return sum(c.width for c in self.columns[first : None if last is None else last + 1])

    # --- the table ---------------------------------------------------------------------------

    def _body_rows(self, start: int):
        """(sheet row number, its XML pieces) for the households, the subtotals, the total."""
        d, options = self.data, self.options
        rows = d.rows
        by_hamlet = options.hamlet_subtotals and options.sort == "hamlet"
        keys = [c.key for c in self.columns]
        widths = {c.key: c.width for c in self.columns}
        wrapped = [k for k in ("name", "hamlet", "categories", "note") if k in keys]
        items = range(len(d.items))
        decimal_items = {i for i in items if any(r.quantities[i] != int(r.quantities[i])
                                                 for r in rows)}  # fmt: skip
        id_text, plain_text = self._text[S_ID], self._text[S_TEXT]
        min_height = LINE_PT + 3 if self.public else SIGN_ROW_PT
        starts = [f'<c r="{letter}' for letter in self.letters]
        pos = {k: i for i, k in enumerate(keys)}
        sign_at, code_at = pos.get("sign"), pos.get("code")
        item_at = [pos[f"item{i}"] for i in items]
        subtotals: list[int] = []
        group_start = start
        group: list[SheetRow] = []
        n = start - 1
        total = len(rows)

        def text(key: str, ref: str, value: str, writer=plain_text) -> str:
            cell = starts[pos[key]] + ref
            return writer(cell, value) or f'{cell} s="{S_BORDER}"/>'

        for count, r in enumerate(rows, 1):
            n += 1
            ref = f'{n}"'
            lines = 1
            for k in wrapped:
                value = getattr(r, k)
                if len(value) > widths[k] - 2:
                    lines = max(lines, wrapped_lines(value, widths[k], 8))
            height = max(lines * LINE_PT + 3, min_height)
            cells = [f'<row r="{n}" ht="{height:.2f}" customHeight="1">',
                     f'{starts[0]}{ref} s="{S_CENTRE}"><v>{count}</v></c>']  # fmt: skip
            if code_at is not None:
                cells.append(text("code", ref, r.code, id_text))
            cells.append(text("name", ref, r.name))
            at = pos["birth"]
            cells.append(f'{starts[at]}{ref} s="{S_CENTRE}"><v>{r.birth_year}</v></c>'
                         if r.birth_year else f'{starts[at]}{ref} s="{S_CENTRE}"/>')  # fmt: skip
            cells.append(text("hamlet", ref, r.hamlet))
            cells.append(text("id", ref, self._id(r), id_text))
            cells.append(text("categories", ref, r.categories))
            for i, at in zip(items, item_at, strict=True):
                cells.append(_number(starts[at] + ref, r.quantities[i], S_INT, S_DEC))
            if sign_at is not None:
                cells.append(f'{starts[sign_at]}{ref} s="{S_BORDER}"/>')
            cells.append(text("note", ref, r.note))
            cells.append("</row>")
            yield n, cells
            group.append(r)
            if by_hamlet and (count == total or rows[count].hamlet != r.hamlet):
                n += 1
                name = r.hamlet or "chưa có thôn/tổ"
                yield n, self._total_row(n, f"Cộng {name} ({len(group)} hộ)", group,
                                         "SUBTOTAL", group_start, decimal_items)  # fmt: skip
                subtotals.append(n)
                group, group_start = [], n + 1
            if count % PROGRESS_EVERY == 0 and self.progress is not None and \
                    self.progress(count, total) is False:  # fmt: skip
                raise Cancelled()
        n += 1
        # The grand total sums the household rows; SUBTOTAL skips the hamlets' subtotals.
        yield n, self._total_row(n, f"Tổng cộng ({total} hộ)", rows,
                                 "SUBTOTAL" if subtotals else "SUM", start, decimal_items)  # fmt: skip
        if self.progress is not None and self.progress(total, total) is False:
            raise Cancelled()

    def _total_row(self, n: int, label: str, rows: list[SheetRow], function: str, first: int,
                   decimal_items: set[int]) -> list[str]:  # fmt: skip
        """Row `n`: `label`, then each item's SUM or SUBTOTAL(9, …) of rows `first`…n-1."""
        values = self.data.totals(rows)
        cells = [f'<row r="{n}" ht="{LINE_PT + 5:.2f}" customHeight="1">',
                 self._cell(0, n, label, S_LABEL)]  # fmt: skip
        cells += [f'<c r="{self.letters[i]}{n}" s="{S_BORDER}"/>'
                  for i in range(1, self.first_item)]  # fmt: skip
        self._merge(0, self.first_item - 1, n)
        for i, value in enumerate(values):
            at = self.first_item + i
            letter = self.letters[at]
            style = S_TOTAL_DEC if i in decimal_items else S_TOTAL_INT
            cells_range = f"{letter}{first}:{letter}{n - 1}"
            formula = (
                f"SUBTOTAL(9,{cells_range})" if function == "SUBTOTAL" else f"SUM({cells_range})"
            )
            cells.append(f'<c r="{letter}{n}" s="{style}"><f>{formula}</f>'
                         f"<v>{_figure(value)}</v></c>")  # fmt: skip
        cells += [f'<c r="{self.letters[i]}{n}" s="{S_BORDER}"/>'
                  for i in range(self.first_item + len(values), len(self.columns))]  # fmt: skip
        cells.append("</row>")
        return cells

    # --- under the table ---------------------------------------------------------------------

    def _closing_rows(self, n: int) -> list[str]:
        """The amount in words, the public list's notice, the signers."""
        doc = self.doc
        rows: list[str] = []
        texts: list[tuple[str, int]] = []
        if any(it.is_money for it in self.data.items):
            words = amount_in_words(self.data.money_total(), zero_tens=doc.zero_tens_word,
                                    thousand=doc.thousand_word)  # fmt: skip
            texts.append((f"Tổng số tiền bằng chữ: {words}", S_WORDS))
        if self.public:
            texts += [(line, S_NOTICE) for line in wording.posting_notice(self.doc, self.options)]
        n += 1  # a blank row under the total
        for text, style in texts:
            rows.append(self._row(n, [self._cell(0, n, text, style)],
                                  self._height(text, self._span_width())))  # fmt: skip
            self._merge(0, len(self.columns) - 1, n)
            n += 1
        signers = [s for s in doc.signers if s.shown]
        if self.public:
            signers = [s for s in signers if s.role == "leader"]
        if signers:
            rows += self._signer_rows(n + 1, signers)
        return rows

    def _signer_rows(self, n: int, signers: list[Signer]) -> list[str]:
        """The signers side by side, each over a block of columns, the leader (last) on the
        right; the titles on top, then room to sign, then the names on one row."""
        slots = self._slots(max(len(signers), 2))
        if len(signers) == 1:  # one signer stands at the bottom right, as on any document
            slots = slots[1:]
        tops = []
        for s in signers:
            lines = [(t.upper(), S_SIGNER) for t in (s.capacity, s.title) if t]
            lines.append((LEADER_HINT if s.role == "leader" else SIGNER_HINT, S_HINT))
            tops.append(lines)
        rows = []
        for line in range(max(len(t) for t in tops)):
            cells = []
            for (first, last), top in zip(slots, tops, strict=False):
                if line < len(top):
                    text, style = top[line]
                    cells.append(self._cell(first, n, nfc(text), style))
                    self._merge(first, last, n)
            rows.append(self._row(n, cells))
            n += 1
        rows.append(self._row(n, [], SIGN_SPACE_PT))
        n += 1
        cells = []
        for (first, last), s in zip(slots, signers, strict=False):
            if s.name:
                cells.append(self._cell(first, n, nfc(s.name), S_SIGNER))
                self._merge(first, last, n)
        rows.append(self._row(n, cells))
        return rows

    def _slots(self, count: int) -> list[tuple[int, int]]:
        """`count` blocks of whole columns, about equally wide: [(first, last), …]."""
        total = self._span_width()
        bounds, used, first = [], 0.0, 0
        for i, c in enumerate(self.columns):
            used += c.width
            left = len(self.columns) - i - 1  # columns after this one
            wanted = count - len(bounds) - 1  # blocks still to start after this one
            if (used >= total * (len(bounds) + 1) / count - c.width / 2 and wanted > 0) \
                    or left < wanted:  # fmt: skip
                bounds.append((first, i))
                first = i + 1
                if len(bounds) == count - 1:
                    break
        bounds.append((first, len(self.columns) - 1))
        return bounds

    # --- cells -------------------------------------------------------------------------------

    def _cell(self, column: int, row: int, text: str, style: int) -> str:
        return self._text[style](f'<c r="{self.letters[column]}{row}"', text)

    def _merge(self, first: int, last: int, row: int) -> None:
        if last > first:
            self.merges.append(f"{self.letters[first]}{row}:{self.letters[last]}{row}")

    def _height(self, text: str, width: float, scale: float = 1.0) -> float:
        return wrapped_lines(text, width, 6) * LINE_PT * scale + 2

    @staticmethod
    def _row(n: int, cells: list[str], height: float | None = None) -> str:
        ht = f' ht="{height:.2f}" customHeight="1"' if height else ""
        return f'<row r="{n}"{ht}>{"".join(cells)}</row>'


def _figure(value: Decimal) -> str:
    """A quantity as a cell value: whole numbers without a decimal point."""
    if value == value.to_integral_value():
        return str(int(value))
    return f"{value.normalize():f}"


def _number(start: str, value: Decimal, whole: int, fraction: int) -> str:
    style = whole if value == value.to_integral_value() else fraction
    return f'{start} s="{style}"><v>{_figure(value)}</v></c>'


def _footer_text(text: str) -> str:
    """Text in a header/footer: "&" doubled (a code there), XML-escaped."""
    text = nfc(text).replace("&", "&&")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# cellXfs in the order of the S_* constants. Fonts: 0 regular 12, 1 bold 12, 2 italic 12,
# 3 bold 14, 4 bold 13, 5 bold underlined 13 — Times New Roman (Liberation Serif is
# metric-compatible). numFmt 3 is "#,##0", 49 "@"; 164 is "#,##0.###".
def _xf(font: int, *, fmt: int = 0, border: bool = False, h: str = "", v: str = "",
        wrap: bool = False) -> str:  # fmt: skip
    align = "".join(f' {k}="{val}"' for k, val in (("horizontal", h), ("vertical", v)) if val)
    align += ' wrapText="1"' if wrap else ""
    return (
        f'<xf numFmtId="{fmt}" fontId="{font}" fillId="0" borderId="{int(border)}" xfId="0"'
        + (' applyNumberFormat="1"' if fmt else "")
        + (' applyFont="1"' if font else "")
        + (' applyBorder="1"' if border else "")
        + (f' applyAlignment="1"><alignment{align}/></xf>' if align else "/>")
    )


_XFS = [
    _xf(0),  # S_DEFAULT
    _xf(0, h="center", v="center"),  # S_BODY: the superior body, the number line
    _xf(1, h="center", v="center"),  # S_BODY_BOLD: the issuing body, the nation
    _xf(2, h="center", v="center"),  # S_DATE
    _xf(5, h="center", v="center"),  # S_MOTTO
    _xf(3, h="center", v="center"),  # S_TITLE
    _xf(4, h="center", v="center", wrap=True),  # S_SUBJECT
    _xf(2, h="center", v="center", wrap=True),  # S_INFO
    _xf(1, h="center", v="center", wrap=True),  # S_DRAFT
    _xf(1, border=True, h="center", v="center", wrap=True),  # S_HEADER
    _xf(0, border=True, v="center", wrap=True),  # S_TEXT
    _xf(0, border=True, h="center", v="center"),  # S_CENTRE
    _xf(0, fmt=49, border=True, h="center", v="center"),  # S_ID
    _xf(0, fmt=3, border=True, v="center"),  # S_INT
    _xf(0, fmt=164, border=True, v="center"),  # S_DEC
    _xf(1, border=True, h="center", v="center", wrap=True),  # S_LABEL
    _xf(1, fmt=3, border=True, v="center"),  # S_TOTAL_INT
    _xf(1, fmt=164, border=True, v="center"),  # S_TOTAL_DEC
    _xf(2, h="left", v="top", wrap=True),  # S_WORDS
    _xf(0, h="left", v="top", wrap=True),  # S_NOTICE
    _xf(1, h="center", v="top", wrap=True),  # S_SIGNER
    _xf(2, h="center", v="top"),  # S_HINT
    _xf(0, border=True, v="center"),  # S_BORDER
]
assert len(_XFS) == S_BORDER + 1


def _font(size: int, *extra: str) -> str:
    return (f'<font>{"".join(extra)}<sz val="{size}"/><name val="Times New Roman"/>'
            '<family val="1"/></font>')  # fmt: skip


_FONTS = [_font(12), _font(12, "<b/>"), _font(12, "<i/>"), _font(14, "<b/>"), _font(13, "<b/>"),
          _font(13, "<b/>", "<u/>")]  # fmt: skip
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<styleSheet xmlns="{NS_MAIN}">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.###"/></numFmts>'
    f'<fonts count="{len(_FONTS)}">{"".join(_FONTS)}</fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/>'
    '</right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/>'
    "</bottom><diagonal/></border></borders>"
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    "</cellStyleXfs>"
    f'<cellXfs count="{len(_XFS)}">{"".join(_XFS)}</cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
