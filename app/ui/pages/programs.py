"""The Programs page: the aid programs, and for the chosen one its recipient list and reports.

The list and its actions are in recipient_list.py, the reports (omissions,
overlaps, history) in list_reports.py, the table models in program_models.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import _
from app.numbers import format_number
from app.services import exports
from app.services import programs as programs_service
from app.services.programs import list_status_label
from app.ui.changes import Changes
from app.ui.context import AppContext
from app.ui.dialogs.organisations_dialog import OrganisationsDialog
from app.ui.dialogs.program_dialog import ProgramChoices, ProgramDialog, load_choices
from app.ui.errors import show_error
from app.ui.exporting import export_button, export_list
from app.ui.pages.list_reports import HistoryView, OmissionsView, OverlapsView
from app.ui.pages.program_models import programs_model
from app.ui.pages.recipient_list import RecipientListPanel, empty_state, show_hint
from app.ui.tables import table_view

LIST_TAB, OMISSIONS_TAB, OVERLAPS_TAB, HISTORY_TAB = range(4)


class ProgramsPage(QWidget):
    program_dialog_opened = Signal(object)  # the ProgramDialog (tests)
    programs_loaded = Signal()

    def __init__(self, ctx: AppContext, open_household: Callable[..., None]):
        super().__init__()
        self.ctx = ctx
        self.open_household = open_household
        self.selected_id: uuid.UUID | None = None
        self.program_dialog: ProgramDialog | None = None
        self.organisations_dialog: OrganisationsDialog | None = None
        self._opening = False
        self._restoring = False  # reselecting after a reload: one detail refresh, not two
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.new_button = QPushButton(_("New program…"))
        self.new_button.setObjectName("new_program")
        self.new_button.setEnabled(ctx.actor.can("data_entry"))
        self.edit_button = QPushButton(_("Edit…"))
        self.edit_button.setObjectName("edit_program")
        self.edit_button.setToolTip(_("The program's rules and norms (read only once its list "
                                      "is submitted)"))  # fmt: skip
        self.organisations_button = QPushButton(_("Organisations…"))
        self.organisations_button.setObjectName("organisations")
        for b in (self.new_button, self.edit_button, self.organisations_button):
            bar.addWidget(b)
        bar.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("programs_count")
        bar.addWidget(self.count)
        self.export_button = export_button(_("Save the list of programs as an Excel file"),
                                           self.on_export)  # fmt: skip
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        self.model = programs_model()
        self.table = table_view(self.model, "programs", (215, 135, 105, 160, 95, 85, 80))
        self.programs_stack, self.programs_hint = empty_state(self.table, "programs_hint")

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("program_title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        detail_layout.addWidget(self.title)
        self.list = RecipientListPanel(ctx, open_household)
        self.omissions = OmissionsView(ctx, open_household, self.add_omitted)
        self.overlaps = OverlapsView(ctx, open_household)
        self.history = HistoryView(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("program_tabs")
        self.tabs.addTab(self.list, _("Recipient list"))
        self.tabs.addTab(self.omissions, _("Omissions"))
        self.tabs.addTab(self.overlaps, _("Overlaps"))
        self.tabs.addTab(self.history, _("History"))
        detail_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.programs_stack)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([190, 560])
        layout.addWidget(self.splitter, 1)

        self.new_button.clicked.connect(self.on_new)
        self.edit_button.clicked.connect(self.on_edit)
        self.organisations_button.clicked.connect(self.on_organisations)
        self.table.doubleClicked.connect(lambda _i: self.on_edit())
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.tabs.currentChanged.connect(self.on_tab_changed)
        ctx.bus.data_did_change.connect(self.on_data_changed)
        self._show_detail(None)
        self.reload()

    # --- programs ---------------------------------------------------------------------

    def on_export(self) -> None:
        db = self.ctx.db
        export_list(self, self.ctx, self.export_button, exports.programs_file_name(),
                    lambda path, progress: exports.export_programs(db, path, progress))  # fmt: skip

    def reload(self) -> None:
        self.ctx.tasks.read(lambda: programs_service.list_programs(self.ctx.db), self._show_programs,
                            owner=self)  # fmt: skip

    def _show_programs(self, rows: list[programs_service.ProgramRow]) -> None:
        self._restoring = True
        try:
            self.model.set_rows(rows)
            index = next((i for i, p in enumerate(rows) if p.id == self.selected_id),
                         0 if rows else -1)  # fmt: skip
            if index >= 0:
                self.table.selectRow(index)
        finally:
            self._restoring = False
        self.count.setText(_("{n} programs").format(n=format_number(len(rows))) if rows else "")
        show_hint(self.programs_stack, self.programs_hint, None if rows else _(
            "No program yet. A program (đợt hỗ trợ) is one round of aid: press “New program…” "
            "to say who runs it, who is eligible and what each household receives. The "
            "organisation comes first: add it with “Organisations…” or from the program's form."))  # fmt: skip
        self._show_detail(self.model.row_at(index) if index >= 0 else None)
        self.programs_loaded.emit()

    def selected_program(self) -> programs_service.ProgramRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def on_current_changed(self, *_args) -> None:
        if not self._restoring:
            self._show_detail(self.selected_program())

    def _show_detail(self, p: programs_service.ProgramRow | None) -> None:
        self.selected_id = p.id if p else None
        self.edit_button.setEnabled(p is not None)
        if p is None:
            self.title.setText(_("Choose a program above to see its recipient list."))
        else:
            self.title.setText(
                f"<b>{escape(p.code)} — {escape(p.name)}</b> · {escape(p.organisation)} · "
                + escape(_("list: {status}").format(status=list_status_label(p.list_status,
                                                                        p.list_version)))
            )  # fmt: skip
        self.list.show_program(p)
        current = self.tabs.currentIndex()
        for tab, view in ((OMISSIONS_TAB, self.omissions), (OVERLAPS_TAB, self.overlaps),
                          (HISTORY_TAB, self.history)):  # fmt: skip
            view.show_program(p, visible=current == tab)

    def on_tab_changed(self, index: int) -> None:
        view = {OMISSIONS_TAB: self.omissions, OVERLAPS_TAB: self.overlaps,
                HISTORY_TAB: self.history}.get(index)  # fmt: skip
        if view is not None:
            view.load_if_stale()

    def on_data_changed(self, changes: Changes) -> None:
        if changes.hamlets:
            self.list.load_hamlets()
        if changes.programs or changes.households or changes.ledger or changes.hamlets:
            self.reload()

    # --- actions ------------------------------------------------------------------------

    def on_new(self) -> None:
        self._open_dialog(lambda: programs_service.ProgramDraft())

    def on_edit(self) -> None:
        p = self.selected_program()
        if p is not None:
            db, pid = self.ctx.db, p.id
            self._open_dialog(lambda: programs_service.load_program(db, pid))

    def _open_dialog(self, load_draft: Callable[[], programs_service.ProgramDraft]) -> None:
        """Read the program and what the form offers in a worker, then show the form."""
        if self._opening:
            return
        self._opening = True
        db = self.ctx.db

        def failed(exc: BaseException) -> None:
            self._opening = False
            self.ctx.tasks.on_error(exc)

        self.ctx.tasks.read(lambda: (load_draft(), load_choices(db)),
                            lambda result: self._show_dialog(*result), failed, owner=self)  # fmt: skip

    def _show_dialog(self, draft: programs_service.ProgramDraft, choices: ProgramChoices) -> None:
        self._opening = False
        dialog = ProgramDialog(self.ctx, draft, choices, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            if result == ProgramDialog.DialogCode.Accepted and dialog.saved_id is not None:
                self.selected_id = dialog.saved_id  # the reload that follows selects it

        dialog.finished.connect(finished)
        self.program_dialog = dialog
        dialog.open()
        self.program_dialog_opened.emit(dialog)

    def on_organisations(self) -> OrganisationsDialog:
        dialog = OrganisationsDialog(self.ctx, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.organisations_dialog = dialog
        dialog.open()
        return dialog

    def add_omitted(self, household_code: str) -> None:
        """From the omissions report: put that household on the list, with a reason."""
        if self.list.program is None:
            return
        editable, why = self.list.editable()
        if not editable:
            show_error(self, UserError(why))
            return
        self.list.add_household(household_code)
