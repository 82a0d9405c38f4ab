"""A table model over keyset-paged service calls (STYLE.md #7).

Rows are fetched lazily, a page at a time, in a read worker; the view asks
for more as it scrolls (`canFetchMore`/`fetchMore`). A new query bumps a
generation number so that a late page of an old query is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.ui.tasks import Tasks

Fetch = Callable[[object | None], tuple[list[Any], object | None]]  # cursor → (rows, next)
Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    page_loaded = Signal()

    def __init__(self, tasks: Tasks, columns: list[str]):
        super().__init__()
        self.tasks = tasks
        self.columns = columns
        self.rows: list[Any] = []
        self._fetch: Fetch | None = None
        self._cursor: object | None = None
        self._more = False
        self._loading = False
        self._generation = 0

    # subclasses: how a row looks
    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def set_source(self, fetch: Fetch) -> None:
        """Show a new query: forget the rows, load the first page."""
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self._fetch = fetch
        self._cursor = None
        self._more = True
        self._loading = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    @property
    def loading(self) -> bool:
        return self._loading

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        self._loading = True
        generation, fetch, cursor = self._generation, self._fetch, self._cursor
        self.tasks.read(lambda: fetch(cursor), lambda result: self._on_page(generation, result),
                        lambda exc: self._on_failed(generation, exc), owner=self)  # fmt: skip

    def _on_page(self, generation: int, result: tuple[list[Any], object | None]) -> None:
        if generation != self._generation:
            return
        rows, cursor = result
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self._cursor = cursor
        self._more = cursor is not None
        self._loading = False
        self.page_loaded.emit()

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self._more = False
            self.tasks.on_error(exc)

    def row_at(self, row: int) -> Any | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
