"""Review: what the report was thinking, turn by turn, for the review screen."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

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


class StoredScoreCheck(BaseModel):
    """A stored score set beside a fresh scoring of its transcript: ``edited`` when the same
    coder, rubric and scoring rules give another result (the score was changed after scoring),
    else a note that other scoring rules made it (an older or newer release)."""

    model_config = ConfigDict(frozen=True)

    edited: bool
    message: str


def check_stored_score(session: Session, stored: SessionScore | None,
                       scorer: Scorer) -> StoredScoreCheck | None:
    """How a stored score compares with scoring the stored transcript again, or None when they
    agree (or cannot be compared).

    The transcript is re-coded from its words (stored codes are not trusted); a judge's moves
    are compared through the deterministic levels it started from. Scores from another coder
    or rubric version cannot be compared and pass. A score made by other scoring rules (its
    digest differs) that differs is reported as that, with both figures, not as edited: the
    facilitator still sees the difference if someone rewrote the digest too. A score stored
    before digests were kept is compared as before.
    """
    if stored is None or not session.transcript.manager_turns():
        return None
    plain = session.model_copy(update={
        "turns": tuple(t.model_copy(update={"coding": None}) for t in session.turns)})
    fresh = scorer.score(plain)
    if (fresh.coder_version, fresh.rubric_version) != (stored.coder_version,
                                                        stored.rubric_version):
        return None
    before_judge = {v.competency: v.deterministic for v in stored.judge}
    levels = {c.competency: before_judge.get(c.competency, c.score) for c in stored.competencies}
    judged = any(v.applied for v in stored.judge)
    if levels == {c.competency: c.score for c in fresh.competencies} and (
            judged or stored.overall == fresh.overall):
        return None
    if stored.rules_digest is not None and stored.rules_digest != fresh.rules_digest:
        return StoredScoreCheck(edited=False, message=(
            f"the stored score ({stored.overall}/100) was made by other scoring rules than this "
            f"install's (an older or newer release); scoring the transcript today gives "
            f"{fresh.overall}/100"))
    return StoredScoreCheck(edited=True, message=(
        f"the stored score ({stored.overall}/100) does not match scoring the stored transcript "
        f"again with the same coder ({fresh.overall}/100): it was changed after scoring"))


def score_mismatch(session: Session, stored: SessionScore | None, scorer: Scorer) -> str | None:
    """The line to show when a stored score was changed after scoring, else None (see
    ``check_stored_score``; a score made by other scoring rules is not called changed)."""
    check = check_stored_score(session, stored, scorer)
    return check.message if check is not None and check.edited else None
