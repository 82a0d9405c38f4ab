"""aid_reached and program_plan, kept by triggers, always equal a fresh computation, and the
daily report reads the same figures from them as from the rows."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import sqlalchemy as sa

from app.models import AidReached, Entitlement, ProgramPlan, Receipt, Recipient
from app.reports import kept_totals
from app.reports.common import Period, Scope
from app.reports.daily import daily_report
from app.services.distribution import ReceiptDraft, record_receipt, reverse_receipt
from app.services.list_building import refresh_row
from app.services.recipient_lists import add_to_list, list_rows, remove_from_list
from app.services.roles import actor_for
from tests.reports.conftest import CASH, D1, D2, RICE, START, TODAY


def _reached(db) -> dict:
    with db.read() as s:
        return dict(s.execute(sa.select(AidReached.household_id, AidReached.first_on)).all())


def _plan(db) -> dict:
    with db.read() as s:
        return {(p, i): (n, q) for p, i, n, q in s.execute(
            sa.select(ProgramPlan.program_id, ProgramPlan.item_id, ProgramPlan.lines,
                      ProgramPlan.quantity).where(ProgramPlan.lines != 0))}  # fmt: skip


def _differences(db) -> list:
    with db.engine.connect() as conn:
        return kept_totals.differences(conn)


def _reached_totals(db, season, end) -> tuple[int, int]:
    """households_reached_total from the kept table (whole office) and from the lines (the
    same programs named one by one)."""
    period = Period(None, end)
    kept = daily_report(db, period).households_reached_total
    lines = daily_report(db, period, Scope(program_ids=frozenset(season.programs.values())))
    return kept, lines.households_reached_total


def _give_of(db, program_id, household_id):
    with db.read() as s:
        return s.scalar(sa.select(Receipt.id).where(
            Receipt.program_id == program_id, Receipt.household_id == household_id,
            Receipt.kind == "give", Receipt.id.not_in(
                sa.select(Receipt.reverses_id).where(Receipt.reverses_id.is_not(None)))))  # fmt: skip


def test_the_season_as_kept(db, season):
    hh, (p1, p2, p3) = season.households, (season.programs[c] for c in ("P0001", "P0002", "P0003"))
    # An first on D1 (P0001 and P0002); Bình on D2; Cúc's give was reversed: not reached.
    assert _reached(db) == {hh["an"].id: D1, hh["binh"].id: D2}
    assert _plan(db) == {
        (p1, CASH): (3, Decimal(5_500_000)),  # An 3.000.000, Bình 2.000.000, Cúc 500.000
        (p2, RICE): (2, Decimal(50)),  # An 30 kg, Bình 20 kg
        (p3, CASH): (2, Decimal(400_000)),
    }
    assert _differences(db) == []
    for end, expected in [(D1 - timedelta(days=1), 0), (D1, 1), (D2 - timedelta(days=1), 1),
                          (D2, 2), (TODAY, 2)]:  # fmt: skip
        assert _reached_totals(db, season, end) == (expected, expected)


def test_reversals_move_the_first_day_then_a_give_again(db, season):
    hh, (p1, p2, p3) = season.households, (season.programs[c] for c in ("P0001", "P0002", "P0003"))
    an = hh["an"].id
    treasurer, clerk = actor_for(db, "treasurer"), actor_for(db, "clerk")
    reverse_receipt(db, treasurer, _give_of(db, p1, an), "Nhầm")  # P0002 still on D1
    assert _reached(db)[an] == D1
    reverse_receipt(db, treasurer, _give_of(db, p2, an), "Nhầm")  # P0003 on D2 is left
    assert _reached(db)[an] == D2
    assert _reached_totals(db, season, D1) == (0, 0)
    assert _differences(db) == []
    reverse_receipt(db, treasurer, _give_of(db, p3, an), "Nhầm")  # nothing live: gone
    assert an not in _reached(db)
    assert _reached_totals(db, season, TODAY) == (1, 1)  # Bình
    row = next(r for r in list_rows(db, p2) if r.household_id == an)
    record_receipt(db, clerk, ReceiptDraft(recipient_id=row.recipient_id, given_on=TODAY,
                                           handed_by="Lê Thị Nhập", id_type=None, note="Không mang giấy tờ"))  # fmt: skip
    assert _reached(db)[an] == TODAY
    assert _differences(db) == []
    assert _reached_totals(db, season, TODAY) == (2, 2)
    assert _reached_totals(db, season, TODAY - timedelta(days=1)) == (1, 1)


def test_an_earlier_give_moves_the_day_earlier(db, season):
    binh, p2 = season.households["binh"].id, season.programs["P0002"]
    row = next(r for r in list_rows(db, p2) if r.household_id == binh)
    record_receipt(db, actor_for(db, "clerk"), ReceiptDraft(
        recipient_id=row.recipient_id, given_on=START, handed_by="Lê Thị Nhập", id_type=None, note="Không mang giấy tờ"))  # fmt: skip
    assert _reached(db)[binh] == START
    assert _differences(db) == []


def test_the_plan_follows_rows_removed_added_and_changed(db, season):
    p2, dung = season.programs["P0002"], season.households["dung"].id
    binh = season.households["binh"].id
    chair = actor_for(db, "chair")
    remove_from_list(db, chair, p2, binh, "Đã chuyển đi")  # an amendment: Bình's 20 kg leave
    assert _plan(db)[(p2, RICE)] == (1, Decimal(30))
    assert _differences(db) == []
    add_to_list(db, chair, p2, binh, "Đã quay về")  # back, entitlement refreshed
    assert _plan(db)[(p2, RICE)] == (2, Decimal(50))
    add_to_list(db, chair, p2, dung, "Hoàn cảnh đặc biệt")  # a new row by hand: 4 persons
    assert _differences(db) == []
    with db.write("tester") as s:  # a row's line changed, another line added (refresh_row)
        r = s.scalars(sa.select(Recipient).where(Recipient.program_id == p2,
                                                 Recipient.household_id == dung)).one()  # fmt: skip
        refresh_row(s, r, 4, {RICE: Decimal(15), CASH: Decimal(100_000)})
    plan = _plan(db)
    assert plan[(p2, CASH)] == (1, Decimal(100_000))
    assert plan[(p2, RICE)][0] == 3
    assert _differences(db) == []


def test_the_plan_follows_lines_replaced_and_rows_moved_as_sync_writes_them(db, season):
    """Sync replaces a row's lines (delete, insert) and updates every column of the row."""
    p1, p3 = season.programs["P0001"], season.programs["P0003"]
    cuc = season.households["cuc"].id  # on P0001 alone
    with db.engine.begin() as conn:
        rid = conn.execute(sa.select(Recipient.id).where(
            Recipient.program_id == p1, Recipient.household_id == cuc)).scalar()  # fmt: skip
        conn.execute(sa.delete(Entitlement).where(Entitlement.recipient_id == rid))
        conn.execute(sa.insert(Entitlement).values(recipient_id=rid, item_id=CASH,
                                                   quantity=Decimal(2_500_000)))  # fmt: skip
        conn.execute(sa.insert(Entitlement).values(recipient_id=rid, item_id=RICE,
                                                   quantity=Decimal(5)))  # fmt: skip
    assert _plan(db)[(p1, CASH)] == (3, Decimal(7_500_000))  # 500.000 → 2.500.000
    assert _plan(db)[(p1, RICE)] == (1, Decimal(5))
    assert _differences(db) == []
    with db.engine.begin() as conn:  # removed, then listed again under another program
        conn.execute(sa.update(Recipient).where(Recipient.id == rid).values(status="removed"))
        assert kept_totals.differences(conn) == []
        conn.execute(sa.update(Recipient).where(Recipient.id == rid).values(
            status="listed", program_id=p3, seq=99))  # fmt: skip
    assert (p1, RICE) not in _plan(db)
    assert _plan(db)[(p1, CASH)] == (2, Decimal(5_000_000))
    assert _plan(db)[(p3, CASH)] == (3, Decimal(2_900_000))
    assert _differences(db) == []


def test_a_list_built_in_bulk_adds_its_plan_and_keeps_the_trigger(db, season):
    """build_list sets the per-line trigger aside and adds each chunk's totals itself (SQLite;
    on PostgreSQL the trigger adds them)."""
    with db.engine.connect() as conn:
        assert kept_totals.differences(conn) == []  # three lists built in the season
        if db.is_sqlite:
            names = set(conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())  # fmt: skip
        else:
            names = set(conn.exec_driver_sql(
                "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal").scalars())  # fmt: skip
    expected = kept_totals.SQLITE_TRIGGERS if db.is_sqlite else kept_totals.PG_TRIGGERS
    assert set(expected) <= names


def test_the_daily_report_plans_from_the_kept_table(db, season):
    p1, p2 = season.programs["P0001"], season.programs["P0002"]
    report = daily_report(db, Period(D2, TODAY))
    planned = {(r.program_id, r.item.id): r.planned for r in report.aid}
    assert planned[(p1, CASH)] == Decimal(5_500_000)
    assert planned[(p2, RICE)] == Decimal(50)
    dong = frozenset({season.hamlets[0].id})  # some hamlets: from the rows (An, Cúc)
    report = daily_report(db, Period(D2, TODAY), Scope(hamlet_ids=dong))
    planned = {(r.program_id, r.item.id): r.planned for r in report.aid}
    assert planned[(p1, CASH)] == Decimal(3_500_000)
    assert planned[(p2, RICE)] == Decimal(30)
    assert report.households_reached_total == 1  # An (Cúc's give reversed)


def test_the_migrations_fill_the_kept_tables_from_a_season(db, season):
    """Migrations 0012 and 0014 taken down and up again on a database holding the season: their
    fill (rebuild) gives the tables the triggers kept, and the triggers keep them again after."""
    from alembic import command

    from app.db import alembic_config
    from app.reports import given_days

    def kept() -> tuple:
        with db.engine.connect() as conn:
            return tuple(sorted(map(tuple, conn.exec_driver_sql(f"SELECT * FROM {table}")), key=str)
                         for table in ("aid_given_day", "aid_reached", "program_plan"))  # fmt: skip

    before = kept()
    assert all(before)
    for revision in ("0011", "head"):
        with db.engine.begin() as conn:
            step = command.downgrade if revision != "head" else command.upgrade
            step(alembic_config(db.url, conn), revision)
    assert kept() == before
    give = _give_of(db, season.programs["P0001"], season.households["binh"].id)
    reverse_receipt(db, actor_for(db, "treasurer"), give, "Nhầm ngày")
    with db.engine.connect() as conn:
        assert given_days.differences(conn) == [] and kept_totals.differences(conn) == []
    assert season.households["binh"].id not in _reached(db)
