"""The speech adapters built from configuration, for the CLI and the app.

One place decides which recogniser, microphone and voice are used and whether a turn's audio is
kept, so the front ends only ask for a listener, a speaker, or to save a turn's audio.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from roleplay.app.config import AppConfig
from roleplay.ports.speech import AudioSource, AudioUnavailable, SpeechToText
from roleplay.speech.listen import ListenOptions, TurnListener
from roleplay.speech.playback import Speaker


@dataclass
class SpeechKit:
    config: AppConfig
    stt: SpeechToText
    _speaker: Speaker | None = field(default=None, init=False)
    speaker_problem: str | None = field(default=None, init=False)

    def options(self, hands_free: bool | None = None) -> ListenOptions:
        s = self.config.speech
        return ListenOptions(hands_free=s.hands_free if hands_free is None else hands_free,
                             silence_s=s.silence_s)

    def microphone(self) -> AudioSource:
        from roleplay.speech.sources import MicrophoneSource

        return MicrophoneSource(self.config.speech.input_device)

    def wav_source(self, path: Path) -> AudioSource:
        from roleplay.speech.sources import WavFileSource

        return WavFileSource(path)

    def listener(
        self, source: AudioSource | None = None, *, hands_free: bool | None = None,
        on_partial: Callable[[str], None] | None = None,
        on_level: Callable[[float], None] | None = None,
    ) -> TurnListener:
        """One turn's listener (the microphone unless another source is given)."""
        return TurnListener(source or self.microphone(), self.stt, self.options(hands_free),
                            on_level=on_level, on_partial=on_partial)

    def speaker(self) -> Speaker | None:
        """The report's voice, or None (with ``speaker_problem`` saying why) when it can't play."""
        if self._speaker is None and self.speaker_problem is None:
            from roleplay.speech.playback import make_speaker

            try:
                self._speaker = make_speaker(self.config)
            except AudioUnavailable as exc:
                self.speaker_problem = exc.message
        return self._speaker

    def save_turn_audio(self, session_id: str, turn_index: int, pcm16: bytes) -> str | None:
        """Keep the turn's audio with the session when recording is on (the default)."""
        if not (self.config.speech.save_audio and pcm16):
            return None
        from roleplay.speech.audio import save_turn_audio

        return save_turn_audio(self.config.audio_dir, session_id, turn_index, pcm16)

    def close(self) -> None:
        if self._speaker is not None:
            self._speaker.close()


def make_speech_kit(config: AppConfig) -> SpeechKit:
    """Start loading the recogniser in the background and return the kit at once."""
    s = config.speech
    stt: SpeechToText
    if s.stt_backend == "openai" and config.llm.base_url:
        from roleplay.app.llm_setup import read_api_key
        from roleplay.speech.openai_backends import OpenAISpeechToText

        key, _ = read_api_key(config.llm.base_url)
        stt = OpenAISpeechToText(base_url=config.llm.base_url, api_key=key or "not-needed")
    else:
        from roleplay.speech.whisper import WhisperSettings, WhisperSpeechToText

        whisper = WhisperSpeechToText(
            WhisperSettings(model=s.stt_model, cache_dir=config.data_dir / "models"))
        whisper.start_loading()
        stt = whisper
    return SpeechKit(config=config, stt=stt)
