"""The core stays light: importing it pulls in no Qt, audio, model or network libraries."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ["PySide6", "openai", "faster_whisper", "ctranslate2", "sounddevice", "numpy", "httpx",
         "onnxruntime", "keyring"]


def test_core_imports_no_heavy_libraries() -> None:
    code = (
        "import sys; import roleplay.domain.mind, roleplay.domain.session, roleplay.ports, "
        "roleplay.engine, roleplay.persona, roleplay.speech, roleplay.scoring, "
        "roleplay.scenarios, roleplay.cli.main; "
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"
