"""What earns each level of each competency, in plain words, for the brief screen.

The scoring package's rubric file is the source of truth once it is available; this summary is
what the brief shows until then (and mirrors the behaviour codes the scorer counts).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from roleplay.domain.scores import COMPETENCY_LABELS, Competency


@dataclass(frozen=True)
class RubricLevel:
    score: int
    text: str


@dataclass(frozen=True)
class RubricRow:
    competency: Competency
    label: str
    levels: tuple[RubricLevel, ...]


SUMMARY: dict[Competency, tuple[str, str, str]] = {
    Competency.ACTIVE_LISTENING: (
        "Talks over or past them; jumps to advice.",
        "Some reflections of what they said; talks about half the time.",
        "Reflects feelings and content, summarises, and lets them talk most.",
    ),
    Competency.POWERFUL_QUESTIONING: (
        "Mostly yes/no or leading questions.",
        "Some open questions, not always followed up.",
        "Open, curious questions that help them find the cause and the fix.",
    ),
    Competency.FEEDBACK_DELIVERY: (
        "Vague, softened away, or judging the person.",
        "Names the issue, with some specifics.",
        "Specific dated examples, their impact, and a clear expectation; no labels.",
    ),
    Competency.DEVELOPMENT_PLANNING: (
        "Ends with no next step.",
        "A next step, but vague on who, what or when.",
        "Agrees concrete actions, the support needed and a follow-up date.",
    ),
}


def default_rubric() -> list[RubricRow]:
    return [
        RubricRow(c, COMPETENCY_LABELS[c],
                  tuple(RubricLevel(s, t) for s, t in zip((1, 3, 5), SUMMARY[c], strict=True)))
        for c in Competency
    ]


def rubric_rows(rubric: Any = None) -> list[RubricRow]:
    """Rows from the scoring package's rubric when it has a recognisable shape, else defaults.

    Accepted: an object with ``competencies`` (each with ``competency`` and ``levels``, levels
    being a mapping score -> text or a sequence of objects with ``score``/``level`` and
    ``text``/``description``).
    """
    comps = getattr(rubric, "competencies", None)
    if not comps:
        return default_rubric()
    rows: list[RubricRow] = []
    try:
        items = comps.values() if isinstance(comps, Mapping) else comps
        for item in items:
            which = Competency(getattr(item, "competency", getattr(item, "id", "")))
            raw = getattr(item, "levels", {})
            pairs = raw.items() if isinstance(raw, Mapping) else (
                (getattr(lv, "score", getattr(lv, "level", 0)),
                 getattr(lv, "text", getattr(lv, "description", ""))) for lv in raw)
            levels = tuple(sorted((RubricLevel(int(s), str(t)) for s, t in pairs),
                                  key=lambda lv: lv.score))
            rows.append(RubricRow(which, COMPETENCY_LABELS[which], levels))
    except (ValueError, TypeError, AttributeError):
        return default_rubric()
    return rows or default_rubric()
