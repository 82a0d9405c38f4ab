"""Settings → Duplicate records: the duplicate engine's two thresholds (issue 6), kept in this
database and changed by an administrator."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox

from app.dedup import FORM_REVIEW, Thresholds, engine
from app.i18n import _
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.ledger_views import guard


class DuplicateSettingsBox(QGroupBox):
    saved = Signal(object)  # the Thresholds saved
    loaded = Signal(object)

    def __init__(self, ctx: AppContext):
        super().__init__(_("Duplicate records"))
        self.setObjectName("duplicate_settings")
        self.ctx = ctx
        form = QFormLayout(self)
        intro = QLabel(_(
            "Each pair of records gets a score from 0 to 100 for how surely it is one person "
            "(same name without accents, same birth year, the same or an old ID number…). "
            "The two levels decide which pairs the Duplicates page and the registration form "
            "show."))  # fmt: skip
        intro.setWordWrap(True)
        form.addRow(intro)
        self.suggest = _level(form, "suggest", (2, 100), _("“Probably the same person” from"),
                              _("Pairs scoring this or more are shown first, marked probably "
                                "the same person. Higher: fewer pairs marked so, more of them "
                                "truly one person."))  # fmt: skip
        self.review = _level(form, "review", (1, 99), _("“Needs a look” from"),
                             _("Pairs scoring from this up to the level above are shown as "
                               "needing a look; lower scores are not listed (the member "
                               "form, as a person is typed, still shows from {form}). Lower: "
                               "fewer duplicates missed, more pairs to look at.").format(
                                 form=FORM_REVIEW))  # fmt: skip
        row = QHBoxLayout()
        self.save_button = QPushButton(_("Save levels"))
        self.save_button.setObjectName("save_thresholds")
        self.save_button.clicked.connect(self.on_save)
        defaults = QPushButton(_("Default levels"))
        defaults.setObjectName("default_thresholds")
        defaults.clicked.connect(lambda: self._show(Thresholds()))
        row.addWidget(self.save_button)
        row.addWidget(defaults)
        row.addStretch(1)
        form.addRow(row)
        self.admin = guard(self.save_button, ctx.actor, "admin")
        for w in (self.suggest, self.review, defaults):
            w.setEnabled(self.admin)
        self.load()

    def load(self) -> None:
        db = self.ctx.db
        self.ctx.tasks.read(lambda: engine.thresholds(db), self._loaded, owner=self)

    def _loaded(self, t: Thresholds) -> None:
        self._show(t)
        self.loaded.emit(t)

    def _show(self, t: Thresholds) -> None:
        self.suggest.setValue(t.suggest)
        self.review.setValue(t.review)

    def on_save(self) -> None:
        t = Thresholds(suggest=self.suggest.value(), review=self.review.value())
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.write(lambda: engine.save_thresholds(db, actor, t),
                             lambda _r: self.saved.emit(t), lambda exc: show_error(self, exc),
                             owner=self)  # fmt: skip


def _level(form: QFormLayout, name: str, bounds: tuple[int, int], label: str,
           help_text: str) -> QSpinBox:  # fmt: skip
    """One threshold: its spin box on a labelled row, what it does under it."""
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(*bounds)
    box.setMaximumWidth(90)
    form.addRow(label, box)
    explained = QLabel(help_text)
    explained.setWordWrap(True)
    form.addRow(explained)
    return box
