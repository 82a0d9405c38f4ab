"""Print a program's list: choose the document, hamlets, order and paper; see it; print it, save
it as PDF or as .xlsx.

The document is made in the background (app/printing/documents.py) into a temporary file that
lives as long as the dialog; the preview shows its pages one at a time (rendered in a worker);
printing paints the same pages on the printer in a worker, so what is printed is what was seen.
"""

from __future__ import annotations

import tempfile
import uuid
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.fileio import write_atomic
from app.i18n import _
from app.numbers import format_number
from app.printing import documents
from app.printing.list_data import PrintOptions
from app.services import office as office_service
from app.services import office_documents
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.exporting import ask_save_path
from app.ui.jobs import run_job
from app.ui.pages.document_settings import open_document_settings
from app.ui.pdf_pages import prepare_printer, preview_parts, print_pdf, render_page
from app.ui.widgets import error_banner, fill_combo

DOCUMENT_NAMES = {
    "recipient_list": "DS-ky-nhan",
    "public_list": "DS-niem-yet",
    "receipt": "Phieu-nhan",
}


class PrintDialog(QDialog):
    def __init__(self, ctx: AppContext, program_id: uuid.UUID, program_code: str,
                 program_name: str, parent: QWidget | None = None,
                 hamlet_id: uuid.UUID | None = None):  # fmt: skip
        super().__init__(parent)
        self._first_hamlet = hamlet_id  # ticked alone once the hamlets are loaded
        self.ctx = ctx
        self.program_id = program_id
        self.program_code = program_code
        self.setObjectName("print_dialog")
        self.setWindowTitle(_("Print — {code} {name}").format(code=program_code, name=program_name))
        self.resize(1150, 760)
        self._folder = tempfile.TemporaryDirectory(prefix="lalanh-print-")
        self.made: documents.Made | None = None  # the document shown
        self.made_for: PrintOptions | None = None  # the choices it was made with
        self.page = 0

        splitter = QSplitter(self)
        splitter.addWidget(self._choices())
        splitter.addWidget(self._preview())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.on_print)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, activated=lambda: self.turn(1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, activated=lambda: self.turn(-1))
        self.finished.connect(lambda _r: self._folder.cleanup())
        self._load_hamlets()
        self._update_choices()
        self.check_settings()

    # --- the choices ------------------------------------------------------------------------

    def _choices(self) -> QWidget:
        box = QWidget()
        outer = QVBoxLayout(box)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.banner = error_banner("print_missing")
        self.fill_button = QPushButton(_("Fill in the office details…"))
        self.fill_button.setObjectName("print_fill_settings")
        self.fill_button.hide()
        self.fill_button.clicked.connect(self.on_fill_settings)
        form.addRow(self.banner)
        form.addRow(self.fill_button)

        self.document = QComboBox()
        self.document.setObjectName("print_document")
        fill_combo(self.document, [
            (_("Recipient list for signature"), "recipient_list"),
            (_("Public posting list (ID numbers masked)"), "public_list"),
            (_("Receipts, one per household"), "receipt"),
        ])  # fmt: skip
        form.addRow(_("Document"), self.document)

        self.all_hamlets = QCheckBox(_("All hamlets"))
        self.all_hamlets.setObjectName("print_all_hamlets")
        self.all_hamlets.setChecked(True)
        self.hamlets = QListWidget()
        self.hamlets.setObjectName("print_hamlets")
        self.hamlets.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.hamlets.setMaximumHeight(150)
        form.addRow(_("Hamlets"), self.all_hamlets)
        form.addRow(self.hamlets)

        self.sort = QComboBox()
        self.sort.setObjectName("print_sort")
        fill_combo(self.sort, [
            (_("By hamlet, then by name"), "hamlet"),
            (_("By name (given name, middle, surname)"), "name"),
            (_("By row number on the list"), "list"),
        ])  # fmt: skip
        form.addRow(_("Order"), self.sort)
        self.paper = QComboBox()
        self.paper.setObjectName("print_paper")
        fill_combo(self.paper, [(_("A4 landscape"), True), (_("A4 portrait"), False)])
        form.addRow(_("Paper"), self.paper)
        self.codes = QCheckBox(_("Codes for the scanner (each row, each page)"))
        self.codes.setObjectName("print_codes")
        self.codes.setChecked(True)
        self.page_totals = QCheckBox(_("Subtotal on each page"))
        self.page_totals.setObjectName("print_page_totals")
        self.hamlet_totals = QCheckBox(_("Subtotal for each hamlet"))
        self.hamlet_totals.setObjectName("print_hamlet_totals")
        form.addRow(self.codes)
        form.addRow(self.page_totals)
        form.addRow(self.hamlet_totals)
        self.when = _date_edit("print_date", date.today())
        form.addRow(_("Date of the document"), self.when)
        self.posting_from = _date_edit("print_posting_from", date.today())
        self.posting_to = _date_edit("print_posting_to", date.today())
        self.posting_label = QLabel(_("Posted from – to"))
        posting = QHBoxLayout()
        self.posting_dash = QLabel("–")
        posting.addWidget(self.posting_from)
        posting.addWidget(self.posting_dash)
        posting.addWidget(self.posting_to)
        form.addRow(self.posting_label, posting)

        self.preview_button = QPushButton(_("Show the preview"))
        self.preview_button.setObjectName("print_preview")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(lambda: self.make_preview())  # not `checked` as `then`
        form.addRow(self.preview_button)

        for signal in (self.document.currentIndexChanged, self.sort.currentIndexChanged,
                       self.paper.currentIndexChanged):  # fmt: skip
            signal.connect(self._update_choices)
        for check in (self.codes, self.page_totals, self.hamlet_totals):
            check.toggled.connect(self._update_choices)
        for edit in (self.when, self.posting_from, self.posting_to):
            edit.dateChanged.connect(self._update_choices)
        # Each document needs its own office details (the public list the hotline, receipts
        # no leader): say so as soon as another document is chosen.
        self.document.currentIndexChanged.connect(lambda _i: self.check_settings())
        self.all_hamlets.toggled.connect(self._on_all_hamlets)
        self.hamlets.itemChanged.connect(self._on_hamlet_checked)
        return box

    def _load_hamlets(self) -> None:
        def done(hamlets: list[office_service.HamletInfo]) -> None:
            self.hamlets.blockSignals(True)
            for h in hamlets:
                item = QListWidgetItem(h.name)
                item.setData(Qt.ItemDataRole.UserRole, h.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.hamlets.addItem(item)
            self.hamlets.blockSignals(False)
            if self._first_hamlet is not None:
                self.select_hamlets({self._first_hamlet})

        self.ctx.tasks.read(lambda: office_service.list_hamlets(self.ctx.db), done, owner=self)
        doc = office_documents.load(self.ctx.db)
        self.posting_to.setDate(_qdate(date.today().toordinal() + doc.posting_days - 1))

    def select_hamlets(self, hamlet_ids: set[uuid.UUID] | None) -> None:
        """Tick exactly these hamlets (None: all)."""
        self.all_hamlets.setChecked(hamlet_ids is None)
        self.hamlets.blockSignals(True)
        for i in range(self.hamlets.count()):
            item = self.hamlets.item(i)
            on = hamlet_ids is None or item.data(Qt.ItemDataRole.UserRole) in hamlet_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.hamlets.blockSignals(False)
        self._update_choices()

    def _on_all_hamlets(self, on: bool) -> None:
        if on:
            self.select_hamlets(None)

    def _on_hamlet_checked(self, _item) -> None:
        ticked = self._ticked()
        self.all_hamlets.blockSignals(True)
        self.all_hamlets.setChecked(len(ticked) == self.hamlets.count())
        self.all_hamlets.blockSignals(False)
        self._update_choices()

    def _ticked(self) -> list[uuid.UUID]:
        items = (self.hamlets.item(i) for i in range(self.hamlets.count()))
        return [it.data(Qt.ItemDataRole.UserRole) for it in items
                if it.checkState() == Qt.CheckState.Checked]  # fmt: skip

    def options(self) -> PrintOptions:
        document = self.document.currentData()
        hamlets = None if self.all_hamlets.isChecked() else frozenset(self._ticked())
        by_hamlet = self.sort.currentData() == "hamlet"
        return PrintOptions(
            document=document,
            hamlet_ids=hamlets,
            sort=self.sort.currentData(),
            landscape=bool(self.paper.currentData()) and document != "receipt",
            row_codes=self.codes.isChecked() and document != "public_list",
            page_subtotals=self.page_totals.isChecked() and document != "receipt",
            hamlet_subtotals=self.hamlet_totals.isChecked() and by_hamlet
            and document != "receipt",
            document_date=self.when.date().toPython(),
            posting_from=self.posting_from.date().toPython(),
            posting_to=self.posting_to.date().toPython(),
        )  # fmt: skip

    def _update_choices(self) -> None:
        document = self.document.currentData()
        lists = document != "receipt"
        self.paper.setEnabled(lists)
        self.codes.setEnabled(document != "public_list")
        self.page_totals.setEnabled(lists)
        self.hamlet_totals.setEnabled(lists and self.sort.currentData() == "hamlet")
        public = document == "public_list"
        for w in (self.posting_label, self.posting_from, self.posting_dash, self.posting_to):
            w.setVisible(public)
        self.when.setEnabled(lists)
        self._show_stale()
        if self.banner.isVisible() or self.fill_button.isVisible():
            self.check_settings()

    def check_settings(self) -> bool:
        """Say which office details the chosen document still needs; True when none."""
        missing = office_documents.missing(office_documents.load(self.ctx.db),
                                           self.document.currentData())  # fmt: skip
        if missing:
            self.banner.setText(_("Before printing, fill in these office details: {fields}.")
                                .format(fields=", ".join(missing)))  # fmt: skip
        self.banner.setVisible(bool(missing))
        self.fill_button.setVisible(bool(missing))
        return not missing

    def on_fill_settings(self) -> None:
        missing = office_documents.missing(office_documents.load(self.ctx.db),
                                           self.document.currentData())  # fmt: skip
        if open_document_settings(self, self.ctx, missing=missing):
            self.check_settings()
            self.made_for = None  # the office details are on the document
            self._show_stale()

    # --- the preview ------------------------------------------------------------------------

    def _preview(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        bar = QHBoxLayout()
        self.previous = QPushButton("◀")
        self.previous.setObjectName("print_previous")
        self.previous.setToolTip(_("Previous page (Page Up)"))
        self.next = QPushButton("▶")
        self.next.setObjectName("print_next")
        self.next.setToolTip(_("Next page (Page Down)"))
        self.page_box = QSpinBox()
        self.page_box.setObjectName("print_page")
        self.page_box.setMinimum(1)
        self.pages_label = QLabel()
        self.zoom = QComboBox()
        self.zoom.setObjectName("print_zoom")
        fill_combo(self.zoom, [(_("Fit width"), "width"), (_("Whole page"), "page"),
                               ("100%", 1.0), ("150%", 1.5)])  # fmt: skip
        for w in (self.previous, QLabel(_("Page")), self.page_box, self.pages_label, self.next):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.zoom)
        layout.addLayout(bar)
        parts = preview_parts("print", _("Choose the document and press “Show the preview”."))
        self.state, self.scroll, self.image = parts.state, parts.scroll, parts.image
        layout.addWidget(self.state)
        layout.addWidget(self.scroll, 1)
        actions = QHBoxLayout()
        self.print_button, self.save_pdf = parts.print_button, parts.save_pdf
        self.save_xlsx = parts.save_xlsx
        self.open_viewer = QPushButton(_("Open in the PDF viewer"))
        self.open_viewer.setObjectName("print_open_viewer")
        close = QPushButton(_("Close"))
        close.clicked.connect(self.reject)
        for b in (self.print_button, self.save_pdf, self.save_xlsx, self.open_viewer):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(close)
        layout.addLayout(actions)
        self.previous.clicked.connect(lambda: self.turn(-1))
        self.next.clicked.connect(lambda: self.turn(1))
        self.page_box.valueChanged.connect(lambda v: self.show_page(v - 1))
        self.zoom.currentIndexChanged.connect(lambda _i: self.show_page(self.page))
        self.print_button.clicked.connect(self.on_print)
        self.save_pdf.clicked.connect(self.on_save_pdf)
        self.save_xlsx.clicked.connect(self.on_save_xlsx)
        self.open_viewer.clicked.connect(self.on_open_viewer)
        self._show_pages(0)
        return box

    def _show_stale(self) -> None:
        stale = self.made is not None and self.made_for != self.options()
        if stale:
            self.state.setText(_("The choices changed: press “Show the preview” to see the "
                                 "document as it will be printed."))  # fmt: skip
        self.save_xlsx.setEnabled(self.document.currentData() != "receipt")

    def _show_pages(self, pages: int) -> None:
        for w in (self.previous, self.next, self.page_box, self.print_button, self.save_pdf,
                  self.open_viewer):  # fmt: skip
            w.setEnabled(pages > 0)
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(pages, 1))
        self.page_box.blockSignals(False)
        self.pages_label.setText(_("of {n}").format(n=format_number(pages)) if pages else "")

    def make_preview(self, then=None) -> None:
        """Make the document for the current choices in the background, then show page 1 (and
        call `then(made)`)."""
        if not self.check_settings():
            return
        options = self.options()
        try:
            documents.check_options(options)
        except UserError as exc:
            show_error(self, exc)
            return
        out = Path(self._folder.name) / f"{uuid.uuid4().hex}.pdf"
        db, pid = self.ctx.db, self.program_id

        def make(progress) -> documents.Made:
            return documents.make_document(db, pid, options, out, progress)

        def done(made: documents.Made) -> None:
            old = self.made
            self.made, self.made_for = made, options
            if old is not None:
                old.path.unlink(missing_ok=True)
            one = made.pages == 1
            self.state.setText((_("{rows} households on one page.") if one else
                                _("{rows} households on {pages} pages.")).format(
                rows=format_number(made.rows), pages=format_number(made.pages)))  # fmt: skip
            self._show_pages(made.pages)
            self.show_page(0)
            if then is not None:
                then(made)

        self.preview_button.setEnabled(False)
        job = run_job(self, self.ctx, _("Making the document…"), make, done,
                      on_error=lambda exc: show_error(self, exc))  # fmt: skip
        job.finished.connect(
            lambda: shiboken6.isValid(self.preview_button) and self.preview_button.setEnabled(True)
        )

    def turn(self, step: int) -> None:
        if self.made is not None:
            self.show_page(min(max(self.page + step, 0), self.made.pages - 1))

    def show_page(self, index: int) -> None:
        if self.made is None:
            return
        self.page = index
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        path = self.made.path
        dpi = self._preview_dpi()

        def shown(image: QImage) -> None:
            if self.made is None or self.made.path != path or self.page != index:
                return  # another page or document was asked for meanwhile
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self.image.setPixmap(pixmap)
            self.image.resize(pixmap.deviceIndependentSize().toSize())

        ratio = self.devicePixelRatioF()
        self.ctx.tasks.read(lambda: render_page(path, index, dpi * ratio), shown, owner=self)

    def _preview_dpi(self) -> float:
        zoom = self.zoom.currentData()
        if isinstance(zoom, float):
            return 96 * zoom
        landscape = self.made_for is not None and self.made_for.landscape
        width_in, height_in = (11.69, 8.27) if landscape else (8.27, 11.69)
        view = self.scroll.viewport().size()
        by_width = (view.width() - 24) / width_in
        if zoom == "page":
            return max(min(by_width, (view.height() - 24) / height_in), 20)
        return max(by_width, 20)

    # --- printing and saving ----------------------------------------------------------------

    def _with_document(self, then) -> None:
        """Run `then(made)` on the document of the current choices, making it first if needed."""
        if self.made is not None and self.made_for == self.options():
            then(self.made)
        else:
            self.make_preview(then)

    def on_print(self) -> None:
        if not QPrinterInfo.availablePrinters():
            box = QMessageBox(QMessageBox.Icon.Warning, _("No printer"), _(
                "No printer is installed on this computer. Save the document as PDF and print "
                "it from another computer, or install the printer in Windows and try again."),
                QMessageBox.StandardButton.Ok, self)  # fmt: skip
            box.setObjectName("print_no_printer")
            box.open()
            self.no_printer_box = box
            return
        self._with_document(self._print)

    def _print(self, made: documents.Made) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, made.path)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, made.pages)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.send_to_printer(made, printer)

    def send_to_printer(self, made: documents.Made, printer: QPrinter) -> None:
        """Paint the document on a printer set up by the print dialog (or by a test)."""

        def sent(pages: int) -> None:
            self.state.setText(_("{n} pages sent to the printer.").format(n=format_number(pages)))

        run_job(self, self.ctx, _("Printing…"), lambda progress: print_pdf(made.path, printer,
                                                                             progress),
                sent, on_error=lambda exc: show_error(self, exc))  # fmt: skip

    def _file_name(self, suffix: str) -> str:
        options = self.made_for or self.options()
        return f"{DOCUMENT_NAMES[options.document]}-{self.program_code}{suffix}"

    def on_save_pdf(self) -> None:
        def save(made: documents.Made) -> None:
            path = ask_save_path(self, _("Save as PDF"), self._file_name(".pdf"),
                                 _("PDF document (*.pdf)"))  # fmt: skip
            if path is None:
                return
            try:
                write_atomic(path, made.path.read_bytes())
            except OSError as exc:
                show_error(self, UserError(_("Could not save {name}: {error}").format(
                    name=path.name, error=exc.strerror or exc)))  # fmt: skip
                return
            self.state.setText(_("Saved as {path}.").format(path=path))
            self.saved_path = path

        self._with_document(save)

    def on_save_xlsx(self) -> None:
        if not self.check_settings():
            return
        path = ask_save_path(self, _("Save as Excel"), self._file_name(".xlsx"),
                             _("Excel workbook (*.xlsx)"))  # fmt: skip
        if path is None:
            return
        options, db, pid = self.options(), self.ctx.db, self.program_id
        run_job(self, self.ctx, _("Save as Excel"),
                lambda progress: documents.make_document(db, pid, options, path, progress),
                lambda made: self.state.setText(_("Saved as {path}.").format(path=made.path)),
                on_error=lambda exc: show_error(self, exc))  # fmt: skip

    def on_open_viewer(self) -> None:
        def open_it(made: documents.Made) -> None:
            # A copy with a readable name: the viewer may keep it open after the dialog closes.
            copy = Path(tempfile.gettempdir()) / self._file_name(".pdf")
            try:
                write_atomic(copy, made.path.read_bytes())
            except OSError as exc:
                show_error(self, UserError(str(exc)))
                return
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

        self._with_document(open_it)


def _date_edit(name: str, value: date) -> QDateEdit:
    edit = QDateEdit(_qdate(value.toordinal()))
    edit.setObjectName(name)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


def _qdate(ordinal: int) -> QDate:
    d = date.fromordinal(ordinal)
    return QDate(d.year, d.month, d.day)


def open_print_dialog(parent: QWidget, ctx: AppContext, program_id: uuid.UUID, code: str,
                      name: str, hamlet_id: uuid.UUID | None = None) -> PrintDialog:  # fmt: skip
    """Open the print dialog (non-modal), with the hamlet the page shows ticked alone."""
    dialog = PrintDialog(ctx, program_id, code, name, parent, hamlet_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
