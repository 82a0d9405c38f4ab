"""The Sync page: bundles for the offices above and below, importing one, what is still
missing, conflicts to review, and (at an upper office) the same person in two offices."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import _
from app.services import (
    exports,
    sync_bundles,
    sync_conflicts,
    sync_identity,
    sync_people,
    sync_status,
)
from app.ui.changes import Changes, WhenShown
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.exporting import export_button, export_whole
from app.ui.jobs import run_job
from app.ui.pages.sync_settings import ask_file
from app.ui.sync_keys import office_keys
from app.ui.widgets import error_banner

EVERYTHING = Changes(households=True, needs=True, hamlets=True, office=True, programs=True,
                     ledger=True)  # fmt: skip


def _cancel_flag(progress):
    """A (progress, cancelled) pair for services that take both: Cancel is seen by either."""
    state = {"stop": False}

    def report(done: int, total: int) -> None:
        if not progress(done, total):
            state["stop"] = True

    return report, lambda: state["stop"]


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, open_settings=None):
        super().__init__()
        self.ctx = ctx
        self.open_settings = open_settings
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("sync_title")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        layout.addWidget(self.title)
        self.banner = error_banner("sync_banner")
        layout.addWidget(self.banner)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)
        self.summary = QLabel()
        self.summary.setObjectName("sync_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.log = _tree(["", _("When"), _("Office"), _("File"), _("What")])
        self.log.setObjectName("sync_log")
        self.tabs.addTab(self.log, _("Bundles"))
        conflicts = QWidget()
        c_layout = QVBoxLayout(conflicts)
        self.conflicts = _tree([_("Changed record"), _("Field"), _("One side"), _("Other side")])
        self.conflicts.setObjectName("conflicts")
        c_layout.addWidget(self.conflicts, 1)
        row = QHBoxLayout()
        for text, side, name in ((_("Keep the first value"), "a", "keep_a"),
                                 (_("Keep the second value"), "b", "keep_b"),
                                 (_("Type the right value…"), None, "type_value")):  # fmt: skip
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=side: self.on_resolve(s))
            row.addWidget(button)
        row.addStretch(1)
        c_layout.addLayout(row)
        self.tabs.addTab(conflicts, _("Conflicts"))
        self.same = _tree([_("Why"), _("Name"), _("Born"), _("ID number"), _("Office"),
                           _("Household"), _("Received")])  # fmt: skip
        self.same.setObjectName("same_persons")
        self.same_index = self.tabs.addTab(self.same, _("Same person in two offices"))
        self.export_button = export_button(_("Save the list of the tab shown (the bundles, "
                                             "the conflicts, or the same persons) as an Excel "
                                             "file"), self.on_export_list)  # fmt: skip
        self.tabs.setCornerWidget(self.export_button)
        layout.addWidget(self.tabs, 1)
        self._status: sync_status.SyncStatus | None = None
        self._conflict_rows: list[sync_conflicts.ConflictInfo] = []
        self.tabs.currentChanged.connect(self.on_tab_changed)
        self._when_shown = WhenShown(self, ctx.bus, lambda _c: self.refresh())
        self.setAcceptDrops(False)
        self.refresh()

    # --- loading ------------------------------------------------------------------

    def refresh(self) -> None:
        db = self.ctx.db
        self.ctx.tasks.read(lambda: (sync_status.sync_status(db),
                                     sync_conflicts.list_conflicts(db)), self.on_loaded)  # fmt: skip

    def on_loaded(self, result) -> None:
        status, conflicts = result
        self._status = status
        info = status.identity
        self.title.setText(_("{office} — fingerprint {fp}").format(
            office=info.office_name, fp=info.fingerprint or _("(no keys yet)")))  # fmt: skip
        problems = []
        if not info.has_keys:
            problems.append(_("This office has no keys yet: create them in Settings → Sync."))
        elif not info.enrolled:
            problems.append(_("This office is not enrolled yet: in Settings → Sync, write the "
                              "enrolment request for the office above."))  # fmt: skip
        if status.clock_warning:
            problems.append(status.clock_warning)
        problems.extend(status.alarms[:3])
        self.banner.setText("\n".join(problems))
        self.banner.setVisible(bool(problems))
        self._rebuild_buttons(info)
        lines = [_("Changes not yet sent: {n}.").format(n=status.unsent_changes)]
        for office, n in status.unacknowledged.items():
            if n:
                lines.append(_("{office} has not yet confirmed {n} batches; they go again with "
                               "the next bundle.").format(office=office, n=n))  # fmt: skip
        lines.extend(_("Waiting for {what}.").format(what=w) for w in status.waiting)
        lines.extend(_("Held back: {what}.").format(what=q) for q in status.quarantined)
        if status.open_conflicts:
            lines.append(_("{n} conflicts need review (tab Conflicts).").format(
                n=status.open_conflicts))  # fmt: skip
        self.summary.setText("\n".join(lines))
        self.log.clear()
        for line in status.log:
            arrow = "→" if line.direction == "out" else "←"
            self.log.addTopLevelItem(QTreeWidgetItem([
                arrow, line.at.strftime("%d/%m/%Y %H:%M"), line.office, line.file_name,
                line.summary]))  # fmt: skip
        self._conflict_rows = conflicts
        self.conflicts.clear()
        for c in conflicts:
            self.conflicts.addTopLevelItem(QTreeWidgetItem([
                c.record, c.field_label, _side(c.a), _side(c.b)]))  # fmt: skip
        self.tabs.setTabText(1, _("Conflicts ({n})").format(n=len(conflicts)) if conflicts
                             else _("Conflicts"))  # fmt: skip
        self.tabs.setTabVisible(self.same_index, info.level != "commune")

    def _rebuild_buttons(self, info) -> None:
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if info.enrolled:
            for peer in info.peers:
                if peer.relation not in ("parent", "child"):
                    continue
                button = QPushButton(_("Export for {office}…").format(office=peer.name))
                button.setObjectName(f"export_{peer.office_id.hex}")
                button.clicked.connect(lambda _c=False, p=peer: self.on_export(p))
                self.buttons.addWidget(button)
        imp = QPushButton(_("Import bundle…"))
        imp.setObjectName("import_bundle")
        imp.clicked.connect(lambda: self.on_import(None))
        imp.setEnabled(info.has_keys)
        self.buttons.addWidget(imp)
        self.buttons.addStretch(1)

    def on_tab_changed(self, index: int) -> None:
        if index == self.same_index:
            db = self.ctx.db
            self.ctx.tasks.read(lambda: sync_people.same_person_in_offices(db), self.on_same)

    def on_same(self, groups: list[sync_people.SamePerson]) -> None:
        self.same.clear()
        for group in groups:
            top = QTreeWidgetItem([group.reason])
            for r in group.records:
                top.addChild(QTreeWidgetItem(["", r.full_name, r.birth, r.id_number, r.office,
                                              f"{r.household_code} {r.hamlet}".strip(),
                                              "; ".join(r.received) or _("nothing")]))  # fmt: skip
            self.same.addTopLevelItem(top)
            top.setExpanded(True)
        if not groups:
            self.same.addTopLevelItem(QTreeWidgetItem([_("No one is registered by two offices.")]))

    # --- actions ------------------------------------------------------------------

    def on_export_list(self) -> None:
        """The tab shown, whole: every bundle (the tab shows the last 20), the open conflicts,
        or the persons registered by two offices."""
        tab = ("bundles", "conflicts", "same")[min(self.tabs.currentIndex(), 2)]
        make = {"bundles": exports.sync_log_export, "conflicts": exports.conflicts_export,
                "same": exports.same_persons_export}[tab]  # fmt: skip
        export_whole(self, self.ctx, self.export_button, exports.sync_file_name(tab), make)

    def on_export(self, peer) -> None:
        keys = office_keys(self, self.ctx)
        if keys is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, _("Where to write the bundle for {office} (a USB stick, or a folder to attach "
                    "to an e-mail)").format(office=peer.name))  # fmt: skip
        if not folder:
            return
        db, user = self.ctx.db, self.ctx.actor.username

        def job(progress):
            report, cancelled = _cancel_flag(progress)
            return sync_bundles.export_bundle(db, user, keys, peer.office_id, Path(folder),
                                              report, cancelled)  # fmt: skip

        run_job(self, self.ctx, _("Writing the bundle…"), job, self.on_exported, write=True)

    def on_exported(self, result: sync_bundles.ExportResult) -> None:
        files = "\n".join(str(p) for p in result.paths)
        QMessageBox.information(self, _("Bundle written"), _(
            "For {office}: {changes} changes in {batches} batches.\n\n{files}\n\nCode to read "
            "over the phone: {code}").format(office=result.peer_name, changes=result.changes,
                                              batches=result.batches, files=files,
                                              code=result.code))  # fmt: skip
        self.refresh()

    def on_import(self, path: Path | None) -> None:
        path = path or ask_file(self, _("Import bundle"), _("Lá Lành bundles (*.llb)"))
        if path is None:
            return
        try:
            header = sync_bundles.peek(path)
        except UserError as exc:
            show_error(self, exc)
            return
        if header.kind == "enrolment":
            if self.open_settings is not None:
                self.open_settings().sync.on_accept(path)
            return
        keys = office_keys(self, self.ctx)
        if keys is None:
            return
        db, user = self.ctx.db, self.ctx.actor.username

        def job(progress):
            report, cancelled = _cancel_flag(progress)
            return sync_bundles.import_bundle(db, user, keys, path, report, cancelled)

        run_job(self, self.ctx, _("Checking and importing the bundle…"), job, self.on_imported,
                write=True)  # fmt: skip

    def on_imported(self, result: sync_bundles.ImportResult) -> None:
        self.ctx.bus.notify(EVERYTHING)
        if result.arrived_persons:  # then the duplicate engine on the persons that came
            db, user = self.ctx.db, self.ctx.actor.username
            run_job(self, self.ctx, _("Looking for the same persons in other offices…"),
                    lambda progress: sync_bundles.check_arrivals(db, user, result, progress),
                    self.on_checked, write=True)  # fmt: skip
            return
        self.on_checked(result)

    def on_checked(self, result: sync_bundles.ImportResult) -> None:
        box = QMessageBox.warning if result.refused else QMessageBox.information
        box(self, _("Bundle imported"), result.sentence)
        self.refresh()

    def on_resolve(self, side: str | None) -> None:
        item = self.conflicts.currentItem()
        if item is None:
            show_error(self, UserError(_("Choose a conflict in the list first.")))
            return
        conflict = self._conflict_rows[self.conflicts.indexOfTopLevelItem(item)]
        if side == "a":
            value = conflict.a.value
        elif side == "b":
            value = conflict.b.value
        else:
            text, ok = QInputDialog.getText(self, _("The right value"), _(
                "{record}: {field}").format(record=conflict.record, field=conflict.field_label))  # fmt: skip
            if not ok:
                return
            value = text
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.write(lambda: sync_conflicts.resolve(db, actor, conflict.id, value),
                             lambda _r: (self.ctx.bus.notify(EVERYTHING), self.refresh()),
                             lambda exc: show_error(self, exc))  # fmt: skip


def _side(side) -> str:
    when = side.at.strftime("%d/%m/%Y %H:%M") if side.at else ""
    return f"{side.shown} — {side.office}, {side.by} {when}".strip()


def _tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return tree


def dropped_sync_file(event) -> Path | None:
    """The one bundle (.llb) or enrolment request (.llr) being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    suffixes = (sync_identity.BUNDLE_SUFFIX, sync_identity.REQUEST_SUFFIX)
    if len(files) == 1 and files[0].suffix.lower() in suffixes:
        return files[0]
    return None
