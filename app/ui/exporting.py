"""The "Export to Excel…" button of the list pages: ask where, write in the background, say where.

A page passes the file name to offer and a function that writes its current
list (a service call such as `exports.export_households(db, query, path,
progress)`); the file dialog opens in the folder of the last export, else in
Documents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from app.db import Database
from app.i18n import _
from app.numbers import format_number
from app.services.exports import ListExport, table_export, write_export
from app.ui.context import AppContext
from app.ui.jobs import ProgressFn, run_job
from app.ui.tables import RowsModel

_last_folder: Path | None = None  # where this session's last export went


def default_folder() -> Path:
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def ask_xlsx_path(parent: QWidget, file_name: str) -> Path | None:
    """The save dialog, starting at `file_name` in the default folder; None if cancelled."""
    return ask_save_path(parent, _("Export to Excel"), file_name, _("Excel workbook (*.xlsx)"))


def ask_save_path(parent: QWidget, title: str, file_name: str, file_filter: str) -> Path | None:
    """A save dialog in the folder last saved to (else Documents); the file name gets the suffix
    of `file_name` when it was typed without it. None if cancelled."""
    global _last_folder
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(default_folder() / file_name), file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(file_name).suffix
    if path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    _last_folder = path.parent
    return path


def export_button(tooltip: str, on_click: Callable[[], None]) -> QPushButton:
    """A list page's "Export to Excel…" button (named export_button, as tests find it)."""
    button = QPushButton(_("Export to Excel…"))
    button.setObjectName("export_button")
    button.setToolTip(tooltip)
    button.clicked.connect(on_click)
    return button


def export_list(parent: QWidget, ctx: AppContext, button: QPushButton | None, file_name: str,
                write: Callable[[Path, ProgressFn], int]) -> None:  # fmt: skip
    """Ask for a file name, run `write(path, progress)` as a long job, then say where it went.

    `button` is disabled while the export runs, so that a second click starts nothing.
    """
    path = ask_xlsx_path(parent, file_name)
    if path is None:
        return
    if button is not None:
        button.setEnabled(False)
    job = run_job(parent, ctx, _("Export to Excel"), lambda progress: write(path, progress),
                  lambda rows: show_saved(parent, path, rows),
                  label=_("Writing {name}…").format(name=path.name))  # fmt: skip
    if button is not None:
        job.finished.connect(lambda: shiboken6.isValid(button) and button.setEnabled(True))


def export_whole(parent: QWidget, ctx: AppContext, button: QPushButton | None, file_name: str,
                 make: Callable[[Database], ListExport]) -> None:  # fmt: skip
    """`export_list` for a list written whole (a record of what was done, a settings list):
    `make(db)` reads it in the background once the file is chosen."""
    db = ctx.db
    export_list(parent, ctx, button, file_name,
                lambda path, progress: write_export(make(db), path, progress))  # fmt: skip


def whole_list_button(parent: QWidget, ctx: AppContext, name: str, tooltip: str,
                      file_name: Callable[[], str],
                      make: Callable[[Database], ListExport]) -> QPushButton:  # fmt: skip
    """An "Export to Excel…" button (named `name`) writing such a list."""
    button = export_button(tooltip, lambda: export_whole(parent, ctx, button, file_name(), make))
    button.setObjectName(name)
    return button


def export_table(parent: QWidget, ctx: AppContext, button: QPushButton | None, file_name: str,
                 model: RowsModel, list_name: str, filters: list[str]) -> None:  # fmt: skip
    """`export_list` for a table as the window shows it: its headers and rows are taken now
    (the window may change them), their cells read and the file written in the background."""
    headers, rows, cells = list(model.columns), list(model.rows), model.export_rows
    sheet = list_name.capitalize()[:31]
    export_whole(parent, ctx, button, file_name,
                 lambda db: table_export(db, sheet, list_name, filters, headers, cells(rows)))  # fmt: skip


def show_saved(parent: QWidget, path: Path, rows: int) -> QMessageBox:
    """A small box: how many rows went where, with "Open file" and "Open folder"."""
    box = QMessageBox(parent)
    box.setObjectName("export_saved")
    box.setWindowTitle(_("Export to Excel"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(_("{n} rows exported to {name}.").format(n=format_number(rows), name=path.name))
    box.setInformativeText(_("Folder: {folder}").format(folder=path.parent))
    open_file = box.addButton(_("Open file"), QMessageBox.ButtonRole.ActionRole)
    open_folder = box.addButton(_("Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(_("Close"), QMessageBox.ButtonRole.RejectRole)
    open_file.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    open_folder.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    )
    box.open()
    return box
