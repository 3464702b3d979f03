"""Issue 11, J13: the review as a manager and a coach read it, from the lead's play-throughs and
managers in new voices played through the CLI (a Ghanaian bank branch manager, a Swedish game
producer, a Boston foreman, a Malaysian ward sister, a Greek hotel owner, a Yorkshire depot
manager, a Hong Kong desk lead, an Argentine academy coach, one who mixes praise and threat, one
who only asks questions, a recogniser transcript of a manager who stammers).

- An intention to solve it together ("I want to talk about the deadlines, and I think we can
  sort it out together.") names no step, owner or date: no support offered, no plan made.
- Booking the meeting again ("Let's sit down again on Thursday 3 December, same time, and
  we'll look at it together.") is the follow-up, not a next step or support.
- The manager's own part in a step ("and I'll keep Thursday mornings clear for you") is the
  support, and "every Tuesday" is a date.
- A suggestion put gently ("Maybe you could try to break tasks into smaller pieces?") is advice,
  not feedback softened until it is lost.
- "But we need to get it back." counts as an expectation but is not praised as a clear one.

Codes are fixed in the tests where a rule reads codes."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.scenario import ConversationType
from roleplay.domain.session import Turn
from roleplay.scoring.competencies import CompetencyScorer
from roleplay.scoring.moves import ManagerMove, softens, vague_need
from roleplay.scoring.reading import co_creating, offers_support
from roleplay.scoring.rewrites import good_closed_question
from roleplay.scoring.rubric import load_rubric

from .test_review_28 import _move

SCORER = CompetencyScorer(load_rubric())
UP = ConversationType.UNDERPERFORMANCE


def _asks(index: int) -> ManagerMove:
    return _move(index, "What's been going on for you?", Code.OPEN_QUESTION)


# --- an intention to work it out together is no plan ----------------------------------------

AGENDA = "I want to talk about the deadlines, and I think we can sort it out together."


@pytest.mark.parametrize(
    "text",
    [
        AGENDA,
        "I think we can figure this out together.",
        "We'll work through this together, okay?",
        "Let me help you fix this.",
        "We'll find a way forward.",
    ],
)
def test_an_intention_to_solve_it_together_is_no_support(text: str) -> None:
    ct = _move(
        3, text, Code.SUPPORT_OFFER, Code.INFORMATION, context="I can get it done, I'm managing."
    )
    assert not offers_support(ct)
    assert ct not in co_creating([ct])
    mine = [_asks(i) for i in (1, 5, 7, 9, 11)] + [ct]
    plan = SCORER.development_planning(sorted(mine, key=lambda m: m.index), UP)
    assert plan.score == 1, plan.summary
    assert not plan.went_well and not plan.evidence, plan


@pytest.mark.parametrize(
    "text",
    [
        "We can sort out cover for Mondays together.",
        "I'll sort out the rota so you start at 10.",
        "I can help you get on top of it by pairing you with Sam.",
    ],
)
def test_a_named_offer_is_still_support(text: str) -> None:
    assert offers_support(_move(3, text, Code.SUPPORT_OFFER))


# --- the meeting again is the follow-up, the manager's part is the support ------------------

MEET = _move(
    15,
    "Let's sit down again on Thursday 3 December, same time, and we'll look at it together.",
    Code.COMMITMENT,
    Code.FOLLOW_UP,
    Code.SUPPORT_OFFER,
)
STEP = _move(
    13,
    "That sounds workable. So you'll send me a short update every Tuesday by noon, "
    "and I'll keep Thursday mornings clear for you. Fair?",
    Code.COMMITMENT,
    Code.CLOSED_QUESTION,
)


def test_booking_the_meeting_again_is_no_support_and_beside_a_step_no_step() -> None:
    plan = SCORER.development_planning([MEET], UP)
    assert "support" in plan.summary, plan.summary
    assert not any("support" in w.lower() for w in plan.went_well), plan.went_well
    plan = SCORER.development_planning([STEP, MEET], UP)
    assert plan.went_well[-1] == (
        "Follow-up: \"Let's sit down again on Thursday 3 December, same time, and we'll look "
        'at it together." (turn 15)'
    ), plan.went_well


def test_the_managers_part_in_a_step_is_the_support_and_every_tuesday_a_date() -> None:
    plan = SCORER.development_planning([STEP, MEET], UP)
    assert plan.score == 4, plan.summary
    assert "Missing: asking what they would do." in plan.summary, plan.summary
    assert plan.went_well[0].startswith("Next step and support"), plan.went_well
    # a meeting joined to a real offer keeps the offer
    both = _move(
        13,
        "I'll pair you with Sam and we'll check in on Friday.",
        Code.SUPPORT_OFFER,
        Code.FOLLOW_UP,
    )
    assert offers_support(both)
    # what the manager will expect of them is not their support
    expects = _move(13, "I'll expect a written plan from you by Monday.", Code.COMMITMENT)
    assert "support" in SCORER.development_planning([expects], UP).summary


# --- feedback -----------------------------------------------------------------------------------


def test_a_suggestion_put_gently_is_advice_not_softened_feedback() -> None:
    advice = _move(
        7,
        "Maybe you could try to break tasks into smaller pieces? That usually helps me.",
        Code.ADVICE,
        Code.CLOSED_QUESTION,
        Code.SOFTENER,
    )
    assert not softens(advice)
    seen = _move(
        3,
        "The invoice export shipped on the 21st, a week after the date we agreed.",
        Code.OBSERVATION,
    )
    fb = SCORER.feedback_delivery([seen, advice], UP)
    assert "Softening" not in fb.summary, fb.summary
    assert all(r.turn != 7 for r in fb.try_instead), fb.try_instead
    # a message softened is still softening
    soft = _move(
        3,
        "I feel the sprints have been a bit, how to say, bumpy lately.",
        Code.OBSERVATION,
        Code.SOFTENER,
    )
    assert softens(soft)


@pytest.mark.parametrize(
    "text",
    [
        "We all have periods like this, it's okay. But we need to get it back.",
        "Things have to improve.",
        "Look, this needs to change.",
        "We've got to up our game a bit.",
    ],
)
def test_a_change_asked_for_that_names_nothing_is_not_praised_as_clear(text: str) -> None:
    assert vague_need(text)
    need = _move(5, text, Code.EXPECTATION)
    fb = SCORER.feedback_delivery([need], UP)
    assert "an expectation" not in fb.summary, fb.summary  # it counts for the level
    assert not any(w.startswith("Clear expectation") for w in fb.went_well), fb.went_well


@pytest.mark.parametrize(
    "text",
    [
        "I need you to flag a slipping date in stand-up the same day.",
        "From next sprint, you tell me early if something slips.",
        "You need to write tests for every checkout change.",
    ],
)
def test_a_named_change_is_clear(text: str) -> None:
    assert not vague_need(text)
    fb = SCORER.feedback_delivery([_move(5, text, Code.EXPECTATION)], UP)
    assert any(w.startswith("Clear expectation") for w in fb.went_well), fb.went_well


def test_this_needs_to_change_after_the_example_is_clear() -> None:
    both = _move(
        3,
        "On Wednesday 14 October the invoice export was due and it shipped a week "
        "late. This needs to change.",
        Code.OBSERVATION,
        Code.EXPECTATION,
    )
    fb = SCORER.feedback_delivery([both], UP)
    assert any("clear expectation" in w.lower() for w in fb.went_well), fb.went_well


# --- their step put to them is a proposal ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Okay, okay. Maybe you think about it and tell me next week?",
        "You'll have a think and let me know by Friday?",
    ],
)
def test_their_step_put_to_them_gets_no_open_question_rewrite(text: str) -> None:
    assert good_closed_question(
        text, TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.CLOSED_QUESTION}))
    )
    assert not good_closed_question(
        "Did you think about it last week?",
        TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.CLOSED_QUESTION})),
    )


# --- questions ---------------------------------------------------------------------------------


def test_small_talk_counts_but_is_not_praised_as_an_open_question() -> None:
    from roleplay.scoring.metrics import compute_metrics

    family = _move(
        1, "Hannah, good morning. How is the family?", Code.OPEN_QUESTION, primary=Primary.QUESTION
    )
    turns = [Turn(index=0, speaker="report", text="Hi."), family.turn]
    metrics = compute_metrics(turns, {1: family.coding})
    q = SCORER.powerful_questioning([family], metrics)
    assert "1 open" in q.summary, q.summary
    assert not q.went_well, q.went_well
    # a check on how they are is still praised
    how = _move(1, "How are you doing, really?", Code.OPEN_QUESTION, primary=Primary.QUESTION)
    q = SCORER.powerful_questioning([how], compute_metrics(turns, {1: how.coding}))
    assert q.went_well, q


def test_can_you_do_that_is_asked_as_what_would_help() -> None:
    from roleplay.scoring.rewrites import open_version

    assert open_version("Can you do that?") == "What would help you do that?"
    assert open_version("Okay. Will you manage it?") == "What would help you do it?"


def test_with_no_example_the_level_does_not_claim_specifics() -> None:
    impact = _move(
        5,
        "Leo's manager came to see me. He was not happy. It made the mobile team "
        "look bad in front of everybody.",
        Code.IMPACT,
    )
    fb = SCORER.feedback_delivery([impact], ConversationType.BEHAVIOUR_FEEDBACK)
    assert fb.score == 3, fb.summary
    assert "some specifics" not in fb.summary, fb.summary
    assert fb.summary.startswith("3/5: You said what it led to. Missing: a specific example"), (
        fb.summary
    )


def test_an_either_or_in_two_questions_is_asked_open() -> None:
    from roleplay.scoring.rewrites import open_version

    assert open_version("Is it the new team? Or is it the work itself?") == (
        "What do you think is getting in the way?"
    )


@pytest.mark.parametrize(
    "text",
    [
        "What do you actually want? To sit on dashboards forever?",
        "You cancelled the check-in. The retry fix didn't ship. What am I supposed to think?",
        "Why do you think you can talk to people like this?",
    ],
)
def test_a_question_answered_or_rhetorical_is_not_praised(text: str) -> None:
    from roleplay.scoring.metrics import compute_metrics

    ct = _move(3, text, Code.OPEN_QUESTION, primary=Primary.QUESTION)
    turns = [Turn(index=0, speaker="report", text="Hi."), ct.turn]
    q = SCORER.powerful_questioning([ct], compute_metrics(turns, {3: ct.coding}))
    assert not q.went_well, q.went_well
    real = _move(
        3,
        "What do you actually want? What would make the work feel like yours?",
        Code.OPEN_QUESTION,
        primary=Primary.QUESTION,
    )
    q = SCORER.powerful_questioning([real], compute_metrics(turns, {3: real.coding}))
    assert q.went_well, q


def test_a_word_they_used_earlier_is_not_named_as_put_in_their_mouth() -> None:
    from roleplay.scoring.listening_level import guess_words

    earlier = ManagerMove(
        turn=Turn(index=9, speaker="manager", text="So you were thrown by the new rota."),
        coding=TurnCoding(primary=Primary.REFLECTION, codes=frozenset({Code.REFLECTION})),
        context="I'm fine. Honestly.",
        recent="I'm fine. Honestly. It's just busy. Whatever.",
        said="The new rota is what broke it, to be honest. I'm fine. Honestly. It's just busy. "
        "Whatever.",
    )
    assert not {"new", "rota"} & set(guess_words(earlier)), guess_words(earlier)
    never = ManagerMove(
        turn=Turn(index=9, speaker="manager", text="So you were thrown by the overtime."),
        coding=earlier.coding,
        context=earlier.context,
        recent=earlier.recent,
        said="I'm fine. Honestly. It's just busy.",
    )
    assert "overtime" in guess_words(never), guess_words(never)


def test_a_hedge_on_the_request_is_not_kept_in_the_open_question() -> None:
    from roleplay.scoring.rewrites import open_version

    assert open_version("Could you try to be in by nine from now on? That would be great.") == (
        "What would it take to be in by nine from now on?"
    )
