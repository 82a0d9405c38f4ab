"""Exporting the Households list (and the Needs list) to .xlsx: seconds, rows/s, size, memory.

    python bench/bench_export.py                          # 100k households, bench/out/demo-100000.db
    python bench/bench_export.py --households 10000 --runs 3
    python bench/bench_export.py --db bench/out/demo-1000000.db --needs

Uses bench/out/demo-<N>.db when bench_demo.py made it; otherwise builds it
there first with app.services.demo.generate_demo (100k households: ~40 s).
Times `export_households(db, HouseholdQuery(), path)` — what the Households
page's "Export to Excel…" and `lalanh export households` run — with a
progress callback as the GUI's, into a temp folder. Peak RSS is the whole
process's (Linux: ru_maxrss) after the runs.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import OUT, human_bytes, open_db


def ensure_demo(path: Path, households: int) -> None:
    if path.exists():
        return
    from app.db import open_database
    from app.services.demo import generate_demo

    print(f"building {path} ({households:,} households)…", file=sys.stderr, flush=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    started = time.perf_counter()
    generate_demo(db, households, 1)
    db.dispose()
    print(f"  built in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)


def run(label: str, export, runs: int) -> None:
    reports = [0]

    def progress(done: int, total: int, text: str | None = None) -> bool:
        reports[0] += 1
        return True

    seconds: list[float] = []
    with tempfile.TemporaryDirectory(prefix="lalanh-export-") as folder:
        path = Path(folder) / "export.xlsx"
        for _ in range(runs):
            started = time.perf_counter()
            rows = export(path, progress)
            seconds.append(time.perf_counter() - started)
        size = path.stat().st_size
    best, median = min(seconds), statistics.median(seconds)
    print(f"{label}: {rows:,} rows  median {median:.2f} s (best {best:.2f} s, n={runs})  "
          f"{rows / median:,.0f} rows/s  file {human_bytes(size)}  "
          f"{reports[0] // runs} progress reports a run")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="an existing database (default: bench/out)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--needs", action="store_true", help="also export the open needs")
    args = parser.parse_args()
    path = args.db or OUT / f"demo-{args.households}.db"
    if args.db is None:
        ensure_demo(path, args.households)

    from app.services.exports import export_households, export_needs
    from app.services.households import HouseholdQuery
    from app.services.needs import NeedQuery

    db = open_db(path)
    print(path)
    run("households", lambda out, p: export_households(db, HouseholdQuery(), out, p), args.runs)
    if args.needs:
        run("open needs", lambda out, p: export_needs(db, NeedQuery(), out, p), args.runs)
    db.dispose()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak RSS {human_bytes(peak_kb * 1024)}")


if __name__ == "__main__":
    main()
