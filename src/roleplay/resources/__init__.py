"""Files shipped inside the package: the bundled scenarios (``scenarios/``) and the window's
stylesheet and icons (``assets/``).

They are package data, read through ``importlib.resources``, so they are found the same way in a
checkout, an editable install, a wheel installed with ``--user`` and a PyInstaller bundle (which
collects them beside the code). The user's own scenarios live in the data folder, never here.
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path

# Keeps any temporary extraction (only a zipped install needs one) alive until exit.
_extracted = ExitStack()
atexit.register(_extracted.close)


def resource_dir(name: str) -> Path:
    """The shipped folder ``name`` (``scenarios`` or ``assets``) as a real directory.

    Files on disk (every install this app supports) come back as they are; a zipped package is
    extracted once to a temporary folder, since Qt and the scenario loader need real paths.
    """
    folder = files(__name__) / name
    if isinstance(folder, Path):
        return folder
    return _extracted.enter_context(as_file(folder))


def bundled_scenarios_dir() -> Path:
    return resource_dir("scenarios")


def assets_dir() -> Path:
    return resource_dir("assets")
