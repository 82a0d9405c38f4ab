"""The parts every official document has (Decree 30/2020/NĐ-CP, FORMS.md §1): the issuing body
and the national motto at the top, the place and date line, the title, the signers.

Everything is drawn straight on a reportlab canvas in points, y growing upwards; each function
takes the top edge it starts from and returns the height it used, so callers can measure
before they draw (`draw=False`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.printing.fonts import BOLD, ITALIC, REGULAR
from app.services.office_documents import DocumentSettings, Signer

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SIGNER_HINT = "(Ký, ghi rõ họ tên)"
LEADER_HINT = "(Ký tên, đóng dấu)"


@dataclass(frozen=True)
class Page:
    """An A4 page and its margins (FORMS.md §1: top/bottom 20–25 mm, left 30–35, right 15–20)."""

    width: float
    height: float
    left: float = 30 * mm
    right: float = 15 * mm
    top: float = 20 * mm
    bottom: float = 15 * mm

    @classmethod
    def a4(cls, is_landscape: bool) -> Page:
        w, h = landscape(A4) if is_landscape else A4
        if is_landscape:  # bound along its top edge in a file of portrait pages: a narrower left
            return cls(w, h, left=20 * mm, right=15 * mm, top=20 * mm, bottom=15 * mm)
        return cls(w, h)

    @property
    def content_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def x0(self) -> float:
        return self.left

    @property
    def x1(self) -> float:
        return self.width - self.right


def nfc(text: str) -> str:
    """reportlab draws NFD text with the marks on the wrong letters (ENVIRONMENT.md)."""
    return unicodedata.normalize("NFC", text or "")


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` that fit `width`; a word longer than the width is broken inside it,
    never left to overflow."""
    text = nfc(text)
    if not text:
        return [""]
    lines = []
    for line in simpleSplit(text, font, size, width):
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


def date_line(place: str, when: date) -> str:
    """'Yên Lạc, ngày 05 tháng 02 năm 2026': day below 10 and months 1–2 with a leading zero."""
    month = f"{when.month:02d}" if when.month <= 2 else str(when.month)
    return f"{nfc(place)}, ngày {when.day:02d} tháng {month} năm {when.year}"


def blank_date_line(place: str) -> str:
    return f"{nfc(place)}, ngày ..... tháng ..... năm ........"


def header(c: Canvas | None, page: Page, doc: DocumentSettings, top: float, *, size: float = 13,
           dated: str = "", number_line: str = "") -> float:  # fmt: skip
    """The two-column head of a document. Returns the height used."""
    left_w = page.content_width * 0.42
    left_cx = page.x0 + left_w / 2
    right_cx = page.x0 + left_w + (page.content_width - left_w) / 2
    lead = size * 1.25

    y = top - size
    if doc.superior_body:
        for line in wrap(doc.superior_body.upper(), REGULAR, size - 1, left_w):
            _centred(c, left_cx, y, line, REGULAR, size - 1)
            y -= lead
    widest = 0.0
    for part in doc.issuing_body.splitlines():
        for line in wrap(part.upper(), BOLD, size - 1, left_w):
            _centred(c, left_cx, y, line, BOLD, size - 1)
            widest = max(widest, stringWidth(line, BOLD, size - 1))
            y -= lead
    rule = max(widest / 3, 20 * mm)
    if c is not None:
        c.setLineWidth(0.6)
        # Below the dot of "Ạ"/"Ị" (dấu nặng), which reaches ~0.3 of the size under the line.
        c.line(left_cx - rule / 2, y + lead - size * 0.5, left_cx + rule / 2,
               y + lead - size * 0.5)  # fmt: skip
    y -= size * 0.45
    if number_line:
        _centred(c, left_cx, y, number_line, REGULAR, size)
        y -= lead
    left_bottom = y

    y = top - size
    _centred(c, right_cx, y, NATION, BOLD, size - 1)
    y -= lead
    _centred(c, right_cx, y, MOTTO, BOLD, size)
    motto_w = stringWidth(MOTTO, BOLD, size)
    if c is not None:
        c.line(right_cx - motto_w / 2, y - size * 0.3, right_cx + motto_w / 2, y - size * 0.3)
    y -= lead + size * 0.5
    if dated:
        _centred(c, right_cx, y, dated, ITALIC, size)
        y -= lead
    return top - min(left_bottom, y) - lead * 0.4


def title(c: Canvas | None, page: Page, top: float, heading: str, subject: list[str], *,
          size: float = 14) -> float:  # fmt: skip
    """'DANH SÁCH' and the subject under it, centred and bold. Returns the height used."""
    lead = size * 1.3
    y = top - size
    _centred(c, page.width / 2 + (page.left - page.right) / 2, y, heading.upper(), BOLD, size)
    y -= lead
    cx = page.x0 + page.content_width / 2
    for part in subject:
        for line in wrap(part, BOLD, size - 1, page.content_width * 0.9):
            _centred(c, cx, y, line, BOLD, size - 1)
            y -= lead * 0.95
    return top - y - lead * 0.3


def signers(c: Canvas | None, people: list[Signer], page: Page, top: float, *, size: float = 13,
            space: float = 26 * mm) -> float:  # fmt: skip
    """The signers side by side, the leader (last) on the right. Each: capacity, title, a hint,
    space to sign (and stamp), the name in bold. Returns the height used."""
    if not people:
        return 0.0
    col = page.content_width / max(len(people), 2)
    lead = size * 1.25
    heads = [[(line, BOLD) for text in (s.capacity, s.title) if text
              for line in wrap(text.upper(), BOLD, size, col - 4)] for s in people]  # fmt: skip
    rows = max(len(h) for h in heads)  # the hints, spaces and names line up across signers
    tallest = 0.0
    for i, (s, head) in enumerate(zip(people, heads, strict=True)):
        # One signer stands at the bottom right, as on any document.
        slot = i + (1 if len(people) == 1 else 0)
        cx = page.x0 + col * slot + col / 2
        y = top - size - (rows - len(head)) * lead
        for line, font in head:
            _centred(c, cx, y, line, font, size)
            y -= lead
        hint = LEADER_HINT if s.role == "leader" else SIGNER_HINT
        _centred(c, cx, y, hint, ITALIC, size - 1)
        y -= space
        for line in wrap(s.name, BOLD, size, col - 4) if s.name else []:
            _centred(c, cx, y, line, BOLD, size)
            y -= lead
        tallest = max(tallest, top - y)
    return tallest


def paragraph(c: Canvas | None, page: Page, top: float, text: str, *, font: str = REGULAR,
              size: float = 13, indent: float = 0) -> float:  # fmt: skip
    """Left-aligned wrapped text; returns the height used."""
    lead = size * 1.3
    y = top - size
    for line in wrap(text, font, size, page.content_width - indent):
        if c is not None:
            c.setFont(font, size)
            c.drawString(page.x0 + indent, y, line)
        y -= lead
    return top - y - lead + size * 1.3


def _centred(c: Canvas | None, cx: float, y: float, text: str, font: str, size: float) -> None:
    if c is not None:
        c.setFont(font, size)
        c.drawCentredString(cx, y, nfc(text))
