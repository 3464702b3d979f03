"""Issue 11, twenty-second pass (J19): the offline report as a manager and a coach read it.

From the lead's play-through of second-meeting with a skilled manager: the report owned up to
three agreements in one frame, word for word, and answered "what's a date you'd
actually stand behind?" with the old agreement."""

from __future__ import annotations

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
