"""Speech fakes for the demo and the Qt tests: a scripted manager, a WAV-fed listener and a
silent speaker. They implement ``roleplay.ports.speech.Listener`` and ``Speaker``."""

from __future__ import annotations

import math
import threading
import time
import wave
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path

from roleplay.domain.scenario import VoiceStyle
from roleplay.domain.session import Word
from roleplay.fakes.demo import DEMO_SCRIPT
from roleplay.ports.speech import (
    SAMPLE_RATE,
    AudioSource,
    CapturedUtterance,
    EndReason,
    Transcription,
    TranscriptSegment,
)


def heard(text: str, words: tuple[Word, ...] = (), pcm16: bytes = b"",
          sample_rate: int = SAMPLE_RATE, ended_by: EndReason = "released") -> CapturedUtterance:
    """One manager turn as a listener hears it."""
    segment = TranscriptSegment(start=words[0].start if words else 0.0,
                                end=words[-1].end if words else 0.0, text=text, words=words)
    return CapturedUtterance(
        transcription=Transcription(text=text, segments=(segment,) if text else ()),
        pcm16=pcm16, sample_rate=sample_rate, ended_by=ended_by)


def _rms(samples: array) -> float:  # type: ignore[type-arg]
    if not samples:
        return 0.0
    return math.sqrt(sum(s * s for s in samples) / len(samples)) / 32768.0


def _tone(seconds: float, amplitude: float = 0.2) -> bytes:
    n = int(seconds * SAMPLE_RATE)
    samples = array("h", (int(amplitude * 32767 * math.sin(2 * math.pi * 180 * i / SAMPLE_RATE)
                              * (0.6 + 0.4 * math.sin(i / 900))) for i in range(n)))
    return samples.tobytes()


def _words(text: str, seconds: float) -> tuple[Word, ...]:
    parts = text.split()
    per = seconds / max(len(parts), 1)
    return tuple(Word(text=w, start=i * per, end=(i + 1) * per) for i, w in enumerate(parts))


class _FakeListener:
    """Common behaviour: run() waits for release (or a pause, hands-free), then "recognises"."""

    def __init__(self, text: str, on_partial: Callable[[str], None] | None, hands_free: bool,
                 word_delay: float, speak_s: float) -> None:
        self.text = text
        self.on_partial = on_partial
        self.hands_free = hands_free
        self.word_delay = word_delay
        self.speak_s = speak_s
        self._done = threading.Event()
        self._cancelled = False
        self._started: float | None = None
        self.words_per_s = 2.5
        self.live_words_per_s = 14.0

    @property
    def level(self) -> float:
        if self._started is None or self._done.is_set():
            return 0.0
        t = time.monotonic() - self._started
        return 0.35 + 0.3 * abs(math.sin(t * 7.0)) * abs(math.sin(t * 2.3 + 1))

    def release(self) -> None:
        self._done.set()

    def cancel(self) -> None:
        self._cancelled = True
        self._done.set()

    def audio(self, seconds: float) -> bytes:
        return _tone(seconds, amplitude=0.15)

    def run(self) -> CapturedUtterance:
        self._started = time.monotonic()
        parts = self.text.split()
        shown = 0
        deadline = self._started + self.speak_s if self.hands_free else None
        while not self._done.is_set():  # words appear while the manager is still talking
            if deadline is not None and time.monotonic() >= deadline:
                break
            self._done.wait(0.05)
            due = min(len(parts), int((time.monotonic() - self._started) * self.live_words_per_s))
            if due > shown and self.on_partial is not None and due < len(parts):
                shown = due
                self.on_partial(" ".join(parts[:shown]))
        self._done.set()
        if self._cancelled:
            return heard("", ended_by="cancelled")
        # a scripted manager speaks at a natural pace, whatever the demo's timing
        seconds = max(time.monotonic() - self._started, len(parts) / self.words_per_s)
        for i in range(shown, len(parts)):
            if self.on_partial is not None:
                self.on_partial(" ".join(parts[: i + 1]))
            if self.word_delay:
                threading.Event().wait(self.word_delay)
        return heard(self.text, _words(self.text, seconds), self.audio(seconds))


class ScriptedSpeech:
    """A scripted manager: each listener "hears" the next line of the script.

    Use as ``SpeechKit(new_listener=speech, load=speech.load)`` (``roleplay.app.demo``).
    """

    description = "scripted manager (demo)"

    def __init__(self, script: Sequence[str] = DEMO_SCRIPT, word_delay: float = 0.03,
                 load_delay: float = 0.0, fail_load: str | None = None) -> None:
        self.script = list(script)
        self.position = 0
        self.word_delay = word_delay
        self.load_delay = load_delay
        self.fail_load = fail_load
        self.listeners: list[_FakeListener] = []

    @property
    def next_line(self) -> str | None:
        return self.script[self.position] if self.position < len(self.script) else None

    def load(self) -> str:
        threading.Event().wait(self.load_delay)
        if self.fail_load:
            raise RuntimeError(self.fail_load)
        return self.description

    def __call__(self, source: AudioSource | None, hands_free: bool,
                 on_partial: Callable[[str], None] | None) -> _FakeListener:
        line = self.next_line or ""
        self.position += 1
        listener = _FakeListener(line, on_partial, hands_free, self.word_delay,
                                 speak_s=0.2 + 0.04 * len(line.split()))
        self.listeners.append(listener)
        return listener


class WavListener(_FakeListener):
    """A listener fed from a 16-bit WAV file: the meter follows the file, the audio is kept, and
    the text comes from ``transcript`` (a stand-in recogniser)."""

    def __init__(self, path: Path, transcript: str,
                 on_partial: Callable[[str], None] | None = None, hands_free: bool = False) -> None:
        with wave.open(str(path), "rb") as wav:
            if wav.getsampwidth() != 2:
                raise ValueError(f"{path}: expected 16-bit PCM")
            channels, rate = wav.getnchannels(), wav.getframerate()
            raw = array("h", wav.readframes(wav.getnframes()))
        self.samples = raw[::channels] if channels > 1 else raw
        self.sample_rate = rate
        super().__init__(transcript, on_partial, hands_free, 0.0,
                         speak_s=len(self.samples) / rate)

    @property
    def level(self) -> float:
        if self._started is None or self._done.is_set():
            return 0.0
        at = int((time.monotonic() - self._started) * self.sample_rate) % max(
            len(self.samples), 1)
        return min(1.0, _rms(self.samples[at:at + self.sample_rate // 20]) * 4)

    def audio(self, seconds: float) -> bytes:
        return self.samples.tobytes()

    def run(self) -> CapturedUtterance:
        result = super().run()
        return result.model_copy(update={"sample_rate": self.sample_rate})


class WavSpeech:
    """Listener factory over one WAV file and its known transcript."""

    description = "WAV-fed microphone"

    def __init__(self, path: Path, transcript: str) -> None:
        self.path, self.transcript = path, transcript
        self.listeners: list[WavListener] = []

    def load(self) -> str:
        return self.description

    def __call__(self, source: AudioSource | None, hands_free: bool,
                 on_partial: Callable[[str], None] | None) -> WavListener:
        listener = WavListener(self.path, self.transcript, on_partial, hands_free)
        self.listeners.append(listener)
        return listener


class SilentSpeaker:
    """Text-to-speech with no sound: "speaks" for a time proportional to the words."""

    description = "Silent speaker (demo)"

    def __init__(self, seconds_per_word: float = 0.0) -> None:
        self.seconds_per_word = seconds_per_word
        self.spoken: list[str] = []
        self._stop = threading.Event()

    def speak(self, text: str, style: VoiceStyle | None = None) -> None:
        self._stop.clear()
        self.spoken.append(text)
        if self.seconds_per_word:
            self._stop.wait(self.seconds_per_word * len(text.split()))

    def stop(self) -> None:
        self._stop.set()

    def play_file(self, path: Path) -> None:
        self.spoken.append(f"<audio {path.name}>")

    def close(self) -> None:
        self.stop()
