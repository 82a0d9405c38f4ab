"""The dashboard, the first page: what an officer reads at a glance.

The figures (app/reports/dashboard.py) are read in a worker; a change on the bus (a receipt, a
donation, a household saved) refreshes only the part it can affect, once the burst of changes
has settled (a short timer), never two refreshes at once, so the window never freezes. "Copy as
image" puts a PNG of the page on the clipboard, to paste into Zalo; "Save image…" writes it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.fileio import write_atomic
from app.i18n import _, language
from app.numbers import format_number
from app.reports import dashboard as figures
from app.services import vocab
from app.ui.changes import Changes, WhenShown
from app.ui.charts import PALETTE, Bar, BarChart, LineChart
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.exporting import ask_save_path

SETTLE_MS = 400  # after the last change of a burst
# Open needs stacked by urgency, most urgent first: vermillion, orange, blue, sky blue.
URGENCY_COLOURS = [("critical", PALETTE[4]), ("high", PALETTE[0]), ("normal", PALETTE[3]),
                   ("low", PALETTE[1])]  # fmt: skip


def quantity(value, unit: str) -> str:
    """'1.250.000 đ', '12,5 kg' — the unit as the window names it."""
    if unit == "VND":
        return f"{format_number(value, 0)} đ"
    return f"{format_number(value)} {vocab.label(vocab.UNITS, unit)}"


class _Tile(QFrame):
    def __init__(self, name: str, caption: str):
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#{name} {{ background: white; border: 1px solid #d0d0d0; "
                           "border-radius: 6px; }")  # fmt: skip
        layout = QVBoxLayout(self)
        self.value = QLabel("—")
        self.value.setObjectName(f"{name}_value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dashboard_page")
        self.data: figures.Dashboard | None = None
        self._loading = False
        self._wanted: frozenset[str] = frozenset()
        self.refreshes = 0  # done, for tests and the bench

        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        heading = QLabel(_("Overview"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.stamp = QLabel()
        self.stamp.setObjectName("dashboard_stamp")
        self.refresh_button = QPushButton(_("Refresh"))
        self.refresh_button.setObjectName("dashboard_refresh")
        self.copy_button = QPushButton(_("Copy as image"))
        self.copy_button.setObjectName("dashboard_copy")
        self.copy_button.setToolTip(_("Put a picture of this page on the clipboard, to paste "
                                      "into Zalo or a document"))  # fmt: skip
        self.save_button = QPushButton(_("Save image…"))
        self.save_button.setObjectName("dashboard_save")
        for w in (heading, self.stamp):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.refresh_button, self.copy_button, self.save_button):
            bar.addWidget(w)
        outer.addLayout(bar)

        self.board = QWidget()
        self.board.setObjectName("dashboard_board")
        self.board.setStyleSheet("#dashboard_board { background: #f4f4f4; }")
        grid = QGridLayout(self.board)
        self.tiles = {
            "households": _Tile("tile_households", _("households registered")),
            "persons": _Tile("tile_persons", _("persons registered")),
            "needs": _Tile("tile_needs", _("needs still open")),
            "today": _Tile("tile_today", _("households received aid today")),
        }
        for n, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, n)
        self.items_box = QLabel()
        self.items_box.setObjectName("dashboard_items")
        self.items_box.setTextFormat(Qt.TextFormat.RichText)
        self.items_box.setStyleSheet("background: white; padding: 8px; border: 1px solid #d0d0d0;")
        grid.addWidget(self.items_box, 1, 0, 1, 4)
        self.hamlets = BarChart(_("Households by hamlet"))
        self.categories = BarChart(_("Households by category"))
        self.need_kinds = BarChart(_("Open needs by kind and urgency"))
        self.need_kinds.legend = [(vocab.label(vocab.URGENCIES, u), c) for u, c in URGENCY_COLOURS]
        self.programs = BarChart(_("Programs in progress: given of planned"))
        self.lines = [LineChart(), LineChart()]
        for w, (r, c, cs) in zip(
            (self.hamlets, self.categories, self.need_kinds, self.programs, *self.lines),
            ((2, 0, 2), (2, 2, 2), (3, 0, 2), (3, 2, 2), (4, 0, 2), (4, 2, 2)), strict=True,
        ):  # fmt: skip
            grid.addWidget(w, r, c, 1, cs)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.board)
        outer.addWidget(scroll, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._start)
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.copy_button.clicked.connect(self.on_copy)
        self.save_button.clicked.connect(self.on_save)
        WhenShown(self, ctx.bus, self.on_data_changed)
        self.refresh()

    # --- refreshing --------------------------------------------------------------------------

    def on_data_changed(self, changes: Changes) -> None:
        parts = set()
        if changes.households or changes.hamlets or changes.office:
            parts |= {"registry", "needs"}
        if changes.needs:
            parts.add("needs")
        if changes.ledger or changes.programs:
            parts.add("aid")
        if parts:
            self.refresh(frozenset(parts), settle=True)

    def refresh(self, parts: frozenset[str] = frozenset({"registry", "needs", "aid"}),
                settle: bool = False) -> None:  # fmt: skip
        """Read the figures again (only `parts`, after a change), in a worker; bursts merged."""
        self._wanted |= parts
        if settle:
            self._timer.start()
        else:
            self._start()

    def _start(self) -> None:
        if self._loading or not self._wanted:
            return  # the running refresh starts the next one when it is done
        self._loading = True
        parts, self._wanted = self._wanted, frozenset()
        db, previous = self.ctx.db, self.data

        def work() -> figures.Dashboard:
            return figures.dashboard(db, previous=previous, parts=parts)

        self.ctx.tasks.read(work, self._show, self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.ctx.tasks.on_error(exc)

    def _show(self, d: figures.Dashboard) -> None:
        self._loading = False
        self.data = d
        self.refreshes += 1
        en = language() == "en"
        self.stamp.setText(_("as of {time}").format(time=f"{d.made_at:%H:%M %d/%m/%Y}"))
        self.tiles["households"].value.setText(format_number(d.registry.households))
        self.tiles["persons"].value.setText(format_number(d.registry.persons))
        self.tiles["needs"].value.setText(format_number(d.needs.open_needs))
        self.tiles["today"].value.setText(format_number(d.aid.households_today))
        self._show_items(d, en)
        self.hamlets.set_bars([Bar(name, n, format_number(n)) for name, n in d.registry.by_hamlet])
        self.categories.set_bars([Bar(en_name if en else vi, n, format_number(n))
                                  for _id, vi, en_name, n in d.registry.by_category])  # fmt: skip
        self._show_needs(d)
        self.programs.set_bars([
            Bar(f"{p.label.split(' ', 1)[0]} {self._item_name(p.item, en)}", float(p.given),
                f"{quantity(p.given, p.item.unit)} / {quantity(p.planned, p.item.unit)}"
                f" ({p.ratio:.0%})", whole=float(p.planned),
                tooltip=_("{program}: {given} of {planned} given; {got} of {listed} households")
                .format(program=p.label, given=quantity(p.given, p.item.unit),
                        planned=quantity(p.planned, p.item.unit),
                        got=format_number(p.households_given), listed=format_number(p.households_listed)))
            for p in d.aid.programs])  # fmt: skip
        self.programs.empty_text = _("No program is being handed out today.")
        shown = [i for i in d.aid.items if i.item.id in d.aid.series][:2]
        for n, chart in enumerate(self.lines):
            if n < len(shown):
                f = shown[n]
                chart.title = _("{item} given per day, last {days} days ({unit})").format(
                    item=self._item_name(f.item, en), days=figures.SERIES_DAYS,
                    unit="đ" if f.item.unit == "VND" else vocab.label(vocab.UNITS, f.item.unit))  # fmt: skip
                chart.set_points([(day, float(q), quantity(q, f.item.unit))
                                  for day, q in d.aid.series[f.item.id]],
                                 PALETTE[3] if n == 0 else PALETTE[4])  # fmt: skip
            else:
                chart.title = _("Aid given per day")
                chart.empty_text = _("Nothing given in the last {days} days.").format(
                    days=figures.SERIES_DAYS)  # fmt: skip
                chart.set_points([])
        for chart in (self.hamlets, self.categories, self.need_kinds):
            chart.empty_text = _("Nothing yet.")
        if self._wanted:
            self._start()

    def _show_needs(self, d: figures.Dashboard) -> None:
        """One bar per kind: its open needs, stacked by urgency (most urgent first)."""
        bars = []
        for kind, needs, households in d.needs.kinds:
            by = d.needs.urgencies(kind)
            name = vocab.label(vocab.NEED_KINDS, kind)
            parts = "; ".join(f"{vocab.label(vocab.URGENCIES, u)} {format_number(by[u])}"
                              for u, _c in URGENCY_COLOURS if by.get(u))  # fmt: skip
            bars.append(Bar(
                name, needs, _("{needs} needs, {households} households").format(
                    needs=format_number(needs), households=format_number(households)),
                tooltip=_("{kind}: {needs} open needs of {households} households — {parts}").format(
                    kind=name, needs=format_number(needs), households=format_number(households),
                    parts=parts),
                parts=tuple((by.get(u, 0), c) for u, c in URGENCY_COLOURS)))  # fmt: skip
        self.need_kinds.set_bars(bars)

    @staticmethod
    def _item_name(item, en: bool) -> str:
        return item.name_en if en else item.name_vi

    def _show_items(self, d: figures.Dashboard, en: bool) -> None:
        head = "".join(f"<th align='right' style='padding: 2px 12px'>{h}</th>" for h in (
            _("Today"), _("Last 7 days"), _("In total"), _("In stock")))  # fmt: skip
        rows = "".join(
            f"<tr><td style='padding: 2px 12px'><b>{self._item_name(f.item, en)}</b></td>"
            + "".join(f"<td align='right' style='padding: 2px 12px'>{quantity(v, f.item.unit)}</td>"
                      for v in (f.today, f.week, f.total, f.on_hand)) + "</tr>"
            for f in d.aid.items)  # fmt: skip
        caption = _("Aid given and stock on hand")
        if not d.aid.items:
            self.items_box.setText(f"<b>{caption}</b><br>" + _("Nothing received or given yet."))
            return
        self.items_box.setText(f"<b>{caption}</b><table><tr><th></th>{head}</tr>{rows}</table>")

    # --- pictures ----------------------------------------------------------------------------

    def image_png(self) -> bytes:
        pixmap = self.board.grab()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        pixmap.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    def on_copy(self) -> None:
        QGuiApplication.clipboard().setPixmap(self.board.grab())
        self.stamp.setText(_("Copied: paste it into Zalo or a document (Ctrl+V)."))

    def on_save(self) -> None:
        stamp = self.data.made_at if self.data else None
        name = f"tong-quan-{stamp:%Y%m%d-%H%M}.png" if stamp else "tong-quan.png"
        path = ask_save_path(self, _("Save image"), name, _("PNG image (*.png)"))
        if path is None:
            return
        self.save_image(path)

    def save_image(self, path: Path) -> None:
        try:
            write_atomic(path, self.image_png())
        except OSError as exc:
            show_error(self, UserError(_("Could not save {name}: {error}").format(
                name=path.name, error=exc.strerror or exc)))  # fmt: skip
            return
        self.stamp.setText(_("Saved as {path}.").format(path=path))
