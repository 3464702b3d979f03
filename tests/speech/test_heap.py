"""The glibc heap calls the recogniser makes: applied on Linux/glibc, harmless elsewhere."""

from __future__ import annotations

import sys
import threading

import numpy as np
import pytest

from roleplay.speech import heap


def test_arenas_and_trim_are_applied_on_glibc() -> None:
    blocks = [np.ones(1 << 20) for _ in range(8)]  # 64 MB touched, then freed
    del blocks
    applied = heap.limit_arenas(2)
    trimmed = heap.trim()
    if sys.platform.startswith("linux") and heap._glibc() is not None:
        assert applied
        assert isinstance(trimmed, bool)
    else:
        assert not applied and not trimmed
    assert not heap.limit_arenas(0)  # 0 leaves malloc alone


_FRAGMENT = """
import sys
import threading
import numpy as np
import pytest
from roleplay.speech import heap
fixed = int(sys.argv[1])
if fixed:
    assert heap.fix_mmap_threshold(fixed)
def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
np.ones(3 << 17)  # a freed 3 MB block: glibc's moving threshold rises above 3 MB
big, pins = [], []
before = rss_mb()
for _ in range(40):  # 120 MB of 3 MB buffers, each followed by a small block kept alive
    big.append(np.ones(3 << 17))
    pins.append(bytearray(4096))
del big
print(rss_mb() - before)
"""


def test_a_fixed_mmap_threshold_gives_freed_decoder_sized_buffers_back() -> None:
    if not sys.platform.startswith("linux") or heap._glibc() is None:
        assert not heap.fix_mmap_threshold(2 << 20)
        return
    import subprocess

    def kept_mb(fixed: int) -> float:
        out = subprocess.run([sys.executable, "-c", _FRAGMENT, str(fixed)], check=True,
                             capture_output=True, text=True)
        return float(out.stdout.strip())

    # glibc's moving threshold puts the buffers in the heap, where the small blocks between
    # them pin the freed memory; with the threshold fixed below their size they are unmapped
    assert kept_mb(0) > 100
    assert kept_mb(2 << 20) < 20
    assert not heap.fix_mmap_threshold(0)  # 0 leaves malloc alone


def test_the_turns_trim_runs_on_the_lane_that_just_decoded_the_release(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After a turn the guess lane may still be busy with a guess nobody waits for; the trim
    goes to the final lane, which has just finished (glibc trims every arena from any thread)."""
    from roleplay.speech import whisper

    stt = whisper.WhisperSpeechToText()
    seen: list[str] = []
    monkeypatch.setattr(whisper, "trim", lambda: seen.append(threading.current_thread().name))
    stt._load = stt._executor.submit(lambda: None)  # as if loaded: no model is needed here
    try:
        stt.tidy(final_lane=True)
        stt.tidy()
        stt._final.submit(lambda: None).result()
        stt._executor.submit(lambda: None).result()
    finally:
        stt.close()
    assert sorted(seen) == ["whisper-final_0", "whisper_0"], seen
