"""One "something changed" signal with a typed record (STYLE.md #6).

Pages listen and refresh only what concerns them; bursts of changes within
a short time are merged into one notification.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal


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
