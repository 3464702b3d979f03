"""`roleplay score` on files and stored sessions, and its error messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from roleplay.cli.main import main

from .conftest import GOOD

TURNS = [{"speaker": t.speaker, "text": t.text} for t in GOOD.turns]


def run(capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str) -> tuple[int, str, str]:
    rc = main(["--data-dir", str(tmp_path / "data"), "score", *args])
    out, err = capsys.readouterr()
    return rc, out, err


def write(tmp_path: Path, data: object, name: str = "t.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_json_output_has_every_turn_and_the_documented_shape(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    turns = [dict(t, start=i * 5.0, end=i * 5.0 + 4.0) for i, t in enumerate(TURNS)]
    path = write(tmp_path, {"title": "ignored", "turns": turns})
    rc, out, err = run(capsys, tmp_path, str(path), "--json")
    assert rc == 0, err
    data = json.loads(out)
    assert [t["index"] for t in data["turns"]] == list(range(len(TURNS)))
    for t, src in zip(data["turns"], TURNS, strict=True):
        assert t["speaker"] == src["speaker"]
        if src["speaker"] == "report":
            assert t["primary"] is None and t["codes"] == []
        else:
            assert t["primary"] in {"question", "reflection", "input", "other"}
    assert set(data["competencies"]) == {"active_listening", "powerful_questioning",
                                         "feedback_delivery", "development_planning"}
    al = data["competencies"]["active_listening"]
    assert {"score", "evidence", "went_well", "try_instead", "summary"} <= set(al)
    assert isinstance(data["overall"], int) and 0 <= data["overall"] <= 100
    assert data["metrics"]["manager_talk_share_time"] is not None
    assert isinstance(data["anti_patterns"], list)
    assert data["rubric_version"] and data["coder_version"] == "coder-v2"


def test_readable_report_and_conversation_type(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path, {"turns": TURNS, "conversation_type": "underperformance"})
    rc, out, _ = run(capsys, tmp_path, str(path))
    assert rc == 0
    assert "Overall:" in out and "Active listening:" in out and "underperformance" in out
    assert "It sounds like" in out  # quoted evidence
    rc, out, _ = run(capsys, tmp_path, str(path), "--type", "career")
    assert rc == 0 and "career" in out


@pytest.mark.parametrize(("content", "expected"), [
    ('{"turns": [\n {"speaker": "manager",\n  "text": "hi",}\n]}', "t.json:3: not valid JSON"),
    ({"turns": [{"speaker": "boss", "text": "hi"}]}, "field 'turns[0].speaker'"),
    ({"turns": [{"speaker": "manager", "text": "hi"}, {"speaker": "report"}]},
     "field 'turns[1].text'"),
    ({"turns": [{"speaker": "manager", "text": "hi", "start": "soon"}]},
     "field 'turns[0].start'"),
    ({"turns": [{"speaker": "manager", "txt": "hi"}]}, "field 'turns[0].txt': unknown field"),
    ({"dialogue": []}, "field 'turns': missing"),
    ({"turns": {"speaker": "manager"}}, "field 'turns': expected a list"),
    ([1, 2], "expected a JSON object"),
    ({"turns": [], "conversation_type": "appraisal"}, "field 'conversation_type'"),
])
def test_bad_input_is_one_clear_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: object, expected: str
) -> None:
    path = write(tmp_path, content)
    rc, out, err = run(capsys, tmp_path, str(path))
    assert rc == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(path) in err and expected in err


def test_missing_file_and_no_arguments(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rc, _, err = run(capsys, tmp_path, str(tmp_path / "nope.json"))
    assert rc == 2 and "no such file" in err
    rc, _, err = run(capsys, tmp_path)
    assert rc == 2 and "TRANSCRIPT.json" in err


def test_subprocess_exit_code_without_traceback(tmp_path: Path) -> None:
    path = write(tmp_path, "not json at all")
    proc = subprocess.run(
        [sys.executable, "-m", "roleplay", "--data-dir", str(tmp_path / "d"), "score", str(path)],
        capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 2
    assert "not valid JSON" in proc.stderr and "Traceback" not in proc.stderr


def test_score_a_stored_session(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    storage = pytest.importorskip("roleplay.storage.sqlite")
    from roleplay.app.config import AppConfig
    from roleplay.app.services import bundled_scenarios_dir
    from roleplay.domain.session import Session
    from roleplay.scenarios import load_scenario

    scenario = load_scenario(sorted(bundled_scenarios_dir().glob("*.yaml"))[0])
    config = AppConfig(data_dir=tmp_path / "data")
    config.data_dir.mkdir(parents=True)
    store = storage.SqliteSessionStore(config.db_path)
    store.create(Session(id="s1", scenario=scenario, turns=GOOD.turns))
    store.close()
    rc, out, err = run(capsys, tmp_path, "--session", "s1", "--json", "--save")
    assert rc == 0, err
    data = json.loads(out)
    assert len(data["turns"]) == len(GOOD.turns)
    assert data["conversation_type"] == scenario.type.value
    store = storage.SqliteSessionStore(config.db_path)
    saved = store.get_score("s1")
    store.close()
    assert saved is not None and saved.overall == data["overall"]
    rc, _, err = run(capsys, tmp_path, "--session", "nope")
    assert rc == 2 and "nope" in err
