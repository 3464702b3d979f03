"""faster-whisper with an encoder window sized to the audio. Imported lazily (loads faster_whisper).

``WhisperModel.generate_segments`` pads every window's features to 3000 frames (30 s) before
``encode``; encoding those 30 s costs ~0.4 s on 2 cores whatever the speech length. CTranslate2's
Whisper encoder accepts shorter inputs, so ``encode`` here keeps only the first ``frames`` columns
(the audio plus a margin of the same zero padding) while everything else, decoding, word
alignment, the segment generator, stays faster-whisper's own code.

One more waste is cut: with word timestamps, faster-whisper moves its seek to the last word's end
and, if any audio is left, runs a second window on it: for an utterance that fits one window that
is a whole encoder and decoder pass over the ~0.1-0.3 s after the last word (measured: half the
cost of a 5 s decode, and it finds no words). Inside ``window()`` a later window shorter than
``rest_frames`` is not decoded (``encode`` raises ``RestSkipped``, which the caller catches after
keeping the segments already yielded); a longer rest (speech Whisper stopped before) still is.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np
from faster_whisper import WhisperModel

MAX_FRAMES = 3000  # 30 s at 100 frames/s


class RestSkipped(Exception):
    """A window holding only the short rest after the last word was not decoded."""


class WindowedWhisperModel(WhisperModel):  # type: ignore[misc]
    """A WhisperModel whose encoder window can be shortened per call (per thread)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._local = threading.local()

    @contextmanager
    def window(self, frames: int | None, rest_frames: int = 0) -> Iterator[None]:
        """Within this block, encode at most ``frames`` feature frames (None: the full 30 s),
        and skip any later window with less than ``rest_frames`` of audio."""
        if frames is not None:
            frames = min(MAX_FRAMES, max(2, frames + frames % 2))  # the encoder strides by 2
        previous = getattr(self._local, "state", None)
        self._local.state = [frames, rest_frames, 0]  # window, rest limit, encodes so far
        try:
            yield
        finally:
            self._local.state = previous

    def encode(self, features: np.ndarray) -> Any:
        state = getattr(self._local, "state", None)
        if state is not None:
            frames, rest_frames, calls = state
            state[2] = calls + 1
            if calls and rest_frames and _content_frames(features) < rest_frames:
                raise RestSkipped
            if frames is not None and features.shape[-1] > frames:
                features = np.ascontiguousarray(features[..., :frames])
        return super().encode(features)


def _content_frames(features: np.ndarray) -> int:
    """Frames before faster-whisper's zero padding (pad_or_trim pads the features with 0.0)."""
    filled = np.flatnonzero(np.any(features.reshape(-1, features.shape[-1]) != 0, axis=0))
    return int(filled[-1]) + 1 if filled.size else 0
