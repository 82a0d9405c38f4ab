"""The Reports page: a report previewed page by page, saved as .xlsx with the scenario's
figures; the donor report; a period that ends before it starts refused."""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.pages.reports import ReportsPage
from tests.reports.conftest import season  # noqa: F401 - the fixture


def _page(qtbot, ctx) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: page.program.count() > 1)
    return page


def test_daily_report_preview_and_xlsx(qtbot, ctx, season, tmp_path, errors):  # noqa: F811
    page = _page(qtbot, ctx)
    page.make_preview()
    qtbot.waitUntil(lambda: page.made is not None, timeout=15000)
    qtbot.waitUntil(lambda: page.image.pixmap() is not None and not page.image.pixmap().isNull())
    assert page.made.pages >= 1 and page.print_button.isEnabled()
    out = tmp_path / "bc.xlsx"
    page.save_xlsx_to(page.request(), out)
    qtbot.waitUntil(out.exists, timeout=15000)
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        rows = list(wb.active.iter_rows(values_only=True))
    finally:
        wb.close()
    p1 = next(r for r in rows if isinstance(r[1], str) and r[1].startswith("P0001"))
    assert list(p1[3:6]) == [2, 5, 5_000_000]
    assert not errors


def test_donor_report_and_its_choices(qtbot, ctx, season, errors):  # noqa: F811
    page = _page(qtbot, ctx)
    page.kind.setCurrentIndex(page.kind.findData("donor"))
    assert page.donor.isVisible() and not page.hamlet.isVisible()
    page.donor.setCurrentText("Công ty TNHH Minh Phát")
    req = page.request()
    assert (req.kind, req.donor) == ("donor", "Công ty TNHH Minh Phát")
    page.make_preview()
    qtbot.waitUntil(lambda: page.made is not None, timeout=15000)
    assert page.made.document.subject[1] == "Nhà tài trợ: Công ty TNHH Minh Phát"
    assert not errors


def test_period_ending_before_it_starts(qtbot, ctx, season, errors):  # noqa: F811
    page = _page(qtbot, ctx)
    page.from_all.setChecked(False)
    today = date.today()
    page.start.setDate(QDate(today.year, today.month, today.day))
    earlier = today - timedelta(days=3)
    page.end.setDate(QDate(earlier.year, earlier.month, earlier.day))
    page.make_preview()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert any(f"{earlier:%d/%m/%Y}" in b.text() for b in boxes)
    assert page.made is None
    for b in boxes:
        b.close()
    assert not errors
