"""Issue 11, twenty-second pass (J19): the review as a manager and a coach read it.

From the lead's notes on four play-throughs (an HK-English manager, a Glaswegian manager, a
skilled second meeting, a Mumbai-startup manager). Each rule has lines of its own, positive and
negative; codes are fixed in the tests where a rule reads codes."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.scenario import ConversationType
from roleplay.scoring.competencies import CompetencyScorer
from roleplay.scoring.moves import ManagerMove
from roleplay.scoring.rewrites import open_version
from roleplay.scoring.rubric import load_rubric

from .test_feedback_sentences import sentence_problems
from .test_review_34 import _move

# --- a rhetorical tag on a comment is no task to help them with -------------------------------


@pytest.mark.parametrize("line", [
    "See now mobile shipped to beta on the 19th without even tagging QA. Exactly what you didn't "
    "want, right?",
    "The client rang again this morning. Precisely the thing we talked about, yeah?",
    "Quite the week you've had, right?",
    "Which is what I said last time, okay?",
])
def test_a_comment_with_a_tag_is_not_rewritten_as_a_task(line: str) -> None:
    out = open_version(line)
    assert not sentence_problems(out), out
    assert "help you" not in out, out


@pytest.mark.parametrize(("line", "task"), [
    ("Just tone it down a little bit, okay?", "tone it down"),
    ("Talk to Leo first, okay?", "talk to Leo first"),
])
def test_an_order_with_a_tag_still_asks_what_would_help(line: str, task: str) -> None:
    assert task in open_version(line)


def test_the_sentence_test_catches_help_you_with_no_verb() -> None:
    assert sentence_problems("What would help you exactly what you didn't want?")
    assert sentence_problems("What would help you which is what I said?")
    assert not sentence_problems("What would help you tone it down a little bit?")
    assert not sentence_problems("What would help you see how it lands with them?")


# --- what they love, said back in other words, takes in what they told -------------------------

_LOVES = ("Honestly? I don't want to manage people. And it feels like that's the only way up "
          "here, so I just stopped thinking about it. What I actually love is teaching, like the "
          "workshop.")


@pytest.mark.parametrize(("line", "takes_in"), [
    ("Wah, sounds like when the penny drops for them, that is the best part for you.", True),
    ("So helping people get it is what you really love.", True),
    ("Sounds like the churn work was the best part of the month for the team.", False),
    ("So the team really enjoys those sessions, then.", False),
])
def test_what_they_love_said_back_takes_it_in(line: str, takes_in: bool) -> None:
    from roleplay.scoring.listening import _takes_in
    ct = _move(11, line, Code.REFLECTION, said=_LOVES)
    assert _takes_in(ct, _LOVES) is takes_in


# --- a step set for them with a check that names no day is no 4 ---------------------------------


def _planning(*mine: ManagerMove) -> str:
    dp = CompetencyScorer(load_rubric()).development_planning(
        list(mine), ConversationType.BEHAVIOUR_FEEDBACK)
    return f"{dp.score} {dp.summary}"


_ORDERED = _move(19, "So from next week, any issue with mobile, you message Leo first, not the "
                 "channel. Done?", Code.EXPECTATION, Code.CLOSED_QUESTION, said="Hi.")


def test_an_order_with_a_check_next_month_is_a_three() -> None:
    said = _planning(_ORDERED, _move(21, "Okay good, we will check next month how it is going.",
                                     Code.FOLLOW_UP, said="Hi. Fine."))
    assert said.startswith("3 "), said
    assert "a day for the follow-up" in said, said


def test_an_order_with_a_booked_follow_up_is_still_a_four() -> None:
    said = _planning(_ORDERED, _move(21, "Okay good, let's meet again on Tuesday 8 December "
                                         "and see how it is going.", Code.FOLLOW_UP,
                                     said="Hi. Fine."))
    assert said.startswith("4 "), said


# --- a stock comment on their load fits only when they told of one -------------------------------


@pytest.mark.parametrize(("recent", "credited"), [
    ("Do you want me to just hand my notice in? Because that's where this is heading. No. Four "
     "years I've been here. Four years. And this is what I get.", False),
    ("I'm covering Tom's shifts and my mum's in hospital. I'm exhausted, honestly.", True),
])
def test_a_lot_on_your_plate_fits_only_a_load_they_told(recent: str, credited: bool) -> None:
    from roleplay.scoring.listening import judge_reflections
    ct = ManagerMove(turn=_move(13, "").turn.model_copy(update={
        "text": "I'm sorry to hear that. That sounds like a lot on your plate."}),
        coding=_move(13, "", Code.REFLECTION).coding, context=recent, recent=recent, said=recent)
    judged = judge_reflections([ct])
    assert (ct in judged.credited) is credited, judged


# --- complaints heard and "everybody is talking" are no impact ---------------------------------


@pytest.mark.parametrize(("sentence", "told"), [
    ("See, I am getting complaints.", True),
    ("Leo's manager came to me, the mobile folks are upset, everybody is talking.", True),
    ("I'm hearing things about the way you talk to people.", True),
    ("I'm getting complaints about the post on the 29th.", False),  # pinned to an occasion
    ("Mobile engineers have stopped posting in #releases.", False),
])
def test_complaints_heard_are_hearsay(sentence: str, told: bool) -> None:
    from roleplay.scoring.moves import hearsay
    assert hearsay(sentence) is told


def test_complaints_heard_are_not_praised_as_impact() -> None:
    from roleplay.scoring.feedback_level import _only_hearsay
    assert _only_hearsay("See, I am getting complaints. Leo's manager came to me, the mobile "
                         "folks are upset, everybody is talking.")


# --- a plan that drops the step they proposed was not made together -----------------------------

_IDEA = "I'd love to run the follow-up workshop the analysts asked for."


@pytest.mark.parametrize(("plan", "together"), [
    ("So you fill in the review form by Friday, and we meet again on Tuesday 8 December.", False),
    ("So you run the follow-up workshop before Christmas, and we meet again on Tuesday 8 "
     "December.", True),
])
def test_a_plan_that_drops_their_step_is_not_co_created(plan: str, together: bool) -> None:
    from roleplay.domain.codes import Primary
    from roleplay.scoring.reading import co_creating
    asked = _move(1, "What would you like to do next?", Code.OPEN_QUESTION, said="Hi.",
                  primary=Primary.QUESTION)
    planned = _move(3, plan, Code.COMMITMENT, Code.FOLLOW_UP, said=_IDEA)
    assert (asked in co_creating([asked, planned])) is together


# --- one word of theirs echoed is no taking in -------------------------------------------------


@pytest.mark.parametrize(("line", "takes_in"), [
    ("So the workshop went well.", False),
    ("So the workshop is the part you love, and managing is not the way you want to go up.",
     True),
])
def test_one_word_echoed_does_not_take_a_disclosure_in(line: str, takes_in: bool) -> None:
    from roleplay.scoring.listening import _takes_in
    ct = _move(11, line, Code.REFLECTION, said=_LOVES)
    assert _takes_in(ct, _LOVES) is takes_in


# --- two verbs of one wish are not cut apart -----------------------------------------------------


@pytest.mark.parametrize(("said", "reflected"), [
    ("I didn't want to come back and ask for more.",
     "you didn't want to come back and ask for more"),
    ("I was up all night with the baby and I can't think straight.",
     "you were up all night with the baby"),
])
def test_and_between_two_verbs_of_one_subject_is_no_clause_break(said: str,
                                                                reflected: str) -> None:
    from roleplay.scoring.reflecting import reflectable
    assert reflectable(said) == reflected
    # too long to hand back whole, it is left alone rather than cut to another meaning
    assert reflectable("I didn't want to come back and ask for more after you'd already been so "
                       "good about it.") != "you didn't want to come back"


def test_what_they_love_said_back_is_a_reflection_counted() -> None:
    from roleplay.scoring.listening import judge_reflections
    ct = _move(11, "Wah, sounds like when the penny drops for them, that is the best part for "
                   "you.", Code.REFLECTION, said=_LOVES)
    assert ct in judge_reflections([ct]).credited


# --- the plan made before, gone back over, is no step of this plan ------------------------------


@pytest.mark.parametrize(("line", "none"), [
    ("Can I go back over what we agreed two weeks ago, so we're looking at the same thing? Off "
     "the support rota, the retry fix by Friday the 13th, the later starts, and Thursdays.", True),
    ("Two weeks ago we agreed the retry fix for the 13th. This time, you ship it by Friday 4 "
     "December.", False),
])
def test_the_old_plan_gone_back_over_is_no_plan(line: str, none: bool) -> None:
    from roleplay.scoring.reading import no_plan_in
    assert no_plan_in(_move(5, line, Code.COMMITMENT, said="Hi.")) is none
