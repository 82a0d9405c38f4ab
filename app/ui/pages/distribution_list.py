"""The Distribution page's parts: the list rows model (updated in place row by row) and the
progress panel of a program."""

from __future__ import annotations

import uuid
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from app.i18n import _
from app.numbers import format_number
from app.services import distribution as dist
from app.services import recipient_lists as rl
from app.services.programs import quantity_text
from app.ui.context import AppContext
from app.ui.ledger_views import GOOD, MUTED, RIGHT
from app.ui.paged_model import PagedTableModel

FIXED_COLUMNS = 5  # code, household, head, hamlet, persons


class ListRowModel(PagedTableModel):
    """A program's list rows in row order, keyset-paged on the row number."""

    def __init__(self, ctx: AppContext):
        super().__init__(ctx.tasks, [])
        self.items: list[dist.ItemProgress] = []
        self._positions: dict[uuid.UUID, int] = {}
        self.set_items([])

    def set_items(self, items: list[dist.ItemProgress]) -> None:
        """The program's items: one "entitled" and one "given" column each."""
        self.beginResetModel()
        self.items = list(items)
        per_item = []
        for item in items:
            per_item += [_("{item}: entitled").format(item=item.name),
                         _("{item}: given").format(item=item.name)]  # fmt: skip
        self.columns = [_("List code"), _("Household code"), _("Head of household"), _("Hamlet"),
                        _("Persons"), *per_item, _("State")]  # fmt: skip
        self.endResetModel()

    @property
    def state_column(self) -> int:
        return len(self.columns) - 1

    def cell(self, row: rl.ListRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column < FIXED_COLUMNS:
                return (row.code, row.household_code, row.head_name, row.hamlet,
                        str(row.persons))[column]  # fmt: skip
            if column == self.state_column:
                return rl.row_state_label(row)
            item = self.items[(column - FIXED_COLUMNS) // 2]
            given = (column - FIXED_COLUMNS) % 2 == 1
            quantity = (row.given if given else row.entitled).get(item.item_id)
            if given and not quantity:
                return ""
            return quantity_text(quantity, item.unit)
        if role == Qt.ItemDataRole.UserRole:
            return row.recipient_id
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and FIXED_COLUMNS - 1 <= column < self.state_column
        ):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.state == "removed":
                return MUTED
            if row.state == "received" and column in (0, self.state_column):
                return GOOD
        if (
            role == Qt.ItemDataRole.FontRole
            and column == self.state_column
            and row.state == "received"
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def position_of(self, recipient_id: uuid.UUID) -> int:
        """Where a row is in the loaded rows, or -1 (not loaded, or filtered out)."""
        i = self._positions.get(recipient_id, -1)
        if 0 <= i < len(self.rows) and self.rows[i].recipient_id == recipient_id:
            return i
        self._positions = {r.recipient_id: n for n, r in enumerate(self.rows)}
        return self._positions.get(recipient_id, -1)

    def update_row(self, row: rl.ListRow) -> int:
        """Show a changed row where it is, without reloading the table; returns its position."""
        i = self.position_of(row.recipient_id)
        if i >= 0:
            self.rows[i] = row
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))
        return i


def progress_html(p: dist.ProgramProgress) -> str:
    head = _("<b>Households:</b> {received} received of {listed} listed — <b>{waiting} waiting</b>"
             " &nbsp;·&nbsp; <b>Persons:</b> {p_received} of {p_listed}").format(
        received=format_number(p.households_received), listed=format_number(p.households_listed),
        waiting=format_number(p.households_waiting), p_received=format_number(p.persons_received),
        p_listed=format_number(p.persons_listed))  # fmt: skip
    cells = "".join(f"<th align='{a}' style='padding-right: 18px'>{escape(h)}</th>" for h, a in (
        (_("Item"), "left"), (_("Planned"), "right"), (_("Given"), "right"),
        (_("Still to give"), "right"), (_("In stock"), "right"), (_("Earmarked left"), "right")))  # fmt: skip
    rows = [f"<tr>{cells}</tr>"]
    for i in p.items:
        left = max(i.planned - i.given, 0)
        short = i.on_hand < left
        stock = quantity_text(i.on_hand, i.unit)
        if short:
            stock = f"<span style='color:#b00020'><b>⚠ {escape(stock)}</b></span>"
        earmarked = quantity_text(i.earmarked_left, i.unit) if i.earmarked_left is not None else "—"
        rows.append("<tr>" + "".join(f"<td align='{a}' style='padding-right: 18px'>{v}</td>" for v, a in (
            (escape(i.name), "left"), (escape(quantity_text(i.planned, i.unit)), "right"),
            (escape(quantity_text(i.given, i.unit)), "right"),
            (escape(quantity_text(left, i.unit)), "right"), (stock, "right"),
            (escape(earmarked), "right"))) + "</tr>")  # fmt: skip
    table = f"<table cellspacing='0' cellpadding='4'>{''.join(rows)}</table>"
    if any(i.on_hand < max(i.planned - i.given, 0) for i in p.items):
        table += "<span style='color:#b00020'>⚠ " + escape(
            _("Not enough in stock for what is still to give: record the donations received, "
              "or hand out less.")) + "</span>"  # fmt: skip
    return head + table
