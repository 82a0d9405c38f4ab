"""The reports beside a recipient list: omissions, overlaps (double-dipping) and history."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.i18n import _
from app.numbers import format_number
from app.services import programs as programs_service
from app.services import recipient_lists as rl
from app.ui.context import AppContext
from app.ui.pages.program_models import history_model, omissions_model, overlaps_model
from app.ui.pages.recipient_list import empty_state, show_hint
from app.ui.tables import RowsModel, table_view

ABOUT_STYLE = "color: #444444;"


class ReportView(QWidget):
    """A read-only table about one program's list, loaded in a worker when asked."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, model: RowsModel, name: str, widths: tuple[int, ...],
                 open_household: Callable[..., None] | None = None):  # fmt: skip
        super().__init__()
        self.ctx = ctx
        self.model = model
        self.program: programs_service.ProgramRow | None = None
        self.open_household = open_household
        self.stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.about = QLabel()
        self.about.setObjectName(f"{name}_about")
        self.about.setWordWrap(True)
        self.about.setStyleSheet(ABOUT_STYLE)
        layout.addWidget(self.about)
        self.table = table_view(model, name, widths)
        self.stack, self.hint = empty_state(self.table, f"{name}_hint")
        layout.addWidget(self.stack, 1)
        self.bar = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName(f"{name}_count")
        self.bar.addWidget(self.count)
        self.bar.addStretch(1)
        if open_household is not None:
            self.open_button = QPushButton(_("Open household"))
            self.open_button.clicked.connect(self.on_open)
            self.bar.addWidget(self.open_button)
            self.table.doubleClicked.connect(self.on_open)
        layout.addLayout(self.bar)

    # subclasses
    def fetch(self, program_id: uuid.UUID) -> list[Any]:
        raise NotImplementedError

    def describe(self, program: programs_service.ProgramRow, rows: list[Any]) -> tuple[str, str]:
        """(the sentence above the table, the sentence instead of an empty table)."""
        raise NotImplementedError

    def show_program(self, program: programs_service.ProgramRow | None, visible: bool) -> None:
        """Note the program; load now if the report is on screen, else when it is shown."""
        self.program = program
        self.stale = True
        if program is None:
            self.model.set_rows([])
            self.about.clear()
            self.count.clear()
            show_hint(self.stack, self.hint, _("Choose a program above."))
        elif visible:
            self.load()

    def load_if_stale(self) -> None:
        if self.stale and self.program is not None:
            self.load()

    def load(self) -> None:
        program = self.program
        if program is None:
            return
        self.stale = False
        self.count.setText(_("Loading…"))

        def done(rows: list[Any]) -> None:
            if self.program is None or self.program.id != program.id:
                return
            self.model.set_rows(rows)
            about, empty = self.describe(program, rows)
            self.about.setText(about)
            self.about.setVisible(bool(about))
            show_hint(self.stack, self.hint, None if rows else empty)
            self.count.setText(_("{n} rows").format(n=format_number(len(rows))) if rows else "")
            self.loaded.emit()

        self.ctx.tasks.read(lambda: self.fetch(program.id), done, owner=self)

    def selected(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def on_open(self, *_args) -> None:
        row = self.selected()
        if row is not None and self.open_household is not None:
            self.open_household(row.household_id)


class OmissionsView(ReportView):
    def __init__(self, ctx: AppContext, open_household: Callable[..., None],
                 add_household: Callable[[str], None]):  # fmt: skip
        super().__init__(ctx, omissions_model(), "omissions", (90, 190, 130, 100),
                         open_household)  # fmt: skip
        self.add_household = add_household
        self.add_button = QPushButton(_("Add to the list…"))
        self.add_button.setObjectName("add_omitted")
        self.add_button.setToolTip(_("Put the chosen household on the list by hand, with the "
                                     "reason"))  # fmt: skip
        self.add_button.clicked.connect(self.on_add)
        self.bar.insertWidget(2, self.add_button)

    def fetch(self, program_id: uuid.UUID) -> list[rl.Omission]:
        return rl.omissions(self.ctx.db, program_id)

    def describe(self, program, rows) -> tuple[str, str]:
        now = sum(1 for o in rows if o.eligible_now)
        about = _("Households that are not on the list but may belong there, and why. First "
                  "those the rules select today (registered or changed after the list was "
                  "built or approved), then those taken off it, then near misses: an open need "
                  "the program's items meet, or one of its categories, but another rule fails.")  # fmt: skip
        if now:
            about = _("<b>Eligible now but not on the list: {n} households.</b>").format(
                n=format_number(now)) + " " + about  # fmt: skip
        return about, _("No omission: every household the rules select is on the list, and no "
                        "household with a matching need or category was left out.")  # fmt: skip

    def on_add(self) -> None:
        row = self.selected()
        if row is not None:
            self.add_household(row.household_code)


class OverlapsView(ReportView):
    def __init__(self, ctx: AppContext, open_household: Callable[..., None]):
        super().__init__(ctx, overlaps_model(), "overlaps", (90, 180, 110, 380, 180, 200),
                         open_household)  # fmt: skip

    def fetch(self, program_id: uuid.UUID) -> list:
        return rl.overlaps(self.ctx.db, program_id)

    def describe(self, program, rows) -> tuple[str, str]:
        if not program.overlap_group:
            return "", _("This program is in no overlap group, so it is not checked against "
                         "other programs. To check that nobody gets one season's gifts twice "
                         "from different organisations, give the programs of that season the "
                         "same overlap group (e.g. “Tết 2026”) with Edit….")  # fmt: skip
        about = _("Households of this list that another program of the overlap group “{group}” "
                  "also lists or has already given to, whatever its organisation — the same "
                  "household, or a member with the same ID number registered in another "
                  "household.").format(group=program.overlap_group)  # fmt: skip
        return about, _("No overlap: no household of this list is on another list of the group "
                        "“{group}”.").format(group=program.overlap_group)  # fmt: skip


class HistoryView(ReportView):
    def __init__(self, ctx: AppContext):
        super().__init__(ctx, history_model(), "history", (130, 110, 420, 70))

    def fetch(self, program_id: uuid.UUID) -> list:
        return list(reversed(rl.list_history(self.ctx.db, program_id)))

    def describe(self, program, rows) -> tuple[str, str]:
        return (_("Every step of the list, newest first: builds, changes by hand with their "
                  "reason, submission, approval, amendments (each a new list version) and "
                  "locking."),
                _("Nothing has happened to this list yet."))  # fmt: skip
