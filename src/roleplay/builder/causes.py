"""Common hidden root causes, per conversation type, for the guided scenario builder.

A manager may pick one, write their own, or let the builder draw one ("surprise me") so the
rehearsal still surprises them. Each cause carries everything the offline voice needs: a guarded
hint, the reveal in the report's own words, and lines for the collaborative end of the meeting.
The text is data, in ``causes.yaml`` next to this module.

Rules the lines follow (checked by the tests for every type, temperament and cause):
- ``hints`` never contain a ``keywords`` entry (they only suggest there is more to it);
- every ``reveals`` line names at least one keyword;
- keywords are specific phrases, so generic lines never match them by accident.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files

import yaml

from roleplay.domain.scenario import ConversationType

SURPRISE = "surprise"
OWN = "own"


@dataclass(frozen=True)
class RootCause:
    id: str
    type: ConversationType
    label: str
    summary: str  # third person; ``{name}`` is the report's first name
    hints: tuple[str, ...]
    reveals: tuple[str, ...]
    collaborative: tuple[str, ...]
    agreeing: tuple[str, ...]
    keywords: tuple[str, ...]

    def summary_for(self, name: str) -> str:
        return self.summary.format(name=name)


def _load() -> tuple[RootCause, ...]:
    raw = yaml.safe_load(files("roleplay.builder").joinpath("causes.yaml").read_text("utf-8"))
    return tuple(RootCause(
        id=c["id"], type=ConversationType(c["type"]), label=c["label"], summary=c["summary"],
        **{k: tuple(c[k]) for k in ("hints", "reveals", "collaborative", "agreeing", "keywords")},
    ) for c in raw["causes"])


CAUSES: tuple[RootCause, ...] = _load()  # the text lives in causes.yaml

CAUSES_BY_ID: dict[str, RootCause] = {c.id: c for c in CAUSES}


def causes_for(kind: ConversationType) -> list[RootCause]:
    return [c for c in CAUSES if c.type == kind]


def cause_ids(kind: ConversationType) -> list[str]:
    return [c.id for c in causes_for(kind)]


def draw_cause(kind: ConversationType, rng: random.Random, avoid_text: str = "") -> RootCause:
    """A cause for the type, at random; causes the manager already suspects are avoided, so the
    rehearsal tests the assumption rather than confirming it."""
    options = causes_for(kind)
    low = avoid_text.lower()
    fresh = [c for c in options if not any(k.lower() in low for k in c.keywords)]
    return rng.choice(fresh or options)


def describe_causes(kind: ConversationType) -> Sequence[tuple[str, str]]:
    """(id, label) pairs for a picker."""
    return [(c.id, c.label) for c in causes_for(kind)]
