"""Record or edit a need of a household."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldError
from app.i18n import _
from app.numbers import format_number, parse_number
from app.services import vocab
from app.services.households import NeedDraft, validate_need
from app.ui.widgets import InlineErrors, button_row, select_data, vocab_combo


class NeedDialog(QDialog):
    def __init__(self, need: NeedDraft, members: list[tuple[str, uuid.UUID]],
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.original = need
        self.setWindowTitle(_("Need"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = InlineErrors()
        self.kind = vocab_combo(vocab.NEED_KINDS)
        self.kind.setObjectName("kind")
        select_data(self.kind, need.kind)
        form.addRow(_("What is needed *"), self.kind)
        form.addRow("", self.errors.label_for("kind"))
        amount = QHBoxLayout()
        self.quantity = QLineEdit(format_number(need.quantity))
        self.quantity.setObjectName("quantity")
        self.quantity.setPlaceholderText(_("e.g. 45 or 1.500.000"))
        self.unit = vocab_combo(vocab.UNITS)
        self.unit.setObjectName("unit")
        select_data(self.unit, need.unit or vocab.DEFAULT_UNIT.get(need.kind))
        amount.addWidget(self.quantity, 2)
        amount.addWidget(self.unit, 1)
        form.addRow(_("Quantity"), amount)
        form.addRow("", self.errors.label_for("quantity"))
        self.urgency = vocab_combo(vocab.URGENCIES)
        self.urgency.setObjectName("urgency")
        select_data(self.urgency, need.urgency)
        form.addRow(_("Urgency"), self.urgency)
        self.for_whom = QComboBox()
        self.for_whom.setObjectName("for_whom")
        self.for_whom.addItem(_("The whole household"), None)
        for name, person_id in members:
            self.for_whom.addItem(name, person_id)
        select_data(self.for_whom, need.person_id)
        form.addRow(_("For"), self.for_whom)
        self.assessed_on = QDateEdit()
        self.assessed_on.setObjectName("assessed_on")
        self.assessed_on.setDisplayFormat("dd/MM/yyyy")
        self.assessed_on.setCalendarPopup(True)
        d = need.assessed_on or date.today()
        self.assessed_on.setDate(QDate(d.year, d.month, d.day))
        form.addRow(_("Assessed on *"), self.assessed_on)
        form.addRow("", self.errors.label_for("assessed_on"))
        self.assessed_by = QLineEdit(need.assessed_by)
        self.assessed_by.setObjectName("assessed_by")
        self.assessed_by.setPlaceholderText(_("e.g. Trưởng thôn Nguyễn Văn B"))
        form.addRow(_("Assessed by *"), self.assessed_by)
        form.addRow("", self.errors.label_for("assessed_by"))
        self.note = QLineEdit(need.note)
        self.note.setObjectName("note")
        form.addRow(_("Note"), self.note)
        layout.addLayout(form)
        buttons, self.ok = button_row(self, self.on_ok)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self.on_kind_changed)
        self.result_need: NeedDraft | None = None

    def on_kind_changed(self) -> None:
        select_data(self.unit, vocab.DEFAULT_UNIT.get(self.kind.currentData(), "piece"))

    def draft(self) -> tuple[NeedDraft, list[FieldError]]:
        errors: list[FieldError] = []
        try:
            quantity = parse_number(self.quantity.text())
        except ValueError:
            quantity = None
            errors.append(FieldError("quantity", _("Type the quantity as a number, e.g. 45 or "
                                                   "12,5.")))  # fmt: skip
        qd = self.assessed_on.date()
        need = replace(
            self.original, kind=self.kind.currentData(), quantity=quantity,
            unit=self.unit.currentData(), urgency=self.urgency.currentData(),
            person_id=self.for_whom.currentData(),
            assessed_on=date(qd.year(), qd.month(), qd.day()),
            assessed_by=self.assessed_by.text().strip(), note=self.note.text().strip(),
        )  # fmt: skip
        return need, errors + validate_need(need, date.today())

    def on_ok(self) -> None:
        need, errors = self.draft()
        rest = self.errors.show(errors)
        if errors:
            if rest:
                self.errors.labels["kind"].setText("\n".join(e.message for e in rest))
                self.errors.labels["kind"].show()
            return
        self.result_need = need
        self.accept()
