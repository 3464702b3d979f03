"""Decodes after a cut, with the real tiny.en: they hear the settled words (forced as the prefix)
and are prompted like every other decode, with the filler line and the settled text, so a turn
that starts fluently and hesitates only after its first cut keeps its fillers (decoded without
that prompt after a cut, all of them were lost: docs/speech.md, measured and not kept)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import numpy as np

from roleplay.ports.speech import Transcription
from roleplay.scoring._text import FILLERS, words
from roleplay.speech.audio import Samples
from roleplay.speech.fillers import FILLER_PROMPT
from roleplay.speech.incremental import IncrementalStream
from roleplay.speech.whisper import WhisperSpeechToText

from .conftest import silence
from .test_incremental import LINES, _CountingTidy, feed

HESITANT = [
    "So, uh, what happened on Tuesday?",
    "I think, um, we should, uh, agree on a plan.",
    "Uh, um, can you walk me through it?",
]


class _RecordingPrompts(_CountingTidy):
    def __init__(self, stt: WhisperSpeechToText) -> None:
        super().__init__(stt)
        self.calls: list[dict[str, Any]] = []
        self.lock = threading.Lock()

    def decode_now(self, samples: Samples, **kwargs: Any) -> Transcription:
        with self.lock:
            self.calls.append(kwargs)
        return self.stt.decode_now(samples, **kwargs)


def test_fillers_said_after_the_first_cut_are_kept(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    gap = silence(0.5)
    audio = np.concatenate([x for line in [*LINES[1:], *HESITANT] for x in (speak(line), gap)])
    decoder = _RecordingPrompts(stt)
    stream = IncrementalStream(decoder)
    feed(stream, audio)
    first_cut = stream._settled[0].text if stream._settled else ""
    text = stream.finish().text
    # the first cut comes in the fluent part: every filler is decoded after it
    assert first_cut and not any(w in FILLERS for w in words(first_cut)), first_cut
    after_cut = [c for c in decoder.calls if c.get("prefix")]  # they hear the settled words
    # none turns the recogniser's filler line off (the settled text, if any, follows it)
    assert after_cut and all("keep_fillers" not in c for c in after_cut)
    assert sum(w in FILLERS for w in words(text)) >= 4, text  # 5 spoken, all after the cut
    assert {"tuesday", "plan", "walk"} <= set(words(text)), text
    assert FILLER_PROMPT not in text
