"""Register and edit a household through its dialog, as an officer would."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import sqlalchemy as sa

from app.models import Household, Need, Person
from app.services import households as hh
from app.ui.pages.households import HouseholdsPage
from tests.ui.conftest import exported, type_text


def _open_new(qtbot, ctx):
    page = HouseholdsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.household_opened, timeout=3000) as opened:
        page.new_household()
    return page, opened.args[0]


def _count(db, model) -> int:
    with db.read() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(model))


def test_register_household_with_members_and_need(qtbot, ctx, errors):
    page, dialog = _open_new(qtbot, ctx)
    assert dialog.code.text() == "000001"

    # Saving the empty form explains what is missing and writes nothing.
    dialog.save_button.click()
    assert dialog.banner.isVisible()
    assert "thôn" in dialog.errors.labels["hamlet"].text().lower()
    assert "Thành viên 1" in dialog.banner.text()
    assert _count(ctx.db, Household) == 0

    dialog.hamlet.setCurrentIndex(1)
    dialog.members_view.selectRow(0)
    member = dialog.on_edit_member()
    # A Windows keyboard sends combining marks (NFD); the record must be NFC.
    type_text(member.full_name, unicodedata.normalize("NFD", "Nguyễn Thị Hằng"))
    member.gender.setCurrentIndex(member.gender.findText("Nữ"))
    type_text(member.birth, "05/02/1985")
    member.id_type.setCurrentIndex(member.id_type.findData("cccd"))
    type_text(member.id_number, "001085123456")  # 4th digit 0 means a man born 19xx
    member.ok.click()
    assert member.isVisible()
    id_error = member.errors.labels["id_number"]
    assert id_error.isVisible() and "4" in id_error.text()
    member.id_number.clear()
    type_text(member.id_number, "001185123456")
    member.ok.click()
    qtbot.waitUntil(lambda: not member.isVisible())

    child = dialog.on_add_member()
    assert child.relation.currentData() == "child"
    type_text(child.full_name, "Trần Văn Bảo")
    child.gender.setCurrentIndex(child.gender.findText("Nam"))
    type_text(child.birth, "2012")
    child.ok.click()
    qtbot.waitUntil(lambda: not child.isVisible())
    assert dialog.tabs.tabText(0) == "Thành viên (2)"

    need = dialog.on_add_need()
    type_text(need.quantity, "45")
    need.on_ok()
    qtbot.waitUntil(lambda: not need.isVisible())
    assert dialog.needs_model.rowCount() == 1

    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    with ctx.db.read() as s:
        names = sorted(s.scalars(sa.select(Person.full_name)))
        need_row = s.execute(sa.select(Need.kind, Need.quantity, Need.unit)).one()
    assert names == ["Nguyễn Thị Hằng", "Trần Văn Bảo"]
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    assert need_row == ("rice", Decimal("45"), "kg")
    qtbot.waitUntil(lambda: [r.head_name for r in page.model.rows] == ["Nguyễn Thị Hằng"])
    assert not errors


def test_duplicate_id_is_refused_naming_the_other_household(qtbot, ctx, errors):
    from app.services.office import list_hamlets

    first = hh.HouseholdDraft(hamlet_id=list_hamlets(ctx.db)[0].id, members=[hh.MemberDraft(
        full_name="Lê Văn Tám", gender="male", birth_year=1980, id_type="cccd",
        id_number="001080000123", relation="head")])  # fmt: skip
    hh.save_household(ctx.db, "tester", first)
    _page, dialog = _open_new(qtbot, ctx)
    dialog.hamlet.setCurrentIndex(1)
    dialog.members_view.selectRow(0)
    member = dialog.on_edit_member()
    type_text(member.full_name, "Lê Văn Tám")
    member.gender.setCurrentIndex(member.gender.findText("Nam"))
    type_text(member.birth, "1980")
    type_text(member.id_number, "001080000123")
    qtbot.waitUntil(lambda: member.owner_note.isVisible())  # warned while typing
    assert "000001" in member.owner_note.text()
    member.ok.click()
    qtbot.waitUntil(lambda: not member.isVisible())
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "000001" in dialog.banner.text(), timeout=5000)
    assert dialog.isVisible()
    assert _count(ctx.db, Household) == 1
    assert not errors


def test_edit_existing_household_sets_new_head(qtbot, ctx, errors, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from app.services.office import list_hamlets

    saved = hh.save_household(ctx.db, "tester", hh.HouseholdDraft(
        hamlet_id=list_hamlets(ctx.db)[0].id, members=[
            hh.MemberDraft(full_name="Đỗ Văn Hùng", gender="male", birth_year=1950,
                           relation="head"),
            hh.MemberDraft(full_name="Đỗ Văn Minh", gender="male", birth_year=1978,
                           relation="child")]))  # fmt: skip
    page = HouseholdsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.household_opened, timeout=3000) as opened:
        page.open_household(saved.id)
    dialog = opened.args[0]
    assert dialog.hamlet.currentText() == list_hamlets(ctx.db)[0].name
    row = [m.full_name for m in dialog.draft.members].index("Đỗ Văn Minh")
    dialog.members_view.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Cha/mẹ", True))
    dialog.on_set_head()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    draft = hh.load_household(ctx.db, saved.id)
    relations = {m.full_name: m.relation for m in draft.members}
    assert relations == {"Đỗ Văn Minh": "head", "Đỗ Văn Hùng": "parent"}
    assert not errors


def test_received_tab_lists_every_program_and_reversal(qtbot, ctx, errors, make_household,
                                                       qtmodeltester, monkeypatch, tmp_path):  # fmt: skip
    from app.services.distribution import ReceiptDraft, record_receipt, reverse_receipt
    from tests.ui.season import CASH, TODAY, make_season

    season = make_season(ctx.db, make_household)
    dung = season.households["dung"]
    cash_row, rice_row = (
        season.row(ctx.db, season.cash, "dung"),
        season.row(ctx.db, season.rice, "dung"),
    )
    for row, proxy in ((cash_row, ""), (rice_row, "Trần Văn Em")):
        draft = ReceiptDraft(recipient_id=row.recipient_id, given_on=TODAY, id_type="cccd",
                             id_number="026175000111", handed_by="Lê Thị Nhập")  # fmt: skip
        if proxy:
            draft.collector, draft.proxy_name, draft.proxy_relation = "proxy", proxy, "Con trai"
        recorded = record_receipt(ctx.db, ctx.actor, draft)
    reverse_receipt(ctx.db, ctx.actor, recorded.receipt_id, "Nhầm người nhận")

    page = HouseholdsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.household_opened, timeout=3000) as opened:
        page.open_household(dung.id)
    dialog = opened.args[0]
    tab = dialog.received_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)  # read in the background
    qtmodeltester.check(tab.model)
    given, rice, reversal = tab.model.rows
    assert (given.code, given.kind, given.lines) == (
        cash_row.code,
        "give",
        {CASH: Decimal(1_000_000)},
    )
    assert given.organisation == "Ủy ban MTTQ xã"
    assert (rice.collector, reversal.kind) == ("Trần Văn Em", "reverse")
    cells = [tab.model.data(tab.model.index(0, c)) for c in range(tab.model.columnCount())]
    assert "1.000.000" in cells[5] and cash_row.code in cells
    assert dialog.tabs.tabText(2).endswith("(1)")  # one receipt stands
    # Its file: whose it is in the title, the day as a real date, the rows as shown.
    sheet = exported(qtbot, tab.export_button, monkeypatch, tmp_path / "nhan.xlsx")
    assert sheet[1][0] == "NHẬN TỪ MỌI ĐỢT HỖ TRỢ"
    assert f"Hộ {dialog.draft.code}: " in sheet[2][0] and "Trần Thị Dung" in sheet[2][0]
    assert sheet[4][:3] == ["STT", "Ngày", "Đợt hỗ trợ"]
    body = sheet[5:]
    assert [r[1] for r in body] == [TODAY] * 3  # real dates, not text
    assert [r[1:] for r in body][0] == [TODAY, *cells[1:]]  # as the tab shows them
    assert [r[5] for r in body] == [cells[4], cells[4], "Bút toán đảo"]
    dialog.reject()
    assert not errors


def test_a_new_household_has_no_received_tab(qtbot, ctx, errors):
    page, dialog = _open_new(qtbot, ctx)
    assert dialog.tabs.count() == 2
    dialog.reject()
    assert not errors
