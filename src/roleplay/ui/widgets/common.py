"""Small building blocks: labels with a style role, cards, pills, a scrolling page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


def label(text: str, role: str | None = None, *, wrap: bool = False,
          selectable: bool = False) -> QLabel:
    widget = QLabel(text)
    if role:
        widget.setObjectName(role)
    widget.setWordWrap(wrap)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def pill(text: str, tone: str) -> QLabel:
    widget = QLabel(text)
    widget.setObjectName("Pill")
    widget.setProperty("tone", tone)
    widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return widget


def set_tone(widget: QWidget, prop: str, value: str) -> None:
    widget.setProperty(prop, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def panel(name: str = "Panel", margins: int = 18, spacing: int = 10) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(margins, margins - 2, margins, margins)
    layout.setSpacing(spacing)
    return frame, layout


def hbox(*widgets: QWidget | None, spacing: int = 8, stretch_at: int | None = None) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for i, w in enumerate(widgets):
        if stretch_at == i:
            layout.addStretch(1)
        if w is not None:
            layout.addWidget(w)
    if stretch_at is not None and stretch_at >= len(widgets):
        layout.addStretch(1)
    return layout


def clear_layout(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
        elif inner is not None:
            clear_layout(inner)


class ScrollPage(QScrollArea):
    """A vertically scrolling page with a centred, width-limited column."""

    def __init__(self, max_width: int = 1040, margins: int = 32, centred: bool = True) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        outer = QWidget()
        outer.setObjectName("Page")
        row = QHBoxLayout(outer)
        row.setContentsMargins(margins, margins - 8, margins, margins)
        self.body = QWidget()
        self.body.setMaximumWidth(max_width)
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(16)
        row.addStretch(0)
        row.addWidget(self.body, 1 if centred else 100)
        row.addStretch(0 if centred else 1)  # not centred: lines up with the page's left edge
        self.setWidget(outer)
