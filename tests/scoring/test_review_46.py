"""Issue 11, twelfth day (the lead): the review as a coach reads it, from the lead's own
play-throughs. The lines are written for the tests."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.scores import Competency
from roleplay.scoring.coder import default_coder
from roleplay.scoring.moves import says_consequence
from roleplay.scoring.planning_level import DATE_IN_PLAN

from .conftest import review_text

CODER = default_coder()


def test_a_colleague_silent_since_is_the_impact() -> None:
    review = review_text(
        "brilliant-jerk", "Morning Theo. How's the week been?",
        "I'll be straight. On Monday the 9th in the sprint review you called Jun's proposal "
        "\"intern stuff\" in front of the whole team. He hasn't said a word in a review since.",
        "What was going on for you there?",
        "What I need is the same challenge aimed at the design, not the person.")
    feedback = review[Competency.FEEDBACK_DELIVERY]
    assert "Missing: its impact" not in feedback, feedback


def test_only_someone_elses_silence_since_is_a_consequence() -> None:
    assert says_consequence("Amara hasn't posted in the channel since.")
    assert not says_consequence("She has spoken twice since.")
    assert not says_consequence("I haven't said anything since.")



@pytest.mark.parametrize("said", ["lets sit back down thursday november the twelfth at our "
                                  "regular time", "we meet friday, december 4 at ten"])
def test_a_day_said_in_words_is_a_day_in_the_plan(said: str) -> None:
    assert DATE_IN_PLAN.search(said), said
    assert not DATE_IN_PLAN.search("he is a thursday person")


def test_an_outage_said_in_notes_is_the_impact() -> None:
    assert says_consequence("PR 4812. Tuesday 20 October. No tests. Checkout down two hours "
                            "next morning.")
    assert not says_consequence("The team sat down for two hours.")


def test_a_need_said_with_id_is_no_question() -> None:
    coding = CODER.code("what id need going forward is the designs in figma before handover and "
                        "your voice back in crit", "It's been strange.")
    assert Code.OPEN_QUESTION not in coding.codes, coding
    assert Code.OPEN_QUESTION in CODER.code("what i'd need to know is when", None).codes
