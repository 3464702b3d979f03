"""The facilitator's feedback as the manager sees it on their review screen."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from roleplay.domain.cohorts import Feedback, format_delay
from roleplay.domain.scores import COMPETENCY_LABELS


def feedback_summary(feedback: Feedback, session_end: dt.datetime) -> str:
    delay = feedback.time_to_feedback(session_end)
    if delay is None:
        return "No facilitator feedback yet."
    within = feedback.within_standard(session_end)
    state = "review done" if feedback.done else "review in progress"
    return (f"Feedback arrived {format_delay(delay)} after the session "
            f"({'within' if within else 'later than'} the 48-hour standard); {state}.")


class ManagerFeedbackPanel(QWidget):
    def __init__(self, feedback: Feedback, session_end: dt.datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self.set_feedback(feedback, session_end)

    def set_feedback(self, feedback: Feedback, session_end: dt.datetime) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        title = QLabel("<b>From your facilitator</b>")
        self.summary = QLabel(feedback_summary(feedback, session_end))
        self.summary.setWordWrap(True)
        self._layout.addWidget(title)
        self._layout.addWidget(self.summary)
        self.lines: list[QLabel] = []
        for o in feedback.overrides:
            self.lines.append(QLabel(
                f"<b>{COMPETENCY_LABELS[o.competency]}</b>: scorer "
                f"{o.scorer_score if o.scorer_score is not None else '–'} → facilitator "
                f"<b>{o.score}</b>. {escape(o.reason)}"))
        for c in feedback.comments:
            self.lines.append(QLabel(f"Turn {c.turn} · <i>{COMPETENCY_LABELS[c.competency]}</i>: "
                                     f"{escape(c.text)}"))
        for label in self.lines:
            label.setWordWrap(True)
            self._layout.addWidget(label)
        self._layout.addStretch(1)
