"""Issue 11, J8: the review as a coach reads it (found reading the unseen-6 reviews).

- Flexibility said with "-ing" ("look at moving your start") and finding out the rules a report
  fears ("I'll find out from HR what the rules say") take a disclosure in.
- A plan that made room before the disclosure ("I'll take you off the on-call rota") allowed
  for it; asking about a person the disclosure names is not taking it in.
- The manager's own undertaking or recap after they asked is the plan, not advice; advice is
  "before understanding" only when nothing had been asked.
- A rewrite keeps "We clear?" whole out of the expectation, and never asks "What would help
  you" about the manager's own plan.

Real coder and scorer where a whole session is played; the lines are written for these rules."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Competency
from roleplay.domain.session import Turn
from roleplay.scoring._cues_listening import acknowledges, topic_stems
from roleplay.scoring.moves import ManagerMove, fixing
from roleplay.scoring.rewrites import open_version, rewrite
from roleplay.scoring.scorer import score_transcript

from .conftest import transcript
from .test_judgement_rules_4 import _comp

UP = ConversationType.UNDERPERFORMANCE
SECOND_JOB = ("Fine. I do bar shifts four nights a week because my rent went up. I didn't say "
              "because I thought I'd be told I can't have a second job.")

# --- flexibility and finding out the rules take it in ----------------------------------------

ROOM = [
    "I can look at moving your Monday start to 10:00 for the next month.",
    "I'll find out from HR what the rules actually say, so you're not left guessing.",
    "We could try shifting your hours on Mondays for a few weeks.",
    "Let me check with HR whether the policy allows it, and I'll come back to you.",
    "Changing your start time is something I can do for a while.",
    "i'll ask payroll what the rules are on second jobs and tell you by friday",
]
NO_ROOM = [
    "I'll check with HR what the policy says about a disciplinary warning.",
    "I need you logged in at 9:00 from Monday.",
    "Find out what the rules are, because I won't bend them.",
    "You need to check what the policy says before you take more shifts.",
    "HR already has the rules open.",
    "What will you take on from your side, and by when?",
]


@pytest.mark.parametrize("line", ROOM)
def test_flexibility_and_finding_out_the_rules_take_it_in(line: str) -> None:
    assert acknowledges(line, SECOND_JOB)


@pytest.mark.parametrize("line", NO_ROOM)
def test_an_order_or_the_rules_for_a_warning_do_not(line: str) -> None:
    assert not acknowledges(line, SECOND_JOB)


def _disclosure_session(answer: str) -> list[str]:
    score = score_transcript(transcript(
        ("manager", "On Monday 2 November you logged in at 9:47, and the queue opened two "
                    "people short. What's been going on?"),
        ("report", "Mornings are hard."),
        ("manager", "What's been making them hard?"),
        ("report", SECOND_JOB),
        ("manager", answer),
        ("report", "Okay. I can message you by 8 if I'm going to be late."),
        ("manager", "Good. Let's check in on Tuesday 8 December to see how it's going."),
        ("report", "Okay."),
    ), UP)
    dp = _comp(score, Competency.DEVELOPMENT_PLANNING)
    return [a.id for a in score.anti_patterns] + [dp.summary]


@pytest.mark.parametrize("answer", [
    "I can look at moving your Monday start to 10:00 for the next month, and I'll find out "
    "from HR what the rules actually say. What will you do from your side?",
    "I'll find out what the policy actually says about second jobs, so you're not left "
    "guessing. What would you take on, and by when?",
])
def test_the_plan_that_allows_for_it_is_not_ignoring_it(answer: str) -> None:
    found = _disclosure_session(answer)
    assert "ignoring_disclosure" not in found, found
    assert "did not allow for" not in found[-1], found


def test_a_plan_that_moves_on_still_is() -> None:
    found = _disclosure_session("I need you logged in at 9:00 every day from Monday. What will "
                                "you do from your side, and by when?")
    assert "ignoring_disclosure" in found, found


# --- a person the disclosure names is not its topic -------------------------------------------


@pytest.mark.parametrize(("said", "name"), [
    ("I'm cooked. When Jun's code breaks it's my phone that goes at 3am.", "jun"),
    ("I'm exhausted. I've been covering for Priya since March and nobody noticed.", "priya"),
    ("Honestly I'm not coping. Every escalation from Leeds lands on me.", "leed"),
])
def test_a_name_in_a_disclosure_is_not_its_topic(said: str, name: str) -> None:
    topic = topic_stems(said)
    assert topic and not any(t.startswith(name) for t in topic), topic


def test_asking_about_the_person_named_moves_on() -> None:
    said = "I'm cooked. When Jun's code breaks it's my phone that goes at 3am, every time."
    assert not acknowledges("And how do you want to handle things with Jun and Amara?", said)
    assert acknowledges("The 3am calls when the code breaks: how often is your phone going?",
                        said)


# --- the manager's undertaking is not advice ----------------------------------------------------


def _move(index: int, *codes: Code) -> ManagerMove:
    return ManagerMove(turn=Turn(index=index, speaker="manager", text="..."),
                       coding=TurnCoding(primary=Primary.INPUT, codes=frozenset(codes)),
                       context=None)


@pytest.mark.parametrize(("moves", "advice"), [
    # asked first, then the recap of the plan: no advice
    ([_move(1, Code.OPEN_QUESTION), _move(3, Code.ADVICE, Code.COMMITMENT, Code.FOLLOW_UP)], []),
    ([_move(1, Code.OPEN_QUESTION), _move(3, Code.ADVICE, Code.COMMITMENT)], []),
    # advice with a check-in after it is still advice
    ([_move(1, Code.OPEN_QUESTION), _move(3, Code.ADVICE, Code.FOLLOW_UP)], [3]),
    # asked first, then plain advice: still advice
    ([_move(1, Code.OPEN_QUESTION), _move(3, Code.ADVICE)], [3]),
    # a plan with advice in it before anything was asked: advice before understanding
    ([_move(1, Code.ADVICE, Code.COMMITMENT), _move(3, Code.OPEN_QUESTION)], [1]),
    ([_move(1, Code.ADVICE, Code.FOLLOW_UP)], [1]),
])
def test_an_undertaking_after_asking_is_not_advice(moves: list[ManagerMove],
                                                   advice: list[int]) -> None:
    assert [ct.index for ct in fixing(moves)] == advice


def test_advice_after_a_question_is_not_called_before_understanding() -> None:
    score = score_transcript(transcript(
        ("manager", "What's been getting in the way of the reports?"),
        ("report", "I keep losing track of the Thursday deadline."),
        ("manager", "You should set a reminder on Wednesday afternoon and block out an hour."),
        ("report", "Maybe."),
    ), UP)
    notes = [e.note for e in _comp(score, Competency.ACTIVE_LISTENING).evidence]
    assert "advice before understanding" not in notes, notes


# --- rewrites of an order with its check -------------------------------------------------------

EXPECTATION = TurnCoding(primary=Primary.INPUT,
                         codes=frozenset({Code.EXPECTATION, Code.CLOSED_QUESTION}))


@pytest.mark.parametrize(("line", "kept"), [
    ("Monday, nine a.m., fix merged, tests green. We clear?",
     "Monday, nine a.m., fix merged, tests green. What would help"),
    ("Fill in the two-year box by Friday. Management track. We clear?",
     "Management track. What would help"),
    ("Tests on every PR from tomorrow. We good?", "Tests on every PR from tomorrow. What"),
    ("Reviews go through Leo from now on. You clear?", "from now on. What would help"),
    ("Send me the deck by Thursday. Clear?", "Send me the deck by Thursday. What would help"),
])
def test_the_check_goes_whole_with_its_subject(line: str, kept: str) -> None:
    rw = rewrite(3, line, EXPECTATION, None)
    assert rw is not None and kept in rw.suggestion, rw
    assert " We." not in rw.suggestion and " You." not in rw.suggestion


@pytest.mark.parametrize(("line", "theirs"), [
    ("Now, I'm fixin' to put you down for the lead role next cycle. Understood?", False),
    ("Okay, I'll book the room for Thursday. Okay?", False),
    ("Book the room, and I will bring the numbers. Okay?", False),
    ("Now, get the tests running by Monday. Clear?", True),
    ("Right, send me the deck by Thursday, okay?", True),
    ("Fill in the form by Friday. Okay?", True),
])
def test_what_would_help_you_is_asked_only_about_their_task(line: str, theirs: bool) -> None:
    asked = open_version(line)
    assert asked.startswith("What would help you") == theirs, asked
    assert "help you now" not in asked and " i " not in f" {asked.lower()} ", asked


def _room_before(plan: str) -> str:
    score = score_transcript(transcript(
        ("manager", "On Tuesday 27 October you wrote 'This is embarrassing' on Jun's pull "
                    "request. How do you see it?"),
        ("report", "It was broken."),
        ("manager", plan),
        ("report", "I'm burnt out. When Jun's code breaks it's my phone that goes at 3am, and "
                   "I don't sleep. I'm not coping."),
        ("manager", "And how do you want to handle things with Jun? Your call, but this week."),
        ("report", "I'll apologise to him."),
        ("manager", "Let's check in on Tuesday 8 December to see how it's going."),
        ("report", "Okay."),
    ), ConversationType.BEHAVIOUR_FEEDBACK)
    return _comp(score, Competency.DEVELOPMENT_PLANNING).summary


@pytest.mark.parametrize(("plan", "allowed"), [
    ("From my side, I'll take you off the on-call rota for the next two weeks. What will you "
     "do, and by when?", True),
    ("I can move your hours so you start later after an on-call night. What will you do, and "
     "by when?", True),
    ("From my side, I'll send you the review guidelines by Friday. What will you do, and by "
     "when?", False),
])
def test_room_made_before_the_disclosure_allowed_for_it(plan: str, allowed: bool) -> None:
    summary = _room_before(plan)
    assert ("did not allow for" not in summary) == allowed, summary
