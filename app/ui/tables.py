"""Read-only tables over short lists of frozen rows (programs, reports, stock, histories),
and the table view every page uses for them. Big tables use app/ui/paged_model.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex
Cell = Callable[[Any, int, int], Any]  # (row, column, role) → value
# A cell's value for an Excel file when it has a typed one (a date and time, a number); cells
# that give none are written as shown.
EXPORT_ROLE = Qt.ItemDataRole.UserRole + 100


class RowsModel(QAbstractTableModel):
    """A read-only table over a short list of frozen rows: give `cell`, or override it."""

    def __init__(self, columns: Sequence[str], cell: Cell | None = None, rows: Sequence[Any] = ()):
        super().__init__()
        self.columns = list(columns)
        self.rows: list[Any] = list(rows)
        self._cell = cell

    def cell(self, row: Any, column: int, role: int) -> Any:
        return self._cell(row, column, role) if self._cell is not None else None

    def set_rows(self, rows: Sequence[Any], columns: Sequence[str] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if columns is not None:
            self.columns = list(columns)
        self.endResetModel()

    def export_rows(self, rows: Sequence[Any]) -> list[list[Any]]:
        """These rows (of this model) as an Excel file should hold them: typed values where
        `cell` gives them for EXPORT_ROLE, else the text shown. Pure Python over frozen rows:
        a worker may call it on a copy of `self.rows`."""
        out = []
        for row in rows:
            values = []
            for column in range(len(self.columns)):
                value = self.cell(row, column, EXPORT_ROLE)
                if value is None:
                    value = self.cell(row, column, Qt.ItemDataRole.DisplayRole)
                values.append(value)
            out.append(values)
        return out

    def row_at(self, row: int) -> Any | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section] if 0 <= section < len(self.columns) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)


def table_view(model: QAbstractTableModel, name: str, widths: Sequence[int] = ()) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view
