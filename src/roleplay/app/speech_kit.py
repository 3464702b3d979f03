"""The one speech kit: recogniser, microphone, the report's voice and where turn audio is kept.

Built here from configuration (``make_speech_kit``), or from the in-package fakes for the demo
(``roleplay.app.demo``); the desktop app and the terminal use the same kit, so both honour
``speech.stt_backend``, ``speech.stt_model`` and the model folder in the data dir. Front ends ask
it for a listener (one turn), the speaker, or to save a turn's audio; they build no adapter.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from roleplay.app.config import AppConfig
from roleplay.ports.speech import (
    AudioSource,
    AudioUnavailable,
    CapturedUtterance,
    Listener,
    ListenerFactory,
    Speaker,
    SpeechError,
    SpeechToText,
)

NOT_YET = ("Speaking is not available on this computer yet. Type your lines in the box; "
           "everything else works the same.")


@dataclass
class SpeechKit:
    """What a front end needs from speech. ``new_listener`` is None when nobody can listen
    (``mic_problem`` says why); ``speaker`` is None when replies cannot be heard."""

    new_listener: ListenerFactory | None = None
    load: Callable[[], str] | None = None  # blocking model load; returns what is in use
    speaker: Speaker | None = None
    input_description: str = ""
    mic_problem: str | None = None
    speaker_problem: str | None = None
    audio_dir: Path | None = None  # where turn audio is kept; None: not kept
    stt: SpeechToText | None = None
    wav_source: Callable[[Path], AudioSource] | None = None
    check_microphone: Callable[[], str | None] = field(default=lambda: None)
    _closers: list[Callable[[], None]] = field(default_factory=list)

    @property
    def can_listen(self) -> bool:
        """The microphone can be used (a recorded turn needs only the recogniser)."""
        return self.new_listener is not None and self.mic_problem is None

    def listener(self, source: AudioSource | None = None, *, hands_free: bool = False,
                 on_partial: Callable[[str], None] | None = None) -> Listener:
        """One turn's listener (the microphone unless another source is given)."""
        if self.new_listener is None or (source is None and self.mic_problem):
            raise AudioUnavailable(self.mic_problem or NOT_YET)
        return self.new_listener(source, hands_free, on_partial)

    def file_listener(self, path: Path) -> Listener:
        """A recorded turn (a WAV file) heard through the same path as the microphone."""
        if self.wav_source is None:
            raise AudioUnavailable(self.mic_problem or NOT_YET)
        return self.listener(self.wav_source(path))

    def save_turn_audio(self, session_id: str, turn_index: int,
                        heard: CapturedUtterance) -> str | None:
        """Keep the turn's audio with the session (``speech.save_audio``, the default), with the
        one atomic WAV writer; returns ``Turn.audio_ref`` or None. Call off the UI thread."""
        if self.audio_dir is None or not heard.pcm16:
            return None
        from roleplay.speech.audio import save_turn_audio

        try:
            return save_turn_audio(self.audio_dir, session_id, turn_index, heard.pcm16,
                                   heard.sample_rate)
        except OSError:
            return None  # a full disk loses the recording, never the words

    def on_close(self, closer: Callable[[], None]) -> None:
        self._closers.append(closer)

    def close(self) -> None:
        if self.speaker is not None:
            with contextlib.suppress(Exception):
                self.speaker.close()
        for closer in self._closers:
            with contextlib.suppress(Exception):
                closer()


@dataclass(frozen=True)
class Recogniser:
    stt: SpeechToText
    load: Callable[[], str]  # blocking until the model is ready; returns its name
    close: Callable[[], None] | None = None


def make_stt(config: AppConfig) -> Recogniser:
    """The recogniser ``speech.stt_backend`` names: an OpenAI-compatible endpoint, or local
    faster-whisper (``speech.stt_model``, cached in ``<data dir>/models``), loading now in the
    background."""
    s = config.speech
    if s.stt_backend == "openai" and config.llm.base_url:
        from roleplay.app.llm_setup import read_api_key
        from roleplay.llm.client import make_client
        from roleplay.speech.openai_backends import OpenAISpeechToText

        key, _ = read_api_key(config.llm.base_url)
        remote = OpenAISpeechToText(make_client(config.llm.base_url, api_key=key,
                                                timeout_s=30.0))
        return Recogniser(remote, load=lambda: remote.name)
    from roleplay.speech.whisper import WhisperSettings, WhisperSpeechToText

    whisper = WhisperSpeechToText(
        WhisperSettings(model=s.stt_model, cache_dir=config.data_dir / "models"))
    whisper.start_loading()

    def load() -> str:
        whisper.wait_ready()
        return whisper.name

    return Recogniser(whisper, load=load, close=whisper.close)


def _speaker(config: AppConfig) -> tuple[Speaker | None, str | None]:
    from roleplay.speech.playback import make_speaker

    try:
        return make_speaker(config), None
    except AudioUnavailable as exc:
        return None, f"The report's voice is not available ({exc.message})."
    except Exception as exc:  # no voice model: replies show as text
        return None, f"The report's voice is not available ({exc})."


def _check_microphone(config: AppConfig) -> tuple[str | None, str]:
    """Why the configured input cannot be used (None when it can), and its name."""
    from roleplay.speech.devices import resolve_input_device

    try:
        device = resolve_input_device(config.speech.input_device)
    except SpeechError as exc:  # no PortAudio, no device: typing still works
        return exc.message.rstrip("."), ""
    except Exception as exc:  # PortAudio failing in a way it has no name for
        return str(exc).rstrip("."), ""
    return None, device.name


def _microphone_problem(config: AppConfig) -> tuple[str | None, str]:
    problem, name = _check_microphone(config)
    if problem is None:
        return None, name
    return (f"No microphone is available: {problem}. Type your lines, or connect a "
            "microphone and pick it in Settings."), ""


def input_device_names() -> list[str]:
    """Names of the input devices (blocking: PortAudio is asked; run in a job)."""
    from roleplay.speech.devices import input_devices

    try:
        return [d.name for d in input_devices()]
    except Exception:  # no PortAudio: the default entry and the note say enough
        return []


def make_speech_kit(config: AppConfig, *, speak: bool = True,
                    microphone: bool = True) -> SpeechKit:
    """The kit for this machine: ``speak`` builds the report's voice, ``microphone`` checks the
    input device now (the terminal checks it before each spoken turn instead)."""
    from roleplay.speech.listen import ListenOptions, TurnListener
    from roleplay.speech.sources import MicrophoneSource, WavFileSource

    speech = config.speech
    speaker, speaker_problem = _speaker(config) if speak else (None, None)
    mic_problem, device_name = _microphone_problem(config) if microphone else (None, "")
    recogniser = make_stt(config)
    stt = recogniser.stt

    def new_listener(source: AudioSource | None, hands_free: bool,
                     on_partial: Callable[[str], None] | None) -> Listener:
        options = ListenOptions(hands_free=hands_free, silence_s=speech.silence_s)
        return TurnListener(source or MicrophoneSource(speech.input_device), stt, options,
                            on_partial=on_partial)

    kit = SpeechKit(
        new_listener=new_listener, load=recogniser.load, speaker=speaker,
        input_description=device_name, mic_problem=mic_problem,
        speaker_problem=speaker_problem, stt=stt, wav_source=WavFileSource,
        audio_dir=config.audio_dir if speech.save_audio else None,
        check_microphone=lambda: _check_microphone(config)[0],
    )
    if recogniser.close is not None:
        kit.on_close(recogniser.close)
    return kit
