"""Review: what the report was thinking, turn by turn, for the review screen."""

from __future__ import annotations

from roleplay.coaching.review import ThoughtStep
from roleplay.domain.session import Session
from roleplay.persona.thinking import templated_thinking


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
