"""The versioned rubric (``rubric.yaml``, shipped as package data) as pydantic models."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from roleplay.domain.scores import (
    COMPETENCY_LABELS,
    Competency,
    Rubric,
    RubricAntiPattern,
    RubricCompetency,
    RubricLevel,
)


class RubricError(ValueError):
    pass


def parse_rubric(data: Any, source: str = "rubric") -> Rubric:
    """Build a Rubric from the YAML structure (levels written as a mapping score -> text)."""
    from pydantic import ValidationError

    if not isinstance(data, dict):
        raise RubricError(f"{source}: expected a mapping at the top level")
    try:
        comps = []
        for item in data.get("competencies", []):
            which = Competency(item["competency"])
            levels = tuple(
                RubricLevel(score=int(k), text=str(v))
                for k, v in sorted(item["levels"].items(), key=lambda kv: int(kv[0]))
            )
            comps.append(RubricCompetency(
                competency=which, label=item.get("label", COMPETENCY_LABELS[which]),
                description=item.get("description", ""),
                looks_for=tuple(item.get("looks_for", ())), levels=levels,
            ))
        rubric = Rubric(
            version=str(data["version"]),
            competencies=tuple(comps),
            anti_patterns=tuple(RubricAntiPattern(**a) for a in data.get("anti_patterns", [])),
            weights=data.get("weights", {}),
        )
    except (KeyError, TypeError, ValueError, ValidationError) as exc:
        raise RubricError(f"{source}: {exc}") from exc
    if {c.competency for c in rubric.competencies} != set(Competency):
        raise RubricError(f"{source}: every competency needs an entry")
    for c in rubric.competencies:
        if [lv.score for lv in c.levels] != [1, 2, 3, 4, 5]:
            raise RubricError(f"{source}: {c.competency.value} needs levels 1 to 5")
    return rubric


def load_rubric_file(path: Path) -> Rubric:
    import yaml

    return parse_rubric(yaml.safe_load(Path(path).read_text(encoding="utf-8")), str(path))


@lru_cache(maxsize=1)
def load_rubric() -> Rubric:
    """The shipped rubric, for the brief screen (before) and the review (after)."""
    import yaml

    text = (resources.files("roleplay.scoring") / "rubric.yaml").read_text(encoding="utf-8")
    return parse_rubric(yaml.safe_load(text), "roleplay/scoring/rubric.yaml")
