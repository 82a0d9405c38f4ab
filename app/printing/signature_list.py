"""The recipient list for signature (danh sách ký nhận) and the public posting list (danh sách
niêm yết công khai), FORMS.md §2.

The table is laid out here rather than by reportlab's platypus Table: every row is measured
first (names wrap, never overflow), then rows are put on pages, so that each page knows its
rows before it is drawn — for the "Cộng trang" subtotal, the "Trang x/y" number and the page
code naming exactly the rows on that page — and the closing block (total, amount in words,
signers) never stands alone on a page without rows above it.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.amount_words import amount_in_words
from app.errors import Cancelled
from app.fileio import write_atomic
from app.numbers import format_number
from app.printing import fonts, wording
from app.printing.codes import PageCode, code128_width, draw_code128, draw_qr, ranges_text
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
from app.printing.list_data import PrintOptions, SheetData, SheetRow, mask_id
from app.services.office_documents import DocumentSettings

PAD = 1.2 * mm  # cell padding
CODE_MODULE = 0.22 * mm  # Code128 bar module: 0.19 mm is the usual minimum for scanners
CODE_HEIGHT = 5.5 * mm
CODE_TEXT = 6  # points: the code written under its bars
QR_SIZE = 17 * mm
QR_BOTTOM = 6 * mm  # from the paper edge: inside what printers can print

Progress = Callable[[int, int], object]


@dataclass
class Column:
    key: str
    heading: str
    align: str  # L | C | R
    width: float = 0.0
    wraps: bool = False
    weight: float = 0.0  # share of the room left after the fixed columns
    minimum: float = 0.0


@dataclass
class Entry:
    """One line of the table: a household, or a subtotal/total."""

    kind: str  # row | hamlet | page | total
    height: float
    row: SheetRow | None = None
    label: str = ""
    values: tuple[Decimal, ...] = ()
    lines: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Rendered:
    pages: int
    rows: int
    page_codes: tuple[PageCode, ...]  # empty when the list was printed without codes


def render_list(data: SheetData, doc: DocumentSettings, options: PrintOptions, out: Path,
                progress: Progress | None = None) -> Rendered:  # fmt: skip
    """Write the list as a PDF to `out` (atomically). UserError for an empty list; Cancelled when
    `progress` returns False."""
    pdf, rendered = list_pdf(data, doc, options, progress)
    write_atomic(out, pdf)
    return rendered


def list_pdf(data: SheetData, doc: DocumentSettings, options: PrintOptions,
             progress: Progress | None = None) -> tuple[bytes, Rendered]:  # fmt: skip
    data.require_rows()
    fonts.register()
    sheet = _Sheet(data, doc, options, progress)
    return sheet.pdf(), Rendered(len(sheet.pages), len(data.rows), tuple(sheet.codes))


class _Sheet:
    def __init__(self, data: SheetData, doc: DocumentSettings, options: PrintOptions,
                 progress: Progress | None):  # fmt: skip
        self.data, self.doc, self.options, self.progress = data, doc, options, progress
        self.public = options.document == "public_list"
        self.with_codes = options.row_codes and not self.public
        self.page = Page.a4(options.landscape)
        self.size = 12.0 if options.landscape else 11.0
        self.codes: list[PageCode] = []
        self._fit_columns()
        self.code_beside = self.with_codes and self._code_text_beside()
        self.code_height = CODE_HEIGHT + 1.2 * mm + (0 if self.code_beside else CODE_TEXT + 1)
        self.entries = self._entries()
        self.pages = self._paginate()

    # --- measuring ---------------------------------------------------------------------------

    @property
    def lead(self) -> float:
        return self.size * 1.2

    def _fit_columns(self) -> None:
        """Fixed columns as wide as their widest value; the text columns share the rest. When
        even their minimum widths do not fit, a smaller type size is tried (down to 8 pt)."""
        while True:
            self.columns = self._columns()
            fixed = sum(c.width for c in self.columns if not c.weight)
            room = self.page.content_width - fixed
            needed = sum(c.minimum for c in self.columns if c.weight)
            if room >= needed or self.size <= 8:
                break
            self.size -= 0.5
        extra = max(room - needed, 0)
        weights = sum(c.weight for c in self.columns)
        for c in self.columns:
            if c.weight:
                c.width = c.minimum + extra * c.weight / weights
        self.heading_lines = {c.key: wrap(c.heading, BOLD, self.size, c.width - 2 * PAD)
                              for c in self.columns}  # fmt: skip
        self.heading_height = max(len(v) for v in self.heading_lines.values()) * self.lead + 2 * PAD

    def _columns(self) -> list[Column]:
        d, size = self.data, self.size

        def fit(heading: str, values, font: str = REGULAR) -> float:
            words = max(stringWidth(w, BOLD, size) for w in heading.split())
            widest = max((stringWidth(v, font, size) for v in values), default=0)
            return max(words, widest) + 2 * PAD

        totals = d.totals()
        cols = [
            Column("stt", "STT", "C", fit("STT", [str(len(d.rows))])),
            Column("name", "Họ và tên", "L", wraps=True, weight=2.2,
                   minimum=max(28 * mm, (code128_width(f"{d.program_code}-00000", CODE_MODULE) + 2 * PAD)
                               if self.with_codes else 0)),
            Column("birth", "Năm sinh", "C", fit("Năm sinh", ["0000"])),
            Column("hamlet", "Thôn/Tổ dân phố", "L", wraps=True, weight=1.2, minimum=16 * mm),
            Column("id", "Số CCCD", "C", fit("Số CCCD", [self._id(r) for r in d.rows])),
            Column("categories", "Đối tượng", "L", wraps=True, weight=2, minimum=18 * mm),
        ]  # fmt: skip
        for i, item in enumerate(d.items):
            # Every distinct quantity (a handful: norms repeat), so no figure overflows.
            values = [format_number(q) for q in {r.quantities[i] for r in d.rows}]
            values.append(format_number(totals[i]))
            # The heading may wrap, to two or three lines ("Đồ dùng học tập (bộ)").
            width = max(fit(item.heading, values, BOLD),
                        stringWidth(item.heading, BOLD, size) / 2.2 + 2 * PAD)  # fmt: skip
            cols.append(Column(f"item{i}", item.heading, "R", width))
        if not self.public:
            cols.append(Column("sign", "Ký nhận", "C", (26 if self.options.landscape else 20) * mm))
        cols.append(Column("note", "Ghi chú", "L", wraps=True, weight=1, minimum=14 * mm))
        return cols

    def _id(self, r: SheetRow) -> str:
        return mask_id(r.id_number) if self.public else r.id_number

    def _entries(self) -> list[Entry]:
        entries: list[Entry] = []
        rows = self.data.rows
        by_hamlet = self.options.hamlet_subtotals and self.options.sort == "hamlet"
        group: list[SheetRow] = []
        min_height = 12 * mm if not self.public else 0
        for n, r in enumerate(rows, 1):
            lines = {c.key: wrap(self._text(c.key, r), REGULAR, self.size, c.width - 2 * PAD)
                     for c in self.columns if c.wraps}  # fmt: skip
            text_h = max(len(v) for v in lines.values()) * self.lead
            if self.with_codes:
                text_h = max(text_h, len(lines["name"]) * self.lead + self.code_height)
            entries.append(Entry("row", max(text_h + 2 * PAD, min_height), r, lines=lines))
            group.append(r)
            last_of_hamlet = n == len(rows) or rows[n].hamlet != r.hamlet
            if by_hamlet and last_of_hamlet:
                name = r.hamlet or "chưa có thôn/tổ"
                entries.append(self._total("hamlet", f"Cộng {name} ({len(group)} hộ)", group))
                group = []
            if (
                self.progress is not None
                and n % 2000 == 0
                and self.progress(n, len(rows) * 2) is False
            ):
                raise Cancelled()
        return entries

    def _total(self, kind: str, label: str, rows: list[SheetRow]) -> Entry:
        span = self._label_width()
        lines = wrap(label, BOLD, self.size, span - 2 * PAD)
        return Entry(kind, len(lines) * self.lead + 2 * PAD, label=label,
                     values=self.data.totals(rows), lines={"label": lines})  # fmt: skip

    def _label_width(self) -> float:
        return sum(c.width for c in self.columns if not c.key.startswith("item")
                   and c.key not in ("sign", "note"))  # fmt: skip

    def _text(self, key: str, r: SheetRow) -> str:
        return {"name": r.name, "hamlet": r.hamlet, "categories": r.categories,
                "note": r.note}[key]  # fmt: skip

    # --- pages -------------------------------------------------------------------------------

    def _first_top(self) -> float:
        return self.page.height - self.page.top - self._opening(None)

    def _footer(self) -> float:
        """Room under the table for the page code, above the bottom margin."""
        return max(QR_BOTTOM + QR_SIZE + 1 * mm - self.page.bottom, 0) if self.with_codes else 0

    def _closing_height(self) -> float:
        """The total row, then the words and signers under the table."""
        total = self._total("total", f"Tổng cộng ({len(self.data.rows)} hộ)", self.data.rows)
        return total.height + self._closing(None, 0)

    def _paginate(self) -> list[list[Entry]]:
        """Entries on pages, room kept for each page's subtotal row. A subtotal never starts a
        page (its group's last row goes over with it), and the closing block always has rows
        above it on its page: signatures alone on a page prove nothing."""
        bottom = self.page.bottom + self._footer()
        sub_h = self.lead + 2 * PAD if self.options.page_subtotals else 0
        later_room = self.page.height - self.page.top - bottom - self.heading_height - sub_h
        pages: list[list[Entry]] = [[]]
        room = self._first_top() - bottom - self.heading_height - sub_h
        for e in self.entries:
            if e.height > room and pages[-1]:
                carry = pages[-1][-1:] if e.kind != "row" else []
                del pages[-1][len(pages[-1]) - len(carry) :]
                pages.append(carry)
                room = later_room - sum(c.height for c in carry)
            pages[-1].append(e)
            room -= e.height
        if room < self._closing_height():
            last = pages[-1]
            rows = [i for i, e in enumerate(last) if e.kind == "row"]
            cut = rows[-2] if len(rows) >= 2 else rows[-1]  # the last two rows go over
            if cut == 0 and len(pages) == 1 and len(rows) >= 2:
                cut = rows[-1]  # the first page keeps a row: its head is above it
            pages[-1], moved = last[:cut], last[cut:]
            if not pages[-1]:
                pages.pop()
            pages.append(moved)
        return pages

    # --- drawing -----------------------------------------------------------------------------

    def pdf(self) -> bytes:
        buffer = io.BytesIO()
        c = Canvas(buffer, pagesize=(self.page.width, self.page.height), pageCompression=1)
        c.setTitle(nfc(f"{self._heading()} – {self.data.program_name}"))
        c.setAuthor(nfc(self.doc.issuing_body.replace("\n", " ")))
        c.setCreator("Lá Lành")
        total = len(self.pages)
        for number, entries in enumerate(self.pages, 1):
            top = self.page.height - self.page.top
            if number == 1:
                top -= self._opening(c)
            top = self._draw_table(c, entries, top, last=number == total)
            if number == total:
                self._closing(c, top)
            self._draw_footer(c, number, total, entries)
            c.showPage()
            if self.progress is not None and self.progress(total + number, total * 2) is False:
                raise Cancelled()
        c.save()
        return buffer.getvalue()

    def _heading(self) -> str:
        return "Danh sách niêm yết công khai" if self.public else "Danh sách ký nhận"

    def _opening(self, c: Canvas | None) -> float:
        d, page = self.data, self.page
        top = page.height - page.top
        when = self.options.document_date or date.today()
        used = header(c, page, self.doc, top, dated=date_line(self.doc.place_name, when),
                      number_line=f"Số:        /{self.doc.symbol}" if self.doc.symbol else "")  # fmt: skip
        used += title(c, page, top - used, wording.heading(self.public),
                      [wording.subject(d, self.public)]) + 1 * mm  # fmt: skip
        used += paragraph(c, page, top - used, wording.info_line(d), font=ITALIC, size=12)
        if wording.is_draft(d):
            used += paragraph(c, page, top - used, wording.DRAFT, font=BOLD, size=12)
        return used + 2 * mm

    def _draw_table(self, c: Canvas, entries: list[Entry], top: float, last: bool) -> float:
        x = self.page.x0
        edges = [x]
        for col in self.columns:
            edges.append(edges[-1] + col.width)
        grid = c.beginPath()
        # the header row
        c.setFont(BOLD, self.size)
        y = top
        for col, left in zip(self.columns, edges, strict=False):
            lines = self.heading_lines[col.key]
            offset = (self.heading_height - 2 * PAD - len(lines) * self.lead) / 2
            for i, line in enumerate(lines):
                c.drawCentredString(left + col.width / 2,
                                    y - PAD - offset - self.size - i * self.lead, line)  # fmt: skip
        rows_drawn = [e for e in entries if e.kind == "row"]
        items = list(entries)
        if self.options.page_subtotals:
            items.append(self._total("page", f"Cộng trang ({len(rows_drawn)} hộ)",
                                     [e.row for e in rows_drawn]))  # fmt: skip
        if last:
            items.append(
                self._total("total", f"Tổng cộng ({len(self.data.rows)} hộ)", self.data.rows)
            )
        lines_y = [y, y - self.heading_height]
        spans: list[tuple[float, float, bool]] = [(y, y - self.heading_height, False)]
        y -= self.heading_height
        for e in items:
            self._draw_entry(c, e, edges, y)
            spans.append((y, y - e.height, e.kind != "row"))
            y -= e.height
            lines_y.append(y)
        for ly in lines_y:
            grid.moveTo(edges[0], ly)
            grid.lineTo(edges[-1], ly)
        label_edge = edges[0] + self._label_width()
        for ex in edges:
            for y0, y1, merged in spans:
                if merged and edges[0] < ex < label_edge - 0.01:
                    continue  # inside a total's label, which spans the first columns
                grid.moveTo(ex, y0)
                grid.lineTo(ex, y1)
        c.setLineWidth(0.5)
        c.drawPath(grid, stroke=1, fill=0)
        return y

    def _draw_entry(self, c: Canvas, e: Entry, edges: list[float], top: float) -> None:
        base = top - PAD - self.size
        if e.kind != "row":
            c.setFont(BOLD, self.size)
            for i, line in enumerate(e.lines["label"]):
                c.drawCentredString(edges[0] + self._label_width() / 2, base - i * self.lead, line)
            self._draw_values(c, e.values, edges, base, BOLD)
            return
        r = e.row
        assert r is not None
        c.setFont(REGULAR, self.size)
        cells = {
            "stt": str(self._number[id(r)]),
            "birth": str(r.birth_year or ""),
            "id": self._id(r),
        }
        for col, left in zip(self.columns, edges, strict=False):
            if col.key in cells:
                c.drawCentredString(left + col.width / 2, base, cells[col.key])
            elif col.wraps:
                for i, line in enumerate(e.lines[col.key]):
                    c.drawString(left + PAD, base - i * self.lead, line)
        self._draw_values(c, r.quantities, edges, base, REGULAR)
        if self.with_codes:
            name_col = next(i for i, col in enumerate(self.columns) if col.key == "name")
            left = edges[name_col] + PAD
            y = base - (len(e.lines["name"]) - 1) * self.lead - 1.2 * mm - CODE_HEIGHT
            width = draw_code128(c, r.code, left, y, CODE_MODULE, CODE_HEIGHT)
            c.setFont(REGULAR, CODE_TEXT)
            if self.code_beside:
                c.drawString(left + width + 1.5 * mm, y + 1, r.code)
            else:
                c.drawString(left, y - CODE_TEXT, r.code)

    def _code_text_beside(self) -> bool:
        """The code in figures beside its bars when the name column is wide enough, else under."""
        name = next(col for col in self.columns if col.key == "name")
        sample = f"{self.data.program_code}-00000"
        room = name.width - 2 * PAD - code128_width(sample, CODE_MODULE) - 1.5 * mm
        return room >= stringWidth(sample, REGULAR, CODE_TEXT)

    def _draw_values(self, c: Canvas, values, edges: list[float], base: float, font: str) -> None:
        c.setFont(font, self.size)
        for col, left in zip(self.columns, edges, strict=False):
            if col.key.startswith("item"):
                v = values[int(col.key[4:])]
                c.drawRightString(left + col.width - PAD, base, format_number(v))

    @property
    def _number(self) -> dict[int, int]:
        """STT: the row's place in the printed order."""
        if not hasattr(self, "_numbers"):
            self._numbers = {id(r): n for n, r in enumerate(self.data.rows, 1)}
        return self._numbers

    def _closing(self, c: Canvas | None, top: float) -> float:
        """Under the table: the amount in words, the public list's notice, the signers."""
        page, doc = self.page, self.doc
        used = 3 * mm
        money = self.data.money_total()
        if any(it.is_money for it in self.data.items):
            words = amount_in_words(money, zero_tens=doc.zero_tens_word, thousand=doc.thousand_word)
            used += paragraph(c, page, top - used, f"Tổng số tiền bằng chữ: {words}",
                              font=ITALIC, size=13)  # fmt: skip
        if self.public:
            for text in wording.posting_notice(doc, self.options):
                used += paragraph(c, page, top - used, text, size=13)
        people = [s for s in doc.signers if s.shown]
        if self.public:
            people = [s for s in people if s.role == "leader"]
        used += 3 * mm
        used += signers(c, people, page, top - used)
        return used

    def _draw_footer(self, c: Canvas, number: int, total: int, entries: list[Entry]) -> None:
        page = self.page
        c.setFont(REGULAR, 11)
        c.drawCentredString(page.x0 + page.content_width / 2, 9 * mm, f"Trang {number}/{total}")
        if not self.with_codes:
            return
        seqs = tuple(e.row.seq for e in entries if e.kind == "row" and e.row is not None)
        code = PageCode(self.data.program_code, self.data.list_version, number, total, seqs)
        self.codes.append(code)
        draw_qr(c, code.text(), page.x0, QR_BOTTOM, QR_SIZE)
        c.setFont(REGULAR, 8)
        x = page.x0 + QR_SIZE + 1 * mm
        c.drawString(x, QR_BOTTOM + 10 * mm, f"Danh sách {self.data.program_code}, "
                     f"phiên bản {self.data.list_version}, trang {number}/{total}")  # fmt: skip
        for i, line in enumerate(wrap(f"Các dòng: {ranges_text(seqs)}", REGULAR, 8,
                                      page.content_width / 2 - QR_SIZE)[:3]):  # fmt: skip
            c.drawString(x, QR_BOTTOM + 6.5 * mm - i * 9, line)
