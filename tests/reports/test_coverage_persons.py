"""The coverage report's persons in vulnerable categories whose household is on no list: who,
how many, in the PDF and the .xlsx."""

from __future__ import annotations

import shutil
import subprocess

import openpyxl
import pytest
import sqlalchemy as sa

from app.models import Person
from app.printing.report_documents import ReportRequest, make_report
from app.reports import coverage
from app.reports.common import Scope, make_period
from app.reports.coverage import UnlistedPerson, coverage_report
from app.services import vocab
from app.services.households import MemberDraft
from app.services.recipient_lists import add_to_list
from app.services.roles import actor_for
from tests.reports.conftest import MERIT

ALL = make_period(None, None)
ORANGE, SOCIAL = vocab.category_id("agent_orange"), vocab.category_id("social_protection")


def _member(name, year, cats, relation="parent"):
    return MemberDraft(full_name=name, relation=relation, birth_year=year, gender="female",
                       category_ids=cats)  # fmt: skip


@pytest.fixture
def people(db, season, make_household):
    """Em's father Phú (meritorious, Thôn Đông) from the season; Khoa's household (Thôn Tây) on
    no list: Lan (meritorious and Agent Orange), Minh (social protection), Cũ (meritorious, no
    longer registered: not counted); Tài's mother Oanh
    (meritorious) — Tài's household is added to P0001 by hand, so she is not counted."""
    tay = season.hamlets[1].id
    khoa = make_household("Đặng Văn Khoa", members=[
        _member("Đặng Thị Lan", 1950, {MERIT, ORANGE}),
        _member("Đặng Văn Minh", 2012, {SOCIAL}, relation="child"),
        _member("Đặng Văn Cũ", 1930, {MERIT})],
        household={"hamlet_id": tay})  # fmt: skip
    with db.write("tester") as s:  # Cũ has died: removed from the registry, his category kept
        s.execute(sa.update(Person).where(Person.full_name == "Đặng Văn Cũ").values(voided=True))
    tai = make_household("Ngô Văn Tài", members=[_member("Ngô Thị Oanh", 1945, {MERIT})],
                         household={"hamlet_id": tay})  # fmt: skip
    add_to_list(db, actor_for(db, "chair"), season.programs["P0001"], tai.id, "Mẹ là người có công")
    return {"em": season.households["em"].code, "khoa": khoa.code}


def test_persons_on_no_list(db, season, people):
    r = coverage_report(db, ALL)
    assert r.persons_total == 3
    assert r.persons == [
        UnlistedPerson("Hoàng Văn Phú", 1948, people["em"], "Hoàng Văn Em", "Thôn Đông",
                       "Người có công với cách mạng"),
        UnlistedPerson("Đặng Thị Lan", 1950, people["khoa"], "Đặng Văn Khoa", "Thôn Tây",
                       "Người có công với cách mạng; Nạn nhân chất độc da cam"),
        UnlistedPerson("Đặng Văn Minh", 2012, people["khoa"], "Đặng Văn Khoa", "Thôn Tây",
                       "Đối tượng bảo trợ xã hội"),
    ]  # fmt: skip
    cats = {c.category: (c.households, c.persons) for c in r.categories}
    assert cats["Người có công với cách mạng"] == (2, 2)  # Phú, Lan (Oanh is listed)
    tay = frozenset({season.hamlets[1].id})
    r = coverage_report(db, ALL, Scope(hamlet_ids=tay))
    assert (r.persons_total, [p.name for p in r.persons]) == (2, ["Đặng Thị Lan", "Đặng Văn Minh"])


def test_persons_beyond_the_detail_limit_are_counted(db, season, people, monkeypatch):
    monkeypatch.setattr(coverage, "DETAIL_LIMIT", 2)
    r = coverage_report(db, ALL)
    assert r.persons_total == 3 and len(r.persons) == 2


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_persons_in_the_pdf_and_xlsx(db, season, people, documents_ready, tmp_path):
    pdf = make_report(db, ReportRequest("coverage", ALL), tmp_path / "c.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf.path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    section = text.split("Danh sách người thuộc diện đối tượng", 1)[1]
    line = next(x for x in section.splitlines() if "Đặng Văn Minh" in x)
    assert "Đặng Văn Cũ" not in section
    assert "2012" in line.split() and people["khoa"] in line and "Thôn Tây" in line
    assert "Tổng số: 3 người." in text
    xlsx = make_report(db, ReportRequest("coverage", ALL), tmp_path / "c.xlsx")
    wb = openpyxl.load_workbook(xlsx.path, read_only=True)
    try:
        rows = [[c for c in row if c is not None] for row in wb.active.iter_rows(values_only=True)]
    finally:
        wb.close()
    lan = next(r for r in rows if "Đặng Thị Lan" in r)
    assert lan[2:] == ["1950", people["khoa"], "Đặng Văn Khoa", "Thôn Tây",
                       "Người có công với cách mạng; Nạn nhân chất độc da cam"]  # fmt: skip
