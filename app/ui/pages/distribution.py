"""The Distribution page: a program's list, where it stands, and fast check-off at the table.

The officer types or scans (a keyboard-wedge scanner types the code and Enter) the
code printed on the recipient list; the receipt is recorded on the writer task with
the defaults (today, the entitlement, in person, the head's ID, handed by the acting
user) and that one row turns "received" in place — the table is not reloaded.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.dates import format_date
from app.errors import UserError
from app.i18n import _
from app.numbers import format_number
from app.services import distribution as dist
from app.services import exports
from app.services import office as office_service
from app.services import programs as programs_service
from app.services import recipient_lists as rl
from app.ui.changes import Changes, WhenShown
from app.ui.context import AppContext
from app.ui.dialogs.receipt_dialog import ReceiptDialog, ReceiptHistoryDialog
from app.ui.errors import show_error
from app.ui.exporting import export_button, export_list
from app.ui.ledger_views import guard
from app.ui.pages.check_off import RECORDERS, CheckOffPanel
from app.ui.pages.distribution_list import ListRowModel, progress_html
from app.ui.tables import table_view
from app.ui.widgets import ReasonDialog, fill_combo, find_data

PAGE_SIZE = 200
SEARCH_DELAY_MS = 250


class DistributionPage(QWidget):
    row_recorded = Signal(object)  # the ListRow now received (tests, timing)

    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.program_id: uuid.UUID | None = None
        self.program_status = ""
        self.progress: dist.ProgramProgress | None = None
        self.last_check_ms: float | None = None  # Enter → row shown received, for the record
        self._dialog: QWidget | None = None
        self._statuses: dict[uuid.UUID, str] = {}
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(_("Program:")))
        self.program = QComboBox()
        self.program.setObjectName("program")
        self.program.setMinimumWidth(380)
        top.addWidget(self.program, 1)
        self.program_note = QLabel()
        self.program_note.setObjectName("program_note")
        self.program_note.setStyleSheet("color: gray;")
        top.addWidget(self.program_note, 1)
        layout.addLayout(top)

        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress")
        self.progress_label.setTextFormat(Qt.TextFormat.RichText)
        self.progress_label.setWordWrap(True)
        self.progress_label.setStyleSheet("padding: 6px; background: #f3f7f0;")
        layout.addWidget(self.progress_label)

        self.check_off = CheckOffPanel(ctx)
        layout.addWidget(self.check_off)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_("Search by row code, household code or head's name"))
        bar.addWidget(self.search, 3)
        self.hamlet = QComboBox()
        self.hamlet.setObjectName("hamlet_filter")
        bar.addWidget(self.hamlet, 1)
        self.state = QComboBox()
        self.state.setObjectName("state_filter")
        fill_combo(self.state, [(_(label), code) for code, label in rl.ROW_STATES.items()],
                   first=_("Everyone listed"))  # fmt: skip
        bar.addWidget(self.state, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        bar.addWidget(self.count_label)
        self.export_button = export_button(_("Save the rows listed here (with the hamlet, state "
                                             "and search chosen) as an Excel file: e.g. the "
                                             "households still waiting, to call them"),
                                           self.on_export)  # fmt: skip
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        self.model = ListRowModel(ctx)
        self.table = table_view(self.model, "list_rows")
        self.model.modelReset.connect(self._fit_columns)
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.receipt_button = QPushButton(_("Record receipt…"))
        self.receipt_button.setObjectName("record_receipt")
        self.reverse_button = QPushButton(_("Reverse receipt…"))
        self.reverse_button.setObjectName("reverse_receipt")
        self.history_button = QPushButton(_("History…"))
        self.history_button.setObjectName("history")
        self.history_button.setToolTip(_("Every receipt and reversal of the selected row"))
        for b in (self.receipt_button, self.reverse_button, self.history_button):
            actions.addWidget(b)
        actions.addStretch(1)
        hint = QLabel(_("Double-click a row: record its receipt, or see its history."))
        hint.setStyleSheet("color: gray;")
        actions.addWidget(hint)
        layout.addLayout(actions)
        guard(self.receipt_button, ctx.actor, *RECORDERS,
              tooltip=_("Record the selected row's receipt with every detail"))  # fmt: skip
        guard(self.reverse_button, ctx.actor, "accountant",
              tooltip=_("Cancel the selected row's receipt with a reversing entry"))  # fmt: skip

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.reload)
        self.hamlet.currentIndexChanged.connect(self.reload)
        self.state.currentIndexChanged.connect(self.reload)
        self.program.currentIndexChanged.connect(self.on_program_changed)
        self.check_off.row_received.connect(self._on_row_received)
        self.check_off.form_wanted.connect(self.open_receipt_dialog)
        self.receipt_button.clicked.connect(self.on_record_selected)
        self.reverse_button.clicked.connect(self.on_reverse)
        self.history_button.clicked.connect(self.on_history)
        self.table.doubleClicked.connect(self.on_double_clicked)
        self.model.page_loaded.connect(self._show_loaded)
        WhenShown(self, ctx.bus, self.on_data_changed)
        self.load_hamlets()
        self.load_programs()

    # --- programs and loading -------------------------------------------------

    def load_programs(self, force: bool = False) -> None:
        """The programs whose list is approved or locked; `force` reloads the chosen one's rows."""
        db = self.ctx.db
        self.ctx.tasks.read(lambda: programs_service.list_programs(db),
                            lambda programs: self._set_programs(programs, force), owner=self)  # fmt: skip

    def _set_programs(self, programs: list[programs_service.ProgramRow], force: bool = False
                      ) -> None:  # fmt: skip
        usable = [p for p in programs if p.list_status in ("approved", "locked")]
        self._statuses = {p.id: p.list_status for p in usable}
        current = self.program.currentData()
        self.program.blockSignals(True)
        entries = []
        for p in usable:
            locked = _(" — locked") if p.list_status == "locked" else ""
            entries.append((f"{p.code} {p.name}{locked}", p.id))
        fill_combo(self.program, entries)
        self.program.setCurrentIndex(max(find_data(self.program, current), 0) if entries else -1)
        self.program.blockSignals(False)
        if not usable:
            self.program.setPlaceholderText(_("No approved list yet"))
            self.progress_label.setText(_("No program has an approved list yet. Build the list and "
                                          "have it approved on the Programs page."))  # fmt: skip
        if force or self.program.currentData() != self.program_id:
            self.on_program_changed()

    def on_program_changed(self) -> None:
        self.program_id = self.program.currentData()
        self.program_status = self._statuses.get(self.program_id, "")
        locked = self.program_status == "locked"
        self.check_off.set_program(self.program_id, locked)
        self.model.set_items([])  # nothing of the last program stays on show meanwhile
        self.model.set_source(lambda _cursor: ([], None))
        self.program_note.setText(_("The list is locked: the round is closed.") if locked else "")
        if self.program_id is None:
            return
        self.load_progress(reload_rows=True)
        self.check_off.focus()

    def load_progress(self, reload_rows: bool = False) -> None:
        pid, db = self.program_id, self.ctx.db
        if pid is None:
            return

        def show(progress: dist.ProgramProgress) -> None:
            if pid != self.program_id:
                return
            self.progress = progress
            self.progress_label.setText(progress_html(progress))
            if reload_rows or [i.item_id for i in progress.items] != [
                i.item_id for i in self.model.items
            ]:
                self.model.set_items(progress.items)
                self.reload()

        self.ctx.tasks.read(lambda: dist.program_progress(db, pid), show, owner=self)

    def load_hamlets(self) -> None:
        def done(hamlets: list[office_service.HamletInfo]) -> None:
            current = self.hamlet.currentData()
            self.hamlet.blockSignals(True)
            fill_combo(self.hamlet, [(h.name, h.id) for h in hamlets], first=_("All hamlets"))
            self.hamlet.setCurrentIndex(max(find_data(self.hamlet, current), 0))
            self.hamlet.blockSignals(False)

        self.ctx.tasks.read(lambda: office_service.list_hamlets(self.ctx.db), done, owner=self)

    def query(self) -> rl.ListQuery:
        return rl.ListQuery(self.hamlet.currentData(), self.state.currentData(), self.search.text())

    def reload(self) -> None:
        self._search_timer.stop()
        pid, query, db = self.program_id, self.query(), self.ctx.db
        if pid is None:
            return

        def fetch(cursor):
            rows = rl.list_rows(db, pid, query, cursor or 0, PAGE_SIZE)
            return rows, (rows[-1].seq if len(rows) == PAGE_SIZE else None)

        self.model.set_source(fetch)
        self.count_label.setText(_("Loading…"))

        def show(n: int) -> None:
            if pid == self.program_id and query == self.query():
                self.count_label.setText(_("{n} rows").format(n=format_number(n)))

        self.ctx.tasks.read(lambda: rl.count_rows(db, pid, query), show, owner=self)

    def on_export(self) -> None:
        pid, query, db = self.program_id, self.query(), self.ctx.db
        if pid is None:
            return
        export_list(self, self.ctx, self.export_button, exports.distribution_file_name(),
                    lambda path, progress: exports.write_export(
                        exports.distribution_export(db, pid, query), path, progress))  # fmt: skip

    def _fit_columns(self) -> None:
        widths = [110, 110, 210, 130, 70] + [120] * (2 * len(self.model.items))
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    def _show_loaded(self) -> None:
        if self.table.currentIndex().row() < 0 and self.model.rowCount() > 0:
            self.table.selectRow(0)

    def on_data_changed(self, changes: Changes) -> None:
        if changes.hamlets:
            self.load_hamlets()
        if changes.programs:
            self.load_programs(force=True)
        elif changes.ledger:
            self.load_progress()
        elif changes.households:
            self.reload()

    # --- one row at a time: the fast check-off's result, the form, history, reversal

    def _on_row_received(self, row: rl.ListRow, draft: dist.ReceiptDraft, recorded: dist.Recorded,
                         started: float) -> None:  # fmt: skip
        shown = self._show_received(row, draft)
        self.last_check_ms = (time.perf_counter() - started) * 1000
        self.ctx.bus.notify(Changes(ledger=True))
        self.check_off.after_recorded(shown, recorded, self.model.items, ask=False)

    def _show_received(self, row: rl.ListRow, draft: dist.ReceiptDraft) -> rl.ListRow:
        """That one row shown received, in place: the table is not reloaded."""
        given = dict(row.entitled) if draft.quantities is None else dict(draft.quantities)
        shown = replace(row, state="received", received_on=draft.given_on,
                        given={k: v for k, v in given.items() if v})  # fmt: skip
        self.model.update_row(shown)
        self.row_recorded.emit(shown)
        return shown

    def selected_row(self) -> rl.ListRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def open_receipt_dialog(self, row: rl.ListRow) -> ReceiptDialog | None:
        if row.state != "waiting":
            self.check_off.show_failure(row.code, UserError(rl.row_state_label(row)))
            return None
        self.check_off.code_input.clear()
        dialog = ReceiptDialog(self.ctx, row, self.model.items, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            if result == ReceiptDialog.DialogCode.Accepted and dialog.recorded is not None:
                shown = self._show_received(row, dialog.sent)
                self.ctx.bus.notify(Changes(ledger=True))
                self.check_off.after_recorded(shown, dialog.recorded, self.model.items, ask=True)
            self.check_off.focus()

        dialog.finished.connect(finished)
        self._dialog = dialog
        dialog.open()
        return dialog

    def on_record_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_receipt_dialog(row)

    def on_double_clicked(self, _index) -> None:
        row = self.selected_row()
        if row is None:
            return
        if (
            row.state == "waiting"
            and self.receipt_button.isEnabled()
            and self.check_off.code_input.isEnabled()
        ):
            self.open_receipt_dialog(row)
        else:
            self.on_history()

    def on_history(self) -> ReceiptHistoryDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = ReceiptHistoryDialog(self.ctx, row, self.model.items, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()
        return dialog

    def on_reverse(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if row.state != "received":
            show_error(self, UserError(_("Row {code} has no receipt to reverse ({state}).").format(
                code=row.code, state=rl.row_state_label(row).lower())))  # fmt: skip
            return
        db = self.ctx.db
        self.ctx.tasks.read(lambda: dist.receipts_of_row(db, row.recipient_id),
                            lambda receipts: self._ask_reverse(row, receipts), owner=self)  # fmt: skip

    def _ask_reverse(self, row: rl.ListRow, receipts: list[dist.ReceiptInfo]) -> None:
        live = [r for r in receipts if r.kind == "give" and r.reversed_by is None]
        if not live:
            return
        receipt = live[-1]
        dialog = ReasonDialog(self, _("Reverse receipt"), _(
            "Cancel the receipt of {code} ({head}) recorded on {date} by {user}? The receipt stays "
            "in the ledger with a reversing entry, and the row can be received again. "
            "Type the reason:").format(code=row.code, head=row.head_name,
                                       date=format_date(receipt.given_on),
                                       user=receipt.recorded_by))  # fmt: skip
        dialog.setObjectName("reverse_dialog")
        self._dialog = dialog
        db, actor, pid = self.ctx.db, self.ctx.actor, self.program_id

        def job(reason: str) -> rl.ListRow:
            dist.reverse_receipt(db, actor, receipt.id, reason)
            return rl.row_by_code(db, row.code, pid)

        def reversed_(fresh: rl.ListRow) -> None:
            self.model.update_row(fresh)
            self.check_off.set_status(_("The receipt of {code} was reversed; the row waits again.").format(
                code=row.code))  # fmt: skip
            self.ctx.bus.notify(Changes(ledger=True, needs=True))

        def done(result: int) -> None:
            if result == ReasonDialog.DialogCode.Accepted:
                reason = dialog.reason()
                self.ctx.tasks.write(lambda: job(reason), reversed_,
                                     lambda exc: show_error(self, exc), owner=self)  # fmt: skip

        dialog.finished.connect(done)
        dialog.open()
