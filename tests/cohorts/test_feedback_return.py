"""Issue 14, item 6: on SQLite (no shared database) the facilitator imports a manager's session
bundle, which keeps its share state and 48-hour clock, reviews it and returns a feedback bundle
that the manager imports."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from roleplay.app.demo_cohort import play_session
from roleplay.cli.main import main
from roleplay.domain.cohorts import Person, Role
from roleplay.domain.scenario import Scenario
from roleplay.persona.offline import OfflineVoice
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.storage.sqlite import SqliteSessionStore

LINES = ["What has been getting in the way?",
         "It sounds like the last few weeks have been heavy for you.",
         "Let's agree you'll have the retry fix done by Friday."]


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def set_up_cohort(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    """The same cohort records on the manager's and the facilitator's machine."""
    for args in (("add-person", "fay", "Fay Okafor", "--role", "facilitator"),
                 ("add-person", "me", "Ana Ruiz"),
                 ("create", "spring", "Spring", "--facilitator", "fay", "--members", "me")):
        code, _, err = run(capsys, data, "cohort", *args)
        assert code == 0, err


def turns_of(data: Path, sid: str, speaker: str) -> list[int]:
    store = SqliteSessionStore(data / "roleplay.sqlite3")
    try:
        return [t.index for t in store.get(sid).turns if t.speaker == speaker]
    finally:
        store.close()


@pytest.fixture
def manager(tmp_path: Path, scenario: Scenario, capsys: pytest.CaptureFixture[str]
            ) -> tuple[Path, str]:
    data = tmp_path / "manager"
    set_up_cohort(capsys, data)
    ended = dt.datetime.now(dt.UTC) - dt.timedelta(days=5)
    session = play_session(scenario, Person(id="me", name="Me", role=Role.MANAGER), LINES,
                           ended, RuleBasedCoder(), OfflineVoice(), "week-one")
    store = SqliteSessionStore(data / "roleplay.sqlite3")
    store.create(session)
    store.close()
    return data, session.id


def test_feedback_travels_back_to_the_manager(
        manager: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mdata, sid = manager
    fdata = tmp_path / "facilitator"
    set_up_cohort(capsys, fdata)
    assert run(capsys, mdata, "share", sid)[0] == 0
    shared_at = json.loads(run(capsys, mdata, "review", "list", "--json")[1])[0]["shared_at"]
    bundle = tmp_path / "s.roleplay.zip"
    assert run(capsys, mdata, "export", sid, "--bundle", str(bundle))[0] == 0

    # The facilitator's copy is shared as the manager shared it, with the manager's share time.
    code, out, _ = run(capsys, fdata, "import", str(bundle))
    assert code == 0 and "Shared with cohort spring as its manager shared it" in out
    (row,) = json.loads(run(capsys, fdata, "review", "list", "--json")[1])
    assert row["shared_at"] == shared_at and row["manager_name"] == "Ana Ruiz"
    assert row["state"] == "pending"
    code, _, err = run(capsys, fdata, "review", "return", sid)
    assert code == 2 and "no feedback on session" in err
    show = run(capsys, fdata, "review", "show", sid)[1]
    assert "Ana Ruiz: It sounds like" in show
    manager_turn = turns_of(fdata, sid, "manager")[1]
    assert run(capsys, fdata, "review", "comment", sid, str(manager_turn), "listening",
               "A real reflection.")[0] == 0
    assert run(capsys, fdata, "review", "override", sid, "planning", "2", "--reason",
               "No date agreed with them.")[0] == 0
    code, out, _ = run(capsys, fdata, "review", "done", sid)
    # Counted from the manager's share time, not from the import or the session's end (5 days).
    assert code == 0 and "min after it was shared" in out
    back = tmp_path / "back.feedback.zip"
    code, out, _ = run(capsys, fdata, "review", "return", sid, "--out", str(back))
    assert code == 0 and "1 comment; 1 override; review done" in out and "within 48 h" in out

    # The manager imports it: the same comments, override and review, with the share time.
    code, out, _ = run(capsys, mdata, "review", "import-feedback", str(back))
    assert code == 0 and "Feedback from Fay Okafor" in out
    fb = json.loads(run(capsys, mdata, "review", "feedback", sid, "--json")[1])
    assert [c["text"] for c in fb["comments"]] == ["A real reflection."]
    assert fb["overrides"][0]["score"] == 2 and fb["review"]["status"] == "done"
    assert fb["shared_at"] is not None
    assert dt.datetime.fromisoformat(fb["shared_at"]) == dt.datetime.fromisoformat(shared_at)
    out = run(capsys, mdata, "review", "feedback", sid)[1]
    assert "after sharing (within 48 h); review done" in out and "No date agreed" in out

    # A correction on the facilitator's side travels back too (the copy is replaced).
    cid = next(c["id"] for c in fb["comments"])
    assert run(capsys, fdata, "review", "edit-comment", sid, cid,
               "A real, short reflection.")[0] == 0
    assert run(capsys, fdata, "review", "remove-override", sid, "planning")[0] == 0
    assert run(capsys, fdata, "review", "return", sid, "--out", str(back))[0] == 0
    assert run(capsys, mdata, "review", "import-feedback", str(back))[0] == 0
    fb = json.loads(run(capsys, mdata, "review", "feedback", sid, "--json")[1])
    assert [c["text"] for c in fb["comments"]] == ["A real, short reflection."]
    assert fb["overrides"] == []


def test_a_private_bundle_stays_private(manager: tuple[Path, str], tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    mdata, sid = manager
    fdata = tmp_path / "facilitator"
    set_up_cohort(capsys, fdata)
    bundle = tmp_path / "s.roleplay.zip"
    assert run(capsys, mdata, "export", sid, "--bundle", str(bundle))[0] == 0
    code, out, _ = run(capsys, fdata, "import", str(bundle))
    assert code == 0 and "Shared with" not in out
    assert run(capsys, fdata, "review", "list", "--json")[1].strip() == "[]"
    code, _, err = run(capsys, fdata, "review", "return", sid)
    assert code == 2 and "is not shared here" in err


def _rewrite(path: Path, name: str, edit: dict[str, object]) -> Path:
    """The bundle with feedback.json edited and its checksum recomputed (a consistent forgery)."""
    with zipfile.ZipFile(path) as zf:
        content = json.loads(zf.read("feedback.json"))
        manifest = json.loads(zf.read("manifest.json"))
    content.update(edit)
    blob = json.dumps(content).encode()
    manifest["files"]["feedback.json"] = hashlib.sha256(blob).hexdigest()
    out = path.with_name(name)
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("feedback.json", blob)
    return out


def test_a_bad_feedback_bundle_is_refused_and_nothing_changes(
        manager: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mdata, sid = manager
    assert run(capsys, mdata, "share", sid)[0] == 0
    first = turns_of(mdata, sid, "manager")[0]
    assert run(capsys, mdata, "review", "comment", sid, str(first), "questioning",
               "Open.")[0] == 0
    back = tmp_path / "fb.feedback.zip"
    assert run(capsys, mdata, "review", "return", sid, "--out", str(back))[0] == 0
    before = run(capsys, mdata, "review", "feedback", sid, "--json")[1]
    with zipfile.ZipFile(back) as zf:
        content = json.loads(zf.read("feedback.json"))
    comments = [{**content["comments"][0], "turn": turns_of(mdata, sid, "report")[0]}]
    cases = {
        "not a roleplay feedback bundle": tmp_path / "nope.zip",
        "is not here": tmp_path / "elsewhere",
        "another session": _rewrite(back, "other.zip", {"scenario_id": "other-scenario"}),
        "not the manager's": _rewrite(back, "turns.zip", {"comments": comments}),
        "checksum mismatch": None,
    }
    (tmp_path / "nope.zip").write_bytes(b"not a zip")
    damaged = tmp_path / "damaged.feedback.zip"
    with zipfile.ZipFile(back) as zf, zipfile.ZipFile(damaged, "w") as out:
        out.writestr("manifest.json", zf.read("manifest.json"))
        out.writestr("feedback.json", zf.read("feedback.json").replace(b"Open.", b"Shut."))
    cases["checksum mismatch"] = damaged
    for expected, path in cases.items():
        if expected == "is not here":
            code, _, err = run(capsys, tmp_path / "elsewhere", "review", "import-feedback",
                               str(back))
        else:
            code, _, err = run(capsys, mdata, "review", "import-feedback", str(path))
        assert code == 2 and expected in err and "Traceback" not in err, (expected, err)
        assert len(err.strip().splitlines()) == 1
    assert run(capsys, mdata, "review", "feedback", sid, "--json")[1] == before
