"""``OpenAIChatModel``: the chat model seam over any OpenAI-compatible endpoint.

Works with OpenAI, Ollama (http://localhost:11434/v1), LM Studio (http://localhost:1234/v1),
vLLM and llama.cpp / llama-cpp-python servers. The API key is passed in by the caller (read from
the keyring or OPENAI_API_KEY at the app boundary) and never appears in a message or description.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, TypeVar

import httpx
import openai
from pydantic import BaseModel

from roleplay.llm.client import CompletionCompat, make_client
from roleplay.llm.errors import chat_error, display_url
from roleplay.llm.structured import StructuredOutput
from roleplay.ports.chat import ChatError, ChatErrorKind, ChatMessage, ChatOptions

T = TypeVar("T", bound=BaseModel)
MAX_REPLY_CHARS = 16_000  # a reply is a few sentences; max_tokens alone trusts the server


class OpenAIStream:
    """The text of a streamed completion; ``close()`` cancels it (closes the HTTP response).

    Ends normally only when the server sent a finish reason; a stream that stops without one
    (a cut connection, a server that died) raises ChatError(CUT).
    """

    def __init__(self, stream: Any, *, url: str, api_key: str | None,
                 max_chars: int = MAX_REPLY_CHARS) -> None:
        self._stream = stream
        self._max_chars = max_chars
        self._chars = 0
        self._chunks: Iterator[Any] = iter(stream)
        self._url = url
        self._api_key = api_key
        self._closed = False
        self.finish_reason: str | None = None

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        while True:
            if self._closed:
                raise StopIteration
            try:
                chunk = next(self._chunks)
            except StopIteration:
                self.close()
                if self.finish_reason is None:
                    raise ChatError(
                        ChatErrorKind.CUT,
                        f"the reply from {display_url(self._url)} stopped before it was finished",
                    ) from None
                raise
            except Exception as exc:
                self.close()
                raise chat_error(exc, url=self._url, api_key=self._api_key) from exc
            text = self._text(chunk)
            if text:
                self._chars += len(text)
                if self._chars > self._max_chars:  # a server ignoring max_tokens
                    self.close()
                    raise ChatError(ChatErrorKind.BAD_RESPONSE,
                                    f"the reply from {display_url(self._url)} ran past "
                                    f"{self._max_chars} characters; stopped reading")
                return text

    def _text(self, chunk: Any) -> str:
        choices = getattr(chunk, "choices", None)
        if not isinstance(choices, list):
            self.close()
            raise ChatError(ChatErrorKind.BAD_RESPONSE,
                            f"the LLM server at {display_url(self._url)} sent a malformed "
                            "stream")
        if not choices:  # e.g. a final usage-only chunk
            return ""
        choice = choices[0]
        reason = getattr(choice, "finish_reason", None)
        if reason:
            self.finish_reason = str(reason)
        delta = getattr(choice, "delta", None)
        content = getattr(delta, "content", None)
        return content if isinstance(content, str) else ""

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            # closing a broken connection must not hide the real error
            with contextlib.suppress(Exception):
                self._stream.close()


class OpenAIChatModel:
    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        api_key: str | None = None,
        timeout_s: float = 30.0,
        label: str | None = None,
        http_client: httpx.Client | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """``extra_body``: server-specific parameters sent with every completion (e.g.
        llama.cpp's ``{"top_k": 40}`` or ``{"logit_bias": {...}}``)."""
        self.base_url = base_url
        self.model = model
        self.label = label
        self.timeout_s = timeout_s  # each request as a whole (see make_client)
        self._api_key = api_key
        self.client = make_client(base_url, api_key=api_key, timeout_s=timeout_s,
                                  http_client=http_client)
        self.compat = CompletionCompat(self.client, model, api_key=api_key,
                                       extra_body=extra_body)
        self.structured_output = StructuredOutput(self.client, model, compat=self.compat)

    @property
    def description(self) -> str:
        where = display_url(self.base_url)
        via = f" via {self.label}" if self.label else ""
        return f"{self.model}{via} at {where}"

    def stream(self, messages: Sequence[ChatMessage], options: ChatOptions) -> OpenAIStream:
        stream = self.compat.create(messages, options, stream=True)
        return OpenAIStream(stream, url=self.base_url, api_key=self._api_key)

    def structured(
        self, messages: Sequence[ChatMessage], output: type[T], options: ChatOptions
    ) -> T:
        return self.structured_output.complete(
            messages, output, temperature=options.temperature, max_tokens=options.max_tokens
        )

    def list_models(self) -> list[str]:
        try:
            page = self.client.models.list()
            return [str(m.id) for m in page.data]
        except (openai.OpenAIError, httpx.HTTPError, ValueError, AttributeError, TypeError) as exc:
            raise chat_error(exc, url=self.base_url, api_key=self._api_key) from exc

    def close(self) -> None:
        self.client.close()


__all__ = ["ChatError", "OpenAIChatModel", "OpenAIStream"]
