"""Fixes from R4's review of the day's diff (issue 11): each test fails on the code before its
fix. A weekday followed by a name or a word that only starts like a month ("On Monday, Marcus
...", "On Friday, maybe ...") is still a recent day, not one dated by its month; a chance too
good to miss ("too good for us to turn down") is no stock put-down; the manager's own way after
a story's maxim is no advice in any tense ("So today I'll try to listen more than I talk")."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.scoring._cues_strangers import held_up_in_strangers_words
from roleplay.scoring._text import canonical, normalise
from roleplay.scoring.anti_patterns import RECENT
from roleplay.scoring.settle import settle


@pytest.mark.parametrize("text", [
    "On Monday, Marcus said you left the floor at four.",
    "On Friday, maybe an hour before close, you shut the till early.",
    "On Tuesday, Octavia saw you skip the checklist.",
    "On Monday you left early.",
])
def test_a_weekday_before_a_word_that_only_starts_like_a_month_is_recent(text: str) -> None:
    assert RECENT.search(normalise(text)), text


@pytest.mark.parametrize("text", [
    "On Monday, November 2nd you left early.",
    "On Monday, Nov 2 you left early.",
    "on monday the second of november you left early",
    "On Thursday, 29/10 you posted in the channel.",
    "On Monday 2 November you logged in at 9:47.",
])
def test_a_weekday_dated_by_its_month_or_day_is_not_recent(text: str) -> None:
    assert not RECENT.search(normalise(text)), text


@pytest.mark.parametrize("text", [
    "Honestly, this offer is too good for us to turn down.",
    "A chance like this is too good for us to pass up, so I put your name forward.",
])
def test_a_chance_too_good_to_miss_is_no_stock_put_down(text: str) -> None:
    assert not held_up_in_strangers_words(canonical(text)), text


def test_too_good_for_it_is_still_a_stock_put_down() -> None:
    assert held_up_in_strangers_words(canonical("What was it, too good for it?"))


@pytest.mark.parametrize("way", [
    "So today I try to listen more than I talk.",
    "So today I'll try to listen more than I talk.",
    "So I will always try to listen more than I talk.",
])
def test_a_maxim_in_a_story_then_the_managers_own_way_in_any_tense_is_no_advice(way: str) -> None:
    text = ("In my old life I built boats in Bergen, and my master always said: before you cut, "
            "you read the grain. " + way)
    coded = settle(text, TurnCoding(primary=Primary.INPUT, codes=frozenset({Code.ADVICE})))
    assert Code.ADVICE not in coded.codes, coded
