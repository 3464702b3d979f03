"""Scenario files: each kind of mistake gives one clear line naming file, line and field."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from roleplay.scenarios.loader import ScenarioFileError, parse_scenario

from .conftest import BUNDLED


def _validate_cli(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "roleplay", "scenarios", "validate", *map(str, paths)],
        capture_output=True, text=True, check=False,
    )


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new", "needle", "field", "message"),
    [
        ("  temperament: defensive", "  temprament: defensive", "temprament",
         "persona.temprament", "did you mean 'temperament'"),
        ("difficulty: medium", "difficulty: 3", "difficulty: 3", "difficulty",
         "expected one of 'easy', 'medium' or 'hard'"),
        ("  - date: 2026-10-24", "  - date: last tuesday", "last tuesday", "facts[1].date",
         "expected a date (YYYY-MM-DD)"),
        ("  beliefs:\n", "  beliefs: a single belief\n", "beliefs:", "persona.beliefs",
         "expected a list"),
    ],
    ids=["typo", "wrong-enum", "wrong-date", "wrong-type"],
)
def test_field_errors_name_file_line_and_field(
    tmp_path: Path, scenario_text: str, old: str, new: str, needle: str, field: str, message: str
) -> None:
    assert old in scenario_text
    text = scenario_text.replace(old, new, 1)
    if new.endswith("a single belief\n"):  # drop the list items that followed
        lines = text.splitlines()
        start = _line_of(text, "beliefs: a single belief")
        while lines[start].lstrip().startswith("- "):
            del lines[start]
        text = "\n".join(lines) + "\n"
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")

    result = _validate_cli(path)

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{path}:{_line_of(text, needle)}: {field}:"), first
    assert message in first
    problems = [ln for ln in result.stderr.splitlines() if ln.startswith(str(path))]
    assert len(problems) == 1, result.stderr


def test_bad_yaml_gives_line(tmp_path: Path, scenario_text: str) -> None:
    text = scenario_text.replace("title: ", "title: [unclosed ", 1)
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    result = _validate_cli(path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    line = result.stderr.splitlines()[0]
    assert line.startswith(f"{path}:") and "not valid YAML" in line
    assert f"starts at line {_line_of(text, 'title: [unclosed')}" in line


def test_missing_required_field(tmp_path: Path, scenario_text: str) -> None:
    lines = scenario_text.splitlines()
    start = _line_of(scenario_text, "objectives:") - 1
    end = start + 1
    while lines[end].startswith("  "):
        end += 1
    path = tmp_path / "no-objectives.yaml"
    path.write_text("\n".join(lines[:start] + lines[end:]) + "\n", encoding="utf-8")
    result = _validate_cli(path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    # A missing field points at the mapping that should hold it: here the top level.
    top = _line_of(scenario_text, "title:")
    assert result.stderr.splitlines()[0] == f"{path}:{top}: objectives: required field is missing"


def test_duplicate_field_is_an_error(tmp_path: Path, scenario_text: str) -> None:
    text = scenario_text.replace("difficulty: medium", "difficulty: medium\ndifficulty: hard", 1)
    with pytest.raises(ScenarioFileError) as info:
        parse_scenario(text, tmp_path / "dup.yaml")
    [error] = info.value.errors
    assert (error.field, error.line) == ("difficulty", _line_of(text, "difficulty: hard"))


def test_source_is_set_by_the_app(tmp_path: Path, scenario_text: str) -> None:
    with pytest.raises(ScenarioFileError, match="source: set by the app"):
        parse_scenario(scenario_text + "source: bundled\n", tmp_path / "s.yaml")


def test_missing_file_and_folder_validation() -> None:
    result = _validate_cli(BUNDLED, Path("does/not/exist.yaml"))
    assert result.returncode == 2
    assert "does/not/exist.yaml: no such file or folder" in result.stderr


def test_bundled_scenarios_validate() -> None:
    result = _validate_cli(BUNDLED)
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout


def test_list_json_has_id_title_difficulty(tmp_path: Path) -> None:
    import json

    result = subprocess.run(
        [sys.executable, "-m", "roleplay", "--data-dir", str(tmp_path), "scenarios", "list",
         "--json"], capture_output=True, text=True, check=True,
    )
    rows = json.loads(result.stdout)
    assert rows and all({"id", "title", "difficulty"} <= set(r) for r in rows)
    assert "missed-deadlines" in {r["id"] for r in rows}


def test_user_scenario_folder_is_listed_and_bad_files_reported(
    tmp_path: Path, scenario_text: str
) -> None:
    import json

    user = tmp_path / "scenarios"
    user.mkdir()
    (user / "my-own.yaml").write_text(scenario_text.replace("title: ", "title: My own - ", 1),
                                      encoding="utf-8")
    (user / "broken.yaml").write_text("title: [", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "roleplay", "--data-dir", str(tmp_path), "scenarios", "list",
         "--json"], capture_output=True, text=True, check=True,
    )
    rows = {r["id"]: r for r in json.loads(result.stdout)}
    assert rows["my-own"]["source"] == "user"
    assert "broken.yaml" in result.stderr and "not valid YAML" in result.stderr
