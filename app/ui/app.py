"""Start the desktop app: fonts, language, database, first-run setup, main window."""

from __future__ import annotations

import getpass
import logging
import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, collector, paths
from app.db import Database, open_database
from app.errors import UserError
from app.i18n import _, set_language
from app.logs import setup_logging
from app.services import office as office_service
from app.services import roles
from app.settings import Settings
from app.ui.changes import ChangeBus
from app.ui.context import AppContext
from app.ui.errors import install_excepthook, show_error
from app.ui.tasks import Tasks

SETTLE_AFTER_MS = 1500  # after the main window is shown: see Controller.show_main_window

log = logging.getLogger(__name__)


def load_fonts(app: QApplication) -> None:
    """Register the bundled fonts so no glyph is a box on a machine without fonts."""
    families: list[str] = []
    for ttf in sorted((paths.resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    if families:
        font = QFont(families[0])
        font.setPointSize(10)
        app.setFont(font)


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some Windows setups
        return "user"


class Controller(QObject):
    """Owns the database and the main window; rebuilds the window when the language changes."""

    def __init__(self, db: Database):
        super().__init__()
        self.db = db
        self.bus = ChangeBus(self)
        self.tasks = Tasks(lambda exc: show_error(QApplication.activeWindow(), exc), self)
        self.window = None

    def show_main_window(self) -> bool:
        from app.ui.dialogs.setup_dialog import SetupDialog
        from app.ui.main_window import MainWindow

        office = office_service.current_office(self.db)
        if office is None:
            office_service.ensure_admin_units(self.db)
            dialog = SetupDialog(self.db, current_user())
            if dialog.exec() != SetupDialog.DialogCode.Accepted:
                return False
            office = office_service.current_office(self.db)
        user = current_user()
        ctx = AppContext(
            self.db, user, office, self.tasks, self.bus, roles.actor_for(self.db, user)
        )
        old = self.window
        self.window = MainWindow(ctx, on_language_changed=self.change_language)
        self.window.show()
        warning = office_service.clock_warning(self.db)
        if warning:
            show_error(self.window, UserError(warning))
        if old is not None:
            old.close()
            old.deleteLater()
        # Once the window and its first page are up: what exists now lives all session,
        # and is set aside from the collector's later passes (app/collector.py).
        QTimer.singleShot(SETTLE_AFTER_MS, collector.settle)
        return True

    def change_language(self, language: str) -> None:
        settings = Settings.load()
        settings.language = language
        try:
            settings.save()
        except OSError as exc:
            show_error(self.window, UserError(_(
                "The language could not be saved ({error}); it applies until Lá Lành is "
                "closed. Ask for write permission on {folder}.").format(
                    error=exc.strerror or exc, folder=paths.data_dir())))  # fmt: skip
        set_language(language)
        self.show_main_window()


# How long a thread may hold the interpreter while another waits (Python's default
# is 5 ms). Every call from Qt into Python code (a model's data(), an event filter)
# has to wait for it while a worker checks or imports a list, and a repaint makes
# thousands of such calls: at 5 ms the window froze for seconds; at 0.5 ms it stays
# responsive and the worker is no slower (measured with bench/out/list-100000.xlsx).
SWITCH_INTERVAL_S = 0.0005


def run_gui(db_arg: str | None = None) -> int:
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("LaLanh")
    icon = paths.resources_dir() / "icons" / "lalanh.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    load_fonts(app)
    log_path = setup_logging()
    install_excepthook()
    log.info("starting; log at %s", log_path)
    try:
        db = open_database(db_arg or Settings.load().db_url or None)
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
        return 2
    controller = Controller(db)
    if not controller.show_main_window():
        return 0
    code = app.exec()
    controller.tasks.wait_idle()
    db.dispose()
    return code
