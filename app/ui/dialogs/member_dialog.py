"""Add or edit one member of a household, with validation as you go."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.dates import DateFormatError, format_birth, parse_birth
from app.dedup import Candidate, PersonFacts
from app.errors import FieldError
from app.i18n import _
from app.services import persons, vocab
from app.services.households import MemberDraft, normalise_member, validate_member
from app.services.office import CategoryInfo
from app.text import clean
from app.ui.context import AppContext
from app.ui.dialogs.possible_records import PossibleRecords
from app.ui.widgets import InlineErrors, button_row, select_data, vocab_combo


class MemberDialog(QDialog):
    def __init__(self, ctx: AppContext, member: MemberDraft, categories: list[CategoryInfo],
                 parent: QWidget | None = None, *, household_id: uuid.UUID | None = None,
                 hamlet_id: uuid.UUID | None = None):  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.original = member
        self.setWindowTitle(_("Member of the household") if member.full_name else _("New member"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = InlineErrors()

        def row(label: str, widget: QWidget, field: str) -> None:
            widget.setObjectName(field)
            form.addRow(label, widget)
            form.addRow("", self.errors.label_for(field))

        self.full_name = QLineEdit(member.full_name)
        self.full_name.setPlaceholderText(_("e.g. Nguyễn Văn An"))
        row(_("Full name *"), self.full_name, "full_name")
        self.gender = vocab_combo(vocab.GENDERS)
        self.gender.setCurrentIndex(-1)
        self.gender.setPlaceholderText(_("Choose"))
        if member.gender:
            select_data(self.gender, member.gender)
        row(_("Gender *"), self.gender, "gender")
        self.birth = QLineEdit(format_birth(member.birth_date, member.birth_year))
        self.birth.setPlaceholderText(_("dd/mm/yyyy, or the year alone"))
        row(_("Date or year of birth *"), self.birth, "birth")
        self.relation = vocab_combo(vocab.RELATIONS)
        select_data(self.relation, member.relation)
        row(_("Relation to head *"), self.relation, "relation")
        self.id_type = vocab_combo(vocab.ID_TYPES)
        select_data(self.id_type, member.id_type)
        row(_("ID document"), self.id_type, "id_type")
        self.id_number = QLineEdit(member.id_number)
        self.id_number.setPlaceholderText(_("12 digits for CCCD, 9 for CMND"))
        row(_("ID number"), self.id_number, "id_number")
        self.old_id = QLineEdit(member.old_id_number)
        self.old_id.setPlaceholderText(_("an earlier CMND, if known"))
        row(_("Old ID number"), self.old_id, "old_id_number")
        self.phone = QLineEdit(member.phone)
        row(_("Phone"), self.phone, "phone")
        self.residence = vocab_combo(vocab.RESIDENCE)
        select_data(self.residence, member.residence_status)
        row(_("Residence"), self.residence, "residence_status")
        self.note = QLineEdit(member.note)
        row(_("Note"), self.note, "note")
        layout.addLayout(form)

        self.category_boxes: dict[uuid.UUID, QCheckBox] = {}
        person_categories = [c for c in categories if c.scope == "person"]
        if person_categories:
            group = QGroupBox(_("Categories of this person"))
            grid = QGridLayout(group)
            for i, cat in enumerate(person_categories):
                box = QCheckBox(cat.name)
                box.setChecked(cat.id in member.category_ids)
                self.category_boxes[cat.id] = box
                grid.addWidget(box, i // 2, i % 2)
            layout.addWidget(group)

        self.owner_note = QLabel()
        self.owner_note.setObjectName("id_owner")
        self.owner_note.setWordWrap(True)
        self.owner_note.setStyleSheet("color: #8a5300;")
        self.owner_note.hide()
        layout.addWidget(self.owner_note)
        self.household_id, self.hamlet_id = household_id, hamlet_id
        self.possible = PossibleRecords(ctx, member.id, household_id, self)
        layout.addWidget(self.possible)
        buttons, self.ok = button_row(self, self.on_ok)
        layout.addWidget(buttons)

        self._tried = False
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(300)
        self._check_timer.timeout.connect(self.check)
        for edit in (self.full_name, self.birth, self.id_number, self.old_id, self.phone):
            edit.editingFinished.connect(self.check)
        for combo in (self.gender, self.id_type, self.relation, self.residence):
            combo.currentIndexChanged.connect(self._check_timer.start)
        self.id_number.textChanged.connect(self._check_timer.start)
        for edit in (self.full_name, self.birth, self.id_number, self.old_id):
            edit.textChanged.connect(self.look_for_matches)
        self.gender.currentIndexChanged.connect(self.look_for_matches)
        self.result_member: MemberDraft | None = None

    def draft(self) -> tuple[MemberDraft, list[FieldError]]:
        errors: list[FieldError] = []
        try:
            birth_date, birth_year = parse_birth(self.birth.text())
        except DateFormatError:
            birth_date, birth_year = None, None
            errors.append(FieldError("birth", _("Write the date as dd/mm/yyyy (e.g. 05/02/1980) "
                                                "or just the year (e.g. 1980).")))  # fmt: skip
        member = replace(
            self.original, full_name=self.full_name.text(), gender=self.gender.currentData(),
            birth_date=birth_date, birth_year=birth_year, relation=self.relation.currentData(),
            id_type=self.id_type.currentData(), id_number=self.id_number.text(),
            old_id_number=self.old_id.text(), phone=self.phone.text(),
            residence_status=self.residence.currentData(), note=self.note.text(),
            category_ids={cid for cid, box in self.category_boxes.items() if box.isChecked()},
        )  # fmt: skip
        normalise_member(member)
        if not errors:
            errors = validate_member(member, None, date.today())
        elif member.id_type != "none":
            errors += [e for e in validate_member(member, None, date.today())
                       if e.field != "birth"]  # fmt: skip
        return member, errors

    def check(self) -> bool:
        """Show the errors of the fields typed so far (all of them after the first OK)."""
        member, errors = self.draft()
        touched = self._touched()
        shown = errors if self._tried else [e for e in errors if e.field in touched]
        self.errors.show(shown)
        self._check_owner(member)
        return not errors

    def _touched(self) -> set[str]:
        fields = {"full_name": self.full_name, "birth": self.birth, "id_number": self.id_number,
                  "old_id_number": self.old_id, "phone": self.phone}  # fmt: skip
        return {f for f, w in fields.items() if w.text().strip()} | {"id_type", "relation"}

    def _check_owner(self, member: MemberDraft) -> None:
        number = member.id_number
        if len(number) not in (9, 12):
            self.owner_note.hide()
            return
        db, exclude = self.ctx.db, member.id

        def show(owner: persons.IdOwner | None) -> None:
            if owner is None or self.id_number.text().replace(" ", "") != number:
                self.owner_note.hide()
                return
            self.owner_note.setText(_("ID number {id} is already registered to {name} in "
                                      "household {code}.").format(
                                          id=number, name=owner.full_name,
                                          code=owner.household_code))  # fmt: skip
            self.owner_note.show()

        self.ctx.tasks.read(lambda: persons.find_id_owner(db, number, exclude), show, owner=self)

    def facts(self) -> PersonFacts | None:
        """What the duplicate engine compares, once a name and a birth year or an ID number
        are typed; None before."""
        try:
            birth_date, birth_year = parse_birth(self.birth.text())
        except DateFormatError:
            birth_date, birth_year = None, None
        name = clean(self.full_name.text())
        number = "".join(ch for ch in self.id_number.text() if ch.isdigit())
        old = "".join(ch for ch in self.old_id.text() if ch.isdigit())
        has_id = len(number) in (9, 12) or len(old) in (9, 12)
        if not ((name and birth_year) or has_id):
            return None
        return PersonFacts(id=self.original.id, full_name=name, birth_year=birth_year,
                           birth_date=birth_date, gender=self.gender.currentData(),
                           id_number=number, old_id_number=old, household_id=self.household_id,
                           hamlet_id=self.hamlet_id)  # fmt: skip

    def look_for_matches(self) -> None:
        self.possible.look_for(self.facts())

    @property
    def dismissed(self) -> list[Candidate]:
        """Matches the officer said are a different person (recorded when the household is
        saved)."""
        return list(self.possible.dismissed)

    def on_ok(self) -> None:
        self._tried = True
        if self.check():
            self.result_member, _errors = self.draft()
            self.accept()
