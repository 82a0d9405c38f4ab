"""Two records of one person side by side, and merging them (issue 6).

`evidence_rows` compares two `merges.PersonSide`s field by field — agree, differ, missing on
one side — for the Duplicates page; `MergeDialog` lets the officer choose the record that stays
and, for each field that differs, the value that survives, then merges on the writer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.dates import format_birth, format_date
from app.i18n import _
from app.numbers import format_number
from app.services import merges, vocab
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.tables import RowsModel
from app.ui.widgets import button_row

AGREE, DIFFER, MISSING, EMPTY, INFO = "agree", "differ", "missing", "empty", "info"
# Colour helps; the word in the last column says it without colour.
STATE_BACKGROUND = {
    AGREE: QBrush(QColor("#e6f4ea")),
    DIFFER: QBrush(QColor("#fde7e9")),
    MISSING: QBrush(QColor("#fff4d6")),
}
_VOCAB = {"gender": vocab.GENDERS, "id_type": vocab.ID_TYPES,
          "residence_status": vocab.RESIDENCE}  # fmt: skip


def state_word(state: str) -> str:
    return {
        AGREE: _("Agree"),
        DIFFER: _("Differ"),
        MISSING: _("Missing on one side"),
        EMPTY: _("Empty on both"),
    }.get(state, "")


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or \
        (value == "none")  # an ID type of "none" is no ID  # fmt: skip


def show_value(field: str, value: object) -> str:
    """A stored value as the officer reads it."""
    if is_empty(value):
        return ""
    if field in _VOCAB:
        return vocab.label(_VOCAB[field], str(value))
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def compare(a: object, b: object) -> str:
    if is_empty(a) and is_empty(b):
        return EMPTY
    if is_empty(a) or is_empty(b):
        return MISSING
    return AGREE if a == b else DIFFER


@dataclass(frozen=True)
class EvidenceRow:
    field: str
    label: str
    a: str
    b: str
    state: str


def evidence_rows(a: merges.PersonSide, b: merges.PersonSide) -> list[EvidenceRow]:
    """Every field a merge can take, then where each record lives and what hangs on it."""
    rows = [EvidenceRow(f, _(label), show_value(f, a.values.get(f)), show_value(f, b.values.get(f)),
                        compare(a.values.get(f), b.values.get(f)))
            for f, label in merges.FIELDS.items()]  # fmt: skip
    rows += [
        EvidenceRow("household", _("Household"), a.household_code, b.household_code,
                    compare(a.household_code, b.household_code)),
        EvidenceRow("hamlet", _("Hamlet"), a.hamlet, b.hamlet, compare(a.hamlet, b.hamlet)),
        EvidenceRow("relation", _("Relation to head"), vocab.label(vocab.RELATIONS, a.relation),
                    vocab.label(vocab.RELATIONS, b.relation), compare(a.relation, b.relation)),
        EvidenceRow("needs", _("Open needs"), format_number(a.needs), format_number(b.needs),
                    INFO),
        EvidenceRow("receipts", _("Aid received by the household"), format_number(a.receipts),
                    format_number(b.receipts), INFO),
    ]  # fmt: skip
    return rows


class EvidenceModel(RowsModel):
    """Field | first record | second record | how they compare (a word, and a colour)."""

    def __init__(self) -> None:
        super().__init__([_("Field"), _("Record 1"), _("Record 2"), _("Comparison")])

    def cell(self, row: EvidenceRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.label, row.a or "—", row.b or "—", state_word(row.state))[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATE_BACKGROUND.get(row.state)
        if role == Qt.ItemDataRole.ForegroundRole and row.state in (AGREE, DIFFER, MISSING):
            return QBrush(QColor("#000000"))  # readable on the light backgrounds in dark themes
        if role == Qt.ItemDataRole.UserRole:
            return row.state
        return None


def describe(side: merges.PersonSide) -> str:
    """One line naming a record: name, birth, ID, household and hamlet."""
    v = side.values
    parts = [str(v.get("full_name") or "")]
    born = format_birth(v.get("birth_date"), v.get("birth_year"))  # type: ignore[arg-type]
    if born:
        parts.append(_("born {birth}").format(birth=born))
    if v.get("id_number"):
        parts.append(str(v["id_number"]))
    place = _("household {code}").format(code=side.household_code)
    if side.hamlet:
        place += f" ({side.hamlet})"
    parts.append(place)
    return ", ".join(parts)


class MergeDialog(QDialog):
    """Choose the record that stays and the surviving value of each differing field; merge.

    The merge runs on the writer; on success the dialog is accepted and `result` holds the
    service's MergeResult (its warnings are for the caller to show)."""

    def __init__(self, ctx: AppContext, a: merges.PersonSide, b: merges.PersonSide,
                 score: int = 0, explanation: str = "", parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.sides = (a, b)
        self.score, self.explanation = score, explanation
        self.result: merges.MergeResult | None = None
        self.merging = False
        self.setWindowTitle(_("Merge two records of one person"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel(_(
            "The two records become one. The record that stays keeps its household; the other "
            "is kept in the history, voided, and points to it, so lists and receipts that name "
            "it still find the person. Its needs and categories move to the record that stays. "
            "A merge can be undone in the Merges tab."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)

        stays = QGroupBox(_("Record that stays"))
        stays_layout = QVBoxLayout(stays)
        self.survivor_group = QButtonGroup(self)
        self.survivor_buttons: list[QRadioButton] = []
        for i, side in enumerate(self.sides):
            button = QRadioButton(f"{i + 1}. {describe(side)}")
            button.setObjectName(f"survivor_{i + 1}")
            self.survivor_group.addButton(button, i)
            self.survivor_buttons.append(button)
            stays_layout.addWidget(button)
        layout.addWidget(stays)

        self.fields_box = QGroupBox(_("Values that differ: choose the one to keep"))
        grid = QGridLayout(self.fields_box)
        for column, text in enumerate((_("Field"), _("Record 1"), _("Record 2")), 0):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, 0, column)
        self.choices: dict[str, tuple[QButtonGroup, list[QRadioButton]]] = {}
        row = 1
        for f, label in merges.FIELDS.items():
            values = [s.values.get(f) for s in self.sides]
            if compare(*values) not in (DIFFER, MISSING):
                continue
            group = QButtonGroup(self)
            buttons = []
            grid.addWidget(QLabel(_(label)), row, 0)
            for i, value in enumerate(values):
                button = QRadioButton(show_value(f, value) or _("(empty)"))
                button.setObjectName(f"take_{f}_{i + 1}")
                group.addButton(button, i)
                buttons.append(button)
                grid.addWidget(button, row, i + 1)
            self.choices[f] = (group, buttons)
            row += 1
        if not self.choices:
            grid.addWidget(QLabel(_("Every field agrees, or is empty on both records.")), 1, 0,
                           1, 3)  # fmt: skip
        layout.addWidget(self.fields_box)
        self.year_note = QLabel(_("The year of birth follows the date of birth chosen."))
        self.year_note.setObjectName("year_note")
        self.year_note.setWordWrap(True)
        self.year_note.hide()
        layout.addWidget(self.year_note)

        moves = QLabel(_("Open needs: {a} on record 1, {b} on record 2. Aid received: {ra} by "
                         "household {ca}, {rb} by household {cb}; receipts are never changed, "
                         "they are found through the record that stays.").format(
            a=format_number(a.needs), b=format_number(b.needs), ra=format_number(a.receipts),
            ca=a.household_code, rb=format_number(b.receipts), cb=b.household_code))  # fmt: skip
        moves.setWordWrap(True)
        layout.addWidget(moves)
        buttons, self.ok = button_row(self, self.on_merge, _("Merge"))
        self.ok.setObjectName("merge")
        layout.addWidget(buttons)

        self.survivor_group.idToggled.connect(self._on_survivor_toggled)
        if "birth_date" in self.choices:
            self.choices["birth_date"][0].idToggled.connect(lambda _i, _on: self._follow_year())
        self.survivor_buttons[self._default_survivor()].setChecked(True)

    def _default_survivor(self) -> int:
        """The record with more filled fields stays by default (the first on a tie)."""
        filled = [sum(not is_empty(v) for v in s.values.values()) for s in self.sides]
        return 1 if filled[1] > filled[0] else 0

    def survivor_index(self) -> int:
        return max(self.survivor_group.checkedId(), 0)

    def _on_survivor_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.set_defaults()

    def set_defaults(self) -> None:
        """Each differing field keeps the survivor's value, or takes the other's when the
        survivor's is empty."""
        keep = self.survivor_index()
        other = 1 - keep
        for f, (_group, buttons) in self.choices.items():
            value = self.sides[keep].values.get(f)
            buttons[other if is_empty(value) else keep].setChecked(True)
        self._follow_year()

    def _follow_year(self) -> None:
        """A chosen date of birth sets the year too (the service takes the year from it)."""
        if "birth_year" not in self.choices:
            return
        _year_group, year_buttons = self.choices["birth_year"]
        date_side = self.survivor_index()
        if "birth_date" in self.choices:
            date_side = max(self.choices["birth_date"][0].checkedId(), 0)
        chosen_date = self.sides[date_side].values.get("birth_date")
        follows = chosen_date is not None
        if follows:
            side = next((i for i, s in enumerate(self.sides)
                         if s.values.get("birth_year") == chosen_date.year), None)  # fmt: skip
            if side is not None:
                year_buttons[side].setChecked(True)
        for button in year_buttons:
            button.setEnabled(not follows)
        self.year_note.setVisible(follows)

    def taken(self) -> set[str]:
        """The fields whose value comes from the merged record."""
        merged = 1 - self.survivor_index()
        return {f for f, (group, _b) in self.choices.items() if group.checkedId() == merged}

    def on_merge(self) -> None:
        if self.merging:
            return
        survivor = self.sides[self.survivor_index()]
        merged = self.sides[1 - self.survivor_index()]
        take, db, actor = self.taken(), self.ctx.db, self.ctx.actor
        score, explanation = self.score, self.explanation
        self.merging = True
        self.ok.setEnabled(False)
        self.ok.setText(_("Merging…"))
        self.ctx.tasks.write(
            lambda: merges.merge(db, actor, survivor.id, merged.id, take, score, explanation),
            self._on_merged, self._on_failed, owner=self)  # fmt: skip

    def _on_merged(self, result: merges.MergeResult) -> None:
        self.merging = False
        self.result = result
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.merging = False
        self.ok.setEnabled(True)
        self.ok.setText(_("Merge"))
        show_error(self, exc)

    def reject(self) -> None:
        if not self.merging:  # a merge under way finishes; the dialog closes when it is done
            super().reject()
