"""A TranscriptionStream for recognisers that cannot decode incrementally (the OpenAI-compatible
backend, the fakes): the audio is buffered and transcribed when the turn ends. The local
recogniser's incremental stream is ``roleplay.speech.incremental.IncrementalStream``."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from roleplay.ports.speech import Transcription
from roleplay.speech.audio import Samples


@dataclass
class BufferedStream:
    """TranscriptionStream for recognisers without incremental decoding: transcribe at finish."""

    transcribe: Callable[[Samples], Transcription]
    on_partial: Callable[[str], None] | None = None  # never called: no text before the end
    _chunks: list[Samples] = field(default_factory=list)

    def feed(self, samples: Samples, speech_prob: float | None = None) -> None:
        self._chunks.append(samples.astype(np.float32, copy=False))

    def finish(self) -> Transcription:
        started = time.perf_counter()
        audio = np.concatenate(self._chunks) if self._chunks else np.zeros(0, dtype=np.float32)
        result = self.transcribe(audio)
        return result.model_copy(update={"elapsed_s": time.perf_counter() - started})

    def cancel(self) -> None:
        self._chunks.clear()
