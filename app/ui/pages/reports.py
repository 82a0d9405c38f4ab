"""The Reports page: choose a report, its period and scope; see it; print it, save it as PDF
or as .xlsx.

The document is made in the background (app/printing/report_documents.py) into a temporary
file that lives as long as the page; the preview renders its pages one at a time in a worker
(app/ui/pdf_pages.py, as the list's print window does); printing paints the same pages.
"""

from __future__ import annotations

import tempfile
import uuid
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
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
from app.printing.report_documents import KINDS, MadeReport, ReportRequest, make_report
from app.reports.common import Scope, make_period
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.exporting import ask_save_path
from app.ui.jobs import run_job
from app.ui.pdf_pages import prepare_printer, preview_parts, print_pdf, render_page
from app.ui.widgets import fill_combo


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reports_page")
        self._folder = tempfile.TemporaryDirectory(prefix="lalanh-report-")
        self.made: MadeReport | None = None
        self.made_for: ReportRequest | None = None
        self.page = 0
        splitter = QSplitter(self)
        splitter.addWidget(self._choices())
        splitter.addWidget(self._preview())
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._load_choices()

    # --- choices -----------------------------------------------------------------------------

    def _choices(self) -> QWidget:
        box = QWidget()
        box.setMaximumWidth(380)
        form = QFormLayout(box)
        self.kind = QComboBox()
        self.kind.setObjectName("report_kind")
        fill_combo(self.kind, [(_(label), key) for key, label in KINDS.items()])
        self.from_all = QCheckBox(_("From the beginning"))
        self.from_all.setObjectName("report_from_all")
        self.from_all.setChecked(True)
        self.start = QDateEdit(_qdate(date.today().replace(day=1)))
        self.end = QDateEdit(_qdate(date.today()))
        for name, edit in (("report_from", self.start), ("report_to", self.end)):
            edit.setObjectName(name)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.start.setEnabled(False)
        self.hamlet = QComboBox()
        self.hamlet.setObjectName("report_hamlet")
        self.program = QComboBox()
        self.program.setObjectName("report_program")
        self.office = QComboBox()
        self.office.setObjectName("report_office")
        self.donor = QComboBox()
        self.donor.setObjectName("report_donor")
        self.donor.setEditable(True)
        self.earmark = QComboBox()
        self.earmark.setObjectName("report_earmark")
        self.with_households = QCheckBox(_("Name the households (personal data)"))
        self.with_households.setObjectName("report_with_households")
        self.preview_button = QPushButton(_("Show the preview"))
        self.preview_button.setObjectName("report_preview")
        self.preview_button.setDefault(True)
        form.addRow(_("Report:"), self.kind)
        form.addRow("", self.from_all)
        form.addRow(_("From:"), self.start)
        form.addRow(_("To:"), self.end)
        self.rows = {}
        for key, label, w in (("hamlet", _("Hamlet:"), self.hamlet),
                              ("program", _("Program:"), self.program),
                              ("office", _("Office:"), self.office),
                              ("donor", _("Donor:"), self.donor),
                              ("earmark", _("Earmarked for:"), self.earmark)):  # fmt: skip
            self.rows[key] = QLabel(label)
            form.addRow(self.rows[key], w)
        form.addRow("", self.with_households)
        form.addRow(self.preview_button)
        self.kind.currentIndexChanged.connect(self._update_choices)
        self.from_all.toggled.connect(lambda on: self.start.setEnabled(not on))
        self.preview_button.clicked.connect(lambda: self.make_preview())
        self._update_choices()
        return box

    def _load_choices(self) -> None:
        from app.reports.donor import donor_names
        from app.services.office import list_hamlets
        from app.services.programs import list_programs

        db = self.ctx.db

        def load():
            import sqlalchemy as sa

            from app.models import Office

            with db.read() as s:
                offices = s.execute(sa.select(Office.id, Office.name).order_by(Office.name)).all()
            return list_hamlets(db), list_programs(db), donor_names(db), offices

        def done(result) -> None:
            hamlets, programs, donors, offices = result
            fill_combo(self.hamlet, [(_("All hamlets"), None)] + [(h.name, h.id) for h in hamlets])
            items = [(f"{p.code} {p.name}", p.id) for p in programs]
            fill_combo(self.program, [(_("All programs"), None)] + items)
            fill_combo(self.earmark, [(_("(any)"), None)] + items)
            fill_combo(self.office, [(_("All offices"), None)] + [(n, i) for i, n in offices])
            self.donor.clear()
            self.donor.addItems([""] + donors)
            self._has_offices = len(offices) > 1
            self._update_choices()

        self._has_offices = False
        self.ctx.tasks.read(load, done, owner=self)

    def _update_choices(self) -> None:
        donor = self.kind.currentData() == "donor"
        for key in ("hamlet", "program"):
            self.rows[key].setVisible(not donor)
            getattr(self, key).setVisible(not donor)
        office = not donor and getattr(self, "_has_offices", False)
        self.rows["office"].setVisible(office)
        self.office.setVisible(office)
        for key in ("donor", "earmark"):
            self.rows[key].setVisible(donor)
            getattr(self, key).setVisible(donor)
        self.with_households.setVisible(donor)

    def request(self) -> ReportRequest:
        """The report the choices ask for; UserError for a period that ends before it starts."""
        start = None if self.from_all.isChecked() else _date(self.start.date())
        period = make_period(start, _date(self.end.date()))
        kind = self.kind.currentData()
        if kind == "donor":
            return ReportRequest(kind, period, donor=self.donor.currentText().strip(),
                                 earmark=self.earmark.currentData(),
                                 with_households=self.with_households.isChecked())  # fmt: skip
        hamlet, program, office = (self.hamlet.currentData(), self.program.currentData(),
                                   self.office.currentData())  # fmt: skip
        scope = Scope(hamlet_ids=frozenset({hamlet}) if hamlet else frozenset(),
                      program_ids=frozenset({program}) if program else frozenset(),
                      office_id=office if self.office.isVisible() else None)  # fmt: skip
        return ReportRequest(kind, period, scope)

    # --- preview -----------------------------------------------------------------------------

    def _preview(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        bar = QHBoxLayout()
        self.previous = QPushButton("◀")
        self.next = QPushButton("▶")
        self.page_box = QSpinBox()
        self.page_box.setObjectName("report_page")
        self.page_box.setMinimum(1)
        self.pages_label = QLabel()
        for w in (self.previous, QLabel(_("Page")), self.page_box, self.pages_label, self.next):
            bar.addWidget(w)
        bar.addStretch(1)
        layout.addLayout(bar)
        parts = preview_parts("report", _("Choose the report and press “Show the preview”."))
        self.state, self.scroll, self.image = parts.state, parts.scroll, parts.image
        layout.addWidget(self.state)
        layout.addWidget(self.scroll, 1)
        actions = QHBoxLayout()
        self.print_button, self.save_pdf = parts.print_button, parts.save_pdf
        self.save_xlsx = parts.save_xlsx
        for b in (self.print_button, self.save_pdf, self.save_xlsx):
            actions.addWidget(b)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.previous.clicked.connect(lambda: self.show_page(max(self.page - 1, 0)))
        self.next.clicked.connect(lambda: self.show_page(min(self.page + 1, self._pages() - 1)))
        self.page_box.valueChanged.connect(lambda v: self.show_page(v - 1))
        self.print_button.clicked.connect(self.on_print)
        self.save_pdf.clicked.connect(self.on_save_pdf)
        self.save_xlsx.clicked.connect(self.on_save_xlsx)
        self._show_pages(0)
        return box

    def _pages(self) -> int:
        return self.made.pages if self.made else 0

    def _show_pages(self, pages: int) -> None:
        for w in (self.previous, self.next, self.page_box, self.print_button, self.save_pdf):
            w.setEnabled(pages > 0)
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(pages, 1))
        self.page_box.blockSignals(False)
        self.pages_label.setText(_("of {n}").format(n=format_number(pages)) if pages else "")

    def make_preview(self, then=None) -> None:
        try:
            req = self.request()
        except UserError as exc:
            show_error(self, exc)
            return
        out = Path(self._folder.name) / f"{uuid.uuid4().hex}.pdf"
        db = self.ctx.db

        def done(made: MadeReport) -> None:
            old, self.made, self.made_for = self.made, made, req
            if old is not None:
                old.path.unlink(missing_ok=True)
            self.state.setText(_("{pages} pages.").format(pages=format_number(made.pages))
                               if made.pages != 1 else _("One page."))  # fmt: skip
            self._show_pages(made.pages)
            self.show_page(0)
            if then is not None:
                then(made)

        self.preview_button.setEnabled(False)
        job = run_job(self, self.ctx, _("Making the report…"),
                      lambda progress: make_report(db, req, out, progress), done,
                      on_error=lambda exc: show_error(self, exc))  # fmt: skip
        job.finished.connect(lambda: shiboken6.isValid(self.preview_button)
                             and self.preview_button.setEnabled(True))  # fmt: skip

    def show_page(self, index: int) -> None:
        if self.made is None:
            return
        self.page = index
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        path, ratio = self.made.path, self.devicePixelRatioF()
        landscape = self.made.document.landscape
        width_in = 11.69 if landscape else 8.27
        dpi = max((self.scroll.viewport().width() - 24) / width_in, 40)

        def shown(image: QImage) -> None:
            if self.made is None or self.made.path != path or self.page != index:
                return
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self.image.setPixmap(pixmap)
            self.image.resize(pixmap.deviceIndependentSize().toSize())

        self.ctx.tasks.read(lambda: render_page(path, index, dpi * ratio), shown, owner=self)

    def _with_document(self, then) -> None:
        try:
            req = self.request()
        except UserError as exc:
            show_error(self, exc)
            return
        if self.made is not None and self.made_for == req:
            then(self.made)
        else:
            self.make_preview(then)

    # --- printing and saving -----------------------------------------------------------------

    def on_print(self) -> None:
        if not QPrinterInfo.availablePrinters():
            QMessageBox.warning(self, _("No printer"), _(
                "No printer is installed on this computer. Save the document as PDF and print "
                "it from another computer, or install the printer in Windows and try again."))  # fmt: skip
            return

        def go(made: MadeReport) -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            prepare_printer(printer, made.path)
            dialog = QPrintDialog(printer, self)
            dialog.setMinMax(1, made.pages)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                run_job(self, self.ctx, _("Printing…"),
                        lambda progress: print_pdf(made.path, printer, progress),
                        on_error=lambda exc: show_error(self, exc))  # fmt: skip

        self._with_document(go)

    def _file_name(self, suffix: str) -> str:
        req = self.made_for or self.request()
        stems = {"daily": "bao-cao-nhanh", "donor": "bao-cao-nha-tai-tro",
                 "coverage": "bao-cao-bo-sot", "duplicates": "bao-cao-trung-lap"}  # fmt: skip
        return f"{stems[req.kind]}-{req.period.end:%Y%m%d}{suffix}"

    def on_save_pdf(self) -> None:
        def save(made: MadeReport) -> None:
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

        self._with_document(save)

    def on_save_xlsx(self) -> None:
        try:
            req = self.request()
        except UserError as exc:
            show_error(self, exc)
            return
        path = ask_save_path(self, _("Save as Excel"), self._file_name(".xlsx"),
                             _("Excel workbook (*.xlsx)"))  # fmt: skip
        if path is None:
            return
        self.save_xlsx_to(req, path)

    def save_xlsx_to(self, req: ReportRequest, path: Path) -> None:
        db = self.ctx.db
        run_job(self, self.ctx, _("Save as Excel"),
                lambda progress: make_report(db, req, path, progress),
                lambda made: self.state.setText(_("Saved as {path}.").format(path=made.path)),
                on_error=lambda exc: show_error(self, exc))  # fmt: skip
