"""Settings → Sync: this office's keys and fingerprint, and enrolment with the offices above
and below (SYNC.md §7). The fingerprint is shown in groups, to read over the phone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import N_, _
from app.services import sync_identity
from app.ui.changes import Changes
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.jobs import run_job
from app.ui.sync_keys import PassphraseDialog, office_keys, remember
from app.ui.widgets import button_row

LEVEL_NAMES = {"commune": N_("commune office"), "district": N_("district office"),
               "province": N_("province office")}  # fmt: skip


def fingerprint_label(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(font.pointSize() + 3)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def ask_file(parent: QWidget, title: str, pattern: str) -> Path | None:
    """A file the officer picks, or None."""
    name, _filter = QFileDialog.getOpenFileName(parent, title, "", pattern)
    return Path(name) if name else None


class SyncSettingsBox(QGroupBox):
    def __init__(self, ctx: AppContext):
        super().__init__(_("Sync with other offices"))
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setObjectName("sync_state")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.fingerprint = fingerprint_label("")
        self.fingerprint.setObjectName("fingerprint")
        layout.addWidget(self.fingerprint)
        row = QHBoxLayout()
        self.create = QPushButton(_("Create the office's keys…"))
        self.create.setObjectName("create_keys")
        self.create.clicked.connect(self.on_create)
        self.request = QPushButton(_("Write the enrolment request…"))
        self.request.setObjectName("write_request")
        self.request.clicked.connect(self.on_request)
        self.accept_answer = QPushButton(_("Accept the enrolment answer…"))
        self.accept_answer.setObjectName("accept_answer")
        self.accept_answer.clicked.connect(lambda: self.on_accept(None))
        self.enrol = QPushButton(_("Enrol a lower office…"))
        self.enrol.setObjectName("enrol_child")
        self.enrol.clicked.connect(lambda: self.on_enrol(None))
        self.rotate = QPushButton(_("Change the office's keys…"))
        self.rotate.setObjectName("rotate_keys")
        self.rotate.clicked.connect(self.on_rotate)
        for button in (self.create, self.request, self.accept_answer, self.enrol, self.rotate):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        try:
            info = sync_identity.identity(self.ctx.db)
        except UserError:
            return
        self.fingerprint.setText(info.fingerprint)
        self.fingerprint.setVisible(info.has_keys)
        if not info.has_keys:
            text = _("This office has no keys yet. Create them once; a passphrase protects them.")
        elif info.is_root:
            text = _("This office is the top of its tree. Its fingerprint, to read over the phone "
                     "to the offices it enrols:")  # fmt: skip
        elif info.enrolled and info.parent is not None:
            text = _("Enrolled by {parent}. This office's fingerprint:").format(
                parent=info.parent.name)  # fmt: skip
        else:
            text = _("Not enrolled yet: write the enrolment request, give it to the office above, "
                     "and read them this fingerprint when they call:")  # fmt: skip
        changes = sync_identity.key_changes(self.ctx.db) if info.has_keys else []
        if changes:
            text = (
                _("Keys last changed on {day}.").format(day=f"{changes[-1]:%d/%m/%Y}") + "\n" + text
            )
        self.state.setText(text)
        self.create.setVisible(not info.has_keys)
        self.rotate.setVisible(info.has_keys)
        self.request.setVisible(info.has_keys and not info.enrolled)
        self.accept_answer.setVisible(info.has_keys and not info.enrolled)
        self.enrol.setVisible(info.enrolled and info.level != "commune")

    def on_create(self) -> None:
        dialog = PassphraseDialog(self, _("Choose a passphrase for the office's keys. Whoever "
                                          "signs bundles for this office needs it; keep it "
                                          "written down in a safe place. It cannot be "
                                          "recovered."), twice=True)  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            sync_identity.create_keys(self.ctx.db, self.ctx.actor, dialog.passphrase())
            remember(self.ctx, sync_identity.unlock(self.ctx.db, dialog.passphrase()))
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.ctx.bus.notify(Changes(office=True))

    def on_rotate(self) -> None:
        """New keys for this office, when the PC changes hands or the passphrase may be
        known to someone who should not sign for the office any more."""
        answer = QMessageBox.question(self, _("Change the office's keys"), _(
            "Lá Lành makes new keys for this office, signed by the old ones. The offices above "
            "and below learn them from this office's next bundles; after that, bundles signed "
            "with the old keys are refused. Send a bundle to each of them soon, and read them "
            "the new fingerprint when they call.\n\nChange the keys now?"))  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        dialog = PassphraseDialog(self, _("Type the passphrase that protects this office's "
                                          "keys. The new keys are kept under the same "
                                          "passphrase."))  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        db, actor, passphrase = self.ctx.db, self.ctx.actor, dialog.passphrase()

        def job(progress):
            progress(0, 2)
            fingerprint = sync_identity.rotate_keys(db, actor, passphrase)
            progress(1, 2)
            return fingerprint, sync_identity.unlock(db, passphrase)

        run_job(self, self.ctx, _("Making the new keys…"), job, self.on_rotated, write=True)

    def on_rotated(self, result) -> None:
        fingerprint, keys = result
        remember(self.ctx, keys)
        self.refresh()
        self.ctx.bus.notify(Changes(office=True))
        QMessageBox.information(self, _("New keys"), _(
            "This office has new keys. Its new fingerprint, to read to the offices above and "
            "below when they call:\n\n{fp}").format(fp=fingerprint))  # fmt: skip

    def on_request(self) -> None:
        keys = office_keys(self, self.ctx)
        if keys is None:
            return
        folder = QFileDialog.getExistingDirectory(self, _("Where to write the request"))
        if not folder:
            return
        try:
            path = sync_identity.write_request(self.ctx.db, keys, Path(folder))
        except UserError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(self, _("Enrolment request"), _(
            "The request is in {path}. Give it to the office above (USB stick or e-mail). When "
            "they call, read them this fingerprint:\n\n{fp}").format(
                path=path, fp=self.fingerprint.text()))  # fmt: skip

    def on_accept(self, path: Path | None) -> None:
        keys = office_keys(self, self.ctx)
        if keys is None:
            return
        path = path or ask_file(self, _("The enrolment answer"), _("Lá Lành bundles (*.llb)"))
        if path is None:
            return
        try:
            data = path.read_bytes()
            answer = sync_identity.open_enrolment_answer(self.ctx.db, keys, data)
        except (UserError, OSError) as exc:
            show_error(self, exc if isinstance(exc, UserError) else UserError(str(exc)))
            return
        dialog = ConfirmFingerprintDialog(self, _(
            "This answer comes from {office}. Call them and ask them to read their fingerprint. "
            "Type it here; accept only if every group is the same.").format(
                office=answer.parent.name), answer.parent_fingerprint)  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            sync_identity.accept_enrolment(self.ctx.db, self.ctx.actor, keys, data,
                                           dialog.typed())  # fmt: skip
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.ctx.bus.notify(Changes(office=True))
        QMessageBox.information(self, _("Enrolled"), _(
            "This office is enrolled by {office}. Bundles for it are written on the Sync page."
        ).format(office=answer.parent.name))  # fmt: skip

    def on_enrol(self, path: Path | None) -> None:
        path = path or ask_file(self, _("The lower office's enrolment request"),
                                _("Enrolment requests (*.llr)"))  # fmt: skip
        if path is None:
            return
        try:
            request = sync_identity.read_request(path)
        except UserError as exc:
            show_error(self, exc)
            return
        dialog = ConfirmFingerprintDialog(self, _(
            "Request from {office} ({level}). Call the office and ask them to read the "
            "fingerprint shown on their screen. Type it here: it must be exactly the request's."
        ).format(office=request.name, level=_(LEVEL_NAMES.get(request.level, request.level))), None)  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        keys = office_keys(self, self.ctx)
        if keys is None:
            return
        folder = QFileDialog.getExistingDirectory(self, _("Where to write the answer"))
        if not folder:
            return
        try:
            answer = sync_identity.enrol_child(
                self.ctx.db, self.ctx.actor, keys, path, dialog.typed(), Path(folder)
            )
        except UserError as exc:
            show_error(self, exc)
            return
        self.ctx.bus.notify(Changes(office=True))
        QMessageBox.information(self, _("Enrolled"), _(
            "{office} is enrolled. Send it {path}; when they call, read them this office's "
            "fingerprint:\n\n{fp}").format(office=request.name, path=answer,
                                            fp=self.fingerprint.text()))  # fmt: skip


class ConfirmFingerprintDialog(QDialog):
    """The fingerprint read over the phone, typed by the officer (never just "OK")."""

    def __init__(self, parent: QWidget, text: str, expected: str | None):
        super().__init__(parent)
        self.setWindowTitle(_("Compare the fingerprint"))
        self.expected = expected
        layout = QVBoxLayout(self)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.entry = QLineEdit()
        self.entry.setObjectName("typed_fingerprint")
        self.entry.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        form.addRow(_("Fingerprint read to you"), self.entry)
        layout.addLayout(form)
        buttons, _ok = button_row(self, self.accept, _("The same: go on"))
        layout.addWidget(buttons)

    def typed(self) -> str:
        return self.entry.text()
