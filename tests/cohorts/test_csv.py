"""Issue 14, item 10: CSV tables for HR systems (dashboard, calibration pairs, review
turnaround) and `review list --json`."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from roleplay.cli.main import main

NOW = "2025-03-20T12:00:00+00:00"


def cli(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def rows(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8")
    assert "\r\n" in text
    return list(csv.DictReader(text.splitlines()))


def test_csv_tables_and_review_list_json(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert cli(capsys, data, "demo-cohort", "--now", NOW)[0] == 0
    code, out, err = cli(capsys, data, "cohort", "dashboard", "--now", NOW, "--json", "--csv",
                         str(tmp_path / "dash.csv"))
    dash = json.loads(out)
    assert code == 0 and "Wrote" in err
    table = rows(tmp_path / "dash.csv")
    assert [r["manager_id"] for r in table] == [m["manager_id"] for m in dash["managers"]]
    first = dash["managers"][0]
    assert table[0]["active_listening_latest"] == str(first["latest"]["active_listening"] or "")
    assert int(table[0]["shared_sessions"]) == first["sessions"]

    code, out, _ = cli(capsys, data, "cohort", "calibration", "--json", "--csv",
                       str(tmp_path / "pairs.csv"))
    report = json.loads(out)
    pairs = rows(tmp_path / "pairs.csv")
    assert len(pairs) == report["overall"]["n"]
    assert {p["overridden"] for p in pairs} == {"yes", "no"}
    assert all(p["reason"] for p in pairs if p["overridden"] == "yes")

    code, out, _ = cli(capsys, data, "review", "list", "--now", NOW, "--json", "--csv",
                       str(tmp_path / "turnaround.csv"))
    listed = json.loads(out)
    turnaround = rows(tmp_path / "turnaround.csv")
    assert len(listed) == len(turnaround) == dash["shared_sessions"]
    assert {r["state"] for r in listed} <= {"done", "pending", "overdue"}
    done = [r for r in turnaround if r["state"] == "done"]
    assert done and all(r["review_done_at"].endswith("Z") for r in done)
    assert sum(r["within_48h"] == "yes" for r in done) == dash["timeliness"]["within_standard"]
    pending = [r for r in listed if r["state"] != "done"]
    assert len(pending) == len(dash["pending"])
