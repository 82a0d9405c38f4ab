"""Small pieces the Donations and Distribution pages share: a table over a short list of rows,
how reversed ledger entries look, and buttons guarded by the acting user's roles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.i18n import _
from app.services.roles import ROLES, Actor

Index = QModelIndex | QPersistentModelIndex
MUTED = QBrush(QColor("#888888"))
WARNING = QBrush(QColor("#b00020"))
WARNING_BACKGROUND = QBrush(QColor("#fde7e9"))
GOOD = QBrush(QColor("#1b6e20"))
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def struck_font() -> QFont:
    font = QFont()
    font.setStrikeOut(True)
    return font


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def italic_font() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


class SmallTableModel(QAbstractTableModel):
    """A read-only table over a short list of frozen rows (a few to a few hundred)."""

    def __init__(self, columns: list[str], rows: Sequence[Any] = ()):
        super().__init__()
        self.columns = columns
        self.rows: list[Any] = list(rows)

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any], columns: list[str] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if columns is not None:
            self.columns = columns
        self.endResetModel()

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

    def row_at(self, row: int) -> Any | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


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


def needs_role_text(*roles: str) -> str:
    return _("Only a user with the role “{roles}” can do this. An administrator gives roles in "
             "Settings → Users.").format(roles=" / ".join(_(ROLES[r]) for r in roles))  # fmt: skip


def guard(widget: QWidget, actor: Actor, *roles: str, tooltip: str = "") -> bool:
    """Enable `widget` only for an actor with one of `roles`; otherwise say which role it needs."""
    allowed = actor.can_any(*roles)
    widget.setEnabled(allowed)
    widget.setToolTip(tooltip if allowed else needs_role_text(*roles))
    return allowed
