"""Settings: the office's name, its hamlets, its users and their roles, what printed documents
say about the office (document_settings.py), the language; where the data lives."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.errors import UserError
from app.i18n import LANGUAGES, _, language
from app.services import exports, vocab
from app.services import office as office_service
from app.services import roles as roles_service
from app.services.roles import role_names
from app.ui.changes import Changes
from app.ui.context import AppContext
from app.ui.dialogs.user_dialog import UserDialog
from app.ui.errors import show_error
from app.ui.exporting import whole_list_button
from app.ui.pages.dedup_settings import DuplicateSettingsBox
from app.ui.pages.document_settings import DocumentSettingsBox
from app.ui.pages.sync_settings import SyncSettingsBox
from app.ui.widgets import ReasonDialog, select_data


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, on_language_changed: Callable[[str], None]):
        super().__init__()
        self.ctx = ctx
        self.on_language_changed = on_language_changed
        columns = QHBoxLayout(self)
        layout, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(layout, 1)
        columns.addLayout(right, 1)

        office_box = QGroupBox(_("Office"))
        form = QFormLayout(office_box)
        name_row = QHBoxLayout()
        self.office_name = QLineEdit(ctx.office.name)
        self.office_name.setObjectName("office_name")
        rename = QPushButton(_("Save name"))
        rename.clicked.connect(self.on_rename_office)
        name_row.addWidget(self.office_name, 1)
        name_row.addWidget(rename)
        form.addRow(_("Name"), name_row)
        form.addRow(_("Commune / ward"), QLabel(ctx.office.commune_name))
        form.addRow(_("Province / city"), QLabel(ctx.office.province_name))
        layout.addWidget(office_box)

        hamlet_box = QGroupBox(_("Hamlets and residential groups"))
        hamlet_layout = QHBoxLayout(hamlet_box)
        self.hamlets = QListWidget()
        self.hamlets.setObjectName("hamlets")
        hamlet_layout.addWidget(self.hamlets, 1)
        hamlet_buttons = QVBoxLayout()
        for text, slot in ((_("Add…"), self.on_add_hamlet), (_("Rename…"), self.on_rename_hamlet),
                           (_("Remove…"), self.on_remove_hamlet)):  # fmt: skip
            button = QPushButton(text)
            button.clicked.connect(slot)
            hamlet_buttons.addWidget(button)
        hamlet_buttons.addWidget(whole_list_button(
            self, ctx, "export_hamlets", _("Save the hamlets, with their households, as an "
                                           "Excel file"),
            lambda: exports.settings_file_name("hamlets"), exports.hamlets_export))  # fmt: skip
        hamlet_buttons.addStretch(1)
        hamlet_layout.addLayout(hamlet_buttons)
        layout.addWidget(hamlet_box, 1)

        layout.addWidget(self._users_box(), 1)
        self.duplicates = DuplicateSettingsBox(ctx)
        layout.addWidget(self.duplicates)

        self.documents = DocumentSettingsBox(ctx)
        right.addWidget(self.documents)
        self.sync = SyncSettingsBox(ctx)
        right.addWidget(self.sync)

        lang_box = QGroupBox(_("Language"))
        lang_row = QHBoxLayout(lang_box)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        select_data(self.language, language())
        apply = QPushButton(_("Apply"))
        apply.clicked.connect(self.on_apply_language)
        lang_row.addWidget(self.language)
        lang_row.addWidget(apply)
        lang_row.addStretch(1)
        right.addWidget(lang_box)

        data_box = QGroupBox(_("Data"))
        data_form = QFormLayout(data_box)
        for label, value in ((_("Database"), ctx.db.display_name),
                             (_("Backups"), str(paths.backup_dir())),
                             (_("Log file"), str(paths.log_dir() / "lalanh.log"))):  # fmt: skip
            text = QLabel(value)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            data_form.addRow(label, text)
        right.addWidget(data_box)
        right.addStretch(1)
        ctx.bus.data_did_change.connect(self.on_data_changed)
        self.load_hamlets()
        self.load_users()

    def _users_box(self) -> QGroupBox:
        box = QGroupBox(_("Users and roles"))
        outer = QVBoxLayout(box)
        me = self.ctx.actor
        outer.addWidget(QLabel(_("You work as {name} ({login}): {roles}.").format(
            name=me.full_name, login=me.username, roles=role_names(me.roles) or _("no role"))))  # fmt: skip
        row = QHBoxLayout()
        self.users = QListWidget()
        self.users.setObjectName("users")
        self.users.itemDoubleClicked.connect(lambda _item: self.on_edit_user())
        row.addWidget(self.users, 1)
        buttons = QVBoxLayout()
        for text, slot, name in ((_("Add…"), self.on_add_user, "add_user"),
                                 (_("Edit…"), self.on_edit_user, "edit_user")):  # fmt: skip
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            if not me.can("admin"):
                button.setEnabled(False)
                button.setToolTip(_("Only an administrator may add or change users."))
            buttons.addWidget(button)
        buttons.addWidget(whole_list_button(
            self, self.ctx, "export_users", _("Save the users and their roles as an Excel file"),
            lambda: exports.settings_file_name("users"), exports.users_export))  # fmt: skip
        buttons.addStretch(1)
        row.addLayout(buttons)
        outer.addLayout(row)
        return box

    def load_users(self) -> None:
        def done(users: list[roles_service.UserInfo]) -> None:
            self.users.clear()
            for u in users:
                state = "" if u.active else f" — {_('inactive')}"
                item = QListWidgetItem(f"{u.full_name} ({u.username}): "
                                       f"{role_names(u.roles) or _('no role')}{state}")  # fmt: skip
                item.setData(Qt.ItemDataRole.UserRole, u)
                self.users.addItem(item)

        self.ctx.tasks.read(lambda: roles_service.list_users(self.ctx.db), done, owner=self)

    def on_add_user(self) -> None:
        self._open_user_dialog(None)

    def on_edit_user(self) -> None:
        item = self.users.currentItem()
        if item is not None and self.ctx.actor.can("admin"):
            self._open_user_dialog(item.data(Qt.ItemDataRole.UserRole))

    def _open_user_dialog(self, user: roles_service.UserInfo | None) -> None:
        def save() -> None:
            username, full_name, chosen, active = dialog.values()
            self.ctx.tasks.write(
                lambda: roles_service.save_user(self.ctx.actor, self.ctx.db, username, full_name,
                                                chosen, active),
                lambda _r: (dialog.done(QDialog.DialogCode.Accepted),
                            self.ctx.bus.notify(Changes(users=True))),
                lambda exc: (dialog.show_error(exc.message) if isinstance(exc, UserError)
                             else show_error(dialog, exc)),
            )  # fmt: skip

        dialog = UserDialog(self, user, save)
        dialog.open()

    def load_hamlets(self) -> None:
        def done(hamlets: list[office_service.HamletInfo]) -> None:
            self.hamlets.clear()
            for h in hamlets:
                item = QListWidgetItem(f"{h.name}")
                item.setData(Qt.ItemDataRole.UserRole, h)
                item.setToolTip(vocab.label(vocab.HAMLET_KINDS, h.kind))
                self.hamlets.addItem(item)

        self.ctx.tasks.read(lambda: office_service.list_hamlets(self.ctx.db), done, owner=self)

    def on_data_changed(self, changes: Changes) -> None:
        if changes.hamlets:
            self.load_hamlets()
        if changes.users:
            self.load_users()

    def _write(self, fn, changes: Changes) -> None:
        self.ctx.tasks.write(fn, lambda _r: self.ctx.bus.notify(changes),
                             lambda exc: show_error(self, exc))  # fmt: skip

    def on_rename_office(self) -> None:
        name = self.office_name.text()
        self._write(lambda: office_service.rename_office(self.ctx.db, self.ctx.user, name),
                    Changes(office=True))  # fmt: skip

    def _ask_hamlet(self, title: str, name: str = "", kind: str = "thon") -> tuple[str, str] | None:
        kinds = list(vocab.HAMLET_KINDS)
        labels = [vocab.label(vocab.HAMLET_KINDS, k) for k in kinds]
        choice, ok = QInputDialog.getItem(self, title, _("Kind:"), labels, kinds.index(kind),
                                          False)  # fmt: skip
        if not ok:
            return None
        text, ok = QInputDialog.getText(self, title, _("Name (e.g. Thôn Đông, Tổ dân phố 3):"),
                                        text=name)  # fmt: skip
        return (text, kinds[labels.index(choice)]) if ok else None

    def on_add_hamlet(self) -> None:
        answer = self._ask_hamlet(_("New hamlet"))
        if answer:
            name, kind = answer
            self._write(lambda: office_service.add_hamlet(self.ctx.db, self.ctx.user, name, kind),
                        Changes(hamlets=True))  # fmt: skip

    def _selected_hamlet(self) -> office_service.HamletInfo | None:
        item = self.hamlets.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def on_rename_hamlet(self) -> None:
        hamlet = self._selected_hamlet()
        if hamlet is None:
            return
        answer = self._ask_hamlet(_("Rename hamlet"), hamlet.name, hamlet.kind)
        if answer:
            name, kind = answer
            self._write(lambda: office_service.rename_hamlet(self.ctx.db, self.ctx.user,
                                                             hamlet.id, name, kind),
                        Changes(hamlets=True, households=True))  # fmt: skip

    def on_remove_hamlet(self) -> None:
        hamlet = self._selected_hamlet()
        if hamlet is None:
            return
        dialog = ReasonDialog(self, _("Remove hamlet"), _(
            "Remove “{name}” from the list? Only a hamlet with no households can be removed. "
            "Type the reason (e.g. merged into another):").format(name=hamlet.name))  # fmt: skip

        def done(result: int) -> None:
            if result == ReasonDialog.DialogCode.Accepted:
                reason = dialog.reason()
                self._write(lambda: office_service.void_hamlet(self.ctx.db, self.ctx.user,
                                                               hamlet.id, reason),
                            Changes(hamlets=True))  # fmt: skip

        dialog.finished.connect(done)
        dialog.open()

    def on_apply_language(self) -> None:
        code = self.language.currentData()
        if code != language():
            self.on_language_changed(code)
