"""Scripted manager lines played through the offline report and the shipped coder, for the
offline report's tests: one way to play a bundled scenario and read the report's replies."""

from __future__ import annotations

from roleplay.app.rehearsal import PlayedSession, ScriptedSession, play
from roleplay.domain.scenario import Scenario
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios.loader import load_scenario
from roleplay.scoring.coder import default_coder


def bundled(scenario_id: str) -> Scenario:
    return load_scenario(bundled_scenarios_dir() / f"{scenario_id}.yaml")


def played(scenario_id: str, *lines: str) -> PlayedSession:
    """The manager's lines played in order, each answered by the offline report."""
    return play(bundled(scenario_id),
                ScriptedSession(id="t", style="skilled", voice="test", turns=lines),
                default_coder())


def replies(scenario_id: str, *lines: str) -> list[str]:
    """What the report said, in order (its opening line first)."""
    return [t.text for t in played(scenario_id, *lines).session.transcript.turns
            if t.speaker == "report"]
