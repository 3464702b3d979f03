"""The behaviour coder: one port serves both the persona mind and the scorer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from roleplay.domain.codes import TurnCoding


class BehaviourCoder(Protocol):
    @property
    def version(self) -> str:
        """Recorded with every score, so results can be traced to the coder that made them."""
        ...

    def code(self, text: str, context: str | None = None) -> TurnCoding:
        """Code one manager turn; ``context`` is the report's previous turn, if any."""
        ...

    def code_conversation(
        self, turns: Sequence[tuple[str, str | None]]
    ) -> list[TurnCoding]:
        """Code every manager turn of one conversation, given as (text, report's previous
        turn) pairs in order; a coder may use the whole conversation (its register, say)."""
        ...
