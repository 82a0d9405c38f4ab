"""A program's recipient list on the Programs page: filters, the paged table, its actions, totals."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import N_, _
from app.numbers import format_number
from app.services import distribution
from app.services import office as office_service
from app.services import programs as programs_service
from app.services import recipient_lists as rl
from app.services.roles import ROLES
from app.ui.changes import Changes
from app.ui.context import AppContext
from app.ui.dialogs.print_dialog import PrintDialog, open_print_dialog
from app.ui.errors import show_error
from app.ui.jobs import run_job
from app.ui.pages.household_picker import AddHouseholdDialog
from app.ui.pages.program_models import RecipientListModel
from app.ui.tables import table_view
from app.ui.widgets import ReasonDialog, fill_combo, find_data

SEARCH_DELAY_MS = 250
HINT_STYLE = "color: #555555; padding: 24px;"
REASON_WIDTH = 560
TOTALS_STYLE = "padding: 6px; background: #f3f7f0;"


def advance_label(status: str) -> str:
    """The label of the button that moves the list on, by its status now."""
    return {"draft": _("Submit for approval"), "submitted": _("Approve"),
            "approved": _("Lock")}.get(status, _("Locked"))  # fmt: skip


def program_items(db, program_id: uuid.UUID) -> list[programs_service.ItemInfo]:
    """The items of a program's norms, in the norms' order."""
    draft = programs_service.load_program(db, program_id)
    items = programs_service.items_by_id(db)
    return [items[n.item_id] for n in draft.norms if n.item_id in items]


def empty_state(widget: QWidget, name: str) -> tuple[QStackedWidget, QLabel]:
    """A stack showing `widget`, or a helpful sentence in its place when there is nothing."""
    stack = QStackedWidget()
    stack.addWidget(widget)
    hint = QLabel()
    hint.setObjectName(name)
    hint.setWordWrap(True)
    hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
    hint.setStyleSheet(HINT_STYLE)
    stack.addWidget(hint)
    return stack, hint


def show_hint(stack: QStackedWidget, hint: QLabel, text: str | None) -> None:
    hint.setText(text or "")
    stack.setCurrentIndex(1 if text else 0)


PRINT_TIP = N_(
    "The list for signature, the public posting list or the receipts: preview, print, "
    "save as PDF or Excel (Ctrl+P)"
)


class RecipientListPanel(QWidget):
    built = Signal(object)  # the BuildResult, after the summary is shown (tests)

    def __init__(self, ctx: AppContext, open_household: Callable[..., None]):
        super().__init__()
        self.ctx = ctx
        self.open_household = open_household
        self.program: programs_service.ProgramRow | None = None
        self.items: list[programs_service.ItemInfo] = []
        self.summary_box: QMessageBox | None = None
        self._fitted = False
        self.confirm_box: QMessageBox | None = None
        self.reason_dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("list_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_("Search: row code, household code or head's name"))
        bar.addWidget(self.search, 3)
        self.hamlet = QComboBox()
        self.hamlet.setObjectName("list_hamlet")
        bar.addWidget(self.hamlet, 1)
        self.state = QComboBox()
        self.state.setObjectName("list_state")
        fill_combo(self.state, [(_("Waiting"), "waiting"), (_("Received"), "received"),
                                (_("Taken off the list"), "removed")],
                   first=_("On the list"))  # fmt: skip
        bar.addWidget(self.state, 1)
        self.count = QLabel()
        self.count.setObjectName("list_count")
        bar.addWidget(self.count)
        layout.addLayout(bar)

        actions = QHBoxLayout()
        self.build_button = QPushButton(_("Build the list"))
        self.build_button.setObjectName("build_list")
        self.build_button.setToolTip(_("Propose every eligible household with its entitlements; "
                                       "run again to bring a draft list up to date"))  # fmt: skip
        self.advance_button = QPushButton(_("Submit for approval"))
        self.advance_button.setObjectName("advance_list")
        self.return_button = QPushButton(_("Send back…"))
        self.return_button.setObjectName("return_list")
        self.return_button.setToolTip(_("Send the submitted list back to draft, saying what to "
                                        "correct"))  # fmt: skip
        self.add_button = QPushButton(_("Add household…"))
        self.add_button.setObjectName("add_household")
        self.remove_button = QPushButton(_("Remove from the list…"))
        self.remove_button.setObjectName("remove_household")
        self.print_button = QPushButton(_("Print…"))
        self.print_button.setObjectName("print_list")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        for b in (self.build_button, self.advance_button, self.return_button, self.add_button,
                  self.remove_button):  # fmt: skip
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        layout.addLayout(actions)

        self.model = RecipientListModel(ctx.tasks)
        self.table = table_view(self.model, "recipient_list")
        self.stack, self.hint = empty_state(self.table, "list_hint")
        layout.addWidget(self.stack, 1)
        self.totals = QLabel()
        self.totals.setObjectName("list_totals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setStyleSheet(TOTALS_STYLE)
        layout.addWidget(self.totals)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.reload)
        self.hamlet.currentIndexChanged.connect(self.reload)
        self.state.currentIndexChanged.connect(self.reload)
        self.build_button.clicked.connect(self.on_build)
        self.advance_button.clicked.connect(self.on_advance)
        self.return_button.clicked.connect(self.on_return)
        self.add_button.clicked.connect(self.on_add)
        self.remove_button.clicked.connect(self.on_remove)
        self.print_button.clicked.connect(self.on_print)
        self.table.doubleClicked.connect(self.on_open)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self.load_hamlets()
        self.show_program(None)

    # --- loading ----------------------------------------------------------------------

    def load_hamlets(self) -> None:
        def done(hamlets: list[office_service.HamletInfo]) -> None:
            current = self.hamlet.currentData()
            self.hamlet.blockSignals(True)
            fill_combo(self.hamlet, [(h.name, h.id) for h in hamlets], first=_("All hamlets"))
            self.hamlet.setCurrentIndex(max(find_data(self.hamlet, current), 0))
            self.hamlet.blockSignals(False)

        self.ctx.tasks.read(lambda: office_service.list_hamlets(self.ctx.db), done, owner=self)

    def query(self) -> rl.ListQuery:
        return rl.ListQuery(self.hamlet.currentData(), self.state.currentData(),
                            self.search.text().strip())  # fmt: skip

    def show_program(self, program: programs_service.ProgramRow | None) -> None:
        """Show (or refresh) a program's list; None: nothing chosen."""
        self.program = program
        self._update_actions()
        if program is None:
            self.model.clear()
            self.totals.hide()
            self.count.clear()
            show_hint(self.stack, self.hint, _("Choose a program above to see its recipient list."))
            return
        self.totals.show()
        db, pid = self.ctx.db, program.id

        def loaded(items: list[programs_service.ItemInfo]) -> None:
            if self.program is None or self.program.id != pid:
                return
            self.items = items
            self.reload()

        self.ctx.tasks.read(lambda: program_items(db, pid), loaded, owner=self)

    def reload(self) -> None:
        self._search_timer.stop()
        if self.program is None:
            return
        db, pid, query, program = self.ctx.db, self.program.id, self.query(), self.program
        columns = len(self.model.columns)
        self.model.show_list(db, pid, self.items, query)
        if len(self.model.columns) != columns or not self._fitted:
            self._fit_columns()
        self.count.setText(_("Loading…"))

        def counted(n: int) -> None:
            if self.program is None or self.program.id != pid or query != self.query():
                return
            self.count.setText(_("{n} rows").format(n=format_number(n)))
            filtered = query != rl.ListQuery()
            if n:
                show_hint(self.stack, self.hint, None)
            elif filtered:
                show_hint(self.stack, self.hint, _("No row of the list matches the search and "
                                                   "filters above."))  # fmt: skip
            elif program.list_status == "draft":
                show_hint(self.stack, self.hint, _(
                    "The list is empty. Press “Build the list” to propose every household the "
                    "program's rules select, with what each is entitled to; then check it, add "
                    "or remove households with a reason, and submit it for approval."))  # fmt: skip
            else:
                show_hint(self.stack, self.hint, _("Nobody is on this list."))

        self.ctx.tasks.read(lambda: rl.count_rows(db, pid, query), counted, owner=self)
        self.totals.setText(_("Loading…"))
        self.ctx.tasks.read(lambda: distribution.program_progress(db, pid),
                            lambda p: self._show_totals(pid, p), owner=self)  # fmt: skip

    def _fit_columns(self) -> None:
        """Widths for Vietnamese names and hamlets; the reason takes what is left."""
        self._fitted = True
        n = len(self.model.items)
        widths = [105, 75, 180, 120, 65, *([110] * n), 150]
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    def _show_totals(self, pid: uuid.UUID, p: distribution.ProgramProgress) -> None:
        if self.program is None or self.program.id != pid:
            return
        text = _("<b>{h} households, {p} persons</b> on the list.").format(
            h=format_number(p.households_listed), p=format_number(p.persons_listed))  # fmt: skip
        order = {item.id: n for n, item in enumerate(self.items)}  # as the norms list them
        items = sorted(p.items, key=lambda i: order.get(i.item_id, len(order)))
        planned = [f"{escape(i.name)} {escape(programs_service.quantity_text(i.planned, i.unit))}"
                   for i in items]  # fmt: skip
        if planned:
            text += " " + _("Planned:") + " " + "; ".join(planned) + "."
        if p.households_received:
            given = [f"{escape(i.name)} {escape(programs_service.quantity_text(i.given, i.unit))}"
                     for i in items]  # fmt: skip
            text += "<br>" + _("Received so far: {h} households ({p} persons);").format(
                h=format_number(p.households_received), p=format_number(p.persons_received)) \
                + " " + "; ".join(given) + "."  # fmt: skip
        self.totals.setText(text)

    # --- what may be done now -----------------------------------------------------------

    def selected_row(self) -> rl.ListRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_actions(self) -> None:
        p, actor = self.program, self.ctx.actor
        status = p.list_status if p else ""
        for w in (self.search, self.hamlet, self.state):
            w.setEnabled(p is not None)
        self.build_button.setEnabled(status == "draft" and actor.can("data_entry"))
        self.build_button.setVisible(status in ("", "draft"))
        self.advance_button.setText(advance_label(status) if p else _("Submit for approval"))
        flow = rl.LIST_FLOW.get(status)
        self.advance_button.setEnabled(flow is not None and actor.can(flow[1]))
        if flow is not None and not actor.can(flow[1]):
            self.advance_button.setToolTip(_("Needs the role “{role}”.").format(
                role=_(ROLES[flow[1]])))  # fmt: skip
        elif status == "locked":
            self.advance_button.setToolTip(_("A locked list can no longer change."))
        else:
            self.advance_button.setToolTip("")
        self.return_button.setVisible(status == "submitted")
        self.return_button.setEnabled(status == "submitted" and actor.can("approver"))
        editable, why = self.editable()
        row = self.selected_row()
        self.add_button.setEnabled(editable)
        self.print_button.setEnabled(p is not None and p.households > 0)
        self.print_button.setToolTip(_(PRINT_TIP) if p is None or p.households else
                                     _("The list has no households yet: build it first."))  # fmt: skip
        self.remove_button.setEnabled(editable and row is not None)
        putting_back = row is not None and row.status != "listed"
        self.remove_button.setText(_("Put back…") if putting_back else _("Remove from the list…"))
        for b in (self.add_button, self.remove_button):
            b.setToolTip(why)

    def editable(self) -> tuple[bool, str]:
        """Whether the actor may add or remove households now, and if not, why."""
        p, actor = self.program, self.ctx.actor
        if p is None:
            return False, ""
        if p.list_status == "draft":
            return actor.can("data_entry"), _("Needs the role “{role}”.").format(
                role=_(ROLES["data_entry"]))  # fmt: skip
        if p.list_status == "approved":
            return actor.can("approver"), _(
                "The list is approved: only an approver may amend it.")  # fmt: skip
        if p.list_status == "submitted":
            return False, _("The list is waiting for approval; the approver can send it back "
                            "to draft for changes.")  # fmt: skip
        return False, _("A locked list can no longer change.")

    def amendment_note(self) -> str:
        """For an approved list: an edit is an amendment with a new version number."""
        if self.program is None or self.program.list_status != "approved":
            return ""
        return _("The list is approved: this change is an amendment, recorded with your reason "
                 "as list version {n}.").format(n=self.program.list_version + 1)  # fmt: skip

    # --- actions ------------------------------------------------------------------------

    def _write(self, fn: Callable[[], object], done: Callable[[object], None] | None = None
               ) -> None:  # fmt: skip
        def ok(result: object) -> None:
            self.ctx.bus.notify(Changes(programs=True))
            if done is not None:
                done(result)

        self.ctx.tasks.write(fn, ok, lambda exc: show_error(self, exc), owner=self)

    def on_print(self) -> PrintDialog | None:
        if self.program is None:
            return None
        p = self.program
        self.print_dialog = open_print_dialog(self, self.ctx, p.id, p.code, p.name,
                                              self.hamlet.currentData())  # fmt: skip
        return self.print_dialog

    def on_build(self) -> None:
        if self.program is None:
            return
        db, actor, pid = self.ctx.db, self.ctx.actor, self.program.id

        def build(progress) -> tuple[rl.BuildResult, dict]:
            return rl.build_list(db, actor, pid, progress), programs_service.items_by_id(db)

        run_job(self, self.ctx, _("Building the list…"), build,
                lambda result: self._on_built(*result), write=True,
                on_error=lambda exc: show_error(self, exc))  # fmt: skip

    def _on_built(self, r: rl.BuildResult, by_id: dict[uuid.UUID, programs_service.ItemInfo]
                  ) -> None:  # fmt: skip
        self.ctx.bus.notify(Changes(programs=True))
        lines = [
            _("{n} households are on the list ({p} persons).").format(
                n=format_number(r.listed), p=format_number(r.persons)),
            _("Added: {a}. Dropped because the rules no longer select them: {d}.").format(
                a=format_number(r.added), d=format_number(r.dropped)),
        ]  # fmt: skip
        if r.updated:
            lines.append(_("Brought up to date with the registry: {n}.").format(
                n=format_number(r.updated)))  # fmt: skip
        if r.kept_by_hand:
            lines.append(_("Left as decided by hand: {n}.").format(n=format_number(r.kept_by_hand)))
        totals = [f"{by_id[i].name}: {by_id[i].text(q)}" for i, q in r.totals.items() if i in by_id]
        if totals:
            lines.append(_("Planned in total:") + " " + "; ".join(totals) + ".")
        box = QMessageBox(QMessageBox.Icon.Information, _("The list is built"), "\n".join(lines),
                          QMessageBox.StandardButton.Ok, self)  # fmt: skip
        box.setObjectName("build_summary")
        box.setInformativeText(_("Check the list, see the Omissions and Overlaps tabs, then "
                                 "submit it for approval."))  # fmt: skip
        self.summary_box = box
        box.open()
        self.built.emit(r)

    def on_advance(self) -> None:
        p = self.program
        if p is None:
            return
        texts = {
            "draft": _("Submit the list of “{name}” for approval? While it waits it cannot be "
                       "changed; the approver can approve it or send it back."),
            "submitted": _("Approve the list of “{name}”? After approval it changes only by "
                           "amendments, each recorded with its reason and a new list version."),
            "approved": _("Lock the list of “{name}”? A locked list can never change again, "
                          "not even by an amendment."),
        }  # fmt: skip
        if p.list_status not in texts:
            show_error(self, UserError(_("The list of “{name}” is locked; nothing more can "
                                         "change.").format(name=p.name)))  # fmt: skip
            return
        box = QMessageBox(QMessageBox.Icon.Question, advance_label(p.list_status),
                          texts[p.list_status].format(name=p.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)  # fmt: skip
        box.setObjectName("confirm_advance")
        box.button(QMessageBox.StandardButton.Yes).setText(advance_label(p.list_status))
        box.button(QMessageBox.StandardButton.Cancel).setText(_("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        db, actor, pid = self.ctx.db, self.ctx.actor, p.id

        def answered(button) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self._write(lambda: rl.advance_list(db, actor, pid))

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()

    def _ask_reason(self, title: str, prompt: str, on_reason: Callable[[str], None]) -> None:
        dialog = ReasonDialog(self, title, prompt)
        dialog.setObjectName("list_reason")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A top-level dialog does not give a wrapped label the height of all its lines.
        dialog.resize(REASON_WIDTH, dialog.height())
        margins = dialog.layout().contentsMargins()
        for label in dialog.findChildren(QLabel):
            label.setMinimumHeight(
                label.heightForWidth(REASON_WIDTH - margins.left() - margins.right())
            )

        def done(result: int) -> None:
            if result == ReasonDialog.DialogCode.Accepted:
                on_reason(dialog.reason())

        dialog.finished.connect(done)
        self.reason_dialog = dialog
        dialog.open()

    def on_return(self) -> None:
        if self.program is None:
            return
        db, actor, pid = self.ctx.db, self.ctx.actor, self.program.id
        self._ask_reason(
            _("Send the list back"),
            _("Send the list of “{name}” back to draft. Say what should be corrected:").format(
                name=self.program.name),
            lambda reason: self._write(lambda: rl.return_list(db, actor, pid, reason)),
        )  # fmt: skip

    def on_add(self) -> None:
        if self.program is None:
            return
        self.add_household()

    def add_household(self, search: str = "") -> AddHouseholdDialog | None:
        """Choose a household (`search`: e.g. its code) and say why it is added by hand."""
        p = self.program
        if p is None:
            return None
        dialog = AddHouseholdDialog(self.ctx, p, self.amendment_note(), search, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        db, actor = self.ctx.db, self.ctx.actor

        def done(result: int) -> None:
            if result == AddHouseholdDialog.DialogCode.Accepted and dialog.household_id:
                hid, reason = dialog.household_id, dialog.reason()
                self._write(lambda: rl.add_to_list(db, actor, p.id, hid, reason))

        dialog.finished.connect(done)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def on_remove(self) -> None:
        row, p = self.selected_row(), self.program
        if row is None or p is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        note = self.amendment_note()
        if row.status != "listed":
            prompt = _("Put household {code} ({name}) back on the list. It was taken off: "
                       "{why}. Say why it goes back:").format(
                code=row.household_code, name=row.head_name, why=row.reason)  # fmt: skip
            self._ask_reason(_("Put back on the list"), f"{note}\n\n{prompt}" if note else prompt,
                             lambda reason: self._write(lambda: rl.add_to_list(
                                 db, actor, p.id, row.household_id, reason)))  # fmt: skip
            return
        prompt = _("Take household {code} ({name}, row {row}) off the list. Say why (e.g. moved "
                   "away, already helped by another program):").format(
            code=row.household_code, name=row.head_name, row=row.code)  # fmt: skip
        self._ask_reason(_("Remove from the list"), f"{note}\n\n{prompt}" if note else prompt,
                         lambda reason: self._write(lambda: rl.remove_from_list(
                             db, actor, p.id, row.household_id, reason)))  # fmt: skip

    def on_open(self, index) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_household(row.household_id)
