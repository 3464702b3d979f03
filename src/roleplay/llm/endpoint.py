"""Check an OpenAI-compatible endpoint and say in plain words what is wrong; probe local servers.

``check_endpoint`` lists the server's models, checks the configured model is among them, and
(optionally) streams a one-token completion. The result names the problem (no server, wrong URL,
bad key, unknown model, ...) and what to do about it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal
from urllib.parse import urlsplit

import httpx

from roleplay.domain.base import Frozen
from roleplay.llm.chat_model import OpenAIChatModel
from roleplay.llm.errors import display_url
from roleplay.llm.probe import LOCAL_SERVERS, LocalServer, chat_models
from roleplay.llm.probe import probe_local as quick_probe
from roleplay.ports.chat import ChatError, ChatErrorKind, ChatMessage, ChatOptions

__all__ = [
    "LOCAL_SERVERS",
    "EndpointCheck",
    "LocalServer",
    "chat_models",
    "check_endpoint",
    "probe_local",
    "server_name",
]


Problem = Literal[
    "no_server", "timeout", "wrong_url", "bad_key", "needs_key", "unknown_model", "no_models",
    "chat_failed", "rate_limited", "server_error",
]


class EndpointCheck(Frozen):
    base_url: str
    server: str
    ok: bool
    models: tuple[str, ...] = ()
    model: str | None = None
    problem: Problem | None = None
    message: str


def server_name(base_url: str) -> str:
    parts = urlsplit(base_url)
    host, port = (parts.hostname or "").lower(), parts.port
    if host.endswith("openai.com"):
        return "OpenAI"
    if port == 11434:
        return "Ollama"
    if port == 1234:
        return "LM Studio"
    return "OpenAI-compatible server"


def _same_model(wanted: str, listed: str) -> bool:
    """Ollama lists "llama3.2:latest" for "llama3.2"."""
    return wanted == listed or f"{wanted}:latest" == listed


def _connection_problem(error: ChatError, base_url: str, server: str, has_key: bool
                        ) -> tuple[Problem, str]:
    where = display_url(base_url)
    if error.kind == ChatErrorKind.CONNECTION:
        hint = {
            "Ollama": " Start Ollama (`ollama serve`, or open the Ollama app).",
            "LM Studio": " In LM Studio, start the local server (Developer tab, Start Server).",
        }.get(server, " Check the URL and that the server is running.")
        if "cannot find the host" in error.message:
            return "no_server", error.message[0].upper() + error.message[1:] + "."
        if "connection refused" in error.message:
            return "no_server", f"No server is answering at {where} (connection refused).{hint}"
        return "no_server", f"Cannot connect to {where}: {error.message}.{hint}"
    if error.kind == ChatErrorKind.TIMEOUT:
        return "timeout", (f"The server at {where} did not answer in time. It may be busy "
                           "loading a model; try again, or raise the timeout.")
    if error.kind == ChatErrorKind.AUTH:
        if not has_key:
            return "needs_key", (f"The server at {where} needs an API key. Store one with "
                                 "`roleplay llm set --key-from-stdin`, or set OPENAI_API_KEY.")
        return "bad_key", (f"The server at {where} rejected the API key (HTTP {error.status}). "
                           "Store the right one with `roleplay llm set --key-from-stdin`.")
    if error.kind in (ChatErrorKind.NOT_FOUND, ChatErrorKind.BAD_RESPONSE):
        path = urlsplit(base_url).path.rstrip("/")
        hint = (f" OpenAI-compatible URLs usually end in /v1: try {where}/v1."
                if not path.endswith("/v1") else "")
        what = (f"HTTP {error.status} for {where}/models" if error.status
                else "its answer was not the JSON such an API sends")
        return "wrong_url", (f"Something answered at {where}, but not like an "
                             f"OpenAI-compatible API ({what}).{hint}")
    if error.kind == ChatErrorKind.RATE_LIMITED:
        return "rate_limited", f"The server at {where} is rate-limiting requests; try later."
    return "server_error", f"The server at {where} failed: {error.message}."


def check_endpoint(
    base_url: str,
    *,
    model: str | None = None,
    api_key: str | None = None,
    timeout_s: float = 10.0,
    try_chat: bool = True,
    http_client: httpx.Client | None = None,
) -> EndpointCheck:
    """Test an endpoint: list its models, find ``model``, and stream a tiny completion."""
    server = server_name(base_url)
    url = display_url(base_url)
    client = OpenAIChatModel(base_url=base_url, model=model or "?", api_key=api_key,
                             timeout_s=timeout_s, label=server, http_client=http_client)
    try:
        try:
            listed = client.list_models()
        except ChatError as error:
            problem, message = _connection_problem(error, base_url, server, bool(api_key))
            return EndpointCheck(base_url=url, server=server, ok=False, model=model,
                                 problem=problem, message=message)
        models = tuple(listed)
        usable = chat_models(models)
        if not usable:
            hint = {"Ollama": " Pull one, e.g. `ollama pull llama3.2`.",
                    "LM Studio": " Download and load a model in LM Studio."}.get(server, "")
            return EndpointCheck(base_url=url, server=server, ok=False, models=models,
                                 model=model, problem="no_models",
                                 message=f"{server} at {url} answers but has no chat models."
                                 f"{hint}")
        chosen = model
        if model is not None and not any(_same_model(model, m) for m in models):
            hint = f" Pull it with `ollama pull {model}`." if server == "Ollama" else ""
            return EndpointCheck(
                base_url=url, server=server, ok=False, models=models, model=model,
                problem="unknown_model",
                message=f"{server} at {url} has no model called {model!r}. It has: "
                f"{', '.join(models)}.{hint} Choose one with `roleplay llm set --model NAME`.")
        if chosen is None:
            chosen = usable[0]
        if try_chat:
            chat = OpenAIChatModel(base_url=base_url, model=chosen, api_key=api_key,
                                   timeout_s=timeout_s, label=server, http_client=http_client)
            try:
                stream = chat.stream([ChatMessage(role="user", content="Say hello.")],
                                     ChatOptions(temperature=0, max_tokens=1))
                try:
                    for _ in stream:
                        pass
                finally:
                    stream.close()
            except ChatError as error:
                return EndpointCheck(
                    base_url=url, server=server, ok=False, models=models, model=chosen,
                    problem="chat_failed",
                    message=f"{server} at {url} lists {chosen!r}, but a test reply failed: "
                    f"{error.message}.")
            finally:
                if http_client is None:
                    chat.close()
        note = "" if model else f" No model is set, so {chosen!r} would be used."
        return EndpointCheck(base_url=url, server=server, ok=True, models=models, model=chosen,
                             message=f"{server} at {url} works with model {chosen!r}.{note}")
    finally:
        if http_client is None:
            client.close()


def probe_local(
    servers: Sequence[LocalServer] = LOCAL_SERVERS,
    *,
    timeout_s: float = 0.5,
    http_client: httpx.Client | None = None,
) -> tuple[LocalServer, EndpointCheck] | None:
    """The first local server that answers with at least one chat model (no chat test)."""
    found = quick_probe(servers, timeout_s=timeout_s, http_client=http_client)
    if found is None:
        return None
    server, models = found
    return server, EndpointCheck(
        base_url=display_url(server.base_url), server=server.name, ok=True,
        models=tuple(models), model=chat_models(models)[0],
        message=f"{server.name} at {display_url(server.base_url)} answers.")
