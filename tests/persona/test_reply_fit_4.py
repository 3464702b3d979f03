"""Issue 11, fourth pass: the offline report's reply fits the turn it answers, found playing
new voices (a three-word manager, one who reads HR notes, a Welsh team lead, a retired teacher).
A worry the manager just spoke to is not asked again; an open question gets no bare yes or no;
a "No." never opens a line that admits the thing; an order is not a yes/no question. Real
engine, real coder, real offline voice, real SQLite; the lines are written for the rules."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from roleplay.domain.scenario import Scenario
from roleplay.engine.session import SessionEngine
from roleplay.persona.answering import Form, read_question
from roleplay.persona.fitting import admits, already_answered, bare_yes_no
from roleplay.persona.offline import OfflineVoice
from roleplay.scoring.coder import default_coder
from roleplay.scoring.listening import as_heard
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, load_scenario


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteSessionStore]:
    s = SqliteSessionStore(tmp_path / "sessions.db")
    yield s
    s.close()


def _replies(store: SqliteSessionStore, scenario: Scenario, lines: list[str]) -> list[str]:
    engine = SessionEngine.start(store, default_coder(), OfflineVoice(), scenario,
                                 hears=as_heard)
    for line in lines:
        engine.manager_says(line)
        engine.report_reply()
    return [t.text for t in engine.session.turns[1:] if t.speaker == "report"]


# --- a worry the manager just spoke to is not asked again ------------------------------------


@pytest.mark.parametrize(("line", "said"), [
    ("Am I in trouble? You can tell me if I am.", "No, you're not in trouble. I want to talk."),
    ("Is this going to go on my record? I need to know.",
     "If this happens again, it will go on your record."),
    ("Are you going to fire me? Just tell me if you are.", "Your job is safe, I promise."),
    ("Is this an HR thing?", "This isn't a formal process, it's a conversation."),
    ("Am I in trouble?", "Honestly, you could be in trouble if this carries on."),
    ("Is this going on my file?", "Nothing from today goes on your file."),
])
def test_a_worry_just_spoken_to_is_not_asked_again(line: str, said: str) -> None:
    assert already_answered(line, said)


@pytest.mark.parametrize(("line", "said"), [
    ("Am I in trouble? You can tell me if I am.", "I wanted to talk about checkout."),
    ("Is this going to go on my record?", "On Tuesday the release went out without tests."),
    ("Are you going to fire me?", "What's been going on?"),
    ("Okay. I didn't realise it was that serious.", "If this happens again, it goes on record."),
    ("I know the shift starts at 9.", "You're not in trouble."),
])
def test_other_lines_and_turns_are_left_alone(line: str, said: str) -> None:
    assert not already_answered(line, said)


def test_the_reassured_report_does_not_ask_if_they_are_in_trouble(
    store: SqliteSessionStore,
) -> None:
    scenario = load_scenario(BUNDLED / "quality-slipping.yaml")
    reply = _replies(store, scenario, [
        "Morning Daniel. No, you're not in trouble, honestly. I did want to talk about "
        "checkout though."])[-1]
    assert "in trouble" not in reply, reply


# --- an open question gets content, not a bare yes or no -------------------------------------


@pytest.mark.parametrize("line", ["Not really. It's complicated at the moment.", "No.",
                                  "Yeah, fine.", "Yes. The promo code one was me.", "Nope"])
def test_bare_answers_are_recognised(line: str) -> None:
    assert bare_yes_no(line)


@pytest.mark.parametrize("line", ["Nothing's changed, really.", "Not unreliable. Stretched.",
                                  "Yesterday was rough.", "I know what we agreed.",
                                  "Notice I said nothing."])
def test_other_openings_are_not(line: str) -> None:
    assert not bare_yes_no(line)


@pytest.mark.parametrize("question", ["Fix ships when?", "So when does the fix ship?",
                                      "What's been going on?", "where are we with the retry fix",
                                      "How's the week been?"])
def test_an_open_question_is_not_answered_yes_or_no(question: str) -> None:
    from roleplay.domain.codes import Code, Primary, TurnCoding
    from roleplay.domain.mind import PersonaMind
    from roleplay.persona.offline import _fit

    scenario = load_scenario(BUNDLED / "second-meeting.yaml")
    entry = PersonaMind(scenario).observe(
        1, TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.OPEN_QUESTION})))
    lines = ["Not really. It's complicated at the moment.", "Yeah. Fine.",
             "I said I'll have it done by Monday."]
    assert _fit(scenario, entry, lines, question) == ["I said I'll have it done by Monday."]
    # a yes/no question still may be answered yes or no
    assert len(_fit(scenario, entry, lines, "Is the fix on track?")) == 3


# --- "No." never opens a line that admits the thing ------------------------------------------


@pytest.mark.parametrize("line", ["It's been a rough couple of months, if I'm honest.",
                                  "Things are a bit complicated at home.",
                                  "I'm stretched, that's all.", "It's been hard."])
def test_an_admission_is_recognised(line: str) -> None:
    assert admits(line)


@pytest.mark.parametrize("question", [
    "Is there anything affecting your attendance that the company should be aware of?",
    "Is anything outside work getting in the way?",
    "Is there something going on that I should know about?",
])
def test_a_no_never_opens_an_admission(store: SqliteSessionStore, question: str) -> None:
    scenario = load_scenario(BUNDLED / "lateness-absence.yaml")
    reply = _replies(store, scenario, [
        "Leanne, thank you for coming. I have some notes here from HR that I need to go "
        "through with you.",
        "Per the attendance policy, on Monday 2 November you logged in to the phone queue at "
        "9:47; the shift starts at 9:00.",
        "The records show you called in sick at 8:55 on Monday 16 November, with no earlier "
        "message.",
        "The policy states that employees must notify their line manager by 8:00.",
        "Is there anything you would like to add for the record?",
        f"I understand. {question}"])[-1]
    assert not (reply.startswith("No.") and admits(reply)), reply


# --- an order is not a yes/no question; a step question asks for a step ----------------------


@pytest.mark.parametrize("said", ["Just do it.", "Do that by Friday.", "Do this properly next "
                                  "time.", "just do it", "do that or else"])
def test_an_order_with_do_is_no_question(said: str) -> None:
    assert read_question(said).form == Form.NONE


@pytest.mark.parametrize("said", ["Does it work for you?", "Do you think that works?",
                                  "Did it help?", "do things feel any better"])
def test_real_do_questions_still_are(said: str) -> None:
    assert read_question(said).form == Form.YES_NO


def test_an_order_with_a_tag_is_still_a_tag() -> None:
    q = read_question("Do it by Friday, okay?")
    assert q.form == Form.YES_NO and q.tag


@pytest.mark.parametrize("said", ["What do you think would be a good next step?",
                                  "what would be the right first step for you",
                                  "What do you think a sensible next step looks like?"])
def test_asking_for_a_good_next_step_asks_for_a_step(said: str) -> None:
    q = read_question(said)
    assert q.form == Form.OPEN and q.asks_for_step


def test_asking_how_a_step_went_does_not() -> None:
    assert not read_question("How did the last step go?").asks_for_step


# --- a recap handed over for checking is agreed to with "no, nothing to add" -----------------


def test_anything_i_missed_is_not_answered_yes(store: SqliteSessionStore) -> None:
    scenario = load_scenario(BUNDLED / "quality-slipping.yaml")
    replies = _replies(store, scenario, [
        "On Tuesday 20 October the discount-code change went in with no tests, and promo codes "
        "failed for three hours the next morning. What's been going on?",
        "It sounds like checkout is hard to get your head around and you didn't want to ask.",
        "From Monday everything you merge has tests. I'll pair you with Kemi on the integration "
        "tests this week, and we meet again on Friday 11 December. Does that work for you?",
        "So to sum up: tests on everything from Monday, Kemi pairs with you this week, and we "
        "meet on Friday 11 December. Anything I missed?",
    ])
    assert not replies[-1].startswith("Yes"), replies[-1]


# --- a near-repeat of a line already said is a repeat ------------------------------------------


def test_the_report_does_not_say_the_same_thing_twice_in_other_words(
        store: SqliteSessionStore) -> None:
    from roleplay.persona.offline import _said  # the rule itself, then a whole session
    assert _said("Half the floor wanders in late. Why is it just me?",
                 ("Half the floor wanders in at ten past. Why is it just me?",))
    assert not _said("I could pair with someone on the next ticket.",
                     ("I could get the integration tests running on my laptop this week.",))
    replies = _replies(store, load_scenario(BUNDLED / "lateness-absence.yaml"), [
        "Right Leanne, I'll not beat around the bush. Your timekeeping is a joke.",
        "Half nine on the 2nd. Sick on two Mondays. Sure you were sick, sure.",
        "Why are you always late? Why can you not just set an alarm like everyone else?",
        "Tom's had to cover for you again and again. That's on you, nobody else.",
        "I don't care what your reasons are, to be honest.",
    ])
    for i, reply in enumerate(replies):
        assert not _said(reply, tuple(replies[:i])), replies
