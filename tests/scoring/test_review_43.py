"""Issue 11, thirtieth pass (J28): the review as a manager and a coach read it.

From eight play-throughs in new voices (a terse Finnish game-studio lead, a Vietnamese-Australian
pharmacist manager, a Turkish hotel night manager, an Egyptian hospital administrator, an
effusive Italian fashion-house manager, a precise Chilean astronomer turned manager, a South
African mining shift boss, a passive-aggressive "per my last email" manager). The lines here
are written for the tests, not taken from the sessions."""

from __future__ import annotations

import pytest

from roleplay.domain.scores import Competency
from roleplay.scoring.moves import quote_for
from roleplay.scoring.rewrites import asks_their_date

from .conftest import review_text as _review

# --- a "when" asked of their step is no yes/no question -------------------------------------


@pytest.mark.parametrize("line", [
    "When can the onboarding flow realistically be ready?",
    "When could your write-up be done?",
    "So when will the retry fix ship?",
])
def test_when_their_step_can_land_asks_their_date(line: str) -> None:
    assert asks_their_date(line)


@pytest.mark.parametrize("line", [
    "When will the fix finally ship?",  # a jab
    "When did the fix ship?",  # the past: no date of theirs to set
])
def test_a_jab_or_the_past_is_no_date_asked(line: str) -> None:
    assert not asks_their_date(line)


def test_when_the_work_can_be_ready_is_not_rewritten_as_an_open_question() -> None:
    review = _review(
        "disengaged-after-reorg",
        "Nadia, thanks for making time. I'd like to talk about the onboarding flow.",
        "The wireframes due on Tuesday 3 November came in as one rough screen, with no states "
        "or edge cases.",
        "What's been going on for you since the reorg?",
        "That sounds like a lot to absorb.",
        "When can the onboarding flow realistically be ready?",
        "Okay. Let's meet on Thursday 26 November at 10 to look at it together.",
        "/end")[Competency.POWERFUL_QUESTIONING]
    assert "A yes/no question" not in review
    assert "closed question: When can" not in review


# --- a recap of the plan is no advice said as a question --------------------------------------


def test_a_recap_of_the_plan_is_no_advice_with_a_question_mark() -> None:
    review = _review(
        "quality-slipping",
        "Daniel, thanks for coming in. I want to talk about the last few releases.",
        "On Tuesday 20 October your discount-code change went in without tests, and promo "
        "codes failed for three hours the next morning.",
        "How did it look from your side?",
        "What would help you get tests in before you merge?",
        "So, to say it back: you talk to Aisha first, before you merge, I take the test setup "
        "to the platform team, and we see each other Thursday. Okay?",
        "/end")[Competency.POWERFUL_QUESTIONING]
    assert "advice with a question mark" not in review
    assert "What have you tried so far?" not in review


# --- a quote never stops inside a quotation it opens -----------------------------------------


@pytest.mark.parametrize("line", [
    'On Monday 9 November you posted in #general, in front of the whole company, "Mobile '
    'broke the build again, obviously."',
    'On Wednesday 4 November in planning, with everyone there, you said "Honestly, whoever '
    'estimated this should not estimate anything again."',
    'In the retro on Thursday 5 November you said "QA means Quietly Asleep" and "nobody reads '
    'the test plan anyway, do they", and Amara left the call.',
])
def test_a_shortened_quote_closes_every_quotation(line: str) -> None:
    quoted = quote_for(line, limit=90)
    assert quoted.count('"') % 2 == 0, quoted
    assert len(quoted.split()) >= 4


# --- a dated example told in the present or in notes is the example ---------------------------


def test_a_dated_example_in_the_present_is_the_example() -> None:
    review = _review(
        "lateness-absence",
        "Leanne, sit down please. It is about the mornings.",
        "Friday 20 November you log in at 9:40. Shift start is 9:00.",
        "What is happening in the mornings?",
        "Okay. We talk again on Monday 30 November.",
        "/end")[Competency.FEEDBACK_DELIVERY]
    assert "a specific example" not in review.split("Missing:")[-1].split("\n")[0], review
    assert "Specific example: " in review


def test_a_softened_example_is_counted_but_not_praised() -> None:
    review = _review(
        "disengaged-after-reorg",
        "Hi Nadia, just a quick catch-up.",
        'Just circling back on the crit on 22 October. Camera off, "nothing from me". Not ideal.',
        "Anyway. Cool, thanks.",
        "/end")[Competency.FEEDBACK_DELIVERY]
    assert "Missing: a specific example" not in review
    assert "softened until the message is lost: Just circling" in review
    assert 'Specific example: "Just circling' not in review
    # the softened line's rewrite says its own example plainly, not a vaguer "this"
    assert "22 October" in review.split("=>")[1].split("\n")[0]
