"""Issue 11, from a play-through of a blunt manager: the report who has just told something hard
(a parent's stroke) and is sent off with "Good. Back to work." does not thank the manager
("Thanks. I mean it."); the offline report's goodbye is a flat one."""

from __future__ import annotations

from roleplay.app.rehearsal import ScriptedSession, play
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios import load_scenario
from roleplay.scoring.coder import default_coder

BLUNT = (
    "Right Priya. Sit. I'll be blunt because that's how we do it on the rig.",
    "Three dates missed. Invoice export, 14 October, shipped the 21st. Retry fix, promised for "
    "the 23rd, still open. Finance closed the month by hand.",
    "That's not good enough and you know it.",
    "So what happened. Straight answer.",
    "Fair enough. Sounds like the support tickets ate your week and nobody told me.",
    "Here's the deal. Any date at risk, you tell me that same day. Not at stand-up, that day.",
    "What do you need from me to make that stick?",
    "I'll pull you off the support rota for three weeks. Marcus covers. Done.",
    "Retry fix by Friday 4 December. We check in Monday at nine. Work for you?",
    "Good. Back to work.",
)


def _last_two_replies(turns: tuple[str, ...]) -> list[str]:
    scenario = load_scenario(bundled_scenarios_dir() / "missed-deadlines.yaml")
    played = play(scenario, ScriptedSession(id="t", style="poor", voice="blunt", turns=turns),
                  default_coder())
    return [t.text for t in played.session.transcript.turns if t.speaker == "report"][-2:]


def test_sent_off_after_telling_something_hard_is_no_thanks() -> None:
    told, goodbye = _last_two_replies(BLUNT)
    assert "stroke" in told or "dad" in told, told  # the disclosure came just before the close
    assert "thank" not in goodbye.lower(), goodbye
