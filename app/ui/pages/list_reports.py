"""The reports beside a recipient list: omissions, overlaps (double-dipping) and history."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.i18n import N_, _
from app.numbers import format_number
from app.services import exports, list_duplicates
from app.services import programs as programs_service
from app.services import recipient_lists as rl
from app.ui.changes import Changes
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.exporting import export_button, export_table
from app.ui.jobs import run_job
from app.ui.pages.program_models import history_model, omissions_model, overlaps_model
from app.ui.pages.recipient_list import empty_state, show_hint
from app.ui.tables import RowsModel, table_view
from app.ui.widgets import ReasonDialog

ABOUT_STYLE = "color: #444444;"


class ReportView(QWidget):
    """A read-only table about one program's list, loaded in a worker when asked."""

    loaded = Signal()
    title = ""  # subclasses: the list's title in its Excel file (upper case, as official lists)

    def __init__(self, ctx: AppContext, model: RowsModel, name: str, widths: tuple[int, ...],
                 open_household: Callable[..., None] | None = None):  # fmt: skip
        super().__init__()
        self.ctx = ctx
        self.model = model
        self.program: programs_service.ProgramRow | None = None
        self.open_household = open_household
        self.stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.about = QLabel()
        self.about.setObjectName(f"{name}_about")
        self.about.setWordWrap(True)
        self.about.setStyleSheet(ABOUT_STYLE)
        layout.addWidget(self.about)
        self.table = table_view(model, name, widths)
        self.stack, self.hint = empty_state(self.table, f"{name}_hint")
        layout.addWidget(self.stack, 1)
        self.bar = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName(f"{name}_count")
        self.bar.addWidget(self.count)
        self.bar.addStretch(1)
        if open_household is not None:
            self.open_button = QPushButton(_("Open household"))
            self.open_button.clicked.connect(self.on_open)
            self.bar.addWidget(self.open_button)
            self.table.doubleClicked.connect(self.on_open)
        self.export_button = export_button(_("Save this table as an Excel file"), self.on_export)
        self.export_button.setObjectName(f"{name}_export")
        self.bar.addWidget(self.export_button)
        self.name = name
        layout.addLayout(self.bar)

    # subclasses
    def fetch(self, program_id: uuid.UUID) -> list[Any]:
        raise NotImplementedError

    def describe(self, program: programs_service.ProgramRow, rows: list[Any]) -> tuple[str, str]:
        """(the sentence above the table, the sentence instead of an empty table)."""
        raise NotImplementedError

    def show_program(self, program: programs_service.ProgramRow | None, visible: bool) -> None:
        """Note the program; load now if the report is on screen, else when it is shown."""
        self.program = program
        self.stale = True
        self.export_button.setEnabled(False)  # until its rows are shown
        if program is None:
            self.model.set_rows([])
            self.about.clear()
            self.count.clear()
            show_hint(self.stack, self.hint, _("Choose a program above."))
        elif visible:
            self.load()

    def load_if_stale(self) -> None:
        if self.stale and self.program is not None:
            self.load()

    def load(self) -> None:
        program = self.program
        if program is None:
            return
        self.stale = False
        self.count.setText(_("Loading…"))

        def done(rows: list[Any]) -> None:
            if self.program is None or self.program.id != program.id:
                return
            self.model.set_rows(rows)
            about, empty = self.describe(program, rows)
            self.about.setText(about)
            self.about.setVisible(bool(about))
            show_hint(self.stack, self.hint, None if rows else empty)
            self.count.setText(_("{n} rows").format(n=format_number(len(rows))) if rows else "")
            self.export_button.setEnabled(bool(rows))
            self.loaded.emit()

        self.ctx.tasks.read(lambda: self.fetch(program.id), done, owner=self)

    def selected(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def on_open(self, *_args) -> None:
        row = self.selected()
        if row is not None and self.open_household is not None:
            self.open_household(row.household_id)

    def on_export(self) -> None:
        if self.program is None or not self.model.rowCount():
            return
        program = _("Program: {name}").format(name=f"{self.program.code} {self.program.name}")
        export_table(self, self.ctx, self.export_button, exports.report_file_name(self.name),
                     self.model, _(self.title), [program])  # fmt: skip


class OmissionsView(ReportView):
    title = N_("HOUSEHOLDS THAT MAY BELONG ON THE LIST")

    def __init__(self, ctx: AppContext, open_household: Callable[..., None],
                 add_household: Callable[[str], None]):  # fmt: skip
        super().__init__(ctx, omissions_model(), "omissions", (90, 190, 130, 100),
                         open_household)  # fmt: skip
        self.add_household = add_household
        self.add_button = QPushButton(_("Add to the list…"))
        self.add_button.setObjectName("add_omitted")
        self.add_button.setToolTip(_("Put the chosen household on the list by hand, with the "
                                     "reason"))  # fmt: skip
        self.add_button.clicked.connect(self.on_add)
        self.bar.insertWidget(2, self.add_button)

    def fetch(self, program_id: uuid.UUID) -> list[rl.Omission]:
        return rl.omissions(self.ctx.db, program_id)

    def describe(self, program, rows) -> tuple[str, str]:
        now = sum(1 for o in rows if o.eligible_now)
        about = _("Households that are not on the list but may belong there, and why. First "
                  "those the rules select today (registered or changed after the list was "
                  "built or approved), then those taken off it, then near misses: an open need "
                  "the program's items meet, or one of its categories, but another rule fails.")  # fmt: skip
        if now:
            about = _("<b>Eligible now but not on the list: {n} households.</b>").format(
                n=format_number(now)) + " " + about  # fmt: skip
        return about, _("No omission: every household the rules select is on the list, and no "
                        "household with a matching need or category was left out.")  # fmt: skip

    def on_add(self) -> None:
        row = self.selected()
        if row is not None:
            self.add_household(row.household_code)


class OverlapsView(ReportView):
    title = N_("HOUSEHOLDS ALSO ON OTHER LISTS OF THE OVERLAP GROUP")

    def __init__(self, ctx: AppContext, open_household: Callable[..., None]):
        super().__init__(ctx, overlaps_model(), "overlaps", (90, 180, 110, 380, 180, 200),
                         open_household)  # fmt: skip
        # Below the exact overlaps: the duplicate engine's possible same persons, on demand.
        self.same = SamePersonsPanel(ctx, open_household)
        layout = self.layout()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                top_layout.addWidget(item.widget(), 1 if item.widget() is self.stack else 0)
            elif item.layout() is not None:
                top_layout.addLayout(item.layout())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.same)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

    def show_program(self, program: programs_service.ProgramRow | None, visible: bool) -> None:
        super().show_program(program, visible)
        self.same.show_program(program)

    def fetch(self, program_id: uuid.UUID) -> list:
        return rl.overlaps(self.ctx.db, program_id)

    def describe(self, program, rows) -> tuple[str, str]:
        if not program.overlap_group:
            return "", _("This program is in no overlap group, so it is not checked against "
                         "other programs. To check that nobody gets one season's gifts twice "
                         "from different organisations, give the programs of that season the "
                         "same overlap group (e.g. “Tết 2026”) with Edit….")  # fmt: skip
        about = _("Households of this list that another program of the overlap group “{group}” "
                  "also lists or has already given to, whatever its organisation — the same "
                  "household, or a member with the same ID number registered in another "
                  "household.").format(group=program.overlap_group)  # fmt: skip
        return about, _("No overlap: no household of this list is on another list of the group "
                        "“{group}”.").format(group=program.overlap_group)  # fmt: skip


class HistoryView(ReportView):
    title = N_("HISTORY OF THE LIST")

    def __init__(self, ctx: AppContext):
        super().__init__(ctx, history_model(), "history", (130, 110, 420, 70))

    def fetch(self, program_id: uuid.UUID) -> list:
        return list(reversed(rl.list_history(self.ctx.db, program_id)))

    def describe(self, program, rows) -> tuple[str, str]:
        return (_("Every step of the list, newest first: builds, changes by hand with their "
                  "reason, submission, approval, amendments (each a new list version) and "
                  "locking."),
                _("Nothing has happened to this list yet."))  # fmt: skip


def same_persons_model() -> RowsModel:
    def cell(x: list_duplicates.SamePerson, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return (_("Probably the same person") if x.level == "suggest"
                        else _("Needs a look")) + f" ({x.score})"  # fmt: skip
            if column in (1, 2):
                side = x.a if column == 1 else x.b
                where = side.row_code if side.on_this_list else _("{row} on {program}").format(
                    row=side.row_code, program=side.program)  # fmt: skip
                born = f", {side.born}" if side.born else ""
                return _("{name}{born} — household {code}, row {where}").format(
                    name=side.name, born=born, code=side.household_code, where=where)  # fmt: skip
            return x.explanation
        if role == Qt.ItemDataRole.UserRole:
            return x.key
        return None

    return RowsModel([_("How likely"), _("On this list"), _("The other record"), _("Why")], cell)


class SamePersonsPanel(QWidget):
    """Possible same persons across the list's households and the other lists of its
    overlap group (the duplicate engine), found on demand in a read worker with progress."""

    found = Signal()  # the pairs were computed (tests)
    duplicates_wanted = Signal(object)  # the Candidate: open the Duplicates page for it

    def __init__(self, ctx: AppContext, open_household: Callable[..., None] | None = None):
        super().__init__()
        self.ctx = ctx
        self.open_household = open_household
        self.program: programs_service.ProgramRow | None = None
        self.reason_dialog: ReasonDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        title = QLabel("<b>" + _("Possibly the same person in two households") + "</b>")
        bar.addWidget(title)
        bar.addStretch(1)
        self.find_button = QPushButton(_("Look for them"))
        self.find_button.setObjectName("find_same_persons")
        self.find_button.setToolTip(_("Compare the people of this list's households with each "
                                      "other and with the other lists of the overlap group: "
                                      "names typed differently, a CMND and a CCCD, a birth "
                                      "year off by one."))  # fmt: skip
        self.find_button.clicked.connect(self.find)
        bar.addWidget(self.find_button)
        layout.addLayout(bar)
        self.about = QLabel()
        self.about.setObjectName("same_persons_about")
        self.about.setWordWrap(True)
        self.about.setStyleSheet(ABOUT_STYLE)
        layout.addWidget(self.about)
        self.model = same_persons_model()
        self.table = table_view(self.model, "same_persons", (150, 300, 330))
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.remove_a = QPushButton()
        self.remove_a.setObjectName("remove_a")
        self.remove_a.clicked.connect(lambda: self.on_remove(0))
        self.remove_b = QPushButton()
        self.remove_b.setObjectName("remove_b")
        self.remove_b.clicked.connect(lambda: self.on_remove(1))
        self.open_button = QPushButton(_("Open the household on this list"))
        self.open_button.clicked.connect(self.on_open)
        self.duplicates_button = QPushButton(_("Decide on the Duplicates page…"))
        self.duplicates_button.setObjectName("to_duplicates")
        self.duplicates_button.setToolTip(_("Same person → merge the records; different people "
                                            "→ remembered, the pair is not shown again."))  # fmt: skip
        self.duplicates_button.clicked.connect(self.on_duplicates)
        self.export_button = export_button(_("Save the pairs found as an Excel file"),
                                           self.on_export)  # fmt: skip
        self.export_button.setObjectName("same_persons_export")
        for b in (self.remove_a, self.remove_b, self.open_button, self.duplicates_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        self.show_program(None)

    def show_program(self, program: programs_service.ProgramRow | None) -> None:
        if self.program is not None and program is not None and program.id == self.program.id:
            return  # the same list: what was found stays until looked for again
        self.program = program
        self.model.set_rows([])
        self.find_button.setEnabled(program is not None)
        self.about.setText(_("Not looked for yet: press “Look for them”. On a list of 100,000 "
                             "households this takes a while; the window stays usable.")
                           if program is not None else "")  # fmt: skip
        self._update_buttons()

    def find(self) -> None:
        program = self.program
        if program is None:
            return
        db, pid = self.ctx.db, program.id

        def work(progress):
            return list_duplicates.possible_same_persons(db, pid, progress)

        def done(pairs: list[list_duplicates.SamePerson]) -> None:
            if self.program is None or self.program.id != program.id:
                return
            self.model.set_rows(pairs)
            sure = sum(1 for x in pairs if x.level == "suggest")
            self.about.setText(_("{n} pairs ({sure} probably the same person). Take one of the "
                                 "two households off the list, or decide on the Duplicates "
                                 "page (a pair decided there is not shown again).").format(
                n=format_number(len(pairs)), sure=format_number(sure)) if pairs else _(
                "No one on this list looks like a person of another household on it or on "
                "the other lists of its overlap group."))  # fmt: skip
            if pairs:
                self.table.selectRow(0)
            self._update_buttons()
            self.found.emit()

        run_job(self, self.ctx, _("Looking for the same person in two households"), work, done)

    def selected(self) -> list_duplicates.SamePerson | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        x = self.selected()
        can_edit = self.ctx.actor.can_any("data_entry", "approver")
        for button, side in ((self.remove_a, x.a if x else None), (self.remove_b,
                                                                   x.b if x else None)):  # fmt: skip
            button.setVisible(side is None or side.on_this_list)
            button.setText(_("Take household {code} off the list…").format(code=side.household_code)
                           if side else _("Take off the list…"))  # fmt: skip
            button.setEnabled(side is not None and side.on_this_list and can_edit)
        self.open_button.setEnabled(x is not None and self.open_household is not None)
        self.duplicates_button.setEnabled(x is not None)
        self.export_button.setEnabled(self.model.rowCount() > 0)

    def on_export(self) -> None:
        if self.program is None or not self.model.rowCount():
            return
        program = _("Program: {name}").format(name=f"{self.program.code} {self.program.name}")
        export_table(self, self.ctx, self.export_button, exports.report_file_name("same"),
                     self.model, _("PERSONS POSSIBLY LISTED TWICE"), [program])  # fmt: skip

    def on_remove(self, which: int) -> ReasonDialog | None:
        x, program = self.selected(), self.program
        if x is None or program is None:
            return None
        side, other = (x.a, x.b) if which == 0 else (x.b, x.a)
        db, actor, pid = self.ctx.db, self.ctx.actor, program.id
        dialog = ReasonDialog(self, _("Remove from the list"), _(
            "Take household {code} ({name}, row {row}) off the list. {name} may be {other} of "
            "household {other_code} ({why}). Say why it is taken off:").format(
            code=side.household_code, name=side.name, row=side.row_code, other=other.name,
            other_code=other.household_code, why=x.explanation))  # fmt: skip
        dialog.setObjectName("same_person_reason")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def removed(_result: object) -> None:
            self.ctx.bus.notify(Changes(programs=True))
            rows = [r for r in self.model.rows if side.household_id not in
                    (r.a.household_id if r.a.on_this_list else None,
                     r.b.household_id if r.b.on_this_list else None)]  # fmt: skip
            self.model.set_rows(rows)
            self._update_buttons()

        def finished(result: int) -> None:
            if result == ReasonDialog.DialogCode.Accepted:
                reason = dialog.reason()
                self.ctx.tasks.write(lambda: rl.remove_from_list(db, actor, pid,
                                                                 side.household_id, reason),
                                     removed, lambda exc: show_error(self, exc), owner=self)  # fmt: skip

        dialog.finished.connect(finished)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def on_open(self) -> None:
        x = self.selected()
        if x is not None and self.open_household is not None:
            self.open_household(x.a.household_id)

    def on_duplicates(self) -> None:
        x = self.selected()
        if x is not None:
            self.duplicates_wanted.emit(x.candidate)
