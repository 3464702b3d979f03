"""Issue 11, fourth pass: feedback a coach would sign, found by playing the app as managers in
new voices (a Welsh team lead, a retired teacher, a manager who only asks questions, one who
over-praises then drops the bomb, a joker, one who reads HR notes, a three-word one). Real
coder, real scorer; the lines are written for these rules, not taken from those sessions."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.meeting_again import MEETS_AGAIN
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Competency, CompetencyScore, SessionScore
from roleplay.scenarios.loader import load_scenario
from roleplay.scoring._cues_listening import PERSONAL, acknowledges, guess_offered
from roleplay.scoring._text import canonical
from roleplay.scoring.facts import ScenarioFacts
from roleplay.scoring.moves import ManagerMove, rewrites_for
from roleplay.scoring.reflecting import reflectable
from roleplay.scoring.rewrites import (
    acknowledgement_for,
    curious_why,
    good_closed_question,
    open_version,
    rewrite,
)
from roleplay.scoring.scorer import SessionScorer

from .conftest import transcript

BUNDLED = Path(__file__).parents[2] / "src" / "roleplay" / "resources" / "scenarios"
UP = ConversationType.UNDERPERFORMANCE
BF = ConversationType.BEHAVIOUR_FEEDBACK
BLAME = TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.BLAME}))
THREAT = TurnCoding(primary=Primary.INPUT, codes=frozenset({Code.THREAT}))


def _comp(score: SessionScore, which: Competency) -> CompetencyScore:
    c = score.competency(which)
    assert c is not None
    return c


# --- 1. a why-question coded blame is rewritten as curiosity about the same act ------------


@pytest.mark.parametrize(("line", "act"), [
    ("Why did you turn down the team lead role?", "how you came to turn down the team lead role"),
    ("So why did you skip the kickoff", "how you came to skip the kickoff"),
    ("Why would you push straight to main? Seriously?", "how you came to push straight to main"),
    ("why did you leave me out of the thread on friday",
     "how you came to leave me out of the thread on Friday"),
    ("Okay, why did you cancel the check-in?", "how you came to cancel the check-in"),
])
def test_a_why_question_becomes_a_curious_request_about_the_same_act(line: str, act: str) -> None:
    asked = curious_why(line)
    assert asked is not None and act in asked, asked
    rw = rewrite(3, line, BLAME, None)
    assert rw is not None and rw.suggestion == asked
    assert "Something slipped" not in rw.suggestion


@pytest.mark.parametrize("line", [
    "Why have you stopped reviewing?",  # a participle: no "came to stopped"
    "Why no check-in?",
    "What made you decide that?",
    "You always blame the estimates.",
    "It's your fault the release slipped.",
])
def test_other_lines_get_no_why_rewrite(line: str) -> None:
    assert curious_why(line) is None


def test_a_blame_rewrite_states_no_facts_the_scenario_lacks() -> None:
    """With no scenario facts (a career conversation), blame gets no invented event."""
    rw = rewrite(3, "It's your fault the release slipped.", BLAME, None)
    assert rw is not None and "slipped" not in rw.suggestion and "team felt" not in rw.suggestion


def test_a_negated_why_asks_what_got_in_the_way() -> None:
    assert curious_why("Why didn't you tell me?") == (
        "What got in the way there? Talk me through it from your side.")


# --- 2. two turns never get the same rewrite --------------------------------------------------


def _moves(*lines: tuple[str, TurnCoding]) -> list[ManagerMove]:
    talk = transcript(*[t for text, _ in lines for t in (("manager", text), ("report", "Okay."))])
    return [ManagerMove(turn=talk.turns[2 * i], coding=c, context="Okay.")
            for i, (_, c) in enumerate(lines)]


@pytest.mark.parametrize(("scenario", "lines"), [
    ("lateness-absence", ["One more late start and you're on a final warning.",
                          "Do it again and HR will be involved."]),
    ("brilliant-jerk", ["Keep this up and you won't be on this team much longer.",
                        "If I hear one more complaint, that's it."]),
    ("second-meeting", ["Miss another check-in and we go formal.",
                        "If the fix isn't in by Monday, you're off the project."]),
    ("peer-feedback", ["One more post like that and it goes on your record.",
                       "Do it again and you'll be explaining yourself to HR."]),
    ("quality-slipping", ["Another outage and we're having a very different conversation.",
                          "Break production again and you're off checkout."]),
])
def test_two_threats_never_get_the_same_rewrite(scenario: str, lines: list[str]) -> None:
    facts = ScenarioFacts.of(load_scenario(BUNDLED / f"{scenario}.yaml"))
    out = rewrites_for(_moves(*[(line, THREAT) for line in lines]), facts=facts)
    assert out, scenario
    assert len({rw.suggestion for rw in out}) == len(out), [rw.suggestion for rw in out]
    for rw in out:  # a rotated fact is still about the report, never another team's act
        assert "the mobile team shipped" not in rw.suggestion


# --- 3. a plan that was never made cannot have left anything out ---------------------------


def test_no_plan_is_not_said_to_have_left_out_a_disclosure() -> None:
    talk = transcript(
        ("report", "Hi. Yeah, all fine. What did you want to go over?"),
        ("manager", "Hi Nadia, how are things?"),
        ("report", "I guess I don't really know where I fit anymore."),
        ("manager", "How are you finding the new setup after the reorg?"),
        ("report", "I don't know. It's been a strange few months."),
        ("manager", "What do you think about the crits these days?"),
        ("report", "It's hard to care about crit when you're not sure what you're working "
                   "towards."),
        ("manager", "How do you feel the onboarding wireframes went?"),
        ("report", "Hard to say. It's just different now."),
        ("manager", "Is there anything you'd like to be doing differently?"),
        ("report", "Yeah. I'm doing what's on the board."),
        ("manager", "What would you want from me?"),
        ("report", "In June, Karen told me she'd put me forward for lead designer this cycle. "
                   "Then the reorg happened and nobody ever mentioned it to me again. So I've "
                   "been interviewing. I've got a final round next Wednesday."),
        ("manager", "What do you think would be a good next step?"),
        ("report", "I just wanted someone to tell me the truth about it."),
    )
    score = SessionScorer().score_transcript(talk, UP, disclosed=(12,))
    plan = _comp(score, Competency.DEVELOPMENT_PLANNING)
    assert plan.score is not None  # "What would you want from me?" is planning talk
    assert "did not allow for" not in plan.summary, plan.summary


def test_a_plan_that_ignores_the_disclosure_still_says_so() -> None:
    talk = transcript(
        ("manager", "Hi, how are things?"),
        ("report", "Honestly not great. My mum is in hospital again and I'm not sleeping."),
        ("manager", "Right. On Monday 2 November the report went out two days late."),
        ("report", "I know."),
        ("manager", "I need it by Thursday from now on."),
        ("report", "Okay."),
        ("manager", "So you'll send it every Thursday by five, starting Thursday 3 December, "
                    "and we'll review on Friday 11 December."),
        ("report", "Okay."),
    )
    score = SessionScorer().score_transcript(talk, UP, disclosed=(1,))
    plan = _comp(score, Competency.DEVELOPMENT_PLANNING)
    assert "did not allow for" in plan.summary, plan.summary


# --- 4. the acknowledgement reflects the disclosure itself, and pities only a burden ---------


@pytest.mark.parametrize(("said", "echo"), [
    ("Okay. It's my dad. He had a stroke at the end of September. I drive over before work. "
     "I didn't tell anyone.", "your dad had a stroke at the end of September"),
    ("My mum is ill. She's in hospital again and I'm the only one nearby.", "your mum is ill"),
    ("It's my wife. She had surgery last month and I do the school run now.",
     "your wife had surgery last month"),
    ("It's my brother. He was diagnosed in the summer and I'm the one who drives him.",
     "your brother was diagnosed in the summer"),
    ("My daughter is unwell. She has been in and out of hospital since June.",
     "your daughter is unwell"),  # the first clause that names it says it most plainly
])
def test_the_disclosure_is_reflected_by_what_happened(said: str, echo: str) -> None:
    got = reflectable(said, prefer=PERSONAL)
    assert got == echo, got


def test_a_lot_to_carry_only_for_a_burden() -> None:
    heavy = acknowledgement_for(5, "Right, the plan.", "My dad had a stroke in September and "
                                "I'm his carer now.")
    work = acknowledgement_for(5, "Right, the plan.", "So I've been interviewing. I've got a "
                               "final round next Wednesday.")
    assert "a lot to carry" in heavy.suggestion
    assert "a lot to carry" not in work.suggestion and "Tell me more" in work.suggestion


# --- 5. a plan asked for in the light of the disclosure takes it in ---------------------------

DISCLOSED = "It's my dad. He had a stroke in September and I drive over before and after work."


@pytest.mark.parametrize("line", [
    "What would make that possible for you, given everything at home?",
    "With everything you've got going on at home, what would a realistic deadline look like?",
    "Given what you've just told me, what would help most this month?",
    "In light of what you've told me, let's look at the dates again.",
    "Knowing what's going on at home now, how can we make the rota work?",
    "bearing in mind everything at home whats realistic",
])
def test_a_plan_in_the_light_of_it_takes_it_in(line: str) -> None:
    assert acknowledges(line, DISCLOSED)


@pytest.mark.parametrize("line", [
    "Given everything on the roadmap, what can you deliver by Friday?",
    "With everything going on in the release, we need the fix by Monday.",
    "Given the deadline, what is realistic?",
    "In light of the incident, I need tests on every change.",
    "What I need is this: when a date is going to slip, I hear it from you first.",
])
def test_a_plan_that_only_sounds_like_it_does_not(line: str) -> None:
    assert not acknowledges(line, DISCLOSED)


# --- 6. "How do you feel X went?" asks for their view: no guess, no reflection --------------


@pytest.mark.parametrize("line", [
    "How do you feel the onboarding wireframes went?",
    "How did you feel about the reorg?",
    "What do you feel is getting in the way?",
    "How does that feel for you?",
    "And how did it feel for you when Chris was hired?",
])
def test_an_open_question_about_feeling_is_no_guess(line: str) -> None:
    assert not guess_offered(line)


@pytest.mark.parametrize("line", [
    "Do you feel left out of the decision?",
    "Did you feel blindsided by the reorg?",
    "Does it feel like the crit isn't yours anymore?",
    "Did that make you feel overlooked?",
    "So do you feel like nobody asked you",
])
def test_a_closed_guess_at_their_feeling_still_is(line: str) -> None:
    assert guess_offered(line)


def test_an_open_feeling_question_confirmed_is_not_praised_as_a_reflection() -> None:
    talk = transcript(
        ("manager", "Hi, how are things?"),
        ("report", "I guess I don't really know where I fit anymore."),
        ("manager", "How do you feel the onboarding wireframes went?"),
        ("report", "Yeah. It does feel a bit like that."),
        ("manager", "What would you want from me?"),
        ("report", "I'm not sure."),
    )
    score = SessionScorer().score_transcript(talk, UP)
    listening = _comp(score, Competency.ACTIVE_LISTENING)
    assert not any("wireframes" in e.quote for e in listening.evidence if e.positive)
    assert not any("wireframes" in w for w in listening.went_well)


# --- 7. asking for the conversation is the right yes/no question; "any questions?" opens ----

CLOSED = TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.CLOSED_QUESTION}))


@pytest.mark.parametrize("line", [
    "Leanne, ah, can talk a bit? About the timing lah.",
    "Can we talk?",
    "Got a minute?",
    "Have you got a sec?",
    "Could we have a quick word?",
    "Is now a good time?",
])
def test_asking_for_the_conversation_gets_no_rewrite(line: str) -> None:
    assert good_closed_question(line, CLOSED)
    assert rewrite(1, line, CLOSED, None) is None


@pytest.mark.parametrize("line", [
    "Can you do it by Friday?",
    "Did you finish the tickets?",
    "Could I be clearer?",
    "Can I trust you with this?",
    "Is there something going on or not?",
])
def test_other_closed_questions_still_do(line: str) -> None:
    assert not good_closed_question(line, CLOSED)


@pytest.mark.parametrize(("line", "better"), [
    ("Do you have any questions about the process?", "What questions do you have about the "
                                                     "process?"),
    ("Any questions?", "What questions do you have?"),
    ("Have you got any concerns about the plan?", "What concerns do you have about the plan?"),
    ("Are there any worries on your side?", "What worries do you have on your side?"),
    ("So do you have any thoughts?", "What thoughts do you have?"),
])
def test_any_questions_is_opened_on_the_same_thing(line: str, better: str) -> None:
    assert open_version(line) == better


# --- 8. the follow-up quoted is the two of them meeting again ---------------------------------


@pytest.mark.parametrize("line", [
    "We'll look at it together on Tuesday 8 December.",
    "Let's check in on the 10th.",
    "we sit down again on Thursday 19 November",
    "I'll review it with you next Friday.",
    "Let's catch up again in a few weeks.",
])
def test_meeting_again_is_recognised(line: str) -> None:
    assert MEETS_AGAIN.search(canonical(line))


@pytest.mark.parametrize("line", [
    "I'll ask Kasia to sit with you on Thursday and book you an hour with her next week.",
    "Send me an update on Friday.",
    "I'll talk to finance about the export timeline myself.",
    "Review the PR on Monday.",
    "Kasia will pair with you on Thursday.",
])
def test_a_booking_for_someone_else_is_not(line: str) -> None:
    assert not MEETS_AGAIN.search(canonical(line))


def test_the_follow_up_quoted_is_the_meeting_not_the_booking() -> None:
    talk = transcript(
        ("manager", "What would help you get there?"),
        ("report", "I could pair with someone on the next ticket."),
        ("manager", "I'll ask Kasia to sit with you on Thursday to get the integration tests "
                    "running, and I'll book you an hour with her on the state machine next week."),
        ("report", "Okay. I'd like that."),
        ("manager", "So you'll get the tests running with Kasia by Thursday and ship nothing "
                    "untested. We'll look at it together on Tuesday 8 December. How does that "
                    "sound?"),
        ("report", "Good."),
    )
    score = SessionScorer().score_transcript(talk, UP)
    plan = _comp(score, Competency.DEVELOPMENT_PLANNING)
    follow = [e for e in plan.evidence if "follow-up" in e.note.split(", ")]
    assert follow and "together" in follow[0].quote, plan.evidence


# --- 9. a disclaimer of intent is not reflected; the feeling beside it is --------------------


@pytest.mark.parametrize(("said", "echo"), [
    ("Sorry. I'm really on edge about this. I don't mean to get worked up.",
     "you're really on edge about this"),
    ("I didn't mean to snap at Leo. I'm just fed up with untested builds.",
     "you're just fed up with untested builds"),
    ("I never meant to upset anyone. It's been a rough week.", "it's been a rough week"),
    ("I don't mean to be difficult. I'm exhausted.", "you're exhausted"),
    ("I didn't mean to. Sorry.", None),
])
def test_a_disclaimer_of_intent_is_not_handed_back(said: str, echo: str | None) -> None:
    assert reflectable(said) == echo


@pytest.mark.parametrize(("said", "echo"), [
    ("I don't want to leave Tom in it.", "you don't want to leave Tom in it"),
    ("I don't know where I fit anymore.", "you don't know where you fit anymore"),
    ("I haven't slept properly in weeks.", "you haven't slept properly in weeks"),
    ("I'm gutted about the release.", "you're gutted about the release"),
    ("I didn't tell anyone.", "you didn't tell anyone"),
])
def test_other_negated_clauses_still_are(said: str, echo: str) -> None:
    assert reflectable(said, frozenset({"Tom"})) == echo
