"""Issue 11, twenty-sixth pass (J23): the review as a manager and a coach read it.

From eight play-throughs in new voices (a Polish logistics lead, a Kenyan bank manager, a
Californian founder who over-praises, a Jamaican nurse manager, a retired army officer, a
skilled manager who asks many short questions, a poor manager who threatens politely, a
typical manager who avoids the topic until the end). The lines here are written for the tests,
not taken from the sessions."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.scores import Competency
from roleplay.scoring.coder import default_coder

from .conftest import review_text as _review

# --- asking who they could turn to is no blame ----------------------------------------------


@pytest.mark.parametrize("line", [
    "Who else in the company does this sort of work that you could speak to?",
    "Who might you learn from on the data side?",
    "Is there anyone, who else could you ask about the rota?",
    "Who else does the same kind of work in finance?",
])
def test_who_they_could_turn_to_is_no_blame(line: str) -> None:
    coding = default_coder().code(line, "I'd love to do more teaching, honestly.")
    assert Code.BLAME not in coding.codes
    assert coding.codes & {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}


@pytest.mark.parametrize("line", [
    "Who else would it be? You pushed it.",  # pinned
    "Why did you skip it? Who else have you told?",  # stacked, accusing
    "Who else is to blame for the outage, then?",
])
def test_who_else_that_seeks_fault_stays_blame(line: str) -> None:
    assert Code.BLAME in default_coder().code(line, "It wasn't only me.").codes


# --- a meeting that did not happen is no follow-up --------------------------------------------


@pytest.mark.parametrize("line", [
    "Right. Just one thing. The check-in on Thursday was cancelled at the last minute, and the "
    "fix for Friday 13 November never shipped.",
    "So, the thing is, our check-in on the 12th was cancelled twenty minutes before, and the "
    "queue fix due Friday the 13th did not ship.",
    "Well. The Thursday check-in was dropped with twenty minutes notice, and the fix for Friday "
    "did not ship.",
])
def test_a_meeting_that_lapsed_is_no_follow_up(line: str) -> None:
    # (the report may hear it as the plan followed up; the review books no meeting from it)
    review = _review("second-meeting", "Hi Priya, thanks for coming. How have the last two "
                     "weeks been?", line, "What got in the way?")
    planning = review[Competency.DEVELOPMENT_PLANNING]
    assert "follow-up" not in planning.lower() and "co-created" not in planning


@pytest.mark.parametrize("line", [
    "Our check-in on the 12th got cancelled, so let's meet on Monday the 23rd instead.",
    "Last week's 1:1 was missed; we'll sit down again on Thursday 26 November.",
])
def test_a_meeting_put_in_its_place_is_still_booked(line: str) -> None:
    review = _review("second-meeting", "Hi Priya, thanks for coming. How have the last two "
                     "weeks been?", line)
    assert "follow-up" in review[Competency.DEVELOPMENT_PLANNING].lower()


def test_the_lapsed_check_in_is_not_quoted_as_the_follow_up() -> None:
    review = _review("second-meeting",
                     "Hi Priya, thanks for coming. How did the last two weeks go for you?",
                     "So, the thing is, our check-in on the 12th was cancelled twenty minutes "
                     "before, and the queue fix due Friday the 13th did not ship.",
                     "What got in the way?")
    planning = review[Competency.DEVELOPMENT_PLANNING]
    assert "follow-up" not in planning.lower() and "co-created" not in planning


# --- agreement assumed for them is no step, no support and no co-created plan -----------------


@pytest.mark.parametrize("line", [
    "Right. I'll take it that this won't happen again. Thanks, Hannah.",
    "I'll take that as a yes, then.",
    "So I'll assume the comments stop from today.",
])
def test_agreement_assumed_for_them_is_no_step(line: str) -> None:
    codes = default_coder().code(line, "I don't know what you want me to say.").codes
    assert not codes & {Code.COMMITMENT, Code.SUPPORT_OFFER}


def test_a_step_beside_the_assumption_still_counts() -> None:
    codes = default_coder().code("I'll take it you agree, and I'll book us in for Friday the "
                                 "27th to look at it again.", "Fine.").codes
    assert codes & {Code.COMMITMENT, Code.FOLLOW_UP}


def test_assumed_agreement_is_not_praised_as_a_plan_nor_the_thanks_as_expectation() -> None:
    review = _review("peer-feedback",
                     "Hannah, I think you know why I asked for this.",
                     "Your post in #releases on 29 October reached about 180 people. I am sure "
                     "you did not mean to shame anyone.",
                     "I would hate for HR to get involved, naturally.",
                     "You talked over Leo three times on 17 November. I would think hard about "
                     "your future here.",
                     "So I'll take it that this won't happen again. Thank you, Hannah.")
    planning = review[Competency.DEVELOPMENT_PLANNING]
    assert "own step" not in planning and "co-created" not in planning
    assert "support" not in planning.split("\n", 1)[1]
    assert '"Thank you, Hannah."' not in review[Competency.FEEDBACK_DELIVERY]


def test_agreement_assumed_for_them_is_no_clear_expectation_to_praise() -> None:
    review = _review("peer-feedback",
                     "Hannah, I'm sure you can guess what this is about.",
                     "Your message in #releases on 29 October went to about 180 people. I'm sure "
                     "you didn't intend to embarrass anyone.",
                     "I'd hate for this to go any higher, obviously.",
                     "You cut across Leo three times on 17 November. I'd think very carefully "
                     "about where you see yourself here.",
                     "Right. I'll take it that this won't happen again. Thanks, Hannah.")
    assert "Clear expectation" not in review[Competency.FEEDBACK_DELIVERY]


# --- the cause named as them is blame, never a reflection or praise ----------------------------


@pytest.mark.parametrize("line", [
    "You are the cause of all this, Theo.",
    "Jun asked to move teams last week. Jun. That's a walkout, and you're the cause.",
    "Honestly, you're the root cause here.",
])
def test_the_cause_named_as_them_is_blame(line: str) -> None:
    coding = default_coder().code(line, "So that's on me now? Great.")
    assert Code.BLAME in coding.codes
    assert Code.REFLECTION not in coding.codes


@pytest.mark.parametrize("line", [
    "Nobody is saying you are the cause.",
    "It sounds like you feel you are the cause of it all.",
    "Do you think you are the cause?",
    "You are not the cause of the outage; the pipeline is.",
])
def test_the_cause_felt_denied_or_asked_is_no_blame(line: str) -> None:
    assert Code.BLAME not in default_coder().code(line, "I feel like it's all my fault.").codes


def test_blame_beside_the_impact_is_not_praised() -> None:
    review = _review("brilliant-jerk",
                     "Theo, sit down please.",
                     "You wrote \"This is embarrassing\" on Jun's pull request on 27 October, in "
                     "public.",
                     "Two of the search team have asked to move off it. Two. That is a walkout, "
                     "and you are the cause.",
                     "What do you make of that?")
    feedback = review[Competency.FEEDBACK_DELIVERY]
    assert not [line for line in feedback.split("\n") if line.startswith("Impact:")
                and "walkout" in line]
    assert "blamed" in feedback.split("\n")[0]


# --- a quote starts at a clause, not inside a list of nouns -------------------------------------


def test_a_quote_never_starts_inside_two_joined_nouns() -> None:
    review = _review("disengaged-after-reorg",
                     "Nadia, thanks for joining. How are things with you?",
                     "What would make the new team feel more like yours?",
                     "Can we agree that you share a first draft of the checkout journey with its "
                     "error states and empty states by next Wednesday, 2 December?",
                     "We'll look at it together on Thursday 3 December. I'll book it.")
    planning = review[Competency.DEVELOPMENT_PLANNING]
    assert '"empty states by' not in planning


# --- a "maybe" asked is no clear expectation to praise ------------------------------------------


def test_a_maybe_asked_is_not_praised_as_a_clear_expectation() -> None:
    review = _review("quality-slipping",
                     "Daniel, dude, honestly you are one of the most gifted devs I have hired.",
                     "So the checkout stuff, a few bugs, no big deal, it happens to everyone.",
                     "Like the promo code thing, PR 4812, went out without tests and codes broke "
                     "for a few hours. Totally fine, but yeah.",
                     "How are you feeling about things generally? Are you happy here?",
                     "Awesome, awesome. You are killing it honestly. Maybe just add a few more "
                     "tests going forward?")
    feedback = review[Competency.FEEDBACK_DELIVERY]
    assert "Clear expectation" not in feedback
    assert "clear expectation" not in feedback
