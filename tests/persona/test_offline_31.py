"""Issue 11, J14: the offline report's replies fit what was said, found playing managers in new
voices through the CLI.

- A request with two times or two ways for the one thing asked ("could you message me the night
  before or by eight") asks yes or no: either of them does it, so it is no either/or to answer
  "Neither." A choice put to them ("would you rather...", "do you want A or B") or a second
  question after the "or" ("can you finish it today, or do you need until Friday?") stays one.

Real scenarios, the real offline chooser and, end to end, the real engine, coder and SQLite;
the lines are written for the rules."""

from __future__ import annotations

import pytest

from roleplay.persona.answering import Form, read_question
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, load_scenario
from .test_reply_fit_4 import _replies
from .test_reply_fit_4 import store as store  # the fixture: a real SQLite store per test


def _scenario(name: str):  # type: ignore[no-untyped-def]
    return load_scenario(BUNDLED / f"{name}.yaml")


@pytest.mark.parametrize("said", [
    "Could you message me the night before or by eight?",
    "and going forward if youre going to be late could you message me the night before or by "
    "eight at the latest",
    "Could you send me a text or call me if you're going to be late?",
    "Can you please flag it in stand-up or message me when something slips?",
])
def test_a_request_two_ways_asks_yes_or_no(said: str) -> None:
    assert read_question(said).form == Form.YES_NO, read_question(said)


@pytest.mark.parametrize("said", [
    "Would you rather start at ten or keep nine?",
    "Would you prefer a call or a message?",
    "Do you want to lead the project or stay on the platform?",
    "Can you finish it today, or do you need until Friday?",
    "Is it the workload or the team?",
])
def test_a_choice_stays_an_either_or(said: str) -> None:
    assert read_question(said).form == Form.EITHER_OR, read_question(said)


# the lead's play-through of a rambling manager in recogniser text, where the request was
# answered "Neither. And I don't see why I have to pick."
RAMBLING = [
    "hi leanne um thanks for popping in i know mondays are a bit mad on the floor so i really "
    "appreciate it and um yeah i just wanted to have a bit of a catch up about how things are "
    "going",
    "so um the thing is and i dont want this to sound like a telling off because it isnt but "
    "there have been a few mornings where the login has been late like monday the twenty sixth "
    "of october you called in at eight fifty two and tom ended up covering",
    "and then the second of november you logged in at nine forty seven and the queue opened with "
    "two people instead of four so waits went up to about fourteen minutes which um isnt great "
    "for the customers",
    "i suppose what im really asking is whats been going on for you because it doesnt seem like "
    "you and i want to understand",
    "that sounds really tiring honestly and thank you for telling me i had no idea about the pub",
    "so how about we look at a later start on mondays for a few weeks and i can check with hr "
    "about the second job question so you know where you stand",
    "and going forward if youre going to be late could you message me the night before or by "
    "eight at the latest",
]


def test_a_request_two_ways_is_not_answered_neither(store: SqliteSessionStore) -> None:
    reply = _replies(store, _scenario("lateness-absence"), RAMBLING)[-1]
    assert not reply.startswith(("Neither", "It's not really either")), reply


# --- a step asked for: what would they try ----------------------------------------------------

@pytest.mark.parametrize("said", ["what would you want to try first", "What could you try?"])
def test_what_they_would_try_asks_for_a_step(said: str) -> None:
    q = read_question(said)
    assert q.form == Form.OPEN and q.asks_for_step, q


def test_the_step_offered_is_not_what_the_manager_just_offered(store: SqliteSessionStore) -> None:
    scenario = _scenario("missed-deadlines")
    reply = _replies(store, scenario, [
        "Priya, thank you for coming. How have you been keeping?",
        "The invoice-export API was committed for Wednesday 14 October and it shipped on "
        "Wednesday 21 October. What has been happening for you these past weeks?",
        "Okay. Here is what I can do: I will take you off the support rota for the next four "
        "weeks, and I will move the ledger review to a day that works for you. What date can you "
        "realistically give me for the retry fix?",
    ])[-1]
    assert "support rota" not in reply, reply


# --- something offered before the talk ------------------------------------------------------

@pytest.mark.parametrize("said", ["Cup of tea?", "Can I get you a coffee first?", "Fancy a brew?",
                                  "Tea or coffee?"])
def test_a_drink_offered_is_hospitality(said: str) -> None:
    from roleplay.domain.pleasantries import HOSPITALITY

    assert HOSPITALITY.match(said)


def test_a_question_about_the_tea_rota_is_no_offer() -> None:
    from roleplay.domain.pleasantries import HOSPITALITY

    assert not HOSPITALITY.match("Do you want to talk about the tea break rota?")


def test_a_drink_offered_is_declined_politely(store: SqliteSessionStore) -> None:
    scenario = _scenario("quality-slipping")
    reply = _replies(store, scenario,
                     ["Alright Daniel, come in my handsome. Cup of tea? Proper."])[-1]
    assert reply.startswith("I'm fine, thanks."), reply
    assert not reply.startswith(("No.", "Yes.")), reply


# --- the earlier meeting's agreements, remembered -------------------------------------------

RECAP = ("Good. So you'll ship the retry fix by Friday 4 December, you'll tell me early in "
         "stand-up if it slips, and I'll sort the rota today. We meet again on Monday 7 December. "
         "Did I miss anything?")
OFFER = ("Okay. Here is what I can do: I will take you off the support rota for the next four "
         "weeks, and I will move the ledger review to a day that works for you. What date can you "
         "realistically give me for the retry fix?")


def test_the_agreement_quoted_is_the_clause_named() -> None:
    from roleplay.persona.agreement_memory import Agreement, quoted

    said = "Retry fix not shipped. Nothing said in stand-up. What is this?"
    assert quoted(Agreement(text=RECAP), said) == "you'll ship the retry fix by Friday 4 December"


def test_the_managers_own_undertaking_is_not_theirs_to_own_up_to() -> None:
    from roleplay.persona.agreement_memory import MANAGERS_PART, Agreement, quoted

    part = quoted(Agreement(text=OFFER), "And you take six support tickets when you are not on "
                                         "rota!")
    assert MANAGERS_PART.match(part), part


def test_a_claim_of_what_was_agreed_needs_an_agreement_behind_it() -> None:
    from roleplay.persona.agreement_memory import Agreement, unsupported

    line = "You said I could move my hours. That's what I've been doing."
    assert unsupported(line, [Agreement(text=RECAP), Agreement(text=OFFER)])
    assert not unsupported(line, [Agreement(text="Priya can move her hours around the hospital "
                                                  "visits.")])
    assert not unsupported("I know I cancelled. I had a reason.", [Agreement(text=RECAP)])


def test_a_request_with_a_way_out_said_in_statement_order_asks_yes_or_no() -> None:
    said = ("And for the wireframes, can you send them with the states before the end of the "
            "month, or it is too much?")
    assert read_question(said).form == Form.YES_NO, read_question(said)


def test_kind_words_before_an_open_question_do_not_replace_its_answer(
        store: SqliteSessionStore) -> None:
    scenario = _scenario("brilliant-jerk")
    reply = _replies(store, scenario, [
        "Theo, thanks for the coffee. I want to talk about how reviews have been going.",
        "I know you care about the code being right. What's been going on for you lately?",
    ])[-1]
    assert reply not in scenario.lines.reactions.affirmation, reply


def test_asked_which_offer_would_help_one_of_them_is_the_answer(
        store: SqliteSessionStore) -> None:
    from roleplay.persona.offline import _ASKS_WHICH_HELP

    assert _ASKS_WHICH_HELP.search("What would help most?")
    assert not _ASKS_WHICH_HELP.search("What date can you realistically give me for the retry fix?")


def test_the_scenarios_own_agreements_keep_its_lines(store: SqliteSessionStore) -> None:
    # "You said I could move my hours" was written for the default "Priya can start at 10:00
    # and finish later": by words it names no agreement, yet with the scenario's own agreements
    # (no earlier meeting of theirs) it stays
    replies = _replies(store, _scenario("second-meeting"), [
        "Please, Priya, it is okay, please sit down. You do not need to apologise so much.",
        "Maybe the plan was a little bit difficult? I think it is not so serious, so please do "
        "not worry too much.",
        "The retry fix will be finished on Monday, yes?",
        "Did Marcus take the support rota, as we agreed?",
        "How are things at home now?",
    ])
    assert "You said I could move my hours. That's what I've been doing." in replies, replies
