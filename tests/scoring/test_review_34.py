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


# --- a count over a month is not the last week ---------------------------------------------------

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


# --- an order with a deadline is no follow-up ----------------------------------------------------

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


# --- a later start allowed takes in what they told -----------------------------------------------

_PUB = ("Okay, fine. I work at a pub four nights a week because my landlord put the rent up. I'm "
        "knackered.")


@pytest.mark.parametrize(("plan", "takes_in"), [
    ("Okay. From Monday you can start at half past nine and stay until half past five. Let us "
     "sit again on Friday 4 December.", True),
    ("ok so you message me by eight the night before and i move your start to nine thirty", True),
    ("From Monday you log in at 8:45 every day. Understood?", False),
    ("From Monday you start at nine sharp, and we meet on Friday 4 December.", False),
])
def test_a_later_start_allowed_takes_in_what_they_told(plan: str, takes_in: bool) -> None:
    from roleplay.scoring.listening import _takes_in
    ct = _move(13, plan, Code.COMMITMENT, Code.FOLLOW_UP, said=_PUB)
    assert _takes_in(ct, _PUB) is takes_in


# --- "Okay." before asking for their step is no advice -------------------------------------------

@pytest.mark.parametrize(("text", "theirs"), [
    ("Okay. What do you want to try first?", True),
    ("Right. Good. What would you like to do next?", True),
    ("Okay. You should write the tests first. What do you want to try?", False),
])
def test_an_acknowledgement_before_asking_their_step_is_no_advice(text: str, theirs: bool) -> None:
    from roleplay.scoring.listening_level import asks_their_step
    assert asks_their_step(_move(13, text, Code.ADVICE, Code.OPEN_QUESTION,
                                 primary=Primary.QUESTION)) is theirs


# --- the opening words are no reflection, whatever the report answers ----------------------------

def test_an_opener_agreed_with_is_no_reflection() -> None:
    from roleplay.scoring.listening import heard_reflections
    opener = ("Che, Sofia, thanks for coming. Sit, sit. Today is only about you and where you "
              "want to go, nothing is wrong.")
    start = "Hi. Sorry about the form. I just didn't really know what to write."
    mine = [_move(1, opener, Code.REFLECTION, said=start, primary=Primary.REFLECTION),
            _move(3, "Where do you see yourself in two years?", Code.OPEN_QUESTION,
                  said=f"{start} Mm. That's true, actually.", primary=Primary.QUESTION)]
    assert not heard_reflections(mine).credited


def test_an_opening_reflection_of_their_words_still_counts() -> None:
    from roleplay.scoring.listening import opens_talk
    start = "Hi. Sorry about the form. I just didn't really know what to write."
    assert not opens_talk(_move(1, "It sounds like the form was hard to write. Thanks for coming.",
                                Code.REFLECTION, said=start))


# --- the plan quoted with the manager's non-native step ------------------------------------------

def test_a_plan_with_a_native_present_step_is_quoted_whole() -> None:
    from roleplay.scoring.moves import quote_for
    text = ("Okay, I talk with the developer relations lead about a shadow day for you this month, "
            "and you write me a short note about what you would want to try. We meet again on "
            "Thursday 10 December.")
    quoted = quote_for(text, {Code.COMMITMENT, Code.SUPPORT_OFFER, Code.FOLLOW_UP}, 210)
    assert quoted.startswith("Okay, I talk with") and "10 December" in quoted, quoted


# --- a recogniser's run-on plan: their step, the manager's part, the meeting; the old plan recalled

_RUN_ON = ("ok so you message me by eight the night before and i move your start to nine thirty "
           "we meet again on thursday the third of december")
_RECALL = ("so last time we agreed you would message me the night before if you were going to be "
           "late and we said a check in every thursday how has that been going")


def _planning(*moves: ManagerMove) -> tuple[int | None, str]:
    mine = [_move(1, "hi thanks for coming in how have things been", Code.OPEN_QUESTION,
                  said="Hi.", primary=Primary.QUESTION), *moves]
    dp = CompetencyScorer(load_rubric()).development_planning(
        mine, ConversationType.UNDERPERFORMANCE)
    return dp.score, " | ".join([dp.summary, *dp.went_well])


def test_a_run_on_plan_is_step_support_and_follow_up() -> None:
    score, said = _planning(
        _move(9, "what would make the next two weeks work for you", Code.OPEN_QUESTION,
              said="Hi. Okay.", primary=Primary.QUESTION),
        _move(11, _RUN_ON, Code.FOLLOW_UP, said="Hi. Okay. The hours thing doesn't work."))
    assert score == 5, said


def test_the_old_plan_recalled_is_no_follow_up() -> None:
    _, said = _planning(_move(3, _RECALL, Code.FOLLOW_UP, Code.OPEN_QUESTION, said="Hi. Okay.",
                              primary=Primary.QUESTION))
    assert "Follow-up:" not in said, said


@pytest.mark.parametrize(("clause", "undertakes"), [
    ("i move your start to nine thirty we meet again on thursday the third of december", True),
    ("we meet again on thursday the third of december", False),
])
def test_the_managers_part_before_the_meeting_in_a_run_on(clause: str, undertakes: bool) -> None:
    from roleplay.scoring.reading import manager_part
    assert manager_part(_move(11, clause, Code.FOLLOW_UP)) is undertakes


# --- writing them down is no step to praise; "soon" books no meeting ---------------------------

def test_writing_them_down_is_no_step_to_praise() -> None:
    mine = [_move(1, "Sofia. You declined the team-lead role on 10 November.", Code.OBSERVATION,
                  said="Hi."),
            _move(3, "Why would you say no to more money?", Code.BLAME, said="Hi. Oh."),
            _move(5, "Fine. I'll put you down as not interested in growth. Anything else?",
                  Code.COMMITMENT, Code.SUPPORT_OFFER, said="Hi. Oh. Sorry.")]
    dp = CompetencyScorer(load_rubric()).development_planning(mine, ConversationType.CAREER)
    assert not dp.went_well, dp.went_well


@pytest.mark.parametrize(("last", "praised"), [
    ("Right, well, keep the comments about the code, aye? We'll catch up soon.", False),
    ("Keep the comments about the code. We'll catch up on Friday 4 December.", True),
])
def test_catching_up_soon_books_no_meeting(last: str, praised: bool) -> None:
    mine = [_move(1, "Theo, have a seat.", Code.INFORMATION, said="Hi."),
            _move(3, "On 27 October you wrote 'This is embarrassing' on Jun's PR.",
                  Code.OBSERVATION, said="Hi. Okay."),
            _move(5, last, Code.FOLLOW_UP, said="Hi. Okay. Fine.")]
    dp = CompetencyScorer(load_rubric()).development_planning(
        mine, ConversationType.BEHAVIOUR_FEEDBACK)
    assert any(w.startswith("Follow-up") for w in dp.went_well) is praised, dp.went_well
