"""GUI fixtures: a real migrated database, the real task runner, no faked services."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.services.office import current_office
from app.services.roles import actor_for
from app.ui.changes import ChangeBus
from app.ui.context import AppContext
from app.ui.tasks import Tasks


@pytest.fixture
def errors():
    """Unexpected errors reported by background jobs; a test fails if it is not empty."""
    found: list[BaseException] = []
    yield found


@pytest.fixture
def ctx(db, qtbot, errors):
    bus = ChangeBus()
    tasks = Tasks(on_error=errors.append)
    context = AppContext(db, "tester", current_office(db), tasks, bus, actor_for(db, "tester"))
    yield context
    tasks.wait_idle()
    QApplication.processEvents()


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Vietnamese included, one key event per character.

    qtbot.keyClicks aborts the test process on non-ASCII text (ENVIRONMENT.md trap 1).
    """
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)  # fmt: skip


def top_level(cls_name: str) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if type(w).__name__ == cls_name and w.isVisible()]  # fmt: skip


def exported(qtbot, button, monkeypatch, path) -> list[list]:
    """Export to Excel… with `button`, the file saved to `path` (the message saying where is
    closed): the file's rows, as python-calamine reads them."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from tests.conftest import xlsx_rows

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: path.exists() and button.isEnabled(), timeout=20000)
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.objectName() == "export_saved":
            box.close()
    return xlsx_rows(path)
