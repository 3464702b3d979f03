"""What the app needs from speech: a microphone, a recogniser and a speaker.

These small protocols are the UI's view of roleplay.speech; ``make_speech_kit`` adapts whatever
the speech package provides (and says plainly when something is not available).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from roleplay.app.config import AppConfig


class Microphone(Protocol):
    description: str

    def start(self) -> None: ...

    def level(self) -> float:
        """The current input level, 0..1 (called about 30 times a second)."""
        ...

    def stop(self) -> Any:
        """End the capture and return the audio for the recogniser (None when nothing)."""
        ...

    def close(self) -> None: ...


class Recogniser(Protocol):
    description: str

    def load(self) -> None:
        """Load the model (blocking; called once on the speech thread)."""
        ...

    def transcribe(self, audio: Any, on_partial: Callable[[str], None] | None = None) -> Any:
        """Return an object with ``text``, ``words`` and ``duration``."""
        ...

    def close(self) -> None: ...


class Speaker(Protocol):
    description: str

    def speak(self, text: str) -> None:
        """Say one sentence (blocking until it has played; called on the voice thread)."""
        ...

    def stop(self) -> None: ...

    def play_file(self, path: Path) -> None: ...


@dataclass
class SpeechKit:
    microphone: Microphone | None = None
    recogniser: Recogniser | None = None
    speaker: Speaker | None = None
    mic_problem: str | None = None
    speaker_problem: str | None = None

    @property
    def can_listen(self) -> bool:
        return self.microphone is not None and self.recogniser is not None


NOT_YET = ("Speaking is not available in this version yet. Type your lines in the box below; "
           "everything else works the same.")


def make_speech_kit(config: AppConfig) -> SpeechKit:
    """The speech adapters for this machine, or a kit that explains what is missing."""
    try:
        from roleplay.app import services
    except ImportError:  # pragma: no cover
        return SpeechKit(mic_problem=NOT_YET, speaker_problem="Spoken replies are not available.")
    factory = getattr(services, "make_speech_kit", None)
    if factory is None:
        return SpeechKit(mic_problem=NOT_YET,
                         speaker_problem="Spoken replies are not available in this version yet.")
    try:
        built = factory(config)
    except Exception as exc:  # a missing microphone or library must not stop the app
        return SpeechKit(mic_problem=f"The microphone could not be opened ({exc}). "
                         "Type your lines instead, or pick another input in Settings.")
    return SpeechKit(
        microphone=getattr(built, "microphone", None),
        recogniser=getattr(built, "recogniser", None),
        speaker=getattr(built, "speaker", None),
        mic_problem=getattr(built, "mic_problem", None),
        speaker_problem=getattr(built, "speaker_problem", None),
    )
