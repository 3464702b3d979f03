"""SessionStore and CohortStore on SQLite (stdlib sqlite3, WAL). Each write is its own committed
transaction. One person's machine: access is decided by the app, not by the database.

Faults are reported, never papered over: every sqlite3 error becomes a StoreError whose message
names the file and says what to do; a file that is not a database is never overwritten. The data
folder is created 0700 and the database 0600 (its -wal and -shm files inherit that). A session
being written is held by one process at a time (an OS lock that dies with the process).
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from roleplay.domain.session import check_session_id
from roleplay.ports.cohorts import CohortError
from roleplay.ports.store import Conflict, SessionBusy, StoreError
from roleplay.storage._sql import Cursor, Tx
from roleplay.storage._sql_cohorts import SqlCohortStore
from roleplay.storage.migrations import MIGRATIONS

__all__ = ["SessionBusy", "SqliteSessionStore", "StoreError", "describe_fault"]


def describe_fault(path: Path, exc: BaseException) -> str:
    """One line for a storage fault: which file, what is wrong, what to do."""
    text = str(exc)
    low = text.lower()
    if "not a database" in low or "malformed" in low:
        return (f"{path} is not a readable roleplay database (damaged, or another kind of "
                f"file); it was left untouched. Move it aside (mv '{path}' '{path}.damaged') "
                "and roleplay starts a new one, or restore it from a backup")
    if ("full" in low or "too large" in low or "i/o error" in low
            or getattr(exc, "errno", None) in (errno.EFBIG, errno.ENOSPC, errno.EIO)):
        return (f"cannot save to {path}: the disk is full, a file size limit was reached or "
                f"the disk failed ({text}); everything saved before this is kept. Free some "
                "space, then resume the session")
    if ("readonly" in low or "read-only" in low or "unable to open" in low
            or isinstance(exc, PermissionError)):
        return (f"cannot write {path}: the data folder is read-only or not yours ({text}). "
                f"Make it writable (chmod u+w '{path.parent}') or choose another with --data-dir")
    if "locked" in low or "busy" in low:
        return (f"{path} is busy: another roleplay is writing to it ({text}); try again "
                "when it has finished")
    return f"cannot use {path}: {text}"


BUSY_TIMEOUT_MS = 10_000


def _use_wal(db: sqlite3.Connection) -> None:
    """Switch to write-ahead logging. On a fresh file another process or thread opening it at
    the same moment holds the lock the switch needs, and SQLite answers "database is locked" at
    once instead of waiting as the busy timeout says: wait for it here, as long."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            held = "locked" in str(exc) or "busy" in str(exc)
            if not held or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


# Sessions this process holds: (database, session id) -> the locked file's descriptor.
_HELD: dict[tuple[str, str], int] = {}
_HELD_LOCK = threading.Lock()


def _private_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, mode=0o700)
    except FileExistsError:
        return  # someone else's (or the user's own): its mode is theirs to choose
    os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask


def _lock_without_waiting(fd: int) -> None:
    """An exclusive OS lock on an open file, or OSError at once if another process holds it;
    the OS drops it when the process ends, however it ends."""
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


class SqliteSessionStore(SqlCohortStore):
    """Thread-safe: one connection guarded by a lock (writes are small and quick)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._mine: set[tuple[str, str]] = set()
        self.in_memory = str(path) == ":memory:"  # a throw-away store: no file, no locks
        try:
            if not self.in_memory:
                _private_folder(path.parent)
                # Created private; O_EXCL so a file created by another process is left as it is.
                with suppress(FileExistsError):
                    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(describe_fault(path, exc)) from None
        try:
            self._db.row_factory = sqlite3.Row
            self._db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: the pragmas wait
            _use_wal(self._db)
            self._db.execute("PRAGMA synchronous=FULL")  # a committed turn survives a crash
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.Error as exc:
            self._db.close()
            raise StoreError(describe_fault(path, exc)) from None
        except BaseException:
            self._db.close()
            raise

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        """Bring the schema up to date inside one exclusive transaction, reading the version
        only once the write lock is held: processes starting together never both migrate."""
        with self._lock:
            if self.schema_version == len(MIGRATIONS):
                return
            self._db.execute("BEGIN IMMEDIATE")
            try:
                current = self.schema_version
                if current > len(MIGRATIONS):
                    raise StoreError(
                        f"{self.path} was written by a newer roleplay (schema {current}); "
                        "please upgrade roleplay")
                for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
                    for statement in _statements(script):
                        self._db.execute(statement)
                    self._db.execute(f"PRAGMA user_version={version}")
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        with self._lock:
            self._release()
            self._db.close()

    # --- one writer per session -----------------------------------------------------------------

    def hold_session(self, session_id: str) -> None:
        """Hold the session for this process until close(); raise SessionBusy when another
        process holds it. The lock is the OS's (flock), so a crash or kill releases it; stores
        in one process share their locks, so they never refuse each other."""
        if self.in_memory:
            return  # nobody else can open an in-memory database
        folder = self.path.parent / ".locks"
        key = (str(self.path.resolve()), check_session_id(session_id))
        with _HELD_LOCK:
            if key in _HELD:
                self._mine.add(key)
                return
            try:
                _private_folder(folder)
                fd = os.open(folder / session_id, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                raise StoreError(describe_fault(folder, exc)) from None
            try:
                _lock_without_waiting(fd)
            except OSError:
                os.close(fd)
                raise SessionBusy(session_id) from None
            _HELD[key] = fd
            self._mine.add(key)

    def _release(self) -> None:
        with _HELD_LOCK:
            for key in self._mine:
                fd = _HELD.pop(key, None)
                if fd is not None:
                    os.close(fd)
            self._mine.clear()

    # --- backend hooks ------------------------------------------------------------------------

    @contextmanager
    def _tx(self, write: bool = True) -> Iterator[Tx]:
        def run(sql: str, params: Sequence[object] = ()) -> Cursor:
            return self._db.execute(sql, tuple(params))

        with self._lock:
            if not write:
                try:
                    yield run
                except sqlite3.Error as exc:
                    raise StoreError(describe_fault(self.path, exc)) from None
                return
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(describe_fault(self.path, exc)) from None
            try:
                yield run
                self._db.execute("COMMIT")
            except BaseException as exc:
                if self._db.in_transaction:
                    with suppress(sqlite3.Error):  # a failed COMMIT may have ended it
                        self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.IntegrityError):
                    if "FOREIGN KEY" in str(exc):
                        raise CohortError(f"refers to something that does not exist ({exc})"
                                          ) from exc
                    raise Conflict(str(exc)) from exc
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(describe_fault(self.path, exc)) from None
                raise

    def _ts(self, value: dt.datetime | None) -> object:
        return value.isoformat() if value is not None else None

    def _dt(self, value: Any) -> dt.datetime | None:
        return dt.datetime.fromisoformat(value) if value else None


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into complete SQL statements (triggers stay whole)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()
