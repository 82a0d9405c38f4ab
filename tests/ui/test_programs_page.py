"""Drive the Programs page like a person: define, build, approve, amend, and read the reports."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.dates import format_date
from app.services import programs as ps
from app.services import recipient_lists as rl
from app.services import vocab
from app.services.distribution import ReceiptDraft, record_receipt
from app.services.households import MemberDraft
from app.services.roles import actor_for, save_user
from app.ui.pages.programs import HISTORY_TAB, OMISSIONS_TAB, OVERLAPS_TAB, ProgramsPage
from app.ui.pages.recipient_list import advance_label
from app.ui.widgets import find_data
from tests.ui.conftest import exported, type_text

CASH, RICE = vocab.item_id("cash"), vocab.item_id("rice")
POOR, NEAR_POOR = vocab.category_id("poor"), vocab.category_id("near_poor")
TODAY = date.today()


def child(name: str, **kw) -> MemberDraft:
    kw.setdefault("birth_year", 2012)
    kw.setdefault("gender", "female")
    return MemberDraft(full_name=name, relation="child", **kw)


@pytest.fixture
def registry(make_household, hamlets):
    """A poor household of 3 (Thôn Đông), a near-poor one of 1 (Thôn Tây), one not poor."""
    return {
        "an": make_household("Nguyễn Văn An", members=[child("Nguyễn Thị Bé"), child("Nguyễn Văn Út")],
                             household={"category_ids": {POOR}}),
        "giang": make_household("Lê Văn Giang", household={"category_ids": {NEAR_POOR},
                                                           "hamlet_id": hamlets[1].id}),
        "hoa": make_household("Phạm Thị Hoa", gender="female"),
    }  # fmt: skip


def make_program(db, actor, org_name="Ủy ban MTTQ xã", kind="fatherland_front", **kw):
    org = next((o.id for o in ps.list_organisations(db) if o.name == org_name), None)
    if org is None:
        org = ps.save_organisation(db, actor, org_name, kind)
    draft = ps.ProgramDraft(
        name="Quà Tết 2026", organisation_id=org, funding="budget",
        starts_on=TODAY - timedelta(days=5), overlap_group="Tết 2026", categories=[POOR, NEAR_POOR],
        norms=[ps.NormDraft(CASH, "per_person", Decimal(500_000), {POOR: Decimal(1_000_000)})],
    )  # fmt: skip
    for key, value in kw.items():
        setattr(draft, key, value)
    return ps.save_program(db, actor, draft)


def open_page(qtbot, ctx, programs: int = 1) -> tuple[ProgramsPage, list]:
    opened: list = []
    page = ProgramsPage(ctx, open_household=lambda hid, **kw: opened.append(hid))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.programs_loaded):
        page.show()
    assert page.model.rowCount() == programs
    return page, opened


def list_loaded(page: ProgramsPage, rows: int) -> bool:
    return (not page.list.model.loading and len(page.list.model.rows) == rows
            and page.list.count.text().startswith(str(rows)))  # fmt: skip


def choose(combo, data) -> None:
    index = find_data(combo, data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def confirm(qtbot, page: ProgramsPage, expected_status: str) -> None:
    """Press the list's next-step button, answer Yes, wait for the new status."""
    qtbot.mouseClick(page.list.advance_button, Qt.MouseButton.LeftButton)
    box = page.list.confirm_box
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.selected_program().list_status == expected_status)


def warnings_of(widget) -> list[QMessageBox]:
    return [b for b in widget.findChildren(QMessageBox)
            if b.isVisible() and b.icon() == QMessageBox.Icon.Warning]  # fmt: skip


# --- define a program through the forms ------------------------------------------------------


def test_organisation_and_program_through_the_forms_then_build_submit_approve(
    qtbot, qtmodeltester, ctx, registry, errors
):
    page, opened = open_page(qtbot, ctx, programs=0)
    assert page.programs_stack.currentIndex() == 1  # the "no program yet" sentence
    assert page.programs_hint.text()

    # An organisation, from Organisations… → Add…
    qtbot.mouseClick(page.organisations_button, Qt.MouseButton.LeftButton)
    orgs = page.organisations_dialog
    qtbot.waitUntil(lambda: orgs.empty.isVisible())
    qtbot.mouseClick(orgs.add_button, Qt.MouseButton.LeftButton)
    edit = orgs.edit_dialog
    type_text(edit.name, "Hội Chữ thập đỏ xã")
    choose(edit.kind, "red_cross")
    qtbot.mouseClick(edit.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: orgs.model.rowCount() == 1)
    assert orgs.model.rows[0].kind == "red_cross" and not orgs.empty.isVisible()
    orgs.accept()

    # A program: saving an empty form shows what is missing beside the fields.
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.program_dialog is not None and page.program_dialog.isVisible())
    dialog = page.program_dialog
    assert dialog.residence.checked() == ["permanent", "temporary"]  # counted by default
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.labels["name"].isVisible()
    assert dialog.errors.labels["organisation"].isVisible()
    assert dialog.errors.labels["norms"].isVisible()  # the empty norm row has no item
    assert dialog.banner.isVisible() and dialog.isVisible()

    type_text(dialog.name, "Quà Tết 2026 — Chữ thập đỏ")
    choose(dialog.organisation, orgs.model.rows[0].id)
    dialog.overlap_group.setCurrentText("Tết 2026")
    dialog.categories.set_checked(POOR)
    dialog.categories.set_checked(NEAR_POOR)
    norm = dialog.norms.rows[0]
    choose(norm.item, CASH)
    norm.quantity.setText("500.000")
    qtbot.mouseClick(norm.categories, Qt.MouseButton.LeftButton)
    by_category = dialog.norms.category_dialog
    by_category.edits[POOR].setText("1.000.000")
    by_category.on_ok()
    assert norm.by_category == {POOR: Decimal(1_000_000)}
    qtbot.mouseClick(dialog.norms.add_button, Qt.MouseButton.LeftButton)
    rice = dialog.norms.rows[1]
    choose(rice.item, RICE)
    rice.quantity.setText("abc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Gạo" in dialog.errors.labels["norms"].text()  # which norm is wrong
    rice.quantity.setText("10")
    choose(rice.basis, "per_household")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    [program] = ps.list_programs(ctx.db)
    saved = ps.load_program(ctx.db, program.id)
    assert (saved.name, saved.overlap_group, set(saved.categories)) == (
        "Quà Tết 2026 — Chữ thập đỏ", "Tết 2026", {POOR, NEAR_POOR})  # fmt: skip
    assert [(n.item_id, n.basis, n.quantity, n.by_category) for n in saved.norms] == [
        (CASH, "per_person", Decimal(500_000), {POOR: Decimal(1_000_000)}),
        (RICE, "per_household", Decimal(10), {}),
    ]

    # Build the list: a job, then a plain summary; rows with each item's entitlement; totals.
    qtbot.waitUntil(lambda: list_loaded(page, 0))
    assert page.list.stack.currentIndex() == 1  # "the list is empty: build it" sentence
    assert page.list.build_button.isEnabled()
    with qtbot.waitSignal(page.list.built, timeout=10000) as built:
        qtbot.mouseClick(page.list.build_button, Qt.MouseButton.LeftButton)
    assert (built.args[0].listed, built.args[0].persons) == (2, 4)
    summary = page.list.summary_box.text()
    assert "3.500.000 đ" in summary and "20 kg" in summary  # 3 × 1,000,000 + 500,000; 2 × 10 kg
    qtbot.mouseClick(page.list.summary_box.button(QMessageBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert not page.list.summary_box.isVisible()
    qtbot.waitUntil(lambda: list_loaded(page, 2))
    qtmodeltester.check(page.list.model)
    model = page.list.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Tiền mặt" in headers and "Gạo" in headers
    cells = {model.data(model.index(r, 1)): [model.data(model.index(r, c))
                                             for c in range(model.columnCount())]
             for r in range(model.rowCount())}  # fmt: skip
    an, giang = cells[registry["an"].code], cells[registry["giang"].code]
    assert an[0] == f"{program.code}-00001" and an[2] == "Nguyễn Văn An" and an[4] == "3"
    assert an[5:7] == ["3.000.000 đ", "10 kg"] and giang[5:7] == ["500.000 đ", "10 kg"]
    qtbot.waitUntil(lambda: "3.500.000 đ" in page.list.totals.text())
    assert "<b>2" in page.list.totals.text() and "4" in page.list.totals.text()

    # Double-click a row: the household opens.
    rect = page.list.table.visualRect(model.index(0, 2))
    qtbot.mouseClick(page.list.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.list.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [page.list.model.rows[0].household_id]

    # Submit, then approve (the tester is the first user: an administrator).
    assert page.list.advance_button.text() == advance_label("draft")
    confirm(qtbot, page, "submitted")
    assert page.list.advance_button.text() == advance_label("submitted")
    assert not page.list.build_button.isVisible() and not page.list.add_button.isEnabled()
    assert page.list.return_button.isVisible() and page.list.return_button.isEnabled()
    confirm(qtbot, page, "approved")
    assert page.list.advance_button.text() == advance_label("approved")
    assert page.list.add_button.isEnabled()  # amendments, by an approver
    assert [e.action for e in rl.list_history(ctx.db, program.id)] == [
        "build", "submitted", "approved"]  # fmt: skip

    # Its rules can no longer change: the form opens read-only and says why.
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.program_dialog is not dialog and page.program_dialog.isVisible())
    read_only = page.program_dialog
    assert read_only.read_only and not read_only.content.isEnabled()
    assert read_only.findChild(type(read_only.banner), "read_only_note").isVisible()
    assert not read_only.save_button.isVisible()
    read_only.reject()
    assert not errors


def test_send_back_with_a_reason(qtbot, ctx, registry, errors):
    pid = make_program(ctx.db, ctx.actor)
    rl.build_list(ctx.db, ctx.actor, pid)
    rl.advance_list(ctx.db, ctx.actor, pid)
    page, _opened = open_page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.list.return_button.isEnabled())
    qtbot.mouseClick(page.list.return_button, Qt.MouseButton.LeftButton)
    dialog = page.list.reason_dialog
    assert not dialog.ok.isEnabled()  # a reason is required
    type_text(dialog.editor, "Thiếu hộ ở thôn Tây")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.selected_program().list_status == "draft")
    assert rl.list_history(ctx.db, pid)[-1].reason == "Thiếu hộ ở thôn Tây"
    assert page.list.build_button.isEnabled()
    assert not errors


def test_a_data_entry_clerk_cannot_approve(qtbot, ctx, registry, errors):
    pid = make_program(ctx.db, ctx.actor)
    rl.build_list(ctx.db, ctx.actor, pid)
    rl.advance_list(ctx.db, ctx.actor, pid)  # submitted by the administrator
    save_user(ctx.actor, ctx.db, "clerk", "Lê Thị Nhập", ["data_entry"])
    ctx.actor = actor_for(ctx.db, "clerk")
    page, _opened = open_page(qtbot, ctx)
    qtbot.waitUntil(lambda: list_loaded(page, 2))
    button = page.list.advance_button
    assert button.text() == advance_label("submitted") and not button.isEnabled()
    assert button.toolTip()  # says which role it needs
    assert not page.list.return_button.isEnabled()
    assert not page.list.add_button.isEnabled() and not page.list.remove_button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.list.confirm_box is None  # a disabled button does nothing
    # Asked anyway (as a shortcut would), the service refuses and says why.
    page.list.on_advance()
    qtbot.mouseClick(page.list.confirm_box.button(QMessageBox.StandardButton.Yes),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.waitUntil(lambda: bool(warnings_of(page.list)))
    assert "Lê Thị Nhập" in warnings_of(page.list)[0].text()
    assert ps.list_programs(ctx.db)[0].list_status == "submitted"
    assert not errors


# --- after approval: omissions and amendments ----------------------------------------------------


def test_a_household_registered_after_approval_is_an_omission_then_an_amendment(
    qtbot, qtmodeltester, ctx, registry, make_household, errors, monkeypatch, tmp_path
):
    pid = make_program(ctx.db, ctx.actor)
    rl.build_list(ctx.db, ctx.actor, pid)
    rl.advance_list(ctx.db, ctx.actor, pid)
    rl.advance_list(ctx.db, ctx.actor, pid)
    late = make_household("Đỗ Thị Muộn", gender="female", household={"category_ids": {POOR}})
    page, opened = open_page(qtbot, ctx)
    qtbot.waitUntil(lambda: list_loaded(page, 2))

    page.tabs.setCurrentIndex(OMISSIONS_TAB)
    omissions = page.omissions
    qtbot.waitUntil(lambda: omissions.model.rowCount() > 0)
    qtmodeltester.check(omissions.model)
    first = omissions.model.rows[0]
    assert (first.household_code, first.eligible_now) == (late.code, True)  # eligible now: first
    assert registry["hoa"].code not in [o.household_code for o in omissions.model.rows]

    # Add it from the report: the chooser finds it, says it is an amendment (version 2).
    omissions.table.selectRow(0)
    qtbot.mouseClick(omissions.add_button, Qt.MouseButton.LeftButton)
    chooser = page.list.reason_dialog
    qtbot.waitUntil(lambda: chooser.household_id == late.id)
    note = chooser.findChild(type(chooser.assessment), "amendment_note")
    assert note is not None and "2" in note.text()
    qtbot.waitUntil(lambda: "1.000.000 đ" in chooser.assessment.text())  # what it will get
    assert not chooser.ok.isEnabled()  # a reason is required
    type_text(chooser.reason_edit, "Hộ mới chuyển đến, nghèo")
    qtbot.mouseClick(chooser.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.selected_program().list_version == 2)
    qtbot.waitUntil(lambda: omissions.model.rowCount() == 0 or
                    omissions.model.rows[0].household_code != late.code)  # fmt: skip

    # The list shows it, added by hand; then remove another household (a second amendment).
    page.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: list_loaded(page, 3))
    row = next(r for r in page.list.model.rows if r.household_id == late.id)
    assert (row.added_how, row.reason) == ("hand", "Hộ mới chuyển đến, nghèo")
    index = next(i for i, r in enumerate(page.list.model.rows)
                 if r.household_id == registry["giang"].id)  # fmt: skip
    page.list.table.selectRow(index)
    qtbot.mouseClick(page.list.remove_button, Qt.MouseButton.LeftButton)
    reason = page.list.reason_dialog
    assert "3" in reason.findChild(type(note)).text()  # …recorded as list version 3
    type_text(reason.editor, "Đã chuyển đi")
    qtbot.mouseClick(reason.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.selected_program().list_version == 3)
    qtbot.waitUntil(lambda: list_loaded(page, 2))
    choose(page.list.state, "removed")
    qtbot.waitUntil(lambda: list_loaded(page, 1))
    removed = page.list.model.rows[0]
    assert (removed.household_id, removed.reason) == (registry["giang"].id, "Đã chuyển đi")

    # History: every step with who, version and reason.
    page.tabs.setCurrentIndex(HISTORY_TAB)
    qtbot.waitUntil(lambda: page.history.model.rowCount() == 5)
    qtmodeltester.check(page.history.model)
    newest = [page.history.model.rows[i] for i in range(2)]
    assert [(e.action, e.list_version, e.reason) for e in newest] == [
        ("amend_remove", 3, "Đã chuyển đi"), ("amend_add", 2, "Hộ mới chuyển đến, nghèo")]  # fmt: skip
    assert all(e.by == "tester" for e in newest)
    # Exported as shown, its times as real dates and times, its versions as numbers.
    rows = exported(qtbot, page.history.export_button, monkeypatch, tmp_path / "lich-su.xlsx")
    assert rows[1][0] == "LỊCH SỬ DANH SÁCH"
    body = rows[5:]
    assert [r[4] for r in body] == [3, 2, 1, 1, 1] and body[0][5] == "Đã chuyển đi"
    assert all(isinstance(r[1], datetime) for r in body) and body[0][2] == "tester"
    assert not errors


# --- the double-dipping check ----------------------------------------------------------------


def test_overlaps_across_two_organisations_in_one_group(
    qtbot, qtmodeltester, ctx, registry, errors, monkeypatch, tmp_path
):
    mttq = make_program(ctx.db, ctx.actor)
    red_cross = make_program(ctx.db, ctx.actor, "Hội Chữ thập đỏ xã", "red_cross",
                             name="Gạo Tết 2026", categories=[POOR],
                             norms=[ps.NormDraft(RICE, "per_person", Decimal(15))])  # fmt: skip
    lonely = make_program(ctx.db, ctx.actor, name="Học bổng 2026", overlap_group="")
    for pid in (mttq, red_cross):
        rl.build_list(ctx.db, ctx.actor, pid)
        rl.advance_list(ctx.db, ctx.actor, pid)
        rl.advance_list(ctx.db, ctx.actor, pid)
    row = next(r for r in rl.list_rows(ctx.db, red_cross) if r.household_id == registry["an"].id)
    record_receipt(ctx.db, ctx.actor, ReceiptDraft(recipient_id=row.recipient_id, given_on=TODAY,
                                                   id_type="other", note="Trưởng thôn xác nhận",
                                                   handed_by="Lê Thị Nhập", over_reason="Tết"))  # fmt: skip
    page, _opened = open_page(qtbot, ctx, programs=3)
    codes = {p.id: p.code for p in page.model.rows}
    page.table.selectRow(next(i for i, p in enumerate(page.model.rows) if p.id == mttq))
    page.tabs.setCurrentIndex(OVERLAPS_TAB)
    overlaps = page.overlaps
    qtbot.waitUntil(lambda: overlaps.model.rowCount() == 1)
    qtmodeltester.check(overlaps.model)
    model = overlaps.model
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert cells[0] == registry["an"].code  # giang is near-poor: not on the rice list
    assert cells[3] == f"{codes[red_cross]} Gạo Tết 2026 (Hội Chữ thập đỏ xã)"
    assert cells[4] == "Cùng hộ"
    assert format_date(TODAY) in cells[5]  # the other program already gave
    assert "Tết 2026" in overlaps.about.text()
    [row] = exported(qtbot, overlaps.export_button, monkeypatch, tmp_path / "trung.xlsx")[5:]
    assert row == [1, *cells]  # as the table shows it

    # From the Red Cross's side: listed by the other, not yet given.
    page.table.selectRow(next(i for i, p in enumerate(page.model.rows) if p.id == red_cross))
    qtbot.waitUntil(lambda: overlaps.model.rowCount() == 1
                    and overlaps.model.rows[0].others[0].program_id == mttq)  # fmt: skip
    assert overlaps.model.rows[0].others[0].received_on is None

    # A program in no group: a sentence says how to check it, instead of an empty table.
    page.table.selectRow(next(i for i, p in enumerate(page.model.rows) if p.id == lonely))
    qtbot.waitUntil(lambda: overlaps.stack.currentIndex() == 1 and bool(overlaps.hint.text()))
    assert overlaps.model.rowCount() == 0
    assert not errors


def test_search_and_filters_of_the_list(qtbot, ctx, registry, hamlets, errors):
    pid = make_program(ctx.db, ctx.actor)
    rl.build_list(ctx.db, ctx.actor, pid)
    page, _opened = open_page(qtbot, ctx)
    qtbot.waitUntil(lambda: list_loaded(page, 2))
    type_text(page.list.search, "giang")
    qtbot.waitUntil(lambda: list_loaded(page, 1))
    assert page.list.model.rows[0].head_name == "Lê Văn Giang"
    page.list.search.setText(f"{page.selected_program().code}-00001")
    qtbot.waitUntil(lambda: list_loaded(page, 1) and page.list.model.rows[0].seq == 1)
    page.list.search.clear()
    choose(page.list.hamlet, hamlets[1].id)
    qtbot.waitUntil(lambda: list_loaded(page, 1))
    assert page.list.model.rows[0].household_id == registry["giang"].id
    page.list.search.setText("không có ai")
    qtbot.waitUntil(lambda: page.list.count.text().startswith("0"))
    assert page.list.stack.currentIndex() == 1 and page.list.hint.text()
    assert not errors
