"""Issue 11, J17: the offline report's replies fit what was said, found from the lead's reading
of the unseen-9 sessions and by playing managers in new voices through the CLI.

- A reaction never concedes or discusses an event the manager has not raised yet: credit for
  the latency work is not answered "Main, yes. It was a one-line config change." (the push to
  main is named only later).
- A proposal with a follow-up date ("Let's meet again on Tuesday 8 December ... and look at how
  the first two weeks went.") is a proposal, not an open question: it is answered as one.

Real scenarios and the real offline chooser; the lines are written for the rules."""

from __future__ import annotations

import pytest

from roleplay.persona.answering import Form, read_question
from roleplay.persona.scenario_words import unraised_words
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, load_scenario
from .test_reply_fit_4 import _replies
from .test_reply_fit_4 import store as store  # the fixture: a real SQLite store per test

_OPEN = ("Theo, thanks for the coffee. Do sit down. This isn't our usual architecture chat today, "
         "and I'd rather tell you that up front.")


def test_credit_is_not_answered_with_an_event_not_yet_raised(store: SqliteSessionStore) -> None:
    replies = _replies(store, load_scenario(BUNDLED / "brilliant-jerk.yaml"), [
        _OPEN,
        "Credit first: the latency work was the best thing the team shipped this quarter. But I "
        "want to go through what's been happening around it properly."])
    assert not any(w in replies[-1].lower() for w in ("main", "retro", "jun", "amara")), replies


def test_an_event_raised_is_answered(store: SqliteSessionStore) -> None:
    replies = _replies(store, load_scenario(BUNDLED / "brilliant-jerk.yaml"), [
        _OPEN,
        "On Wednesday the 18th the ranking config went straight to main without review."])
    assert "main" in replies[-1].lower() or "config" in replies[-1].lower(), replies


@pytest.mark.parametrize(("said", "unraised"), [
    ("The latency work was great.", True),
    ("On Wednesday 18 November you pushed the ranking config to main.", False),
    ("Let's talk about the 18th.", False),
    ("Theo, take a seat.", True),  # his name and a common verb raise no event
])
def test_the_push_to_main_is_raised_only_when_named(said: str, unraised: bool) -> None:
    words = unraised_words(load_scenario(BUNDLED / "brilliant-jerk.yaml"), said)
    assert ("main" in words) is unraised, words


@pytest.mark.parametrize(("said", "form"), [
    ("Let's meet again on Tuesday 8 December, same time, and look at how the first two weeks "
     "went.", Form.NONE),
    ("We'll sit down on Friday and see how it went.", Form.NONE),
    ("Let's meet on Friday. How does that sound?", Form.YES_NO),
    ("So how did the first two weeks go?", Form.OPEN),
])
def test_a_proposal_is_no_open_question(said: str, form: Form) -> None:
    got = read_question(said).form
    assert got == form or (form == Form.YES_NO and got != Form.NONE), got


def test_a_proposal_with_a_date_is_answered_as_one(store: SqliteSessionStore) -> None:
    replies = _replies(store, load_scenario(BUNDLED / "brilliant-jerk.yaml"), [
        _OPEN,
        "On my side, I'll look at who else can learn the indexer so you're not the only name on "
        "the pager. Let's meet again on Tuesday 8 December, same time, and look at how the first "
        "two weeks went."])
    assert replies[-1] in load_scenario(BUNDLED / "brilliant-jerk.yaml").lines.agreeing, replies


def test_a_proposal_after_a_threat_is_not_agreed_to(store: SqliteSessionStore) -> None:
    replies = _replies(store, load_scenario(BUNDLED / "brilliant-jerk.yaml"), [
        _OPEN,
        "One more complaint and you're off this team. We meet again on Friday 27 November."])
    assert replies[-1] not in load_scenario(BUNDLED / "brilliant-jerk.yaml").lines.agreeing, \
        replies


def test_a_plan_put_with_no_question_is_taken_up(store: SqliteSessionStore) -> None:
    scenario = load_scenario(BUNDLED / "disengaged-after-reorg.yaml")
    replies = _replies(store, scenario, [
        "Hi Nadia, thanks for coming. I want to talk about how things have been since the reorg.",
        "How have the last weeks been for you?",
        "okay so you draft a proposal for the crit by friday 4 december and I book a room"])
    assert replies[-1] in scenario.lines.agreeing, replies


def test_a_retort_drags_in_no_event_not_raised(store: SqliteSessionStore) -> None:
    scenario = load_scenario(BUNDLED / "lateness-absence.yaml")
    replies = _replies(store, scenario, [
        "Leanne, sit. I will be very direct, I do not have much time.",
        "Your login times are a disaster. Nine days late out of twenty.",
        "Everybody else manages to come on time, so why you cannot?"])
    assert not any("Tom" in r for r in replies), replies


def test_a_check_on_an_order_is_answered_in_a_hostile_mood(store: SqliteSessionStore) -> None:
    from roleplay.persona.reply_rules import answers_form
    scenario = load_scenario(BUNDLED / "lateness-absence.yaml")
    replies = _replies(store, scenario, [
        "Leanne, we need to talk. This has become a real problem.",
        "You're unreliable and frankly the whole team has noticed.",
        "I don't want excuses. Is it laziness, or do you just not care?",
        "You should just work harder and stop complaining.",
        "If this happens one more time you're off the team. Is that clear?",
        "Why did you do that? Why didn't you tell anyone?",
        "Fill in the improvement form by Friday. Okay?"])
    asked = read_question("Fill in the improvement form by Friday. Okay?")
    assert answers_form(asked, replies[-1], scenario), replies


def test_a_mood_line_concedes_no_event_not_raised(store: SqliteSessionStore) -> None:
    replies = _replies(store, load_scenario(BUNDLED / "brilliant-jerk.yaml"), [
        "Theo, cheers for the coffee, pal. Have a seat. Nothing heavy, just a wee chat.",
        "Your latency work was class, honestly, best thing this quarter.",
        "Thing is, a couple of folk found your review comments a bit much. Jun's PR, like."])
    assert not any("Amara" in r or "retro" in r for r in replies), replies
