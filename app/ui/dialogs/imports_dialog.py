"""File → Earlier imports: what was imported, when and by whom, and undoing one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.excel import batches
from app.i18n import _
from app.numbers import format_number
from app.services import exports
from app.ui.changes import Changes
from app.ui.context import AppContext
from app.ui.exporting import whole_list_button
from app.ui.jobs import run_job


class ImportsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.batches: list[batches.BatchInfo] = []
        self.setWindowTitle(_("Earlier imports"))
        self.resize(900, 420)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("imports_table")
        self.table.setHorizontalHeaderLabels([
            _("When"), _("By"), _("File"), _("Households added"), _("People added"),
            _("Households updated"), _("State")])  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        note = QLabel(_("Undoing an import voids the households and people it added and puts "
                        "back what it changed. It is refused once anyone has edited them or "
                        "recorded something for them."))  # fmt: skip
        note.setWordWrap(True)
        self.undo_button = QPushButton(_("Undo this import…"))
        self.undo_button.setObjectName("undo_import")
        self.undo_button.clicked.connect(self.on_undo)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(whole_list_button(
            self, ctx, "export_imports", _("Save the list of imports as an Excel file"),
            exports.imports_file_name, exports.imports_export))  # fmt: skip
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.ctx.tasks.read(lambda: batches.list_imports(self.ctx.db), self._show, owner=self)

    def _show(self, batches: list[batches.BatchInfo]) -> None:
        self.batches = batches
        self.table.setRowCount(len(batches))
        for n, b in enumerate(batches):
            state = (_("Undone on {when}").format(when=b.undone_at.strftime("%d/%m/%Y %H:%M"))
                     if b.undone_at else "")  # fmt: skip
            cells = [b.created_at.strftime("%d/%m/%Y %H:%M"), b.created_by, b.file_name,
                     format_number(b.households_added), format_number(b.persons_added),
                     format_number(b.households_updated), state]  # fmt: skip
            for col, text in enumerate(cells):
                self.table.setItem(n, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def selected(self) -> batches.BatchInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def on_undo(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        answer = QMessageBox.question(
            self, _("Undo this import"),
            _("Void the {h} households and {p} people imported from {file} on {when}, and "
              "put back what it changed?").format(
                h=format_number(batch.households_added), p=format_number(batch.persons_added),
                file=batch.file_name, when=batch.created_at.strftime("%d/%m/%Y %H:%M")),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx = self.ctx

        def work(progress):
            batches.undo_import(ctx.db, ctx.user, batch.id, progress)

        run_job(self, ctx, _("Undoing the import"), work, self._on_undone, write=True)

    def _on_undone(self, _result) -> None:
        self.ctx.bus.notify(Changes(households=True, hamlets=True))
        self.reload()
