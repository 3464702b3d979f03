"""Item 8 (resume of an ended session, bad UTF-8, a 1,600-word turn in the PDF, terminal escapes)
and item 11 (import names the file once; a bundle's audio must be WAV)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from roleplay.domain.scenario import Scenario
from roleplay.domain.session import ManagerProfile
from roleplay.engine import SessionEngine
from roleplay.exports.bundle import export_bundle
from roleplay.exports.pdf import session_report_pdf
from roleplay.persona.offline import OfflineVoice
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import VALID, Cli, play, rewrite_bundle

ESCAPES = re.compile(r"[\x1b\x07\x9b]")


def test_resume_of_an_ended_session_is_one_clear_line(
        cli: Cli, store: SqliteSessionStore, scenario: Scenario, data_dir: Path) -> None:
    session = play(store, scenario)
    result = cli(data_dir, "practice", "--resume", session.id, "--text", stdin="More.\n")
    assert result.code == 2
    assert "has ended" in result.err and "--from-turn" in result.err
    assert "Traceback" not in result.err
    assert store.get(session.id).turns == session.turns


def test_invalid_utf8_on_stdin_is_stored_with_replacement_characters(cli: Cli, data_dir: Path
                                                                    ) -> None:
    result = cli(data_dir, "practice", str(VALID), "--text",
                 stdin=b"Hello \xff\xfe there.\nWhat happened on the 3rd?\n/end\n")
    assert result.code == 0, result.err
    store = SqliteSessionStore(data_dir / "roleplay.sqlite3")
    [summary] = store.list_sessions()
    said = [t.text for t in store.get(summary.id).turns if t.speaker == "manager"]
    store.close()
    assert said == ["Hello \ufffd\ufffd there.", "What happened on the 3rd?"]


def test_a_1600_word_turn_exports_to_pdf(store: SqliteSessionStore, scenario: Scenario,
                                         tmp_path: Path) -> None:
    engine = SessionEngine.start(store, RuleBasedCoder(), OfflineVoice(), scenario,
                                 manager=ManagerProfile(id="me", name="Me"))
    engine.manager_says(" ".join(["What has been getting in the way for you lately?"] * 160))
    engine.report_reply()
    engine.manager_says("x" * 5000)  # one very long "word" too
    engine.report_reply()
    engine.end()
    path = session_report_pdf(store.get(engine.session.id), None, tmp_path / "long.pdf")
    assert path.read_bytes().startswith(b"%PDF") and path.stat().st_size > 5000


def test_escape_sequences_from_a_bundle_never_reach_the_terminal(
        cli: Cli, store: SqliteSessionStore, scenario: Scenario, data_dir: Path,
        tmp_path: Path) -> None:
    session = play(store, scenario)
    good = export_bundle(store, session.id, data_dir, tmp_path / "good.roleplay.zip")
    evil_text = "Fine.\x1b]0;pwned\x07\x1b[2J\x1b[31mred\x9b1m\x07"

    def edit(files: dict[str, bytes]) -> None:
        content = json.loads(files["session.json"])
        content["session"]["id"] = "evil1"
        content["session"]["scenario"]["title"] = "Title\x1b[5m"
        for turn in content["session"]["turns"]:
            turn["text"] = evil_text
        files["session.json"] = json.dumps(content).encode()
        meta = json.loads(files["manifest.json"])
        meta["session_id"] = "evil1"
        files["manifest.json"] = json.dumps(meta).encode()

    evil = rewrite_bundle(good, tmp_path / "evil.zip", edit)
    other = tmp_path / "other"
    assert cli(other, "import", str(evil)).code == 0
    for args in (("sessions", "show", "evil1"), ("sessions", "list")):
        result = cli(other, *args)
        assert result.code == 0, result.err
        assert not ESCAPES.search(result.out + result.err), args
    shown = cli(other, "sessions", "show", "evil1").out
    assert "Fine.]0;pwned[2J[31mred1m" not in shown and "Fine.red" in shown


def test_import_names_the_file_once(cli: Cli, tmp_path: Path) -> None:
    for path in (tmp_path / "absent.roleplay.zip", tmp_path / "text.roleplay.zip"):
        if path.name.startswith("text"):
            path.write_text("not a zip")
        result = cli(tmp_path / "d", "import", str(path))
        assert result.code == 2
        assert result.err.count(str(path)) == 1, result.err


def test_a_bundles_audio_must_be_wav(cli: Cli, store: SqliteSessionStore, scenario: Scenario,
                                     data_dir: Path, tmp_path: Path) -> None:
    session = play(store, scenario, data_dir)
    good = export_bundle(store, session.id, data_dir, tmp_path / "good.roleplay.zip")

    def swap(files: dict[str, bytes]) -> None:
        [name] = [n for n in files if n.startswith("audio/")]
        files[name] = b"#!/bin/sh\nrm -rf ~\n"

    bad = rewrite_bundle(good, tmp_path / "bad.zip", swap)
    result = cli(tmp_path / "other", "import", str(bad))
    assert result.code == 2 and "is not a WAV recording" in result.err
