"""The offline report and its mind, eighty-sixth pass (issue 11, P12, from unseen-37's first
reading): the floor given to them and a reading checked.

- A door opened ("And if there's more under it, the nights, the pager, ..., I'd want to know
  about it. Tell me as much or as little as you like.") was answered as an accusation ("Okay,
  if that's how you see me, maybe I should take one of the recruiter calls I keep getting.").
- A say-back checked with room to correct it ("Have I got that about right, or is it something
  else?") got a yes written for a proposal ("Yeah, I think so. I'm not completely oblivious.");
  a guess checked so, which the mind does not hear as a reflection, got a yes or no written
  for a proposal ("No. I'm happy enough where I am, I think.").
- A silence said aloud ("mm", "no rush", "take your time there is no hurry", "go on") was
  filled by handing the floor back ("Right. Go on then.", "Okay. Go on. I know this isn't a
  great conversation."), by thanks for how they began, or by an answer to an accusation not
  made ("You're telling me the guy who cut p95 to 210 milliseconds is the problem?").

The manager lines are written for these tests."""

from __future__ import annotations

import pytest

from roleplay.domain.invitations import gives_the_floor, invites_the_cause
from roleplay.persona.offline import (
    ANSWERS_AN_ACCUSATION,
    GO_ON,
    GOODBYES,
    READING_HALF_TAKEN,
    STILL_LISTENING,
)

from .scripted import bundled as _scenario
from .scripted import played as _played
from .scripted import replies as _replies

_SCENARIOS = ("brilliant-jerk", "career-conversation", "disengaged-after-reorg",
              "lateness-absence", "missed-deadlines", "peer-feedback", "quality-slipping",
              "second-meeting")

_DOOR = ("And if there's more under it, the nights, the pager, being the one who knows the old "
         "indexer, I'd want to know about it. Tell me as much or as little as you like.")


# -- what gives the floor ------------------------------------------------------------------------

@pytest.mark.parametrize("said", [
    "mm", "Mm.", "mhm", "no rush", "take your time there is no hurry", "Go on, Theo.",
    "Take your time. There is no hurry.", "okay go on", _DOOR,
    "Take as much or as little time as you need, I'd like to hear it.", "...", "…",
    "I'm listening.",
])
def test_a_silence_said_aloud_or_a_door_opened_gives_the_floor(said: str) -> None:
    assert gives_the_floor(said)


@pytest.mark.parametrize("said", [
    "Okay.", "ok", "Go on then, tell me why you pushed to main.", "and what happened next?",
    "no rush on the report, friday is fine", "I want to know about it by Friday.",
    "Take your time with the tests and get them right.", "hmm, so what would help?",
])
def test_a_turn_with_something_in_it_does_not(said: str) -> None:
    assert not gives_the_floor(said)


def test_more_under_it_is_where_a_cause_might_lie() -> None:
    assert invites_the_cause(_DOOR)
    assert invites_the_cause("if there's anything underneath all of that, i'd rather know")
    # (a condition of the plan is still no invitation)
    assert not invites_the_cause("If something slips under the new process, tell me the same day.")


# -- a door opened is not an accusation -----------------------------------------------------------

_AFTER_A_THREAT = ("Morning Theo. Sit down.",
                   "Honestly you have been a bully in reviews and if it carries on there will be "
                   "consequences.")


def test_a_door_opened_after_a_threat_is_not_answered_as_an_accusation() -> None:
    lines = (*_AFTER_A_THREAT, _DOOR, "Your comments on Jun's pull request were personal.",
             "No rush.", "Take as much or as little time as you need, I'd like to hear it.")
    said = _replies("brilliant-jerk", *lines)
    door, _, no_rush, door_again = said[3], said[4], said[5], said[6]
    for reply in (door, no_rush, door_again):
        assert not ANSWERS_AN_ACCUSATION.search(reply), reply
        assert not STILL_LISTENING.search(reply), reply  # "Alright. I hear you. I'm listening."
        assert not GO_ON.search(reply), reply


def test_a_threat_is_still_answered_in_kind() -> None:
    reply = _replies("brilliant-jerk", *_AFTER_A_THREAT)[-1]
    assert reply in _scenario("brilliant-jerk").lines.reactions.threat


def test_a_door_opened_to_a_cold_report_gets_their_answer_to_being_asked() -> None:
    # hostile after a label, then the door: their answer to an open question, never the
    # hostile mood's "Okay, if that's how you see me, ..."
    lines = ("Morning Theo.", "You're arrogant and the whole team knows it.",
             "The nights, the pager, being the one who knows the old indexer: I'd want to know "
             "about it. Tell me as much or as little as you like.")
    session = _played("brilliant-jerk", *lines).session
    reply = [t.text for t in session.transcript.turns if t.speaker == "report"][-1]
    assert not ANSWERS_AN_ACCUSATION.search(reply), reply
    if session.persona_trace[-1].reply_key not in ("hint", "reveal", "repair"):
        assert reply in _scenario("brilliant-jerk").lines.reactions.open_question, reply


def test_a_plan_with_no_fault_in_it_gets_no_answer_to_an_accusation() -> None:
    # the manager's own step, to a report still defensive: not "You're telling me the guy who
    # cut p95 to 210 milliseconds is the problem?"
    lines = (*_AFTER_A_THREAT,
             "Your review on Jun's pull request said 'This is embarrassing' in public.",
             "From my side: by Friday you and I pick a second person to learn the indexer. We "
             "meet again Wednesday at nine.")
    reply = _replies("brilliant-jerk", *lines)[-1]
    assert not ANSWERS_AN_ACCUSATION.search(reply), reply


# -- a silence said aloud is filled with more of their own -----------------------------------------

_SILENCES = ("mm", "no rush", "take your time there is no hurry", "go on")


@pytest.mark.parametrize("scenario_id", _SCENARIOS)
def test_a_silence_is_filled_with_more_of_their_own(scenario_id: str) -> None:
    lines = ("Hi, thanks for coming in.",
             "I wanted to talk about how the last few weeks have gone.", *_SILENCES)
    session = _played(scenario_id, *lines).session
    said = [t.text for t in session.transcript.turns if t.speaker == "report"]
    scenario = _scenario(scenario_id)
    hostile = set(scenario.lines.hostile)
    for entry, reply in zip(session.persona_trace[-4:], said[-4:], strict=True):
        assert not GO_ON.search(reply), reply  # "Right. Go on then."
        assert not STILL_LISTENING.search(reply), reply
        assert not ANSWERS_AN_ACCUSATION.search(reply), reply
        assert "start like that" not in reply, reply  # thanks for how they began
        assert reply not in scenario.lines.agreeing, reply  # no plan
        if entry.mood.value != "hostile":
            assert reply not in hostile, reply  # "Do you want me to just hand my notice in?"
    assert len(set(said[-4:])) == 4, said[-4:]  # and never the same again


@pytest.mark.parametrize("scenario_id", _SCENARIOS)
def test_a_long_silence_is_filled_without_saying_anything_twice(scenario_id: str) -> None:
    # eight turns of silence and time given: their mood's lines, then their answers to being
    # asked, never a colder mood's, never the floor handed back, never the same line again
    first = _scenario(scenario_id).persona.name.split()[0]
    lines = (f"Hi {first}.", "...", "Take your time.", "...", "Mm.",
             "Take your time, there's no rush.", "...", "I'm listening.")
    session = _played(scenario_id, *lines).session
    said = [t.text for t in session.transcript.turns if t.speaker == "report"][2:]
    scenario = _scenario(scenario_id)
    assert len(set(said)) == len(said), said
    for entry, reply in zip(session.persona_trace[1:], said, strict=True):
        assert not GO_ON.search(reply), reply
        assert not STILL_LISTENING.search(reply), reply
        if entry.mood.value != "hostile":
            assert reply not in scenario.lines.hostile, reply


# -- a reading checked ---------------------------------------------------------------------------

def test_a_say_back_checked_is_confirmed_with_the_reaction_to_being_heard() -> None:
    lines = ("Thanks for the coffee, Theo. Sit down a minute.",
             "Two people on the team have said your review comments feel personal.",
             "So from where you sit, someone has to catch the broken code before it ships, and "
             "it keeps being you. Have I got that about right, or is it something else?")
    session = _played("brilliant-jerk", *lines).session
    assert {c.value for c in session.persona_trace[-1].moves} >= {"reflection"}
    reply = [t.text for t in session.transcript.turns if t.speaker == "report"][-1]
    scenario = _scenario("brilliant-jerk")
    assert reply in scenario.lines.reactions.reflection, reply
    assert reply not in scenario.lines.answers.say_yes, reply


@pytest.mark.parametrize("scenario_id", _SCENARIOS)
def test_a_guess_checked_gets_no_yes_or_no_written_for_a_proposal(scenario_id: str) -> None:
    lines = ("Hi, thanks for coming in.",
             "I wanted to talk about how the last few weeks have gone.",
             "Maybe the estimates were tight from day one. Is that how it was, or is there more?")
    session = _played(scenario_id, *lines).session
    entry = session.persona_trace[-1]
    reply = [t.text for t in session.transcript.turns if t.speaker == "report"][-1]
    answers = _scenario(scenario_id).lines.answers
    assert reply not in answers.say_yes and reply not in answers.say_no, reply
    if entry.reply_key not in ("hint", "reveal") and not {c.value for c in entry.moves} & {
            "reflection", "summary"}:
        assert reply in READING_HALF_TAKEN[entry.mood], reply


def test_a_plan_checked_so_is_still_taken_as_a_plan() -> None:
    lines = ("Hi Priya, thanks for coming in.",
             "You missed the retry fix date and the migration date.",
             "So, to check: you send me a realistic date for the retry queue fix by Thursday, "
             "and we meet again on the 12th at ten. Did I understand everything right, or "
             "something to fix?")
    reply = _replies("missed-deadlines", *lines)[-1]
    assert reply not in {line for lines in READING_HALF_TAKEN.values() for line in lines}, reply


# -- from the play-throughs ----------------------------------------------------------------------

_GOODBYES = {line for lines in GOODBYES.values() for line in lines}


@pytest.mark.parametrize(("scenario_id", "lines"), [
    ("brilliant-jerk", ("Morning Theo.", "Your comments on Jun's pull request were personal.",
                        "We meet again Wednesday the 9th at nine, and I'll find a second person "
                        "for the indexer by Friday.", "Takk fyri, Theo. Farvæl.")),
    ("career-conversation", ("Hola Sofia.", "What would you like to try this month?",
                             "Good. We talk again on the 15th at two.",
                             "Gracias Sofia. Nos vemos, cuídate.")),
    ("quality-slipping", ("Hiya Daniel.", "Four bugs came back from checkout this month.",
                          "I'll pair you with Sam for two weeks and we catch up Thursday at two.",
                          "Ta Daniel. See you Thursday, love.")),
    ("missed-deadlines", ("annyeong priya", "three dates missed in three weeks",
                          "i will move the migration to sam and we meet again thursday at ten",
                          "gamsahamnida priya annyeong")),
])
def test_thanks_and_a_goodbye_in_other_voices_end_the_talk(
        scenario_id: str, lines: tuple[str, ...]) -> None:
    assert _replies(scenario_id, *lines)[-1] in _GOODBYES


def test_annyeong_at_the_start_is_still_a_hello() -> None:
    assert _replies("missed-deadlines", "annyeong priya sit down please")[-1] == "Hi."


@pytest.mark.parametrize("said", [
    "Góðan morgun Theo. Sit down, the kettle is on. Do you want a cup?",
    "Hola Theo! You want a cortado?",
])
def test_a_cup_offered_in_other_words_is_declined_not_answered_no(said: str) -> None:
    reply = _replies("brilliant-jerk", said)[-1]
    assert reply.startswith("I'm fine, thanks."), reply
    assert not any(line in reply for line in _scenario("brilliant-jerk").lines.answers.say_no)


def test_a_door_opened_after_the_telling_is_not_heard_as_a_threat() -> None:
    # the coder reads the door as a threat; nothing in it puts their job at stake
    lines = ("Hola Sofia. Sit, sit.", "What kind of days do you leave the office happy?",
             "Maybe you think the only way up here is to manage people, and you don't want to. "
             "Have I got that about right, or is it something else?",
             "If there is something you have been thinking about, a different kind of role, I "
             "would like to hear it. Only if you want to.")
    reply = _replies("career-conversation", *lines)[-1]
    assert reply not in _scenario("career-conversation").lines.reactions.threat, reply


def test_a_threat_beside_a_door_is_still_a_threat() -> None:
    lines = ("Morning Theo.", "If there is something under it, tell me, but one more comment like "
             "that and you're out.")
    reply = _replies("brilliant-jerk", *lines)[-1]
    assert reply in _scenario("brilliant-jerk").lines.reactions.threat, reply


def test_the_bar_asked_to_be_kept_is_taken_as_the_bar() -> None:
    lines = ("Morning Theo, thanks for coming.",
             "How do you see it, from your side of the deck?",
             "So you are the one who catches it when it breaks, and nobody else does. Have I got "
             "that about right, or is it something else?",
             "From now on: comments in review go to the code, never the person, and nothing goes "
             "to main without a review. Can you hold to that?")
    session = _played("brilliant-jerk", *lines).session
    reply = [t.text for t in session.transcript.turns if t.speaker == "report"][-1]
    scenario = _scenario("brilliant-jerk")
    if session.persona_trace[-1].reaction is not None and \
            session.persona_trace[-1].reaction.value == "expectation":
        assert reply in scenario.lines.reactions.expectation, reply
    assert reply not in scenario.lines.answers.say_yes, reply


@pytest.mark.parametrize(("scenario_id", "lines"), [
    ("missed-deadlines", ("Hi Priya.", "Three dates in three weeks.",
                          "So, to recap: the bar on dates, your next piece on your own date, the "
                          "support tickets off you from Monday, and Thursday at ten. Did I get "
                          "all that right, or something to fix?")),
    ("brilliant-jerk", ("Morning Theo.", "Your review on Jun's pull request was personal.",
                        "Let me check: reviews about the code, a second person on the indexer, "
                        "and Wednesday at nine. Did I understand everything right, or is there "
                        "something to fix?")),
])
def test_a_recap_checked_is_no_reading_of_theirs(scenario_id: str,
                                                   lines: tuple[str, ...]) -> None:
    reply = _replies(scenario_id, *lines)[-1]
    assert reply not in {line for lines in READING_HALF_TAKEN.values() for line in lines}, reply
    assert reply not in _scenario(scenario_id).lines.reactions.summary, reply


def test_an_accusation_the_coder_missed_may_still_be_answered_as_one() -> None:
    # a run-on of what the team says of them, with no code the persona reads as kind: the
    # accusation's answer stays open to it (the rule against it is for turns that ask, say
    # back, praise, plan or give the floor)
    from roleplay.persona.offline import rebuts_unprompted
    from roleplay.ports.persona import ReplyRequest

    session = _played("brilliant-jerk", "Morning Theo.",
                      "jun is scared of you amara is finished with you beatriz wants out and "
                      "she named you so that is everybody not just me").session
    request = ReplyRequest(scenario=session.scenario, turns=session.turns,
                           trace=session.persona_trace, used_lines=())
    line = "You're telling me the guy who cut p95 to 210 milliseconds is the problem?"
    codes = {c.value for c in session.persona_trace[-1].moves}
    if not codes & {"open_question", "reflection", "summary", "affirmation", "commitment",
                    "follow_up", "support_offer"}:
        assert not rebuts_unprompted(request, line)
