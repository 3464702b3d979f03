"""A follow-up question about what hurts takes a disclosure in (issue 11, fourth day)."""

from __future__ import annotations

import pytest

from roleplay.scoring.report import format_report
from roleplay.scoring.scorer import score_transcript

from .test_competencies_listening import UP, _missed_deadlines


@pytest.mark.parametrize("answer", [
    "Which part of it hurts most right now?",
    "What's been the toughest bit for you?",
])
def test_asking_what_hurts_most_after_a_disclosure_is_not_ignoring_it(answer: str) -> None:
    score = score_transcript(_missed_deadlines(answer), UP)
    assert "ignoring_disclosure" not in {a.id for a in score.anti_patterns}, format_report(score)
