"""The one place that shows errors (STYLE.md #8).

UserError → a dialog that says what to do. Cancelled → nothing. Anything
else is a bug: logged to the data folder, shown as a short apology with the
log's location and a "Copy details" button; the app stays up.
"""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import paths
from app.errors import Cancelled, UserError
from app.i18n import _

log = logging.getLogger("lalanh.ui")


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox | None:
    """Show an error without blocking (the box is window-modal); returns the box."""
    if isinstance(exc, Cancelled):
        return None
    box = QMessageBox(parent)
    box.setWindowTitle("Lá Lành")
    if isinstance(exc, UserError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(exc.message)
        extra = [fe.message for fe in exc.field_errors[1:]]
        if extra:
            box.setInformativeText("\n".join(f"• {m}" for m in extra[:8]))
    else:
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        log.error("unexpected error:\n%s", details)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(_("Sorry, something unexpected went wrong. What you were doing was not "
                      "saved; your other data is safe."))  # fmt: skip
        box.setInformativeText(
            _(
                "The details were written to {path}. Please send that file to whoever supports "
                "Lá Lành for you."
            ).format(path=paths.log_dir() / "lalanh.log")
        )
        copy = box.addButton(_("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.addButton(_("OK"), QMessageBox.ButtonRole.AcceptRole)
    box.open()
    return box


def install_excepthook() -> None:
    """Exceptions escaping a slot become the bug dialog instead of killing the app."""

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        exc.__traceback__ = tb
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
