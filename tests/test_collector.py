"""app.collector: the cycle collector paused around big work, the start-up heap set aside."""

from __future__ import annotations

import gc
import threading
import weakref

from app import collector


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


def test_paused_stops_collection_and_restores_it():
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
        with collector.paused():  # nested (another worker): still off
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # nothing set aside unless asked


def test_paused_counts_pauses_across_threads():
    inside, leave = threading.Event(), threading.Event()

    def worker() -> None:
        with collector.paused():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=worker)
    with collector.paused():
        thread.start()
        assert inside.wait(5)
    assert not gc.isenabled()  # the worker's pause is still on
    leave.set()
    thread.join(5)
    assert gc.isenabled()


def test_paused_leaves_the_collector_off_when_it_was_off():
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_set_aside_freezes_what_the_work_built():
    with collector.paused(set_aside=True):
        kept = [Node() for _ in range(100)]
    assert gc.get_freeze_count() >= 100
    assert gc.isenabled()
    del kept


def test_settle_collects_then_sets_aside():
    with collector.paused(set_aside=True):
        garbage = Node()
    gone = weakref.ref(garbage)
    del garbage  # a cycle set aside by the pause: no pass can free it now
    gc.collect()
    assert gone() is not None
    collector.settle()  # e.g. the import window closed
    assert gone() is None
    assert gc.get_freeze_count() > 0  # what lives on is set aside again


def test_settle_waits_for_no_pause():
    with collector.paused():
        collector.settle()
        assert gc.get_freeze_count() == 0
