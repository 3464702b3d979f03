"""A calm horizontal input-level meter (0..1), smoothed so it does not flicker."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from roleplay.ui import theme


class LevelMeter(QWidget):
    def __init__(self, segments: int = 24) -> None:
        super().__init__()
        self.segments = segments
        self.level = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Input level")

    def sizeHint(self) -> QSize:
        return QSize(200, 14)

    def set_level(self, value: float) -> None:
        value = max(0.0, min(1.0, value))
        # fast attack, slow release; an exact zero (capture stopped) clears the meter
        if value == 0.0:
            self.level = 0.0
        else:
            self.level = value if value > self.level else self.level * 0.8 + value * 0.2
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = 3.0
        w = (self.width() - gap * (self.segments - 1)) / self.segments
        lit = round(self.level * self.segments)
        for i in range(self.segments):
            colour = theme.ACCENT if i < lit else QColor("#dfe5ea")
            if i < lit and i >= self.segments * 0.85:
                colour = theme.WARN
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(QRectF(i * (w + gap), 0, w, self.height()), 2, 2)
        p.end()
