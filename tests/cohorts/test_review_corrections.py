"""Issue 14, item 5: a review can be corrected (edit or delete a comment, remove an override);
`review done` twice says it is already done; comments go on the manager's turns only."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from roleplay.cli.main import main
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import ManagerProfile
from roleplay.engine import SessionEngine
from roleplay.persona.offline import OfflineVoice
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.storage.sqlite import SqliteSessionStore


def cli(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shared(tmp_path: Path, scenario: Scenario, capsys: pytest.CaptureFixture[str]) -> str:
    cli(capsys, tmp_path, "cohort", "add-person", "fay", "Fay", "--role", "facilitator")
    cli(capsys, tmp_path, "cohort", "add-person", "me", "Me")
    cli(capsys, tmp_path, "cohort", "create", "k1", "K", "--facilitator", "fay", "--members", "me")
    store = SqliteSessionStore(tmp_path / "roleplay.sqlite3")
    engine = SessionEngine.start(store, RuleBasedCoder(), OfflineVoice(), scenario,
                                 manager=ManagerProfile(id="me", name="Me"))
    for line in ("What has been getting in the way?", "That sounds heavy. What would help?"):
        engine.manager_says(line)
        engine.report_reply()
    engine.end()
    store.close()
    assert cli(capsys, tmp_path, "share", engine.session.id)[0] == 0
    return engine.session.id


def _turns(data: Path, sid: str) -> tuple[int, int]:
    store = SqliteSessionStore(data / "roleplay.sqlite3")
    turns = store.get(sid).turns
    store.close()
    manager = next(t.index for t in turns if t.speaker == "manager")
    report = next(t.index for t in turns if t.speaker != "manager")
    return manager, report


def test_comments_edit_delete_and_only_on_manager_turns(
        tmp_path: Path, shared: str, capsys: pytest.CaptureFixture[str]) -> None:
    mine, theirs = _turns(tmp_path, shared)
    code, _, err = cli(capsys, tmp_path, "review", "comment", shared, str(theirs), "listening",
                       "x")
    assert code == 2 and f"turn {theirs} is the report's line" in err
    code, out, _ = cli(capsys, tmp_path, "review", "comment", shared, str(mine), "questioning",
                       "Open qestion.")
    assert code == 0
    cid = re.search(r"Comment (\w+) added", out)
    assert cid is not None
    code, out, _ = cli(capsys, tmp_path, "review", "show", shared)
    assert f"Open qestion.  (comment {cid[1]})" in out
    code, out, _ = cli(capsys, tmp_path, "review", "edit-comment", shared, cid[1],
                       "Open question.")
    assert code == 0 and "now reads: Open question." in out
    code, _, err = cli(capsys, tmp_path, "review", "edit-comment", shared, cid[1], "  ")
    assert code == 2 and "needs some words" in err
    code, _, err = cli(capsys, tmp_path, "review", "edit-comment", shared, "nope", "x")
    assert code == 2 and "no comment 'nope'" in err
    fb = json.loads(cli(capsys, tmp_path, "review", "feedback", shared, "--json")[1])
    assert [c["text"] for c in fb["comments"]] == ["Open question."]
    code, out, _ = cli(capsys, tmp_path, "review", "delete-comment", shared, cid[1])
    assert code == 0 and "deleted" in out
    fb = json.loads(cli(capsys, tmp_path, "review", "feedback", shared, "--json")[1])
    assert fb["comments"] == []


def test_remove_an_override_and_done_twice(tmp_path: Path, shared: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, tmp_path, "review", "remove-override", shared, "listening")
    assert code == 2 and "no override on Active listening" in err
    assert cli(capsys, tmp_path, "review", "override", shared, "listening", "4", "--reason",
               "Two real reflections.")[0] == 0
    code, out, _ = cli(capsys, tmp_path, "review", "remove-override", shared, "listening")
    assert code == 0 and "override removed" in out
    fb = json.loads(cli(capsys, tmp_path, "review", "feedback", shared, "--json")[1])
    assert fb["overrides"] == []
    code, out, _ = cli(capsys, tmp_path, "review", "done", shared)
    assert code == 0 and "done; first feedback" in out
    first = json.loads(cli(capsys, tmp_path, "review", "feedback", shared, "--json")[1])
    code, out, _ = cli(capsys, tmp_path, "review", "done", shared)
    assert code == 0 and "already done" in out
    again = json.loads(cli(capsys, tmp_path, "review", "feedback", shared, "--json")[1])
    assert again["review"]["done_at"] == first["review"]["done_at"]


def test_the_facilitator_sees_the_managers_name_not_me(
        tmp_path: Path, shared: str, capsys: pytest.CaptureFixture[str]) -> None:
    # The session was recorded by an app whose profile name is "Me".
    assert cli(capsys, tmp_path, "cohort", "add-person", "me", "Ana Ruiz")[0] == 0
    code, out, _ = cli(capsys, tmp_path, "review", "show", shared)
    assert code == 0 and ": Ana Ruiz, " in out and "] Ana Ruiz: What has been" in out
    assert "Me:" not in out and ": Me," not in out
    assert "Ana Ruiz" in cli(capsys, tmp_path, "review", "list")[1]
