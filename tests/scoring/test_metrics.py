"""Conversation metrics on hand-built transcripts, with and without word timestamps."""

from __future__ import annotations

import pytest

from roleplay.domain.session import Transcript
from roleplay.scoring.scorer import SessionScorer

from .conftest import GOOD, POOR, transcript


def test_timed_transcript(timed: Transcript) -> None:
    m = SessionScorer().metrics(timed)
    assert m.manager_turns == 2 and m.report_turns == 2
    assert m.manager_words == 18 and m.report_words == 11
    assert m.manager_talk_share_words == pytest.approx(18 / 29)
    # spoken time from the words: manager 3 s + 3 s, report 2 s + 2 s
    assert m.manager_talk_share_time == pytest.approx(0.6)
    assert m.report_talk_share_time == pytest.approx(0.4)
    assert m.manager_words_per_minute == pytest.approx(18 / 6 * 60)
    assert m.longest_monologue_words == 9 and m.longest_monologue_seconds == pytest.approx(3.0)
    assert m.filler_words == 1  # "um"
    # report ended at 5.5, manager started at 8.0: a 2.5 s pause (the report speaks last)
    assert m.silences_after_report == 1
    assert m.mean_response_gap_seconds == pytest.approx(2.5)
    assert m.interruptions == 0
    assert m.questions_asked == 1 and m.open_questions == 1
    assert m.reflections == 1 and m.reflection_to_question_ratio == pytest.approx(1.0)


def test_untimed_metrics_are_none_not_zero() -> None:
    m = SessionScorer().metrics(GOOD)
    assert m.manager_talk_share_time is None and m.manager_words_per_minute is None
    assert m.silences_after_report is None and m.interruptions is None
    assert m.manager_talk_share_words is not None
    assert m.first_observation_turn == 4
    assert m.reflections_per_manager_turn == pytest.approx(m.reflections / 5)


def test_interruption_and_advice_before_the_first_question() -> None:
    from roleplay.domain.session import Turn

    t = Transcript(turns=(
        Turn(index=0, speaker="report", text="I was going to say that the client", start=0.0,
             end=4.0),
        Turn(index=1, speaker="manager", text="You should just call them today.", start=3.0,
             end=5.0),
        Turn(index=2, speaker="report", text="Okay.", start=5.5, end=6.0),
        Turn(index=3, speaker="manager", text="What else is going on?", start=6.2, end=7.0),
    ))
    m = SessionScorer().metrics(t)
    assert m.interruptions == 1
    assert m.advice_turns == 1 and m.advice_before_first_question == 1


def test_monologue_and_talk_share() -> None:
    long = " ".join(["We need to talk about the quarter and the numbers and the plan."] * 8)
    m = SessionScorer().metrics(transcript(("manager", long), ("report", "Okay.")))
    assert m.longest_monologue_words >= 90 and m.monologues == 1
    assert m.manager_talk_share_words is not None and m.manager_talk_share_words > 0.95


def test_poor_manager_gives_input_and_asks_little() -> None:
    m = SessionScorer().metrics(POOR)
    assert m.input_share is not None and m.input_share >= 0.5
    assert m.reflections == 0
