"""Every figure of every report against the scenario's known totals (tests/reports/conftest.py),
and the dashboard, the PDF (read back with pdftotext) and the .xlsx (openpyxl) agreeing."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from decimal import Decimal

import openpyxl
import pytest

from app.numbers import format_number
from app.printing.report_documents import ReportRequest, build_document, make_report
from app.reports.common import Scope, make_period
from app.reports.coverage import coverage_report
from app.reports.daily import daily_report
from app.reports.dashboard import dashboard
from app.reports.donor import donor_report
from app.reports.duplicates import duplicates_report
from tests.reports.conftest import CASH, D1, D2, RICE, TODAY

ALL = make_period(None, None)


def _aid(report):
    return {(a.program.split()[0], a.item.code): a for a in report.aid}


def test_daily_report_every_figure(db, season):
    r = daily_report(db, ALL)
    aid = _aid(r)
    assert set(aid) == {("P0001", "cash"), ("P0002", "rice"), ("P0003", "cash")}
    p1 = aid[("P0001", "cash")]
    # An 3 persons × 1.000.000 and Bình 2 × 1.000.000; Cúc's give was reversed.
    assert (p1.households, p1.persons, p1.quantity) == (2, 5, Decimal(5_000_000))
    assert (p1.households_total, p1.persons_total, p1.quantity_total) == (2, 5, Decimal(5_000_000))
    assert p1.planned == Decimal(5_500_000)
    p2 = aid[("P0002", "rice")]
    assert (p2.households, p2.persons, p2.quantity, p2.planned) == (1, 3, Decimal(30), Decimal(50))
    p3 = aid[("P0003", "cash")]
    assert (p3.households, p3.persons, p3.quantity, p3.planned) == (1, 3, Decimal(200_000),
                                                                    Decimal(400_000))  # fmt: skip
    assert (r.households_reached, r.households_reached_total) == (2, 2)
    needs = {(n.kind, n.urgency): n for n in r.needs}
    assert set(needs) == {("rice", "normal"), ("cash", "high")}
    assert (needs[("rice", "normal")].households, needs[("rice", "normal")].quantity) == (1, 20)
    assert needs[("cash", "high")].quantity == Decimal(1_000_000)
    stock = {x.item.code: x for x in r.stock}
    assert (stock["cash"].received, stock["cash"].given, stock["cash"].remaining) == (
        Decimal(15_000_000), Decimal(5_200_000), Decimal(9_800_000))  # fmt: skip
    assert (stock["rice"].received, stock["rice"].given, stock["rice"].adjusted,
            stock["rice"].remaining) == (100, 30, 5, 65)  # fmt: skip
    assert not r.by_office


def test_daily_report_for_a_period(db, season):
    """Only D1's gives are in the period; the cumulative figures run to its end; the stock is
    the ledger as it stood then (the adjustment of D2 not yet made)."""
    period = make_period(D1 - timedelta(days=1), D1 + timedelta(days=1))
    r = daily_report(db, period)
    aid = _aid(r)
    p1 = aid[("P0001", "cash")]
    assert (p1.households, p1.quantity, p1.households_total, p1.quantity_total) == (
        1, Decimal(3_000_000), 1, Decimal(3_000_000))  # fmt: skip
    assert aid[("P0003", "cash")].quantity == 0  # given on D2, after the period
    stock = {x.item.code: x for x in r.stock}
    assert (stock["rice"].received_in_period, stock["rice"].adjusted, stock["rice"].remaining) == (
        100, 0, 70)  # fmt: skip
    later = daily_report(db, make_period(D2, TODAY))
    lp1 = _aid(later)[("P0001", "cash")]
    assert (lp1.households, lp1.quantity, lp1.households_total, lp1.quantity_total) == (
        1, Decimal(2_000_000), 2, Decimal(5_000_000))  # fmt: skip
    assert {x.item.code: x.received_in_period for x in later.stock}["cash"] == 0


def test_daily_report_scope_hamlet_and_program(db, season):
    tay = season.hamlets[1].id
    r = daily_report(db, ALL, Scope(hamlet_ids=frozenset({tay})))
    aid = _aid(r)
    assert aid[("P0001", "cash")].quantity == 2_000_000  # Bình only
    assert aid[("P0001", "cash")].planned == 2_000_000
    assert [n.kind for n in r.needs] == ["cash"]  # Dũng's
    only = daily_report(db, ALL, Scope(program_ids=frozenset({season.programs["P0002"]})))
    assert set(_aid(only)) == {("P0002", "rice")}
    assert {x.item.code: x.received for x in only.stock} == {"rice": 100}


def test_donor_report(db, season):
    r = donor_report(db, ALL, donor="minh phat")
    assert r.donor == "Công ty TNHH Minh Phát"
    [got] = r.received
    assert (got.item.code, got.entries, got.quantity, got.earmarked) == ("cash", 1, 10_000_000,
                                                                        10_000_000)  # fmt: skip
    [use] = r.uses
    assert (use.program.split()[0], use.given, use.households, use.share, use.attributed) == (
        "P0001", 5_000_000, 2, 1, 5_000_000)  # fmt: skip
    assert [(h.hamlet, h.households, h.quantity) for h in r.hamlets] == [
        ("Thôn Đông", 1, 3_000_000), ("Thôn Tây", 1, 2_000_000)]  # fmt: skip
    [(_item, received, given, left)] = r.remaining()
    assert (received, given, left) == (10_000_000, 5_000_000, 5_000_000)
    assert r.households == []  # no personal data unless asked
    named = donor_report(db, ALL, donor="Công ty TNHH Minh Phát", with_households=True)
    assert [(h.head, h.quantity) for h in named.households] == [
        ("Nguyễn Văn An", 3_000_000), ("Trần Văn Bình", 2_000_000)]  # fmt: skip
    free = donor_report(db, ALL, donor="Quỹ Vì người nghèo")
    assert free.uses == [] and [(i.code, q) for i, q in free.not_earmarked] == [("cash", 5_000_000)]
    earmark = donor_report(db, ALL, program_id=season.programs["P0002"])
    assert [(u.given, u.households, u.attributed) for u in earmark.uses] == [(30, 1, 30)]
    assert [left for *_x, left in earmark.remaining()] == [70]


def test_coverage_report(db, season):
    r = coverage_report(db, ALL)
    # Cúc (rice need, her give reversed) and Dũng (cash need, on no list) received nothing.
    assert [(h.hamlet, h.with_needs, h.unserved) for h in r.hamlets] == [
        ("Thôn Đông", 1, 1), ("Thôn Tây", 1, 1)]  # fmt: skip
    assert sorted(o.head for o in r.unserved) == ["Lê Thị Cúc", "Phạm Văn Dũng"]
    assert r.unserved_total == 2
    # Em's father (meritorious service) is on no list; An, Bình, Cúc are on lists.
    assert [(c.category, c.households, c.persons) for c in r.categories] == [
        ("Người có công với cách mạng", 1, 1)]  # fmt: skip
    assert r.unlisted_total == 1 and r.unlisted[0].head == "Hoàng Văn Em"
    assert "Hoàng Văn Phú" in r.unlisted[0].detail


def test_duplicates_report(db, season):
    r = duplicates_report(db, ALL)
    [dup] = r.rows
    assert (dup.how, dup.item.code, dup.group, dup.quantity) == ("household", "cash", "Tết 2026",
                                                                 3_200_000)  # fmt: skip
    assert sorted(x.program.split()[0] for x in dup.receivings) == ["P0001", "P0003"]
    before = duplicates_report(db, make_period(None, D1 + timedelta(days=1)))
    assert before.rows == []  # P0003 gave on D2


def test_same_person_in_two_households(db, season, make_household):
    """An registered a second time, in another household under a name typed differently and
    with his CCCD (an old list brought it in): both households received cash in the group."""
    import sqlalchemy as sa

    from app.models import Person
    from app.services.distribution import ReceiptDraft, record_receipt
    from app.services.recipient_lists import add_to_list, list_rows
    from app.services.roles import actor_for
    from tests.reports.conftest import POOR

    twin = make_household(
        "Nguyễn Văn Ân", household={"hamlet_id": season.hamlets[1].id, "category_ids": {POOR}}
    )
    with db.write("tester") as s:  # the registry refuses it; an old list brought it in
        s.execute(sa.update(Person).where(Person.household_id == twin.id)
                  .values(id_type="cccd", id_number="026080123456"))  # fmt: skip
    chair, clerk = actor_for(db, "chair"), actor_for(db, "clerk")
    add_to_list(db, chair, season.programs["P0001"], twin.id, "Hộ mới")
    row = next(r for r in list_rows(db, season.programs["P0001"])
               if r.household_id == twin.id)  # fmt: skip
    record_receipt(db, clerk, ReceiptDraft(recipient_id=row.recipient_id, given_on=D2,
                                           handed_by="Lê Thị Nhập", note="Không mang giấy tờ"))  # fmt: skip
    r = duplicates_report(db, ALL)
    by_id = [d for d in r.rows if d.how == "id_number"]
    assert [(d.key, d.item.code) for d in by_id] == [("026080123456", "cash")]
    assert sorted(x.head for x in by_id[0].receivings) == [
        "Nguyễn Văn An", "Nguyễn Văn An", "Nguyễn Văn Ân"]  # fmt: skip


def test_dashboard_agrees_with_the_daily_report(db, season):
    d = dashboard(db)
    r = daily_report(db, ALL)
    assert (d.registry.households, d.registry.persons) == (5, 12)
    assert dict(d.registry.by_hamlet) == {"Thôn Đông": 3, "Thôn Tây": 2}
    cats = {vi: n for _id, vi, _en, n in d.registry.by_category}
    assert cats == {"Hộ nghèo": 2, "Hộ cận nghèo": 1, "Người có công với cách mạng": 1}
    assert d.needs.open_needs == sum(n.needs for n in r.needs) == 2
    items = {f.item.code: f for f in d.aid.items}
    stock = {x.item.code: x for x in r.stock}
    for code in ("cash", "rice"):
        assert items[code].total == stock[code].given
        assert items[code].on_hand == stock[code].remaining
        assert items[code].total == sum(a.quantity_total for a in r.aid if a.item.code == code)
    # D2 is within the last 7 days: Bình's 2.000.000 and P0003's 200.000 (Cúc's reversed).
    assert items["cash"].week == Decimal(2_200_000) and items["rice"].week == 0
    assert items["cash"].today == 0
    series = dict(d.aid.series[CASH])
    assert series[D2] == Decimal(2_200_000) and sum(series.values()) == Decimal(2_200_000)
    assert RICE not in d.aid.series  # D1 is older than 30 days
    progs = {(p.label.split()[0], p.item.code): p for p in d.aid.programs}
    assert (progs[("P0001", "cash")].planned, progs[("P0001", "cash")].given) == (5_500_000,
                                                                                  5_000_000)  # fmt: skip
    assert (progs[("P0001", "cash")].households_listed,
            progs[("P0001", "cash")].households_given) == (3, 2)  # fmt: skip


def _figures(document) -> list[str]:
    """Every figure of every table as the PDF writes it."""
    return [format_number(v) for t in document.tables for row in t.rows for v in row
            if isinstance(v, int | Decimal) and not isinstance(v, bool)]  # fmt: skip


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("kind", ["daily", "donor", "coverage", "duplicates"])
def test_pdf_and_xlsx_agree_with_the_figures(db, season, documents_ready, tmp_path, kind):
    req = ReportRequest(kind, ALL, donor="Minh Phát" if kind == "donor" else "")
    document = build_document(db, req)
    pdf = make_report(db, req, tmp_path / "r.pdf")
    assert pdf.pages >= 1
    text = subprocess.run(["pdftotext", "-layout", str(pdf.path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    words = text.split()
    for t in document.tables:
        assert t.title in text
    for figure in _figures(document):
        assert figure in words, figure
    xlsx = make_report(db, req, tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(xlsx.path, read_only=True)
    try:
        cells = [c for row in wb.active.iter_rows(values_only=True) for c in row if c is not None]
    finally:
        wb.close()
    numbers = [Decimal(str(c)) for c in cells if isinstance(c, int | float)]
    expected = [v for t in document.tables for row in t.rows for v in row
                if isinstance(v, int | Decimal) and not isinstance(v, bool)]  # fmt: skip
    assert sorted(numbers) == sorted(Decimal(str(v)) for v in expected)


def test_pdf_daily_figures_are_the_scenarios(db, season, documents_ready, tmp_path):
    """The known totals themselves are printed (not only whatever the document holds)."""
    made = make_report(db, ReportRequest("daily", ALL), tmp_path / "d.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(made.path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    line = next(x for x in text.splitlines() if "P0001" in x)
    assert line.split()[-7:] == ["2", "5", "5.000.000", "2", "5", "5.000.000", "5.500.000"]
    assert "BÁO CÁO NHANH" in text and "9.800.000" in text and "65" in text.split()


def _second_office(db, season):
    """An upper office's database: Bình's and Dũng's households, and P0002, belong to another
    commune's office (as sync would have brought them)."""
    import sqlalchemy as sa

    from app.ids import uuid7
    from app.models import Household, Office, Program

    other = uuid7()
    with db.write("tester") as s:
        s.add(Office(id=other, name="UBND xã Bên Cạnh", level="commune"))
        s.flush()
        ids = [season.households["binh"].id, season.households["dung"].id]
        s.execute(sa.update(Household).where(Household.id.in_(ids)).values(office_id=other))
        s.execute(sa.update(Program).where(Program.id == season.programs["P0002"])
                  .values(office_id=other))  # fmt: skip
    return other


def test_daily_report_by_office(db, season, documents_ready, tmp_path):
    other = _second_office(db, season)
    r = daily_report(db, ALL)
    assert r.by_office and len(r.offices) == 2
    by_office = {(a.office_id == other, a.program.split()[0]) for a in r.aid}
    assert by_office == {(False, "P0001"), (False, "P0003"), (True, "P0002")}
    needs = {(n.office_id == other, n.kind) for n in r.needs}
    assert needs == {(False, "rice"), (True, "cash")}
    stock = {(x.office_id == other, x.item.code): x.remaining for x in r.stock}
    # The rice was received (and 5 kg spoilt) at this office; P0002 gave 30 kg at the other.
    assert stock == {(False, "cash"): 9_800_000, (False, "rice"): 95, (True, "rice"): -30}
    document = build_document(db, ReportRequest("daily", ALL))
    aid, needs_table, stock_table = document.tables
    texts = [row[1] for row in aid.rows]
    assert "Cộng UBND xã Bên Cạnh" in texts and "Tổng cộng các đơn vị" in texts
    total_rice = next(row for row in stock_table.rows if row[1] == "Tổng cộng – Gạo (kg)")
    assert total_rice[-1] == 65  # the same remaining as for one office
    made = make_report(db, ReportRequest("daily", ALL), tmp_path / "o.xlsx")
    wb = openpyxl.load_workbook(made.path, read_only=True)
    try:
        rows = [r for r in wb.active.iter_rows(values_only=True)]
    finally:
        wb.close()
    assert any(r[0] == "Đơn vị: UBND xã Bên Cạnh" for r in rows)
    assert next(r for r in rows if r[1] == "Tổng cộng – Gạo (kg)")[6] == 65
    one = daily_report(db, ALL, Scope(office_id=other))
    assert not one.by_office and [a.program.split()[0] for a in one.aid] == ["P0002"]


def test_same_person_at_two_offices(db, season, make_household):
    """An's CCCD in a household of the other office that received cash: an 'offices' row."""
    import sqlalchemy as sa

    from app.models import Person

    other = _second_office(db, season)
    with db.write("tester") as s:  # Bình holds An's number at the other office
        s.execute(sa.update(Person).where(Person.household_id == season.households["binh"].id,
                                          Person.relation == "head")
                  .values(id_type="cccd", id_number="026080123456"))  # fmt: skip
    r = duplicates_report(db, ALL)
    assert r.by_office
    [row] = [d for d in r.rows if d.how == "offices"]
    assert (row.key, row.item.code) == ("026080123456", "cash")
    assert {x.household_code for x in row.receivings} == {
        season.households["an"].code, season.households["binh"].code}  # fmt: skip
    assert other


def test_coverage_lists_a_households_categories_in_a_full_order(db, season, make_household):
    """A household on no list: its categories in category order, its own first, then its
    persons' by name — the same on every backend (PostgreSQL listed them in another order)."""
    from tests.reports.conftest import MERIT, POOR, _member

    make_household("Vũ Văn Tâm", category_ids={MERIT}, members=[
        _member("Đỗ Thị Hà", "spouse", birth_year=1950, category_ids={MERIT}),
        _member("Bùi Văn Lộc", birth_year=1975, gender="male", category_ids={MERIT})],
        household={"hamlet_id": season.hamlets[1].id, "category_ids": {POOR}})  # fmt: skip
    r = coverage_report(db, ALL)
    [tam] = [o for o in r.unlisted if o.head == "Vũ Văn Tâm"]
    merit = "Người có công với cách mạng"
    assert (
        tam.detail == f"Hộ nghèo; {merit} (Bùi Văn Lộc); {merit} (Đỗ Thị Hà); {merit} (Vũ Văn Tâm)"
    )
