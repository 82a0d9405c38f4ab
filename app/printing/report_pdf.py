"""A report (report_tables.ReportDocument) as an A4 PDF in the official layout (FORMS.md §1):
the issuing body and the national motto, the place and date line, the title and subject, each
table under its caption with its header row repeated on every page it spans, the notes, the
signers (the preparer and the leader), "Trang x/y" on every page.

It reuses the parts of app/printing/layout.py that every document has; the table is laid out
here, measured first and then put on pages, as the signature list does (decision 0005).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.errors import Cancelled
from app.fileio import write_atomic
from app.numbers import format_number
from app.printing import fonts
from app.printing.layout import (
    BOLD,
    ITALIC,
    REGULAR,
    Page,
    date_line,
    header,
    nfc,
    paragraph,
    signers,
    title,
    wrap,
)
from app.printing.report_tables import GROUP, TOTAL, ReportDocument, Table
from app.services.office_documents import DocumentSettings

PAD = 1.2 * mm
Progress = Callable[[int, int], object]
SIGNER_ROLES = ("preparer", "leader")  # a report is signed by who made it and the leader


def cell_text(value) -> str:
    """A figure as documents write it (1.250.000 / 12,5); text as it is."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | Decimal):
        return format_number(value)
    return nfc(str(value or ""))


def report_symbol(doc: DocumentSettings) -> str:
    """'Số:      /BC-UBND' from the list symbol 'DS-UBND'."""
    if not doc.symbol:
        return ""
    rest = doc.symbol.split("-", 1)[1] if "-" in doc.symbol else doc.symbol
    return f"Số:        /BC-{rest}"


@dataclass
class _Block:
    kind: str  # opening | caption | head | row | note | closing
    height: float
    table: Table | None = None
    index: int = -1
    lines: list | None = None  # row: per column, its lines; caption/note: its lines


class _Report:
    def __init__(self, report: ReportDocument, doc: DocumentSettings, when: date):
        self.report, self.doc, self.when = report, doc, when
        self.page = Page.a4(report.landscape)
        self.size = 10.5 if report.landscape else 10.0
        self.lead = self.size * 1.2
        self.widths: dict[int, list[float]] = {}
        self.heads: dict[int, list[list[str]]] = {}
        self.people = [s for s in doc.signers if s.shown and s.role in SIGNER_ROLES]

    # --- measuring ---------------------------------------------------------------------------

    def _columns(self, t: Table) -> list[float]:
        key = id(t)
        if key not in self.widths:
            total = sum(t.widths) or len(t.headings)
            shares = t.widths or [1] * len(t.headings)
            self.widths[key] = [self.page.content_width * w / total for w in shares]
            self.heads[key] = [wrap(h, BOLD, self.size, w - 2 * PAD)
                               for h, w in zip(t.headings, self.widths[key], strict=True)]  # fmt: skip
        return self.widths[key]

    def _head_height(self, t: Table) -> float:
        self._columns(t)
        return max(len(h) for h in self.heads[id(t)]) * self.lead + 2 * PAD

    def _row(self, t: Table, i: int) -> _Block:
        widths = self._columns(t)
        cells = t.rows[i]
        style = t.styles.get(i)
        font = BOLD if style in (GROUP, TOTAL) else REGULAR
        if style == GROUP:
            lines = [wrap(cell_text(cells[0]), font, self.size, self.page.content_width - 2 * PAD)]
        else:
            lines = [wrap(cell_text(v), font, self.size, w - 2 * PAD) if not _figure(v)
                     else [cell_text(v)] for v, w in zip(cells, widths, strict=True)]  # fmt: skip
        height = max(len(x) for x in lines) * self.lead + 2 * PAD
        return _Block("row", height, t, i, lines)

    def _text(self, kind: str, text: str, font: str, size: float) -> _Block:
        lines = wrap(text, font, size, self.page.content_width)
        return _Block(kind, len(lines) * size * 1.3 + 1.5 * mm, lines=[(text, font, size)])

    def blocks(self) -> list[_Block]:
        out = [_Block("opening", self._opening(None, 0))]
        for t in self.report.tables:
            caption = self._text("caption", t.title, BOLD, 12)
            caption.height += 3 * mm  # a gap above it
            out.append(caption)
            out.append(_Block("head", self._head_height(t), t))
            out += [self._row(t, i) for i in range(len(t.rows))]
            if t.note:
                out.append(self._text("note", t.note, ITALIC, 11))
        for note in self.report.notes:
            out.append(self._text("note", note, ITALIC, 11))
        out.append(_Block("closing", 4 * mm + signers(None, self.people, self.page, 0)))
        return out

    def paginate(self, blocks: list[_Block]) -> list[list[_Block]]:
        """Blocks on pages: a table going over repeats its header row; a caption or a header
        never ends a page (it goes over with the first row)."""
        usable = self.page.height - self.page.top - self.page.bottom - 8 * mm
        pages: list[list[_Block]] = [[]]
        room = usable
        table: Table | None = None
        for n, b in enumerate(blocks):
            if b.kind in ("caption", "head"):
                table = b.table if b.kind == "head" else None
                ahead = 2 if b.kind == "caption" else 1  # the header row, and one row
                follow = sum(x.height for x in blocks[n + 1 : n + 1 + ahead])
                need = b.height + min(follow, usable / 3)
            else:
                need = b.height
            if need > room and pages[-1]:
                pages.append([])
                room = usable
                if b.kind == "row" and table is not None:
                    head = _Block("head", self._head_height(table), table)
                    pages[-1].append(head)
                    room -= head.height
            pages[-1].append(b)
            room -= b.height
            if b.kind == "note":
                table = None
        return pages

    # --- drawing -----------------------------------------------------------------------------

    def pdf(self, progress: Progress | None) -> tuple[bytes, int]:
        pages = self.paginate(self.blocks())
        buffer = io.BytesIO()
        c = Canvas(buffer, pagesize=(self.page.width, self.page.height), pageCompression=1)
        c.setTitle(nfc(f"{self.report.heading} – {self.report.subject[0]}"))
        c.setAuthor(nfc(self.doc.issuing_body.replace("\n", " ")))
        c.setCreator("Lá Lành")
        for number, blocks in enumerate(pages, 1):
            y = self.page.height - self.page.top
            for b in blocks:
                self._draw(c, b, y)
                y -= b.height
            c.setFont(REGULAR, 11)
            c.drawCentredString(self.page.x0 + self.page.content_width / 2, 9 * mm,
                                f"Trang {number}/{len(pages)}")  # fmt: skip
            c.showPage()
            if progress is not None and progress(number, len(pages)) is False:
                raise Cancelled()
        c.save()
        return buffer.getvalue(), len(pages)

    def _opening(self, c: Canvas | None, top: float) -> float:
        used = header(c, self.page, self.doc, top, dated=date_line(self.doc.place_name, self.when),
                      number_line=report_symbol(self.doc))  # fmt: skip
        used += title(c, self.page, top - used, self.report.heading, self.report.subject)
        return used + 2 * mm

    def _draw(self, c: Canvas, b: _Block, top: float) -> None:
        if b.kind == "opening":
            self._opening(c, top)
        elif b.kind in ("caption", "note"):
            text, font, size = b.lines[0]
            gap = 3.5 * mm if b.kind == "caption" else 0.5 * mm
            paragraph(c, self.page, top - gap, text, font=font, size=size)
        elif b.kind == "head":
            self._draw_head(c, b.table, top)
        elif b.kind == "row":
            self._draw_row(c, b, top)
        elif b.kind == "closing":
            signers(c, self.people, self.page, top - 4 * mm)

    def _edges(self, t: Table) -> list[float]:
        edges = [self.page.x0]
        for w in self._columns(t):
            edges.append(edges[-1] + w)
        return edges

    def _grid(self, c: Canvas, edges: list[float], top: float, height: float,
              inner: bool = True) -> None:  # fmt: skip
        c.setLineWidth(0.5)
        p = c.beginPath()
        for y in (top, top - height):
            p.moveTo(edges[0], y)
            p.lineTo(edges[-1], y)
        for x in edges if inner else (edges[0], edges[-1]):
            p.moveTo(x, top)
            p.lineTo(x, top - height)
        c.drawPath(p, stroke=1, fill=0)

    def _draw_head(self, c: Canvas, t: Table, top: float) -> None:
        edges = self._edges(t)
        height = self._head_height(t)
        c.setFont(BOLD, self.size)
        for lines, left, right in zip(self.heads[id(t)], edges, edges[1:], strict=False):
            offset = (height - 2 * PAD - len(lines) * self.lead) / 2
            for i, line in enumerate(lines):
                c.drawCentredString((left + right) / 2, top - PAD - offset - self.size
                                    - i * self.lead, line)  # fmt: skip
        self._grid(c, edges, top, height)

    def _draw_row(self, c: Canvas, b: _Block, top: float) -> None:
        t = b.table
        edges = self._edges(t)
        style = t.styles.get(b.index)
        font = BOLD if style in (GROUP, TOTAL) else REGULAR
        c.setFont(font, self.size)
        base = top - PAD - self.size
        if style == GROUP:
            for i, line in enumerate(b.lines[0]):
                c.drawString(edges[0] + PAD, base - i * self.lead, line)
            self._grid(c, edges, top, b.height, inner=False)
            return
        for value, lines, left, right in zip(t.rows[b.index], b.lines, edges, edges[1:],
                                             strict=False):  # fmt: skip
            if left == edges[0] and stringWidth(lines[0], font, self.size) < right - left:
                c.drawCentredString((left + right) / 2, base, lines[0])  # STT
            elif _figure(value):
                c.drawRightString(right - PAD, base, lines[0])
            else:
                for i, line in enumerate(lines):
                    c.drawString(left + PAD, base - i * self.lead, line)
        self._grid(c, edges, top, b.height)


def _figure(value) -> bool:
    return isinstance(value, int | Decimal) and not isinstance(value, bool)


def report_pdf(report: ReportDocument, doc: DocumentSettings, when: date | None = None,
               progress: Progress | None = None) -> tuple[bytes, int]:  # fmt: skip
    """The PDF's bytes and its number of pages."""
    fonts.register()
    return _Report(report, doc, when or date.today()).pdf(progress)


def render_report(report: ReportDocument, doc: DocumentSettings, out: Path,
                  when: date | None = None, progress: Progress | None = None) -> int:  # fmt: skip
    """Write the report as a PDF to `out` (atomically); returns its pages."""
    data, pages = report_pdf(report, doc, when, progress)
    write_atomic(out, data)
    return pages
