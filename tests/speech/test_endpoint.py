"""Hands-free end of turn: sooner after a complete question or sentence decoded in this pause,
later after "and", "because" or a filler, the base wait otherwise."""

from __future__ import annotations

import pytest

from roleplay.speech.endpoint import EndpointRule
from roleplay.speech.vad import TurnDetector

RULE = EndpointRule()


@pytest.mark.parametrize(("text", "covers", "expected"), [
    ("What got in the way?", True, 0.4),
    ("I noticed the report was late three times.", True, 0.5),
    ("I noticed the report was late three times.", False, 0.7),  # not decoded in this pause
    ("What got in the way?", False, 0.7),
    ("and the budget for the new project and", True, 1.26),
    ("I wanted to talk about it because", False, 1.26),
    ("I wanted to talk about it because.", True, 1.26),  # Whisper's full stop does not count
    ("So the plan is, um", True, 1.26),
    ("So the plan is, uh.", True, 1.26),
    ("I think that", False, 1.26),
    ("Can I help you?", True, 0.4),  # a question ending on a pronoun is still complete
    ("Thank you.", True, 0.7),  # too short to trust
    ("", False, 0.7),
    ("We can look at it on Friday", True, 0.7),  # no closing mark: the base wait
])
def test_required_silence(text: str, covers: bool, expected: float) -> None:
    assert RULE.required_silence_s(text, covers) == pytest.approx(expected)


def test_detector_ends_a_complete_question_sooner_than_a_hanging_phrase() -> None:
    def silence_needed(text: str) -> float:
        detector = TurnDetector(silence_s=0.7)
        for _ in range(30):
            detector.update(0.9, 0.032)
        detector.note_text(text, covers_speech=True)
        waited = 0.0
        while not detector.update(0.0, 0.032):
            waited += 0.032
        return waited

    assert silence_needed("What got in the way?") < 0.45
    assert 0.65 < silence_needed("What got in the way") < 0.75
    assert silence_needed("and because") > 1.2


def test_new_speech_makes_the_text_stale() -> None:
    detector = TurnDetector(silence_s=0.7)
    for _ in range(30):
        detector.update(0.9, 0.032)
    detector.note_text("What got in the way?", covers_speech=True)
    detector.update(0.9, 0.032)  # the manager goes on: the question was not the end
    assert detector.required_silence_s() == pytest.approx(0.7)


def test_fixed_wait_when_not_adaptive() -> None:
    detector = TurnDetector(silence_s=0.7, adaptive=False)
    detector.note_text("What got in the way?", covers_speech=True)
    assert detector.required_silence_s() == pytest.approx(0.7)
    detector.note_text("and", covers_speech=True)
    assert detector.required_silence_s() == pytest.approx(1.26)
