"""The capture sink: PortAudio's callback copies each block into a queue; a consumer reads it.

The callback runs on PortAudio's real-time thread, so it only copies the block, stores a level for
the meter and enqueues. Conversion to 16 kHz mono, voice detection and transcription all happen on
the consumer's thread. A WAV-reading source calls the very same ``callback``, so tests drive the
real capture path.
"""

from __future__ import annotations

import queue
from dataclasses import dataclass
from typing import Any

import numpy as np

from roleplay.ports.speech import SAMPLE_RATE, SpeechError
from roleplay.speech.audio import SILENCE_DB, Samples, StreamResampler, level_db, meter, to_mono


@dataclass(frozen=True)
class _End:
    error: SpeechError | None


@dataclass(frozen=True)
class _Wake:
    """Put by another thread to make the consumer look at its flags now (e.g. key released)."""


Item = Samples | _End | _Wake


class Capture:
    """AudioSink with a queue. One source writes; one consumer reads with ``get``."""

    def __init__(self, source_rate: int = SAMPLE_RATE) -> None:
        self.set_source_rate(source_rate)
        self.level_db = SILENCE_DB  # last block's level; a float store is atomic in CPython
        self.peak_db = SILENCE_DB
        self.status_count = 0  # blocks PortAudio flagged (e.g. input overflow)
        self._queue: queue.SimpleQueue[Item] = queue.SimpleQueue()

    def set_source_rate(self, rate: int) -> None:
        """The rate the source really opened at (a microphone may refuse 16 kHz): call after
        ``start`` and before the first ``get``."""
        self.source_rate = rate
        self._resample = StreamResampler(rate, SAMPLE_RATE)  # consumer side only

    # -- producer side (PortAudio's thread, or a WAV reader) ----------------------------------

    def callback(self, indata: Any, frames: int, time: Any, status: Any) -> None:
        """PortAudio stream callback: copy, measure, enqueue. Never blocks, never raises."""
        if status:
            self.status_count += 1
        block = np.array(indata, dtype=np.float32, copy=True)
        rms_db = level_db(block)
        self.level_db = rms_db
        self.peak_db = max(self.peak_db, rms_db)
        self._queue.put(block)

    def end(self, error: SpeechError | None = None) -> None:
        self._queue.put(_End(error))

    def wake(self) -> None:
        self._queue.put(_Wake())

    # -- consumer side -----------------------------------------------------------------------

    @property
    def level(self) -> float:
        """0..1 for a level meter."""
        return meter(self.level_db)

    def get(self, timeout: float | None = None) -> Item:
        """The next item, converted to 16 kHz mono; raises queue.Empty after ``timeout``."""
        item = self._queue.get(timeout=timeout)
        if isinstance(item, np.ndarray):
            return self._resample(to_mono(item))
        return item

    def drain(self) -> list[Item]:
        """Everything queued right now, without waiting."""
        items: list[Item] = []
        while True:
            try:
                items.append(self.get(timeout=0))
            except queue.Empty:
                return items


End = _End
Wake = _Wake
