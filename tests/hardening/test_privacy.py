"""Item 9: private files on a shared machine, and facilitator commands on SQLite that see only
what was shared, as PostgreSQL's row-level security does."""

from __future__ import annotations

import stat
from pathlib import Path

from roleplay.domain.scenario import Scenario
from roleplay.exports.bundle import export_bundle
from roleplay.exports.pdf import session_report_pdf
from roleplay.speech.audio import save_turn_audio
from roleplay.storage.sqlite import SqliteSessionStore

from .conftest import Cli, play


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_folder_database_audio_and_exports_are_private(
        scenario: Scenario, tmp_path: Path) -> None:
    data = tmp_path / "fresh" / "data"
    store = SqliteSessionStore(data / "roleplay.sqlite3")
    session = play(store, scenario)
    assert mode(data) == 0o700
    for name in ("roleplay.sqlite3", "roleplay.sqlite3-wal", "roleplay.sqlite3-shm"):
        if (data / name).exists():
            assert mode(data / name) == 0o600, name
    ref = save_turn_audio(data / "audio", session.id, 1, b"\0\0" * 1600)
    assert mode(data / "audio") == 0o700 and mode((data / ref).parent) == 0o700
    assert mode(data / ref) == 0o600
    bundle = export_bundle(store, session.id, data, tmp_path / "out" / "s.roleplay.zip")
    pdf = session_report_pdf(session, None, tmp_path / "out" / "s.pdf")
    assert mode(bundle) == 0o600 and mode(pdf) == 0o600
    store.close()


def test_facilitator_commands_on_sqlite_see_only_shared_sessions(
        cli: Cli, scenario: Scenario, tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert cli(data, "demo-cohort").code == 0
    store = SqliteSessionStore(data / "roleplay.sqlite3")
    private = play(store, scenario, manager="ana")  # ana's, never shared
    store.close()
    result = cli(data, "review", "show", private.id)
    assert result.code == 2 and "not shared" in result.err
    assert private.turns[1].text not in result.out
    result = cli(data, "share", private.id)  # the configured person is "me", not ana
    assert result.code == 2 and "not yours" in result.err
    store = SqliteSessionStore(data / "roleplay.sqlite3")
    assert store.get_share(private.id) is None
    store.close()
