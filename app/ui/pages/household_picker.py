"""Choose a household to put on a recipient list by hand, with the reason."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _
from app.services import households as hh
from app.services import programs as programs_service
from app.services import recipient_lists as rl
from app.services.entitlement import REASONS
from app.ui.context import AppContext
from app.ui.pages.households import MATCHED_COLUMN, HouseholdTableModel
from app.ui.tables import table_view
from app.ui.widgets import button_row

PAGE_SIZE = 100
SEARCH_DELAY_MS = 250
NOTE_STYLE = "background: #fff4e0; padding: 6px;"


class AddHouseholdDialog(QDialog):
    """Search the registry (as the Households page does), pick one, say why."""

    def __init__(self, ctx: AppContext, program: programs_service.ProgramRow, note: str = "",
                 search: str = "", parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.program = program
        self.household_id: uuid.UUID | None = None
        self.setObjectName("add_household_dialog")
        self.setWindowTitle(_("Add a household to {code} “{name}”").format(
            code=program.code, name=program.name))  # fmt: skip
        self.resize(820, 600)
        layout = QVBoxLayout(self)
        if note:
            amendment = QLabel(note)
            amendment.setObjectName("amendment_note")
            amendment.setWordWrap(True)
            amendment.setStyleSheet(NOTE_STYLE)
            layout.addWidget(amendment)
        self.search = QLineEdit(search)
        self.search.setObjectName("household_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_("Search by name, ID number, phone or household code"))
        layout.addWidget(self.search)
        self.model = HouseholdTableModel(ctx)
        self.table = table_view(self.model, "household_choices",
                                (70, 180, 210, 110, 80))  # fmt: skip
        for column in (6, 7):  # phone and address: not needed to choose
            self.table.setColumnHidden(column, True)
        layout.addWidget(self.table, 1)
        self.assessment = QLabel(_("Choose a household in the table."))
        self.assessment.setObjectName("assessment")
        self.assessment.setWordWrap(True)
        layout.addWidget(self.assessment)
        layout.addWidget(QLabel(_("Why is it added by hand? (kept with the list)")))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setFixedHeight(64)
        layout.addWidget(self.reason_edit)
        buttons, self.ok = button_row(self, self.accept, _("Add to the list"))
        layout.addWidget(buttons)
        self.ok.setEnabled(False)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.reason_edit.textChanged.connect(self._update_ok)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.model.page_loaded.connect(self._after_page)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reload()

    def reload(self) -> None:
        self._timer.stop()
        query, db = hh.HouseholdQuery(text=self.search.text()), self.ctx.db

        def fetch(cursor):
            page = hh.list_households(db, query, cursor, PAGE_SIZE)
            return page.rows, page.cursor

        self.model.set_source(fetch)
        self.table.setColumnHidden(MATCHED_COLUMN, not query.text.strip())
        self.on_current_changed()

    def _after_page(self) -> None:
        if self.table.currentIndex().row() < 0 and self.model.rowCount() == 1:
            self.table.selectRow(0)  # one match (e.g. a code from the omissions): take it

    def on_current_changed(self, *_args) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        self.household_id = row.id if row is not None else None
        self._update_ok()
        if row is None:
            self.assessment.setText(_("Choose a household in the table."))
            return
        db, pid, hid = self.ctx.db, self.program.id, row.id
        self.assessment.setText(_("Checking the program's rules…"))

        def fetch():
            return rl.entitlement_of(db, pid, hid), programs_service.items_by_id(db)

        def show(result) -> None:
            if hid != self.household_id:
                return
            a, items = result
            gets = "; ".join(f"{items[i].name} {items[i].text(q)}" for i, q in a.entitled.items()
                             if i in items)  # fmt: skip
            values = dict(code=row.code, name=row.head_name, p=a.persons, gets=gets or "—",
                          why="; ".join(_(REASONS[r]) for r in a.reasons))  # fmt: skip
            if a.eligible:
                text = _("{code} ({name}): eligible by the program's rules (persons counted: {p}). "
                         "Entitled to: {gets}.")  # fmt: skip
            else:
                text = _("{code} ({name}) is not eligible by the rules ({why}). Added by hand it "
                         "is entitled to: {gets}.")  # fmt: skip
            self.assessment.setText(text.format(**values))

        def failed(exc: BaseException) -> None:
            if hid == self.household_id:
                self.assessment.setText(str(getattr(exc, "message", exc)))

        self.ctx.tasks.read(fetch, show, failed, owner=self)

    def _update_ok(self) -> None:
        self.ok.setEnabled(self.household_id is not None and bool(self.reason()))

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def accept(self) -> None:
        if self.ok.isEnabled():
            super().accept()
