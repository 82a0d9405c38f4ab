"""Settings → Users and roles: an administrator adds a user with roles; others cannot."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import roles
from app.ui.dialogs.user_dialog import UserDialog
from app.ui.pages.settings import SettingsPage


def _dialog() -> UserDialog:
    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, UserDialog) and w.isVisible()
    )


def test_an_administrator_adds_a_user_with_roles(qtbot, ctx, errors):
    page = SettingsPage(ctx, on_language_changed=lambda _c: None)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.users.count() == 1)  # the first user, an administrator
    assert "tester" in page.users.item(0).text()
    page.on_add_user()
    dialog = _dialog()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # nothing typed: refused in the dialog
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert dialog.isVisible()
    dialog.username.setText("thuquy")
    dialog.full_name.setText("Phạm Thị Quỹ")
    dialog.roles["accountant"].setChecked(True)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.users.count() == 2)
    assert not dialog.isVisible()
    actor = roles.actor_for(ctx.db, "thuquy")
    assert actor.full_name == "Phạm Thị Quỹ" and actor.roles == frozenset({"accountant"})
    assert not errors


def test_users_cannot_be_changed_without_the_administrator_role(qtbot, ctx, errors):
    clerk = roles.Actor("clerk", "Lê Văn Nhập", frozenset({"data_entry"}))
    page = SettingsPage(replace(ctx, actor=clerk), on_language_changed=lambda _c: None)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.users.count() == 1)
    from PySide6.QtWidgets import QPushButton

    assert not page.findChild(QPushButton, "add_user").isEnabled()
    assert not page.findChild(QPushButton, "edit_user").isEnabled()
