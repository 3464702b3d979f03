"""The facilitator's feedback as the manager sees it on their review screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from roleplay.domain.cohorts import Feedback, format_delay
from roleplay.domain.scores import COMPETENCY_LABELS
from roleplay.ui.widgets.common import clear_layout, hbox, label


def feedback_summary(feedback: Feedback, session_end: dt.datetime) -> str:
    delay = feedback.time_to_feedback(session_end)
    if delay is None:
        return "No facilitator feedback yet."
    within = feedback.within_standard(session_end)
    state = "review done" if feedback.done else "review in progress"
    since = "you shared it" if feedback.shared_at is not None else "the session"  # 48-h clock
    return (f"Feedback arrived {format_delay(delay)} after {since} "
            f"({'within' if within else 'later than'} the 48-hour standard); {state}.")


def _note(eyebrow: str, text: str, name: str = "Quote") -> QFrame:
    frame = QFrame()
    frame.setObjectName(name)
    col = QVBoxLayout(frame)
    col.setContentsMargins(12, 8, 12, 8)
    col.setSpacing(2)
    col.addWidget(label(eyebrow.upper(), "Eyebrow"))
    col.addWidget(label(text, wrap=True, selectable=True))
    return frame


class ManagerFeedbackPanel(QWidget):
    """``lines`` holds one label per override and comment (their text, in order).
    ``import_requested`` asks for a feedback file the facilitator returned (no shared
    database)."""

    import_requested = Signal()

    def __init__(self, feedback: Feedback, session_end: dt.datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self.set_feedback(feedback, session_end)

    def set_feedback(self, feedback: Feedback, session_end: dt.datetime) -> None:
        clear_layout(self._layout)
        self._layout.addWidget(label("From your facilitator", "H3"))
        self.summary = label(feedback_summary(feedback, session_end), "Small", wrap=True)
        self._layout.addWidget(self.summary)
        self.lines: list[QLabel] = []
        for o in feedback.overrides:
            before = o.scorer_score if o.scorer_score is not None else "–"
            frame = _note(f"{COMPETENCY_LABELS[o.competency]} · scorer {before} → "
                          f"facilitator {o.score}", o.reason, "Rewrite")
            self._add(frame)
        for c in feedback.comments:
            self._add(_note(f"Turn {c.turn} · {COMPETENCY_LABELS[c.competency]}", c.text))
        self.import_button = QPushButton("Import a feedback file…")
        self.import_button.setToolTip("The file your facilitator saved for you after reviewing "
                                      "a session you sent as a bundle")
        self.import_button.clicked.connect(self.import_requested)
        self._layout.addLayout(hbox(self.import_button, stretch_at=1))

    def _add(self, frame: QFrame) -> None:
        text = frame.findChildren(QLabel)[-1]
        self.lines.append(text)
        self._layout.addWidget(frame)
