"""Found in the blind unseen-12 sessions: the manager takes up the step the report proposed by
offering help for it ("From my side, I can protect some time for it"), not by saying "Good."
first. That is their step, agreed; the plan has a step, and what is missing is its date."""

from __future__ import annotations

import pytest

from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Competency
from roleplay.scoring.scorer import score_transcript

from .conftest import transcript
from .test_judgement_rules_4 import _comp


def _planning(*turns: tuple[str, str]) -> tuple[int | None, str]:
    score = score_transcript(transcript(*turns), ConversationType.UNDERPERFORMANCE)
    comp = _comp(score, Competency.DEVELOPMENT_PLANNING)
    return comp.score, comp.summary


@pytest.mark.parametrize(("idea", "support"), [
    ("I'd love to run the follow-up workshop the analysts asked for.",
     "From my side, I can protect some time for it and introduce you to the people who run "
     "learning. Shall we meet again on Tuesday 8th December to see how it went?"),
    ("If someone else covered the support rota for a few weeks, I could focus on the ledger "
     "work.",
     "On my end, I can take you off the support rota for the next few weeks. Let's meet again "
     "next Thursday, November 12, same time."),
    ("i would love to shadow ana on the night audits",
     "yeah from my side i can sort the rota with ana for that"),
])
def test_help_offered_for_the_step_they_proposed_takes_it_up(idea: str, support: str) -> None:
    level, summary = _planning(
        ("manager", "The last three releases slipped. What would you want to try first?"),
        ("report", idea),
        ("manager", support),
        ("report", "Okay."),
    )
    assert level == 3, summary
    assert "took up the step they had proposed" in summary, summary
    assert "Missing: a date for the step they proposed" in summary, summary
    assert "a concrete next step" not in summary, summary


def test_help_offered_for_something_else_takes_up_no_step() -> None:
    # the help is the manager's own idea: it neither points back at theirs nor shares its words
    _level, summary = _planning(
        ("manager", "The last three releases slipped. What would you want to try first?"),
        ("report", "I could pair with Kasia on the order states."),
        ("manager", "I can book you onto the estimation course in January."),
        ("report", "Okay."),
    )
    assert "took up the step they had proposed" not in summary, summary


def test_how_long_is_not_a_date_for_their_step() -> None:
    # "for a few weeks" says how long the help lasts, not when their step is done
    level, summary = _planning(
        ("manager", "The last three releases slipped. What can you realistically deliver next, "
                    "and by when?"),
        ("report", "If someone else covered the support rota for a few weeks, I could focus on "
                   "the ledger work."),
        ("manager", "On my end, I can take you off the support rota. Let's meet again on "
                    "Thursday 12 November."),
        ("report", "Okay."),
    )
    assert level != 5, summary
    assert "Missing: a date for the step they proposed" in summary, summary


def test_help_for_a_step_they_proposed_earlier_takes_it_up() -> None:
    # the idea came two turns back; the help names it in its own words
    level, summary = _planning(
        ("manager", "What would you like to do more of?"),
        ("report", "I'd love to run the follow-up workshop the analysts asked for."),
        ("manager", "That sounds like you. What else?"),
        ("report", "Maybe more of the data definitions work."),
        ("manager", "What could be one small experiment in the next weeks?"),
        ("report", "I'm not sure."),
        ("manager", "From my side, I can get the follow-up workshop the analysts asked for into "
                    "the onboarding plan. We meet again on Tuesday 8 December at two."),
        ("report", "Okay."),
    )
    assert "took up the step they had proposed" in summary, summary
    assert level is not None and level >= 3, summary
