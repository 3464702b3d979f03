"""The shipped files are package data found through importlib.resources (issue 15, item 1)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from roleplay.app.config import AppConfig
from roleplay.app.services import make_catalogue, shipped_dir
from roleplay.resources import assets_dir, bundled_scenarios_dir, resource_dir

SRC = Path(__file__).resolve().parents[2] / "src"


def test_the_bundled_scenarios_and_assets_are_inside_the_package() -> None:
    package = SRC / "roleplay" / "resources"
    assert bundled_scenarios_dir() == package / "scenarios"
    assert len(list(bundled_scenarios_dir().glob("*.yaml"))) >= 8
    assert (assets_dir() / "style.qss").is_file()
    assert (assets_dir() / "icons" / "app.svg").is_file()
    assert shipped_dir("assets") == resource_dir("assets") == assets_dir()
    assert not (SRC.parent / "scenarios").exists()  # no top-level copy left to drift


def test_own_scenarios_stay_in_the_data_folder_apart_from_the_bundled_ones(
    tmp_path: Path,
) -> None:
    config = AppConfig(data_dir=tmp_path)
    assert config.user_scenarios_dir == tmp_path / "scenarios"
    catalogue = make_catalogue(config)
    ids = {s.id for s in catalogue.all()}
    assert {p.stem for p in bundled_scenarios_dir().glob("*.yaml")} <= ids
    assert not config.user_scenarios_dir.exists()  # listing them wrote nothing there


def test_a_zipped_package_is_extracted_to_a_real_folder(tmp_path: Path) -> None:
    archive = tmp_path / "roleplay.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        resources = (SRC / "roleplay" / "resources").rglob("*")
        for path in [SRC / "roleplay" / "__init__.py", *resources]:
            if path.is_file() and "__pycache__" not in path.parts:
                zf.write(path, path.relative_to(SRC).as_posix())
    code = ("import roleplay.resources as r\n"
            "d = r.bundled_scenarios_dir()\n"
            "print(r.__file__.startswith(sys.argv[1]), d.is_dir(), len(list(d.glob('*.yaml'))),"
            " (r.assets_dir() / 'style.qss').is_file())")
    out = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, sys.argv[1])"
                          f"\n{code}", str(archive)], capture_output=True, text=True, check=True)
    bundled = len(list(bundled_scenarios_dir().glob("*.yaml")))
    assert out.stdout.split() == ["True", "True", str(bundled), "True"]
