"""Bar and line charts drawn with QPainter (decision 0008: QtCharts is in PySide6-Addons, a
very large download for an old office PC, for two kinds of chart).

Colours are the Okabe–Ito palette, told apart with any kind of colour blindness; every bar and
point carries its value written out with its unit (1.250.000 đ, 12,5 kg) and a tooltip, so no
one has to read a value off an axis.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

# Okabe & Ito (2008): orange, sky blue, bluish green, blue, vermillion, reddish purple, yellow.
PALETTE = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442"]
TEXT = QColor("#222222")
GRID = QColor("#d8d8d8")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value written out, with its unit: "1.250.000 đ"
    whole: float | None = None  # drawn as an outline behind the bar: a plan, a total
    tooltip: str = ""
    # The bar as stacked parts (value, colour), summing to `value`, each part's value written
    # in it when it fits; the chart's legend names the colours.
    parts: tuple[tuple[float, str], ...] = ()


class _Chart(QWidget):
    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 160)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def _title(self, p: QPainter) -> float:
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        p.setPen(TEXT)
        height = QFontMetrics(font).height()
        p.drawText(QRectF(4, 2, self.width() - 8, height), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        return height + 8

    def _empty(self, p: QPainter, top: float) -> None:
        p.setPen(QColor("#777777"))
        p.drawText(QRectF(0, top, self.width(), self.height() - top),
                   Qt.AlignmentFlag.AlignCenter, self.empty_text)  # fmt: skip

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            tip = self.tooltip_at(e.pos())
            if tip:
                QToolTip.showText(e.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

    def tooltip_at(self, pos) -> str:  # pragma: no cover - overridden
        return ""


class BarChart(_Chart):
    """Horizontal bars, one per label, the value written at the end of each bar."""

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(title, parent)
        self.bars: list[Bar] = []
        self.legend: list[tuple[str, str]] = []  # (name, colour) of stacked parts
        self._rects: list[QRectF] = []

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        legend = QFontMetrics(self.font()).height() + 6 if self.legend else 0
        self.setMinimumHeight(int(40 + legend + max(len(self.bars), 1) * self._row_height()))
        self.update()

    def _row_height(self) -> float:
        return QFontMetrics(self.font()).height() + 10

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(420, int(40 + max(len(self.bars), 3) * self._row_height()))

    def _legend(self, p: QPainter, top: float) -> float:
        """The colours of stacked parts, in one line under the title."""
        if not self.legend:
            return top
        fm = QFontMetrics(self.font())
        x, h = 6.0, fm.height()
        for name, colour in self.legend:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(colour))
            p.drawRect(QRectF(x, top + 2, h - 4, h - 4))
            p.setPen(TEXT)
            w = fm.horizontalAdvance(name)
            p.drawText(QRectF(x + h, top, w + 4, h), Qt.AlignmentFlag.AlignVCenter, name)
            x += h + w + 16
        return top + h + 6

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        top = self._title(p)
        self._rects = []
        if not self.bars:
            self._empty(p, top)
            return
        top = self._legend(p, top)
        fm = QFontMetrics(self.font())
        label_w = min(max(fm.horizontalAdvance(b.label) for b in self.bars) + 10,
                      self.width() * 0.38)  # fmt: skip
        text_w = max(fm.horizontalAdvance(b.text) for b in self.bars) + 10
        left, right = label_w + 6, self.width() - text_w - 6
        span = max(right - left, 10)
        most = max(max(b.value, b.whole or 0) for b in self.bars) or 1
        row = self._row_height()
        for n, b in enumerate(self.bars):
            y = top + n * row
            colour = QColor(PALETTE[n % len(PALETTE)] if len(self.bars) <= 3 else PALETTE[3])
            p.setPen(TEXT)
            label = fm.elidedText(b.label, Qt.TextElideMode.ElideRight, int(label_w - 6))
            p.drawText(QRectF(4, y, label_w - 6, row), Qt.AlignmentFlag.AlignVCenter
                       | Qt.AlignmentFlag.AlignRight, label)  # fmt: skip
            bar = QRectF(left, y + 4, span * max(b.value, 0) / most, row - 8)
            if b.whole:
                outline = QRectF(left, y + 4, span * b.whole / most, row - 8)
                p.setPen(QPen(colour.darker(130), 1, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(outline)
            p.setPen(Qt.PenStyle.NoPen)
            if b.parts:
                self._stacked(p, b, bar, span / most)
            else:
                p.setBrush(colour)
                p.drawRect(bar)
            p.setPen(TEXT)
            end = max(bar.right(), left + (span * b.whole / most if b.whole else 0))
            p.drawText(QRectF(end + 4, y, self.width() - end - 4, row),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, b.text)  # fmt: skip
            self._rects.append(QRectF(0, y, self.width(), row))
        p.end()

    def _stacked(self, p: QPainter, b: Bar, bar: QRectF, scale: float) -> None:
        fm = QFontMetrics(self.font())
        x = bar.left()
        for value, colour in b.parts:
            if value <= 0:
                continue
            part = QRectF(x, bar.top(), scale * value, bar.height())
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(colour))
            p.drawRect(part)
            text = f"{value:,.0f}".replace(",", ".")
            if fm.horizontalAdvance(text) + 4 <= part.width():
                p.setPen(TEXT if QColor(colour).lightness() >= 140 else QColor("white"))
                p.drawText(part, Qt.AlignmentFlag.AlignCenter, text)
            x = part.right()

    def tooltip_at(self, pos) -> str:
        for rect, b in zip(self._rects, self.bars, strict=False):
            if rect.contains(QPointF(pos)):
                return b.tooltip or f"{b.label}: {b.text}"
        return ""


class LineChart(_Chart):
    """One series over days: a line with dots, the highest and the last value written out."""

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(title, parent)
        self.points: list[tuple[date, float, str]] = []  # day, value, value written out
        self.colour = QColor(PALETTE[3])
        self._xy: list[QPointF] = []

    def set_points(self, points: list[tuple[date, float, str]], colour: str | None = None) -> None:
        self.points = list(points)
        if colour:
            self.colour = QColor(colour)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(420, 200)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        top = self._title(p)
        self._xy = []
        if not self.points or not any(v for _d, v, _t in self.points):
            self._empty(p, top)
            return
        fm = QFontMetrics(self.font())
        most = max(v for _d, v, _t in self.points) or 1
        left, right = 10.0, self.width() - 10.0
        bottom = self.height() - fm.height() - 8
        plot_top = top + fm.height() + 4
        height = max(bottom - plot_top, 10)
        p.setPen(QPen(GRID, 1))
        for k in range(4):
            y = bottom - height * k / 3
            p.drawLine(QPointF(left, y), QPointF(right, y))
        step = (right - left) / max(len(self.points) - 1, 1)
        self._xy = [QPointF(left + i * step, bottom - height * v / most)
                    for i, (_d, v, _t) in enumerate(self.points)]  # fmt: skip
        path = QPainterPath(self._xy[0])
        for pt in self._xy[1:]:
            path.lineTo(pt)
        p.setPen(QPen(self.colour, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        p.setBrush(self.colour)
        p.setPen(Qt.PenStyle.NoPen)
        for pt, (_d, v, _t) in zip(self._xy, self.points, strict=True):
            if v:
                p.drawEllipse(pt, 3, 3)
        p.setPen(TEXT)
        peak = max(range(len(self.points)), key=lambda i: self.points[i][1])
        for i in {peak, len(self.points) - 1}:
            if self.points[i][1]:
                text = self.points[i][2]
                w = fm.horizontalAdvance(text)
                x = min(max(self._xy[i].x() - w / 2, 0), self.width() - w)
                p.drawText(QPointF(x, self._xy[i].y() - 6), text)
        for i in (0, len(self.points) // 2, len(self.points) - 1):
            text = f"{self.points[i][0]:%d/%m}"
            w = fm.horizontalAdvance(text)
            x = min(max(self._xy[i].x() - w / 2, 0), self.width() - w)
            p.drawText(QPointF(x, self.height() - 4), text)
        p.end()

    def tooltip_at(self, pos) -> str:
        if not self._xy:
            return ""
        i = min(range(len(self._xy)), key=lambda k: abs(self._xy[k].x() - pos.x()))
        day, _v, text = self.points[i]
        return f"{day:%d/%m/%Y}: {text}"
