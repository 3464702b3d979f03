"""What they were thinking: the trace as the report's inner view, templated or LLM-phrased."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.domain.mind import ROOT_CAUSE
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import Session
from roleplay.engine import SessionEngine
from roleplay.persona.fakes import ScriptedChatModel
from roleplay.persona.offline import OfflineVoice
from roleplay.persona.thinking import (
    PhrasedThought,
    PhrasedThoughts,
    llm_thinking,
    templated_thinking,
    thinking_messages,
    to_you,
    what_they_were_thinking,
)
from roleplay.ports.chat import ChatError, ChatErrorKind
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.storage.sqlite import SqliteSessionStore

WARM = [
    "Thanks for making time. How have the last few sprints been for you?",
    "On Wednesday 14 October the invoice export shipped a week late. What happened there?",
    "It sounds like the last few weeks have been really heavy for you.",
    "It sounds like you've been carrying this alone. What has been getting in the way?",
    "That sounds hard. What would help you most right now?",
]
HARSH = [
    "You're just unreliable at the moment, and the whole team is noticing.",
    "You need to plan better. Have you tried smaller tickets?",
]


def session_of(tmp_path: Path, scenario: Scenario, lines: list[str]) -> Session:
    store = SqliteSessionStore(tmp_path / "roleplay.sqlite3")
    engine = SessionEngine.start(store, RuleBasedCoder(), OfflineVoice(), scenario)
    for line in lines:
        engine.manager_says(line)
        engine.report_reply()
    return engine.end()


def test_one_thought_per_manager_turn_with_the_trace_numbers(
    tmp_path: Path, priya: Scenario
) -> None:
    session = session_of(tmp_path, priya, WARM)
    view = templated_thinking(session)
    assert view.phrased_by == "template"
    assert [t.turn for t in view.thoughts] == [e.turn for e in session.persona_trace]
    for thought, entry in zip(view.thoughts, session.persona_trace, strict=True):
        assert thought.trust_delta == round(entry.trust - entry.trust_before, 1)
        assert thought.defensiveness_delta == round(
            entry.defensiveness - entry.defensiveness_before, 1)
        assert thought.mood == entry.mood
        assert thought.quote.rstrip("…")[:20] in session.turns[entry.turn].text
        assert thought.thought.startswith("When you said “")
    first = view.thoughts[0].thought
    assert "an open question invited me to explain" in first
    assert "My trust in you rose" in first
    assert any("I felt heard" in t.thought for t in view.thoughts)
    assert ROOT_CAUSE in session.persona_trace[-1].revealed
    assert any("tell you what was really going on" in t.thought for t in view.thoughts)


def test_harsh_turns_read_as_judged_and_defensive(tmp_path: Path, priya: Scenario) -> None:
    view = templated_thinking(session_of(tmp_path, priya, HARSH))
    label, advice = view.thoughts
    assert "I was judged as a person" in label.thought
    assert "My trust in you fell and I got more defensive." in label.thought
    assert label.trust_delta < 0 < label.defensiveness_delta
    assert "you jumped to fixing it before understanding" in advice.thought
    assert "they" not in advice.thought.split()


def test_long_quotes_are_shortened_on_a_word(tmp_path: Path, priya: Scenario) -> None:
    long = "I want to go through " + "the sprint dates and what happened " * 6 + "today?"
    thought = templated_thinking(session_of(tmp_path, priya, [long])).thoughts[0]
    assert thought.quote.endswith("…") and len(thought.quote) <= 91
    assert long.startswith(thought.quote[:-1])


@pytest.mark.parametrize(("mind", "inner"), [
    ("they jumped to fixing it", "you jumped to fixing it"),
    ("they haven't asked about what we agreed", "you haven't asked about what we agreed"),
    ("they care enough to follow up", "you care enough to follow up"),
    ("they acknowledged how I feel; I trust them", "you acknowledged how I feel; I trust you"),
])
def test_the_mind_speaks_of_them_the_inner_view_speaks_to_you(mind: str, inner: str) -> None:
    assert to_you(mind) == inner


def test_llm_phrasing_replaces_the_text_and_keeps_the_numbers(
    tmp_path: Path, priya: Scenario
) -> None:
    session = session_of(tmp_path, priya, HARSH)
    template = templated_thinking(session)
    turns = [t.turn for t in template.thoughts]
    model = ScriptedChatModel(structured=[PhrasedThoughts(thoughts=[
        PhrasedThought(turn=turns[0], thought="Being called unreliable stung. I shut down."),
        PhrasedThought(turn=turns[1], thought="Tickets? I know how to plan. You weren't "
                       "listening."),
    ])])
    view = llm_thinking(session, model)
    assert view.phrased_by == "llm" and view.note == ""
    assert view.thoughts[0].thought == "Being called unreliable stung. I shut down."
    assert [t.trust_delta for t in view.thoughts] == [t.trust_delta for t in template.thoughts]
    (call,) = model.calls
    assert call.output == "PhrasedThoughts"
    assert priya.persona.hidden_root_cause.summary not in call.system
    assert "do not mention or hint at it" in call.system


def test_llm_phrasing_falls_back_per_turn_for_leaks_assistant_talk_and_gaps(
    tmp_path: Path, priya: Scenario
) -> None:
    session = session_of(tmp_path, priya, [*HARSH, "What's going on for you?"])
    template = templated_thinking(session)
    turns = [t.turn for t in template.thoughts]
    model = ScriptedChatModel(structured=[PhrasedThoughts(thoughts=[
        PhrasedThought(turn=turns[0], thought="I was thinking about my dad in hospital."),
        PhrasedThought(turn=turns[1], thought="As an AI, I would suggest listening more."),
    ])])
    view = llm_thinking(session, model)
    assert [t.thought for t in view.thoughts] == [t.thought for t in template.thoughts]
    assert view.note == "3 of 3 thoughts kept from the template"


def test_the_cause_may_be_named_once_it_was_revealed(tmp_path: Path, priya: Scenario) -> None:
    session = session_of(tmp_path, priya, WARM)
    template = templated_thinking(session)
    last = template.thoughts[-1].turn
    model = ScriptedChatModel(structured=[PhrasedThoughts(thoughts=[
        PhrasedThought(turn=last, thought="I was relieved I could finally mention my dad.")])])
    view = llm_thinking(session, model)
    assert view.thoughts[-1].thought == "I was relieved I could finally mention my dad."
    system = thinking_messages(session, template)[0].content
    assert priya.persona.hidden_root_cause.summary in system


def test_no_llm_or_a_failing_llm_gives_the_template(tmp_path: Path, priya: Scenario) -> None:
    session = session_of(tmp_path, priya, HARSH)
    assert what_they_were_thinking(session) == templated_thinking(session)
    failing = ScriptedChatModel(structured=[ChatError(ChatErrorKind.TIMEOUT, "too slow")])
    view = what_they_were_thinking(session, failing)
    assert view.thoughts == templated_thinking(session).thoughts
    assert view.phrased_by == "template" and "too slow" in view.note


def test_a_session_without_manager_turns_has_no_thoughts(tmp_path: Path, priya: Scenario) -> None:
    session = session_of(tmp_path, priya, [])
    assert templated_thinking(session).thoughts == ()
    assert llm_thinking(session, ScriptedChatModel()).thoughts == ()
