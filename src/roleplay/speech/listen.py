"""Listen to one manager turn: push-to-talk or hands-free, transcribed as it is spoken.

Run ``TurnListener.run()`` on a worker thread. Push-to-talk: call ``release()`` when the key or
button is let go. Hands-free: the Silero VAD ends the turn after ``silence_s`` of silence (longer
when the words so far end mid-phrase). The level meter reads ``listener.level`` (0..1) at any
time, or receives ``on_level`` calls.

If the device goes away mid-turn the audio heard so far is transcribed and returned with
``error`` set, so the caller can show the message and let the manager finish by typing.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from roleplay.ports.speech import (
    SAMPLE_RATE,
    CapturedUtterance,
    DeviceLost,
    EndReason,
    SpeechError,
    SpeechToText,
    Transcription,
    TranscriptionStream,
)
from roleplay.ports.speech import (
    AudioSource as AudioSourcePort,
)
from roleplay.speech.audio import Samples, level_db, meter, to_pcm16
from roleplay.speech.capture import Capture, End, Wake
from roleplay.speech.incremental import IncrementalStream
from roleplay.speech.vad import FRAME_S, Framer, SileroVad, TurnDetector


@dataclass(frozen=True)
class ListenOptions:
    hands_free: bool = False
    silence_s: float = 0.7
    max_turn_s: float = 180.0
    stall_s: float = 2.0  # no audio for this long while listening = the device is gone
    min_speech_s: float = 0.25


class TurnListener:
    """Captures and transcribes one turn from ``source`` with ``stt``."""

    def __init__(
        self,
        source: AudioSourcePort,
        stt: SpeechToText,
        options: ListenOptions | None = None,
        *,
        on_level: Callable[[float], None] | None = None,
        on_partial: Callable[[str], None] | None = None,
        vad: Callable[[Samples], float] | None = None,
    ) -> None:
        self.source = source
        self.stt = stt
        self.options = options or ListenOptions()
        self.on_level = on_level
        self.on_partial = on_partial
        self._vad = vad
        self._capture = Capture(source.sample_rate)
        self._released = threading.Event()
        self._cancelled = threading.Event()
        self.detector = TurnDetector(silence_s=self.options.silence_s,
                                     min_speech_s=self.options.min_speech_s)
        self._frames_seen = 0
        self._stream: TranscriptionStream | None = None
        self._onset: float | None = None  # voice onset / offset in the recording (seconds)
        self._offset: float | None = None

    # -- control from other threads -----------------------------------------------------------

    def release(self) -> None:
        """Push-to-talk: the key was released; finish the turn with what was captured."""
        self._released.set()
        self._capture.wake()

    def cancel(self) -> None:
        self._cancelled.set()
        self._capture.wake()

    @property
    def level(self) -> float:
        return self._capture.level

    @property
    def level_db(self) -> float:
        return self._capture.level_db

    # -- the turn ------------------------------------------------------------------------------

    def run(self) -> CapturedUtterance:
        """Blocking: capture until the turn ends, then return text, words and audio.

        Raises AudioUnavailable if the source cannot start (nothing was said yet).
        """
        vad = self._vad or SileroVad()
        stream = self.stt.stream()
        self._stream = stream
        stream.on_partial = self._partial
        if isinstance(stream, IncrementalStream):  # a pause is the release's cue, not the end
            stream.push_to_talk = not self.options.hands_free
        framer = Framer()
        kept: list[Samples] = []
        error: SpeechError | None = None
        self.source.start(self._capture)
        self._capture.set_source_rate(self.source.sample_rate)  # known once the device is open
        ended: EndReason | None = None
        try:
            ended, error = self._loop(vad, stream, framer, kept)
        finally:
            self.source.stop()
        if ended == "cancelled":
            stream.cancel()
            return CapturedUtterance(transcription=Transcription(text=""), ended_by="cancelled")
        if ended == "released":  # blocks captured before the key-up are part of the turn
            for item in self._capture.drain():
                if isinstance(item, np.ndarray):
                    self._consume(item, vad, stream, framer, kept)
        tail = framer.flush()
        if tail is not None:
            prob = vad(tail)
            self._note_voice(prob)
            stream.feed(tail, prob)
        audio = np.concatenate(kept) if kept else np.zeros(0, dtype=np.float32)
        try:
            transcription = stream.finish()
        except SpeechError as exc:
            transcription, error = Transcription(text=""), error or exc
        return CapturedUtterance(
            transcription=transcription, pcm16=to_pcm16(audio), sample_rate=SAMPLE_RATE,
            ended_by=ended or "released", error=error.message if error else None,
            speech_start_s=_rounded(self._onset), speech_end_s=_rounded(self._offset),
        )

    def _loop(
        self, vad: Callable[[Samples], float], stream: TranscriptionStream, framer: Framer,
        kept: list[Samples],
    ) -> tuple[EndReason, SpeechError | None]:
        opts = self.options
        heard_s = 0.0
        while True:
            if self._cancelled.is_set():
                return "cancelled", None
            if self._released.is_set():
                return "released", None
            try:
                item = self._capture.get(timeout=opts.stall_s)
            except queue.Empty:
                return "device_lost", DeviceLost(
                    f"no sound from the {self.source.description} for {opts.stall_s:g} s "
                    "(unplugged?); what you said so far is kept"
                )
            if isinstance(item, Wake):
                continue
            if isinstance(item, End):
                if item.error is not None:
                    reason: EndReason = "device_lost" if isinstance(item.error, DeviceLost) \
                        else "source_ended"
                    return reason, item.error
                return "source_ended", None
            if self._consume(item, vad, stream, framer, kept):
                return "silence", None
            heard_s += item.size / SAMPLE_RATE
            if heard_s >= opts.max_turn_s:
                return "max_length", None

    def _consume(
        self, block: Samples, vad: Callable[[Samples], float], stream: TranscriptionStream,
        framer: Framer, kept: list[Samples],
    ) -> bool:
        """Process one block; True when hands-free detection says the turn is over."""
        kept.append(block)
        if self.on_level is not None:
            # the level of the audio being processed: a file is read faster than real time, so
            # the capture's latest level may already be the file's closing silence
            self.on_level(meter(level_db(block)))
        turn_over = False
        for frame in framer.push(block):
            prob = vad(frame)
            self._note_voice(prob)
            stream.feed(frame, prob)
            if self.detector.update(prob, FRAME_S) and self.options.hands_free:
                turn_over = True
        return turn_over

    def _note_voice(self, prob: float) -> None:
        start = self._frames_seen * FRAME_S
        self._frames_seen += 1
        if prob >= self.detector.threshold:
            self._onset = start if self._onset is None else self._onset
            self._offset = start + FRAME_S

    def _partial(self, text: str) -> None:
        stream = self._stream
        covers = isinstance(stream, IncrementalStream) and stream.covers_speech
        self.detector.note_text(text, covers_speech=covers)
        if self.on_partial is not None:
            self.on_partial(text)


def _rounded(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds, 3)


def listen_turn(
    source: AudioSourcePort,
    stt: SpeechToText,
    options: ListenOptions | None = None,
    *,
    release: threading.Event | None = None,
    on_level: Callable[[float], None] | None = None,
    on_partial: Callable[[str], None] | None = None,
) -> CapturedUtterance:
    """One turn, blocking. Push-to-talk callers pass ``release`` and set it on key-up.

    ``release`` is set on return too (the turn is over), which also ends the helper thread.
    """
    listener = TurnListener(source, stt, options, on_level=on_level, on_partial=on_partial)
    if release is None:
        return listener.run()
    def relay() -> None:
        release.wait()
        listener.release()

    watcher = threading.Thread(target=relay, daemon=True, name="ptt-release")
    watcher.start()
    try:
        return listener.run()
    finally:
        release.set()
        watcher.join()
