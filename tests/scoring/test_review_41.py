"""Issue 11, twenty-seventh pass (J24): the review as a manager and a coach read it.

From eight play-throughs in new voices (a Ukrainian architect, a Liverpool warehouse lead, a
Lebanese restaurateur, a formal Sri Lankan accountant, a laconic Norwegian ferry captain, a
manager who talks in gardening metaphors, an ex-rugby coach, a manager who talks in corporate
jargon). The lines here are written for the tests, not taken from the sessions."""

from __future__ import annotations

import pytest

from roleplay.domain.scores import Competency

from .conftest import played_with as _played
from .conftest import review_text as _review

# --- a request put as a question keeps the request -------------------------------------------


def test_a_polite_request_is_rewritten_as_the_request() -> None:
    review = _review("disengaged-after-reorg", "Hi Nadia, thanks for joining. How are things?",
                     "What's been on your mind lately?",
                     "Going forward, could you please share the onboarding states in Figma "
                     "before Friday's crit? And tag the engineers on it?")
    questioning = review[Competency.POWERFUL_QUESTIONING]
    assert "What's been happening with that" not in questioning
    assert "please share the onboarding states in Figma before Friday's crit, and tag the " \
           "engineers on it. What would help you make that happen?" in questioning


# --- "Is it X that ...?" asks what it is ------------------------------------------------------


def test_a_guess_in_a_cleft_question_is_asked_open() -> None:
    review = _review("career-conversation", "Thanks for coming, Sofia. How's the month been?",
                     "Is it the line management that worries you?")
    questioning = review[Competency.POWERFUL_QUESTIONING]
    assert "What is it that worries you?" in questioning
    assert "What's been happening with that" not in questioning


# --- a filler is not offered back ------------------------------------------------------------


def test_a_filler_is_left_out_of_the_rewrite() -> None:
    review = _review("lateness-absence", "Thanks for coming in, Leanne.",
                     "On Monday 2 November you logged in at 9:47 and the queue opened with two "
                     "agents.", "Hmm. From Monday, you're on the phones at 9:00. Clear?")
    questioning = review[Competency.POWERFUL_QUESTIONING]
    assert "From Monday, you're on the phones at 9:00. What would help" in questioning
    assert "Hmm. From Monday" not in questioning.split("=>")[-1]


# --- the example told, whatever the coder made of it ------------------------------------------


def test_an_example_told_in_blame_is_no_avoiding_the_issue() -> None:
    played = _played("brilliant-jerk", "Put the coffee down, Theo.",
                     "You called Jun's pull request embarrassing, in public, and merged your "
                     "own rewrite that night. Who do you think you are?",
                     "You're a nightmare to work with, frankly.",
                     "If anyone else asks to leave, you're done here.", "Anything to say?",
                     "Fine. Off you go.")
    names = [a.id for a in played.score.anti_patterns]
    assert "avoiding_issue" not in names


def test_praise_with_its_day_is_the_specific_example() -> None:
    review = _review("career-conversation", "No need to apologise, Sofia. How are you "
                     "finding things at the moment?",
                     "Honestly you're a star. The churn walkthrough on 5 November, product and "
                     "finance finally agreed the number.",
                     "Managing isn't for everyone. What else might suit you?")
    feedback = review[Competency.FEEDBACK_DELIVERY]
    assert "Specific about what you saw." in feedback


# --- an example waved off is softened --------------------------------------------------------


def test_an_example_waved_off_is_softening_not_praise() -> None:
    review = _review("missed-deadlines", "Hi Priya, thanks for coming.",
                     "The invoice export was due on Wednesday 14 October and shipped on the "
                     "21st, no worries, it happens to everyone.", "How are things?")
    feedback = review[Competency.FEEDBACK_DELIVERY]
    assert "Softening made the message easier to miss." in feedback
    assert "Specific example: " not in feedback


# --- a meeting's jargon is no clear expectation ----------------------------------------------


def test_lets_align_is_no_clear_expectation() -> None:
    review = _review("second-meeting", "Hi Priya. How have the two weeks been?",
                     "Marcus is covering the rota alone, so let's align on that going "
                     "forward.", "What's been happening for you?")
    assert "Clear expectation" not in review[Competency.FEEDBACK_DELIVERY]


# --- a follow-up with no day is not cited as booked ------------------------------------------


@pytest.mark.parametrize("close", [
    "Lovely. We'll catch up again soon.",
    "No rush. Mull it over and maybe we can talk again some time."
])
def test_a_follow_up_with_no_day_is_not_cited_as_booked(close: str) -> None:
    review = _review("career-conversation", "Thanks for coming, Sofia. How are things?",
                     "What do you enjoy most at the moment?", close)
    planning = review[Competency.DEVELOPMENT_PLANNING]
    assert "+ follow-up:" not in planning
    assert "a day for the follow-up" in planning


def test_a_follow_up_in_two_weeks_is_still_cited() -> None:
    review = _review("career-conversation", "Thanks for coming, Sofia. How are things?",
                     "What do you enjoy most at the moment?", "Good. We meet again in two weeks.")
    planning = review[Competency.DEVELOPMENT_PLANNING]
    assert "a day for the follow-up" not in planning
