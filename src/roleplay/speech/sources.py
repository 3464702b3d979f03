"""Audio sources: the microphone (sounddevice / PortAudio) and WAV files (tests, demos, CI)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np

from roleplay.ports.speech import (
    SAMPLE_RATE,
    AudioSink,
    AudioUnavailable,
    DeviceLost,
    SpeechError,
)
from roleplay.speech.audio import Samples, load_audio, read_wav
from roleplay.speech.devices import import_sounddevice, resolve_input_device

BLOCK_FRAMES = 1024  # 64 ms at 16 kHz: small enough for a lively meter, few wake-ups


class MicrophoneSource:
    """Captures mono audio from an input device with a sounddevice callback stream."""

    def __init__(self, device: str | int | None = None, sample_rate: int = SAMPLE_RATE) -> None:
        self._device = device
        self._rate = sample_rate
        self._stream: Any = None
        self._sink: AudioSink | None = None
        self._stopping = False
        self._name = "microphone"

    @property
    def description(self) -> str:
        return f"microphone: {self._name}"

    @property
    def sample_rate(self) -> int:
        return self._rate

    def start(self, sink: AudioSink) -> None:
        sd = import_sounddevice()
        info = resolve_input_device(self._device)
        self._name = info.name
        self._sink, self._stopping = sink, False
        try:
            try:
                stream = self._open(sd, info.index, self._rate)
            except sd.PortAudioError:
                # The device refuses 16 kHz: capture at its own rate; the consumer resamples.
                self._rate = int(info.default_samplerate) or SAMPLE_RATE
                stream = self._open(sd, info.index, self._rate)
            stream.start()
        except sd.PortAudioError as exc:
            raise AudioUnavailable(f"cannot open the microphone '{info.name}': {exc}") from exc
        self._stream = stream

    def _open(self, sd: Any, index: int, rate: int) -> Any:
        assert self._sink is not None
        return sd.InputStream(
            device=index, channels=1, samplerate=rate, dtype="float32",
            blocksize=BLOCK_FRAMES * rate // SAMPLE_RATE, callback=self._sink.callback,
            finished_callback=self._finished,
        )

    def _finished(self) -> None:
        # PortAudio ends the stream on its own when the device goes away.
        if self._sink is not None and not self._stopping:
            self._sink.end(DeviceLost(
                f"the microphone '{self._name}' stopped (unplugged?); what you said so far is kept"
            ))

    def stop(self) -> None:
        self._stopping = True
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.abort()
                stream.close()
            except Exception:  # a vanished device may fail to close
                pass


class WavFileSource:
    """Plays a WAV file (or samples) into a sink through the same callback PortAudio would call.

    ``realtime`` paces blocks at the audio's own speed (demos, latency benchmarks); otherwise
    blocks are delivered as fast as the consumer takes them. ``fail_after_s`` simulates a device
    lost mid-turn: delivery stops there and the sink receives DeviceLost.
    """

    def __init__(
        self,
        audio: Path | Samples,
        *,
        sample_rate: int = SAMPLE_RATE,
        realtime: bool = False,
        fail_after_s: float | None = None,
        channels: int = 1,
        block_frames: int = BLOCK_FRAMES,
    ) -> None:
        if isinstance(audio, Path):
            samples, rate = _read_any(audio)
            self._label = audio.name
        else:
            samples, rate = audio.astype(np.float32, copy=False), sample_rate
            self._label = f"{samples.size / rate:.1f} s of audio"
        self._samples, self._rate = samples, rate
        self._channels = channels
        self._realtime = realtime
        self._fail_after = fail_after_s
        self._block = block_frames
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def description(self) -> str:
        return f"audio file: {self._label}"

    @property
    def sample_rate(self) -> int:
        return self._rate

    @property
    def duration_s(self) -> float:
        return self._samples.size / self._rate

    def start(self, sink: AudioSink) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, args=(sink,), daemon=True,
                                        name="wav-source")
        self._thread.start()

    def _run(self, sink: AudioSink) -> None:
        limit = self._samples.size
        if self._fail_after is not None:
            limit = min(limit, round(self._fail_after * self._rate))
        position = 0
        try:
            while position < limit and not self._stop.is_set():
                block = self._samples[position : min(position + self._block, limit)]
                frames = block.size
                # PortAudio hands over (frames, channels) float32 buffers.
                indata = np.repeat(block.reshape(-1, 1), self._channels, axis=1)
                sink.callback(indata, frames, None, None)
                position += frames
                if self._realtime:
                    self._stop.wait(frames / self._rate)  # paces playback; wakes on stop()
        except Exception as exc:  # the sink never raises; be safe anyway
            sink.end(SpeechError(f"audio source failed: {exc}"))
            return
        if self._stop.is_set():
            return
        if self._fail_after is not None and position < self._samples.size:
            sink.end(DeviceLost("the audio device stopped delivering sound (simulated unplug)"))
        else:
            sink.end(None)

    def stop(self) -> None:
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()


def _read_any(path: Path) -> tuple[Samples, int]:
    if path.suffix.lower() == ".wav":
        try:
            return read_wav(path)
        except SpeechError:
            pass
    return load_audio(path), SAMPLE_RATE
