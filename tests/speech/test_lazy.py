"""PyAV stays unloaded in a voice session (faster-whisper imports it with its package; the
recogniser never decodes files) and still loads when a file needs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from roleplay.speech._lazy import defer_import

DATA = Path(__file__).parent / "data"


def test_a_deferred_module_loads_on_first_use() -> None:
    sys.modules.pop("colorsys", None)
    assert defer_import("colorsys")
    import colorsys

    assert "rgb_to_hsv" not in vars(colorsys)  # the stand-in, nothing executed yet
    assert colorsys.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)
    assert "rgb_to_hsv" in vars(sys.modules["colorsys"])  # the real module took its place
    assert not defer_import("colorsys")  # already imported
    assert not defer_import("no_such_module_here")


def test_the_recogniser_and_the_voice_detector_run_without_loading_pyav() -> None:
    code = f"""
import sys
import numpy as np
from roleplay.speech.vad import SileroVad
from roleplay.speech.whisper import WhisperSpeechToText
stt = WhisperSpeechToText()
assert stt.wait_ready(timeout=120)
SileroVad()(np.zeros(512, dtype=np.float32))
assert "av._core" not in sys.modules, sorted(m for m in sys.modules if m.startswith("av"))
from roleplay.speech.audio import load_audio
from pathlib import Path
samples = load_audio(Path({str(DATA / "manager_turn.wav")!r}))  # a WAV: still no PyAV
from faster_whisper.audio import decode_audio
assert decode_audio({str(DATA / "manager_turn.wav")!r}).size == samples.size
assert "av._core" in sys.modules  # decoding through PyAV loaded it
stt.close()
print("ok")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-2000:]
