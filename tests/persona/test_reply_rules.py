"""The persona evaluation rules (roleplay.persona.reply_rules) catch each failure on a made-up
bad reply and pass the scenario's own lines, given the real engine's request for the turn."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from roleplay.domain.mind import ROOT_CAUSE
from roleplay.domain.scenario import Scenario
from roleplay.engine import SessionEngine
from roleplay.persona.answering import Form, read_question
from roleplay.persona.offline import OfflineVoice
from roleplay.persona.reply_rules import (
    Rule,
    answers_form,
    judge_reply,
    max_words,
)
from roleplay.ports.persona import ReplyRequest
from roleplay.scoring.coder import default_coder
from roleplay.storage.sqlite import SqliteSessionStore


@pytest.fixture
def engine(priya: Scenario, tmp_path: Path) -> Iterator[SessionEngine]:
    store = SqliteSessionStore(tmp_path / "sessions.db")
    try:
        yield SessionEngine.start(store, default_coder(), OfflineVoice(), priya)
    finally:
        store.close()


def _request(engine: SessionEngine, *lines: str) -> ReplyRequest:
    for i, line in enumerate(lines):
        engine.manager_says(line)
        if i < len(lines) - 1:
            engine.report_reply()
    return engine.reply_request()


@pytest.mark.parametrize(("question", "reply", "ok"), [
    ("Is it the migration, the support rota, or something else?", "The migration, mostly.", True),
    ("Is it the migration, the support rota, or something else?", "Yes.", False),
    ("is it the workload or something about me", "Neither, really.", True),
    ("is it the workload or something about me", "It's my workload.", True),
    ("Is everything okay?", "No. It's been a hard few weeks.", True),
    ("Is everything okay?", "Yeah, mostly.", True),
    ("Is everything okay?", "The estimates were unrealistic.", False),
    ("What's been going on?", "Yes.", False),
    ("What's been going on?", "The migration ate two weeks.", True),
])
def test_answers_the_question_form(priya: Scenario, question: str, reply: str, ok: bool) -> None:
    assert answers_form(read_question(question), reply, priya) is ok


def test_a_statement_asks_nothing(priya: Scenario) -> None:
    assert answers_form(read_question("Take your time."), "Okay.", priya) is None


def test_each_rule_catches_its_failure(engine: SessionEngine) -> None:
    request = _request(engine, "Hi Priya, thanks for coming in.", "How have things been?")
    assert ROOT_CAUSE not in request.entry.revealed

    def broken(reply: str) -> set[Rule]:
        return set(judge_reply(request, reply).broken)

    assert broken("The migration ate two weeks nobody planned for.") == set()
    assert Rule.CHARACTER in broken("Priya sighs and looks at the floor.")
    assert Rule.CHARACTER in broken("As an AI, I cannot feel stressed.")
    assert Rule.CHARACTER in broken("Hi Priya.")
    assert Rule.CHARACTER in broken("No, because it was a yes/no question.")
    assert Rule.CHARACTER not in broken("I'm Priya, and I know the dates slipped.")
    assert Rule.INVENTED in broken("My union rep said I should talk to Gerald about it.")
    assert Rule.INVENTED in broken("I missed 17 deadlines.")
    assert Rule.DISCLOSURE in broken("My father is in hospital.")
    assert Rule.PLAN in broken("Let's check in every Tuesday and I'll ship it by Monday.")
    assert Rule.PLAN in broken("1. Set clear goals.")
    assert Rule.PLAN in broken("Manager: So what will you do?")
    assert Rule.LENGTH in broken(" ".join(["It has been long."] * 7))
    assert Rule.LENGTH in broken("word " * (max_words(request.scenario) + 1))
    said_before = next(t.text for t in request.turns if t.speaker == "report")
    assert Rule.REPEAT in broken(said_before)


def test_disclosure_is_fine_once_the_mind_allows_it(engine: SessionEngine) -> None:
    request = _request(engine, "How have things been?")
    unlocked = request.entry.model_copy(update={"revealed": (ROOT_CAUSE,)})
    allowed = request.model_copy(update={"trace": (*request.trace[:-1], unlocked)})
    assert Rule.DISCLOSURE not in judge_reply(allowed, "My dad had a stroke.").broken


def test_a_step_with_a_date_when_asked_for_one_is_not_writing_the_plan(
    engine: SessionEngine,
) -> None:
    request = _request(engine, "What could you do first, and by when?")
    verdict = judge_reply(request, "I could get the retry fix finished by Friday.")
    assert verdict.form == Form.OPEN
    assert Rule.PLAN not in verdict.broken


def test_a_day_the_manager_named_is_not_a_new_date(engine: SessionEngine) -> None:
    request = _request(engine, "do you think you could get it done by next friday")
    assert Rule.PLAN not in judge_reply(request, "Yes, I can do it on Friday.").broken
    assert Rule.PLAN in judge_reply(request, "Yes, and we'll review it on Tuesday.").broken
