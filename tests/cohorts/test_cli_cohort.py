"""The cohort commands end to end on SQLite: demo-cohort, dashboard, calibration, share,
review, feedback, exports and bundles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roleplay.cli.main import main
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import ManagerProfile
from roleplay.engine import SessionEngine
from roleplay.persona.offline import OfflineVoice
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.storage.sqlite import SqliteSessionStore


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    code, out, _ = run(capsys, tmp_path, "demo-cohort")
    assert code == 0 and "Seeded" in out
    return tmp_path


def my_session(data: Path, scenario: Scenario) -> str:
    store = SqliteSessionStore(data / "roleplay.sqlite3")
    engine = SessionEngine.start(store, RuleBasedCoder(), OfflineVoice(), scenario,
                                 manager=ManagerProfile(id="me", name="Me"))
    for line in ("What has been getting in the way?",
                 "It sounds like the last few weeks have been heavy for you.",
                 "Let's agree you'll have the retry fix done by Friday, and I'll check in with "
                 "you next Thursday."):
        engine.manager_says(line)
        engine.report_reply()
    engine.end()
    store.close()
    return engine.session.id


def test_demo_cohort_populates_the_dashboard(demo: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, demo, "cohort", "dashboard", "--json")
    assert code == 0
    dash = json.loads(out)
    assert len(dash["managers"]) == 9 and dash["shared_sessions"] >= 15
    assert sum(m["sessions"] for m in dash["managers"]) == dash["shared_sessions"]
    assert [g["rank"] for g in dash["gaps"]] == [1, 2, 3, 4]
    assert any(m["latest"]["feedback_delivery"] is not None for m in dash["managers"])
    assert sum(w["total"] for w in dash["cadence"]) > 0
    assert dash["pending"] and dash["timeliness"]["reviewed"] > 0
    code, out, _ = run(capsys, demo, "cohort", "dashboard")
    assert code == 0 and "Gap map" in out and "Reviews pending" in out
    code, out, _ = run(capsys, demo, "cohort", "calibration", "--json")
    report = json.loads(out)
    assert report["reviewed_sessions"] > 0 and report["overall"]["kappa"] is not None
    assert report["overall"]["weights"] == "quadratic"
    code, out, _ = run(capsys, demo, "cohort", "calibration")
    assert code == 0 and "All competencies" in out
    code, _, err = run(capsys, demo, "demo-cohort")
    assert code == 2 and "already here" in err


def test_private_until_shared_then_reviewed_and_seen_by_the_manager(
    demo: Path, scenario: Scenario, capsys: pytest.CaptureFixture[str]
) -> None:
    sid = my_session(demo, scenario)
    code, out, _ = run(capsys, demo, "review", "list")
    assert sid not in out  # private by default
    code, _, err = run(capsys, demo, "review", "comment", sid, "1", "questioning", "Nice.")
    assert code == 2 and "not shared" in err
    code, out, _ = run(capsys, demo, "share", sid)
    assert code == 0 and "Fay Okafor" in out and "no audio" in out
    code, out, _ = run(capsys, demo, "review", "list")
    assert sid in out and "PENDING" in out
    assert run(capsys, demo, "review", "comment", sid, "1", "powerful-questioning",
               "Open and short.")[0] == 0
    code, _, err = run(capsys, demo, "review", "comment", sid, "99", "listening", "x")
    assert code == 2 and "turn 99" in err
    code, _, err = run(capsys, demo, "review", "comment", sid, "1", "charisma", "x")
    assert code == 2 and "unknown competency" in err
    code, _, err = run(capsys, demo, "review", "override", sid, "listening", "4", "--reason", " ")
    assert code == 2 and "reason" in err
    assert run(capsys, demo, "review", "override", sid, "listening", "4", "--reason",
               "Two real reflections.")[0] == 0
    code, out, _ = run(capsys, demo, "review", "done", sid)
    assert code == 0 and "after it was shared" in out
    code, out, _ = run(capsys, demo, "review", "feedback", sid, "--json")
    fb = json.loads(out)
    assert fb["comments"][0]["text"] == "Open and short."
    assert fb["overrides"][0]["score"] == 4 and fb["review"]["status"] == "done"
    code, out, _ = run(capsys, demo, "review", "feedback", sid)
    assert "First feedback" in out and "Two real reflections." in out
    code, out, _ = run(capsys, demo, "review", "show", sid)
    assert "> Powerful questioning: Open and short." in out
    code, out, _ = run(capsys, demo, "unshare", sid)
    assert code == 0 and "private again" in out
    assert sid not in run(capsys, demo, "review", "list")[1]
    # The manager keeps the feedback already given.
    assert "Open and short." in run(capsys, demo, "review", "feedback", sid)[1]


def test_exports_and_bundle_round_trip(demo: Path, scenario: Scenario, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    sid = my_session(demo, scenario)
    out_dir = tmp_path / "out"
    code, out, _ = run(capsys, demo, "export", sid, "--html", str(out_dir / "r.html"),
                       "--pdf", str(out_dir / "r.pdf"), "--plan", str(out_dir / "plan.md"),
                       "--ics", str(out_dir / "f.ics"), "--bundle", str(out_dir / "s.zip"))
    assert code == 0, out
    assert (out_dir / "r.pdf").read_bytes().startswith(b"%PDF")
    assert "<svg" in (out_dir / "r.html").read_text(encoding="utf-8")
    assert "## Agreed actions" in (out_dir / "plan.md").read_text(encoding="utf-8")
    assert "BEGIN:VEVENT" in (out_dir / "f.ics").read_text(encoding="utf-8")
    code, _, _ = run(capsys, demo, "export", sid, "--plan", str(out_dir / "plan.pdf"))
    assert code == 0 and (out_dir / "plan.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, demo, "export", sid)
    assert code == 2 and "say what to export" in err
    code, _, err = run(capsys, demo, "export", "nope", "--html", str(out_dir / "x.html"))
    assert code == 2 and "no session" in err
    # Import on another machine (data dir); a second import is refused.
    elsewhere = tmp_path / "elsewhere"
    code, out, _ = run(capsys, elsewhere, "import", str(out_dir / "s.zip"))
    assert code == 0 and f"Imported session {sid}" in out
    code, _, err = run(capsys, elsewhere, "import", str(out_dir / "s.zip"))
    assert code == 2 and "already here" in err
    code, out, _ = run(capsys, demo, "cohort", "report", "--pdf", str(out_dir / "cohort.pdf"))
    assert code == 0 and (out_dir / "cohort.pdf").read_bytes().startswith(b"%PDF")
    code, out, _ = run(capsys, demo, "cohort", "reminder", "--ics", str(out_dir / "weekly.ics"))
    assert code == 0 and "RRULE:FREQ=WEEKLY;BYDAY=TU" in (out_dir / "weekly.ics").read_text()


def test_setting_up_a_cohort_by_hand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, tmp_path, "cohort", "add-person", "fay", "Fay", "--role",
               "facilitator")[0] == 0
    assert run(capsys, tmp_path, "cohort", "add-person", "me", "Me")[0] == 0
    code, _, err = run(capsys, tmp_path, "cohort", "create", "k1", "Cohort 1", "--facilitator",
                       "fay", "--members", "me,ghost")
    assert code == 2 and "unknown people: ghost" in err
    assert run(capsys, tmp_path, "cohort", "create", "k1", "Cohort 1", "--facilitator", "fay",
               "--members", "me", "--weekday", "TH", "--time", "14:30")[0] == 0
    assert run(capsys, tmp_path, "cohort", "assign", "missed-deadlines", "--due",
               "2099-01-05", "--note", "Twice")[0] == 0
    code, _, err = run(capsys, tmp_path, "cohort", "assign", "x", "--due", "soon")
    assert code == 2 and "YYYY-MM-DD" in err
    code, out, _ = run(capsys, tmp_path, "cohort", "assignments")
    assert "missed-deadlines" in out and "(Twice)" in out
    code, out, _ = run(capsys, tmp_path, "cohort", "list")
    assert "k1  Cohort 1" in out and "TH 14:30" in out
    code, _, err = run(capsys, tmp_path, "cohort", "login", "me", "--password-stdin")
    assert code == 2 and "PostgreSQL" in err
