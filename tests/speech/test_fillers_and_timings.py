"""Spoken fillers are written down (and counted by the scorer), and a spoken turn's times are
where the voice is in its recording. Real espeak-ng speech, real tiny.en, the real listener."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from roleplay.domain.session import Word
from roleplay.ports.speech import CapturedUtterance, Transcription, TranscriptSegment
from roleplay.scoring._text import count_fillers
from roleplay.services.practice import Practice, SpokenLine
from roleplay.speech.audio import Samples
from roleplay.speech.fillers import tidy_fillers
from roleplay.speech.listen import ListenOptions, TurnListener
from roleplay.speech.sources import WavFileSource
from roleplay.speech.whisper import WhisperSpeechToText

from .conftest import RATE, silence

WITH_FILLERS = [  # (what espeak-ng says, fillers in it)
    ("Um, I wanted to talk about the deadline.", 1),
    ("So, uh, what happened on Tuesday?", 1),
    ("I think, um, we should, uh, agree on a plan.", 2),
    ("Uh, um, can you walk me through it?", 2),
    ("Well, um, the report was late, and uh, the client noticed.", 2),
]
WITHOUT_FILLERS = [
    "I noticed the report was late three times this month.",
    "Can you help me understand what got in the way?",
    "Let's agree on a plan for the next two weeks.",
]


def test_long_filler_spellings_become_the_counted_ones() -> None:
    assert tidy_fillers("Umm, I think, uhh, that hmmm works. Summer, Uhm.") == (
        "Um, I think, uh, that hmm works. Summer, Uhm.")
    assert count_fillers(tidy_fillers("Ummm, well, uhhh, yes")) == 2


@pytest.mark.parametrize(("line", "spoken"), WITH_FILLERS)
def test_fillers_are_transcribed_and_counted(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples], line: str, spoken: int
) -> None:
    text = stt.transcribe_fast(speak(line)).text
    assert count_fillers(text) == spoken, text


def test_plain_whisper_drops_them_which_is_why_the_prompt_is_there(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    plain = sum(count_fillers(stt.transcribe_plain(speak(line)).text) for line, _ in WITH_FILLERS)
    assert plain < sum(n for _, n in WITH_FILLERS) / 2


def test_no_fillers_are_invented(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    for line in WITHOUT_FILLERS:
        text = stt.transcribe_fast(speak(line)).text
        assert count_fillers(text) == 0, text


def test_fillers_survive_the_live_listening_path(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    parts = []
    for line, _ in WITH_FILLERS[2:]:
        parts += [speak(line), silence(0.5)]
    heard = TurnListener(WavFileSource(np.concatenate(parts)), stt, ListenOptions()).run()
    assert count_fillers(heard.text) >= 5, heard.text  # 6 spoken; one may merge into a word


def test_turn_times_come_from_the_voice_in_the_recording(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    said = speak("I noticed the report was late again. Can you walk me through what happened?")
    audio = np.concatenate([silence(2.0), said, silence(1.0)])
    heard = TurnListener(WavFileSource(audio), stt, ListenOptions()).run()
    spoken_s = said.size / RATE
    assert heard.duration_s == pytest.approx(audio.size / RATE, abs=0.05)
    assert heard.speech_start_s == pytest.approx(2.0, abs=0.15)
    assert heard.speech_end_s == pytest.approx(2.0 + spoken_s, abs=0.25)
    # the words lie inside that span
    assert heard.words[0].start >= 1.7 and heard.words[-1].end <= 2.0 + spoken_s + 0.4

    # the recording began 10 s into the session: the turn is where the voice was
    line = Practice(engine=None, scorer=None).line(  # type: ignore[arg-type]
        SpokenLine(heard, start=10.0, end=10.0 + heard.duration_s))
    assert line.start == pytest.approx(12.0, abs=0.15)
    assert line.end == pytest.approx(12.0 + spoken_s, abs=0.25)
    # (word times from a tiny model are a few hundred ms loose)
    assert line.start - 0.4 <= line.words[0].start and line.words[-1].end <= line.end + 0.4


def test_without_a_voice_detector_the_words_give_the_span() -> None:
    words = (Word(text="Right", start=1.2, end=1.5), Word(text="then.", start=1.5, end=1.9))
    heard = CapturedUtterance(
        transcription=Transcription(text="Right then.", segments=(
            TranscriptSegment(start=1.2, end=1.9, text="Right then.", words=words),)),
        pcm16=b"\0\0" * (3 * RATE))
    assert heard.voice_span() == (1.2, 1.9)
    assert CapturedUtterance(transcription=Transcription(text=""),
                             pcm16=b"\0\0" * RATE).voice_span() == (0.0, 1.0)
