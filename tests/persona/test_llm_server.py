"""Integration: the real `openai` client against a real OpenAI-compatible server process
(llama-cpp-python with Gemma 3 270M, a base model), directly and through a fault-injecting
proxy. These assert protocol behaviour, streaming, fallbacks, faults and cancellation, never the
wording of the model's replies.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel

from roleplay.app.config import AppConfig, LLMConfig
from roleplay.app.llm_setup import select_voice
from roleplay.engine import ReplyFailed, SessionEngine
from roleplay.llm.chat_model import OpenAIChatModel, OpenAIStream
from roleplay.llm.client import message_dicts
from roleplay.llm.endpoint import check_endpoint
from roleplay.llm.structured import StructuredMode, StructuredOutput
from roleplay.persona.voice import LLMVoice
from roleplay.ports.chat import ChatError, ChatErrorKind, ChatMessage, ChatOptions
from roleplay.scenarios.loader import load_scenario
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import BUNDLED, Fault, FaultProxy, LlamaServer

pytestmark = [pytest.mark.llm_server, pytest.mark.slow]

SHORT = [ChatMessage(role="system", content="You are Priya, an engineer."),
         ChatMessage(role="user", content="How have the last few sprints felt from your side?")]
FEW = ChatOptions(temperature=0, max_tokens=8)
GEMMA_EOS = {"1": -100, "106": -100}  # <eos>, <end_of_turn>: keep it talking


def chat(url: str, model: str, timeout_s: float = 60.0) -> OpenAIChatModel:
    """A client for the test server; the base model may not end before max_tokens."""
    return OpenAIChatModel(base_url=url, model=model, label="llama.cpp", timeout_s=timeout_s,
                           extra_body={"logit_bias": GEMMA_EOS})


def voice_for(url: str, model: str, sleeps: list[float] | None = None) -> LLMVoice:
    record = sleeps if sleeps is not None else []
    return LLMVoice(chat(url, model), temperature=0.7, max_tokens=24, sleep=record.append)


def test_check_lists_the_model_and_streams_a_test_reply(llama_server: LlamaServer) -> None:
    result = check_endpoint(llama_server.base_url, model=llama_server.model)
    assert result.ok, result.message
    assert result.models == (llama_server.model,)
    unknown = check_endpoint(llama_server.base_url, model="llama3.2")
    assert unknown.problem == "unknown_model"
    assert f"It has: {llama_server.model}" in unknown.message


def test_tokens_stream_in_several_chunks(llama_server: LlamaServer, proxy: FaultProxy) -> None:
    stream = chat(proxy.url, llama_server.model).stream(
        SHORT, ChatOptions(temperature=0, max_tokens=12))
    chunks = list(stream)
    assert len(chunks) >= 2
    assert stream.finish_reason in ("stop", "length")
    (request,) = proxy.chat_requests()
    assert request.body is not None
    assert request.body["stream"] is True
    assert request.body["model"] == llama_server.model
    assert request.body["max_tokens"] == 12
    assert request.body["messages"] == [m.model_dump() for m in SHORT]


def test_json_schema_is_refused_and_json_object_with_schema_works(
    llama_server: LlamaServer, proxy: FaultProxy
) -> None:
    class Feeling(BaseModel):
        mood: Literal["calm", "tense", "angry"]
        trust: Literal[1, 2, 3]

    out = StructuredOutput(chat(proxy.url, llama_server.model).client, llama_server.model)
    value = out.complete([ChatMessage(role="user", content="How does Priya feel?")], Feeling,
                         max_tokens=40)
    assert isinstance(value, Feeling)
    assert out.mode == StructuredMode.JSON_OBJECT
    formats = [r.body["response_format"]["type"] for r in proxy.chat_requests() if r.body]
    assert formats[:2] == ["json_schema", "json_object"]
    second = proxy.chat_requests()[1].body
    assert second is not None
    assert second["response_format"]["schema"] == Feeling.model_json_schema()


@pytest.mark.parametrize(("fault", "kind"), [
    (Fault("status", status=429, retry_after="1"), ChatErrorKind.RATE_LIMITED),
    (Fault("status", status=500), ChatErrorKind.SERVER),
    (Fault("status", status=503), ChatErrorKind.SERVER),
    (Fault("drop"), ChatErrorKind.CONNECTION),
    (Fault("end", after_events=1), ChatErrorKind.CUT),
    (Fault("cut", after_events=1), ChatErrorKind.CUT),
    (Fault("garbage", body=b"data: {oops\n\n", content_type="text/event-stream"),
     ChatErrorKind.BAD_RESPONSE),
])
def test_each_fault_is_a_chat_error_and_the_next_call_works(
    llama_server: LlamaServer, proxy: FaultProxy, fault: Fault, kind: ChatErrorKind
) -> None:
    model = chat(proxy.url, llama_server.model)
    proxy.push(fault)
    with pytest.raises(ChatError) as caught:
        list(model.stream(SHORT, FEW))
    assert caught.value.kind == kind
    assert caught.value.retryable
    assert "".join(model.stream(SHORT, FEW)) is not None  # the fault was one-off


def test_a_server_that_does_not_answer_times_out(
    llama_server: LlamaServer, proxy: FaultProxy
) -> None:
    proxy.push(Fault("hold"))
    with pytest.raises(ChatError) as caught:
        list(chat(proxy.url, llama_server.model, timeout_s=0.5).stream(SHORT, FEW))
    assert caught.value.kind == ChatErrorKind.TIMEOUT


def test_refused_connection_and_html_pages_are_named(llama_server: LlamaServer) -> None:
    proxy = FaultProxy(llama_server.base_url.removesuffix("/v1")).start()
    url = proxy.url
    proxy.push(Fault("garbage", path="/models"))
    try:
        assert check_endpoint(url, model=llama_server.model).problem == "wrong_url"
    finally:
        proxy.stop()
    refused = check_endpoint(url, model=llama_server.model, timeout_s=2)
    assert refused.problem == "no_server"


def test_closing_a_stream_cancels_the_request(
    llama_server: LlamaServer, proxy: FaultProxy
) -> None:
    model = chat(proxy.url, llama_server.model)
    raw = model.client.chat.completions.create(
        model=llama_server.model, messages=message_dicts(SHORT),  # type: ignore[arg-type]
        stream=True, max_tokens=400, logit_bias=GEMMA_EOS,
    )
    stream = OpenAIStream(raw, url=proxy.url, api_key=None)
    next(stream)
    next(stream)
    stream.close()
    assert proxy.client_gone.wait(60), "the proxy never saw the client go away"
    assert list(stream) == []
    assert "".join(model.stream(SHORT, FEW)) is not None  # the server still answers


def test_voice_retries_faults_then_replies_and_the_engine_stores_it(
    tmp_path: Path, llama_server: LlamaServer, proxy: FaultProxy
) -> None:
    scenario = load_scenario(BUNDLED / "missed-deadlines.yaml")
    sleeps: list[float] = []
    store = SqliteSessionStore(tmp_path / "roleplay.sqlite3")
    engine = SessionEngine.start(store, RuleBasedCoder(),
                                 voice_for(proxy.url, llama_server.model, sleeps), scenario)
    proxy.push(Fault("status", status=429, retry_after="2"), Fault("drop"))
    engine.manager_says("How have the last few sprints felt from your side?")
    chunks: list[str] = []
    turn = engine.report_reply(on_chunk=chunks.append)
    assert sleeps == [2.0, 1.0]
    assert turn.text and turn.source == "llm"
    assert " ".join("".join(chunks).split()) == turn.text
    assert store.get(engine.session.id).turns[-1] == turn
    first = proxy.chat_requests()[0].body
    assert first is not None and first["stream"] is True
    assert first["messages"][0]["role"] == "system"
    assert "You are Priya Raman" in first["messages"][0]["content"]
    assert first["messages"][-1]["content"] == "How have the last few sprints felt from your side?"


def test_a_reply_cut_mid_stream_is_not_stored_and_can_be_retried(
    tmp_path: Path, llama_server: LlamaServer, proxy: FaultProxy
) -> None:
    scenario = load_scenario(BUNDLED / "missed-deadlines.yaml")
    store = SqliteSessionStore(tmp_path / "roleplay.sqlite3")
    voice = voice_for(proxy.url, llama_server.model)
    voice.retry = voice.retry.model_copy(update={"attempts": 1})
    engine = SessionEngine.start(store, RuleBasedCoder(), voice, scenario)
    proxy.push(Fault("cut", after_events=3))
    engine.manager_says("What's been going on?")
    with pytest.raises(ReplyFailed) as caught:
        engine.report_reply()
    assert caught.value.retryable
    assert [t.speaker for t in store.get(engine.session.id).turns] == ["report", "manager"]
    turn = engine.report_reply()  # the retry action
    assert [t.speaker for t in store.get(engine.session.id).turns] == [
        "report", "manager", "report"]
    assert store.get(engine.session.id).turns[-1].text == turn.text


def test_rewind_with_the_real_server_stores_both_attempts(
    tmp_path: Path, llama_server: LlamaServer
) -> None:
    scenario = load_scenario(BUNDLED / "missed-deadlines.yaml")
    store = SqliteSessionStore(tmp_path / "roleplay.sqlite3")
    voice = voice_for(llama_server.base_url, llama_server.model)
    engine = SessionEngine.start(store, RuleBasedCoder(), voice, scenario)
    engine.manager_says("You're just unreliable at the moment.")
    engine.report_reply()
    first = engine.end()
    attempt = engine.rewind(1)
    attempt.manager_says("How have the last few sprints felt from your side?")
    attempt.report_reply()
    second = store.get(attempt.session.id)
    assert second.parent_id == first.id and second.fork_turn == 1
    assert [t.speaker for t in second.turns] == ["report", "manager", "report"]
    assert second.persona_trace[0].trust > first.persona_trace[0].trust
    assert store.get(first.id).turns == first.turns
    assert [s.id for s in store.attempts(first.id)] == [first.id, second.id]


def test_text_mode_practice_against_the_real_server(
    tmp_path: Path, llama_server: LlamaServer, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    import roleplay.cli.practice as practice
    from roleplay.cli.main import main

    def make_voice(config: AppConfig, offline: bool = False) -> tuple[object, str]:
        cfg = config.model_copy(update={"llm": config.llm.model_copy(update={
            "base_url": llama_server.base_url, "model": llama_server.model})})
        voice, _ = select_voice(cfg, offline=offline, environ={})
        assert isinstance(voice, LLMVoice)
        voice.options = voice.options.model_copy(update={"max_tokens": 24})
        return voice, "test server"

    monkeypatch.setattr(practice, "make_voice_with_notice", make_voice)
    lines = "How have the last few sprints felt?\nWhat got in the way?\n/end\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    code = main(["--data-dir", str(tmp_path), "practice", "missed-deadlines", "--text", "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    session = json.loads(out.out)
    assert session["voice"].startswith(f"LLM {llama_server.model} via OpenAI-compatible server")
    assert [t["speaker"] for t in session["turns"]] == ["report"] + ["manager", "report"] * 2
    assert all(t["source"] == "llm" and t["text"] for t in session["turns"][2::2])
    assert "Priya: " in out.err


def test_configured_unreachable_server_at_start_up_uses_offline(tmp_path: Path) -> None:
    cfg = AppConfig(data_dir=tmp_path, llm=LLMConfig(base_url="http://127.0.0.1:9/v1",
                                                     model="m"))
    voice, notice = select_voice(cfg, environ={})
    assert voice.kind == "offline" and "No server is answering" in notice
