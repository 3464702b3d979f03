"""Hand-painted charts: competency radar, metric bar, trend lines, mood strip."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from roleplay.ui import theme


class RadarChart(QWidget):
    """Scores 1..5 (None = not observed) on one axis per competency."""

    def __init__(self, labels: Sequence[str] = (), values: Sequence[float | None] = (),
                 compare: Sequence[float | None] | None = None) -> None:
        super().__init__()
        self.labels = list(labels)
        self.values = list(values)
        self.compare = list(compare) if compare else None
        self.setMinimumSize(300, 260)
        self.setAccessibleName("Competency radar chart")

    def set_data(self, labels: Sequence[str], values: Sequence[float | None],
                 compare: Sequence[float | None] | None = None) -> None:
        self.labels, self.values = list(labels), list(values)
        self.compare = list(compare) if compare else None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 300)

    def _point(self, centre: QPointF, radius: float, i: int, value: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(self.labels), 1)
        r = radius * value / 5.0
        return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

    def _polygon(self, centre: QPointF, radius: float, values: Sequence[float | None]) -> QPolygonF:
        return QPolygonF([self._point(centre, radius, i, v or 0.0) for i, v in enumerate(values)])

    def paintEvent(self, event: QPaintEvent) -> None:
        n = len(self.labels)
        if n < 3:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, self.height() / 2 + 4)
        radius = min(self.width() / 2 - 125, self.height() / 2 - 46)
        p.setPen(QPen(theme.GRID, 1))
        for level in range(1, 6):
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolygon(QPolygonF([self._point(centre, radius, i, level) for i in range(n)]))
        for i in range(n):
            p.drawLine(centre, self._point(centre, radius, i, 5))
        if self.compare:
            pen = QPen(theme.WARN, 2, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolygon(self._polygon(centre, radius, self.compare))
        fill = QColor(theme.ACCENT)
        fill.setAlpha(60)
        p.setPen(QPen(theme.ACCENT, 2))
        p.setBrush(fill)
        p.drawPolygon(self._polygon(centre, radius, self.values))
        p.setBrush(theme.ACCENT)
        for i, v in enumerate(self.values):
            if v is not None:
                p.drawEllipse(self._point(centre, radius, i, v), 3.5, 3.5)
        font = QFont(self.font())
        font.setPointSizeF(9)
        p.setFont(font)
        for i, text in enumerate(self.labels):
            pt = self._point(centre, radius + 16, i, 5)
            value = self.values[i] if i < len(self.values) else None
            score = "not observed" if value is None else f"{value:.0f} / 5"
            box = QRectF(pt.x() - 90, pt.y() - 17, 180, 34)
            if pt.x() > centre.x() + 5:
                box.moveLeft(pt.x() - 4)
                align = Qt.AlignmentFlag.AlignLeft
            elif pt.x() < centre.x() - 5:
                box.moveRight(pt.x() + 4)
                align = Qt.AlignmentFlag.AlignRight
            else:
                align = Qt.AlignmentFlag.AlignHCenter
                if pt.y() < centre.y():
                    box.moveBottom(pt.y() + 6)
                else:
                    box.moveTop(pt.y() - 6)
            p.setPen(theme.INK)
            p.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, f"{text}\n{score}")
        p.end()


class MetricBar(QWidget):
    """A thin bar showing a fraction, green when within target, amber otherwise."""

    def __init__(self, fraction: float | None, good: bool | None,
                 marker: float | None = None) -> None:
        super().__init__()
        self.fraction, self.good, self.marker = fraction, good, marker
        self.setFixedHeight(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#e6eaee"))
        p.drawRoundedRect(QRectF(0, 0, self.width(), self.height()), 4, 4)
        if self.fraction is not None:
            colour = theme.MUTED if self.good is None else theme.GOOD if self.good else theme.WARN
            p.setBrush(colour)
            p.drawRoundedRect(QRectF(0, 0, max(self.height(), self.width() * self.fraction),
                                     self.height()), 4, 4)
        if self.marker is not None:
            p.setBrush(theme.INK)
            x = self.width() * self.marker
            p.drawRect(QRectF(x - 1, 0, 2, self.height()))
        p.end()


def overlap_offsets(series: Sequence[Sequence[float | None]],
                    gap: float = 5.0) -> dict[tuple[int, int], float]:
    """Vertical pixel offsets so series with the same value at a point sit side by side
    (a few pixels apart) instead of one hiding the other: {(series, point): dy}."""
    out: dict[tuple[int, int], float] = {}
    points = max((len(values) for values in series), default=0)
    for i in range(points):
        groups: dict[float, list[int]] = {}
        for k, values in enumerate(series):
            if i < len(values) and values[i] is not None:
                groups.setdefault(float(values[i]), []).append(k)  # type: ignore[arg-type]
        for members in groups.values():
            for rank, k in enumerate(members):
                out[(k, i)] = (rank - (len(members) - 1) / 2) * gap
    return out


class TrendChart(QWidget):
    """Lines over sessions (x = session order), y = 1..5 for competencies."""

    def __init__(self) -> None:
        super().__init__()
        self.series: list[tuple[str, list[float | None]]] = []
        self.x_labels: list[str] = []
        self.setMinimumHeight(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Competency trends chart")

    def set_data(self, x_labels: Sequence[str],
                 series: Sequence[tuple[str, Sequence[float | None]]]) -> None:
        self.x_labels = list(x_labels)
        self.series = [(name, list(vals)) for name, vals in series]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, right, top, bottom = 40.0, 48.0, 12.0, 58.0
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        small = QFont(self.font())
        small.setPointSizeF(8.5)
        p.setFont(small)
        for level in range(1, 6):
            y = plot.bottom() - (level - 1) / 4 * plot.height()
            p.setPen(QPen(theme.GRID, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(theme.MUTED)
            p.drawText(QRectF(0, y - 8, left - 8, 16),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(level))
        n = len(self.x_labels)
        if n == 0:
            p.setPen(theme.MUTED)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, "Scored sessions will appear here.")
            p.end()
            return

        def x_at(i: int) -> float:
            return plot.center().x() if n == 1 else plot.left() + i / (n - 1) * plot.width()

        step = max(1, math.ceil(n / 8))
        p.setPen(theme.MUTED)
        for i, text in enumerate(self.x_labels):
            if i % step == 0 or i == n - 1:
                p.drawText(QRectF(x_at(i) - 50, plot.bottom() + 6, 100, 16),
                           Qt.AlignmentFlag.AlignCenter, text)
        shift = overlap_offsets([values for _name, values in self.series])

        def y_at(k: int, i: int, v: float) -> float:
            return plot.bottom() - (v - 1) / 4 * plot.height() + shift.get((k, i), 0.0)

        for k, (_name, values) in enumerate(self.series):
            colour = theme.SERIES[k % len(theme.SERIES)]
            p.setPen(QPen(colour, 2.2))
            path = QPainterPath()
            started = False
            for i, v in enumerate(values):
                if v is None:
                    continue
                pt = QPointF(x_at(i), y_at(k, i, v))
                if started:
                    path.lineTo(pt)
                else:
                    path.moveTo(pt)
                    started = True
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            p.setBrush(colour)
            for i, v in enumerate(values):
                if v is not None:
                    p.drawEllipse(QPointF(x_at(i), y_at(k, i, v)), 3, 3)
        # legend
        x = plot.left()
        y = self.height() - 20.0
        for k, (name, _values) in enumerate(self.series):
            colour = theme.SERIES[k % len(theme.SERIES)]
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(QRectF(x, y + 3, 12, 8), 2, 2)
            p.setPen(theme.INK)
            width = p.fontMetrics().horizontalAdvance(name) + 34
            p.drawText(QRectF(x + 16, y - 2, width, 18), Qt.AlignmentFlag.AlignVCenter, name)
            x += width
        p.end()


class MoodStrip(QWidget):
    """The report's trust over the turns as a small area line, dots coloured by mood."""

    def __init__(self) -> None:
        super().__init__()
        self.points: list[tuple[float, str]] = []
        self.setFixedHeight(70)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_points(self, points: Sequence[tuple[float, str]]) -> None:
        self.points = list(points)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.points:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pad = 8.0
        w, h = self.width() - 2 * pad, self.height() - 2 * pad
        n = len(self.points)
        pts = [QPointF(pad + (i / max(n - 1, 1)) * w, pad + h - trust / 100 * h)
               for i, (trust, _) in enumerate(self.points)]
        p.setPen(QPen(theme.ACCENT_SOFT, 2))
        for a, b in itertools.pairwise(pts):
            p.drawLine(a, b)
        p.setPen(Qt.PenStyle.NoPen)
        for pt, (_trust, mood) in zip(pts, self.points, strict=True):
            p.setBrush(theme.MOOD_COLOURS.get(mood, theme.MUTED))
            p.drawEllipse(pt, 4.5, 4.5)
        p.end()
