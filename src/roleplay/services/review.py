"""Review: what the report was thinking, turn by turn, for the review screen."""

from __future__ import annotations

from roleplay.coaching.review import ThoughtStep
from roleplay.domain.scores import SessionScore
from roleplay.domain.session import Session
from roleplay.persona.thinking import templated_thinking
from roleplay.ports.scoring import Scorer


def thinking(session: Session) -> list[ThoughtStep]:
    """The persona's inner view of each of the manager's turns, with the mind's levels."""
    trace = {e.turn: e for e in session.persona_trace}
    steps = []
    for t in templated_thinking(session).thoughts:
        entry = trace.get(t.turn)
        steps.append(ThoughtStep(
            turn=t.turn, mood=t.mood.value, thought=t.thought, trust=t.trust_after,
            defensiveness=entry.defensiveness if entry else 0.0,
            openness=entry.openness if entry else 0.0))
    return steps


def score_mismatch(session: Session, stored: SessionScore | None, scorer: Scorer) -> str | None:
    """One line when a stored score does not match a fresh scoring of the stored transcript by
    the same coder and rubric versions and the same scoring rules (the score was edited after
    scoring), else None.

    The transcript is re-coded from its words (stored codes are not trusted); a judge's moves
    are compared through the deterministic levels it started from. Scores from another coder
    or rubric version, or made by other scoring rules (a newer or older release), cannot be
    compared and pass; a score stored before its rules were recorded is compared as before.
    """
    if stored is None or not session.transcript.manager_turns():
        return None
    plain = session.model_copy(update={
        "turns": tuple(t.model_copy(update={"coding": None}) for t in session.turns)})
    fresh = scorer.score(plain)
    if (fresh.coder_version, fresh.rubric_version) != (stored.coder_version,
                                                        stored.rubric_version):
        return None
    if stored.rules_digest is not None and stored.rules_digest != fresh.rules_digest:
        return None
    before_judge = {v.competency: v.deterministic for v in stored.judge}
    levels = {c.competency: before_judge.get(c.competency, c.score) for c in stored.competencies}
    judged = any(v.applied for v in stored.judge)
    if levels != {c.competency: c.score for c in fresh.competencies} or (
            not judged and stored.overall != fresh.overall):
        return (f"the stored score ({stored.overall}/100) does not match scoring the stored "
                f"transcript again with the same coder ({fresh.overall}/100): it was changed "
                "after scoring")
    return None
