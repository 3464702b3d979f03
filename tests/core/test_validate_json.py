"""Issue 14, item 10: `scenarios validate --json` reports each file (for scripts and CI)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roleplay.cli.main import main

from .conftest import BUNDLED


def test_validate_json_lists_each_file_and_exits_2_on_problems(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\n", encoding="utf-8")
    good = BUNDLED / "missed-deadlines.yaml"
    code = main(["--data-dir", str(tmp_path), "scenarios", "validate", "--json", str(good),
                 str(bad), str(tmp_path / "missing.yaml")])
    out, err = capsys.readouterr()
    assert code == 2 and err == ""
    report = json.loads(out)
    assert (report["valid"], report["problems"] >= 2) == (1, True)
    by_path = {Path(r["path"]).name: r for r in report["files"]}
    assert by_path["missed-deadlines.yaml"] == {"path": str(good), "id": "missed-deadlines",
                                                "valid": True, "errors": []}
    assert not by_path["bad.yaml"]["valid"] and by_path["bad.yaml"]["errors"]
    assert by_path["missing.yaml"]["errors"] == ["no such file or folder"]
    code = main(["--data-dir", str(tmp_path), "scenarios", "validate", "--json", str(BUNDLED)])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["problems"] == 0 and report["valid"] == len(report["files"]) >= 8
