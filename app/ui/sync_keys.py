"""The office's private keys in the window: asked for once per session with the passphrase,
then kept in memory only (never written anywhere) until the app closes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import UserError
from app.i18n import _
from app.services import sync_identity
from app.sync.keys import OfficeKeys
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.widgets import button_row

_unlocked: dict[str, OfficeKeys] = {}  # database url → keys, for this session


class PassphraseDialog(QDialog):
    """One passphrase, or a new one typed twice."""

    def __init__(self, parent: QWidget | None, text: str, *, twice: bool = False):
        super().__init__(parent)
        self.setWindowTitle(_("Passphrase of the office's keys"))
        layout = QVBoxLayout(self)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(_("Passphrase"), self.first)
        self.again = None
        if twice:
            self.again = QLineEdit()
            self.again.setObjectName("passphrase_again")
            self.again.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(_("Again"), self.again)
        layout.addLayout(form)
        buttons, _ok = button_row(self, self.on_ok)
        layout.addWidget(buttons)

    def on_ok(self) -> None:
        try:
            sync_identity.check_passphrase(self.first.text(),
                                           self.again.text() if self.again else None)  # fmt: skip
        except UserError as exc:
            show_error(self, exc)
            return
        self.accept()

    def passphrase(self) -> str:
        return self.first.text()


def office_keys(parent: QWidget, ctx: AppContext) -> OfficeKeys | None:
    """The unlocked keys, asking for the passphrase the first time (None: the person cancelled)."""
    key = ctx.db.url
    if key in _unlocked:
        return _unlocked[key]
    while True:
        dialog = PassphraseDialog(parent, _("Type the passphrase that protects this office's "
                                            "keys."))  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            keys = sync_identity.unlock(ctx.db, dialog.passphrase())
        except UserError as exc:
            show_error(parent, exc)
            continue
        _unlocked[key] = keys
        return keys


def remember(ctx: AppContext, keys: OfficeKeys) -> None:
    _unlocked[ctx.db.url] = keys


def forget_all() -> None:
    _unlocked.clear()
