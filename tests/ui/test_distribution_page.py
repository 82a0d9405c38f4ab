"""The Distribution page driven as an officer at the hand-out table: scan, look, correct."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.models import Need, Receipt
from app.services.recipient_lists import row_by_code
from app.services.roles import Actor
from app.ui.dialogs.receipt_dialog import ReceiptDialog, ReceiptHistoryDialog
from app.ui.ledger_views import needs_role_text
from app.ui.pages.distribution import DistributionPage
from app.ui.widgets import ReasonDialog, find_data
from tests.ui.conftest import exported, top_level, type_text
from tests.ui.season import CASH, RICE, TODAY, make_season


@pytest.fixture
def season(db, make_household):
    return make_season(db, make_household)


def open_page(qtbot, ctx, program_id) -> DistributionPage:
    page = DistributionPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.program.count() == 2)
    page.program.setCurrentIndex(find_data(page.program, program_id))
    qtbot.waitUntil(lambda: page.program_id == program_id and page.progress is not None
                    and page.model.rowCount() > 0 and not page.model.loading)  # fmt: skip
    return page


def scan(qtbot, page: DistributionPage, code: str) -> None:
    """What a keyboard-wedge scanner does: type the code, then Enter."""
    page.check_off.code_input.setFocus()
    qtbot.keyClicks(page.check_off.code_input, code)
    qtbot.keyClick(page.check_off.code_input, Qt.Key.Key_Return)


def row_of(page: DistributionPage, code: str):
    return next(r for r in page.model.rows if r.code == code)


def receipts(db):
    with db.read() as s:
        return s.scalars(sa.select(Receipt).order_by(Receipt.hlc)).all()


def need_status(db) -> str:
    with db.read() as s:
        return s.scalars(sa.select(Need.status)).one()


def test_fast_check_off_marks_the_row_received_in_place(qtbot, ctx, errors, season, qtmodeltester):
    page = open_page(qtbot, ctx, season.cash)
    qtmodeltester.check(page.model)
    assert page.check_off.code_input.hasFocus()
    assert page.progress.households_received == 0 and page.progress.households_listed == 4
    code = season.code(ctx.db, season.cash, "an")
    resets = []
    page.model.modelReset.connect(lambda: resets.append(1))

    scan(qtbot, page, code.lower())  # however it is typed
    qtbot.waitUntil(lambda: row_of(page, code).state == "received")
    assert resets == []  # that one row changed; the table was not reloaded
    assert row_of(page, code).given == {CASH: Decimal(3_000_000)}
    assert page.check_off.code_input.text() == "" and page.check_off.code_input.hasFocus()
    assert code in page.check_off.status.text() and "3.000.000" in page.check_off.status.text()
    assert page.last_check_ms is not None
    [receipt] = receipts(ctx.db)
    assert (receipt.given_on, receipt.collector, receipt.id_number, receipt.id_type,
            receipt.id_check, receipt.handed_by) == (TODAY, "self", "026080123456", "cccd", "match",
                                                     ctx.actor.full_name)  # fmt: skip
    qtbot.waitUntil(lambda: page.progress.households_received == 1)
    cash = page.progress.items[0]
    assert (cash.given, cash.on_hand) == (Decimal(3_000_000), Decimal(17_000_000))
    assert "17.000.000" in page.progress_label.text()
    qtmodeltester.check(page.model)
    assert not errors


def test_a_code_of_another_program_is_refused_inline(qtbot, ctx, errors, season):
    page = open_page(qtbot, ctx, season.cash)
    other = season.code(ctx.db, season.rice, "an")  # P0002-…
    scan(qtbot, page, other)
    qtbot.waitUntil(
        lambda: "Gạo cứu đói" in page.check_off.status.text()
    )  # the list the code is from
    assert not top_level("QMessageBox")  # said on the page, no box to close
    assert (
        page.check_off.code_input.text() == other
        and page.check_off.code_input.selectedText() == other
    )
    assert receipts(ctx.db) == []
    assert {r.state for r in page.model.rows} == {"waiting"}
    # the next scan types over the selected code
    code = season.code(ctx.db, season.cash, "dung")
    scan(qtbot, page, code)
    qtbot.waitUntil(lambda: row_of(page, code).state == "received")
    assert not errors


def test_the_same_code_twice_is_refused_naming_when_and_by_whom(qtbot, ctx, errors, season):
    page = open_page(qtbot, ctx, season.cash)
    code = season.code(ctx.db, season.cash, "dung")
    scan(qtbot, page, code)
    qtbot.waitUntil(lambda: row_of(page, code).state == "received")
    looked_up = row_by_code(ctx.db, code, season.cash)  # what a scan finds: received, and when
    assert (looked_up.state, looked_up.received_on) == ("received", TODAY)
    scan(qtbot, page, code)
    qtbot.waitUntil(lambda: TODAY.strftime("%d/%m/%Y") in page.check_off.status.text()
                    and ctx.user in page.check_off.status.text())  # fmt: skip
    assert len(receipts(ctx.db)) == 1
    assert not top_level("QMessageBox")
    assert not errors


def test_check_each_person_opens_the_form_for_a_proxy(qtbot, ctx, errors, season):
    page = open_page(qtbot, ctx, season.cash)
    code = season.code(ctx.db, season.cash, "dung")
    qtbot.mouseClick(page.check_off.check_each, Qt.MouseButton.LeftButton)
    assert page.check_off.check_each.isChecked()
    page.check_off.code_input.setFocus()
    scan(qtbot, page, code)
    qtbot.waitUntil(lambda: isinstance(page._dialog, ReceiptDialog) and page._dialog.isVisible())
    dialog: ReceiptDialog = page._dialog
    assert dialog.id_number.text() == "026175000111"  # the head's, as in the registry
    assert dialog.quantities[CASH].text() == "1.000.000"  # one person counted: the son lives away
    qtbot.mouseClick(dialog.by_proxy, Qt.MouseButton.LeftButton)
    assert dialog.by_proxy.isChecked() and dialog.proxy.isVisible()
    dialog.ok.click()  # nothing about the proxy yet
    qtbot.waitUntil(lambda: dialog.errors.labels["proxy_name"].isVisible())
    assert dialog.isVisible() and dialog.errors.labels["proxy_id"].isVisible()
    type_text(dialog.proxy_name, "Trần Văn Em")
    type_text(dialog.proxy_relation, "Con trai")
    dialog.proxy_id.setFocus()
    qtbot.keyClicks(dialog.proxy_id, "026200555666")
    dialog.ok.click()
    qtbot.waitUntil(lambda: row_of(page, code).state == "received")
    assert not top_level("ReceiptDialog")  # closed
    [receipt] = receipts(ctx.db)
    assert (receipt.collector, receipt.proxy_name, receipt.proxy_relation, receipt.id_number,
            receipt.id_check) == ("proxy", "Trần Văn Em", "Con trai", "026200555666", "unregistered")  # fmt: skip
    assert not errors


def test_a_head_without_an_id_on_record_gets_the_form(qtbot, ctx, errors, season):
    page = open_page(qtbot, ctx, season.cash)
    code = season.code(ctx.db, season.cash, "lan")
    scan(qtbot, page, code)
    qtbot.waitUntil(lambda: isinstance(page._dialog, ReceiptDialog) and page._dialog.isVisible())
    dialog: ReceiptDialog = page._dialog
    assert receipts(ctx.db) == []  # nothing recorded without looking at the ID
    dialog.id_type.setCurrentIndex(0)  # no ID shown …
    type_text(dialog.note, "Người già, trưởng thôn xác nhận")  # … and why
    dialog.ok.click()
    qtbot.waitUntil(lambda: row_of(page, code).state == "received")
    [receipt] = receipts(ctx.db)
    assert receipt.id_check == "none" and receipt.note == "Người già, trưởng thôn xác nhận"
    qtbot.waitUntil(lambda: bool(top_level("QMessageBox")))
    [warnings] = top_level("QMessageBox")  # "no ID was shown", read before the next household
    assert warnings.objectName() == "warnings"
    warnings.button(QMessageBox.StandardButton.Ok).click()
    assert not errors


def test_more_than_the_entitlement_needs_a_reason(qtbot, ctx, errors, season):
    page = open_page(qtbot, ctx, season.cash)
    code = season.code(ctx.db, season.cash, "an")
    page.table.selectRow(page.model.rows.index(row_of(page, code)))
    qtbot.mouseClick(page.receipt_button, Qt.MouseButton.LeftButton)
    dialog: ReceiptDialog = page._dialog
    assert dialog.isVisible() and not dialog.over.isVisible()
    dialog.quantities[CASH].clear()
    qtbot.keyClicks(dialog.quantities[CASH], "3.500.000")
    assert dialog.over.isVisible() and "3.000.000" in dialog.over_note.text()
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.errors.labels["over_reason"].isVisible())
    assert dialog.isVisible() and receipts(ctx.db) == []
    type_text(dialog.over_reason, "Hộ có người ốm nặng, Chủ tịch đồng ý")
    dialog.ok.click()
    qtbot.waitUntil(lambda: row_of(page, code).state == "received")
    assert row_of(page, code).given == {CASH: Decimal(3_500_000)}
    [receipt] = receipts(ctx.db)
    assert receipt.over_reason == "Hộ có người ốm nặng, Chủ tịch đồng ý"
    qtbot.waitUntil(lambda: bool(top_level("QMessageBox")))  # the warning, after saving
    top_level("QMessageBox")[0].button(QMessageBox.StandardButton.Ok).click()
    assert not errors


def test_a_receipt_is_reversed_and_the_row_waits_again(qtbot, ctx, errors, season, qtmodeltester,
                                                       monkeypatch, tmp_path):  # fmt: skip
    page = open_page(qtbot, ctx, season.cash)
    code = season.code(ctx.db, season.cash, "an")
    scan(qtbot, page, code)
    qtbot.waitUntil(lambda: row_of(page, code).state == "received")
    page.table.selectRow(page.model.rows.index(row_of(page, code)))
    qtbot.mouseClick(page.reverse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page._dialog, ReasonDialog) and page._dialog.isVisible())
    dialog: ReasonDialog = page._dialog
    assert not dialog.ok.isEnabled()  # a reason is required
    type_text(dialog.editor, "Nhầm hộ")
    dialog.ok.click()
    qtbot.waitUntil(lambda: row_of(page, code).state == "waiting")
    assert [(r.kind, r.note) for r in receipts(ctx.db)] == [("give", None), ("reverse", "Nhầm hộ")]
    qtbot.waitUntil(lambda: page.progress.households_received == 0)

    page.table.selectRow(page.model.rows.index(row_of(page, code)))
    history = page.on_history()
    assert isinstance(history, ReceiptHistoryDialog)
    qtbot.waitUntil(lambda: history.model.rowCount() == 2)
    qtmodeltester.check(history.model)
    first, reversal = history.model.rows
    assert first.reversed_by == reversal.id and reversal.note == "Nhầm hộ"
    sheet = exported(qtbot, history.export_button, monkeypatch, tmp_path / "lich-su.xlsx")
    assert sheet[1][0] == "CÁC LẦN NHẬN VÀ HOÀN TRẢ CỦA MỘT DÒNG DANH SÁCH"
    assert sheet[2][0].startswith(f"Mã danh sách {code}: ")
    assert sheet[4] == ["STT", *history.model.columns]
    body = sheet[5:]
    shown = [[history.model.data(history.model.index(r, c)) for c in range(8)] for r in (0, 1)]
    assert [r[2:] for r in body] == [s[1:] for s in shown]  # as the window shows them
    assert all(isinstance(r[1], date) for r in body)  # real dates, not text
    history.reject()

    scan(qtbot, page, code)  # received again, after the reversal
    qtbot.waitUntil(lambda: row_of(page, code).state == "received")
    assert len(receipts(ctx.db)) == 3
    assert not errors


def test_the_offer_to_mark_open_needs_met(qtbot, ctx, errors, season):
    page = open_page(qtbot, ctx, season.rice)
    code = season.code(ctx.db, season.rice, "giang")
    scan(qtbot, page, code)  # fast: the offer waits on the page, the scanner keeps its line
    qtbot.waitUntil(lambda: page.check_off.offer.isVisible())
    assert "20" in page.check_off.offer_label.text() and page.check_off.code_input.hasFocus()
    qtbot.mouseClick(page.check_off.offer_yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.check_off.offer.isVisible())

    qtbot.waitUntil(lambda: need_status(ctx.db) == "met")
    with ctx.db.read() as s:
        assert s.scalars(sa.select(Need.met_by_receipt_id)).one() == receipts(ctx.db)[0].id
    assert not errors


def test_the_form_asks_whether_open_needs_are_met(qtbot, ctx, errors, season):
    page = open_page(qtbot, ctx, season.rice)
    page.check_off.check_each.setChecked(True)
    code = season.code(ctx.db, season.rice, "giang")
    scan(qtbot, page, code)
    qtbot.waitUntil(lambda: isinstance(page._dialog, ReceiptDialog) and page._dialog.isVisible())
    assert page._dialog.quantities[RICE].text() == "15"
    page._dialog.ok.click()
    qtbot.waitUntil(lambda: bool(top_level("QMessageBox")))
    [box] = top_level("QMessageBox")
    assert box.objectName() == "needs_question" and "20" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: need_status(ctx.db) == "met")
    assert not errors


def test_filters_by_state_and_search(qtbot, ctx, errors, season):
    page = open_page(qtbot, ctx, season.cash)
    assert page.model.rowCount() == 4
    code = season.code(ctx.db, season.cash, "an")
    scan(qtbot, page, code)
    qtbot.waitUntil(lambda: row_of(page, code).state == "received")
    page.state.setCurrentIndex(find_data(page.state, "received"))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1)
    page.state.setCurrentIndex(find_data(page.state, "waiting"))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 3)
    page.state.setCurrentIndex(0)
    qtbot.keyClicks(page.search, season.households["dung"].code)
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1
                    and page.model.rows[0].head_name == "Trần Thị Dung")  # fmt: skip
    assert not errors


def test_exports_the_rows_as_filtered(qtbot, ctx, errors, season, monkeypatch, tmp_path):
    from datetime import date

    page = open_page(qtbot, ctx, season.cash)
    code = season.code(ctx.db, season.cash, "an")
    scan(qtbot, page, code)
    qtbot.waitUntil(lambda: row_of(page, code).state == "received")

    def export(name: str) -> list[list]:
        return exported(qtbot, page.export_button, monkeypatch, tmp_path / name)

    page.state.setCurrentIndex(find_data(page.state, "waiting"))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 3)
    waiting = export("cho.xlsx")
    assert "Trạng thái: Chờ nhận" in waiting[2][0]
    header, body = waiting[4], waiting[5:]
    assert header[:7] == ["STT", "Mã dòng", "Mã hộ", "Chủ hộ", "Số CCCD/CMND", "Thôn/Tổ",
                          "Nhân khẩu"]  # fmt: skip
    assert [r[1] for r in body] == [r.code for r in page.model.rows]
    assert {r[-2] for r in body} == {"Chờ nhận"} and {r[-1] for r in body} == {""}
    page.state.setCurrentIndex(find_data(page.state, "received"))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1)
    [row] = export("da-nhan.xlsx")[5:]
    entitled = row_of(page, code).entitled
    assert row[1] == code and row[7] == int(next(iter(entitled.values())))  # money, whole đồng
    assert row[7] == row[8] and row[-1] == TODAY and row[-2].startswith("Đã nhận")
    assert isinstance(row[-1], date)
    assert not errors


def test_actions_a_role_cannot_do_are_disabled_with_the_role_named(qtbot, ctx, errors, season):
    clerk = Actor("clerk", "Lê Thị Nhập", frozenset({"data_entry"}))
    page = open_page(qtbot, replace(ctx, actor=clerk), season.cash)
    assert page.check_off.code_input.isEnabled() and page.receipt_button.isEnabled()
    assert not page.reverse_button.isEnabled()
    assert page.reverse_button.toolTip() == needs_role_text("accountant")
    nobody = Actor("guest", "Khách", frozenset())
    page2 = open_page(qtbot, replace(ctx, actor=nobody), season.cash)
    assert not page2.check_off.code_input.isEnabled() and not page2.receipt_button.isEnabled()
    assert page2.check_off.code_input.toolTip() == needs_role_text("data_entry", "accountant")
    assert not errors


def test_a_locked_list_is_shown_but_takes_no_scan(qtbot, ctx, errors, season):
    from app.services.recipient_lists import advance_list

    advance_list(ctx.db, ctx.actor, season.cash)  # approved → locked: the round is closed
    page = open_page(qtbot, ctx, season.cash)
    assert not page.check_off.code_input.isEnabled()
    assert page.program_note.text() != "" and page.model.rowCount() == 4
    page.program.setCurrentIndex(find_data(page.program, season.rice))
    qtbot.waitUntil(
        lambda: page.check_off.code_input.isEnabled() and page.program_note.text() == ""
    )
    assert not errors


def test_a_printed_page_code_scanned_says_which_rows_it_covers(qtbot, ctx, errors, season, english):
    """The QR of a signed page: its rows, which were received, and a warning once the list was
    amended after printing. Nothing is recorded by it."""
    from app.printing.list_data import PrintOptions, load_sheet
    from app.printing.signature_list import list_pdf
    from app.services import office_documents

    page = open_page(qtbot, ctx, season.cash)
    code = season.code(ctx.db, season.cash, "an")
    scan(qtbot, page, code)
    qtbot.waitUntil(lambda: row_of(page, code).state == "received")
    settings = replace(
        office_documents.load(ctx.db),
        signers=(
            office_documents.Signer("leader", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyen Van A"),
        ),
    )
    options = PrintOptions(sort="list")
    _pdf, printed = list_pdf(load_sheet(ctx.db, season.cash, options), settings, options)
    page_code = printed.page_codes[0].text()
    before = len(receipts(ctx.db))

    scan(qtbot, page, page_code)
    first = printed.page_codes[0]
    assert code == f"P0001-{first.seqs[0]:05d}"  # the received row is on the first page
    qtbot.waitUntil(lambda: page.check_off.status.text().startswith("Page 1/"))
    status = page.check_off.status.text()
    n = len(first.seqs)
    assert status.startswith(f"Page 1/{first.pages} of the list P0001, version {first.version}: "
                             f"{n} rows, 1 received, {n - 1} waiting.")  # fmt: skip
    waiting = [f"P0001-{s:05d}" for s in first.seqs[1:]]
    assert f"Not received: {', '.join(waiting)}." in status and "amended" not in status
    assert len(receipts(ctx.db)) == before  # a page code records nothing
    assert not errors
