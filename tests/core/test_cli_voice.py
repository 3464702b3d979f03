"""Spoken turns in the terminal: a recording goes through the real listening path (real
faster-whisper), is stored as a spoken turn with word timings and audio; a missing microphone
falls back to typing without losing anything."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO, VALID

RECORDING = REPO / "tests" / "speech" / "data" / "manager_turn.wav"


@pytest.mark.slow
def test_recorded_turn_is_heard_stored_and_kept(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text(json.dumps(
        {"speech": {"input_device": "no-such-microphone"}, "llm": {"enabled": False}}))
    script = f"How are things going?\n@{RECORDING}\n\nWhat got in the way?\n/end\n"
    result = subprocess.run(
        [sys.executable, "-m", "roleplay", "--data-dir", str(tmp_path), "practice", str(VALID),
         "--voice", "--json"], input=script, capture_output=True, text=True, timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    session = json.loads(result.stdout)
    manager = [t for t in session["turns"] if t["speaker"] == "manager"]
    assert [t["source"] for t in manager] == ["typed", "spoken", "typed"]
    spoken = manager[1]
    assert "late" in spoken["text"].lower() and "happened" in spoken["text"].lower()
    assert spoken["words"] and all(w["end"] >= w["start"] for w in spoken["words"])
    assert spoken["end"] > spoken["start"]
    assert (tmp_path / spoken["audio_ref"]).is_file()
    # The microphone is missing: a clear message, then the typed line carries on.
    assert re.search(r"\[(no microphone found|no input device named 'no-such-microphone'|"
                     r"audio is unavailable)", result.stderr), result.stderr
    assert "You (spoken):" in result.stderr
