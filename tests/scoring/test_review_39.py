"""Issue 11, twenty-fifth pass (J22): the review as a manager and a coach read it.

From eight play-throughs in new voices (a Nigerian operations lead, a Québécois manager in a
career talk, an Australian mine supervisor who compares, a Hong Kong banker in chat shorthand,
a Welsh manager who talks about herself, a skilled manager who summarises, a formal skilled
manager, a poor manager who compares and reminisces). The lines here are written for the tests,
not taken from the sessions."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.scores import Competency
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios import load_scenario
from roleplay.scoring.coder import default_coder
from roleplay.scoring.facts import ScenarioFacts
from roleplay.scoring.moves import hearsay, says_consequence, tells_what_happened
from roleplay.scoring.rewrites import asks_their_date, good_closed_question, rewrite

from .conftest import review_text as _review
from .test_feedback_sentences import sentence_problems


def _facts(name: str) -> ScenarioFacts:
    facts = ScenarioFacts.of(load_scenario(bundled_scenarios_dir() / f"{name}.yaml"))
    assert facts is not None
    return facts


# --- who came to the manager about them is no example -------------------------------------------


@pytest.mark.parametrize(("sentence", "told"), [
    ("Right, I've had two people at my door about you this week.", True),
    ("Colleagues keep coming to me about your tone with juniors.", True),
    ("I have had complaints in here about you, Theo.", True),
    ("Two people came to me about you after the retro on the 5th.", False),  # pinned
])
def test_people_who_came_about_them_are_hearsay(sentence: str, told: bool) -> None:
    assert hearsay(sentence) is told
    if told:
        assert not tells_what_happened(sentence)


# --- a condition is not an impact ------------------------------------------------------------


@pytest.mark.parametrize(("line", "impact"), [
    ("So you'll flag it in the channel if the release is at risk, the day before.", False),
    ("Ping me in case the queue fix slips again.", False),
    ("The checkout release is now at risk.", True),
    ("Forty customers couldn't pay on Friday morning.", True),
])
def test_a_condition_is_no_consequence(line: str, impact: bool) -> None:
    assert says_consequence(line) is impact


# --- what a fact led to, in the scenario's words, is its impact -------------------------------


@pytest.mark.parametrize(("scenario", "line", "impact"), [
    ("disengaged-after-reorg", "So the crit went ahead with no mobile work shown at all.", True),
    ("career-conversation", "And the VP thanked you by name in front of the all-hands.", True),
    ("lateness-absence", "The queue opened with two agents, not four, and the wait hit 14 "
                         "minutes.", True),
    # the event's own words, recalled, are no impact
    ("second-meeting", "We said you'd come off the support rota for three weeks and the retry "
                       "fix would ship by the 13th.", False),
    ("disengaged-after-reorg", "What did the crit feel like with no mobile work shown?", False),
])
def test_the_scenarios_impact_said_is_credited(scenario: str, line: str, impact: bool) -> None:
    assert _facts(scenario).tells_impact(line) is impact


def test_feedback_counts_the_impact_said_in_the_scenarios_words() -> None:
    review = _review(
        "disengaged-after-reorg",
        "Hi Nadia, thanks for coming. I wanted to talk about the last few weeks.",
        "At the design crit on Thursday 22 October your camera was off and you said nothing "
        "from me. The crit went ahead with no mobile work shown.",
        "How have things been for you since the reorg?",
        "What I'd ask is that you bring the onboarding states to the crit on Thursday 3 "
        "December.",
        "Let's meet on Friday 4 December to see how it went.",
    )
    said = review[Competency.FEEDBACK_DELIVERY]
    assert "Missing: its impact" not in said and "5/5" in said, said


# --- asking them for the date of their step is no yes/no question ------------------------------


@pytest.mark.parametrize(("question", "theirs"), [
    ("When can you realistically get the export fixed?", True),
    ("So when do you think you could have the states ready?", True),
    ("What date works for you?", True),
    ("When will you finally start testing your code?", False),
    ("When did that start?", False),
])
def test_asking_their_date(question: str, theirs: bool) -> None:
    assert asks_their_date(question) is theirs
    closed = TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.CLOSED_QUESTION}))
    assert good_closed_question(question, closed) is theirs


def test_asking_their_date_is_not_rewritten_nor_called_yes_no() -> None:
    review = _review(
        "second-meeting",
        "Priya, thanks for making time. I'd like to look at how the plan has gone.",
        "What has been getting in the way?",
        "What would you change about the plan?",
        "When can you realistically get the retry fix out?",
        "Okay. Let's meet on Thursday 26 November to see how it's going.",
    )
    said = review[Competency.POWERFUL_QUESTIONING]
    assert "realistically" not in said.split("=>")[0] or "=>" not in said, said
    assert "set their own date" in said, said


# --- a rewrite leaves the swearing out ---------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Just get the damn tickets closed by Friday, yeah?",
    "Write the bloody tests before you merge from now on, alright?",
])
def test_a_rewrite_keeps_the_ask_not_the_swearing(line: str) -> None:
    coding = TurnCoding(primary=Primary.INPUT,
                        codes=frozenset({Code.EXPECTATION, Code.CLOSED_QUESTION}))
    rw = rewrite(11, line, coding, "I'm doing my best.", (Code.CLOSED_QUESTION,))
    assert rw is not None
    low = rw.suggestion.lower()
    assert "damn" not in low and "bloody" not in low, rw.suggestion
    assert not sentence_problems(rw.suggestion), rw.suggestion


# --- a question in chat shorthand is a question -----------------------------------------------


@pytest.mark.parametrize("line", [
    "wat wd make mondays easier?",
    "ok wat's been happening with the rota?",
])
def test_a_question_in_chat_shorthand_is_open(line: str) -> None:
    coding = default_coder().code(line, "It's been a hard few weeks.")
    assert Code.OPEN_QUESTION in coding.codes, coding
