"""Issue 11, J25: known small faults in the review, from a blunt terse manager in
missed-deadlines and a rambling manager in recogniser text in disengaged-after-reorg. The
lines here are written for the tests, not taken from the sessions."""

from __future__ import annotations

import pytest

from roleplay.app.rehearsal import ScriptedSession, play
from roleplay.domain.scores import Competency
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios import load_scenario
from roleplay.scoring.coder import default_coder


def _review(name: str, *lines: str) -> dict[Competency, str]:
    scenario = load_scenario(bundled_scenarios_dir() / f"{name}.yaml")
    played = play(scenario, ScriptedSession(id="t", style="typical", voice="test",
                                            turns=lines), default_coder())
    return {c.competency: c.summary + "\n" + "\n".join(
        f"{e.note}: {e.quote}" for e in c.evidence) + "\n" + "\n".join(
        f"{r.original} => {r.suggestion}" for r in c.try_instead) + "\n" + "\n".join(
        c.went_well) for c in played.score.competencies}


# --- "What can you hit, and when?" asks what they would do --------------------------------


@pytest.mark.parametrize("asked", [
    "What can you hit, and when?",
    "what could you realistically deliver and by when",
    "So what can you get done this sprint?",
])
def test_asking_what_they_can_do_is_asking(asked: str) -> None:
    review = _review(
        "missed-deadlines",
        "Three dates gone. Invoice export on the 14th, retry fix on the 23rd, design review on "
        "the 4th.",
        "What's going on?",
        asked,
        "Retry fix by Friday 13 November then. I'll take you off the support rota this week. "
        "We check in on Monday the 16th.")
    planning = review[Competency.DEVELOPMENT_PLANNING]
    assert "asking what they would do" not in planning
    assert "co-created" not in planning
    assert "You asked what they could do" in planning
