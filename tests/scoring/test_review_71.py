"""The review, eighty-eighth pass (issue 11, J45): a meeting booked alone is no step; a
declined route drops only its booking from the plan; the expectation quoted is one set for
them; their step asked in a noun phrase is asked; a say-back checked with "That right?" is no
closed question to rewrite. The lines are written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Competency, SessionScore
from roleplay.domain.session import Turn
from roleplay.scoring.metrics import compute_metrics
from roleplay.scoring.moves import praised_quote

from .conftest import competency_text, scored_in
from .test_review_28 import _move
from .test_review_29 import SCORER

PLANNING = Competency.DEVELOPMENT_PLANNING

# --- 1. a meeting booked alone is the follow-up, not the step ---------------------------------

_ASKED = ("Crit running again with your work in it, from next week. What's your first step, "
          "and when?")


def _booked_after(reply: str, close: str) -> SessionScore:
    return scored_in("disengaged-after-reorg",
                     ("report", "It's fine. Just busy."),
                     ("manager", _ASKED),
                     ("report", reply),
                     ("manager", close),
                     ("report", "Okay."))


@pytest.mark.parametrize("close", [
    "Okay. We meet Wednesday 9 December at ten.",
    "Right. Let's sit down again on Thursday 10 December at two.",
])
def test_a_meeting_booked_alone_is_no_step(close: str) -> None:
    score = _booked_after("I don't know. I'll think about it.", close)
    planning = score.competency(PLANNING)
    assert planning is not None and planning.score == 2, competency_text(score, PLANNING)
    assert "Missing: a concrete next step" in planning.summary, planning.summary
    assert "Concrete actions" not in planning.summary, planning.summary


def test_a_step_beside_the_meeting_is_still_the_step() -> None:
    # the guard: their step said in the same turn as the meeting keeps the level
    score = _booked_after("I don't know. I'll think about it.",
                          "Okay. So you send me two crit dates by Tuesday 8 December, and we "
                          "meet Wednesday 9 December at ten.")
    planning = score.competency(PLANNING)
    assert planning is not None and planning.score is not None and planning.score >= 3, \
        competency_text(score, PLANNING)
    assert "Missing: a concrete next step" not in planning.summary, planning.summary


# --- 2. a declined route drops its booking, not what they took up -----------------------------

def _route_booked(plan: str, reply: str) -> SessionScore:
    return scored_in(
        "career-conversation",
        ("report", "Hi. Sorry about the form. I just didn't really know what to write."),
        ("manager", "No problem. What would you like to do next year?"),
        ("report", "I'm not sure. I like what I do."),
        ("manager", "What part of it do you like most?"),
        ("report", "The analysis. Finding the why in the numbers."),
        ("manager", "Tell me more about that."),
        ("report", "Well, last quarter I found the churn spike came from one pricing page."),
        ("manager", "That was good work. What about the lead route?"),
        ("report", "I don't want to manage people. I like the data work, the analysis."),
        ("manager", plan),
        ("report", reply),
        ("manager", "Good. Thanks, Sofia."),
        ("report", "Thanks."))


@pytest.mark.parametrize("plan", [
    "So I'll put your name down for the management course in January. And you take the churn "
    "dashboard for the Q1 review, first draft by Friday 18 December. We meet again Friday 11 "
    "December at ten.",
    "I'll put your name down for the management course in January, and you take the churn "
    "dashboard, first draft by Friday 18 December, and we meet again Friday 11 December at ten.",
])
def test_what_they_took_up_stays_in_the_plan(plan: str) -> None:
    score = _route_booked(plan, "No, not the course. The dashboard, yes, I'd like that.")
    planning = score.competency(PLANNING)
    text = competency_text(score, PLANNING)
    assert planning is not None and planning.score is not None and planning.score >= 3, text
    assert "churn dashboard" in "\n".join(planning.went_well), text
    # the route is named in the summary, never quoted as done well
    assert "turned the management route down" in planning.summary, text
    assert "management course" not in "\n".join(planning.went_well), text


def test_a_turn_that_only_books_the_route_stays_out_of_the_plan() -> None:
    score = _route_booked("I'll put your name down for the management course in January.",
                          "Okay.")
    planning = score.competency(PLANNING)
    assert planning is not None and planning.score == 1, competency_text(score, PLANNING)
    assert "turned the management route down" in planning.summary


# --- 3. the expectation quoted is one set for them ---------------------------------------------

_EXAMPLE = _move(1, "Tuesday's review on Priya's indexer PR. You wrote 'obviously wrong, any "
                    "junior knows this'.", Code.OBSERVATION)
_BAR = "The code can be wrong. Bar: comments go to the code, not the person."
_MINE = "I'll find a second person for the indexer by Friday."


def _praised(*mine: tuple[int, str, tuple[Code, ...]]) -> str:
    fb = SCORER.feedback_delivery([_EXAMPLE, *(_move(i, t, *c) for i, t, c in mine)],
                                  ConversationType.UNDERPERFORMANCE)
    return "\n".join(fb.went_well)


@pytest.mark.parametrize("codes", [(Code.EXPECTATION,), (Code.EXPECTATION, Code.COMMITMENT)])
def test_the_managers_own_undertaking_is_no_expectation_quoted(codes: tuple[Code, ...]) -> None:
    said = _praised((3, _BAR, (Code.EXPECTATION,)), (5, _MINE, codes))
    assert "second person" not in said, said
    assert 'Clear expectation: "The code can be wrong. Bar: comments go to the code, not the ' \
           'person."' in said or 'Clear expectation: "Bar: comments go to the code, not the ' \
           'person."' in said, said


def test_an_undertaking_that_asks_of_them_is_still_an_expectation() -> None:
    # the guard: "I'll need you ..." asks it of them
    said = _praised((5, "I'll need you in by nine from Monday.", (Code.EXPECTATION,)))
    assert "Clear expectation" in said, said


@pytest.mark.parametrize(("text", "quoted"), [
    ("Bar: comments go to the code, not the person. I'll find a second person for the "
     "indexer by Friday.", "Bar: comments go to the code, not the person."),
    ("The code can be wrong. Bar: comments go to the code, not the person. From today.",
     "Bar: comments go to the code, not the person. From today."),
    ("Okay. The rule: every change goes to review with tests. Starting Monday.",
     "The rule: every change goes to review with tests. Starting Monday."),
])
def test_the_bar_headed_as_the_bar_is_quoted(text: str, quoted: str) -> None:
    assert praised_quote(text, "Clear expectation") == quoted


def test_a_bar_said_plainly_keeps_its_quote() -> None:
    # the guard: no heading, no fragment, the sentence that asks it of them
    assert praised_quote("Look, it happened twice. From Monday you are in by nine, every day.",
                         "Clear expectation") == "From Monday you are in by nine, every day."


# --- 4. their step asked in a noun phrase is asked ---------------------------------------------

def _planning_after(ask: str) -> str:
    mine = [_move(1, "Tuesday's review on Priya's PR. You wrote 'obviously wrong'.",
                  Code.OBSERVATION),
            _move(3, "Fine."),
            _move(5, ask, Code.OPEN_QUESTION, primary=Primary.QUESTION, context="Okay."),
            _move(7, "Okay. So you rewrite the review comments on the indexer PR by Thursday 10 "
                     "December. I will take the indexer on-call off you this week. We meet "
                     "Friday 11 December at ten.",
                  Code.COMMITMENT, Code.FOLLOW_UP, Code.SUPPORT_OFFER, context="Okay."),
            _move(9, "Good."), _move(11, "Thanks.")]
    return SCORER.development_planning(mine, ConversationType.UNDERPERFORMANCE).summary


@pytest.mark.parametrize("ask", ["Your first step. When.", "your first step and by when",
                                 "Your first step, and when?", "Your next move?"])
def test_their_step_asked_tersely_is_asked(ask: str) -> None:
    summary = _planning_after(ask)
    assert "asking what they would do" not in summary, summary
    assert "You asked what they could do (turn 5)" in summary, summary


@pytest.mark.parametrize("ask", ["Your step. Your day.", "Your first step is the form. When?"])
def test_a_step_taken_up_or_named_is_not_asked(ask: str) -> None:
    assert "Missing: asking what they would do." in _planning_after(ask)


# --- 5. a say-back checked with "That right?" is no closed question to rewrite -----------------

def _questioning(text: str) -> tuple[str, tuple[str, ...]]:
    told = "I think I rush because I feel behind. And then I miss things."
    ct = _move(3, text, Code.CLOSED_QUESTION, primary=Primary.QUESTION, context=told)
    turns = [Turn(index=0, speaker="report", text="Hi."),
             Turn(index=2, speaker="report", text=told), ct.turn]
    q = SCORER.powerful_questioning([ct], compute_metrics(turns, {3: ct.coding}))
    return q.summary, tuple(r.suggestion for r in q.try_instead)


@pytest.mark.parametrize("text", [
    "So the tests get cut when the deadline's close. That right?",
    "So you rush because you feel behind, that right?",
    "so you feel behind all the time that right",
])
def test_a_checked_say_back_is_not_rewritten(text: str) -> None:
    summary, rewrites = _questioning(text)
    assert not rewrites, rewrites
    assert "right yes/no question" in summary, summary


@pytest.mark.parametrize("text", [
    "So PR 4812 went in on the 20th with no tests. That right?",  # a fact put to them
    "Did you run the tests? That right?",
    "Did you run the tests?",
])
def test_a_closed_question_is_still_rewritten(text: str) -> None:
    _, rewrites = _questioning(text)
    assert rewrites, text


# --- from the plays ----------------------------------------------------------------------------

def _plan_of(text: str, reply: str = "Okay.", then: str = "Good.") -> tuple[int | None, str, str]:
    told = ["Hi.", "I don't know.", reply, "Okay."]
    moves = [_move(1, "What would make the next few weeks workable?", Code.OPEN_QUESTION,
                   primary=Primary.QUESTION),
             _move(3, text, Code.COMMITMENT, Code.SUPPORT_OFFER, Code.FOLLOW_UP),
             _move(5, then), _move(7, "Thanks.")]
    # (what the report said before each turn, all of it: what ``replies`` reads)
    mine = [replace(ct, context=told[i], recent=told[i], said=" ".join(told[:i + 1]))
            for i, ct in enumerate(moves)]
    p = SCORER.development_planning(mine, ConversationType.UNDERPERFORMANCE)
    return p.score, p.summary, "\n".join(p.went_well)


def test_their_step_in_a_verb_no_list_holds_is_theirs() -> None:
    # the Hobart ferry engineer: praised "Your own step with a date" for their step
    _, _, said = _plan_of("So you scope the retry fix with Marcus by Wednesday 11 November, "
                          "and I'll take you off the support rota until the end of November. "
                          "We meet again Thursday 12 November at ten.")
    assert "Next step" in said and "own step" not in said, said


def test_the_managers_own_dated_help_stays_theirs() -> None:
    # the guard: "I'll get you an answer by Friday" is the manager's own step
    _, _, said = _plan_of("I'll get you an answer from HR by Friday 13 November, and I'll take "
                          "you off the support rota. We meet again Thursday 12 November at ten.")
    assert "own step" in said, said


def test_their_own_words_quoted_are_the_example() -> None:
    # the Lyon patissier: praised 'Specific example: "She didn't post for two days."'
    text = ("Tuesday. Priya's indexer PR. You wrote 'obviously wrong, any junior knows this'. "
            "She didn't post for two days.")
    assert praised_quote(text, "Specific example") == \
        "You wrote 'obviously wrong, any junior knows this'."


def test_a_told_event_of_theirs_stays_the_example() -> None:
    # the guard: their dated behaviour told is the example, not the words quoted after it
    text = ("On Tuesday 3 November you merged PR 4812 without tests. You said 'it's fine'. "
            "QA found two bugs.")
    assert praised_quote(text, "Specific example").startswith("On Tuesday 3 November"), text


_STEP = ("ok the plan you run crit again from next week and i will put your name down for the "
         "design course and we meet again tuesday 10 november at three")


def test_a_step_pressed_past_their_doubt_is_not_praised() -> None:
    # the Karachi branch manager: praised "Next step and support", 4/5
    score, summary, said = _plan_of(_STEP, "I'm not sure. I'll think about it.",
                                    "no no you will like it trust me")
    assert "Next step" not in said, said
    assert score is not None and score <= 3, summary
    assert "talked them round (turn 5)" in summary, summary


@pytest.mark.parametrize(("reply", "then"), [
    ("I'm not sure. I'll think about it.", "Fair enough. What's making you unsure?"),
    ("Yes, that works.", "Good. Trust me, it will be worth it."),
])
def test_a_doubt_asked_about_or_a_step_agreed_is_not_talked_round(reply: str,
                                                                   then: str) -> None:
    _, summary, _ = _plan_of(_STEP, reply, then)
    assert "talked them round" not in summary, summary


# --- from session_validity: what the first version of these rules misread -----------------------

def test_a_filler_right_ending_a_run_is_no_checked_say_back() -> None:
    # data/sessions second-meeting typical: a softened issue seeking agreement, still closed
    from roleplay.scoring.questioning_level import checks_say_back
    assert not checks_say_back(_move(3, "so yeah the retry fix is still a bit late but i mean "
                                        "these things happen right", Code.CLOSED_QUESTION))


def test_an_ask_said_after_the_undertaking_in_a_run_is_an_expectation() -> None:
    # data/sessions career skilled: "what id like is ..." after "i can set up an intro ..."
    said = _praised((5, "i can set up an intro with someone in developer relations and what id "
                        "like is for the two year question to have something in it by the time "
                        "we next talk", (Code.EXPECTATION,)))
    assert "Clear expectation" in said, said


def test_a_part_that_names_their_declined_route_again_goes_with_the_booking() -> None:
    # unseen-31's career typical: "i will talk to the pod people again" after "you turned down
    # the pod lead" was praised "Your own step and support"
    score = scored_in(
        "career-conversation",
        ("report", "Hi. Sorry about the form. I just didn't really know what to write."),
        ("manager", "ei sofia no problem oo the form is not a big deal at all"),
        ("report", "Thanks."),
        ("manager", "you turned down the pod lead but me i think you should take it"),
        ("report", "I don't want to manage people."),
        ("manager", "what do you think about the role"),
        ("report", "I'd rather not lead."),
        ("manager", "ok i hear you but the quiet ones make the best bosses"),
        ("report", "Okay."),
        ("manager", "so what i will do is i will put your name down for the management course "
                    "in january and i will talk to the pod people again"),
        ("report", "Okay."),
        ("manager", "you dont have to worry about anything i will sort it all out for you"),
        ("report", "Okay."))
    planning = score.competency(PLANNING)
    assert planning is not None and not planning.went_well, competency_text(score, PLANNING)
    assert "turned the management route down" in planning.summary, planning.summary
