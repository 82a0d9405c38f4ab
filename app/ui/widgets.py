"""Small widgets shared by the dialogs: choice boxes, inline error labels, a reason prompt."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldError, UserError
from app.i18n import _
from app.services import vocab

ERROR_STYLE = "color: #b00020;"


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, object]], *,
               first: str | None = None) -> None:  # fmt: skip
    """(label, data) items; `first` adds an "all"/"none" entry with data None."""
    combo.clear()
    if first is not None:
        combo.addItem(first, None)
    for text, data in items:
        combo.addItem(text, data)


def vocab_combo(table: dict[str, str], *, first: str | None = None) -> QComboBox:
    combo = QComboBox()
    fill_combo(combo, ((vocab.label(table, code), code) for code in table), first=first)
    return combo


def find_data(combo: QComboBox, data: object) -> int:
    """Index of the item whose data equals `data`, or -1.

    QComboBox.findData cannot compare arbitrary Python objects (a UUID never
    matches), so compare in Python.
    """
    for i in range(combo.count()):
        if combo.itemData(i) == data:
            return i
    return -1


def select_data(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(max(find_data(combo, data), 0))


def button_row(dialog: QDialog, on_ok, ok_text: str | None = None,
               cancel_text: str | None = None) -> tuple[QDialogButtonBox, QPushButton]:  # fmt: skip
    """The OK/Cancel row of a dialog, with our own (translated) texts."""
    buttons = QDialogButtonBox()
    ok = buttons.addButton(ok_text or _("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel_text or _("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def error_banner(name: str) -> QLabel:
    """The red box at the top of a form for the problems no field label shows (hidden at first)."""
    banner = QLabel()
    banner.setObjectName(name)
    banner.setWordWrap(True)
    banner.setStyleSheet(ERROR_STYLE + "background: #fde7e9; padding: 6px;")
    banner.hide()
    return banner


def refusal_title(exc: UserError) -> str:
    """A service's refusal for a form's banner: the whole message, or only its first line when
    its field errors are shown beside the fields."""
    return exc.message.splitlines()[0] if exc.field_errors else exc.message


class InlineErrors:
    """Error labels under fields, keyed by field name; shows a list of FieldErrors."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}

    def label_for(self, field: str) -> QLabel:
        self.labels[field] = error_label()
        return self.labels[field]

    def show(self, errors: Iterable[FieldError]) -> list[FieldError]:
        """Show what has a label; return the errors that have none."""
        for label in self.labels.values():
            label.hide()
            label.clear()
            label.setMinimumHeight(0)
        rest = []
        for err in errors:
            label = self.labels.get(err.field)
            if label is None:
                rest.append(err)
            elif not label.text():
                label.setText(err.message)
                label.show()
        self._fit()
        return rest

    def show_with_banner(
        self, errors: Iterable[FieldError], banner: QLabel, message: str = ""
    ) -> None:
        """Errors beside their fields; `message` and the errors no field shows in the banner."""
        rest = self.show(errors)
        lines = [message] if message else []
        lines += [e.message for e in rest if e.message not in message]
        banner.setText("\n".join(lines))
        banner.setVisible(bool(lines))

    def _fit(self) -> None:
        """Give wrapped messages the height of all their lines (QFormLayout won't)."""
        windows = {label.window() for label in self.labels.values()}
        for window in windows:
            if window.layout() is not None:
                window.layout().activate()
        for label in self.labels.values():
            label.setMinimumHeight(
                label.heightForWidth(max(label.width(), 200)) if label.text() else 0
            )
        for window in windows:
            if window.isVisible():
                window.adjustSize()


class ReasonDialog(QDialog):
    """Asks for a reason (voiding, cancelling); OK stays disabled until one is typed."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, *,
                 required: bool = True):  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        text = QLabel(prompt)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("reason")
        self.editor.setFixedHeight(80)
        layout.addWidget(self.editor)
        buttons, self.ok = button_row(self, self.accept)
        layout.addWidget(buttons)
        if required:
            self.ok.setEnabled(False)
            self.editor.textChanged.connect(
                lambda: self.ok.setEnabled(bool(self.editor.toPlainText().strip()))
            )
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def reason(self) -> str:
        return self.editor.toPlainText().strip()
