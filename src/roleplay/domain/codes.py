"""Behaviour codes for a manager's turn (MI-style primary code plus fine-grained codes)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, field_serializer

from roleplay.domain.base import Frozen


class Primary(StrEnum):
    QUESTION = "question"
    REFLECTION = "reflection"
    INPUT = "input"  # information, advice, options or feedback
    OTHER = "other"


class Code(StrEnum):
    OPEN_QUESTION = "open_question"
    CLOSED_QUESTION = "closed_question"
    REFLECTION = "reflection"
    AFFIRMATION = "affirmation"
    ADVICE = "advice"
    INFORMATION = "information"
    OBSERVATION = "observation"
    IMPACT = "impact"
    EXPECTATION = "expectation"
    LABEL = "label"
    SOFTENER = "softener"
    BLAME = "blame"
    THREAT = "threat"
    COMMITMENT = "commitment"
    FOLLOW_UP = "follow_up"
    SUPPORT_OFFER = "support_offer"
    SUMMARY = "summary"


class TurnCoding(Frozen):
    """What the behaviour coder saw in one manager turn."""

    primary: Primary
    codes: frozenset[Code] = Field(default_factory=frozenset)
    coder_version: str = "unknown"

    @field_serializer("codes")
    def _sorted_codes(self, codes: frozenset[Code]) -> list[str]:
        return sorted(c.value for c in codes)

    def has(self, *codes: Code) -> bool:
        return any(c in self.codes for c in codes)
