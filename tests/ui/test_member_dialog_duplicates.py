"""The "possible existing records" of the member dialog (issue 6): typing the name and birth of a
registered person shows that record with the reason; the person being edited is never its own
match; "a different person" is recorded when the household is saved; the match's household
opens."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from app.models import DuplicateDecision, Person
from app.ui.dialogs.household_dialog import HouseholdDialog
from app.ui.pages.households import HouseholdsPage


@pytest.fixture
def hang(db, make_household):
    """Nguyễn Thị Hằng, registered in Thôn Đông with her date of birth and CCCD."""
    saved = make_household("Nguyễn Thị Hằng", gender="female", birth_date=date(1975, 3, 8),
                           id_type="cccd", id_number="026175000111")  # fmt: skip
    with db.read() as s:
        pid = s.scalar(sa.select(Person.id).where(Person.household_id == saved.id))
    return saved, pid


def open_household(qtbot, ctx, household_id=None) -> HouseholdDialog:
    page = HouseholdsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.household_opened, timeout=3000) as opened:
        if household_id is None:
            page.new_household()
        else:
            page.open_household(household_id)
    return opened.args[0]


def typed(qtbot, member, name: str, birth: str, gender: str | None = "female"):
    """Fill name, birth and gender as a person would, and wait for the look-up's answer."""
    with qtbot.waitSignal(member.possible.checked, timeout=5000):
        member.full_name.clear()  # retyped, even when the same as before
        member.full_name.setText(name)
        member.birth.setText(birth)
        if gender is not None:
            member.gender.setCurrentIndex(member.gender.findData(gender))


def test_typing_a_registered_person_shows_the_record_and_why(qtbot, ctx, hang, english, errors):
    saved, pid = hang
    dialog = open_household(qtbot, ctx)
    member = dialog.on_edit_member() or dialog.on_add_member()
    assert not member.possible.isVisible()
    # A name alone asks nothing yet.
    member.full_name.setText("Nguyen Thi Hang")
    qtbot.waitUntil(lambda: not member.possible.timer.isActive())
    assert member.possible.facts is None and not member.possible.isVisible()

    typed(qtbot, member, "Nguyen Thi Hang", "08/03/1975")
    assert member.possible.isVisible()
    m = member.possible.model
    assert m.rowCount() == 1
    who, why = m.data(m.index(0, 0)).split("\n")
    assert who == f"Nguyễn Thị Hằng, 08/03/1975, 026175000111 — household {saved.code} (Thôn Đông)"
    assert "same name without accents" in why and "same birth date" in why
    assert m.rows[0].b.id == pid

    # Someone else entirely: the box goes away.
    typed(qtbot, member, "Trần Văn Bảo", "2012", "male")
    assert not member.possible.isVisible()
    member.reject()
    assert not errors


def test_the_person_being_edited_is_not_its_own_match(qtbot, ctx, hang, english, errors):
    saved, pid = hang
    dialog = open_household(qtbot, ctx, saved.id)
    dialog.members_view.selectRow(0)
    member = dialog.on_edit_member()
    assert member.original.id == pid
    typed(qtbot, member, "Nguyễn Thị Hằng", "08/03/1975")
    assert member.possible.facts is not None
    assert member.possible.model.rowCount() == 0 and not member.possible.isVisible()
    # A new member of the same household with her name and birth is matched, in this household:
    # nothing to open.
    member.reject()
    other = dialog.on_add_member()
    typed(qtbot, other, "Nguyễn Thị Hằng", "08/03/1975")
    assert other.possible.model.rows[0].b.id == pid
    assert not other.possible.open_button.isEnabled()
    other.reject()
    assert not errors


def test_a_different_person_is_recorded_when_the_household_is_saved(qtbot, ctx, db, hang,
                                                                    english, errors):  # fmt: skip
    _saved, pid = hang
    dialog = open_household(qtbot, ctx)
    dialog.hamlet.setCurrentIndex(1)
    dialog.members_view.selectRow(0)
    member = dialog.on_edit_member()
    typed(qtbot, member, "Nguyen Thi Hang", "08/03/1975")
    candidate = member.possible.current()
    member.possible.different_button.click()
    assert not member.possible.isVisible() and member.dismissed == [candidate]
    # Asked again, the dismissed record stays away.
    with qtbot.waitSignal(member.possible.checked, timeout=5000):
        member.birth.setText("8/3/1975")
    assert member.possible.model.rowCount() == 0
    member.ok.click()
    qtbot.waitUntil(lambda: not member.isVisible())
    with db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(DuplicateDecision)) == 0
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    ctx.tasks.wait_idle()
    with db.read() as s:
        new = s.scalar(sa.select(Person.id).where(Person.full_name == "Nguyen Thi Hang"))
        d = s.scalars(sa.select(DuplicateDecision)).one()
    assert d.decision == "different" and {d.person_a_id, d.person_b_id} == {pid, new}
    assert d.score == candidate.score and d.explanation == candidate.explanation
    assert not errors


def test_a_form_closed_without_saving_decides_nothing(qtbot, ctx, db, hang, english, errors):
    dialog = open_household(qtbot, ctx)
    dialog.members_view.selectRow(0)
    member = dialog.on_edit_member()
    typed(qtbot, member, "Nguyen Thi Hang", "08/03/1975")
    member.possible.different_button.click()
    member.reject()
    dialog.done(0)
    ctx.tasks.wait_idle()
    with db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(DuplicateDecision)) == 0
    assert not errors


def test_open_the_matching_household(qtbot, ctx, hang, english, errors):
    saved, _pid = hang
    dialog = open_household(qtbot, ctx)
    dialog.members_view.selectRow(0)
    member = dialog.on_edit_member()
    typed(qtbot, member, "Nguyen Thi Hang", "08/03/1975")
    assert member.possible.open_button.isEnabled()
    member.possible.open_button.click()
    qtbot.waitUntil(lambda: member.possible.household_opened is not None)
    opened = member.possible.household_opened
    assert isinstance(opened, HouseholdDialog) and opened.draft.id == saved.id
    assert opened.isVisible()
    opened.done(0)
    member.reject()
    assert not errors


def test_only_data_entry_dismisses(qtbot, ctx, hang, english, errors):
    from dataclasses import replace

    from app.services.roles import Actor

    viewer = replace(ctx, actor=Actor("viewer", "Đỗ Văn Xem", frozenset({"accountant"})))
    dialog = open_household(qtbot, viewer)
    dialog.members_view.selectRow(0)
    member = dialog.on_edit_member()
    typed(qtbot, member, "Nguyen Thi Hang", "08/03/1975")
    assert member.possible.isVisible()
    assert not member.possible.different_button.isEnabled()
    assert "Data entry" in member.possible.different_button.toolTip()
    member.reject()
    assert not errors


def test_the_name_and_birth_year_alone_are_enough_to_show_a_record(qtbot, ctx, hang, english,
                                                                    errors):  # fmt: skip
    """The issue's own words: shown "as soon as name + birth year are typed" — the same name and
    year, nothing else known, is below the scan's "needs a look" but worth a glance here."""
    saved, pid = hang
    dialog = open_household(qtbot, ctx)
    member = dialog.on_edit_member() or dialog.on_add_member()
    typed(qtbot, member, "Nguyễn Thị Hằng", "1975")
    assert member.possible.isVisible()
    m = member.possible.model
    assert [r.b.id for r in m.rows] == [pid]
    assert "same name" in m.data(m.index(0, 0)) and "same birth year" in m.data(m.index(0, 0))
    typed(qtbot, member, "Nguyễn Thị Hằng", "1990")  # fifteen years apart: not her
    assert not member.possible.isVisible()
    member.reject()
    assert not errors
