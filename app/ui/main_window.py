"""The main window: a thin composition root with a left navigation (STYLE.md #13)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from app import APP_NAME, __version__
from app.i18n import _
from app.services.sync_identity import REQUEST_SUFFIX
from app.ui.context import AppContext
from app.ui.dialogs.import_dialog import ImportDialog, ask_for_list, dropped_list
from app.ui.dialogs.imports_dialog import ImportsDialog
from app.ui.pages.dashboard import DashboardPage
from app.ui.pages.distribution import DistributionPage
from app.ui.pages.donations import DonationsPage
from app.ui.pages.duplicates import DuplicatesPage
from app.ui.pages.households import HouseholdsPage
from app.ui.pages.needs import NeedsPage
from app.ui.pages.programs import ProgramsPage
from app.ui.pages.reports import ReportsPage
from app.ui.pages.settings import SettingsPage
from app.ui.pages.sync import SyncPage, dropped_sync_file


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, on_language_changed: Callable[[str], None]):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(f"{APP_NAME} — {ctx.office.name}")
        self.resize(1200, 760)

        self.dashboard = DashboardPage(ctx)
        self.households = HouseholdsPage(ctx)
        self.duplicates = DuplicatesPage(ctx, open_household=self.households.open_household)
        self.needs = NeedsPage(ctx, open_household=self.households.open_household)
        self.programs = ProgramsPage(ctx, open_household=self.households.open_household)
        self.distribution = DistributionPage(ctx)
        self.donations = DonationsPage(ctx)
        self.reports = ReportsPage(ctx)
        self.settings = SettingsPage(ctx, on_language_changed=on_language_changed)
        self.sync = SyncPage(ctx, open_settings=self.show_settings)
        self.pages: list[tuple[str, QStyle.StandardPixmap, QWidget]] = [
            (_("Overview"), QStyle.StandardPixmap.SP_ComputerIcon, self.dashboard),
            (_("Households"), QStyle.StandardPixmap.SP_DirHomeIcon, self.households),
            (_("Duplicates"), QStyle.StandardPixmap.SP_FileDialogContentsView, self.duplicates),
            (_("Needs"), QStyle.StandardPixmap.SP_FileDialogDetailedView, self.needs),
            (_("Programs"), QStyle.StandardPixmap.SP_FileDialogListView, self.programs),
            (_("Distribution"), QStyle.StandardPixmap.SP_DialogApplyButton, self.distribution),
            (_("Donations"), QStyle.StandardPixmap.SP_DriveHDIcon, self.donations),
            (_("Reports"), QStyle.StandardPixmap.SP_FileDialogDetailedView, self.reports),
            (_("Sync"), QStyle.StandardPixmap.SP_BrowserReload, self.sync),
            (_("Settings"), QStyle.StandardPixmap.SP_FileDialogInfoView, self.settings),
        ]

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setStyleSheet("QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget()
        for title, icon, page in self.pages:
            self.nav.addItem(QListWidgetItem(self.style().standardIcon(icon), title))
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        office = ctx.office
        place = ", ".join(p for p in (office.commune_name, office.province_name) if p)
        self.statusBar().addWidget(QLabel(f"{office.name} — {place}"))
        self.nav.setCurrentRow(0)
        # A pair found on a recipient list is decided on the Duplicates page.
        self.programs.overlaps.same.duplicates_wanted.connect(
            lambda _candidate: self.nav.setCurrentRow(self.stack.indexOf(self.duplicates))
        )
        self.setAcceptDrops(True)  # a list dropped on the window is imported

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(_("&File"))
        new = QAction(_("&New household"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self.on_new_household)
        file_menu.addAction(new)
        import_list = QAction(_("&Import list…"), self)
        import_list.setShortcut(QKeySequence("Ctrl+I"))
        import_list.triggered.connect(self.on_import_list)
        file_menu.addAction(import_list)
        earlier = QAction(_("&Earlier imports…"), self)
        earlier.triggered.connect(self.on_earlier_imports)
        file_menu.addAction(earlier)
        file_menu.addSeparator()
        quit_action = QAction(_("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(_("&Help"))
        about = QAction(_("&About Lá Lành"), self)
        about.triggered.connect(self.on_about)
        help_menu.addAction(about)

    def on_new_household(self) -> None:
        self.nav.setCurrentRow(self.stack.indexOf(self.households))
        self.households.new_household()

    def on_import_list(self) -> None:
        path = ask_for_list(self)
        if path is not None:
            self.import_list(path)

    def import_list(self, path: Path) -> ImportDialog:
        """Open the import window on a file (the menu, or a file dropped on the window)."""
        dialog = ImportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.open_file(path)
        return dialog

    def on_earlier_imports(self) -> None:
        dialog = ImportsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if dropped_list(event) is not None or dropped_sync_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        path = dropped_list(event)
        if path is not None:
            event.acceptProposedAction()
            self.import_list(path)
            return
        path = dropped_sync_file(event)
        if path is not None:  # a bundle is imported; an enrolment request is answered
            event.acceptProposedAction()
            if path.suffix.lower() == REQUEST_SUFFIX:
                self.show_settings().sync.on_enrol(path)
            else:
                self.select_page(self.sync)
                self.sync.on_import(path)

    def show_settings(self) -> SettingsPage:
        self.select_page(self.settings)
        return self.settings

    def on_about(self) -> None:
        QMessageBox.about(
            self, APP_NAME,
            _("<b>Lá Lành</b> {version}<br>Relief aid registry for commune and ward offices."
              "<br>“Lá lành đùm lá rách.”<br><br>Licence: GPL-3.0-or-later.").format(
                version=__version__),
        )  # fmt: skip

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.ctx.tasks.wait_idle(10000)  # let a save in progress finish
        super().closeEvent(event)

    def select_page(self, widget: QWidget) -> None:
        self.nav.setCurrentRow(self.stack.indexOf(widget))
        self.stack.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)
