"""app/ui/jobs.py: long jobs in a worker, a progress dialog after 0.5 s, Cancel, errors."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from app.errors import Cancelled, UserError
from app.ui import jobs
from app.ui.jobs import run_job


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    widget.resize(600, 400)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_quick_job_delivers_its_result_and_never_shows_a_dialog(qtbot, ctx, parent, errors):
    results = []
    job = run_job(parent, ctx, "Quick", lambda progress: 6 * 7, results.append)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert results == [42]
    qtbot.wait(jobs.SHOW_AFTER_MS + 200)  # the timer that would show it finds the job done
    assert not [w for w in parent.findChildren(QWidget, "job_progress") if w.isVisible()]
    assert not errors


def test_progress_shows_after_the_delay_with_done_and_total(qtbot, ctx, parent, errors):
    release = threading.Event()
    results = []

    def slow(progress):
        progress(1234, 5000, "Writing rows…")
        assert release.wait(10)
        return "done"

    started = time.monotonic()
    job = run_job(parent, ctx, "Export", slow, results.append, label="Starting…")
    assert not job.dialog.isVisible()
    qtbot.waitUntil(job.dialog.isVisible, timeout=3000)
    assert time.monotonic() - started >= jobs.SHOW_AFTER_MS / 1000 - 0.05
    assert job.dialog.windowTitle() == "Export"
    qtbot.waitUntil(lambda: job.bar.text() == "1.234 / 5.000")
    assert job.dialog.labelText() == "Writing rows…"
    assert job.dialog.windowModality() == Qt.WindowModality.WindowModal
    release.set()
    qtbot.waitUntil(lambda: results == ["done"])
    assert not jobs.shiboken6.isValid(job.dialog) or not job.dialog.isVisible()
    assert job not in jobs._running
    assert not errors


def test_cancel_stops_a_looping_job_within_a_second(qtbot, ctx, parent, errors):
    results = []
    calls = []

    def endless(progress):
        i = 0
        while progress(i, 0):  # total unknown: a busy bar
            calls.append(i)
            i += 1
            time.sleep(0.002)
        raise Cancelled

    job = run_job(parent, ctx, "Endless", endless, results.append)
    qtbot.waitUntil(job.dialog.isVisible, timeout=3000)
    [cancel] = job.dialog.findChildren(QPushButton)
    pressed = time.monotonic()
    with qtbot.waitSignal(job.finished, timeout=1000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert time.monotonic() - pressed < 1.0
    assert job.cancelled
    assert calls  # it did run
    assert ctx.tasks.wait_idle(1000)
    assert results == [] and errors == []  # Cancelled is silent


def test_errors_go_to_the_error_display_and_close_the_dialog(qtbot, ctx, parent, errors):
    def broken(progress):
        progress(1, 2)
        raise UserError("The folder is read-only.")

    job = run_job(parent, ctx, "Broken", broken, lambda r: pytest.fail("no result expected"))
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert [str(e) for e in errors] == ["The folder is read-only."]
    errors.clear()

    own = []
    job = run_job(parent, ctx, "Bug", lambda progress: 1 / 0, on_error=own.append)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert [type(e) for e in own] == [ZeroDivisionError] and not errors


def test_a_write_job_runs_on_the_single_writer(qtbot, ctx, parent, errors):
    names = []

    def job(progress):
        names.append(threading.current_thread().name)
        return ctx.db.display_name

    results = []
    run_job(parent, ctx, "Write", job, results.append, write=True)
    qtbot.waitUntil(lambda: results == [ctx.db.display_name])
    assert names and names[0] != threading.main_thread().name
    assert not errors


def test_closing_the_window_cancels_the_job_and_drops_its_result(qtbot, ctx, errors):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    child = QWidget(window)
    results = []

    def endless(progress):
        while progress(0, 0):
            time.sleep(0.002)
        raise Cancelled

    job = run_job(child, ctx, "Endless", endless, results.append)
    window.close()
    assert job.cancelled
    with qtbot.waitSignal(job.finished, timeout=1000):
        pass
    assert results == [] and not errors


def test_progress_is_throttled_to_the_gui(qtbot, parent):
    job = jobs.Job(parent, "Chatty", "Counting")
    shown = []
    job.progressed.connect(lambda *args: shown.append(args))
    started = time.monotonic()
    going = [job.progress(i, 100_000) for i in range(100_000)]
    elapsed = time.monotonic() - started
    assert all(going)
    assert shown[0] == (0, 100_000, None)
    assert len(shown) <= elapsed / jobs.UPDATE_EVERY_S + 2  # not one queued event per call
    job.progress(100_000, 100_000)  # the end always gets through, and a new text
    job.progress(100_000, 100_000, "Saving…")
    assert shown[-2:] == [(100_000, 100_000, None), (100_000, 100_000, "Saving…")]
    job.cancel()
    assert not job.progress(5, 10)
    job._finish()
