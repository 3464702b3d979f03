"""Qt tests for the builder widgets: offscreen, on fakes, waiting on signals (never sleeping)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtWidgets import QApplication

from roleplay.builder.drafting import JsonModel
from roleplay.ui.builder import BuilderServices, ScenarioBuilderScreen
from roleplay.ui.workers import JobRunner

from .helpers import TODAY


@pytest.fixture(autouse=True)
def themed(qapp: QApplication) -> None:
    from roleplay.ui.theme import apply_theme

    apply_theme(qapp)


@pytest.fixture
def make_screen(qtbot, tmp_path: Path) -> Iterator:  # type: ignore[no-untyped-def, type-arg]
    runners: list[JobRunner] = []

    def make(model: JsonModel | None = None) -> ScenarioBuilderScreen:
        runner = JobRunner()
        runners.append(runner)
        screen = ScenarioBuilderScreen(BuilderServices(
            scenarios_dir=tmp_path / "scenarios", draft_model=model, runner=runner,
            today=lambda: TODAY, rng=random.Random(1)))
        qtbot.addWidget(screen)
        screen.resize(1000, 1700)
        screen.show()
        return screen

    yield make
    for runner in runners:
        assert runner.wait(5000)
