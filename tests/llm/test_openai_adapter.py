"""The real `openai` client against an in-process httpx.MockTransport: requests and faults."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from pydantic import BaseModel

from roleplay.llm.chat_model import OpenAIChatModel
from roleplay.llm.endpoint import LocalServer, check_endpoint, probe_local
from roleplay.llm.structured import StructuredMode, StructuredOutput
from roleplay.ports.chat import ChatError, ChatErrorKind, ChatMessage, ChatOptions

BASE = "http://llm.test/v1"
KEY = "sk-test-SECRET-0123456789abcdef"
MESSAGES = [ChatMessage(role="system", content="You are Priya."),
            ChatMessage(role="user", content="How are things?")]
OPTIONS = ChatOptions(temperature=0.3, max_tokens=50, stop=("\nManager:",))

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that records requests and answers from a list of responders."""

    def __init__(self, *responders: Handler) -> None:
        self.responders = list(responders)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        responder = self.responders.pop(0) if len(self.responders) > 1 else self.responders[0]
        return responder(request)

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(r.content) for r in self.requests if r.content]


def chunk(content: str | None = None, finish: str | None = None) -> dict[str, Any]:
    delta = {} if content is None else {"content": content}
    return {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


def sse_bytes(events: list[dict[str, Any]], done: bool = True) -> list[bytes]:
    out = [f"data: {json.dumps(e)}\n\n".encode() for e in events]
    return out + ([b"data: [DONE]\n\n"] if done else [])


def stream_response(pieces: list[str], *, finish: str = "stop") -> Handler:
    events = [chunk(p) for p in pieces] + [chunk(None, finish)]

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"},
                              content=iter(sse_bytes(events)))
    return respond


def completion(content: str) -> Handler:
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={
            "id": "x", "object": "chat.completion", "created": 1, "model": "m",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content}}]})
    return respond


def status(code: int, message: str = "nope", headers: dict[str, str] | None = None) -> Handler:
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(code, headers=headers or {},
                              json={"error": {"message": message, "type": "x"}})
    return respond


def raising(exc: Exception) -> Handler:
    def respond(request: httpx.Request) -> httpx.Response:
        raise exc
    return respond


def model_for(recorder: Recorder, **kwargs: Any) -> OpenAIChatModel:
    return OpenAIChatModel(base_url=BASE, model="llama3.2", api_key=KEY, label="Test",
                           http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
                           **kwargs)


def collect(model: OpenAIChatModel) -> str:
    return "".join(model.stream(MESSAGES, OPTIONS))


# --- requests ------------------------------------------------------------------------------------


def test_stream_request_carries_model_messages_stream_flag_and_options() -> None:
    rec = Recorder(stream_response(["I know.", " The dates", " slipped."]))
    assert collect(model_for(rec)) == "I know. The dates slipped."
    (request,) = rec.requests
    assert request.url == f"{BASE}/chat/completions"
    assert request.headers["authorization"] == f"Bearer {KEY}"
    body = json.loads(request.content)
    assert body["model"] == "llama3.2"
    assert body["stream"] is True
    assert body["messages"] == [m.model_dump() for m in MESSAGES]
    assert body["temperature"] == 0.3
    assert body["max_tokens"] == 50
    assert body["stop"] == ["\nManager:"]
    assert "response_format" not in body


def test_chunks_arrive_one_by_one_as_the_server_sends_them() -> None:
    rec = Recorder(stream_response(["a", "b", "c"]))
    stream = model_for(rec).stream(MESSAGES, OPTIONS)
    assert next(stream) == "a"
    assert next(stream) == "b"
    stream.close()
    assert list(stream) == []


def test_description_names_model_and_url_but_never_the_key() -> None:
    model = OpenAIChatModel(base_url="http://user:pw@llm.test/v1/", model="m", api_key=KEY,
                            label="Ollama")
    assert model.description == "m via Ollama at http://llm.test/v1"
    assert KEY not in model.description


def test_refused_max_tokens_switches_to_max_completion_tokens_once() -> None:
    rec = Recorder(
        status(400, "Unsupported parameter: 'max_tokens' is not supported with this model."),
        stream_response(["ok."]),
        stream_response(["again."]),
    )
    model = model_for(rec)
    assert collect(model) == "ok."
    assert collect(model) == "again."
    bodies = rec.bodies()
    assert "max_tokens" in bodies[0]
    assert "max_completion_tokens" in bodies[1] and "max_tokens" not in bodies[1]
    assert "max_completion_tokens" in bodies[2]


# --- faults --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("handler", "kind", "retryable"), [
    (status(429, headers={"retry-after": "2"}), ChatErrorKind.RATE_LIMITED, True),
    (status(500), ChatErrorKind.SERVER, True),
    (status(503), ChatErrorKind.SERVER, True),
    (status(401, f"Incorrect API key provided: {KEY[:8]}***{KEY[-4:]}"), ChatErrorKind.AUTH, False),
    (status(404, "model 'llama3.2' not found"), ChatErrorKind.NOT_FOUND, False),
    (status(400, "bad"), ChatErrorKind.BAD_REQUEST, False),
    (raising(httpx.ConnectError("[Errno 111] Connection refused")), ChatErrorKind.CONNECTION,
     True),
    (raising(httpx.ConnectError("[Errno -2] Name or service not known")),
     ChatErrorKind.CONNECTION, True),
    (raising(httpx.ReadTimeout("timed out")), ChatErrorKind.TIMEOUT, True),
    (raising(httpx.RemoteProtocolError("Server disconnected without sending a response.")),
     ChatErrorKind.CONNECTION, True),
])
def test_each_http_fault_becomes_a_plain_chat_error(
    handler: Handler, kind: ChatErrorKind, retryable: bool
) -> None:
    with pytest.raises(ChatError) as caught:
        collect(model_for(Recorder(handler)))
    error = caught.value
    assert error.kind == kind
    assert error.retryable is retryable
    assert KEY not in error.message and KEY[:8] not in error.message
    assert "llm.test" in error.message


def test_rate_limit_carries_retry_after() -> None:
    with pytest.raises(ChatError) as caught:
        collect(model_for(Recorder(status(429, headers={"retry-after": "3"}))))
    assert caught.value.retry_after == 3.0


def test_unknown_host_is_named() -> None:
    with pytest.raises(ChatError) as caught:
        collect(model_for(Recorder(raising(httpx.ConnectError("Name or service not known")))))
    assert "cannot find the host 'llm.test'" in caught.value.message


def _cut_after(pieces: list[str]) -> Handler:
    def body() -> Iterator[bytes]:
        yield from sse_bytes([chunk(p) for p in pieces], done=False)
        raise httpx.RemoteProtocolError("peer closed connection without sending complete "
                                        "message body (incomplete chunked read)")

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body())
    return respond


def test_stream_cut_mid_reply_raises_cut_after_the_chunks_that_arrived() -> None:
    stream = model_for(Recorder(_cut_after(["I know.", " The"]))).stream(MESSAGES, OPTIONS)
    got = [next(stream), next(stream)]
    with pytest.raises(ChatError) as caught:
        next(stream)
    assert got == ["I know.", " The"]
    assert caught.value.kind == ChatErrorKind.CUT
    assert caught.value.retryable


def test_stream_that_ends_without_a_finish_reason_is_cut() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"},
                              content=iter(sse_bytes([chunk("Half a")], done=False)))
    with pytest.raises(ChatError) as caught:
        collect(model_for(Recorder(respond)))
    assert caught.value.kind == ChatErrorKind.CUT


@pytest.mark.parametrize("payload", [
    b"data: {not json\n\n",
    b'data: {"id": "x", "object": "chat.completion.chunk"}\n\n',
])
def test_malformed_stream_is_a_bad_response(payload: bytes) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"},
                              content=iter([payload, b"data: [DONE]\n\n"]))
    with pytest.raises(ChatError) as caught:
        collect(model_for(Recorder(respond)))
    assert caught.value.kind == ChatErrorKind.BAD_RESPONSE
    assert caught.value.retryable


def test_error_event_inside_the_stream_is_a_server_error() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=iter([
            f"data: {json.dumps(chunk('I'))}\n\n".encode(),
            b'data: {"error": {"message": "model crashed"}}\n\n',
        ]))
    with pytest.raises(ChatError) as caught:
        collect(model_for(Recorder(respond)))
    assert caught.value.kind == ChatErrorKind.SERVER


def test_closing_the_stream_early_closes_the_http_response() -> None:
    closed: list[bool] = []

    class Body(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield from sse_bytes([chunk(w) for w in ["one", " two", " three"]])

        def close(self) -> None:
            closed.append(True)

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=Body())
    stream = model_for(Recorder(respond)).stream(MESSAGES, OPTIONS)
    assert next(stream) == "one"
    stream.close()
    assert closed == [True]


# --- structured output ---------------------------------------------------------------------------


class Mood(BaseModel):
    mood: str
    trust: int


def test_structured_prefers_json_schema_and_validates() -> None:
    rec = Recorder(completion('{"mood": "tense", "trust": 40}'))
    model = model_for(rec)
    value = model.structured(MESSAGES, Mood, ChatOptions(temperature=0, max_tokens=80))
    assert value == Mood(mood="tense", trust=40)
    body = rec.bodies()[0]
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["name"] == "Mood"
    assert body["response_format"]["json_schema"]["schema"] == Mood.model_json_schema()
    assert "stream" not in body or body["stream"] is False
    assert "JSON" in body["messages"][0]["content"]


def test_structured_falls_back_to_json_object_with_schema_on_http_500_and_remembers() -> None:
    rec = Recorder(
        status(500, "Input should be 'text' or 'json_object'"),
        completion('```json\n{"mood": "calm", "trust": 60}\n```'),
        completion('{"mood": "open", "trust": 70}'),
    )
    out = StructuredOutput(model_for(rec).client, "llama3.2")
    assert out.complete(MESSAGES, Mood) == Mood(mood="calm", trust=60)
    assert out.mode == StructuredMode.JSON_OBJECT
    assert out.complete(MESSAGES, Mood).trust == 70
    formats = [b["response_format"] for b in rec.bodies()]
    assert formats[0]["type"] == "json_schema"
    assert formats[1] == {"type": "json_object", "schema": Mood.model_json_schema()}
    assert formats[2]["type"] == "json_object"


def test_structured_falls_back_to_prompt_only_when_json_object_is_refused_too() -> None:
    rec = Recorder(status(400, "json_schema unsupported"),
                   status(400, "'response_format.type' must be 'json_schema'"),
                   completion('Sure: {"mood": "wary", "trust": 30}'))
    out = StructuredOutput(model_for(rec).client, "llama3.2")
    assert out.complete(MESSAGES, Mood).mood == "wary"
    assert out.mode == StructuredMode.PROMPT
    assert "response_format" not in rec.bodies()[2]


def test_structured_repairs_one_invalid_answer_then_gives_up_clearly() -> None:
    rec = Recorder(completion('{"mood": "tense"}'), completion('{"mood": "tense", "trust": 5}'))
    out = StructuredOutput(model_for(rec).client, "llama3.2")
    assert out.complete(MESSAGES, Mood).trust == 5
    repair = rec.bodies()[1]["messages"]
    assert repair[-2] == {"role": "assistant", "content": '{"mood": "tense"}'}
    assert "trust" in repair[-1]["content"]

    bad = Recorder(completion("no json here"), completion("still none"))
    with pytest.raises(ChatError) as caught:
        StructuredOutput(model_for(bad).client, "llama3.2").complete(MESSAGES, Mood)
    assert caught.value.kind == ChatErrorKind.BAD_RESPONSE


def test_structured_does_not_fall_back_on_auth_or_rate_limit() -> None:
    rec = Recorder(status(401))
    with pytest.raises(ChatError) as caught:
        StructuredOutput(model_for(rec).client, "m").complete(MESSAGES, Mood)
    assert caught.value.kind == ChatErrorKind.AUTH
    assert len(rec.requests) == 1


def test_structured_malformed_body_is_a_bad_response() -> None:
    rec = Recorder(lambda r: httpx.Response(200, json={"unexpected": True}))
    with pytest.raises(ChatError) as caught:
        StructuredOutput(model_for(rec).client, "m").complete(MESSAGES, Mood)
    assert caught.value.kind == ChatErrorKind.BAD_RESPONSE


# --- endpoint check ------------------------------------------------------------------------------


def models(*names: str) -> Handler:
    return lambda r: httpx.Response(200, json={"object": "list", "data": [
        {"id": n, "object": "model", "created": 0, "owned_by": "me"} for n in names]})


def route(**by_path: Handler) -> Handler:
    def respond(request: httpx.Request) -> httpx.Response:
        for suffix, handler in by_path.items():
            if request.url.path.endswith("/" + suffix.replace("_", "/")):
                return handler(request)
        return httpx.Response(404, json={"error": {"message": "no route"}})
    return respond


def check(handler: Handler, url: str = BASE, model: str | None = "llama3.2",
          key: str | None = KEY) -> Any:
    client = httpx.Client(transport=httpx.MockTransport(handler))
    return check_endpoint(url, model=model, api_key=key, http_client=client)


def test_check_ok_lists_models_and_streams_a_test_reply() -> None:
    result = check(route(models=models("llama3.2:latest", "nomic-embed-text"),
                         chat_completions=stream_response(["Hi"])))
    assert result.ok and result.problem is None
    assert result.models == ("llama3.2:latest", "nomic-embed-text")
    assert "works with model 'llama3.2'" in result.message


def test_check_without_a_model_picks_the_first_chat_model() -> None:
    result = check(route(models=models("nomic-embed-text", "qwen2.5"),
                         chat_completions=stream_response(["Hi"])), model=None)
    assert result.ok and result.model == "qwen2.5"


@pytest.mark.parametrize(("handler", "problem", "words"), [
    (raising(httpx.ConnectError("[Errno 111] Connection refused")), "no_server",
     "No server is answering"),
    (raising(httpx.ConnectTimeout("timed out")), "timeout", "did not answer in time"),
    (status(401, f"bad key {KEY}"), "bad_key", "rejected the API key"),
    (route(), "wrong_url", "not like an OpenAI-compatible API"),
    (lambda r: httpx.Response(200, text="<html>hello</html>"), "wrong_url",
     "not like an OpenAI-compatible API"),
    (route(models=models("mistral")), "unknown_model", "has no model called 'llama3.2'"),
    (route(models=models()), "no_models", "has no chat models"),
    (route(models=models("llama3.2"), chat_completions=status(500)), "chat_failed",
     "a test reply failed"),
])
def test_check_says_plainly_what_is_wrong(handler: Handler, problem: str, words: str) -> None:
    result = check(handler)
    assert not result.ok
    assert result.problem == problem
    assert words in result.message
    assert KEY not in result.message


def test_check_suggests_v1_when_the_url_lacks_it() -> None:
    result = check(route(), url="http://localhost:11434")
    assert result.problem == "wrong_url"
    assert "try http://localhost:11434/v1" in result.message


def test_check_without_key_on_401_says_a_key_is_needed() -> None:
    assert check(status(401), key=None).problem == "needs_key"


def test_probe_returns_the_first_local_server_with_models() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.port == 1234:
            return models("qwen2.5-7b-instruct")(request)
        raise httpx.ConnectError("[Errno 111] Connection refused")
    servers = (LocalServer(name="Ollama", base_url="http://localhost:11434/v1"),
               LocalServer(name="LM Studio", base_url="http://localhost:1234/v1"))
    found = probe_local(servers, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert found is not None
    server, result = found
    assert server.name == "LM Studio" and result.model == "qwen2.5-7b-instruct"
