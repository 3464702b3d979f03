"""Firm rules from unseen-36, read last on the twenty-first day (terse skilled managers in
recogniser text): the work named as the problem "not you"; a say-back checked in one breath; what
the role needs, then their step asked; their ask agreed and taken to HR by the manager; a meeting
that did not happen; a meeting booked on a weekday with its date; the new way set "from now"; a
trait they lack. The lines are written for the tests."""

import pytest

from roleplay.domain.codes import Code
from roleplay.scoring.coder import default_coder

CODER = default_coder()


def codes(text: str, context: str | None = "Okay.") -> set[Code]:
    return set(CODER.code(text, context).codes)


@pytest.mark.parametrize("text", [
    "again the work is the problem here not you i want to understand what changed",
    "The problem is what you did, Theo. Not the man. The comments stop.",
])
def test_the_work_named_as_the_problem_not_them_is_no_judgement(text: str) -> None:
    assert not codes(text) & {Code.LABEL, Code.BLAME}


def test_a_verdict_beside_it_still_labels() -> None:
    assert Code.LABEL in codes("The problem is what you did, Theo. Not the man. You're a bully.")


def test_a_say_back_checked_in_one_breath_is_a_reflection() -> None:
    assert Code.REFLECTION in codes(
        "maybe after october your place in the team changed and nobody checked with you that is "
        "how it sounds to me did i understand right or not", "I'm doing what's on the board.")
    assert Code.REFLECTION in codes(
        "it sounds like maybe the plan fit two weeks ago and something changed since then tell "
        "me if i have it wrong", "Yes. The 13th came and went. I know.")


@pytest.mark.parametrize("text", [
    "sounds like a plan is that right",
    "you were late three times this week is that right",
])
def test_agreement_or_a_fact_checked_is_no_reflection(text: str) -> None:
    assert Code.REFLECTION not in codes(text)


def test_what_the_role_needs_then_their_step_asked() -> None:
    got = codes("what the role needs is this crit with your work in it designs with states and "
                "edge cases on the date we agree and your voice in reviews so what small first "
                "step would you take and which day you choose", "It's fine. Just busy.")
    assert {Code.EXPECTATION, Code.OPEN_QUESTION} <= got


def test_the_new_way_set_from_now_then_their_step_asked() -> None:
    got = codes("from now a worry about a build goes to leo one to one before it goes anywhere "
                "else whats one first step youd take and the day is yours",
                "It's the payments outage.")
    assert {Code.EXPECTATION, Code.OPEN_QUESTION} <= got


def test_their_ask_taken_to_hr_by_the_manager_is_no_threat() -> None:
    got = codes("thik ache then we do that i take it to hr and to marcus myself and if any part "
                "i cannot do i tell you by monday",
                "I could do core hours from 1 to 5 and be properly present for them.")
    assert Code.THREAT not in got
    assert Code.SUPPORT_OFFER in got


def test_hr_with_a_condition_on_them_still_threatens() -> None:
    assert Code.THREAT in codes("fine we do that i take it to hr and if you miss one more day you "
                                "are out")


def test_a_meeting_that_did_not_happen_books_none() -> None:
    assert Code.FOLLOW_UP not in codes(
        "some things i saw thursday 12 november the check in was cancelled twenty minutes before "
        "friday 13 the fix did not ship and no message and three more customer tickets got "
        "escalated", "That too.")
    assert Code.FOLLOW_UP in codes("the check in was cancelled on thursday so we meet again "
                                   "friday 4 december")


def test_a_meeting_on_a_weekday_with_its_date_is_booked() -> None:
    assert Code.FOLLOW_UP in codes(
        "so your step from your day the help you asked for from me this week and we meet "
        "thursday 26 november at 2 and if one of us must cancel we rebook the same day anything "
        "i forgot", "If I could go part-time. Can I come back to you by Friday?")


@pytest.mark.parametrize("text", [
    "you got no drive thats the problem i had drive",
    "you've got no backbone",
])
def test_a_trait_they_lack_is_a_label(text: str) -> None:
    assert Code.LABEL in codes(text, "I'm doing my job well. Isn't that enough?")


def test_no_urgency_offered_is_no_label() -> None:
    assert Code.LABEL not in codes("you've no urgency to decide today")


def test_a_lack_they_fear_others_see_is_no_label() -> None:
    assert Code.LABEL not in codes(
        "I have the impression that you are a little worried that if you say you do not want to "
        "manage, people here will think you have no ambition.",
        "I said no to the pod lead role because it's not me.")


def test_what_stays_then_the_first_step_asked() -> None:
    got = codes("what stays is if a date is in danger you tell me that same day so what is the "
                "first small step and what day you choose",
                "Yes, I can do that, but there's something I haven't told you.")
    assert {Code.EXPECTATION, Code.OPEN_QUESTION} <= got
