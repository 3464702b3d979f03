"""The persona voice: turns the mind's state into the report's words."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal, Protocol

from pydantic import Field

from roleplay.domain.base import Frozen
from roleplay.domain.mind import TraceEntry
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import Turn


class ReplyRequest(Frozen):
    """An immutable snapshot of everything a voice may use to produce one reply."""

    scenario: Scenario
    turns: tuple[Turn, ...]
    trace: tuple[TraceEntry, ...]
    used_lines: tuple[str, ...] = Field(default=(), description="Report lines said so far.")
    agreements: tuple[str, ...] = Field(
        default=(), description="What was agreed in the earlier meeting (follow-up scenarios)."
    )

    @property
    def entry(self) -> TraceEntry:
        return self.trace[-1]


class VoiceError(Exception):
    """A reply could not be produced. ``message`` is safe to show the manager."""

    def __init__(self, message: str, *, retryable: bool = True) -> None:
        super().__init__(message)
        self.message = message
        self.retryable = retryable


class PersonaVoice(Protocol):
    kind: Literal["offline", "llm"]

    @property
    def description(self) -> str:
        """Says plainly which voice is in use, e.g. "offline scripted persona"."""
        ...

    @property
    def last_source(self) -> Literal["llm", "offline"] | None:
        """Who produced the last complete reply ("offline" when an LLM voice fell back to a
        scripted line); None before the first."""
        ...

    def reply(self, request: ReplyRequest) -> Iterator[str]:
        """Yield the reply in chunks as they are produced; raise VoiceError on failure.

        The caller joins the chunks; a reply is complete only when the iterator finishes.
        """
        ...
