"""Issue 14, item 3: assignments that are tracked (done with the score, overdue), checked when
set (a known scenario, a due date not in the past), with the year shown when it is not this
year."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from roleplay.cli.main import main
from roleplay.domain.cohorts import (
    Assignment,
    AssignmentState,
    Attempt,
    format_day,
    track_assignment,
)

TODAY = dt.date(2025, 3, 20)
DUE = dt.date(2025, 3, 25)
A = Assignment(id="a1", cohort_id="k", scenario_id="missed-deadlines", due=DUE)


def cli(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def attempt(sid: str, ended: dt.date | None, overall: int | None = 70,
            scenario: str = "missed-deadlines", manager: str = "ana") -> Attempt:
    return Attempt(session_id=sid, manager_id=manager, scenario_id=scenario,
                   ended_at=None if ended is None else dt.datetime.combine(
                       ended, dt.time(10), tzinfo=dt.UTC), overall=overall)


def test_tracking_one_assignment() -> None:
    assert track_assignment(A, "ana", [], TODAY).state == AssignmentState.ASSIGNED
    assert track_assignment(A, "ana", [], DUE + dt.timedelta(days=1)).state == \
        AssignmentState.OVERDUE
    others = [attempt("x", TODAY, scenario="other"), attempt("y", TODAY, manager="ben"),
              attempt("z", None)]
    assert track_assignment(A, "ana", others, TODAY).state == AssignmentState.ASSIGNED
    done = track_assignment(A, "ana", [attempt("s1", TODAY - dt.timedelta(days=1), 55),
                                       attempt("s2", TODAY, 64)], TODAY)
    assert (done.state, done.session_id, done.score, done.late) == \
        (AssignmentState.DONE, "s2", 64, False)
    assert done.describe(TODAY) == "done Thu 20 Mar, score 64"
    late = track_assignment(A, "ana", [attempt("s3", DUE + dt.timedelta(days=2))],
                            DUE + dt.timedelta(days=3))
    assert late.state == AssignmentState.DONE and late.late
    assert "after the due date" in late.describe(DUE + dt.timedelta(days=3))
    assert track_assignment(A, "ana", [], DUE + dt.timedelta(days=1)).describe(
        DUE + dt.timedelta(days=1)) == "overdue by 1 day"
    assert format_day(dt.date(2025, 3, 25), TODAY) == "Tue 25 Mar"
    assert format_day(dt.date(2026, 1, 6), TODAY) == "Tue 06 Jan 2026"


@pytest.fixture
def cohort(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    cli(capsys, tmp_path, "cohort", "add-person", "fay", "Fay", "--role", "facilitator")
    cli(capsys, tmp_path, "cohort", "add-person", "me", "Me")
    assert cli(capsys, tmp_path, "cohort", "create", "k1", "K", "--facilitator", "fay",
               "--members", "me")[0] == 0
    return tmp_path


def test_assign_refuses_unknown_scenarios_and_past_dates(
        cohort: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, cohort, "cohort", "assign", "no-such-case", "--due", "2099-01-05")
    assert code == 2 and "no scenario 'no-such-case'" in err and "missed-deadlines" in err
    code, _, err = cli(capsys, cohort, "cohort", "assign", "missed-deadlines", "--due",
                       "2025-03-19", "--now", "2025-03-20T09:00")
    assert code == 2 and "is in the past" in err
    code, out, _ = cli(capsys, cohort, "cohort", "assign", "missed-deadlines", "--due",
                       "2026-01-06", "--now", "2025-03-20T09:00")
    assert code == 0 and "due Tue 06 Jan 2026" in out  # not this year: the year is shown


def test_practising_the_assigned_scenario_marks_it_done_with_the_score(
        cohort: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    today = dt.datetime.now(dt.UTC).date()
    due = today + dt.timedelta(days=3)
    assert cli(capsys, cohort, "cohort", "assign", "missed-deadlines", "--due",
               due.isoformat())[0] == 0
    code, out, _ = cli(capsys, cohort, "cohort", "assignments", "--json")
    [before] = json.loads(out)
    assert before["state"] == "assigned"
    code, out, _ = cli(capsys, cohort, "cohort", "assignments", "--now",
                       (due + dt.timedelta(days=2)).isoformat())
    assert "overdue" in out and "overdue by 2 days" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("What has been going on?\n/end\n"))
    code, out, err = cli(capsys, cohort, "practice", "missed-deadlines", "--text", "--json")
    assert code == 0, err
    played = json.loads(out)
    code, out, _ = cli(capsys, cohort, "cohort", "assignments", "--json")
    [after] = json.loads(out)
    assert after["state"] == "done" and after["session_id"] == played["id"]
    assert after["score"] == played["score"]["overall"]
    code, out, _ = cli(capsys, cohort, "cohort", "assignments")
    assert f"score {played['score']['overall']}" in out and "done" in out
    code, out, _ = cli(capsys, cohort, "plan")
    assert code == 0 and "Cohort assignments" in out
    assert "missed-deadlines" in out.split("Cohort assignments")[1]
    [planned] = json.loads(cli(capsys, cohort, "plan", "--json")[1])["assignments"]
    assert planned["state"] == "done" and planned["score"] == played["score"]["overall"]
    # The facilitator sees it done once it is shared.
    dash = json.loads(cli(capsys, cohort, "cohort", "dashboard", "--json")[1])
    assert dash["assignments"][0]["done"] == 0 and dash["assignments"][0]["assigned"] == 1
    assert cli(capsys, cohort, "share", played["id"])[0] == 0
    dash = json.loads(cli(capsys, cohort, "cohort", "dashboard", "--json")[1])
    assert dash["assignments"][0]["done"] == 1
    assert "1/1 done, 0 overdue" in cli(capsys, cohort, "cohort", "dashboard")[1]
