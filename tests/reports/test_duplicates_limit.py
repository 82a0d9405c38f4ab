"""The duplicate report at scale: ID numbers held in two households found from the indexes, and
every case counted while the first DETAIL_LIMIT are listed."""

from __future__ import annotations

import sqlalchemy as sa

from app.models import Person
from app.printing.report_tables import duplicates_document
from app.reports import duplicates
from app.reports.common import make_period
from app.services.distribution import ReceiptDraft, record_receipt
from app.services.recipient_lists import add_to_list, list_rows
from app.services.roles import actor_for
from tests.reports.conftest import D2, POOR

ALL = make_period(None, None)
AN_CCCD = "026080123456"


def _twin(db, season, make_household, name, **ids):
    """A household of one person carrying An's numbers (an old list brought it in)."""
    twin = make_household(name, household={"hamlet_id": season.hamlets[1].id,
                                           "category_ids": {POOR}})  # fmt: skip
    with db.write("tester") as s:
        s.execute(sa.update(Person).where(Person.household_id == twin.id).values(**ids))
    return twin


def test_shared_numbers_and_the_detail_limit(db, season, make_household, monkeypatch):
    twin = _twin(db, season, make_household, "Nguyễn Văn Ân", id_type="cccd", id_number=AN_CCCD)
    chair, clerk = actor_for(db, "chair"), actor_for(db, "clerk")
    add_to_list(db, chair, season.programs["P0001"], twin.id, "Hộ mới")
    row = next(r for r in list_rows(db, season.programs["P0001"]) if r.household_id == twin.id)
    record_receipt(db, clerk, ReceiptDraft(recipient_id=row.recipient_id, given_on=D2,
                                           handed_by="Lê Thị Nhập", note="Không mang giấy tờ"))  # fmt: skip
    with db.read() as s:
        assert duplicates._shared_numbers(s) == [AN_CCCD]
    full = duplicates.duplicates_report(db, ALL)
    assert [d.how for d in full.rows] == ["household", "id_number"]
    assert (full.total, full.count("household"), full.count("id_number")) == (2, 1, 1)
    monkeypatch.setattr(duplicates, "DETAIL_LIMIT", 1)
    cut = duplicates.duplicates_report(db, ALL)
    assert cut.rows == full.rows[:1]  # the household case comes first
    assert (cut.total, cut.count("id_number")) == (2, 1)  # still counted
    note = duplicates_document(cut).tables[0].note
    assert "In 1 trên 2 trường hợp" in note and "một người (cùng số giấy tờ)" in note


def test_a_cccd_held_as_another_households_old_cmnd(db, season, make_household):
    _twin(db, season, make_household, "Nguyễn Văn Ấn", id_type="cmnd", id_number="123456789",
          old_id_number=AN_CCCD)  # fmt: skip
    _twin(db, season, make_household, "Trần Văn Bé", id_type="cmnd", id_number="987654321")
    with db.read() as s:
        assert duplicates._shared_numbers(s) == [AN_CCCD]
