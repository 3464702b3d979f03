"""Score types: per-turn codes, conversation metrics, competency scores and the overall score."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import Field

from roleplay.domain.base import Frozen
from roleplay.domain.codes import Code, Primary
from roleplay.domain.scenario import ConversationType


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
    points: float | None = Field(default=None, ge=1, le=5,
                                 description="The unrounded level behind the score.")
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
    applied: bool = Field(default=False, description="Whether the judge's level was used.")
    disagrees: bool = Field(default=False, description="Judge and deterministic scorer differ.")
    note: str = Field(default="", description="Why the judge's view was kept or set aside.")


class TurnDisagreement(Frozen):
    """One manager turn the two coders read differently."""

    index: int
    deterministic: tuple[str, ...]  # primary code first, then the fine codes
    llm: tuple[str, ...]


class CoderAgreement(Frozen):
    """How far an LLM coding the same manager turns agrees with the deterministic coder (which
    stays the one that scores: this is a second opinion, shown in the review)."""

    model: str
    turns: int = Field(ge=0, description="Manager turns both coders coded.")
    primary_agreement: float = Field(ge=0, le=1, description="Share with the same primary code.")
    codes_agreement: float = Field(ge=0, le=1,
                                   description="Mean overlap (Jaccard) of the fine codes.")
    disagreements: tuple[TurnDisagreement, ...] = ()
    notice: str | None = Field(default=None, description="Why no comparison was made.")

    def describe(self, limit: int = 5) -> list[str]:
        """The second opinion in words (the review and the CLI report)."""
        if self.notice:
            return [f"LLM coder ({self.model}): {self.notice}; the deterministic codes stand."]
        out = [f"LLM coder ({self.model}) read {self.turns} of your turns: same main move in "
               f"{self.primary_agreement:.0%}, fine codes overlap {self.codes_agreement:.0%}. "
               "The scores use the deterministic codes."]
        for d in self.disagreements[:limit]:
            out.append(f"Turn {d.index}: scorer {', '.join(d.deterministic)}; "
                       f"LLM {', '.join(d.llm)}.")
        return out


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
    conversation_type: ConversationType | None = None
    judge_model: str | None = Field(default=None, description="The LLM judge used, if any.")
    judge_notice: str | None = Field(default=None, description="Why the judge was not used.")
    scorer_addressed: tuple[int, ...] = Field(
        default=(), description="Manager turns that spoke to the scorer, not to the report: "
                                "coded `other`, they earn nothing and no judge may cite them.")
    coder_agreement: CoderAgreement | None = Field(
        default=None, description="An LLM coder's second opinion on the codes, if configured.")
    rules_digest: str | None = Field(
        default=None, description="A digest of the scoring rules that made this score (None "
                                  "for scores stored before it was kept).")

    def competency(self, which: Competency) -> CompetencyScore | None:
        return next((c for c in self.competencies if c.competency == which), None)


# --- the rubric: what earns each level, shown before and after a session ------------------------


class RubricLevel(Frozen):
    score: int = Field(ge=1, le=5)
    text: str


class RubricCompetency(Frozen):
    competency: Competency
    label: str
    description: str
    looks_for: tuple[str, ...] = ()
    levels: tuple[RubricLevel, ...]

    def level(self, score: int) -> RubricLevel | None:
        return next((lv for lv in self.levels if lv.score == score), None)


class RubricAntiPattern(Frozen):
    id: str
    label: str
    description: str
    penalty: int = Field(ge=0, le=50, description="Points off the overall score per occurrence.")
    max_penalty: int = Field(ge=0, le=100)


class Rubric(Frozen):
    version: str
    competencies: tuple[RubricCompetency, ...]
    anti_patterns: tuple[RubricAntiPattern, ...] = ()
    weights: dict[ConversationType, dict[Competency, float]] = Field(default_factory=dict)

    def competency(self, which: Competency) -> RubricCompetency:
        return next(c for c in self.competencies if c.competency == which)

    def anti_pattern(self, pattern_id: str) -> RubricAntiPattern | None:
        return next((a for a in self.anti_patterns if a.id == pattern_id), None)

    def weights_for(self, kind: ConversationType | None) -> dict[Competency, float]:
        if kind is not None and kind in self.weights:
            return self.weights[kind]
        return {c: 1.0 for c in Competency}
