"""Does the window stay responsive while a big list is checked and imported?

    python bench/bench_import_gui.py                    # bench/out/list-100000.xlsx
    python bench/bench_import_gui.py --list FILE.xlsx

Drives the real import window (offscreen) on a new commune: open the file,
"Check the list" with "Add new hamlets", then "Import". A 20 ms timer on the
GUI thread records how late it fires; the figures are the longest and the
99th-percentile gaps between its ticks during each step (20 ms = never late),
and how long each step took; then how soon an import stops after Cancel, and
that it left nothing behind. Make the list with bench/bench_import.py first.
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
    parser.add_argument("--list", default=str(OUT / "list-100000.xlsx"))
    args = parser.parse_args()
    if not Path(args.list).exists():
        sys.exit(f"{args.list}: make it with bench/bench_import.py")

    from PySide6.QtWidgets import QApplication

    from app import collector
    from app.db import open_database
    from app.services import office
    from app.services.roles import actor_for
    from app.ui.app import SWITCH_INTERVAL_S, load_fonts
    from app.ui.changes import ChangeBus
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.tasks import Tasks

    sys.setswitchinterval(SWITCH_INTERVAL_S)  # as run_gui sets it
    app = QApplication(sys.argv)
    load_fonts(app)
    tmp = Path(tempfile.mkdtemp())
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)  # also after sys.exit
    db = open_database(tmp / "lalanh.db")
    office.ensure_admin_units(db)
    office.setup_office(db, "bench", "UBND xã Yên Lạc", office.list_communes(db, "25")[0].code)
    errors: list[BaseException] = []
    ctx = AppContext(
        db,
        "bench",
        office.current_office(db),
        Tasks(errors.append),
        ChangeBus(),
        actor_for(db, "bench"),
    )
    window = MainWindow(ctx, lambda _lang: None)
    window.resize(1280, 800)
    window.show()

    timer = LateTimer(app)
    timer.wait(2.0)
    collector.settle()  # as the app does once its window is up (app/ui/app.py)

    def step(name: str, start, done, limit_s: float = 600) -> None:
        timer.measure(name, start, done, errors, limit_s)

    dialog = None

    def open_list() -> None:
        nonlocal dialog
        dialog = window.import_list(Path(args.list))

    step("open", open_list, lambda: dialog.mapping_table.rowCount() > 0)
    dialog.add_hamlets.setChecked(True)
    step("check", dialog.check_button.click, lambda: dialog.steps.currentIndex() == 1)
    print(f"         {dialog.import_button.text()}")
    # Cancel an import 2 s in: how long until it has stopped, and nothing was written?
    stopped = timer.cancel_after(2.0, dialog.import_button.click)
    ctx.tasks.wait_idle()
    if stopped is None:
        sys.exit("the import had finished before Cancel: use a larger list")
    print(f"cancel   stopped {stopped:.2f} s after Cancel; households in the registry: "
          f"{count_households(db)}")  # fmt: skip
    step("import", dialog.import_button.click, lambda: dialog.steps.currentIndex() == 2)
    print(f"         households in the registry: {count_households(db)}")
    # Closing the window lets the plan go (freeing it, one collection): 1.5 s watched.
    step("close", dialog.accept, lambda: False, limit_s=1.5)
    ctx.tasks.wait_idle()
    db.dispose()


def count_households(db) -> int:
    import sqlalchemy as sa

    from app.models import Household

    with db.read() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(Household))


if __name__ == "__main__":
    main()
