"""Issue 11, J27: the offline report answers what was asked, raises nothing not yet raised and
takes on no plan it was not given.

Seen in review play-throughs: a guess at what is behind it ("Is it the people side that puts
you off?") answered with a yes written for an offer ("Yeah. I'd like that, I think."); a retort
naming an event the manager had not raised ("So two people asking to move is on me now?" to a
question about one pull request); a meeting put alone ("let's circle back next week") met by
taking on a task ("I can do that, and I'll tell you early if it slips"). The manager lines here
are written for these tests; the replies are the scenarios' own lines."""

from __future__ import annotations

import re

import pytest

from roleplay.app.rehearsal import ScriptedSession, play
from roleplay.resources import bundled_scenarios_dir
from roleplay.scoring.coder import default_coder

from .conftest import bundled_scenario_paths, load_scenario


def _replies(name: str, *lines: str) -> list[str]:
    scenario = load_scenario(bundled_scenarios_dir() / f"{name}.yaml")
    played = play(scenario, ScriptedSession(id="t", style="typical", voice="test", turns=lines),
                  default_coder())
    return [t.text for t in played.session.transcript.turns if t.speaker == "report"]


# --- a guess at what is behind it is not an offer ------------------------------------------

# a yes written for an offer or a plan, or a no about what they can do
_OFFER_ANSWER = re.compile(r"\b(?:i'd like that|nice to be asked|would (?:really )?help|that "
                           r"works|not yet|promising something|not the way things are)\b", re.I)


@pytest.mark.parametrize("guess", [
    "is it the extra meetings that bother you",
    "is it more the people side of it that bothers you",
])
def test_a_guess_after_the_hint_is_met_by_more_of_the_hint(guess: str) -> None:
    replies = _replies("career-conversation",
                       "Morning Sofia. No agenda today beyond you.",
                       "The workshop on the 21st got five out of five from all four. What was "
                       "that day like for you?",
                       "Sounds like that one really meant something to you.",
                       guess)
    assert not _OFFER_ANSWER.search(replies[-1]), replies[-1]
    assert replies[-1].startswith("Sort of."), replies[-1]


@pytest.mark.parametrize("path", bundled_scenario_paths(), ids=lambda p: p.stem)
@pytest.mark.parametrize("guess", [
    "Is it the workload that's getting to you?",
    "Is it more the new team that bothers you?",
])
def test_a_guess_is_answered_yes_or_no_never_as_an_offer(path, guess: str) -> None:  # type: ignore[no-untyped-def]
    replies = _replies(path.stem, "Thanks for coming in.", "How have the last few weeks been?",
                       guess)
    from roleplay.persona.answering import read_question
    from roleplay.persona.reply_rules import answers_form
    assert not _OFFER_ANSWER.search(replies[-1]), replies[-1]
    assert answers_form(read_question(guess), replies[-1],
                        load_scenario(path)) is True, replies[-1]


# --- a retort raises no event the manager has not raised -----------------------------------


def test_a_blame_about_one_pull_request_is_not_met_by_the_two_who_asked_to_move() -> None:
    replies = _replies("brilliant-jerk", "Morning. Let's get into it.",
                       "Jun's indexing PR. What were you thinking?")
    assert "move" not in replies[-1].lower(), replies[-1]
    assert "Jun" in replies[-1], replies[-1]  # what was raised, in their words


# --- a meeting put alone is not a task taken on --------------------------------------------

_TASK = re.compile(r"\b(?:slips?|let's try it|call me out|have a plan|i can do that|i can live "
                   r"with that)\b", re.I)
_BEING_HEARD = re.compile(r"\b(?:weight off|relief|said it out loud)\b", re.I)


@pytest.mark.parametrize("path", bundled_scenario_paths(), ids=lambda p: p.stem)
def test_circling_back_is_agreed_as_a_meeting(path) -> None:  # type: ignore[no-untyped-def]
    replies = _replies(path.stem, "Thanks for coming in.", "How have the last few weeks been?",
                       "It sounds like it's been a lot.", "Okay, let's circle back next week.")
    assert not _TASK.search(replies[-1]), replies[-1]
    assert not _BEING_HEARD.search(replies[-1]), replies[-1]  # nothing was told


def test_second_meeting_does_not_take_on_a_plan_never_made() -> None:
    replies = _replies("second-meeting", "Hi Priya. Come in, grab a seat.",
                       "So. The retry fix didn't land on the 13th, and you cancelled our "
                       "check-in last week. What's been going on?",
                       "I'm not here to tell you off. I just want to understand.",
                       "That sounds like a lot to carry.",
                       "Okay, let's circle back next week.")
    assert not _TASK.search(replies[-1]), replies[-1]


# --- a short answer's second line raises no event either -----------------------------------


def test_a_short_answer_is_not_followed_by_an_event_never_raised() -> None:
    replies = _replies("brilliant-jerk", "Theo. We need to talk about how things are going.",
                       "Is it the workload, or the people?",
                       "Do you want the short version, or the long one?",
                       "Should we start with the code, or with the team?",
                       "Is it this week, or longer than that?",
                       "Would you rather talk now, or later?", "Is that about you, or about them?",
                       "Do you want me to go first, or you?")
    for reply in replies[1:]:
        assert not re.search(r"\b(?:retro|Amara|Jun|move|main|Beatriz)\b", reply), reply


# --- a plan checked is agreed as a plan -----------------------------------------------------


def test_a_plan_checked_is_agreed_with_a_yes_to_a_plan() -> None:
    replies = _replies("career-conversation",
                       "Hi Sofia. Nothing formal today, and no wrong answers.",
                       "The workshop on the 21st, five out of five from all four. That was really "
                       "good work.", "It sounds like teaching them meant a lot to you.",
                       "Would you like to run another one?",
                       "Would a bit of time set aside for it help?",
                       "Would it be useful to talk to someone in developer relations?",
                       "So you draft the follow-up by the 3rd and we meet again on the 8th. Does "
                       "that work for you?")
    scenario = load_scenario(bundled_scenarios_dir() / "career-conversation.yaml")
    assert replies[-1] in scenario.lines.agreeing, replies[-1]  # not "It's nice to be asked"


# --- a way of working starts at once; it needs no date to come back with --------------------


@pytest.mark.parametrize("path", bundled_scenario_paths(), ids=lambda p: p.stem)
@pytest.mark.parametrize("lines", [
    ("Thanks for sitting down with me.",
     "What's the one thing you could change first, and by when?"),
    ("Hi. Good to see you.", "Okay so what can you hit and when"),
])
def test_a_habit_offered_for_when_starts_on_the_next_working_day(path, lines) -> None:  # type: ignore[no-untyped-def]
    reply = _replies(path.stem, *lines)[-1]
    if re.search(r"\b(?:the day a date|before anything goes)\b", reply):  # a way of working
        assert "not sure of a date" not in reply, reply
        assert re.search(r"I can start (?:tomorrow|on Monday)\.$", reply), reply


def test_a_no_whose_reason_names_the_guess_is_a_sort_of() -> None:
    reply = _replies("quality-slipping", "hey daniel got a sec",
                     "so qa reopened a bunch of your tickets this sprint. whats going on",
                     "is it the checkout code that's tripping you up")[-1]
    assert not (reply.lower().startswith(("no", "not really")) and "checkout" in reply.lower()), \
        reply
