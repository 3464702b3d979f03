"""The offline report and its mind, sixty-first pass (issue 11, P7): a short yes/no question
gets an answer that fits it; a question about their life beyond the scenario gets no fact the
scenario lacks; a thing the question sets aside is not taken up again; hellos in other words
and tongues are hellos, and a close with a vague follow-up is a close; the same phrase is not
said twice in another inflection. The manager lines are written for these tests; the replies
are the scenarios' own or the scenario-free lines of ``persona.offline``."""

from __future__ import annotations

import pytest

from roleplay.domain.invitations import only_in_passing
from roleplay.domain.pleasantries import HELLO_ONLY
from roleplay.persona.answering import Form, read_question
from roleplay.persona.reply_rules import invented_facts, repeats
from roleplay.persona.small_moments import AGAIN_TAKEN

from .scripted import bundled as _scenario
from .scripted import replies as _replies


def _offer_lines(scenario_id: str) -> list[str]:
    answers = _scenario(scenario_id).lines.answers
    return [*answers.say_yes, *answers.say_no]


# --- 1. short questions --------------------------------------------------------------------------


@pytest.mark.parametrize(("scenario_id", "asked"), [
    ("missed-deadlines", "Busy?"),
    ("missed-deadlines", "Busy these weeks?"),
    ("lateness-absence", "Tired?"),
    ("lateness-absence", "Long week?"),
])
def test_a_short_question_about_how_they_are_gets_a_state_line(
        scenario_id: str, asked: str) -> None:
    first = "Hi Priya, thanks for coming." if scenario_id == "missed-deadlines" else \
        "Thanks for coming in, Leanne."
    reply = _replies(scenario_id, first, asked)[-1]
    assert reply not in _offer_lines(scenario_id), reply
    assert reply.startswith(("Yeah.", "A bit.")), reply


def test_a_short_question_about_a_fact_gets_the_fact() -> None:
    scenario = _scenario("missed-deadlines")
    reply = _replies("missed-deadlines", "Hi Priya, thanks for coming.",
                     "The retry queue fix, still open?")[-1]
    assert reply in scenario.lines.reactions.observation and "retry" in reply.lower(), reply


@pytest.mark.parametrize(("asked", "head"), [
    ("Is it time?", "Sort of."),  # the scenario speaks of time: half admitted
    ("Is it money?", "Not really."),  # it never speaks of money: no half-yes to it
])
def test_a_bare_guess_is_no_offer_refused(asked: str, head: str) -> None:
    reply = _replies("missed-deadlines", "Hi Priya, thanks for coming.", asked)[-1]
    assert reply not in _offer_lines("missed-deadlines"), reply
    assert reply.startswith(head) and not reply.startswith(f"{head} Okay."), reply


def test_a_bare_guess_on_the_defensive_is_not_a_no_then_a_reason() -> None:
    reply = _replies("missed-deadlines", "Hi Priya, thanks for coming.", "Busy?",
                     "The retry queue fix, still open?", "Is it time?")[-1]
    assert not reply.startswith(("No", "Honestly, no")), reply


# --- 2. their life beyond the scenario ------------------------------------------------------------


@pytest.mark.parametrize(("scenario_id", "lines"), [
    ("career-conversation", ("Hi Sofia.", "Do you have anyone helping with the rent?")),
    ("career-conversation", ("Hi Sofia.", "Do you have anyone at home who you talk these things "
                             "through with?")),
    ("disengaged-after-reorg", ("Hi Nadia.", "Do you have a partner at home who supports you?")),
    ("brilliant-jerk", ("Theo. Sit.", "Your reviews on Ana's PR were out of line.",
                        "You're arrogant, everyone says it.",
                        "Do you have a wife at home who tells you these things?")),
])
def test_a_question_about_their_life_states_no_fact(scenario_id: str,
                                                     lines: tuple[str, ...]) -> None:
    reply = _replies(scenario_id, *lines)[-1]
    assert not reply.lower().startswith(("yes", "yeah", "no", "not really", "nah")), reply
    assert not invented_facts(reply, _scenario(scenario_id), list(lines)), reply


def test_the_eval_sees_a_bare_answer_to_a_question_about_their_life() -> None:
    scenario = _scenario("career-conversation")
    asked = ["Do you have anyone helping with the rent?"]
    assert invented_facts("Not really. I don't have a plan the way other people seem to.",
                          scenario, asked)
    assert invented_facts("Yes. My sister helps.", scenario, asked)
    # (one the scenario speaks to is not: Priya's dad is hers)
    assert not invented_facts("Yeah. It's been a lot.", _scenario("missed-deadlines"),
                              ["Is your dad okay?"])


def test_a_who_after_its_noun_is_a_yes_no_question() -> None:
    assert read_question("Do you have anyone at home who you talk these things through with?"
                         ).form == Form.YES_NO
    assert read_question("Do you have a wife at home who tells you these things?"
                         ).form == Form.YES_NO


# --- 3. a thing set aside; an event never raised ------------------------------------------------


@pytest.mark.parametrize("asked", [
    "What would a next step look like for you, if it's not the team-lead role?",
    "What would a next step look like for you, if it is not the pod lead role?",
])
def test_a_thing_set_aside_is_not_taken_up_again(asked: str) -> None:
    reply = _replies("career-conversation", "Good afternoon Sofia.", asked)[-1]
    assert "lead role" not in reply.lower(), reply


def test_a_vague_follow_up_after_one_point_is_no_defence_of_another() -> None:
    reply = _replies("brilliant-jerk", "Hiya Theo, come in, grab a seat.",
                     "I want to talk about your review comments on Ana's pull request. They "
                     "were harsh.", "Good. We'll see how the next sprint goes.")[-1]
    assert "retro" not in reply.lower() and "latency" not in reply.lower(), reply
    assert any(reply in lines for lines in AGAIN_TAKEN.values()), reply


# --- 4. hellos and closes -------------------------------------------------------------------------


@pytest.mark.parametrize(("scenario_id", "hello"), [
    ("career-conversation", "Good afternoon Sofia. You are welcome, please sit."),
    ("brilliant-jerk", "Hiya Theo, come in, grab a seat."),
    ("missed-deadlines", "Hi Priya, thanks for coming."),
    ("lateness-absence", "Bom dia Leanne. Sit, sit."),
    ("quality-slipping", "Chào Daniel, sit down, sit down."),
    ("disengaged-after-reorg", "Buorre iđit, Nadia. Thanks for coming in."),
])
def test_a_hello_is_met_by_a_hello(scenario_id: str, hello: str) -> None:
    assert _replies(scenario_id, hello)[-1] == "Hi."


@pytest.mark.parametrize("said", ["You are welcome, please sit.", "Bom dia Leanne.",
                                  "Prynhawn da Sofia."])
def test_hellos_in_other_words_are_hellos(said: str) -> None:
    assert HELLO_ONLY.match(said)


@pytest.mark.parametrize(("scenario_id", "lines"), [
    ("career-conversation", ("Good afternoon Sofia.", "Perfect. We see how it goes.")),
    ("missed-deadlines", ("Hi Priya.", "Okay. We see how it goes.")),
    ("lateness-absence", ("Morning Leanne.", "Okay, let's see how it goes.")),
])
def test_a_close_with_a_vague_follow_up_is_taken_as_one(scenario_id: str,
                                                         lines: tuple[str, ...]) -> None:
    reply = _replies(scenario_id, *lines)[-1]
    assert any(reply in taken for taken in AGAIN_TAKEN.values()), reply


@pytest.mark.parametrize("said", ["Perfect. We see how it goes.", "Good. Take care of your father.",
                                  "Vale. Go.", "Obrigado, Priya. Take care."])
def test_a_close_is_said_in_passing(said: str) -> None:
    assert only_in_passing(said)


@pytest.mark.parametrize("said", ["Let's see how it goes on Friday.",
                                  "We need to see how the release goes before I decide.",
                                  "Go and fix it.", "Go on."])
def test_more_than_a_close_is_not(said: str) -> None:
    assert not only_in_passing(said)


def test_a_dismissal_is_taken_as_a_close() -> None:
    reply = _replies("peer-feedback", "Hannah. Listen.",
                     "Your messages in the releases channel, calling out mobile. It stops now.",
                     "You think you're better than them?", "Is it your job to shame people?",
                     "Vale. Go.")[-1]
    assert reply in ("Fine.", "Right. Fine.", "Okay.", "Right. Okay then."), reply


def test_well_wishing_at_the_door_is_a_close() -> None:
    reply = _replies("missed-deadlines", "Hi Priya.", "Take care of your father.")[-1]
    assert "?" not in reply and len(reply.split()) <= 5, reply


# --- 5. the same phrase, inflected ----------------------------------------------------------------


def test_the_same_phrase_inflected_is_a_repeat() -> None:
    assert repeats("Not really, no. I've been busy keeping search standing up.",
                   ["Come on. You know I'm the one who keeps search standing up."])
    assert not repeats("I don't know what you want me to say.", ["I don't know what to write."])


def test_the_report_does_not_say_a_phrase_again_inflected() -> None:
    replies = _replies("brilliant-jerk", "Hi Theo.",
                       "Honestly, you come across as arrogant in reviews.",
                       "Did you get my email about the offsite?")
    said = " ".join(replies[:-1]).lower()
    assert not ("search standing up" in said and "search standing up" in replies[-1].lower()), \
        replies
