"""What the app needs from speech, and the adapter to roleplay.speech.

The UI listens one turn at a time through a *listener*: ``run()`` blocks on the speech thread
while the manager talks (push-to-talk ends it with ``release()``, hands-free ends it after a
pause), partial text arrives through a callback, and ``level`` feeds the meter. This is the
shape of ``roleplay.speech.listen.TurnListener``; the fakes in ``roleplay.testing`` share it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from roleplay.app.config import AppConfig


class Listener(Protocol):
    @property
    def level(self) -> float: ...

    def run(self) -> Any:
        """Blocking: capture and transcribe one turn. The result has ``text``, ``words``,
        ``pcm16``, ``sample_rate`` and ``error`` (what was heard is kept when the device fails).
        """
        ...

    def release(self) -> None: ...

    def cancel(self) -> None: ...


ListenerFactory = Callable[[bool, Callable[[str], None]], Listener]  # (hands_free, on_partial)


class Speaker(Protocol):
    description: str

    def speak(self, text: str) -> None:
        """Say one sentence (blocking until played; called on the voice thread)."""
        ...

    def stop(self) -> None: ...

    def play_file(self, path: Path) -> None: ...


@dataclass
class SpeechKit:
    new_listener: ListenerFactory | None = None
    load: Callable[[], str] | None = None  # blocking model load; returns what is in use
    speaker: Speaker | None = None
    input_description: str = ""
    mic_problem: str | None = None
    speaker_problem: str | None = None
    close: Callable[[], None] | None = None

    @property
    def can_listen(self) -> bool:
        return self.new_listener is not None


NOT_YET = ("Speaking is not available on this computer yet. Type your lines in the box; "
           "everything else works the same.")


def _speaker(config: AppConfig) -> tuple[Speaker | None, str | None]:
    """The report's spoken voice: roleplay.speech's text-to-speech and player, when present."""
    try:
        from roleplay.speech.tts import make_speaker
    except ImportError:
        return None, "Spoken replies are not available in this version yet; replies show as text."
    try:
        return make_speaker(config), None
    except Exception as exc:  # no output device, no voice model: replies show as text
        message = str(getattr(exc, "message", exc))
        return None, f"The report's voice is not available ({message})."


def make_speech_kit(config: AppConfig) -> SpeechKit:
    """Microphone, recogniser and voice for this machine, or a kit that says what is missing."""
    speaker, speaker_problem = _speaker(config)
    try:
        from roleplay.speech.devices import resolve_input_device
        from roleplay.speech.listen import ListenOptions, TurnListener
        from roleplay.speech.sources import MicrophoneSource
        from roleplay.speech.whisper import WhisperSettings, WhisperSpeechToText
    except ImportError:
        return SpeechKit(speaker=speaker, mic_problem=NOT_YET, speaker_problem=speaker_problem)
    speech = config.speech
    try:
        device = resolve_input_device(speech.input_device)
    except Exception as exc:  # no PortAudio, no device: typing still works
        message = str(getattr(exc, "message", exc)).rstrip(".")
        return SpeechKit(speaker=speaker, speaker_problem=speaker_problem,
                         mic_problem=f"No microphone is available: {message}. Type your "
                         "lines, or connect a microphone and pick it in Settings.")
    stt = WhisperSpeechToText(WhisperSettings(model=speech.stt_model))

    def load() -> str:
        stt.wait_ready()
        return stt.name

    def new_listener(hands_free: bool, on_partial: Callable[[str], None]) -> Listener:
        options = ListenOptions(hands_free=hands_free, silence_s=speech.silence_s)
        return TurnListener(MicrophoneSource(speech.input_device), stt, options,
                            on_partial=on_partial)

    return SpeechKit(new_listener=new_listener, load=load, speaker=speaker,
                     input_description=getattr(device, "name", "default input"),
                     speaker_problem=speaker_problem, close=stt.close)
