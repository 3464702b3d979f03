"""The desktop app and the terminal share one speech kit, built from the settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from roleplay.app.config import AppConfig, LLMConfig, SpeechConfig
from roleplay.ports.speech import AudioDevice, CapturedUtterance, Transcription


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """Recognisers constructed (no model is loaded, no server called)."""
    import roleplay.app.llm_setup as llm_setup
    import roleplay.speech.devices as devices
    import roleplay.speech.openai_backends as remote
    import roleplay.speech.whisper as whisper

    made: list[tuple[str, Any]] = []
    monkeypatch.setattr(llm_setup, "read_api_key", lambda url: (None, "none"))
    mic = AudioDevice(index=0, name="test mic", max_input_channels=1)
    monkeypatch.setattr(devices, "resolve_input_device", lambda name: mic)

    def whisper_init(self: Any, settings: Any = None) -> None:
        made.append(("whisper", settings))
        self.settings = settings

    def remote_init(self: Any, client: Any = None, **kw: Any) -> None:
        made.append(("openai", client))

    monkeypatch.setattr(whisper.WhisperSpeechToText, "__init__", whisper_init)
    monkeypatch.setattr(whisper.WhisperSpeechToText, "start_loading", lambda self: None)
    monkeypatch.setattr(remote.OpenAISpeechToText, "__init__", remote_init)
    return made


def desktop_kit(config: AppConfig) -> Any:
    """The speech kit the desktop app starts with (its composition root, without a window)."""
    from roleplay.app.compose import build_services

    return build_services(config).speech


def test_the_desktop_app_honours_the_speech_backend(tmp_path: Path,
                                                    built: list[tuple[str, Any]]) -> None:
    config = AppConfig(data_dir=tmp_path, speech=SpeechConfig(stt_backend="openai"),
                       llm=LLMConfig(base_url="http://127.0.0.1:9/v1", enabled=False))
    desktop_kit(config)
    assert [kind for kind, _ in built] == ["openai"]


def test_the_desktop_app_keeps_models_in_the_data_folder(tmp_path: Path,
                                                         built: list[tuple[str, Any]]) -> None:
    config = AppConfig(data_dir=tmp_path, speech=SpeechConfig(stt_model="base"),
                       llm=LLMConfig(enabled=False))
    desktop_kit(config)
    (kind, settings), = built
    assert kind == "whisper"
    assert settings.model == "base" and settings.cache_dir == tmp_path / "models"


def test_turn_audio_is_saved_by_the_one_writer_or_not_at_all(tmp_path: Path,
                                                             built: list[tuple[str, Any]]) -> None:
    from roleplay.app.speech_kit import make_speech_kit

    heard = CapturedUtterance(transcription=Transcription(text="hello"),
                              pcm16=b"\x00\x10" * 1600)
    kit = make_speech_kit(AppConfig(data_dir=tmp_path), speak=False, microphone=False)
    ref = kit.save_turn_audio("abc123", 3, heard)
    assert ref == "audio/abc123/turn-0003.wav" and (tmp_path / ref).is_file()
    off = AppConfig(data_dir=tmp_path, speech=SpeechConfig(save_audio=False))
    assert make_speech_kit(off, speak=False, microphone=False).save_turn_audio(
        "abc123", 5, heard) is None
