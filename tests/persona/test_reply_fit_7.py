"""Issue 11, J7: the offline report's warmth and reasons fit what the manager did.

- Thanks for being asked or heard ("You're the first person who's asked me anything other than
  'can you fix this'") answer a real question or a reflection, never a statement of impact, an
  order or "Can we talk?".
- The reason after the yes or no to a question about what happened ("Was it rushed?") is about
  then or the cause, from the scenario's words, or there is none: never a wish ("Yes. I really
  want to get this right.").

Real scenarios, the real offline chooser and, end to end, the real engine, coder and SQLite;
the lines are written for the rules."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.mind import Mood, TraceEntry
from roleplay.persona.answering import Form, read_question
from roleplay.persona.fitting import (
    asked_or_heard,
    bare_yes_no,
    reason_about_then,
    thanks_for_asking,
)
from roleplay.persona.offline import reply_lines
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, load_scenario
from .test_reply_fit_4 import _replies
from .test_reply_fit_4 import store as store  # the fixture: a real SQLite store per test


def _entry(mood: Mood, key: str, *moves: Code, reaction: Code | None = None) -> TraceEntry:
    return TraceEntry(turn=5, moves=moves, trust_before=55, defensiveness_before=25,
                      openness_before=45, trust=60, defensiveness=20, openness=50, revealed=(),
                      mood=mood, reply_key=key, reaction=reaction)


# --- thanks for asking answer a question or a reflection --------------------------------------


@pytest.mark.parametrize("line", [
    "You're the first person who's asked me anything other than \"can you fix this\".",
    "I appreciate you asking. It's been harder than it looks from the outside.",
    "It helps that you're asking rather than just telling me off.",
    "Yes. It's nice to be asked, actually.",
    "That's right. Thanks for listening.",
])
def test_thanks_for_being_asked_are_recognised(line: str) -> None:
    assert thanks_for_asking(line)


@pytest.mark.parametrize("line", [
    "That's not fair. Nobody asked me anything for weeks.",  # a complaint, not warmth
    "Okay. Thanks for saying that. It has been a lot.",
    "Has Leo made a complaint? I just want to know where I stand.",
    "I didn't know Jun had stopped sending reviews.",
    "Thank you. I really needed to hear that.",
])
def test_other_warm_or_asking_lines_are_not(line: str) -> None:
    assert not thanks_for_asking(line)


@pytest.mark.parametrize(("said", "moves"), [
    ("What's been going on for you since the reorg?", (Code.OPEN_QUESTION,)),
    ("how has the on call been for you lately", ()),  # spoken, coded as anything
    ("Is it the workload, or something else?", (Code.CLOSED_QUESTION,)),
    ("So you've been carrying the indexer on your own.", (Code.REFLECTION,)),
    ("Is everything okay outside work?", (Code.CLOSED_QUESTION,)),
    ("Would you like to lead the next workshop?", (Code.CLOSED_QUESTION,)),
])
def test_a_real_question_or_a_reflection_asks(said: str, moves: tuple[Code, ...]) -> None:
    assert asked_or_heard(moves, said)


@pytest.mark.parametrize(("said", "moves"), [
    ("Because of the missed handover the night team started two hours late.",
     (Code.IMPACT,)),
    ("Jun hasn't opened a pull request for review since.", (Code.IMPACT, Code.OBSERVATION)),
    ("Can we talk about something that's been on my mind?", (Code.CLOSED_QUESTION,)),
    ("Tests before every merge from now on, okay?", (Code.EXPECTATION,)),
    ("What's wrong with you? That was embarrassing.", (Code.OPEN_QUESTION, Code.LABEL)),
    ("I'll pair you with Kasia on the next ticket.", (Code.COMMITMENT, Code.SUPPORT_OFFER)),
])
def test_statements_orders_and_asking_for_the_talk_do_not(
        said: str, moves: tuple[Code, ...]) -> None:
    assert not asked_or_heard(moves, said)


@pytest.mark.parametrize(("scenario", "said"), [
    ("brilliant-jerk", "Because of the missed handover the night team started two hours late."),
    ("brilliant-jerk", "Jun has not opened a pull request for review since the 27th."),
    ("missed-deadlines", "The client had to push their launch back a week because of it."),
    ("peer-feedback", "Leo's team lost two days rebuilding the release after that thread."),
    ("quality-slipping", "QA spent fourteen hours retesting the three tickets."),
    ("quality-slipping", "Aisha had to stay late on Friday to roll the hotfix back."),
])
def test_a_statement_of_impact_gets_no_thanks_for_asking(scenario: str, said: str) -> None:
    lines, _, _ = reply_lines(load_scenario(BUNDLED / f"{scenario}.yaml"),
                              _entry(Mood.WARMING, "warming", Code.IMPACT), said)
    assert lines and not [line for line in lines if thanks_for_asking(line)], lines


@pytest.mark.parametrize(("scenario", "said", "moves"), [
    ("brilliant-jerk", "What's it been like for you, carrying search?", (Code.OPEN_QUESTION,)),
    ("missed-deadlines", "How have the last few weeks been for you?", (Code.OPEN_QUESTION,)),
    ("peer-feedback", "So it feels like nobody listens unless you shout.", (Code.REFLECTION,)),
    ("quality-slipping", "what's checkout been like since you moved over", ()),
])
def test_a_real_question_may_still_be_thanked(
        scenario: str, said: str, moves: tuple[Code, ...]) -> None:
    lines, _, _ = reply_lines(load_scenario(BUNDLED / f"{scenario}.yaml"),
                              _entry(Mood.WARMING, "warming", *moves), said)
    assert [line for line in lines if thanks_for_asking(line)], lines


# --- the reason after a yes or no about the past ----------------------------------------------


EVENTS = {"checkout", "tests", "hotfix", "release"}


@pytest.mark.parametrize("line", [
    "Yes. I thought I'd checked it.",
    "No. I keep thinking I've tested things, and then I haven't.",
    "Not really, no. Checkout is a lot bigger than the web stuff.",
    "Yes. I know I didn't keep my side.",
    "Yes.",
    "Yeah. It had been a long week.",
])
def test_a_reason_about_then_or_the_events_fits(line: str) -> None:
    assert reason_about_then(line, EVENTS)


@pytest.mark.parametrize("line", [
    "Yes. I really want to get this right.",
    "Yes. I'd rather sort it than keep having these meetings.",
    "Yes. I just want things tested properly.",
    "Honestly, no. I'd be promising something I can't keep.",
    "Yeah, I think so. I'm not completely oblivious.",
    "Yes. I want to sort this out as much as you do.",
])
def test_a_wish_or_a_present_aside_does_not(line: str) -> None:
    assert not reason_about_then(line, EVENTS)


@pytest.mark.parametrize("mood", [Mood.WARMING, Mood.COLLABORATIVE])
@pytest.mark.parametrize(("scenario", "question"), [
    ("quality-slipping", "Was it rushed?"),
    ("quality-slipping", "did you feel rushed on the address ticket"),
    ("missed-deadlines", "Was the estimate too tight?"),
    ("peer-feedback", "Were you annoyed when you wrote it?"),
    ("brilliant-jerk", "Was it a rough week when you wrote that review?"),
    ("lateness-absence", "Is it because of something outside work?"),
])
def test_a_yes_about_the_past_gives_no_wish_as_its_reason(
        scenario: str, question: str, mood: Mood) -> None:
    lines, _, answers = reply_lines(
        load_scenario(BUNDLED / f"{scenario}.yaml"),
        _entry(mood, "reaction", Code.CLOSED_QUESTION, reaction=Code.CLOSED_QUESTION), question)
    assert answers and lines
    assert all(reason_about_then(line, EVENTS | {"week", "review", "estimate"})
               or not line.lower().startswith(("yes", "yeah")) for line in lines), lines


def test_a_question_about_now_may_still_hear_the_wish() -> None:
    lines, _, _ = reply_lines(
        load_scenario(BUNDLED / "quality-slipping.yaml"),
        _entry(Mood.WARMING, "reaction", Code.CLOSED_QUESTION, reaction=Code.CLOSED_QUESTION),
        "Is this something you want to work on?")
    assert "Yes. I really want to get this right." in lines


@pytest.mark.parametrize("question", [
    "Was it rushed?", "was the tax one rushed", "Were you rushed on the promo code release?",
])
def test_end_to_end_a_warm_report_answers_about_then(
        store: SqliteSessionStore, question: str) -> None:
    reply = _replies(store, load_scenario(BUNDLED / "quality-slipping.yaml"), [
        "Thanks for making time, Daniel. How are you finding checkout so far?",
        "That sounds like a lot to take on at once. What's been the hardest part?",
        "So it feels like you're always one step behind on it.",
        question])[-1]
    assert "want to get this right" not in reply and "would" not in reply.lower(), reply


# --- a time clause after a yes/no question asks nothing of its own -----------------------------


@pytest.mark.parametrize("question", [
    "Were you annoyed when you wrote it?", "Was it rushed when you shipped it?",
    "did you feel okay when the review came in", "When you wrote it, were you annoyed?",
    "Is everything okay where you are sitting?",
])
def test_a_when_clause_after_a_yes_no_question_keeps_it_yes_no(question: str) -> None:
    assert read_question(question).form == Form.YES_NO


@pytest.mark.parametrize("question", [
    "What happened when you wrote it?", "How did you feel when you wrote it?",
    "Where were you when it broke?", "how do you feel about it when you look back",
    "When did you last take a proper holiday?",
])
def test_a_question_word_that_asks_stays_open(question: str) -> None:
    assert read_question(question).form == Form.OPEN


# --- found playing six managers: leave to talk, and a tag on praise ---------------------------


@pytest.mark.parametrize(("scenario", "said"), [
    ("peer-feedback", "Hi Hannah. Yes, it's partly about Leo. Can I start with one thing I saw?"),
    ("brilliant-jerk", "Can we talk about something that's been on my mind?"),
    ("quality-slipping", "Could I share something I noticed on the last release?"),
    ("missed-deadlines", "got a minute"),
    ("disengaged-after-reorg", "May I raise something from crit?"),
])
def test_leave_to_talk_gets_no_yes_or_no(scenario: str, said: str) -> None:
    lines, _, answers = reply_lines(
        load_scenario(BUNDLED / f"{scenario}.yaml"),
        _entry(Mood.GUARDED, "reaction", Code.CLOSED_QUESTION, reaction=Code.CLOSED_QUESTION),
        said)
    assert not answers and lines
    assert not [line for line in lines if bare_yes_no(line)], lines


@pytest.mark.parametrize(("scenario", "said", "moves", "agrees"), [
    ("missed-deadlines", "You are one of the best engineers I've worked with, you know that, "
     "right?", (Code.AFFIRMATION, Code.CLOSED_QUESTION), False),
    ("brilliant-jerk", "The latency work was brilliant, yeah?", (Code.AFFIRMATION,), False),
    ("quality-slipping", "Nice weather today, right?", (Code.INFORMATION,), False),
    ("missed-deadlines", "You'll send the export by Friday, okay?", (Code.COMMITMENT,), True),
    ("quality-slipping", "Tests before every merge from now on, okay?", (Code.EXPECTATION,), True),
])
def test_a_tag_agrees_to_a_plan_not_to_praise(
        scenario: str, said: str, moves: tuple[Code, ...], agrees: bool) -> None:
    scen = load_scenario(BUNDLED / f"{scenario}.yaml")
    lines, _, _ = reply_lines(scen, _entry(Mood.WARMING, "reaction", *moves, reaction=moves[0]),
                              said)
    assert bool(set(lines) & set(scen.lines.answers.say_yes)) is agrees, lines
