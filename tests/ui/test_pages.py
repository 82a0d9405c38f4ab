"""The Needs and Settings pages, the main window, first start and the error presenter."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import UserError
from app.services import households as hh
from app.services import office as office_service
from app.ui.changes import Changes
from app.ui.dialogs.setup_dialog import SetupDialog
from app.ui.errors import show_error
from app.ui.main_window import MainWindow
from app.ui.pages.needs import NeedsPage
from tests.ui.conftest import type_text


def _household_with_need(db, name, hamlet, kind, quantity, unit, urgency="normal"):
    from decimal import Decimal

    draft = hh.HouseholdDraft(hamlet_id=hamlet.id, members=[hh.MemberDraft(
        full_name=name, gender="female", birth_year=1960, relation="head")],
        needs=[hh.NeedDraft(kind=kind, quantity=Decimal(quantity), unit=unit, urgency=urgency,
                            assessed_by="Trưởng thôn")])  # fmt: skip
    return hh.save_household(db, "tester", draft)


def test_needs_page_totals_and_filters(qtbot, ctx, errors):
    east, west = office_service.list_hamlets(ctx.db)
    _household_with_need(ctx.db, "Vũ Thị Lan", east, "rice", 45, "kg", "critical")
    _household_with_need(ctx.db, "Bùi Thị Mai", west, "rice", 30, "kg")
    _household_with_need(ctx.db, "Đặng Văn Nam", west, "cash", 1_500_000, "VND")
    page = NeedsPage(ctx, open_household=lambda *a, **k: None)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "Gạo: 75 kg cho 2 hộ" in page.totals.text())
    assert "Tiền mặt: 1.500.000 đồng cho 1 hộ" in page.totals.text()
    qtbot.waitUntil(lambda: len(page.model.rows) == 3)
    assert page.model.rows[0].urgency == "critical"  # most urgent first
    page.hamlet.setCurrentIndex([page.hamlet.itemText(i) for i in range(page.hamlet.count())]
                                .index(west.name))  # fmt: skip
    qtbot.waitUntil(lambda: "Gạo: 30 kg cho 1 hộ" in page.totals.text())
    page.kind.setCurrentIndex(page.kind.findData("cash"))
    qtbot.waitUntil(lambda: not page.model.loading and len(page.model.rows) == 1)
    assert page.model.rows[0].head_name == "Đặng Văn Nam"
    assert not errors


def test_settings_add_hamlet_and_switch_language(qtbot, ctx, errors, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from app.i18n import language, set_language

    switched = []
    window = MainWindow(ctx, on_language_changed=switched.append)
    qtbot.addWidget(window)
    window.show()
    settings = window.settings
    qtbot.waitUntil(lambda: settings.hamlets.count() == 2)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Tổ dân phố", True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Tổ dân phố 5", True))
    settings.on_add_hamlet()
    qtbot.waitUntil(lambda: settings.hamlets.count() == 3)
    assert [h.name for h in office_service.list_hamlets(ctx.db)][-1] == "Tổ dân phố 5"
    # The Households page's hamlet filter hears about it too.
    qtbot.waitUntil(lambda: window.households.hamlet.count() == 4)
    settings.language.setCurrentIndex(settings.language.findData("en"))
    settings.on_apply_language()
    assert switched == ["en"]
    set_language("en")
    try:
        english = MainWindow(ctx, on_language_changed=switched.append)
        qtbot.addWidget(english)
        assert english.nav.item(0).text() == "Overview"  # the dashboard comes first
        assert english.nav.item(1).text() == "Households"
        assert language() == "en"
    finally:
        set_language("vi")
    assert window.nav.item(1).text() == "Hộ gia đình"
    assert not errors


def test_first_start_asks_for_the_office(qtbot, empty_db):
    office_service.ensure_admin_units(empty_db)
    dialog = SetupDialog(empty_db, "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.on_ok()
    assert dialog.errors.labels["name"].isVisible()
    assert dialog.errors.labels["commune"].isVisible()
    assert office_service.current_office(empty_db) is None
    type_text(dialog.name, "UBND xã Yên Lạc")
    type_text(dialog.filter, "yen lac")  # no accents needed
    assert dialog.commune_code()
    assert dialog.communes.currentItem().text().startswith("Xã Yên Lạc")
    dialog.hamlets.setPlainText("Thôn Đông\nThôn Tây\nTổ dân phố 3\nThôn Đông\n")
    dialog.on_ok()
    assert dialog.errors.labels["passphrase"].isVisible()  # the keys' passphrase, twice
    assert office_service.current_office(empty_db) is None
    type_text(dialog.passphrase, "mật khẩu xã")
    type_text(dialog.passphrase_again, "mật khẩu xã")
    dialog.on_ok()
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    office = office_service.current_office(empty_db)
    assert office.name == "UBND xã Yên Lạc" and office.commune_name == "Xã Yên Lạc"
    from app.services import sync_identity

    assert sync_identity.identity(empty_db).has_keys  # made at first start
    sync_identity.unlock(empty_db, "mật khẩu xã")
    assert [h.name for h in office_service.list_hamlets(empty_db)] == [
        "Thôn Đông",
        "Thôn Tây",
        "Tổ dân phố 3",
    ]


def test_first_start_of_a_province_office(qtbot, empty_db):
    office_service.ensure_admin_units(empty_db)
    dialog = SetupDialog(empty_db, "tester")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.level.setCurrentIndex(dialog.level.findData("province"))
    assert not dialog.communes.isVisible() and not dialog.hamlets.isVisible()
    type_text(dialog.name, "UBND tinh")
    dialog.on_ok()  # no province chosen yet
    assert dialog.errors.labels["commune"].isVisible()
    dialog.province.setCurrentIndex(dialog.province.findData("01"))
    type_text(dialog.passphrase, "passphrase 1")
    type_text(dialog.passphrase_again, "passphrase 1")
    dialog.on_ok()
    assert dialog.result() == SetupDialog.DialogCode.Accepted
    office = office_service.current_office(empty_db)
    assert (office.level, office.admin_unit_code) == ("province", "01")


def test_user_error_and_bug_dialogs(qtbot, data_dir, caplog):
    from app.logs import setup_logging

    log_path = setup_logging()
    box = show_error(None, UserError("Số CCCD phải có 12 chữ số."))
    assert box.text() == "Số CCCD phải có 12 chữ số."
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()
    with caplog.at_level(logging.ERROR):
        box = show_error(None, RuntimeError("boom"))
    assert box.icon() == QMessageBox.Icon.Critical
    assert str(log_path) in box.informativeText()
    assert "boom" in log_path.read_text(encoding="utf-8")
    copy = next(b for b in box.buttons() if b.text() == "Sao chép chi tiết")
    copy.click()
    assert "RuntimeError: boom" in QApplication.clipboard().text()
    box.close()


def test_change_bus_merges_bursts(qtbot, ctx):
    received = []
    ctx.bus.data_did_change.connect(received.append)
    ctx.bus.notify(Changes(households=True))
    ctx.bus.notify(Changes(needs=True))
    qtbot.waitUntil(lambda: len(received) > 0)
    qtbot.wait(100)
    assert received == [Changes(households=True, needs=True)]


@pytest.mark.filterwarnings("ignore:Function.*setActiveWindow:DeprecationWarning")
def test_ctrl_n_opens_a_new_household_form(qtbot, ctx, errors):
    from PySide6.QtCore import Qt

    window = MainWindow(ctx, on_language_changed=lambda _lang: None)
    qtbot.addWidget(window)
    window.show()
    # Offscreen Qt activates no window by itself; shortcuts need an active one.
    QApplication.setActiveWindow(window)
    window.nav.setCurrentRow(2)
    window.nav.setFocus()
    with qtbot.waitSignal(window.households.household_opened, timeout=3000) as opened:
        qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.households
    assert opened.args[0].windowTitle() == "Hộ mới"
    opened.args[0].done(0)
    assert not errors


def test_main_window_sets_the_start_up_heap_aside(qtbot, db, monkeypatch):
    """Once the window is up, what exists then is set aside from the collector's passes, so
    that none of them walks it in a worker with the window waiting (app/collector.py)."""
    import gc

    from app.ui import app as app_module

    monkeypatch.setattr(app_module, "current_user", lambda: "tester")
    monkeypatch.setattr(app_module, "SETTLE_AFTER_MS", 10)
    controller = app_module.Controller(db)
    assert gc.get_freeze_count() == 0
    assert controller.show_main_window()
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 10_000)
    controller.tasks.wait_idle()
