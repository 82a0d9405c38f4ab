"""The Donations page driven as a treasurer: record a gift, see the stock, reverse, adjust."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.models import Donation, StockAdjustment
from app.services.roles import Actor
from app.ui.dialogs.donation_dialog import AdjustmentDialog, DonationDialog
from app.ui.ledger_views import needs_role_text
from app.ui.pages.donations import DonationsPage
from app.ui.widgets import ReasonDialog, find_data
from tests.ui.conftest import exported, top_level, type_text
from tests.ui.season import CASH, RICE, TODAY, make_season


def open_page(qtbot, ctx) -> DonationsPage:
    page = DonationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.item_filter.count() > 1 and not page.model.loading)
    return page


def on_hand(page: DonationsPage, item_id) -> Decimal | None:
    return next((r.on_hand for r in page.stock_model.rows if r.item.id == item_id), None)


def open_dialog(qtbot, page: DonationsPage, button, cls):
    page._dialog = None  # the last one may be gone (closed dialogs are deleted)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page._dialog, cls) and page._dialog.isVisible())
    return page._dialog


def test_record_a_donation_and_see_the_stock(qtbot, ctx, errors, qtmodeltester):
    page = open_page(qtbot, ctx)
    assert page.stock_model.rowCount() == 0 and page.model.rowCount() == 0
    dialog: DonationDialog = open_dialog(qtbot, page, page.record_button, DonationDialog)
    dialog.item.setCurrentIndex(find_data(dialog.item, RICE))
    assert dialog.unit.text() == "kg"
    dialog.ok.click()  # nothing typed: said beside the fields, nothing written
    qtbot.waitUntil(lambda: dialog.errors.labels["donor_name"].isVisible())
    assert dialog.errors.labels["quantity"].isVisible()
    qtbot.keyClicks(dialog.quantity, "mot tan")
    dialog.ok.click()
    assert dialog.errors.labels["quantity"].isVisible() and dialog.isVisible()

    type_text(dialog.donor, "Công ty TNHH Minh Phát")
    dialog.quantity.clear()
    qtbot.keyClicks(dialog.quantity, "1.500")
    dialog.quantity.editingFinished.emit()
    assert dialog.quantity.text() == "1.500"
    qtbot.keyClicks(dialog.receipt_no, "PT-07")
    dialog.ok.click()
    qtbot.waitUntil(lambda: on_hand(page, RICE) == Decimal(1500))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    row = page.model.rows[0]
    assert (row.donor_name, row.quantity, row.receipt_no, row.source) == (
        "Công ty TNHH Minh Phát", Decimal(1500), "PT-07", "donation")  # fmt: skip
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.stock_model)

    # Money is typed as people write it; the unit follows the item.
    dialog = open_dialog(qtbot, page, page.record_button, DonationDialog)
    assert "Công ty TNHH Minh Phát" in dialog.donor.completer().model().stringList()
    dialog.item.setCurrentIndex(find_data(dialog.item, CASH))
    assert dialog.unit.text() != "kg"
    type_text(dialog.donor, "Ngân sách xã")
    dialog.source.setCurrentIndex(find_data(dialog.source, "budget"))
    qtbot.keyClicks(dialog.quantity, "1.000.000")
    qtbot.keyClicks(dialog.receipt_no, "PT-07")  # the same receipt number again
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.banner.isVisible())
    assert "PT-07" in dialog.banner.text() and dialog.isVisible()
    dialog.receipt_no.clear()
    qtbot.keyClicks(dialog.receipt_no, "PT-08")
    dialog.ok.click()
    qtbot.waitUntil(lambda: on_hand(page, CASH) == Decimal(1_000_000))
    with ctx.db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Donation)) == 2
    assert not errors


def test_reverse_a_donation_marks_both_entries_and_the_stock(
    qtbot, ctx, errors, db, make_household, monkeypatch, tmp_path
):
    make_season(db, make_household)  # 20.000.000 đ and 500 kg in stock
    page = open_page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and on_hand(page, RICE) == Decimal(500))
    rice_row = next(i for i, r in enumerate(page.model.rows) if r.receipt_no == "PT-002")
    page.table.selectRow(rice_row)
    dialog: ReasonDialog = open_dialog(qtbot, page, page.reverse_button, ReasonDialog)
    assert "Công ty Minh Phát" in dialog.findChildren(QLabel)[0].text()  # which entry it is
    type_text(dialog.editor, "Nhập nhầm: gạo chưa về kho")
    dialog.ok.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and on_hand(page, RICE) == Decimal(0))
    original = next(r for r in page.model.rows if r.receipt_no == "PT-002")
    reversal = next(r for r in page.model.rows if r.reverses_id == original.id)
    assert original.reversed and reversal.quantity == Decimal(-500)
    i = page.model.rows.index(original)
    font = page.model.data(page.model.index(i, 1), Qt.ItemDataRole.FontRole)
    assert font.strikeOut()
    assert "Nhập nhầm" in page.model.data(page.model.index(page.model.rows.index(reversal), 8))
    # Nothing of the rice is left: the stock panel says so.
    rice = next(r for r in page.stock_model.rows if r.item.id == RICE)
    j = page.stock_model.rows.index(rice)
    assert page.stock_model.data(page.stock_model.index(j, 4)).startswith("⚠")
    # The stock as a file: numbers, not the panel's text.
    sheet = exported(qtbot, page.stock_export, monkeypatch, tmp_path / "ton-kho.xlsx")
    assert sheet[1][0] == "TỒN KHO HIỆN CÓ"
    item, *amounts = page.stock_model.columns  # the panel's headers, the unit after the item
    assert sheet[4] == ["STT", item, "Đơn vị tính", *amounts]
    by_item = {r[1]: r[2:] for r in sheet[5:]}
    assert by_item[rice.item.name] == ["kg", 0, 0, 0, 0]  # 500 received, then reversed
    assert len(by_item) == len(page.stock_model.rows)

    # The same entry again: the service's reason, in a message box.
    page.table.selectRow(i)
    dialog = open_dialog(qtbot, page, page.reverse_button, ReasonDialog)
    type_text(dialog.editor, "Lần nữa")
    dialog.ok.click()
    qtbot.waitUntil(lambda: bool(top_level("QMessageBox")))
    [box] = top_level("QMessageBox")
    assert TODAY.strftime("%d/%m/%Y") in box.text() and ctx.user in box.text()
    box.buttons()[0].click()
    with ctx.db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Donation)) == 3
    assert not errors


def test_stock_adjustment_lowers_the_stock_and_is_listed(qtbot, ctx, errors, db, make_household,
                                                          qtmodeltester):  # fmt: skip
    make_season(db, make_household)
    page = open_page(qtbot, ctx)
    qtbot.waitUntil(lambda: on_hand(page, RICE) == Decimal(500))
    dialog: AdjustmentDialog = open_dialog(qtbot, page, page.adjust_button, AdjustmentDialog)
    dialog.item.setCurrentIndex(find_data(dialog.item, RICE))
    qtbot.keyClicks(dialog.quantity, "25")
    dialog.ok.click()  # no reason
    qtbot.waitUntil(lambda: dialog.errors.labels["reason"].isVisible())
    type_text(dialog.reason, "Gạo ẩm mốc")
    dialog.ok.click()
    qtbot.waitUntil(lambda: on_hand(page, RICE) == Decimal(475))
    qtbot.waitUntil(lambda: page.adjustments_model.rowCount() == 1)
    assert page.adjustments_model.rows[0].reason == "Gạo ẩm mốc"
    qtmodeltester.check(page.adjustments_model)
    rice = next(r for r in page.stock_model.rows if r.item.id == RICE)
    assert rice.adjusted == Decimal(25)

    page.tabs.setCurrentIndex(1)  # the reverse button works on the tab shown
    page.adjustments.selectRow(0)
    dialog = open_dialog(qtbot, page, page.reverse_button, ReasonDialog)
    type_text(dialog.editor, "Kiểm lại: gạo vẫn dùng được")
    dialog.ok.click()
    qtbot.waitUntil(lambda: on_hand(page, RICE) == Decimal(500))
    with ctx.db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(StockAdjustment)) == 2
    assert not errors


def test_search_and_filters(qtbot, ctx, errors, db, make_household):
    season = make_season(db, make_household)
    page = open_page(qtbot, ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    qtbot.keyClicks(page.search, "PT-002")
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1)
    assert page.model.rows[0].donor_name == "Công ty Minh Phát"
    page.search.clear()
    qtbot.keyClicks(page.search, "ngan sach")  # without marks, as people type
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1
                    and page.model.rows[0].receipt_no == "PT-001")  # fmt: skip
    page.search.clear()
    page.item_filter.setCurrentIndex(find_data(page.item_filter, RICE))
    qtbot.waitUntil(lambda: not page.model.loading
                    and [r.receipt_no for r in page.model.rows] == ["PT-002"])  # fmt: skip
    page.item_filter.setCurrentIndex(0)
    page.program_filter.setCurrentIndex(find_data(page.program_filter, season.rice))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 0)
    assert not errors


def test_only_an_accountant_records_and_the_buttons_say_so(qtbot, ctx, errors):
    clerk = Actor("clerk", "Lê Thị Nhập", frozenset({"data_entry"}))
    page = open_page(qtbot, replace(ctx, actor=clerk))
    for button in (page.record_button, page.reverse_button, page.adjust_button):
        assert not button.isEnabled()
        assert button.toolTip() == needs_role_text("accountant")
    treasurer = Actor("treasurer", "Phạm Văn Quỹ", frozenset({"accountant"}))
    page2 = open_page(qtbot, replace(ctx, actor=treasurer))
    assert page2.record_button.isEnabled() and page2.adjust_button.isEnabled()
    assert not errors


def test_a_hidden_page_catches_up_when_shown(qtbot, ctx, errors, db, make_household):
    from app.services.ledger import DonationDraft, record_donation
    from app.ui.changes import Changes

    page = open_page(qtbot, ctx)
    page.hide()  # another page is in front
    make_season(db, make_household)
    with qtbot.waitSignal(ctx.bus.data_did_change):
        ctx.bus.notify(Changes(ledger=True, programs=True))
    assert not page.model.loading  # no reload started for a hidden page
    assert page.model.rowCount() == 0 and page.stock_model.rowCount() == 0
    record_donation(db, ctx.actor, DonationDraft(donor_name="Bà Lê Thị Hoa", item_id=RICE,
                                                 quantity=Decimal(50), received_on=TODAY))  # fmt: skip
    ctx.bus.notify(Changes(ledger=True))
    page.show()
    qtbot.waitUntil(lambda: on_hand(page, RICE) == Decimal(550) and page.model.rowCount() == 3)
    qtbot.waitUntil(lambda: page.program_filter.count() == 3)  # the programs, for the earmark
    assert not errors
