"""Cold start of the desktop app to a usable window.

Starts a fresh Python process per run (offscreen Qt), which runs the real
`app.ui.app.run_gui` on the given database and stops the clock when the
Households page shows its first rows and its count. Prints each run and
the median, measured from the moment the process is spawned.

    python bench/bench_startup.py --db bench/out/demo-100000.db [--runs 5]

Creates the database with `lalanh demo` first if it does not exist.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROBE = r"""
import sys, time
T0 = float(sys.argv[2])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
qapp = QApplication([])
import app.ui.app as ui_app

def check():
    for w in QApplication.topLevelWidgets():
        if type(w).__name__ == "MainWindow" and w.isVisible():
            page = w.households
            if page.model.rows and page.count_label.text()[:1].isdigit():
                print(f"READY {time.time() - T0:.3f} {len(page.model.rows)} rows; {page.count_label.text()}")
                QApplication.quit()
                return
    QTimer.singleShot(5, check)

QTimer.singleShot(0, check)
sys.exit(ui_app.run_gui(sys.argv[1]))
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="bench/out/demo-100000.db")
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = Path(args.db)
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        print(f"creating {db} with {args.households:,} households…", flush=True)
        subprocess.run([sys.executable, "-m", "app", "--db", str(db), "demo",
                        "--households", str(args.households)], check=True)  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.setdefault("LALANH_DATA_DIR", str(db.parent / "startup-data"))
    figures = []
    for run in range(args.runs):
        t0 = time.time()
        out = subprocess.run([sys.executable, "-c", PROBE, str(db), repr(t0)], env=env,
                             capture_output=True, text=True, timeout=120)  # fmt: skip
        line = next((x for x in out.stdout.splitlines() if x.startswith("READY")), None)
        if line is None:
            print(out.stdout, out.stderr, file=sys.stderr)
            return 1
        seconds = float(line.split()[1])
        figures.append(seconds)
        print(f"run {run + 1}: {seconds:.3f} s to a usable window ({line.split(' ', 2)[2]})")
    print(f"cold start median: {statistics.median(figures):.3f} s over {len(figures)} runs "
          f"({db}, {db.stat().st_size / 1e6:.0f} MB)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
