"""Scores order managers as a coach would: 48 scripted sessions (data/sessions: 8 scenarios x
skilled / typical / poor in two voices each, written by a separate author) played through the
real engine, the offline report and the shipped scorer. benchmarks/session_validity.py prints
the same figures per session."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from roleplay.app.rehearsal import PlayedSession, load_scripts, play
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios import load_scenario
from roleplay.scoring.coder import default_coder

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = {f.scenario: f for f in load_scripts(REPO / "data" / "sessions")}


def test_every_bundled_scenario_has_six_sessions_in_several_voices() -> None:
    bundled = {p.stem for p in bundled_scenarios_dir().glob("*.yaml")}
    assert set(SCRIPTS) == bundled
    voices = {s.voice for f in SCRIPTS.values() for s in f.sessions}
    assert len(voices) >= 6 and "spoken" in voices
    for f in SCRIPTS.values():
        assert sorted(s.style for s in f.sessions) == ["poor"] * 2 + ["skilled"] * 2 + \
            ["typical"] * 2


@pytest.fixture(scope="module")
def played() -> dict[str, list[PlayedSession]]:
    coder = default_coder()
    return {sid: [play(load_scenario(bundled_scenarios_dir() / f"{sid}.yaml"), s, coder)
                  for s in f.sessions] for sid, f in SCRIPTS.items()}


@pytest.mark.parametrize("scenario_id", sorted(SCRIPTS))
def test_skilled_typical_poor_are_ordered_with_margins(
    scenario_id: str, played: dict[str, list[PlayedSession]],
) -> None:
    means = {style: statistics.mean(p.score.overall for p in played[scenario_id]
                                    if p.script.style == style)
             for style in ("skilled", "typical", "poor")}
    assert means["skilled"] >= means["typical"] + 15, means
    assert means["typical"] >= means["poor"] + 5, means
    assert means["skilled"] >= 60, means
    assert means["poor"] <= 25, means


def test_no_two_weak_sessions_are_flattened_to_zero(
    played: dict[str, list[PlayedSession]],
) -> None:
    assert all(p.score.overall > 0 for ps in played.values() for p in ps)


def test_skilled_managers_usually_reach_the_hidden_cause_and_poor_ones_never(
    played: dict[str, list[PlayedSession]],
) -> None:
    skilled = [p.disclosed for ps in played.values() for p in ps if p.script.style == "skilled"]
    poor = [p.disclosed for ps in played.values() for p in ps if p.script.style == "poor"]
    assert sum(skilled) >= 0.75 * len(skilled)
    assert not any(poor)
