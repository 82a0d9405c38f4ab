"""Print from a program's recipient list as a person does: the Print… button, the choices, the
missing office details, the preview page by page, saving as PDF or Excel, printing (to a PDF
printer: the worker paints the pages) and the machine without a printer."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from app.services import office_documents as docs
from app.ui.dialogs.print_dialog import PrintDialog
from app.ui.pages.document_settings import DocumentSettingsDialog
from app.ui.pdf_pages import prepare_printer
from tests.test_cli_print import (
    PROGRAM_NAME,
    TAY,
    fill_office_details,
    make_round,
    masked,
    page_count,
    page_size,
    pdf_text,
)
from tests.ui.test_programs_page import choose, list_loaded, open_page


@pytest.fixture
def round_(db, make_household, hamlets):
    return make_round(db, make_household, hamlets)


@pytest.fixture
def ready(db, round_):
    fill_office_details(db)
    return round_


def open_dialog(qtbot, ctx, round_, hamlet_id=None) -> PrintDialog:
    dialog = PrintDialog(ctx, round_.program_id, round_.code, PROGRAM_NAME, None, hamlet_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.hamlets.count() == 2)
    return dialog


def ticked(dialog: PrintDialog) -> list[str]:
    items = (dialog.hamlets.item(i) for i in range(dialog.hamlets.count()))
    return [it.text() for it in items if it.checkState() == Qt.CheckState.Checked]


def preview(qtbot, dialog: PrintDialog) -> None:
    """Press "Show the preview": the document is made in a worker, the button off meanwhile."""
    before = dialog.made
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    # Back from the click with the document not made yet: the GUI thread did not wait for it.
    assert not dialog.preview_button.isEnabled()
    assert dialog.made is before
    qtbot.waitUntil(lambda: dialog.made is not before and dialog.preview_button.isEnabled(),
                    timeout=30000)  # fmt: skip


def picture_key(dialog: PrintDialog) -> int:
    pixmap = dialog.image.pixmap()
    return 0 if pixmap is None or pixmap.isNull() else pixmap.cacheKey()


def turn(qtbot, dialog: PrintDialog, action, page: int) -> QImage:
    """Do `action` (a click, a key), wait for the preview to show a new picture of `page` (from
    1), and return it."""
    before = picture_key(dialog)
    action()
    qtbot.waitUntil(lambda: dialog.page_box.value() == page and picture_key(dialog) != before)
    return dialog.image.pixmap().toImage()


def ink(image: QImage) -> tuple[int, int]:
    """(darkest, lightest) grey level of the image: a blank page is (255, 255)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())
    return min(data), max(data)


def boxes(widget, icon=QMessageBox.Icon.Warning) -> list[QMessageBox]:
    return [b for b in widget.findChildren(QMessageBox) if b.isVisible() and b.icon() == icon]


def save_to(monkeypatch, path: Path) -> list[str]:
    """Qt's save dialog answers `path`; returns the file names it was offered."""
    offered: list[str] = []

    def answer(parent, title, start, file_filter):
        offered.append(Path(start).name)
        return str(path), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return offered


# --- the button on the recipient list -----------------------------------------------------------


def test_the_print_button_needs_households_and_opens_with_the_hamlet_shown(
    english, qtbot, ctx, ready, errors
):
    page, _opened = open_page(qtbot, ctx, programs=2)
    panel = page.list
    button = panel.findChild(QPushButton, "print_list")

    def select(code: str) -> None:
        page.table.selectRow(next(i for i, p in enumerate(page.model.rows) if p.code == code))
        qtbot.waitUntil(lambda: panel.program is not None and panel.program.code == code)

    select(ready.empty_code)  # a program whose list was never built
    assert not button.isEnabled()
    assert "build it first" in button.toolTip()

    select(ready.code)
    qtbot.waitUntil(lambda: list_loaded(page, 16))
    assert button.isEnabled() and "Ctrl+P" in button.toolTip()

    # The page shows all hamlets: all are ticked.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = panel.print_dialog
    assert dialog is not None and dialog.isVisible()
    assert ready.code in dialog.windowTitle() and PROGRAM_NAME in dialog.windowTitle()
    qtbot.waitUntil(lambda: dialog.hamlets.count() == 2)
    assert dialog.all_hamlets.isChecked()
    assert ticked(dialog) == ["Thôn Đông", "Thôn Tây"]
    assert dialog.options().hamlet_ids is None
    dialog.close()

    # The page shows Thôn Tây: the dialog opens with Thôn Tây ticked alone.
    choose(panel.hamlet, ready.hamlets[1].id)
    qtbot.waitUntil(lambda: list_loaded(page, 8))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = panel.print_dialog
    qtbot.waitUntil(lambda: dialog.hamlets.count() == 2 and ticked(dialog) == ["Thôn Tây"])
    assert not dialog.all_hamlets.isChecked()
    assert dialog.options().hamlet_ids == frozenset({ready.hamlets[1].id})
    preview(qtbot, dialog)
    assert dialog.state.text() == f"8 households on {page_count(dialog.made.path)} pages."
    text = pdf_text(dialog.made.path)
    assert all(name in text for name in TAY) and "Vũ Văn An" not in text

    # Ticking "All hamlets" ticks both again.
    dialog.all_hamlets.setChecked(True)
    assert ticked(dialog) == ["Thôn Đông", "Thôn Tây"]
    assert "choices changed" in dialog.state.text()
    dialog.close()

    # Ctrl+P on the list opens it too.
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(panel.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.print_dialog is not dialog and panel.print_dialog.isVisible())
    panel.print_dialog.close()
    assert not errors


# --- office details -----------------------------------------------------------------------------


def test_missing_office_details_are_named_and_filled_from_the_dialog(
    english, qtbot, ctx, round_, errors
):
    dialog = open_dialog(qtbot, ctx, round_)
    assert dialog.banner.isVisible() and dialog.fill_button.isVisible()
    assert "Leader's name" in dialog.banner.text()
    assert dialog.banner.text() == ("Before printing, fill in these office details: "
                                    "Leader's name.")  # fmt: skip
    assert dialog.fill_button.text() == "Fill in the office details…"

    # "Show the preview" makes nothing while details are missing.
    shown = dialog.state.text()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.made is None and dialog.preview_button.isEnabled()
    assert dialog.state.text() == shown
    assert not dialog.save_pdf.isEnabled() and not dialog.print_button.isEnabled()

    # "Fill in the office details…" opens the settings, naming what is missing; saved there, the
    # banner goes away.
    seen = {}

    def fill_and_save() -> None:
        settings = next((w for w in QApplication.topLevelWidgets()
                         if isinstance(w, DocumentSettingsDialog) and w.isVisible()), None)  # fmt: skip
        if settings is None or not settings.box.loaded:
            QTimer.singleShot(20, fill_and_save)
            return
        seen["note"] = settings.findChild(QLabel, "note").text()
        settings.box.findChild(QLineEdit, "leader.name").setText("Nguyễn Văn Chủ")
        qtbot.mouseClick(settings.box.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_and_save)
    qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)  # modal until saved
    assert "Leader's name" in seen["note"]
    assert docs.load(ctx.db).signer("leader").name == "Nguyễn Văn Chủ"
    assert not dialog.banner.isVisible() and not dialog.fill_button.isVisible()

    preview(qtbot, dialog)
    assert dialog.state.text() == "16 households on 3 pages."
    assert "Nguyễn Văn Chủ" in pdf_text(dialog.made.path)

    # The public list also needs the complaint hotline: named as soon as it is chosen, and
    # nothing made.
    choose(dialog.document, "public_list")
    assert dialog.banner.isVisible() and dialog.fill_button.isVisible()
    made = dialog.made
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.banner.text() == ("Before printing, fill in these office details: "
                                    "Complaint hotline.")  # fmt: skip
    assert dialog.made is made and dialog.preview_button.isEnabled()

    # Saved elsewhere (Settings, another computer): check_settings sees it.
    fill_office_details(ctx.db)
    assert dialog.check_settings()
    assert not dialog.banner.isVisible() and not dialog.fill_button.isVisible()
    preview(qtbot, dialog)
    text = pdf_text(dialog.made.path)
    assert "DANH SÁCH NIÊM YẾT CÔNG KHAI" in text and "0211 3862 345" in text
    assert not errors


# --- the preview --------------------------------------------------------------------------------


def test_preview_page_by_page_and_changed_choices(english, qtbot, ctx, ready, errors):
    dialog = open_dialog(qtbot, ctx, ready)
    assert not dialog.banner.isVisible()
    assert not dialog.next.isEnabled() and not dialog.save_pdf.isEnabled()
    preview(qtbot, dialog)
    made = dialog.made
    assert (made.rows, made.pages) == (16, 3) and page_count(made.path) == 3
    assert dialog.state.text() == "16 households on 3 pages."
    assert dialog.pages_label.text() == "of 3"
    qtbot.waitUntil(lambda: picture_key(dialog) != 0)
    first = dialog.image.pixmap().toImage()
    dark, light = ink(first)
    assert first.width() > first.height() > 100  # landscape
    assert dark < 80 and light > 200  # printed text on white paper

    # ▶ shows page 2, Page Down page 3, ◀ and Page Up go back; not past the ends.
    def click(button):
        return lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    second = turn(qtbot, dialog, click(dialog.next), 2)
    assert second != first
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    third = turn(qtbot, dialog, lambda: qtbot.keyClick(dialog, Qt.Key.Key_PageDown), 3)
    assert third not in (first, second)
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)  # already on the last page
    click(dialog.next)()
    assert dialog.page == 2 and dialog.page_box.value() == 3
    assert turn(qtbot, dialog, lambda: qtbot.keyClick(dialog, Qt.Key.Key_PageUp), 2) == second
    assert turn(qtbot, dialog, click(dialog.previous), 1) == first
    assert turn(qtbot, dialog, lambda: dialog.page_box.setValue(3), 3) == third

    # A changed choice says the preview is no longer what would be printed.
    choose(dialog.paper, False)
    assert "The choices changed" in dialog.state.text()
    preview(qtbot, dialog)
    assert dialog.state.text() == "16 households on 2 pages."
    assert not made.path.exists()  # the old document is gone from the temporary folder
    qtbot.waitUntil(lambda: dialog.image.pixmap().height() > dialog.image.pixmap().width())
    portrait = dialog.image.pixmap().toImage()
    assert portrait.height() > portrait.width()
    assert page_size(dialog.made.path) == (595, 842)
    assert not errors


def test_which_choices_apply_to_which_document(english, qtbot, ctx, ready, errors):
    dialog = open_dialog(qtbot, ctx, ready)
    assert dialog.paper.isEnabled() and dialog.codes.isEnabled()
    assert dialog.page_totals.isEnabled() and dialog.hamlet_totals.isEnabled()
    assert not dialog.posting_from.isVisible() and not dialog.posting_to.isVisible()

    choose(dialog.document, "receipt")
    assert not dialog.paper.isEnabled()
    assert not dialog.page_totals.isEnabled() and not dialog.hamlet_totals.isEnabled()
    assert dialog.codes.isEnabled() and not dialog.save_xlsx.isEnabled()
    dialog.page_totals.setChecked(True)
    options = dialog.options()
    assert not options.landscape and not options.page_subtotals
    preview(qtbot, dialog)
    assert dialog.state.text() == "16 households on 8 pages."
    assert pdf_text(dialog.made.path).count("PHIẾU NHẬN HỖ TRỢ") == 16

    choose(dialog.document, "public_list")
    assert dialog.paper.isEnabled() and dialog.page_totals.isEnabled()
    assert not dialog.codes.isEnabled() and dialog.save_xlsx.isEnabled()
    assert dialog.posting_from.isVisible() and dialog.posting_to.isVisible()
    assert dialog.posting_label.isVisible()
    # The posting period defaults to the office's number of days.
    days = dialog.posting_from.date().daysTo(dialog.posting_to.date()) + 1
    assert days == docs.load(ctx.db).posting_days == 15
    dialog.posting_from.setDate(QDate(2026, 3, 1))
    dialog.posting_to.setDate(QDate(2026, 3, 10))
    preview(qtbot, dialog)
    text = pdf_text(dialog.made.path)
    assert "Thời gian niêm yết: từ ngày 01/03/2026 đến hết ngày 10/03/2026 (10 ngày)." in text
    assert all(masked(n) in text and n not in text for n in ready.ids.values())

    choose(dialog.document, "recipient_list")
    assert not dialog.posting_from.isVisible()

    # Subtotals per hamlet only when sorted by hamlet.
    choose(dialog.sort, "name")
    assert not dialog.hamlet_totals.isEnabled()
    dialog.hamlet_totals.setChecked(True)
    assert not dialog.options().hamlet_subtotals
    choose(dialog.sort, "hamlet")
    assert dialog.hamlet_totals.isEnabled() and dialog.options().hamlet_subtotals
    dialog.page_totals.setChecked(True)
    preview(qtbot, dialog)
    text = pdf_text(dialog.made.path)
    assert "Cộng Thôn Đông (8 hộ)" in text and "Cộng Thôn Tây (8 hộ)" in text
    assert text.count("Cộng trang (") == dialog.made.pages
    assert not errors


def test_a_posting_period_ending_before_it_starts_is_refused(english, qtbot, ctx, ready, errors):
    dialog = open_dialog(qtbot, ctx, ready)
    choose(dialog.document, "public_list")
    dialog.posting_from.setDate(QDate(2026, 3, 15))
    dialog.posting_to.setDate(QDate(2026, 3, 1))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(boxes(dialog)) == 1)
    assert boxes(dialog)[0].text() == ("The posting period ends before it starts: "
                                       "15/03/2026 – 01/03/2026.")  # fmt: skip
    assert dialog.made is None and dialog.preview_button.isEnabled()
    assert not dialog.save_pdf.isEnabled()
    assert not errors


# --- saving and printing ------------------------------------------------------------------------


def test_save_as_pdf_writes_the_document_previewed(english, qtbot, ctx, ready, tmp_path,
                                                   monkeypatch, errors):  # fmt: skip
    dialog = open_dialog(qtbot, ctx, ready)
    preview(qtbot, dialog)
    target = tmp_path / "saved" / "danh-sach.pdf"
    target.parent.mkdir()
    offered = save_to(monkeypatch, target)
    qtbot.mouseClick(dialog.save_pdf, Qt.MouseButton.LeftButton)
    assert offered == ["DS-ky-nhan-P0001.pdf"]
    assert target.read_bytes() == dialog.made.path.read_bytes()
    assert dialog.state.text() == f"Saved as {target}."

    # Choices changed since the preview: the document is made for them first, then saved.
    choose(dialog.document, "public_list")
    public = tmp_path / "saved" / "niem-yet"  # typed without .pdf
    offered = save_to(monkeypatch, public)
    qtbot.mouseClick(dialog.save_pdf, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: public.with_suffix(".pdf").exists())
    assert offered == ["DS-niem-yet-P0001.pdf"]
    assert public.with_suffix(".pdf").read_bytes() == dialog.made.path.read_bytes()
    assert "DANH SÁCH NIÊM YẾT CÔNG KHAI" in pdf_text(public.with_suffix(".pdf"))
    assert dialog.made_for == dialog.options()

    # Cancelled in the file dialog: nothing written.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    qtbot.mouseClick(dialog.save_pdf, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in target.parent.iterdir()) == ["danh-sach.pdf", "niem-yet.pdf"]
    assert not errors


def test_save_as_excel(english, qtbot, ctx, ready, tmp_path, monkeypatch, errors):
    openpyxl = pytest.importorskip("openpyxl")
    dialog = open_dialog(qtbot, ctx, ready)
    choose(dialog.sort, "name")
    target = tmp_path / "danh-sach.xlsx"
    offered = save_to(monkeypatch, target)
    qtbot.mouseClick(dialog.save_xlsx, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state.text() == f"Saved as {target}.", timeout=30000)
    assert offered == ["DS-ky-nhan-P0001.xlsx"]
    book = openpyxl.load_workbook(target, read_only=True)
    try:
        cells = [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
                 for v in row if v is not None]  # fmt: skip
    finally:
        book.close()
    assert PROGRAM_NAME in " ".join(cells)
    for name, number in ready.ids.items():
        assert name in cells and number in cells
    assert not errors


def test_printing_paints_every_page_in_a_worker(english, qtbot, ctx, ready, tmp_path, errors):
    dialog = open_dialog(qtbot, ctx, ready)
    preview(qtbot, dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, dialog.made.path)  # as the print dialog's printer is set up
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    dialog.send_to_printer(dialog.made, printer)
    assert dialog.state.text() == "16 households on 3 pages."  # back at once, not yet printed
    qtbot.waitUntil(lambda: dialog.state.text() == "3 pages sent to the printer.", timeout=60000)
    assert page_count(out) == 3
    assert page_size(out) == (842, 595)  # landscape, as the document
    for page in (1, 3):  # the pages were painted, not left blank
        png = tmp_path / f"printed-{page}"
        subprocess.run(["pdftoppm", "-r", "30", "-gray", "-png", "-singlefile", "-f", str(page),
                        "-l", str(page), str(out), str(png)], check=True)  # fmt: skip
        dark, light = ink(QImage(f"{png}.png"))
        assert dark < 120 and light > 200, (page, dark, light)
    assert not errors


def test_without_a_printer_a_box_says_so(english, qtbot, ctx, ready, errors):
    assert QPrinterInfo.availablePrinters() == []  # the test machine has none (offscreen)
    dialog = open_dialog(qtbot, ctx, ready)
    preview(qtbot, dialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "print_no_printer")
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "No printer"
    assert "Save the document as PDF" in box.text()
    box.accept()
    assert not errors


def test_closing_the_dialog_removes_its_temporary_files(english, qtbot, ctx, ready, errors):
    dialog = open_dialog(qtbot, ctx, ready)
    preview(qtbot, dialog)
    folder = dialog.made.path.parent
    assert folder.is_dir() and dialog.made.path.exists()
    assert folder.name.startswith("lalanh-print-")
    close = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Close")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert not folder.exists()
    assert not errors


def test_receipts_need_only_the_office_names(english, qtbot, ctx, round_, errors):
    """Receipts carry no leader's signature: they print with the default office details."""
    dialog = open_dialog(qtbot, ctx, round_)
    assert dialog.banner.isVisible()
    choose(dialog.document, "receipt")
    assert not dialog.banner.isVisible() and not dialog.fill_button.isVisible()
    preview(qtbot, dialog)
    assert dialog.state.text() == "16 households on 8 pages."
    choose(dialog.document, "recipient_list")
    assert dialog.banner.isVisible() and "Leader's name" in dialog.banner.text()
    assert not errors
