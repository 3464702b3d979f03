"""The prompt rule for decodes after a cut and the filler merge (roleplay.speech.seam), and the
rule wired into the incremental decoder with the real tiny.en."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from roleplay.domain.session import Word
from roleplay.ports.speech import Transcription
from roleplay.speech.audio import Samples
from roleplay.speech.incremental import IncrementalStream, StreamOptions
from roleplay.speech.seam import hesitated, is_filler, prompt_after_cut, with_fillers_from
from roleplay.speech.whisper import WhisperSpeechToText

from .conftest import silence
from .test_incremental import LINES, _CountingTidy, feed


def w(text: str, start: float) -> Word:
    return Word(text=text, start=start, end=start + 0.3)


def test_fillers_are_recognised_whatever_the_case_and_punctuation() -> None:
    assert is_filler("Um,") and is_filler(w("uh.", 0.0)) and not is_filler("umbrella")
    assert hesitated([w("So", 0), w("uh,", 0.4)]) and not hesitated([w("So", 0)])


@pytest.mark.parametrize(("rule", "hesitation", "expected"), [
    ("always", False, ("settled text", True)),
    ("hesitation", False, (None, False)),
    ("hesitation", True, ("settled text", True)),
    ("never", True, (None, False)),
    ("both", True, (None, False)),
    ("text", True, ("settled text", False)),
    ("text_hesitation", False, ("settled text", False)),
    ("text_hesitation", True, ("settled text", True)),
])
def test_what_a_decode_after_a_cut_is_prompted_with(
    rule: Any, hesitation: bool, expected: tuple[str | None, bool]
) -> None:
    assert prompt_after_cut(rule, "settled text", hesitation) == expected


def test_the_prompted_readings_fillers_go_into_the_plain_reading_by_time() -> None:
    plain = [w("So", 0.0), w("what", 0.9), w("happened?", 1.2)]
    prompted = [w("So,", 0.0), w("uh,", 0.4), w("what", 0.9), w("happen?", 1.2)]
    merged = with_fillers_from(plain, prompted)
    assert [x.text for x in merged] == ["So", "uh,", "what", "happened?"]  # plain's words
    # a filler the plain reading has already is not doubled; one at the end goes last
    assert [x.text for x in with_fillers_from([w("um", 0.1), w("yes", 0.5)],
                                              [w("Um,", 0.2), w("yes", 0.5), w("uh", 0.9)])] \
        == ["um", "yes", "uh"]


class _RecordingPrompts(_CountingTidy):
    def __init__(self, stt: WhisperSpeechToText) -> None:
        super().__init__(stt)
        self.calls: list[dict[str, Any]] = []
        self.lock = threading.Lock()

    def decode_now(self, samples: Samples, **kwargs: Any) -> Transcription:
        with self.lock:
            self.calls.append(kwargs)
        return self.stt.decode_now(samples, **kwargs)


@pytest.mark.parametrize("rule", ["always", "never", "both"])
def test_decodes_after_a_cut_follow_the_rule(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples], rule: Any
) -> None:
    audio = np.concatenate([x for line in LINES for x in (speak(line), silence(0.35))])
    decoder = _RecordingPrompts(stt)
    stream = IncrementalStream(decoder, StreamOptions(settle_after_s=3.0, seam_prompt=rule))
    feed(stream, audio)
    text = stream.finish().text
    assert stream.commits >= 1
    after_cut = [c for c in decoder.calls if c.get("prefix")]  # they hear the settled words
    assert after_cut
    before = [c for c in decoder.calls if not c.get("prefix") and c.get("keep_fillers") is None]
    assert before  # decodes from the turn's start keep the recogniser's own prompt
    if rule == "always":
        assert all(c["keep_fillers"] is True for c in after_cut)
    else:
        unprompted = [c for c in after_cut if c["keep_fillers"] is False]
        assert unprompted and all(c["prompt"] is None for c in unprompted)
    if rule == "both":  # a pause decode after a cut is also decoded prompted
        assert any(c["keep_fillers"] is True for c in after_cut)
    assert {"support", "need"} <= {x.strip(".,?!").lower() for x in text.split()}
