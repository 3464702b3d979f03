"""Conversation metrics from the coded transcript, with word timestamps where present."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from pydantic import Field

from roleplay.domain.base import Frozen
from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.session import Turn
from roleplay.scoring._text import count_fillers, words

MONOLOGUE_WORDS = 90
MONOLOGUE_SECONDS = 40.0
SILENCE_SECONDS = 2.0  # a pause the manager leaves after the report stops: room to go on

QUESTION_CODES = frozenset({Code.OPEN_QUESTION, Code.CLOSED_QUESTION})
REFLECTION_CODES = frozenset({Code.REFLECTION, Code.SUMMARY})


class ConversationMetrics(Frozen):
    """What a conversation looked like, in numbers. None means "could not be measured"."""

    manager_turns: int
    report_turns: int
    manager_words: int
    report_words: int
    manager_talk_share_words: float | None = Field(description="Manager's share of all words.")
    manager_talk_share_time: float | None = Field(description="Share of speaking time (timed).")
    report_talk_share_words: float | None
    report_talk_share_time: float | None
    longest_monologue_words: int
    longest_monologue_turn: int | None
    longest_monologue_seconds: float | None
    monologues: int = Field(description=f"Manager turns of {MONOLOGUE_WORDS}+ words.")
    questions_asked: int = Field(description="Manager turns containing a question.")
    open_questions: int
    closed_questions: int
    open_question_share: float | None
    reflections: int
    reflection_to_question_ratio: float | None
    reflections_per_manager_turn: float | None
    advice_turns: int
    advice_before_first_question: int
    input_share: float | None = Field(description="Share of manager turns that give input.")
    first_observation_turn: int | None = Field(description="Index of the first specific example.")
    manager_words_per_minute: float | None
    filler_words: int
    fillers_per_100_words: float | None
    silences_after_report: int | None = Field(
        description=f"Pauses of {SILENCE_SECONDS:.0f}s+ the manager left after the report spoke.")
    mean_response_gap_seconds: float | None
    interruptions: int | None = Field(description="Manager started before the report finished.")

    def as_dict(self) -> dict[str, float | int | None]:
        return {k: (round(v, 3) if isinstance(v, float) else v)
                for k, v in self.model_dump().items()}


def _duration(turn: Turn) -> float | None:
    if turn.words:
        span = turn.words[-1].end - turn.words[0].start
        if span > 0:
            return span
    if turn.start is not None and turn.end is not None and turn.end > turn.start:
        return turn.end - turn.start
    return None


def _share(part: float, whole: float) -> float | None:
    return part / whole if whole > 0 else None


def compute_metrics(turns: Sequence[Turn], codings: dict[int, TurnCoding]) -> ConversationMetrics:
    """Metrics for ``turns``; ``codings`` maps a manager turn's index to its coding."""
    mgr = [t for t in turns if t.speaker == "manager"]
    rep = [t for t in turns if t.speaker == "report"]
    wc = {t.index: len(words(t.text)) for t in turns}
    m_words, r_words = sum(wc[t.index] for t in mgr), sum(wc[t.index] for t in rep)
    durations = {t.index: _duration(t) for t in turns}
    timed = all(durations[t.index] is not None for t in turns) and bool(turns)
    m_time = sum(durations[t.index] or 0.0 for t in mgr)
    r_time = sum(durations[t.index] or 0.0 for t in rep)

    longest = max(mgr, key=lambda t: wc[t.index], default=None)
    longest_s = max((durations[t.index] or 0.0 for t in mgr), default=0.0)

    def coded(t: Turn) -> TurnCoding:
        return codings.get(t.index) or TurnCoding(primary=Primary.OTHER)

    q_turns = [t for t in mgr if coded(t).primary == Primary.QUESTION
               or coded(t).codes & QUESTION_CODES]
    open_q = sum(1 for t in mgr if Code.OPEN_QUESTION in coded(t).codes)
    closed_q = sum(1 for t in mgr if Code.CLOSED_QUESTION in coded(t).codes
                   and Code.OPEN_QUESTION not in coded(t).codes)
    refl = sum(1 for t in mgr if coded(t).primary == Primary.REFLECTION
               or coded(t).codes & REFLECTION_CODES)
    advice = [t for t in mgr if Code.ADVICE in coded(t).codes]
    first_q = min((t.index for t in q_turns if Code.ADVICE not in coded(t).codes), default=None)
    advice_before = sum(1 for t in advice if first_q is None or t.index < first_q)
    inputs = sum(1 for t in mgr if coded(t).primary == Primary.INPUT)
    first_obs = next((t.index for t in mgr if Code.OBSERVATION in coded(t).codes), None)

    speak_minutes = m_time / 60.0
    timed_mgr = [t for t in mgr if durations[t.index]]
    wpm = (sum(wc[t.index] for t in timed_mgr) / (sum(durations[t.index] or 0 for t in timed_mgr)
                                                   / 60.0)) if timed_mgr and speak_minutes else None
    fillers = sum(count_fillers(t.text) for t in mgr)

    gaps: list[float] = []
    interruptions = 0
    any_gap = False
    for prev, cur in itertools.pairwise(turns):
        if (prev.speaker == "report" and cur.speaker == "manager"
                and prev.end is not None and cur.start is not None):
            any_gap = True
            gap = cur.start - prev.end
            if gap < -0.2:
                interruptions += 1
            gaps.append(max(gap, 0.0))
    return ConversationMetrics(
        manager_turns=len(mgr), report_turns=len(rep), manager_words=m_words,
        report_words=r_words,
        manager_talk_share_words=_share(m_words, m_words + r_words),
        manager_talk_share_time=_share(m_time, m_time + r_time) if timed else None,
        report_talk_share_words=_share(r_words, m_words + r_words),
        report_talk_share_time=_share(r_time, m_time + r_time) if timed else None,
        longest_monologue_words=wc[longest.index] if longest else 0,
        longest_monologue_turn=longest.index if longest else None,
        longest_monologue_seconds=longest_s if longest_s > 0 else None,
        monologues=sum(1 for t in mgr if wc[t.index] >= MONOLOGUE_WORDS
                       or (durations[t.index] or 0) >= MONOLOGUE_SECONDS),
        questions_asked=len(q_turns), open_questions=open_q, closed_questions=closed_q,
        open_question_share=_share(open_q, open_q + closed_q),
        reflections=refl,
        reflection_to_question_ratio=_share(refl, len(q_turns)),
        reflections_per_manager_turn=_share(refl, len(mgr)),
        advice_turns=len(advice), advice_before_first_question=advice_before,
        input_share=_share(inputs, len(mgr)),
        first_observation_turn=first_obs,
        manager_words_per_minute=wpm,
        filler_words=fillers,
        fillers_per_100_words=100.0 * fillers / m_words if m_words else None,
        silences_after_report=sum(1 for g in gaps if g >= SILENCE_SECONDS) if any_gap else None,
        mean_response_gap_seconds=sum(gaps) / len(gaps) if gaps else None,
        interruptions=interruptions if any_gap else None,
    )
