"""Audio helpers for capture, speech-to-text and text-to-speech: conversion, WAV files, levels.

numpy is imported here (a core dependency); native audio libraries are not.
"""

from __future__ import annotations

import math
import os
import struct
import wave
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from roleplay.domain.session import check_session_id
from roleplay.ports.speech import SAMPLE_RATE, SpeechError

Samples = npt.NDArray[np.float32]

SILENCE_DB = -80.0


def to_float32(pcm16: bytes) -> Samples:
    return np.frombuffer(pcm16, dtype="<i2").astype(np.float32) / 32768.0


def to_pcm16(samples: Samples) -> bytes:
    clipped = np.clip(samples, -1.0, 1.0)
    return (clipped * 32767.0).astype("<i2").tobytes()


def to_mono(block: npt.NDArray[np.floating]) -> Samples:
    """PortAudio delivers (frames, channels); average the channels."""
    mono = block if block.ndim == 1 else block[:, 0] if block.shape[1] == 1 else block.mean(axis=1)
    return np.asarray(mono, dtype=np.float32)


# soxr's "HQ" preset: a steep anti-aliasing filter (a 12 kHz tone going 48 -> 16 kHz comes out
# near -60 dBFS; linear interpolation folded it to 4 kHz at -9 dBFS) and faster than np.interp.
_QUALITY = "HQ"


def resample(samples: Samples, rate_in: int, rate_out: int) -> Samples:
    """The one rate conversion for a whole signal (files, synthesised speech, pitch shifts)."""
    if rate_in == rate_out or samples.size == 0:
        return samples.astype(np.float32, copy=False)
    import soxr  # imported here so `import roleplay.speech` stays cheap

    out: Samples = soxr.resample(samples.astype(np.float32, copy=False), rate_in, rate_out,
                                 quality=_QUALITY)
    return out


class StreamResampler:
    """The same conversion for audio arriving block by block (a microphone at its own rate):
    the filter's state carries across blocks, so block edges add no clicks."""

    def __init__(self, rate_in: int, rate_out: int) -> None:
        self.rate_in, self.rate_out = rate_in, rate_out
        self._stream: Any = None
        if rate_in != rate_out:
            import soxr

            self._stream = soxr.ResampleStream(rate_in, rate_out, 1, dtype="float32",
                                               quality=_QUALITY)

    def __call__(self, block: Samples, last: bool = False) -> Samples:
        if self._stream is None:
            return block.astype(np.float32, copy=False)
        out: Samples = self._stream.resample_chunk(block.astype(np.float32, copy=False),
                                                   last=last)
        return out


def level_db(block: Samples) -> float:
    """RMS level in dBFS (``SILENCE_DB`` for digital silence)."""
    if block.size == 0:
        return SILENCE_DB
    rms = math.sqrt(float(np.mean(np.square(block, dtype=np.float64))))
    return max(SILENCE_DB, 20.0 * math.log10(rms)) if rms > 0 else SILENCE_DB


def meter(db: float, floor_db: float = -60.0) -> float:
    """Map a dBFS level to 0..1 for a level meter widget."""
    return min(1.0, max(0.0, (db - floor_db) / -floor_db))


class _OtherFormat(SpeechError):
    """Not plain PCM WAV (compressed, or another format named .wav): PyAV may still read it."""


def read_wav(path: Path) -> tuple[Samples, int]:
    """Read a WAV file (PCM 8/16/24/32-bit or float, plain or WAVE_FORMAT_EXTENSIBLE) as mono
    float32 with its sample rate. The stdlib ``wave`` module rejects extensible and float files."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpeechError(f"{path}: cannot read ({exc.strerror})") from exc
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise _OtherFormat(f"{path}: not a WAV file")
    fmt: tuple[int, int, int, int] | None = None
    pos = 12
    while pos + 8 <= len(data):
        chunk_id, size = data[pos : pos + 4], struct.unpack_from("<I", data, pos + 4)[0]
        body = data[pos + 8 : pos + 8 + size]
        if chunk_id == b"fmt ":
            if len(body) < 16:
                raise SpeechError(f"{path}: damaged WAV file (format chunk too short)")
            tag, channels, rate = struct.unpack_from("<HHI", body, 0)
            bits = struct.unpack_from("<H", body, 14)[0]
            if tag == 0xFFFE and len(body) >= 26:
                tag = struct.unpack_from("<H", body, 24)[0]  # the sub-format's first two bytes
            fmt = (tag, channels, rate, bits)
        elif chunk_id == b"data":
            if fmt is None:
                break
            samples, rate = _decode_pcm(path, body, *fmt)
            if samples.size == 0:
                raise SpeechError(f"{path}: the recording is empty")
            return samples, rate
        pos += 8 + size + (size & 1)
    raise SpeechError(f"{path}: WAV file without a format or data chunk")


def _decode_pcm(path: Path, body: bytes, tag: int, channels: int, rate: int, bits: int) -> tuple[
    Samples, int
]:
    if tag not in (1, 3):
        raise _OtherFormat(f"{path}: unsupported WAV encoding (format {tag}, {bits} bits)")
    if bits not in (8, 16, 24, 32, 64) or not 1 <= channels <= 64 or not 1000 <= rate <= 768_000:
        raise SpeechError(f"{path}: unsupported WAV file ({bits} bits per sample, {channels} "
                          f"channel(s), {rate} Hz)")
    width = bits // 8
    body = body[: len(body) - len(body) % (width * channels)]
    if tag == 3 and bits in (32, 64):
        samples = np.frombuffer(body, dtype="<f4" if bits == 32 else "<f8").astype(np.float32)
    elif tag == 1 and bits == 16:
        samples = np.frombuffer(body, dtype="<i2").astype(np.float32) / 32768.0
    elif tag == 1 and bits == 32:
        samples = (np.frombuffer(body, dtype="<i4") / 2147483648.0).astype(np.float32)
    elif tag == 1 and bits == 24:
        raw = np.frombuffer(body, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        ints = (raw[:, 0] | (raw[:, 1] << 8) | (raw[:, 2] << 16)) << 8 >> 8
        samples = ints.astype(np.float32) / 8388608.0
    elif tag == 1 and bits == 8:
        samples = (np.frombuffer(body, dtype=np.uint8).astype(np.float32) - 128.0) / 128.0
    else:
        raise _OtherFormat(f"{path}: unsupported WAV encoding (format {tag}, {bits} bits)")
    return to_mono(samples.reshape(-1, max(1, channels))), rate


def load_audio(path: Path, rate: int = SAMPLE_RATE) -> Samples:
    """Any audio file as mono float32 at ``rate``: WAV directly, other formats through PyAV."""
    if not path.is_file():
        raise SpeechError(f"{path}: no such audio file")
    wav_problem: SpeechError | None = None
    if path.suffix.lower() == ".wav":
        try:
            samples, file_rate = read_wav(path)
            return resample(samples, file_rate, rate)
        except _OtherFormat as exc:
            wav_problem = exc  # e.g. a compressed WAV: let the general decoder try
    try:
        from faster_whisper.audio import decode_audio
    except ImportError as exc:  # pragma: no cover - faster-whisper is a dependency
        raise SpeechError("decoding this audio format needs faster-whisper (PyAV)") from exc
    try:
        decoded: Samples = decode_audio(str(path), sampling_rate=rate)
    except Exception as exc:  # PyAV raises many error types for bad input
        if wav_problem is not None:
            raise wav_problem from exc
        raise SpeechError(f"{path}: not an audio file this app can read") from exc
    if decoded.size == 0:
        raise wav_problem or SpeechError(f"{path}: the recording is empty")
    return decoded


def write_wav(path: Path, samples: Samples, rate: int = SAMPLE_RATE) -> None:
    """Write a WAV file readable by its owner only (folders it creates are 0700)."""
    for folder in reversed([path.parent, *path.parent.parents]):
        if not folder.exists():
            folder.mkdir(mode=0o700, exist_ok=True)
            os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask
    tmp = path.with_suffix(path.suffix + ".tmp")
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    with wave.open(str(tmp), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(to_pcm16(samples))
    tmp.replace(path)  # a crash never leaves a half-written turn


def session_audio_folder(audio_dir: Path, session_id: str) -> Path:
    """The folder holding one session's audio: ``audio_dir/<id>``, provably inside ``audio_dir``.

    Raise ValueError for an id that is not a valid session id (``..``, a path, a dot name).
    """
    folder = audio_dir / check_session_id(session_id)
    if folder.parent != audio_dir or os.path.normpath(folder) != str(folder):
        raise ValueError(f"{session_id!r} does not name a folder inside {audio_dir}")
    return folder


def save_turn_audio(
    audio_dir: Path, session_id: str, turn_index: int, pcm16: bytes, rate: int = SAMPLE_RATE
) -> str:
    """Write one manager turn's audio as a WAV under ``audio_dir``; return its relative path.

    The path is relative to ``audio_dir``'s parent (the data dir), as ``Turn.audio_ref`` expects:
    ``audio/<session_id>/turn-0003.wav``.
    """
    path = session_audio_folder(audio_dir, session_id) / f"turn-{turn_index:04d}.wav"
    write_wav(path, to_float32(pcm16), rate)
    return path.relative_to(audio_dir.parent).as_posix()


def delete_session_audio(audio_dir: Path, session_id: str) -> int:
    """Delete a session's saved turn audio; return how many files were removed."""
    folder = session_audio_folder(audio_dir, session_id)
    if folder.is_symlink() or not folder.is_dir():
        return 0
    removed = 0
    for wav_file in folder.glob("*.wav"):
        wav_file.unlink()
        removed += 1
    if not any(folder.iterdir()):
        folder.rmdir()
    return removed
