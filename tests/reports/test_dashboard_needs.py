"""The dashboard's open needs by kind and urgency: every figure of a known set of needs."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from app.reports.dashboard import dashboard
from app.services.households import NeedDraft
from tests.reports.conftest import TODAY


def test_open_needs_by_kind_and_urgency(db, season, make_household):
    def need(kind, urgency, **kw):
        unit = "VND" if kind == "cash" else "kg"
        return NeedDraft(kind=kind, quantity=Decimal(10), unit=unit, urgency=urgency,
                         assessed_by="Trưởng thôn", **kw)  # fmt: skip

    # The season: Cúc rice (normal), Dũng cash (high). Giang: two cash needs (one household);
    # Hoa: rice (low) open and rice met — the met one is not open.
    make_household("Vũ Văn Giang", household={"needs": [need("cash", "critical"),
                                                       need("cash", "high")]})  # fmt: skip
    make_household("Đỗ Thị Hoa", gender="female", household={"needs": [
        need("rice", "low"),
        need("rice", "critical", status="met", status_on=TODAY - timedelta(days=1),
             status_reason="Đã nhận gạo")]})  # fmt: skip
    d = dashboard(db)
    assert d.needs.open_needs == 5
    assert d.needs.kinds == [("cash", 3, 2), ("rice", 2, 2)]  # most needs first
    assert d.needs.urgencies("cash") == {"critical": 1, "high": 2}
    assert d.needs.urgencies("rice") == {"normal": 1, "low": 1}
    assert sorted(d.needs.by_kind) == [
        ("cash", "critical", 1, 1), ("cash", "high", 2, 2),
        ("rice", "low", 1, 1), ("rice", "normal", 1, 1)]  # fmt: skip
