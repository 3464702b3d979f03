"""Small in-package fakes for demo mode and UI tests: no models, no audio device.

- ``ScriptedAudioSource``: plays WAV bytes or samples through the real capture callback.
- ``FakeSpeechToText``: returns scripted texts in order, with evenly spaced words.
- ``SilentTextToSpeech``: yields silent audio of a plausible length per sentence.
- ``EnergyVad``: a loudness threshold standing in for Silero.
"""

from __future__ import annotations

import io
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from roleplay.domain.scenario import VoiceStyle
from roleplay.domain.session import Word
from roleplay.ports.speech import (
    SAMPLE_RATE,
    SpeechChunk,
    Transcription,
    TranscriptionStream,
    TranscriptSegment,
)
from roleplay.speech.audio import Samples, level_db, read_wav
from roleplay.speech.sources import WavFileSource
from roleplay.speech.streaming import BufferedStream
from roleplay.speech.tts import split_sentences


class ScriptedAudioSource(WavFileSource):
    """An AudioSource playing WAV bytes (or samples) as if spoken into a microphone."""

    def __init__(self, audio: bytes | Samples, *, realtime: bool = False,
                 fail_after_s: float | None = None, sample_rate: int = SAMPLE_RATE) -> None:
        if isinstance(audio, bytes):
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "scripted.wav"
                path.write_bytes(audio)
                samples, sample_rate = read_wav(path)
        else:
            samples = audio
        super().__init__(samples, sample_rate=sample_rate, realtime=realtime,
                         fail_after_s=fail_after_s)


def wav_bytes(samples: Samples, rate: int = SAMPLE_RATE) -> bytes:
    """Samples as an in-memory 16-bit WAV file."""
    import wave

    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return buffer.getvalue()


def tone(seconds: float, rate: int = SAMPLE_RATE, freq: float = 220.0) -> Samples:
    """A loud tone: "speech" as far as EnergyVad is concerned."""
    t = np.arange(round(seconds * rate), dtype=np.float32) / rate
    return (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


class EnergyVad:
    """Speech probability from loudness: 1.0 above ``threshold_db``, else 0.0."""

    def __init__(self, threshold_db: float = -35.0) -> None:
        self.threshold_db = threshold_db

    def __call__(self, frame: Samples) -> float:
        return 1.0 if level_db(frame) > self.threshold_db else 0.0


class FakeSpeechToText:
    """SpeechToText returning ``texts`` in order (the last one repeats); records the audio."""

    def __init__(self, texts: Sequence[str] = ("I hear you.",), *, name: str = "fake") -> None:
        self.texts = list(texts)
        self.calls: list[Samples] = []
        self._name = name
        self._lock = threading.Lock()
        self.ready = threading.Event()
        self.ready.set()

    @property
    def name(self) -> str:
        return self._name

    def start_loading(self) -> None:
        """Nothing to load."""

    def wait_ready(self, timeout: float | None = None) -> bool:
        return True

    def transcribe(self, samples: Samples) -> Transcription:
        with self._lock:
            self.calls.append(samples)
            index = min(len(self.calls), len(self.texts)) - 1
        text = self.texts[index] if self.texts else ""
        duration = samples.size / SAMPLE_RATE
        words = text.split()
        step = duration / max(1, len(words))
        timed = tuple(
            Word(text=w, start=round(i * step, 3), end=round((i + 1) * step, 3), probability=1.0)
            for i, w in enumerate(words)
        )
        segment = TranscriptSegment(start=0.0, end=round(duration, 3), text=text, words=timed)
        return Transcription(text=text, segments=(segment,) if text else (),
                             duration_s=duration, model=self._name)

    def stream(self) -> TranscriptionStream:
        return BufferedStream(self.transcribe)


class SilentTextToSpeech:
    """TextToSpeech yielding silence: ``seconds_per_word`` per word, one chunk per sentence."""

    def __init__(self, sample_rate: int = 22_050, seconds_per_word: float = 0.3) -> None:
        self.sample_rate = sample_rate
        self.seconds_per_word = seconds_per_word
        self.spoken: list[tuple[str, VoiceStyle | None]] = []

    @property
    def name(self) -> str:
        return "silent voice (fake)"

    def start_loading(self) -> None:
        """Nothing to load."""

    def synthesize(self, text: str, style: VoiceStyle | None = None) -> Iterator[SpeechChunk]:
        self.spoken.append((text, style))
        speed = style.speed if style else 1.0
        for sentence in split_sentences(text):
            n = round(len(sentence.split()) * self.seconds_per_word / speed * self.sample_rate)
            yield SpeechChunk(text=sentence, pcm16=b"\0\0" * n, sample_rate=self.sample_rate)
