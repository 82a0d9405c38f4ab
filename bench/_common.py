"""Helpers shared by the benchmark scripts (not a test module; nothing here asserts times)."""

from __future__ import annotations

import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"

try:  # the project installed in the environment (pip install -e .), or this checkout
    import app  # noqa: F401
except ImportError:
    sys.path.insert(0, str(ROOT))
# Settings, logs and backups of the app go to a throw-away folder, not the user's; removed at
# exit (a backup made before upgrading a copy of demo-100000.db is 314 MB).
if "LALANH_DATA_DIR" not in os.environ:
    os.environ["LALANH_DATA_DIR"] = tempfile.mkdtemp(prefix="lalanh-bench-")
    atexit.register(shutil.rmtree, os.environ["LALANH_DATA_DIR"], ignore_errors=True)


def open_db(path: str | os.PathLike):
    """An existing database, opened as the app opens it (no upgrade: never change it)."""
    from app.db import open_database

    if not Path(path).exists():
        sys.exit(f"{path}: no such database; build one with bench/bench_demo.py")
    return open_database(path, upgrade=False)


def drop_os_caches() -> bool:
    """Empty the kernel's page cache (Linux, root only); False if not allowed."""
    try:
        subprocess.run(["sync"], check=False)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    """(milliseconds, result) of one call."""
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return (time.perf_counter() - started) * 1000, result


def p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def summary(values: list[float]) -> str:
    return (f"median {statistics.median(values):8.1f} ms   p95 {p95(values):8.1f} ms   "
            f"max {max(values):8.1f} ms   n={len(values)}")  # fmt: skip


def human_bytes(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.1f} {unit}" if unit != "B" else f"{n} B"
        n /= 1024
    return f"{n:.1f} GB"
