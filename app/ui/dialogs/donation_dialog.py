"""Record a donation (or a budget allocation), and a stock adjustment, through the ledger service."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import FieldError, UserError
from app.i18n import _
from app.numbers import format_number, parse_number
from app.services import ledger, vocab
from app.services import programs as programs_service
from app.services.programs import ItemInfo, OrganisationInfo, ProgramRow
from app.ui.changes import Changes
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.widgets import (
    InlineErrors,
    button_row,
    error_banner,
    fill_combo,
    refusal_title,
    vocab_combo,
)


@dataclass(frozen=True)
class DonationChoices:
    items: list[ItemInfo]
    programs: list[ProgramRow]
    organisations: list[OrganisationInfo]
    donors: list[str]


def load_donation_choices(db: Database) -> DonationChoices:
    """What the donation form offers (runs in a worker)."""
    return DonationChoices(
        programs_service.list_items(db), programs_service.list_programs(db),
        programs_service.list_organisations(db), ledger.donors(db),
    )  # fmt: skip


def unit_text(item: ItemInfo | None) -> str:
    return vocab.label(vocab.UNITS, item.unit) if item is not None else ""


def date_edit(name: str, value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    d = value or date.today()
    edit.setDate(QDate(d.year, d.month, d.day))
    today = date.today()
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class QuantityEdit(QLineEdit):
    """A quantity typed as people write it (1.000.000, 12,5); regrouped when the field is left."""

    def __init__(self, name: str, value=None):
        super().__init__(format_number(value) if value is not None else "")
        self.setObjectName(name)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText(_("e.g. 1.000.000 or 12,5"))
        self.editingFinished.connect(self._regroup)

    def _regroup(self) -> None:
        try:
            value = parse_number(self.text())
        except ValueError:
            return
        if value is not None:
            self.setText(format_number(value))

    def value(self, field_name: str, errors: list[FieldError]):
        """The number typed, or None (and a FieldError when it is not a number)."""
        try:
            return parse_number(self.text())
        except ValueError:
            errors.append(FieldError(field_name, _("Type a number, e.g. 1.000.000 or 12,5.")))
            return None


class _LedgerDialog(QDialog):
    """Shared: a banner for messages that belong to no field, and the save round trip."""

    def __init__(self, ctx: AppContext, parent: QWidget | None):
        super().__init__(parent)
        self.ctx = ctx
        self.saving = False
        self.errors = InlineErrors()
        self.banner = error_banner("banner")

    def show_errors(self, errors: list[FieldError], message: str = "") -> None:
        self.errors.show_with_banner(errors, self.banner, message)

    def save(self, job, changes: Changes) -> None:
        self.saving = True
        self.ok.setEnabled(False)

        def done(_result: object) -> None:
            self.saving = False
            self.ctx.bus.notify(changes)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.saving = False
            self.ok.setEnabled(True)
            if isinstance(exc, UserError):
                self.show_errors(exc.field_errors, refusal_title(exc))
            else:
                show_error(self, exc)

        self.ctx.tasks.write(job, done, failed, owner=self)

    def reject(self) -> None:
        if not self.saving:  # a save in progress runs to its end
            super().reject()


class DonationDialog(_LedgerDialog):
    def __init__(self, ctx: AppContext, choices: DonationChoices, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(_("Record a donation"))
        self.setMinimumWidth(520)
        self.items = {i.id: i for i in choices.items}
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        form = QFormLayout()
        self.donor = QLineEdit()
        self.donor.setObjectName("donor")
        self.donor.setPlaceholderText(_("A person, a business, the commune budget…"))
        completer = QCompleter(choices.donors, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.donor.setCompleter(completer)
        form.addRow(_("Donor *"), self.donor)
        form.addRow("", self.errors.label_for("donor_name"))
        self.source = vocab_combo(vocab.DONATION_SOURCES)
        self.source.setObjectName("source")
        form.addRow(_("Source *"), self.source)
        form.addRow("", self.errors.label_for("source"))
        self.organisation = QComboBox()
        self.organisation.setObjectName("organisation")
        fill_combo(self.organisation, [(o.name, o.id) for o in choices.organisations],
                   first=_("— none —"))  # fmt: skip
        self.organisation.setToolTip(_("The organisation that received it, if any"))
        form.addRow(_("Organisation"), self.organisation)
        self.received_on = date_edit("received_on")
        form.addRow(_("Date received *"), self.received_on)
        form.addRow("", self.errors.label_for("received_on"))
        self.item = QComboBox()
        self.item.setObjectName("item")
        fill_combo(self.item, [(i.name, i.id) for i in choices.items])
        form.addRow(_("Item *"), self.item)
        form.addRow("", self.errors.label_for("item"))
        amount = QHBoxLayout()
        self.quantity = QuantityEdit("quantity")
        self.unit = QLabel()
        self.unit.setObjectName("unit")
        self.unit.setMinimumWidth(50)
        amount.addWidget(self.quantity, 1)
        amount.addWidget(self.unit)
        form.addRow(_("Quantity *"), amount)
        form.addRow("", self.errors.label_for("quantity"))
        self.receipt_no = QLineEdit()
        self.receipt_no.setObjectName("receipt_no")
        self.receipt_no.setPlaceholderText(_("e.g. PT-012 (the number on the receipt given)"))
        form.addRow(_("Receipt number"), self.receipt_no)
        self.program = QComboBox()
        self.program.setObjectName("program")
        fill_combo(self.program, [(f"{p.code} {p.name}", p.id) for p in choices.programs],
                   first=_("— not earmarked —"))  # fmt: skip
        self.program.setToolTip(_("Choose a program when the gift is meant for it only"))
        form.addRow(_("Earmarked for"), self.program)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        form.addRow(_("Note"), self.note)
        layout.addLayout(form)
        buttons, self.ok = button_row(self, self.on_ok, _("Record"))
        self.ok.setObjectName("ok")
        layout.addWidget(buttons)
        self.item.currentIndexChanged.connect(self._show_unit)
        self._show_unit()
        self.donor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_unit(self) -> None:
        self.unit.setText(unit_text(self.items.get(self.item.currentData())))

    def draft(self) -> tuple[ledger.DonationDraft, list[FieldError]]:
        errors: list[FieldError] = []
        quantity = self.quantity.value("quantity", errors)
        d = ledger.DonationDraft(
            donor_name=self.donor.text(), item_id=self.item.currentData(), quantity=quantity,
            received_on=date_of(self.received_on), source=self.source.currentData(),
            organisation_id=self.organisation.currentData(), receipt_no=self.receipt_no.text(),
            program_id=self.program.currentData(), note=self.note.text(),
        )  # fmt: skip
        return d, errors

    def on_ok(self) -> None:
        if self.saving:
            return
        d, errors = self.draft()
        self.show_errors(errors)
        if errors:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.save(lambda: ledger.record_donation(db, actor, d), Changes(ledger=True))


class AdjustmentDialog(_LedgerDialog):
    """Stock that left other than by a receipt: spoilt, lost, sent on."""

    def __init__(self, ctx: AppContext, items: list[ItemInfo], parent: QWidget | None = None,
                 item_id: uuid.UUID | None = None):  # fmt: skip
        super().__init__(ctx, parent)
        self.setWindowTitle(_("Stock adjustment"))
        self.setMinimumWidth(480)
        self.items = {i.id: i for i in items}
        layout = QVBoxLayout(self)
        intro = QLabel(_("Stock that left the store other than by a receipt: spoilt, lost, sent to "
                         "another commune. It lowers the stock on hand."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        form = QFormLayout()
        self.item = QComboBox()
        self.item.setObjectName("item")
        fill_combo(self.item, [(i.name, i.id) for i in items])
        if item_id is not None:
            self.item.setCurrentIndex(max(self.item.findText(self.items[item_id].name), 0))
        form.addRow(_("Item *"), self.item)
        amount = QHBoxLayout()
        self.quantity = QuantityEdit("quantity")
        self.unit = QLabel()
        self.unit.setMinimumWidth(50)
        amount.addWidget(self.quantity, 1)
        amount.addWidget(self.unit)
        form.addRow(_("Quantity *"), amount)
        form.addRow("", self.errors.label_for("quantity"))
        self.made_on = date_edit("made_on")
        form.addRow(_("Date *"), self.made_on)
        form.addRow("", self.errors.label_for("made_on"))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(_("e.g. 25 kg of rice spoilt by damp"))
        form.addRow(_("Reason *"), self.reason)
        form.addRow("", self.errors.label_for("reason"))
        layout.addLayout(form)
        buttons, self.ok = button_row(self, self.on_ok, _("Record"))
        self.ok.setObjectName("ok")
        layout.addWidget(buttons)
        self.item.currentIndexChanged.connect(
            lambda: self.unit.setText(unit_text(self.items.get(self.item.currentData())))
        )
        self.unit.setText(unit_text(self.items.get(self.item.currentData())))

    def on_ok(self) -> None:
        if self.saving:
            return
        errors: list[FieldError] = []
        quantity = self.quantity.value("quantity", errors)
        self.show_errors(errors)
        if errors:
            return
        db, actor = self.ctx.db, self.ctx.actor
        item_id, made_on, reason = (
            self.item.currentData(),
            date_of(self.made_on),
            self.reason.text(),
        )
        self.save(lambda: ledger.record_adjustment(db, actor, item_id, quantity, made_on, reason),
                  Changes(ledger=True))  # fmt: skip
