"""Reviewer's fix to the offline report (issue 11, R2): the day set in this meeting holds when
the thing is named again without a day before the manager asks when."""

from __future__ import annotations

from roleplay.app.rehearsal import ScriptedSession, play
from roleplay.resources import bundled_scenarios_dir
from roleplay.scoring.coder import default_coder

from .conftest import load_scenario


def test_the_day_set_holds_after_the_thing_is_named_again_without_one() -> None:
    scenario = load_scenario(bundled_scenarios_dir() / "second-meeting.yaml")
    lines = ("Hi Priya. Let's not rush. How are things?",
             "The retry fix was due on the 13th. Let's move it to Wednesday 25 November.",
             "Can you get the retry fix in by Wednesday the 25th?",
             "Okay. So the retry fix by Wednesday 25 November and we meet again Thursday 26th. "
             "Okay?",
             "The retry fix matters to the whole team.",
             "When will the retry fix be in?")
    played = play(scenario, ScriptedSession(id="t", style="typical", voice="test", turns=lines),
                  default_coder())
    replies = [t.text for t in played.session.transcript.turns if t.speaker == "report"]
    assert replies[-1] == "Wednesday, like you said.", replies[-1]
