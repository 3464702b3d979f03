"""The offline report and its mind, seventy-sixth pass (issue 11, P10): tea offered inside a
longer turn is declined and the rest answered; praise and a put-down in one breath is heard as
the put-down; thanks and a name before "you can go" is a goodbye; a meeting with a day put to a
cold report is taken; hellos in voices the coder's list does not hold yet are hellos. The
manager lines are written for these tests; the replies are the scenarios' own or the
scenario-free lines of ``persona``."""

from __future__ import annotations

import pytest

from roleplay.domain.invitations import only_in_passing
from roleplay.persona.asides import PUT_DOWN_HEARD, praised_and_put_down
from roleplay.persona.offline import DECLINED, GOODBYES, OFFER_TAKEN
from roleplay.persona.small_moments import AGAIN_TAKEN, GREETED, offered

from .scripted import bundled as _scenario
from .scripted import played as _played
from .scripted import replies as _replies

_PUT_DOWN_LINES = {line for lines in PUT_DOWN_HEARD.values() for line in lines}
_GOODBYE_LINES = {line for lines in GOODBYES.values() for line in lines}
_OFFER_TAKEN_LINES = {line for lines in OFFER_TAKEN.values() for line in lines}

# --- 1. tea offered inside a longer turn --------------------------------------------------------


@pytest.mark.parametrize("said", [
    "Merhaba Priya. You want some tea? The invoice export came a week late.",
    "Hi Priya, you want some chai? The invoice export came a week late.",
    "Priya, want some water before we start? The invoice export came a week late.",
])
def test_tea_beside_feedback_is_declined_then_the_feedback_answered(said: str) -> None:
    reply = _replies("missed-deadlines", said)[-1]
    # never "Honestly, no. I'd be promising something I can't keep." (a no to the tea run on)
    assert reply.startswith(DECLINED), reply
    rest = reply.removeprefix(DECLINED).strip()
    # (their reaction to what was seen, or their mood's line where the coder read the date as
    # information: "Hi Priya, you want some chai? ..." is coded so)
    lines = _scenario("missed-deadlines").lines
    assert rest in lines.reactions.observation + lines.guarded, reply


def test_coffee_read_as_help_is_not_met_by_the_help_line() -> None:
    reply = _replies("missed-deadlines",
                     "Priya, sit. Can I get you a coffee? We need to sort out these sprints.")[-1]
    scenario = _scenario("missed-deadlines")
    assert reply.startswith(DECLINED), reply
    assert reply.removeprefix(DECLINED).strip() in scenario.lines.guarded, reply


def test_an_offer_after_a_hello_and_a_name_is_an_offer() -> None:
    assert offered("Hi Priya, you want some chai?")
    assert offered("Priya, want some water before we start?")
    # the guards: a want about the work, a name and a question about them
    assert not offered("Priya, want some time off?")
    assert not offered("Hi Priya, do you want to lead the migration?")


def test_tea_before_the_talk_is_declined_and_the_talk_taken_up() -> None:
    reply = _replies("missed-deadlines",
                     "Gamarjoba Priya. Sit, sit. You want some water? We have to talk about "
                     "the sprints.")[-1]
    # (the lead's item: "Honestly, no. I'd be promising something I can't keep.")
    assert reply.startswith(DECLINED), reply
    assert reply.removeprefix(DECLINED).strip() in _scenario("missed-deadlines").lines.guarded


@pytest.mark.parametrize("said", ["Cup of tea?", "Hi Priya. Sit, sit. You want some water?"])
def test_tea_with_nothing_else_is_still_declined_alone(said: str) -> None:
    assert _replies("missed-deadlines", said)[-1] == DECLINED


# --- 2. praise and a put-down in one breath -----------------------------------------------------


@pytest.mark.parametrize("said", [
    "i dont want to hear it youre always like this the best fella on the floor and the worst to "
    "work with",
    "You're the best engineer we have, and the worst to work with.",
])
def test_praise_beside_a_put_down_is_not_thanked_for(said: str) -> None:
    assert praised_and_put_down(said)
    reply = _replies("brilliant-jerk", "Theo, the review on Ana's PR last week.", said)[-1]
    reactions = _scenario("brilliant-jerk").lines.reactions
    assert reply not in reactions.affirmation, reply
    # heard as the put-down: its own lines, or the reply to a label when the coder reads one
    assert reply in _PUT_DOWN_LINES or reply in reactions.label, reply


def test_praise_alone_and_the_worst_in_another_sense_stay_praise() -> None:
    assert not praised_and_put_down("Honestly, you're the best engineer on the team.")
    assert not praised_and_put_down("The worst part is over, you're the best reviewer we have.")
    assert not praised_and_put_down("You're not the worst, you're the best we have.")
    reply = _replies("brilliant-jerk", "Honestly, you're the best engineer on the team.")[-1]
    assert reply in _scenario("brilliant-jerk").lines.reactions.affirmation, reply


# --- 3. thanks and a name before "you can go" ---------------------------------------------------


@pytest.mark.parametrize("close", ["nandri priya you can go", "thanks priya you can go"])
def test_thanks_and_a_name_before_you_can_go_is_a_goodbye(close: str) -> None:
    reply = _replies("missed-deadlines", "vanakkam priya please sit",
                     "you missed three deadlines", "ok fine", close)[-1]
    assert reply in _GOODBYE_LINES, reply


def test_thanks_before_more_work_is_no_goodbye() -> None:
    reply = _replies("missed-deadlines", "Hi Priya.",
                     "thanks priya you can go through the estimates with me now")[-1]
    assert reply not in _GOODBYE_LINES, reply


# --- 4. a meeting with a day put to a cold report -----------------------------------------------

_COLD_PRIYA = ("vanakkam priya please sit", "why you are not telling me before itself",
               "you are always late with everything")


@pytest.mark.parametrize("meeting", ["and we will meet again friday eleventh december",
                                     "We'll meet again on Friday 11 December."])
def test_a_meeting_put_to_a_hostile_report_is_taken_coldly(meeting: str) -> None:
    session = _played("missed-deadlines", *_COLD_PRIYA, meeting).session
    mood = session.persona_trace[-1].mood
    reply = [t.text for t in session.transcript.turns if t.speaker == "report"][-1]
    # never "I'd rather not continue this if it's going to be like this."
    assert reply in AGAIN_TAKEN[mood], (mood, reply)


def test_a_task_put_to_a_hostile_report_is_not_shrugged_as_a_meeting() -> None:
    reply = _replies("missed-deadlines", *_COLD_PRIYA,
                     "You are on a formal warning from today.")[-1]
    assert reply not in {line for lines in AGAIN_TAKEN.values() for line in lines}, reply


# --- 5. hellos in other voices ------------------------------------------------------------------


@pytest.mark.parametrize("hello", ["vanakkam priya please sit", "Merhaba Priya.",
                                   "Gamarjoba Priya.", "Salaam aleikum Priya, sit."])
def test_a_hello_in_another_voice_is_met_by_a_hello(hello: str) -> None:
    assert only_in_passing(hello)
    assert _replies("missed-deadlines", hello)[-1] == "Hi."


def test_a_hello_word_inside_a_sentence_is_no_hello() -> None:
    assert not only_in_passing("Merhaba Priya, the invoice export came a week late.")
    assert not only_in_passing("I said vanakkam to the whole team but you missed three dates.")


# --- 6. from the play-throughs: how-are-you and goodbyes in other voices ------------------------


@pytest.mark.parametrize(("scenario_id", "hello"), [
    ("lateness-absence", "Salaam aleekum Leanne. Nanga def? Sit, please."),
    ("quality-slipping", "gday daniel how ya going mate"),
])
def test_a_how_are_you_in_another_voice_is_answered_as_a_greeting(scenario_id: str,
                                                                  hello: str) -> None:
    session = _played(scenario_id, hello).session
    reply = [t.text for t in session.transcript.turns if t.speaker == "report"][-1]
    # never "Not really, no. It's been a rough couple of months." nor "Am I in trouble?"
    assert reply in GREETED[session.persona_trace[-1].mood], reply


def test_a_hello_with_the_vietnamese_word_for_them_then_tea_is_declined_alone() -> None:
    reply = _replies("disengaged-after-reorg",
                     "Chào chị Nadia. Please sit. You want some tea?")[-1]
    assert reply == DECLINED, reply  # not "I'm fine, thanks. Mm. Okay."


_PLAN_WITH_NADIA = ("Hi Nadia.", "How are things for you since the reorg?",
                    "It sounds like the change hit you hard.",
                    "So you run crit again from Thursday, and we meet again Friday 11 December.")


@pytest.mark.parametrize("close", ["Cảm ơn Nadia. Hẹn gặp lại.", "Jërëjëf Nadia. Ba beneen yoon.",
                                   "no worries nadia good onya"])
def test_thanks_and_a_goodbye_in_another_voice_after_the_plan_ends_the_talk(close: str) -> None:
    reply = _replies("disengaged-after-reorg", *_PLAN_WITH_NADIA, close)[-1]
    assert reply in _GOODBYE_LINES | _OFFER_TAKEN_LINES, reply


def test_ta_ra_after_an_order_to_a_hostile_report_is_a_goodbye() -> None:
    reply = _replies("brilliant-jerk", "Theo.", "You're always like this, mun. Embarrassing.",
                     "If it happens again it goes to HR.",
                     "From now on you comment on the code, not the person.",
                     "Diolch Theo. Ta-ra.")[-1]
    assert reply in _GOODBYE_LINES | _OFFER_TAKEN_LINES, reply
