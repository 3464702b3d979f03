"""Speech ports: audio capture, speech-to-text and text-to-speech.

Audio crossing these boundaries is 16-bit PCM ``bytes`` in the models (so the models stay plain
pydantic) and float32 numpy arrays in the protocols' method arguments (annotated only for type
checkers, so importing this module never loads numpy).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from pydantic import Field

from roleplay.domain.base import Frozen
from roleplay.domain.scenario import VoiceStyle
from roleplay.domain.session import Word

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Samples = npt.NDArray[np.float32]
else:
    Samples = Any

SAMPLE_RATE = 16_000
"""Capture and speech-to-text work at 16 kHz mono, what Whisper and Silero expect."""


class SpeechError(Exception):
    """A speech component failed. ``message`` is safe to show the manager."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class AudioUnavailable(SpeechError):
    """No usable audio: PortAudio missing, no input device, or the device refused to open."""


class DeviceLost(SpeechError):
    """The input device stopped delivering audio mid-turn (unplugged, driver error)."""


class ModelUnavailable(SpeechError):
    """A speech or voice model could not be found or loaded."""


class AudioDevice(Frozen):
    index: int
    name: str
    hostapi: str = ""
    max_input_channels: int = 0
    max_output_channels: int = 0
    default_samplerate: float = 0.0
    is_default_input: bool = False
    is_default_output: bool = False

    @property
    def is_input(self) -> bool:
        return self.max_input_channels > 0

    @property
    def is_output(self) -> bool:
        return self.max_output_channels > 0


class TranscriptSegment(Frozen):
    start: float = Field(description="Seconds from the start of the audio.")
    end: float
    text: str
    words: tuple[Word, ...] = ()


class Transcription(Frozen):
    text: str
    segments: tuple[TranscriptSegment, ...] = ()
    language: str = "en"
    duration_s: float = Field(default=0.0, description="Length of the audio transcribed.")
    elapsed_s: float = Field(default=0.0, description="Wall time spent producing this result.")
    model: str = ""

    @property
    def words(self) -> tuple[Word, ...]:
        return tuple(w for s in self.segments for w in s.words)


EndReason = Literal["released", "silence", "source_ended", "cancelled", "device_lost", "max_length"]


class CapturedUtterance(Frozen):
    """One manager turn as heard: its text, words, and the audio (16-bit mono PCM)."""

    transcription: Transcription
    pcm16: bytes = Field(default=b"", repr=False)
    sample_rate: int = SAMPLE_RATE
    ended_by: EndReason = "released"
    error: str | None = Field(
        default=None, description="Why capture stopped early; what was said so far is kept."
    )
    speech_start_s: float | None = Field(
        default=None, description="Voice onset in the recording (seconds from its start)."
    )
    speech_end_s: float | None = Field(
        default=None, description="Voice offset in the recording (seconds from its start)."
    )

    @property
    def text(self) -> str:
        return self.transcription.text

    def voice_span(self) -> tuple[float, float]:
        """Where the speech is in the recording: the voice detector's onset and offset, else
        the first and last word's times, else the whole recording."""
        words = self.words
        start = self.speech_start_s
        end = self.speech_end_s
        if start is None:
            start = words[0].start if words else 0.0
        if end is None:
            end = words[-1].end if words else self.duration_s
        return start, max(start, end)

    @property
    def words(self) -> tuple[Word, ...]:
        return self.transcription.words

    @property
    def duration_s(self) -> float:
        return len(self.pcm16) / 2 / self.sample_rate


class SpeechChunk(Frozen):
    """One synthesised piece of the report's reply (a sentence or a clause)."""

    text: str
    pcm16: bytes = Field(repr=False)
    sample_rate: int

    @property
    def duration_s(self) -> float:
        return len(self.pcm16) / 2 / self.sample_rate


class AudioSink(Protocol):
    """Receives a source's audio. ``callback`` has PortAudio's stream-callback signature."""

    def callback(self, indata: Any, frames: int, time: Any, status: Any) -> None:
        """One block, shaped (frames, channels), float32, at the source's sample rate."""
        ...

    def end(self, error: SpeechError | None = None) -> None:
        """The source has stopped: ``None`` when it ran out of audio, else why it failed."""
        ...


class AudioSource(Protocol):
    """Where a manager turn's audio comes from: a microphone, or a WAV file in tests and demos.

    ``start`` returns at once; blocks then arrive on the source's own thread (PortAudio's, or a
    reader thread). Raises AudioUnavailable when it cannot start. ``stop`` is idempotent and
    returns once no more callbacks will come.
    """

    @property
    def description(self) -> str: ...

    @property
    def sample_rate(self) -> int: ...

    def start(self, sink: AudioSink) -> None: ...

    def stop(self) -> None: ...


class TranscriptionStream(Protocol):
    """Incremental transcription of one utterance, fed while the manager speaks."""

    on_partial: Callable[[str], None] | None
    """Called with the text so far whenever it changes (a stream without partials never calls)."""

    def feed(self, samples: Samples, speech_prob: float | None = None) -> None:
        """Add 16 kHz mono samples; ``speech_prob`` is the VAD's view of this block, if known."""
        ...

    def finish(self) -> Transcription:
        """All audio is in: return the final text (blocks until decoded)."""
        ...

    def cancel(self) -> None: ...


class SpeechToText(Protocol):
    @property
    def name(self) -> str:
        """Says plainly which recogniser is in use, e.g. "faster-whisper tiny.en"."""
        ...

    def transcribe(self, samples: Samples) -> Transcription:
        """Transcribe a whole utterance (16 kHz mono float32). Raises SpeechError."""
        ...

    def stream(self) -> TranscriptionStream:
        """Start an incremental transcription; decoding may run while audio still arrives."""
        ...


class TextToSpeech(Protocol):
    @property
    def name(self) -> str: ...

    def synthesize(self, text: str, style: VoiceStyle | None = None) -> Iterator[SpeechChunk]:
        """Yield the reply's audio piece by piece (first sentence first) as it is synthesised."""
        ...


class Listener(Protocol):
    """Captures and transcribes one manager turn (``roleplay.speech.listen.TurnListener``, or a
    fake). ``run()`` blocks on a worker thread until the turn ends: push-to-talk ends it with
    ``release()``, hands-free after a pause; ``level`` feeds a meter from any thread."""

    @property
    def level(self) -> float: ...

    def run(self) -> CapturedUtterance:
        """What was heard; a device failing mid-turn keeps what was said (``error`` says why)."""
        ...

    def release(self) -> None: ...

    def cancel(self) -> None: ...


ListenerFactory = Callable[[AudioSource | None, bool, Callable[[str], None] | None], Listener]
"""(source or None for the microphone, hands_free, on_partial) -> a listener for one turn."""


class Speaker(Protocol):
    """The report's voice on an output device: one sentence at a time, from a worker thread."""

    @property
    def description(self) -> str: ...

    def speak(self, text: str, style: VoiceStyle | None = None) -> None:
        """Say one sentence (blocking until it is queued or played)."""
        ...

    def stop(self) -> None: ...

    def play_file(self, path: Path) -> None: ...

    def close(self) -> None: ...
