"""Parts of the program form: check lists for eligibility, and the norms table."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldError
from app.i18n import _
from app.numbers import format_number, parse_number
from app.services import office as office_service
from app.services import programs as programs_service
from app.services import vocab
from app.services.entitlement import BASES, PER_PERSON
from app.ui.widgets import ERROR_STYLE, button_row, fill_combo, select_data

HINT_STYLE = "color: #555555;"
# Widths of the norms table's columns: item, basis, quantity, unit, cap, per category, remove.
NORM_WIDTHS = (190, 130, 120, 50, 120, 170, 28)


class CheckList(QListWidget):
    """A short list of choices with check boxes; `checked()` gives the data of those ticked."""

    def __init__(self, name: str, choices: list[tuple[str, object]], checked: list[object]):
        super().__init__()
        self.setObjectName(name)
        for text, data in choices:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, data)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if data in checked
                               else Qt.CheckState.Unchecked)  # fmt: skip
            self.addItem(item)
        self.setMinimumHeight(120)
        self.setMaximumHeight(220)

    def checked(self) -> list:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip

    def set_checked(self, data: object, on: bool = True) -> None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == data:
                self.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class CategoryQuantitiesDialog(QDialog):
    """Per-category quantities of one norm: a category's own quantity applies when higher."""

    def __init__(self, item: programs_service.ItemInfo | None,
                 categories: list[office_service.CategoryInfo], current: dict[uuid.UUID, Decimal],
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.setObjectName("category_quantities")
        self.setWindowTitle(_("Quantities by category"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        about = QLabel(_("A category's own quantity applies to the people (or, per household, the "
                         "households) holding it when it is higher than the base norm. Leave "
                         "empty for the base norm."))  # fmt: skip
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        unit = vocab.label(vocab.UNITS, item.unit) if item else ""
        self.edits: dict[uuid.UUID, QLineEdit] = {}
        for c in categories:
            edit = QLineEdit(format_number(current.get(c.id)))
            edit.setObjectName(f"category_{c.code}")
            edit.setPlaceholderText(_("base norm"))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(QLabel(unit))
            form.addRow(c.name, row)
            self.edits[c.id] = edit
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        buttons, _ok = button_row(self, self.on_ok)
        layout.addWidget(buttons)
        self.values: dict[uuid.UUID, Decimal] = dict(current)

    def on_ok(self) -> None:
        values = {}
        for cid, edit in self.edits.items():
            try:
                q = parse_number(edit.text())
            except ValueError:
                self.error.setText(_("Type each quantity as a number, e.g. 1.000.000 or 12,5."))
                self.error.show()
                edit.setFocus()
                return
            if q is not None:
                values[cid] = q
        self.values = values
        self.accept()


class NormRow(QWidget):
    """One item of the program with its norm."""

    def __init__(self, editor: NormsEditor, norm: programs_service.NormDraft):
        super().__init__()
        self.editor = editor
        self.by_category = dict(norm.by_category)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.item = QComboBox()
        self.item.setObjectName("norm_item")
        fill_combo(self.item, [(i.name, i.id) for i in editor.items], first=_("— choose —"))
        select_data(self.item, norm.item_id)
        self.basis = QComboBox()
        self.basis.setObjectName("norm_basis")
        fill_combo(self.basis, [(_(label), code) for code, label in BASES.items()])
        select_data(self.basis, norm.basis)
        self.quantity = QLineEdit(format_number(norm.quantity))
        self.quantity.setObjectName("norm_quantity")
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.unit = QLabel()
        self.cap = QLineEdit(format_number(norm.household_cap))
        self.cap.setObjectName("norm_cap")
        self.cap.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.cap.setPlaceholderText(_("no cap"))
        self.cap.setToolTip(_("At most this much for one household, however many persons"))
        self.categories = QPushButton()
        self.categories.setObjectName("norm_categories")
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(_("Remove this item from the program"))
        widgets = (self.item, self.basis, self.quantity, self.unit, self.cap, self.categories,
                   self.remove)  # fmt: skip
        for w, width in zip(widgets, NORM_WIDTHS, strict=True):
            w.setFixedWidth(width)
            row.addWidget(w)
        row.addStretch(1)
        self.item.currentIndexChanged.connect(self._update)
        self.basis.currentIndexChanged.connect(self._update)
        self.categories.clicked.connect(self.on_categories)
        self.remove.clicked.connect(lambda: editor.remove_row(self))
        self._update()

    def item_info(self) -> programs_service.ItemInfo | None:
        return self.editor.items_by_id.get(self.item.currentData())

    def _update(self) -> None:
        item = self.item_info()
        self.unit.setText(vocab.label(vocab.UNITS, item.unit) if item else "")
        self.quantity.setPlaceholderText(
            (_("e.g. 500.000") if item.is_money else _("e.g. 15")) if item else "")  # fmt: skip
        per_person = self.basis.currentData() == PER_PERSON
        self.cap.setEnabled(per_person)
        names = self.editor.category_names
        shown = [f"{names.get(c, '?')}: {item.text(q) if item else format_number(q)}"
                 for c, q in self.by_category.items()]  # fmt: skip
        self.categories.setText(_("By category ({n})…").format(n=len(shown)) if shown
                                else _("By category…"))  # fmt: skip
        self.categories.setToolTip("\n".join(shown) or _("Higher quantities for some categories, "
                                                         "e.g. poor households"))  # fmt: skip

    def on_categories(self) -> None:
        dialog = CategoryQuantitiesDialog(self.item_info(), self.editor.categories,
                                          self.by_category, self)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.by_category = dialog.values
                self._update()

        dialog.finished.connect(done)
        self.editor.category_dialog = dialog
        dialog.open()

    def norm(self) -> tuple[programs_service.NormDraft, list[FieldError]]:
        errors = []
        item = self.item_info()
        name = item.name if item else _("An item")
        values: dict[str, Decimal | None] = {}
        for key, edit in (("quantity", self.quantity), ("cap", self.cap)):
            try:
                values[key] = parse_number(edit.text())
            except ValueError:
                values[key] = None
                errors.append(FieldError("norms", _("{item}: type the quantity as a number, e.g. "
                                                    "500.000 or 12,5.").format(item=name)))  # fmt: skip
        per_person = self.basis.currentData() == PER_PERSON
        return programs_service.NormDraft(
            self.item.currentData(), self.basis.currentData(), values["quantity"],
            dict(self.by_category), values["cap"] if per_person else None,
        ), errors  # fmt: skip


class NormsEditor(QWidget):
    """The items of a program, one row each, with their norms."""

    def __init__(self, items: list[programs_service.ItemInfo],
                 categories: list[office_service.CategoryInfo],
                 norms: list[programs_service.NormDraft]):  # fmt: skip
        super().__init__()
        self.items = items
        self.items_by_id = {i.id: i for i in items}
        self.categories = categories
        self.category_names = {c.id: c.name for c in categories}
        self.category_dialog: CategoryQuantitiesDialog | None = None
        self.rows: list[NormRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        titles = (_("Item"), _("Basis"), _("Quantity"), "", _("Household cap"), "", "")
        for title, width in zip(titles, NORM_WIDTHS, strict=True):
            label = QLabel(title)
            label.setFixedWidth(width)
            label.setStyleSheet(HINT_STYLE)
            header.addWidget(label)
        header.addStretch(1)
        layout.addLayout(header)
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        self.add_button = QPushButton(_("Add an item"))
        self.add_button.setObjectName("add_norm")
        self.add_button.clicked.connect(lambda: self.add_row())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        for n in norms:
            self.add_row(n)
        if not norms:
            self.add_row()

    def add_row(self, norm: programs_service.NormDraft | None = None) -> NormRow:
        row = NormRow(self, norm or programs_service.NormDraft())
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        return row

    def remove_row(self, row: NormRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.deleteLater()

    def norms(self) -> tuple[list[programs_service.NormDraft], list[FieldError]]:
        norms, errors = [], []
        for row in self.rows:
            norm, problems = row.norm()
            norms.append(norm)
            errors += problems
        return norms, errors
