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


# --- found playing four managers (formal, anxious, joking, spoken) ------------------------


@pytest.mark.parametrize("said", [
    "So, um, I just wanted to, like, maybe talk a little bit about some of the tickets?",
    "I wanted to go over the rota?", "we were hoping to look at the handovers today?",
])
def test_an_intention_said_with_a_rising_tone_is_not_a_yes_no_question(said: str) -> None:
    from roleplay.persona.answering import Form, read_question

    assert read_question(said).form == Form.NONE


@pytest.mark.parametrize("said", ["Do you want to start?", "Is that okay?", "I wonder?"])
def test_real_yes_no_questions_still_are(said: str) -> None:
    from roleplay.persona.answering import Form, read_question

    assert read_question(said).form == Form.YES_NO


@pytest.mark.parametrize(("question", "opens"), [
    ("Is anything outside work making the mornings hard at the moment?", ("No.", "Yeah.")),
    ("Is everything okay?", ("Yeah.", "Not really.")),
    ("Are you feeling stretched at the moment?", ("No.", "Yeah.")),
])
def test_a_yes_no_question_about_them_is_not_answered_as_a_plan(
    store: SqliteSessionStore, question: str, opens: tuple[str, ...],
) -> None:
    scenario = load_scenario(BUNDLED / "lateness-absence.yaml")
    reply = _replies(_play(store, scenario, ["Thanks for coming in, Leanne.", question]))[-1]
    assert reply not in scenario.lines.answers.say_yes + scenario.lines.answers.say_no
    assert reply.startswith(opens) or reply in scenario.lines.reactions.reflection, reply


def test_a_guess_at_their_feeling_that_lands_is_answered_as_one(
    store: SqliteSessionStore,
) -> None:
    scenario = load_scenario(BUNDLED / "quality-slipping.yaml")
    engine = _play(store, scenario, [
        "Thanks for coming, Daniel. What's been making the testing hard?",
        "I wonder if you've felt a bit scared to ask for help?"])
    entry = engine.session.persona_trace[-1]
    assert Code.REFLECTION in entry.moves and Code.SUPPORT_OFFER not in entry.moves
    reply = _replies(engine)[-1]
    assert "would really help" not in reply and "I'd like that" not in reply, reply


@pytest.mark.parametrize("offer", [
    "I can move your Monday start to 9:30 for the next four weeks.",
    "I'll book Aisha to pair with you on the local setup this week.",
    "I can take you off the support rota until December.",
])
def test_an_offer_that_names_the_help_is_not_asked_what_help_is_meant(offer: str) -> None:
    from roleplay.persona.offline import WHICH_HELP, _fit

    scenario = load_scenario(BUNDLED / "lateness-absence.yaml")
    engine_entry = _entry(scenario)
    lines = ["Depends what kind of help you mean.", "Okay. That's fair. I can do that.",
             "Maybe. I'm not asking for favours."]
    kept = _fit(scenario, engine_entry, lines, offer)
    assert kept == ["Maybe. I'm not asking for favours."]
    assert WHICH_HELP.search(lines[0])


def _entry(scenario: Scenario):  # type: ignore[no-untyped-def]
    from roleplay.domain.codes import Primary, TurnCoding
    from roleplay.domain.mind import PersonaMind

    return PersonaMind(scenario).observe(
        1, TurnCoding(primary=Primary.INPUT, codes=frozenset({Code.SUPPORT_OFFER})))


def test_a_plan_check_is_not_answered_with_a_yes_about_an_event(
    store: SqliteSessionStore,
) -> None:
    scenario = load_scenario(BUNDLED / "disengaged-after-reorg.yaml")
    engine = _play(store, scenario, [
        "Hi Nadia, how have things been since the reorg?",
        "What's been going on for you?",
        "So you'll run the next crit on Thursday 3 December, and we'll catch up again on "
        "Tuesday 8 December. Sound fair?"])
    reply = _replies(engine)[-1]
    assert "miss crit" not in reply, reply
