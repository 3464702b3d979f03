"""Files shipped inside the package: the bundled scenarios (``scenarios/``) and the window's
stylesheet and icons (``assets/``).

They are package data, read through ``importlib.resources``, so they are found the same way in a
checkout, an editable install, a wheel installed with ``--user`` and a PyInstaller bundle (which
collects them beside the code). The user's own scenarios live in the data folder, never here.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

_extracted: dict[str, Path] = {}


def resource_dir(name: str) -> Path:
    """The shipped folder ``name`` (``scenarios`` or ``assets``) as a real directory.

    Files on disk (every install this app supports) come back as they are; a zipped package is
    extracted once to a temporary folder, since Qt and the scenario loader need real paths
    (``importlib.resources.as_file`` takes folders only from Python 3.12).
    """
    folder = files(__name__) / name
    if isinstance(folder, Path):
        return folder
    if name not in _extracted:
        target = Path(tempfile.mkdtemp(prefix="roleplay-resources-"))
        atexit.register(shutil.rmtree, target, ignore_errors=True)
        _extracted[name] = _copy(folder, target / name)
    return _extracted[name]


def _copy(folder: Traversable, target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for item in folder.iterdir():
        if item.is_dir():
            _copy(item, target / item.name)
        else:
            (target / item.name).write_bytes(item.read_bytes())
    return target


def bundled_scenarios_dir() -> Path:
    return resource_dir("scenarios")


def assets_dir() -> Path:
    return resource_dir("assets")
