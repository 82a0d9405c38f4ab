"""One household: its details, members and needs, edited together and saved at once."""

from __future__ import annotations

import uuid
from copy import deepcopy
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.dates import format_birth, format_date
from app.errors import FieldError, UserError
from app.i18n import _
from app.numbers import format_number
from app.services import households as hh
from app.services import office as office_service
from app.services import vocab
from app.ui.changes import Changes
from app.ui.context import AppContext
from app.ui.dialogs.member_dialog import MemberDialog
from app.ui.dialogs.need_dialog import NeedDialog
from app.ui.dialogs.possible_records import Dismissal, record_dismissals
from app.ui.dialogs.receipt_dialog import ReceivedTab
from app.ui.errors import show_error
from app.ui.widgets import (
    InlineErrors,
    ReasonDialog,
    error_banner,
    fill_combo,
    select_data,
)

ERROR_BACKGROUND = QBrush(QColor("#fde7e9"))
MUTED = QBrush(QColor("#888888"))


class _ListModel(QAbstractTableModel):
    """A small in-memory table over a list of drafts (a household has few rows)."""

    def __init__(self, columns: list[str], items: list[Any]):
        super().__init__()
        self.columns = columns
        self.items = items
        self.errors: dict[int, list[str]] = {}

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(item, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self.errors:
            return ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and index.row() in self.errors:
            return "\n".join(self.errors[index.row()])
        if role == Qt.ItemDataRole.ForegroundRole and self.muted(item):
            return MUTED
        return None

    def cell(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def muted(self, item: Any) -> bool:
        return False

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class MembersModel(_ListModel):
    def __init__(self, items: list[hh.MemberDraft], categories: dict[uuid.UUID, str]):
        super().__init__([_("Full name"), _("Relation"), _("Gender"), _("Born"), _("ID"),
                          _("Residence"), _("Categories")], items)  # fmt: skip
        self.categories = categories

    def cell(self, m: hh.MemberDraft, column: int) -> str:
        if column == 0:
            return _("{name} (removed)").format(name=m.full_name) if m.removed else m.full_name
        if column == 1:
            return vocab.label(vocab.RELATIONS, m.relation)
        if column == 2:
            return vocab.label(vocab.GENDERS, m.gender)
        if column == 3:
            return format_birth(m.birth_date, m.birth_year)
        if column == 4:
            return f"{m.id_type.upper()} {m.id_number}" if m.id_number else ""
        if column == 5:
            return vocab.label(vocab.RESIDENCE, m.residence_status)
        return ", ".join(self.categories.get(c, "") for c in m.category_ids)

    def muted(self, m: hh.MemberDraft) -> bool:
        return m.removed


class NeedsModel(_ListModel):
    def __init__(self, items: list[hh.NeedDraft], members: dict[uuid.UUID, str]):
        super().__init__([_("Need"), _("Quantity"), _("Urgency"), _("For"), _("Assessed"),
                          _("Status"), _("Note")], items)  # fmt: skip
        self.members = members

    def cell(self, n: hh.NeedDraft, column: int) -> str:
        if column == 0:
            return vocab.label(vocab.NEED_KINDS, n.kind)
        if column == 1:
            return (f"{format_number(n.quantity)} {vocab.label(vocab.UNITS, n.unit)}"
                    if n.quantity is not None else "")  # fmt: skip
        if column == 2:
            return vocab.label(vocab.URGENCIES, n.urgency)
        if column == 3:
            return self.members.get(n.person_id, _("The whole household")) if n.person_id \
                else _("The whole household")  # fmt: skip
        if column == 4:
            return f"{format_date(n.assessed_on)} — {n.assessed_by}"
        if column == 5:
            status = vocab.label(vocab.NEED_STATUSES, n.status)
            return f"{status}: {n.status_reason}" if n.status_reason else status
        return n.note

    def muted(self, n: hh.NeedDraft) -> bool:
        return n.status != "open"


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class HouseholdDialog(QDialog):
    def __init__(self, ctx: AppContext, draft: hh.HouseholdDraft,
                 hamlets: list[office_service.HamletInfo],
                 categories: list[office_service.CategoryInfo],
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.draft = deepcopy(draft)
        self._saved_state = deepcopy(draft)
        self.saving = False
        self.dismissed: list[tuple[hh.MemberDraft, list]] = []  # (member, candidates dismissed)
        is_new = draft.id is None
        self.setWindowTitle(_("New household") if is_new else
                            _("Household {code}").format(code=draft.code))  # fmt: skip
        self.resize(960, 680)
        self.categories = categories
        self.hamlets = hamlets
        layout = QVBoxLayout(self)

        self.banner = error_banner("errors")
        layout.addWidget(self.banner)
        if draft.voided:
            voided = QLabel(_("This household was voided: {reason}").format(
                reason=draft.void_reason))  # fmt: skip
            voided.setStyleSheet("background: #eeeeee; padding: 6px;")
            layout.addWidget(voided)

        top = QHBoxLayout()
        form = QFormLayout()
        self.errors = InlineErrors()
        self.code = QLineEdit(draft.code)
        self.code.setObjectName("code")
        form.addRow(_("Household code"), self.code)
        form.addRow("", self.errors.label_for("code"))
        hamlet_row = QHBoxLayout()
        self.hamlet = QComboBox()
        self.hamlet.setObjectName("hamlet")
        fill_combo(self.hamlet, [(h.name, h.id) for h in self.hamlets])
        self.hamlet.setPlaceholderText(_("Choose"))
        self.hamlet.setCurrentIndex(-1)
        if draft.hamlet_id:
            select_data(self.hamlet, draft.hamlet_id)
        add_hamlet = QPushButton(_("New hamlet…"))
        add_hamlet.clicked.connect(self.on_add_hamlet)
        hamlet_row.addWidget(self.hamlet, 1)
        hamlet_row.addWidget(add_hamlet)
        form.addRow(_("Hamlet *"), hamlet_row)
        form.addRow("", self.errors.label_for("hamlet"))
        self.address = QLineEdit(draft.address)
        self.address.setObjectName("address")
        form.addRow(_("Address"), self.address)
        form.addRow("", self.errors.label_for("address"))
        self.phone = QLineEdit(draft.phone)
        self.phone.setObjectName("household_phone")
        form.addRow(_("Household phone"), self.phone)
        form.addRow("", self.errors.label_for("phone"))
        self.declared_size = QSpinBox()
        self.declared_size.setObjectName("declared_size")
        self.declared_size.setRange(0, hh.MAX_DECLARED_SIZE)
        self.declared_size.setSpecialValueText(_("— (the members listed)"))
        self.declared_size.setValue(draft.declared_size or 0)
        self.declared_size.setToolTip(_("How many people live in the household, when a list "
                                        "gave the number without naming them all."))  # fmt: skip
        form.addRow(_("Number of members"), self.declared_size)
        self.note = QLineEdit(draft.note)
        self.note.setObjectName("household_note")
        form.addRow(_("Note"), self.note)
        top.addLayout(form, 3)
        group = QGroupBox(_("Categories of the household"))
        grid = QGridLayout(group)
        self.category_boxes: dict[uuid.UUID, QCheckBox] = {}
        for i, cat in enumerate(c for c in self.categories if c.scope == "household"):
            box = QCheckBox(cat.name)
            box.setChecked(cat.id in draft.category_ids)
            self.category_boxes[cat.id] = box
            grid.addWidget(box, i, 0)
        top.addWidget(group, 2)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        names = {c.id: c.name for c in self.categories}
        self.members_model = MembersModel(self.draft.members, names)
        self.members_view = _table(self.members_model, "members")
        self.members_view.doubleClicked.connect(lambda _i: self.on_edit_member())
        member_buttons = [
            (_("Add member"), self.on_add_member, "add_member"),
            (_("Edit…"), self.on_edit_member, "edit_member"),
            (_("Set as head"), self.on_set_head, "set_head"),
            (_("Remove from household…"), self.on_remove_member, "remove_member"),
        ]
        self.tabs.addTab(self._tab(self.members_view, member_buttons), "")
        self.needs_model = NeedsModel(self.draft.needs, self._member_names())
        self.needs_view = _table(self.needs_model, "needs")
        self.needs_view.doubleClicked.connect(lambda _i: self.on_edit_need())
        need_buttons = [
            (_("Record a need"), self.on_add_need, "add_need"),
            (_("Edit…"), self.on_edit_need, "edit_need"),
            (_("Mark met…"), self.on_need_met, "need_met"),
            (_("Cancel need…"), self.on_need_cancelled, "need_cancelled"),
            (_("Reopen"), self.on_need_reopen, "need_reopen"),
        ]
        self.tabs.addTab(self._tab(self.needs_view, need_buttons), "")
        if draft.id is not None:  # what it received from every program, read in the background
            head = next((m.full_name for m in draft.members if m.relation == "head"), "")
            who = _("Household {code}: {head}").format(code=draft.code, head=head)
            self.received_tab = ReceivedTab(ctx, draft.id, who)
            self.received_tab.loaded.connect(
                lambda n: self.tabs.setTabText(2, _("Received ({n})").format(n=n))
            )
            self.tabs.addTab(self.received_tab, _("Received"))
        layout.addWidget(self.tabs, 1)
        self._update_tab_titles()

        buttons = QHBoxLayout()
        self.void_button = QPushButton(_("Void household…"))
        self.void_button.setVisible(not is_new and not draft.voided)
        self.void_button.clicked.connect(self.on_void)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        self.save_button = QPushButton(_("Save (Ctrl+S)"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.on_save)
        self.close_button = QPushButton(_("Close"))
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.on_save)
        if draft.voided:
            for w in (self.save_button, self.tabs, self.code, self.hamlet, self.address,
                      self.phone, self.declared_size, self.note, group):  # fmt: skip
                w.setEnabled(False)
        if is_new and self.draft.members:
            self.members_view.selectRow(0)

    def _tab(self, view: QTableView, buttons: list) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        for text, slot, name in buttons:
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(view)
        return page

    def _update_tab_titles(self) -> None:
        live = sum(not m.removed for m in self.draft.members)
        open_needs = sum(n.status == "open" for n in self.draft.needs)
        self.tabs.setTabText(0, _("Members ({n})").format(n=live))
        self.tabs.setTabText(1, _("Needs ({n} open)").format(n=open_needs))

    def _member_names(self) -> dict[uuid.UUID, str]:
        return {m.id: m.full_name for m in self.draft.members if m.id}

    def show_needs_tab(self) -> None:
        self.tabs.setCurrentIndex(1)

    # --- household fields -----------------------------------------------------

    def collect(self) -> hh.HouseholdDraft:
        d = self.draft
        d.code = self.code.text()
        d.hamlet_id = self.hamlet.currentData()
        d.address = self.address.text()
        d.phone = self.phone.text()
        d.declared_size = self.declared_size.value() or None
        d.note = self.note.text()
        d.category_ids = {cid for cid, box in self.category_boxes.items() if box.isChecked()}
        return d

    def is_dirty(self) -> bool:
        return self.collect() != self._saved_state

    def on_add_hamlet(self) -> None:
        name, ok = QInputDialog.getText(self, _("New hamlet"), _("Name of the hamlet or "
                                                                  "residential group:"))  # fmt: skip
        if not ok or not name.strip():
            return

        def added(hamlet: office_service.HamletInfo) -> None:
            self.hamlet.addItem(hamlet.name, hamlet.id)
            select_data(self.hamlet, hamlet.id)
            self.ctx.bus.notify(Changes(hamlets=True))

        db, user = self.ctx.db, self.ctx.user
        self.ctx.tasks.write(lambda: office_service.add_hamlet(db, user, name), added,
                             lambda exc: show_error(self, exc), owner=self)  # fmt: skip

    # --- members --------------------------------------------------------------

    def _selected(self, view: QTableView) -> int:
        return view.currentIndex().row()

    def _open_member(self, member: hh.MemberDraft, on_done) -> MemberDialog:
        dialog = MemberDialog(self.ctx, member, self.categories, self, household_id=self.draft.id,
                              hamlet_id=self.hamlet.currentData())  # fmt: skip
        for m, found in self.dismissed:  # dismissed when this member was edited before
            if m is member:
                dialog.possible.dismissed.extend(found)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.result_member is not None:
                on_done(dialog.result_member)
                # "A different person": recorded when the household is saved.
                self.dismissed = [(m, f) for m, f in self.dismissed if m is not member]
                if dialog.dismissed:
                    self.dismissed.append((dialog.result_member, dialog.dismissed))
                self.members_model.errors.clear()
                self.members_model.refresh()
                self._update_tab_titles()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def on_add_member(self) -> MemberDialog:
        live = [m for m in self.draft.members if not m.removed]
        relation = "head" if not any(m.relation == "head" for m in live) else "child"
        head = next((m for m in live if m.relation == "head"), None)
        member = hh.MemberDraft(relation=relation)
        if head is not None:
            member.residence_status = head.residence_status
        return self._open_member(member, self.draft.members.append)

    def on_edit_member(self) -> MemberDialog | None:
        row = self._selected(self.members_view)
        if row < 0 or self.draft.members[row].removed:
            return None

        def replace_member(m: hh.MemberDraft) -> None:
            self.draft.members[row] = m

        return self._open_member(self.draft.members[row], replace_member)

    def on_set_head(self) -> None:
        row = self._selected(self.members_view)
        if row < 0 or self.draft.members[row].removed:
            return
        new_head = self.draft.members[row]
        if new_head.relation == "head":
            return
        old = [m for m in self.draft.members if m.relation == "head" and not m.removed]
        if old:
            labels = [vocab.label(vocab.RELATIONS, r) for r in vocab.RELATIONS if r != "head"]
            codes = [r for r in vocab.RELATIONS if r != "head"]
            choice, ok = QInputDialog.getItem(
                self, _("Set as head"),
                _("{name} becomes the head. What is {old} to the new head?").format(
                    name=new_head.full_name, old=old[0].full_name),
                labels, 0, False,
            )  # fmt: skip
            if not ok:
                return
            for m in old:
                m.relation = codes[labels.index(choice)]
        new_head.relation = "head"
        self.members_model.refresh()

    def on_remove_member(self) -> None:
        row = self._selected(self.members_view)
        if row < 0:
            return
        member = self.draft.members[row]
        if member.removed:
            return
        if member.id is None:  # never saved: simply take it out of the form
            del self.draft.members[row]
            self.members_model.refresh()
            self._update_tab_titles()
            return
        dialog = ReasonDialog(self, _("Remove member"), _(
            "Remove {name} from this household? The record is kept. Type the reason "
            "(e.g. moved away, died, registered twice):").format(name=member.full_name))  # fmt: skip

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                member.removed = True
                member.remove_reason = dialog.reason()
                self.members_model.refresh()
                self._update_tab_titles()

        dialog.finished.connect(done)
        dialog.open()

    # --- needs ----------------------------------------------------------------

    def _open_need(self, need: hh.NeedDraft, on_done) -> NeedDialog:
        members = [(m.full_name, m.id) for m in self.draft.members if m.id and not m.removed]
        dialog = NeedDialog(need, members, self)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.result_need is not None:
                on_done(dialog.result_need)
                self.needs_model.members = self._member_names()
                self.needs_model.refresh()
                self._update_tab_titles()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def on_add_need(self) -> NeedDialog:
        last = next((n.assessed_by for n in reversed(self.draft.needs) if n.assessed_by), "")
        return self._open_need(hh.NeedDraft(assessed_by=last or self.ctx.user),
                               self.draft.needs.append)  # fmt: skip

    def on_edit_need(self) -> NeedDialog | None:
        row = self._selected(self.needs_view)
        if row < 0:
            return None

        def replace_need(n: hh.NeedDraft) -> None:
            self.draft.needs[row] = n

        return self._open_need(self.draft.needs[row], replace_need)

    def _set_need_status(self, status: str, title: str, prompt: str, required: bool) -> None:
        row = self._selected(self.needs_view)
        if row < 0:
            return
        need = self.draft.needs[row]
        dialog = ReasonDialog(self, title, prompt, required=required)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                need.status = status
                need.status_reason = dialog.reason()
                need.status_on = date.today()
                self.needs_model.refresh()
                self._update_tab_titles()

        dialog.finished.connect(done)
        dialog.open()

    def on_need_met(self) -> None:
        self._set_need_status(
            "met", _("Need met"), _("How was it met? (optional, e.g. the receipt number)"), False
        )

    def on_need_cancelled(self) -> None:
        self._set_need_status("cancelled", _("Cancel need"), _("Why is this need cancelled?"), True)

    def on_need_reopen(self) -> None:
        row = self._selected(self.needs_view)
        if row >= 0:
            need = self.draft.needs[row]
            need.status, need.status_reason, need.status_on = "open", "", None
            self.needs_model.refresh()
            self._update_tab_titles()

    # --- saving ---------------------------------------------------------------

    def show_errors(self, errors: list[FieldError]) -> None:
        rest = self.errors.show([e for e in errors if e.member is None])
        self.members_model.errors = {}
        lines = []
        for e in errors:
            if e.member is not None:
                self.members_model.errors.setdefault(e.member, []).append(e.message)
                name = self.draft.members[e.member].full_name or _("(no name)")
                lines.append(_("Member {n} ({name}): {message}").format(
                    n=e.member + 1, name=name, message=e.message))  # fmt: skip
        lines = [e.message for e in rest] + lines
        self.members_model.refresh()
        if lines:
            self.banner.setText(_("Please correct:") + "\n• " + "\n• ".join(lines))
            self.banner.show()
        elif errors:
            self.banner.setText(_("Please correct the fields marked in red."))
            self.banner.show()
        else:
            self.banner.hide()

    def on_save(self) -> None:
        if self.saving or not self.save_button.isEnabled():
            return
        draft = deepcopy(self.collect())
        errors = hh.validate_household(draft)
        self.show_errors(errors)
        if errors:
            return
        self.saving = True
        self.save_button.setEnabled(False)
        self.save_button.setText(_("Saving…"))
        self._dismissals = [
            Dismissal(m.id, m.full_name, tuple(c for member, found in self.dismissed
                                               if member is m for c in found))
            for m in self.draft.members
            if not m.removed and any(member is m for member, _found in self.dismissed)
        ]  # fmt: skip
        self._members_before = {m.id for m in draft.members if m.id}
        self.ctx.tasks.write(lambda: hh.save_household(self.ctx.db, self.ctx.user, draft),
                             self._on_saved, self._on_save_failed)  # fmt: skip

    def _on_saved(self, saved: hh.SavedHousehold) -> None:
        self.saving = False
        if self._dismissals:
            db, actor, dismissals, before = (self.ctx.db, self.ctx.actor, self._dismissals,
                                             self._members_before)  # fmt: skip
            self.ctx.tasks.write(lambda: record_dismissals(db, actor, saved.id, before,
                                                           dismissals))  # fmt: skip
        self._saved_state = deepcopy(self.draft)
        self.ctx.bus.notify(Changes(households=True, needs=True))
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.save_button.setText(_("Save (Ctrl+S)"))
        if isinstance(exc, UserError) and exc.field_errors:
            self.show_errors(exc.field_errors)
        else:
            show_error(self, exc)

    def on_void(self) -> None:
        dialog = ReasonDialog(self, _("Void household"), _(
            "Void household {code}? It stays in the records but leaves every list and search. "
            "Type the reason (e.g. moved away, registered twice):").format(code=self.draft.code))  # fmt: skip
        household_id = self.draft.id

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                reason = dialog.reason()
                self.ctx.tasks.write(
                    lambda: hh.void_household(self.ctx.db, self.ctx.user, household_id, reason),
                    self._on_voided)  # fmt: skip

        dialog.finished.connect(done)
        dialog.open()

    def _on_voided(self, _result: object) -> None:
        self.ctx.bus.notify(Changes(households=True, needs=True))
        self._saved_state = deepcopy(self.collect())
        self.accept()

    def reject(self) -> None:
        """Escape / Close: ask before throwing away unsaved changes."""
        if self.saving:
            return
        if self.is_dirty():
            answer = QMessageBox.question(
                self, _("Unsaved changes"), _("Close without saving your changes?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        event.ignore()
        self.reject()
