"""Issue 11, twenty-third pass (J20): the offline report answers the form of a plan's check.

From play-throughs in a joking Texan voice (career-conversation), a skilled manager with unusual
phrasing (peer-feedback) and a skilled manager in recogniser text (disengaged-after-reorg): a
plan put for a yes ("Shall we go over how it's going on Thursday the 3rd?", "how about you run
...?", "... does that sound right") was read as an open question because of a "how" or a "what"
inside it, and answered with a line about something else ("It's a relief to say it to
someone."). The lines here are written for the tests."""

from __future__ import annotations

import pytest

from roleplay.persona.answering import Form, read_question
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, load_scenario
from .test_reply_fit_4 import _replies
from .test_reply_fit_4 import store as store  # the fixture: a real SQLite store per test


@pytest.mark.parametrize("line", [
    "I'll book the room. Shall we go over how it's going on Friday the 4th?",
    "Can we look at how it went on Monday the 7th?",
    "How about you take the follow-up workshop in January, and we have a coffee after it?",
    "how about we pair you with kasia for two weeks",
    "ok so you message leo first and we meet on the ninth to go through what he said does that "
    "sound right",
])
def test_a_plan_put_for_a_yes_is_a_yes_no_question(line: str) -> None:
    assert read_question(line).form == Form.YES_NO, read_question(line)


@pytest.mark.parametrize("line", [
    "How are you finding the checkout work?",
    "What would you want to happen from here?",
    "Can you tell me what happened on the 12th?",
    "How does that sound to you?",
    "how about the rota what would work there",
])
def test_open_questions_stay_open(line: str) -> None:
    assert read_question(line).form == Form.OPEN, read_question(line)


_PEER = [
    "Hannah, thanks for coming. I want to talk about #releases and how QA and mobile are getting "
    "on.",
    "On Thursday 29 October you posted that mobile's untested build had blocked another release, "
    "with Leo's PR in the screenshot. Mobile engineers have stopped posting there since.",
    "What's behind it for you?",
    "So there's a worry about carrying the blame if something slips through.",
    "Tell me about October.",
    "What would make it feel safe to take things to Leo directly?",
]


def test_a_check_in_put_for_a_yes_is_answered_yes_or_no(store: SqliteSessionStore) -> None:
    said = "I'll speak to the VP myself this week. Shall we go over how it's going on Thursday " \
           "the 3rd?"
    reply = _replies(store, load_scenario(BUNDLED / "peer-feedback.yaml"), [*_PEER, said])[-1]
    assert reply.split()[0].strip(".,!").lower() in {
        "yes", "yeah", "okay", "ok", "sure", "no", "not", "fine", "that's", "deal"}, reply
