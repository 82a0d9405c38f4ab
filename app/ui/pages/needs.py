"""The Needs page: open needs across the commune, filtered, with totals per kind."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.dates import format_date
from app.i18n import _
from app.numbers import format_number
from app.services import exports, vocab
from app.services import needs as needs_service
from app.services import office as office_service
from app.ui.changes import Changes
from app.ui.context import AppContext
from app.ui.exporting import export_button, export_list
from app.ui.paged_model import PagedTableModel
from app.ui.widgets import fill_combo, find_data, vocab_combo

URGENT = {"critical": QColor("#b00020"), "high": QColor("#8a5300")}


class NeedTableModel(PagedTableModel):
    def __init__(self, ctx: AppContext):
        super().__init__(ctx.tasks, [_("Urgency"), _("Need"), _("Quantity"), _("Household"),
                                     _("Head of household"), _("Hamlet"), _("Assessed"),
                                     _("Note")])  # fmt: skip

    def cell(self, row: needs_service.NeedRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            quantity = (f"{format_number(row.quantity)} {vocab.label(vocab.UNITS, row.unit)}"
                        if row.quantity is not None else "")  # fmt: skip
            return (vocab.label(vocab.URGENCIES, row.urgency),
                    vocab.label(vocab.NEED_KINDS, row.kind), quantity, row.household_code,
                    row.head_name, row.hamlet,
                    f"{format_date(row.assessed_on)} — {row.assessed_by}", row.note)[column]  # fmt: skip
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and row.urgency in URGENT:
            return QBrush(URGENT[row.urgency])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.household_id
        return None


def describe_total(t: needs_service.NeedTotal) -> str:
    """One line of the totals: "Gạo: 1.240 kg cho 83 hộ"."""
    kind = vocab.label(vocab.NEED_KINDS, t.kind)
    if t.unit is None:
        return _("{kind}: {h} households").format(kind=kind, h=format_number(t.households))
    return _("{kind}: {q} {unit} for {h} households").format(
        kind=kind, q=format_number(t.quantity), unit=vocab.label(vocab.UNITS, t.unit),
        h=format_number(t.households))  # fmt: skip


class NeedsPage(QWidget):
    def __init__(self, ctx: AppContext, open_household: Callable[..., None]):
        super().__init__()
        self.ctx = ctx
        self.open_household = open_household
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = vocab_combo(vocab.NEED_KINDS, first=_("All kinds"))
        self.kind.setObjectName("kind_filter")
        self.urgency = vocab_combo(vocab.URGENCIES, first=_("Any urgency"))
        self.urgency.setObjectName("urgency_filter")
        self.hamlet = QComboBox()
        self.hamlet.setObjectName("hamlet_filter")
        for w in (QLabel(_("Open needs:")), self.kind, self.urgency, self.hamlet):
            bar.addWidget(w)
        bar.addStretch(1)
        self.export_button = export_button(_("Save the open needs listed here, with the "
                                             "filters on the left, as an Excel file"),
                                           self.on_export)  # fmt: skip
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setStyleSheet("padding: 6px; background: #f3f7f0;")
        layout.addWidget(self.totals)
        self.model = NeedTableModel(ctx)
        self.table = QTableView()
        self.table.setObjectName("open_needs")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((90, 110, 130, 80, 190, 120, 230)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self.on_open)
        layout.addWidget(self.table, 1)
        hint = QLabel(_("Double-click a row to open the household."))
        hint.setStyleSheet("color: gray;")
        layout.addWidget(hint)
        for combo in (self.kind, self.urgency, self.hamlet):
            combo.currentIndexChanged.connect(self.reload)
        ctx.bus.data_did_change.connect(self.on_data_changed)
        self.load_hamlets()
        self.reload()

    def load_hamlets(self) -> None:
        def done(hamlets: list[office_service.HamletInfo]) -> None:
            current = self.hamlet.currentData()
            self.hamlet.blockSignals(True)
            fill_combo(self.hamlet, [(h.name, h.id) for h in hamlets], first=_("All hamlets"))
            self.hamlet.setCurrentIndex(max(find_data(self.hamlet, current), 0))
            self.hamlet.blockSignals(False)

        self.ctx.tasks.read(lambda: office_service.list_hamlets(self.ctx.db), done, owner=self)

    def query(self) -> needs_service.NeedQuery:
        return needs_service.NeedQuery(self.kind.currentData(), self.urgency.currentData(),
                                       self.hamlet.currentData())  # fmt: skip

    def reload(self) -> None:
        query, db = self.query(), self.ctx.db
        self.model.set_source(lambda cursor: needs_service.list_open_needs(db, query, cursor))
        self.totals.setText(_("Loading…"))

        def show(totals: list[needs_service.NeedTotal]) -> None:
            if query != self.query():
                return
            if not totals:
                self.totals.setText(_("No open needs."))
                return
            lines = [describe_total(t) for t in totals]
            title = _("{n} open needs:").format(n=format_number(sum(t.needs for t in totals)))
            # Two columns keep the box short however many kinds there are.
            half = (len(lines) + 1) // 2
            pairs = zip(lines[:half], [*lines[half:], ""], strict=False)
            rows = "".join(
                f"<tr><td>• {escape(a)}</td><td width='40'></td>"
                f"<td>{'• ' + escape(b) if b else ''}</td></tr>"
                for a, b in pairs
            )
            self.totals.setText(f"<b>{escape(title)}</b><table>{rows}</table>")

        self.ctx.tasks.read(lambda: needs_service.need_totals(db, query), show, owner=self)

    def on_export(self) -> None:
        """The open needs as shown (kind, urgency, hamlet) to an .xlsx file."""
        query, db = self.query(), self.ctx.db
        export_list(self, self.ctx, self.export_button, exports.needs_file_name(),
                    lambda path, progress: exports.export_needs(db, query, path, progress))  # fmt: skip

    def on_data_changed(self, changes: Changes) -> None:
        if changes.hamlets:
            self.load_hamlets()
        if changes.needs or changes.households or changes.hamlets:
            self.reload()

    def on_open(self, index) -> None:
        household_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if household_id is not None:
            self.open_household(household_id, tab="needs")
