"""Build the ``openai`` client, and send a chat completion with parameters the server accepts."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import httpx
import openai

from roleplay.llm.errors import chat_error
from roleplay.ports.chat import ChatError, ChatErrorKind, ChatMessage, ChatOptions

NO_KEY = "not-needed"  # local servers ignore the key, but the client wants a non-empty one


MAX_RESPONSE_BYTES = 4 * 1024 * 1024  # far above any reply, judgement or model list


class AnswerDeadline(httpx.ReadTimeout):
    """The whole answer (not one read) took longer than the request's time limit."""


class AnswerTooLarge(httpx.ReadError):
    """The server sent more than MAX_RESPONSE_BYTES."""


class _LimitedStream(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, request: httpx.Request, deadline: float,
                 seconds: float, max_bytes: int) -> None:
        self._inner, self._request = inner, request
        self._deadline, self._seconds, self._max = deadline, seconds, max_bytes

    def __iter__(self) -> Iterator[bytes]:
        total = 0
        for chunk in self._inner:
            total += len(chunk)
            if time.monotonic() > self._deadline:
                raise AnswerDeadline(f"no complete answer within {self._seconds:g} s",
                                     request=self._request)
            if total > self._max:
                raise AnswerTooLarge(f"the answer was larger than {self._max} bytes",
                                     request=self._request)
            yield chunk

    def close(self) -> None:
        self._inner.close()


class DeadlineTransport(httpx.BaseTransport):
    """Bounds each whole exchange, not only each read: httpx's read timeout restarts with every
    byte, so a server sending keep-alive comments or a word at a time could hold a request
    open for ever. After ``seconds`` (checked as bytes arrive; a silent server is still caught
    by the read timeout) or ``max_bytes``, reading fails."""

    def __init__(self, inner: httpx.BaseTransport, seconds: float,
                 max_bytes: int = MAX_RESPONSE_BYTES) -> None:
        self.inner, self.seconds, self.max_bytes = inner, seconds, max_bytes

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        deadline = time.monotonic() + self.seconds
        response = self.inner.handle_request(request)
        assert isinstance(response.stream, httpx.SyncByteStream)
        response.stream = _LimitedStream(response.stream, request, deadline, self.seconds,
                                         self.max_bytes)
        return response

    def close(self) -> None:
        self.inner.close()


class _OwnedClient(httpx.Client):
    """The HTTP client ``make_client`` builds; closed when dropped, as the one ``openai`` builds
    for itself is (callers rarely close a chat model, and an open socket must not outlive it)."""

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()


def make_client(
    base_url: str,
    *,
    api_key: str | None,
    timeout_s: float,
    http_client: httpx.Client | None = None,
) -> openai.OpenAI:
    """A client with no built-in retries (the voice retries, with its own policy).

    ``timeout_s`` limits each request as a whole (connecting, waiting and reading the answer),
    unless the caller brings its own ``http_client``.
    """
    timeout = httpx.Timeout(timeout_s, connect=min(timeout_s, 5.0))
    if http_client is None:
        http_client = _OwnedClient(
            transport=DeadlineTransport(httpx.HTTPTransport(), timeout_s), timeout=timeout,
            follow_redirects=True)
    return openai.OpenAI(
        base_url=base_url,
        api_key=api_key or NO_KEY,
        timeout=timeout,
        max_retries=0,
        http_client=http_client,
    )


def message_dicts(messages: Iterable[ChatMessage]) -> list[dict[str, str]]:
    return [{"role": m.role, "content": m.content} for m in messages]


class CompletionCompat:
    """Sends chat completions, adapting once when a server refuses a parameter.

    OpenAI's reasoning models want ``max_completion_tokens`` instead of ``max_tokens`` and may
    refuse ``temperature`` or ``stop``; local servers want ``max_tokens``. A 400 naming one of
    these switches it for every later call.
    """

    def __init__(
        self,
        client: openai.OpenAI,
        model: str,
        *,
        api_key: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        self.client = client
        self.model = model
        self._api_key = api_key
        self.extra_body = dict(extra_body or {})
        self._lock = threading.Lock()
        self.token_param = "max_tokens"
        self.send_temperature = True
        self.send_stop = True

    @property
    def url(self) -> str:
        return str(self.client.base_url)

    def _params(self, options: ChatOptions, extra: dict[str, Any]) -> dict[str, Any]:
        params: dict[str, Any] = {self.token_param: options.max_tokens, **extra}
        if self.extra_body:
            params["extra_body"] = self.extra_body
        if self.send_temperature:
            params["temperature"] = options.temperature
        if self.send_stop and options.stop:
            params["stop"] = list(options.stop)
        return params

    def _adapt(self, error: ChatError) -> bool:
        text = error.message.lower()
        with self._lock:
            if "max_tokens" in text and self.token_param == "max_tokens":
                self.token_param = "max_completion_tokens"
                return True
            if "temperature" in text and self.send_temperature:
                self.send_temperature = False
                return True
            if "stop" in text and self.send_stop:
                self.send_stop = False
                return True
        return False

    def create(
        self, messages: Sequence[ChatMessage], options: ChatOptions, **extra: Any
    ) -> Any:
        """``client.chat.completions.create``; raises ChatError."""
        for _ in range(4):
            try:
                return self.client.chat.completions.create(
                    model=self.model, messages=message_dicts(messages),  # type: ignore[arg-type]
                    **self._params(options, extra),
                )
            except Exception as exc:
                error = chat_error(exc, url=self.url, api_key=self._api_key)
                if error.kind == ChatErrorKind.BAD_REQUEST and self._adapt(error):
                    continue
                raise error from exc
        raise ChatError(ChatErrorKind.BAD_REQUEST, f"the LLM server at {self.url} refused "
                        "the request's parameters")
