"""The offline report and the listening score, eighty-fifth pass (issue 11, the lead, from
unseen-37's first reading): a reading of theirs said back and checked with room to correct it
("Have I got that about right, or is it something else?", "Is that how it was, or is there
more?") is a yes/no check, not an either/or. The report answered it "That's a bit of a false
choice, isn't it?" and "It's not really either", and listening, which reads a checked
reflection by the answer, counted none of the skilled managers' say-backs. The manager lines
are written for these tests."""

from __future__ import annotations

import pytest

from roleplay.domain.sentences import READING_CHECKED
from roleplay.persona.answering import Form, read_question
from roleplay.scoring.listening import offers_choice

from .scripted import bundled as _scenario
from .scripted import replies as _replies

_CHECKED = [
    "Sounds like somebody has to catch the broken code before it ships, and it keeps being you. "
    "Have I got that about right, or is it something else?",
    "it sounds like putting it in writing feels like the only way to protect qa have i got that "
    "or is it something else",
    "Maybe the estimates were tight from day one. Is that how it was, or is there more?",
    "So, to check: the bar on dates and the 12th at ten. Did I understand everything right, or "
    "something to fix?",
    "So the handovers land on you. Is that about right, or did I miss something?",
]

_CHOICES = [
    "Is it the workload, or something else?",
    "Is that right or wrong?",
    "Have I got that right, or should we start over?",
    "Was it the deadline, or was it something else going on?",
]


@pytest.mark.parametrize("said", _CHECKED)
def test_a_reading_checked_is_a_yes_no_question_not_a_choice(said: str) -> None:
    assert READING_CHECKED.search(said.lower().replace("’", "'"))
    assert read_question(said).form == Form.YES_NO
    assert not offers_choice(said)


@pytest.mark.parametrize("said", _CHOICES)
def test_real_options_are_still_an_either_or(said: str) -> None:
    assert not READING_CHECKED.search(said.lower())
    question = read_question(said)
    assert question.form == Form.EITHER_OR, question
    assert question.options


@pytest.mark.parametrize(("scenario_id", "lines"), [
    ("brilliant-jerk", ("Thanks for the coffee, Theo. Sit down a minute.",
                        "Two people on the team have said your review comments feel personal.",
                        "Sounds like maybe from where you sit, somebody has to catch the broken "
                        "code before it ships, and it keeps being you. Have I got that about "
                        "right, or is it something else?")),
    ("peer-feedback", ("hi hannah this is about how things are between you and the mobile team",
                       "it sounds like maybe putting it in writing in front of everybody feels "
                       "like the only way to protect qa have i got that or is it something "
                       "else")),
])
def test_the_report_answers_a_checked_say_back_not_the_choice_it_is_not(
        scenario_id: str, lines: tuple[str, ...]) -> None:
    reply = _replies(scenario_id, *lines)[-1]
    refused = _scenario(scenario_id).lines.answers.refuse
    assert refused  # the scenario can refuse a real either/or ...
    assert not any(line in reply for line in refused), reply  # ... but this was none
    assert not any(line.split("{option}")[0] in reply for line in
                   _scenario(scenario_id).lines.answers.pick if line.split("{option}")[0]), reply


# --- a bare "When?" after the question it dates (a blunt manager's play-through) ----------------

@pytest.mark.parametrize("said", [
    "What's your first step. When.",  # said bluntly, full stops
    "What's your first step? When?",
    "whats your first step and when",  # said aloud
    "What's the first thing you'd change? By when?",
])
def test_their_step_asked_with_a_bare_when_is_a_step_asked(said: str) -> None:
    question = read_question(said)
    assert question.form == Form.OPEN, question
    assert question.asks_for_step, question


@pytest.mark.parametrize("said", ["When?", "So when?", "Nothing merges without tests. When?"])
def test_a_bare_when_alone_or_after_a_statement_asks_no_step(said: str) -> None:
    assert not read_question(said).asks_for_step


def test_the_report_proposes_a_step_to_a_blunt_ask() -> None:
    lines = ("Daniel. Sit. This won't take long, but it matters.",
             "Tuesday 20 October. PR 4812 merged, no tests. Promo codes down three hours next "
             "morning. 212 customers couldn't check out.",
             "Then 3 November. Address ticket reopened a third time. Aisha lost two days.",
             "What happened?",
             "Go on.",
             "So the tests get cut when the deadline's close. That right?",
             "Here's the bar. Nothing merges without tests you ran. Every time.",
             "What's your first step. When.")
    reply = _replies("quality-slipping", *lines)[-1]
    # (the day's start answered "I'd rather ask a silly question than break production again.")
    assert reply in _scenario("quality-slipping").lines.answers.step, reply
