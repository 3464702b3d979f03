"""A spoken session scores its questions as questions: real speech (espeak-ng), the real
recogniser (faster-whisper tiny.en), the real coder and scorer. Recognisers differ in how much
punctuation they put back, so the session is also scored with every mark taken out, as a
recogniser that returns bare words would give it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.session import Transcript, Turn
from roleplay.scoring.corpus import as_spoken
from roleplay.scoring.scorer import SessionScorer
from roleplay.speech.audio import Samples
from roleplay.speech.whisper import WhisperSpeechToText

pytestmark = pytest.mark.slow

MANAGER = [
    "Thanks for coming in. How have the last few weeks been for you?",
    "What do you think got in the way on the invoice export?",
    "How could I help you get the retry fix over the line?",
    "Can you walk me through what happened at the design review?",
]
REPORT = [
    "It's been a lot, honestly. The migration took most of my time.",
    "The estimate was too small and I didn't say so early enough.",
    "Maybe if I came off the support rota for a couple of weeks.",
    "I had something come up that morning and didn't send a message.",
]


@pytest.mark.parametrize("punctuation", ["as recognised", "none"])
def test_a_spoken_session_scores_its_questions_as_questions(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples], punctuation: str,
) -> None:
    heard = [stt.transcribe_fast(speak(line)).text for line in MANAGER]
    if punctuation == "none":
        heard = [as_spoken(text) for text in heard]
        assert not any(mark in "".join(heard) for mark in "?.,")
    turns = []
    for manager, report in zip(heard, REPORT, strict=True):
        turns.append(Turn(index=len(turns), speaker="manager", text=manager, source="spoken"))
        turns.append(Turn(index=len(turns), speaker="report", text=report))
    score = SessionScorer().score_transcript(Transcript(turns=tuple(turns)))
    questions = [t for t in score.turns if t.speaker == "manager"
                 and {Code.OPEN_QUESTION, Code.CLOSED_QUESTION} & set(t.codes)]
    assert len(questions) == len(MANAGER), (heard, score.turns)
    assert score.metrics["questions_asked"] == len(MANAGER)
    questioning = next(c for c in score.competencies if c.competency == "powerful_questioning")
    assert questioning.score is not None and questioning.score >= 3, questioning
