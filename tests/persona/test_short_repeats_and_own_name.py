"""What the persona harness found the voice's checks let through (issue 17, item 3): a short
reply said again ("Hi." to every silence) and the report greeting itself ("Hi Priya.").
Checked on their own and through the LLM voice, which regenerates, then falls back."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.domain.scenario import Scenario
from roleplay.persona.answering import read_question
from roleplay.persona.checks import Problem, check_reply
from roleplay.persona.fakes import ScriptedChatModel
from roleplay.persona.prompt import CORRECTIONS
from roleplay.persona.reply_rules import Rule, answers_form, judge_reply

from .test_checks import request_for
from .test_llm_voice import engine_with, reply, report


def test_a_short_reply_said_before_is_a_repeat_only_as_a_whole_reply(priya: Scenario) -> None:
    request = request_for(priya, said=("Hi.", "No."))
    assert [f.problem for f in check_reply(request, "Hi.")] == [Problem.REPEAT]
    assert [f.problem for f in check_reply(request, "no")] == [Problem.REPEAT]
    assert check_reply(request, "Hi. I wasn't sure you'd want to meet.") == []
    assert check_reply(request, "Hello.") == []


@pytest.mark.parametrize("reply_text", ["Hi Priya.", "Thanks, Priya, I hear you.",
                                        "Priya thinks it's unfair."])
def test_the_report_saying_their_own_name_is_the_managers_line(
        priya: Scenario, reply_text: str) -> None:
    problems = [f.problem for f in check_reply(request_for(priya), reply_text)]
    assert problems and problems[0] in (Problem.MANAGER_LINES, Problem.THIRD_PERSON)


def test_introducing_themself_is_fine(priya: Scenario) -> None:
    assert check_reply(request_for(priya), "I'm Priya, by the way. We met at onboarding.") == []


def test_the_voice_regenerates_a_repeated_short_reply_then_falls_back(
        tmp_path: Path, priya: Scenario) -> None:
    model = ScriptedChatModel(["Hi.", "Hi.", "Hi.", "I don't know what you want me to say."])
    engine, voice, _ = engine_with(tmp_path, priya, model)
    assert reply(engine, "...")[0] == "Hi."
    assert report(voice).outcome == "llm"
    text, _ = reply(engine, "Take your time.")  # "Hi." again, twice: the offline line instead
    assert text != "Hi."
    assert report(voice).outcome == "fallback"
    assert [f.problem for f in report(voice).findings] == [Problem.REPEAT, Problem.REPEAT]
    assert CORRECTIONS[Problem.REPEAT] in model.calls[2].system


@pytest.mark.parametrize("again", ["Hi.\n\n", "Hi.\n\n...", "Hi. ...", "Hi.\n*", "Hi. "])
def test_a_short_repeat_followed_by_nothing_speakable_is_caught_too(
        tmp_path: Path, priya: Scenario, again: str) -> None:
    model = ScriptedChatModel(["Hi.", again, "Hi. Sorry, I was miles away."])
    engine, voice, _ = engine_with(tmp_path, priya, model)
    assert reply(engine, "Hi Priya.")[0] == "Hi."
    text, chunks = reply(engine, "...")  # "Hi." again, then "Hi." with more to say: fine
    assert text == "Hi. Sorry, I was miles away."
    assert chunks == ["Hi.", " Sorry, I was miles away."]
    assert [f.problem for f in report(voice).findings] == [Problem.REPEAT]


@pytest.mark.parametrize("again", ["Hi. Manager: Go on.", "Hi.\nManager: Go on."])
def test_a_short_repeat_whose_next_sentence_is_rejected_is_a_repeat(
        tmp_path: Path, priya: Scenario, again: str) -> None:
    model = ScriptedChatModel(["Hi.", again, "Sorry. I was miles away."])
    engine, voice, _ = engine_with(tmp_path, priya, model)
    assert reply(engine, "Hi Priya.")[0] == "Hi."
    assert reply(engine, "Take your time.")[0] == "Sorry. I was miles away."  # not "Hi." again
    assert [f.problem for f in report(voice).findings] == [Problem.REPEAT]


def test_the_voice_regenerates_a_greeting_by_the_reports_own_name(
        tmp_path: Path, priya: Scenario) -> None:
    model = ScriptedChatModel(["Hi Priya.", "Hi. I wasn't expecting this meeting."])
    engine, voice, _ = engine_with(tmp_path, priya, model)
    assert reply(engine, "...")[0] == "Hi. I wasn't expecting this meeting."
    assert [f.problem for f in report(voice).findings] == [Problem.MANAGER_LINES]


def test_the_harness_takes_a_plain_refusal_as_an_answer_to_an_either_or(priya: Scenario) -> None:
    request = request_for(priya)
    manager = request.turns[-1].model_copy(update={"text": "Is it the deadlines, or the team?"})
    request = request.model_copy(update={"turns": (*request.turns[:-1], manager)})
    verdict = judge_reply(request, "I'm not answering that. Why is it just me?")
    assert verdict.answers_form is True and Rule.FORM not in verdict.broken


@pytest.mark.parametrize(("question", "reply", "ok"), [
    ("is it the deadlines or the way the work is planned", "I am thinking about the deadline.",
     True),  # one of the options, in the singular
    ("Would a lighter week help, or more time on the estimates?", "The estimate, honestly.", True),
    ("Do you think the estimates were fair?", "I was wrong about them.", True),
    ("Do you think the estimates were fair?", "The migration ate two weeks.", False),
])
def test_answers_in_other_words_found_in_the_270m_run(
        priya: Scenario, question: str, reply: str, ok: bool) -> None:
    assert answers_form(read_question(question), reply, priya) is ok
