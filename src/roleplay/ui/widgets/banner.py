"""A non-blocking message strip with an optional way forward (an action button)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from roleplay.ui.widgets.common import set_tone


class Banner(QFrame):
    closed = Signal()
    visibility_changed = Signal(bool)  # so a container can take no room while it is hidden

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 10, 10)
        row.setSpacing(10)
        text_col = QVBoxLayout()
        text_col.setSpacing(2)
        self.title = QLabel()
        self.title.setObjectName("H3")
        self.text = QLabel()
        self.text.setWordWrap(True)
        text_col.addWidget(self.title)
        text_col.addWidget(self.text)
        row.addLayout(text_col, 1)
        self.action = QPushButton()
        self.action.hide()
        row.addWidget(self.action)
        self.dismiss = QPushButton("Dismiss")
        self.dismiss.setObjectName("Link")
        self.dismiss.clicked.connect(self.close_banner)
        row.addWidget(self.dismiss)
        self._callback: Callable[[], None] | None = None
        self.action.clicked.connect(self._run_action)
        self.hide()

    def show_message(self, title: str, text: str = "", tone: str = "error",
                     action: str | None = None,
                     callback: Callable[[], None] | None = None) -> None:
        set_tone(self, "tone", tone)
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self._callback = callback
        self.action.setVisible(bool(action and callback))
        if action:
            self.action.setText(action)
        self.show()

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        self.visibility_changed.emit(visible)

    def message(self) -> str:
        return f"{self.title.text()} {self.text.text()}".strip() if self.isVisible() else ""

    def _run_action(self) -> None:
        callback = self._callback
        self.close_banner()
        if callback is not None:
            callback()

    def close_banner(self) -> None:
        self.hide()
        self.closed.emit()
