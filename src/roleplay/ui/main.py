"""`roleplay` with no command: open the desktop app (``--demo`` for the scripted demo)."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from roleplay.app.compose import build_services
from roleplay.app.config import AppConfig, ConfigError, load_config, resolve_data_dir
from roleplay.app.demo import build_demo_services, demo_data_dir
from roleplay.cli.desktop import AppStart
from roleplay.ui.theme import apply_theme
from roleplay.ui.window import MainWindow

STARTUP_PROBE = "ROLEPLAY_STARTUP_PROBE"


def make_window(opts: AppStart) -> tuple[MainWindow, AppConfig, str | None]:
    problem = None
    if opts.demo and not opts.data_dir:
        data_dir = demo_data_dir()
    else:
        data_dir = resolve_data_dir(opts.data_dir)
    try:
        config = load_config(data_dir)
    except ConfigError as exc:
        config, problem = AppConfig(data_dir=data_dir), str(exc)
    if opts.offline:
        config = config.model_copy(update={"llm": config.llm.model_copy(
            update={"enabled": False})})
    return MainWindow(config), config, problem


def run_app(opts: AppStart) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("roleplay")
    # Wayland and the docks match windows to packaging/linux/roleplay.desktop by this name
    app.setDesktopFileName("roleplay")
    apply_theme(app)
    window, config, problem = make_window(opts)
    window.show()
    if problem:
        window.banner.show_message("Your settings file could not be read",
                                   f"{problem}. Using the defaults for now.", tone="warning")

    def load() -> None:
        build = build_demo_services if opts.demo else build_services
        window.runner.call(lambda: build(config), done=window.attach,
                           failed=window.attach_failed)
        if opts.demo:
            from roleplay.ui.demo import DemoDirector

            director = DemoDirector(window)
            window.services_ready.connect(director.start)
            window.demo_director = director  # type: ignore[attr-defined]

    QTimer.singleShot(0, load)
    if os.environ.get(STARTUP_PROBE):
        def probe() -> None:
            print(f"interactive {time.perf_counter():.4f}", flush=True)
            app.quit()

        QTimer.singleShot(0, probe)
    status = int(app.exec())
    if window.controller is not None:
        window.controller.shutdown()
    window.runner.wait(5000)
    return status


def show_problem(message: str) -> None:
    """A start-up problem in a dialog, for the windowed entry that has no console to print to."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app)
    QMessageBox.critical(None, "roleplay could not start", message)
