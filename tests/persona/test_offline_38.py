"""Issue 11, point 4 (J21b): after the reveal, an open question gets content.

Seen in the career conversation with Sofia: once she had told the cause, "What would it look like
if you got to do more of that?" was answered "I've never said that out loud at work before."
(relief at having said it, no content), and in the other scenarios "What would a good week look
like?" got "It's a weight off, saying it." or "I was sure you'd tell me to choose one job or the
other."; once their steps were said, "What would help?" got a yes to a plan no one had put ("Deal.
That's fair.") or a step said already. The manager lines here are written for the tests; the
replies are the scenarios' own lines."""

from __future__ import annotations

import pytest

from roleplay.domain.scenario import Scenario
from roleplay.engine.session import SessionEngine
from roleplay.persona.offline import OfflineVoice
from roleplay.scoring.coder import default_coder
from roleplay.scoring.listening import as_heard
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, load_scenario
from .test_reply_fit_4 import store as store  # the fixture: a real SQLite store per test

# Lines that lead up to the reveal in every bundled scenario (an observation, open questions,
# reflections); played until the report tells the cause
_UP_TO_REVEAL = [
    "Hi {name}, thanks for making time. How are you doing?",
    "{fact}",
    "What's been going on for you lately?",
    "It sounds like this has been weighing on you.",
    "What's behind that, do you think?",
    "It sounds like there's more to it than the work itself.",
    "What else is going on?",
    "So it feels like you've been carrying this alone.",
]
# relief at having said it, or the reaction they had feared: no content for an open question
_NO_CONTENT = {
    "I've never said that out loud at work before.",
    "It's a relief, honestly. I thought you'd be disappointed.",
    "I hadn't really added it all up until now.",
    "It's strange saying it out loud. Good strange, I think.",
    "It helps to have it out in the open.",
    "It's a weight off, saying it.",
    "I was sure you'd tell me to choose one job or the other.",
    "It's a relief to have said it out loud, honestly.",
    "It's a relief to say it to someone.",
    "It's a relief to say it, honestly.",
    "I thought everyone would think I was a fraud.",
    "It's a relief not to be hiding it anymore.",
    "I thought you'd already given up on me.",
}


def _after_reveal(store: SqliteSessionStore, scenario: Scenario, asked: list[str]) -> list[str]:
    """The report's replies to ``asked``, put once the report has told the cause."""
    engine = SessionEngine.start(store, default_coder(), OfflineVoice(), scenario,
                                 hears=as_heard)
    fact = scenario.facts[0]
    said = f"On {fact.date:%A %d %B}, {fact.observation[0].lower()}{fact.observation[1:]}"
    for line in _UP_TO_REVEAL:
        engine.manager_says(line.format(name=scenario.persona.name.split()[0], fact=said))
        engine.report_reply()
        if engine.session.persona_trace[-1].reply_key == "reveal":
            break
    else:
        pytest.fail("the lines did not bring the reveal")
    for line in asked:
        engine.manager_says(line)
        engine.report_reply()
    replies = [t.text for t in engine.session.turns if t.speaker == "report"]
    return replies[-len(asked):]


def test_sofia_says_what_doing_more_of_it_would_look_like(store: SqliteSessionStore) -> None:
    """The reviewer's session: warm opener, what she enjoys, a reflection, her reveal, then the
    open question; answered by what she wants, in the scenario's words."""
    scenario = load_scenario(BUNDLED / "career-conversation.yaml")
    engine = SessionEngine.start(store, default_coder(), OfflineVoice(), scenario,
                                 hears=as_heard)
    for line in ["Hi Sofia, thanks for making time today. How are you doing?",
                 "What do you enjoy most about your work?",
                 "It sounds like the workshop was a high point for you.",
                 "What's behind that?",
                 "What would it look like if you got to do more of that?"]:
        engine.manager_says(line)
        engine.report_reply()
    assert engine.session.persona_trace[-2].reply_key == "reveal"
    reply = engine.session.turns[-1].text
    assert reply in {"I'd want it to still count as moving forward, not sideways.",
                     "Is there such a thing as a senior analyst who mostly teaches? I didn't "
                     "know that was allowed."}, reply


@pytest.mark.parametrize(("name", "asked"), [
    ("brilliant-jerk", "What would it look like if you got to do more of that?"),
    ("lateness-absence", "What would it look like if you got to do more of that?"),
    ("quality-slipping", "What would it look like if you got to do more of that?"),
    ("second-meeting", "What would it look like if you got to do more of that?"),
    ("career-conversation", "What would a good week look like?"),
    ("second-meeting", "What would a good week look like?"),
    ("brilliant-jerk", "What matters most to you now?"),
    ("quality-slipping", "What matters most to you now?"),
])
def test_an_open_question_after_the_reveal_gets_what_they_want(
    store: SqliteSessionStore, name: str, asked: str,
) -> None:
    scenario = load_scenario(BUNDLED / f"{name}.yaml")
    reply = _after_reveal(store, scenario, [asked])[0]
    assert reply not in _NO_CONTENT, reply
    assert reply in scenario.lines.collaborative, reply  # the scenario's own line, no invention


def test_a_good_week_after_a_first_wish_is_another_wish(store: SqliteSessionStore) -> None:
    """Two such questions: two different lines of what they want, not relief the second time."""
    scenario = load_scenario(BUNDLED / "lateness-absence.yaml")
    replies = _after_reveal(store, scenario, [
        "What would it look like if you got to do more of that?",
        "What would a good week look like?"])
    assert len(set(replies)) == 2, replies
    assert not set(replies) & _NO_CONTENT, replies


def test_what_would_help_once_the_steps_are_said_is_no_yes_to_an_unmade_plan(
    store: SqliteSessionStore,
) -> None:
    """Theo's steps are said: "What would be different if this worked?" gets content, neither
    relief at having said it nor "Deal. That's fair." (a yes to a plan the manager never put),
    and no line said before."""
    scenario = load_scenario(BUNDLED / "brilliant-jerk.yaml")
    replies = _after_reveal(store, scenario, [
        "What would help?", "What would you want to try first?", "What else would help?",
        "What would be different if this worked?"])
    assert replies[-1] not in {*scenario.lines.agreeing, *_NO_CONTENT}, replies
    assert len(set(replies)) == len(replies), replies


def test_a_step_is_not_said_twice_while_a_wish_is_unsaid(store: SqliteSessionStore) -> None:
    """Sofia has three steps: the fourth "What would help?" gets what she wants, not the first
    step again."""
    scenario = load_scenario(BUNDLED / "career-conversation.yaml")
    replies = _after_reveal(store, scenario, ["What would help?"] * 4)
    assert len(set(replies)) == 4, replies
    assert not set(replies) & _NO_CONTENT, replies
