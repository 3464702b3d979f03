"""espeak-ng is found where each platform's installer puts it, not only on PATH (issue 15).

The platform and the environment are passed in, and the install folders are fake folders made
here, so the Windows and macOS lookups run on Linux the same way they run there.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path, PureWindowsPath

import pytest

from roleplay.speech.espeak import (
    OVERRIDE_ENV,
    find_espeak,
    install_hint,
    missing_message,
    no_window_flags,
    standard_folders,
)


def program(folder: Path, name: str = "espeak-ng") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def test_windows_finds_the_installers_folder_under_program_files(tmp_path: Path) -> None:
    exe = program(tmp_path / "Program Files" / "eSpeak NG", "espeak-ng.exe")
    env = {"ProgramFiles": str(tmp_path / "Program Files"), "PATH": str(tmp_path / "empty")}
    assert find_espeak("win32", env) == exe


def test_windows_standard_folders_default_to_c_program_files() -> None:
    folders = [PureWindowsPath(p) for p in standard_folders("win32", {})]
    assert PureWindowsPath(r"C:\Program Files\eSpeak NG") in folders
    assert PureWindowsPath(r"C:\Program Files (x86)\eSpeak NG") in folders


def test_macos_finds_homebrew_when_the_finder_path_lacks_it(tmp_path: Path) -> None:
    """An app opened from the Finder gets PATH=/usr/bin:/bin:...; Homebrew is elsewhere."""
    brew = program(tmp_path / "opt" / "homebrew" / "bin")
    finder_path = {"PATH": str(tmp_path / "usr" / "bin")}
    folders = [tmp_path / "opt" / "homebrew" / "bin", tmp_path / "usr" / "local" / "bin"]
    assert find_espeak("darwin", finder_path, folders) == brew
    assert Path("/opt/homebrew/bin") in standard_folders("darwin", {})
    assert Path("/usr/local/bin") in standard_folders("darwin", {})


def test_path_comes_before_the_standard_folders(tmp_path: Path) -> None:
    on_path = program(tmp_path / "mine")
    program(tmp_path / "standard")
    found = find_espeak("linux", {"PATH": str(tmp_path / "mine")}, [tmp_path / "standard"])
    assert found == on_path


def test_the_frozen_apps_own_copy_comes_first(tmp_path: Path) -> None:
    bundled = program(tmp_path / "bundle" / "espeak-ng")
    program(tmp_path / "mine")
    env = {OVERRIDE_ENV: str(bundled), "PATH": str(tmp_path / "mine")}
    assert find_espeak("linux", env, []) == bundled


def test_a_file_that_cannot_run_is_not_taken_on_posix(tmp_path: Path) -> None:
    path = program(tmp_path / "bin")
    path.chmod(0o644)
    assert find_espeak("darwin", {"PATH": ""}, [tmp_path / "bin"]) is None


def test_nowhere_is_none_and_the_message_names_the_platforms_install_command(
    tmp_path: Path,
) -> None:
    assert find_espeak("darwin", {"PATH": str(tmp_path)}, [tmp_path / "none"]) is None
    assert "brew install espeak-ng" in missing_message("darwin")
    assert "winget install eSpeak-NG.eSpeak-NG" in missing_message("win32")
    assert "apt install espeak-ng" in missing_message("linux")
    assert install_hint("darwin") == "brew install espeak-ng"
    assert "\n" not in missing_message("win32")


def test_no_console_window_on_windows_only() -> None:
    assert no_window_flags("win32") == 0x08000000  # subprocess.CREATE_NO_WINDOW
    assert no_window_flags("linux") == 0
    assert no_window_flags("darwin") == 0
    # The flags the app passes here are accepted by subprocess on this platform.
    subprocess.run(["true"], check=True, creationflags=no_window_flags())


@pytest.mark.skipif(find_espeak() is None, reason="espeak-ng is not installed here")
def test_the_real_program_is_found_and_phonemises() -> None:
    from roleplay.speech.tts import phonemize

    assert os.access(find_espeak() or "", os.X_OK)
    assert phonemize("Hello there.").strip()


def test_every_subprocess_the_app_starts_passes_the_no_window_flags() -> None:
    """On Windows a console window would flash for each call. The one exception is the
    `scenarios edit` command's $EDITOR: a terminal program the user must see."""
    import ast

    src = Path(__file__).resolve().parents[2] / "src" / "roleplay"
    missing = []
    for path in src.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "subprocess"
                    and node.func.attr in {"run", "Popen", "call", "check_call", "check_output"}
                    and not any(k.arg == "creationflags" for k in node.keywords)):
                missing.append(f"{path.relative_to(src)}:{node.lineno}")
    assert [m for m in missing if not m.startswith("cli/scenarios.py:")] == []
