"""faster-whisper with the shipped tiny.en on real (synthesised) speech."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from roleplay.ports.speech import ModelUnavailable
from roleplay.speech.audio import Samples, load_audio
from roleplay.speech.models import assemble_parts, resolve_model
from roleplay.speech.whisper import WhisperSettings, WhisperSpeechToText


def test_plain_transcription_of_real_speech(stt: WhisperSpeechToText, manager_turn: Path) -> None:
    audio = load_audio(manager_turn)
    result = stt.transcribe(audio)
    text = result.text.lower()
    assert "report" in text
    assert "happened" in text
    assert result.duration_s == pytest.approx(audio.size / 16_000)
    words = result.words
    assert len(words) >= 8
    starts = [w.start for w in words]
    assert starts == sorted(starts)
    assert all(0 <= w.start <= w.end <= result.duration_s + 0.5 for w in words)


def test_windowed_decoding_hears_the_same_words(
    stt: WhisperSpeechToText, manager_turn: Path
) -> None:
    audio = load_audio(manager_turn)
    fast = stt.transcribe_fast(audio)
    assert {"report", "happened"} <= set(fast.text.lower().replace("?", " ").replace(".", " ")
                                         .split())
    assert fast.words and fast.words[-1].end <= fast.duration_s + 0.5


def test_longer_utterance_keeps_word_order(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    audio = np.concatenate([
        speak("Thanks for making time today."),
        speak("I want to talk about the migration deadline."),
    ])
    result = stt.transcribe_fast(audio)
    text = result.text.lower()
    assert text.index("thanks") < text.index("migration")


def test_silence_gives_no_words(stt: WhisperSpeechToText) -> None:
    stream = stt.stream()
    for _ in range(40):
        stream.feed(np.zeros(512, dtype=np.float32), 0.0)
    assert stream.finish().text == ""


def test_model_loads_once_in_the_background() -> None:
    stt = WhisperSpeechToText()
    try:
        first = stt.start_loading()
        assert stt.start_loading() is first  # a second call does not load again
        assert stt.wait_ready(timeout=120)
        assert stt.ready.is_set()
        assert stt.load_seconds is not None
        assert stt.load_error is None
    finally:
        stt.close()


def test_a_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    stt = WhisperSpeechToText(WhisperSettings(model="no-such-model"))
    try:
        with pytest.raises(ModelUnavailable, match="unknown speech model"):
            stt.wait_ready()
        assert isinstance(stt.load_error, ModelUnavailable)
        with pytest.raises(ModelUnavailable):  # later jobs report the same problem
            stt.transcribe(np.zeros(1600, dtype=np.float32))
    finally:
        stt.close()
    with pytest.raises(ModelUnavailable, match=r"no model\.bin"):
        resolve_model(str(tmp_path))


def test_split_model_is_reassembled(tmp_path: Path) -> None:
    parts = [tmp_path / "model.bin.part1", tmp_path / "model.bin.part2"]
    parts[0].write_bytes(b"abc" * 1000)
    parts[1].write_bytes(b"xyz" * 10)
    config = tmp_path / "config.json"
    config.write_text("{}")
    target = assemble_parts(parts, [config], tmp_path / "out")
    assert (target / "model.bin").read_bytes() == b"abc" * 1000 + b"xyz" * 10
    assert (target / "config.json").is_file()
    assert resolve_model(str(target)) == target
