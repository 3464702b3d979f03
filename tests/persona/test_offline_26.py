"""Issue 11, J10: the offline report's replies fit what was said, found playing managers in new
voices through the CLI (a Scottish shift supervisor, a Brazilian product manager, a Korean
engineering manager, a ward sister, a retail manager reading a script, a joker, a Dutch
manager, one who answers their own questions, a Ghanaian branch manager, a teacher).

- Leave to talk with a filler in it ("I wanted to, well, have a bit of a chat... if that's
  alright with you?") is not refused.
- Thanks for telling, sympathy or thanks for the time is no praise to be flattered by
  ("Flattery. I like it."); a greeting with it gets the mood's line.
- A reflection or summary checked with "Is that right?" is confirmed with the reaction to it, not
  a yes written for an offer ("Yes. That would actually help.").
- A tag on what was said ("There is no wrong answer here, okay?", "... Aye?", "You know that,
  don't you?") is no yes/no question to say "Not really" to.
- "Yeah." to "Is there anything else...?" is never followed by a denial.
- The events a question names count before its other words ("a realistic date for the retry
  queue fix" is answered about the retry fix).
- "No need to look so worried" settles "Am I in trouble?"; "Are you getting enough sleep?" is
  about them (no "No, not yet."); "Any questions?" gets "No. Not right now."
- A new expectation with a tag is not answered with the old agreement ("No. We wrote down...").
- With the state's own lines used up, a colder state's line is not the answer to a kind
  question ("Do you want me to just hand my notice in?").
- "Here's what I need: ..." is no question, and a warm report answers an expectation as one;
  "How does that sound?" after a plan gets the agreement.

Real scenarios, the real offline chooser and, end to end, the real engine, coder and SQLite;
the lines are written for the rules."""

from __future__ import annotations

import itertools

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.mind import Mood, TraceEntry
from roleplay.domain.session import Turn
from roleplay.persona.answering import ABOUT_THEM, Form, read_question
from roleplay.persona.fitting import admits, already_answered, feedback_not_praise, not_praise
from roleplay.persona.offline import (
    GOODBYES,
    about_them,
    asks_leave,
    goodbye,
    pick_line,
    reading_checked,
)
from roleplay.persona.turn_kinds import MISSED_CHECK
from roleplay.ports.persona import ReplyRequest
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, load_scenario
from .test_reply_fit_4 import _replies
from .test_reply_fit_4 import store as store  # the fixture: a real SQLite store per test


def _scenario(name: str):  # type: ignore[no-untyped-def]
    return load_scenario(BUNDLED / f"{name}.yaml")


# --- leave to talk, with a filler ------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "Hi. I wanted to, well, have a bit of a chat... if that's alright with you?",
    "I was hoping to, um, go through the last sprint, if that's okay?",
    "We need to have a quick word about Monday, is that alright?",
])
def test_leave_to_talk_with_a_filler_asks_leave(said: str) -> None:
    assert asks_leave(read_question(said), said, set())


def test_a_need_that_is_no_talk_does_not() -> None:
    said = "I need to have the report by Friday, is that okay?"
    assert not asks_leave(read_question(said), said, set())


@pytest.mark.parametrize("name", ["brilliant-jerk", "career-conversation", "missed-deadlines",
                                  "peer-feedback", "quality-slipping", "second-meeting"])
def test_leave_to_talk_with_a_filler_is_not_refused(store: SqliteSessionStore, name: str) -> None:
    reply = _replies(store, _scenario(name), [
        "Hi. I wanted to, well, have a bit of a chat... if that's alright with you?"])[-1]
    assert not reply.startswith(("No", "Not really", "Honestly, no")), reply


# --- no praise to be flattered by --------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "Thank you for telling me. I really appreciate your honesty.",
    "I'm so sorry, that sounds really hard.",
    "Sofia, hi! Thank you for the time, really. How are you doing today?",
    "Sorry to hear that, mate.",
])
def test_thanks_for_telling_or_sympathy_is_no_praise(said: str) -> None:
    assert not_praise(said)


@pytest.mark.parametrize("said", [
    "Your latency work this quarter was excellent.",
    "Thank you for telling me. Honestly, you're the best engineer we have.",
    "Well done on the workshop.",
])
def test_praise_still_is(said: str) -> None:
    assert not not_praise(said)


def test_thanks_for_honesty_is_not_answered_as_flattery(store: SqliteSessionStore) -> None:
    replies = _replies(store, _scenario("brilliant-jerk"), [
        "Theo, thanks for coming. I want to talk about how reviews have been landing.",
        'On Jun\'s PR last week you wrote "did you even run this". He was upset.',
        "How are things for you at the moment, honestly?",
        "What's been the hardest part?",
        "Thank you for telling me. I really appreciate your honesty."])
    assert "Flattery" not in replies[-1] and "notices" not in replies[-1], replies[-1]


def test_thanks_for_the_time_with_a_greeting_is_not_answered_as_praise(
    store: SqliteSessionStore,
) -> None:
    reply = _replies(store, _scenario("career-conversation"), [
        "Sofia, hi! Thank you for the time, really. How are you doing today?"])[-1]
    assert "noticed" not in reply and "kind" not in reply, reply


# --- a reading checked ----------------------------------------------------------------------


def test_a_reflection_checked_with_is_that_right_is_confirmed(store: SqliteSessionStore) -> None:
    scenario = _scenario("peer-feedback")
    replies = _replies(store, scenario, [
        "Hannah, thanks for making time. I wanted to talk about the comments on the mobile PRs.",
        'On Thursday you wrote in #releases that mobile "never tests anything". Leo was upset.',
        "What was going on for you?",
        "So you feel like you're the only one catching the bugs. Is that right?",
        "That sounds exhausting. Tell me more.",
        "So you feel you have to watch everything because of what happened before. Is that "
        "right?",
        "So you're worried about missing something. Have I got that right?"])
    assert replies[-1] not in scenario.lines.answers.say_yes, replies[-1]


def test_a_reading_checked_is_confirmed_whatever_else_is_coded() -> None:
    scenario = _scenario("missed-deadlines")
    question = read_question("So you need flexible hours and to come off the rota. Is that right?")
    heard = reading_checked(question, {Code.SUMMARY, Code.SUPPORT_OFFER}, scenario)
    assert heard == list(scenario.lines.reactions.summary)
    fair = read_question("I'll move your start to 10. Is that fair?")
    assert reading_checked(fair, {Code.REFLECTION, Code.SUPPORT_OFFER}, scenario) is None


def test_a_summary_checked_is_confirmed_even_with_an_offer_coded(
    store: SqliteSessionStore,
) -> None:
    scenario = _scenario("missed-deadlines")
    replies = _replies(store, scenario, [
        "Hello Priya. Thank you for coming. I would like to talk about the last few sprints.",
        "The invoice-export API was committed for Wednesday 14 October, but it was shipped on "
        "Wednesday 21 October. Because of this, Finance did the month-end close by hand.",
        "Can you help me to understand what is happening for you?",
        "Is there anything else, maybe outside of work, that makes this period difficult?",
        "Please take your time. What would help you most at the moment?",
        "So, if I understand correctly: you want to keep working, but you need the hours to be "
        "flexible, and you want to come off the support rota for some time. Is that right?"])
    assert replies[-1] not in scenario.lines.answers.say_yes, replies[-1]


# --- tags -----------------------------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "From now on, nine o'clock sharp, and if you're off sick you phone me before eight. Aye?",
    "The standard we keep here is the standard we keep, and lately it's been slipping. You know "
    "that, don't you?",
    "So the fix by next Friday, no support tickets, and don't cancel the check-in. Fine? Fine.",
])
def test_a_tag_is_read_as_one(said: str) -> None:
    question = read_question(said)
    assert question.form == Form.YES_NO and question.tag, question


@pytest.mark.parametrize("said", ["Didn't you test it?", "Is it the rota or no?"])
def test_a_question_is_still_one(said: str) -> None:
    assert not read_question(said).tag


def test_a_reassurance_with_a_tag_is_not_answered_not_really(store: SqliteSessionStore) -> None:
    reply = _replies(store, _scenario("career-conversation"), [
        "Hi Sofia, thanks for coming.",
        "So, I wanted to talk about your career, about what comes next for you. There is no "
        "wrong answer here, okay?"])[-1]
    assert not reply.startswith(("Not really", "No")), reply


def test_an_order_with_aye_is_not_answered_not_really(store: SqliteSessionStore) -> None:
    reply = _replies(store, _scenario("lateness-absence"), [
        "Right Leanne, come in, have a seat. Cheers for coming.",
        "Monday the 2nd you clocked on at 9:47. Shift starts at nine, you ken that.",
        "From now on, nine o'clock sharp, and if you're off sick you phone me before eight. "
        "Aye?"])[-1]
    assert not reply.startswith(("Not really", "No")), reply


# --- about them ------------------------------------------------------------------------------


def test_yeah_is_not_followed_by_a_denial(store: SqliteSessionStore) -> None:
    scenario = _scenario("missed-deadlines")
    replies = _replies(store, scenario, [
        "Hello Priya. Thank you for coming. I would like to talk about the last few sprints, if "
        "it is okay with you.",
        "First, I want to say clearly that I value your work very much. But I have noticed some "
        "changes, and I want to understand them.",
        "The invoice-export API was committed for Wednesday 14 October, but it was shipped on "
        "Wednesday 21 October. Because of this, Finance did the month-end close by hand.",
        "Also, the retry queue fix was promised for Friday 23 October. It is still open now, and "
        "support escalated four customer tickets.",
        "I am not thinking you do not care. Can you help me to understand what is happening for "
        "you?",
        "I see. So you feel the estimates were not realistic, and also you were pulled into "
        "support work. It has been a lot.",
        "Is there anything else, maybe outside of work, that makes this period difficult?"])
    denials = set(scenario.lines.guarded) | set(scenario.lines.defensive)
    reply = replies[-1]
    if reply.startswith("Yeah."):
        assert reply.removeprefix("Yeah. ") not in denials, reply


def test_the_event_named_is_what_the_answer_is_about(store: SqliteSessionStore) -> None:
    lines = [line.strip() for line in KOREAN_SKILLED.strip().splitlines()]
    reply = _replies(store, _scenario("missed-deadlines"), lines)[-1]
    assert "retry" in reply.lower() or "fix" in reply.lower(), reply


KOREAN_SKILLED = """
Hello Priya. Thank you for coming. I would like to talk about the last few sprints.
I value your work very much. But I have noticed some changes, and I want to understand them.
The invoice-export API was committed for Wednesday 14 October, but it was shipped on 21 October.
Also, the retry queue fix was promised for Friday 23 October. It is still open now.
I am not thinking you do not care. Can you help me to understand what is happening for you?
I see. So you feel the estimates were not realistic. It has been a lot.
Is there anything else, maybe outside of work, that makes this period difficult?
Thank you for telling me this. That is a heavy thing to carry alone.
Please take your time. What would help you most at the moment?
So you want to keep working, but you need the hours to be flexible. Is that right?
Okay. I will take you off the support rota from Monday, and you can move your hours.
What is a realistic date for the retry queue fix, in your opinion?
"""


def test_help_me_to_understand_is_an_open_request() -> None:
    said = "I am not thinking you do not care. Can you help me to understand what is happening?"
    assert read_question(said).form == Form.OPEN


def test_no_need_to_look_so_worried_settles_the_worry() -> None:
    assert already_answered("Am I in trouble? You can tell me if I am.",
                            "Hello Daniel love, come and sit down. No need to look so worried.")
    assert not already_answered("Am I in trouble?", "I worry about the release date.")


def test_harder_than_it_looks_admits_it() -> None:
    assert admits("I appreciate you asking. It's been harder than it looks from the outside.")


@pytest.mark.parametrize("said", ["Are you getting enough sleep?", "Are you managing?"])
def test_how_they_are_now_is_about_them(said: str) -> None:
    assert ABOUT_THEM.search(read_question(said).text)


def test_are_you_getting_enough_sleep_gets_no_not_yet(store: SqliteSessionStore) -> None:
    reply = _replies(store, _scenario("quality-slipping"), [
        "Hello Daniel, come and sit down.",
        "QA reopened the address one three times. That's not like you.",
        "Are you getting enough sleep?"])[-1]
    assert "not yet" not in reply.lower(), reply


def test_not_getting_enough_sleep_is_admitted_with_not_really(
    store: SqliteSessionStore,
) -> None:
    reply = _replies(store, _scenario("quality-slipping"), [
        "Hello Daniel love, come and sit down. No need to look so worried.",
        "QA reopened the address one three times, pet. That's not like you.",
        "We all have off weeks. I've had plenty.",
        "Are you getting enough sleep?"])[-1]
    assert not (reply.startswith("Yeah.") and admits(reply)), reply


def _entry(mood: Mood, *moves: Code, reply_key: str = "reaction",
           reaction: Code | None = Code.CLOSED_QUESTION) -> TraceEntry:
    return TraceEntry(turn=5, moves=moves, trust_before=0.5, defensiveness_before=0.5,
                      openness_before=0.5, trust=0.5, defensiveness=0.5, openness=0.5,
                      revealed=(), mood=mood, reply_key=reply_key, reaction=reaction)


@pytest.mark.parametrize("asked", ["Are you getting enough sleep?", "Are you managing?"])
def test_a_warm_report_admits_it_with_not_really(asked: str) -> None:
    lines = about_them(_scenario("quality-slipping"), _entry(Mood.WARMING, Code.CLOSED_QUESTION),
                       asked)
    assert lines and all(line.startswith("Not really.") for line in lines if admits(line)), lines


def test_a_line_said_twice_is_not_the_oldest_again() -> None:
    scenario = _scenario("lateness-absence")
    said = ["So I'm being watched now. Great.", "Half the floor wanders in at ten past. Why is it "
            "just me?", "I make every minute up. Nobody mentions that.", "I was sick. People get "
            "sick. What do you want, a doctor's note?", "So I'm being watched now. Great."]
    turns = tuple(Turn(index=i, speaker="manager" if i % 2 else "report", text=text)
                  for i, text in enumerate(["Hi."] + [x for s in said for x in ("Okay.", s)]))
    turns = (*turns, Turn(index=len(turns), speaker="manager", text="Okay then."))
    entry = _entry(Mood.DEFENSIVE, Code.INFORMATION, reply_key="defensive", reaction=None)
    request = ReplyRequest(scenario=scenario, turns=turns, trace=(entry,),
                           used_lines=tuple(said) + tuple(scenario.lines.hostile)
                           + tuple(scenario.lines.guarded))
    assert pick_line(request) != "So I'm being watched now. Great."


def test_anything_else_to_tell_me_is_no_offer_to_accept() -> None:
    assert MISSED_CHECK.search("Is there anything else you want to tell me?")
    assert not MISSED_CHECK.search("Is there anything else going on?")


def test_a_line_just_repeated_is_not_repeated_again(store: SqliteSessionStore) -> None:
    replies = _replies(store, _scenario("lateness-absence"), [
        "Right Leanne, come in, have a seat. Cheers for coming.",
        "Listen, I'll no beat about the bush. Your timekeeping's been shocking lately.",
        "Monday the 2nd you clocked on at 9:47. Shift starts at nine, you ken that.",
        "And the queue was short, we had two on the phones instead of four.",
        "Is there something going on, aye?",
        "Och, everybody's got stuff going on. But I need you in for nine, that's the job.",
        "So what's the story with the Mondays?",
        "Right. Well, I'm no wanting to make this a big formal thing.",
        "From now on, nine o'clock sharp, and if you're off sick you phone me before eight. Aye?",
        "Grand. We'll have another wee chat in a fortnight, see how it's going."])
    assert all(a != b for a, b in itertools.pairwise(replies)), replies


def test_any_questions_is_answered_plainly(store: SqliteSessionStore) -> None:
    reply = _replies(store, _scenario("peer-feedback"), [
        "Good afternoon Hannah. The purpose of today's meeting is to discuss communication with "
        "colleagues.",
        "Do you have any questions about the process?"])[-1]
    assert reply == "No. Not right now.", reply


def test_a_new_expectation_with_a_tag_is_not_answered_with_the_old_agreement(
    store: SqliteSessionStore,
) -> None:
    reply = _replies(store, _scenario("second-meeting"), [
        "Priya, hi. So, the plan. How do you think the plan is going? Not great, I'd say, right? "
        "The fix didn't ship.",
        "Why didn't the fix ship on the 13th? Probably the support tickets, I'm guessing. You "
        "picked up six of them, didn't you? Yes, you did.",
        "And the check-in, you cancelled it. Was that because you were busy? I assume so.",
        "Look, is the plan too much? I don't think it is, it was your plan too.",
        "Do you want to stay on this team? Of course you do. So let's just stick to the plan.",
        "Are you working nights? Doesn't matter, as long as the work gets done.",
        "So the fix by next Friday, no support tickets, and don't cancel the check-in. Fine? "
        "Fine."])[-1]
    assert not reply.startswith("No. We wrote down"), reply


@pytest.mark.parametrize("said", [
    "And the check-in: we meet on Thursday 26 November. If the time does not work, you move it, "
    "but please do not cancel it. Is this okay for you?",
    "Summary: the retry fix, Marcus has the rota, and we meet on the 26th. Did I forget "
    "something?",
])
def test_a_new_meeting_or_a_recap_check_is_not_answered_with_the_old_agreement(
    store: SqliteSessionStore, said: str,
) -> None:
    reply = _replies(store, _scenario("second-meeting"), [
        "Priya, stop, please, and sit down first. I am not here to punish you.",
        "Two weeks ago we made a plan. You come off the support rota and Marcus covers. The "
        "retry fix until Friday 13 November. And a check-in every Thursday.", said])[-1]
    assert "We wrote down" not in reply, reply


def test_a_kind_question_gets_no_colder_line_when_the_moods_lines_are_used(
    store: SqliteSessionStore,
) -> None:
    scenario = _scenario("lateness-absence")
    replies = _replies(store, scenario, [
        "Good afternoon Leanne. Please, take a seat. Thank you for coming.",
        "I want to talk with you about attendance, and I also want to hear from you, because "
        "you have been a good member of this team for four years.",
        "On Monday 2 November you logged in at 9:47. The shift starts at 9:00. That morning the "
        "queue opened with two agents instead of four.",
        "Also on Monday 26 October and Monday 16 November you called in sick just before 9, and "
        "Tom had to cover.",
        "I am not here to accuse you. I can see you are upset. It feels like you are being "
        "watched, and that is not a good feeling.",
        "What has been happening for you these past weeks?"])
    assert replies[-1] not in scenario.lines.hostile, replies[-1]


# --- an expectation to a warm report, a verdict asked -----------------------------------------


@pytest.mark.parametrize("said", [
    "Here's what I need: every change tested locally, before it goes to QA.",
    "This is what I need from you.",
])
def test_saying_what_is_needed_asks_nothing(said: str) -> None:
    assert read_question(said).form == Form.NONE


def test_a_warm_report_answers_an_expectation_and_a_verdict(store: SqliteSessionStore) -> None:
    scenario = _scenario("quality-slipping")
    replies = _replies(store, scenario, [
        "Morning Daniel. Thanks for coming in. Nobody's in trouble; I want to look at the "
        "checkout work together.",
        "Your discount-code change, PR 4812, was merged on Tuesday 20 October without tests, and "
        "promo codes failed in production for three hours the next morning.",
        "Before I say anything else, I'd like to hear your side. How has the move to checkout "
        "been for you?",
        "So it's been harder than you expected, and you feel everyone else picks it up faster.",
        "What's the hardest part of the checkout code for you?",
        "It sounds like you haven't been able to test your changes properly, and you've been "
        "worried that asking would make you look like you're not good enough.",
        "That's a very common feeling when you move to a new codebase.",
        "Here's what I need: every change tested locally, with the integration tests passing, "
        "before it goes to QA.",
        "What would help you get there?",
        "I'll ask Kasia to pair with you for an hour each day next week to get the integration "
        "tests running.",
        "Let's review it together on Tuesday 1 December. How does that sound?"])
    assert replies[7] in scenario.lines.reactions.expectation, replies[7]
    assert replies[-1] in scenario.lines.agreeing, replies[-1]


@pytest.mark.parametrize("text", [
    "How's things? Okay or not?",
    "Jun also quite quiet recently. You noticed or not?",
    "Is it okay or not?",
])
def test_a_question_with_or_not_asks_yes_or_no(text: str) -> None:
    question = read_question(text)
    assert question.form == Form.YES_NO
    assert not question.options


def test_a_real_choice_without_an_auxiliary_stays_either_or() -> None:
    assert read_question("The workload or the reorg?").options == ("the workload", "the reorg")


@pytest.mark.parametrize(("mood", "closing"), [
    (Mood.HOSTILE, "Right, I think that's everything. Thanks."),
    (Mood.COLLABORATIVE, "Good. We're done."),
    (Mood.GUARDED, "That's all for today, thanks for coming in."),
    (Mood.WARMING, "Thanks, Leanne. This was really useful."),
    (Mood.COLLABORATIVE, "thank you today was very productive"),
    (Mood.GUARDED, "Grand. Off you go."),
])
def test_closing_the_meeting_gets_a_goodbye_in_their_mood(mood: Mood, closing: str) -> None:
    scenario = _scenario("lateness-absence")
    turns = (Turn(index=0, speaker="report", text=scenario.opening.report_line),
             Turn(index=1, speaker="manager", text=closing))
    request = ReplyRequest(scenario=scenario, turns=turns, used_lines=(),
                           trace=(_entry(mood, reply_key=mood.value, reaction=None),))
    assert pick_line(request) in GOODBYES[mood]


@pytest.mark.parametrize("said", [
    "Right, I think that's everything we need to cover about the rota.",
    "Thanks, that was really helpful.",  # thanks for one thing said, mid-talk
])
def test_a_closing_with_more_said_is_no_goodbye(said: str) -> None:
    scenario = _scenario("lateness-absence")
    turns = (Turn(index=0, speaker="report", text=scenario.opening.report_line),
             Turn(index=1, speaker="manager", text=said))
    request = ReplyRequest(scenario=scenario, turns=turns, used_lines=(),
                           trace=(_entry(Mood.HOSTILE, reply_key="hostile", reaction=None),))
    assert goodbye(request) is None


def test_a_spoken_closing_gets_a_goodbye() -> None:
    scenario = _scenario("missed-deadlines")
    turns = (Turn(index=0, speaker="report", text=scenario.opening.report_line),
             Turn(index=1, speaker="manager", text="right i think thats everything thanks"))
    request = ReplyRequest(scenario=scenario, turns=turns, used_lines=(),
                           trace=(_entry(Mood.WARMING, reply_key="warming", reaction=None),))
    assert goodbye(request) in GOODBYES[Mood.WARMING]


def test_feedback_with_not_great_in_it_is_not_praise() -> None:
    said = ("And honestly I think people are a bit scared of you, which is not great for the team, "
            "and Jun and Beatriz have both asked to move off search.")
    assert feedback_not_praise(said, {Code.AFFIRMATION, Code.IMPACT})
    assert not feedback_not_praise("Great work on the latency, and Jun said so too.",
                                   {Code.AFFIRMATION, Code.OBSERVATION})


def test_a_way_out_offered_makes_no_choice() -> None:
    question = read_question("can you get the retry fix done by friday or is that too much")
    assert question.form == Form.YES_NO
    assert not question.options


def test_is_that_fair_alone_after_a_plan_is_answered_about_the_plan() -> None:
    scenario = _scenario("lateness-absence")
    question = read_question("Does that feel fair to you?")
    assert reading_checked(question, {Code.CLOSED_QUESTION}, scenario) is None
    assert reading_checked(read_question("So you feel watched. Does that feel fair?"),
                           {Code.REFLECTION, Code.CLOSED_QUESTION}, scenario)
