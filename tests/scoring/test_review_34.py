"""Issue 11, nineteenth pass (J17): the review as a manager and a coach read it.

Found from the lead's reading of the unseen-9 sessions, J16's report and by playing managers in
voices the project had not used through the CLI. Each rule has lines of its own, positive and
negative; codes are fixed in the tests where a rule reads codes."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.scenario import ConversationType
from roleplay.domain.session import Turn
from roleplay.scoring.anti_patterns import anti_patterns
from roleplay.scoring.competencies import CompetencyScorer
from roleplay.scoring.metrics import ConversationMetrics, compute_metrics
from roleplay.scoring.moves import ManagerMove
from roleplay.scoring.rubric import load_rubric


def _move(index: int, text: str, *codes: Code, said: str = "",
          primary: Primary = Primary.INPUT) -> ManagerMove:
    return ManagerMove(turn=Turn(index=index, speaker="manager", text=text),
                       coding=TurnCoding(primary=primary, codes=frozenset(codes)),
                       context=said or None, recent=said or None, said=said or None)


def _metrics(mine: list[ManagerMove]) -> ConversationMetrics:
    turns = [t for ct in mine for t in (
        ct.turn, Turn(index=ct.index + 1, speaker="report", text="Okay, I see."))]
    return compute_metrics(turns, {ct.index: ct.coding for ct in mine})


# --- a count over a month is not the last week -------------------------------------------------

def _last_week_only(text: str) -> bool:
    mine = [_move(1, text, Code.OBSERVATION, said="Hi."),
            _move(3, "What is going on?", Code.OPEN_QUESTION, said="Hi. Okay.",
                  primary=Primary.QUESTION)]
    found = anti_patterns(load_rubric(), mine, _metrics(mine), ConversationType.UNDERPERFORMANCE)
    return any(ap.id == "last_week_only" for ap in found)


@pytest.mark.parametrize(("text", "only"), [
    ("Morning Leanne. Check your login times on Monday. Nine days late out of twenty.", False),
    ("You were late on Monday, 9 out of the last 20 days.", False),
    ("You were late on Monday and on Tuesday.", True),
    ("You were late on Monday, one out of two meetings.", True),
])
def test_a_count_over_a_month_is_not_the_last_week(text: str, only: bool) -> None:
    assert _last_week_only(text) is only


# --- an order with a deadline is no follow-up ---------------------------------------------------

def _plan(last: str, *codes: Code) -> tuple[int | None, str]:
    mine = [_move(1, "Set that coffee down.", Code.INFORMATION, said="Hi."),
            _move(3, "On Wednesday 18 November you pushed straight to main.", Code.OBSERVATION,
                  said="Hi. Okay."),
            _move(5, last, *codes, said="Hi. Okay. No.")]
    dp = CompetencyScorer(load_rubric()).development_planning(
        mine, ConversationType.BEHAVIOUR_FEEDBACK)
    return dp.score, " ".join([dp.summary, *(e.note for e in dp.evidence)])


def test_an_order_with_a_deadline_is_not_a_follow_up() -> None:
    score, said = _plan("Here's how it's gonna go. Every change goes through review, you keep "
                        "your jokes to yourself in retros, and you apologize to Amara by Friday. "
                        "We clear?", Code.EXPECTATION, Code.FOLLOW_UP, Code.CLOSED_QUESTION)
    assert score is not None and score <= 3, said
    assert "follow-up" not in said.split("Missing:")[-1].split(".", 1)[-1], said
    assert "a follow-up" in said, said  # named as missing


def test_an_expectation_with_a_meeting_again_is_still_a_follow_up() -> None:
    score, said = _plan("Every change goes through review from now on, and you apologize to "
                        "Amara by Friday. Let's meet again on Monday 30 November to see how it "
                        "went.", Code.EXPECTATION, Code.FOLLOW_UP)
    assert score is not None and score >= 2 and "follow-up" in said, said


# --- their own example is not rewritten back to them ---------------------------------------------

def test_a_softened_repeat_of_their_own_example_is_not_given_it_again() -> None:
    from roleplay.resources import bundled_scenarios_dir
    from roleplay.scenarios.loader import load_scenario
    from roleplay.scoring.facts import ScenarioFacts
    from roleplay.scoring.moves import rewrites_for
    facts = ScenarioFacts.of(load_scenario(bundled_scenarios_dir() / "brilliant-jerk.yaml"))
    told = _move(3, "At the retro on Thursday 5 November you said QA stands for Quietly Asleep "
                    "about Amara's testing, and Amara left the call early.", Code.OBSERVATION,
                 said="Hi.")
    soft = _move(5, "Eh, I mean, maybe it was just a joke, but maybe some people didn't like it?",
                 Code.LABEL, said="Hi. It was a joke. Amara knows I rate her.")
    rws = rewrites_for([soft], (Code.THREAT, Code.LABEL, Code.BLAME, Code.SOFTENER),
                       facts=facts, examples=[told])
    assert rws and "5 November" not in rws[0].suggestion, rws
    assert "November" not in rws[0].suggestion and "example already" in rws[0].why, rws
    # with no example told before, the dated example is the rewrite
    first = rewrites_for([soft], (Code.THREAT, Code.LABEL, Code.BLAME, Code.SOFTENER),
                         facts=facts, examples=[])
    assert first and "November" in first[0].suggestion, first
