"""File → Import list…: pick the columns, review every row, import in one go.

Three steps in one window:
1. Columns — the file's first rows as they are, the header row found by
   itself (or chosen), and which column holds which field, each with an
   example value; options for lists that name no hamlet.
2. Review — every row with what will happen to it: added, skipped as already
   registered, updated, or not imported with the reason. Duplicates get a
   choice (skip / update the registered household / import as new). The
   wrong rows can be saved as the same workbook with those rows marked.
3. Done — the counts, and the marked workbook to open.

Reading, checking and importing run in workers with progress and Cancel.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QModelIndex,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import collector
from app.excel import importer
from app.excel.columns import (
    BIRTH_FIELDS,
    FIELDS,
    NAME_FIELDS,
    columns_for,
    data_start,
    detect_layout,
    header_labels,
    header_rows,
)
from app.excel.importer import ImportPlan, SheetLayout, Source
from app.excel.interpret import section_hamlet
from app.excel.reading import column_letters
from app.excel.values import clean_text
from app.i18n import _
from app.numbers import format_number
from app.services import office as office_service
from app.ui import jobs
from app.ui.changes import Changes
from app.ui.context import AppContext
from app.ui.dialogs.import_review import DecisionDelegate, ReviewFilter, ReviewModel
from app.ui.jobs import run_job
from app.ui.widgets import fill_combo, find_data

FILE_FILTER = "{lists} (*.xlsx *.xlsm *.xls *.ods *.csv);;{all} (*)"
SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".csv"}
PREVIEW_ROWS = 200
HEADER_BG = QColor("#dbe8f7")


def shown(value: object) -> str:
    """A cell as the officer typed it: dates as dd/mm/yyyy, whole numbers without ".0"."""
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return clean_text(value)


def ask_for_list(parent: QWidget) -> Path | None:
    start = str(Path.home() / "Documents") if (Path.home() / "Documents").is_dir() else ""
    name, _selected = QFileDialog.getOpenFileName(
        parent, _("Import a list"), start,
        FILE_FILTER.format(lists=_("Lists"), all=_("All files")),
    )  # fmt: skip
    return Path(name) if name else None


# --- step 1: the raw rows -----------------------------------------------------


def raw_rows_model(rows: list[list], columns: dict[int, str],
                   header_row: int) -> QStandardItemModel:  # fmt: skip
    """The first rows of the sheet as the file has them, with Excel's row numbers.

    A C++ model filled once, not a Python one asked for every cell: while a list
    is checked in the background, each call into Python from the window waits for
    the worker to let go of the interpreter, and a repaint asks for thousands.
    """
    shown_rows = rows[:PREVIEW_ROWS]
    width = max((len(r) for r in shown_rows), default=0)
    model = QStandardItemModel(len(shown_rows), width)
    header_brush = QBrush(HEADER_BG)
    header = header_rows(rows, header_row)  # both rows of a two-row header
    for r, row in enumerate(shown_rows):
        for c, value in enumerate(row):
            text = shown(value)
            if text or r in header:
                item = QStandardItem(text)
                item.setEditable(False)
                if r in header:
                    item.setBackground(header_brush)
                model.setItem(r, c, item)
    model.setHorizontalHeaderLabels([
        f"{column_letters(c)}\n{_(FIELDS[columns[c]][0])}" if c in columns else column_letters(c)
        for c in range(width)])  # fmt: skip
    model.setVerticalHeaderLabels([str(r + 1) for r in range(len(shown_rows))])
    return model


# --- the dialog ---------------------------------------------------------------


LET_GO_AFTER_MS = 50  # time for the window under the closed one to be painted again
LET_GO_SLICE = 2_000  # items of a list freed per turn of the event loop: a few ms
WAIT_FOR_JOBS_MS = 100


def _let_go(lists: list[list]) -> None:
    """Free the big lists a closed import window held (its plan's rows and households, the
    file's rows: set aside from the collector while the window was open), a slice per turn
    of the event loop, then collect once (app/collector.py). Freed at once they held the
    interpreter, and the window, for 0.13 s (0.3 s on a slower machine) after a
    100,000-row list.

    Not while any job runs: one the closing window cancelled may still be reading them."""
    if jobs.any_running():
        QTimer.singleShot(WAIT_FOR_JOBS_MS, lambda: _let_go(lists))
        return
    while lists and not lists[-1]:
        lists.pop()
    if lists:
        del lists[-1][-LET_GO_SLICE:]
        QTimer.singleShot(0, lambda: _let_go(lists))
        return
    collector.settle()


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.source: Source | None = None
        self.layout_: SheetLayout | None = None
        self.plan: ImportPlan | None = None
        self.report_path: Path | None = None
        self.hamlets: list[tuple[uuid.UUID, str]] = []  # registered: (id, name)
        self.imported_sheets: set[str] = set()  # of this file, in this window
        self.next_sheet: str | None = None  # offered once an import is done
        self.suggested_hamlet: uuid.UUID | None = None  # named by the list's title
        self.review_filter: ReviewFilter | None = None
        self.setWindowTitle(_("Import a list"))
        self.setObjectName("import_dialog")
        self.resize(1100, 720)
        self.setAcceptDrops(True)

        self.steps = QStackedWidget()
        self.steps.addWidget(self._build_columns_step())
        self.steps.addWidget(self._build_review_step())
        self.steps.addWidget(self._build_done_step())
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        layout.addWidget(self.title)
        layout.addWidget(self.steps, 1)
        self._show_step(0)

    # --- step 1 -------------------------------------------------------------

    def _build_columns_step(self) -> QWidget:
        page = QWidget()
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        choose = QPushButton(_("Choose another file…"))
        choose.clicked.connect(self.on_choose_file)
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentIndexChanged.connect(self.on_sheet_changed)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, PREVIEW_ROWS)
        self.header_spin.valueChanged.connect(self.on_header_changed)
        self.hamlet_combo = QComboBox()
        self.add_hamlets = QCheckBox(_("Add new hamlets the list names"))
        self.add_hamlets.setToolTip(_("Hamlets the commune does not have yet are added. Leave "
                                      "it off to catch misspelt hamlet names."))  # fmt: skip
        form = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(choose)
        form.addRow(_("File:"), file_row)
        form.addRow(_("Sheet:"), self.sheet_combo)
        form.addRow(_("Header row:"), self.header_spin)
        form.addRow(_("Hamlet of rows that name none:"), self.hamlet_combo)
        form.addRow("", self.add_hamlets)

        self.mapping_table = QTableWidget(0, 4)
        self.mapping_table.setObjectName("mapping_table")
        self.mapping_table.setHorizontalHeaderLabels(
            [_("Column"), _("Header in the file"), _("Example"), _("Field in Lá Lành")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)  # fmt: skip
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_note = QLabel()
        self.mapping_note.setWordWrap(True)

        self.raw_view = QTableView()
        self.raw_view.setObjectName("raw_preview")
        self.raw_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.raw_view.horizontalHeader().setDefaultSectionSize(130)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(_("Which column holds what:")))
        left_layout.addWidget(self.mapping_table, 1)
        left_layout.addWidget(self.mapping_note)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(_("The file as it is (header row in blue):")))
        right_layout.addWidget(self.raw_view, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([430, 650])

        cancel = QPushButton(_("Cancel"))
        cancel.clicked.connect(self.reject)
        self.check_button = QPushButton(_("Check the list →"))
        self.check_button.setObjectName("check_button")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.on_check)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.check_button)

        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        return page

    def open_file(self, path: Path) -> None:
        """Read the file in a worker, then show its columns."""
        if path.suffix.lower() not in SUFFIXES:
            QMessageBox.warning(self, _("Import a list"), _(
                "Lá Lành reads lists in .xlsx, .xls, .ods or .csv files; {name} is none of "
                "these. Save it from Excel in one of them.").format(name=path.name))  # fmt: skip
            return
        ctx = self.ctx

        def work(progress):
            progress(0, 0, _("Reading {name}…").format(name=path.name))
            source = importer.open_source(path)
            return source, importer.find_layout(ctx.db, source), office_service.list_hamlets(
                ctx.db)  # fmt: skip

        run_job(self, ctx, _("Import a list"), work, self._on_opened)

    def _on_opened(self, result) -> None:
        self.source, layout, hamlets = result
        self.hamlets = [(h.id, h.name) for h in hamlets]
        self.imported_sheets = set()
        self.file_label.setText(f"<b>{self.source.name}</b> — {self.source.path.parent}")
        fill_combo(self.hamlet_combo, [(_("— none: the row is not imported —"), None)]
                   + [(h.name, h.id) for h in hamlets])  # fmt: skip
        self.sheet_combo.blockSignals(True)
        fill_combo(self.sheet_combo, [(s.name, s.name) for s in self.source.sheets])
        self.sheet_combo.setCurrentIndex(max(0, find_data(self.sheet_combo, layout.sheet)))
        self.sheet_combo.blockSignals(False)
        self._set_layout(layout)
        self._show_step(0)
        if not self.isVisible():
            self.show()

    def _set_layout(self, layout: SheetLayout) -> None:
        self.layout_ = layout
        rows = importer.sheet_rows(self.source, layout.sheet)
        # A list without a hamlet column whose title names one (a hamlet head's list): that
        # hamlet for its rows, unless the officer has chosen one.
        if self.hamlet_combo.currentData() in (None, self.suggested_hamlet):
            self.suggested_hamlet = importer.suggested_hamlet(self.source, layout, self.hamlets)
            self.hamlet_combo.setCurrentIndex(max(0, find_data(self.hamlet_combo,
                                                               self.suggested_hamlet)))  # fmt: skip
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(1, min(len(rows), PREVIEW_ROWS)))
        self.header_spin.setValue(layout.header_row + 1)
        self.header_spin.blockSignals(False)
        self.raw_view.setModel(raw_rows_model(rows, layout.columns, layout.header_row))
        header = header_labels(rows, layout.header_row)
        width = max((len(r) for r in rows[:PREVIEW_ROWS]), default=0)
        columns = [c for c in range(width)
                   if c in layout.columns or (c < len(header) and header[c])]  # fmt: skip
        # Examples from the first rows of data (not a hamlet's heading such as "I. THÔN ĐÔNG").
        samples = [r for r in rows[data_start(rows, layout.header_row):][:50]
                   if section_hamlet(r) is None]  # fmt: skip
        self.mapping_table.setRowCount(len(columns))
        choices = [(_("— not imported —"), None)] + [
            (_(label), name) for name, (label, _syns) in FIELDS.items()]  # fmt: skip
        for n, col in enumerate(columns):
            example = next((shown(r[col]) for r in samples if col < len(r) and shown(r[col])),
                           "")  # fmt: skip
            self.mapping_table.setItem(n, 0, QTableWidgetItem(column_letters(col)))
            self.mapping_table.setItem(n, 1, QTableWidgetItem(
                header[col] if col < len(header) else ""))  # fmt: skip
            self.mapping_table.setItem(n, 2, QTableWidgetItem(example))
            combo = QComboBox()
            fill_combo(combo, choices)
            combo.setCurrentIndex(max(0, find_data(combo, layout.columns.get(col))))
            combo.setProperty("column", col)
            combo.currentIndexChanged.connect(self.on_mapping_changed)
            self.mapping_table.setCellWidget(n, 3, combo)
        self.mapping_table.resizeColumnsToContents()
        self._update_mapping_note()

    def _columns_from_table(self) -> dict[int, str]:
        columns = {}
        for n in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(n, 3)
            if combo.currentData():
                columns[combo.property("column")] = combo.currentData()
        return columns

    def on_mapping_changed(self) -> None:
        layout = self.layout_
        self.layout_ = SheetLayout(layout.sheet, layout.header_row, self._columns_from_table(),
                                   False)  # fmt: skip
        self.raw_view.setModel(raw_rows_model(importer.sheet_rows(self.source, layout.sheet),
                                              self.layout_.columns, layout.header_row))  # fmt: skip
        self._update_mapping_note()

    def _update_mapping_note(self) -> None:
        fields = list(self.layout_.columns.values())
        # Several category columns are fine ("Hộ nghèo | Cận nghèo", ticked).
        twice = sorted({f for f in fields if fields.count(f) > 1 and f != "category"})
        missing = []
        if not set(fields).intersection(NAME_FIELDS):
            missing.append(_(FIELDS["full_name"][0]))
        if not set(fields).intersection(BIRTH_FIELDS):
            missing.append(_("Date or year of birth"))
        notes = []
        if self.layout_.remembered:
            notes.append(_("The columns are as you chose them the last time a list with these "
                           "headers was imported."))  # fmt: skip
        if missing:
            notes.append(_("Choose the column of: {fields}.").format(fields=", ".join(missing)))
        if twice:
            notes.append(_("Two columns are set to the same field: {fields}.").format(
                fields=", ".join(_(FIELDS[f][0]) for f in twice)))  # fmt: skip
        self.mapping_note.setText("\n".join(notes))
        self.mapping_note.setStyleSheet("color: #b00020;" if missing or twice else "")
        self.check_button.setEnabled(not missing and not twice)

    def on_sheet_changed(self) -> None:
        if self.source is None:
            return
        name = self.sheet_combo.currentData()
        try:
            layout = importer.find_layout(self.ctx.db, self.source, name)
        except Exception as exc:  # noqa: BLE001 - shown to the officer
            self.ctx.tasks.on_error(exc)
            return
        self._set_layout(layout)

    def on_header_changed(self, value: int) -> None:
        if self.source is None:
            return
        rows = importer.sheet_rows(self.source, self.layout_.sheet)
        columns, _unmapped = columns_for(header_labels(rows, value - 1))
        self._set_layout(SheetLayout(self.layout_.sheet, value - 1, columns, False))

    def on_choose_file(self) -> None:
        path = ask_for_list(self)
        if path is not None:
            self.open_file(path)

    def on_check(self) -> None:
        ctx, source, layout = self.ctx, self.source, self.layout_
        hamlet_id = self.hamlet_combo.currentData()
        create = self.add_hamlets.isChecked()

        def work(progress):
            plan = importer.build_plan(ctx.db, source, layout, default_hamlet_id=hamlet_id,
                                       create_hamlets=create, progress=progress)  # fmt: skip
            categories = {c.code: c.name for c in office_service.list_categories(ctx.db)}
            return plan, categories

        run_job(self, ctx, _("Checking the list"), work, self._on_checked)

    # --- step 2 -------------------------------------------------------------

    def _build_review_step(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.show_combo = QComboBox()
        fill_combo(self.show_combo, [(_("All rows"), "all"), (_("Rows with problems"), "errors"),
                                     (_("Already registered or repeated"), "duplicates"),
                                     (_("Rows to be imported"), "import")])  # fmt: skip
        self.show_combo.currentIndexChanged.connect(self.on_show_changed)
        skip_all = QPushButton(_("Skip all duplicates"))
        skip_all.clicked.connect(lambda: self._decide_all("skip"))
        update_all = QPushButton(_("Update all registered households"))
        update_all.clicked.connect(lambda: self._decide_all("update"))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(_("Show:")))
        filters.addWidget(self.show_combo)
        filters.addStretch(1)
        filters.addWidget(skip_all)
        filters.addWidget(update_all)

        self.review_view = QTableView()
        self.review_view.setObjectName("review_table")
        self.review_view.setItemDelegateForColumn(6, DecisionDelegate(self.review_view))
        self.review_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.review_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.review_view.verticalHeader().hide()
        self.review_view.setWordWrap(False)
        # While a list is imported the table is shown as a picture of itself (on_import).
        self.review_still = QLabel()
        self.review_still.setObjectName("review_still")
        self.review_still.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.review_stack = QStackedWidget()
        self.review_stack.addWidget(self.review_view)
        self.review_stack.addWidget(self.review_still)
        self.row_detail = QLabel()
        self.row_detail.setObjectName("row_detail")
        self.row_detail.setWordWrap(True)
        self.row_detail.setMinimumHeight(40)
        self.row_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.back_button = QPushButton(_("← Back to the columns"))
        self.back_button.clicked.connect(lambda: self._show_step(0))
        self.save_errors = QPushButton(_("Save the wrong rows to fix in Excel…"))
        self.save_errors.setObjectName("save_errors")
        self.save_errors.clicked.connect(self.on_save_errors)
        self.import_button = QPushButton()
        self.import_button.setObjectName("import_button")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.on_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_errors)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.review_stack, 1)
        layout.addWidget(self.row_detail)
        layout.addLayout(buttons)
        return page

    def on_show_changed(self) -> None:
        """All rows: the model itself; a filter: through the proxy (which asks Python
        about every one of the rows each time it filters)."""
        if self.plan is None:
            return
        show = self.show_combo.currentData()
        if show == "all":
            self.review_view.setModel(self.review)
        else:
            self.review_filter.set_show(show)
            self.review_view.setModel(self.review_filter)
        self.review_view.selectionModel().currentRowChanged.connect(self._show_row_detail)
        header = self.review_view.horizontalHeader()
        for col, width in enumerate((50, 170, 80, 55, 105, 90, 105, 120, 170)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)

    def _on_checked(self, result: tuple[ImportPlan, dict[str, str]]) -> None:
        plan, category_names = result
        self.plan = plan
        self.review = ReviewModel(plan, category_names)
        self.review_filter = ReviewFilter(self.review)
        self.review.dataChanged.connect(self._update_summary)
        self.on_show_changed()
        self.row_detail.setText(_("Click a row to see all of its problems. Rows with a choice "
                                  "(skip, update or add): double-click “What happens”."))  # fmt: skip
        self._update_summary()
        self._show_step(1)

    def _show_row_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        model = current.model()
        source = model.mapToSource(current) if model is self.review_filter else current
        row = self.review.plan.rows[source.row()]
        text = self.review.notes(row) or _("No problem.")
        self.row_detail.setText(_("Row {n}: {text}").format(n=row.index + 1, text=text))

    def _decide_all(self, decision: str) -> None:
        if self.plan is not None:
            self.plan.decide_all(decision)
            self.review.refresh()

    def _update_summary(self) -> None:
        plan = self.plan
        counts = plan.counts()
        add, update, skip = counts["new"], counts["update"], counts["skip"]
        bad = len(plan.error_rows)
        lines = [_("{rows} rows read from sheet “{sheet}”.").format(
            rows=format_number(len(plan.rows)), sheet=plan.sheet)]  # fmt: skip
        lines.append(_("{add} households will be added, {update} updated and {skip} skipped "
                       "(already registered or repeated in the file).").format(
                           add=format_number(add), update=format_number(update),
                           skip=format_number(skip)))  # fmt: skip
        likely = [h for h in plan.households if h.ok and h.likely is not None]
        if likely:
            held = sum(1 for h in likely if h.decision == "skip")
            lines.append(_("{n} households may be people already registered or listed earlier "
                           "in the file, though not typed the same way ({held} held back as "
                           "probably the same): see “Already registered or repeated” and "
                           "decide for each.").format(n=format_number(len(likely)),
                                                      held=format_number(held)))  # fmt: skip
        if bad:
            lines.append("<span style='color:#b00020'>" + _(
                "{bad} rows have problems and will not be imported: save them to fix in Excel, "
                "then import that file again.").format(bad=format_number(bad)) + "</span>")  # fmt: skip
        for field, encoding in plan.encodings.items():
            lines.append(_("The column “{field}” was typed in the old {encoding} font; it was "
                           "converted to Unicode.").format(field=_(FIELDS[field][0]),
                                                           encoding=encoding.upper()))  # fmt: skip
        if plan.members_by_numbering:
            lines.append(_("{n} rows without a number (STT) are members of the household "
                           "numbered above them, as the list is laid out. If each row is a "
                           "household, set the STT column to “not imported”.").format(
                               n=format_number(plan.members_by_numbering)))  # fmt: skip
        if plan.new_hamlets:
            lines.append(_("New hamlets to be added: {names}.").format(
                names=", ".join(plan.new_hamlets)))  # fmt: skip
        if plan.earlier_imports:
            when, who = plan.earlier_imports[0]
            lines.append(_("This same file was already imported on {when} by {who}; rows "
                           "already registered will be skipped.").format(
                               when=when.strftime("%d/%m/%Y %H:%M"), who=who))  # fmt: skip
        self.summary.setText("<br>".join(lines))
        self.import_button.setText(_("Import {n} households").format(n=format_number(add + update))
                                   if add or update else _("Nothing to import"))  # fmt: skip
        self.import_button.setEnabled(bool(add or update))
        self.save_errors.setEnabled(bool(bad) or any(
            h.likely is not None and h.decision == "skip" for h in plan.households))  # fmt: skip

    def on_save_errors(self) -> None:
        from app.excel.report import default_report_path

        suggested = default_report_path(self.source.path)
        name, _selected = QFileDialog.getSaveFileName(
            self, _("Save the wrong rows"), str(suggested), _("Excel workbook (*.xlsx)")
        )
        if name:
            self._write_report(Path(name), then=self._on_report_saved)

    def _write_report(self, out: Path, then) -> None:
        from app.excel.report import write_error_report

        source, plan = self.source, self.plan
        errors = plan.report_messages()  # wrong rows, and possible duplicates held back

        def work(progress):
            progress(0, 0, _("Writing {name}…").format(name=out.name))
            return write_error_report(source.path, plan.sheet, plan.header_row, errors, out)

        run_job(self, self.ctx, _("Saving the wrong rows"), work, then)

    def _on_report_saved(self, path: Path) -> None:
        self.report_path = Path(path)
        box = QMessageBox(self)
        box.setWindowTitle(_("Wrong rows saved"))
        box.setText(_("The wrong rows are marked in red in {name}, with a “Lỗi” column saying "
                      "what to correct. Correct them in Excel, save, and import that file "
                      "again: rows already imported will be skipped.").format(
                          name=self.report_path.name))  # fmt: skip
        open_button = box.addButton(_("Open it"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(_("OK"), QMessageBox.ButtonRole.AcceptRole)
        open_button.clicked.connect(lambda: open_path(self.report_path))
        box.open()

    def on_import(self) -> None:
        ctx, plan, layout = self.ctx, self.plan, self.layout_
        source = self.source

        def work(progress):
            result = importer.commit_plan(ctx.db, ctx.user, plan, progress)
            rows = importer.sheet_rows(source, layout.sheet)
            importer.remember_mapping(ctx.db, ctx.user, importer.header_signature(
                rows, layout.header_row), layout.columns)  # fmt: skip
            return result

        # Under the progress dialog the review is a picture of itself, taken now: painting the
        # table calls into Python for every cell, each call waiting for the busy worker, and Qt
        # repaints it whenever the dialog is repainted, updates disabled or not (0.3-0.7 s
        # stalls at the start of an import).
        self.review_still.setPixmap(self.review_view.grab())
        self.review_stack.setCurrentWidget(self.review_still)
        job = run_job(self, ctx, _("Importing"), work, self._on_imported, write=True,
                      label=_("Importing the list…"))  # fmt: skip
        job.finished.connect(self._show_review_table)

    def _show_review_table(self) -> None:
        if shiboken6.isValid(self.review_stack):  # the window may have closed meanwhile
            self.review_stack.setCurrentWidget(self.review_view)
            self.review_still.clear()

    # --- step 3 -------------------------------------------------------------

    def _build_done_step(self) -> QWidget:
        page = QWidget()
        self.done_label = QLabel()
        self.done_label.setObjectName("import_done")
        self.done_label.setWordWrap(True)
        self.done_label.setStyleSheet("font-size: 14px;")
        self.report_button = QPushButton(_("Save the wrong rows to fix in Excel…"))
        self.report_button.clicked.connect(self.on_save_errors)
        # A workbook of one sheet per hamlet: on to the next sheet without opening it again.
        self.next_sheet_button = QPushButton()
        self.next_sheet_button.clicked.connect(self.on_next_sheet)
        close = QPushButton(_("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.next_sheet_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _on_imported(self, result: importer.ImportResult) -> None:
        self.ctx.bus.notify(Changes(households=True, hamlets=bool(self.plan.new_hamlets)))
        lines = [(_("Imported from {file}, sheet “{sheet}”:") if len(self.source.sheets) > 1
                  else _("Imported from {file}:")).format(file=self.plan.file_name,
                                                          sheet=self.plan.sheet),  # fmt: skip
                 _("• {h} households and {p} people added").format(
                     h=format_number(result.households_added),
                     p=format_number(result.persons_added)),
                 _("• {u} registered households updated").format(
                     u=format_number(result.households_updated)),
                 _("• {s} rows skipped").format(s=format_number(result.rows_skipped))]  # fmt: skip
        if result.rows_failed:
            lines.append(_("• {f} rows not imported because of problems: save them, correct "
                           "them in Excel and import that file again.").format(
                               f=format_number(result.rows_failed)))  # fmt: skip
        if result.batch_id:
            lines.append("")
            lines.append(_("If this was a mistake, the whole import can be undone from File → "
                           "Earlier imports, as long as nothing was built on it."))  # fmt: skip
        self.done_label.setText("<br>".join(lines))
        self.report_button.setVisible(bool(self.plan.report_messages()))
        self.imported_sheets.add(self.plan.sheet)
        self.next_sheet = self._next_sheet()
        self.next_sheet_button.setVisible(self.next_sheet is not None)
        if self.next_sheet is not None:
            self.next_sheet_button.setText(_("Import the next sheet: “{sheet}”").format(
                sheet=self.next_sheet))  # fmt: skip
        self._show_step(2)

    def _next_sheet(self) -> str | None:
        """The first sheet after this one holding a list that was not imported yet."""
        names = [sheet.name for sheet in self.source.sheets]
        after = self.source.sheets[names.index(self.plan.sheet) + 1 :]
        return next((sheet.name for sheet in after if sheet.name not in self.imported_sheets
                     and detect_layout(sheet.rows) is not None), None)  # fmt: skip

    def on_next_sheet(self) -> None:
        if self.next_sheet is not None:
            self.sheet_combo.setCurrentIndex(find_data(self.sheet_combo, self.next_sheet))
            self._show_step(0)

    # --- common -------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing: the plan and the file's rows go, and the collector may see again; their
        big lists a slice at a time, once the window is off the screen (_let_go)."""
        super().done(result)
        lists: list[list] = []
        if self.source is not None:
            lists += [sheet.rows for sheet in self.source.sheets]
        if self.plan is not None:
            lists += [self.plan.rows, self.plan.households]
        self.review_view.setModel(None)
        self.raw_view.setModel(None)
        self.plan = self.source = self.review = self.review_filter = None
        QTimer.singleShot(LET_GO_AFTER_MS, lambda: _let_go(lists))

    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.title.setText([_("1. Which column holds what"), _("2. Check every row"),
                            _("3. Done")][step])  # fmt: skip

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if dropped_list(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        path = dropped_list(event)
        if path is not None and self.steps.currentIndex() != 2:
            event.acceptProposedAction()
            self.open_file(path)


def dropped_list(event) -> Path | None:
    """The one spreadsheet file being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    if len(files) == 1 and files[0].suffix.lower() in SUFFIXES:
        return files[0]
    return None


def open_path(path: Path) -> None:
    """Open a file with the program the computer uses for it (Excel for .xlsx)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
