"""The import window's second step: every row of the list with what the import will do to
it, a filter over them, and the choice for a household found registered or listed twice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from app.dates import format_birth
from app.excel.importer import ImportPlan, PlannedHousehold
from app.i18n import _
from app.services import vocab
from app.ui.widgets import fill_combo, find_data

ERROR_BG = QColor("#fde2e1")
WARN_BG = QColor("#fff4d6")
SKIP_FG = QColor("#6b6b6b")


def decision_label(code: str) -> str:
    return {"new": _("Add"), "update": _("Update the registered household"),
            "skip": _("Skip")}[code]  # fmt: skip


class ReviewModel(QAbstractTableModel):
    """Every data row, with what the import will do to it."""

    COLUMNS = ("row", "name", "birth", "gender", "id", "hamlet", "relation", "categories",
               "outcome", "problems")  # fmt: skip

    def __init__(self, plan: ImportPlan, category_names: dict[str, str] | None = None):
        super().__init__()
        self.plan = plan
        self.category_names = category_names or {}  # code → name, in the window's language
        self.household_of: dict[int, PlannedHousehold] = {}
        self.first_row: set[int] = set()
        for h in plan.households:
            for r in h.file.rows:
                self.household_of[r.index] = h
            self.first_row.add(h.file.rows[0].index)
        self.headers = [_("Row"), _("Full name"), _("Born"), _("Gender"), _("ID number"),
                        _("Hamlet"), _("Relation"), _("Categories"), _("What happens"),
                        _("Problems and notes")]  # fmt: skip

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.plan.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def outcome(self, row) -> str:
        h = self.household_of[row.index]
        if row.errors:
            return _("Not imported")
        if h.decision == "skip":
            if h.likely is not None:  # the duplicate engine's finding, not an exact one
                if h.match is not None:
                    return _("Skip — may be registered in household {code}").format(
                        code=h.match.code)  # fmt: skip
                return _("Skip — may be repeated in the file")
            if h.match is not None:
                return _("Skip — already registered in household {code}").format(
                    code=h.match.code)  # fmt: skip
            return _("Skip — repeated in the file")
        if h.decision == "update":
            return _("Update household {code}").format(code=h.match.code)
        return _("Add")

    def notes(self, row) -> str:
        h = self.household_of[row.index]
        parts = list(row.errors) + list(row.warnings)
        if row.index in self.first_row and h.match is not None and not row.errors:
            if h.match.conflict:
                parts.append(h.match.conflict)
            elif h.match.changes:
                parts.append(_("Differs from the registered household: {what}.").format(
                    what="; ".join(h.match.changes[:4])))  # fmt: skip
            elif h.likely is None:
                parts.append(_("Same as the registered household."))
        return " ".join(parts)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.plan.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "row":
                return str(row.index + 1)
            if column == "name":
                return row.full_name
            if column == "birth":
                return format_birth(row.birth_date, row.birth_year)
            if column == "gender":  # from its column, the birth's column or the CCCD
                return vocab.label(vocab.GENDERS, row.gender) if row.gender else ""
            if column == "id":
                return row.id_number
            if column == "hamlet":
                return row.hamlet
            if column == "relation":
                return vocab.label(vocab.RELATIONS, row.relation)
            if column == "categories":
                return ", ".join(self.category_names.get(c, c) for c in row.categories)
            if column == "outcome":
                return self.outcome(row)
            return self.notes(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.errors:
                return QBrush(ERROR_BG)
            h = self.household_of[row.index]
            if row.warnings or h.match is not None or h.duplicate_of is not None:
                return QBrush(WARN_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            h = self.household_of[row.index]
            if not row.errors and h.decision == "skip":
                return QBrush(SKIP_FG)
        if role == Qt.ItemDataRole.UserRole:
            return row.index
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.COLUMNS[index.column()] == "outcome" and len(self.choices(index)) > 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def choices(self, index: QModelIndex) -> tuple[str, ...]:
        row = self.plan.rows[index.row()]
        if row.index not in self.first_row:
            return ()
        return self.household_of[row.index].choices()

    def set_decision(self, index: QModelIndex, decision: str) -> None:
        row = self.plan.rows[index.row()]
        h = self.household_of[row.index]
        if decision in h.choices():
            h.decision = decision
            self.refresh()

    def refresh(self) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1,
                                                           self.columnCount() - 1))  # fmt: skip


class DecisionDelegate(QStyledItemDelegate):
    """The "What happens" cell of a duplicate: a choice of skip / update / add."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        model = index.model()
        source = model.mapToSource(index) if isinstance(model, QSortFilterProxyModel) else index
        review: ReviewModel = source.model()
        combo = QComboBox(parent)
        fill_combo(combo, [(decision_label(c), c) for c in review.choices(source)])
        combo.setProperty("source_row", source.row())
        return combo

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        model = index.model()
        source = model.mapToSource(index) if isinstance(model, QSortFilterProxyModel) else index
        review: ReviewModel = source.model()
        h = review.household_of[review.plan.rows[source.row()].index]
        editor.setCurrentIndex(max(0, find_data(editor, h.decision)))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt override
        source = model.mapToSource(index) if isinstance(model, QSortFilterProxyModel) else index
        source.model().set_decision(source, editor.currentData())


class ReviewFilter(QSortFilterProxyModel):
    """Show all rows, or only the wrong ones, the duplicates, or those to be added."""

    def __init__(self, review: ReviewModel):
        super().__init__()
        self.setSourceModel(review)
        self.review = review
        self.show = "all"

    def set_show(self, show: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated
            self.beginFilterChange()
            self.show = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.show = show
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, parent: QModelIndex) -> bool:  # noqa: N802
        if self.show == "all":
            return True
        row = self.review.plan.rows[source_row]
        h = self.review.household_of[row.index]
        if self.show == "errors":
            return bool(row.errors)
        if self.show == "duplicates":
            return not row.errors and (h.match is not None or h.duplicate_of is not None)
        return not row.errors and h.decision != "skip"
