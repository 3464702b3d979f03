"""The one resampler (soxr): out-of-band tones are filtered out instead of folding into the
speech band, in-band tones keep their level, whether converted whole or block by block as the
capture path does."""

from __future__ import annotations

import numpy as np
import pytest

from roleplay.speech.audio import StreamResampler, resample
from roleplay.speech.capture import Capture


def tone(freq: float, rate: int, seconds: float = 1.0, amplitude: float = 0.5) -> np.ndarray:
    t = np.arange(round(seconds * rate)) / rate
    return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def dbfs(samples: np.ndarray) -> float:
    """RMS level of the steady middle (filter edges excluded), as dBFS of a full-scale sine."""
    mid = samples[samples.size // 10 : -samples.size // 10]
    rms = float(np.sqrt(np.mean(np.square(mid, dtype=np.float64))))
    return 20 * np.log10(max(rms, 1e-12) * np.sqrt(2))


@pytest.mark.parametrize("freq", [8_500.0, 10_000.0, 12_000.0, 16_000.0, 20_000.0])
def test_tones_above_the_new_nyquist_are_removed(freq: float) -> None:
    out = resample(tone(freq, 48_000), 48_000, 16_000)
    assert out.size == 16_000
    assert dbfs(out) < -50.0, f"{freq} Hz leaked at {dbfs(out):.1f} dBFS"


@pytest.mark.parametrize("freq", [200.0, 1_000.0, 3_000.0, 6_000.0])
def test_speech_band_tones_keep_their_level(freq: float) -> None:
    source = tone(freq, 48_000)
    out = resample(source, 48_000, 16_000)
    assert abs(dbfs(out) - dbfs(source)) < 0.1
    # and it is still that tone: its spectrum peaks at the same frequency
    spectrum = np.abs(np.fft.rfft(out))
    assert abs(np.argmax(spectrum) * 16_000 / out.size - freq) <= 1.0


def test_common_microphone_rates_convert_to_16k() -> None:
    for rate in (44_100, 48_000, 22_050, 8_000):
        out = resample(tone(1_000.0, rate), rate, 16_000)
        assert out.dtype == np.float32
        assert abs(out.size - 16_000) <= 1
        assert abs(dbfs(out) - dbfs(tone(1_000.0, rate))) < 0.1


def test_block_by_block_matches_the_whole_signal() -> None:
    signal = tone(1_000.0, 48_000) + tone(12_000.0, 48_000)
    stream = StreamResampler(48_000, 16_000)
    blocks = [stream(signal[i : i + 3072]) for i in range(0, signal.size, 3072)]
    blocks.append(stream(np.zeros(0, dtype=np.float32), last=True))
    joined = np.concatenate(blocks)
    assert abs(joined.size - 16_000) <= 1
    whole = resample(signal, 48_000, 16_000)
    assert abs(dbfs(joined) - dbfs(whole)) < 0.1
    # no clicks at the block edges: the 12 kHz part is gone, leaving a clean 1 kHz tone
    assert abs(dbfs(joined) - dbfs(tone(1_000.0, 16_000))) < 0.1


def test_capture_converts_a_48k_device_to_16k_without_aliasing() -> None:
    capture = Capture(48_000)
    signal = tone(12_000.0, 48_000)
    for i in range(0, signal.size, 3072):
        capture.callback(signal[i : i + 3072].reshape(-1, 1), 3072, None, None)
    out = np.concatenate([b for b in capture.drain() if isinstance(b, np.ndarray)])
    assert abs(out.size - 16_000) < 400  # the filter holds back ~21 ms (the turn's trailing edge)
    assert dbfs(out) < -50.0
