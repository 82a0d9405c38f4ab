"""Does the window stay responsive while a big list is exported to Excel?

    python bench/bench_export_gui.py                       # copy of bench/out/demo-100000.db
    python bench/bench_export_gui.py --db bench/out/demo-10000.db --runs 3

Drives the real main window (offscreen) on a copy of a demo database (upgraded
as the app would): the Households page, "Export to Excel…" for the whole
list, the file dialog answered with a temp path. A 20 ms timer on the GUI
thread records how late it fires; the figures are the longest and the
99th-percentile gaps between its ticks during the export (20 ms = never late)
and how long it took. Then how soon an export stops after Cancel.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

from _common import OUT
from _gui_timer import LateTimer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(OUT / "demo-100000.db"))
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    if not Path(args.db).exists():
        sys.exit(f"{args.db}: build it with bench/bench_demo.py")

    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

    from app import collector
    from app.db import open_database
    from app.services import office
    from app.services.roles import actor_for
    from app.ui.app import SWITCH_INTERVAL_S, load_fonts
    from app.ui.changes import ChangeBus
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.tasks import Tasks

    tmp = Path(tempfile.mkdtemp())
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)  # also after sys.exit
    copy = tmp / "lalanh.db"
    shutil.copyfile(args.db, copy)
    sys.setswitchinterval(SWITCH_INTERVAL_S)  # as run_gui sets it
    app = QApplication(sys.argv)
    load_fonts(app)
    db = open_database(copy)  # upgraded to the current schema, as the app does
    errors: list[BaseException] = []
    user = "bench"
    ctx = AppContext(db, user, office.current_office(db), Tasks(errors.append), ChangeBus(),
                     actor_for(db, user))  # fmt: skip
    window = MainWindow(ctx, lambda _lang: None)
    window.resize(1280, 800)
    window.show()
    window.nav.setCurrentRow(1)  # Households
    page = window.households
    button = page.findChild(QPushButton, "export_button")
    timer = LateTimer(app)
    timer.wait(5.0)  # the page's first load
    collector.settle()  # as the app does once its window is up (app/ui/app.py)
    for run in range(args.runs):
        out = tmp / f"export-{run}.xlsx"
        QFileDialog.getSaveFileName = staticmethod(lambda *_a, _o=out, **_k: (str(_o), ""))
        timer.measure(
            f"export {run + 1}",
            button.click,
            lambda _o=out: _o.exists() and button.isEnabled(),
            errors,
        )
        print(f"         {out.stat().st_size / 1e6:.1f} MB")
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.objectName() == "export_saved":
                box.close()
    # Cancel 2 s into an export: how long until it has stopped, and no file left?
    out = tmp / "cancelled.xlsx"
    QFileDialog.getSaveFileName = staticmethod(lambda *_a, **_k: (str(out), ""))
    stopped = timer.cancel_after(2.0, button.click)
    if stopped is None:
        print("cancel   the export had finished before Cancel: use a larger database")
    else:
        print(f"cancel   stopped {stopped:.2f} s after Cancel; file left: {out.exists()}")
    ctx.tasks.wait_idle()
    db.dispose()


if __name__ == "__main__":
    main()
