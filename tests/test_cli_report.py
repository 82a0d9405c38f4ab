"""`lalanh report …`: each report written from the command line and read back; bad dates,
ranges and file names refused with a plain message, exit code 2 and no file."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta

import openpyxl
import pytest

from app.cli import main
from tests.reports.conftest import D1, D2, TODAY, season  # noqa: F401 - the fixture

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils needed")


def _run(db, *args) -> int:
    return main(["--db", str(db.engine.url.database), "report", *args])


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip


def test_daily_report_pdf_for_a_month_and_everything(db, season, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "ngay.pdf"
    start, end = D1 - timedelta(days=10), D1 + timedelta(days=10)
    assert _run(db, "daily", "--from", f"{start:%d/%m/%Y}", "--to", end.isoformat(),
                "--out", str(out)) == 0  # fmt: skip
    assert str(out) in capsys.readouterr().out
    text = _text(out)
    assert f"từ ngày {start:%d/%m/%Y} đến hết ngày {end:%d/%m/%Y}" in text
    line = next(x for x in text.splitlines() if "P0001" in x)
    assert line.split()[-7:] == ["1", "3", "3.000.000", "1", "3", "3.000.000", "5.500.000"]
    everything = tmp_path / "all.xlsx"
    assert _run(db, "daily", "--out", str(everything)) == 0
    wb = openpyxl.load_workbook(everything, read_only=True)
    try:
        rows = list(wb.active.iter_rows(values_only=True))
    finally:
        wb.close()
    p1 = next(r for r in rows if isinstance(r[1], str) and r[1].startswith("P0001"))
    assert list(p1[3:10]) == [2, 5, 5_000_000, 2, 5, 5_000_000, 5_500_000]
    assert any(f"đến hết ngày {TODAY:%d/%m/%Y}" in str(c) for r in rows for c in r if c)


def test_other_reports(db, season, tmp_path):  # noqa: F811
    assert _run(db, "donor", "--donor", "Minh Phát", "--households", "--out",
                str(tmp_path / "d.pdf")) == 0  # fmt: skip
    text = _text(tmp_path / "d.pdf")
    assert "Công ty TNHH Minh Phát" in text and "Nguyễn Văn An" in text
    assert _run(db, "coverage", "--hamlet", "Tây", "--out", str(tmp_path / "c.pdf")) == 0
    text = _text(tmp_path / "c.pdf")
    assert "Phạm Văn Dũng" in text and "Lê Thị Cúc" not in text  # Cúc lives in Thôn Đông
    assert _run(db, "duplicates", "--from", D1.isoformat(), "--out", str(tmp_path / "t.xlsx")) == 0
    wb = openpyxl.load_workbook(tmp_path / "t.xlsx", read_only=True)
    try:
        cells = [c for r in wb.active.iter_rows(values_only=True) for c in r if c]
    finally:
        wb.close()
    assert "Một hộ nhận ở nhiều đợt cùng nhóm" in cells
    assert 3_000_000 in cells and 200_000 in cells  # An's two cash gifts of the group
    assert 2_000_000 not in cells  # Bình's single one


@pytest.mark.parametrize("args, message", [
    (["--from", "31/02/2026"], "31/02/2026"),
    (["--from", "hôm qua"], "hôm qua"),
    (["--from", "05/02/2026", "--to", "01/02/2026"], "05/02/2026"),
    (["--from", (TODAY + timedelta(days=3)).isoformat()], f"{TODAY + timedelta(days=3):%d/%m/%Y}"),
])  # fmt: skip
def test_bad_dates_refused(db, tmp_path, capsys, args, message):
    out = tmp_path / "x.pdf"
    assert _run(db, "daily", *args, "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()


def test_bad_file_and_unknown_donor_refused(db, season, tmp_path, capsys):  # noqa: F811
    assert _run(db, "daily", "--out", str(tmp_path / "x.docx")) == 2
    assert ".pdf" in capsys.readouterr().err
    assert _run(db, "donor", "--donor", "Không Ai Cả", "--out", str(tmp_path / "d.pdf")) == 2
    assert "Không Ai Cả" in capsys.readouterr().err
    assert not (tmp_path / "d.pdf").exists()
