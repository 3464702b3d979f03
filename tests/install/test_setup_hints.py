"""scripts/setup detects the platform and prints that platform's install commands instead of
skipping silently (issue 15, item 2).

The platform comes from a fake ``uname`` on a PATH made here, and an old "python" stops the
script at its version check, before it makes any venv: a copy of the script runs in a temporary
folder, so nothing in the work tree is touched.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SETUP = Path(__file__).resolve().parents[2] / "scripts" / "setup"


def run_setup(tmp_path: Path, system: str) -> subprocess.CompletedProcess[str]:
    bin_dir, repo = tmp_path / "bin", tmp_path / "repo"
    bin_dir.mkdir()
    (repo / "scripts").mkdir(parents=True)
    shutil.copy(SETUP, repo / "scripts" / "setup")
    for tool in ("dirname",):
        (bin_dir / tool).symlink_to(shutil.which(tool) or f"/usr/bin/{tool}")
    fakes = {"uname": f"echo {system}", "python3": "echo 'Python 3.9.2'; exit 1"}
    for name, body in fakes.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    return subprocess.run(["/bin/bash", str(repo / "scripts" / "setup")], capture_output=True,
                          text=True, env={"PATH": str(bin_dir), "HOME": str(tmp_path)},
                          timeout=60, check=False)


@pytest.mark.parametrize(("system", "expected"), [
    ("Darwin", ["brew install espeak-ng", "brew install python@3.11"]),
    ("MINGW64_NT-10.0-19045", ["winget install eSpeak-NG.eSpeak-NG",
                               "winget install Python.Python.3.11", "scripts/setup.ps1"]),
    ("Linux", ["not a Debian/Ubuntu system", "espeak-ng", "apt-get install python3.11"]),
])
def test_each_platform_gets_its_own_install_commands(
    tmp_path: Path, system: str, expected: list[str],
) -> None:
    result = run_setup(tmp_path, system)
    assert result.returncode == 1  # stopped at the Python check
    for text in expected:
        assert text in result.stderr, result.stderr
    assert "found Python 3.9.2" in result.stderr
    assert not (tmp_path / "repo" / ".venv").exists()
