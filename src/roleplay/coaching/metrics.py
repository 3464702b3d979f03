"""Conversation metrics for display: talk share, R:Q ratio, longest monologue, pace.

The scorer records its own metrics in ``SessionScore.metrics``; these functions read them when
present and otherwise compute the same figures from the transcript, so the review screen always
has something honest to show.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from roleplay.domain.codes import Code
from roleplay.domain.session import Turn

QUESTIONS = frozenset({Code.OPEN_QUESTION, Code.CLOSED_QUESTION})
REFLECTIONS = frozenset({Code.REFLECTION, Code.SUMMARY})


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    value: float | None
    display: str
    target: str
    fraction: float | None  # 0..1 for a small bar, None when not applicable
    good: bool | None  # within the target range, None when unknown


def _words(turns: Sequence[Turn], speaker: str) -> int:
    return sum(len(t.text.split()) for t in turns if t.speaker == speaker)


def talk_share(turns: Sequence[Turn]) -> float | None:
    mine, theirs = _words(turns, "manager"), _words(turns, "report")
    return mine / (mine + theirs) if mine + theirs else None


def reflection_question_ratio(turns: Sequence[Turn]) -> float | None:
    codes = [t.coding.codes for t in turns if t.speaker == "manager" and t.coding is not None]
    questions = sum(1 for c in codes if c & QUESTIONS)
    reflections = sum(1 for c in codes if c & REFLECTIONS)
    if not questions:
        return None if not reflections else float(reflections)
    return reflections / questions


def longest_monologue(turns: Sequence[Turn]) -> int:
    return max((len(t.text.split()) for t in turns if t.speaker == "manager"), default=0)


def pace_wpm(turns: Sequence[Turn]) -> float | None:
    words = seconds = 0.0
    for t in turns:
        if t.speaker == "manager" and t.start is not None and t.end is not None and t.end > t.start:
            words += len(t.text.split())
            seconds += t.end - t.start
    return 60.0 * words / seconds if seconds >= 1 else None


def _pick(metrics: Mapping[str, float | int | None], *keys: str) -> float | None:
    for key in keys:
        value = metrics.get(key)
        if value is not None:
            return float(value)
    return None


def display_metrics(
    turns: Sequence[Turn], scored: Mapping[str, float | int | None] | None = None
) -> list[Metric]:
    """The four headline metrics, preferring the scorer's figures."""
    m = scored or {}
    share = _pick(m, "manager_talk_share_time", "manager_talk_share_words", "talk_share")
    share = talk_share(turns) if share is None else share
    rq = _pick(m, "reflection_to_question_ratio", "rq_ratio")
    rq = reflection_question_ratio(turns) if rq is None else rq
    mono = _pick(m, "longest_monologue_words", "longest_monologue")
    mono = float(longest_monologue(turns)) if mono is None else mono
    pace = _pick(m, "manager_words_per_minute", "pace_wpm")
    pace = pace_wpm(turns) if pace is None else pace
    return [
        Metric("talk_share", "Your talk share", share,
               "–" if share is None else f"{share:.0%}", "aim for under 50%",
               share, None if share is None else share <= 0.5),
        Metric("rq_ratio", "Reflections per question", rq,
               "–" if rq is None else f"{rq:.1f}", "aim for 1 or more",
               None if rq is None else min(rq / 2.0, 1.0), None if rq is None else rq >= 1.0),
        Metric("longest_monologue", "Longest turn", mono,
               f"{mono:.0f} words", "aim for under 60 words",
               min(mono / 120.0, 1.0), mono < 60),
        Metric("pace_wpm", "Speaking pace", pace,
               "typed" if pace is None else f"{pace:.0f} wpm", "130–170 wpm is easy to follow",
               None if pace is None else min(pace / 220.0, 1.0),
               None if pace is None else 110 <= pace <= 180),
    ]
