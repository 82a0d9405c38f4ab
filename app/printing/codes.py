"""The codes printed on lists: a Code128 per row (read by a keyboard-wedge scanner into the
check-off screen) and a QR code per page naming the list, its version and the rows on the page,
so a signed paper page can be matched back to exactly the rows it covers.

Both are drawn as one filled path of rectangles: reportlab's barcode widgets cost ~10 ms a
code, which is 50 s for a 5,000-row list (ENVIRONMENT.md). The codes hold ASCII only (a QR with
Vietnamese text decodes as Shift-JIS garbage on many readers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from string import ascii_lowercase, ascii_uppercase

import segno
from reportlab.graphics.barcode.code128 import Code128Auto
from reportlab.pdfgen.canvas import Canvas

PAGE_PREFIX = "LLP"
_PAGE_CODE = re.compile(
    r"^\s*LLP:([A-Za-z]\d{3,}):V(\d+):(\d+)/(\d+):([0-9.\-]*)\s*$", re.IGNORECASE
)


def code128_modules(value: str) -> list[tuple[int, int]]:
    """The bars of `value` as (start, width) in modules, and (after the last bar) the total width
    as a (total, 0) pair. Code128 with automatic code-set switching (digit runs in set C)."""
    code = Code128Auto(value)
    code.validate()
    code.encode()
    code.decompose()
    bars = []
    at = 0
    for c in code.decomposed:
        if c in ascii_uppercase:
            width = ord(c) - ord("A") + 1
            bars.append((at, width))
            at += width
        elif c in ascii_lowercase:
            at += ord(c) - ord("a") + 1
    bars.append((at, 0))
    return bars


def draw_code128(c: Canvas, value: str, x: float, y: float, module: float, height: float) -> float:
    """Draw the bars with their lower left corner at (x, y); returns the width drawn. The caller
    leaves a quiet zone of 10 modules on each side."""
    bars = code128_modules(value)
    _fill_units(c, x, y, module, height, [(start, 0, width, 1) for start, width in bars[:-1]])
    return bars[-1][0] * module


def _fill_units(c: Canvas, x: float, y: float, sx: float, sy: float,
                rects: list[tuple[int, int, int, int]]) -> None:  # fmt: skip
    """Filled rectangles given in whole units of a grid (bar modules, QR modules) scaled by
    (sx, sy) from (x, y), written as PDF operators directly: small integers cost little to
    format and store, while reportlab's path objects format every coordinate in Python."""
    ops = " ".join(f"{a} {b} {w} {h} re" for a, b, w, h in rects)
    c.addLiteral(f"q {sx:.4f} 0 0 {sy:.4f} {x:.2f} {y:.2f} cm {ops} f Q")


@cache
def code128_width(value: str, module: float) -> float:
    return code128_modules(value)[-1][0] * module


def draw_qr(c: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code of `text` (ASCII) in a square of `size` points, lower left at (x, y), with its
    4-module quiet zone inside the square."""
    # A fixed mask: choosing the best of eight costs 30 ms a code in pure Python (5 s for a
    # 180-page list); readers decode any mask, the best one only evens out the pattern.
    qr = segno.make(text, error="m", micro=False, mask=2)
    matrix = qr.matrix
    module = size / (len(matrix) + 8)
    rects = []
    rows = len(matrix)
    for r, row in enumerate(matrix):
        run = None
        for col, dark in enumerate([*row, 0]):
            if dark and run is None:
                run = col
            elif not dark and run is not None:
                rects.append((run, rows - 1 - r, col - run, 1))  # rows counted from the bottom
                run = None
    _fill_units(c, x + 4 * module, y + 4 * module, module, module, rects)


@dataclass(frozen=True)
class PageCode:
    program_code: str
    version: int
    page: int
    pages: int
    seqs: tuple[int, ...]  # the list row numbers on the page

    def text(self) -> str:
        # Upper case, digits and ":/.-" only: QR alphanumeric mode, a smaller code than bytes.
        return f"{PAGE_PREFIX}:{self.program_code}:V{self.version}:{self.page}/{self.pages}:" \
               + ranges_text(self.seqs, ".")  # fmt: skip


def parse_page_code(text: str) -> PageCode | None:
    """The page code read back from a scan; None when `text` is not one."""
    m = _PAGE_CODE.match(text or "")
    if not m:
        return None
    seqs: list[int] = []
    for part in filter(None, m.group(5).split(".")):
        first, _, last = part.partition("-")
        if not first.isdigit() or (last and not last.isdigit()):
            return None
        seqs.extend(range(int(first), int(last or first) + 1))
    return PageCode(m.group(1).upper(), int(m.group(2)), int(m.group(3)), int(m.group(4)),
                    tuple(seqs))  # fmt: skip


def ranges_text(seqs, sep: str = ", ") -> str:
    """(1, 2, 3, 7, 9, 10) → '1-3, 7, 9-10': the rows of a page in list order, short."""
    parts = []
    ordered = sorted(set(seqs))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        parts.append(str(ordered[i]) if i == j else f"{ordered[i]}-{ordered[j]}")
        i = j + 1
    return sep.join(parts)
