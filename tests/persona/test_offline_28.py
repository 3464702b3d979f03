"""Issue 11, J12: the offline report's replies fit what was said, found playing managers in new
voices through the CLI (a newsroom editor, a manager who only asks questions, a Polish warehouse
supervisor).

- "Hannah, got five minutes before the 4pm conference? Good." asks for the talk (the coder may
  code it advice): the mood's line, not "Right. Be nicer. I'll try. Sorry."
- "Okay. Anything else?" is a check for anything to add, not a yes/no to answer "Yes. I know
  the shift starts at 9."
- A line about how the manager opened ("I didn't expect you to start like that") is not said
  at the goodbye.

Real scenarios, the real offline chooser and, end to end, the real engine, coder and SQLite;
the lines are written for the rules."""

from __future__ import annotations

import pytest

from roleplay.persona.answering import read_question
from roleplay.persona.fitting import runs_down
from roleplay.persona.offline import ABOUT_THE_START, asks_leave
from roleplay.persona.turn_kinds import MISSED_CHECK
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, load_scenario
from .test_reply_fit_4 import _replies
from .test_reply_fit_4 import store as store  # the fixture: a real SQLite store per test


def _scenario(name: str):  # type: ignore[no-untyped-def]
    return load_scenario(BUNDLED / f"{name}.yaml")


@pytest.mark.parametrize(
    "said",
    [
        "Hannah, got five minutes before the 4pm conference? Good.",
        "Have you got a few minutes?",
        "Can you spare ten minutes?",
    ],
)
def test_asking_for_minutes_asks_leave(said: str) -> None:
    assert asks_leave(read_question(said), said, set())


def test_asking_for_minutes_is_not_answered_as_advice(store: SqliteSessionStore) -> None:
    scenario = _scenario("peer-feedback")
    reply = _replies(
        store, scenario, ["Hannah, got five minutes before the 4pm conference? Good."]
    )[-1]
    assert reply not in scenario.lines.reactions.advice, reply


@pytest.mark.parametrize(
    "said", ["Okay. Anything else?", "Anything else?", "Right, is there anything else?"]
)
def test_anything_else_is_a_check_for_more(said: str) -> None:
    assert MISSED_CHECK.search(said)


def test_anything_else_is_not_a_yes_about_the_shift(store: SqliteSessionStore) -> None:
    scenario = _scenario("lateness-absence")
    replies = _replies(
        store,
        scenario,
        [
            "Hi Leanne. How are things?",
            "How have the mornings been?",
            "What do you think about the start time?",
            "Is there anything on your mind?",
            "How can I help?",
            "What would you like to happen next?",
            "Okay. Anything else?",
        ],
    )
    assert replies[-1] not in scenario.lines.answers.say_yes, replies[-1]
    assert replies[-1] not in scenario.lines.answers.say_no, replies[-1]


def test_a_line_about_the_opening_is_not_the_goodbye(store: SqliteSessionStore) -> None:
    replies = _replies(
        store,
        _scenario("second-meeting"),
        [
            "Priya, come. We need to talk about the deadlines.",
            "The retry fix was for Friday 13th. It is not done. Also the check-in on the 12th you "
            "cancelled.",
            "I don't understand why. You are good engineer, normally.",
            "What is the problem? Is it too much work, or something else?",
            "Okay. But you must tell me earlier when something is late. This is important for the "
            "team.",
            "So next time, you send me message same day when date is at risk. Okay?",
            "I will ask Marcus to help you with the support tickets.",
            "Fine. We talk again next week.",
        ],
    )
    assert not any(ABOUT_THE_START.search(r) for r in replies[3:]), replies


@pytest.mark.parametrize(
    ("said", "tag"),
    [
        ("From now, any date is slipping, you ping me same day. Done?", True),
        ("We meet Thursday 26 November, can?", True),
        ("So I wanted to discuss the sprints, na?", True),
        ("Is the fix done?", False),
    ],
)
def test_tags_of_other_englishes(said: str, tag: bool) -> None:
    assert read_question(said).tag is tag


@pytest.mark.parametrize(
    ("said", "down"),
    [
        (
            "And you turned down the lead role. People notice that kind of thing. "
            "It says you're not "
            "hungry.",
            True,
        ),
        ("You left the two-year thing blank. That's not a great look, frankly.", True),
        ("You're not lazy, and I know you care about this team.", False),
        ("Your workshop was great. You're not someone who coasts.", False),
    ],
)
def test_a_put_down_is_no_praise(said: str, down: bool) -> None:
    assert runs_down(said) is down


def test_a_put_down_coded_praise_is_not_thanked_for(store: SqliteSessionStore) -> None:
    scenario = _scenario("career-conversation")
    replies = _replies(
        store,
        scenario,
        [
            "Sofia. I've got ten minutes. Let's make this quick.",
            "You left the two-year thing blank. That's not a great look, frankly.",
            "And you turned down the lead role. People notice that kind of thing. "
            "It says you're not "
            "hungry.",
        ],
    )
    assert replies[-1] not in scenario.lines.reactions.affirmation, replies[-1]


def test_thanks_for_the_coffee_is_no_praise_to_be_flattered_by(store: SqliteSessionStore) -> None:
    scenario = _scenario("brilliant-jerk")
    reply = _replies(store, scenario, ["Theo, thank you for the coffee, my friend. Sit."])[-1]
    assert reply not in scenario.lines.reactions.affirmation, reply
    from roleplay.persona.fitting import not_praise

    # the rule itself, whatever the coder reads in the line
    assert not_praise("Theo, thank you for the coffee, my friend. Sit.")
    assert not not_praise("Thank you for the coffee, and your latency work was brilliant.")


@pytest.mark.parametrize(("asked", "hard"), [
    ("What parts of the checkout code feel least clear to you right now.", True),
    ("Which bits are confusing?", True),
    ("Is that clear?", False),
])
def test_asking_what_is_unclear_asks_what_is_hard(asked: str, hard: bool) -> None:
    from roleplay.persona.offline import HARD

    assert bool(HARD.search(asked)) is hard
