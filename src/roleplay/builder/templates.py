"""Offline-voice templates for builder-made scenarios: per temperament and per conversation type.

A temperament sets how the report sounds in every state (guarded, warming, defensive, hostile,
repair) and how they react to each of the manager's moves; the conversation type adds lines that
fit what the meeting is about, the report's beliefs, the standard objectives and the opening.
The hidden cause (see ``causes``) supplies the hint, the reveal and the collaborative ending.

The text is data, in ``templates.yaml`` next to this module. Slots: ``{date}`` is the first
example's date in words ("3 November"); nothing else is filled in, so every line reads naturally
whatever the manager typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

import yaml

from roleplay.domain.scenario import ConversationType, Temperament

STATES = ("guarded", "warming", "defensive", "hostile", "repair")
REACTION_CODES = ("open_question", "closed_question", "reflection", "affirmation", "advice",
                  "observation", "expectation", "softener", "support_offer", "follow_up",
                  "summary")


@dataclass(frozen=True)
class TemperamentVoice:
    label: str
    description: str  # one line for pickers: how this person usually reacts to feedback
    personality: str
    speaking_style: str
    belief: str
    states: dict[str, tuple[str, ...]]
    reactions: dict[str, tuple[str, ...]]
    openings: dict[ConversationType, str]
    pitch: float = 1.0
    speed: float = 1.0


@dataclass(frozen=True)
class TypeTemplate:
    label: str
    situation: str  # the opening situation; {name}, {meeting}
    beliefs: tuple[str, ...]
    objectives: tuple[str, ...]
    collaborative: tuple[str, ...]  # after the reveal, for a cause the manager wrote
    agreeing: tuple[str, ...]
    states: dict[str, tuple[str, ...]] = field(default_factory=dict)
    reveal_requires: tuple[str, ...] = ("open_question", "reflection")


def _voice(raw: dict[str, Any]) -> TemperamentVoice:
    return TemperamentVoice(
        label=raw["label"], description=raw["description"], personality=raw["personality"],
        speaking_style=raw["speaking_style"], belief=raw["belief"],
        states={k: tuple(v) for k, v in raw["states"].items()},
        reactions={k: tuple(v) for k, v in raw["reactions"].items()},
        openings={ConversationType(k): v for k, v in raw["openings"].items()},
        pitch=float(raw["pitch"]), speed=float(raw["speed"]),
    )


def _type(raw: dict[str, Any]) -> TypeTemplate:
    return TypeTemplate(
        label=raw["label"], situation=raw["situation"], beliefs=tuple(raw["beliefs"]),
        objectives=tuple(raw["objectives"]), collaborative=tuple(raw["collaborative"]),
        agreeing=tuple(raw["agreeing"]),
        states={k: tuple(v) for k, v in raw["states"].items()},
        reveal_requires=tuple(raw["reveal_requires"]),
    )


_RAW = yaml.safe_load(files("roleplay.builder").joinpath("templates.yaml").read_text("utf-8"))
VOICES: dict[Temperament, TemperamentVoice] = {
    Temperament(k): _voice(v) for k, v in _RAW["voices"].items()}
TYPES: dict[ConversationType, TypeTemplate] = {
    ConversationType(k): _type(v) for k, v in _RAW["types"].items()}

TYPE_LABELS: dict[ConversationType, str] = {t: tpl.label for t, tpl in TYPES.items()}
TEMPERAMENT_LABELS: dict[Temperament, str] = {t: v.label for t, v in VOICES.items()}


def state_lines(temperament: Temperament, kind: ConversationType,
                date: str = "the last time") -> dict[str, list[str]]:
    """Lines for the pre-reveal states, temperament first, then the type's additions."""
    voice, tpl = VOICES[temperament], TYPES[kind]
    out: dict[str, list[str]] = {}
    for state in STATES:
        lines = [*voice.states[state], *tpl.states.get(state, ())]
        out[state] = [line.format(date=date) for line in dict.fromkeys(lines)]
    return out


def reaction_lines(temperament: Temperament, date: str) -> dict[str, list[str]]:
    voice = VOICES[temperament]
    return {code: [line.format(date=date) for line in voice.reactions.get(code, ())]
            for code in REACTION_CODES if voice.reactions.get(code)}
