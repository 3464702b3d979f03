"""Issue 11, J6: a yes/no question about the past ("Was it rushed?") gets a yes or no about
the past from the offline report, never "No, not yet." (which answers "Have you...?"). Real
engine, real coder, real offline voice, real SQLite; the lines are written for the rule."""

from __future__ import annotations

import pytest

from roleplay.persona.answering import read_question
from roleplay.persona.fitting import about_now
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, load_scenario
from .test_reply_fit_4 import _replies
from .test_reply_fit_4 import store as store  # the fixture: a real SQLite store per test


@pytest.mark.parametrize("question", [
    "Was it rushed?", "Were you under pressure that week?", "did you test it on a phone",
    "So the release on the 3rd, wasn't it checked?", "Didn't anyone review it?",
    "Was there a reason the tests were skipped?",
])
def test_a_question_about_what_happened_is_about_the_past(question: str) -> None:
    assert read_question(question).about_past


@pytest.mark.parametrize("question", [
    "Have you tested it yet?", "Is it rushed?", "Can you get the tests running this week?",
    "What happened with the release?", "Does that work for you?",
    "I was worried. Is everything okay?",
])
def test_other_questions_are_not(question: str) -> None:
    assert not read_question(question).about_past


@pytest.mark.parametrize(("line", "now"), [
    ("No, not yet. I'm still finding my feet on checkout.", True),
    ("No. Not the way things are at the moment.", True),
    ("Not really, no. It's complicated right now.", True),
    ("No. I keep thinking I've tested things, and then I haven't.", False),
    ("Not really, no. Checkout is a lot bigger than the web stuff.", False),
    ("No. If I don't flag it, nobody does.", False),
    ("Yes. That would really help, thank you.", True),
    ("Yes, I think so. It would help to know what good looks like.", True),
    ("Yes. I really want to get this right.", False),
])
def test_answers_about_now_are_recognised(line: str, now: bool) -> None:
    assert about_now(line) is now


@pytest.mark.parametrize("opening", [
    ["Thanks for making time, Daniel.", "On the last release three tickets were reopened by QA."],
    ["Three tickets reopened. Not good enough."],  # a blunt start: the report says no
])
@pytest.mark.parametrize("question", [
    "Was it rushed?", "Were you rushed on that ticket?", "was the address ticket rushed",
    "Did it feel rushed at the time?",
])
def test_the_offline_report_never_says_not_yet_about_the_past(
        store: SqliteSessionStore, opening: list[str], question: str) -> None:
    reply = _replies(store, load_scenario(BUNDLED / "quality-slipping.yaml"),
                     [*opening, question])[-1]
    assert "not yet" not in reply.lower() and "would" not in reply.lower(), reply
