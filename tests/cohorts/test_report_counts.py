"""Issue 14, items 3 and 11: the cohort report counts assignments (done, overdue, to do) and
says '1 manager' / '1 shared session'; the session report's header keeps 'session ID' together."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from roleplay.app.demo_cohort import play_session
from roleplay.cli.main import main
from roleplay.domain.cohorts import Person, Role
from roleplay.persona.offline import OfflineVoice
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios.loader import load_scenario
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.storage.sqlite import SqliteSessionStore

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> str:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_report_counts_and_plurals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenario = load_scenario(bundled_scenarios_dir() / "missed-deadlines.yaml")
    run(capsys, tmp_path, "cohort", "add-person", "fay", "Fay", "--role", "facilitator")
    run(capsys, tmp_path, "cohort", "add-person", "me", "Me")
    run(capsys, tmp_path, "cohort", "create", "k", "K", "--facilitator", "fay", "--members", "me")
    due = dt.date.today() + dt.timedelta(days=400)  # next year: the date shows its year
    run(capsys, tmp_path, "cohort", "assign", scenario.id, "--due", due.isoformat())
    run(capsys, tmp_path, "cohort", "assign", "quality-slipping", "--due", due.isoformat())
    session = play_session(scenario, Person(id="me", name="Me", role=Role.MANAGER),
                           ["What has been getting in the way?"],
                           dt.datetime.now(dt.UTC) - dt.timedelta(hours=2), RuleBasedCoder(),
                           OfflineVoice(), "one")
    store = SqliteSessionStore(tmp_path / "roleplay.sqlite3")
    store.create(session)
    store.close()
    run(capsys, tmp_path, "share", session.id)
    report = tmp_path / "cohort.pdf"
    run(capsys, tmp_path, "cohort", "report", "--pdf", str(report))
    text = pdf_text(report)
    assert "1 manager · 1 shared session · 1 review pending" in text
    assert "Me: 1 shared session (0 reviewed)" in text
    # The managers table's header does not wrap inside a word ("Session" / "s").
    assert any("Manager" in line and "Sessions" in line and "/ week" in line
               for line in text.splitlines())
    # Pending reviews show when the session ended and when it was shared (the clock's start).
    assert any("Ended" in line and "Shared" in line and "Waiting" in line
               for line in text.splitlines())
    rows = {line.split()[0]: line.split()[-3:] for line in text.splitlines()
            if line.strip().startswith((scenario.id, "quality-slipping"))}
    assert rows[scenario.id] == ["1", "0", "0"]  # done (practised and shared), overdue, to do
    assert rows["quality-slipping"] == ["0", "0", "1"]
    assert f"{due:%a %d %b %Y}" in text
    single = tmp_path / "s.pdf"
    run(capsys, tmp_path, "export", session.id, "--pdf", str(single))
    assert any(f"session {session.id}" in line for line in pdf_text(single).splitlines())
