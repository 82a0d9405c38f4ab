"""app/services/needs.py: open needs across the commune, totals, status changes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from app.errors import UserError
from app.models import Need, Outbox
from app.services.households import NeedDraft, load_household, void_household
from app.services.needs import NeedQuery, list_open_needs, need_totals, set_need_status


def need(kind="rice", quantity=None, unit=None, urgency="normal", on=date(2026, 11, 1), **kw):
    units = {"rice": "kg", "cash": "VND", "water": "litre", "medicine": "box"}
    if quantity is not None:
        unit = unit or units[kind]
    return NeedDraft(kind=kind, quantity=None if quantity is None else Decimal(str(quantity)),
                     unit=unit, urgency=urgency, assessed_on=on, assessed_by="Trưởng thôn",
                     **kw)  # fmt: skip


def all_pages(db, query, limit):
    rows, cursor = [], None
    for _ in range(100):
        page, cursor = list_open_needs(db, query, cursor, limit=limit)
        assert len(page) <= limit
        rows += page
        if cursor is None:
            return rows
    raise AssertionError("paging does not end")


@pytest.fixture
def commune(db, make_household, hamlets):
    """Four households with needs in both hamlets; one met, one cancelled, one voided."""
    an = make_household("Nguyễn Văn An", household={"needs": [
        need("rice", 15, urgency="high", on=date(2026, 11, 10)),
        need("cash", "500000", urgency="critical", on=date(2026, 11, 12)),
        need("water", 20, urgency="low", on=date(2026, 11, 1)),
    ]})  # fmt: skip
    binh = make_household("Trần Thị Bình", gender="female", household={
        "hamlet_id": hamlets[1].id,
        "needs": [need("rice", "0.1", urgency="high", on=date(2026, 11, 3)),
                  need("rice", "0.2", urgency="normal", on=date(2026, 11, 3)),
                  need("medicine", 2, urgency="critical", on=date(2026, 11, 5)),
                  need("cash", 200000, status="met", status_on=date(2026, 11, 6))],
    })  # fmt: skip
    cuong = make_household("Lê Văn Cường", household={"needs": [
        need("rice", 30, urgency="high", on=date(2026, 11, 3)),
        need("cash", 100000, status="cancelled", status_reason="đã nhận nơi khác"),
    ]})  # fmt: skip
    gone = make_household(
        "Phạm Văn Dũng", household={"needs": [need("rice", 99, urgency="critical")]}
    )
    void_household(db, "tester", gone.id, "chuyển đi")
    return {"an": an, "binh": binh, "cuong": cuong, "gone": gone}


def test_open_needs_most_urgent_and_oldest_first(db, commune):
    rows = all_pages(db, NeedQuery(), 1000)
    assert [(r.head_name, r.kind, r.urgency, r.assessed_on.day) for r in rows] == [
        ("Trần Thị Bình", "medicine", "critical", 5),
        ("Nguyễn Văn An", "cash", "critical", 12),
        ("Trần Thị Bình", "rice", "high", 3),  # same day as Cường's: then by id, which
        ("Lê Văn Cường", "rice", "high", 3),  # is time-ordered (Bình's was saved first)
        ("Nguyễn Văn An", "rice", "high", 10),
        ("Trần Thị Bình", "rice", "normal", 3),
        ("Nguyễn Văn An", "water", "low", 1),
    ]
    same_day = [r for r in rows if r.urgency == "high" and r.assessed_on.day == 3]
    assert [r.id for r in same_day] == sorted(r.id for r in same_day)


def test_open_need_rows_carry_household_and_hamlet(db, commune):
    rows = all_pages(db, NeedQuery(kind="medicine"), 10)
    [row] = rows
    assert (row.household_id, row.household_code) == (commune["binh"].id, commune["binh"].code)
    assert (row.head_name, row.hamlet, row.quantity, row.unit) == ("Trần Thị Bình", "Thôn Tây",
                                                                   Decimal(2), "box")  # fmt: skip
    assert row.assessed_by == "Trưởng thôn"


@pytest.mark.parametrize("limit", [1, 2, 3, 6])
def test_paging_gives_every_open_need_exactly_once_in_order(db, commune, limit):
    everything = [r.id for r in all_pages(db, NeedQuery(), 1000)]
    assert len(everything) == 7
    assert [r.id for r in all_pages(db, NeedQuery(), limit)] == everything


def test_filters(db, commune, hamlets):
    def kinds(query):
        return sorted((r.head_name, r.kind) for r in all_pages(db, query, 2))

    assert kinds(NeedQuery(kind="rice")) == [("Lê Văn Cường", "rice"), ("Nguyễn Văn An", "rice"),
                                             ("Trần Thị Bình", "rice"), ("Trần Thị Bình", "rice")]  # fmt: skip
    assert kinds(NeedQuery(urgency="critical")) == [("Nguyễn Văn An", "cash"),
                                                    ("Trần Thị Bình", "medicine")]  # fmt: skip
    assert kinds(NeedQuery(hamlet_id=hamlets[1].id)) == [("Trần Thị Bình", "medicine"),
                                                         ("Trần Thị Bình", "rice"),
                                                         ("Trần Thị Bình", "rice")]  # fmt: skip
    assert kinds(NeedQuery(kind="rice", urgency="high", hamlet_id=hamlets[0].id)) == [
        ("Lê Văn Cường", "rice"), ("Nguyễn Văn An", "rice")]  # fmt: skip
    assert kinds(NeedQuery(kind="shelter")) == []


def test_totals_per_kind_and_unit(db, commune, hamlets):
    totals = {(t.kind, t.unit): (t.quantity, t.households, t.needs)
              for t in need_totals(db, NeedQuery())}  # fmt: skip
    assert totals == {
        ("rice", "kg"): (Decimal("45.3"), 3, 4),  # 15 + 0.1 + 0.2 + 30; the voided 99 is out
        ("cash", "VND"): (Decimal(500_000), 1, 1),  # met and cancelled needs are out
        ("water", "litre"): (Decimal(20), 1, 1),
        ("medicine", "box"): (Decimal(2), 1, 1),
    }
    assert [t.kind for t in need_totals(db, NeedQuery())] == ["rice", "cash", "water", "medicine"]
    west = {(t.kind, t.unit): (t.quantity, t.households, t.needs)
            for t in need_totals(db, NeedQuery(hamlet_id=hamlets[1].id))}  # fmt: skip
    assert west == {("rice", "kg"): (Decimal("0.3"), 1, 2), ("medicine", "box"): (Decimal(2), 1, 1)}
    high = need_totals(db, NeedQuery(kind="rice", urgency="high"))
    assert [(t.quantity, t.households, t.needs) for t in high] == [(Decimal("45.1"), 3, 3)]


def test_set_need_status(db, commune, english):
    water = next(n for n in load_household(db, commune["an"].id).needs if n.kind == "water")
    set_need_status(db, "tester", water.id, "met")
    with db.read() as s:
        row = s.get(Need, water.id)
        assert (row.status, row.status_on, row.status_reason) == ("met", date.today(), None)
        assert row.version == 2
        assert s.scalar(sa.select(sa.func.count()).select_from(Outbox)
                        .where(Outbox.row_id == water.id, Outbox.op == "U")) == 1  # fmt: skip
    assert water.id not in {r.id for r in all_pages(db, NeedQuery(), 100)}
    with pytest.raises(UserError, match="why the need is cancelled"):
        set_need_status(db, "tester", water.id, "cancelled", "   ")
    set_need_status(db, "tester", water.id, "cancelled", "trùng")
    with db.read() as s:
        assert (s.get(Need, water.id).status, s.get(Need, water.id).status_reason) == (
            "cancelled", "trùng")  # fmt: skip
    set_need_status(db, "tester", water.id, "open")
    with db.read() as s:
        row = s.get(Need, water.id)
        assert (row.status, row.status_on, row.status_reason) == ("open", None, None)
    assert water.id in {r.id for r in all_pages(db, NeedQuery(), 100)}
    with pytest.raises(UserError, match="status"):
        set_need_status(db, "tester", water.id, "done")


def test_set_status_of_an_unknown_need(db, english):
    from app.ids import uuid7

    with pytest.raises(UserError, match="no longer exists"):
        set_need_status(db, "tester", uuid7(), "met")
