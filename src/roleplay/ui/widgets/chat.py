"""The conversation as a chat: committed turns, the report's reply streaming in, the manager's
words appearing as they are recognised, and a "thinking" cue."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from roleplay.domain.session import Turn
from roleplay.ui.widgets.common import set_tone

BUBBLE_TEXT_WIDTH = 520


class Bubble(QFrame):
    rewind = Signal(int)

    def __init__(self, speaker: str, name: str, text: str = "", index: int | None = None,
                 *, can_rewind: bool = False) -> None:
        super().__init__()
        self.index = index
        self.setObjectName("BubbleManager" if speaker == "manager" else "BubbleReport")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.setMaximumWidth(BUBBLE_TEXT_WIDTH + 30)
        col = QVBoxLayout(self)
        col.setContentsMargins(14, 9, 14, 11)
        col.setSpacing(3)
        who = QLabel(name)
        who.setObjectName("Speaker")
        col.addWidget(who)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.text)
        self.name = who
        self._fit()
        self.again: QPushButton | None = None
        if can_rewind and index is not None:
            self.again = QPushButton("↺  Take it again from here")
            self.again.setObjectName("Link")
            self.again.setStyleSheet("color: #ffffff;")
            self.again.setCursor(Qt.CursorShape.PointingHandCursor)
            self.again.setToolTip("Start a new attempt from this line; this attempt is kept.")
            self.again.clicked.connect(lambda: self.rewind.emit(self.index))
            self.again.hide()
            col.addWidget(self.again, 0, Qt.AlignmentFlag.AlignRight)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip("Click to take it again from here")

    def set_text(self, text: str) -> None:
        self.text.setText(text)
        self._fit()

    def _fit(self) -> None:
        """Wide enough for the text up to a comfortable reading width (word wrap alone makes
        bubbles needlessly narrow)."""
        metrics = self.text.fontMetrics()
        widest = max([metrics.horizontalAdvance(self.text.text()),
                      metrics.horizontalAdvance(self.name.text())]) + 6
        self.text.setMinimumWidth(min(widest, BUBBLE_TEXT_WIDTH))

    def mousePressEvent(self, event: object) -> None:
        if self.again is not None:
            self.again.setVisible(not self.again.isVisible())


class ChatView(QScrollArea):
    rewind_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("Page")
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(24, 18, 24, 18)
        self.column.setSpacing(10)
        self.column.addStretch(1)
        self.setWidget(inner)
        self.report_name = "Report"
        self.manager_name = "You"
        self.bubbles: list[Bubble] = []
        self.streaming: Bubble | None = None
        self.pending: Bubble | None = None
        self.thinking = QLabel()
        self.thinking.setObjectName("Muted")
        self.thinking.hide()
        self.column.addWidget(self.thinking)
        self._dots = 0
        self._thinking_text = ""
        self._timer = QTimer(self)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self._tick)
        self.allow_rewind = True
        self.verticalScrollBar().rangeChanged.connect(self._to_bottom)

    def _to_bottom(self) -> None:
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def _insert(self, bubble: QWidget, speaker: str) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if speaker == "manager":
            row.addStretch(1)
            row.addWidget(bubble)
        else:
            row.addWidget(bubble)
            row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        self.column.insertWidget(self.column.indexOf(self.thinking), holder)

    def clear(self) -> None:
        while self.column.count() > 2:
            item = self.column.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.thinking:
                widget.setParent(None)
                widget.deleteLater()
        self.bubbles, self.streaming, self.pending = [], None, None
        self.set_thinking(False)

    def add_turn(self, turn: Turn) -> Bubble:
        if turn.speaker == "report" and self.streaming is not None:
            bubble = self.streaming
            bubble.set_text(turn.text)
            bubble.index = turn.index
            self.streaming = None
            return bubble
        if turn.speaker == "manager" and self.pending is not None:
            self.pending.parentWidget().setParent(None)  # type: ignore[union-attr]
            self.pending = None
        name = self.manager_name if turn.speaker == "manager" else self.report_name
        bubble = Bubble(turn.speaker, name, turn.text, turn.index,
                        can_rewind=turn.speaker == "manager" and self.allow_rewind)
        bubble.rewind.connect(self.rewind_requested)
        self._insert(bubble, turn.speaker)
        self.bubbles.append(bubble)
        return bubble

    def start_reply(self) -> None:
        self.streaming = Bubble("report", self.report_name, "")
        self.streaming.hide()
        self._insert(self.streaming, "report")
        self.bubbles.append(self.streaming)

    def append_chunk(self, chunk: str) -> None:
        if self.streaming is None:
            self.start_reply()
        assert self.streaming is not None
        self.streaming.show()
        self.set_thinking(False)
        self.streaming.set_text(self.streaming.text.text() + chunk)

    def drop_reply(self) -> None:
        if self.streaming is not None:
            self.bubbles.remove(self.streaming)
            self.streaming.parentWidget().setParent(None)  # type: ignore[union-attr]
            self.streaming = None

    def set_partial(self, text: str) -> None:
        if not text:
            if self.pending is not None:
                self.pending.parentWidget().setParent(None)  # type: ignore[union-attr]
                self.pending = None
            return
        if self.pending is None:
            self.pending = Bubble("manager", f"{self.manager_name} · listening…")
            set_tone(self.pending, "pending", "true")
            self._insert(self.pending, "manager")
        self.pending.set_text(text)

    def set_thinking(self, on: bool, text: str | None = None) -> None:
        self._thinking_text = text or f"{self.report_name} is thinking"
        self.thinking.setVisible(on)
        if on:
            self._dots = 0
            self._tick()
            self._timer.start()
        else:
            self._timer.stop()

    def _tick(self) -> None:
        self._dots = (self._dots + 1) % 4
        self.thinking.setText(f"  {self._thinking_text}{'.' * self._dots}")
