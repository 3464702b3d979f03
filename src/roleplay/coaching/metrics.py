"""Conversation metrics for display: talk share, R:Q ratio, longest monologue, pace.

The scorer computes them (``roleplay.scoring.metrics``) and records them in
``SessionScore.metrics``; this module only says how to show them. A session without a score
shows dashes, never figures worked out a second way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from roleplay.domain.session import Turn


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    value: float | None
    display: str
    target: str
    fraction: float | None  # 0..1 for a small bar, None when not applicable
    good: bool | None  # within the target range, None when unknown


def _pick(metrics: Mapping[str, float | int | None], *keys: str) -> float | None:
    for key in keys:
        value = metrics.get(key)
        if value is not None:
            return float(value)
    return None


def display_metrics(
    turns: Sequence[Turn], scored: Mapping[str, float | int | None] | None = None
) -> list[Metric]:
    """The four headline metrics from the scorer's figures (``turns`` tells a typed session,
    which has no pace, from one not yet scored)."""
    m = scored or {}
    share = _pick(m, "manager_talk_share_time", "manager_talk_share_words")
    rq = _pick(m, "reflection_to_question_ratio")
    mono = _pick(m, "longest_monologue_words")
    pace = _pick(m, "manager_words_per_minute")
    timed = any(t.start is not None for t in turns if t.speaker == "manager")
    return [
        Metric("talk_share", "Your talk share", share,
               "–" if share is None else f"{share:.0%}", "aim for under 50%",
               share, None if share is None else share <= 0.5),
        Metric("rq_ratio", "Reflections per question", rq,
               "–" if rq is None else f"{rq:.1f}", "aim for 1 or more",
               None if rq is None else min(rq / 2.0, 1.0), None if rq is None else rq >= 1.0),
        Metric("longest_monologue", "Longest turn", mono,
               "–" if mono is None else f"{mono:.0f} words", "aim for under 60 words",
               None if mono is None else min(mono / 120.0, 1.0),
               None if mono is None else mono < 60),
        Metric("pace_wpm", "Speaking pace", pace,
               ("typed" if not timed else "–") if pace is None else f"{pace:.0f} wpm",
               "130–170 wpm is easy to follow",
               None if pace is None else min(pace / 220.0, 1.0),
               None if pace is None else 110 <= pace <= 180),
    ]
