"""aid_given_day, kept by triggers, always equals a fresh computation from the ledger."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import sqlalchemy as sa

from app.models import AidGivenDay, Recipient
from app.reports import given_days
from app.services.distribution import ReceiptDraft, record_receipt, reverse_receipt
from app.services.recipient_lists import list_rows
from app.services.roles import actor_for
from tests.reports.conftest import CASH, D1, D2, RICE, TODAY


def _rows(db) -> dict:
    with db.read() as s:
        return {(r.given_on, r.program_id, r.item_id): (r.households, r.persons, r.quantity, r.moved)
                for r in s.scalars(sa.select(AidGivenDay))}  # fmt: skip


def _differences(db) -> list:
    with db.engine.connect() as conn:
        return given_days.differences(conn)


def test_the_season_as_kept_by_the_triggers(db, season):
    p1, p2, p3 = (season.programs[c] for c in ("P0001", "P0002", "P0003"))
    rows = _rows(db)
    assert rows == {
        (D1, p1, CASH): (1, 3, Decimal(3_000_000), Decimal(3_000_000)),  # An
        # Bình; Cúc's 500.000 đ was given that day too (moved) but reversed: not live.
        (D2, p1, CASH): (1, 2, Decimal(2_000_000), Decimal(2_500_000)),
        (TODAY, p1, CASH): (0, 0, Decimal(0), Decimal(-500_000)),  # the reversal, dated today
        (D1, p2, RICE): (1, 3, Decimal(30), Decimal(30)),
        (D2, p3, CASH): (1, 3, Decimal(200_000), Decimal(200_000)),
    }
    assert _differences(db) == []


def test_persons_changed_then_reversed_then_given_again(db, season):
    p1 = season.programs["P0001"]
    clerk, treasurer = actor_for(db, "clerk"), actor_for(db, "treasurer")
    binh = season.households["binh"].id
    with db.write("tester") as s:  # the list row's counted persons change after the give
        row = s.scalars(sa.select(Recipient).where(Recipient.program_id == p1,
                                                   Recipient.household_id == binh)).one()  # fmt: skip
        row.persons = 5
    assert _rows(db)[(D2, p1, CASH)][:2] == (1, 5)
    assert _differences(db) == []
    with db.read() as s:
        from app.models import Receipt

        give = s.scalar(sa.select(Receipt.id).where(Receipt.program_id == p1,
                                                    Receipt.household_id == binh))  # fmt: skip
    reverse_receipt(db, treasurer, give, "Ghi nhầm ngày")
    assert _rows(db)[(D2, p1, CASH)][:3] == (0, 0, Decimal(0))
    assert _differences(db) == []
    recipient = next(r for r in list_rows(db, p1) if r.household_id == binh)
    record_receipt(db, clerk, ReceiptDraft(recipient_id=recipient.recipient_id,
                                           given_on=TODAY - timedelta(days=1), handed_by="Lê Thị Nhập",
                                           id_type=None, note="Nhận lại"))  # fmt: skip
    assert _rows(db)[(TODAY - timedelta(days=1), p1, CASH)][:2] == (1, 5)
    with db.write("tester") as s:
        s.scalars(sa.select(Recipient).where(Recipient.program_id == p1,
                                             Recipient.household_id == binh)).one().persons = 2  # fmt: skip
    assert _rows(db)[(TODAY - timedelta(days=1), p1, CASH)][:2] == (1, 2)
    assert _differences(db) == []


def test_rebuild_gives_what_the_triggers_kept(db, season):
    before = _rows(db)
    with db.engine.begin() as conn:
        given_days.rebuild(conn)
    assert _rows(db) == before


def test_a_wrong_row_is_found(db, season):
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE aid_given_day SET persons = persons + 1 WHERE households = 1")
        assert len(given_days.differences(conn)) == 4
