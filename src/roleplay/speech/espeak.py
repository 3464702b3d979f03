"""Finding the espeak-ng program (the offline voice's phonemiser) on Linux, macOS and Windows.

PATH alone is not enough: the Windows installer puts it in ``C:\\Program Files\\eSpeak NG``
without touching PATH, and an app opened from the macOS Finder gets a PATH without Homebrew's
folder. So the standard install folders of each platform are looked in too. The platform and the
environment are parameters, so the lookup is tested here for all three.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

# subprocess.CREATE_NO_WINDOW exists only on Windows builds of Python; without it every
# espeak-ng call from the windowed app flashes a console.
_CREATE_NO_WINDOW = 0x08000000

# Set by the frozen app's runtime hook to the espeak-ng it ships (packaging/rthook_espeak.py).
OVERRIDE_ENV = "ROLEPLAY_ESPEAK_NG"

_HINTS = {
    "darwin": "brew install espeak-ng",
    "win32": "winget install eSpeak-NG.eSpeak-NG",
}
_LINUX_HINT = "sudo apt install espeak-ng"  # Debian/Ubuntu; other systems have one by that name


def program_name(platform: str) -> str:
    return "espeak-ng.exe" if platform == "win32" else "espeak-ng"


def standard_folders(platform: str, env: Mapping[str, str]) -> list[Path]:
    """Where espeak-ng's installers put the program, besides PATH."""
    if platform == "win32":
        roots = [env.get("ProgramFiles", r"C:\Program Files"),
                 env.get("ProgramFiles(x86)", r"C:\Program Files (x86)")]
        return [Path(root) / "eSpeak NG" for root in dict.fromkeys(roots)]
    if platform == "darwin":
        # Homebrew on Apple silicon, Homebrew on Intel (and source builds), MacPorts.
        return [Path("/opt/homebrew/bin"), Path("/usr/local/bin"), Path("/opt/local/bin")]
    return [Path("/usr/bin"), Path("/usr/local/bin")]


def find_espeak(platform: str = sys.platform, env: Mapping[str, str] | None = None,
                folders: Sequence[Path] | None = None) -> Path | None:
    """The espeak-ng program: the frozen app's own copy, then PATH, then the standard folders
    (``folders`` replaces those, for tests). None when it is nowhere."""
    env = os.environ if env is None else env
    name = program_name(platform)
    override = env.get(OVERRIDE_ENV)
    if override and Path(override).is_file():
        return Path(override)
    on_path = shutil.which(name, path=env.get("PATH", ""))
    if on_path:
        return Path(on_path)
    for folder in standard_folders(platform, env) if folders is None else folders:
        candidate = folder / name
        if candidate.is_file() and (platform == "win32" or os.access(candidate, os.X_OK)):
            return candidate
    return None


def install_hint(platform: str = sys.platform) -> str:
    return _HINTS.get(platform, _LINUX_HINT)


def missing_message(platform: str = sys.platform) -> str:
    """One line for the app's voice notice and the terminal: what is missing and how to get it."""
    hint = install_hint(platform)
    return f"the offline voice needs the espeak-ng program: install it with '{hint}'"


def no_window_flags(platform: str = sys.platform) -> int:
    """``creationflags`` for every subprocess the app starts: no console window on Windows."""
    return _CREATE_NO_WINDOW if platform == "win32" else 0
