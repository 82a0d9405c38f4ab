"""The Donations page: stock on hand per item, the donations ledger, stock adjustments.

Everything shown is read from the append-only ledger; a mistake is corrected by a
reversing entry, and both the original (struck through) and the reversal stay visible.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.dates import format_date
from app.errors import UserError
from app.i18n import _
from app.numbers import format_number
from app.services import exports, ledger, vocab
from app.services import programs as programs_service
from app.ui.changes import Changes, WhenShown
from app.ui.context import AppContext
from app.ui.dialogs.donation_dialog import AdjustmentDialog, DonationDialog, load_donation_choices
from app.ui.errors import show_error
from app.ui.exporting import export_button, export_list, whole_list_button
from app.ui.ledger_views import (
    MUTED,
    RIGHT,
    WARNING,
    WARNING_BACKGROUND,
    bold_font,
    guard,
    italic_font,
    struck_font,
)
from app.ui.paged_model import PagedTableModel
from app.ui.tables import RowsModel, table_view
from app.ui.widgets import ReasonDialog, fill_combo, find_data

PAGE_SIZE = 200
SEARCH_DELAY_MS = 250
ACCOUNTANT = "accountant"


class StockModel(RowsModel):
    """Per item: received, given out, adjusted, on hand. Nothing left (or less) is marked."""

    def __init__(self) -> None:
        super().__init__([_("Item"), _("Received"), _("Given out"), _("Adjusted"), _("On hand")])

    def cell(self, row: ledger.StockRow, column: int, role: int) -> Any:
        low = row.on_hand <= 0
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.item.name
            value = (row.received, row.given, row.adjusted, row.on_hand)[column - 1]
            text = row.item.text(value)
            if column == 4 and low:
                return ("⚠ " + _("none left: {q}") if row.on_hand == 0
                        else "⚠ " + _("below zero: {q}")).format(q=text)  # fmt: skip
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and column == 4:
            return bold_font()
        if low and column == 4:
            if role == Qt.ItemDataRole.ForegroundRole:
                return WARNING
            if role == Qt.ItemDataRole.BackgroundRole:
                return WARNING_BACKGROUND
        if low and role == Qt.ItemDataRole.ToolTipRole:
            return _("Nothing of {item} is left to hand out.").format(item=row.item.name)
        return None


class DonationTableModel(PagedTableModel):
    """The donations ledger, newest first, a page at a time (offset paging)."""

    def __init__(self, ctx: AppContext):
        super().__init__(ctx.tasks, [_("Date"), _("Donor"), _("Source"), _("Item"), _("Quantity"),
                                     _("Receipt no."), _("Earmarked for"), _("Recorded by"),
                                     _("Note")])  # fmt: skip

    def cell(self, row: ledger.DonationRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (format_date(row.received_on), row.donor_name,
                    vocab.label(vocab.DONATION_SOURCES, row.source), row.item, row.quantity_text,
                    row.receipt_no, row.earmark, row.recorded_by,
                    ledger.entry_note(row.note, row.reversed, row.reverses_id is not None))[column]  # fmt: skip
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return RIGHT
        if row.reversed or row.reverses_id is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return MUTED
            if role == Qt.ItemDataRole.FontRole:
                return struck_font() if row.reversed else italic_font()
            if role == Qt.ItemDataRole.ToolTipRole:
                return ledger.entry_note(row.note, row.reversed, row.reverses_id is not None)
        return None


class AdjustmentModel(RowsModel):
    def __init__(self) -> None:
        super().__init__([_("Date"), _("Item"), _("Quantity"), _("Reason"), _("Recorded by")])

    def cell(self, row: ledger.AdjustmentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            reason = ledger.entry_note(row.reason, row.reversed, row.reverses_id is not None)
            return (format_date(row.made_on), row.item, row.quantity_text, reason,
                    row.recorded_by)[column]  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return RIGHT
        if row.reversed or row.reverses_id is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return MUTED
            if role == Qt.ItemDataRole.FontRole:
                return struck_font() if row.reversed else italic_font()
        return None


class DonationsPage(QWidget):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self._dialog: QWidget | None = None
        layout = QVBoxLayout(self)

        stock_box = QGroupBox(_("Stock on hand"))
        stock_layout = QVBoxLayout(stock_box)
        self.stock_model = StockModel()
        self.stock_view = table_view(self.stock_model, "stock", (200, 150, 150, 130))
        self.stock_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        stock_layout.addWidget(self.stock_view)
        self._fit_stock()
        self.stock_note = QLabel(_("Derived from the ledger: received − given out − adjusted."))
        self.stock_note.setStyleSheet("color: gray;")
        self.stock_export = whole_list_button(
            self, ctx, "stock_export", _("Save the stock on hand as an Excel file"),
            exports.stock_file_name, exports.stock_export)  # fmt: skip
        below = QHBoxLayout()
        below.addWidget(self.stock_note, 1)
        below.addWidget(self.stock_export)
        stock_layout.addLayout(below)
        layout.addWidget(stock_box)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_("Search by donor or receipt number"))
        bar.addWidget(self.search, 3)
        self.item_filter = QComboBox()
        self.item_filter.setObjectName("item_filter")
        bar.addWidget(self.item_filter, 1)
        self.program_filter = QComboBox()
        self.program_filter.setObjectName("program_filter")
        bar.addWidget(self.program_filter, 2)
        layout.addLayout(bar)

        actions = QHBoxLayout()
        self.record_button = QPushButton(_("Record donation…"))
        self.record_button.setObjectName("record_donation")
        self.reverse_button = QPushButton(_("Reverse…"))
        self.reverse_button.setObjectName("reverse")
        self.adjust_button = QPushButton(_("Stock adjustment…"))
        self.adjust_button.setObjectName("adjust")
        for b in (self.record_button, self.reverse_button, self.adjust_button):
            actions.addWidget(b)
        guard(self.record_button, ctx.actor, ACCOUNTANT,
              tooltip=_("Record aid received: money, rice, goods, or a budget allocation"))  # fmt: skip
        guard(self.reverse_button, ctx.actor, ACCOUNTANT,
              tooltip=_("Cancel the selected entry with a reversing entry (the original stays)"))  # fmt: skip
        guard(self.adjust_button, ctx.actor, ACCOUNTANT,
              tooltip=_("Stock that left other than by a receipt: spoilt, lost, sent on"))  # fmt: skip
        actions.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        actions.addWidget(self.count_label)
        self.export_button = export_button(_("Save the list of the tab shown (the donations, "
                                             "with the filters above, or the stock "
                                             "adjustments) as an Excel file"), self.on_export)  # fmt: skip
        actions.addWidget(self.export_button)
        layout.addLayout(actions)

        self.tabs = QTabWidget()
        self.model = DonationTableModel(ctx)
        self.table = table_view(self.model, "donations", (90, 200, 110, 90, 120, 90, 200, 90))
        self.tabs.addTab(self.table, _("Donations"))
        self.adjustments_model = AdjustmentModel()
        self.adjustments = table_view(self.adjustments_model, "adjustments", (90, 110, 110, 320))
        self.tabs.addTab(self.adjustments, _("Stock adjustments"))
        layout.addWidget(self.tabs, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.reload)
        self.item_filter.currentIndexChanged.connect(self.reload)
        self.program_filter.currentIndexChanged.connect(self.reload)
        self.record_button.clicked.connect(self.on_record)
        self.reverse_button.clicked.connect(self.on_reverse)
        self.adjust_button.clicked.connect(self.on_adjust)
        WhenShown(self, ctx.bus, self.on_data_changed)
        self.load_filters()
        self.reload()
        self.load_stock()

    # --- loading --------------------------------------------------------------

    def load_filters(self) -> None:
        db = self.ctx.db

        def fetch():
            return programs_service.list_items(db), programs_service.list_programs(db)

        def done(result) -> None:
            items, programs = result
            for combo, entries, first in (
                (self.item_filter, [(i.name, i.id) for i in items], _("All items")),
                (self.program_filter, [(f"{p.code} {p.name}", p.id) for p in programs],
                 _("Any earmark")),
            ):  # fmt: skip
                current = combo.currentData()
                combo.blockSignals(True)
                fill_combo(combo, entries, first=first)
                combo.setCurrentIndex(max(find_data(combo, current), 0))
                combo.blockSignals(False)

        self.ctx.tasks.read(fetch, done, owner=self)

    def query(self) -> ledger.DonationQuery:
        return ledger.DonationQuery(self.search.text(), self.item_filter.currentData(),
                                    self.program_filter.currentData())  # fmt: skip

    def reload(self) -> None:
        self._search_timer.stop()
        query, db = self.query(), self.ctx.db

        def fetch(cursor):
            offset = cursor or 0
            rows = ledger.list_donations(db, query, offset, PAGE_SIZE)
            return rows, (offset + len(rows) if len(rows) == PAGE_SIZE else None)

        self.model.set_source(fetch)

        def show(n: int) -> None:
            if query == self.query():
                self.count_label.setText(_("{n} entries").format(n=format_number(n)))

        self.ctx.tasks.read(lambda: ledger.count_donations(db, query), show, owner=self)

    def load_stock(self) -> None:
        db = self.ctx.db
        self.ctx.tasks.read(lambda: (ledger.stock(db), ledger.list_adjustments(db)),
                            self._show_stock, owner=self)  # fmt: skip

    def _show_stock(self, result) -> None:
        rows, adjustments = result
        self.stock_model.set_rows(rows)
        self.stock_export.setEnabled(bool(rows))
        self._fit_stock()
        self.adjustments_model.set_rows(adjustments)
        self.tabs.setTabText(1, _("Stock adjustments ({n})").format(n=len(adjustments)))
        if not rows:
            self.stock_note.setText(_("Nothing received yet: record the first donation."))
        else:
            self.stock_note.setText(_("Derived from the ledger: received − given out − adjusted."))

    def _fit_stock(self) -> None:
        """As tall as its rows (up to eight), so the ledger below keeps the room."""
        view = self.stock_view
        rows = min(max(self.stock_model.rowCount(), 1), 8)
        height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
        height += rows * view.verticalHeader().defaultSectionSize()
        if view.horizontalScrollBar().isVisible():
            height += view.horizontalScrollBar().sizeHint().height()
        view.setFixedHeight(height)

    def on_data_changed(self, changes: Changes) -> None:
        if changes.programs:
            self.load_filters()
        if changes.ledger or changes.programs:
            self.reload()
            self.load_stock()

    # --- actions --------------------------------------------------------------

    def on_export(self) -> None:
        """The tab shown to an .xlsx file: the donations as filtered (search, item, earmark),
        or the stock adjustments."""
        db = self.ctx.db
        if self.tabs.currentWidget() is self.adjustments:
            export_list(self, self.ctx, self.export_button, exports.adjustments_file_name(),
                        lambda path, progress: exports.export_adjustments(db, path, progress))  # fmt: skip
            return
        query = self.query()
        export_list(self, self.ctx, self.export_button, exports.donations_file_name(),
                    lambda path, progress: exports.export_donations(db, query, path, progress))  # fmt: skip

    def on_record(self) -> None:
        db = self.ctx.db
        self.record_button.setEnabled(False)

        def show(choices) -> None:
            self.record_button.setEnabled(True)
            dialog = DonationDialog(self.ctx, choices, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._dialog = dialog
            dialog.open()

        def failed(exc: BaseException) -> None:
            self.record_button.setEnabled(True)
            show_error(self, exc)

        self.ctx.tasks.read(lambda: load_donation_choices(db), show, failed, owner=self)

    def on_adjust(self) -> None:
        db = self.ctx.db
        selected = self.stock_model.row_at(self.stock_view.currentIndex().row())

        def show(items) -> None:
            item_id = selected.item.id if selected is not None else None
            dialog = AdjustmentDialog(self.ctx, items, self, item_id)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._dialog = dialog
            dialog.open()

        self.ctx.tasks.read(lambda: programs_service.list_items(db), show, owner=self)

    def selected_entry(self) -> tuple[str, uuid.UUID, str] | None:
        """(kind, id, description) of the entry selected in the visible tab."""
        if self.tabs.currentIndex() == 0:
            row = self.model.row_at(self.table.currentIndex().row())
            if row is None:
                return None
            return "donation", row.id, f"{format_date(row.received_on)} — {row.donor_name}: " \
                f"{row.quantity_text} {row.item}"  # fmt: skip
        row = self.adjustments_model.row_at(self.adjustments.currentIndex().row())
        if row is None:
            return None
        return "adjustment", row.id, f"{format_date(row.made_on)} — {row.item}: " \
            f"{row.quantity_text} ({row.reason})"  # fmt: skip

    def on_reverse(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            show_error(self, UserError(_("Select the entry to reverse first.")))
            return
        kind, entry_id, text = entry
        dialog = ReasonDialog(self, _("Reverse an entry"), _(
            "Cancel this entry with a reversing entry? The original stays in the ledger, "
            "marked as reversed.\n\n{entry}\n\nType the reason:").format(entry=text))  # fmt: skip
        dialog.setObjectName("reverse_dialog")
        self._dialog = dialog
        db, actor = self.ctx.db, self.ctx.actor
        reverse = ledger.reverse_donation if kind == "donation" else ledger.reverse_adjustment

        def done(result: int) -> None:
            if result == ReasonDialog.DialogCode.Accepted:
                reason = dialog.reason()
                self.ctx.tasks.write(lambda: reverse(db, actor, entry_id, reason),
                                     lambda _r: self.ctx.bus.notify(Changes(ledger=True)),
                                     lambda exc: show_error(self, exc), owner=self)  # fmt: skip

        dialog.finished.connect(done)
        dialog.open()
