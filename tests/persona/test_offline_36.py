"""Issue 11, twenty-second pass (J19): the offline report as a manager and a coach read it.

From the lead's play-through of second-meeting with a skilled manager: the report owned up to
three agreements in one frame, word for word, and answered "what's a date you'd
actually stand behind?" with the old agreement."""

from __future__ import annotations

import pytest

from roleplay.domain.sentences import in_own_words
from roleplay.persona.agreement_memory import is_failure_line
from roleplay.persona.answering import read_question
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, load_scenario
from .test_reply_fit_4 import _replies
from .test_reply_fit_4 import store as store  # the fixture: a real SQLite store per test

_SKILLED = [
    "Hold on, Priya, close the laptop a second. I'm not here to tell you off. Can we start with "
    "how you are?",
    "That sounds exhausting. Thank you for being straight with me.",
    "Can I go back over what we agreed two weeks ago, so we're looking at the same thing? Off the "
    "support rota, the retry fix by Friday the 13th, the later starts, a flag in stand-up when a "
    "date is at risk, and Thursdays.",
    "The fix didn't ship on the 13th, and I didn't hear it was at risk until it had slipped. "
    "Support escalated three more tickets.",
    "And between Monday the 16th and today you picked up six support tickets. Marcus thought he'd "
    "been overruled and has stopped picking them up.",
]


def test_owning_up_is_never_in_the_same_frame_twice(
    store: SqliteSessionStore,
) -> None:
    replies = _replies(store, load_scenario(BUNDLED / "second-meeting.yaml"), _SKILLED)
    failures = [r for r in replies if is_failure_line(r)]
    assert len(failures) <= 2, replies
    frames = [r.split('"')[0] for r in replies if "We wrote down" in r]
    assert len(frames) == len(set(frames)), replies


def test_a_date_asked_for_is_not_answered_with_the_old_agreement(
    store: SqliteSessionStore,
) -> None:
    said = "For the retry fix, what's a date you'd actually stand behind?"
    assert read_question(said).asks_for_step
    reply = _replies(store, load_scenario(BUNDLED / "second-meeting.yaml"),
                     [*_SKILLED, said])[-1]
    assert "We wrote down" not in reply, reply


# --- an open question or a point about one of the events is answered about it ------------------

_CAREER = [
    "Sofia, come, sit. This one is not about problem, ok? Just your review form. The two years "
    "box, you left it empty.",
    "So I want to understand. Where you see yourself, two years?",
    "Ok ok. But the pod lead, you said no on 10 November. Why you say no? It's a good chance.",
    "Hmm. So you feel management is maybe not for you. Is it right?",
    "The workshop on 21 October, four new analysts, all give five out of five. What part you "
    "enjoyed?",
    "Wah, sounds like when the penny drops for them, that is the best part for you.",
    "And the churn number, 5 November, product and finance fighting one month, you walked them "
    "through the definitions. The VP thanked you at the all-hands. That is not small.",
    "What kind of work would let you do more of this explaining?",
]


def test_the_event_asked_about_or_praised_is_what_the_reply_is_about(
    store: SqliteSessionStore,
) -> None:
    replies = _replies(store, load_scenario(BUNDLED / "career-conversation.yaml"), _CAREER)
    assert "pod lead" in replies[2], replies[2]  # "Why you say no?" to the role
    assert "churn" in replies[6].lower(), replies[6]  # praise of the churn work
    assert "out loud" not in replies[7], replies[7]  # the work they would want: a step


@pytest.mark.parametrize("said", [
    "What kind of work would let you do more of this explaining?",
    "What sort of role could you see yourself enjoying?",
])
def test_the_kind_of_work_they_would_want_asks_for_a_step(said: str) -> None:
    assert read_question(said).asks_for_step


@pytest.mark.parametrize(("written", "said"), [
    ("Priya comes off the support rota for three weeks; Marcus covers it",
     "that I come off the support rota for three weeks, and Marcus covers it"),
    ("Priya can start at 10:00 and finish later, around her dad's hospital visits",
     "that I can start at 10:00 and finish later, around my dad's hospital visits"),
    ("Priya flags in stand-up as soon as a date is at risk",
     "that I flag in stand-up as soon as a date is at risk"),
    ("The retry queue fix ships by Friday 13 November",
     '"The retry queue fix ships by Friday 13 November"'),
])
def test_an_agreement_written_of_them_is_said_in_the_first_person(written: str, said: str) -> None:
    # played on second-meeting: 'We wrote down "Priya comes off the support rota..."', their
    # own name quoted back by themselves
    assert in_own_words(written, "Priya Shah") == said
