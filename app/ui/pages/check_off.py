"""Fast check-off: the line a list code is typed or scanned into, what happened, the offer.

A keyboard-wedge scanner types the code and Enter. The receipt is recorded on the
writer task with the defaults (today, the entitlement, in person, the head's ID as
registered, handed out by the acting user); the page then shows that one row received.
Everything that goes wrong is said on this panel, not in a box to close, and the code is
given back selected, so the next scan types over it.
"""

from __future__ import annotations

import time
import uuid
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import _
from app.services import distribution as dist
from app.services import recipient_lists as rl
from app.services import signed_pages
from app.services.programs import quantity_text
from app.ui.changes import Changes
from app.ui.context import AppContext
from app.ui.dialogs.receipt_dialog import needs_text, quick_draft
from app.ui.errors import show_error
from app.ui.ledger_views import guard
from app.ui.widgets import ERROR_STYLE

RECORDERS = ("data_entry", "accountant")
OK_STYLE = "color: #1b6e20; padding: 4px;"
NOTICE_STYLE = "color: #8a5300; padding: 4px;"


class CheckOffPanel(QFrame):
    # (row as looked up, the draft recorded, Recorded, perf_counter() at Enter)
    row_received = Signal(object, object, object, float)
    form_wanted = Signal(object)  # a ListRow to check in the receipt form

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.program_id: uuid.UUID | None = None
        self._offer: dist.Recorded | None = None
        self.setObjectName("check_off")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#check_off { background: #eef4fb; }")
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(_("Code on the list"))
        big = QFont()
        big.setPointSize(big.pointSize() + 4)
        big.setBold(True)
        label.setFont(big)
        row.addWidget(label)
        self.code_input = QLineEdit()
        self.code_input.setObjectName("code_input")
        self.code_input.setFont(big)
        self.code_input.setMinimumWidth(260)
        self.code_input.setPlaceholderText(_("Type or scan e.g. P0001-00042, then Enter"))
        row.addWidget(self.code_input, 2)
        self.check_each = QCheckBox(_("Check each person"))
        self.check_each.setObjectName("check_each")
        self.check_each.setToolTip(_("Enter opens the full receipt form (quantities, ID, proxy) "
                                     "instead of recording at once with the defaults"))  # fmt: skip
        row.addWidget(self.check_each)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.offer = QWidget()
        offer_row = QHBoxLayout(self.offer)
        offer_row.setContentsMargins(0, 0, 0, 0)
        self.offer_label = QLabel()
        self.offer_label.setWordWrap(True)
        self.offer_yes = QPushButton(_("Mark met"))
        self.offer_yes.setObjectName("offer_yes")
        self.offer_no = QPushButton(_("Not now"))
        self.offer_no.setObjectName("offer_no")
        for b in (self.offer_yes, self.offer_no):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner keeps typing into the code line
        offer_row.addWidget(self.offer_label, 1)
        offer_row.addWidget(self.offer_yes)
        offer_row.addWidget(self.offer_no)
        self.offer.hide()
        layout.addWidget(self.offer)
        self.offer_yes.clicked.connect(lambda: self.mark_needs_met(self._offer))
        self.offer_no.clicked.connect(self.hide_offer)
        self.code_input.returnPressed.connect(self.on_code_entered)
        self.set_program(None, locked=False)

    def set_program(self, program_id: uuid.UUID | None, locked: bool) -> None:
        """The list codes are checked against; closed to scans when locked or not allowed."""
        self.program_id = program_id
        self.hide_offer()
        self.status.clear()
        allowed = guard(self.code_input, self.ctx.actor, *RECORDERS,
                        tooltip=_("A barcode scanner types the code and Enter by itself"))  # fmt: skip
        if allowed and (program_id is None or locked):
            self.code_input.setEnabled(False)
            if locked:
                self.code_input.setToolTip(_("The list is locked: the round is closed."))
        if self.code_input.isEnabled():
            self.code_input.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus(self) -> None:
        if self.code_input.isEnabled():
            self.code_input.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- a code and Enter -------------------------------------------------------

    def on_code_entered(self) -> None:
        code = self.code_input.text().strip().upper()
        pid = self.program_id
        if not code or pid is None or not self.code_input.isEnabled():
            return
        started = time.perf_counter()
        db, actor = self.ctx.db, self.ctx.actor
        if signed_pages.is_page_code(code):
            self.ctx.tasks.read(lambda: signed_pages.match_page(db, code, pid), self.show_page,
                                lambda exc: self.show_failure(code, exc), owner=self)  # fmt: skip
            self.code_input.selectAll()
            return
        if self.check_each.isChecked():

            def find() -> rl.ListRow:
                row = rl.row_by_code(db, code, pid)
                dist.check_receivable(db, row.recipient_id)
                return row

            self.ctx.tasks.read(find, self.form_wanted.emit,
                                lambda exc: self.show_failure(code, exc), owner=self)  # fmt: skip
            return
        self.code_input.clear()  # ready for the next scan while this one is written
        self.set_status(_("Recording {code}…").format(code=code))

        def job():
            row = rl.row_by_code(db, code, pid)
            if row.state != "waiting" or not row.head_id_number:
                dist.check_receivable(db, row.recipient_id)  # received: when and by whom
                return row, None, None  # no ID on record: the form, to see the ID shown
            draft = quick_draft(row, actor, date.today())
            return row, draft, dist.record_receipt(db, actor, draft)

        self.ctx.tasks.write(job, lambda result: self._on_quick_done(code, started, *result),
                             lambda exc: self.show_failure(code, exc), owner=self)  # fmt: skip

    def _on_quick_done(self, code: str, started: float, row: rl.ListRow,
                       draft: dist.ReceiptDraft | None, recorded: dist.Recorded | None) -> None:  # fmt: skip
        if recorded is None:
            self.set_status(_("{code}: the head of household has no ID number on record; check "
                              "the ID shown in the form.").format(code=code), NOTICE_STYLE)  # fmt: skip
            self.form_wanted.emit(row)
            return
        self.row_received.emit(row, draft, recorded, started)

    def show_page(self, m: signed_pages.PageMatch) -> None:
        """What a scanned page of a printed list covers: its rows, received or not, and whether
        the list changed since it was printed."""
        lines = [_("Page {page}/{pages} of the list {code}, version {version}: {n} rows, "
                   "{received} received, {waiting} waiting.").format(
            page=m.code.page, pages=m.code.pages, code=m.code.program_code, version=m.code.version,
            n=len(m.code.seqs), received=len(m.received), waiting=len(m.waiting))]  # fmt: skip
        if m.waiting:
            lines.append(_("Not received: {codes}.").format(codes=", ".join(m.waiting)))
        if m.off_list:
            lines.append(
                _("Taken off the list since: {codes}.").format(codes=", ".join(m.off_list))
            )
        style = OK_STYLE
        if m.amended_since:
            lines.append(_("The list was amended after this page was printed: it is now version "
                           "{now}. Print the list again before more people sign.").format(
                now=m.version_now))  # fmt: skip
            style = NOTICE_STYLE
        self.set_status("\n".join(lines), style)

    def show_failure(self, code: str, exc: BaseException) -> None:
        """A refusal said on the panel, the code given back to correct (a scan types over it)."""
        if not isinstance(exc, UserError):
            show_error(self, exc)
            return
        message = exc.message if code in exc.message else f"{code}: {exc.message}"
        self.set_status(message, ERROR_STYLE + "padding: 4px;")
        if not self.code_input.text():
            self.code_input.setText(code)
            self.code_input.selectAll()

    def set_status(self, text: str, style: str = OK_STYLE) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    # --- after a receipt --------------------------------------------------------

    def after_recorded(self, row: rl.ListRow, recorded: dist.Recorded,
                       items: list[dist.ItemProgress], ask: bool) -> None:  # fmt: skip
        """The status line; warnings; the offer to mark open needs met — inline while scanning
        (a box would take the scanner's next code and Enter), asked in a box after the form."""
        names = {i.item_id: i for i in items}
        given = ", ".join(quantity_text(q, names[i].unit) + f" {names[i].name}"
                          for i, q in row.given.items() if i in names)  # fmt: skip
        text = _("{code} — {head}: received {given} at {time}.").format(
            code=recorded.code, head=row.head_name, given=given, time=time.strftime("%H:%M"))  # fmt: skip
        if recorded.warnings:
            text += " ⚠ " + " ".join(recorded.warnings)
        self.set_status(text, NOTICE_STYLE if recorded.warnings else OK_STYLE)
        if not recorded.open_needs:
            self.hide_offer()
            if ask and recorded.warnings:  # read before the next household
                box = QMessageBox(QMessageBox.Icon.Information, _("Receipt recorded"),
                                  "\n".join(recorded.warnings), QMessageBox.StandardButton.Ok, self)  # fmt: skip
                box.setObjectName("warnings")
                box.open()
            return
        question = _("This household still has open needs: {needs}. Mark them met?").format(
            needs=needs_text(recorded.open_needs))  # fmt: skip
        if not ask:
            self._offer = recorded
            self.offer_label.setText(f"{row.code} — {row.head_name}: {question}")
            self.offer.show()
            return
        box = QMessageBox(QMessageBox.Icon.Question, _("Open needs"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)  # fmt: skip
        box.setObjectName("needs_question")
        if recorded.warnings:
            box.setInformativeText("⚠ " + "\n".join(recorded.warnings))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda result: self.mark_needs_met(recorded)
                             if result == QMessageBox.StandardButton.Yes else None)  # fmt: skip
        box.open()

    def hide_offer(self) -> None:
        self._offer = None
        self.offer.hide()

    def mark_needs_met(self, recorded: dist.Recorded | None) -> None:
        self.hide_offer()
        if recorded is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        ids = [n.id for n in recorded.open_needs]

        def done(n: int) -> None:
            self.set_status(_("{code}: {n} needs marked met, with this receipt as evidence.")
                            .format(code=recorded.code, n=n))  # fmt: skip
            self.ctx.bus.notify(Changes(needs=True))

        self.ctx.tasks.write(lambda: dist.mark_needs_met(db, actor, ids, recorded.receipt_id),
                             done, lambda exc: show_error(self, exc), owner=self)  # fmt: skip
        self.focus()
