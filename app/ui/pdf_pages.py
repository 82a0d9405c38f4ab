"""PDF pages as images, for the preview and for printing through Qt.

PySide6-Essentials has no QtPdf, and the full PySide6 is 400 MB more; pypdfium2 (PDFium, the
renderer of Chrome) is a few MB, renders an A4 page in ~40 ms and runs on Windows and Linux.
PDFium is not thread-safe, so every call into it holds one lock. QImage and painting on a
QPrinter are allowed in worker threads (Qt: "Threads and QObjects" — painting in threads), so
a long print job runs in the background like any other job.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea

from app.errors import Cancelled, UserError
from app.i18n import _

_lock = threading.Lock()


@dataclass(frozen=True)
class PdfInfo:
    pages: int
    landscape: bool  # of the first page


def info(path: Path) -> PdfInfo:
    with _lock:
        pdf = pdfium.PdfDocument(str(path))
        try:
            width, height = pdf[0].get_size()
            return PdfInfo(len(pdf), width > height)
        finally:
            pdf.close()


def render_page(path: Path, index: int, dpi: float, gray: bool = False) -> QImage:
    """Page `index` (from 0) at `dpi`, as a QImage that owns its pixels."""
    with _lock:
        pdf = pdfium.PdfDocument(str(path))
        try:
            bitmap = pdf[index].render(scale=dpi / 72, rev_byteorder=True, grayscale=gray)
            fmt = QImage.Format.Format_Grayscale8 if gray else QImage.Format.Format_RGB888
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt)
            return image.copy()  # the bitmap's memory goes with the document
        finally:
            pdf.close()


def prepare_printer(printer: QPrinter, path: Path) -> None:
    """A4, the document's orientation, the whole sheet: the PDF carries its own margins."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    landscape = info(path).landscape
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)


def print_pdf(path: Path, printer: QPrinter, progress) -> int:
    """Paint the pages of `path` on `printer` (its page range respected); returns the pages
    sent. UserError when the printer cannot be opened; Cancelled (and the job aborted) when
    `progress` returns False."""
    total = info(path).pages
    first, last = 1, total
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(printer.fromPage(), 1), min(printer.toPage() or total, total)
    dpi = min(printer.resolution(), 300)
    gray = printer.colorMode() == QPrinter.ColorMode.GrayScale
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(_("The printer “{name}” could not be opened. Check that it is switched on "
                          "and connected, or save the PDF and print it later.").format(
            name=printer.printerName() or printer.outputFileName()))  # fmt: skip
    try:
        for n, index in enumerate(range(first - 1, last), 1):
            if n > 1 and not printer.newPage():
                raise UserError(_("The printer stopped after {n} pages.").format(n=n - 1))
            image = render_page(path, index, dpi, gray)
            painter.drawImage(QRectF(printer.paperRect(QPrinter.Unit.DevicePixel)), image)
            if progress(n, last - first + 1) is False:
                printer.abort()
                raise Cancelled()
    finally:
        if painter.isActive():
            painter.end()
    return last - first + 1


@dataclass(frozen=True)
class PreviewParts:
    """The widgets a document preview is made of (the print window, the Reports page)."""

    state: QLabel  # what to do, or what went wrong
    scroll: QScrollArea  # grey, holding `image`, the rendered page
    image: QLabel
    print_button: QPushButton
    save_pdf: QPushButton
    save_xlsx: QPushButton


def preview_parts(prefix: str, hint: str) -> PreviewParts:
    """A preview's widgets, named `<prefix>_state`, `<prefix>_image`, `<prefix>_print`,
    `<prefix>_save_pdf` and `<prefix>_save_xlsx`; the caller lays them out."""
    state = QLabel(hint)
    state.setObjectName(f"{prefix}_state")
    state.setWordWrap(True)
    scroll = QScrollArea()
    scroll.setWidgetResizable(False)
    scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    scroll.setStyleSheet("QScrollArea { background: #8a8a8a; }")
    image = QLabel()
    image.setObjectName(f"{prefix}_image")
    scroll.setWidget(image)
    buttons = []
    for text, name in ((_("Print…"), "print"), (_("Save as PDF…"), "save_pdf"),
                       (_("Save as Excel…"), "save_xlsx")):  # fmt: skip
        button = QPushButton(text)
        button.setObjectName(f"{prefix}_{name}")
        buttons.append(button)
    return PreviewParts(state, scroll, image, *buttons)
