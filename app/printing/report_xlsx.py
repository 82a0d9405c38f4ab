"""A report (report_tables.ReportDocument) as .xlsx: the same head block, title, tables, notes
and signers as the PDF, from the same document, so the two cannot disagree.

Figures are numbers (format "#,##0" or "#,##0.###": each reader shows its own separators,
1.250.000 on a Vietnamese Windows), texts are text; the header row of each table is bold with
borders; total rows are bold. Reports are a few thousand rows at most (the long lists are cut,
as in the PDF), so openpyxl writes them; the file is written atomically.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from app.fileio import write_atomic
from app.printing.layout import LEADER_HINT, MOTTO, NATION, SIGNER_HINT, date_line, nfc
from app.printing.report_pdf import SIGNER_ROLES, report_symbol
from app.printing.report_tables import GROUP, TOTAL, ReportDocument
from app.services.office_documents import DocumentSettings

FONT = "Times New Roman"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _font(size: int = 12, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=FONT, size=size, bold=bold, italic=italic)


def report_xlsx(report: ReportDocument, doc: DocumentSettings, when: date | None = None) -> bytes:
    when = when or date.today()
    wb = Workbook()
    ws = wb.active
    ws.title = report.heading.title()[:31]
    width = max(len(t.headings) for t in report.tables)
    half = max(width // 2, 1)
    row = 1

    def put(r: int, c: int, value, font: Font, *, span: int = 1, align: str = "center",
            wrap_text: bool = False) -> None:  # fmt: skip
        cell = ws.cell(r, c, nfc(value) if isinstance(value, str) else value)
        cell.font = font
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap_text)
        if span > 1:
            ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=c + span - 1)

    left = [(doc.superior_body.upper(), _font(12))] if doc.superior_body else []
    left += [(line.upper(), _font(12, bold=True)) for line in doc.issuing_body.splitlines()]
    if report_symbol(doc):
        left.append((report_symbol(doc), _font(12)))
    right = [(NATION, _font(12, bold=True)), (MOTTO, _font(13, bold=True)),
             (date_line(doc.place_name, when), _font(12, italic=True))]  # fmt: skip
    for i in range(max(len(left), len(right))):
        if i < len(left):
            put(row + i, 1, left[i][0], left[i][1], span=half)
        if i < len(right):
            put(row + i, half + 1, right[i][0], right[i][1], span=width - half)
    row += max(len(left), len(right)) + 1
    put(row, 1, report.heading, _font(14, bold=True), span=width)
    row += 1
    for line in report.subject:
        put(row, 1, line, _font(13, bold=True), span=width)
        row += 1
    for t in report.tables:
        row += 1
        put(row, 1, t.title, _font(12, bold=True), span=width, align="left")
        row += 1
        for c, heading in enumerate(t.headings, 1):
            put(row, c, heading, _font(11, bold=True), wrap_text=True)
            ws.cell(row, c).border = BOX
        ws.row_dimensions[row].height = 45
        row += 1
        for i, cells in enumerate(t.rows):
            style = t.styles.get(i)
            bold = style in (GROUP, TOTAL)
            if style == GROUP:
                put(row, 1, cells[0], _font(11, bold=True), span=len(t.headings), align="left")
                for c in range(1, len(t.headings) + 1):
                    ws.cell(row, c).border = BOX
                row += 1
                continue
            for c, value in enumerate(cells, 1):
                cell = ws.cell(row, c)
                if isinstance(value, int | Decimal) and not isinstance(value, bool):
                    cell.value = int(value) if value == int(value) else float(value)
                    cell.number_format = "#,##0" if value == int(value) else "#,##0.###"
                    cell.alignment = Alignment(horizontal="center" if c == 1 else "right")
                else:
                    cell.value = nfc(str(value or ""))
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.font = _font(11, bold=bold)
                cell.border = BOX
            row += 1
        if t.note:
            put(row, 1, t.note, _font(11, italic=True), span=width, align="left", wrap_text=True)
            ws.row_dimensions[row].height = 30
            row += 1
    for note in report.notes:
        put(row, 1, note, _font(11, italic=True), span=width, align="left")
        row += 1
    row += 1
    people = [s for s in doc.signers if s.shown and s.role in SIGNER_ROLES]
    for n, s in enumerate(people):
        col = 1 if n == 0 and len(people) > 1 else half + 1
        span = half if col == 1 else width - half
        lines = [x for x in (s.capacity, s.title) if x]
        for k, text in enumerate(lines):
            put(row + k, col, text.upper(), _font(12, bold=True), span=span)
        hint = LEADER_HINT if s.role == "leader" else SIGNER_HINT
        put(row + len(lines), col, hint, _font(11, italic=True), span=span)
        if s.name:
            put(row + len(lines) + 5, col, s.name, _font(12, bold=True), span=span)
    for c in range(1, width + 1):
        widths = [t.widths[c - 1] for t in report.tables if len(t.widths) >= c]
        ws.column_dimensions[get_column_letter(c)].width = max(6.0, 1.6 * max(widths or [8]))
    ws.page_setup.orientation = "landscape" if report.landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "Trang &P/&N"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def write_report_xlsx(report: ReportDocument, doc: DocumentSettings, out: Path,
                      when: date | None = None) -> None:  # fmt: skip
    write_atomic(out, report_xlsx(report, doc, when))
