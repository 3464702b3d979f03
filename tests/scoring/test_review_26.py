"""Issue 11, J10: the review as a coach reads it, found playing managers in new voices through
the CLI (a Scottish shift supervisor, a Brazilian product manager, a Korean engineering manager,
a ward sister, a fast-talking founder, a retail manager reading a script, a joker, a Dutch
manager, one who answers their own questions, one who summarises, a Ghanaian branch manager, a
teacher turned head of department).

- The impact quoted is never "I'm telling you because I value you" said after it.
- A career conversation's feedback summary asks for no expectation and names no "issue"; its
  threat, label and blame rewrites speak of no problem to turn round or fault to find.
- "What could be a small first step...?" asks about the plan, and is no advice.
- A greeting is praised after the questions of substance; a statement the coder took for an
  open question is not praised as one.
- A tag on a framing or reassuring statement ("There is no wrong answer here, okay?") and "Is
  that fine with you?" are the right yes/no questions.
- Rewrites: "Is there something going on, aye?", "Is there any support you require in order to
  ...?", "So what's going on? Is it the reorg?", "... Fine? Fine.".
- The plan: a coder's support code on "Is there anything else you want to tell me?" makes no
  plan together; level 3's words are not said when support or a follow-up is there; the step
  quoted is not the recap before it; a purpose clause ("so we can arrange cover") is no offer;
  "Okay. Friday. We are done." is not praised as a follow-up.

Codes are fixed in the tests (not the coder's) where a rule reads codes; the lines are written
for the rules."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.scenario import ConversationType
from roleplay.domain.session import Turn
from roleplay.scoring.competencies import CompetencyScorer
from roleplay.scoring.listening_level import asks_their_step
from roleplay.scoring.metrics import compute_metrics
from roleplay.scoring.moves import ManagerMove, quote_for
from roleplay.scoring.reading import asks_about_plan, co_creating, offers_support
from roleplay.scoring.rewrites import good_closed_question, open_version, rewrite
from roleplay.scoring.rubric import load_rubric


def _move(index: int, text: str, *codes: Code, context: str = "") -> ManagerMove:
    return ManagerMove(turn=Turn(index=index, speaker="manager", text=text),
                       coding=TurnCoding(primary=Primary.INPUT, codes=frozenset(codes)),
                       context=context, recent=context, said=context)


def _coded(*codes: Code) -> TurnCoding:
    return TurnCoding(primary=Primary.QUESTION, codes=frozenset(codes))


SCORER = CompetencyScorer(load_rubric())


# --- the impact quoted ------------------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "When reviews read like that, people stop asking you for them, and Jun has already stopped. "
    "I'm telling you because I value you.",
    "Jun has stopped asking you for reviews, and two people have asked to move teams. I'm "
    "telling you because I value you and I want this to work.",
])
def test_the_impact_quoted_is_not_the_praise_after_it(said: str) -> None:
    quoted = quote_for(said, {Code.IMPACT}, 90)
    assert not quoted.startswith("I'm telling you"), quoted


def test_an_impact_sentence_the_cues_know_is_still_quoted() -> None:
    said = "The impact is that the team stops asking for your help. I'm telling you because I " \
           "value you."
    assert quote_for(said, {Code.IMPACT}, 90) == \
        "The impact is that the team stops asking for your help."


# --- a career conversation ------------------------------------------------------------------


def test_a_career_feedback_summary_asks_for_no_expectation() -> None:
    mine = [_move(5, "I noticed you left the two-years question blank in the review form. "
                     "What was going through your head?", Code.OBSERVATION, Code.OPEN_QUESTION)]
    fb = SCORER.feedback_delivery(mine, ConversationType.CAREER)
    assert "expectation" not in fb.summary and "issue" not in fb.summary, fb.summary
    assert fb.summary.startswith(f"{fb.score}/5: Specific about what you saw."), fb.summary


def test_an_underperformance_feedback_summary_still_does() -> None:
    mine = [_move(5, "On Monday 2 November you logged in at 9:47.", Code.OBSERVATION)]
    fb = SCORER.feedback_delivery(mine, ConversationType.UNDERPERFORMANCE)
    assert "an expectation" in fb.summary, fb.summary


@pytest.mark.parametrize(("said", "code", "not_said"), [
    ("Right. Maybe think about the lead role again next round? Doesn't have to be now.",
     Code.THREAT, "turn this round"),
    ("You turned down the team lead role though. Why? Was it timing? I'd guess timing.",
     Code.BLAME, "find fault"),
    ("Honestly you're just not a people person, are you.", Code.LABEL, "specific example"),
])
def test_career_rewrites_speak_of_no_problem(said: str, code: Code, not_said: str) -> None:
    rw = rewrite(3, said, _coded(code), None, (code,), None, open_talk=True)
    assert rw is not None and not_said not in rw.suggestion, rw
    assert "issue" not in rw.why, rw


def test_other_conversations_keep_their_rewrites() -> None:
    rw = rewrite(3, "One more slip and you're off the team.", _coded(Code.THREAT), None,
                 (Code.THREAT,), None)
    assert rw is not None and "turn this round" in rw.suggestion


# --- asking for their step ------------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "What could be a small first step in the next month, something like an experiment?",
    "What might the next move be?",
    "what could be a realistic first step for you",
    "What would a plan look like that you can actually keep now?",
])
def test_a_modal_question_about_the_step_asks_about_the_plan(said: str) -> None:
    move = _move(21, said, Code.OPEN_QUESTION, Code.ADVICE)
    assert asks_about_plan(move)


def test_asking_for_their_step_with_an_example_is_no_advice() -> None:
    move = _move(21, "What could be a small first step in the next month, something like an "
                     "experiment?", Code.OPEN_QUESTION, Code.ADVICE)
    assert asks_their_step(move)
    assert not asks_their_step(_move(21, "Why don't you try pairing with Kasia?",
                                     Code.OPEN_QUESTION, Code.ADVICE))
    assert not asks_their_step(_move(21, "You should write tests first. What could be a small "
                                         "first step?", Code.OPEN_QUESTION, Code.ADVICE))


# --- the questions praised --------------------------------------------------------------------


def _questioning(mine: list[ManagerMove]) -> tuple[str, ...]:
    turns = [t for ct in mine for t in (ct.turn, Turn(index=ct.index + 1, speaker="report",
                                                      text="Okay."))]
    metrics = compute_metrics(turns, {ct.index: ct.coding for ct in mine})
    return SCORER.powerful_questioning(mine, metrics).went_well


def test_a_greeting_is_praised_after_the_questions_of_substance() -> None:
    praised = _questioning([
        _move(1, "Sofia, hi! Thank you for the time, really. How are you doing today?",
              Code.OPEN_QUESTION),
        _move(3, "Tell me about the work you enjoyed most this year. What gave you energy?",
              Code.OPEN_QUESTION),
        _move(5, "What would a role built around the teaching part look like?",
              Code.OPEN_QUESTION)])
    assert praised and "How are you doing today?" not in praised[0], praised


def test_a_statement_coded_open_is_not_praised_as_a_question() -> None:
    praised = _questioning([
        _move(5, 'At crit on the 22nd you had your camera off and said "nothing from me", which, '
                 "to be fair, is how I feel about most meetings.", Code.OPEN_QUESTION,
              Code.OBSERVATION),
        _move(7, "What's been happening for you since the reorg?", Code.OPEN_QUESTION)])
    assert praised and all("camera" not in p for p in praised), praised


# --- the right yes/no questions -----------------------------------------------------------


@pytest.mark.parametrize(("said", "codes"), [
    ("So, I wanted to talk about your career. There is no wrong answer here, okay?",
     (Code.CLOSED_QUESTION, Code.INFORMATION)),
    ("You're not in trouble. Okay?", (Code.CLOSED_QUESTION,)),
    ("I just want to understand, yeah?", (Code.CLOSED_QUESTION,)),
    ("Let us meet again on Tuesday 8 December to review. Is that fine with you?",
     (Code.CLOSED_QUESTION, Code.FOLLOW_UP)),
])
def test_a_framing_tag_or_a_closing_check_is_the_right_question(
    said: str, codes: tuple[Code, ...],
) -> None:
    assert good_closed_question(said, _coded(*codes))


@pytest.mark.parametrize(("said", "codes"), [
    ("Be here at nine, okay?", (Code.CLOSED_QUESTION, Code.EXPECTATION)),
    ("Fill in the form by Friday. Okay?", (Code.CLOSED_QUESTION,)),
    ("It's your last chance, okay?", (Code.CLOSED_QUESTION, Code.THREAT)),
    ("Did you test it?", (Code.CLOSED_QUESTION,)),
])
def test_an_order_with_a_tag_or_a_real_closed_question_is_not(
    said: str, codes: tuple[Code, ...],
) -> None:
    assert not good_closed_question(said, _coded(*codes))


# --- rewrites -------------------------------------------------------------------------------


@pytest.mark.parametrize(("said", "better"), [
    ("Is there something going on, aye?", "What's going on for you at the moment?"),
    ("Is anything bothering you?", "What's going on for you at the moment?"),
    ("Is there any support you require in order to meet this expectation?",
     "What support would help you meet this expectation?"),
    ("Do you need any help?", "What support would help you most right now?"),
])
def test_a_closed_question_is_opened_on_the_same_thing(said: str, better: str) -> None:
    assert open_version(said) == better


def test_an_open_question_answered_with_guesses_is_asked_alone() -> None:
    rw = rewrite(9, "So what's going on? Is it the reorg? It's the reorg isn't it. Everybody "
                    "hates the reorg, I hate the reorg.",
                 _coded(Code.CLOSED_QUESTION, Code.INFORMATION), None, (Code.CLOSED_QUESTION,))
    assert rw is not None and rw.suggestion == "What's going on?", rw


def test_an_expectation_checked_with_the_managers_own_answer_is_kept() -> None:
    rw = rewrite(13, "So the fix by next Friday, no support tickets, and don't cancel the "
                     "check-in. Fine? Fine.", _coded(Code.CLOSED_QUESTION, Code.EXPECTATION),
                 None, (Code.CLOSED_QUESTION,))
    assert rw is not None and rw.suggestion == (
        "The fix by next Friday, no support tickets, and don't cancel the check-in. What would "
        "help you make that happen?"), rw


# --- the plan ---------------------------------------------------------------------------------


def test_a_question_coded_support_answers_no_idea_of_theirs() -> None:
    mine = [
        _move(13, "Right. Well, you need to slow down and check your work.", Code.ADVICE),
        _move(15, "And if you're not sure, ask. That's what we're here for.", Code.INFORMATION),
        _move(17, "Is there anything else you want to tell me?", Code.CLOSED_QUESTION,
              Code.SUPPORT_OFFER, context="I'm working on it. I'll be more careful, I promise."),
        _move(19, "Okay lovely. Let's keep an eye on it and have another chat in a few weeks.",
              Code.FOLLOW_UP)]
    assert all(ct.index != 17 for ct in co_creating(mine))


def test_a_plan_turn_answering_their_idea_still_makes_it_together() -> None:
    mine = [_move(21, "Good idea. I'll book you an hour with Kasia on Monday.", Code.COMMITMENT,
                  Code.SUPPORT_OFFER, context="Maybe I could pair with Kasia for a bit.")]
    assert [ct.index for ct in co_creating(mine)] == [21]


def test_level_three_does_not_deny_the_follow_up_it_has() -> None:
    mine = [_move(15, "I will make a note of that. We will review progress at your next "
                      "scheduled one-to-one.", Code.COMMITMENT, Code.FOLLOW_UP)] + [
        _move(i, "Okay.", Code.INFORMATION) for i in (1, 3, 5, 7, 9, 11)]
    plan = SCORER.development_planning(mine, ConversationType.BEHAVIOUR_FEEDBACK)
    assert plan.score == 3, plan
    assert "no support or follow-up" not in plan.summary, plan.summary
    assert plan.summary.startswith("3/5: A next step and a follow-up."), plan.summary


def test_the_step_quoted_is_not_the_recap_before_it() -> None:
    said = ("To sum up: you want honesty about the lead role, and you're going to your final "
            "round on Wednesday. I'll find out by Friday what happened to the lead nomination.")
    assert quote_for(said, {Code.COMMITMENT}, 200).startswith("I'll find out by Friday")


def test_the_follow_up_quoted_is_the_meeting_booked() -> None:
    said = ("Summary: the retry fix with the owner and date we just agreed, Marcus has the rota, "
            "and we meet on the 26th. Did I forget something?")
    assert quote_for(said, {Code.FOLLOW_UP}, 200).startswith("Summary:")


def test_what_an_expectation_is_for_is_no_offer() -> None:
    said = ("Still, the start time is 9:00, and if you are unwell you must call before 8:00 so "
            "we can arrange cover. What would help you make that possible?")
    assert not offers_support(_move(21, said, Code.EXPECTATION, Code.SUPPORT_OFFER,
                                    Code.OPEN_QUESTION))
    assert offers_support(_move(23, "We can arrange cover for your Mondays.", Code.SUPPORT_OFFER))


def test_a_goodbye_after_a_deadline_is_not_praised_as_a_follow_up() -> None:
    mine = [_move(11, "If the retry fix is not done by Friday, we have a formal conversation.",
                  Code.THREAT),
            _move(13, "Okay. Friday. We are done.", Code.FOLLOW_UP)] + [
        _move(i, "Okay.", Code.INFORMATION) for i in (1, 3, 5, 7, 9)]
    plan = SCORER.development_planning(mine, ConversationType.UNDERPERFORMANCE)
    assert not any("We are done" in w for w in plan.went_well), plan.went_well


def test_a_chat_booked_in_other_words_is_still_praised() -> None:
    mine = [_move(19, "Grand. We'll have another wee chat in a fortnight, see how it's going.",
                  Code.FOLLOW_UP)] + [_move(i, "Okay.", Code.INFORMATION) for i in (1, 3, 5, 7, 9)]
    plan = SCORER.development_planning(mine, ConversationType.UNDERPERFORMANCE)
    assert any("wee chat" in w for w in plan.went_well), plan.went_well


@pytest.mark.parametrize(("asked", "rewrite"), [
    ("Have you thought about what you want to do in a couple of years?",
     "What do you want to do in a couple of years?"),
    ("Have you considered where you see yourself in three years?",
     "Where do you see yourself in three years?"),
    ("Have you thought about what you'd like to learn next?", "What would you like to learn next?"),
])
def test_asking_whether_they_have_thought_about_it_becomes_the_question_itself(
        asked: str, rewrite: str) -> None:
    assert open_version(asked) == rewrite


@pytest.mark.parametrize(("asked", "rewrite"), [
    ("can you get the retry fix done by friday or is that too much",
     "What would it take to get the retry fix done by Friday?"),
    ("Can you have the retry fix done by Friday, or not?",
     "What would it take to have the retry fix done by Friday?"),
])
def test_the_way_out_offered_is_not_part_of_the_rewrite(asked: str, rewrite: str) -> None:
    assert open_version(asked) == rewrite
