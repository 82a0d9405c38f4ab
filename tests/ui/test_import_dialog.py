"""The import window, driven like a person: open a list, fix a column, review, import, undo."""

from __future__ import annotations

import gc
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.models import Hamlet, Household, Person
from app.ui import jobs
from app.ui.dialogs import import_dialog
from app.ui.dialogs.import_dialog import ImportDialog
from app.ui.dialogs.import_review import ReviewModel
from app.ui.dialogs.imports_dialog import ImportsDialog
from app.ui.main_window import MainWindow

COLUMNS = ReviewModel.COLUMNS
HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Thôn", "Quan hệ với chủ hộ"]
ROWS = [
    [1, "Nguyễn Văn An", "12/03/1980", "Nam", "001080001234", "Đông", "Chủ hộ"],
    [2, "Trần Thị Bình", "1985", "Nữ", None, "Đông", "Vợ"],
    [3, "Lê Văn Cường", "1970", "Nam", None, "Thôn Nam", "Chủ hộ"],  # no such hamlet
]


def write_list(tmp_path: Path, rows, header=HEADER, name="danh-sach.xlsx") -> Path:
    wb = openpyxl.Workbook()
    wb.active.title = "Danh sách"
    wb.active.append(["DANH SÁCH HỘ CẦN HỖ TRỢ"])
    wb.active.append(header)
    for row in rows:
        wb.active.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(model).where(~model.voided))


@pytest.fixture
def window(ctx, qtbot):
    win = MainWindow(ctx, lambda _lang: None)
    qtbot.addWidget(win)
    win.show()
    return win


def open_dialog(window, qtbot, path) -> ImportDialog:
    dialog = window.import_list(path)
    qtbot.waitUntil(lambda: dialog.mapping_table.rowCount() > 0, timeout=10000)
    return dialog


def check(dialog, qtbot) -> None:
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 1, timeout=10000)


def import_(dialog, qtbot) -> None:
    dialog.import_button.click()
    # While the worker imports, the review is a picture of the table (painting the table would
    # wait on the worker for every cell); the table comes back when the import is over.
    assert dialog.review_stack.currentWidget() is dialog.review_still
    assert not dialog.review_still.pixmap().isNull()
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 2, timeout=10000)
    qtbot.waitUntil(lambda: dialog.review_stack.currentWidget() is dialog.review_view)


def mapping_combo(dialog, letter: str):
    for n in range(dialog.mapping_table.rowCount()):
        if dialog.mapping_table.item(n, 0).text() == letter:
            return dialog.mapping_table.cellWidget(n, 3)
    raise AssertionError(letter)


def test_open_check_and_import_a_list(window, ctx, qtbot, tmp_path, errors):
    dialog = open_dialog(window, qtbot, write_list(tmp_path, ROWS))
    assert dialog.header_spin.value() == 2  # found under the title row
    assert mapping_combo(dialog, "B").currentData() == "full_name"
    assert mapping_combo(dialog, "E").currentData() == "id_number"
    assert dialog.mapping_table.item(1, 2).text() == "Nguyễn Văn An"  # an example value
    check(dialog, qtbot)
    assert dialog.review.rowCount() == 3
    assert "Nam" in dialog.review.data(
        dialog.review.index(2, COLUMNS.index("problems"))
    )  # the unknown hamlet, said
    assert dialog.import_button.isEnabled() and "1" in dialog.import_button.text()
    assert dialog.save_errors.isEnabled()
    import_(dialog, qtbot)
    assert count(ctx.db, Household) == 1 and count(ctx.db, Person) == 2
    assert "1" in dialog.done_label.text()
    assert not errors
    # The page shows the new household without being asked.
    qtbot.waitUntil(lambda: window.households.model.rowCount() == 1, timeout=5000)
    # Closed, the window lets its plan go (set aside from the collector meanwhile), once it
    # is off the screen, a slice at a time; the collector then sees everything once
    # (app/collector.py).
    households, rows = dialog.plan.households, dialog.source.sheets[0].rows
    assert gc.get_freeze_count() > 0  # the plan was set aside
    dialog.accept()
    assert households and rows  # not in the closing click itself
    qtbot.waitUntil(lambda: not households and not rows, timeout=2000)


def test_a_closed_window_frees_its_lists_a_slice_at_a_time_once_no_job_runs(qtbot, monkeypatch):
    settled = []
    monkeypatch.setattr(import_dialog.collector, "settle", lambda: settled.append(1))
    monkeypatch.setattr(import_dialog, "LET_GO_SLICE", 10)
    rows, households = list(range(5)), list(range(25))
    import_dialog._let_go([rows, households])
    assert len(households) == 15 and len(rows) == 5  # one slice this turn, the last list first
    qtbot.waitUntil(lambda: not households and not rows, timeout=2000)
    qtbot.waitUntil(lambda: settled == [1], timeout=2000)  # then one collection
    sheet = list(range(25))
    job = object()
    jobs._running.add(job)  # a job the closing window cancelled, its worker not back yet
    try:
        import_dialog._let_go([sheet])
        qtbot.wait(3 * import_dialog.WAIT_FOR_JOBS_MS)
        assert len(sheet) == 25 and settled == [1]  # it may still be reading them
    finally:
        jobs._running.discard(job)
    qtbot.waitUntil(lambda: not sheet and settled == [1, 1], timeout=2000)


def test_members_under_a_numbered_head_are_said_and_undone_by_the_stt_column(window, qtbot,
                                                                              tmp_path):  # fmt: skip
    header = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Thôn"]
    rows = [[1, "Nguyễn Văn An", 1960, "Nam", "Đông"], [None, "Trần Thị Bình", 1962, "Nữ", "Đông"],
            [2, "Lê Văn Cường", 1970, "Nam", "Đông"]]  # fmt: skip
    dialog = open_dialog(window, qtbot, write_list(tmp_path, rows, header=header))
    check(dialog, qtbot)
    assert "1 dòng không có số thứ tự (STT)" in dialog.summary.text()
    assert "Nhập 2 hộ" in dialog.import_button.text()
    dialog.back_button.click()
    mapping_combo(dialog, "A").setCurrentIndex(0)  # "— không nhập —", as the summary says
    check(dialog, qtbot)
    assert "STT" not in dialog.summary.text() and "Nhập 3 hộ" in dialog.import_button.text()


def test_the_name_column_must_be_chosen(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot, write_list(tmp_path, ROWS))
    combo = mapping_combo(dialog, "B")
    combo.setCurrentIndex(0)  # "not imported"
    assert not dialog.check_button.isEnabled()
    assert dialog.mapping_note.text()
    combo.setCurrentIndex(combo.findText(combo.itemText(combo.findData("full_name"))))
    assert dialog.check_button.isEnabled()


def test_add_new_hamlets_and_a_hamlet_for_rows_without(window, ctx, qtbot, tmp_path):
    rows = [*ROWS, [4, "Phạm Văn Dũng", "1960", "Nam", None, None, "Chủ hộ"]]
    dialog = open_dialog(window, qtbot, write_list(tmp_path, rows))
    dialog.add_hamlets.setChecked(True)
    dialog.hamlet_combo.setCurrentIndex(1)  # the first hamlet of the commune
    check(dialog, qtbot)
    assert not dialog.plan.error_rows
    assert dialog.plan.new_hamlets == ["Thôn Nam"]
    import_(dialog, qtbot)
    assert count(ctx.db, Household) == 3


def test_a_registered_person_is_skipped_unless_the_officer_chooses_update(
    window, ctx, qtbot, tmp_path, make_household
):
    saved = make_household("Nguyễn Văn An", id_number="001080001234", birth_year=1980)
    dialog = open_dialog(window, qtbot, write_list(tmp_path, ROWS[:2]))
    check(dialog, qtbot)
    review = dialog.review
    outcome = review.index(0, COLUMNS.index("outcome"))
    assert saved.code in review.data(outcome)
    assert review.flags(outcome) & Qt.ItemFlag.ItemIsEditable
    assert (
        not review.flags(review.index(1, COLUMNS.index("outcome"))) & Qt.ItemFlag.ItemIsEditable
    )  # not its head row
    review.set_decision(outcome, "update")
    assert "1" in dialog.import_button.text()
    import_(dialog, qtbot)
    assert count(ctx.db, Household) == 1 and count(ctx.db, Person) == 2


def test_reimporting_offers_nothing_to_import(window, ctx, qtbot, tmp_path):
    path = write_list(tmp_path, ROWS[:2])
    dialog = open_dialog(window, qtbot, path)
    check(dialog, qtbot)
    import_(dialog, qtbot)
    dialog.close()
    again = open_dialog(window, qtbot, path)
    check(again, qtbot)
    assert not again.import_button.isEnabled()
    assert "imported" in again.summary.text() or "nhập" in again.summary.text()


def test_wrong_rows_are_saved_to_fix_in_excel(window, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "sua.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))  # fmt: skip
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    dialog = open_dialog(window, qtbot, write_list(tmp_path, ROWS))
    check(dialog, qtbot)
    dialog.save_errors.click()
    qtbot.waitUntil(out.exists, timeout=10000)
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[2]]
    assert "Lỗi" in header
    problems = {r[1].value: r[header.index("Lỗi")].value for r in sheet.iter_rows(min_row=3)}
    assert problems["Nguyễn Văn An"] is None and "Nam" in problems["Lê Văn Cường"]


def test_cancelling_an_import_leaves_the_registry_unchanged(window, ctx, qtbot, tmp_path):
    rows = [[i, f"Người Số {chr(65 + i % 26)}", 1950 + i % 50, "Nam", None, "Đông", "Chủ hộ"]
            for i in range(15000)]  # fmt: skip
    dialog = open_dialog(window, qtbot, write_list(tmp_path, rows))
    check(dialog, qtbot)
    dialog.plan.decide_all("new")
    dialog.import_button.click()
    jobs.cancel_running_jobs()  # what the Cancel button does
    qtbot.waitUntil(lambda: not jobs._running, timeout=20000)
    ctx.tasks.wait_idle()
    assert dialog.steps.currentIndex() == 1  # still on the review: nothing was imported
    assert count(ctx.db, Household) == 0


def test_a_list_dropped_on_the_window_opens_the_import(window, qtbot, tmp_path):
    path = write_list(tmp_path, ROWS)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog)]
    assert dialogs
    qtbot.waitUntil(lambda: dialogs[-1].mapping_table.rowCount() > 0, timeout=10000)
    assert dialogs[-1].source.name == "danh-sach.xlsx"


def test_a_file_that_is_not_a_list_says_so(window, qtbot, tmp_path, errors):
    path = tmp_path / "anh.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    window.import_list(path)
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "anh.xlsx" in errors[0].message
    errors.clear()


def test_undo_from_earlier_imports(window, ctx, qtbot, tmp_path, monkeypatch):
    dialog = open_dialog(window, qtbot, write_list(tmp_path, ROWS[:2]))
    check(dialog, qtbot)
    import_(dialog, qtbot)
    assert count(ctx.db, Person) == 2
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))  # fmt: skip
    history = ImportsDialog(ctx, window)
    qtbot.addWidget(history)
    qtbot.waitUntil(lambda: history.table.rowCount() == 1, timeout=5000)
    history.table.selectRow(0)
    assert history.undo_button.isEnabled()
    history.undo_button.click()
    qtbot.waitUntil(lambda: count(ctx.db, Person) == 0, timeout=10000)
    # The list shows it undone, and it cannot be undone twice.
    qtbot.waitUntil(lambda: bool(history.table.item(0, 6).text()), timeout=5000)
    history.table.selectRow(0)
    assert not history.undo_button.isEnabled()


def test_an_official_form_with_a_two_row_header(window, qtbot, db):
    # "Họ và tên" over "Họ đệm | Tên", "Năm sinh" over "Nam | Nữ", a row "(1) (2) …" under the
    # header (written by LibreOffice).
    path = Path(__file__).parent.parent / "excel" / "fixtures" / "mau-nam-nu.xlsx"
    dialog = open_dialog(window, qtbot, path)
    assert dialog.header_spin.value() == 5
    headers = {dialog.mapping_table.item(n, 0).text(): dialog.mapping_table.item(n, 1).text()
               for n in range(dialog.mapping_table.rowCount())}  # fmt: skip
    assert headers["B"] == "Họ và tên / Họ đệm" and headers["C"] == "Họ và tên / Tên"
    assert headers["D"] == "Năm sinh / Nam" and headers["E"] == "Năm sinh / Nữ"
    assert mapping_combo(dialog, "C").currentData() == "given_name"
    assert mapping_combo(dialog, "E").currentData() == "birth_female"
    examples = {dialog.mapping_table.item(n, 0).text(): dialog.mapping_table.item(n, 2).text()
                for n in range(dialog.mapping_table.rowCount())}  # fmt: skip
    assert examples["B"] == "Nguyễn Văn"  # not "(2)" from the numbering row
    raw = dialog.raw_view.model()
    header_color = raw.item(3, 1).background().color()
    assert raw.item(4, 3).background().color() == header_color  # both header rows marked
    assert raw.item(6, 1).background().color() != header_color
    check(dialog, qtbot)
    assert list(dialog.plan.row_errors()) == [10]  # the birth in both columns
    assert [r.index for r in dialog.plan.rows] == [6, 7, 8, 9, 10]  # the people only
    import_(dialog, qtbot)
    assert count(db, Person) == 4
    dialog.close()


def test_the_review_shows_the_categories_ticked(window, qtbot, tmp_path):
    header = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Thôn", "Hộ nghèo", "Người có công"]
    path = write_list(tmp_path, [[1, "Nguyễn Văn An", 1960, "Nam", "Đông", "x", "x"],
                                 [2, "Trần Thị Bình", 1970, "Nữ", "Đông", None, None]],
                      header=header)  # fmt: skip
    dialog = open_dialog(window, qtbot, path)
    assert mapping_combo(dialog, "F").currentData() == "category"
    assert mapping_combo(dialog, "G").currentData() == "category"
    assert "hai cột" not in dialog.mapping_note.text() and dialog.check_button.isEnabled()
    check(dialog, qtbot)
    review = dialog.review
    categories = [review.data(review.index(r, COLUMNS.index("categories"))) for r in (0, 1)]
    assert categories == ["Hộ nghèo, Người có công với cách mạng", ""]
    dialog.close()


def test_a_hamlet_head_s_list_takes_the_hamlet_its_title_names(window, qtbot, tmp_path, db):
    wb = openpyxl.Workbook()
    for row in (["DANH SÁCH HỘ NGHÈO THÔN TÂY NĂM 2026"], ["Họ và tên", "Năm sinh", "Giới tính"],
                ["Nguyễn Văn An", 1960, "Nam"]):  # fmt: skip
        wb.active.append(row)
    wb.save(tmp_path / "thon-tay.xlsx")
    dialog = open_dialog(window, qtbot, tmp_path / "thon-tay.xlsx")
    assert dialog.hamlet_combo.currentText() == "Thôn Tây"
    check(dialog, qtbot)
    assert not dialog.plan.error_rows
    # A hamlet the officer chose stays chosen when the header row is changed.
    dialog.hamlet_combo.setCurrentIndex(dialog.hamlet_combo.findText("Thôn Đông"))
    dialog.header_spin.setValue(1)
    dialog.header_spin.setValue(2)
    assert dialog.hamlet_combo.currentText() == "Thôn Đông"
    dialog.close()


def test_a_list_grouped_by_hamlet_in_the_window(window, qtbot):
    # Written by LibreOffice: "I. THÔN ĐÔNG" over its households, "Đối tượng" over ticked
    # "Hộ nghèo | Hộ cận nghèo" columns.
    path = Path(__file__).parent.parent / "excel" / "fixtures" / "theo-thon.xlsx"
    dialog = open_dialog(window, qtbot, path)
    examples = {dialog.mapping_table.item(n, 0).text(): dialog.mapping_table.item(n, 2).text()
                for n in range(dialog.mapping_table.rowCount())}  # fmt: skip
    assert examples["A"] == "1"  # not the heading "I. THÔN ĐÔNG"
    check(dialog, qtbot)
    review = dialog.review
    rows = [(review.data(review.index(r, COLUMNS.index("hamlet"))),
             review.data(review.index(r, COLUMNS.index("categories"))))
            for r in range(review.rowCount())]  # fmt: skip
    assert rows == [("Thôn Đông", "Hộ nghèo"), ("Thôn Đông", "Hộ cận nghèo"),
                    ("Thôn Tây", "Hộ nghèo")]  # fmt: skip
    dialog.close()


def test_a_workbook_of_one_sheet_per_hamlet(window, qtbot, tmp_path, db):
    wb = openpyxl.Workbook()
    for n, (hamlet, person) in enumerate([("Thôn Đông", "Nguyễn Văn An"),
                                          ("Thôn Tây", "Trần Văn Bình")]):  # fmt: skip
        sheet = wb.active if n == 0 else wb.create_sheet()
        sheet.title = hamlet
        for row in (["Họ và tên", "Năm sinh", "Giới tính"], [person, 1960 + n, "Nam"]):
            sheet.append(row)
    wb.create_sheet("Ghi chú").append(["Danh sách lập ngày 1/11/2026"])  # no list in it
    wb.save(tmp_path / "theo-thon.xlsx")
    dialog = open_dialog(window, qtbot, tmp_path / "theo-thon.xlsx")
    assert dialog.hamlet_combo.currentText() == "Thôn Đông"  # the sheet's name
    check(dialog, qtbot)
    import_(dialog, qtbot)
    assert "trang tính “Thôn Đông”" in dialog.done_label.text()
    assert dialog.next_sheet_button.isVisible()
    assert "Thôn Tây" in dialog.next_sheet_button.text()
    dialog.next_sheet_button.click()
    assert dialog.steps.currentIndex() == 0 and dialog.sheet_combo.currentText() == "Thôn Tây"
    assert dialog.hamlet_combo.currentText() == "Thôn Tây"
    check(dialog, qtbot)
    assert dialog.plan.earlier_imports == []  # another sheet of the same file: another list
    import_(dialog, qtbot)
    assert not dialog.next_sheet_button.isVisible()  # "Ghi chú" holds no list
    with db.read() as s:
        placed = dict(s.execute(sa.select(Person.full_name, Hamlet.name)
                                .join(Household, Household.id == Person.household_id)
                                .join(Hamlet, Hamlet.id == Household.hamlet_id)).all())  # fmt: skip
    assert placed == {"Nguyễn Văn An": "Thôn Đông", "Trần Văn Bình": "Thôn Tây"}
    dialog.close()
