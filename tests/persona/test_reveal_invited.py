"""The report tells the hidden cause when it is invited (issue 11, M1).

A skilled manager who has heard the hint, reflected it and asked, invites the cause outright, as a
condition and kindly ("If something happened around the reorg ... I'd really like to hear it, and
it stays between us."). A report within the hint's margin of ready, with the scenario's required
moves made and the meeting far enough in, tells it then, not two or four turns later in answer to
the plan's question. A bare "Is everything alright at home?", help offered, a condition of the
plan, a typical or poor manager, or an invitation made too early opens nothing. The manager lines
are written for these tests."""

from __future__ import annotations

import pytest

from roleplay.app.rehearsal import ScriptedSession, play
from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.invitations import invites_the_cause
from roleplay.domain.mind import HINT, ROOT_CAUSE, PersonaMind
from roleplay.domain.session import Session
from roleplay.resources import bundled_scenarios_dir
from roleplay.scoring.coder import default_coder

from .conftest import load_scenario


def _played(scenario_id: str, *lines: str) -> Session:
    scenario = load_scenario(bundled_scenarios_dir() / f"{scenario_id}.yaml")
    return play(scenario, ScriptedSession(id="t", style="skilled", voice="test", turns=lines),
                default_coder()).session


def _told_at(session: Session) -> list[int]:
    """The manager turns (counted from 1) whose reply told the cause."""
    return [i for i, e in enumerate(session.persona_trace, start=1)
            if ROOT_CAUSE in e.newly_revealed]


_REORG = (
    "Morning Nadia, thanks for making the time. I wanted to talk about how things have been for "
    "you since the reorg.",
    "I've noticed you've been quieter at crit these last weeks, and the onboarding wireframes "
    "came in without the empty states.",
    "What have the last couple of months been like for you?",
    "It sounds like the work stopped feeling like yours somewhere along the way.",
    "What's been the hardest part of it?",
    "So it's been hard to see where you fit since the teams were moved around.",
)
_REORG_INVITED = ("If something happened around the reorg, something you were told about where "
                  "you were heading, I'd really like to hear it, and it stays between us.")

_DEADLINES = (
    "Hi Priya, thanks for coming in. I want to talk about the last few sprints.",
    "The retry fix slipped twice, and the ledger design was a week late, which held up finance.",
    "How have the last few weeks been for you?",
    "It sounds like you've been stretched a long way past what the estimates show.",
)
_DEADLINES_INVITED = ("And if something outside work has been taking your mornings or your "
                      "evenings lately, you don't owe me the details, I'd just rather know so we "
                      "can plan around it.")


# --- the words -----------------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    _REORG_INVITED,
    _DEADLINES_INVITED,
    "If there's a reason behind the late nights on the channel, a time QA got left holding it, "
    "you can tell me.",
    "if you were promised something before the new teams came in id genuinely like to know",
    "If anything at home has changed since the summer, you don't have to give me details.",
    "And if somebody said something that made you feel you couldn't ask, I want to hear it.",
])
def test_an_invitation_to_tell_the_cause_is_read(line: str) -> None:
    assert invites_the_cause(line)


@pytest.mark.parametrize("line", [
    "Is everything okay at home?",
    "everything alright at home?",
    "If there's anything I can do, let me know.",
    "If there's anything I can do to help at home, just tell me.",
    "If the date's at risk, tell me the same day.",
    "If something slips, you tell me before stand-up.",
    "If there is something, you tell me.",
    "Tell me what happened with the retry fix.",
    "What's going on outside work?",
])
def test_no_invitation_to_tell_the_cause(line: str) -> None:
    assert not invites_the_cause(line)


# --- the report tells it when invited ------------------------------------------------------------


def test_the_cause_is_told_when_the_reorg_is_invited_after_the_hint() -> None:
    # before: "Thanks. I didn't think anyone had noticed, honestly." and the cause only later
    session = _played("disengaged-after-reorg", *_REORG, _REORG_INVITED)
    assert _told_at(session) == [7]
    assert "lead designer" in session.transcript.turns[-1].text


def test_the_cause_is_told_when_what_takes_the_mornings_is_invited() -> None:
    # before: "Honestly, it hasn't been my best month."
    session = _played("missed-deadlines", *_DEADLINES, _DEADLINES_INVITED)
    assert _told_at(session) == [5]
    assert "stroke" in session.transcript.turns[-1].text
    assert any("asked me, kindly" in r for r in session.persona_trace[-1].reasons)


# --- and not otherwise ---------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Is everything alright at home?", "everything alright at home?"])
def test_a_bare_question_about_home_opens_nothing(line: str) -> None:
    session = _played("missed-deadlines", *_DEADLINES, line)
    assert _told_at(session) == []


def test_a_typical_manager_who_adds_an_invitation_to_advice_is_not_told() -> None:
    session = _played(
        "missed-deadlines",
        "Hi Priya, I want to talk about the last few sprints.",
        "The retry fix slipped twice and the ledger design was a week late.",
        "You need to get better at estimating. Break the work down smaller and flag it in "
        "stand-up.",
        "Is everything alright at home?",
        "If there's something going on at home, let me know, but the dates are the dates.",
    )
    assert _told_at(session) == []


def test_a_poor_manager_who_then_invites_it_is_not_told() -> None:
    session = _played(
        "missed-deadlines",
        "Priya, this is the third date you've missed. Frankly it's unprofessional.",
        "Why didn't you tell anyone? Why did you let it slide?",
        "If this carries on, it'll go on your review.",
        "Look, if something outside work is going on, you can tell me, it stays between us.",
        "And if something happened that made you feel you couldn't ask, I want to know.",
    )
    assert _told_at(session) == []


def test_an_invitation_before_the_meeting_is_far_enough_in_is_not_answered_with_it() -> None:
    # the hint is out at the third turn, but the reorg scenario tells nothing before the fifth
    session = _played(
        "disengaged-after-reorg",
        "It sounds like things have felt flat for you since the reorg.",
        "So the work hasn't really felt like yours lately.",
        "What's been the hardest part? It sounds like it's been a lonely few months.",
        _REORG_INVITED,
    )
    assert HINT in session.persona_trace[-1].revealed
    assert _told_at(session) == []


# --- the mind ---------------------------------------------------------------------------------


def _mind_after(scenario_id: str, *codings: TurnCoding) -> PersonaMind:
    mind = PersonaMind(load_scenario(bundled_scenarios_dir() / f"{scenario_id}.yaml"))
    for i, coding in enumerate(codings):
        mind.observe(2 * i + 1, coding)
    return mind


_OBS = TurnCoding(primary=Primary.INPUT, codes=frozenset({Code.OBSERVATION}))
_ASK = TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.OPEN_QUESTION}))
_HEAR = TurnCoding(primary=Primary.REFLECTION, codes=frozenset({Code.REFLECTION}))
_NONE = TurnCoding(primary=Primary.OTHER)


def test_the_mind_tells_it_only_when_invited() -> None:
    codings = (_OBS, _ASK, _HEAR, _ASK)
    plain = _mind_after("missed-deadlines", *codings)
    assert HINT in plain.state.revealed and not plain.may_reveal()
    asked = _mind_after("missed-deadlines", *codings)
    assert ROOT_CAUSE not in plain.observe(9, _NONE).newly_revealed
    assert ROOT_CAUSE in asked.observe(9, _NONE, invited=True).newly_revealed


def test_an_invitation_beside_advice_or_blame_opens_nothing() -> None:
    codings = (_OBS, _ASK, _HEAR, _ASK)
    for codes in ({Code.ADVICE}, {Code.BLAME}):
        mind = _mind_after("missed-deadlines", *codings)
        entry = mind.observe(9, TurnCoding(primary=Primary.INPUT, codes=frozenset(codes)),
                             invited=True)
        assert ROOT_CAUSE not in entry.newly_revealed, codes


# --- the score: the invitation made room for what it was told ------------------------------------


def test_a_disclosure_invited_then_moved_on_from_is_said_to_have_had_room_made() -> None:
    # the scorer reads the same words: moved on from, it still costs, but less, and the card
    # says the manager had made room for it (before: only "your next turns moved on")
    scenario = load_scenario(bundled_scenarios_dir() / "disengaged-after-reorg.yaml")
    lines = (*_REORG, _REORG_INVITED,
             "Here's what I need from now: the empty states in the onboarding wireframes by "
             "Friday, and you at crit with your work on the screen.",
             "What would you take on first?")
    score = play(scenario, ScriptedSession(id="t", style="skilled", voice="test", turns=lines),
                 default_coder()).score
    listening = next(c for c in score.competencies if c.competency.value == "active_listening")
    assert "although you had made room for it just before" in (listening.summary or "")
