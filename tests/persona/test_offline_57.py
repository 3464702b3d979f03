"""The offline report and its mind, sixty-fifth pass (issue 11, P8): the plan is answered before
a hint; "Is it nearly done?" gets the scenario's own answer, not a no it later takes back; a
thing at work the scenario never names is one they cannot speak to; "I expect better." is met
by "Better how?"; a small ask for notice is taken up; what the manager will find out is not
asked again; a reading of a load is not confirmed as feeling watched; "What did you enjoy?" is
answered with what they enjoy. The manager lines are written for these tests; the replies are
the scenarios' own or the scenario-free lines of ``persona``."""

from __future__ import annotations

import pytest

from roleplay.persona.answering import read_question
from roleplay.persona.asks_of_them import asks_for_notice, vague_demand
from roleplay.persona.offline import GOODBYES
from roleplay.persona.reply_rules import asks_unknown_work, invented_facts

from .scripted import bundled as _scenario
from .scripted import played as _played
from .scripted import replies as _replies

# --- 1. the plan answered before the hint ---------------------------------------------------------

_PLAN_CHECKED = {
    "missed-deadlines": ("Hi Priya.", "The invoice export was late on the 14th.",
                         "What's been going on?",
                         "So you flag it in stand-up when a date is at risk, and I take you off "
                         "the support rota until Friday 4 December. Does that work for you?"),
    "quality-slipping": ("Hi Daniel.", "Three of your tickets came back from QA last week.",
                         "What's been happening?",
                         "So I'll get Aisha to review your work before it goes to QA, and we "
                         "check in on Friday 4 December. Does that work?"),
}


@pytest.mark.parametrize("scenario_id", sorted(_PLAN_CHECKED))
def test_a_hint_at_a_plan_check_answers_the_check_first(scenario_id: str) -> None:
    session = _played(scenario_id, *_PLAN_CHECKED[scenario_id]).session
    last = session.persona_trace[-1]
    assert last.reply_key == "hint"  # the mind lets it slip here, as before
    reply = [t.text for t in session.transcript.turns if t.speaker == "report"][-1]
    hint = _scenario(scenario_id).lines.hint
    assert reply.startswith("I think so. ") and reply.removeprefix("I think so. ") in hint, reply


def test_a_hint_to_an_open_question_is_the_hint_alone() -> None:
    # (a hint to a question about them is no answer to a plan: nothing is put before it)
    reply = _replies("missed-deadlines", "Hi Priya.", "The invoice export was late on the 14th.",
                     "It sounds like it's been a hard few weeks.")[-1]
    assert reply in _scenario("missed-deadlines").lines.hint, reply


# --- 2. "Is it nearly done?" -------------------------------------------------------------------


def test_nearly_done_gets_the_scenarios_own_answer_and_no_later_contradiction() -> None:
    replies = _replies(
        "second-meeting",
        "Hi Priya, don't worry, this is just a quick catch-up. How are you doing?",
        "So, I noticed the retry fix didn't quite make it on the 13th. No drama, I just wanted "
        "to check in on it.",
        "Is it nearly done?",
        "Okay, good. And you missed last week's check-in, which is fine, I know things are busy.")
    assert replies[3] == "It's nearly there. Two tests are failing, that's all.", replies[3]
    assert not replies[3].startswith(("No", "Not really")), replies[3]


def test_nearly_done_with_no_line_for_it_is_not_yet_not_an_offer_refused() -> None:
    reply = _replies("missed-deadlines", "Hi Priya.", "The retry fix is still open.",
                     "Is it nearly done?")[-1]
    assert reply == "Not yet.", reply


def test_a_named_thing_asked_done_gets_no_not_yet() -> None:
    # (whether the design review is done the scenario does not say: no "Not yet." for it)
    reply = _replies("missed-deadlines", "Hi Priya.", "Is the design review done?")[-1]
    assert reply != "Not yet.", reply


# --- 3. a thing at work the scenario never names -----------------------------------------------


@pytest.mark.parametrize("asked", [
    "Still open, the search latency ticket?",
    "Did you get my email about the offsite?",
])
def test_an_unknown_work_thing_is_one_they_cannot_speak_to(asked: str) -> None:
    scenario = _scenario("missed-deadlines")
    reply = _replies("missed-deadlines", "Hi Priya, thanks for coming.", asked)[-1]
    assert "check" in reply or "look" in reply, reply
    assert "retry" not in reply.lower() and not reply.startswith(("No", "Not really")), reply
    assert invented_facts(reply, scenario, ["Hi Priya, thanks for coming.", asked]) == []


def test_a_bare_no_to_an_unknown_work_thing_is_counted_invented() -> None:
    scenario = _scenario("missed-deadlines")
    found = invented_facts("Not really, no.", scenario, ["Did you get my email about the "
                                                          "offsite?"])
    assert found, found


@pytest.mark.parametrize("asked", [
    "The retry queue fix, still open?",  # the scenario's own event
    "Did you see the invoice export ticket?",
    "Is it the extra meetings that bother you?",  # a guess at the cause, no thing to check
    "Busy?",
])
def test_things_the_scenario_knows_are_not_unknown(asked: str) -> None:
    assert not asks_unknown_work(read_question(asked), _scenario("missed-deadlines")), asked


# --- 4. "I expect better." ---------------------------------------------------------------------


@pytest.mark.parametrize(("scenario_id", "lines"), [
    ("missed-deadlines", ("Hi Priya, thanks for coming.", "I expect better.")),
    ("peer-feedback", ("Hi.", "I expect better from you.")),
    ("brilliant-jerk", ("Hi Theo, thanks for coming.", "Your review comments on Ana's pull "
                        "request last week were harsh.", "I expect better from you.")),
])
def test_a_vague_demand_is_asked_what_better_is(scenario_id: str,
                                                lines: tuple[str, ...]) -> None:
    reply = _replies(scenario_id, *lines)[-1]
    expectation = _scenario(scenario_id).lines.reactions
    assert reply not in expectation.expectation and reply not in expectation.affirmation, reply
    assert reply.endswith("?") and ("better" in reply.lower() or "look like" in reply
                                    or "what" in reply.lower()), reply


@pytest.mark.parametrize("said", [
    "From Monday every change goes to review with tests. I expect better.",
    "I expect you on the queue at nine.",
    "You did better this week.",
])
def test_a_demand_that_names_something_is_not_vague(said: str) -> None:
    assert not vague_demand(said), said


# --- 5. a small ask for notice -----------------------------------------------------------------


@pytest.mark.parametrize(("scenario_id", "lines"), [
    ("missed-deadlines", ("Hi Priya, thanks for coming.", "Next time, just let me know a bit "
                          "earlier if a date is slipping.")),
    ("brilliant-jerk", ("Hi Theo.", "Let me know a bit earlier next time, okay?")),
    ("lateness-absence", ("Hi Leanne.", "Just give me a heads-up the night before if you can't "
                          "make it in.")),
])
def test_a_small_ask_for_notice_is_taken_up(scenario_id: str, lines: tuple[str, ...]) -> None:
    reply = _replies(scenario_id, *lines)[-1]
    assert "can do that" in reply or "let you know" in reply or "tell you" in reply, reply


@pytest.mark.parametrize("said", [
    "Let me know if you need anything.",
    "Let me know how it goes.",
    "Tell me what happened on Monday.",
])
def test_an_offer_or_a_question_is_no_ask_for_notice(said: str) -> None:
    assert not asks_for_notice(said), said


# --- 6. what the manager will find out ---------------------------------------------------------


def test_what_the_manager_will_find_out_is_not_asked_again() -> None:
    replies = _replies(
        "career-conversation", "Hi Sofia.", "I'd like to hear what you enjoy most.",
        "The workshop really seems to matter to you.", "Tell me more about the teaching side.",
        "I don't know if we have a teaching role here. I'll find out by Friday and come back to "
        "you.",
        "What would you like to try in the meantime?", "That sounds good.",
        "Anything else on your mind?", "How do you feel about all this?")
    asked = [r for r in replies[5:] if "?" in r and "teach" in r.lower()]
    assert not asked, asked


# --- 7. a reading confirmed only as it was put ---------------------------------------------------


def test_a_load_reflected_is_not_confirmed_as_feeling_watched() -> None:
    replies = _replies("lateness-absence", "Hi Leanne, thanks for coming in.",
                       "Is everything alright at home? You can tell me.",
                       "I see. That sounds like a lot to manage alone, in the mornings "
                       "especially.")
    assert "watched" not in replies[-1], replies[-1]


def test_being_watched_reflected_is_still_confirmed() -> None:
    reply = _replies("lateness-absence", "Hi Leanne.", "It sounds like you feel watched.")[-1]
    assert reply == "Yeah. I do feel watched. That's exactly it.", reply


# --- 8. "What did you enjoy about running it?" --------------------------------------------------


def test_what_they_enjoyed_is_said_before_the_hint() -> None:
    session = _played("career-conversation", "Hi Sofia.",
                      "What's been on your mind lately?",
                      "The workshop on 21 October went really well, all four gave it five out of "
                      "five.",
                      "What did you enjoy about running it?").session
    assert session.persona_trace[-1].reply_key == "hint"
    reply = [t.text for t in session.transcript.turns if t.speaker == "report"][-1]
    hint = _scenario("career-conversation").lines.hint
    assert reply.startswith("I like it when someone gets it."), reply
    assert any(reply.endswith(line) for line in hint), reply


def test_what_they_used_to_love_is_said_before_the_hint() -> None:
    reply = _replies("disengaged-after-reorg", "Hi Nadia.",
                     "How have things been for you since the reorg?",
                     "It sounds like the reorg took something from you.",
                     "What did you enjoy most about leading mobile design?")[-1]
    assert reply.startswith("I used to love crit."), reply
    assert reply.count("different") <= 1, reply


# --- from the play-throughs ---------------------------------------------------------------------


def test_an_ask_for_notice_inside_the_expectation_is_taken_up() -> None:
    # (the Irish site manager: the ask after "on the queue at nine, and if you can't make it,")
    reply = _replies("lateness-absence", "Hi Leanne.",
                     "So here's the thing: on the queue at nine, and if you can't make it, just "
                     "give me a heads-up the night before.")[-1]
    assert "can do that" in reply, reply


def test_when_they_are_free_is_answered_with_their_time() -> None:
    # (the Kenyan NGO lead: had got "I really did mean to keep to it. All of it.")
    reply = _replies("second-meeting", "Hi Priya.",
                     "When are you free for a check-in next week?")[-1]
    assert reply.startswith(("Whenever", "Any time")), reply


@pytest.mark.parametrize(("scenario_id", "lines"), [
    # (the Kenyan NGO lead's close to a guarded Priya; had got "Okay. Go on. I know this isn't
    # a great conversation.")
    ("second-meeting", ("Hi Priya.", "We agreed the retry fix by the 13th. It didn't ship.",
                        "What has changed since then?",
                        "So we meet Thursday 26 November at eleven. Does that work?",
                        "Asante sana, Priya. Take care of your father.")),
    # (the Irish site manager's close)
    ("lateness-absence", ("Hi Leanne.", "You logged in at 9:47 on Monday 2 November.",
                          "We'll sit down again Thursday 3 December at ten.",
                          "Good woman. Mind yourself.")),
])
def test_well_wishing_at_the_door_is_a_close(scenario_id: str, lines: tuple[str, ...]) -> None:
    reply = _replies(scenario_id, *lines)[-1]
    assert reply in ("Okay. Thanks.", "Fine.", "Right. Fine.", "Okay.", "Right. Okay then.",
                     "Okay. Thanks. I will.", "Thanks.", "Thanks. I will."), reply


def test_thanks_in_another_tongue_after_the_plan_is_a_close() -> None:
    # (the Vietnamese restaurant owner: "Okay. Cảm ơn, Nadia." had got "Thanks. I didn't think
    # anyone had noticed, honestly." in the play, "Mm. Okay." here: a goodbye now)
    replies = _replies("disengaged-after-reorg", "Hi Nadia.",
                       "So: you send the full wireframes with the states by Friday 4 December, "
                       "and we meet again on Monday 7 December. Does that work?",
                       "Okay. Cảm ơn, Nadia.")
    assert replies[-1] in {line for lines in GOODBYES.values() for line in lines}, replies[-1]


def test_a_hedge_about_a_known_thing_is_not_an_unknown_work_thing() -> None:
    # (the lead's final run: unseen-7's typical manager's hedge got "I'm not sure, honestly. I'd
    # have to check." from Theo, and the talk read worse from there)
    asked = ("So, uh, this is kind of awkward, and sorry in advance, but some folks might be "
             "feeling a little bit bruised by code review lately? Nothing huge.")
    assert not asks_unknown_work(read_question(asked), _scenario("brilliant-jerk"))


def test_an_ask_with_a_when_clause_is_no_question_for_a_time() -> None:
    # ("Here's what I need: ... and when you're stuck for more than an hour, you ask." got "I'm
    # not sure of a date yet. Can I come back to you by Wednesday?"; a play-through)
    said = ("Here's what I need: nothing merges to checkout without tests you've run yourself, "
            "and when you're stuck for more than an hour, you ask.")
    assert not read_question(said).asks_when
    assert read_question("What can you hit, and when?").asks_when
    assert read_question("So the retry fix, and when can you have it?").asks_when
