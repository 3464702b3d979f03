"""The offline scripted voice: the scenario's authored line for the mind's state and move."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Literal

from roleplay.domain.mind import TraceEntry
from roleplay.domain.scenario import OfflineLines, Scenario
from roleplay.ports.persona import ReplyRequest

DESCRIPTION = "offline scripted persona"


def candidate_lines(scenario: Scenario, entry: TraceEntry) -> list[str]:
    """Lines fitting the step, best first: the move's reaction, then the mood's lines."""
    lines: OfflineLines = scenario.lines
    chosen: list[str] = []
    if entry.reply_key == "reaction" and entry.reaction is not None:
        chosen += lines.reactions.for_code(entry.reaction)
        fallback = entry.mood.value
    else:
        fallback = entry.reply_key
    mood_lines = getattr(lines, fallback, None)
    if isinstance(mood_lines, list):
        chosen += [line for line in mood_lines if line not in chosen]
    return chosen


def pick_line(request: ReplyRequest) -> str:
    """Never repeat a line in a session while an alternative exists; deterministic per session."""
    candidates = candidate_lines(request.scenario, request.entry)
    fresh = [line for line in candidates if line not in request.used_lines]
    if fresh:
        # Prefer the move's own reaction, else vary among the mood's lines.
        rng = random.Random(f"{request.scenario.id}:{len(request.turns)}")
        reaction_fresh = [
            line for line in fresh
            if request.entry.reaction is not None
            and line in request.scenario.lines.reactions.for_code(request.entry.reaction)
        ]
        return reaction_fresh[0] if reaction_fresh else rng.choice(fresh)
    # Everything was said: repeat the one said longest ago.
    said = list(request.used_lines)
    return min(candidates, key=lambda line: said.index(line) if line in said else -1)


class OfflineVoice:
    kind: Literal["offline", "llm"] = "offline"

    @property
    def description(self) -> str:
        return DESCRIPTION

    def reply(self, request: ReplyRequest) -> Iterator[str]:
        words = pick_line(request).split(" ")
        for i, word in enumerate(words):
            yield word if i == 0 else " " + word
