"""Turn the manager's answers into scenario fields (persona, facts, objectives, offline lines).

The result is plain data in file order, ready for ``writer.scenario_yaml``; the writer then
validates it through the scenario loader, so builder-made files meet exactly the same rules as
hand-written ones.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from typing import Any

from roleplay.builder.answers import BuilderAnswers
from roleplay.builder.causes import CAUSES_BY_ID, OWN, SURPRISE, RootCause, draw_cause
from roleplay.builder.templates import TYPES, VOICES, reaction_lines, state_lines
from roleplay.domain.scenario import Difficulty

MIN_TURNS: dict[Difficulty, int] = {Difficulty.EASY: 3, Difficulty.MEDIUM: 4, Difficulty.HARD: 5}
MAX_OBJECTIVES = 6
_STOP = frozenset((
    "about", "after", "again", "being", "because", "been", "before", "could", "doing", "every",
    "going", "would", "their", "there", "these", "those", "thing", "things", "think", "since",
    "still", "other", "really", "right", "which", "while", "where", "what", "when", "with",
    "without", "they", "them", "than", "that", "this", "have", "from", "just", "into", "more",
    "most", "much", "only", "over", "some", "such", "very", "want", "wants", "were", "will",
    "your", "yours", "always", "never", "feels", "feel", "been", "someone", "anyone",
))


@dataclass(frozen=True)
class Composition:
    data: dict[str, Any]
    cause_id: str  # a catalogue id, or "own"
    surprise: bool  # drawn at random: keep it from the manager until after the rehearsal


def slug(text: str, limit: int = 48) -> str:
    value = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return (value[:limit].rstrip("-") or "my-scenario")


def date_words(day: dt.date) -> str:
    return f"{day.day} {day:%B}"


def _derive_keywords(summary: str, reveal: str, exclude: str, name: str) -> list[str]:
    """Distinctive words the summary and the reveal share (to catch an early give-away)."""
    in_reveal = set(re.findall(r"[a-z']{5,}", reveal.lower()))
    early = exclude.lower()  # a keyword is matched as a substring, so exclude it the same way
    words: list[str] = []
    for word in re.findall(r"[a-z']{5,}", summary.lower()):
        if (word in in_reveal and word not in early and word != name.lower()
                and word not in _STOP and word not in words):
            words.append(word)
    return words[:5]


def pick_cause(answers: BuilderAnswers, rng: random.Random) -> tuple[RootCause | None, bool]:
    if answers.root_cause == OWN:
        return None, False
    if answers.root_cause == SURPRISE:
        avoid = f"{answers.suspicion} {answers.topic}"
        return draw_cause(answers.conversation_type, rng, avoid), True
    return CAUSES_BY_ID[answers.root_cause], False


def compose(answers: BuilderAnswers, *, rng: random.Random | None = None) -> Composition:
    """Scenario fields for the answers; ``rng`` draws the surprise cause (seed it in tests)."""
    rng = rng or random.Random()
    kind, temperament = answers.conversation_type, answers.temperament
    voice, tpl = VOICES[temperament], TYPES[kind]
    name, first = answers.report_name, answers.first_name
    examples = sorted(answers.examples, key=lambda e: e.date)
    when = date_words(examples[0].date)

    states = state_lines(temperament, kind, when)
    reactions = reaction_lines(temperament, when)
    opening = voice.openings[kind]

    cause, surprise = pick_cause(answers, rng)
    if cause is not None:
        summary = cause.summary_for(first)
        hints, reveals = list(cause.hints), list(cause.reveals)
        collaborative, agreeing = list(cause.collaborative), list(cause.agreeing)
        keywords = list(cause.keywords)
        cause_id = cause.id
    else:
        own = answers.own_root_cause
        assert own is not None  # validated: "own" needs own_root_cause
        summary, hints, reveals = own.summary, [own.hint], [own.reveal]
        collaborative, agreeing = list(tpl.collaborative), list(tpl.agreeing)
        early = " ".join([opening, own.hint, *(line for group in states.values() for line in group),
                          *(line for group in reactions.values() for line in group)])
        keywords = list(own.keywords) or _derive_keywords(own.summary, own.reveal, early, first)
        cause_id = OWN

    objectives = list(dict.fromkeys([*answers.goals, *tpl.objectives]))[:MAX_OBJECTIVES]
    summary_text = f"{first}, {answers.role}: {answers.topic}. {answers.impact}"
    if answers.suspicion:
        summary_text += (f" You suspect: {answers.suspicion} Hold that lightly; ask before you "
                         "assume.")
    meeting = answers.meeting or "Your next 1:1"

    data: dict[str, Any] = {
        "id": answers.scenario_id or slug(f"{first}-{answers.topic}"),
        "title": f"{name}: {answers.topic}",
        "summary": summary_text,
        "difficulty": answers.difficulty.value,
        "type": kind.value,
        "persona": {
            "name": name,
            "role": answers.role,
            "tenure": answers.tenure,
            "temperament": temperament.value,
            "personality": voice.personality,
            "speaking_style": voice.speaking_style,
            "beliefs": [*tpl.beliefs, voice.belief],
            "hidden_root_cause": {
                "summary": summary,
                "hint": hints[0],
                "keywords": keywords,
                "reveal_when": {
                    "requires": list(tpl.reveal_requires),
                    "min_manager_turns": MIN_TURNS[answers.difficulty],
                },
            },
            "voice": {"pitch": voice.pitch, "speed": voice.speed},
        },
        "facts": [
            {"date": ex.date, "observation": ex.what_happened,
             **({"impact": ex.impact} if ex.impact else {})}
            for ex in examples
        ],
        "objectives": objectives,
        "opening": {
            "situation": tpl.situation.format(meeting=meeting, name=first),
            "report_line": opening,
        },
        "lines": {
            **{state: states[state] for state in ("guarded", "warming", "defensive", "hostile",
                                                  "repair")},
            "hint": hints,
            "reveal": reveals,
            "collaborative": collaborative,
            "agreeing": agreeing,
            "reactions": reactions,
        },
    }
    return Composition(data=data, cause_id=cause_id, surprise=surprise)
