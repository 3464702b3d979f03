"""Build the ``openai`` client, and send a chat completion with parameters the server accepts."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import httpx
import openai

from roleplay.llm.errors import chat_error
from roleplay.ports.chat import ChatError, ChatErrorKind, ChatMessage, ChatOptions

NO_KEY = "not-needed"  # local servers ignore the key, but the client wants a non-empty one


def make_client(
    base_url: str,
    *,
    api_key: str | None,
    timeout_s: float,
    http_client: httpx.Client | None = None,
) -> openai.OpenAI:
    """A client with no built-in retries (the voice retries, with its own policy)."""
    return openai.OpenAI(
        base_url=base_url,
        api_key=api_key or NO_KEY,
        timeout=httpx.Timeout(timeout_s, connect=min(timeout_s, 5.0)),
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
