"""The chat model seam under the LLM voice: messages in, streamed text (or a pydantic value) out.

Pure (no openai, no httpx): the OpenAI-compatible adapter lives in ``roleplay.llm``, the
scripted fake in ``roleplay.persona.fakes``. Every failure is a ``ChatError`` whose ``message`` is
written here in plain words, never copied from a server (a server's text may quote the key).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from enum import StrEnum
from typing import Literal, Protocol, TypeVar

from pydantic import BaseModel, Field

from roleplay.domain.base import Frozen

T = TypeVar("T", bound=BaseModel)


class ChatMessage(Frozen):
    role: Literal["system", "user", "assistant"]
    content: str


class ChatOptions(Frozen):
    temperature: float = Field(default=0.7, ge=0, le=2)
    max_tokens: int = Field(default=160, ge=1)
    stop: tuple[str, ...] = ()


class ChatErrorKind(StrEnum):
    CONNECTION = "connection"  # refused, unreachable host, DNS
    TIMEOUT = "timeout"
    RATE_LIMITED = "rate_limited"  # HTTP 429
    SERVER = "server"  # HTTP 5xx or an error event in the stream
    AUTH = "auth"  # HTTP 401/403
    NOT_FOUND = "not_found"  # HTTP 404: wrong URL or unknown model
    BAD_REQUEST = "bad_request"  # HTTP 400/422
    BAD_RESPONSE = "bad_response"  # not what an OpenAI-compatible server sends
    CUT = "cut"  # the stream stopped before the reply was finished


RETRYABLE: frozenset[ChatErrorKind] = frozenset({
    ChatErrorKind.CONNECTION, ChatErrorKind.TIMEOUT, ChatErrorKind.RATE_LIMITED,
    ChatErrorKind.SERVER, ChatErrorKind.BAD_RESPONSE, ChatErrorKind.CUT,
})


class ChatError(Exception):
    """A chat call failed. ``message`` is safe to show and never contains the API key."""

    def __init__(
        self,
        kind: ChatErrorKind,
        message: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.status = status
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE

    def __repr__(self) -> str:
        return f"ChatError({self.kind.value!r}, {self.message!r}, status={self.status!r})"


class ChatStream(Protocol):
    """A text stream that can be abandoned early: ``close()`` cancels the request."""

    def __iter__(self) -> Iterator[str]: ...

    def __next__(self) -> str: ...

    def close(self) -> None: ...


class StructuredModel(Protocol):
    def structured(
        self, messages: Sequence[ChatMessage], output: type[T], options: ChatOptions
    ) -> T:
        """One completion parsed and validated as ``output``; ChatError on any failure."""
        ...


class ChatModel(StructuredModel, Protocol):
    @property
    def description(self) -> str:
        """Which model and where, e.g. "llama3.2 via Ollama at http://localhost:11434/v1"."""
        ...

    def stream(self, messages: Sequence[ChatMessage], options: ChatOptions) -> ChatStream:
        """Start a completion and yield its text as it arrives; raise ChatError on failure.

        The stream ends normally only when the server said the reply is finished; a stream that
        stops early raises ChatError(CUT).
        """
        ...


class RetryPolicy(Frozen):
    """Retries for retryable failures that happen before anything was shown."""

    attempts: int = Field(default=3, ge=1, description="Tries in all, the first included.")
    base_delay_s: float = Field(default=0.5, ge=0)
    max_delay_s: float = Field(default=8.0, ge=0)

    def delay(self, retry: int, error: ChatError) -> float:
        """Seconds to wait before retry number ``retry`` (1-based): the server's Retry-After
        when it gave one, else exponential backoff; capped."""
        if error.retry_after is not None:
            return min(max(error.retry_after, 0.0), self.max_delay_s)
        backoff: float = self.base_delay_s * 2.0 ** (retry - 1)
        return min(backoff, self.max_delay_s)


_KEY_LIKE = re.compile(r"\b(sk|pk|rk|key|api)[-_][A-Za-z0-9_\-*]{6,}", re.IGNORECASE)


def redact(text: str, *secrets: str | None) -> str:
    """Remove the given secrets and anything shaped like an API key from ``text``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "[redacted]")
    return _KEY_LIKE.sub("[redacted]", text)
