"""Prompt building is pure: golden files pin the exact messages for each kind of mind state.

Regenerate after an intended change with ROLEPLAY_UPDATE_GOLDEN=1 and review the diff.
The scenarios are frozen copies (tests/persona/data), so editing a bundled scenario does not
change these files.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Sequence
from pathlib import Path

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.mind import ROOT_CAUSE, PersonaMind
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import Turn
from roleplay.persona.checks import Problem
from roleplay.persona.prompt import build_messages
from roleplay.ports.chat import ChatMessage
from roleplay.ports.persona import ReplyRequest
from roleplay.scenarios.loader import load_scenario

DATA = Path(__file__).parent / "data"
GOLDEN = Path(__file__).parent / "golden"
AT = dt.datetime(2026, 11, 5, 10, 0, tzinfo=dt.UTC)

OQ, OBS, REF, AFF = Code.OPEN_QUESTION, Code.OBSERVATION, Code.REFLECTION, Code.AFFIRMATION
WARM_PATH: list[tuple[str, set[Code]]] = [
    ("How have the last few sprints felt from your side?", {OQ}),
    ("The invoice export shipped a week late. What got in the way?", {OBS, OQ}),
    ("It sounds like it's been a lot, more than anyone could see.", {REF}),
    ("You've been carrying a lot on your own. What's been going on outside work?", {REF, OQ}),
    ("Thank you for telling me. What would help most right now?", {AFF, OQ}),
    ("Let's take you off the support rota for three weeks.", {Code.COMMITMENT}),
]


def request_after(
    scenario: Scenario, moves: Sequence[tuple[str, set[Code]]], agreements: Sequence[str] = ()
) -> ReplyRequest:
    """The reply request after the manager's given turns (the report answered each but the
    last with a numbered placeholder)."""
    mind = PersonaMind(scenario)
    turns = [Turn(index=0, speaker="report", text=scenario.opening.report_line, at=AT,
                  source="scripted")]
    for n, (text, codes) in enumerate(moves):
        index = len(turns)
        coding = TurnCoding(primary=Primary.QUESTION if OQ in codes else Primary.INPUT,
                            codes=frozenset(codes))
        mind.observe(index, coding, len(text.split()))
        turns.append(Turn(index=index, speaker="manager", text=text, at=AT, coding=coding))
        if n < len(moves) - 1:
            turns.append(Turn(index=index + 1, speaker="report", text=f"(reply {n + 1})", at=AT,
                              source="llm"))
    return ReplyRequest(
        scenario=scenario, turns=tuple(turns), trace=tuple(mind.trace),
        used_lines=tuple(t.text for t in turns if t.speaker == "report"),
        agreements=tuple(agreements),
    )


def render(messages: list[ChatMessage]) -> str:
    return "\n".join(f"### {m.role}\n{m.content}\n" for m in messages)


def priya() -> Scenario:
    return load_scenario(DATA / "priya.yaml")


def second() -> Scenario:
    return load_scenario(DATA / "priya-second.yaml")


def _agreements() -> list[str]:
    follows = second().follows
    assert follows is not None
    return list(follows.default_agreements)


CASES: dict[str, tuple[ReplyRequest, Problem | None, str]] = {}


def case(name: str, request: ReplyRequest, reply_key: str,
         correction: Problem | None = None) -> None:
    CASES[name] = (request, correction, reply_key)


case("opening-reaction", request_after(priya(), WARM_PATH[:1]), "reaction")
case("hint", request_after(priya(), WARM_PATH[:2]), "hint")
case("reveal", request_after(priya(), WARM_PATH[:4]), "reveal")
case("after-reveal-agreeing", request_after(priya(), WARM_PATH), "agreeing")
case("hostile", request_after(priya(), [
    ("You're just unreliable at the moment.", {Code.LABEL}),
    ("If this carries on I'll have to start a formal process.", {Code.THREAT}),
]), "hostile")
case("correction-leak", request_after(priya(), WARM_PATH[:2]), "hint", Problem.LEAK)
case("follow-up-not-asked", request_after(second(), [
    ("How are things?", {OQ}),
    ("The retry fix didn't ship on the 13th.", {OBS}),
    ("I need dates to be dates.", {Code.EXPECTATION}),
], _agreements()), "reaction")
case("follow-up-asked", request_after(second(), [
    ("How are things?", {OQ}),
    ("Last time we agreed a plan. How has it gone?", {Code.FOLLOW_UP, OQ}),
], _agreements()), "reaction")


@pytest.mark.parametrize("name", sorted(CASES))
def test_prompt_matches_golden(name: str) -> None:
    request, correction, reply_key = CASES[name]
    assert request.entry.reply_key == reply_key  # the case is in the state its name says
    text = render(build_messages(request, correction=correction))
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("ROLEPLAY_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with ROLEPLAY_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


def test_hidden_cause_is_absent_until_the_mind_unlocks_it() -> None:
    cause = priya().persona.hidden_root_cause
    for name, (request, correction, _) in CASES.items():
        system = build_messages(request, correction=correction)[0].content
        unlocked = ROOT_CAUSE in request.entry.revealed
        assert (cause.summary in system) is unlocked, name
        if not unlocked and name.startswith(("opening", "hostile")):
            assert cause.hint not in system


def test_messages_alternate_and_start_with_user_after_system() -> None:
    for request, correction, _ in CASES.values():
        messages = build_messages(request, correction=correction)
        roles = [m.role for m in messages]
        assert roles[0] == "system"
        assert roles[1] == "user"
        assert roles[-1] == "user"
        assert all(a != b for a, b in itertools.pairwise(roles[1:]))


def test_long_sessions_keep_the_opening_and_the_latest_turns() -> None:
    moves = [(f"Question number {i}?", {OQ}) for i in range(40)]
    request = request_after(priya(), moves)
    messages = build_messages(request)
    assert messages[2].content == priya().opening.report_line
    assert messages[-1].content == "Question number 39?"
    assert len(messages) <= 2 + 31
