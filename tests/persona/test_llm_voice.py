"""The LLM voice over a scripted chat model: streaming, checks, regeneration, fallback, faults,
and what the session engine stores in each case."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.domain.scenario import Scenario
from roleplay.engine import ReplyFailed, SessionEngine
from roleplay.persona.checks import Problem
from roleplay.persona.fakes import Cut, ScriptedChatModel
from roleplay.persona.offline import candidate_lines
from roleplay.persona.prompt import CORRECTIONS
from roleplay.persona.voice import LLMVoice, ReplyReport
from roleplay.ports.chat import ChatError, ChatErrorKind, RetryPolicy
from roleplay.ports.persona import VoiceError
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.storage.sqlite import SqliteSessionStore

QUESTION = "How have the last few sprints felt from your side?"


class Sleeps:
    """Records the backoff delays instead of waiting."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def engine_with(tmp_path: Path, scenario: Scenario, model: ScriptedChatModel,
                **kwargs: object) -> tuple[SessionEngine, LLMVoice, SqliteSessionStore]:
    store = SqliteSessionStore(tmp_path / "roleplay.sqlite3")
    voice = LLMVoice(model, sleep=Sleeps(), **kwargs)  # type: ignore[arg-type]
    engine = SessionEngine.start(store, RuleBasedCoder(), voice, scenario)
    return engine, voice, store


def reply(engine: SessionEngine, line: str = QUESTION) -> tuple[str, list[str]]:
    if not engine.awaiting_reply:
        engine.manager_says(line)
    chunks: list[str] = []
    turn = engine.report_reply(on_chunk=chunks.append)
    return turn.text, chunks


def report(voice: LLMVoice) -> ReplyReport:
    assert voice.last_report is not None
    return voice.last_report


def test_reply_streams_checked_sentences_and_is_stored(tmp_path: Path, priya: Scenario) -> None:
    model = ScriptedChatModel(["I know the dates slipped. The estimates weren't great."])
    engine, voice, store = engine_with(tmp_path, priya, model)
    text, chunks = reply(engine)
    assert chunks == ["I know the dates slipped.", " The estimates weren't great."]
    assert text == "I know the dates slipped. The estimates weren't great."
    stored = store.get(engine.session.id).turns[-1]
    assert (stored.speaker, stored.text, stored.source) == ("report", text, "llm")
    assert report(voice) == ReplyReport(outcome="llm", generations=1, sentences=2)
    (call,) = model.calls
    assert call.messages[-1].content == QUESTION
    assert "You are Priya Raman" in call.system
    assert engine.session.voice == "LLM scripted model (no network)"


def test_own_name_label_is_dropped(tmp_path: Path, priya: Scenario) -> None:
    engine, _, _ = engine_with(tmp_path, priya, ScriptedChatModel(["Priya: Okay. Fine."]))
    assert reply(engine)[0] == "Okay. Fine."


@pytest.mark.parametrize(("bad", "problem"), [
    ("Manager: What happened?", Problem.MANAGER_LINES),
    ("*sighs* Priya looks away.", Problem.THIRD_PERSON),
    ("1. Listen first. 2. Ask questions.", Problem.NUMBERED_ADVICE),
    ("As an AI language model, I cannot attend meetings.", Problem.ASSISTANT),
    ("My dad had a stroke and I'm at the hospital every night.", Problem.LEAK),
])
def test_a_bad_first_sentence_is_regenerated_with_a_corrective_instruction(
    tmp_path: Path, priya: Scenario, bad: str, problem: Problem
) -> None:
    model = ScriptedChatModel([bad + " And then more.", "It's been a busy few weeks, that's all."])
    engine, voice, _ = engine_with(tmp_path, priya, model)
    text, chunks = reply(engine)
    assert text == "It's been a busy few weeks, that's all."
    assert chunks == [text]
    first, second = model.calls
    assert CORRECTIONS[problem].format(first="Priya") in second.system
    assert CORRECTIONS[problem].format(first="Priya") not in first.system
    assert [f.problem for f in report(voice).findings] == [problem]
    assert model.cancelled == 1  # the bad stream was closed, not read to the end


def test_an_empty_reply_is_regenerated(tmp_path: Path, priya: Scenario) -> None:
    model = ScriptedChatModel(["...", "Okay."])
    engine, voice, _ = engine_with(tmp_path, priya, model)
    assert reply(engine)[0] == "Okay."
    assert [f.problem for f in report(voice).findings] == [Problem.EMPTY]
    assert CORRECTIONS[Problem.EMPTY] in model.calls[1].system


def test_two_bad_attempts_fall_back_to_the_offline_line(tmp_path: Path, priya: Scenario) -> None:
    model = ScriptedChatModel(["Manager: Go on.", "As an AI, I can't."])
    engine, voice, _ = engine_with(tmp_path, priya, model)
    text, _ = reply(engine)
    assert text in candidate_lines(priya, engine.session.persona_trace[-1])
    rep = report(voice)
    assert rep.outcome == "fallback"
    assert [f.problem for f in rep.findings] == [Problem.MANAGER_LINES, Problem.ASSISTANT]
    assert len(model.calls) == 2


def test_a_bad_later_sentence_ends_the_reply_after_the_good_ones(
    tmp_path: Path, priya: Scenario
) -> None:
    model = ScriptedChatModel(["It's fine. I'm handling it. Manager: Are you sure? Yes. I am."])
    engine, voice, _ = engine_with(tmp_path, priya, model)
    text, chunks = reply(engine)
    assert chunks == ["It's fine.", " I'm handling it."]
    assert text == "It's fine. I'm handling it."
    rep = report(voice)
    assert rep.truncated and rep.findings[0].problem == Problem.MANAGER_LINES
    assert model.cancelled == 1 and len(model.calls) == 1


def test_replies_stop_after_four_sentences(tmp_path: Path, priya: Scenario) -> None:
    model = ScriptedChatModel(["One. Two. Three. Four. Five. Six."])
    engine, _, _ = engine_with(tmp_path, priya, model)
    assert reply(engine)[0] == "One. Two. Three. Four."
    assert model.cancelled == 1


def test_a_sentence_cut_by_max_tokens_is_dropped(tmp_path: Path, priya: Scenario) -> None:
    model = ScriptedChatModel(["I know. The estimates were"], finish_reason="length")
    engine, voice, _ = engine_with(tmp_path, priya, model)
    assert reply(engine)[0] == "I know."
    assert report(voice).truncated


@pytest.mark.parametrize("kind", [ChatErrorKind.CONNECTION, ChatErrorKind.TIMEOUT,
                                  ChatErrorKind.SERVER, ChatErrorKind.BAD_RESPONSE])
def test_retryable_faults_before_any_words_are_retried_with_backoff(
    tmp_path: Path, priya: Scenario, kind: ChatErrorKind
) -> None:
    model = ScriptedChatModel([ChatError(kind, "down"), ChatError(kind, "down"), "Okay."])
    engine, voice, _ = engine_with(tmp_path, priya, model)
    assert reply(engine)[0] == "Okay."
    assert report(voice).retries == 2
    sleeps = voice._sleep
    assert isinstance(sleeps, Sleeps) and sleeps.delays == [0.5, 1.0]


def test_rate_limit_waits_as_long_as_the_server_asks_within_a_cap(
    tmp_path: Path, priya: Scenario
) -> None:
    limited = ChatError(ChatErrorKind.RATE_LIMITED, "busy", status=429, retry_after=3)
    too_long = ChatError(ChatErrorKind.RATE_LIMITED, "busy", status=429, retry_after=600)
    model = ScriptedChatModel([limited, too_long, "Okay."])
    engine, voice, _ = engine_with(tmp_path, priya, model)
    assert reply(engine)[0] == "Okay."
    assert voice._sleep.delays == [3.0, 8.0]  # type: ignore[attr-defined]


def test_a_cut_before_any_sentence_was_released_is_retried(
    tmp_path: Path, priya: Scenario
) -> None:
    model = ScriptedChatModel([Cut("I kn"), "I know."])
    engine, voice, _ = engine_with(tmp_path, priya, model)
    assert reply(engine)[0] == "I know."
    assert report(voice).retries == 1


def test_faults_that_persist_fail_the_reply_and_keep_the_manager_turn(
    tmp_path: Path, priya: Scenario
) -> None:
    down = ChatError(ChatErrorKind.CONNECTION, "no LLM server is answering at http://x/v1")
    model = ScriptedChatModel([down, down, down, "Sorry, I was miles away."])
    engine, _, store = engine_with(tmp_path, priya, model, retry=RetryPolicy(attempts=3))
    engine.manager_says(QUESTION)
    with pytest.raises(ReplyFailed) as caught:
        engine.report_reply()
    assert caught.value.retryable
    assert "no LLM server is answering" in caught.value.message
    assert "tried 3 times" in caught.value.message
    saved = store.get(engine.session.id)
    assert [t.speaker for t in saved.turns] == ["report", "manager"]
    assert engine.awaiting_reply
    # the retry action: ask again, and this time it works
    assert engine.report_reply().text == "Sorry, I was miles away."
    assert [t.speaker for t in store.get(engine.session.id).turns] == [
        "report", "manager", "report"]


def test_a_stream_cut_after_words_were_shown_stores_nothing(
    tmp_path: Path, priya: Scenario
) -> None:
    model = ScriptedChatModel([Cut("I know the dates slipped. The estim"), "Okay."])
    engine, _, store = engine_with(tmp_path, priya, model)
    engine.manager_says(QUESTION)
    shown: list[str] = []
    with pytest.raises(ReplyFailed) as caught:
        engine.report_reply(on_chunk=shown.append)
    assert shown == ["I know the dates slipped."]
    assert caught.value.partial == "I know the dates slipped."
    assert caught.value.retryable and "cut off" in caught.value.message
    assert [t.speaker for t in store.get(engine.session.id).turns] == ["report", "manager"]
    assert engine.report_reply().text == "Okay."


@pytest.mark.parametrize("kind", [ChatErrorKind.AUTH, ChatErrorKind.NOT_FOUND,
                                  ChatErrorKind.BAD_REQUEST])
def test_non_retryable_faults_fail_at_once(
    tmp_path: Path, priya: Scenario, kind: ChatErrorKind
) -> None:
    model = ScriptedChatModel([ChatError(kind, "the LLM server rejected the API key")])
    engine, _, _ = engine_with(tmp_path, priya, model)
    engine.manager_says(QUESTION)
    with pytest.raises(ReplyFailed) as caught:
        engine.report_reply()
    assert not caught.value.retryable
    assert len(model.calls) == 1


def test_abandoning_the_reply_cancels_the_stream(priya: Scenario) -> None:
    from roleplay.domain.codes import Code, Primary, TurnCoding
    from roleplay.domain.mind import PersonaMind
    from roleplay.domain.session import Turn
    from roleplay.ports.persona import ReplyRequest

    mind = PersonaMind(priya)
    mind.observe(1, TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.OPEN_QUESTION})))
    request = ReplyRequest(scenario=priya, trace=tuple(mind.trace), turns=(
        Turn(index=0, speaker="report", text=priya.opening.report_line),
        Turn(index=1, speaker="manager", text=QUESTION)))
    model = ScriptedChatModel(["One. Two. Three."])
    chunks = LLMVoice(model).reply(request)
    assert next(chunks) == "One."
    chunks.close()  # type: ignore[attr-defined]
    assert model.cancelled == 1


def test_voice_error_is_what_the_port_promises(priya: Scenario) -> None:
    assert issubclass(VoiceError, Exception)
    voice = LLMVoice(ScriptedChatModel())
    assert voice.kind == "llm"
    assert voice.description.startswith("LLM ")
