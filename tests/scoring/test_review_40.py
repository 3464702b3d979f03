"""Issue 11, twenty-sixth pass (J23): the review as a manager and a coach read it.

From eight play-throughs in new voices (a Polish logistics lead, a Kenyan bank manager, a
Californian founder who over-praises, a Jamaican nurse manager, a retired army officer, a
skilled manager who asks many short questions, a poor manager who threatens politely, a
typical manager who avoids the topic until the end). The lines here are written for the tests,
not taken from the sessions."""

from __future__ import annotations

import pytest

from roleplay.app.rehearsal import ScriptedSession, play
from roleplay.domain.codes import Code
from roleplay.domain.scores import Competency
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios import load_scenario
from roleplay.scoring.coder import default_coder


def _review(name: str, *lines: str) -> dict[Competency, str]:
    scenario = load_scenario(bundled_scenarios_dir() / f"{name}.yaml")
    played = play(scenario, ScriptedSession(id="t", style="typical", voice="test",
                                            turns=lines), default_coder())
    return {c.competency: c.summary + "\n" + "\n".join(
        f"{e.note}: {e.quote}" for e in c.evidence) + "\n" + "\n".join(
        f"{r.original} => {r.suggestion}" for r in c.try_instead) + "\n" + "\n".join(
        c.went_well) for c in played.score.competencies}


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
    codes = default_coder().code(line, "Yes. I'd rather sort it than pretend.").codes
    assert Code.FOLLOW_UP not in codes


@pytest.mark.parametrize("line", [
    "Our check-in on the 12th got cancelled, so let's meet on Monday the 23rd instead.",
    "Last week's 1:1 was missed; we'll sit down again on Thursday 26 November.",
])
def test_a_meeting_put_in_its_place_is_still_booked(line: str) -> None:
    assert Code.FOLLOW_UP in default_coder().code(line, "Okay.").codes


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
