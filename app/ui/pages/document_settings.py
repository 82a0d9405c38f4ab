"""Settings → Printed documents and signers: what the office's lists and receipts print about
it (FORMS.md §1–3), entered once; and the same form as a dialog for the print dialog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import _
from app.services import office_documents as docs
from app.services.office_documents import DocumentSettings, Signer
from app.ui.changes import Changes, WhenShown
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.widgets import InlineErrors, error_banner, fill_combo, refusal_title, select_data

SIGNER_FIELDS = ("capacity", "title", "name")


class DocumentSettingsBox(QGroupBox):
    """The form: header texts, place, symbol, hotline, posting period, number words, signers.

    Loads this office's settings in a worker, saves them through the service, and
    tells the change bus (`office`) when they were saved.
    """

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(_("Printed documents and signers"), parent)
        self.setObjectName("document_settings")
        self.ctx = ctx
        self.loaded = False
        self.edited = False  # changes typed and not saved yet: a reload would lose them
        self.saving = False
        self.errors = InlineErrors()
        self.banner = error_banner("document_errors")
        outer = QVBoxLayout(self)
        outer.addWidget(self.banner)
        form = QFormLayout()
        outer.addLayout(form)

        def line(name: str, placeholder: str, field: str, label: str) -> QLineEdit:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(placeholder)
            edit.textEdited.connect(self._on_edited)
            form.addRow(label, edit)
            form.addRow("", self.errors.label_for(field))
            return edit

        self.superior_body = line("superior_body", _("e.g. UBND TỈNH PHÚ THỌ"), "superior_body",
                                  _("Superior body"))  # fmt: skip
        self.issuing_body = QPlainTextEdit()
        self.issuing_body.setObjectName("issuing_body")
        self.issuing_body.setPlaceholderText(_("ỦY BAN NHÂN DÂN\nXÃ YÊN LẠC"))
        self.issuing_body.setTabChangesFocus(True)
        self.issuing_body.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 16)
        self.issuing_body.setToolTip(_("One or two lines, printed in bold capitals"))
        self.issuing_body.textChanged.connect(self._on_edited)
        form.addRow(_("Issuing body *"), self.issuing_body)
        form.addRow("", self.errors.label_for("issuing_body"))
        self.place_name = line("place_name", _("e.g. Yên Lạc (as in “Yên Lạc, ngày 05 tháng 02 "
                                               "năm 2026”)"), "place_name", _("Place name *"))  # fmt: skip
        self.symbol = line("symbol", _("e.g. DS-UBND (after “Số: …/”)"), "symbol",
                           _("Document symbol"))  # fmt: skip
        self.hotline = line("hotline", _("e.g. 0211 3862 345 (printed on the public list)"),
                            "hotline", _("Complaint hotline"))  # fmt: skip

        self.posting_days = QSpinBox()
        self.posting_days.setObjectName("posting_days")
        self.posting_days.setRange(1, 90)
        self.posting_days.setSuffix(_(" days"))
        self.posting_days.valueChanged.connect(self._on_edited)
        form.addRow(_("Public posting period"), self.posting_days)
        form.addRow("", self.errors.label_for("posting_days"))
        self.zero_tens_word = QComboBox()
        self.zero_tens_word.setObjectName("zero_tens_word")
        fill_combo(self.zero_tens_word, [(_("linh — một trăm linh năm (North)"), "linh"),
                                         (_("lẻ — một trăm lẻ năm (South)"), "lẻ")])  # fmt: skip
        self.thousand_word = QComboBox()
        self.thousand_word.setObjectName("thousand_word")
        fill_combo(self.thousand_word, [(_("nghìn — một nghìn (North)"), "nghìn"),
                                        (_("ngàn — một ngàn (South)"), "ngàn")])  # fmt: skip
        words = QHBoxLayout()
        words.addWidget(self.zero_tens_word)
        words.addWidget(self.thousand_word)
        words.addStretch(1)
        for combo in (self.zero_tens_word, self.thousand_word):
            combo.activated.connect(self._on_edited)
        form.addRow(_("Amounts in words"), words)
        form.addRow("", self.errors.label_for("zero_tens_word"))
        form.addRow("", self.errors.label_for("thousand_word"))

        outer.addWidget(QLabel(_("Signers, left to right (names may be left empty to write "
                                 "them by hand):")))  # fmt: skip
        grid = QGridLayout()
        for column, text in enumerate(("", _("Shown"), _("Capacity"), _("Title"), _("Name")),
                                      ):  # fmt: skip
            grid.addWidget(QLabel(f"<b>{text}</b>" if text else ""), 0, column)
        self.signers: dict[str, tuple[QCheckBox, dict[str, QLineEdit]]] = {}
        for row, role in enumerate(docs.SIGNER_ROLES, start=1):
            grid.addWidget(QLabel(docs.signer_label(role)), row, 0)
            shown = QCheckBox()
            shown.setObjectName(f"{role}.shown")
            shown.setToolTip(_("Print this signer on the documents"))
            shown.clicked.connect(self._on_edited)
            grid.addWidget(shown, row, 1, Qt.AlignmentFlag.AlignCenter)
            edits = {}
            for column, field in enumerate(SIGNER_FIELDS, start=2):
                edit = QLineEdit()
                edit.setObjectName(f"{role}.{field}")
                edit.textEdited.connect(self._on_edited)
                grid.addWidget(edit, row, column)
                edits[field] = edit
            edits["capacity"].setPlaceholderText(_("e.g. TM. ỦY BAN NHÂN DÂN") if role == "leader"
                                                 else "")  # fmt: skip
            self.signers[role] = (shown, edits)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(4, 3)
        outer.addLayout(grid)

        buttons = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("document_status")
        buttons.addWidget(self.status, 1)
        self.save_button = QPushButton(_("Save"))
        self.save_button.setObjectName("save_documents")
        self.save_button.clicked.connect(self.on_save_clicked)
        if not ctx.actor.can("admin"):
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(
                _("Only an administrator may change what the documents print about the office.")
            )
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        WhenShown(self, ctx.bus, self.on_data_changed)
        self.load()

    # --- loading and showing ---------------------------------------------------------

    def load(self) -> None:
        db = self.ctx.db
        self.ctx.tasks.read(lambda: docs.load(db), self.show_settings, owner=self)

    def show_settings(self, settings: DocumentSettings) -> None:
        self.superior_body.setText(settings.superior_body)
        self.issuing_body.setPlainText(settings.issuing_body)
        self.place_name.setText(settings.place_name)
        self.symbol.setText(settings.symbol)
        self.hotline.setText(settings.hotline)
        self.posting_days.setValue(settings.posting_days)
        select_data(self.zero_tens_word, settings.zero_tens_word)
        select_data(self.thousand_word, settings.thousand_word)
        for role, (shown, edits) in self.signers.items():
            signer = settings.signer(role)
            shown.setChecked(signer.shown)
            for field, edit in edits.items():
                edit.setText(getattr(signer, field))
        self.loaded, self.edited = True, False

    def settings(self) -> DocumentSettings:
        """What the form says (checked and cleaned by the service)."""
        signers = tuple(
            Signer(role, *(edits[f].text() for f in SIGNER_FIELDS), shown=shown.isChecked())
            for role, (shown, edits) in self.signers.items()
        )  # fmt: skip
        return DocumentSettings(
            superior_body=self.superior_body.text(),
            issuing_body=self.issuing_body.toPlainText(),
            place_name=self.place_name.text(),
            symbol=self.symbol.text(),
            signers=signers,
            hotline=self.hotline.text(),
            posting_days=self.posting_days.value(),
            zero_tens_word=self.zero_tens_word.currentData(),
            thousand_word=self.thousand_word.currentData(),
        )

    def _on_edited(self, *_args) -> None:
        if self.loaded:
            self.edited = True
            self.status.clear()

    def on_data_changed(self, changes: Changes) -> None:
        if changes.office and not self.edited and not self.saving:
            self.load()

    # --- saving -------------------------------------------------------------------------

    def on_save_clicked(self) -> None:
        if self.saving or not self.loaded:
            return
        self.saving = True
        self.save_button.setEnabled(False)
        db, actor, settings = self.ctx.db, self.ctx.actor, self.settings()

        def done(_result: object) -> None:
            self.saving, self.edited = False, False
            self.save_button.setEnabled(True)
            self.errors.show_with_banner([], self.banner)
            self.status.setText(_("Saved."))
            self.load()  # shows the texts as stored (capitals, spaces tidied)
            self.ctx.bus.notify(Changes(office=True))
            self.saved.emit()

        def failed(exc: BaseException) -> None:
            self.saving = False
            self.save_button.setEnabled(True)
            if isinstance(exc, UserError):
                self.errors.show_with_banner(exc.field_errors, self.banner, refusal_title(exc))
            else:
                show_error(self, exc)

        self.ctx.tasks.write(lambda: docs.save(db, actor, settings), done, failed, owner=self)


class DocumentSettingsDialog(QDialog):
    """The same form on its own, closed when saved (the print dialog opens it when a document
    lacks something)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, note: str = ""):
        super().__init__(parent)
        self.setWindowTitle(_("Printed documents and signers"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        if note:
            text = QLabel(note)
            text.setObjectName("note")
            text.setWordWrap(True)
            layout.addWidget(text)
        self.box = DocumentSettingsBox(ctx, self)
        layout.addWidget(self.box)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.box.saved.connect(self.accept)

    def reject(self) -> None:
        if not self.box.saving:  # a save in progress runs to its end
            super().reject()


def open_document_settings(
    parent: QWidget | None, ctx: AppContext, *, missing: Sequence[str] = ()
) -> bool:
    """Show the document settings in a modal dialog; True when they were saved.

    `missing`: the fields the document being printed still lacks (office_documents.missing),
    named at the top of the dialog.
    """
    note = ""
    if missing:
        note = _("Fill these before printing: {fields}.").format(fields=", ".join(missing))
    dialog = DocumentSettingsDialog(ctx, parent, note)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
