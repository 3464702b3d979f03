from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from roleplay.storage.sqlite import SqliteSessionStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteSessionStore]:
    db = SqliteSessionStore(tmp_path / "sessions.sqlite3")
    yield db
    db.close()
