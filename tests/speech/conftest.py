"""Speech tests: real faster-whisper (the shipped tiny.en), real Silero VAD, real capture code fed
from WAV files. Speech is generated with espeak-ng at test time; one short clip is committed.
Nothing here needs a microphone, a speaker, the network or /work/shared."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from roleplay.speech.audio import Samples, read_wav, resample
from roleplay.speech.whisper import WhisperSpeechToText

DATA = Path(__file__).parent / "data"
RATE = 16_000


@pytest.fixture(scope="session")
def stt() -> Iterator[WhisperSpeechToText]:
    """One model for the whole run: loading is the slow part."""
    recogniser = WhisperSpeechToText()
    recogniser.start_loading()
    assert recogniser.wait_ready(timeout=120)
    yield recogniser
    recogniser.close()


@pytest.fixture(scope="session")
def speak(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Samples]:
    """Text to 16 kHz speech with espeak-ng (cached per text)."""
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (apt install espeak-ng)")
    cache: dict[str, Samples] = {}
    folder = tmp_path_factory.mktemp("espeak")

    def run(text: str) -> Samples:
        if text not in cache:
            proc = subprocess.run(["espeak-ng", "-v", "en-us", "-s", "160", "--stdout", text],
                                  check=True, capture_output=True)
            tmp = folder / f"{len(cache)}.wav"
            tmp.write_bytes(proc.stdout)
            samples, rate = read_wav(tmp)
            cache[text] = trim(resample(samples, rate, RATE))
        return cache[text]

    return run


def trim(audio: Samples, keep_s: float = 0.05) -> Samples:
    """Cut espeak-ng's leading and trailing silence so the tests set the pauses."""
    loud = np.flatnonzero(np.abs(audio) > 0.02)
    if not loud.size:
        return audio
    keep = round(keep_s * RATE)
    return audio[max(0, loud[0] - keep) : loud[-1] + keep]


def silence(seconds: float) -> Samples:
    return np.zeros(round(seconds * RATE), dtype=np.float32)


@pytest.fixture
def manager_turn() -> Path:
    """A committed clip: "I noticed the report was late again. Can you walk me through what
    happened?" (espeak-ng, 16 kHz mono)."""
    return DATA / "manager_turn.wav"
