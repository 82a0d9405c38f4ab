"""Record one list row's receipt with every detail, and see a row's receipts and reversals."""

from __future__ import annotations

import re
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.dates import format_date
from app.errors import FieldError, UserError
from app.i18n import N_, _
from app.numbers import format_number
from app.services import distribution as dist
from app.services import exports, vocab
from app.services.programs import items_by_id, quantity_text
from app.services.recipient_lists import ListRow
from app.services.roles import Actor
from app.ui.context import AppContext
from app.ui.dialogs.donation_dialog import QuantityEdit, date_edit, date_of
from app.ui.errors import show_error
from app.ui.exporting import export_button, export_table
from app.ui.ledger_views import MUTED, italic_font, struck_font
from app.ui.tables import EXPORT_ROLE, RowsModel, table_view
from app.ui.widgets import (
    InlineErrors,
    button_row,
    error_banner,
    fill_combo,
    refusal_title,
    select_data,
)

ID_KINDS = {"cccd": N_("CCCD"), "cmnd": N_("CMND"), "other": N_("Other document")}


def id_type_of(number: str) -> str | None:
    """CCCD for 12 digits, CMND for 9, another document otherwise; None when there is none."""
    digits = re.sub(r"\D", "", number or "")
    if not digits:
        return None
    return {12: "cccd", 9: "cmnd"}.get(len(digits), "other")


def quick_draft(row: ListRow, actor: Actor, today: date) -> dist.ReceiptDraft:
    """Fast check-off's receipt: today, the entitlement, in person, the head's ID, by the actor."""
    return dist.ReceiptDraft(
        recipient_id=row.recipient_id, given_on=today, quantities=None,
        id_type=id_type_of(row.head_id_number), id_number=row.head_id_number, collector="self",
        handed_by=actor.full_name,
    )  # fmt: skip


def needs_text(needs: list[dist.OpenNeed]) -> str:
    """ "Gạo 20 kg, Tiền mặt" — the open needs a receipt may have met."""
    parts = []
    for n in needs:
        kind = vocab.label(vocab.NEED_KINDS, n.kind)
        amount = f" {format_number(n.quantity)} {vocab.label(vocab.UNITS, n.unit)}" \
            if n.quantity is not None and n.unit else ""  # fmt: skip
        parts.append(kind + amount)
    return ", ".join(parts)


def lines_text(lines: dict[uuid.UUID, Decimal], items: dict[uuid.UUID, Any]) -> str:
    """ "1.000.000 đ Tiền mặt, 15 kg Gạo" for a receipt's lines; `items` know name and unit."""
    out = []
    for item_id, q in lines.items():
        item = items.get(item_id)
        out.append(f"{quantity_text(q, item.unit)} {item.name}" if item else format_number(q))
    return ", ".join(out)


class ReceiptDialog(QDialog):
    """Date, quantities (the entitlement), the ID shown, in person or a proxy, who handed it."""

    def __init__(self, ctx: AppContext, row: ListRow, items: list[dist.ItemProgress],
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.items = {i.item_id: i for i in items}
        self.recorded: dist.Recorded | None = None
        self.sent: dist.ReceiptDraft | None = None
        self.saving = False
        self.setWindowTitle(_("Receipt — {code}").format(code=row.code))
        self.setMinimumWidth(600)
        self.errors = InlineErrors()
        layout = QVBoxLayout(self)
        who = QLabel(_("<b>{code}</b> — {head} (household {household}, {hamlet}), {n} persons").format(
            code=row.code, head=row.head_name, household=row.household_code, hamlet=row.hamlet,
            n=row.persons))  # fmt: skip
        who.setWordWrap(True)
        layout.addWidget(who)
        self.banner = error_banner("banner")
        layout.addWidget(self.banner)

        form = QFormLayout()
        self.given_on = date_edit("given_on")
        form.addRow(_("Date *"), self.given_on)
        form.addRow("", self.errors.label_for("given_on"))
        layout.addLayout(form)

        group = QGroupBox(_("Quantities handed out"))
        grid = QGridLayout(group)
        self.quantities: dict[uuid.UUID, QuantityEdit] = {}
        for n, item in enumerate(items):
            entitled = row.entitled.get(item.item_id)
            edit = QuantityEdit(f"quantity_{n}", entitled if entitled else None)
            self.quantities[item.item_id] = edit
            grid.addWidget(QLabel(item.name), n, 0)
            grid.addWidget(edit, n, 1)
            grid.addWidget(QLabel(vocab.label(vocab.UNITS, item.unit)), n, 2)
            hint = QLabel(_("entitled {e} · in stock {s}").format(
                e=quantity_text(entitled or Decimal(0), item.unit),
                s=quantity_text(item.on_hand, item.unit)))  # fmt: skip
            hint.setStyleSheet("color: gray;")
            grid.addWidget(hint, n, 3)
            edit.textChanged.connect(self._check_over)
        grid.addWidget(self.errors.label_for("quantities"), len(items), 0, 1, 4)
        layout.addWidget(group)

        self.over = QWidget()
        over_form = QFormLayout(self.over)
        over_form.setContentsMargins(0, 0, 0, 0)
        self.over_note = QLabel()
        self.over_note.setObjectName("over_note")
        self.over_note.setWordWrap(True)
        self.over_note.setStyleSheet("color: #8a5300;")
        over_form.addRow(self.over_note)
        self.over_reason = QLineEdit()
        self.over_reason.setObjectName("over_reason")
        self.over_reason.setPlaceholderText(_("Why more is handed out (an accountant or approver "
                                              "records it)"))  # fmt: skip
        over_form.addRow(_("Reason *"), self.over_reason)
        over_form.addRow("", self.errors.label_for("over_reason"))
        self.over.hide()
        layout.addWidget(self.over)

        who_box = QGroupBox(_("Who collected"))
        who_layout = QFormLayout(who_box)
        choice = QHBoxLayout()
        self.in_person = QRadioButton(_("In person (the household)"))
        self.in_person.setObjectName("in_person")
        self.by_proxy = QRadioButton(_("By a proxy"))
        self.by_proxy.setObjectName("by_proxy")
        self.in_person.setChecked(True)
        collector = QButtonGroup(self)
        collector.addButton(self.in_person)
        collector.addButton(self.by_proxy)
        choice.addWidget(self.in_person)
        choice.addWidget(self.by_proxy)
        choice.addStretch(1)
        who_layout.addRow(choice)
        id_row = QHBoxLayout()
        self.id_type = QComboBox()
        self.id_type.setObjectName("id_type")
        fill_combo(self.id_type, [(_(label), code) for code, label in ID_KINDS.items()],
                   first=_("No ID shown"))  # fmt: skip
        select_data(self.id_type, id_type_of(row.head_id_number))
        self.id_number = QLineEdit(row.head_id_number)
        self.id_number.setObjectName("id_number")
        self.id_number.setPlaceholderText(_("The number on the document shown"))
        id_row.addWidget(self.id_type)
        id_row.addWidget(self.id_number, 1)
        self.id_label = QLabel(_("ID shown"))
        who_layout.addRow(self.id_label, id_row)
        who_layout.addRow("", self.errors.label_for("id_number"))
        self.proxy = QWidget()
        proxy_form = QFormLayout(self.proxy)
        proxy_form.setContentsMargins(0, 0, 0, 0)
        self.proxy_name = QLineEdit()
        self.proxy_name.setObjectName("proxy_name")
        proxy_form.addRow(_("Proxy's full name *"), self.proxy_name)
        proxy_form.addRow("", self.errors.label_for("proxy_name"))
        self.proxy_relation = QLineEdit()
        self.proxy_relation.setObjectName("proxy_relation")
        self.proxy_relation.setPlaceholderText(_("e.g. son, neighbour, hamlet head"))
        proxy_form.addRow(_("Relation to the household *"), self.proxy_relation)
        proxy_form.addRow("", self.errors.label_for("proxy_relation"))
        self.proxy_id = QLineEdit()
        self.proxy_id.setObjectName("proxy_id")
        self.proxy_id.setPlaceholderText(_("CCCD, CMND or other document number"))
        proxy_form.addRow(_("Proxy's ID number *"), self.proxy_id)
        proxy_form.addRow("", self.errors.label_for("proxy_id"))
        self.proxy.hide()
        who_layout.addRow(self.proxy)
        layout.addWidget(who_box)

        form2 = QFormLayout()
        self.handed_by = QLineEdit(ctx.actor.full_name)
        self.handed_by.setObjectName("handed_by")
        form2.addRow(_("Handed out by *"), self.handed_by)
        form2.addRow("", self.errors.label_for("handed_by"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(_("e.g. why no ID was shown"))
        form2.addRow(_("Note"), self.note)
        layout.addLayout(form2)
        buttons, self.ok = button_row(self, self.on_ok, _("Record receipt"))
        self.ok.setObjectName("ok")
        layout.addWidget(buttons)
        self.by_proxy.toggled.connect(self._on_collector)
        first = next(iter(self.quantities.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_collector(self) -> None:
        proxy = self.by_proxy.isChecked()
        self.proxy.setVisible(proxy)
        self.id_type.setEnabled(not proxy)
        self.id_number.setEnabled(not proxy)
        self.id_label.setText(_("Household's ID") if proxy else _("ID shown"))
        if proxy:
            self.proxy_name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()

    def _check_over(self) -> None:
        """Show the reason field when a quantity is above the entitlement or the stock."""
        over = []
        for item_id, edit in self.quantities.items():
            item = self.items[item_id]
            q = edit.value("quantities", [])
            if not q:
                continue
            entitled = self.row.entitled.get(item_id, Decimal(0))
            if q > entitled:
                over.append(_("{item}: {q} is more than the entitlement ({e})").format(
                    item=item.name, q=quantity_text(q, item.unit),
                    e=quantity_text(entitled, item.unit)))  # fmt: skip
            if q > item.on_hand:
                over.append(_("{item}: only {s} is in stock").format(
                    item=item.name, s=quantity_text(item.on_hand, item.unit)))  # fmt: skip
        if over:
            self.over_note.setText("; ".join(over) + ". " + _("Say why, if that is right."))
        self.over.setVisible(bool(over) or bool(self.over_reason.text().strip()))

    def draft(self) -> tuple[dist.ReceiptDraft, list[FieldError]]:
        errors: list[FieldError] = []
        quantities = {}
        for item_id, edit in self.quantities.items():
            q = edit.value("quantities", errors)
            quantities[item_id] = q if q is not None else Decimal(0)
        proxy = self.by_proxy.isChecked()
        number = self.proxy_id.text() if proxy else self.id_number.text()
        id_type = id_type_of(number) if proxy else self.id_type.currentData()
        if not proxy and id_type is None:
            number = ""  # "no ID shown": the note says why
        d = dist.ReceiptDraft(
            recipient_id=self.row.recipient_id, given_on=date_of(self.given_on),
            quantities=quantities, id_type=id_type, id_number=number.strip(),
            collector="proxy" if proxy else "self", proxy_name=self.proxy_name.text(),
            proxy_relation=self.proxy_relation.text(), handed_by=self.handed_by.text(),
            note=self.note.text(), over_reason=self.over_reason.text(),
        )  # fmt: skip
        return d, errors

    def show_errors(self, errors: list[FieldError], message: str = "") -> None:
        if self.by_proxy.isChecked():  # the ID checked is the proxy's
            errors = [FieldError("proxy_id", e.message) if e.field == "id_number" else e
                      for e in errors]  # fmt: skip
        if any(e.field == "over_reason" for e in errors):
            self.over.show()
        self.errors.show_with_banner(errors, self.banner, message)

    def on_ok(self) -> None:
        if self.saving:
            return
        d, errors = self.draft()
        self.show_errors(errors)
        if errors:
            return
        self.saving = True
        self.ok.setEnabled(False)
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.write(lambda: dist.record_receipt(db, actor, d),
                             lambda recorded: self._on_recorded(d, recorded), self._on_failed,
                             owner=self)  # fmt: skip

    def _on_recorded(self, d: dist.ReceiptDraft, recorded: dist.Recorded) -> None:
        self.saving = False
        self.sent, self.recorded = d, recorded
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.saving = False
        self.ok.setEnabled(True)
        if isinstance(exc, UserError):
            self.show_errors(exc.field_errors, refusal_title(exc))
        else:
            show_error(self, exc)

    def reject(self) -> None:
        if not self.saving:
            super().reject()


class HistoryModel(RowsModel):
    def __init__(self, items: dict[uuid.UUID, Any]):
        super().__init__([_("Date"), _("Entry"), _("Items"), _("ID shown"), _("Collected"),
                          _("Handed out by"), _("Note"), _("Recorded")])  # fmt: skip
        self.items = items

    def cell(self, r: dist.ReceiptInfo, column: int, role: int) -> Any:
        if role == EXPORT_ROLE:
            return r.given_on if column == 0 else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_date(r.given_on)
            if column == 1:
                if r.kind == "reverse":
                    return _("Reversal")
                return _("Receipt (reversed)") if r.reversed_by else _("Receipt")
            if column == 2:
                return lines_text(r.lines, self.items)
            if column == 3:
                kind = _(ID_KINDS.get(r.id_type, "")) if r.id_type else ""
                check = vocab.label(vocab.ID_CHECKS, r.id_check) if r.kind == "give" else ""
                return f"{kind} {r.id_number} ({check})".strip() if r.id_number else check
            if column == 4:
                if r.kind == "reverse":
                    return ""
                if r.collector == "proxy":
                    return _("Proxy: {name} ({relation})").format(name=r.proxy_name,
                                                                   relation=r.proxy_relation)  # fmt: skip
                return vocab.label(vocab.COLLECTORS, r.collector)
            if column == 5:
                return r.handed_by
            if column == 6:
                over = _("Over the entitlement: {reason}").format(reason=r.over_reason) \
                    if r.over_reason else ""  # fmt: skip
                return "; ".join(x for x in (r.note, over) if x)
            return f"{r.recorded_by}, {r.recorded_at.strftime('%H:%M %d/%m/%Y')}"
        if r.reversed_by or r.kind == "reverse":
            if role == Qt.ItemDataRole.ForegroundRole:
                return MUTED
            if role == Qt.ItemDataRole.FontRole:
                return struck_font() if r.reversed_by else italic_font()
        return None


class ReceiptHistoryDialog(QDialog):
    """Every receipt and reversal of one list row, oldest first (read only)."""

    def __init__(self, ctx: AppContext, row: ListRow, items: list[dist.ItemProgress],
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(_("History — {code}").format(code=row.code))
        self.resize(1200, 320)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("<b>{code}</b> — {head} (household {household}, {hamlet})").format(
            code=row.code, head=row.head_name, household=row.household_code, hamlet=row.hamlet)))  # fmt: skip
        self.model = HistoryModel({i.item_id: i for i in items})
        self.view = table_view(self.model, "receipts", (85, 120, 160, 270, 150, 150, 170))
        layout.addWidget(self.view, 1)
        self.empty = QLabel(_("Loading…"))
        self.empty.setStyleSheet("color: gray;")
        layout.addWidget(self.empty)
        self.ctx, self.row = ctx, row
        self.export_button = export_button(_("Save these receipts and reversals as an Excel "
                                             "file."), self.on_export)  # fmt: skip
        self.export_button.setEnabled(False)
        self.export_button.setAutoDefault(False)  # Enter closes this window; it exports nothing
        buttons = QDialogButtonBox()
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(_("Close"), QDialogButtonBox.ButtonRole.RejectRole).setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        db = ctx.db
        ctx.tasks.read(lambda: dist.receipts_of_row(db, row.recipient_id), self._show, owner=self)

    def _show(self, receipts: list[dist.ReceiptInfo]) -> None:
        self.model.set_rows(receipts)
        self.empty.setText(_("Nothing received yet.") if not receipts else "")
        self.empty.setVisible(not receipts)
        self.export_button.setEnabled(bool(receipts))

    def on_export(self) -> None:
        row = self.row
        who = _("List code {code}: {head} (household {household}, {hamlet})").format(
            code=row.code, head=row.head_name, household=row.household_code, hamlet=row.hamlet)  # fmt: skip
        export_table(self, self.ctx, self.export_button, exports.report_file_name("receipts"),
                     self.model, _("RECEIPTS AND REVERSALS OF A LIST ROW"), [who])  # fmt: skip


class HouseholdHistoryModel(RowsModel):
    def __init__(self) -> None:
        super().__init__([_("Date"), _("Program"), _("Organisation"), _("List code"), _("Entry"),
                          _("Items"), _("Proxy"), _("Recorded by")])  # fmt: skip
        self.items: dict[uuid.UUID, Any] = {}

    def cell(self, h: dist.HistoryRow, column: int, role: int) -> Any:
        if role == EXPORT_ROLE:
            return h.given_on if column == 0 else None
        if role == Qt.ItemDataRole.DisplayRole:
            entry = _("Reversal") if h.kind == "reverse" else _("Receipt")
            return (format_date(h.given_on), h.program, h.organisation, h.code, entry,
                    lines_text(h.lines, self.items), h.collector, h.recorded_by)[column]  # fmt: skip
        if h.kind == "reverse":
            if role == Qt.ItemDataRole.ForegroundRole:
                return MUTED
            if role == Qt.ItemDataRole.FontRole:
                return italic_font()
        return None


class ReceivedTab(QWidget):
    """Everything a household has received from every program, and every reversal (read only)."""

    loaded = Signal(int)  # how many entries

    def __init__(self, ctx: AppContext, household_id: uuid.UUID, who: str,
                 parent: QWidget | None = None):  # fmt: skip
        """`who`: the household as its file's title names it (code and head)."""
        super().__init__(parent)
        self.ctx, self.who = ctx, who
        layout = QVBoxLayout(self)
        self.model = HouseholdHistoryModel()
        self.view = table_view(self.model, "received", (90, 240, 160, 110, 80, 220, 140))
        layout.addWidget(self.view, 1)
        self.note = QLabel(_("Loading…"))
        self.note.setStyleSheet("color: gray;")
        self.export_button = export_button(_("Save what this household received as an Excel "
                                             "file."), self.on_export)  # fmt: skip
        self.export_button.setEnabled(False)
        below = QHBoxLayout()
        below.addWidget(self.note, 1)
        below.addWidget(self.export_button)
        layout.addLayout(below)
        db = ctx.db
        ctx.tasks.read(lambda: (dist.household_history(db, household_id), items_by_id(db)),
                       self._show, owner=self)  # fmt: skip

    def _show(self, result: tuple[list[dist.HistoryRow], dict]) -> None:
        rows, self.model.items = result
        self.model.set_rows(rows)
        self.export_button.setEnabled(bool(rows))
        self.note.setText(_("Nothing received from any program yet.") if not rows else
                          _("A reversal cancels the receipt above it; both stay in the ledger."))  # fmt: skip
        self.loaded.emit(
            sum(h.kind == "give" for h in rows) - sum(h.kind == "reverse" for h in rows)
        )

    def on_export(self) -> None:
        export_table(self, self.ctx, self.export_button, exports.report_file_name("received"),
                     self.model, _("RECEIVED FROM EVERY PROGRAM"), [self.who])  # fmt: skip
