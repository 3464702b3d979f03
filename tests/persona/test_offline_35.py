"""Issue 11, J18: the offline report's replies fit what was said, from the lead's notes on the
last play-throughs and by playing managers in new voices through the CLI.

- A request for notice or presence with its check ("could you try and let me know the night
  before ..., would that be okay?"), coded advice, is an expectation asked for: answered yes or
  no, never scorned as a tip ("I don't need tips on getting out of bed, thanks.").
- What they should do, coded praise ("praise in public, correct in private. You should follow
  it."), is answered as advice, never thanked for.
- Small talk ("how's the form? Good weekend?") is not met by a defence of an event the manager
  has not named ("I was sick. People get sick.").
- "We'll chat again sometime, no bother." closes the talk: a goodbye, not a new complaint.

Real scenarios and the real offline chooser; the lines are written for the rules."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.mind import Mood, TraceEntry
from roleplay.persona.offline import GOODBYES, reply_lines
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, load_scenario
from .test_reply_fit_4 import _replies
from .test_reply_fit_4 import store as store  # the fixture: a real SQLite store per test


def _entry(mood: Mood, *moves: Code, reaction: Code | None = None) -> TraceEntry:
    return TraceEntry(turn=9, moves=moves, trust_before=55, defensiveness_before=25,
                      openness_before=45, trust=60, defensiveness=20, openness=50,
                      revealed=(), mood=mood, reply_key="reaction" if reaction else mood.value,
                      reaction=reaction)


_SOFT = ("Could you try and let me know the night before if you're going to be late, would that "
         "be okay?")


@pytest.mark.parametrize("mood", list(Mood))
@pytest.mark.parametrize("said", [
    _SOFT,
    "So can you message me the night before if you're going to be late? Would that be alright?",
    "Please try to let me know by eight the night before. Is that okay?",
])
def test_a_request_with_its_check_is_no_tip(mood: Mood, said: str) -> None:
    scenario = load_scenario(BUNDLED / "lateness-absence.yaml")
    lines, _, answers = reply_lines(
        scenario, _entry(mood, Code.ADVICE, Code.CLOSED_QUESTION, reaction=Code.ADVICE), said)
    tips = set(scenario.lines.reactions.advice)
    assert lines and not set(lines) & tips, lines
    assert answers, lines  # a yes or a no, as a request with a check asks


@pytest.mark.parametrize("said", [
    "Could you try setting two alarms? Would that help?",
    "Have you tried going to bed earlier?",
])
def test_a_tip_is_still_answered_as_advice(said: str) -> None:
    scenario = load_scenario(BUNDLED / "lateness-absence.yaml")
    lines, _, _ = reply_lines(
        scenario, _entry(Mood.DEFENSIVE, Code.ADVICE, Code.CLOSED_QUESTION,
                         reaction=Code.ADVICE), said)
    assert set(lines) & set(scenario.lines.reactions.advice), lines


@pytest.mark.parametrize(("said", "told"), [
    ("In my classroom we had a rule: praise in public, correct in private. You should follow it.",
     True),
    ("Next time, think before you type.", True),
    ("The release notes you wrote were brilliant. You should be proud.", False),
])
def test_what_they_should_do_is_not_thanked_for(said: str, told: bool) -> None:
    scenario = load_scenario(BUNDLED / "peer-feedback.yaml")
    lines, _, _ = reply_lines(
        scenario, _entry(Mood.GUARDED, Code.AFFIRMATION, reaction=Code.AFFIRMATION), said)
    thanks = set(scenario.lines.reactions.affirmation)
    assert bool(set(lines) & thanks) is not told, lines


def test_small_talk_is_not_met_by_an_event_not_raised(store: SqliteSessionStore) -> None:
    replies = _replies(store, load_scenario(BUNDLED / "lateness-absence.yaml"),
                       ["Alright Leanne, how's the form? Good weekend?"])
    assert not any(w in replies[-1].lower() for w in ("sick", "doctor", "tom", "queue")), replies


@pytest.mark.parametrize("closing", [
    "Sound. We'll chat again sometime, no bother.",
    "Okay, thank you Leanne. We will catch up soon.",
])
def test_a_talk_again_sometime_gets_a_goodbye(store: SqliteSessionStore, closing: str) -> None:
    replies = _replies(store, load_scenario(BUNDLED / "lateness-absence.yaml"), [
        "Leanne, thanks for coming in. I want to talk about your start times.", closing])
    goodbyes = {line for lines in GOODBYES.values() for line in lines}
    assert replies[-1] in goodbyes, replies


@pytest.mark.parametrize(("said", "form"), [
    ("Kindly explain what is happening?", "open"),
    ("Please explain what happened?", "open"),
    ("Can you explain what is happening?", "open"),
    ("Can you explain it to Leo by Friday?", "yes_no"),
    ("I will explain what happens next. Okay?", "yes_no"),
])
def test_an_account_asked_for_politely_is_an_open_question(said: str, form: str) -> None:
    from roleplay.persona.answering import read_question
    assert read_question(said).form.value == form


@pytest.mark.parametrize("mood", [Mood.WARMING, Mood.COLLABORATIVE])
def test_a_plan_put_with_its_check_is_no_admission(mood: Mood) -> None:
    scenario = load_scenario(BUNDLED / "second-meeting.yaml")
    said = ("Okay. You finish only the retry fix, no support tickets until it ships. I will tell "
            "the support lead today. We do the check-in Thursday 3 December at ten, twenty "
            "minutes. Is that okay?")
    lines, _, answers = reply_lines(
        scenario, _entry(mood, Code.COMMITMENT, Code.FOLLOW_UP, Code.CLOSED_QUESTION,
                         reaction=Code.CLOSED_QUESTION), said)
    assert answers and lines, lines
    assert not any("didn't keep my side" in line for line in lines), lines


def test_sorted_is_a_tag() -> None:
    from roleplay.persona.answering import read_question
    q = read_question("Any more of this and you'll be off the release process. Sorted?")
    assert q.tag, q


def test_the_arrangement_that_would_work_asks_their_step() -> None:
    from roleplay.persona.answering import read_question
    assert read_question("What start time would actually work on Mondays?").asks_for_step
    assert read_question("What hours would work for you?").asks_for_step
    assert not read_question("What time did you get in?").asks_for_step


def test_a_request_for_next_time_with_a_tag_is_an_expectation() -> None:
    scenario = load_scenario(BUNDLED / "peer-feedback.yaml")
    lines, entry, _ = reply_lines(
        scenario, _entry(Mood.GUARDED, Code.ADVICE, Code.CLOSED_QUESTION, reaction=Code.ADVICE),
        "Okay. So next time, please talk to Leo first, then to me if it does not work. Can?")
    assert entry.reaction == Code.EXPECTATION, entry
    assert not set(lines) & set(scenario.lines.reactions.advice), lines
