"""Receipts (phiếu nhận), one per household, two per A4 page with a cut line between them.

Each half is laid out like a small official document: the issuing body and the motto, the
title, the household, what it receives (money also in words), the row's code as Code128 so the
check-off screen can scan the receipt itself, the date line left to fill in at hand-out, and
space for the recipient and the officer who hands the aid out to sign.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.amount_words import amount_in_words
from app.errors import Cancelled
from app.fileio import write_atomic
from app.numbers import format_number
from app.printing import fonts
from app.printing.codes import code128_width, draw_code128
from app.printing.layout import (
    BOLD,
    ITALIC,
    REGULAR,
    Page,
    blank_date_line,
    header,
    nfc,
    signers,
    title,
    wrap,
)
from app.printing.list_data import UNIT_WORDS, PrintOptions, SheetData, SheetRow
from app.services.office_documents import DocumentSettings, Signer

HALF = A4[1] / 2
MODULE = 0.25 * mm
BAR_HEIGHT = 8 * mm
SIZE = 12  # body text
PEOPLE = [Signer("recipient", title="NGƯỜI NHẬN"), Signer("giver", title="NGƯỜI PHÁT")]

Progress = Callable[[int, int], object]


def render_receipts(data: SheetData, doc: DocumentSettings, options: PrintOptions, out: Path,
                    progress: Progress | None = None) -> int:  # fmt: skip
    """Write the receipts of the listed rows (in print order) to `out`; returns the pages."""
    pdf, pages = receipts_pdf(data, doc, options, progress)
    write_atomic(out, pdf)
    return pages


def receipts_pdf(data: SheetData, doc: DocumentSettings, options: PrintOptions,
                 progress: Progress | None = None) -> tuple[bytes, int]:  # fmt: skip
    data.require_rows()
    fonts.register()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1)
    c.setTitle(nfc(f"Phiếu nhận – {data.program_name}"))
    c.setCreator("Lá Lành")
    half = Page(A4[0], HALF, left=20 * mm, right=15 * mm, top=10 * mm, bottom=8 * mm)
    pages = (len(data.rows) + 1) // 2
    # The head of every receipt is the same: drawn once as a form, placed on each receipt.
    c.beginForm("head")
    head = header(c, half, doc, half.height - half.top, size=11)
    head += title(c, half, half.height - half.top - head, "PHIẾU NHẬN HỖ TRỢ",
                  [data.program_name], size=13)  # fmt: skip
    c.endForm()
    for i, row in enumerate(data.rows):
        upper = i % 2 == 0
        c.saveState()
        c.translate(0, HALF if upper else 0)
        c.doForm("head")
        _receipt(c, half, data, doc, row, half.height - half.top - head, options.row_codes)
        c.restoreState()
        if upper:
            _cut_line(c)
        if not upper or i == len(data.rows) - 1:
            c.showPage()
            if progress is not None and progress(i // 2 + 1, pages) is False:
                raise Cancelled()
    c.save()
    return buffer.getvalue(), pages


def _receipt(c: Canvas, page: Page, data: SheetData, doc: DocumentSettings, row: SheetRow,
             top: float, with_code: bool) -> None:  # fmt: skip
    """One receipt's own part, from `top` (under the head)."""
    bar_w = code128_width(row.code, MODULE)
    if with_code:
        draw_code128(c, row.code, page.x1 - bar_w, top - BAR_HEIGHT, MODULE, BAR_HEIGHT)
    c.setFont(REGULAR, 9)
    c.drawCentredString(page.x1 - bar_w / 2, top - (BAR_HEIGHT + 10 if with_code else 0), row.code)

    lead = SIZE * 1.35
    room = page.content_width - bar_w - 4 * mm  # beside the code
    second = page.x0 + page.content_width * 0.42
    y = _field(c, page.x0, top - SIZE, "Họ và tên chủ hộ: ", row.name, room, lead, BOLD)
    y = min(
        _field(c, page.x0, y, "Năm sinh: ", str(row.birth_year or ""), room, lead),
        _field(c, second, y, "Số CCCD: ", row.id_number, page.x0 + room - second, lead),
    )
    y = min(
        _field(c, page.x0, y, "Thôn/Tổ dân phố: ", row.hamlet, second - page.x0, lead),
        _field(c, second, y, "Số nhân khẩu: ", str(row.persons), page.x1 - second, lead),
    )
    if row.categories:
        y = _field(c, page.x0, y, "Đối tượng: ", row.categories, page.content_width, lead)
    c.setFont(BOLD, SIZE)
    c.drawString(page.x0, y, "Nội dung nhận:")
    y -= lead
    for item, quantity in zip(data.items, row.quantities, strict=True):
        if not quantity:
            continue
        unit = UNIT_WORDS.get(item.unit, item.unit)
        text = f"– {item.name}: {format_number(quantity)} {unit}"
        if item.is_money:
            words = amount_in_words(int(quantity), zero_tens=doc.zero_tens_word,
                                    thousand=doc.thousand_word)  # fmt: skip
            text += f" (bằng chữ: {words[:-1]})."
        y = _field(c, page.x0 + 4 * mm, y, "", text, page.content_width - 4 * mm, lead)
    if row.note:
        y = _field(c, page.x0, y, "Ghi chú: ", row.note, page.content_width, lead, ITALIC)
    c.setFont(ITALIC, SIZE)
    right_cx = page.x0 + page.content_width * 0.71
    c.drawCentredString(right_cx, y - 2, blank_date_line(doc.place_name))
    signers(c, PEOPLE, page, y - lead * 0.6, size=SIZE, space=20 * mm)


def _field(c: Canvas, x: float, y: float, label: str, value: str, width: float, lead: float,
           font: str = REGULAR) -> float:  # fmt: skip
    """'Label: value' from (x, y), the value wrapping word by word within `width` back to x;
    returns the baseline of the next line."""
    c.setFont(REGULAR, SIZE)
    c.drawString(x, y, label)
    at = x + c.stringWidth(label, REGULAR, SIZE)
    value = nfc(value).strip()
    first = wrap(value, font, SIZE, x + width - at)[0] if value else ""
    if c.stringWidth(value.split(" ")[0], font, SIZE) > x + width - at and label:
        first = ""  # not even the first word fits beside the label: start on the next line
    c.setFont(font, SIZE)
    c.drawString(at, y, first)
    rest = value[len(first) :].strip()
    for line in wrap(rest, font, SIZE, width) if rest else []:
        y -= lead
        c.drawString(x, y, line)
    return y - lead


def _cut_line(c: Canvas) -> None:
    """A dashed line across the middle of the page, with words saying what it is for."""
    c.saveState()
    c.setDash(4, 3)
    c.setLineWidth(0.5)
    c.line(8 * mm, HALF, A4[0] - 8 * mm, HALF)
    label = " cắt theo đường này "
    c.setFont(ITALIC, 8)
    w = c.stringWidth(label, ITALIC, 8)
    c.setFillColorRGB(1, 1, 1)
    c.rect(A4[0] / 2 - w / 2, HALF - 4, w, 8, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.drawCentredString(A4[0] / 2, HALF - 2.5, label)
    c.restoreState()
