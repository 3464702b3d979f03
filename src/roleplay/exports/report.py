"""What a session report shows, computed once for the HTML and the PDF exports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from roleplay.coaching.metrics import Metric, display_metrics
from roleplay.domain.cohorts import Comment, Feedback, ScoreOverride, format_delay
from roleplay.domain.scores import COMPETENCY_LABELS, Competency, CompetencyScore, SessionScore
from roleplay.domain.session import Session, Turn


@dataclass(frozen=True)
class CompetencyRow:
    competency: Competency
    label: str
    scorer: int | None
    final: int | None
    detail: CompetencyScore | None
    override: ScoreOverride | None


@dataclass(frozen=True)
class StatePoint:
    turn: int
    trust: float
    defensiveness: float
    openness: float


@dataclass
class SessionReport:
    session: Session
    score: SessionScore | None
    feedback: Feedback | None
    rows: list[CompetencyRow]
    metrics: list[Metric]
    states: list[StatePoint]
    comments_by_turn: dict[int, list[Comment]] = field(default_factory=dict)

    @property
    def report_name(self) -> str:
        return self.session.scenario.persona.name

    @property
    def finished_at(self) -> dt.datetime:
        return self.session.ended_at or self.session.started_at

    def feedback_line(self) -> str | None:
        if self.feedback is None:
            return None
        fb = self.feedback
        if fb.first_feedback_at() is None:
            return "No facilitator feedback yet."
        status = "review done" if fb.done else "review in progress"
        if fb.shared_at is None:  # the 48-hour clock starts at sharing; unknown here
            first = fb.first_feedback_at()
            return f"First feedback on {first:%d %b %Y %H:%M} UTC; {status}."
        delay = fb.time_to_feedback()
        within = fb.within_standard()
        verdict = "within the 48-hour standard" if within else "later than the 48-hour standard"
        return (f"Shared {fb.shared_at:%d %b %Y %H:%M} UTC; first feedback "
                f"{format_delay(delay or dt.timedelta(0))} after sharing ({verdict}); {status}.")

    def speaker(self, turn: Turn) -> str:
        return self.session.manager.name if turn.speaker == "manager" else self.report_name


def build_report(session: Session, score: SessionScore | None,
                 feedback: Feedback | None = None) -> SessionReport:
    rows = []
    for comp in Competency:
        detail = score.competency(comp) if score is not None else None
        override = feedback.override_for(comp) if feedback is not None else None
        scorer = detail.score if detail is not None else None
        rows.append(CompetencyRow(comp, COMPETENCY_LABELS[comp], scorer,
                                  override.score if override else scorer, detail, override))
    comments: dict[int, list[Comment]] = {}
    for c in feedback.comments if feedback is not None else ():
        comments.setdefault(c.turn, []).append(c)
    states = [StatePoint(e.turn, e.trust, e.defensiveness, e.openness)
              for e in session.persona_trace]
    return SessionReport(
        session=session, score=score, feedback=feedback, rows=rows,
        metrics=display_metrics(session.turns, score.metrics if score else None),
        states=states, comments_by_turn=comments,
    )
