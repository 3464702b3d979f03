"""Richer persona text and lines drafted by a language model, for the manager to review.

The model is a small port (``JsonModel``): one call, a system and a user message in, parsed JSON
out. Everything else lives here and is the same for every model: the prompt, validation of the
reply against ``PersonaDraft`` (any problem is a ``DraftError`` in plain words), and merging the
draft into the template-made scenario. The merged text is then checked by ``writer.check_text``
like any other scenario, so a draft can never be saved unless it validates.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from roleplay.builder.answers import describe_error
from roleplay.builder.templates import TEMPERAMENT_LABELS, TYPE_LABELS, VOICES
from roleplay.domain.scenario import ConversationType, Temperament
from roleplay.scenarios.messages import merge_typos


class DraftError(Exception):
    """Drafting failed; ``message`` is safe to show (never a server's text or a key)."""

    def __init__(self, message: str, *, retryable: bool = True) -> None:
        super().__init__(message)
        self.message = message
        self.retryable = retryable


class JsonModel(Protocol):
    @property
    def description(self) -> str:
        """Which model and where, shown before anything is sent."""
        ...

    def complete_json(self, system: str, user: str, output: type[BaseModel]) -> Any:
        """One answer shaped like ``output`` (an instance, a mapping or JSON text: the caller
        validates it again). Raise DraftError on failure (connection, refusal, not JSON)."""
        ...


Lines = list[str]


class _Draft(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class DraftLines(_Draft):
    guarded: Lines = Field(min_length=3, max_length=6)
    warming: Lines = Field(min_length=3, max_length=6)
    defensive: Lines = Field(min_length=3, max_length=6)
    hostile: Lines = Field(min_length=3, max_length=5)
    repair: Lines = Field(min_length=2, max_length=4)
    hint: Lines = Field(min_length=1, max_length=3)
    reveal: Lines = Field(min_length=1, max_length=3)
    collaborative: Lines = Field(min_length=3, max_length=6)
    agreeing: Lines = Field(min_length=2, max_length=4)

    @field_validator("*")
    @classmethod
    def _no_blank_lines(cls, value: Lines) -> Lines:
        if any(not line.strip() for line in value):
            raise ValueError("must not contain empty lines")
        if any(len(line) > 600 for line in value):
            raise ValueError("a line is too long (at most 600 characters)")
        return value


class PersonaDraft(_Draft):
    """What the model drafts: persona text and the offline voice's lines."""

    personality: str = Field(min_length=20, max_length=800)
    speaking_style: str = Field(min_length=10, max_length=400)
    beliefs: Lines = Field(min_length=2, max_length=5)
    opening_line: str = Field(min_length=2, max_length=300)
    lines: DraftLines


SYSTEM = """You help a manager rehearse a real, difficult 1:1 with a direct report.
Write the report as a believable person: the persona's personality and speaking style, what they
believe about the situation, the first thing they say when the meeting opens, and short spoken
lines (one or two sentences each) for each state of the conversation:
- guarded, warming, defensive, hostile, repair: before the real cause is out; these must NOT
  mention the hidden cause or any of its keywords;
- hint: a guarded sign that there is more to it, still without the keywords;
- reveal: the report finally says what is really going on, in their own words, naming it;
- collaborative and agreeing: after the reveal, working out and agreeing next steps.
Match the temperament. Use the report's pseudonym only; invent no other real names.
Reply with one JSON object matching the schema, nothing else."""


def draft_prompt(data: Mapping[str, Any]) -> str:
    """The user message: the situation as the template draft describes it."""
    persona = data["persona"]
    cause = persona["hidden_root_cause"]
    temperament = Temperament(persona["temperament"])
    kind = ConversationType(data.get("type", ConversationType.UNDERPERFORMANCE.value))
    situation = {
        "conversation_type": TYPE_LABELS[kind],
        "report": {"pseudonym": persona["name"], "role": persona["role"],
                   "tenure": persona["tenure"]},
        "temperament": f"{TEMPERAMENT_LABELS[temperament]}: {VOICES[temperament].description}",
        "difficulty": data["difficulty"],
        "summary": data["summary"],
        "examples": [{"date": str(f["date"]), "what_happened": f["observation"],
                      "impact": f.get("impact")} for f in data["facts"]],
        "manager_goals": data["objectives"],
        "hidden_cause": cause["summary"],
        "hidden_cause_keywords": cause.get("keywords", []),
        "template_lines_to_improve": {k: v for k, v in data["lines"].items()
                                      if k != "reactions"},
    }
    return json.dumps(situation, indent=2, default=str)


def validate_draft(raw: Any) -> PersonaDraft:
    """The model's reply as a PersonaDraft, or a DraftError naming each problem."""
    if isinstance(raw, BaseModel):
        raw = raw.model_dump()
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except json.JSONDecodeError:
            raise DraftError("the model's reply was not valid JSON; try again") from None
    if not isinstance(raw, Mapping):
        raise DraftError("the model's reply was not a JSON object; try again")
    try:
        return PersonaDraft.model_validate(dict(raw))
    except ValidationError as exc:
        problems = [": ".join(describe_error(e, PersonaDraft))
                    for e in merge_typos(exc.errors())]
        shown = "; ".join(problems[:4]) + ("; ..." if len(problems) > 4 else "")
        raise DraftError(f"the model's draft was incomplete ({shown}); try again") from None


def apply_draft(data: Mapping[str, Any], draft: PersonaDraft) -> dict[str, Any]:
    """The template scenario with the draft's text; facts, objectives, the cause and the
    reactions keep the builder's values."""
    out = copy.deepcopy(dict(data))
    persona = out["persona"]
    persona["personality"] = draft.personality
    persona["speaking_style"] = draft.speaking_style
    persona["beliefs"] = list(draft.beliefs)
    persona["hidden_root_cause"]["hint"] = draft.lines.hint[0]
    out["opening"]["report_line"] = draft.opening_line
    reactions = out["lines"].get("reactions", {})
    out["lines"] = {**draft.lines.model_dump(), "reactions": reactions}
    return out


def draft_scenario(model: JsonModel, data: Mapping[str, Any]) -> dict[str, Any]:
    """Ask the model for a richer draft of ``data`` (template-made scenario fields)."""
    raw = model.complete_json(SYSTEM, draft_prompt(data), PersonaDraft)
    return apply_draft(data, validate_draft(raw))
