"""Item 2 (and 11, duplicate ids): no scenario file can hang, crash or hide the other scenarios."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from roleplay.scenarios.catalogue import ScenarioCatalogue
from roleplay.scenarios.loader import ScenarioFileError, load_scenario, parse_scenario

from .conftest import VALID, Cli


def alias_bomb(levels: int = 9) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels + 1):
        refs = ", ".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines) + "\ntitle: bomb\n"


def test_alias_bomb_is_refused_quickly_with_its_line(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(alias_bomb())
    # A child process, so a regression fails the test instead of hanging the suite.
    result = subprocess.run([sys.executable, "-m", "roleplay", "--data-dir", str(tmp_path / "d"),
                             "scenarios", "validate", str(bomb)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{bomb}:" in result.stderr and "aliases" in result.stderr


def test_deep_nesting_is_refused_not_a_recursion_error(tmp_path: Path) -> None:
    for text in ("title: " + "[" * 500 + "]" * 500 + "\n",
                 "title:\n" + "".join(" " * i + f"k{i}:\n" for i in range(1, 600)) + " x: 1\n"):
        with pytest.raises(ScenarioFileError, match="nested more than"):
            parse_scenario(text, tmp_path / "deep.yaml")


def test_device_files_and_huge_files_are_refused_without_reading_them_all(tmp_path: Path,
                                                                        cli: Cli) -> None:
    result = cli(tmp_path / "d", "scenarios", "validate", "/dev/zero")
    assert result.code == 2 and "/dev/zero: not a regular file" in result.err
    big = tmp_path / "big.yaml"
    with big.open("wb") as fh:
        fh.truncate(4 * 1024 * 1024 * 1024)  # sparse: 4 GB claimed, nothing read
    with pytest.raises(ScenarioFileError, match="larger than"):
        load_scenario(big)
    with pytest.raises(ScenarioFileError, match="is a folder"):
        load_scenario(tmp_path)


def test_one_bad_user_file_never_hides_the_others(tmp_path: Path, cli: Cli) -> None:
    data = tmp_path / "d"
    user = data / "scenarios"
    user.mkdir(parents=True)
    shutil.copy(VALID, user / "mine.yaml")
    (user / "bomb.yaml").write_text(alias_bomb())
    (user / "deep.yaml").write_text("title: " + "[" * 500 + "]" * 500 + "\n")
    (user / "binary.yaml").write_bytes(b"\xff\xfe\x00garbage")
    result = cli(data, "scenarios", "list")
    assert result.code == 0
    assert "mine" in result.out
    skipped = [line for line in result.err.splitlines() if "skipped invalid scenario" in line]
    assert len(skipped) == 3, result.err
    result = cli(data, "practice", "mine", "--text", stdin="What happened?\n/end\n")
    assert result.code == 0, result.err


def test_two_user_files_with_one_id_say_which_wins(tmp_path: Path) -> None:
    user = tmp_path / "scenarios"
    user.mkdir()
    text = VALID.read_text()
    (user / "a.yaml").write_text("id: same\n" + text)
    (user / "b.yaml").write_text("id: same\n" + text.replace("title:", "title: B", 1))
    catalogue = ScenarioCatalogue(None, user)
    assert [s.id for s in catalogue.all()] == ["same"]
    assert catalogue.scenarios["same"] == load_scenario(user / "a.yaml", "user")
    [error] = catalogue.errors
    assert error.path == user / "b.yaml" and "a.yaml, which is used instead" in str(error)
