"""Issue 11, J15: the offline report's replies fit what was said, found from the lead's
play-throughs and by playing managers in new voices through the CLI.

- Leave to talk ("Hi Theo. Can we talk about Tuesday 27 October?", "can we sit down?") is given
  in the report's mood ("Okay.", "Fine.") before their line: never the opening jab alone, never
  "No.".
- A question for a person ("Who do you want to pair with for the next two weeks?") gets a
  person the scenario names, or "I don't know yet", never the hint line alone.
- A label, blame or threat is met by the scenario's reaction to it, never by a warmer state's
  concession ("Okay. Fair. I might have been a bit sharp lately.").
- "Y'all doing okay?", "You alright?" ask how they are; "It is too much, you understand?" checks
  the message landed; "Fine. What do you want to know?" is never said after a plan.

Real scenarios, the real offline chooser and, end to end, the real engine, coder and SQLite;
the lines are written for the rules."""

from __future__ import annotations

import re

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.mind import Mood, TraceEntry
from roleplay.persona.answering import ABOUT_THEM, checks_understanding, read_question
from roleplay.persona.offline import ASKS_WHO_WITH, answer_lines, reply_lines
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, load_scenario
from .test_reply_fit_4 import _replies
from .test_reply_fit_4 import store as store  # the fixture: a real SQLite store per test

_GIVES_LEAVE = re.compile(r"^(?:Okay|Fine|Of course)\.")


def _scenario(name: str):  # type: ignore[no-untyped-def]
    return load_scenario(BUNDLED / f"{name}.yaml")


def _entry(mood: Mood, key: str, *moves: Code, reaction: Code | None = None,
           revealed: tuple[str, ...] = ()) -> TraceEntry:
    return TraceEntry(turn=5, moves=moves, trust_before=55, defensiveness_before=25,
                      openness_before=45, trust=60, defensiveness=20, openness=50,
                      revealed=revealed, mood=mood, reply_key=key, reaction=reaction)


# --- leave to talk is given -------------------------------------------------------------------

@pytest.mark.parametrize(("scenario", "opener"), [
    ("brilliant-jerk", "Hi Theo. Can we talk about Tuesday 27 October?"),
    ("quality-slipping", "Hi Daniel. Can we talk about Tuesday 20 October?"),
    ("second-meeting", "Hi Priya. Can we talk about Thursday 12 November?"),
    ("second-meeting", "Hi Priya, can we sit down?"),
])
def test_leave_to_talk_is_given_in_their_mood(store: SqliteSessionStore, scenario: str,
                                              opener: str) -> None:
    reply = _replies(store, _scenario(scenario), [opener])[-1]
    assert _GIVES_LEAVE.match(reply), reply
    assert not reply.startswith(("No", "Not really")), reply


def test_leave_given_never_runs_into_an_interjection() -> None:
    lines, _, answers = reply_lines(
        _scenario("brilliant-jerk"),
        _entry(Mood.GUARDED, "reaction", Code.CLOSED_QUESTION, reaction=Code.CLOSED_QUESTION),
        "Can I start with one thing I saw?")
    assert not answers and lines
    assert not [line for line in lines if re.match(r"^\w+\. (?:Ha|Look|Oh)\b", line)], lines


# --- a question for a person --------------------------------------------------------------------

@pytest.mark.parametrize(("said", "asks"), [
    ("Who do you want to pair with for the next two weeks?", True),
    ("Who could help you with the order states?", True),
    ("So who would you go to first?", True),
    ("Who told you that?", False),
    ("Who was on call that night?", False),
])
def test_a_question_for_someone_to_work_with_asks_for_a_person(said: str, asks: bool) -> None:
    assert bool(ASKS_WHO_WITH.search(read_question(said).text)) is asks


def test_a_who_question_gets_a_person_the_scenario_names() -> None:
    lines = answer_lines(_scenario("quality-slipping"), _entry(Mood.WARMING, "hint"),
                         "Who do you want to pair with for the next two weeks?")
    assert lines and all("Kasia" in line for line in lines), lines


@pytest.mark.parametrize("key", ["hint", "warming"])
def test_with_no_one_named_a_who_question_is_not_known_yet(key: str) -> None:
    lines = answer_lines(_scenario("lateness-absence"), _entry(Mood.WARMING, key),
                         "Who do you want to pair with for the next two weeks?")
    assert lines and all(line.startswith(("I don't know yet", "I'm not sure yet"))
                         for line in lines), lines


def test_the_who_question_end_to_end(store: SqliteSessionStore) -> None:
    replies = _replies(store, _scenario("quality-slipping"), [
        "Hi Daniel, thanks for coming in. How are you finding checkout so far?",
        "What has been the hardest part?",
        "Who do you want to pair with for the next two weeks?",
    ])
    assert "Kasia" in replies[-1], replies


# --- a judgement gets the reaction to it ----------------------------------------------------------

def test_blame_is_met_by_its_reaction_not_a_concession(store: SqliteSessionStore) -> None:
    replies = _replies(store, _scenario("brilliant-jerk"), [
        "Right Theo, sit doon. I'll no beat aboot the bush.",
        "Folk are sick of you. Jun and Beatriz want aff the team because of you.",
    ])
    warming = _scenario("brilliant-jerk").lines.warming
    assert replies[-1] not in warming, replies


# --- how they are, and a check the message landed ---------------------------------------------

@pytest.mark.parametrize(("said", "about"), [
    ("Howdy Priya. Y'all doing okay? Look, I'll get right to it.", True),
    ("You alright, cariad?", True),
    ("You doing ok?", True),
    ("You all set for the demo?", False),
])
def test_how_they_are_asked_the_spoken_way(said: str, about: bool) -> None:
    assert bool(ABOUT_THEM.search(read_question(said).text)) is about


@pytest.mark.parametrize(("said", "checks"), [
    ("Since 26 October you arrived late nine times on twenty days. It is too much, you "
     "understand?", True),
    ("We need this fixed, you see?", True),
    ("Do you see a way through it?", False),
])
def test_a_check_after_a_comma_checks_the_message_landed(said: str, checks: bool) -> None:
    assert checks_understanding(read_question(said)) is checks


def test_what_do_you_want_to_know_is_never_said_after_a_plan() -> None:
    lines, _, _ = reply_lines(
        _scenario("lateness-absence"),
        _entry(Mood.GUARDED, "guarded", Code.COMMITMENT, Code.FOLLOW_UP),
        "Good. So we try this. If there is a problem you send me a message before 8:00. We "
        "see again the situation on Tuesday 8 December.")
    assert lines and not [line for line in lines if "want to know" in line], lines
