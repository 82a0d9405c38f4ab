"""The Households page: search as you type, filter, open, add and void households."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _
from app.numbers import format_number
from app.services import exports
from app.services import households as hh
from app.services import office as office_service
from app.ui.changes import Changes
from app.ui.context import AppContext
from app.ui.exporting import export_button, export_list
from app.ui.paged_model import PagedTableModel
from app.ui.widgets import ReasonDialog, fill_combo, find_data

PAGE_SIZE = 100
COUNT_CAP = 10_000  # a search counts its matches up to here, then says "more than"
MATCHED_COLUMN = 2
MEMBERS_COLUMN = 4
SEARCH_DELAY_MS = 250


class HouseholdTableModel(PagedTableModel):
    def __init__(self, ctx: AppContext):
        super().__init__(ctx.tasks, [_("Code"), _("Head of household"), _("Matched"),
                                     _("Hamlet"), _("Members"), _("Categories"), _("Phone"),
                                     _("Address")])  # fmt: skip

    def cell(self, row: hh.HouseholdRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (row.code, row.head_name, row.matched, row.hamlet, row.members,
                      row.categories, row.phone, row.address)  # fmt: skip
            value = values[column]
            if column == 1 and row.voided:
                return _("{name} (voided)").format(name=value)
            return value
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.voided:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MEMBERS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class HouseholdsPage(QWidget):
    household_opened = Signal(object)  # the dialog, for tests and the Needs page

    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self._dialogs: dict[uuid.UUID | None, QWidget] = {}
        self._hamlets: list = []
        self._office_names: dict = {}
        self._opening: set[uuid.UUID] = set()  # being read: a second click opens nothing
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_("Search by name, ID number, phone or household code "
                                         "(Ctrl+F)"))  # fmt: skip
        bar.addWidget(self.search, 3)
        self.office = QComboBox()  # shown at an upper office, which holds several communes
        self.office.setObjectName("office_filter")
        self.office.hide()
        bar.addWidget(self.office, 1)
        self.hamlet = QComboBox()
        self.hamlet.setObjectName("hamlet_filter")
        bar.addWidget(self.hamlet, 1)
        self.category = QComboBox()
        self.category.setObjectName("category_filter")
        bar.addWidget(self.category, 1)
        self.show_voided = QCheckBox(_("Show voided"))
        bar.addWidget(self.show_voided)
        layout.addLayout(bar)

        actions = QHBoxLayout()
        self.new_button = QPushButton(_("New household (Ctrl+N)"))
        self.open_button = QPushButton(_("Open (Enter)"))
        self.void_button = QPushButton(_("Void household…"))
        self.export_button = export_button(_("Save the households listed here, with the "
                                             "filters and search above, as an Excel file"),
                                           self.on_export)  # fmt: skip
        for b in (self.new_button, self.open_button, self.void_button, self.export_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        actions.addWidget(self.count_label)
        layout.addLayout(actions)

        self.model = HouseholdTableModel(ctx)
        self.table = QTableView()
        self.table.setObjectName("households")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((80, 190, 190, 120, 100, 220, 110, 220)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.on_search_return)
        self.office.currentIndexChanged.connect(self.on_office_changed)
        self.hamlet.currentIndexChanged.connect(self.reload)
        self.category.currentIndexChanged.connect(self.reload)
        self.show_voided.toggled.connect(self.reload)
        self.new_button.clicked.connect(self.new_household)
        self.open_button.clicked.connect(self.open_selected)
        self.void_button.clicked.connect(self.void_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())  # Enter: shortcut
        self.model.page_loaded.connect(self._after_page)
        find = QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, self.open_selected)
        ctx.bus.data_did_change.connect(self.on_data_changed)
        self.load_filters()
        self.reload()

    # --- filters and loading ------------------------------------------------

    def load_filters(self) -> None:
        def fetch():
            db = self.ctx.db
            return (office_service.list_hamlets(db), office_service.list_categories(db),
                    office_service.registry_offices(db))  # fmt: skip

        self.ctx.tasks.read(fetch, self._set_filters)

    def _set_filters(self, result) -> None:
        self._hamlets, categories, offices = result
        self.office.setVisible(len(offices) > 1)
        self._office_names = dict(offices)
        for combo, items, first in (
            (self.office, [(name, oid) for oid, name in offices], _("All offices")),
            (self.hamlet, self._hamlet_items(), _("All hamlets")),
            (self.category, [(c.name, c.id) for c in categories], _("All categories")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            fill_combo(combo, items, first=first)
            index = find_data(combo, current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _hamlet_items(self) -> list[tuple[str, object]]:
        """The chosen office's hamlets; with several offices and none chosen, each hamlet
        with its office's name (two communes both have a "Thôn Đông")."""
        office = self.office.currentData()
        several = self.office.isVisibleTo(self) and office is None
        return [(f"{h.name} — {self._office_names.get(h.office_id, '')}" if several else h.name,
                 h.id) for h in self._hamlets
                if office is None or h.office_id == office]  # fmt: skip

    def on_office_changed(self) -> None:
        current = self.hamlet.currentData()
        self.hamlet.blockSignals(True)
        fill_combo(self.hamlet, self._hamlet_items(), first=_("All hamlets"))
        self.hamlet.setCurrentIndex(max(find_data(self.hamlet, current), 0))
        self.hamlet.blockSignals(False)
        self.reload()

    def query(self) -> hh.HouseholdQuery:
        return hh.HouseholdQuery(
            text=self.search.text(), hamlet_id=self.hamlet.currentData(),
            category_id=self.category.currentData(), include_voided=self.show_voided.isChecked(),
            office_id=self.office.currentData(),
        )  # fmt: skip

    def reload(self) -> None:
        self._search_timer.stop()
        query, db = self.query(), self.ctx.db

        def fetch(cursor):
            page = hh.list_households(db, query, cursor, PAGE_SIZE)
            return page.rows, page.cursor

        self.count_label.setText(_("Loading…"))
        self.model.set_source(fetch)
        self.table.setColumnHidden(MATCHED_COLUMN, not query.text.strip())
        self.ctx.tasks.read(lambda: hh.count_households(db, query, cap=COUNT_CAP),
                            lambda n, q=query: self._show_count(q, n), owner=self)  # fmt: skip

    def _show_count(self, query: hh.HouseholdQuery, count: int) -> None:
        if query != self.query():
            return  # an older query finished late
        if query.text.strip() and count > COUNT_CAP:
            self.count_label.setText(_("More than {n} households found").format(
                n=format_number(COUNT_CAP)))  # fmt: skip
        elif query.text.strip() or query.hamlet_id or query.category_id:
            self.count_label.setText(_("{n} households found").format(n=format_number(count)))
        elif count == 0 and not query.include_voided:
            self.count_label.setText(_("No households yet: press “New household” (Ctrl+N) "
                                       "to register the first one."))  # fmt: skip
        else:
            self.count_label.setText(_("{n} households").format(n=format_number(count)))

    def _after_page(self) -> None:
        if self.table.currentIndex().row() < 0 and self.model.rowCount() > 0:
            self.table.selectRow(0)

    def on_data_changed(self, changes: Changes) -> None:
        if changes.hamlets:
            self.load_filters()
        if changes.households or changes.hamlets:
            self.reload()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def on_search_return(self) -> None:
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.data(index.siblingAtColumn(0), Qt.ItemDataRole.UserRole) \
            if index.isValid() else None  # fmt: skip

    # --- actions ------------------------------------------------------------

    def _load(self, load_draft, tab: str = "members") -> None:
        """Read the draft and the choices the dialog offers in a worker, then show it."""
        db = self.ctx.db

        def fetch():
            return load_draft(), office_service.list_hamlets(db), office_service.list_categories(db)

        def failed(exc: BaseException) -> None:
            self._opening.clear()
            self.ctx.tasks.on_error(exc)

        self.ctx.tasks.read(fetch, lambda result: self._show_dialog(*result, tab=tab), failed,
                            owner=self)  # fmt: skip

    def new_household(self) -> None:
        self._load(lambda: hh.new_household_draft(self.ctx.db))

    def open_selected(self) -> None:
        household_id = self.selected_id()
        if household_id is not None:
            self.open_household(household_id)

    def open_household(self, household_id: uuid.UUID, tab: str = "members") -> None:
        existing = self._dialogs.get(household_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return
        if household_id in self._opening:
            return
        self._opening.add(household_id)
        self._load(lambda: hh.load_household(self.ctx.db, household_id), tab)

    def _show_dialog(self, draft: hh.HouseholdDraft, hamlets, categories,
                     tab: str = "members") -> None:  # fmt: skip
        from app.ui.dialogs.household_dialog import HouseholdDialog

        self._opening.discard(draft.id)
        dialog = HouseholdDialog(self.ctx, draft, hamlets, categories, self.window())
        key = draft.id
        if key is not None:
            self._dialogs[key] = dialog
        dialog.finished.connect(lambda _code: self._dialogs.pop(key, None))
        if tab == "needs":
            dialog.show_needs_tab()
        dialog.open()
        self.household_opened.emit(dialog)

    def on_export(self) -> None:
        """The list as shown (search, hamlet, category, voided) to an .xlsx file."""
        query, db = self.query(), self.ctx.db
        export_list(self, self.ctx, self.export_button, exports.households_file_name(),
                    lambda path, progress: exports.export_households(db, query, path, progress))  # fmt: skip

    def void_selected(self) -> None:
        household_id = self.selected_id()
        if household_id is None:
            return
        row = self.model.row_at(self.table.currentIndex().row())
        dialog = ReasonDialog(
            self, _("Void household"),
            _("Void household {code} ({name})? It stays in the records but leaves every list "
              "and search. Type the reason (e.g. moved away, registered twice):").format(
                code=row.code, name=row.head_name),
        )  # fmt: skip
        dialog.setObjectName("void_dialog")

        def done(result: int) -> None:
            if result == ReasonDialog.DialogCode.Accepted:
                reason = dialog.reason()
                self.ctx.tasks.write(
                    lambda: hh.void_household(self.ctx.db, self.ctx.user, household_id, reason),
                    lambda _r: self.ctx.bus.notify(Changes(households=True, needs=True)),
                )

        dialog.finished.connect(done)
        dialog.open()
