"""faster-whisper with an encoder window sized to the audio. Imported lazily (loads faster_whisper).

``WhisperModel.generate_segments`` pads every window's features to 3000 frames (30 s) before
``encode``; encoding those 30 s costs ~0.4 s on 2 cores whatever the speech length. CTranslate2's
Whisper encoder accepts shorter inputs, so ``encode`` here keeps only the first ``frames`` columns
(the audio plus a margin of the same zero padding) while everything else, decoding, word
alignment, the segment generator, stays faster-whisper's own code.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np
from faster_whisper import WhisperModel

MAX_FRAMES = 3000  # 30 s at 100 frames/s


class WindowedWhisperModel(WhisperModel):  # type: ignore[misc]
    """A WhisperModel whose encoder window can be shortened per call (per thread)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._local = threading.local()

    @contextmanager
    def window(self, frames: int | None) -> Iterator[None]:
        """Within this block, encode at most ``frames`` feature frames (None: the full 30 s)."""
        if frames is not None:
            frames = min(MAX_FRAMES, max(2, frames + frames % 2))  # the encoder strides by 2
        previous = getattr(self._local, "frames", None)
        self._local.frames = frames
        try:
            yield
        finally:
            self._local.frames = previous

    def encode(self, features: np.ndarray) -> Any:
        frames = getattr(self._local, "frames", None)
        if frames is not None and features.shape[-1] > frames:
            features = np.ascontiguousarray(features[..., :frames])
        return super().encode(features)
