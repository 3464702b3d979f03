"""`roleplay transcribe` and `roleplay devices`, the in-package fakes, and light imports."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from roleplay.app.config import AppConfig
from roleplay.cli import devices as devices_cli
from roleplay.cli import transcribe as transcribe_cli
from roleplay.cli.context import CliContext
from roleplay.cli.main import build_parser
from roleplay.ports.speech import AudioDevice, AudioUnavailable
from roleplay.speech import devices
from roleplay.speech.fakes import (
    EnergyVad,
    FakeSpeechToText,
    ScriptedAudioSource,
    SilentTextToSpeech,
    tone,
    wav_bytes,
)
from roleplay.speech.listen import ListenOptions, TurnListener

from .conftest import silence


def run(argv: list[str], tmp_path: Path) -> tuple[int, str, str]:
    args = build_parser().parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    ctx = CliContext(config=AppConfig(data_dir=tmp_path), out=out, err=err)
    return args.handler(args, ctx), out.getvalue(), err.getvalue()


def test_transcribe_prints_the_text(tmp_path: Path, manager_turn: Path) -> None:
    code, out, _ = run(["transcribe", str(manager_turn)], tmp_path)
    assert code == 0
    assert "report" in out.lower()


def test_transcribe_json_has_segments_words_and_time(tmp_path: Path, manager_turn: Path) -> None:
    code, out, _ = run(["transcribe", str(manager_turn), "--json", "--model", "tiny.en"],
                       tmp_path)
    assert code == 0
    data = json.loads(out)
    assert data["segments"] and data["segments"][0]["words"]
    word = data["segments"][0]["words"][0]
    assert {"text", "start", "end", "probability"} <= set(word)
    assert data["elapsed_s"] > 0 and data["duration_s"] == pytest.approx(4.49, abs=0.05)


def test_transcribe_errors_are_one_clear_line(tmp_path: Path, manager_turn: Path) -> None:
    code, _, err = run(["transcribe", str(tmp_path / "missing.wav")], tmp_path)
    assert code == 2 and err.strip() == f"roleplay: {tmp_path / 'missing.wav'}: no such audio file"
    code, _, err = run(["transcribe", str(manager_turn), "--model", "huge"], tmp_path)
    assert code == 2 and "unknown speech model 'huge'" in err and "Traceback" not in err
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"not audio at all")
    code, _, err = run(["transcribe", str(bad)], tmp_path)
    assert code == 2 and err.strip() == f"roleplay: {bad}: not a WAV file"


def test_devices_lists_or_explains(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mic = AudioDevice(index=3, name="USB mic", hostapi="ALSA", max_input_channels=1,
                      default_samplerate=48000, is_default_input=True)
    monkeypatch.setattr(devices, "list_devices", lambda: [mic])
    code, out, _ = run(["devices"], tmp_path)
    assert code == 0 and "USB mic" in out and "default input" in out
    monkeypatch.setattr(devices, "list_devices", lambda: [])
    code, out, _ = run(["devices"], tmp_path)
    assert code == 0 and "No audio devices found" in out

    def missing() -> list[AudioDevice]:
        raise AudioUnavailable(devices.NO_PORTAUDIO)

    monkeypatch.setattr(devices, "list_devices", missing)
    code, _, err = run(["devices"], tmp_path)
    assert code == 1 and "PortAudio library is missing" in err  # a runtime failure
    assert devices_cli.run is not None and transcribe_cli.run is not None


def test_fakes_drive_the_real_listener() -> None:
    audio = np.concatenate([tone(0.8), silence(1.0), tone(0.5)])
    stt = FakeSpeechToText(["Can we talk about Friday?"])
    listener = TurnListener(ScriptedAudioSource(wav_bytes(audio)), stt,
                            ListenOptions(hands_free=True, silence_s=0.5), vad=EnergyVad())
    result = listener.run()
    assert result.ended_by == "silence"
    assert result.text == "Can we talk about Friday?"
    assert len(result.words) == 5 and result.words[-1].end == pytest.approx(result.duration_s)
    assert 1.2 < result.duration_s < 1.9  # the second tone came after the end of the turn


def test_silent_voice_has_plausible_lengths() -> None:
    tts = SilentTextToSpeech(seconds_per_word=0.3)
    chunks = list(tts.synthesize("One two three. Four five."))
    assert [c.text for c in chunks] == ["One two three.", "Four five."]
    assert chunks[0].duration_s == pytest.approx(0.9, abs=0.01)


def test_importing_speech_loads_no_audio_libraries() -> None:
    code = (
        "import sys, roleplay.speech, roleplay.speech.listen, roleplay.speech.sources, "
        "roleplay.speech.devices, roleplay.speech.whisper, roleplay.speech.tts, "
        "roleplay.speech.playback, roleplay.speech.fakes, roleplay.ports.speech\n"
        "heavy = [m for m in ('sounddevice', 'faster_whisper', 'ctranslate2', 'onnxruntime', "
        "'openai') if m in sys.modules]\n"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"
