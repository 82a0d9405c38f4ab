"""The dashboard page: the scenario's figures on the tiles and charts, a refresh after a change
on the bus (in a worker, only the part concerned), and the page as an image."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QGuiApplication

from app.services.ledger import DonationDraft, record_donation
from app.services.roles import actor_for
from app.ui.changes import Changes
from app.ui.pages.dashboard import URGENCY_COLOURS, DashboardPage
from tests.reports.conftest import CASH, D2, season  # noqa: F401 - the fixture


def _page(qtbot, ctx) -> DashboardPage:
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    qtbot.waitUntil(lambda: page.refreshes >= 1)
    return page


def test_shows_the_scenarios_figures(qtbot, ctx, season, errors):  # noqa: F811
    page = _page(qtbot, ctx)
    tiles = {k: t.value.text() for k, t in page.tiles.items()}
    assert tiles == {"households": "5", "persons": "12", "needs": "2", "today": "0"}
    items = page.items_box.text()
    for figure in ("5.200.000 đ", "9.800.000 đ", "2.200.000 đ", "30 kg", "65 kg"):
        assert figure in items
    assert [(b.label, b.value) for b in page.hamlets.bars] == [("Thôn Đông", 3), ("Thôn Tây", 2)]
    # Open needs by kind, stacked by urgency: Dũng's cash need is high, Cúc's rice normal.
    needs = {b.label: b for b in page.need_kinds.bars}
    assert set(needs) == {"Tiền mặt", "Gạo"}
    urgency = dict(URGENCY_COLOURS)
    assert needs["Tiền mặt"].value == 1 and (1, urgency["high"]) in needs["Tiền mặt"].parts
    assert (1, urgency["normal"]) in needs["Gạo"].parts
    assert sum(v for v, _c in needs["Gạo"].parts) == needs["Gạo"].value
    assert len(page.need_kinds.legend) == 4
    p1 = next(b for b in page.programs.bars if b.label.startswith("P0001"))
    assert (p1.value, p1.whole) == (5_000_000, 5_500_000) and "91%" in p1.text
    cash = page.lines[0]
    assert dict((d, v) for d, v, _t in cash.points)[D2] == 2_200_000
    assert "đ" in cash.title
    assert not errors


def test_refreshes_the_ledger_part_after_a_change(qtbot, ctx, season, errors):  # noqa: F811
    page = _page(qtbot, ctx)
    registry = page.data.registry
    record_donation(ctx.db, actor_for(ctx.db, "treasurer"),
                    DonationDraft("Bà Lê Thị Mơ", CASH, Decimal(1_000_000), D2))  # fmt: skip
    done = page.refreshes
    ctx.bus.notify(Changes(ledger=True))
    ctx.bus.notify(Changes(ledger=True))  # a burst: one refresh
    qtbot.waitUntil(lambda: page.refreshes > done)
    assert "10.800.000 đ" in page.items_box.text()
    assert page.data.registry is registry  # the registry was not counted again
    qtbot.wait(600)  # nothing else pending: no second refresh for the burst
    assert page.refreshes == done + 1
    assert not errors


def test_copy_and_save_as_image(qtbot, ctx, season, tmp_path, errors):  # noqa: F811
    page = _page(qtbot, ctx)
    page.on_copy()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull() and image.width() >= 600
    out = tmp_path / "tong-quan.png"
    page.save_image(out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not errors


def test_empty_database(qtbot, ctx, errors):
    page = _page(qtbot, ctx)
    assert page.tiles["households"].value.text() == "0"
    assert page.programs.bars == [] and page.lines[0].points == []
    page.grab()  # every chart draws its "nothing yet" text without error
    assert not errors
