"""Score types: per-turn codes, conversation metrics, competency scores and the overall score."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import Field

from roleplay.domain.base import Frozen
from roleplay.domain.codes import Code, Primary


class Competency(StrEnum):
    ACTIVE_LISTENING = "active_listening"
    POWERFUL_QUESTIONING = "powerful_questioning"
    FEEDBACK_DELIVERY = "feedback_delivery"
    DEVELOPMENT_PLANNING = "development_planning"


COMPETENCY_LABELS: dict[Competency, str] = {
    Competency.ACTIVE_LISTENING: "Active listening",
    Competency.POWERFUL_QUESTIONING: "Powerful questioning",
    Competency.FEEDBACK_DELIVERY: "Feedback delivery",
    Competency.DEVELOPMENT_PLANNING: "Development planning",
}


class Evidence(Frozen):
    turn: int = Field(description="Index of the turn in the transcript.")
    quote: str
    note: str = ""
    positive: bool = True


class Rewrite(Frozen):
    """A "try instead" suggestion for one of the manager's own lines."""

    turn: int
    original: str
    suggestion: str
    why: str = ""


class CompetencyScore(Frozen):
    competency: Competency
    score: int | None = Field(default=None, ge=1, le=5, description="None means not observed.")
    evidence: tuple[Evidence, ...] = ()
    went_well: tuple[str, ...] = ()
    try_instead: tuple[Rewrite, ...] = ()
    summary: str = ""

    @property
    def observed(self) -> bool:
        return self.score is not None


class AntiPattern(Frozen):
    id: str
    label: str
    turns: tuple[int, ...]
    note: str = ""


class CodedTurn(Frozen):
    index: int
    speaker: Literal["manager", "report"]
    primary: Primary | None = None
    codes: tuple[Code, ...] = ()


class JudgeVerdict(Frozen):
    """An LLM judge's view of one competency; it may move the score by at most one level."""

    competency: Competency
    deterministic: int | None
    judged: int | None
    quote_turn: int | None = None
    quote: str = ""
    rationale: str = ""


class SessionScore(Frozen):
    rubric_version: str
    coder_version: str
    turns: tuple[CodedTurn, ...] = ()
    metrics: dict[str, float | int | None] = Field(default_factory=dict)
    competencies: tuple[CompetencyScore, ...] = ()
    anti_patterns: tuple[AntiPattern, ...] = ()
    overall: int = Field(ge=0, le=100)
    judge: tuple[JudgeVerdict, ...] = ()
    scored_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def competency(self, which: Competency) -> CompetencyScore | None:
        return next((c for c in self.competencies if c.competency == which), None)
