"""The manager's cohort assignments (scenario, due date) for the home screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roleplay.domain.cohorts import Assignment
from roleplay.ui import theme
from roleplay.ui.widgets.common import hbox, label


class AssignmentsPanel(QFrame):
    """Emits ``practise(scenario_id)`` (double-click, or "Rehearse it") and
    ``export_reminder()`` from the calendar button (the caller writes
    ``roleplay.exports.ics.weekly_reminder`` to a chosen file)."""

    practise = Signal(str)
    export_reminder = Signal()

    def __init__(self, assignments: Sequence[Assignment], today: dt.date,
                 titles: Mapping[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 20)
        layout.setSpacing(10)
        layout.addWidget(label("FROM YOUR COHORT", "Eyebrow"))
        self.title = label("Your facilitator asked you to practise", "H2", wrap=True)
        layout.addWidget(self.title)
        self.list = QListWidget()
        self.list.setObjectName("Assignments")
        self.list.setAccessibleName("Assignments")
        self.list.setWordWrap(True)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list.itemDoubleClicked.connect(self._emit)
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        layout.addWidget(self.list, 1)
        self.open_button = QPushButton("Rehearse it  →")
        self.open_button.setObjectName("Primary")
        self.open_button.clicked.connect(lambda: self._emit(self.list.currentItem()))
        self.reminder = QPushButton("Weekly reminder…")
        self.reminder.setToolTip("Add a weekly practice reminder to your calendar (.ics)")
        self.reminder.clicked.connect(self.export_reminder)
        layout.addLayout(hbox(self.reminder, self.open_button, stretch_at=1))
        self.set_assignments(assignments, today, titles or {})

    def set_assignments(self, assignments: Sequence[Assignment], today: dt.date,
                        titles: Mapping[str, str]) -> None:
        self.list.clear()
        if not assignments:
            self.list.addItem("No assignments right now.")
        for a in assignments:
            days = (a.due - today).days
            when = ("overdue" if days < 0 else "due today" if days == 0
                    else f"due in {days} day{'s' if days != 1 else ''}")
            text = f"{titles.get(a.scenario_id, a.scenario_id)}\n{when.capitalize()}, " \
                   f"{a.due:%a %d %b}"
            if a.note:
                text += f" · {a.note}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, a.scenario_id)
            if days < 0:
                item.setForeground(theme.BAD)
            self.list.addItem(item)
        if assignments:
            self.list.setCurrentRow(0)
        self._update_button()

    def _update_button(self) -> None:
        item = self.list.currentItem()
        self.open_button.setEnabled(
            item is not None and item.data(Qt.ItemDataRole.UserRole) is not None)

    def _emit(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self.practise.emit(str(item.data(Qt.ItemDataRole.UserRole)))
