"""The "possible existing records" box: shown while a person is typed in (issue 6).

`PossibleRecords` sits in the member dialog. Once a name and a birth year (or an ID number)
are typed, it asks the duplicate engine (`engine.check`, on a read worker, ~300 ms after the
last key) for registered persons who may be the same one, and lists up to five with the reason
in words and their household. The officer can open that household, or say "this is a different
person".

Dismissals are remembered for the dialog's session and recorded when the household is saved
(`record_dismissals`, as `merges.decide_different` for each pair): the person typed has no
record, hence no id, until then — and a form closed without saving decides nothing. A new
person's id is found after the save among the household's members that were not there before.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.dates import format_birth
from app.db import Database
from app.dedup import FORM_REVIEW, Candidate, PersonFacts, Thresholds, engine
from app.i18n import _
from app.services import households as hh
from app.services import merges
from app.services import office as office_service
from app.services.roles import Actor
from app.ui.context import AppContext
from app.ui.ledger_views import guard
from app.ui.tables import RowsModel

SHOWN = 5  # matches listed at most
DELAY_MS = 300  # after the last key


def form_thresholds(t: Thresholds) -> Thresholds:
    return replace(t, review=min(t.review, FORM_REVIEW))


class MatchesModel(RowsModel):
    """One match a row, on two lines: who and where, then why."""

    def __init__(self) -> None:
        super().__init__([_("Possible existing records")])

    def cell(self, c: Candidate, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{who(c.b)}\n    {c.explanation}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return _("Score {score}: {why}").format(score=c.score, why=c.explanation)
        return None


def who(p: PersonFacts) -> str:
    """Who and where: Nguyễn Thị Hằng, 08/03/1975, 026175000111 — household 000001 (…)."""
    parts = [p.full_name, format_birth(p.birth_date, p.birth_year), p.id_number]
    place = _("household {code}").format(code=p.household_code)
    if p.hamlet:
        place += f" ({p.hamlet})"
    return ", ".join(x for x in parts if x) + " — " + place


class PossibleRecords(QGroupBox):
    """The matches of the person being typed; hidden while there are none."""

    checked = Signal()  # a look-up's answer was shown (tests)

    def __init__(self, ctx: AppContext, editing: uuid.UUID | None,
                 household_id: uuid.UUID | None, parent: QWidget | None = None):  # fmt: skip
        super().__init__(_("Possible existing records"), parent)
        self.setObjectName("possible_records")
        self.ctx = ctx
        self.editing = editing  # the person being edited is never its own match
        self.household_id = household_id
        self.dismissed: list[Candidate] = []
        self.facts: PersonFacts | None = None
        self._asked = 0  # the latest look-up; older answers are dropped
        self.household_opened: QWidget | None = None  # the last household opened from here
        self.setStyleSheet("QGroupBox#possible_records { color: #8a5300; font-weight: bold; }")
        layout = QVBoxLayout(self)
        self.intro = QLabel(_("This person may be registered already. Open the record to check, "
                              "or confirm that this is a different person."))  # fmt: skip
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("font-weight: normal; color: palette(text);")
        layout.addWidget(self.intro)
        self.model = MatchesModel()
        self.view = QListView()
        self.view.setObjectName("matches")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setMaximumHeight(190)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        layout.addWidget(self.view)
        row = QHBoxLayout()
        self.open_button = QPushButton(_("Open that household"))
        self.open_button.setObjectName("open_match")
        self.open_button.clicked.connect(self.on_open)
        self.different_button = QPushButton(_("This is a different person"))
        self.different_button.setObjectName("different_person")
        self.different_button.setToolTip(_("The pair is recorded as two different people when "
                                           "the household is saved."))  # fmt: skip
        self.different_button.clicked.connect(self.on_different)
        row.addWidget(self.open_button)
        row.addWidget(self.different_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.look)
        self.hide()

    def look_for(self, facts: PersonFacts | None) -> None:
        """Ask again DELAY_MS after the last change; None: not enough typed to ask."""
        self.facts = facts
        self.timer.start()

    def look(self) -> None:
        self.timer.stop()
        facts = self.facts
        self._asked += 1
        asked = self._asked
        if facts is None:
            self.show_matches([])
            self.checked.emit()
            return
        db, limit = self.ctx.db, SHOWN + len(self.dismissed) + 1

        def done(found: list[Candidate]) -> None:
            if asked == self._asked:
                self.show_matches(found)
                self.checked.emit()

        def ask() -> list[Candidate]:
            return engine.check(db, facts, form_thresholds(engine.thresholds(db)), limit=limit)

        self.ctx.tasks.read(ask, done, owner=self)

    def show_matches(self, found: list[Candidate]) -> None:
        gone = {c.b.id for c in self.dismissed}
        shown = [c for c in found if c.b.id is not None and c.b.id != self.editing
                 and c.b.id not in gone][:SHOWN]  # fmt: skip
        self.model.set_rows(shown)
        if shown:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.setVisible(bool(shown))
        self._update_buttons()

    def current(self) -> Candidate | None:
        return self.model.row_at(self.view.currentIndex().row())

    def _update_buttons(self) -> None:
        c = self.current()
        here = c is not None and self.household_id is not None and \
            c.b.household_id == self.household_id  # fmt: skip
        self.open_button.setEnabled(c is not None and not here)
        self.open_button.setToolTip(_("That record is in this household.") if here else "")
        if guard(self.different_button, self.ctx.actor, *merges.ROLES,
                 tooltip=self.different_button.toolTip()):  # fmt: skip
            self.different_button.setEnabled(c is not None)

    def on_different(self) -> None:
        c = self.current()
        if c is None or not self.different_button.isEnabled():
            return
        self.dismissed.append(c)
        self.show_matches(list(self.model.rows))

    def on_open(self) -> None:
        c = self.current()
        if c is None or c.b.household_id is None or not self.open_button.isEnabled():
            return
        db, household_id = self.ctx.db, c.b.household_id

        def fetch():
            return (hh.load_household(db, household_id), office_service.list_hamlets(db),
                    office_service.list_categories(db))  # fmt: skip

        self.ctx.tasks.read(fetch, self._show_household, owner=self)

    def _show_household(self, result) -> None:
        from app.ui.dialogs.household_dialog import HouseholdDialog

        draft, hamlets, categories = result
        dialog = HouseholdDialog(self.ctx, draft, hamlets, categories, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.household_opened = dialog
        dialog.open()


@dataclass(frozen=True)
class Dismissal:
    """Candidates dismissed for one member of a household form."""

    person_id: uuid.UUID | None  # None: a new member, found after the save
    full_name: str
    candidates: tuple[Candidate, ...]


def record_dismissals(db: Database, actor: Actor, household_id: uuid.UUID, before: set[uuid.UUID],
                      dismissals: list[Dismissal]) -> int:  # fmt: skip
    """After the household was saved: each dismissed pair becomes a "different people" decision.
    `before` holds the ids of the members the form had before the save."""
    if not dismissals:
        return 0
    saved = hh.load_household(db, household_id).members
    new = [m for m in saved if m.id not in before and not m.removed]
    done = 0
    for d in dismissals:
        pid = d.person_id
        if pid is None:
            match = next((m for m in new if m.full_name == d.full_name), None)
            if match is None:
                continue
            new.remove(match)
            pid = match.id
        for c in d.candidates:
            if c.b.id is not None and c.b.id != pid:
                merges.decide_different(db, actor, pid, c.b.id, c.score, c.explanation)
                done += 1
    return done
