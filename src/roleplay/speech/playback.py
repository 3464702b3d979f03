"""Speak the report's replies: synthesise sentence by sentence and play as soon as the first is
ready. Plays through sounddevice when an output device exists; otherwise (or when asked) the audio
is collected so it can be returned or written to a WAV.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from roleplay.domain.scenario import VoiceStyle
from roleplay.ports.speech import AudioUnavailable, SpeechChunk, SpeechError, TextToSpeech
from roleplay.speech.audio import Samples, read_wav, resample, to_float32


class OutputBuffer:
    """Feeds a sounddevice OutputStream. ``callback`` runs on PortAudio's thread: it only copies
    queued samples into ``outdata`` (silence when it runs dry) and stops once all is played."""

    def __init__(self, keep_open: bool = False) -> None:
        self._blocks: deque[Samples] = deque()
        self._closed = False
        self._keep_open = keep_open  # play silence when dry instead of stopping
        self.started_at: float | None = None  # when the first real sample went out

    def remaining(self, rate: int) -> float:
        """Seconds of audio still queued."""
        return sum(b.size for b in list(self._blocks)) / rate

    def drop(self) -> None:
        """Forget queued audio but keep the stream running."""
        self._blocks.clear()

    def push(self, samples: Samples) -> None:
        self._blocks.append(samples)

    def close(self) -> None:
        """No more audio will come: stop after the queued audio has played."""
        self._closed = True

    def clear(self) -> None:
        self._blocks.clear()
        self._closed = True
        self._keep_open = False

    def callback(self, outdata: Any, frames: int, time_info: Any, status: Any) -> None:
        filled = 0
        while filled < frames:
            try:
                block = self._blocks.popleft()  # deque ends are safe across threads
            except IndexError:
                break
            n = min(frames - filled, block.size)
            outdata[filled : filled + n, 0] = block[:n]
            if self.started_at is None:
                self.started_at = time.perf_counter()
            filled += n
            if n < block.size:
                self._blocks.appendleft(block[n:])
        outdata[filled:, 0] = 0.0
        if filled < frames and self._closed and not self._keep_open and not self._blocks:
            import sounddevice

            raise sounddevice.CallbackStop


@dataclass
class Playback:
    """One reply being spoken. ``wait()`` blocks until it has finished (or was stopped)."""

    text: str
    started: float = field(default_factory=time.perf_counter)
    first_audio_at: float | None = None  # perf_counter when the first sample was ready/played
    chunks: list[SpeechChunk] = field(default_factory=list)
    error: SpeechError | None = None
    done: threading.Event = field(default_factory=threading.Event)
    _stop: threading.Event = field(default_factory=threading.Event)

    @property
    def time_to_first_audio(self) -> float | None:
        return None if self.first_audio_at is None else self.first_audio_at - self.started

    def wait(self, timeout: float | None = None) -> bool:
        return self.done.wait(timeout)

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def pcm16(self) -> bytes:
        return b"".join(c.pcm16 for c in self.chunks)

    def samples(self) -> Samples:
        if not self.chunks:
            return np.zeros(0, dtype=np.float32)
        return np.concatenate([to_float32(c.pcm16) for c in self.chunks])

    @property
    def sample_rate(self) -> int:
        return self.chunks[0].sample_rate if self.chunks else 0


class SpeechPlayer:
    """Speaks replies with a TextToSpeech. One reply at a time; ``say`` returns at once.

    ``play=None`` plays on the default output device if there is one, else only collects;
    ``on_chunk`` sees every synthesised sentence (e.g. to show captions or save audio).
    """

    def __init__(
        self,
        tts: TextToSpeech,
        *,
        play: bool | None = None,
        device: int | str | None = None,
        on_chunk: Callable[[SpeechChunk], None] | None = None,
    ) -> None:
        self.tts = tts
        self.muted = False
        self._device = device
        self._play = play
        self._on_chunk = on_chunk
        self._current: Playback | None = None
        self._lock = threading.Lock()

    @property
    def can_play(self) -> bool:
        if self._play is not None:
            return self._play
        from roleplay.speech.devices import default_output_device

        return default_output_device() is not None

    def say(self, text: str, style: VoiceStyle | None = None) -> Playback:
        """Start speaking ``text`` (stopping any reply still playing)."""
        playback = Playback(text=text)
        with self._lock:
            if self._current is not None:
                self._current.stop()
            self._current = playback
        if self.muted or not text.strip():
            playback.done.set()
            return playback
        threading.Thread(
            target=self._run, args=(playback, style), daemon=True, name="tts"
        ).start()
        return playback

    def stop(self) -> None:
        with self._lock:
            if self._current is not None:
                self._current.stop()

    def _run(self, playback: Playback, style: VoiceStyle | None) -> None:
        output: _Output | None = None
        try:
            for chunk in self.tts.synthesize(playback.text, style):
                if playback.stopped or self.muted:
                    break
                if playback.first_audio_at is None:
                    playback.first_audio_at = time.perf_counter()
                playback.chunks.append(chunk)
                if self._on_chunk is not None:
                    self._on_chunk(chunk)
                if output is None and self.can_play:
                    output = _Output(chunk.sample_rate, self._device)
                if output is not None:
                    output.push(to_float32(chunk.pcm16))
            if output is not None:
                output.finish(playback)
        except SpeechError as exc:
            playback.error = exc
        except Exception as exc:  # a worker must report, never die silently
            playback.error = SpeechError(f"speaking failed: {exc}")
        finally:
            if output is not None:
                output.close()
            playback.done.set()


class _Output:
    """A sounddevice output stream fed from an OutputBuffer."""

    def __init__(self, rate: int, device: int | str | None, keep_open: bool = False) -> None:
        from roleplay.speech.devices import import_sounddevice

        sd = import_sounddevice()
        self.rate = rate
        self.buffer = OutputBuffer(keep_open=keep_open)
        self._finished = threading.Event()
        try:
            self._stream = sd.OutputStream(
                samplerate=rate, channels=1, dtype="float32", device=device,
                callback=self.buffer.callback, finished_callback=self._finished.set,
            )
            self._stream.start()
        except sd.PortAudioError as exc:
            raise AudioUnavailable(f"cannot play audio: {exc}") from exc

    def push(self, samples: Samples) -> None:
        self.buffer.push(samples)

    def wait_until(self, remaining_s: float, stop: threading.Event) -> None:
        """Block until at most ``remaining_s`` of queued audio is left (or ``stop`` is set)."""
        while self.buffer.remaining(self.rate) > remaining_s and not self._finished.is_set():
            if stop.wait(0.02):  # wakes at once on stop; polls the buffer otherwise
                self.buffer.clear()
                return

    def finish(self, playback: Playback) -> None:
        """Wait until everything queued has played, or the reply was stopped."""
        self.buffer.close()
        self.wait_until(0.0, playback._stop)

    def close(self) -> None:
        try:
            self._stream.abort()
            self._stream.close()
        except Exception:  # a vanished device may fail to close
            pass


class _HasSpeechConfig(Protocol):
    """The part of the app's configuration the speaker reads (passed in, never imported)."""

    @property
    def speech(self) -> Any: ...


class DeviceSpeaker:
    """Says the report's sentences one call at a time, on one output stream kept open.

    ``speak(sentence)`` blocks until the sentence is queued and what is left to play is shorter
    than ``lookahead_s``, so the caller's next sentence is synthesised while this one finishes:
    no gap between sentences. ``stop()`` silences at once. ``style`` is the persona's voice.
    Raises AudioUnavailable when there is no output device.
    """

    def __init__(
        self, tts: TextToSpeech, *, style: VoiceStyle | None = None,
        device: int | str | None = None, lookahead_s: float = 0.4,
    ) -> None:
        from roleplay.speech.devices import default_output_device

        out = default_output_device() if device is None else None
        if device is None and out is None:
            raise AudioUnavailable("no audio output device; replies show as text")
        self.tts = tts
        self.style = style
        self.muted = False
        self.lookahead_s = lookahead_s
        self._device = device
        self._device_name = out.name if out is not None else str(device)
        self._output: _Output | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()

    @property
    def description(self) -> str:
        return f"{self.tts.name} on {self._device_name}"

    def _out(self, rate: int) -> _Output:
        with self._lock:
            if self._output is None:
                self._output = _Output(rate, self._device, keep_open=True)
            return self._output

    def speak(self, text: str, style: VoiceStyle | None = None) -> None:
        if self.muted:
            return
        self._stop.clear()
        for chunk in self.tts.synthesize(text, style or self.style):
            if self._stop.is_set() or self.muted:
                return
            out = self._out(chunk.sample_rate)
            out.push(resample(to_float32(chunk.pcm16), chunk.sample_rate, out.rate))
            out.wait_until(self.lookahead_s, self._stop)

    def play_file(self, path: Path) -> None:
        """Play a saved WAV (e.g. a manager turn), blocking until played or stopped."""
        samples, rate = read_wav(path)
        self._stop.clear()
        out = self._out(rate)
        out.push(resample(samples, rate, out.rate))
        out.wait_until(0.0, self._stop)

    def stop(self) -> None:
        self._stop.set()
        with self._lock:
            if self._output is not None:
                self._output.buffer.drop()

    def close(self) -> None:
        self.stop()
        with self._lock:
            output, self._output = self._output, None
        if output is not None:
            output.close()


def make_speaker(config: _HasSpeechConfig) -> DeviceSpeaker:
    """The report's voice for the app: the offline voice (``speech.tts_voice``), loading in the
    background now, on the default output device."""
    from roleplay.speech.tts import OfflineTextToSpeech

    tts = OfflineTextToSpeech(getattr(config.speech, "tts_voice", None))
    speaker = DeviceSpeaker(tts)
    tts.start_loading()
    speaker.muted = not getattr(config.speech, "tts_enabled", True)
    return speaker


def speak_to_wav(tts: TextToSpeech, text: str, style: VoiceStyle | None = None) -> tuple[
    Samples, int
]:
    """Synthesise a whole reply and return (samples, rate): for saving or tests."""
    chunks = list(tts.synthesize(text, style))
    if not chunks:
        return np.zeros(0, dtype=np.float32), 0
    audio = np.concatenate([to_float32(c.pcm16) for c in chunks])
    return audio, chunks[0].sample_rate


