"""The "Export to Excel…" buttons of the Households, Needs, Donations and Programs pages,
and of the lists written whole (hamlets, users, imports, organisations, merges), driven
like a person."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from python_calamine import CalamineWorkbook

from app.errors import UserError
from app.excel import writing
from app.excel.writing import Column, export_xlsx
from app.services import households as hh
from app.ui import exporting
from app.ui.pages.households import HouseholdsPage
from app.ui.pages.needs import NeedsPage


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """QFileDialog.getSaveFileName answers with `save_as.answer`; what it was offered is kept."""

    class Dialog:
        answer: Path | None = tmp_path / "xuat" / "danh-sach.xlsx"
        offered: list[str] = []

    def fake(parent, caption, directory, filter_text):
        Dialog.offered.append(directory)
        return (str(Dialog.answer) if Dialog.answer else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    monkeypatch.setattr(exporting, "_last_folder", None)
    return Dialog


@pytest.fixture
def opened(monkeypatch):
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url)))
    return urls


def _codes(path: Path, column: int = 1) -> list[str]:
    book = CalamineWorkbook.from_path(str(path))
    try:
        rows = book.get_sheet_by_index(0).to_python()
    finally:
        book.close()
    return [r[column] for r in rows[5:]]  # under the title and the header


def _saved_box() -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "export_saved" and w.isVisible()]  # fmt: skip
    return boxes[-1] if boxes else None


def _button(box: QMessageBox, text: str) -> QPushButton:
    return next(b for b in box.buttons() if b.text() == text)


def test_households_page_exports_what_it_shows(qtbot, ctx, hamlets, make_household, save_as,
                                               opened, errors):  # fmt: skip
    make_household("Nguyễn Văn An")
    binh = make_household("Trần Thị Bình", gender="female",
                          household={"hamlet_id": hamlets[1].id})  # fmt: skip
    page = HouseholdsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(page.model.rows) == 2)
    assert page.export_button.text() == "Xuất Excel…"
    qtbot.waitUntil(lambda: page.hamlet.count() == 3)
    page.hamlet.setCurrentIndex(page.hamlet.findText("Thôn Tây"))
    qtbot.waitUntil(lambda: [r.code for r in page.model.rows] == [binh.code])

    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _saved_box() is not None, timeout=5000)
    box = _saved_box()
    assert box.text() == "Đã xuất 1 dòng vào tệp danh-sach.xlsx."
    assert str(save_as.answer.parent) in box.informativeText()
    assert _codes(save_as.answer) == [binh.code]
    [offered] = save_as.offered
    assert Path(offered).name.startswith("ho-gia-dinh-") and offered.endswith(".xlsx")
    assert page.export_button.isEnabled()

    _button(box, "Mở thư mục").click()
    assert [Path(u.toLocalFile()) for u in opened] == [save_as.answer.parent]
    # The next export starts in the same folder.
    first, save_as.answer = save_as.answer, None
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert Path(save_as.offered[-1]).parent == first.parent
    assert not errors


def test_needs_page_exports_its_filtered_needs(qtbot, ctx, hamlets, make_household, save_as,
                                               errors):  # fmt: skip
    need = hh.NeedDraft(kind="rice", quantity=Decimal(10), unit="kg", assessed_by="Trưởng thôn")
    cash = hh.NeedDraft(kind="cash", quantity=Decimal(500_000), unit="VND",
                        assessed_by="Trưởng thôn")  # fmt: skip
    rice_home = make_household("Vũ Thị Lan", gender="female", household={"needs": [need]})
    make_household("Đặng Văn Nam", household={"needs": [cash]})
    page = NeedsPage(ctx, open_household=lambda *a, **k: None)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(page.model.rows) == 2)
    page.kind.setCurrentIndex(page.kind.findData("rice"))
    qtbot.waitUntil(lambda: not page.model.loading and len(page.model.rows) == 1)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _saved_box() is not None, timeout=5000)
    assert _codes(save_as.answer, 5) == [rice_home.code]
    assert Path(save_as.offered[0]).name.startswith("nhu-cau-")
    _saved_box().close()
    assert not errors


def test_donations_page_exports_its_filtered_ledger(qtbot, ctx, save_as, errors):
    from datetime import date

    from app.services import ledger, vocab
    from app.services.roles import actor_for, save_user
    from app.ui.pages.donations import DonationsPage

    save_user(actor_for(ctx.db, "tester"), ctx.db, "ketoan", "Phạm Thị Kế", ["accountant"])
    accountant = actor_for(ctx.db, "ketoan")
    for donor, receipt in (("Công ty Minh Phát", "0012"), ("Hội Chữ thập đỏ", "0013")):
        ledger.record_donation(ctx.db, accountant, ledger.DonationDraft(
            donor, vocab.item_id("cash"), Decimal(1_000_000), date(2026, 1, 10),
            receipt_no=receipt))  # fmt: skip
    page = DonationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(page.model.rows) == 2)
    assert page.export_button.text() == "Xuất Excel…"
    page.search.setText("0013")
    page.reload()
    qtbot.waitUntil(lambda: not page.model.loading and len(page.model.rows) == 1)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _saved_box() is not None, timeout=5000)
    assert _codes(save_as.answer, 2) == ["Hội Chữ thập đỏ"]
    assert Path(save_as.offered[0]).name.startswith("ung-ho-")
    _saved_box().close()
    # On the stock adjustments tab the same button saves that tab's list.
    ledger.record_adjustment(ctx.db, accountant, vocab.item_id("cash"), Decimal(50_000),
                             date(2026, 1, 11), "Tiền rách")  # fmt: skip
    page.tabs.setCurrentWidget(page.adjustments)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _saved_box() is not None, timeout=5000)
    assert _codes(save_as.answer, 5) == ["Tiền rách"]
    assert Path(save_as.offered[-1]).name.startswith("dieu-chinh-kho-")
    _saved_box().close()
    assert not errors


def test_programs_page_exports_its_programs(qtbot, ctx, save_as, errors):
    from datetime import date

    from app.services import programs as ps
    from app.services import vocab
    from app.services.roles import actor_for
    from app.ui.pages.programs import ProgramsPage

    actor = actor_for(ctx.db, "tester")
    org = ps.save_organisation(ctx.db, actor, "Hội Chữ thập đỏ xã", "red_cross")
    ps.save_program(ctx.db, actor, ps.ProgramDraft(
        name="Gạo cứu đói", organisation_id=org, funding="donations", starts_on=date(2026, 2, 1),
        categories=[vocab.category_id("poor")],
        norms=[ps.NormDraft(vocab.item_id("rice"), "per_person", Decimal(10))],
    ))  # fmt: skip
    page = ProgramsPage(ctx, open_household=lambda *a, **k: None)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _saved_box() is not None, timeout=5000)
    assert _codes(save_as.answer, 2) == ["Gạo cứu đói"]
    assert Path(save_as.offered[0]).name.startswith("dot-ho-tro-")
    _saved_box().close()
    assert not errors


def test_no_file_chosen_exports_nothing(qtbot, ctx, save_as, errors):
    save_as.answer = None
    page = HouseholdsPage(ctx)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert save_as.offered and page.export_button.isEnabled()
    assert _saved_box() is None and not errors


def test_a_folder_that_cannot_be_written_is_a_user_error(qtbot, ctx, save_as, tmp_path,
                                                        errors):  # fmt: skip
    blocker = tmp_path / "not a folder"
    blocker.write_text("x")
    save_as.answer = blocker / "ho.xlsx"
    page = HouseholdsPage(ctx)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], UserError) and "Không lưu được" in errors[0].message
    qtbot.waitUntil(page.export_button.isEnabled)
    errors.clear()


def test_cancel_stops_a_long_export_and_leaves_no_file(qtbot, ctx, save_as, monkeypatch,
                                                       errors):  # fmt: skip
    monkeypatch.setattr(writing, "PROGRESS_EVERY_S", 0.02)

    def endless():
        while True:
            time.sleep(0.0005)
            yield ["Nguyễn Văn An"]

    page = HouseholdsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    exporting.export_list(page, ctx, page.export_button, "x.xlsx",
                          lambda path, progress: export_xlsx(path, "A", [Column("Tên")],
                                                             endless(), progress=progress))  # fmt: skip
    assert not page.export_button.isEnabled()
    dialog = None

    def shown() -> bool:
        nonlocal dialog
        dialog = next((w for w in page.findChildren(QProgressDialog, "job_progress")
                       if w.isVisible()), None)  # fmt: skip
        return dialog is not None

    qtbot.waitUntil(shown, timeout=3000)
    qtbot.waitUntil(lambda: dialog.labelText() == "Đang ghi danh-sach.xlsx…")
    [cancel] = dialog.findChildren(QPushButton)
    pressed = time.monotonic()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.export_button.isEnabled, timeout=1000)
    assert time.monotonic() - pressed < 1.0
    folder = save_as.answer.parent
    assert not save_as.answer.exists() and list(folder.iterdir()) == []
    assert _saved_box() is None and not errors


# --- lists written whole: records of what was done, settings lists -------------------------


def _settings(ctx):
    from app.ui.pages.settings import SettingsPage

    return SettingsPage(ctx, on_language_changed=lambda _c: None)


def _imports(ctx):
    from app.ui.dialogs.imports_dialog import ImportsDialog

    return ImportsDialog(ctx)


def _organisations(ctx):
    from app.ui.dialogs.organisations_dialog import OrganisationsDialog

    return OrganisationsDialog(ctx)


def _duplicates(ctx):
    from app.ui.pages.duplicates import DuplicatesPage

    page = DuplicatesPage(ctx)
    page.tabs.setCurrentIndex(1)  # the Merges tab
    return page


@pytest.mark.parametrize("make, button, offered, title, first", [
    (_settings, "export_hamlets", "thon-to-", "DANH SÁCH THÔN, TỔ DÂN PHỐ", "Thôn Đông"),
    (_settings, "export_users", "nguoi-dung-", "DANH SÁCH NGƯỜI DÙNG VÀ VAI TRÒ", "tester"),
    (_imports, "export_imports", "cac-lan-nhap-", "DANH SÁCH CÁC LẦN NHẬP TỪ EXCEL", None),
    (_organisations, "export_organisations", "to-chuc-", "DANH SÁCH TỔ CHỨC",
     "Hội Chữ thập đỏ xã"),
    (_duplicates, "export_merges", "gop-ho-so-", "DANH SÁCH CÁC LẦN GỘP HỒ SƠ", None),
])  # fmt: skip
def test_whole_lists_export_from_their_windows(qtbot, ctx, save_as, errors, make, button,
                                               offered, title, first):  # fmt: skip
    from app.services import programs as ps
    from app.services.roles import actor_for

    ps.save_organisation(ctx.db, actor_for(ctx.db, "tester"), "Hội Chữ thập đỏ xã", "red_cross")
    window = make(ctx)
    qtbot.addWidget(window)
    window.show()
    clicked = window.findChild(QPushButton, button)
    assert clicked is not None and clicked.isVisible() and clicked.isEnabled()
    qtbot.mouseClick(clicked, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _saved_box() is not None, timeout=5000)
    assert Path(save_as.offered[-1]).name.startswith(offered)
    book = CalamineWorkbook.from_path(str(save_as.answer))
    try:
        rows = book.get_sheet_by_index(0).to_python()
    finally:
        book.close()
    assert rows[1][0] == title
    assert (rows[5][1] if len(rows) > 5 else None) == first
    _saved_box().close()
    assert clicked.isEnabled() and not errors
