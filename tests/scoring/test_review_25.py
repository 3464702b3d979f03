"""Issue 11, J9: the review as a coach reads it, found playing fourteen managers in new voices
through the CLI (Indian-English, Nigerian, an Australian foreman, a nervous first-timer, a terse
executive, a lower-case typist, French, Irish, one reading HR notes, a coach-trained one).

- An order with a tag and no verb is not rewritten "What would help you nine sharp from
  tomorrow?"; "Does that suit you?" is a closing check, not a closed question to open; "Do you
  like the analytics work?" is opened on the same thing, and "Okay." is not kept in a rewrite.
- A turn that is the example and its impact is praised once ("Specific example and impact").
- The facts' "you" is the manager in every fact ("no message in stand-up or to you" -> "to me").
- A clause ending on "there" or "then" is not handed back alone ("you knew where everything was
  there").
- "What would actually work for you?" asks about the plan.
- "Done." and a greeting are not praised as "You reflected back"; a career conversation's
  softening gets no "this needs to change"; the example quoted is one the manager raised, not
  what the report told them said back.
Real coder and scorer; the lines are written for the rules."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Competency
from roleplay.domain.session import Turn
from roleplay.scoring.facts import second_person
from roleplay.scoring.listening_level import says_back
from roleplay.scoring.moves import ManagerMove
from roleplay.scoring.reading import asks_about_plan
from roleplay.scoring.reflecting import reflectable
from roleplay.scoring.rewrites import good_closed_question, open_version, rewrite
from roleplay.scoring.scorer import score_transcript

from .conftest import transcript
from .test_judgement_rules_4 import _comp

CLOSED = TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.CLOSED_QUESTION}))


def _move(text: str, *codes: Code, context: str = "") -> ManagerMove:
    return ManagerMove(turn=Turn(index=3, speaker="manager", text=text),
                       coding=TurnCoding(primary=Primary.INPUT, codes=frozenset(codes)),
                       context=context, recent=context, said=context)


# --- closed questions ------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "better"), [
    ("So nine sharp from tomorrow. Yeah?",
     "Nine sharp from tomorrow. What would help you make that happen?"),
    ("Monday 9am, okay?", "Monday 9am. What would help you make that happen?"),
    ("Fill in the form by Friday. Okay?", "What would help you fill in the form by Friday?"),
])
def test_an_order_with_a_tag_is_opened_as_a_sentence(line: str, better: str) -> None:
    assert open_version(line) == better


@pytest.mark.parametrize(("line", "better"), [
    ("Do you like the analytics work?", "How do you feel about the analytics work?"),
    ("So are you happy in the team?", "How do you feel about the team?"),
])
def test_a_question_about_liking_is_opened_on_the_same_thing(line: str, better: str) -> None:
    assert open_version(line) == better


def test_a_filler_before_the_expectation_is_not_kept_in_the_rewrite() -> None:
    coded = TurnCoding(primary=Primary.QUESTION,
                       codes=frozenset({Code.CLOSED_QUESTION, Code.EXPECTATION}))
    rw = rewrite(3, "Okay. Going forward, I want every change tested properly before it goes "
                    "to QA. Is that clear?", coded, None)
    assert rw is not None and rw.suggestion.startswith("Going forward, I want"), rw


def test_an_order_that_names_no_task_is_not_turned_into_one() -> None:
    asked = open_version("So Monday. No more stories. Okay?")
    assert "help you no" not in asked and asked.endswith("?")


@pytest.mark.parametrize("line", [
    "We will sit again on Tuesday 1 December to check. Does that suit you?",
    "Would that work for you?", "Does that time suit?", "Would it suit you?",
])
def test_a_closing_check_needs_no_open_version(line: str) -> None:
    assert good_closed_question(line, CLOSED)


@pytest.mark.parametrize("line", ["Does it work?", "Did you test it?"])
def test_other_closed_questions_still_get_one(line: str) -> None:
    assert not good_closed_question(line, CLOSED)


# --- one praise per turn in feedback ---------------------------------------------------------


def test_the_example_and_its_impact_in_one_turn_are_praised_once() -> None:
    score = score_transcript(transcript(
        ("manager", "so at the design crit on thursday 22 october you had your camera off and "
                    "said nothing from me, and a couple of the junior designers asked me after "
                    "where you were"),
        ("report", "I know. I didn't have anything to show."),
        ("manager", "What's been going on for you since the reorg?"),
        ("report", "It's been a strange few months."),
    ), ConversationType.UNDERPERFORMANCE)
    fb = _comp(score, Competency.FEEDBACK_DELIVERY)
    turn_one = [line for line in fb.went_well if line.endswith("(turn 0)")]
    assert len(turn_one) == 1, fb.went_well
    assert turn_one[0].startswith("Specific example and impact:"), turn_one


# --- the facts said to the report --------------------------------------------------------------


def test_the_facts_you_is_the_manager_in_every_fact() -> None:
    said = second_person("The retry queue fix, agreed for Friday 13 November, did not ship, and "
                         "there was no message in stand-up or to you that it was at risk.",
                         "Priya", "she")
    assert said is not None and "or to me that" in said and "to you" not in said


# --- reflections -------------------------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "The web team was different. I knew where everything was there.",
    "I'm fine now. It was all a lot easier back then.",
])
def test_a_clause_pointing_back_at_a_place_or_time_is_not_handed_back(said: str) -> None:
    echo = reflectable(said)
    assert echo is None or not echo.endswith(("there", "then")), echo


def test_a_clause_with_its_own_place_still_is() -> None:
    assert reflectable("I'm exhausted by the end of the week.") == \
        "you're exhausted by the end of the week"


@pytest.mark.parametrize(("text", "context", "praised"), [
    ("Done.", "Okay. Noted. Are we done?", False),
    ("Hi Hannah, sorry, thanks for coming, sorry it's a bit last minute.",
     "Hi. Before you say anything, is this about Leo? Because I've got everything written down.",
     False),
    ("It sounds like the plan we made isn't fitting any more.",
     "The plan made sense two weeks ago. Things have changed a bit since.", True),
    ("It sounds like you feel watched.", "So I'm being watched now. Great.", True),
])
def test_only_a_turn_that_says_something_back_is_praised_as_a_reflection(
        text: str, context: str, praised: bool) -> None:
    assert says_back(_move(text, Code.REFLECTION, context=context), []) == praised


def test_done_is_not_praised_as_reflecting_back() -> None:
    score = score_transcript(transcript(
        ("manager", "Two engineers want off your team."),
        ("report", "Okay. Fair. I might have been a bit sharp lately."),
        ("manager", "It sounds like things have been tense for you lately."),
        ("report", "Yeah. Something like that."),
        ("manager", "Fix it. Clear?"),
        ("report", "Okay. Noted. Are we done?"),
        ("manager", "Done."),
        ("report", "Fine."),
    ), ConversationType.BEHAVIOUR_FEEDBACK)
    al = _comp(score, Competency.ACTIVE_LISTENING)
    assert not any('"Done."' in line for line in al.went_well), al.went_well


# --- the plan made together ------------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "What would actually work for you now, given how things are at home?",
    "What would you like to do next, both on the onboarding work and on the bigger question?",
])
def test_a_question_about_what_they_want_done_asks_about_the_plan(said: str) -> None:
    assert asks_about_plan(_move(said, Code.OPEN_QUESTION))


def test_a_question_about_what_went_wrong_still_does_not() -> None:
    assert not asks_about_plan(_move("What would you like to say about what happened?",
                                     Code.OPEN_QUESTION))


# --- what a career conversation and a summary are not ----------------------------------------


def test_softening_in_a_career_conversation_gets_no_this_needs_to_change() -> None:
    score = score_transcript(transcript(
        ("manager", "The SQL workshop on 21 October got five out of five from all four "
                    "analysts. What did you enjoy about it?"),
        ("report", "Explaining things, I think."),
        ("manager", "It's not true that you must leave to do this, maybe, I don't know. We can "
                    "look at it together. What could be a small first step?"),
        ("report", "I could write up the churn definitions."),
        ("manager", "Lovely. I'll talk to the head of analytics, and we meet again on Tuesday "
                    "8 December."),
        ("report", "Okay."),
    ), ConversationType.CAREER)
    fb = score.competency(Competency.FEEDBACK_DELIVERY)
    said = [rw.suggestion for rw in (fb.try_instead if fb else ())]
    assert not any("needs to change" in s for s in said), said


def test_the_example_quoted_is_one_the_manager_raised() -> None:
    score = score_transcript(transcript(
        ("manager", "On Jun's pull request on Tuesday 27 October you wrote 'This is "
                    "embarrassing' in the public review. Jun hasn't opened a review since."),
        ("report", "It was broken."),
        ("manager", "What's been going on for you?"),
        ("report", "I got paged eleven nights in October. I haven't had a holiday in fourteen "
                   "months."),
        ("manager", "So you were paged eleven nights in October and haven't had a holiday in "
                    "over a year. That's exhausting."),
        ("report", "Yeah."),
    ), ConversationType.BEHAVIOUR_FEEDBACK)
    fb = _comp(score, Competency.FEEDBACK_DELIVERY)
    examples = [line for line in fb.went_well if line.startswith("Specific example")]
    assert examples and all("paged" not in line for line in examples), fb.went_well
