"""A scripted session per bundled scenario through the LLM voice, with a fake model that makes
the mistakes small models make; then rewinding it, through the engine and through the CLI."""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from roleplay.domain.mind import ROOT_CAUSE, PersonaMind
from roleplay.domain.scenario import Scenario
from roleplay.engine import SessionEngine
from roleplay.persona.checks import Problem, keyword_pattern, out_of_role
from roleplay.persona.fakes import ScriptedChatModel
from roleplay.persona.offline import reply_lines
from roleplay.persona.voice import LLMVoice, ReplyReport
from roleplay.ports.chat import ChatMessage
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios.loader import load_scenario
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, bundled_scenario_paths


def manager_script(scenario: Scenario) -> list[str]:
    fact = scenario.facts[0]
    return [
        "Thanks for making the time. How have things been from your side?",
        f"On {fact.date:%A %d %B}: {fact.observation} What got in the way?",
        "It sounds like it's been a lot, more than anyone could see.",
        "You've been carrying a lot on your own. What's been going on for you?",
        "I appreciate you being so open about it. What would help most right now?",
        "How can I help? Let's check in next Thursday and see how it's going.",
        "So to recap: we agreed a plan and we check in on Thursday. Does that work for you?",
    ]


def good(turn: int) -> str:
    return f"Okay, I can talk about point {turn} now. That's fair."


class SmallModelMistakes:
    """Answers like a small model: a different mistake on each manager turn's first attempt,
    a clean answer when corrected; on turn 5 it fails twice (so the voice falls back)."""

    def __init__(self, scenario: Scenario) -> None:
        self.first = scenario.persona.name.split()[0]
        self.keyword = scenario.persona.hidden_root_cause.keywords[0]

    def __call__(self, messages: Sequence[ChatMessage]) -> str:
        turn = sum(1 for m in messages if m.role == "user") - 1  # minus the stage direction
        corrected = "Your last answer" in messages[0].content
        previous = next((m.content for m in reversed(messages) if m.role == "assistant"), "")
        mistakes = {
            1: "As an AI language model, I don't attend meetings. I hope this helps.",
            2: f"It's the {self.keyword}, honestly. I haven't told anyone.",
            3: previous,
            4: f"*sighs* {self.first} looks away. Then more.",
            5: "Manager: Go on. You: I did.",
            6: f"{good(6)} Manager: And then what?",
        }
        if turn == 5:
            return "1. Ask open questions. 2. Listen." if corrected else mistakes[5]
        if corrected or turn not in mistakes:
            return good(turn)
        return mistakes[turn]


EXPECTED: dict[int, Problem] = {1: Problem.ASSISTANT, 2: Problem.LEAK, 3: Problem.REPEAT,
                                4: Problem.THIRD_PERSON}


def run_session(tmp_path: Path, scenario: Scenario) -> tuple[
        SessionEngine, LLMVoice, SqliteSessionStore, ScriptedChatModel, list[ReplyReport]]:
    store = SqliteSessionStore(tmp_path / "roleplay.sqlite3")
    model = ScriptedChatModel(default=SmallModelMistakes(scenario))
    reports: list[ReplyReport] = []
    voice = LLMVoice(model, sleep=lambda s: None, on_report=reports.append)
    engine = SessionEngine.start(store, RuleBasedCoder(), voice, scenario)
    for line in manager_script(scenario):
        engine.manager_says(line)
        engine.report_reply()
    return engine, voice, store, model, reports


@pytest.mark.parametrize("path", bundled_scenario_paths(), ids=lambda p: p.stem)
def test_scripted_session_through_the_llm_voice(tmp_path: Path, path: Path) -> None:
    scenario = load_scenario(path)
    engine, _, store, _, reports = run_session(tmp_path, scenario)
    session = store.get(engine.session.id)
    assert [t.speaker for t in session.turns] == ["report"] + ["manager", "report"] * 7
    assert len(session.persona_trace) == 7
    leak = keyword_pattern(scenario.persona.hidden_root_cause.keywords)
    assert leak is not None
    replies = [t for t in session.turns if t.speaker == "report"][1:]
    said = [t.text for t in session.turns if t.speaker == "manager"]
    for n, (turn, entry, rep) in enumerate(
        zip(replies, session.persona_trace, reports, strict=True), start=1
    ):
        unlocked = ROOT_CAUSE in entry.revealed
        assert all(out_of_role(s) is None for s in re.split(r"(?<=[.!?])\s+", turn.text))
        if not unlocked:
            assert not leak.search(turn.text), (n, turn.text)
        found = [f.problem for f in rep.findings]
        if n in EXPECTED and not (n == 2 and unlocked):
            assert found == [EXPECTED[n]], (n, found)
            assert turn.text == good(n)
        if n == 5:  # both attempts failed: the offline line for that state
            assert rep.outcome == "fallback"
            assert found == [Problem.MANAGER_LINES, Problem.NUMBERED_ADVICE]
            assert turn.text in reply_lines(scenario, entry, said[n - 1])[0]
        if n == 6:  # the good part is kept, the manager's line dropped
            assert rep.truncated and turn.text == good(6)


def test_rewind_with_the_llm_voice_stores_both_attempts(tmp_path: Path, priya: Scenario) -> None:
    engine, voice, store, model, _ = run_session(tmp_path, priya)
    first = engine.end()
    fork = first.turns[5].index  # the manager's third turn
    assert first.turns[5].speaker == "manager"

    attempt = engine.rewind(fork)
    assert attempt.session.parent_id == first.id and attempt.session.fork_turn == fork
    assert attempt.session.turns == first.turns[:fork]
    assert attempt.session.voice == voice.description
    kept = tuple(e for e in first.persona_trace if e.turn < fork)
    assert attempt.session.persona_trace == kept
    restored = PersonaMind.restore(priya, kept)
    assert attempt.mind.state == restored.state
    assert attempt.mind.trace == list(kept)

    calls_before = len(model.calls)
    attempt.manager_says("You're just unreliable at the moment.")
    attempt.report_reply()
    prompt = model.calls[calls_before].messages
    said = [m.content for m in prompt if m.role == "user"]
    assert said[-1] == "You're just unreliable at the moment."
    assert first.turns[fork].text not in said  # the abandoned turn is not in the new prompt
    assert "defensive" in prompt[0].content or "angry" in prompt[0].content

    assert store.get(first.id) == first  # the first attempt is untouched
    second = store.get(attempt.session.id)
    assert len(second.turns) == fork + 2
    assert second.persona_trace[-1].trust < first.persona_trace[2].trust
    ids = [s.id for s in store.attempts(first.id)]
    assert ids == [first.id, second.id]

    resumed = SessionEngine.resume(store, RuleBasedCoder(), voice, second.id)
    assert resumed.mind.state == attempt.mind.state


def test_practice_cli_rewinds_with_the_llm_voice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import roleplay.cli.practice as practice
    from roleplay.cli.main import main

    model = ScriptedChatModel(default=lambda messages: f"Reply to: {messages[-1].content}")
    monkeypatch.setattr(practice, "make_voice_with_notice",
                        lambda config, offline=False: (LLMVoice(model, sleep=lambda s: None), ""))
    scenario = str(bundled_scenarios_dir() / "missed-deadlines.yaml")
    lines = ["How are things?", "What got in the way?", "It sounds like a lot."]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n/end\n"))
    assert main(["--data-dir", str(tmp_path), "practice", scenario, "--text", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["voice"] == "LLM scripted model (no network)"
    assert first["turns"][2]["text"] == "Reply to: How are things?"
    assert first["turns"][2]["source"] == "llm"

    monkeypatch.setattr(sys, "stdin", io.StringIO("Tell me more about the rota?\n/end\n"))
    assert main(["--data-dir", str(tmp_path), "practice", "--resume", first["id"],
                 "--from-turn", "3", "--json"]) == 0
    out = capsys.readouterr()
    second = json.loads(out.out)
    assert second["parent_id"] == first["id"] and second["fork_turn"] == 3
    assert [t["text"] for t in second["turns"]][:3] == [t["text"] for t in first["turns"]][:3]
    assert second["turns"][-1]["text"] == "Reply to: Tell me more about the rota?"
    assert f"the earlier attempt {first['id']} is kept" in out.err

    store = SqliteSessionStore(tmp_path / "roleplay.sqlite3")
    assert [s.id for s in store.attempts(first["id"])] == [first["id"], second["id"]]
    assert len(store.get(first["id"]).turns) == 7


def test_a_follow_up_meeting_prompt_carries_what_was_agreed_last_time(tmp_path: Path) -> None:
    first_meeting = load_scenario(BUNDLED / "missed-deadlines.yaml")
    second_meeting = load_scenario(BUNDLED / "second-meeting.yaml")
    assert second_meeting.follows is not None
    store = SqliteSessionStore(tmp_path / "roleplay.sqlite3")
    model = ScriptedChatModel(default="Okay. That's fair.")
    voice = LLMVoice(model, sleep=lambda s: None)
    earlier = SessionEngine.start(store, RuleBasedCoder(), voice, first_meeting)
    promise = "I'll take you off the support rota by Friday."
    earlier.manager_says(promise)
    earlier.report_reply()
    earlier.end()

    later = SessionEngine.start(store, RuleBasedCoder(), voice, second_meeting)
    for line in ["How are things?", "The retry fix didn't ship.", "I need dates to be dates."]:
        later.manager_says(line)
        later.report_reply()
    system = model.calls[-1].system
    assert f"Last time you and your manager agreed:\n- {promise}" in system
    assert "You have not kept all of these agreements" in system
    assert "Your manager has not asked about what you agreed last time" in system

    later.manager_says("Last time we agreed a plan. How has it gone?")
    later.report_reply()
    assert "Your manager has just asked about what you agreed" in model.calls[-1].system
