"""Qt tests run offscreen, on fakes from roleplay.fakes; never sleep, wait on signals."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from roleplay.app.config import AppConfig

pytest.importorskip("PySide6.QtWidgets")

from roleplay.app.compose import AppServices
from roleplay.app.demo import build_demo_services
from roleplay.ui.window import MainWindow


@pytest.fixture
def config(tmp_path: Path) -> AppConfig:
    return AppConfig(data_dir=tmp_path / "data")


@pytest.fixture
def make_window(qtbot, config: AppConfig) -> Iterator[Callable[..., MainWindow]]:  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def make(services: AppServices | None = None, **overrides: object) -> MainWindow:
        window = MainWindow(config)
        qtbot.addWidget(window)
        s = services or build_demo_services(config, reply_delay=0.0)
        for key, value in overrides.items():
            setattr(s, key, value)
        window.show()
        window.attach(s)
        if s.speech.can_listen:
            assert window.controller is not None
            qtbot.waitUntil(lambda: window.controller.speech_ready, timeout=5000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
