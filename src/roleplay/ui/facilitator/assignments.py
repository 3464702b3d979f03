"""The manager's cohort assignments for the home screen: each assigned (due in N days), done
(when, with the score) or overdue, with the year when the date is not this year."""

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

from roleplay.domain.cohorts import AssignmentProgress, AssignmentState, format_day
from roleplay.ui import theme
from roleplay.ui.widgets.common import hbox, label


class AssignmentsPanel(QFrame):
    """Emits ``practise(scenario_id)`` (double-click, or "Rehearse it") and
    ``export_reminder()`` from the calendar button (the caller writes
    ``roleplay.exports.ics.weekly_reminder`` to a chosen file)."""

    practise = Signal(str)
    export_reminder = Signal()

    def __init__(self, assignments: Sequence[AssignmentProgress], today: dt.date,
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
        self.list.setSpacing(3)  # rows of two or three lines need air between them
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

    def set_assignments(self, assignments: Sequence[AssignmentProgress], today: dt.date,
                        titles: Mapping[str, str]) -> None:
        self.list.clear()
        if not assignments:
            self.list.addItem("No assignments right now.")
        for p in assignments:
            a = p.assignment
            state = p.describe(today)
            text = (f"{titles.get(a.scenario_id, a.scenario_id)}\n{state[:1].upper()}{state[1:]}"
                    f" · due {format_day(a.due, today)}")
            if a.note:
                text += f" · {a.note}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, a.scenario_id)
            if p.state == AssignmentState.OVERDUE:
                item.setForeground(theme.BAD)
            elif p.state == AssignmentState.DONE:
                item.setForeground(theme.GOOD)
            self.list.addItem(item)
        done = sum(p.state == AssignmentState.DONE for p in assignments)
        late = sum(p.state == AssignmentState.OVERDUE for p in assignments)
        self.title.setText("Your facilitator asked you to practise" if not assignments else
                           f"Your facilitator asked you to practise: {done} of "
                           f"{len(assignments)} done" + (f", {late} overdue" if late else ""))
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
