"""Fixes from R3's review of the day's diff (issue 11): each test fails on the code before its
fix. The stock forms of ``_cues_strangers`` are tried only when a word they cannot match without
is in the turn, so that list must hold every word a form's alternatives need ("everyone else got
it done", "my son could do that and he is twelve", "you sat, like a lemon" were passed over)."""

from __future__ import annotations

import pytest

from roleplay.scoring._cues_plan import only_space
from roleplay.scoring._cues_strangers import held_up_in_strangers_words
from roleplay.scoring._text import canonical
from roleplay.scoring.reading import gives_colleague_time
from roleplay.scoring.rewrites import GOOD_CLOSED


@pytest.mark.parametrize("text", [
    "everyone else got it done on time",
    "Everyone else got to work on time.",
    "everyone else is making it in on time",
    "my son could do that and he is twelve",
    "my nephew did this at sixteen",
    "you sat, like a lemon, the whole meeting",
])
def test_a_stock_form_is_not_passed_over_for_a_word_left_off_its_list(text: str) -> None:
    assert held_up_in_strangers_words(canonical(text))


@pytest.mark.parametrize(("text", "good"), [
    # the check on a meaning said back holds anywhere in the question ...
    ("is that about right for you?", True),
    ("is that near, or am i cutting the log wrong?", True),
    # ... and "sound okay" only as the question's last words, as before J32's rule went in
    ("does that sound good?", True),
    ("did you think the numbers would sound good to the client?", False),
    ("it doesn't sound good for the release, did you tell qa?", False),
])
def test_the_check_on_a_meaning_said_back_leaves_sound_okay_anchored(text: str,
                                                                     good: bool) -> None:
    """J32's alternatives went in between "sound (?:ok|...)" and its "\\??$", so "sound okay"
    matched anywhere and "is that about right" only at the very end."""
    assert bool(GOOD_CLOSED.search(text)) is good


@pytest.mark.parametrize("text", [
    "So Kasia will sit with you on Thursday for an hour.",
    "Okay, Kasia will sit with you on Thursday for an hour.",
    "Marcus'll pair with you on Thursday for an hour.",
])
def test_a_colleagues_time_is_read_after_a_capitalised_lead_word_and_with_ll(text: str) -> None:
    """``gives_colleague_time``'s lead words were lower case only, at a sentence's capitalised
    start ("So Kasia ..." read "So" as the colleague), and its "'ll" needed a space before it."""
    assert gives_colleague_time(text, "Jun")


@pytest.mark.parametrize("text", [
    "Okay, Thursday, one hour with you.",
    "And Kasia said she covered for you on Thursday.",
    "Jun will sit with you on Thursday for an hour.",
])
def test_no_colleague_or_what_happened_is_still_no_colleagues_time(text: str) -> None:
    assert not gives_colleague_time(text, "Jun")


@pytest.mark.parametrize("text", [
    "Take your time. In the radio industry we used to be scared of dead air, but in here I am "
    "happy with it.",
    "Take your time. In this country we fear silences.",
])
def test_silence_made_normal_is_not_cut_short_by_try_inside_a_word(text: str) -> None:
    """``_SILENCE_TALK`` keeps out a tip ("try ...") but read "try" inside "industry" and
    "country" as one, so the time given beside silence made normal was no longer only space."""
    assert only_space(text)
