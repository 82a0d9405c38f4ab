"""The change bus: a hidden page catches up once when shown, not at every change."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.changes import ChangeBus, Changes, WhenShown


def test_a_hidden_page_gets_the_changes_merged_when_shown(qtbot):
    bus = ChangeBus()
    page = QWidget()
    qtbot.addWidget(page)
    got: list[Changes] = []
    WhenShown(page, bus, got.append)
    for changes in (Changes(ledger=True), Changes(programs=True)):  # two separate notifications
        with qtbot.waitSignal(bus.data_did_change):
            bus.notify(changes)
    assert got == []
    page.show()
    qtbot.waitUntil(lambda: got == [Changes(ledger=True, programs=True)])
    bus.notify(Changes(hamlets=True))
    qtbot.waitUntil(lambda: got[-1] == Changes(hamlets=True))
    assert len(got) == 2
