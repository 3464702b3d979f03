"""Issue 11, J13: the offline report's replies fit what was said, found playing managers in new
voices through the CLI (a Ghanaian bank branch manager, a Greek hotel owner, an Argentine
academy coach).

- Small talk before the talk ("Hannah, good morning. How is the family?") is answered by their
  mood's line, not a line about the work ("I don't know. I just want things to be tested
  properly."), and states nothing about their family.
- Praise that turns on a "but" to what is wrong ("I know you are passionate about quality, and
  that is good. But the way matters too.") is a softened message, not thanked for ("Oh.
  Thanks. I wasn't expecting that.").
- Options listed after an open question ("So where do you want to play? Lead role, manager,
  expert?") make an either/or: one of them or a refusal, never "Not really."

Real scenarios, the real offline chooser and, end to end, the real engine, coder and SQLite;
the lines are written for the rules."""

from __future__ import annotations

import pytest

from roleplay.persona.answering import Form, read_question
from roleplay.persona.asides import SMALL_TALK_PUT_BY
from roleplay.persona.fitting import praise_then_but
from roleplay.persona.turn_kinds import SMALL_TALK
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, load_scenario
from .test_reply_fit_4 import _replies
from .test_reply_fit_4 import store as store  # the fixture: a real SQLite store per test


def _scenario(name: str):  # type: ignore[no-untyped-def]
    return load_scenario(BUNDLED / f"{name}.yaml")


def _all_lines(scenario) -> set[str]:  # type: ignore[no-untyped-def]
    lines = scenario.lines
    out = {
        line
        for state in (
            "guarded",
            "warming",
            "defensive",
            "hostile",
            "repair",
            "hint",
            "collaborative",
        )
        for line in getattr(lines, state) or []
    }
    return out


@pytest.mark.parametrize(
    "said",
    [
        "How is the family?",
        "How was your weekend?",
        "Good weekend?",
        "How are the kids doing?",
        "Did you catch the game last night?",
    ],
)
def test_small_talk_is_small_talk(said: str) -> None:
    assert SMALL_TALK.match(said)


@pytest.mark.parametrize(
    "said", ["How is the release going?", "How are the tickets?", "How is your dad doing?"]
)
def test_a_question_about_the_work_or_what_they_told_is_not_small_talk(said: str) -> None:
    assert not SMALL_TALK.match(said)


@pytest.mark.parametrize("name", ["peer-feedback", "quality-slipping", "missed-deadlines"])
def test_small_talk_gets_the_moods_line(store: SqliteSessionStore, name: str) -> None:
    scenario = _scenario(name)
    reply = _replies(store, scenario, ["Morning. How is the family?"])[-1]
    # (since P3's pass, issue 11: put by in their mood, "Mm. Let's just get into it.", not a
    # line of their mood about the work, which answered a question nobody asked)
    put_by = {line for lines in SMALL_TALK_PUT_BY.values() for line in lines}
    assert reply in _all_lines(scenario) | put_by, reply
    assert reply not in scenario.lines.reactions.open_question, reply


@pytest.mark.parametrize(
    "said",
    [
        "I know you are passionate about quality, and that is good. But the way matters too.",
        "Listen, I love your work, you are the best engineer we have. But people, they complain "
        "a little.",
        "You're great with customers, however the Mondays need to stop.",
    ],
)
def test_praise_that_turns_on_a_but_is_a_message(said: str) -> None:
    assert praise_then_but(said)


@pytest.mark.parametrize(
    "said",
    [
        "You did a great job on the workshop, but I know it was a lot of work.",
        "Thanks for coming, but let's get going.",
        "That's great work, but honestly it's brilliant, keep going.",
        "The post on the 29th was a problem, but you're clearly passionate about quality.",
    ],
)
def test_praise_with_a_kind_but_is_praise(said: str) -> None:
    assert not praise_then_but(said)


def test_praise_then_but_is_not_thanked_for(store: SqliteSessionStore) -> None:
    scenario = _scenario("peer-feedback")
    reply = _replies(
        store,
        scenario,
        [
            "I want us to talk about the message you posted in the releases channel about mobile.",
            "I know you are passionate about quality, and that is good. But the way matters too.",
        ],
    )[-1]
    assert reply not in scenario.lines.reactions.affirmation, reply


def test_options_listed_after_an_open_question_are_an_either_or() -> None:
    q = read_question("So where do you want to play? Lead role, manager, expert?")
    assert q.form == Form.EITHER_OR and q.options == ("Lead role", "manager", "expert"), q
    # a yes/no of its own after an open question stays one
    assert read_question("What do you want? Is it the lead role?").form == Form.YES_NO
    assert read_question("How are you? Okay, good?").form != Form.EITHER_OR


def test_listed_options_get_an_option_or_a_refusal(store: SqliteSessionStore) -> None:
    scenario = _scenario("career-conversation")
    reply = _replies(
        store,
        scenario,
        [
            "Sofia, hola! Come, sit. So, the form, it was empty, eh? No problem, no problem.",
            "So where do you want to play? Lead role, manager, expert?",
        ],
    )[-1]
    assert not reply.startswith(("Not really", "No.", "Yes.")), reply


def test_an_either_or_said_as_two_questions_is_one() -> None:
    q = read_question("Is it the new team? Or is it the work itself?")
    assert q.form == Form.EITHER_OR and q.options == ("the new team", "the work itself"), q


def test_an_either_or_in_two_questions_gets_no_yes_or_no(store: SqliteSessionStore) -> None:
    scenario = _scenario("disengaged-after-reorg")
    reply = _replies(
        store,
        scenario,
        [
            "Nadia, good afternoon. How are you?",
            "Is it the new team? Or is it the work itself?",
        ],
    )[-1]
    assert not reply.startswith(("Not really", "No.", "Yes.", "No,")), reply
