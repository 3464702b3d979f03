"""Issue 14: cohort rules with clear errors (time zone, time, size, facilitator)."""

from __future__ import annotations

import json
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


@pytest.mark.parametrize("time", ["25:99", "9", "nine", "12:60"])
def test_a_bad_time_is_a_clear_error(people: Path, capsys: pytest.CaptureFixture[str],
                                     time: str) -> None:
    code, _, err = run(capsys, people, "cohort", "create", "k1", "K", "--facilitator", "fay",
                       "--members", "m1", "--time", time)
    assert code == 2 and "--time: expected HH:MM" in err and repr(time) in err
    assert "Traceback" not in err


def test_size_warnings_outside_six_to_ten(people: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, people, "cohort", "create", "small", "Small", "--facilitator",
                         "fay", "--members", "m1")
    assert code == 0 and "with 1 manager." in out
    assert "warning: Small has 1 manager; cohorts work best with 6-10" in err
    code, out, err = run(capsys, people, "cohort", "create", "ok", "OK", "--facilitator", "fay",
                         "--members", "m1,m2,m3,m4,m5,m6")
    assert code == 0 and "with 6 managers." in out and err == ""
    code, _, err = run(capsys, people, "cohort", "create", "big", "Big", "--facilitator", "fay",
                       "--members", ",".join(f"m{i}" for i in range(1, 12)))
    assert code == 0 and "has 11 managers" in err and "too many" in err


def test_the_facilitator_is_not_a_member(people: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, people, "cohort", "create", "k1", "K", "--facilitator", "fay",
                       "--members", "m1,fay")
    assert code == 2 and "facilitator (fay) cannot be a member of their own cohort" in err
    code, _, err = run(capsys, people, "cohort", "create", "k1", "K", "--facilitator", "m2",
                       "--members", "m1")
    assert code == 2 and "m2 is a manager" in err
    assert run(capsys, people, "cohort", "create", "k1", "K", "--facilitator", "fay",
               "--members", "m1,m2")[0] == 0
    code, _, err = run(capsys, people, "cohort", "add-person", "m1", "Manager m1", "--role",
                       "facilitator")
    assert code == 2 and "m1 is a member of k1" in err
    # Not a member anywhere: may become a facilitator.
    assert run(capsys, people, "cohort", "add-person", "m5", "M5", "--role",
               "facilitator")[0] == 0


def test_demo_clock_and_dashboard_agree(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    now = "2025-03-20T12:00:00+00:00"
    code, out, _ = run(capsys, tmp_path, "demo-cohort", "--now", now)
    assert code == 0 and f"--now {now}" in out
    dash = json.loads(run(capsys, tmp_path, "cohort", "dashboard", "--json", "--now", now)[1])
    assert dash["generated_at"].startswith("2025-03-20T12:00")
    assert sum(w["total"] for w in dash["cadence"]) > 0
    assert any(not p["overdue"] for p in dash["pending"])  # shared in the demo's last day
    stale = json.loads(run(capsys, tmp_path, "cohort", "dashboard", "--json")[1])  # real now
    assert sum(w["total"] for w in stale["cadence"]) == 0
    assert all(p["overdue"] for p in stale["pending"])
    code, _, err = run(capsys, tmp_path, "cohort", "dashboard", "--now", "yesterday")
    assert code == 2 and "--now: expected a date and time" in err
    assert run(capsys, tmp_path, "review", "list", "--now", now)[0] == 0
    assert run(capsys, tmp_path, "cohort", "report", "--now", now, "--pdf",
               str(tmp_path / "c.pdf"))[0] == 0


def test_a_database_password_is_never_taken_from_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, tmp_path, "cohort", "login", "ana", "--password", "secret")
    assert code == 2 and "--password-stdin" in err and "secret" not in err
