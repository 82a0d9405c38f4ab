"""The Overlaps tab's possible same persons (issue 6 on the list), driven like a person: look
for them in a worker, read each pair with its reasons and row codes, take one household off
the list, hand a pair to the Duplicates page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services import recipient_lists as rl
from app.ui.pages.programs import OVERLAPS_TAB
from tests.services.test_list_duplicates import season  # noqa: F401 - the fixture
from tests.ui.conftest import exported
from tests.ui.test_programs_page import open_page


def test_pairs_are_found_on_demand_and_acted_on(qtbot, qtmodeltester, ctx, season, errors,  # noqa: F811
                                                monkeypatch, tmp_path):  # fmt: skip
    _actor, h, mttq, _red = season
    page, opened = open_page(qtbot, ctx, programs=2)
    page.table.selectRow(next(i for i, p in enumerate(page.model.rows) if p.id == mttq))
    page.tabs.setCurrentIndex(OVERLAPS_TAB)
    same = page.overlaps.same
    assert same.model.rowCount() == 0 and "Tìm" in same.about.text()  # not looked for yet
    assert not same.export_button.isEnabled()  # nothing to save yet
    with qtbot.waitSignal(same.found, timeout=20000):
        qtbot.mouseClick(same.find_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(same.model)
    model = same.model
    assert model.rowCount() == 2
    cells = {model.data(model.index(r, 1)): [model.data(model.index(r, c)) for c in range(4)]
             for r in range(2)}  # fmt: skip
    be = next(v for k, v in cells.items() if k.startswith("Nguyễn Thị Bé"))
    code = page.selected_program().code
    assert f"hộ {h['an'].code}" in be[1] and f"{code}-" in be[1]
    assert "Nguyen Thi Be, 04/03/2012" in be[2] and f"hộ {h['ba'].code}" in be[2]
    assert "cùng ngày sinh" in be[3] and be[0].startswith("Cần xem xét")
    binh = next(v for k, v in cells.items() if k.startswith("Trần Văn Bình"))
    assert "Gạo Tết 2026" in binh[2]  # on the other list of the group
    rows = exported(qtbot, same.export_button, monkeypatch, tmp_path / "trung-nguoi.xlsx")
    assert rows[1][0] == "DANH SÁCH NGƯỜI CÓ THỂ CÓ TÊN HAI LẦN"
    assert sorted(r[1:] for r in rows[5:]) == sorted(cells.values())  # as the table shows them

    # Bình's other record is on the Red Cross's list: only his own household can go.
    same.table.selectRow(next(r for r in range(2) if model.rows[r].a.name == "Trần Văn Bình"))
    assert same.remove_a.isEnabled() and not same.remove_b.isVisible()
    with qtbot.waitSignal(same.duplicates_wanted) as wanted:
        qtbot.mouseClick(same.duplicates_button, Qt.MouseButton.LeftButton)
    assert {wanted.args[0].a.full_name, wanted.args[0].b.full_name} == {"Trần Văn Bình",
                                                                       "Tran Van Binh"}  # fmt: skip
    qtbot.mouseClick(same.open_button, Qt.MouseButton.LeftButton)
    assert opened == [h["binh"].id]

    # Bé: her grandmother's household is taken off the list, with the reason.
    same.table.selectRow(next(r for r in range(2) if model.rows[r].a.name == "Nguyễn Thị Bé"))
    side = 1 if model.rows[same.table.currentIndex().row()].b.household_id == h["ba"].id else 0
    button = same.remove_b if side else same.remove_a
    assert h["ba"].code in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = same.reason_dialog
    prompt = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert h["ba"].code in prompt and "cùng ngày sinh" in prompt
    dialog.editor.setPlainText("Bé được ghi ở hộ bố mẹ")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.rows[0].a.name == "Trần Văn Bình"
    listed = {r.household_id for r in rl.list_rows(ctx.db, mttq)}
    assert h["ba"].id not in listed and h["an"].id in listed
    assert not errors
