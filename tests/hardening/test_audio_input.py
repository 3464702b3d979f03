"""Item 5: undecodable or odd audio never aborts a session; silence transcribes as nothing."""

from __future__ import annotations

import struct
import wave
from pathlib import Path

import numpy as np
import pytest

from roleplay.ports.speech import SpeechError
from roleplay.speech.audio import load_audio, read_wav
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import VALID, Cli


def odd_wav(path: Path, *, bits: int = 16, channels: int = 1, rate: int = 16000,
            data: bytes = b"\x01\x02" * 800, fmt_size: int = 16) -> Path:
    fmt = struct.pack("<HHIIHH", 1, channels, rate, rate * channels * max(bits // 8, 1),
                      channels * max(bits // 8, 1), bits)[:fmt_size]
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    body += b"data" + struct.pack("<I", len(data)) + data
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    return path


def silent_wav(path: Path, seconds: float, level: float = 0.0) -> Path:
    rng = np.random.default_rng(7)
    samples = (rng.standard_normal(int(16000 * seconds)) * level).astype(np.float32)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return path


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"bits": 7}, "unsupported WAV file (7 bits per sample"),
    ({"bits": 0}, "unsupported WAV file (0 bits"),
    ({"channels": 0}, "0 channel(s)"),
    ({"rate": 0}, "0 Hz"),
    ({"fmt_size": 8}, "format chunk too short"),
    ({"data": b""}, "the recording is empty"),
])
def test_odd_wav_files_give_one_clear_error(tmp_path: Path, kwargs: dict[str, object],
                                            message: str) -> None:
    path = odd_wav(tmp_path / "odd.wav", **kwargs)  # type: ignore[arg-type]
    with pytest.raises(SpeechError) as caught:
        read_wav(path)
    assert message in caught.value.message
    with pytest.raises(SpeechError):
        load_audio(path)


def test_transcribe_of_a_7_bit_wav_is_one_line_not_a_zero_division(cli: Cli, tmp_path: Path
                                                                  ) -> None:
    result = cli(tmp_path / "d", "transcribe", str(odd_wav(tmp_path / "seven.wav", bits=7)))
    assert result.code == 2
    assert result.err.strip().endswith("unsupported WAV file (7 bits per sample, 1 channel(s), "
                                       "16000 Hz)")
    assert "Traceback" not in result.err


@pytest.mark.slow
def test_bad_recordings_in_practice_are_reported_and_the_session_goes_on(
        cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "d"
    bad = [Path("/etc/passwd"), odd_wav(tmp_path / "empty.wav", data=b""),
           odd_wav(tmp_path / "seven.wav", bits=7), tmp_path / "missing.wav"]
    (tmp_path / "text.wav").write_text("not audio at all")
    bad.append(tmp_path / "text.wav")
    lines = []
    for i, path in enumerate(bad):
        lines += [f"@{path}", f"Typed line number {i} instead."]
    result = cli(data, "practice", str(VALID), "--text", stdin="\n".join([*lines, "/end"]) + "\n")
    assert result.code == 0, result.err
    assert "Traceback" not in result.out + result.err
    assert result.out.count("type your turn instead") == 4  # the missing file is named as such
    assert "no such recording" in result.out
    store = SqliteSessionStore(data / "roleplay.sqlite3")
    [summary] = store.list_sessions()
    said = [t.text for t in store.get(summary.id).turns if t.speaker == "manager"]
    store.close()
    assert said == [f"Typed line number {i} instead." for i in range(len(bad))]


@pytest.mark.slow
def test_silence_transcribes_as_empty_text(cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "d"
    for path in (silent_wav(tmp_path / "ten-minutes.wav", 600),  # digital silence
                 silent_wav(tmp_path / "room.wav", 25, level=0.003)):  # quiet room noise
        result = cli(data, "transcribe", str(path))
        assert result.code == 0, result.err
        assert result.out.strip() == "", (path.name, result.out)
