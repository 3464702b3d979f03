"""Issue 14: cohort rules with clear errors (time zone, time, size, facilitator)."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.cli.main import main


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def people(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert run(capsys, tmp_path, "cohort", "add-person", "fay", "Fay", "--role",
               "facilitator")[0] == 0
    for pid in ("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11"):
        assert run(capsys, tmp_path, "cohort", "add-person", pid, f"Manager {pid}")[0] == 0
    return tmp_path


def test_an_unknown_time_zone_is_refused(people: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, people, "cohort", "create", "k1", "K", "--facilitator", "fay",
                       "--members", "m1", "--timezone", "Mars/Base")
    assert code == 2 and "unknown time zone 'Mars/Base'" in err and "Traceback" not in err
    assert "k1" not in run(capsys, people, "cohort", "list")[1]
    code, _, _ = run(capsys, people, "cohort", "create", "k1", "K", "--facilitator", "fay",
                     "--members", "m1", "--timezone", "Asia/Tokyo", "--weekday", "MO",
                     "--time", "08:00")
    assert code == 0
    ics = people / "weekly.ics"
    code, out, _ = run(capsys, people, "cohort", "reminder", "--ics", str(ics))
    assert code == 0 and "MO at 08:00 Asia/Tokyo" in out
    assert "DTSTART;TZID=Asia/Tokyo:" in ics.read_text(encoding="utf-8")
