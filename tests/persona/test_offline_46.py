"""Issue 11, J30: the offline report confirms a reading that was checked, keeps a retort apart
from a deferral, and holds to the day the manager set in this meeting.

Seen in play-throughs: a reflection closed with a check ("It sounds like you're not sure where
you fit now. Is that close?") answered with a yes written for an offer ("Yes. It would help to
know where I stand.") or, when the hint was due, with the hint alone, so the review could
credit the paraphrase only as an unconfirmed guess; "What can you hit, and when?" after a
poor manager's labels answered "Do you want me to just hand my notice in? ... I'm not sure of a
date yet. Can I come back to you by Wednesday?"; in the second meeting, "When will the retry
fix be in?" after the manager moved it to Wednesday answered "I said I'll have it done by
Monday."; a new plan put with "How does that sound?" answered with a line about the old plan
("Marcus did take the rota."); "Which of those pulls at you, or is it none of them?" answered
"Yeah. I'd like that, I think."; an observation naming the wireframes by that word alone met by
"It's fine. Just busy.". The manager lines here are written for these tests; the replies are the
scenarios' own lines."""

from __future__ import annotations

import re

import pytest

from roleplay.app.rehearsal import ScriptedSession, play
from roleplay.domain.codes import Code
from roleplay.persona.answering import read_question
from roleplay.persona.turn_kinds import CHECKS_READING, reading_checked
from roleplay.resources import bundled_scenarios_dir
from roleplay.scoring.coder import default_coder

from .conftest import load_scenario


def _scenario(name: str):  # type: ignore[no-untyped-def]
    return load_scenario(bundled_scenarios_dir() / f"{name}.yaml")


def _replies(name: str, *lines: str) -> list[str]:
    played = play(_scenario(name), ScriptedSession(id="t", style="typical", voice="test",
                                                   turns=lines), default_coder())
    return [t.text for t in played.session.transcript.turns if t.speaker == "report"]


# the review's own reading of a confirmation: the reply opens by saying yes to the reading
_CONFIRMS = re.compile(r"^(?:(?:mm+|hm+|well|oh|ha)[,.]?\s+)*(?:yes|yeah|yep|that's (?:it|right|"
                       r"true|fair|about it|closer)|something like that|exactly|i (?:guess|"
                       r"suppose) so)\b", re.I)


# --- a reading checked is confirmed ----------------------------------------------------------

@pytest.mark.parametrize("check", [
    "Tell me if I'm off there.", "Is that close?", "Correct me if I'm wrong.", "Does that fit?",
    "Am I reading that right?", "Tell me if I've got that wrong.", "Is that anywhere close?",
    "Did I understand correctly?", "Tell me if I am wrong.",
])
def test_these_checks_check_a_reading(check: str) -> None:
    assert CHECKS_READING.search(check)
    scenario = _scenario("disengaged-after-reorg")
    said = f"So it sounds like the reorg took the part of the job you liked. {check}"
    assert reading_checked(read_question(said), {Code.REFLECTION}, scenario) == list(
        scenario.lines.reactions.reflection)


@pytest.mark.parametrize("said", [
    "Tell me if you need anything.",
    "Does that time work for you?",
    "Is that the close of the sprint?",
])
def test_other_lines_check_no_reading(said: str) -> None:
    assert not CHECKS_READING.search(said)


def test_a_reflection_checked_with_is_that_close_is_confirmed_not_agreed_as_an_offer() -> None:
    scenario = _scenario("disengaged-after-reorg")
    replies = _replies("disengaged-after-reorg",
                       "Hi Nadia. Thanks for joining. I wanted to hear how things have been for "
                       "you since the reorg.",
                       "How has the work felt since October?",
                       "So it sounds like the reorg took the part of the job you liked. Tell me "
                       "if I'm off there.",
                       "What's been the hardest part of it?",
                       "It sounds like you're not sure where you fit now. Is that close?")
    assert _CONFIRMS.match(replies[-1]), replies[-1]
    assert replies[-1] not in scenario.lines.answers.say_yes, replies[-1]


def test_a_reflection_checked_when_the_hint_is_due_is_confirmed_before_the_hint() -> None:
    scenario = _scenario("career-conversation")
    replies = _replies("career-conversation",
                       "Thanks for coming, Sofia. No need to apologise about the form. I wanted "
                       "to hear where you'd like your work to go.",
                       "What kind of days do you enjoy most here?",
                       "So the days you like are the ones where you help someone understand "
                       "something. Have I got that right?")
    assert _CONFIRMS.match(replies[-1]), replies[-1]
    assert any(hint in replies[-1] for hint in scenario.lines.hint), replies[-1]


def test_a_plan_recapped_with_a_check_is_agreed_as_a_plan() -> None:
    scenario = _scenario("career-conversation")
    replies = _replies("career-conversation",
                       "Thanks for coming, Sofia. I wanted to hear where you'd like your work "
                       "to go.",
                       "What kind of days do you enjoy most here?",
                       "Tell me more about the workshop on the 21st. What made it a good day?",
                       "It sounds like the teaching part is what you like, and the usual next "
                       "step doesn't have that. Tell me if I'm off there.",
                       "What is it about the usual next step that doesn't feel like you?",
                       "What could you try first, and by when?",
                       "So you run the follow-up workshop by 11 December and we talk again on "
                       "the 15th. Have I got that right?")
    assert replies[-1] not in scenario.lines.reactions.reflection, replies[-1]
    assert replies[-1] not in scenario.lines.reactions.summary, replies[-1]


def test_a_reading_of_how_it_has_been_is_met_by_the_line_that_says_it_was_so() -> None:
    replies = _replies("second-meeting",
                       "Hi Priya. No need to apologise. Before we get to the fix, how are you "
                       "doing?",
                       "sounds like the plan was built for how things were then and youve been "
                       "making it work on your own at night is that near enough")
    assert replies[-1] == "Something like that. It's been worse than I let on.", replies[-1]


# --- a retort is not glued to a deferral -----------------------------------------------------

_DEFERS = re.compile(r"come back to you by", re.I)


def test_a_hostile_report_asked_for_when_after_labels_gives_the_retort_alone() -> None:
    replies = _replies("lateness-absence",
                       "Leanne, sit down. Your timekeeping is a joke.",
                       "You're late nine days out of the last month. That's lazy, frankly.",
                       "So what can you hit, and when?")
    assert not _DEFERS.search(replies[-1]), replies[-1]


@pytest.mark.parametrize("name", ["lateness-absence", "missed-deadlines"])
def test_a_defensive_report_asked_for_when_defers_without_a_retort(name: str) -> None:
    scenario = _scenario(name)
    replies = _replies(name, "Thanks for coming in.", "How have the last few weeks been?",
                       "What can you hit, and when?")
    retorts = [*scenario.lines.defensive, *scenario.lines.hostile]
    if _DEFERS.search(replies[-1]):
        assert not any(line in replies[-1] for line in retorts), replies[-1]


# --- the day set in this meeting holds -------------------------------------------------------

_MOVED = ("Hi Priya. Let's not rush. How are things?",
          "The retry fix was due on the 13th. Let's move it to Wednesday 25 November.",
          "Can you get the retry fix in by Wednesday the 25th?",
          "Okay. So the retry fix by Wednesday 25 November and we meet again Thursday 26th. Okay?",
          "When will the retry fix be in?")


def test_when_asked_again_the_day_set_in_this_meeting_is_the_answer() -> None:
    replies = _replies("second-meeting", *_MOVED)
    assert "Monday" not in replies[-1], replies[-1]
    assert "Wednesday" in replies[-1], replies[-1]


def test_a_new_day_asked_for_is_not_answered_with_the_old_agreement() -> None:
    replies = _replies("second-meeting", *_MOVED[:3])
    assert "We wrote down" not in replies[-1], replies[-1]


def test_each_part_of_a_plan_keeps_its_own_day() -> None:
    replies = _replies("quality-slipping",
                       "Daniel mate, no drama. Just want a quick catch up on checkout. How are "
                       "you finding it?",
                       "Cool. Pair with Kasia tomorrow morning on the local setup, and let's "
                       "catch up Friday. Sound good?",
                       "When are you pairing with Kasia?")
    assert "Friday" not in replies[-1], replies[-1]
    assert replies[-1].startswith("Tomorrow"), replies[-1]


# --- a new plan put with a verdict question ------------------------------------------------

def test_a_new_plan_put_with_how_does_that_sound_is_answered_about_it() -> None:
    scenario = _scenario("second-meeting")
    replies = _replies("second-meeting",
                       "Hi Priya. No need to apologise. Before we get to the fix, how are you "
                       "doing?",
                       "It sounds like the last two weeks have been harder than you've let on. "
                       "Is that fair to say?",
                       "What's changed since we made the plan?",
                       "So the plan was built for the hospital, and now you're caring for your "
                       "dad in the day. Did I get that right?",
                       "What would make the work fit around him for a while?",
                       "Let's try core hours from 1 to 5, Marcus owns the retry fix and you pair "
                       "with him, and we meet again on Wednesday 25 November. How does that "
                       "sound?")
    assert replies[-1] not in scenario.lines.reactions.follow_up, replies[-1]
    assert replies[-1] in scenario.lines.agreeing, replies[-1]


# --- a choice with a way out -----------------------------------------------------------------

_ROADS = ("Let me put a few roads side by side. Going deeper as a senior analyst. Something "
          "closer to data education, teaching people inside the company. Or managing people some "
          "day. Which of those pulls at you, or is it none of them?")


def test_which_of_those_or_none_is_a_choice_among_what_was_put() -> None:
    from roleplay.persona.answering import Form

    question = read_question(_ROADS)
    assert question.form == Form.EITHER_OR
    assert question.options == ("going deeper as a senior analyst",
                                "something closer to data education", "managing people some day")
    assert question.way_out


def test_which_of_those_or_none_before_they_have_told_you_takes_the_way_out() -> None:
    scenario = _scenario("career-conversation")
    replies = _replies("career-conversation",
                       "Morning Sofia. This hour is just for you.",
                       "What part of the work do you enjoy most?", _ROADS)
    assert replies[-1] in scenario.lines.answers.refuse, replies[-1]


def test_which_of_those_or_none_after_they_told_you_names_theirs() -> None:
    replies = _replies("career-conversation",
                       "Thanks for coming, Sofia. No need to apologise about the form. I wanted "
                       "to hear where you'd like your work to go.",
                       "What kind of days do you enjoy most here?",
                       "So the days you like are the ones where you help someone understand "
                       "something. Have I got that right?",
                       "Tell me more about the workshop on the 21st. What made it a good day?",
                       "It sounds like the teaching part is what you like, and the usual next "
                       "step doesn't have that. Tell me if I'm off there.", _ROADS)
    assert "data education" in replies[-1], replies[-1]
    assert not re.search(r"[a-z,] Something", replies[-1]), replies[-1]


# --- an event raised by the one word that names it ------------------------------------------

def test_an_observation_naming_one_event_by_its_own_word_is_met_by_the_reaction_to_it() -> None:
    scenario = _scenario("disengaged-after-reorg")
    replies = _replies("disengaged-after-reorg", "hey nadia how's it going",
                       "so um i noticed your camera's been off a bit and the wireframes last "
                       "week were kind of rushed")
    assert replies[-1] in scenario.lines.reactions.observation, replies[-1]
    assert "crit" not in replies[-1] and "Figma" not in replies[-1], replies[-1]


# --- whether something works is asked, not advised -------------------------------------------

def test_whether_the_tests_run_is_answered_yes_or_no_not_taken_as_a_tip() -> None:
    scenario = _scenario("quality-slipping")
    replies = _replies("quality-slipping",
                       "Daniel mate, no drama. Just want a quick catch up on checkout. How are "
                       "you finding it?",
                       "Right. QA reopened the address validation ticket for the third time on "
                       "the 3rd. What happened there?",
                       "Have you got the integration tests running locally?")
    assert replies[-1] not in scenario.lines.reactions.advice, replies[-1]
    assert re.match(r"^(?:yes|yeah|no|not really|not yet)\b", replies[-1], re.I), replies[-1]


# --- what would make it fit asks for a step ---------------------------------------------------

def test_what_would_make_the_work_fit_is_answered_with_a_step() -> None:
    scenario = _scenario("second-meeting")
    replies = _replies("second-meeting",
                       "Hi Priya. No need to apologise. Before we get to the fix, how are you "
                       "doing?",
                       "It sounds like the last two weeks have been harder than you've let on. "
                       "Is that fair to say?",
                       "What's changed since we made the plan?",
                       "So the plan was built for the hospital, and now you're caring for your "
                       "dad in the day. Did I get that right?",
                       "What would make the work fit around him for a while?")
    assert replies[-1] in scenario.lines.answers.step, replies[-1]


# --- a turn with no tip in it is not answered as a tip ---------------------------------------

def _coded(*moves: Code, mood: str = "guarded"):  # type: ignore[no-untyped-def]
    from roleplay.domain.mind import Mood, TraceEntry

    return TraceEntry(turn=5, moves=moves, trust_before=40, defensiveness_before=30,
                      openness_before=30, trust=40, defensiveness=30, openness=30, revealed=(),
                      mood=Mood(mood), reply_key="reaction", reaction=Code.ADVICE)


@pytest.mark.parametrize(("said", "moves", "kind"), [
    ("Wednesday 21st October, your SQL workshop for the four new analysts: all four gave it five "
     "out of five, and two asked for a follow-up. That don't happen by accident.",
     (Code.ADVICE, Code.AFFIRMATION, Code.OBSERVATION), "observation"),
    ("Take your time. On the radio we used to be scared of dead air, but in here I'm happy "
     "with it.", (Code.ADVICE,), "mood"),
])
def test_a_turn_coded_advice_with_no_tip_in_it_is_not_answered_as_a_tip(
        said: str, moves: tuple[Code, ...], kind: str) -> None:
    from roleplay.persona.offline import reply_lines

    scenario = _scenario("career-conversation")
    lines, entry, _ = reply_lines(scenario, _coded(*moves), said)
    assert not set(lines[:3]) & set(scenario.lines.reactions.advice), lines[:3]
    if kind == "observation":
        assert lines[0] in scenario.lines.reactions.observation, lines[0]
    else:
        assert entry.reaction is None and entry.reply_key == "guarded", entry


def test_a_tip_is_still_answered_as_one() -> None:
    from roleplay.persona.offline import reply_lines

    scenario = _scenario("career-conversation")
    lines, _, _ = reply_lines(scenario, _coded(Code.ADVICE),
                              "Maybe you could look at the team lead role again.")
    assert lines[0] in scenario.lines.reactions.advice, lines[0]


# --- a quoted word or a month names no event -------------------------------------------------

def test_a_quoted_word_or_a_month_raises_no_event() -> None:
    from roleplay.persona.scenario_words import unraised_words

    scenario = _scenario("brilliant-jerk")
    # "QA stands for Quietly Asleep" is what Theo said, not the retro's name; October is a month
    unraised = unraised_words(scenario, "Before anything else: in October you did great work, "
                                        "and nobody else could have done it. That stands.")
    assert {"retro", "amara", "indexing"} <= unraised, unraised


# --- "or not really" is the no said for them --------------------------------------------------

def test_or_not_really_asks_yes_or_no() -> None:
    from roleplay.persona.answering import Form

    question = read_question("So, do you know what you want to do next, or not really?")
    assert question.form == Form.YES_NO, question
