"""Python's cycle collector in a desktop app whose workers build millions of objects.

A full collection walks every tracked object while holding the interpreter, and the
window's thread waits for the interpreter at every call from Qt into Python (a
model's data(), an event filter). With the app's own objects alone (modules, the
main window and its pages: ~180,000) a full pass took 100–130 ms, and the
collector starts one whenever enough objects were made — in the middle of an
export, on its worker: the window froze for that long (bench/bench_export_gui.py).

So:
- `settle()` once the main window is ready: what exists then lives for the whole
  session; it is collected once and then set aside (`gc.freeze`), and later passes
  walk only what was made since;
- `paused()` around work that builds millions of objects without cycles (reading,
  checking and writing a list, the duplicate scan, applying sync bundles):
  reference counting frees them; the collector walking them again and again cost
  up to a third of such work;
- `paused(set_aside=True)` for work whose result stays alive a long while (an
  import's plan while its window is open): set aside at the end, so that no later
  pass walks it; `settle()` when it is let go (the import window closed) collects
  once and sets aside again.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.RLock()  # a finalizer run by collect() may pause too
_pausers = 0
_was_enabled = True


@contextlib.contextmanager
def paused(set_aside: bool = False) -> Iterator[None]:
    """No cyclic collection while this runs (in any thread: pauses are counted)."""
    global _pausers, _was_enabled
    with _lock:
        if _pausers == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pausers += 1
    try:
        yield
    finally:
        with _lock:
            _pausers -= 1
            if set_aside:
                gc.freeze()
            if _pausers == 0 and _was_enabled:
                gc.enable()


def settle() -> None:
    """Collect everything once, then set what is left aside (GUI thread, at a quiet moment:
    it holds the interpreter for ~0.1 s). Not while a pause is on: that work's objects would
    be walked for nothing."""
    with _lock:
        if _pausers:
            return
        gc.unfreeze()
        gc.collect()
        gc.freeze()
