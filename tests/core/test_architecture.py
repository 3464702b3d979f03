"""The layers hold: every non-UI package is light to import, none needs Qt, and every package is
covered by the import contracts (a new package cannot slip past them)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import roleplay

HEAVY = ["PySide6", "openai", "faster_whisper", "ctranslate2", "sounddevice", "numpy", "httpx",
         "onnxruntime", "keyring"]
PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def packages() -> list[str]:
    """Every top-level package and module of roleplay except the Qt one."""
    names = [m.name for m in pkgutil.iter_modules(roleplay.__path__, "roleplay.")]
    return sorted(n for n in names if n not in ("roleplay.ui", "roleplay.__main__"))


def modules() -> list[str]:
    """Every module under roleplay except roleplay.ui's."""
    found = [m.name for m in pkgutil.walk_packages(roleplay.__path__, "roleplay.")]
    return sorted(n for n in found if not n.startswith("roleplay.ui"))


def run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip()


def test_every_non_ui_package_imports_no_heavy_library() -> None:
    code = (
        f"import importlib, sys\nfor name in {packages()!r}:\n    importlib.import_module(name)\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    assert run(code) == "[]"


def test_every_non_ui_module_imports_with_pyside6_absent() -> None:
    """As on a machine without Qt: importing PySide6 fails, and no module needs it."""
    code = (
        "import importlib, sys\n"
        "sys.modules['PySide6'] = None  # any import of it now raises ImportError\n"
        f"for name in {modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6.', 'roleplay.ui'))))"
    )
    assert run(code) == "[]"


def test_every_package_is_in_the_import_contracts() -> None:
    config = tomllib.loads(PYPROJECT.read_text("utf-8"))["tool"]["importlinter"]["contracts"]
    by_name = {c["name"]: c for c in config}
    qt_free = set(by_name["Only roleplay.ui touches Qt"]["source_modules"])
    layered = {part.strip() for layer in by_name["Layers point down"]["layers"]
               for part in layer.split("|")}
    top = {p for p in packages() if not p.startswith("roleplay._")}
    assert top <= qt_free, f"not in the Qt contract: {sorted(top - qt_free)}"
    assert top | {"roleplay.ui"} <= layered, f"not layered: {sorted(top - layered)}"
