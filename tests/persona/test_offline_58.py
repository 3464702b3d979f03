"""The offline report and its mind, sixty-ninth pass (issue 11, P9): a plan checked with a cold
report, or one hurt earlier in the talk, is taken plainly, not warmly agreed nor refused with a
reason about them; praise that turns on a "but" in Scots is not flattery; a vague close in
recogniser text ("right well see how it goes") is a close, and thanks after it ends the talk;
"How are you finding things at the moment?" is answered as how things are; a courtesy after a
hello is a hello. The manager lines are written for these tests; the replies are the scenarios'
own or the scenario-free lines of ``persona``."""

from __future__ import annotations

import pytest

from roleplay.domain.invitations import only_in_passing
from roleplay.domain.mind import Mood
from roleplay.persona.fitting import praise_then_but
from roleplay.persona.offline import GOODBYES
from roleplay.persona.proposals import MEETING_TAKEN, TAKEN_COLDLY
from roleplay.persona.small_moments import AGAIN_TAKEN, GREETED, vague_again

from .scripted import bundled as _scenario
from .scripted import played as _played
from .scripted import replies as _replies

_COLD = {line for lines in TAKEN_COLDLY.values() for line in lines}

# --- 1 and 2. a plan checked with a cold or hurt report -----------------------------------------

_HURT_THEN_ORDER = ("Nadia.", "Your work has been lazy since October.",
                    "Honestly it's not good enough.",
                    "The crit on the 22nd ran without any mobile work.",
                    "The wireframes on the 3rd were one rough screen.")


def test_a_hurt_guarded_report_does_not_warmly_agree_to_an_order() -> None:
    session = _played("disengaged-after-reorg", *_HURT_THEN_ORDER,
                      "You'll run crit again from Thursday, and I'll check in with you on Friday "
                      "11 December. Does that work for you?").session
    assert session.persona_trace[-1].mood == Mood.GUARDED  # the mind has calmed, not warmed
    reply = [t.text for t in session.transcript.turns if t.speaker == "report"][-1]
    warm = _scenario("disengaged-after-reorg").lines.answers.say_yes
    assert reply not in warm and reply in TAKEN_COLDLY[Mood.GUARDED], reply


@pytest.mark.parametrize("check", ["Can you do that?", "Will you do that?",
                                   "Does that work for you?"])
def test_a_defensive_report_takes_an_order_plainly(check: str) -> None:
    reply = _replies("disengaged-after-reorg", "Nadia.",
                     "Your work has been sloppy since October. Frankly you've checked out.",
                     "If it carries on we go to a formal process.",
                     "Sorry, that came out harsher than I meant.", "Let's keep it simple.",
                     "From Monday you run crit again and you have the onboarding states done by "
                     f"Friday 11 December. {check}")[-1]
    # never "Not really, no. It's been hard to know where I fit." (a no about them)
    assert reply in TAKEN_COLDLY[Mood.DEFENSIVE], reply


def test_does_that_suit_to_a_defensive_leanne_is_taken_in_her_state() -> None:
    reply = _replies("lateness-absence", "Hi Leanne.", "You were late four times this month.",
                     "That's not acceptable. You'll be on the queue at nine from Monday.",
                     "Does that suit?")[-1]
    # never "Not really, no. It's been a rough couple of months." (a warming admission)
    assert reply in TAKEN_COLDLY[Mood.DEFENSIVE], reply


def test_a_meeting_checked_with_a_hostile_report_is_a_shrug() -> None:
    reply = _replies("lateness-absence", "Hi Leanne.", "You were late four times this month.",
                     "Why is it always you?",
                     "We'll sit down again Thursday 3 December at ten. Does that suit?")[-1]
    assert reply in AGAIN_TAKEN[Mood.HOSTILE], reply


def test_a_warm_report_still_says_yes_to_a_plan() -> None:
    # (no judgement in the talk: the plan is agreed as before, not shrugged at)
    reply = _replies("missed-deadlines", "Hi Priya.", "How have the last few weeks been?",
                     "It sounds like it's been a lot.",
                     "So you flag it in stand-up when a date is at risk, and we check in on "
                     "Friday 11 December. Does that work for you?")[-1]
    assert reply not in _COLD | {MEETING_TAKEN}, reply
    assert reply.startswith(("Yes", "Yeah", "I think so")), reply


def test_an_offer_of_help_to_a_defensive_report_is_not_shrugged_at() -> None:
    # (help offered alone is no order: their reaction to an offer, as before)
    reply = _replies("lateness-absence", "Hi Leanne.", "You were late four times this month.",
                     "Would it help if I moved you to the later shift for a month?")[-1]
    assert reply not in _COLD, reply


# --- 3. praise that turns on a "but" in Scots ---------------------------------------------------


def test_a_scots_but_after_praise_is_not_flattery() -> None:
    said = "yer a great engineer naebody is saying ye arenae but ye cannae be a numpty tae folk"
    assert praise_then_but(said)
    reply = _replies("brilliant-jerk", "right theo cmon in sit doon",
                     "so yer reviews on anas pull request last week were well out of order",
                     said)[-1]
    assert reply not in _scenario("brilliant-jerk").lines.reactions.affirmation, reply


def test_praise_with_no_fault_after_it_stays_praise() -> None:
    assert not praise_then_but("yer a great engineer, but that's no news tae anybody")


# --- 4. a vague close in recogniser text --------------------------------------------------------


@pytest.mark.parametrize("said", ["right well see how it goes", "lets see how it goes",
                                  "okay well see how things go"])
def test_a_vague_close_in_recogniser_text_is_a_meeting_with_no_day(said: str) -> None:
    assert vague_again(said, ())
    assert only_in_passing(said)


def test_well_see_in_another_sense_is_no_close() -> None:
    assert not vague_again("well see how you treated ana, that was out of order", ())
    assert not only_in_passing("I'll see how it goes with HR about your hours")


def test_a_vague_close_is_not_answered_as_a_plan_and_thanks_after_it_ends_it() -> None:
    replies = _replies("brilliant-jerk", "right theo cmon in sit doon",
                       "so yer reviews on anas pull request last week were well out of order",
                       "yer a great engineer naebody is saying ye arenae but ye cannae be a "
                       "numpty tae folk", "right well see how it goes", "cheers theo")
    assert replies[-2] in {line for lines in AGAIN_TAKEN.values() for line in lines}, replies
    assert replies[-1] in {line for lines in GOODBYES.values() for line in lines}, replies


# --- 5. "How are you finding things at the moment?" ---------------------------------------------


def test_how_are_you_finding_things_at_the_start_is_how_they_are() -> None:
    reply = _replies("career-conversation", "Hi Sofia, thanks for making the time.",
                     "How are you finding things at the moment?")[-1]
    assert reply in {line for lines in GREETED.values() for line in lines}, reply


@pytest.mark.parametrize("asked", ["How has the last month been for you?",
                                   "How have things been going for you lately?",
                                   "How are you finding things at the moment?",
                                   # (R9: "how's" was looked for as "how 's")
                                   "How's work been for you lately?"])
def test_how_things_have_been_is_not_answered_with_when_they_enjoy_it(asked: str) -> None:
    reply = _replies("career-conversation", "Hi Sofia.", "Let's talk about next year.", asked)[-1]
    assert reply != "I don't know. Maybe when the work feels useful to someone.", reply
    assert "the days I like most" not in reply, reply


def test_what_they_enjoy_is_still_answered_with_when_they_enjoy_it() -> None:
    reply = _replies("career-conversation", "Hi Sofia.", "Let's talk about next year.",
                     "What do you enjoy most?")[-1]
    assert "like most" in reply or "useful to someone" in reply, reply


# --- a courtesy after a hello -------------------------------------------------------------------


def test_thanks_for_making_the_time_after_a_hello_is_met_by_a_hello() -> None:
    assert only_in_passing("Hi Sofia, thanks for making the time.")
    reply = _replies("career-conversation", "Hi Sofia, thanks for making the time.")[-1]
    # never "I don't know. I'm happy doing what I'm doing, I think." (an answer to a question)
    assert reply not in _scenario("career-conversation").lines.guarded, reply


def test_thanks_for_the_time_to_talk_about_a_fault_is_not_in_passing() -> None:
    assert not only_in_passing("Hi, thanks for taking the time to talk about your lateness.")


# --- from the play-throughs ---------------------------------------------------------------------

_DANIEL_PLAN = ("Sawubona Daniel. Howzit, sit down, sit down.",
                "Ja, so listen. Three of your tickets came back from QA last week, and the promo "
                "codes broke on the live site.",
                "What's going on with you on checkout?",
                "What would make it easier for you?",
                "Okay. So from now on, every change gets tested on staging before it goes to QA, "
                "and I'll ask Aisha to pair with you on Tuesdays. We check in again Friday 11 "
                "December.")


@pytest.mark.parametrize("close", ["Sharp, Daniel. Thanks, hey.", "Choice. Cheers Daniel, chur.",
                                   "Tamam. Kolay gelsin, Daniel.", "Nandri Daniel."])
def test_thanks_at_the_door_in_other_voices_is_a_goodbye(close: str) -> None:
    reply = _replies("quality-slipping", *_DANIEL_PLAN, close)[-1]
    assert reply in {line for lines in GOODBYES.values() for line in lines}, reply


def test_thanks_with_more_in_it_is_not_a_goodbye() -> None:
    from roleplay.persona.offline import _BARE_THANKS
    assert not _BARE_THANKS.match("thanks, that was out of order")
    assert not _BARE_THANKS.match("sharp, now tell me why the tests were skipped")
    assert not _BARE_THANKS.match("choice")  # assent alone thanks no one


def test_tea_offered_in_turkish_is_declined_not_answered_as_the_work() -> None:
    reply = _replies("peer-feedback", "Merhaba Hannah, hoş geldin. Please, sit. Çay?")[-1]
    # never "No. If I don't flag it, nobody does."
    assert reply not in _scenario("peer-feedback").lines.answers.say_no, reply
    assert reply.startswith(("I'm fine, thanks", "No, thanks")), reply


def test_how_are_you_finding_things_to_a_defensive_report_is_answered() -> None:
    reply = _replies("lateness-absence", "Kia ora Leanne, come in, grab a seat.",
                     "On Monday the 2nd you logged on at 9:47 and the queue opened with two "
                     "instead of four. Tom covered on the 16th too.",
                     "How are you finding things at the moment?")[-1]
    # never "I make every minute up. Nobody mentions that." (a push about the meeting)
    opens = _scenario("lateness-absence").lines.reactions.open_question
    assert reply in opens and not reply.endswith("?"), reply


def test_bare_thanks_reads_a_run_of_assent_in_linear_time() -> None:
    import time

    from roleplay.persona.offline import _BARE_THANKS

    # (R9: each "ok" read either as a word of assent or as who the last one was said to: 28 of
    # them took most of a second, each one more doubling it; now some microseconds)
    start = time.perf_counter()
    assert not _BARE_THANKS.match(" ".join(["ok"] * 28) + " thanks?")
    assert _BARE_THANKS.match("thanks so much again, priya.")
    assert time.perf_counter() - start < 0.1
