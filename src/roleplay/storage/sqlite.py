"""SessionStore and CohortStore on SQLite (stdlib sqlite3, WAL). Each write is its own committed
transaction. One person's machine: access is decided by the app, not by the database."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from roleplay.ports.cohorts import CohortError
from roleplay.storage._sql import Conflict, Cursor, SqlStore, StoreError, Tx
from roleplay.storage.migrations import MIGRATIONS

__all__ = ["SqliteSessionStore", "StoreError"]


class SqliteSessionStore(SqlStore):
    """Thread-safe: one connection guarded by a lock (writes are small and quick)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")  # a committed turn survives a crash
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA busy_timeout=5000")
        self._migrate()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        with self._lock:
            current = self.schema_version
            if current > len(MIGRATIONS):
                self._db.close()
                raise StoreError(
                    f"{self.path} was written by a newer roleplay (schema {current}); "
                    "please upgrade roleplay"
                )
            for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
                self._db.executescript(
                    f"BEGIN; {script}; PRAGMA user_version={version}; COMMIT;"
                )

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self, write: bool = True) -> Iterator[Tx]:
        def run(sql: str, params: Sequence[object] = ()) -> Cursor:
            return self._db.execute(sql, tuple(params))

        with self._lock:
            if not write:
                yield run
                return
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield run
                self._db.execute("COMMIT")
            except BaseException as exc:
                self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.IntegrityError):
                    if "FOREIGN KEY" in str(exc):
                        raise CohortError(f"refers to something that does not exist ({exc})"
                                          ) from exc
                    raise Conflict(str(exc)) from exc
                raise

    def _ts(self, value: dt.datetime | None) -> object:
        return value.isoformat() if value is not None else None

    def _dt(self, value: Any) -> dt.datetime | None:
        return dt.datetime.fromisoformat(value) if value else None
