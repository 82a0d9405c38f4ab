"""The one background helper (STYLE.md #4–5).

Reads run on a small thread pool in parallel; writes run one at a time on a
single writer thread. Jobs are plain Python callables that never touch a
widget; results and errors come back to the GUI thread through signals.
Jobs long enough to need a progress dialog with Cancel (exports, imports) go
through `app.ui.jobs.run_job`, which runs them here with a progress callback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from app.errors import Cancelled


class _Relay(QObject):
    """Lives in the GUI thread; worker threads only emit its signals."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


class Tasks(QObject):
    """Runs service calls off the GUI thread."""

    def __init__(self, on_error: Callable[[BaseException], None], parent: QObject | None = None):
        super().__init__(parent)
        self.on_error = on_error
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._live: set[_Relay] = set()

    def _start(self, pool: QThreadPool, fn, on_done, on_error, relay: _Relay | None = None,
               owner: QObject | None = None):  # fmt: skip
        relay = relay or _Relay()
        self._live.add(relay)
        owner = owner or getattr(on_done, "__self__", None)

        def gone() -> bool:
            # The widget that asked may have been closed while the job ran.
            return isinstance(owner, QObject) and not shiboken6.isValid(owner)

        def done(result: object) -> None:
            self._live.discard(relay)
            if on_done is not None and not gone():
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._live.discard(relay)
            if isinstance(exc, Cancelled):
                return
            if on_error is not None and not gone():
                on_error(exc)
            elif on_error is None:
                self.on_error(exc)

        relay.succeeded.connect(done, Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        pool.start(_Job(fn, relay))
        return relay

    def read(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None, *,
             owner: QObject | None = None) -> None:  # fmt: skip
        """A read-only query; may run in parallel with others.

        `owner` (by default the object of a bound `on_done`) is the widget the
        result is for: if it was deleted meanwhile, the result is dropped.
        """
        self._start(self._readers, fn, on_done, on_error, owner=owner)

    def write(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None, *,
              owner: QObject | None = None) -> None:  # fmt: skip
        """A change to the database; writes run one after another (always run to the end)."""
        self._start(self._writer, fn, on_done, on_error, owner=owner)

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Block until every job is done (closing the window, tests)."""
        return self._writer.waitForDone(msecs) and self._readers.waitForDone(msecs)
