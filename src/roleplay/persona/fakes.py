"""Fakes for the persona's chat model seam: scripted replies, recorded calls, injected faults.

``ScriptedChatModel`` plays the part of an LLM for tests and for demo mode: each call to
``stream`` takes the next scripted item, which may be text (streamed in word-sized chunks), a
``ChatError`` (raised before anything streams), a ``Cut`` (streams some text then fails), or a
function of the messages. Every call is recorded, and streams closed early are counted, so a
test can assert on the prompt, the corrective instruction and cancellation.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from roleplay.ports.chat import ChatError, ChatErrorKind, ChatMessage, ChatOptions

T = TypeVar("T", bound=BaseModel)


@dataclass(frozen=True)
class Cut:
    """Stream ``text`` and then fail with ``error`` (a connection dropped mid-reply)."""

    text: str
    error: ChatError = field(
        default_factory=lambda: ChatError(ChatErrorKind.CUT, "the reply stream was cut off")
    )


Responder = Callable[[Sequence[ChatMessage]], str]
ScriptItem = str | ChatError | Cut | Responder
StructuredItem = BaseModel | Mapping[str, Any] | str | ChatError


@dataclass(frozen=True)
class ChatCall:
    kind: Literal["stream", "structured"]
    messages: tuple[ChatMessage, ...]
    options: ChatOptions
    output: str | None = None

    @property
    def system(self) -> str:
        return next((m.content for m in self.messages if m.role == "system"), "")


def word_chunks(text: str) -> list[str]:
    """Split text into word-sized chunks with their leading spaces, as a model streams."""
    return re.findall(r"\s*\S+|\s+", text)


class _ScriptedStream:
    def __init__(self, model: ScriptedChatModel, chunks: list[str], error: ChatError | None,
                 finish_reason: str) -> None:
        self._model = model
        self._chunks = iter(chunks)
        self._error = error
        self._finish = finish_reason
        self.finish_reason: str | None = None
        self._done = False

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        if self._done:
            raise StopIteration
        chunk = next(self._chunks, None)
        if chunk is not None:
            return chunk
        self._done = True
        if self._error is not None:
            raise self._error
        self.finish_reason = self._finish
        raise StopIteration

    def close(self) -> None:
        if not self._done:
            self._done = True
            with self._model._lock:
                self._model.cancelled += 1


class ScriptedChatModel:
    """A ChatModel that replays a script. Thread-safe; see the module docstring."""

    def __init__(
        self,
        replies: Iterable[ScriptItem] = (),
        *,
        default: ScriptItem | None = None,
        structured: Iterable[StructuredItem] = (),
        description: str = "scripted model (no network)",
        finish_reason: str = "stop",
    ) -> None:
        self._replies = list(replies)
        self._structured = list(structured)
        self._default = default
        self._description = description
        self._finish_reason = finish_reason
        self._lock = threading.Lock()
        self.calls: list[ChatCall] = []
        self.cancelled = 0

    @property
    def description(self) -> str:
        return self._description

    @property
    def remaining(self) -> int:
        return len(self._replies)

    def add(self, *items: ScriptItem) -> None:
        with self._lock:
            self._replies.extend(items)

    def stream(self, messages: Sequence[ChatMessage], options: ChatOptions) -> _ScriptedStream:
        with self._lock:
            self.calls.append(ChatCall("stream", tuple(messages), options))
            item = self._replies.pop(0) if self._replies else self._default
        if item is None:
            raise ChatError(ChatErrorKind.BAD_REQUEST, "the scripted model has no more replies")
        if isinstance(item, ChatError):
            raise item
        if isinstance(item, Cut):
            return _ScriptedStream(self, word_chunks(item.text), item.error, self._finish_reason)
        text = item if isinstance(item, str) else item(messages)
        return _ScriptedStream(self, word_chunks(text), None, self._finish_reason)

    def structured(
        self, messages: Sequence[ChatMessage], output: type[T], options: ChatOptions
    ) -> T:
        with self._lock:
            self.calls.append(ChatCall("structured", tuple(messages), options, output.__name__))
            item = self._structured.pop(0) if self._structured else None
        if item is None:
            raise ChatError(ChatErrorKind.BAD_REQUEST, "the scripted model has no more replies")
        if isinstance(item, ChatError):
            raise item
        try:
            if isinstance(item, BaseModel):
                return output.model_validate(item.model_dump())
            if isinstance(item, str):
                return output.model_validate_json(item)
            return output.model_validate(dict(item))
        except ValidationError as exc:
            raise ChatError(ChatErrorKind.BAD_RESPONSE,
                            f"the model's answer did not fit {output.__name__}") from exc
