"""Fixes from R5's review of the day's diff (issue 11): each test fails on the code before its
fix. The cheap gate before ``fault_confirmed`` lets through every word its confirmations open on
("Yours.", "Mmm, it was.", "Mostly you."); a saying of the manager's trade is said in the present
or as a habit, so what was said in a meeting ("In the retro they said you skipped the tests.")
stays the example; the standing meeting books the follow-up by its day, not by its length ("Our
1:1 is 30 minutes")."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.stories import own_story
from roleplay.scoring._cues_fault import fault_confirmed
from roleplay.scoring._text import canonical


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    from roleplay.scoring.coder import default_coder
    return default_coder()


@pytest.mark.parametrize(("low", "context"), [
    ("yours.", "Mine."),
    ("yours. entirely.", "Mine."),
    ("mmm, it was.", "It wasn't my fault."),
    ("mm, you are.", "Who's responsible for the stock loss?"),
    ("mostly you.", "Who's to blame for the loss?"),
])
def test_the_gate_lets_through_every_confirmation_it_guards(low: str, context: str) -> None:
    assert fault_confirmed(low, context)


@pytest.mark.parametrize(("low", "context"), [
    ("yours is on the desk.", "Mine."),
    ("mmm, good question.", "It wasn't my fault."),
])
def test_what_only_opens_like_a_confirmation_is_none(low: str, context: str) -> None:
    assert not fault_confirmed(low, context)


@pytest.mark.parametrize("sentence", [
    "In the retro they said you skipped the tests.",
    "In the standup yesterday they said the build was broken again.",
])
def test_what_was_said_in_a_meeting_is_no_saying_of_the_trade(sentence: str) -> None:
    assert not own_story(canonical(sentence))


@pytest.mark.parametrize("sentence", [
    "In the roastery we say, slow is smooth.",
    "In the kitchen we used to say, clean as you go.",
    "In the navy they always said, one hand for yourself.",
])
def test_a_saying_of_the_trade_is_still_a_story(sentence: str) -> None:
    assert own_story(canonical(sentence))


def test_what_was_said_in_the_retro_is_still_the_example(coder) -> None:  # type: ignore[no-untyped-def]
    assert Code.OBSERVATION in coder.code("In the retro they said you skipped the tests.").codes


@pytest.mark.parametrize("text", [
    "Our 1:1 is 30 minutes, so let's keep it tight.",
    "The check-in is 10 minutes long, no more.",
])
def test_the_standing_meeting_s_length_books_nothing(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.FOLLOW_UP not in coder.code(text, "Okay.").codes


@pytest.mark.parametrize("text", [
    "And this time the check-in happens: Thursday 26. November at half past two.",
    "Our 1:1 is on the 3rd, same time.",
    "Our one-to-one is 3rd of December at ten.",
])
def test_the_standing_meeting_given_its_day_still_books_it(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.FOLLOW_UP in coder.code(text, "Okay.").codes
