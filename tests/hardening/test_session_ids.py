"""Item 1: a session id never names a path outside the data folder (import, CLI, store)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roleplay.domain.scenario import Scenario
from roleplay.exports.bundle import export_bundle
from roleplay.ports.store import SessionNotFound
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import Cli, play, rewrite_bundle

EVIL_IDS = ("..", "../../victim", "/tmp/victim", "a/../../victim", ".", "a b", "x" * 65,
            "-rf", "audio\\x", "")


def _bundle_with_id(src: Path, dst: Path, new_id: str) -> Path:
    def edit(files: dict[str, bytes]) -> None:
        content = json.loads(files["session.json"])
        old = content["session"]["id"]
        content["session"]["id"] = new_id
        files["session.json"] = json.dumps(content).encode()
        meta = json.loads(files["manifest.json"])
        assert meta["session_id"] == old
        meta["session_id"] = new_id
        files["manifest.json"] = json.dumps(meta).encode()

    return rewrite_bundle(src, dst, edit)


def test_imported_bundle_with_a_path_as_id_cannot_delete_outside_the_data_folder(
        cli: Cli, store: SqliteSessionStore, scenario: Scenario, data_dir: Path,
        tmp_path: Path) -> None:
    session = play(store, scenario, data_dir)
    good = export_bundle(store, session.id, data_dir, tmp_path / "good.roleplay.zip")
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "precious.txt").write_text("keep me")
    other = tmp_path / "other" / "data"
    for n, evil in enumerate(("../../victim", str(victim), "..", "../victim")):
        bad = _bundle_with_id(good, tmp_path / f"bad{n}.zip", evil)
        result = cli(other, "import", str(bad))
        assert result.code == 2, (evil, result)
        assert "not a valid session id" in result.err or "session_id" in result.err
        assert "Traceback" not in result.err and result.err.count("\n") == 1
        result = cli(other, "sessions", "delete", evil)
        assert result.code == 2
        assert "not a valid session id" in result.err
    assert (victim / "precious.txt").read_text() == "keep me"
    assert (tmp_path / "other").exists()


@pytest.mark.parametrize("evil", EVIL_IDS)
def test_store_and_audio_helpers_refuse_malformed_ids(
        store: SqliteSessionStore, data_dir: Path, evil: str) -> None:
    from roleplay.speech.audio import delete_session_audio, session_audio_folder

    with pytest.raises(SessionNotFound):
        store.get(evil)
    store.delete(evil)  # a no-op, never an error
    with pytest.raises(ValueError, match="not a valid session id"):
        session_audio_folder(data_dir / "audio", evil)
    with pytest.raises(ValueError):
        delete_session_audio(data_dir / "audio", evil)


def test_cli_refuses_malformed_ids_with_one_line(cli: Cli, data_dir: Path) -> None:
    for args in (("sessions", "show", "../x"), ("sessions", "thinking", "/etc"),
                 ("practice", "--resume", ".."), ("export", "..", "--html", "x.html")):
        result = cli(data_dir, *args)
        assert result.code == 2, args
        assert "not a valid session id" in result.err
        assert "Traceback" not in result.err


def test_delete_removes_only_that_sessions_audio(
        cli: Cli, store: SqliteSessionStore, scenario: Scenario, data_dir: Path) -> None:
    a = play(store, scenario, data_dir)
    b = play(store, scenario, data_dir)
    result = cli(data_dir, "sessions", "delete", a.id)
    assert result.code == 0, result.err
    assert not (data_dir / "audio" / a.id).exists()
    assert (data_dir / "audio" / b.id / "turn-0001.wav").is_file()
