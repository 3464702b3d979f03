"""The wheel, installed with ``pip install --user`` into a fresh HOME, lists and plays the bundled
scenarios from a non-default data folder (issue 15, "done when").

The wheel is built from a copy of the sources (no build files in the shared work tree) and
installed with --no-deps into a user base in a temporary folder, on top of a venv that reaches
this venv's packages through a .pth line. Only a plain path goes in that line: the editable
install's own .pth files are not run there, so ``roleplay`` can only come from the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MANAGER = [
    "Hi Priya, thanks for making time. I want to talk about the last two deadlines.",
    "What got in the way?",
    "That sounds like a lot. What would help you?",
    "Let's agree you send me a short status note every Friday, and we check in next week.",
]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("sources")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(REPO / name, src / name)
    shutil.copytree(REPO / "src", src / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc"))
    dist = tmp_path_factory.mktemp("dist")
    # This venv's setuptools when it can build the project (the dev lock has one), else pip's
    # isolated build environment (which fetches setuptools>=77 from the index).
    import setuptools

    own = int(setuptools.__version__.split(".")[0]) >= 77
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    *(["--no-build-isolation"] if own else []), "-w", str(dist), str(src)],
                   check=True, capture_output=True, timeout=600)
    (built,) = dist.glob("*.whl")
    return built


def test_the_wheel_carries_the_scenarios_and_assets_as_package_data(wheel: Path) -> None:
    assert wheel.name.startswith("roleplay_coach-")
    names = zipfile.ZipFile(wheel).namelist()
    bundled = sorted(p.name for p in (REPO / "src/roleplay/resources/scenarios").glob("*.yaml"))
    assert sorted(n.rsplit("/", 1)[1] for n in names
                  if n.startswith("roleplay/resources/scenarios/")) == bundled
    assert "roleplay/resources/assets/style.qss" in names
    assert "roleplay/resources/assets/icons/app.svg" in names
    assert not [n for n in names if ".data/" in n]  # no setuptools data-files any more
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Requires-Dist: pyside6-essentials" in text
    assert "Requires-Dist: psycopg[binary]>=3.1; extra == \"postgres\"" in text


@pytest.fixture(scope="module")
def user_install(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("fresh")
    venv, home, userbase = root / "venv", root / "home", root / "userbase"
    home.mkdir()
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", "--without-pip", "--system-site-packages", str(venv)],
                   check=True, timeout=120)
    python = venv / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()"
                           "['purelib'])"], capture_output=True, text=True, check=True).stdout
    # This venv's packages (the dependencies, pip) as a plain path: no .pth of theirs runs.
    Path(site.strip(), "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = user_env(home, userbase)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--user", "--no-deps",
                    str(wheel)], check=True, env=env, capture_output=True, timeout=300)
    return {"python": python, "home": home, "userbase": userbase, "root": root}


def user_env(home: Path, userbase: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "ROLEPLAY_", "XDG_", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), PYTHONUSERBASE=str(userbase),
               PATH=os.pathsep.join([str(userbase / "bin"), "/usr/bin", "/bin"]))
    return env


def roleplay(install: dict[str, Path], *args: str,
             stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(install["userbase"] / "bin" / "roleplay"), *args], input=stdin, text=True,
        capture_output=True, env=user_env(install["home"], install["userbase"]),
        cwd=install["root"], timeout=300, check=False)


def test_the_user_install_imports_roleplay_from_the_user_base(
    user_install: dict[str, Path],
) -> None:
    out = subprocess.run(
        [str(user_install["python"]), "-c",
         "import roleplay.resources as r; print(r.__file__); print(r.bundled_scenarios_dir())"],
        capture_output=True, text=True, check=True, cwd=user_install["root"],
        env=user_env(user_install["home"], user_install["userbase"])).stdout.splitlines()
    assert all(line.startswith(str(user_install["userbase"])) for line in out), out


def test_it_lists_and_plays_the_bundled_scenarios_from_a_non_default_data_folder(
    user_install: dict[str, Path],
) -> None:
    data = user_install["root"] / "elsewhere" / "roleplay-data"
    listed = roleplay(user_install, "--data-dir", str(data), "scenarios", "list")
    assert listed.returncode == 0, listed.stderr
    ids = {line.split()[0] for line in listed.stdout.splitlines() if line.strip()}
    bundled = {p.stem for p in (REPO / "src/roleplay/resources/scenarios").glob("*.yaml")}
    assert ids == bundled

    played = roleplay(user_install, "--data-dir", str(data), "practice", "missed-deadlines",
                      "--text", stdin="\n".join(MANAGER) + "\n")
    assert played.returncode == 0, played.stderr
    talk = played.stdout + played.stderr
    assert "Priya:" in talk and "saved" in talk
    assert "Overall" in talk and "/100" in talk
    assert (data / "roleplay.sqlite3").is_file()  # the session went to the chosen folder
    # The bundled scenarios stay in the package: nothing lands in the user's folders.
    assert not (data / "scenarios").exists()
    assert not (user_install["home"] / ".local" / "share" / "roleplay" / "scenarios").exists()
