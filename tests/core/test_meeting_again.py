"""Meeting again, read once for the scorer and the persona (roleplay.domain.meeting_again):
bookings in several voices and date forms, vague promises, spoken lower case, and the
near-misses that are not a meeting again."""

from __future__ import annotations

import re

import pytest

from roleplay.domain.meeting_again import (
    AGAIN_IN_OTHER_WORDS,
    BOOKED_NOW,
    MEETS_AGAIN,
    PROPOSES_MEETING,
    SEE_HOW_IT_GOES,
    SOON,
    TALK_AGAIN,
    TALKS_LATER,
    VAGUE_WHEN,
)
from roleplay.domain.sentences import CLOSING
from roleplay.scoring._text import canonical


@pytest.mark.parametrize("said", [
    "We can speak again in one month.",
    "Great. Let's talk next week.",
    "We'll meet again on Thursday the 3rd.",  # British, an ordinal in figures
    "So we meet on the 3rd, yeah?",
    "You and I sit down on Tuesday the first.",  # a day of the month in words
    "We grab a coffee on the 8th.",  # Australian / Irish
    "We see again the situation on Tuesday 8 December.",  # a French speaker's English
    "and we look at it again on the eighth",
    "We look at your reopen rate Friday the 4th.",
    "Shall we go over how it's going on Thursday the 3rd?",
    "let's catch up again in two weeks",
    "ok so we meet again on thursday the third of december",  # a recogniser's run-on
    "and we meet thursday 26 november at 2",  # the "on" and "again" unsaid
])
def test_a_meeting_booked_with_its_when(said: str) -> None:
    low = canonical(said)
    assert TALK_AGAIN.search(low)
    assert MEETS_AGAIN.search(low)  # every booking with a when is a meeting again


@pytest.mark.parametrize("said", [
    "Let's check in on the 10th.",
    "We'll review it together next Friday.",
    "Let's touch base after the release.",
    "We'll follow up on this in a fortnight.",
    "We'll reconvene Friday.",
    "we will catch up on monday",  # spoken, lower case
    "you and i will sit down and look at it",
    "Check-in on Thursday then.",
    "lets check in next friday",  # typed fast: "lets" is read as "let's"
])
def test_the_two_of_them_meeting_again(said: str) -> None:
    assert MEETS_AGAIN.search(canonical(said))


@pytest.mark.parametrize("said", [
    "We'll catch up soon.",
    "Let's catch up soon!",
    "we'll chat again sometime",
    "Grand so, we'll chat again soon.",  # Irish
    "Let's talk again one of these days.",
    "We can pick this up another time.",
])
def test_a_meeting_promised_with_no_day(said: str) -> None:
    low = canonical(said)
    assert SOON.search(low)
    assert not TALK_AGAIN.search(low)  # no when, so nothing booked


@pytest.mark.parametrize("said", [
    "Let's catch up next week sometime.",
    "We'll check in at some point next month.",
    "We can meet whenever.",
])
def test_a_day_left_open_even_beside_a_date(said: str) -> None:
    assert VAGUE_WHEN.search(canonical(said))


@pytest.mark.parametrize("said", [
    "Sound. We'll chat again sometime, no bother.",
    "Okay, thank you Priya. We will catch up soon.",
    "Thank you Priya. We talk soon.",
    "Good. We will talk again.",
    "Right. We'll pick this up later.",
    "okay well talk again soon",  # spoken: "well" stays "well", and still a goodbye
    "Cheers. Speak later.",
])
def test_a_talk_again_said_as_a_goodbye(said: str) -> None:
    assert CLOSING.match(canonical(said).strip())


@pytest.mark.parametrize("said", [
    "Grand so, we'll chat again soon.",
    "Right. We'll pick this up later.",
    "let's talk again sometime",
])
def test_a_goodbye_that_talks_again_is_a_follow_up(said: str) -> None:
    assert TALKS_LATER.search(canonical(said))


@pytest.mark.parametrize("said", [
    "I'll talk to HR this week.",  # the manager's own step, not the two of them
    "Cheers. Speak later.",  # a sign-off with no one in it
])
def test_not_the_two_of_them_talking_again(said: str) -> None:
    assert not TALKS_LATER.search(canonical(said))


@pytest.mark.parametrize("said", [
    "Another wee chat in a fortnight.",  # Scottish
    "Grab a coffee next week?",
    "We'll pick this up at your next review.",
    "Good. We see how it goes.",
])
def test_a_meeting_hinted_at_in_other_words(said: str) -> None:
    assert AGAIN_IN_OTHER_WORDS.search(canonical(said))


def test_waiting_to_see_is_read_apart_from_the_meeting() -> None:
    low = canonical("Good. We see how it goes.")
    assert SEE_HOW_IT_GOES.search(low)
    assert not AGAIN_IN_OTHER_WORDS.search(SEE_HOW_IT_GOES.sub(" ", low))
    assert not MEETS_AGAIN.search(low)


@pytest.mark.parametrize("said", [
    "Again you missed it.",
    "You missed the deadline again on Friday.",
    "Check in the code before you leave.",
    "Make sure you check in the code by Friday.",
    "Talk me through what happened.",
    "I'll book you an hour with Kasia next week.",  # a booking for someone else
    "Don't let it happen again.",
    "I'll talk to HR this week.",
])
def test_near_misses_are_not_a_meeting_again(said: str) -> None:
    low = canonical(said)
    assert not MEETS_AGAIN.search(low)
    assert not TALK_AGAIN.search(low)
    assert not CLOSING.match(low.strip())


@pytest.mark.parametrize("said", [
    "Okay. Friday. We are done.",
    "We discussed it last week.",
])
def test_a_deadline_or_a_look_back_is_not_a_meeting_again(said: str) -> None:
    low = canonical(said)
    assert not MEETS_AGAIN.search(low)
    assert not AGAIN_IN_OTHER_WORDS.search(low)


_BOOKED_NOW = re.compile(BOOKED_NOW, re.I)
_PROPOSES = re.compile(PROPOSES_MEETING, re.I)


@pytest.mark.parametrize("said", [
    "We meet on Thursday 26 November.",
    "We'll check in again then.",
    "we will catch up next week",
    "We sit down Friday.",
    "We'll touch base Monday at nine.",
])
def test_the_persona_hears_a_meeting_booked_now(said: str) -> None:
    assert _BOOKED_NOW.search(said)  # read as typed, any case


@pytest.mark.parametrize("said", [
    "We met on Thursday and it went fine.",  # a look back
    "We'll meet the client on site.",  # no when: not a booking between the two of them
    "Can we meet?",
])
def test_the_persona_does_not_hear_a_booking(said: str) -> None:
    assert not _BOOKED_NOW.search(said)


@pytest.mark.parametrize("said", [
    "Maybe we should check in next week?",
    "Let's meet on Friday.",
    "We can sit down and go through it.",
    "we'll touch base after that",
])
def test_a_meeting_proposed_in_a_reply(said: str) -> None:
    assert _PROPOSES.search(said)


def test_a_reply_that_only_agrees_proposes_no_meeting() -> None:
    assert not _PROPOSES.search("Okay, I can do that by Friday.")
    assert not _PROPOSES.search("We met last week.")
