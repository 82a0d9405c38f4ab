"""Registry → Duplicates (issue 6): the queue of possible duplicate pairs, strongest first, each
pair's evidence side by side, and the officer's decisions — same person (merge), different
people (remembered), later — with the merges made, and their undo, in a second tab.

The queue is the result of one scan of the registry (a long job: up to a minute on a big
registry), kept in memory for the session; it is computed again only when asked ("Scan
again"). Decisions made here take their pair out of the queue at once.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.dates import format_birth
from app.dedup import Candidate, PersonFacts, Thresholds, engine, level_label
from app.i18n import _
from app.numbers import format_number
from app.services import exports, merges
from app.ui.changes import Changes
from app.ui.context import AppContext
from app.ui.dialogs.merge_dialog import EvidenceModel, MergeDialog, describe, evidence_rows
from app.ui.errors import show_error
from app.ui.exporting import export_button, export_list, whole_list_button
from app.ui.jobs import run_job
from app.ui.ledger_views import GOOD, MUTED, RIGHT, guard
from app.ui.tables import RowsModel, table_view
from app.ui.widgets import ReasonDialog, fill_combo

DECIDERS = merges.ROLES  # data entry: who registers people decides whether two are one


def born(p: PersonFacts) -> str:
    return format_birth(p.birth_date, p.birth_year)


def both(a: str, b: str) -> str:
    return f"{a or '—'} / {b or '—'}"


class QueueModel(RowsModel):
    def __init__(self) -> None:
        super().__init__([_("Score"), _("Level"), _("Person 1"), _("Person 2"), _("Born"),
                          _("ID numbers"), _("Households"), _("Hamlets"), _("Why")])  # fmt: skip

    def cell(self, c: Candidate, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            a, b = c.a, c.b
            return (str(c.score), level_label(c.level), a.full_name, b.full_name,
                    both(born(a), born(b)), both(a.id_number, b.id_number),
                    both(a.household_code, b.household_code), both(a.hamlet, b.hamlet),
                    c.explanation)[column]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole and column == 8:
            return "\n".join(r.text for r in c.reasons)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and c.level == "suggest":
            return GOOD
        return None


class MergesModel(RowsModel):
    def __init__(self) -> None:
        super().__init__([_("When"), _("Merged by"), _("Record that stays"), _("Merged record"),
                          _("Values taken from the merged record"), _("State")])  # fmt: skip

    def cell(self, m: merges.MergeRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (m.at.strftime("%d/%m/%Y %H:%M"), m.by, m.survivor_name, m.merged_name,
                    merges.fields_label(m) or "—", merges.state_label(m))[column]  # fmt: skip
        if role == Qt.ItemDataRole.ForegroundRole and m.undone:
            return MUTED
        return None


class DuplicatesPage(QWidget):
    scanned = Signal()  # the queue was computed (tests)
    evidence_shown = Signal()  # the selected pair's records were read
    decided = Signal(object)  # a pair left the queue: the Candidate (tests)
    merges_loaded = Signal()

    def __init__(self, ctx: AppContext, open_household=None):
        super().__init__()
        self.ctx = ctx
        self.open_household = open_household
        self.candidates: list[Candidate] = []
        self.scanned_at: datetime | None = None
        self.thresholds: Thresholds | None = None
        self.sides: tuple[merges.PersonSide, merges.PersonSide] | None = None
        self._scanning = False
        self._merges_note = ""
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._queue_tab(), _("Possible duplicates"))
        self.tabs.addTab(self._merges_tab(), _("Merges"))
        self.tabs.currentChanged.connect(self.on_tab_changed)
        layout.addWidget(self.tabs)
        self._show_status()

    # --- building -----------------------------------------------------------------------

    def _queue_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.scan_button = QPushButton(_("Scan again (F5)"))
        self.scan_button.setObjectName("scan")
        self.scan_button.setToolTip(_("Compare every registered person with the others; on a "
                                      "big registry this takes up to a minute."))  # fmt: skip
        self.scan_button.clicked.connect(self.scan)
        bar.addWidget(self.scan_button)
        bar.addWidget(QLabel(_("Show:")))
        self.level = QComboBox()
        self.level.setObjectName("level_filter")
        fill_combo(self.level, [(_("Probably the same person"), "suggest"),
                                (_("Needs a look"), "review")], first=_("All pairs"))  # fmt: skip
        self.level.currentIndexChanged.connect(self.refill)
        bar.addWidget(self.level)
        bar.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("status")
        bar.addWidget(self.status)
        self.export_button = export_button(_("Save the pairs shown here as an Excel file, to "
                                             "check them on paper or in the hamlets"),
                                           self.on_export)  # fmt: skip
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        split = QSplitter(Qt.Orientation.Vertical)
        self.model = QueueModel()
        self.table = table_view(self.model, "queue", (50, 120, 170, 170, 170, 210, 130, 170))
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.load_evidence())
        split.addWidget(self.table)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.pair_title = QLabel()
        self.pair_title.setObjectName("pair_title")
        self.pair_title.setWordWrap(True)
        lower_layout.addWidget(self.pair_title)
        self.evidence = EvidenceModel()
        self.evidence_view = table_view(self.evidence, "evidence", (190, 260, 260))
        lower_layout.addWidget(self.evidence_view, 1)
        actions = QHBoxLayout()
        self.merge_button = QPushButton(_("Same person → Merge… (Ctrl+M)"))
        self.merge_button.setObjectName("same_person")
        self.different_button = QPushButton(_("Different people… (Ctrl+D)"))
        self.different_button.setObjectName("different_people")
        self.later_button = QPushButton(_("Later (Ctrl+L)"))
        self.later_button.setObjectName("later")
        self.later_button.setToolTip(_("Leave the pair in the queue and go to the next one"))
        self.open_buttons = []
        for i in (1, 2):
            button = QPushButton(_("Open household {n}").format(n=i))
            button.setObjectName(f"open_household_{i}")
            button.clicked.connect(lambda _c=False, i=i: self.on_open_household(i - 1))
            self.open_buttons.append(button)
        for b in (self.merge_button, self.different_button, self.later_button):
            actions.addWidget(b)
        actions.addStretch(1)
        for b in self.open_buttons:
            actions.addWidget(b)
        lower_layout.addLayout(actions)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)

        self.merge_button.clicked.connect(self.on_merge)
        self.different_button.clicked.connect(self.on_different)
        self.later_button.clicked.connect(self.on_later)
        for key, slot in (("F5", self.scan), ("Ctrl+M", self.on_merge),
                          ("Ctrl+D", self.on_different), ("Ctrl+L", self.on_later)):  # fmt: skip
            QShortcut(QKeySequence(key), tab, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        return tab

    def _merges_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.undo_button = QPushButton(_("Undo merge…"))
        self.undo_button.setObjectName("undo_merge")
        self.undo_button.clicked.connect(self.on_undo)
        bar.addWidget(self.undo_button)
        bar.addWidget(whole_list_button(
            self, self.ctx, "export_merges", _("Save every merge, undone ones too, as an Excel "
                                               "file"),
            exports.merges_file_name, exports.merges_export))  # fmt: skip
        bar.addStretch(1)
        self.merges_status = QLabel()
        self.merges_status.setObjectName("merges_status")
        bar.addWidget(self.merges_status)
        layout.addLayout(bar)
        self.merges_model = MergesModel()
        self.merges_view = table_view(self.merges_model, "merges", (130, 200, 200, 200, 260))
        self.merges_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._update_buttons())  # fmt: skip
        layout.addWidget(self.merges_view, 1)
        return tab

    # --- the queue ----------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.scanned_at is None and not self._scanning:
            self.scan()  # the first visit computes the queue; later ones show it as it was

    def scan(self) -> None:
        if self._scanning:
            return
        db = self.ctx.db
        self._scanning = True
        self.scan_button.setEnabled(False)

        def job(progress):
            t = engine.thresholds(db)
            return t, engine.scan(db, t, progress)

        def failed(exc: BaseException) -> None:
            self._scanning = False
            self._show_status()
            self.ctx.tasks.on_error(exc)

        self.job = run_job(self, self.ctx, _("Looking for duplicates…"), job, self.on_scanned,
                           label=_("Comparing the registered persons…"), on_error=failed)  # fmt: skip
        self.job.finished.connect(self._scan_ended)

    def _scan_ended(self) -> None:
        self._scanning = False
        self._show_status()

    def on_scanned(self, result: tuple[Thresholds, list[Candidate]]) -> None:
        self.thresholds, found = result
        self.candidates = sorted(found, key=lambda c: -c.score)
        self.scanned_at = datetime.now()
        self.refill()
        self.scanned.emit()

    def shown(self) -> list[Candidate]:
        level = self.level.currentData()
        return [c for c in self.candidates if level is None or c.level == level]

    def refill(self, keep_row: int = 0) -> None:
        self.model.set_rows(self.shown())
        self._show_status()
        if self.model.rowCount():
            self.table.selectRow(min(max(keep_row, 0), self.model.rowCount() - 1))
        else:
            self.load_evidence()

    def _show_status(self) -> None:
        self.scan_button.setEnabled(not self._scanning)
        self.export_button.setEnabled(self.scanned_at is not None and not self._scanning)
        if self.scanned_at is None:
            self.status.setText(_("Not scanned yet in this session: press “Scan again” (F5)."))
        else:
            sure = sum(c.level == "suggest" for c in self.candidates)
            self.status.setText(_("Scanned at {time}: {n} pairs ({sure} probably the same, "
                                  "{look} need a look)").format(
                time=self.scanned_at.strftime("%H:%M %d/%m/%Y"),
                n=format_number(len(self.candidates)), sure=format_number(sure),
                look=format_number(len(self.candidates) - sure)))  # fmt: skip
        self._update_buttons()

    def on_export(self) -> None:
        if self.scanned_at is None:
            return  # the button waits for the first scan
        pairs, when, db = self.shown(), self.scanned_at, self.ctx.db
        level = self.level.currentData()
        filters = [level_label(level)] if level else []
        export_list(self, self.ctx, self.export_button, exports.pairs_file_name(),
                    lambda path, progress: exports.export_pairs(db, pairs, when, filters, path,
                                                                progress))  # fmt: skip

    def current(self) -> Candidate | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _update_buttons(self) -> None:
        pair = self.current() is not None
        ready = pair and self.sides is not None
        live = ready and not any(s.voided or s.merged_into_id for s in self.sides)
        if guard(self.merge_button, self.ctx.actor, *DECIDERS):
            self.merge_button.setEnabled(bool(live))
        if guard(self.different_button, self.ctx.actor, *DECIDERS):
            self.different_button.setEnabled(bool(ready))
        self.later_button.setEnabled(pair)
        for b in self.open_buttons:
            b.setEnabled(bool(ready) and self.open_household is not None)
        row = self.merges_model.row_at(self.merges_view.currentIndex().row())
        if guard(self.undo_button, self.ctx.actor, *DECIDERS):
            self.undo_button.setEnabled(row is not None and not row.undone)

    # --- the evidence -------------------------------------------------------------------

    def load_evidence(self) -> None:
        c = self.current()
        self.sides = None
        self.evidence.set_rows([])
        self._update_buttons()
        if c is None:
            self.pair_title.setText(_("No pair chosen.") if self.candidates else "")
            return
        self.pair_title.setText(_("Reading the two records…"))
        db, a, b = self.ctx.db, c.a.id, c.b.id

        def done(sides) -> None:
            if self.current() is not c:
                return  # another pair was chosen meanwhile
            self.show_evidence(c, sides)

        def failed(exc: BaseException) -> None:
            if self.current() is c:
                self.pair_title.setText(str(getattr(exc, "message", exc)))
                self.evidence_shown.emit()

        self.ctx.tasks.read(lambda: (merges.person_side(db, a), merges.person_side(db, b)),
                            done, failed, owner=self)  # fmt: skip

    def show_evidence(self, c: Candidate, sides) -> None:
        self.sides = sides
        self.evidence.set_rows(evidence_rows(*sides))
        lines = [_("Score {score} — {level}: {why}").format(
            score=c.score, level=level_label(c.level), why=c.explanation)]  # fmt: skip
        for i, side in enumerate(sides, 1):
            if side.merged_into_id or side.voided:
                lines.append(_("Record {n} was voided or merged since the scan.").format(n=i))
        self.pair_title.setText("\n".join(lines))
        self._update_buttons()
        self.evidence_shown.emit()

    # --- decisions ----------------------------------------------------------------------

    def _take_out(self, c: Candidate, gone: set[uuid.UUID] = frozenset()) -> None:
        """The decided pair leaves the queue (and pairs naming a record merged away)."""
        row = self.table.currentIndex().row()
        self.candidates = [x for x in self.candidates if x is not c and
                           not ({x.a.id, x.b.id} & gone)]  # fmt: skip
        self.refill(row)
        self.decided.emit(c)

    def on_merge(self) -> MergeDialog | None:
        c, sides = self.current(), self.sides
        if c is None or sides is None or not self.merge_button.isEnabled():
            return None
        dialog = MergeDialog(self.ctx, *sides, score=c.score, explanation=c.explanation,
                             parent=self)  # fmt: skip

        def finished(code: int) -> None:
            result = dialog.result
            if code != MergeDialog.DialogCode.Accepted or result is None:
                return
            merged = sides[1] if dialog.survivor_index() == 0 else sides[0]
            self._take_out(c, {merged.id})
            self.ctx.bus.notify(Changes(households=True, needs=True))
            self.load_merges()
            if result.warnings:
                box = QMessageBox(QMessageBox.Icon.Information, _("Merged"),
                                  _("The records were merged.") + "\n\n" +
                                  "\n".join(result.warnings), parent=self)  # fmt: skip
                box.setObjectName("merge_warnings")
                box.open()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def on_different(self) -> ReasonDialog | None:
        c, sides = self.current(), self.sides
        if c is None or sides is None or not self.different_button.isEnabled():
            return None
        dialog = ReasonDialog(self, _("Different people"), _(
            "Record that {a} and {b} are two different people? The pair will not be raised "
            "again. A note for whoever looks later (optional, e.g. twins, father and son):"
        ).format(a=describe(sides[0]), b=describe(sides[1])), required=False)  # fmt: skip
        dialog.setObjectName("different_dialog")
        dialog.ok.setText(_("Different people"))
        db, actor = self.ctx.db, self.ctx.actor

        def finished(code: int) -> None:
            if code != ReasonDialog.DialogCode.Accepted:
                return
            note = dialog.reason()
            self.ctx.tasks.write(
                lambda: merges.decide_different(db, actor, c.a.id, c.b.id, c.score,
                                                c.explanation, note),
                lambda _r: self._take_out(c), lambda exc: show_error(self, exc), owner=self)  # fmt: skip

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def on_later(self) -> None:
        row = self.table.currentIndex().row()
        if row + 1 < self.model.rowCount():
            self.table.selectRow(row + 1)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_open_household(self, index: int) -> None:
        if self.sides is not None and self.open_household is not None:
            self.open_household(self.sides[index].household_id)

    # --- merges -------------------------------------------------------------------------

    def on_tab_changed(self, index: int) -> None:
        if index == 1:
            self.load_merges()

    def load_merges(self) -> None:
        db = self.ctx.db

        def done(rows: list[merges.MergeRow]) -> None:
            current = self.merges_model.row_at(self.merges_view.currentIndex().row())
            self.merges_model.set_rows(rows)
            ids = [r.id for r in rows]
            if rows:
                keep = ids.index(current.id) if current is not None and current.id in ids else 0
                self.merges_view.selectRow(keep)
            text = _("{n} merges").format(n=format_number(len(rows))) if rows else \
                _("No merges yet.")  # fmt: skip
            self.merges_status.setText(" ".join(filter(None, (self._merges_note, text))))
            self._update_buttons()
            self.merges_loaded.emit()

        self.ctx.tasks.read(lambda: merges.list_merges(db), done, owner=self)

    def on_undo(self) -> QMessageBox | None:
        row = self.merges_model.row_at(self.merges_view.currentIndex().row())
        if row is None or row.undone or not self.undo_button.isEnabled():
            return None
        box = QMessageBox(QMessageBox.Icon.Question, _("Undo merge"), _(
            "Undo the merge of {merged} into {survivor}? {merged} comes back as a record of its "
            "own, with its needs and categories; the values taken from it go back to what they "
            "were, unless they were changed since.").format(
                merged=row.merged_name, survivor=row.survivor_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        box.setObjectName("undo_question")
        box.button(QMessageBox.StandardButton.Yes).setText(_("Undo merge"))
        box.button(QMessageBox.StandardButton.Cancel).setText(_("Cancel"))
        db, actor, merge_id = self.ctx.db, self.ctx.actor, row.id

        def finished(_code: int) -> None:
            if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
                return
            self.ctx.tasks.write(lambda: merges.undo_merge(db, actor, merge_id), self._undone,
                                 lambda exc: show_error(self, exc), owner=self)  # fmt: skip

        box.finished.connect(finished)
        box.open()
        return box

    def _undone(self, _result: object) -> None:
        self.ctx.bus.notify(Changes(households=True, needs=True))
        self._merges_note = _("Merge undone: scan again to see the pair in the queue.")
        self.load_merges()
