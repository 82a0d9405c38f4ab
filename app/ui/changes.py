"""One "something changed" signal with a typed record (STYLE.md #6).

Pages listen and refresh only what concerns them; bursts of changes within
a short time are merged into one notification.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Changes:
    households: bool = False
    needs: bool = False
    hamlets: bool = False
    office: bool = False
    programs: bool = False  # programs, their rules and their recipient lists
    ledger: bool = False  # donations, receipts, stock adjustments (and so the stock)
    users: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(*(a or b for a, b in zip(self.__dict__.values(), other.__dict__.values(),
                                                strict=True)))  # fmt: skip


class ChangeBus(QObject):
    data_did_change = Signal(object)  # Changes

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pending = Changes()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._flush)

    def notify(self, changes: Changes) -> None:
        self._pending = self._pending | changes
        self._timer.start()

    def _flush(self) -> None:
        changes, self._pending = self._pending, Changes()
        self.data_did_change.emit(changes)


class WhenShown(QObject):
    """Hands the bus's changes to `handler` while `widget` is shown; those made while it is
    hidden are merged and handed over when it is shown again, so a page behind another does
    not reload at every scan or save made elsewhere."""

    def __init__(self, widget: QWidget, bus: ChangeBus, handler: Callable[[Changes], None]):
        super().__init__(widget)
        self._widget = widget
        self._handler = handler
        self._pending = Changes()
        bus.data_did_change.connect(self._on_changes)
        widget.installEventFilter(self)

    def _on_changes(self, changes: Changes) -> None:
        if self._widget.isVisible():
            self._handler(changes)
        else:
            self._pending = self._pending | changes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and self._pending != Changes():
            pending, self._pending = self._pending, Changes()
            self._handler(pending)
        return False
