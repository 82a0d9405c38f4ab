"""Long jobs with a progress dialog and Cancel (STYLE.md #4–5): exports, imports.

A long job is plain Python (no Qt) that takes a `progress` callback:

    def job(progress) -> int:
        for done, row in enumerate(rows, 1):
            ...
            if not progress(done, len(rows)):   # False once Cancel was pressed
                raise Cancelled
        return len(rows)

    run_job(self, self.ctx, _("Exporting…"), job, self.on_exported)

`progress(done, total, text=None)` may be called from the worker as often as
it likes (it is cheap and forwards at most ~20 updates a second to the GUI);
`total` 0 means "not known" (a busy bar); `text` replaces the dialog's label.
Call it at least every ~0.5 s so that Cancel stops the job within a second.
Jobs that call service functions taking `progress(done, total)` can pass it
on as it is.

`run_job` runs the job on `ctx.tasks` (a read worker, or with `write=True` the
single writer), shows a window-modal progress dialog with a Cancel button if
the job is still running after 0.5 s, and then, on the GUI thread:

- result → `on_done(result)` (also if Cancel came too late to stop it);
- `Cancelled` → nothing (silent, as STYLE.md #8 says);
- any other error → `on_error(exc)`, by default `ctx.tasks.on_error` (the
  usual error display of app/ui/errors.py).

If `parent` is closed or its window receives a close request, the job is
cancelled. A write job should do its work in one transaction (`db.write`),
so that a cancelled job leaves nothing behind.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from app.errors import Cancelled
from app.i18n import _
from app.numbers import format_number
from app.ui.context import AppContext

SHOW_AFTER_MS = 500  # a job done sooner never shows a dialog
UPDATE_EVERY_S = 0.05  # progress reaches the GUI at most this often


class ProgressFn(Protocol):
    def __call__(self, done: int, total: int, text: str | None = None) -> bool: ...


_CANCELLED = object()  # what the worker returns when the job raised Cancelled
_running: set[Job] = set()  # jobs outlive their parent's widgets until the worker returns


class Job(QObject):
    """One running long job: its dialog, its cancel flag and its progress callback."""

    progressed = Signal(object, object, object)  # done, total, text — emitted by the worker
    finished = Signal()  # on the GUI thread, after the result, error or cancel was handled

    def __init__(self, parent: QWidget, title: str, label: str):
        super().__init__()  # no Qt parent: a closed window must not delete it mid-job
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self._last_text: str | None = None
        self._done = False
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.dialog = QProgressDialog(label, _("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("job_progress")
        self.dialog.setWindowTitle(title)
        self.dialog.setBar(
            self.bar
        )  # updated directly: QProgressDialog.setValue may processEvents()
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        # Shown by our timer, not by QProgressDialog's own (which starts at 4 s and only
        # honours setMinimumDuration after a setValue); reset() stops Qt's.
        self.dialog.reset()
        QTimer.singleShot(SHOW_AFTER_MS, self, self._show_dialog)
        self.dialog.canceled.connect(self.cancel)
        self.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._window = parent.window()
        self._window.installEventFilter(self)
        parent.destroyed.connect(self.cancel)

    # --- any thread ---------------------------------------------------------

    def progress(self, done: int, total: int, text: str | None = None) -> bool:
        """The callback handed to the job: report, and learn whether to go on."""
        now = time.monotonic()
        if (now - self._last_emit >= UPDATE_EVERY_S or text != self._last_text
                or (total and done >= total)):  # fmt: skip
            self._last_emit = now
            self._last_text = text
            self.progressed.emit(done, total, text)
        return not self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # --- GUI thread ---------------------------------------------------------

    def _show_progress(self, done: int, total: int, text: str | None) -> None:
        if self._done or not shiboken6.isValid(self.dialog):
            return
        if text is not None:
            self.dialog.setLabelText(text)
        if total and total > 0:
            scale = max(1, -(-total // 1_000_000_000))  # QProgressBar holds a 32-bit int
            self.bar.setRange(0, total // scale)
            self.bar.setValue(min(done, total) // scale)
            self.bar.setFormat(f"{format_number(done)} / {format_number(total)}")
        else:
            self.bar.setRange(0, 0)  # busy
            self.bar.setFormat(format_number(done) if done else "")

    def _show_dialog(self) -> None:
        if not self._done and not self.cancelled and shiboken6.isValid(self.dialog):
            self.dialog.show()

    def _finish(self) -> None:
        self._done = True
        _running.discard(self)
        if shiboken6.isValid(self._window):
            self._window.removeEventFilter(self)
        if shiboken6.isValid(self.dialog):
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.reset()  # also stops the timer that would show it later
            self.dialog.hide()
            self.dialog.deleteLater()
        self.finished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Close and watched is self._window:
            self.cancel()  # closing the window stops the job rather than waiting for it
        return False


def run_job(
    parent: QWidget,
    ctx: AppContext,
    title: str,
    fn: Callable[[ProgressFn], Any],
    on_done: Callable[[Any], None] | None = None,
    *,
    write: bool = False,
    label: str | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> Job:
    """Run `fn(progress)` in a worker with a progress dialog; see the module docstring.

    `title` is the dialog's title, `label` its text (default: the title).
    Returns the Job (for tests, or to cancel it from code).
    """
    job = Job(parent, title, label or title)
    _running.add(job)

    def work() -> Any:
        try:
            return fn(job.progress)
        except Cancelled:
            return _CANCELLED

    def done(result: Any) -> None:
        job._finish()
        # The result is for `parent`: dropped if it was closed meanwhile (as Tasks does).
        if result is not _CANCELLED and on_done is not None and shiboken6.isValid(parent):
            on_done(result)

    def failed(exc: BaseException) -> None:
        job._finish()
        (on_error or ctx.tasks.on_error)(exc)

    submit = ctx.tasks.write if write else ctx.tasks.read
    submit(work, done, failed, owner=job)
    return job


def any_running() -> bool:
    """Whether a job's worker has not returned yet (a cancelled one included)."""
    return bool(_running)


def cancel_running_jobs() -> None:
    """Ask every running job to stop (e.g. before the app quits)."""
    for job in list(_running):
        job.cancel()
