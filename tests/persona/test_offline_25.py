"""Issue 11, J9: the offline report's replies fit what was said, found playing managers in new
voices through the CLI (an Indian-English, a Nigerian, an Australian foreman, a nervous
first-timer, a terse executive, a lower-case typist, a French, an Irish manager, one reading HR
notes, a coach-trained one).

- A statement ended with a full stop asks nothing ("It seems that explaining things to people is
  something that gives you energy." had been answered "No. I guess I've always been...").
- A check that they understood ("Is that clear?", "Do you understand?", "You see the gap?") is a
  tag, never answered "No." with a reason written for a plan.
- Leave to talk asked after saying what about ("Today I want to talk about something... Is that
  okay?") gets the mood's line, not "Not really, no."
- "What could be a small first step...?" and "what would you want to happen from here" ask for a
  step.
- A "No." whose reason takes it back ("No. I'm happy enough where I am" to "Do you like the
  analytics work?") is not said.
- A worry spoken to in any earlier turn ("please relax, nothing to worry") is not asked later, and
  no apology follows a threat the manager has not taken back.
- The report's own name names no agreement ("Ah Priya, come in" is not "Priya comes off the
  support rota").

Real scenarios, the real offline chooser and, end to end, the real engine, coder and SQLite;
the lines are written for the rules."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code
from roleplay.persona.agreement_memory import Agreement, named
from roleplay.persona.answering import Form, checks_understanding, read_question
from roleplay.persona.fitting import already_answered, denies_what_it_says
from roleplay.persona.offline import APOLOGY, HEARD_YOU, PLAN, asks_leave
from roleplay.persona.reply_rules import answers_form
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, load_scenario
from .test_reply_fit_4 import _replies
from .test_reply_fit_4 import store as store  # the fixture: a real SQLite store per test

# --- a statement asks nothing --------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "It seems that explaining things to people is something that gives you energy.",
    "Pushing to main without review. Won't happen again.",
    "The rota is something we can change.",
    "I think there are things we can do here.",
])
def test_a_statement_ended_with_a_full_stop_is_no_question(said: str) -> None:
    assert read_question(said).form == Form.NONE


@pytest.mark.parametrize(("said", "form"), [
    ("Is it the workload.", Form.YES_NO),  # typed fast, still asked
    ("So, is it the workload or the rota?", Form.EITHER_OR),
    ("is it something outside work", Form.YES_NO),  # spoken, no punctuation
    ("Okay, can you do that.", Form.YES_NO),
])
def test_a_question_typed_with_a_full_stop_still_asks(said: str, form: Form) -> None:
    assert read_question(said).form == form


# --- a check that they understood is a tag ---------------------------------------------------


@pytest.mark.parametrize("said", [
    "Okay. Going forward, I want every change tested properly before it goes to QA. Is that clear?",
    "Please ensure you are logged in by 9:00 going forward. Do you understand?",
    "Nine of your fourteen tickets were reopened. The team average is two. You see the gap?",
    "So that's the bar. Does that make sense?",
])
def test_a_check_that_they_understood_is_a_tag(said: str) -> None:
    question = read_question(said)
    assert question.form == Form.YES_NO and question.tag


@pytest.mark.parametrize("said", ["Do you understand why Leo was upset?",
                                  "Is that fair?", "Do you like the analytics work?"])
def test_other_yes_no_questions_are_not(said: str) -> None:
    assert not read_question(said).tag


def test_an_understanding_check_is_not_answered_no(store: SqliteSessionStore) -> None:
    scenario = load_scenario(BUNDLED / "lateness-absence.yaml")
    reply = _replies(store, scenario, [
        "Leanne, thanks for coming in.",
        "You logged in at 9:47 on Monday 2 November and the queue opened with two agents.",
        "Please ensure you are logged in by 9:00 going forward. Do you understand?"])[-1]
    assert not reply.startswith(("No", "Not really")), reply


# --- leave to talk ---------------------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "Thanks for the coffee, Theo. Today I want to talk about something that's been on my mind, "
    "and I'd like to hear your side of it too. Is that okay?",
    "ok. i wanted to chat about a couple things ive noticed, is that ok",
    "I'd like to go through the last sprint with you, if that's okay with you?",
])
def test_permission_after_saying_what_the_talk_is_about_asks_leave(said: str) -> None:
    assert asks_leave(read_question(said), said, set())


@pytest.mark.parametrize(("said", "moves"), [
    ("I'll move your Monday start to 10. Is that okay?", {Code.SUPPORT_OFFER}),
    ("Is that okay?", set()),  # nothing said about what the talk is
    ("I want to talk to HR about a later start for you. Is that okay?", {Code.SUPPORT_OFFER}),
])
def test_an_offer_or_a_bare_check_does_not(said: str, moves: set[Code]) -> None:
    assert not asks_leave(read_question(said), said, moves)
    assert Code.SUPPORT_OFFER in PLAN


def test_leave_to_talk_is_not_refused(store: SqliteSessionStore) -> None:
    scenario = load_scenario(BUNDLED / "brilliant-jerk.yaml")
    reply = _replies(store, scenario, [
        "Thanks for the coffee, Theo. Today I want to talk about something that's been on my "
        "mind, and I'd like to hear your side of it too. Is that okay?"])[-1]
    assert not reply.startswith(("No", "Not really")), reply


# --- a step asked for -----------------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "It is not true that you must leave. What could be a small first step, maybe for the next "
    "month?",
    "what would you want to happen from here",
    "What would you like to see happen next?",
    "What date feels realistic for the onboarding states?",
])
def test_asking_what_they_want_to_happen_asks_for_a_step(said: str) -> None:
    question = read_question(said)
    assert question.form == Form.OPEN and question.asks_for_step


def test_a_small_first_step_is_answered_with_one(store: SqliteSessionStore) -> None:
    scenario = load_scenario(BUNDLED / "career-conversation.yaml")
    reply = _replies(store, scenario, [
        "Don't worry at all about the form.",
        "When you said no to the team lead role, what was behind that for you?",
        "What could be a small first step, maybe for the next month?"])[-1]
    # two open questions in, trust may already allow the scenario's hint, which comes first
    # (it is about the step too: "I'm not sure the usual next step is really for me.")
    assert reply in scenario.lines.answers.step or reply in scenario.lines.hint, reply


# --- a "No." its own reason takes back -----------------------------------------------------


@pytest.mark.parametrize(("line", "asked", "contradicts"), [
    ("No. I'm happy enough where I am, I think.", "Do you like the analytics work?", True),
    ("Not really. I enjoy the teaching side.", "Are you happy in the team?", True),
    ("No, I don't think so. It's not really me.", "Do you like the analytics work?", False),
    ("No. I'm happy enough where I am, I think.", "Do you want the lead role?", False),
    ("Yes. I like it.", "Do you like the analytics work?", False),
])
def test_a_no_that_its_reason_takes_back(line: str, asked: str, contradicts: bool) -> None:
    assert denies_what_it_says(line, asked) == contradicts


# --- the whole conversation so far ----------------------------------------------------------


def test_a_reassurance_settles_being_in_trouble() -> None:
    assert already_answered("Am I in trouble? You can tell me if I am.",
                            "Hi Daniel, please relax, nothing to worry.")
    assert not already_answered("Am I in trouble?", "I wanted to talk about checkout.")


def test_a_worry_spoken_to_earlier_is_not_asked_later(store: SqliteSessionStore) -> None:
    scenario = load_scenario(BUNDLED / "quality-slipping.yaml")
    replies = _replies(store, scenario, [
        "Hi Daniel, please relax, nothing to worry. Yes, it is about checkout, and I want to "
        "understand properly how things are for you since you moved in September.",
        "I will tell you what I am seeing. On Tuesday 20 October the discount-code change went "
        "in without tests, and next morning promo codes failed for three hours.",
        "And nine of your fourteen tickets since 12 October were reopened by QA, against team "
        "average of two. So I need the quality to come up.",
        "What is making it difficult for you in the checkout code?",
        "Okay. So you are shipping changes you are not able to test properly on your machine."])
    assert not any("in trouble" in r for r in replies), replies


def test_no_apology_while_a_threat_stands(store: SqliteSessionStore) -> None:
    scenario = load_scenario(BUNDLED / "lateness-absence.yaml")
    lines = [
        "G'day Leanne. Righto, yeah, someone's been looking at the logins, that's me.",
        "You've been rocking up late half the time mate. It's not good enough.",
        "Everyone else manages to get here by nine. What's your excuse?",
        "Tom's been carrying you and he's sick of it, fair enough too.",
        "Pull your finger out or we'll be having a chat with HR, simple as that.",
        "So nine sharp from tomorrow. Yeah?",
        "Good. We're done."]
    replies = _replies(store, scenario, lines)
    after = replies[lines.index("Pull your finger out or we'll be having a chat with HR, "
                                "simple as that."):]
    assert not any(APOLOGY.search(r) for r in after), after


def test_the_reports_own_name_names_no_agreement() -> None:
    agreements = [Agreement(text="Priya comes off the support rota for three weeks; Marcus "
                                 "covers it"),
                  Agreement(text="The retry queue fix ships by Friday 13 November")]
    said = "Ah Priya, come in, sit down there. Sure look, how are you keeping?"
    assert named(agreements, said, "Priya Raman") is None
    raised = "You've been picking up support tickets when you were meant to be off the rota."
    assert named(agreements, raised, "Priya Raman") == agreements[0]


def test_a_greeting_is_not_answered_with_the_old_plan(store: SqliteSessionStore) -> None:
    scenario = load_scenario(BUNDLED / "second-meeting.yaml")
    reply = _replies(store, scenario, [
        "Ah Priya, come in, sit down there. Sure look, you don't need to apologise to me. How "
        "are you keeping?"])[-1]
    assert "We wrote down" not in reply, reply


def test_are_we_clear_is_answered_even_in_a_bad_mood() -> None:
    question = read_question("I need the review comments to change. Are we clear?")
    assert question.tag and checks_understanding(question)
    assert not checks_understanding(read_question("Fill in the form by Friday. Okay?"))
    scenario = load_scenario(BUNDLED / "brilliant-jerk.yaml")
    assert all(answers_form(question, line, scenario) for line in HEARD_YOU)
