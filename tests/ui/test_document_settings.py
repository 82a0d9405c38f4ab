"""Settings → Printed documents and signers: typed once, saved through the service, shown again
on the next visit; a wrong hotline is shown beside the field; the print dialog's way in."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton

from app.services import office_documents as docs
from app.services.roles import Actor
from app.ui.pages.document_settings import (
    DocumentSettingsBox,
    DocumentSettingsDialog,
    open_document_settings,
)
from app.ui.pages.settings import SettingsPage


def _page(qtbot, ctx) -> DocumentSettingsBox:
    page = SettingsPage(ctx, on_language_changed=lambda _c: None)
    qtbot.addWidget(page)
    page.show()
    box = page.documents
    qtbot.waitUntil(lambda: box.loaded)
    return box


def _edit(box, name: str) -> QLineEdit:
    return box.findChild(QLineEdit, name)


def test_fill_save_and_see_them_again(qtbot, ctx, errors):
    box = _page(qtbot, ctx)
    defaults = docs.defaults(ctx.office)
    assert box.place_name.text() == defaults.place_name
    assert box.issuing_body.toPlainText() == defaults.issuing_body
    assert _edit(box, "leader.title").text() == "CHỦ TỊCH"
    assert _edit(box, "leader.name").text() == ""

    box.superior_body.setText("UBND tỉnh Phú Thọ")
    box.issuing_body.setPlainText("Ủy ban nhân dân\nxã Yên Lạc")
    box.place_name.setText("Yên Lạc")
    box.hotline.setText("0211 3862 345")
    box.posting_days.setValue(30)
    box.zero_tens_word.setCurrentIndex(box.zero_tens_word.findData("lẻ"))
    _edit(box, "leader.name").setText("Nguyễn Văn Chủ")
    _edit(box, "preparer.name").setText("Lê Thị Lập")
    box.findChild(QCheckBox, "treasurer.shown").setChecked(False)
    with qtbot.waitSignal(ctx.bus.data_did_change) as changed:
        qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert changed.args[0].office
    stored = docs.load(ctx.db)
    assert stored.issuing_body == "ỦY BAN NHÂN DÂN\nXÃ YÊN LẠC"
    assert (stored.place_name, stored.hotline, stored.posting_days) == ("Yên Lạc",
                                                                       "0211 3862 345", 30)  # fmt: skip
    assert stored.zero_tens_word == "lẻ" and stored.thousand_word == "nghìn"
    assert stored.signer("leader").name == "Nguyễn Văn Chủ"
    assert stored.signer("treasurer").shown is False
    assert [docs.missing(stored, d) for d in docs.DOCUMENTS] == [[], [], []]
    qtbot.waitUntil(lambda: box.superior_body.text() == "UBND TỈNH PHÚ THỌ")  # shown as stored

    again = _page(qtbot, ctx)  # the next visit to Settings
    assert again.settings() == stored
    assert again.issuing_body.toPlainText() == "ỦY BAN NHÂN DÂN\nXÃ YÊN LẠC"
    assert again.zero_tens_word.currentData() == "lẻ"
    assert not again.findChild(QCheckBox, "treasurer.shown").isChecked()
    assert not errors


def test_a_wrong_hotline_is_shown_beside_the_field_and_nothing_is_saved(qtbot, ctx, errors):
    box = _page(qtbot, ctx)
    box.hotline.setText("gọi 113")
    box.place_name.setText("")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.errors.labels["hotline"].isVisible())
    assert "8" in box.errors.labels["hotline"].text()  # "8 to 15 digits"
    assert box.errors.labels["place_name"].isVisible()
    assert not box.errors.labels["issuing_body"].isVisible()
    assert box.banner.isVisible() and box.banner.text()
    assert docs.load(ctx.db) == docs.defaults(ctx.office)  # nothing stored

    box.hotline.setText("0211 3862 345")
    box.place_name.setText("Yên Lạc")
    with qtbot.waitSignal(box.saved):
        qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert not box.errors.labels["hotline"].isVisible() and not box.banner.isVisible()
    assert docs.load(ctx.db).hotline == "0211 3862 345"
    assert not errors


def test_only_an_administrator_can_save(qtbot, ctx):
    clerk = Actor("clerk", "Lê Văn Nhập", frozenset({"data_entry"}))
    box = _page(qtbot, replace(ctx, actor=clerk))
    assert not box.findChild(QPushButton, "save_documents").isEnabled()


def _dialog() -> DocumentSettingsDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, DocumentSettingsDialog) and w.isVisible()), None)  # fmt: skip


def test_the_print_dialog_opens_the_settings_and_learns_whether_they_were_saved(qtbot, ctx, errors):
    seen = {}

    def fill_and_save() -> None:
        dialog = _dialog()
        if dialog is None or not dialog.box.loaded:
            QTimer.singleShot(20, fill_and_save)
            return
        seen["note"] = dialog.findChild(QLabel, "note").text()
        dialog.box.findChild(QLineEdit, "leader.name").setText("Nguyễn Văn Chủ")
        qtbot.mouseClick(dialog.box.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_and_save)
    missing = docs.missing(docs.load(ctx.db), "recipient_list")
    assert open_document_settings(None, ctx, missing=missing) is True
    assert missing[0] in seen["note"]
    assert docs.missing(docs.load(ctx.db), "recipient_list") == []

    def close() -> None:
        dialog = _dialog()
        if dialog is None:
            QTimer.singleShot(20, close)
            return
        dialog.reject()

    QTimer.singleShot(0, close)
    assert open_document_settings(None, ctx) is False
    assert not errors
