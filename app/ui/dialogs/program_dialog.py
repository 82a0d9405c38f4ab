"""Define or change a program (đợt hỗ trợ): who runs it, when, who is eligible, what each gets."""

from __future__ import annotations

import uuid
from copy import deepcopy
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import FieldError, UserError
from app.i18n import _
from app.services import office as office_service
from app.services import programs as programs_service
from app.services import vocab
from app.ui.changes import Changes
from app.ui.context import AppContext
from app.ui.dialogs.organisations_dialog import OrganisationDialog
from app.ui.dialogs.program_parts import HINT_STYLE, CheckList, NormsEditor
from app.ui.errors import show_error
from app.ui.widgets import (
    InlineErrors,
    button_row,
    error_banner,
    fill_combo,
    select_data,
    vocab_combo,
)

READ_ONLY_STYLE = "background: #eeeeee; padding: 6px;"


@dataclass(frozen=True)
class ProgramChoices:
    """What the form offers, read once in a worker before it opens."""

    organisations: list[programs_service.OrganisationInfo]
    items: list[programs_service.ItemInfo]
    categories: list[office_service.CategoryInfo]
    hamlets: list[office_service.HamletInfo]
    groups: list[str]  # overlap groups in use


def load_choices(db: Database) -> ProgramChoices:
    groups = sorted({p.overlap_group for p in programs_service.list_programs(db)
                     if p.overlap_group})  # fmt: skip
    return ProgramChoices(programs_service.list_organisations(db), programs_service.list_items(db),
                          office_service.list_categories(db), office_service.list_hamlets(db),
                          groups)  # fmt: skip


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_edit(name: str, value: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setDate(_qdate(value))
    return edit


class ProgramDialog(QDialog):
    def __init__(self, ctx: AppContext, draft: programs_service.ProgramDraft,
                 choices: ProgramChoices, parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.draft = deepcopy(draft)
        self.choices = choices
        self.saving = False
        self.saved_id: uuid.UUID | None = None
        self.organisation_dialog: OrganisationDialog | None = None
        self.read_only = draft.list_status != "draft"
        self.setObjectName("program_dialog")
        self.setWindowTitle(_("New program") if draft.id is None else
                            _("Program {code}").format(code=draft.code))  # fmt: skip
        self.resize(960, 760)
        outer = QVBoxLayout(self)
        self.banner = error_banner("errors")
        outer.addWidget(self.banner)
        if self.read_only:
            status = vocab.label(vocab.LIST_STATUSES, draft.list_status).lower()
            why = QLabel(_("The list of this program is {status}: its rules and norms were used "
                           "to build it and can no longer change. Changes to the list itself are "
                           "made on the list (amendments, with a reason).").format(status=status))  # fmt: skip
            why.setObjectName("read_only_note")
            why.setWordWrap(True)
            why.setStyleSheet(READ_ONLY_STYLE)
            outer.addWidget(why)
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.errors = InlineErrors()
        layout.addLayout(self._basics())
        layout.addWidget(self._norms_box())
        layout.addWidget(self._eligibility_box())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.content)
        outer.addWidget(scroll, 1)
        buttons, self.save_button = button_row(self, self.on_save, _("Save"))
        self.save_button.setObjectName("save")
        outer.addWidget(buttons)
        if self.read_only:
            self.content.setEnabled(False)
            self.save_button.hide()
            for w in (self.new_organisation, self.norms.add_button,
                      *(row.remove for row in self.norms.rows)):  # fmt: skip
                w.hide()
            for b in buttons.buttons():
                if b is not self.save_button:
                    b.setText(_("Close"))
        self._initial = self.collect()[0]

    # --- the form ---------------------------------------------------------------------

    def _basics(self) -> QFormLayout:
        d, form = self.draft, QFormLayout()
        self.name = QLineEdit(d.name)
        self.name.setObjectName("name")
        self.name.setPlaceholderText(_("e.g. Quà Tết 2026 cho hộ nghèo"))
        form.addRow(_("Name *"), self.name)
        form.addRow("", self.errors.label_for("name"))

        org_row = QHBoxLayout()
        self.organisation = QComboBox()
        self.organisation.setObjectName("organisation")
        self._fill_organisations(d.organisation_id)
        self.new_organisation = QPushButton(_("New organisation…"))
        self.new_organisation.setObjectName("new_organisation")
        self.new_organisation.clicked.connect(self.on_new_organisation)
        org_row.addWidget(self.organisation, 1)
        org_row.addWidget(self.new_organisation)
        form.addRow(_("Organisation *"), org_row)
        form.addRow("", self.errors.label_for("organisation"))

        funding_row = QHBoxLayout()
        self.funding = vocab_combo(vocab.FUNDING)
        self.funding.setObjectName("funding")
        select_data(self.funding, d.funding)
        self.donor_name = QLineEdit(d.donor_name)
        self.donor_name.setObjectName("donor_name")
        self.donor_name.setPlaceholderText(_("the donor's name, e.g. Công ty TNHH Bình An"))
        funding_row.addWidget(self.funding)
        funding_row.addWidget(self.donor_name, 1)
        form.addRow(_("Funding *"), funding_row)
        form.addRow("", self.errors.label_for("funding"))
        form.addRow("", self.errors.label_for("donor_name"))
        self.funding.currentIndexChanged.connect(self._update_donor)
        self._update_donor()

        period = QHBoxLayout()
        self.starts_on = date_edit("starts_on", d.starts_on or date.today())
        self.has_end = QCheckBox(_("until"))
        self.has_end.setObjectName("has_end")
        self.has_end.setChecked(d.ends_on is not None)
        self.ends_on = date_edit("ends_on", d.ends_on or d.starts_on or date.today())
        self.ends_on.setEnabled(d.ends_on is not None)
        self.has_end.toggled.connect(self.ends_on.setEnabled)
        for w in (self.starts_on, self.has_end, self.ends_on):
            period.addWidget(w)
        period.addStretch(1)
        form.addRow(_("From *"), period)
        form.addRow("", self.errors.label_for("starts_on"))
        form.addRow("", self.errors.label_for("ends_on"))

        self.overlap_group = QComboBox()
        self.overlap_group.setObjectName("overlap_group")
        self.overlap_group.setEditable(True)
        self.overlap_group.addItems(self.choices.groups)
        self.overlap_group.setCurrentText(d.overlap_group)
        self.overlap_group.lineEdit().setPlaceholderText(_("e.g. Tết 2026 (optional)"))
        group = QVBoxLayout()
        group.setSpacing(2)
        group.addWidget(self.overlap_group)
        hint = QLabel(_("Programs of one season's gifts share a group, whatever their "
                        "organisation: the Overlaps report then shows who would receive twice."))  # fmt: skip
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        group.addWidget(hint)
        form.addRow(_("Overlap group"), group)
        self.note = QLineEdit(d.note)
        self.note.setObjectName("note")
        form.addRow(_("Note"), self.note)
        return form

    def _fill_organisations(self, selected: uuid.UUID | None) -> None:
        fill_combo(self.organisation, [(o.name, o.id) for o in self.choices.organisations],
                   first=_("— choose —"))  # fmt: skip
        select_data(self.organisation, selected)

    def _update_donor(self) -> None:
        named = self.funding.currentData() == "donor"
        self.donor_name.setEnabled(named)
        self.donor_name.setVisible(named)

    def _norms_box(self) -> QGroupBox:
        box = QGroupBox(_("What each household receives *"))
        layout = QVBoxLayout(box)
        self.norms = NormsEditor(self.choices.items, self.choices.categories, self.draft.norms)
        layout.addWidget(self.norms)
        layout.addWidget(self.errors.label_for("norms"))
        return box

    def _eligibility_box(self) -> QGroupBox:
        d = self.draft
        box = QGroupBox(_("Who is eligible"))
        layout = QVBoxLayout(box)
        about = QLabel(_("A household is eligible when it meets every list below. A list with "
                         "nothing ticked sets no condition: any category, every hamlet, no "
                         "need required."))  # fmt: skip
        about.setWordWrap(True)
        about.setStyleSheet(HINT_STYLE)
        layout.addWidget(about)
        grid = QGridLayout()
        self.categories = CheckList("categories", [(c.name, c.id) for c in self.choices.categories],
                                    d.categories)  # fmt: skip
        self.hamlets = CheckList("hamlets", [(h.name, h.id) for h in self.choices.hamlets],
                                 d.hamlets)  # fmt: skip
        self.residence = CheckList(
            "residence", [(vocab.label(vocab.RESIDENCE, c), c) for c in vocab.RESIDENCE],
            d.residence)  # fmt: skip
        self.need_kinds = CheckList(
            "need_kinds", [(vocab.label(vocab.NEED_KINDS, c), c) for c in vocab.NEED_KINDS],
            d.need_kinds)  # fmt: skip
        lists = (
            (self.categories, _("Categories"), _("none ticked: any category")),
            (self.hamlets, _("Hamlets"), _("none ticked: every hamlet")),
            (self.residence, _("Residents counted *"), _("members who count for per-person "
                                                        "norms")),
            (self.need_kinds, _("Open needs"), _("none ticked: no need required")),
        )  # fmt: skip
        for column, (widget, title, note) in enumerate(lists):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
            small = QLabel(note)
            small.setWordWrap(True)
            small.setStyleSheet(HINT_STYLE)
            small.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(small, 1, column)
            grid.addWidget(widget, 2, column)
            grid.setColumnStretch(column, 2 if widget is self.categories else 1)
        grid.addWidget(self.errors.label_for("residence"), 3, 2)
        grid.setRowStretch(2, 1)  # spare height goes to the lists, not between the titles
        layout.addLayout(grid)
        return box

    # --- organisations --------------------------------------------------------------------

    def on_new_organisation(self) -> OrganisationDialog:
        dialog = OrganisationDialog(self.ctx, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._organisation_added)
        self.organisation_dialog = dialog
        dialog.open()
        return dialog

    def _organisation_added(self, org_id: uuid.UUID) -> None:
        def done(orgs: list[programs_service.OrganisationInfo]) -> None:
            self.choices = ProgramChoices(orgs, *(getattr(self.choices, f) for f in
                                                  ("items", "categories", "hamlets", "groups")))  # fmt: skip
            self._fill_organisations(org_id)

        self.ctx.tasks.read(lambda: programs_service.list_organisations(self.ctx.db), done,
                            owner=self)  # fmt: skip

    # --- saving -----------------------------------------------------------------------------

    def collect(self) -> tuple[programs_service.ProgramDraft, list[FieldError]]:
        norms, errors = self.norms.norms()
        d = deepcopy(self.draft)
        d.name, d.note = self.name.text().strip(), self.note.text().strip()
        d.organisation_id, d.funding = self.organisation.currentData(), self.funding.currentData()
        d.donor_name = self.donor_name.text().strip() if d.funding == "donor" else ""
        d.starts_on = _pydate(self.starts_on.date())
        d.ends_on = _pydate(self.ends_on.date()) if self.has_end.isChecked() else None
        d.overlap_group = self.overlap_group.currentText().strip()
        d.categories, d.hamlets = self.categories.checked(), self.hamlets.checked()
        d.residence, d.need_kinds = self.residence.checked(), self.need_kinds.checked()
        d.norms = norms
        return d, errors

    def show_errors(self, errors: list[FieldError]) -> None:
        norms = [e.message for e in errors if e.field == "norms"]
        merged = [e for e in errors if e.field != "norms"]
        if norms:
            merged.append(FieldError("norms", "\n".join(dict.fromkeys(norms))))
        size = self.size()
        rest = self.errors.show(merged)
        self.resize(size)  # the labels' fitting shrinks the window to its hint (a scroll area)
        if rest:
            self.banner.setText(
                _("Please correct:") + "\n• " + "\n• ".join(e.message for e in rest)
            )
            self.banner.show()
        elif errors:
            self.banner.setText(_("Please correct the fields marked in red."))
            self.banner.show()
        else:
            self.banner.hide()

    def on_save(self) -> None:
        if self.saving or self.read_only:
            return
        draft, errors = self.collect()
        items = {i.id: i for i in self.choices.items}
        errors += programs_service.validate_program(draft, items)
        self.show_errors(errors)
        if errors:
            return
        self.saving = True
        self.save_button.setEnabled(False)
        self.save_button.setText(_("Saving…"))
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.write(lambda: programs_service.save_program(db, actor, draft),
                             self._on_saved, self._on_failed, owner=self)  # fmt: skip

    def _on_saved(self, program_id: uuid.UUID) -> None:
        self.saving = False
        self.saved_id = program_id
        self.ctx.bus.notify(Changes(programs=True))
        self._initial = self.collect()[0]
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.save_button.setText(_("Save"))
        if isinstance(exc, UserError) and exc.field_errors:
            self.show_errors(exc.field_errors)
        elif isinstance(exc, UserError):
            self.banner.setText(exc.message)
            self.banner.show()
        else:
            show_error(self, exc)

    def reject(self) -> None:
        """Escape / Cancel: ask before throwing away changes."""
        if self.saving:
            return
        if not self.read_only and self.collect()[0] != self._initial:
            answer = QMessageBox.question(
                self, _("Unsaved changes"), _("Close without saving your changes?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)  # fmt: skip
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
