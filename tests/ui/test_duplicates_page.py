"""Registry → Duplicates (issue 6), driven as an officer would: the queue of a real registry
seeded with duplicates through the services, the evidence side by side, a merge through the
dialog, "different people", "later", undoing a merge, and who may do what."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from app.dedup import engine
from app.models import DuplicateDecision, Need, Person
from app.services.households import MemberDraft
from app.services.merges import list_merges
from app.services.roles import Actor
from app.ui.dialogs.merge_dialog import AGREE, DIFFER, MISSING, MergeDialog
from app.ui.pages.duplicates import DuplicatesPage


@pytest.fixture
def registry(db, make_household, hamlets):
    """Two people each registered twice, and people who are nobody's duplicate.

    Hằng: the spouse of household 1 and, unaccented, the head of household 2 in the other
    hamlet, one digit of her CCCD mistyped, her phone only there; a need on each record.
    Minh: heads of households 3 and 4, accents dropped, one digit of the CCCD mistyped."""
    one = make_household("Trần Văn Ba", members=[MemberDraft(
        full_name="Nguyễn Thị Hằng", gender="female", birth_date=date(1975, 3, 8),
        id_type="cccd", id_number="026175000111", relation="spouse")])  # fmt: skip
    two = make_household("Nguyen Thi Hang", gender="female", birth_date=date(1975, 3, 8),
                         id_type="cccd", id_number="026175000112", phone="0912345678",
                         household={"hamlet_id": hamlets[1].id})  # fmt: skip
    make_household("Lê Văn Minh", birth_year=1962, id_type="cccd", id_number="026062001234")
    make_household("Le Van Minh", birth_year=1962, id_type="cccd", id_number="026062001243",
                   household={"hamlet_id": hamlets[1].id})  # fmt: skip
    make_household("Phạm Thị Lan", gender="female", birth_year=1990)
    with db.write("tester") as s:
        hang = {h: s.scalar(sa.select(Person.id).where(Person.household_id == h.id,
                                                       Person.full_name.like("%Th%H%ng")))
                for h in (one, two)}  # fmt: skip
        for h, pid in hang.items():
            s.add(Need(household_id=h.id, person_id=pid, kind="medicine", quantity=Decimal(1),
                       unit="box", urgency="high", status="open", assessed_on=date.today(),
                       assessed_by="Cán bộ"))  # fmt: skip
    return {"one": one, "two": two, "hang": list(hang.values())}


def open_page(qtbot, ctx, opened=None) -> DuplicatesPage:
    page = DuplicatesPage(ctx, open_household=opened.append if opened is not None else None)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.scanned, timeout=20000):
        page.show()  # the first visit scans
    qtbot.waitUntil(lambda: page.sides is not None or page.model.rowCount() == 0)
    return page


def names(page: DuplicatesPage) -> list[set[str]]:
    return [{c.a.full_name, c.b.full_name} for c in page.model.rows]


def evidence(page: DuplicatesPage) -> dict[str, tuple[str, str, str, str]]:
    m = page.evidence
    return {
        r.field: tuple(m.data(m.index(i, col)) for col in range(4)) + (r.state,)
        for i, r in enumerate(m.rows)
    }


def test_the_queue_lists_the_pairs_strongest_first_with_their_evidence(qtbot, ctx, registry,
                                                                       english, errors):  # fmt: skip
    page = open_page(qtbot, ctx)
    assert names(page) == [{"Nguyễn Thị Hằng", "Nguyen Thi Hang"}, {"Lê Văn Minh", "Le Van Minh"}]
    scores = [c.score for c in page.model.rows]
    assert scores == sorted(scores, reverse=True)
    m = page.model
    first = [m.data(m.index(0, col)) for col in range(m.columnCount())]
    assert first[0] == str(scores[0])
    assert first[4] == "08/03/1975 / 08/03/1975"
    assert set(first[5].split(" / ")) == {"026175000111", "026175000112"}
    assert set(first[6].split(" / ")) == {registry["one"].code, registry["two"].code}
    assert set(first[7].split(" / ")) == {"Thôn Đông", "Thôn Tây"}
    assert first[8] == page.model.rows[0].explanation and "one digit" in first[8]
    assert "Scanned at" in page.status.text() and "2 pairs" in page.status.text()

    # The evidence of the selected pair: a word for each comparison, not a colour alone.
    shown = evidence(page)
    assert shown["birth_date"][1:] == ("08/03/1975", "08/03/1975", "Agree", AGREE)
    assert shown["id_number"][3:] == ("Differ", DIFFER)
    phone = shown["phone"]
    assert {phone[1], phone[2]} == {"—", "0912345678"} and phone[3:] == ("Missing on one side",
                                                                          MISSING)  # fmt: skip
    assert shown["needs"][1:3] == ("1", "1")
    assert "one digit" in page.pair_title.text()

    # The level filter shows only the pairs of that level.
    for i in (1, 2):
        page.level.setCurrentIndex(i)
        level = page.level.currentData()
        assert all(c.level == level for c in page.model.rows)
        assert page.model.rowCount() == sum(c.level == level for c in page.candidates)
    page.level.setCurrentIndex(0)
    assert page.model.rowCount() == 2
    assert not errors


def test_the_queue_exports_as_shown(qtbot, ctx, registry, errors, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog
    from python_calamine import CalamineWorkbook

    from app.ui import exporting

    target = tmp_path / "trung.xlsx"
    offered = []

    def save_as(parent, caption, directory, filters):
        offered.append(directory)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    monkeypatch.setattr(exporting, "_last_folder", None)
    page = DuplicatesPage(ctx)
    qtbot.addWidget(page)
    assert not page.export_button.isEnabled()  # nothing scanned yet
    with qtbot.waitSignal(page.scanned, timeout=20000):
        page.show()
    assert page.export_button.isEnabled()
    page.level.setCurrentIndex(page.level.findData(page.model.rows[0].level))
    shown = list(page.model.rows)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and page.export_button.isEnabled(), timeout=5000)
    book = CalamineWorkbook.from_path(str(target))
    rows = book.get_sheet_by_index(0).to_python()
    book.close()
    assert rows[1][0] == "DANH SÁCH NGƯỜI CÓ THỂ BỊ GHI TRÙNG"
    assert "Lần dò lúc" in rows[2][0]
    assert rows[4][:5] == ["STT", "Điểm", "Mức", "Người 1", "Ngày/năm sinh (1)"]
    body = rows[5:]
    assert [(r[3], r[8]) for r in body] == [(c.a.full_name, c.b.full_name) for c in shown]
    first = body[0]
    assert first[1] == shown[0].score and first[4] == first[9] == "08/03/1975"
    assert {first[5], first[10]} == {"026175000111", "026175000112"}  # numbers stay text
    assert first[-1] == shown[0].explanation
    assert offered and "nguoi-co-the-trung-" in offered[0]
    for box in QApplication.topLevelWidgets():
        if box.objectName() == "export_saved":
            box.close()
    assert not errors


def test_merge_through_the_dialog_moves_the_need_and_the_pair_leaves_the_queue(
        qtbot, ctx, db, registry, english, errors):  # fmt: skip
    page = open_page(qtbot, ctx)
    c = page.model.rows[0]
    assert {c.a.full_name, c.b.full_name} == {"Nguyễn Thị Hằng", "Nguyen Thi Hang"}
    dialog = page.on_merge()
    accented = 0 if page.sides[0].values["full_name"] == "Nguyễn Thị Hằng" else 1
    # The accented record stays; by default each differing field keeps its value, and the
    # phone it lacks is taken from the other record.
    dialog.survivor_buttons[accented].click()
    other = 1 - accented
    assert dialog.choices["full_name"][1][accented].isChecked()
    assert dialog.choices["phone"][1][other].isChecked()
    assert dialog.taken() == {"phone"}
    dialog.choices["id_number"][1][other].click()  # the officer knows the other CCCD is right
    assert dialog.taken() == {"phone", "id_number"}
    with qtbot.waitSignal(page.decided, timeout=5000):
        dialog.ok.click()
    with db.read() as s:
        kept = s.scalar(sa.select(Person).where(Person.full_name == "Nguyễn Thị Hằng"))
        gone = s.scalar(sa.select(Person).where(Person.full_name == "Nguyen Thi Hang"))
        assert (kept.phone, kept.id_number) == ("0912345678", "026175000112")
        assert gone.voided and gone.merged_into_id == kept.id
        needs = s.scalars(sa.select(Need.person_id).where(Need.voided.is_(False))).all()
        assert needs == [kept.id, kept.id]
    assert names(page) == [{"Lê Văn Minh", "Le Van Minh"}]
    # The merged record's household is left without members: the page says so.
    qtbot.waitUntil(lambda: _box("merge_warnings") is not None)
    box = _box("merge_warnings")
    assert registry["two"].code in box.text() and "no members left" in box.text()
    box.close()
    # A new scan does not bring the pair back.
    with qtbot.waitSignal(page.scanned, timeout=20000):
        page.scan_button.click()
    assert names(page) == [{"Lê Văn Minh", "Le Van Minh"}]
    assert not errors


def test_different_people_is_remembered_and_later_keeps_the_pair(qtbot, ctx, db, registry,
                                                                 english, errors):  # fmt: skip
    page = open_page(qtbot, ctx)
    page.table.selectRow(0)
    page.later_button.click()  # later: the next pair, the first stays
    assert page.table.currentIndex().row() == 1 and page.model.rowCount() == 2
    qtbot.waitUntil(lambda: page.sides is not None)
    c = page.current()
    assert {c.a.full_name, c.b.full_name} == {"Lê Văn Minh", "Le Van Minh"}
    dialog = page.on_different()
    prompt = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Lê Văn Minh" in prompt and "Le Van Minh" in prompt and "not be raised" in prompt
    dialog.editor.setPlainText("Hai anh em họ, khác cha")
    with qtbot.waitSignal(page.decided, timeout=5000):
        dialog.ok.click()
    assert names(page) == [{"Nguyễn Thị Hằng", "Nguyen Thi Hang"}]
    with db.read() as s:
        d = s.scalars(sa.select(DuplicateDecision)).one()
        assert (d.decision, d.note, d.score) == ("different", "Hai anh em họ, khác cha", c.score)
        assert {d.person_a_id, d.person_b_id} == {c.a.id, c.b.id}
    with qtbot.waitSignal(page.scanned, timeout=20000):
        page.scan()
    assert names(page) == [{"Nguyễn Thị Hằng", "Nguyen Thi Hang"}]
    assert not errors


def test_undo_a_merge_from_the_merges_tab(qtbot, ctx, db, registry, english, errors):
    page = open_page(qtbot, ctx)
    dialog = page.on_merge()
    with qtbot.waitSignal(page.decided, timeout=5000):
        dialog.ok.click()
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.merges_model.rowCount() == 1)
    row = page.merges_model.rows[0]
    assert page.merges_model.data(page.merges_model.index(0, 5)) == "Merged"
    assert page.undo_button.isEnabled()
    box = page.on_undo()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.merges_model.data(page.merges_model.index(0, 5)) == "Undone")
    assert not page.undo_button.isEnabled()
    assert "scan again" in page.merges_status.text()
    with db.read() as s:
        back = s.get(Person, row.merged_id)
        assert not back.voided and back.merged_into_id is None
    assert list_merges(db)[0].undone
    with qtbot.waitSignal(page.scanned, timeout=20000):
        page.tabs.setCurrentIndex(0)
        page.scan()
    assert {"Nguyễn Thị Hằng", "Nguyen Thi Hang"} in names(page)  # the pair can come back
    assert not errors


def test_only_data_entry_decides(qtbot, ctx, registry, english, errors):
    viewer = Actor("viewer", "Đỗ Văn Xem", frozenset({"accountant"}))
    page = open_page(qtbot, replace(ctx, actor=viewer))
    assert page.model.rowCount() == 2  # looking is for everyone
    for button in (page.merge_button, page.different_button, page.undo_button):
        assert not button.isEnabled()
        assert "Data entry" in button.toolTip()
    assert page.later_button.isEnabled()
    assert page.on_merge() is None and page.on_different() is None

    clerk = Actor("clerk", "Lê Thị Nhập", frozenset({"data_entry"}))
    page2 = open_page(qtbot, replace(ctx, actor=clerk))
    assert page2.merge_button.isEnabled() and page2.different_button.isEnabled()
    assert not errors


@pytest.mark.filterwarnings("ignore:Function.*setActiveWindow:DeprecationWarning")
def test_keyboard_and_opening_a_household(qtbot, ctx, registry, english, errors):
    opened = []
    page = open_page(qtbot, ctx, opened)
    QApplication.setActiveWindow(page)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.sides is not None)
    qtbot.keyClick(page.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # later
    assert page.table.currentIndex().row() == 1
    qtbot.waitUntil(lambda: page.sides is not None)
    page.open_buttons[1].click()
    assert opened == [page.sides[1].household_id]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _box("different_dialog") is not None)
    _box("different_dialog").reject()
    qtbot.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, MergeDialog) and w.isVisible()
                                for w in page.findChildren(MergeDialog)))  # fmt: skip
    page.findChild(MergeDialog).reject()
    with qtbot.waitSignal(page.scanned, timeout=20000):
        qtbot.keyClick(page.table, Qt.Key.Key_F5)
    assert not errors


def test_an_empty_registry_says_so(qtbot, ctx, english, errors):
    page = open_page(qtbot, ctx)
    assert page.model.rowCount() == 0
    assert "0 pairs" in page.status.text()
    assert not page.merge_button.isEnabled() and not page.later_button.isEnabled()
    assert engine.scan(ctx.db) == []
    assert not errors


def _box(name: str):
    return next((w for w in QApplication.topLevelWidgets()
                 if w.objectName() == name and w.isVisible()), None)  # fmt: skip


def test_settings_keep_the_two_levels_an_administrator_sets(qtbot, ctx, db, english, errors):
    from app.dedup import Thresholds
    from app.ui.pages.dedup_settings import DuplicateSettingsBox

    box = DuplicateSettingsBox(ctx)
    qtbot.addWidget(box)
    qtbot.waitUntil(lambda: box.suggest.value() == Thresholds().suggest)
    assert box.review.value() == Thresholds().review
    box.suggest.setValue(90)
    box.review.setValue(70)
    with qtbot.waitSignal(box.saved, timeout=5000):
        box.save_button.click()
    assert engine.thresholds(db) == Thresholds(suggest=90, review=70)
    # The page's next scan uses them.
    page = open_page(qtbot, ctx)
    assert page.thresholds == Thresholds(suggest=90, review=70)

    # Reversed levels are refused with a message; nothing changes.
    box.review.setValue(95)
    box.save_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in box.findChildren(QMessageBox)))  # fmt: skip
    message = next(w for w in box.findChildren(QMessageBox) if w.isVisible())
    assert "needs a look" in message.text()
    message.close()
    assert engine.thresholds(db) == Thresholds(suggest=90, review=70)

    viewer = replace(ctx, actor=Actor("clerk", "Lê Thị Nhập", frozenset({"data_entry"})))
    other = DuplicateSettingsBox(viewer)
    qtbot.addWidget(other)
    assert not other.save_button.isEnabled() and not other.suggest.isEnabled()
    assert "Administrator" in other.save_button.toolTip()
    assert not errors
