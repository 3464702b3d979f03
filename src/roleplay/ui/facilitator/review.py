"""Facilitator review of one shared session: comment on a turn (tagged with a competency),
override a competency's level (a reason is required), mark the review done."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from roleplay.domain.cohorts import (
    FEEDBACK_STANDARD,
    Comment,
    Review,
    ReviewStatus,
    ScoreOverride,
    format_delay,
)
from roleplay.domain.scores import COMPETENCY_LABELS, Competency
from roleplay.ui import theme
from roleplay.ui.widgets.common import hbox, label, panel


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class FacilitatorReviewView(QWidget):
    """``store`` implements SessionStore and CohortStore; the session must be shared with the
    facilitator's cohort. Every change is written at once; refusals arrive as ``error``."""

    commented = Signal(object)  # Comment
    overridden = Signal(object)  # ScoreOverride
    review_done = Signal(str)  # session id
    returned = Signal(object)  # Path of the feedback file written for the manager
    error = Signal(str)

    def __init__(self, store: Any, session_id: str, facilitator_id: str, *,
                 now: Callable[[], dt.datetime] = _utcnow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.session_id, self.facilitator_id, self._now = (
            store, session_id, facilitator_id, now)
        self.session = store.get(session_id)
        self.score = store.get_score(session_id)
        self.feedback = store.feedback(session_id)

        self.header = label("", "H2", wrap=True)
        self.subheader = label("", "Muted", wrap=True)
        self.status = label("", wrap=True)

        self.turns = QListWidget()
        self.turns.setObjectName("Transcript")
        self.turns.setAccessibleName("Transcript")
        self.turns.setWordWrap(True)
        self.turns.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped rows re-measured
        self.turns.setSpacing(5)
        self.turns.setMinimumWidth(320)

        self.competency = QComboBox()
        for c in Competency:
            self.competency.addItem(COMPETENCY_LABELS[c], c)
        self.competency.setAccessibleName("Competency")
        self.comment_text = QPlainTextEdit()
        self.comment_text.setPlaceholderText("Your comment on the selected turn")
        self.comment_text.setTabChangesFocus(True)
        self.add_comment = QPushButton("Add comment")
        self.add_comment.clicked.connect(self._on_comment)
        box, cl = panel(spacing=8)
        cl.addWidget(label("Comment on the selected turn", "H3"))
        cl.addWidget(label("Pick a turn in the transcript, tag the skill, and say what you "
                           "saw.", "Small", wrap=True))
        cl.addWidget(self.competency)
        cl.addWidget(self.comment_text, 1)
        cl.addLayout(hbox(self.add_comment, stretch_at=0))
        box.setMinimumWidth(300)

        scores, sl = panel(spacing=8)
        sl.addWidget(label("Competency levels", "H3"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        for col, text in enumerate(("Competency", "Scorer", "Yours", "Reason (required)")):
            grid.addWidget(label(text, "Small"), 0, col)
        self.level: dict[Competency, QSpinBox] = {}
        self.reason: dict[Competency, QLineEdit] = {}
        self.save_override: dict[Competency, QPushButton] = {}
        for row, c in enumerate(Competency, start=1):
            detail = self.score.competency(c) if self.score else None
            scorer = detail.score if detail else None
            grid.addWidget(label(COMPETENCY_LABELS[c]), row, 0)
            grid.addWidget(label("–" if scorer is None else str(scorer)), row, 1)
            spin = QSpinBox()
            spin.setRange(1, 5)
            spin.setValue(scorer or 3)
            spin.setFixedWidth(72)
            spin.setAccessibleName(f"{COMPETENCY_LABELS[c]} level")
            reason = QLineEdit()
            reason.setPlaceholderText("Why you see it differently")
            button = QPushButton("Override")
            button.clicked.connect(lambda _=False, comp=c: self._on_override(comp))
            self.level[c], self.reason[c], self.save_override[c] = spin, reason, button
            grid.addWidget(spin, row, 2)
            grid.addWidget(reason, row, 3)
            grid.addWidget(button, row, 4)
        grid.setColumnStretch(3, 1)
        sl.addLayout(grid)

        self.done = QPushButton("Mark review done")
        self.done.setObjectName("Primary")
        self.done.clicked.connect(self._on_done)
        # Without a shared database the manager gets the feedback back as a file.
        self.return_file = QPushButton("Save feedback for the manager…")
        self.return_file.setToolTip("A feedback file the manager imports (when the session "
                                    "came to you as a bundle, not through a shared database)")
        self.return_file.clicked.connect(self._on_return)

        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(self.turns)
        split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(10)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.header)
        heading.addWidget(self.subheader)
        heading.addWidget(self.status)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.return_file, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.done, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(scores)
        self.refresh()

    # --- state ----------------------------------------------------------------------------------

    @property
    def finished_at(self) -> dt.datetime:
        ended: dt.datetime = self.session.ended_at or self.session.started_at
        return ended

    def refresh(self) -> None:
        self.feedback = self.store.feedback(self.session_id)
        s = self.session
        overall = f" · score {self.score.overall}/100" if self.score else ""
        self.header.setText(s.scenario.title)
        self.subheader.setText(f"{s.manager.name} · {s.started_at:%d %b %Y %H:%M} UTC{overall}")
        # the 48-hour clock starts when the manager shared the session, not when it ended
        delay = self.feedback.time_to_feedback(self.finished_at)
        start = self.feedback.clock_start(self.finished_at) or self.finished_at
        since = "it was shared" if self.feedback.shared_at is not None else "the session"
        age = self._now() - start
        if self.feedback.done:
            text = (f"Review done. First feedback {format_delay(delay or dt.timedelta(0))} "
                    f"after {since}.")
            colour = theme.GOOD
        elif delay is not None:
            text = f"In progress: first feedback {format_delay(delay)} after {since}."
            colour = theme.GOOD if delay <= FEEDBACK_STANDARD else theme.WARN
        else:
            late = age > FEEDBACK_STANDARD
            text = (f"Waiting {format_delay(age)} since {since}"
                    + (": past the 48-hour standard." if late else
                       f"; {format_delay(FEEDBACK_STANDARD - age)} left of the 48-hour "
                       "standard."))
            colour = theme.BAD if late else theme.INK
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour.name()}")
        self.done.setEnabled(not self.feedback.done)
        self.done.setText("Review done" if self.feedback.done else "Mark review done")
        self.return_file.setEnabled(bool(self.feedback.comments or self.feedback.overrides
                                         or self.feedback.review))
        for c in Competency:
            o = self.feedback.override_for(c)
            if o is not None:
                self.level[c].setValue(o.score)
                self.reason[c].setText(o.reason)
                self.reason[c].setCursorPosition(0)  # show the start of the reason
            self.save_override[c].setText("Update" if o is not None else "Override")
        self._fill_turns()

    def _fill_turns(self) -> None:
        current = self.turns.currentRow()
        self.turns.clear()
        comments: dict[int, list[Comment]] = {}
        for c in self.feedback.comments:
            comments.setdefault(c.turn, []).append(c)
        name = self.session.scenario.persona.name.split()[0]
        for t in self.session.turns:
            who = self.session.manager.name if t.speaker == "manager" else name
            codes = (" [" + ", ".join(sorted(c.value.replace("_", " ") for c in t.coding.codes))
                     + "]") if t.coding and t.coding.codes else ""
            lines = [f"{t.index}. {who}: {t.text}{codes}"]
            lines += [f"    ✎ {COMPETENCY_LABELS[c.competency]}: {c.text}"
                      for c in comments.get(t.index, [])]
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.ItemDataRole.UserRole, t.index)
            if t.speaker == "report":
                item.setForeground(theme.MUTED)
            self.turns.addItem(item)
        if 0 <= current < self.turns.count():
            self.turns.setCurrentRow(current)
        else:
            first = next((i for i, t in enumerate(self.session.turns) if t.speaker == "manager"),
                         0)
            self.turns.setCurrentRow(first)

    def select_turn(self, index: int) -> None:
        self.turns.setCurrentRow(index)

    # --- actions --------------------------------------------------------------------------------

    def _on_comment(self) -> None:
        text = self.comment_text.toPlainText().strip()
        item = self.turns.currentItem()
        if not text or item is None:
            self.error.emit("Select a turn and write a comment first.")
            return
        try:
            comment = Comment(id=uuid.uuid4().hex[:12], session_id=self.session_id,
                              facilitator_id=self.facilitator_id,
                              turn=int(item.data(Qt.ItemDataRole.UserRole)),
                              competency=self.competency.currentData(), text=text,
                              at=self._now())
            self.store.add_comment(comment)
        except Exception as exc:
            self.error.emit(str(exc))
            return
        self.comment_text.clear()
        self.refresh()
        self.commented.emit(comment)

    def _on_override(self, competency: Competency) -> None:
        reason = self.reason[competency].text().strip()
        if not reason:
            self.error.emit(f"Say why you see {COMPETENCY_LABELS[competency]} differently: "
                            "an override needs a reason.")
            self.reason[competency].setFocus()
            return
        detail = self.score.competency(competency) if self.score else None
        try:
            override = ScoreOverride(
                session_id=self.session_id, competency=competency,
                facilitator_id=self.facilitator_id,
                scorer_score=detail.score if detail else None,
                score=self.level[competency].value(), reason=reason, at=self._now())
            self.store.set_override(override)
        except Exception as exc:
            self.error.emit(str(exc))
            return
        self.refresh()
        self.overridden.emit(override)

    def _on_done(self) -> None:
        try:
            self.store.set_review(Review(session_id=self.session_id,
                                         facilitator_id=self.facilitator_id,
                                         status=ReviewStatus.DONE, done_at=self._now()))
        except Exception as exc:
            self.error.emit(str(exc))
            return
        self.refresh()
        self.review_done.emit(self.session_id)

    def _on_return(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from roleplay.exports.feedback_bundle import FEEDBACK_SUFFIX

        path, _ = QFileDialog.getSaveFileName(
            self, "Save the feedback for the manager",
            str(Path.home() / f"{self.session_id}{FEEDBACK_SUFFIX}"), "Feedback (*.zip)")
        if path:
            self.return_feedback(Path(path))

    def return_feedback(self, path: Path) -> None:
        """Write the feedback bundle the manager imports; refusals arrive as ``error``."""
        from roleplay.exports.bundle import BundleError
        from roleplay.exports.feedback_bundle import export_feedback

        try:
            written, _ = export_feedback(self.store, self.session_id, path)
        except (BundleError, OSError) as exc:
            self.error.emit(str(exc))
            return
        self.returned.emit(written)
