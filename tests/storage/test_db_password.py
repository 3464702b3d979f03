"""Issue 14, item 9: the database password comes from the OS keyring or libpq's password file,
never from config.json or the command line."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from tests.persona.conftest import MemoryKeyring  # the OS keyring's interface, in memory
from tests.storage.test_postgres_cli import configured, pgpass  # noqa: F401 (fixture)

from roleplay.app.db_password import KEYRING_SERVICE, account, without_password
from roleplay.cli.main import main


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        yield memory
    finally:
        keyring.set_keyring(previous)


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_password_in_config_json_is_refused_with_the_way_out(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://rp_ana:s3cret@127.0.0.1:1/roleplay"
    (tmp_path / "config.json").write_text(json.dumps({"database_url": url}), encoding="utf-8")
    code, _, err = run(capsys, tmp_path, "sessions", "list")
    assert code in (1, 2) and len(err.strip().splitlines()) == 1
    assert "database_url has a password in it" in err and "s3cret" not in err
    assert "postgresql://rp_ana@127.0.0.1:1/roleplay" in err and "db-password" in err
    assert without_password(url) == "postgresql://rp_ana@127.0.0.1:1/roleplay"
    assert account(url) == "rp_ana@127.0.0.1:1/roleplay"


def test_the_url_without_a_password_works_with_pgpassfile(
        pg_db: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = configured(tmp_path / "admin", pg_db.admin_url)
    assert ":" + pg_db.server.password not in (folder / "config.json").read_text()
    code, _, err = run(capsys, folder, "sessions", "list", "--json")
    assert code == 0, err
    # Without the password file libpq has nothing: one clear line saying where to keep it.
    (tmp_path / "pgpass").write_text("", encoding="utf-8")
    code, _, err = run(capsys, folder, "sessions", "list", "--json")
    assert code in (1, 2) and "~/.pgpass" in err and "Traceback" not in err


def test_the_password_kept_in_the_keyring(pg_db: Any, ring: MemoryKeyring, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    folder = configured(tmp_path / "admin", pg_db.admin_url)
    (tmp_path / "pgpass").write_text("", encoding="utf-8")  # only the keyring has it now
    code, _, err = run(capsys, folder, "cohort", "db-password", "--password", "x")
    assert code == 2 and "stdin" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    code, _, err = run(capsys, folder, "cohort", "db-password", "--password-stdin")
    assert code in (1, 2) and not ring.store  # a wrong password is not kept
    monkeypatch.setattr("sys.stdin", io.StringIO(pg_db.server.password + "\n"))
    code, out, err = run(capsys, folder, "cohort", "db-password", "--password-stdin")
    assert code == 0, err
    assert "kept in the OS keyring" in out
    bare = json.loads((folder / "config.json").read_text())["database_url"]
    assert ring.store == {(KEYRING_SERVICE, account(bare)): pg_db.server.password}
    code, out, err = run(capsys, folder, "sessions", "list", "--json")
    assert code == 0, err
