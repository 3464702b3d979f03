"""Issue 11, J25: the offline report answers the form of a question for a time, and the form
check of ``reply_rules`` reads yes/no and either/or answers properly.

Seen with a blunt terse manager in missed-deadlines: "What can you hit, and when?" was
answered "Okay. I understand the dates have to mean something." (no date, no step). The
manager lines here are written for the tests; the replies are the scenarios' own lines."""

from __future__ import annotations

import re

import pytest

from roleplay.app.rehearsal import ScriptedSession, play
from roleplay.scoring.coder import default_coder

from .conftest import bundled_scenario_paths, load_scenario

# a time named, or a plain "not sure yet" with a day to come back by
_TIME_OR_DEFER = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next week|this week|end of|"
    r"\d{1,2}(?:st|nd|rd|th))\b|come back to you by", re.I)


def _replies(path, *lines: str) -> list[str]:  # type: ignore[no-untyped-def]
    played = play(load_scenario(path), ScriptedSession(id="t", style="typical", voice="test",
                                                       turns=lines), default_coder())
    return [t.text for t in played.session.transcript.turns if t.speaker == "report"]


@pytest.mark.parametrize("path", bundled_scenario_paths(), ids=lambda p: p.stem)
@pytest.mark.parametrize("asked", [
    "What can you hit, and when?",
    "ok so what could you realistically get done and by when",
    "Right. What date can you give me?",
])
def test_a_question_for_when_is_answered_with_a_time(path, asked: str) -> None:  # type: ignore[no-untyped-def]
    replies = _replies(path, "Thanks for coming in.", "How have the last few weeks been?", asked)
    assert _TIME_OR_DEFER.search(replies[-1]), replies[-1]


@pytest.mark.parametrize("path", bundled_scenario_paths(), ids=lambda p: p.stem)
def test_a_question_about_when_it_happened_is_not_deferred(path) -> None:  # type: ignore[no-untyped-def]
    replies = _replies(path, "Thanks for coming in.", "When did it start to feel like this?")
    assert "come back to you by" not in replies[-1]


def test_the_day_to_come_back_by_is_the_meetings_next_working_day() -> None:
    from roleplay.persona.offline import come_back_by
    from roleplay.resources import bundled_scenarios_dir
    # "Your regular Thursday 1:1 with Priya, on 5 November": Friday, no date invented
    assert come_back_by(load_scenario(bundled_scenarios_dir() / "missed-deadlines.yaml")) \
        == "Friday"


# --- the form check reads a yes or a no, not any three words --------------------------------


def _form(question: str, reply: str) -> bool | None:
    from roleplay.persona.answering import read_question
    from roleplay.persona.reply_rules import answers_form
    from roleplay.resources import bundled_scenarios_dir
    scenario = load_scenario(bundled_scenarios_dir() / "missed-deadlines.yaml")
    return answers_form(read_question(question), reply, scenario)


@pytest.mark.parametrize(("question", "reply"), [
    # the scenarios' own lines, as the offline voice says them
    ("Is everything okay?", "The retry fix, yes. It's still open. I know."),
    ("Is everything okay?", "Not really, no. It's been a hard few weeks."),
    ("Can you do that by Friday?", "That's fair. I'll tell you honestly if it starts to slip."),
    ("Did you test it before it went out?", "I did. Only the main path, though."),
    ("Are you okay?", "What kind of help? I'm fine."),
    ("Would you like to pair with Marcus?", "I guess. I don't really know what I'd be aiming for."),
    ("is it the estimates", "Depends who you ask. The latency numbers say yes."),
])
def test_a_yes_or_no_in_any_place_answers_a_yes_no_question(question: str, reply: str) -> None:
    assert _form(question, reply) is True


@pytest.mark.parametrize(("question", "reply"), [
    ("Is everything okay?", "It's been hard to know where I fit, since October."),
    ("Is everything okay?", "I'm doing what's on the board."),
    ("Can you do that by Friday?", "Honestly, it hasn't been my best month."),
    ("Did you talk to anyone about it?", "Let's just say I've learnt the hard way what happens "
                                         "when there's no record."),
    ("Is everything okay?", "The tickets aren't always clear. The address one changed twice."),
    ("Is everything okay?", "Sorry. I just panic when I think something's being pinned on me."),
])
def test_three_words_with_no_yes_or_no_do_not_answer_a_yes_no_question(question: str,
                                                                         reply: str) -> None:
    assert _form(question, reply) is False
