"""Add or change a user of this installation and their roles (Settings → Users)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _
from app.services.roles import ROLES, UserInfo
from app.ui.widgets import button_row, error_label

ROLE_HELP = {
    "data_entry": "registers households, defines programs, builds lists, hands out aid",
    "accountant": "records donations and stock, reverses mistakes, allows over-distribution",
    "approver": "approves, amends and locks recipient lists",
    "admin": "everything, and manages users",
}


class UserDialog(QDialog):
    def __init__(self, parent: QWidget | None, user: UserInfo | None, on_ok: Callable[[], None]):
        super().__init__(parent)
        self.setWindowTitle(_("Edit user") if user else _("New user"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit(user.username if user else "")
        self.username.setObjectName("username")
        self.username.setReadOnly(user is not None)
        self.username.setPlaceholderText(_("the Windows login name, e.g. canbo1"))
        self.full_name = QLineEdit(user.full_name if user else "")
        self.full_name.setObjectName("full_name")
        form.addRow(_("Login name"), self.username)
        form.addRow(_("Full name"), self.full_name)
        layout.addLayout(form)
        layout.addWidget(QLabel(_("Roles:")))
        self.roles: dict[str, QCheckBox] = {}
        for code, label in ROLES.items():
            box = QCheckBox(f"{_(label)} — {_(ROLE_HELP[code])}")
            box.setObjectName(f"role_{code}")
            box.setChecked(bool(user and code in user.roles))
            self.roles[code] = box
            layout.addWidget(box)
        self.active = QCheckBox(_("Active (may work in the app)"))
        self.active.setObjectName("active")
        self.active.setChecked(user.active if user else True)
        layout.addWidget(self.active)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons, self.ok = button_row(self, on_ok)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str, list[str], bool]:
        roles = [code for code, box in self.roles.items() if box.isChecked()]
        return self.username.text(), self.full_name.text(), roles, self.active.isChecked()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
