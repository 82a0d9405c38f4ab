"""Drive the Households page like a person: search as you type, filter, open, void."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import Household
from app.services import households as hh
from app.services.demo import generate_demo
from app.services.households import HouseholdDraft, MemberDraft, save_household
from app.services.office import list_hamlets
from app.ui.pages.households import HouseholdsPage
from tests.ui.conftest import top_level, type_text


def _register(db, name: str, hamlet_index: int = 0, **member) -> str:
    hamlet = list_hamlets(db)[hamlet_index]
    draft = HouseholdDraft(
        hamlet_id=hamlet.id,
        members=[
            MemberDraft(full_name=name, gender="male", birth_year=1970, relation="head", **member)
        ],
    )
    return save_household(db, "tester", draft).code


def _page(qtbot, ctx) -> HouseholdsPage:
    page = HouseholdsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.model.loading and "hộ" in page.count_label.text())
    return page


def _names(page: HouseholdsPage) -> list[str]:
    return [r.head_name for r in page.model.rows]


def test_search_as_you_type_is_accent_and_case_insensitive(qtbot, ctx, errors):
    _register(ctx.db, "Nguyễn Văn An")
    _register(ctx.db, "Trần Thị Bình")
    _register(ctx.db, "Nguyễn Thị Hằng")
    page = _page(qtbot, ctx)
    assert len(page.model.rows) == 3
    for typed in ("nguyen van a", "NGUYEN VAN", "Nguyễn Văn A"):
        page.search.clear()
        type_text(page.search, typed)
        qtbot.waitUntil(lambda: not page.model.loading and _names(page) == ["Nguyễn Văn An"],
                        timeout=3000)  # fmt: skip
        assert page.model.rows[0].matched == "Nguyễn Văn An (Chủ hộ)"
    page.search.clear()
    qtbot.keyClicks(page.search, "NGUYEN")
    qtbot.waitUntil(lambda: sorted(_names(page)) == ["Nguyễn Thị Hằng", "Nguyễn Văn An"])
    qtbot.waitUntil(lambda: page.count_label.text() == "Tìm thấy 2 hộ")
    assert not errors


def test_filters_by_hamlet_and_category(qtbot, ctx, errors):
    generate_demo(ctx.db, households=150, seed=3)
    page = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.hamlet.count() > 1)
    hamlet_name = page.hamlet.itemText(1)
    page.hamlet.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rows
                    and all(r.hamlet == hamlet_name for r in page.model.rows))  # fmt: skip
    page.hamlet.setCurrentIndex(0)
    page.category.setCurrentIndex(page.category.findText("Hộ cận nghèo"))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rows
                    and all("Hộ cận nghèo" in r.categories for r in page.model.rows))  # fmt: skip
    assert not errors


def test_lazy_fetching_pages_through_a_big_registry(qtbot, ctx, errors, qtmodeltester):
    generate_demo(ctx.db, households=260, seed=5)
    page = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: len(page.model.rows) == 100)  # only the first page at start
    assert page.model.canFetchMore()
    page.table.scrollToBottom()
    page.model.fetchMore()
    qtbot.waitUntil(lambda: len(page.model.rows) == 200)
    while page.model.canFetchMore() or page.model.loading:
        page.model.fetchMore()
        qtbot.waitUntil(lambda: not page.model.loading)
    codes = [r.code for r in page.model.rows]
    assert len(codes) == 260 and codes == sorted(codes)
    qtmodeltester.check(page.model)
    assert not errors


def test_enter_opens_the_household_and_ctrl_f_focuses_search(qtbot, ctx, errors):
    _register(ctx.db, "Lê Văn Cường")
    page = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: len(page.model.rows) == 1)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)
    page.table.setFocus()
    page.table.selectRow(0)
    with qtbot.waitSignal(page.household_opened, timeout=3000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = opened.args[0]
    assert dialog.draft.members[0].full_name == "Lê Văn Cường"
    dialog.done(0)
    assert not errors


def test_void_with_reason_removes_household_from_the_list(qtbot, ctx, errors):
    _register(ctx.db, "Phạm Văn Dũng")
    _register(ctx.db, "Hoàng Thị Em")
    page = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: len(page.model.rows) == 2)
    page.table.selectRow(0)
    page.void_selected()
    dialog = top_level("ReasonDialog")[0]
    assert not dialog.ok.isEnabled()  # a reason is required
    type_text(dialog.editor, "Chuyển đi nơi khác")
    dialog.ok.click()
    qtbot.waitUntil(lambda: not page.model.loading and _names(page) == ["Hoàng Thị Em"])
    with ctx.db.read() as s:
        voided = s.execute(sa.select(Household.voided, Household.void_reason)
                           .where(Household.voided.is_(True))).all()  # fmt: skip
    assert voided == [(True, "Chuyển đi nơi khác")]
    page.show_voided.setChecked(True)
    qtbot.waitUntil(lambda: not page.model.loading and len(page.model.rows) == 2)
    assert any("(đã hủy)" in page.model.data(page.model.index(i, 1))
               for i in range(2))  # fmt: skip
    assert hh.count_households(ctx.db, hh.HouseholdQuery()) == 1
    assert not errors


def test_opening_twice_quickly_shows_one_form(qtbot, ctx, errors):
    _register(ctx.db, "Lê Văn Cường")
    page = _page(qtbot, ctx)
    qtbot.waitUntil(lambda: len(page.model.rows) == 1)
    opened = []
    page.household_opened.connect(opened.append)
    household_id = page.model.rows[0].id
    page.open_household(household_id)
    page.open_household(household_id)  # a double-click's second event, before the read ends
    qtbot.waitUntil(lambda: len(opened) == 1)
    qtbot.wait(200)
    assert len(opened) == 1
    opened[0].done(0)
    assert not errors
