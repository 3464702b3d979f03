"""The capture path fed from WAV files through the real callback code, the Silero end-of-turn
decision, push-to-talk release, and the faults (device lost, no PortAudio, no microphone)."""

from __future__ import annotations

import importlib.abc
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from roleplay.ports.speech import AudioSink, AudioUnavailable, DeviceLost
from roleplay.speech import devices
from roleplay.speech.audio import (
    Samples,
    delete_session_audio,
    load_audio,
    read_wav,
    save_turn_audio,
    to_float32,
)
from roleplay.speech.capture import Capture
from roleplay.speech.listen import ListenOptions, TurnListener, listen_turn
from roleplay.speech.sources import MicrophoneSource, WavFileSource
from roleplay.speech.vad import TurnDetector
from roleplay.speech.whisper import WhisperSpeechToText

from .conftest import silence

RATE = 16_000


def words(text: str) -> set[str]:
    return set(text.lower().replace(",", " ").replace(".", " ").replace("?", " ").split())


def test_callback_copies_converts_and_measures() -> None:
    capture = Capture(source_rate=48_000)
    stereo = np.full((4800, 2), 0.5, dtype=np.float32)  # 0.1 s at 48 kHz
    capture.callback(stereo, 4800, None, None)
    capture.callback(stereo, 4800, None, None)
    stereo[:] = 0.0  # PortAudio reuses its buffer: the queued blocks must be copies
    blocks = [capture.get(timeout=0), capture.get(timeout=0)]
    assert all(isinstance(b, np.ndarray) for b in blocks)
    block = np.concatenate(blocks)
    # 16 kHz mono; the resampling filter holds back its last ~21 ms until more audio comes
    assert 3200 - 400 < block.size <= 3200
    assert np.allclose(block[block.size // 2 :], 0.5, atol=1e-3)
    assert capture.level_db == pytest.approx(-6.0, abs=0.1)
    assert 0.8 < capture.level < 1.0


def test_hands_free_a_short_pause_does_not_end_the_turn_a_long_one_does(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    first = speak("I wanted to talk about the deadline")
    second = speak("and the budget for the new project")
    after = speak("Banana pancakes")
    audio = np.concatenate([first, silence(0.4), second, silence(1.6), after, silence(0.5)])
    levels: list[float] = []
    listener = TurnListener(WavFileSource(audio), stt,
                            ListenOptions(hands_free=True, silence_s=0.7), on_level=levels.append)
    result = listener.run()
    assert result.ended_by == "silence"
    assert result.error is None
    heard = words(result.text)
    assert {"deadline", "budget"} <= heard  # the 0.4 s pause did not end the turn
    assert "banana" not in heard and "pancakes" not in heard  # the 1.6 s silence did
    spoken_s = (first.size + second.size) / RATE
    assert spoken_s < result.duration_s < (audio.size - after.size) / RATE + 0.1
    assert max(levels) > 0.5 and min(levels) == 0.0  # the meter followed the audio


def test_thinking_pause_after_a_hanging_word_waits_longer() -> None:
    detector = TurnDetector(silence_s=0.7)
    for _ in range(20):
        detector.update(0.9)
    detector.note_text("I think that")
    assert detector.required_silence_s() > 0.7
    frames_to_end = 0
    while not detector.update(0.05):
        frames_to_end += 1
    assert frames_to_end * 0.032 >= 0.7 * 1.5
    detector.note_text("Can we talk about Friday?")
    assert detector.required_silence_s() == 0.7


def test_push_to_talk_ends_when_released(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    said = speak("Let's agree on a plan for the next two weeks.")
    gate = threading.Event()

    class HeldKeySource(WavFileSource):
        """Plays the speech, then keeps the microphone open until stopped (key still down)."""

        def _run(self, sink: AudioSink) -> None:
            block = 1024
            for i in range(0, said.size, block):
                sink.callback(said[i : i + block].reshape(-1, 1), block, None, None)
            gate.set()
            self._stop.wait()

    heard_all = threading.Event()
    blocks = -(-said.size // 1024)
    seen = [0]

    def on_level(_level: float) -> None:
        seen[0] += 1
        if seen[0] >= blocks:
            heard_all.set()

    listener = TurnListener(HeldKeySource(said), stt, ListenOptions(hands_free=False),
                            on_level=on_level)
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(listener.run)
        assert heard_all.wait(60) and gate.is_set()
        listener.release()
        result = future.result(timeout=60)
    assert result.ended_by == "released"
    assert {"plan", "weeks"} <= words(result.text)
    assert result.duration_s == pytest.approx(said.size / RATE, abs=0.07)


def test_listen_turn_with_a_release_event(
    stt: WhisperSpeechToText, manager_turn: Path
) -> None:
    release = threading.Event()
    result = listen_turn(WavFileSource(manager_turn), stt, release=release)
    assert result.ended_by == "source_ended"  # the file ran out before the key was released
    assert "report" in words(result.text)
    assert release.is_set()


def test_device_lost_mid_turn_keeps_what_was_said(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    first = speak("We need to talk about the deadline.")
    audio = np.concatenate([first, silence(0.3), speak("Everything else can wait.")])
    cut_s = (first.size / RATE) + 0.2
    listener = TurnListener(WavFileSource(audio, fail_after_s=cut_s), stt)
    result = listener.run()
    assert result.ended_by == "device_lost"
    assert result.error is not None and "stopped" in result.error
    assert {"talk", "deadline"} <= words(result.text)
    assert "wait" not in words(result.text)
    assert result.duration_s == pytest.approx(cut_s, abs=0.07)


def test_a_silent_device_is_reported_as_lost(stt: WhisperSpeechToText) -> None:
    class Mute:
        description = "test microphone"
        sample_rate = RATE

        def start(self, sink: AudioSink) -> None:
            """Opens, then never delivers a block (a frozen driver)."""

        def stop(self) -> None:
            pass

    result = TurnListener(Mute(), stt, ListenOptions(stall_s=0.2)).run()
    assert result.ended_by == "device_lost"
    assert result.error is not None and "no sound from the test microphone" in result.error
    assert result.text == ""


class _NoPortAudio(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name == "sounddevice":
            raise OSError("PortAudio library not found")
        return None


def test_missing_portaudio_is_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_NoPortAudio(), *sys.meta_path])
    with pytest.raises(AudioUnavailable, match="PortAudio library is missing"):
        devices.list_devices()
    with pytest.raises(AudioUnavailable, match="PortAudio"):
        MicrophoneSource().start(Capture())


def test_no_microphone_is_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(devices, "list_devices", lambda: [])
    with pytest.raises(AudioUnavailable, match="no microphone found"):
        MicrophoneSource().start(Capture())


def test_device_lost_reported_by_portaudio_reaches_the_sink() -> None:
    capture = Capture()
    source = MicrophoneSource()
    source._sink = capture  # as after start(); the stream then finishes on its own
    source._finished()
    end = capture.get(timeout=0)
    assert isinstance(getattr(end, "error", None), DeviceLost)


def test_turn_audio_is_saved_and_deletable(tmp_path: Path, manager_turn: Path) -> None:
    audio = load_audio(manager_turn)
    pcm = (audio * 32767).astype("<i2").tobytes()
    audio_dir = tmp_path / "audio"
    ref = save_turn_audio(audio_dir, "session-1", 3, pcm)
    assert ref == "audio/session-1/turn-0003.wav"
    saved, rate = read_wav(tmp_path / ref)
    assert rate == RATE
    assert np.allclose(saved, to_float32(pcm), atol=1e-4)
    assert delete_session_audio(audio_dir, "session-1") == 1
    assert not (tmp_path / ref).exists()
