"""The manager's cohort assignments (scenario, due date) for the home screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roleplay.domain.cohorts import Assignment
from roleplay.ui import theme


class AssignmentsPanel(QWidget):
    """Emits ``practise(scenario_id)`` on double-click and ``export_reminder()`` from the
    button (the caller writes ``roleplay.exports.ics.weekly_reminder`` to a chosen file)."""

    practise = Signal(str)
    export_reminder = Signal()

    def __init__(self, assignments: Sequence[Assignment], today: dt.date,
                 titles: Mapping[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel("<b>From your cohort</b>")
        self.list = QListWidget()
        self.list.setAccessibleName("Assignments")
        self.list.itemDoubleClicked.connect(
            lambda item: self.practise.emit(str(item.data(Qt.ItemDataRole.UserRole))))
        self.reminder = QPushButton("Add a weekly practice reminder to my calendar…")
        self.reminder.clicked.connect(self.export_reminder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addWidget(self.reminder, alignment=Qt.AlignmentFlag.AlignLeft)
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
            text = f"{titles.get(a.scenario_id, a.scenario_id)} · {when} ({a.due:%a %d %b})"
            if a.note:
                text += f"\n{a.note}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, a.scenario_id)
            if days < 0:
                item.setForeground(theme.BAD)
            self.list.addItem(item)
