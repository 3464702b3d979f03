"""Voice activity: the Silero VAD that faster-whisper ships, run frame by frame, and the
end-of-turn decision built on it.

Silero's ONNX model keeps an LSTM state; faster-whisper runs it over a whole file at once. Here it
runs on one 32 ms frame at a time with the state carried over, so a live stream gets the same
probabilities as the batch call would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from roleplay.ports.speech import SAMPLE_RATE, ModelUnavailable
from roleplay.speech.audio import Samples
from roleplay.speech.endpoint import EndpointRule

FRAME = 512  # samples per Silero frame at 16 kHz (32 ms)
FRAME_S = FRAME / SAMPLE_RATE
_CONTEXT = 64  # Silero v5+ prepends the previous frame's last 64 samples


class SileroVad:
    """Speech probability per 512-sample frame, streaming."""

    def __init__(self) -> None:
        try:
            from roleplay.speech._lazy import defer_av

            defer_av()
            from faster_whisper.vad import get_vad_model
        except ImportError as exc:  # pragma: no cover - faster-whisper is a dependency
            raise ModelUnavailable("voice detection needs faster-whisper and onnxruntime") from exc
        self._session: Any = get_vad_model().session  # shared, read-only ONNX session
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(_CONTEXT, dtype=np.float32)

    def __call__(self, frame: Samples) -> float:
        if frame.size != FRAME:
            raise ValueError(f"Silero frames are {FRAME} samples, got {frame.size}")
        batch = np.concatenate([self._context, frame]).reshape(1, -1).astype(np.float32)
        prob, self._h, self._c = self._session.run(
            None, {"input": batch, "h": self._h, "c": self._c}
        )
        self._context = frame[-_CONTEXT:].astype(np.float32)
        return float(prob.reshape(-1)[0])


class Framer:
    """Re-blocks arbitrary-sized audio blocks into fixed frames."""

    def __init__(self, size: int = FRAME) -> None:
        self.size = size
        self._pending = np.zeros(0, dtype=np.float32)

    def push(self, block: Samples) -> list[Samples]:
        data = np.concatenate([self._pending, block]) if self._pending.size else block
        n = data.size // self.size
        frames = [data[i * self.size : (i + 1) * self.size] for i in range(n)]
        self._pending = data[n * self.size :].copy()
        return frames

    def flush(self) -> Samples | None:
        """The leftover samples, zero-padded to a full frame (``None`` when there are none)."""
        if not self._pending.size:
            return None
        frame = np.zeros(self.size, dtype=np.float32)
        frame[: self._pending.size] = self._pending
        self._pending = np.zeros(0, dtype=np.float32)
        return frame


@dataclass
class TurnDetector:
    """Decides, frame by frame, when a hands-free turn has ended.

    The turn ends after ``silence_s`` of silence following at least ``min_speech_s`` of speech.
    Hysteresis (``threshold`` to enter speech, ``neg_threshold`` to leave it) keeps a breath or a
    soft consonant from counting as silence. The silence needed depends on the words so far
    (``roleplay.speech.endpoint``): longer after "and" or a filler, shorter after a complete
    question or sentence decoded in this very pause (``adaptive``; off: always ``silence_s``,
    or longer after a hanging word).
    """

    silence_s: float = 0.7
    min_speech_s: float = 0.25
    threshold: float = 0.5
    neg_threshold: float = 0.35
    hesitation_factor: float = 1.8
    adaptive: bool = True
    speech_s: float = field(default=0.0, init=False)
    silence_run_s: float = field(default=0.0, init=False)
    in_speech: bool = field(default=False, init=False)
    last_words: str = field(default="", init=False)
    covers_speech: bool = field(default=False, init=False)

    def note_text(self, text_so_far: str, covers_speech: bool = False) -> None:
        """Tell the detector what has been recognised so far, and whether that text covers
        everything said up to now (decoded during this pause)."""
        self.last_words = text_so_far
        self.covers_speech = covers_speech

    def required_silence_s(self) -> float:
        rule = EndpointRule(silence_s=self.silence_s, hesitation_factor=self.hesitation_factor)
        needed = rule.required_silence_s(self.last_words, self.covers_speech and self.adaptive)
        return max(needed, self.silence_s) if not self.adaptive else needed

    def update(self, speech_prob: float, frame_s: float = FRAME_S) -> bool:
        """Feed one frame's speech probability; return True when the turn has ended."""
        if speech_prob >= self.threshold or (self.in_speech and speech_prob >= self.neg_threshold):
            self.in_speech = True
            self.covers_speech = False  # new speech: the text so far no longer covers it
            self.speech_s += frame_s
            self.silence_run_s = 0.0
            return False
        self.in_speech = False
        self.silence_run_s += frame_s
        return self.speech_s >= self.min_speech_s and (
            self.silence_run_s >= self.required_silence_s()
        )

    @property
    def heard_speech(self) -> bool:
        return self.speech_s >= self.min_speech_s
