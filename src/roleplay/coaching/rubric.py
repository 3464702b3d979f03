"""The scoring rubric as the brief and the review show it: one row per competency with what
earns each level, read from the rubric the scorer uses (``domain.scores.Rubric``), never from a
copy of its text."""

from __future__ import annotations

from dataclasses import dataclass

from roleplay.domain.scores import Competency, Rubric, RubricLevel


@dataclass(frozen=True)
class RubricRow:
    competency: Competency
    label: str
    levels: tuple[RubricLevel, ...]


def rubric_rows(rubric: Rubric) -> list[RubricRow]:
    return [RubricRow(c.competency, c.label, tuple(sorted(c.levels, key=lambda lv: lv.score)))
            for c in rubric.competencies]


def what_earns_a_five(rubric: Rubric | None, which: Competency) -> str:
    """The rubric's words for the top level, or its description of the competency."""
    if rubric is None:
        return ""
    comp = rubric.competency(which)
    top = comp.level(5)
    return top.text if top is not None else comp.description
