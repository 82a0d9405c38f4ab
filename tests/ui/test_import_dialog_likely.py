"""The import window's check step with possible duplicates found by the engine (issue 6):
the outcome, the reasons on the row, the choice, the summary and the saved report."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.models import Household
from app.ui.main_window import MainWindow
from tests.ui.test_import_dialog import (
    COLUMNS,
    check,
    count,
    import_,
    open_dialog,
    write_list,
)


@pytest.fixture
def window(ctx, qtbot):
    win = MainWindow(ctx, lambda _lang: None)
    qtbot.addWidget(win)
    win.show()
    return win


def test_a_probable_duplicate_is_shown_with_its_reasons_and_can_be_added(
        window, ctx, qtbot, tmp_path, make_household, monkeypatch):  # fmt: skip
    saved = make_household("Trần Văn Bình", birth_date=date(1970, 5, 6), id_number="026070001234")
    rows = [[1, "Tran Van Binh", "06/05/1970", "Nam", "026070001284", "Tây", "Chủ hộ"],
            [2, "Phạm Thị Mơ", "1990", "Nữ", None, "Đông", "Chủ hộ"]]  # fmt: skip
    path = write_list(tmp_path, rows)
    dialog = open_dialog(window, qtbot, path)
    check(dialog, qtbot)
    review = dialog.review
    outcome, notes = (
        review.index(0, COLUMNS.index("outcome")),
        review.index(0, COLUMNS.index("problems")),
    )
    assert review.data(outcome) == f"Bỏ qua — có thể đã có trong hộ {saved.code}"
    assert review.data(notes).startswith(f"Có thể trùng với hộ {saved.code}: Trần Văn Bình, "
                                         "06/05/1970 — ")  # fmt: skip
    assert "số CCCD khác một chữ số" in review.data(notes)
    assert review.data(outcome, Qt.ItemDataRole.BackgroundRole) is not None
    assert review.flags(outcome) & Qt.ItemFlag.ItemIsEditable
    assert "1 hộ có thể là người đã có trong sổ" in dialog.summary.text()
    assert dialog.save_errors.isEnabled()  # the held-back row and why, to keep

    out = tmp_path / "giu-lai.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))  # fmt: skip
    dialog.save_errors.click()
    qtbot.waitUntil(out.exists, timeout=10000)
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[2]]
    said = {r[1].value: r[header.index("Lỗi")].value for r in sheet.iter_rows(min_row=3)}
    assert said["Phạm Thị Mơ"] is None and saved.code in said["Tran Van Binh"]

    review.set_decision(outcome, "new")  # the officer knows him: another man
    assert review.data(outcome) == "Thêm mới"
    import_(dialog, qtbot)
    assert count(ctx.db, Household) == 3
