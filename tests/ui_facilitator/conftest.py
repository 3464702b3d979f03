"""Facilitator widgets, offscreen, on a demo cohort seeded through the real engine."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from roleplay.app.demo_cohort import seed_demo_cohort
from roleplay.fakes.scoring import PreviewScorer
from roleplay.persona.offline import OfflineVoice
from roleplay.scenarios.loader import load_scenario
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.storage.sqlite import SqliteSessionStore

REPO = Path(__file__).resolve().parents[2]
NOW = dt.datetime(2025, 3, 20, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteSessionStore]:
    s = SqliteSessionStore(tmp_path / "roleplay.sqlite3")
    scenario = load_scenario(REPO / "tests" / "core" / "data" / "valid-scenario.yaml")
    # The fake scorer keeps these tests independent of the scoring package's tuning.
    seed_demo_cohort(s, [scenario], RuleBasedCoder(), OfflineVoice, now=NOW,
                     scorer=PreviewScorer(), scorer_note="fake")
    yield s
    s.close()


@pytest.fixture
def shots() -> Path | None:
    """Set ROLEPLAY_SHOTS=DIR to save screenshots of the widgets for a look."""
    folder = os.environ.get("ROLEPLAY_SHOTS")
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path
