"""The quiet sidebar: the app's pages, the conversation in progress, the facilitator's page
(only for a person who facilitates a cohort), and what is still loading."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QPushButton, QVBoxLayout, QWidget

from roleplay.ui.shortcuts import native
from roleplay.ui.widgets.common import label

NAV = (("library", "Scenarios", "Ctrl+1"), ("builder", "Your situation", "Ctrl+2"),
       ("history", "History", "Ctrl+3"), ("settings", "Settings", "Ctrl+4"),
       ("facilitator", "Facilitator", "Ctrl+5"))


def _nav_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("NavButton")
    button.setCheckable(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class Sidebar(QWidget):
    def __init__(self, shortcuts_on: QWidget) -> None:
        super().__init__()
        self.setObjectName("Sidebar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(212)
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 20, 16, 16)
        col.setSpacing(4)
        col.addWidget(label("roleplay", "AppName"))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        self.facilitator_heading = label("FACILITATE", "SidebarHeading")
        self.session_button = _nav_button("Conversation")
        for i, (key, text, shortcut) in enumerate(NAV):
            button = _nav_button(text)
            button.setToolTip(f"{text} ({native(shortcut)})")
            self.group.addButton(button, i)
            self.buttons[key] = button
            QShortcut(QKeySequence(shortcut), shortcuts_on).activated.connect(
                lambda b=button: None if b.isHidden() else b.click())
            if key == "facilitator":
                col.addSpacing(14)
                col.addWidget(self.facilitator_heading)
            col.addWidget(button)
            if key == "settings":  # the conversation in progress, under the pages
                self.group.addButton(self.session_button, 9)
                col.addSpacing(8)
                col.addWidget(self.session_button)
        self.session_button.hide()
        self.set_facilitator(False)
        col.addStretch(1)
        self.status = label("Starting…", "SidebarStatus", wrap=True)
        col.addWidget(self.status)

    def set_facilitator(self, shown: bool) -> None:
        self.facilitator_heading.setVisible(shown)
        self.buttons["facilitator"].setVisible(shown)
