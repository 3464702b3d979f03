"""The offline report and its mind, eightieth pass (issue 11, P11): an offer of coffee run on
into the talk in one breath is declined and the rest answered; bare thanks before anything is
planned is met by a question whether that is it, and the manager's yes or thanks to that ends
the talk; one list of thanks and assent serves the turn said in passing and the goodbye. The
manager lines are written for these tests; the replies are the scenarios' own or the
scenario-free lines of ``persona``."""

from __future__ import annotations

import time

import pytest

from roleplay.domain.invitations import only_in_passing
from roleplay.persona.offline import _BARE_THANKS, DECLINED, GOODBYES, IS_THAT_IT
from roleplay.persona.small_moments import GREETED, offered, without_the_offer

from .scripted import bundled as _scenario
from .scripted import played as _played
from .scripted import replies as _replies

_GOODBYE_LINES = {line for lines in GOODBYES.values() for line in lines}
_IS_THAT_IT_LINES = {line for lines in IS_THAT_IT.values() for line in lines}

# --- 1. an offer run on into the talk -----------------------------------------------------------


@pytest.mark.parametrize(("scenario_id", "said"), [
    ("missed-deadlines", "you want a coffee or something we gotta sort this out"),
    ("missed-deadlines", "Priya you want a tea or something we need to talk about the sprints"),
    ("quality-slipping", "hi daniel you want a brew or something we need to talk about the "
                         "tickets"),
])
def test_an_offer_run_on_into_the_talk_is_declined_and_the_talk_taken_up(
        scenario_id: str, said: str) -> None:
    reply = _replies(scenario_id, said)[-1]
    # never "Okay. It's been a busy few weeks, that's all." (the want heard as theirs)
    assert reply.startswith(DECLINED), reply
    rest = reply.removeprefix(DECLINED).strip()
    lines = _scenario(scenario_id).lines
    assert rest in lines.guarded + lines.defensive + lines.hostile, reply
    # nor "I'm fine, thanks. It's fine. I'm handling it." / "I'm fine, thanks. Okay. ..."
    assert not rest.lower().startswith(("it's fine", "okay.", "fine")), reply


def test_the_offer_run_on_leaves_the_rest_to_answer() -> None:
    said = "you want a coffee or something we gotta sort this out"
    assert offered(said)
    assert without_the_offer(said, said) == "we gotta sort this out"
    # the guards: a coffee that is the work, a want about the work
    assert not offered("Do you want a coffee break to fix this?")
    assert not offered("you want a coffee machine on your floor")
    assert not offered("you want to sort this out or something")


# --- 2. bare thanks before anything is planned ---------------------------------------------------

_FEEDBACK_TO_THEO = ("Hi Theo.", "Two people on the team have said your code review comments "
                     "feel personal.")


@pytest.mark.parametrize("thanks", ["ok thanks", "Cheers.", "Diolch Theo.", "thanks mate"])
def test_bare_thanks_after_feedback_asks_whether_that_is_it(thanks: str) -> None:
    reply = _replies("brilliant-jerk", *_FEEDBACK_TO_THEO, thanks)[-1]
    # never "Honestly, I think the team's doing great. The latency numbers speak for themselves."
    assert reply in _IS_THAT_IT_LINES, reply


def test_bare_thanks_after_an_expectation_alone_asks_then_the_next_thanks_ends_it() -> None:
    replies = _replies("brilliant-jerk", "Hi Theo.",
                       "From now on you comment on the code, not the person.",
                       "Diolch Theo.", "Diolch.")
    assert replies[-2] in _IS_THAT_IT_LINES, replies
    assert replies[-1] in _GOODBYE_LINES, replies


@pytest.mark.parametrize("yes", ["yes that's all", "Yep.", "That's it for now, thanks."])
def test_a_yes_to_is_that_it_ends_the_talk(yes: str) -> None:
    replies = _replies("brilliant-jerk", *_FEEDBACK_TO_THEO, "ok thanks", yes)
    assert replies[-2] in _IS_THAT_IT_LINES, replies
    assert replies[-1] in _GOODBYE_LINES, replies


def test_cheers_after_their_answer_is_no_concession() -> None:
    replies = _replies("brilliant-jerk", *_FEEDBACK_TO_THEO, "What's going on from your side?",
                       "cheers")
    # never "Okay. Fair. I might have been a bit sharp lately." to a word of thanks
    assert replies[-1] in _IS_THAT_IT_LINES, replies


def test_more_than_thanks_is_answered_as_before() -> None:
    # the guards: thanks on the first turn is for coming in; thanks after a plan is a goodbye;
    # thanks with a question is the question's
    assert _replies("brilliant-jerk", "Thanks Theo.")[-1] not in _IS_THAT_IT_LINES
    planned = _replies("missed-deadlines", "Hi Priya.",
                       "I'll take the invoice export off your plate from Monday.", "ok thanks")
    assert planned[-1] in _GOODBYE_LINES, planned
    asked = _replies("brilliant-jerk", *_FEEDBACK_TO_THEO, "ok thanks. What's going on?")
    assert asked[-1] not in _IS_THAT_IT_LINES | _GOODBYE_LINES, asked


def test_thanks_after_they_tell_what_is_behind_it_is_no_is_that_it() -> None:
    session = _played("missed-deadlines", "Hi Priya.", "How have things been lately?",
                      "It sounds like it's been a lot.", "What's been weighing on you?",
                      "That sounds hard. What's been going on at home?", "Thank you.").session
    keys = [e.reply_key for e in session.persona_trace]
    reply = [t.text for t in session.transcript.turns if t.speaker == "report"][-1]
    if "reveal" in keys[:-1] and keys[-2] in ("reveal", "hint"):
        assert reply not in _IS_THAT_IT_LINES, reply
    else:  # (the play must reach the telling for this guard to mean anything)
        pytest.fail(f"no reveal before the thanks: {keys}")


# --- 3. one list of thanks and assent -----------------------------------------------------------


def test_thanks_from_either_list_ends_the_talk_after_a_plan() -> None:
    # ("Takk" was in the list for the turn said in passing only)
    replies = _replies("missed-deadlines", "Hi Priya.",
                       "I'll take the invoice export off your plate from Monday.", "Takk, Priya.")
    assert replies[-1] in _GOODBYE_LINES, replies


@pytest.mark.parametrize("said", ["Jërëjëf Leanne. Let me know if you need anything.",
                                  "Good on ya Daniel. Let me know if you need anything.",
                                  "No worries. My door's always open."])
def test_thanks_from_either_list_is_said_in_passing(said: str) -> None:
    # ("Jërëjëf" and "good on ya" were in the goodbye's list only)
    assert only_in_passing(said)
    assert not only_in_passing("No worries. Your tickets keep coming back from QA.")


@pytest.mark.parametrize("word", ["sweet as ", "see you later ", "good man "])
def test_a_run_of_words_read_two_ways_is_read_quickly(word: str) -> None:
    started = time.perf_counter()
    _BARE_THANKS.match(word * 20 + "thanks x y")
    assert time.perf_counter() - started < 0.5


# --- 4. from the play-throughs: offers, how-are-yous, hellos and goodbyes in other voices -------


@pytest.mark.parametrize(("scenario_id", "said"), [
    ("lateness-absence", "G'day Leanne, pull up a chair. Fancy a cuppa before we get into it?"),
    ("peer-feedback", "Alright Hannah? Sit yourself down, love. Want a panad?"),
    ("career-conversation", "Quieres un tintico?"),
    # (with time given and nothing else: not "I'm fine, thanks. Mm. I'm not sure. Sorry.")
    ("career-conversation", "Quieres un tintico? We have time, no rush."),
])
def test_an_offer_in_other_words_is_declined(scenario_id: str, said: str) -> None:
    # never "Not really, no. It's been a rough couple of months." nor "No. If I don't flag it,
    # nobody does." (a no about the work to the tea)
    assert _replies(scenario_id, said)[-1] == DECLINED


def test_words_like_an_offer_that_offer_no_drink_are_no_offer() -> None:
    assert not offered("Do you want some time before we start?")
    assert not offered("Want a break before we get into it?")
    assert not offered("Do you want a panel review?")


@pytest.mark.parametrize(("scenario_id", "hello"), [
    ("career-conversation", "Hola Sofia, qué más? Cómo vas?"),
    ("second-meeting", "sain baina uu priya"),
])
def test_a_how_are_you_in_another_voice_is_answered_as_a_greeting(scenario_id: str,
                                                                  hello: str) -> None:
    session = _played(scenario_id, hello).session
    reply = [t.text for t in session.transcript.turns if t.speaker == "report"][-1]
    # never "Not really. I don't have a plan the way other people seem to."
    assert reply in GREETED[session.persona_trace[-1].mood] + ("Hi.",), reply


def test_hellos_and_seats_in_other_voices_are_said_in_passing() -> None:
    assert only_in_passing("sain baina uu priya sit down please")
    assert only_in_passing("Alright Hannah? Sit yourself down, love.")
    assert only_in_passing("Pull up a chair.")
    assert not only_in_passing("sain baina uu priya the plan did not work")
    assert not only_in_passing("Alright Hannah, the releases channel.")
    assert not only_in_passing("Pull up a chair and tell me why the build failed.")


@pytest.mark.parametrize(("scenario_id", "lines"), [
    ("lateness-absence", ("Hi Leanne.", "From now on if you're running late you text me before "
                          "eight, and we'll catch up again Friday the 18th.",
                          "Good on ya. Cheers Leanne, hooroo.")),
    ("career-conversation", ("Hi Sofia.", "You run the SQL clinic next month and we meet on the "
                             "20th to talk about how it felt.", "Listo Sofia. Gracias. Chao.")),
    ("peer-feedback", ("Hi Hannah.", "I'll book us in for Monday the 14th to look at the "
                       "post-mortem process together.", "Tidy. Diolch Hannah, see you now.")),
    ("second-meeting", ("hi priya", "i take the invoice work off you and we meet wednesday the "
                        "ninth", "bayarlalaa priya bayartai")),
])
def test_thanks_and_a_goodbye_in_other_voices_after_a_plan_end_the_talk(
        scenario_id: str, lines: tuple[str, ...]) -> None:
    # never "I really did mean to keep to it. All of it." nor "It's a relief to say it to
    # someone." at the door
    reply = _replies(scenario_id, *lines)[-1]
    assert reply in _GOODBYE_LINES, reply


def test_a_goodbye_word_inside_a_sentence_is_no_goodbye() -> None:
    reply = _replies("career-conversation", "Hi Sofia.", "You run the SQL clinic next month.",
                     "Chao is what the analysts say when the workshop ends, right?")[-1]
    assert reply not in _GOODBYE_LINES, reply
