"""Items 6 and 7: storage faults and concurrent writers give one clear line and lose nothing."""

from __future__ import annotations

import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from roleplay.domain.scenario import Scenario
from roleplay.storage.sqlite import SessionBusy, SqliteSessionStore, StoreError

from .conftest import VALID, Cli, play

LINES = [f"What happened with delivery number {i}, and what would help next time?"
         for i in range(400)]


def roleplay(data_dir: Path, *args: str, stdin: str = "",
             preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "roleplay", "--data-dir", str(data_dir), *args],
                          input=stdin, capture_output=True, text=True, timeout=120, check=False,
                          preexec_fn=preexec)


def one_clear_line(stderr: str) -> str:
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.startswith("roleplay: ")]
    assert len(lines) == 1, stderr
    return lines[0]


def test_a_corrupted_database_is_named_and_never_overwritten(cli: Cli, data_dir: Path) -> None:
    data_dir.mkdir()
    db = data_dir / "roleplay.sqlite3"
    junk = b"this is not a database, but it is the user's file\n" * 200
    db.write_bytes(junk)
    for args in (("sessions", "list"), ("practice", str(VALID), "--text")):
        result = cli(data_dir, *args, stdin="Hello\n/end\n")
        assert result.code == 1
        line = one_clear_line(result.err)
        assert str(db) in line and "not a readable roleplay database" in line and "mv " in line
    assert db.read_bytes() == junk


def _without_root_powers() -> list[str]:
    """A command prefix under which a read-only folder really is read-only (root ignores modes:
    drop the capabilities that let it)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot make a folder read-only for us")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner",
            "--inh-caps=-all"]


def test_a_read_only_data_folder_gives_one_clear_line(scenario: Scenario, tmp_path: Path
                                                      ) -> None:
    prefix = _without_root_powers()
    data = tmp_path / "data"
    store = SqliteSessionStore(data / "roleplay.sqlite3")
    play(store, scenario)
    store.close()
    data.chmod(0o555)
    try:
        for where, args in ((data / "inner", ("sessions", "list")),
                            (data, ("practice", str(VALID), "--text"))):
            result = subprocess.run(
                [*prefix, sys.executable, "-m", "roleplay", "--data-dir", str(where), *args],
                input="Hello\n/end\n", capture_output=True, text=True, timeout=120,
                check=False)
            assert result.returncode == 1, result.stderr
            line = one_clear_line(result.stderr)
            assert str(data) in line and "read-only" in line, line
    finally:
        data.chmod(0o700)


def test_disk_full_mid_session_echoes_only_stored_lines(tmp_path: Path) -> None:
    data = tmp_path / "data"
    SqliteSessionStore(data / "roleplay.sqlite3").close()
    limit = (data / "roleplay.sqlite3").stat().st_size + 64 * 1024

    def small_files() -> None:  # like `ulimit -f`: writes past the limit fail with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = roleplay(data, "practice", str(VALID), "--text", stdin="\n".join(LINES) + "\n",
                      preexec=small_files)
    assert result.returncode == 1, result.stderr[-2000:]
    line = one_clear_line(result.stderr)
    assert "the disk is full" in line and str(data / "roleplay.sqlite3") in line
    echoed = [ln[len("You: "):] for ln in result.stdout.splitlines() if ln.startswith("You: ")]
    assert 0 < len(echoed) < len(LINES)
    store = SqliteSessionStore(data / "roleplay.sqlite3")
    [summary] = store.list_sessions()
    stored = [t.text for t in store.get(summary.id).turns if t.speaker == "manager"]
    store.close()
    assert stored[:len(echoed)] == echoed  # every echoed line is stored
    assert len(stored) <= len(echoed) + 1


def test_processes_starting_together_on_a_fresh_folder_migrate_once(tmp_path: Path) -> None:
    for attempt in range(3):
        data = tmp_path / f"fresh{attempt}"
        procs = [subprocess.Popen([sys.executable, "-c",
                                   "import sys; from roleplay.storage.sqlite import "
                                   "SqliteSessionStore as S; from pathlib import Path; "
                                   "S(Path(sys.argv[1])).close()", str(data / "roleplay.sqlite3")],
                                  stderr=subprocess.PIPE, text=True) for _ in range(6)]
        errors = [p.communicate(timeout=60)[1] for p in procs]
        assert all(p.returncode == 0 for p in procs), errors
    assert _open_together(tmp_path / "threads" / "roleplay.sqlite3") == []


def test_a_second_writer_to_a_session_is_refused_clearly(
        store: SqliteSessionStore, scenario: Scenario, data_dir: Path) -> None:
    session = play(store, scenario, end=False)
    store.hold_session(session.id)  # this process is "the first terminal"
    result = roleplay(data_dir, "practice", "--resume", session.id, "--text",
                      stdin="A line from the second terminal\n/end\n")
    assert result.returncode == 1  # a runtime failure, not a usage error
    assert "is open in another roleplay" in one_clear_line(result.stderr)
    assert store.get(session.id).turns == session.turns  # nothing written by the second one
    store.close()  # the first one finishes: now the session can be resumed
    result = roleplay(data_dir, "practice", "--resume", session.id, "--text",
                      stdin="Now I can go on\n/end\n")
    assert result.returncode == 0, result.stderr


def test_hold_is_refused_across_processes_and_released_by_a_crash(
        store: SqliteSessionStore, scenario: Scenario, data_dir: Path) -> None:
    session = play(store, scenario, end=False)
    store.close()  # releases the session this process wrote
    code = ("import sys, os; from pathlib import Path; "
            "from roleplay.storage.sqlite import SqliteSessionStore as S; "
            "s = S(Path(sys.argv[1])); s.hold_session(sys.argv[2]); print('held', flush=True); "
            "sys.stdin.readline(); os._exit(9)")
    with subprocess.Popen([sys.executable, "-c", code, str(store.path), session.id],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as other:
        assert other.stdout is not None and other.stdin is not None
        assert other.stdout.readline().strip() == "held"
        mine = SqliteSessionStore(store.path)
        with pytest.raises(SessionBusy):
            mine.hold_session(session.id)
        other.stdin.write("\n")
        other.stdin.flush()
        other.wait(timeout=30)
    mine.hold_session(session.id)  # the dead process's lock is gone
    mine.close()


def test_store_errors_name_the_file(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    db.write_bytes(b"\0" * 4096 + b"garbage" * 100)
    with pytest.raises(StoreError, match="not a readable roleplay database"):
        SqliteSessionStore(db)
    sqlite3.connect(tmp_path / "ok.sqlite3").close()


def _open_together(path: Path, openers: int = 6) -> list[BaseException]:
    """Open the store at ``path`` from ``openers`` threads released at the same moment; what
    they raised."""
    failed: list[BaseException] = []
    barrier = threading.Barrier(openers)

    def open_one() -> None:
        barrier.wait()
        try:
            SqliteSessionStore(path).close()
        except BaseException as exc:
            failed.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(openers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return failed


def test_openers_racing_on_fresh_files_all_get_in(tmp_path: Path) -> None:
    # Switching a fresh file to write-ahead logging needs a lock that another opener of the same
    # moment may hold while it switches; SQLite then says "database is locked" at once rather
    # than waiting as the busy timeout says, which had made one of several roleplays started
    # together fail now and then (a few rounds in a hundred). Sixty rounds of six openers.
    failed = [exc for round_ in range(60)
              for exc in _open_together(tmp_path / f"r{round_}" / "roleplay.sqlite3")]
    assert failed == []
