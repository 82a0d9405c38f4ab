"""First start: which office is this? Name, commune from the official list, hamlets."""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.db import Database
from app.errors import FieldError, UserError
from app.i18n import _
from app.services import office as office_service
from app.services import sync_identity
from app.services.roles import actor_for
from app.text import fold
from app.ui.errors import show_error
from app.ui.widgets import InlineErrors, button_row


class SetupDialog(QDialog):
    def __init__(self, db: Database, user: str):
        super().__init__()
        self.db = db
        self.user = user
        self.setWindowTitle(_("Lá Lành — set up your office"))
        self.setMinimumSize(580, 760)
        layout = QVBoxLayout(self)
        intro = QLabel(_("Welcome. Tell Lá Lành which office this computer belongs to. "
                         "You do this once; you can rename the office and add hamlets later "
                         "in Settings."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.form = form
        self.errors = InlineErrors()
        self.level = QComboBox()
        self.level.setObjectName("office_level")
        self.level.addItem(_("Commune or ward office"), "commune")
        self.level.addItem(_("District office"), "district")
        self.level.addItem(_("Province or city office"), "province")
        form.addRow(_("This office is"), self.level)
        self.name = QLineEdit()
        self.name.setObjectName("office_name")
        self.name.setPlaceholderText(_("e.g. UBND xã Yên Lạc"))
        form.addRow(_("Office name"), self.name)
        form.addRow("", self.errors.label_for("name"))
        self.province = QComboBox()
        self.province.setObjectName("province")
        self.province.addItem(_("All provinces and cities"), None)
        for unit in office_service.list_provinces(db):
            self.province.addItem(unit.name, unit.code)
        form.addRow(_("Province / city"), self.province)
        self.filter = QLineEdit()
        self.filter.setObjectName("commune_filter")
        self.filter.setPlaceholderText(_("Type to find the commune or ward (accents optional)"))
        form.addRow(_("Commune / ward"), self.filter)
        self.communes = QListWidget()
        self.communes.setObjectName("communes")
        form.addRow("", self.communes)
        form.addRow("", self.errors.label_for("commune"))
        self.hamlets = QPlainTextEdit()
        self.hamlets.setObjectName("hamlets")
        self.hamlets.setPlaceholderText(_("One per line, e.g.\nThôn Đông\nThôn Tây\nTổ dân phố 3"))
        self.hamlets.setFixedHeight(100)
        form.addRow(_("Hamlets / residential groups"), self.hamlets)
        # The office's keys are made now (SYNC.md §7): bundles to other offices are signed with
        # them, and the passphrase protects them on this shared PC.
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(_("at least {n} characters").format(
            n=sync_identity.PASSPHRASE_MIN))  # fmt: skip
        form.addRow(_("Passphrase for sending data"), self.passphrase)
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setObjectName("passphrase_again")
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(_("The passphrase again"), self.passphrase_again)
        form.addRow("", self.errors.label_for("passphrase"))
        hint = QLabel(_("It protects the office's keys, which sign the data sent to the offices "
                        "above and below. Write it down and keep it safe: it cannot be "
                        "recovered."))  # fmt: skip
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")
        form.addRow("", hint)
        layout.addLayout(form)
        note = QLabel(_("Official list of provinces and communes after the 2025 reform "
                        "(34 provinces, 3,321 communes)."))  # fmt: skip
        note.setStyleSheet("color: gray;")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons, self.ok = button_row(self, self.on_ok, _("Start"), _("Quit"))
        layout.addWidget(buttons)
        self._load_communes()
        self.province.currentIndexChanged.connect(self.on_province_changed)
        self.filter.textChanged.connect(self.apply_filter)
        self.level.currentIndexChanged.connect(self.on_level_changed)

    def on_level_changed(self) -> None:
        """Communes and hamlets belong to a commune office; upper offices name a province."""
        commune = self.level.currentData() == "commune"
        for widget in (self.filter, self.communes, self.hamlets):
            self.form.setRowVisible(widget, commune)
        self.province.setItemText(0, _("All provinces and cities") if commune else _("(none)"))

    def _load_communes(self) -> None:
        """Every commune once; the province and the typed text only hide items."""
        provinces = {self.province.itemData(i): self.province.itemText(i)
                     for i in range(1, self.province.count())}  # fmt: skip
        for code, province_name in provinces.items():
            for unit in office_service.list_communes(self.db, code):
                item = QListWidgetItem(f"{unit.name} — {province_name}")
                item.setData(Qt.ItemDataRole.UserRole, unit.code)
                item.setData(Qt.ItemDataRole.UserRole + 1, fold(unit.name))
                item.setData(Qt.ItemDataRole.UserRole + 2, code)
                self.communes.addItem(item)

    def on_province_changed(self) -> None:
        self.apply_filter()

    def apply_filter(self) -> None:
        needle = fold(self.filter.text())
        province = self.province.currentData()
        first_visible = None
        for i in range(self.communes.count()):
            item = self.communes.item(i)
            hidden = (province is not None and item.data(Qt.ItemDataRole.UserRole + 2) != province
                      ) or (bool(needle) and needle not in item.data(Qt.ItemDataRole.UserRole + 1))  # fmt: skip
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        current = self.communes.currentItem()
        if first_visible is not None and (current is None or current.isHidden()):
            self.communes.setCurrentItem(first_visible)

    def commune_code(self) -> str:
        item = self.communes.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item and not item.isHidden() else ""

    def on_ok(self) -> None:
        level = self.level.currentData()
        unit = self.commune_code() if level == "commune" else (self.province.currentData() or "")
        try:  # every answer checked at once, nothing written until all are right
            errors = office_service.setup_errors(self.db, self.name.text(), unit, level)
            try:
                sync_identity.check_passphrase(self.passphrase.text(),
                                               self.passphrase_again.text())  # fmt: skip
            except UserError as exc:
                errors.append(FieldError("passphrase", exc.message))
            if errors:
                self.errors.show(errors)
                return
            office_service.setup_office(self.db, self.user, self.name.text(), unit, level)
        except UserError as exc:
            rest = self.errors.show(exc.field_errors)
            if rest or not exc.field_errors:
                show_error(self, exc)
            return
        sync_identity.create_keys(self.db, actor_for(self.db, self.user), self.passphrase.text())
        for line in self.hamlets.toPlainText().splitlines():
            if line.strip():
                kind = "to" if fold(line).startswith("to") else "thon"
                with suppress(UserError):  # a repeated line: the hamlet is there already
                    office_service.add_hamlet(self.db, self.user, line, kind)
        self.accept()
