"""Scenario and persona: what a rehearsal is about, as authored in a scenario file."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Literal

from pydantic import Field, field_validator, model_validator

from roleplay.domain.base import FileModel
from roleplay.domain.codes import Code


class Difficulty(StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


class Temperament(StrEnum):
    DEFENSIVE = "defensive"
    QUIET = "quiet"
    CHARMING = "charming"  # charming, deflecting
    ANXIOUS = "anxious"
    ANGRY = "angry"


class ConversationType(StrEnum):
    UNDERPERFORMANCE = "underperformance"
    CAREER = "career"
    BEHAVIOUR_FEEDBACK = "behaviour_feedback"


NonEmpty = Field(min_length=1)

_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_PLAIN = frozenset({"that", "this", "with", "from", "have", "been", "just", "what", "when",
                    "they", "them", "their", "there", "then", "would", "could", "about", "because",
                    "really", "honestly", "since", "into", "some", "even", "it's", "that's",
                    "i've", "i'm", "don't", "didn't", "can't", "she's", "he's", "more", "much"})


def _stems(text: str) -> set[str]:
    """Content words of four letters or more, a plural's "s" dropped: what a line is about."""
    return {w[:-1] if w.endswith("s") and len(w) > 4 else w
            for w in _WORD.findall(text.lower()) if w not in _PLAIN}


class RevealConditions(FileModel):
    """When the report will disclose the hidden root cause.

    The thresholds default to the difficulty's; a scenario may tighten or relax them and may
    require moves the manager must have made (e.g. at least one reflection).
    """

    min_trust: int | None = Field(default=None, ge=0, le=100)
    max_defensiveness: int | None = Field(default=None, ge=0, le=100)
    min_openness: int | None = Field(default=None, ge=0, le=100)
    requires: list[Code] = Field(default_factory=list)
    min_manager_turns: int = Field(default=2, ge=0, le=50)


class HiddenRootCause(FileModel):
    summary: str = Field(min_length=1, description="What is really going on (never said early).")
    hint: str = Field(min_length=1, description="A partial, guarded sign the report may let slip.")
    reveal_when: RevealConditions = Field(default_factory=RevealConditions)
    keywords: list[str] = Field(
        default_factory=list,
        description="Words that would give the cause away; used to catch an LLM leaking it early.",
    )


class VoiceStyle(FileModel):
    voice: str | None = None
    pitch: float = Field(default=1.0, ge=0.5, le=2.0)
    speed: float = Field(default=1.0, ge=0.5, le=2.0)


class Persona(FileModel):
    name: str = Field(min_length=1)
    role: str = Field(min_length=1)
    tenure: str = Field(min_length=1)
    temperament: Temperament
    personality: str = Field(min_length=1)
    speaking_style: str = Field(min_length=1)
    beliefs: list[str] = Field(min_length=1, description="What they believe about the situation.")
    hidden_root_cause: HiddenRootCause
    voice: VoiceStyle = Field(default_factory=VoiceStyle)


class Fact(FileModel):
    """A dated, specific observation the manager may cite."""

    date: dt.date
    observation: str = Field(min_length=1)
    impact: str | None = None


class Opening(FileModel):
    situation: str = Field(min_length=1)
    report_line: str = Field(min_length=1, description="What the report says as the meeting opens.")
    purpose: str = Field(
        default="", description="What the manager asked to talk about, to follow \"I'd like to "
                                "talk about\" in an opener (\"how the checkout work is going\").")


class Reactions(FileModel):
    """Optional lines keyed by the manager's move, used while the mood is not extreme."""

    open_question: list[str] = Field(default_factory=list)
    closed_question: list[str] = Field(default_factory=list)
    reflection: list[str] = Field(default_factory=list)
    affirmation: list[str] = Field(default_factory=list)
    advice: list[str] = Field(default_factory=list)
    observation: list[str] = Field(default_factory=list)
    expectation: list[str] = Field(default_factory=list)
    softener: list[str] = Field(default_factory=list)
    support_offer: list[str] = Field(default_factory=list)
    follow_up: list[str] = Field(default_factory=list)
    summary: list[str] = Field(default_factory=list)
    # to a judgement, blame or a threat, whatever the mood: never an apology to a threat
    label: list[str] = Field(default_factory=list)
    blame: list[str] = Field(default_factory=list)
    threat: list[str] = Field(default_factory=list)

    def for_code(self, code: Code) -> list[str]:
        lines = getattr(self, code.value, None)
        return list(lines) if isinstance(lines, list) else []


OPTION_SLOT = "{option}"


class Answers(FileModel):
    """Optional lines that answer a question's form, for the offline voice.

    ``say_yes`` and ``say_no`` answer a yes/no question, each with a reason (the names avoid
    YAML reading a bare ``yes:`` key as true); ``pick`` answers an
    either/or question with ``{option}`` where the chosen option goes; ``refuse`` declines to
    choose or to answer; ``step`` proposes ONE concrete step of their own, said only when the
    manager asks what they could do (lines naming the hidden cause wait until it is revealed);
    ``cause`` names the hidden cause again in other words, said only after it was revealed, to
    an open question about it or about what is hard ("What part of the checkout code gives you
    the most trouble?" gets "Mostly the order states...", not a line about their mood). Each
    ``cause`` line takes up the hidden cause's own words (``Scenario`` checks it), so it adds
    nothing the scenario does not hold.
    """

    say_yes: list[str] = Field(default_factory=list)
    say_no: list[str] = Field(default_factory=list)
    pick: list[str] = Field(default_factory=list)
    refuse: list[str] = Field(default_factory=list)
    step: list[str] = Field(default_factory=list)
    cause: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _option_slot(self) -> Answers:
        for line in self.pick:
            if OPTION_SLOT not in line:
                raise ValueError(f"answers.pick: every line needs {OPTION_SLOT}; got {line!r}")
        for name in ("say_yes", "say_no", "refuse", "step", "cause"):
            for line in getattr(self, name):
                if "{" in line or "}" in line:
                    raise ValueError(f"answers.{name}: no {{...}} slots here; got {line!r}")
        return self


class OfflineLines(FileModel):
    """Authored lines for the offline scripted voice, keyed by the persona's state."""

    guarded: list[str] = Field(min_length=2)
    warming: list[str] = Field(min_length=2)
    defensive: list[str] = Field(min_length=2)
    hostile: list[str] = Field(min_length=2)
    repair: list[str] = Field(min_length=1)
    hint: list[str] = Field(min_length=1)
    reveal: list[str] = Field(min_length=1)
    collaborative: list[str] = Field(min_length=2)
    agreeing: list[str] = Field(min_length=1)
    reactions: Reactions = Field(default_factory=Reactions)
    answers: Answers = Field(default_factory=Answers)


class FollowUp(FileModel):
    """This scenario follows an earlier one: the report remembers what was agreed there."""

    scenario: str = Field(min_length=1, description="Id of the earlier scenario.")
    agreements_kept: bool = False
    default_agreements: list[str] = Field(
        default_factory=list,
        description="What was agreed, used when the manager has no session of the earlier one.",
    )


class Scenario(FileModel):
    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9_-]*$")
    title: str = Field(min_length=1)
    summary: str = Field(min_length=1)
    difficulty: Difficulty
    type: ConversationType = ConversationType.UNDERPERFORMANCE
    persona: Persona
    facts: list[Fact] = Field(min_length=1)
    objectives: list[str] = Field(min_length=1)
    opening: Opening
    lines: OfflineLines
    follows: FollowUp | None = None
    source: Literal["bundled", "user", "builder"] = "bundled"

    @field_validator("objectives")
    @classmethod
    def _no_blank_objectives(cls, value: list[str]) -> list[str]:
        if any(not item.strip() for item in value):
            raise ValueError("objectives must not contain empty items")
        return value

    @model_validator(mode="after")
    def _cause_lines_name_the_cause(self) -> Scenario:
        cause = self.persona.hidden_root_cause
        told = _stems(" ".join([cause.summary, *cause.keywords, *self.lines.reveal]))
        for line in self.lines.answers.cause:
            if not _stems(line) & told:
                raise ValueError("lines.answers.cause: every line names the hidden cause in "
                                 f"its words (summary, keywords or reveal); got {line!r}")
        return self

    @model_validator(mode="after")
    def _cause_not_in_opening(self) -> Scenario:
        cause = self.persona.hidden_root_cause.summary.strip().lower()
        if cause and cause in self.opening.report_line.lower():
            raise ValueError("opening.report_line must not give away the hidden root cause")
        return self
