"""Persona voices for the demo and the Qt tests: slow (like an LLM) and failing ones."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from roleplay.ports.persona import PersonaVoice, ReplyRequest, VoiceError


class SlowVoice:
    """Wraps a voice and waits between chunks (on the worker thread), like a slow LLM."""

    def __init__(self, inner: PersonaVoice, chunk_delay: float = 0.05,
                 first_delay: float = 0.0) -> None:
        self.inner = inner
        self.kind: Literal["offline", "llm"] = inner.kind
        self.chunk_delay = chunk_delay
        self.first_delay = first_delay
        self._cancel = threading.Event()

    @property
    def description(self) -> str:
        return self.inner.description

    @property
    def last_source(self) -> Literal["llm", "offline"] | None:
        return self.inner.last_source

    def reply(self, request: ReplyRequest) -> Iterator[str]:
        self._cancel.wait(self.first_delay)
        for chunk in self.inner.reply(request):
            self._cancel.wait(self.chunk_delay)
            yield chunk

    def cancel(self) -> None:
        self._cancel.set()


@dataclass
class FailingVoice:
    """A voice that fails ``failures`` times (like a lost connection), then defers to ``inner``."""

    inner: PersonaVoice | None = None
    failures: int = 1_000_000
    message: str = "the connection to the language model was lost"
    kind: Literal["offline", "llm"] = "llm"
    calls: int = field(default=0)

    @property
    def description(self) -> str:
        return "test LLM endpoint"

    @property
    def last_source(self) -> Literal["llm", "offline"] | None:
        return self.inner.last_source if self.inner is not None else None

    def reply(self, request: ReplyRequest) -> Iterator[str]:
        self.calls += 1
        if self.calls <= self.failures or self.inner is None:
            yield "Well"
            raise VoiceError(self.message)
        yield from self.inner.reply(request)
