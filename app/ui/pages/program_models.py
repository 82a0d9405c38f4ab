"""Table models of the Programs page: programs, a recipient list (keyset-paged) and its reports."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.dates import format_date
from app.i18n import _
from app.numbers import format_number
from app.services import programs as programs_service
from app.services import recipient_lists as rl
from app.services.overlap import Listing, Overlap
from app.services.programs import list_status_label
from app.ui.paged_model import PagedTableModel
from app.ui.tables import EXPORT_ROLE, RowsModel
from app.ui.tasks import Tasks

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MUTED = QBrush(QColor("#888888"))
GOOD = QBrush(QColor("#1b6e20"))
WARN = QBrush(QColor("#8a5300"))
PAGE_SIZE = 200

STATUS_COLOURS = {"draft": QColor("#555555"), "submitted": QColor("#8a5300"),
                  "approved": QColor("#1b6e20"), "locked": QColor("#1a4f8b")}  # fmt: skip


# --- programs ---------------------------------------------------------------------------


def program_columns() -> list[str]:
    return [_("Program"), _("Organisation"), _("Funding"), _("Period"),
            _("Overlap group"), _("List"), _("Households"), _("Norms")]  # fmt: skip


def program_cell(p: programs_service.ProgramRow, column: int, role: int) -> Any:
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        return (f"{p.code} {p.name}", p.organisation, p.funding, p.period, p.overlap_group,
                list_status_label(p.list_status, p.list_version), format_number(p.households),
                p.norms)[column]  # fmt: skip
    if role == Qt.ItemDataRole.TextAlignmentRole and column == 6:
        return RIGHT
    if role == Qt.ItemDataRole.ForegroundRole and column == 5:
        return QBrush(STATUS_COLOURS.get(p.list_status, QColor("#000000")))
    if role == Qt.ItemDataRole.UserRole:
        return p.id
    return None


def programs_model() -> RowsModel:
    return RowsModel(program_columns(), program_cell)


# --- the recipient list -------------------------------------------------------------------

LIST_BASE = 5  # row code, household, head, hamlet, persons; then one column per item


class RecipientListModel(PagedTableModel):
    """One program's list, a page of rows at a time (keyset on the row number)."""

    def __init__(self, tasks: Tasks):
        super().__init__(tasks, self._columns([]))
        self.items: list[programs_service.ItemInfo] = []

    @staticmethod
    def _columns(items: list[programs_service.ItemInfo]) -> list[str]:
        return [_("Row"), _("Household"), _("Head of household"), _("Hamlet"), _("Persons"),
                *(i.name for i in items), _("State"), _("Reason")]  # fmt: skip

    def show_list(self, db, program_id: uuid.UUID, items: list[programs_service.ItemInfo],
                  query: rl.ListQuery) -> None:  # fmt: skip
        """A program's list with one column per item of its norms."""
        if [i.id for i in items] != [i.id for i in self.items]:
            self.beginResetModel()
            self.items = list(items)
            self.columns = self._columns(self.items)
            self.rows = []
            self._more = False
            self.endResetModel()

        def fetch(cursor: object | None) -> tuple[list[rl.ListRow], object | None]:
            rows = rl.list_rows(db, program_id, query, after_seq=int(cursor or 0), limit=PAGE_SIZE)
            return rows, (rows[-1].seq if len(rows) == PAGE_SIZE else None)

        self.set_source(fetch)

    def clear(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self.items, self.columns, self.rows = [], self._columns([]), []
        self._fetch, self._more, self._loading = None, False, False
        self.endResetModel()

    def cell(self, row: rl.ListRow, column: int, role: int) -> Any:
        n = len(self.items)
        if role == Qt.ItemDataRole.DisplayRole:
            if column < LIST_BASE:
                return (row.code, row.household_code, row.head_name, row.hamlet,
                        format_number(row.persons))[column]  # fmt: skip
            if column < LIST_BASE + n:
                item = self.items[column - LIST_BASE]
                return item.text(row.entitled.get(item.id))
            return state_text(row) if column == LIST_BASE + n else row.reason
        if role == Qt.ItemDataRole.TextAlignmentRole and LIST_BASE - 1 <= column < LIST_BASE + n:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.state == "removed":
                return MUTED
            if row.state == "received" and column == LIST_BASE + n:
                return GOOD
        if role == Qt.ItemDataRole.ToolTipRole and column == LIST_BASE + n + 1 and row.reason:
            return row.reason
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


def state_text(row: rl.ListRow) -> str:
    if row.status == "removed":
        return _("Removed by hand")
    if row.status == "dropped":
        return _("Dropped by the rules")
    if row.state == "received":
        return _("Received {date}").format(date=format_date(row.received_on))
    if row.added_how == "hand":
        return _("Waiting (added by hand)")
    return _("Waiting")


# --- reports ---------------------------------------------------------------------------------


def omissions_model() -> RowsModel:
    def cell(o: rl.Omission, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            now = _("Yes") if o.eligible_now else ""
            return (o.household_code, o.head_name, o.hamlet, now, o.why)[column]
        if role == Qt.ItemDataRole.FontRole and o.eligible_now:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and o.eligible_now and column == 3:
            return WARN
        if role == Qt.ItemDataRole.UserRole:
            return o.household_id
        return None

    return RowsModel([_("Household"), _("Head of household"), _("Hamlet"), _("Eligible now"),
                      _("Why it is not on the list")], cell)  # fmt: skip


def matched_text(o: Listing) -> str:
    if o.how == "household":
        return _("Same household")
    return _("Same ID number (household {code})").format(code=o.household_code)


def overlaps_model() -> RowsModel:
    def cell(o: Overlap, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            sep = "\n" if role == Qt.ItemDataRole.ToolTipRole else "; "
            if column == 3:
                return sep.join(f"{x.program} ({x.organisation})" if x.organisation else x.program
                                for x in o.others)  # fmt: skip
            if column == 4:
                return sep.join(dict.fromkeys(matched_text(x) for x in o.others))
            if column == 5:
                given = [_("{program}: received {date}").format(program=x.program.split(" ")[0],
                                                                date=format_date(x.received_on))
                         for x in o.others if x.received_on]  # fmt: skip
                return sep.join(given) if given else _("Listed only")
            return (o.household_code, o.head_name, o.hamlet)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 5:
            return WARN if o.received_elsewhere else MUTED
        if role == Qt.ItemDataRole.UserRole:
            return o.household_id
        return None

    return RowsModel([_("Household"), _("Head of household"), _("Hamlet"), _("Also on the list of"),
                      _("Matched by"), _("Other program gave")], cell)  # fmt: skip


def event_text(e: rl.ListEventRow) -> str:
    what = _(rl.EVENT_LABELS.get(e.action, e.action))
    if e.household_code:
        what = f"{what}: {e.household_code}"
    if e.action == "build" and e.detail:
        what += " — " + _("{listed} listed, {added} added, {dropped} dropped").format(
            listed=format_number(e.detail.get("listed", 0)),
            added=format_number(e.detail.get("added", 0)),
            dropped=format_number(e.detail.get("dropped", 0)))  # fmt: skip
    return what


def history_model() -> RowsModel:
    def cell(e: rl.ListEventRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            when = e.at.strftime("%d/%m/%Y %H:%M") if e.at else ""
            return (when, e.by, event_text(e), str(e.list_version), e.reason)[column]
        if role == EXPORT_ROLE and column in (0, 3):
            return e.at if column == 0 else e.list_version
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return RIGHT
        return None

    return RowsModel([_("When"), _("Who"), _("What"), _("Version"), _("Reason")], cell)
