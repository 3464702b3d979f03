"""Issue 11, twenty-third pass (J20): the review as a manager and a coach read it.

From eight play-throughs in new voices (a blunt German engineering manager, an over-apologising
first-time manager from Manila, a joking Texan sales lead, a terse Scottish foreman, a skilled
manager in recogniser text, a sarcastic poor manager, a skilled manager with unusual phrasing, a
vague typical one). The lines here are written for the tests, not taken from the sessions."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.scoring.coder import default_coder
from roleplay.scoring.moves import softens
from roleplay.scoring.rewrites import good_closed_question, open_version

from .test_feedback_sentences import sentence_problems
from .test_review_34 import _move


def _codes(text: str, said: str = "Okay.") -> set[Code]:
    return set(default_coder().code(text, said).codes)


# --- the door shown as what they can do is a threat ---------------------------------------------


@pytest.mark.parametrize("line", [
    "Another comment like that in a review and you can go and look for a new job.",
    "You want to carry on like this, you can find yourself a different manager.",
])
def test_the_door_shown_is_a_threat(line: str) -> None:
    codes = _codes(line, "It was a joke. Are we not allowed jokes now?")
    assert Code.THREAT in codes, codes
    assert Code.REFLECTION not in codes, codes


@pytest.mark.parametrize("line", [
    "If the data-education side is what you love, we can find you a team that does more of it.",
    "Would it help if I found you another team to shadow for a week?",
])
def test_an_offer_of_another_team_is_no_threat(line: str) -> None:
    assert Code.THREAT not in _codes(line, "I really love the teaching side of it.")


# --- an ask named as one is an expectation, not a tip -------------------------------------------


@pytest.mark.parametrize("line", [
    "What I would ask is for you to take a problem with the mobile team to Leo first.",
    "What I'd ask is that concerns about the build go to Leo before they go anywhere else.",
])
def test_an_ask_named_as_such_is_an_expectation(line: str) -> None:
    codes = _codes(line, "I just want things tested properly.")
    assert Code.EXPECTATION in codes, codes
    assert Code.ADVICE not in codes, codes


# --- a meeting booked on a day is the follow-up -------------------------------------------------


@pytest.mark.parametrize("line", [
    "I'll ask finance for the numbers myself. Shall we go over how it's going on Wednesday the "
    "9th?",
    "You draft the proposal and you and I sit down on Tuesday the 8th to go through it.",
    "you and me sit down on thursday the tenth to go over what ops said",
])
def test_a_meeting_booked_on_a_day_is_a_follow_up(line: str) -> None:
    assert Code.FOLLOW_UP in _codes(line, "Yes. That would help.")


@pytest.mark.parametrize("line", [
    "You and I sit down on Thursday to set up the integration tests.",
    "Kasia and you meet on Tuesday to pair on the order states.",
])
def test_working_together_on_a_day_is_no_follow_up(line: str) -> None:
    assert Code.FOLLOW_UP not in _codes(line, "Yes. That would help.")


# --- a meeting proposed gently is a weak plan, not a message softened away ---------------------


@pytest.mark.parametrize("line", [
    "Um, sorry, so maybe we could catch up again at some point next week?",
    "Perhaps we just pick this up again sometime after the sprint, or something.",
])
def test_a_hedged_follow_up_is_not_over_softening(line: str) -> None:
    ct = _move(9, line, Code.FOLLOW_UP, Code.SOFTENER, said="Okay.")
    assert not softens(ct)


def test_a_hedged_message_still_softens() -> None:
    ct = _move(5, "Sorry, it's maybe just a tiny thing, but the export was a week late.",
               Code.OBSERVATION, Code.SOFTENER, said="Okay.")
    assert softens(ct)


# --- yes/no questions that are right as they are ------------------------------------------------


def _closed(text: str) -> TurnCoding:
    return TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.CLOSED_QUESTION}))


@pytest.mark.parametrize("line", [
    "i wanted to go over a couple of things from the sprint if thats okay",
    "I'd like to talk about the release meeting on Tuesday, if that's all right with you?",
    "Right, that onboarding session you ran for the new starters? Three of them mentioned it to "
    "me unprompted.",
    "So, the churn write-up you did for finance? The VP quoted it twice.",
])
def test_leave_asked_or_a_topic_raised_is_not_rewritten(line: str) -> None:
    assert good_closed_question(line, _closed(line))


@pytest.mark.parametrize("line", [
    "The retry fix you promised, is it done?",
    "Did you run the tests before you merged?",
])
def test_a_real_yes_no_question_is_still_rewritten(line: str) -> None:
    assert not good_closed_question(line, _closed(line))


@pytest.mark.parametrize(("line", "about"), [
    ("Yeah, I suppose the new rota hasn't really settled in the way we wanted, has it?",
     "the new rota"),
    ("So your onboarding plan didn't quite land, did it?", "your onboarding plan"),
])
def test_a_statement_with_a_tag_is_asked_about_its_subject(line: str, about: str) -> None:
    out = open_version(line)
    assert about in out, out
    assert "with that" not in out, out
    assert not sentence_problems(out), out


# --- an apology for raising it softens the message it raises -----------------------------------


@pytest.mark.parametrize("line", [
    "Okay, sorry. The rota swap was missed twice, I think. Sorry to bring it up.",
    "I hate to mention it, but the report went out late again on Friday.",
])
def test_sorry_to_bring_it_up_is_a_softener(line: str) -> None:
    from roleplay.scoring.settle import settle
    coding = TurnCoding(primary=Primary.INPUT, codes=frozenset({Code.INFORMATION}))
    assert Code.SOFTENER in settle(line, coding, "It's been a lot lately.").codes
