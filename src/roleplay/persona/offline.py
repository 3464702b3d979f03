"""The offline scripted voice: the scenario's authored line for the mind's state and move."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Literal

from roleplay.domain.mind import TraceEntry
from roleplay.domain.scenario import OfflineLines, Scenario
from roleplay.ports.persona import ReplyRequest

DESCRIPTION = "offline scripted persona"


# When a state's own lines are used up, the nearest state's lines are the next best fit.
NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "hostile": ("defensive",),
    "defensive": ("hostile", "guarded"),
    "guarded": ("defensive", "warming"),
    "warming": ("guarded", "collaborative"),
    "repair": ("warming",),
    "hint": ("warming",),
    "reveal": ("collaborative",),
    "collaborative": ("agreeing", "warming"),
    "agreeing": ("collaborative",),
}


def candidate_lines(scenario: Scenario, entry: TraceEntry) -> list[str]:
    """Lines fitting the step, best first: the move's reaction, the state's, then neighbours'."""
    lines: OfflineLines = scenario.lines
    chosen: list[str] = []
    if entry.reply_key == "reaction" and entry.reaction is not None:
        chosen += lines.reactions.for_code(entry.reaction)
        key = entry.mood.value
    else:
        key = entry.reply_key
    for state in (key, *NEIGHBOURS.get(key, ())):
        state_lines = getattr(lines, state, None)
        if isinstance(state_lines, list):
            chosen += [line for line in state_lines if line not in chosen]
    return chosen


def _state_lines(scenario: Scenario, entry: TraceEntry) -> list[str]:
    """The lines of the step's own state (or reaction), before any neighbour's."""
    if entry.reply_key == "reaction" and entry.reaction is not None:
        return scenario.lines.reactions.for_code(entry.reaction) or list(
            getattr(scenario.lines, entry.mood.value))
    own = getattr(scenario.lines, entry.reply_key, None)
    return list(own) if isinstance(own, list) else []


def pick_line(request: ReplyRequest) -> str:
    """Never repeat a line in a session while an alternative exists; deterministic per session."""
    candidates = candidate_lines(request.scenario, request.entry)
    fresh = [line for line in candidates if line not in request.used_lines]
    if fresh:
        # Prefer the state's own lines (varied, but the same for the same session and turn).
        own = [line for line in _state_lines(request.scenario, request.entry) if line in fresh]
        rng = random.Random(f"{request.scenario.id}:{len(request.turns)}")
        return rng.choice(own) if own else fresh[0]
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
