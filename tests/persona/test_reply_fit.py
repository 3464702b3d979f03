"""Issue 11, third pass: the offline report's reply fits the turn it answers. A reflection of
things the report never said earns no "that's exactly it" (the scorer's own guessed-reflection
check decides); a plan put forward now is answered as a plan, not with what was written down at
the last meeting; a scripted reaction that names one event is said only about that event.
Real engine, real coder, real offline voice, real SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.scenario import Scenario
from roleplay.engine.session import SessionEngine
from roleplay.persona.offline import OfflineVoice, event_words
from roleplay.scoring.coder import default_coder
from roleplay.scoring.listening import as_heard
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, load_scenario


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteSessionStore]:
    s = SqliteSessionStore(tmp_path / "sessions.db")
    yield s
    s.close()


def _play(store: SqliteSessionStore, scenario: Scenario, lines: list[str],
          ) -> SessionEngine:
    engine = SessionEngine.start(store, default_coder(), OfflineVoice(), scenario,
                                 hears=as_heard)
    for line in lines:
        engine.manager_says(line)
        engine.report_reply()
    return engine


def _replies(engine: SessionEngine) -> list[str]:
    return [t.text for t in engine.session.turns[1:] if t.speaker == "report"]


# --- an invented reflection is not heard ----------------------------------------------------


@pytest.mark.parametrize("guess", [
    "So you're resentful that the client keeps changing the spec, that's what you're saying.",
    "So what you're saying is you think Marcus should be doing the migration instead of you.",
    "You're basically telling me you're bored of the retry queue work.",
])
def test_a_reflection_of_things_never_said_earns_no_warmth(
    store: SqliteSessionStore, priya: Scenario, guess: str,
) -> None:
    engine = _play(store, priya, ["Thanks for coming. How have the last few weeks been?", guess])
    turn = engine.session.turns[-2]
    entry = engine.session.persona_trace[-1]
    assert turn.coding is not None and Code.REFLECTION in turn.coding.codes  # stored as coded
    assert Code.REFLECTION not in entry.moves
    assert not any("heard" in r for r in entry.reasons)
    assert _replies(engine)[-1] not in priya.lines.reactions.reflection


def test_a_reflection_of_their_own_words_is_still_heard(
    store: SqliteSessionStore, priya: Scenario,
) -> None:
    engine = _play(store, priya, [
        "Thanks for coming. How have the last few weeks been?",
        "It sounds like the last few weeks have been a lot.",
    ])
    entry = engine.session.persona_trace[-1]
    assert Code.REFLECTION in entry.moves and any("heard" in r for r in entry.reasons)


# --- a plan put forward is answered as a plan ----------------------------------------------


SECOND = ["Thanks for sitting down with me again. How have the last two weeks been?",
          "What's got in the way?"]


@pytest.mark.parametrize("plan", [
    "Okay. Let's try this: the retry queue fix ships by Friday 20 November, Marcus stays on the "
    "support rota, and we check in every Thursday. Does that work for you?",
    "So here's my proposal: Marcus covers the support rota until December and I'll move the "
    "retry queue fix to Friday 27 November. Is that fair?",
    "Let's keep the 10:00 start and you flag in stand-up when a date is at risk. Sound okay?",
])
def test_a_new_plan_is_not_answered_with_the_old_agreement(
    store: SqliteSessionStore, plan: str,
) -> None:
    scenario = load_scenario(BUNDLED / "second-meeting.yaml")
    reply = _replies(_play(store, scenario, [*SECOND, plan]))[-1]
    assert "We wrote down" not in reply, reply


def test_a_question_about_the_old_agreement_is_still_answered_about_it(
    store: SqliteSessionStore,
) -> None:
    scenario = load_scenario(BUNDLED / "second-meeting.yaml")
    reply = _replies(_play(store, scenario, [*SECOND, "Did Marcus cover the support rota?"]))[-1]
    assert reply.startswith("No. We wrote down"), reply


# --- a reaction naming one event is said only about that event -----------------------------


@pytest.mark.parametrize("observation", [
    "In yesterday's planning you rolled your eyes when Beatriz gave her estimate.",
    "On Monday 23 November you left the incident call without handing over.",
])
def test_a_reaction_about_another_event_is_not_picked(
    store: SqliteSessionStore, observation: str,
) -> None:
    scenario = load_scenario(BUNDLED / "brilliant-jerk.yaml")
    engine = _play(store, scenario, ["Thanks for the coffee. Can we talk about how the team is "
                                     "working together?", observation])
    reply = _replies(engine)[-1]
    said = {w.strip(".,?!").lower() for w in observation.split()}
    named = {w for w in event_words(scenario) if w in reply.lower()} - said
    assert not named, (reply, named)
