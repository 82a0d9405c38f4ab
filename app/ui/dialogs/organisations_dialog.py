"""Organisations that run programs or give: list, add, rename."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import _
from app.services import exports, vocab
from app.services import programs as programs_service
from app.ui.changes import Changes
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.exporting import whole_list_button
from app.ui.tables import RowsModel
from app.ui.widgets import InlineErrors, button_row, error_label, select_data, vocab_combo


class OrganisationDialog(QDialog):
    """Add one organisation or change its name, kind and note; saves it itself."""

    saved = Signal(object)  # the organisation's id

    def __init__(self, ctx: AppContext, org: programs_service.OrganisationInfo | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.org = org
        self.saved_id: uuid.UUID | None = None
        self.saving = False
        self.setObjectName("organisation_dialog")
        self.setWindowTitle(_("New organisation") if org is None else _("Organisation"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.banner = error_label()
        self.banner.setObjectName("errors")
        layout.addWidget(self.banner)
        form = QFormLayout()
        self.errors = InlineErrors()
        self.name = QLineEdit(org.name if org else "")
        self.name.setObjectName("name")
        self.name.setPlaceholderText(_("e.g. Hội Chữ thập đỏ xã"))
        form.addRow(_("Name *"), self.name)
        form.addRow("", self.errors.label_for("name"))
        self.kind = vocab_combo(vocab.ORGANISATION_KINDS)
        self.kind.setObjectName("kind")
        select_data(self.kind, org.kind if org else "fatherland_front")
        form.addRow(_("Kind *"), self.kind)
        self.note = QLineEdit(org.note if org else "")
        self.note.setObjectName("note")
        self.note.setPlaceholderText(_("e.g. a contact person and phone"))
        form.addRow(_("Note"), self.note)
        layout.addLayout(form)
        buttons, self.ok = button_row(self, self.on_ok, _("Save"))
        layout.addWidget(buttons)

    def on_ok(self) -> None:
        if self.saving:
            return
        self.saving = True
        self.ok.setEnabled(False)
        db, actor = self.ctx.db, self.ctx.actor
        name, kind, note = self.name.text(), self.kind.currentData(), self.note.text()
        org_id = self.org.id if self.org else None
        self.ctx.tasks.write(
            lambda: programs_service.save_organisation(db, actor, name, kind, note, org_id),
            self._on_saved, self._on_failed, owner=self)  # fmt: skip

    def _on_saved(self, org_id: uuid.UUID) -> None:
        self.saving = False
        self.saved_id = org_id
        self.ctx.bus.notify(Changes(programs=True))
        self.saved.emit(org_id)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.saving = False
        self.ok.setEnabled(True)
        if isinstance(exc, UserError):
            rest = self.errors.show(exc.field_errors)
            if not exc.field_errors or rest:
                self.banner.setText(exc.message)
                self.banner.show()
            else:
                self.banner.hide()
        else:
            show_error(self, exc)


class OrganisationsDialog(QDialog):
    """The office's list of organisations, with Add and Change."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.edit_dialog: OrganisationDialog | None = None
        self.setObjectName("organisations_dialog")
        self.setWindowTitle(_("Organisations"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        about = QLabel(_("The organisations that run programs or give: the Fatherland Front, the "
                         "Red Cross, the unions, the People's Committee, businesses…"))  # fmt: skip
        about.setWordWrap(True)
        layout.addWidget(about)

        def cell(o: programs_service.OrganisationInfo, column: int, role: int):
            if role == Qt.ItemDataRole.DisplayRole:
                return (o.name, vocab.label(vocab.ORGANISATION_KINDS, o.kind), o.note)[column]
            return None

        self.model = RowsModel([_("Name"), _("Kind"), _("Note")], cell)
        self.table = QTableView()
        self.table.setObjectName("organisations")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 200)
        self.table.doubleClicked.connect(lambda _i: self.on_change())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(_("No organisation yet: press “Add…” to add the first one."))
        self.empty.setObjectName("organisations_hint")
        self.empty.setStyleSheet("color: #555555;")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.add_button = QPushButton(_("Add…"))
        self.add_button.setObjectName("add_organisation")
        self.change_button = QPushButton(_("Rename / change…"))
        self.change_button.setObjectName("change_organisation")
        close = QPushButton(_("Close"))
        close.clicked.connect(self.accept)
        for b in (self.add_button, self.change_button):
            row.addWidget(b)
        row.addWidget(whole_list_button(
            self, ctx, "export_organisations", _("Save the list of organisations as an Excel "
                                                 "file"),
            lambda: exports.settings_file_name("organisations"), exports.organisations_export))  # fmt: skip
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.on_add)
        self.change_button.clicked.connect(self.on_change)
        can = ctx.actor.can_any("data_entry", "accountant")
        self.add_button.setEnabled(can)
        self.change_button.setEnabled(can)
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        def done(orgs: list[programs_service.OrganisationInfo]) -> None:
            self.model.set_rows(orgs)
            self.empty.setVisible(not orgs)
            for i, o in enumerate(orgs):
                if o.id == select:
                    self.table.selectRow(i)

        self.ctx.tasks.read(lambda: programs_service.list_organisations(self.ctx.db), done,
                            owner=self)  # fmt: skip

    def _edit(self, org: programs_service.OrganisationInfo | None) -> OrganisationDialog:
        dialog = OrganisationDialog(self.ctx, org, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.reload)
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def on_add(self) -> OrganisationDialog:
        return self._edit(None)

    def on_change(self) -> OrganisationDialog | None:
        org = self.model.row_at(self.table.currentIndex().row())
        return self._edit(org) if org is not None else None
