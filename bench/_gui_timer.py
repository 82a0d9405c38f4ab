"""How late a 20 ms timer on the GUI thread fires while something runs: the GUI
benchmarks' measure of a responsive window (20 ms = never late)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable


class LateTimer:
    def __init__(self, app) -> None:
        from PySide6.QtCore import QTimer

        self.app = app
        self.gaps: list[float] = []
        self.last = time.monotonic()
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(20)

    def _tick(self) -> None:
        now = time.monotonic()
        self.gaps.append(now - self.last)
        self.last = now

    def wait(self, seconds: float, until: Callable[[], bool] = lambda: False) -> None:
        """Run the event loop for `seconds`, or until `until()`."""
        started = time.monotonic()
        while not until() and time.monotonic() - started < seconds:
            self.app.processEvents()
            time.sleep(0.002)

    def measure(self, name: str, start: Callable[[], object], done: Callable[[], bool],
                errors: list[BaseException], limit_s: float = 600) -> None:  # fmt: skip
        """Start a step, run the event loop until `done()`; print its time, the longest
        and the 99th-percentile gap between ticks."""
        self.gaps.clear()
        started = self.last = time.monotonic()  # not counting what ran before the step
        start()
        self.wait(limit_s, lambda: done() or bool(errors))
        if errors:
            sys.exit(f"{name}: {errors[0]!r}")
        worst = sorted(self.gaps)
        p99 = worst[int(len(worst) * 0.99)] if worst else 0
        print(
            f"{name:8s} {time.monotonic() - started:6.1f} s   GUI timer late by at most "
            f"{max(worst, default=0) * 1000:5.0f} ms, p99 {p99 * 1000:4.0f} ms",
            flush=True,
        )

    def cancel_after(self, seconds: float, start: Callable[[], object]) -> float | None:
        """Start a job, press Cancel `seconds` later (as the dialog's button does): the
        seconds until it had stopped; None if it had finished before."""
        from app.ui import jobs

        start()
        self.wait(seconds, lambda: not jobs._running)
        if not jobs._running:
            return None
        jobs.cancel_running_jobs()
        cancelled = time.monotonic()
        self.wait(600, lambda: not jobs._running)
        return time.monotonic() - cancelled
