"""Walk every screen with the demo session and save a PNG of each (used by scripts/screenshots).

Runs the real app window with the demo services; pictures are grabbed from the widgets, so it
works under Xvfb or the offscreen platform alike.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from roleplay.app.config import AppConfig
from roleplay.app.demo import build_demo_services
from roleplay.scenarios.loader import ScenarioError
from roleplay.ui.demo import DemoDirector
from roleplay.ui.theme import apply_theme
from roleplay.ui.tour_more import MoreTour
from roleplay.ui.window import MainWindow


def settle() -> None:
    """Let posted layout requests (which post more of their own) run before a picture."""
    for _ in range(6):
        QApplication.processEvents()
        QApplication.sendPostedEvents()


def grab(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(f"saved {path}", flush=True)


def run_tour(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app)
    config = AppConfig(data_dir=Path(tempfile.mkdtemp(prefix="roleplay-tour-")),
                       manager_name="Alex Morgan")
    window = MainWindow(config)
    window.resize(1360, 880)
    window.show()
    window.attach(build_demo_services(config, reply_delay=0.01))
    director = DemoDirector(window, pace_ms=250, hold_ms=600)
    shots: list[str] = []

    def snap(name: str) -> None:
        grab(window, out_dir / f"{name}.png")
        shots.append(name)

    def on_step(step: str) -> None:
        if step == "library":  # once the practice plan is on the home screen
            QTimer.singleShot(300, lambda: snap("1-library"))
        elif step == "brief":
            QTimer.singleShot(150, lambda: snap("2-brief"))

    def before_end() -> None:
        snap("3-conversation")
        # an error state in the conversation: the report could not answer
        conv = window.conversation
        assert conv is not None
        conv._show_nudge("Three statements in a row: try asking what they have tried so far.")
        conv.banner.show_message("Priya could not answer",
                                 "The connection to the language model was lost. Your line "
                                 "is saved.", tone="error", action="Try again",
                                 callback=lambda: None)
        snap("3b-conversation-nudge-and-error")
        conv.banner.hide()
        conv.nudge.hide()
        director.pause_before_end = None
        director.end()

    first: dict[str, str] = {}
    keep: list[MoreTour] = []

    def on_review() -> None:
        window.review_ready.disconnect(on_review)
        assert window.review.session is not None
        first["session"] = window.review.session.id
        window.review.tabs.setCurrentIndex(0)
        snap("4-review-summary")
        page = window.review.summary_page
        heading = next(w for w in page.findChildren(QLabel) if w.text() == "Competencies")
        content = page.widget()
        assert content is not None
        page.verticalScrollBar().setValue(heading.mapTo(content, QPoint(0, 0)).y() - 20)
        snap("4b-review-competencies")
        window.review.summary_page.verticalScrollBar().setValue(
            window.review.summary_page.verticalScrollBar().maximum())
        snap("4c-review-metrics-plan")
        window.review.tabs.setCurrentIndex(1)
        snap("4d-review-transcript")
        window.review.tabs.setCurrentIndex(2)
        snap("4e-review-thinking")
        c = window.controller
        assert c is not None and c.session is not None
        # rewind from the manager's third turn, answer differently, and compare
        c.started.connect(on_rewound)
        window.rewind(c.session.id, 5)

    def on_rewound(_s: object) -> None:
        c = window.controller
        assert c is not None
        c.started.disconnect(on_rewound)
        c.say("Walk me through what the last few weeks have been like for you.")
        c.say("It sounds like you have been carrying a lot on your own.")
        def end_attempt() -> None:
            snap("5-rewind-new-attempt")
            assert window.conversation is not None
            window.conversation.end_button.click()

        QTimer.singleShot(1200, end_attempt)
        window.review_ready.connect(on_second_review)

    def on_second_review() -> None:
        window.review_ready.disconnect(on_second_review)
        window.review.tabs.setCurrentIndex(3)
        QTimer.singleShot(800, after_attempts)

    def after_attempts() -> None:
        snap("6-review-attempts")
        window.history_loaded.connect(on_history)
        window.show_history()

    def on_history() -> None:
        window.history_loaded.disconnect(on_history)
        snap("7-history")
        window.go(window.settings)
        window.settings.test_result.setText(
            "Could not connect to http://localhost:8080/v1. Is the server running, and is "
            "the address right?")
        snap("8-settings")
        window.go(window.library)
        window.library.show_file_errors(
            [ScenarioError(Path("my-scenario.yaml"), 12, "persona.temperament",
                           "expected one of 'defensive', 'quiet', 'charming', 'anxious' or "
                           "'angry'; got 'grumpy'"),
             ScenarioError(Path("my-scenario.yaml"), 30, "facts", "must not be empty")],
            "“my-scenario.yaml” has problems")
        window.library.demo_banner.hide()
        snap("9-library-file-error")
        window.library.errors_panel.hide()
        more = MoreTour(window, snap, done, first["session"])
        keep.append(more)  # Qt holds its timers' callbacks weakly
        more.start()

    def done() -> None:
        window.close()
        app.quit()

    live_shots = {"listening": False}

    def on_partial(text: str) -> None:
        # a picture while the manager is speaking: their words appear as recognised
        listening = window.controller is not None and window.controller.listening
        if not live_shots["listening"] and len(text.split()) >= 4 and listening:
            live_shots["listening"] = True
            QTimer.singleShot(0, lambda: snap("3a-conversation-listening"))

    def on_director_step(step: str) -> None:
        if step == "conversation":
            assert window.controller is not None
            window.controller.partial_text.connect(on_partial)

    director.pause_before_end = before_end
    director.step.connect(on_step)
    director.step.connect(on_director_step)
    window.review_ready.connect(on_review)

    QTimer.singleShot(0, director.start)
    QTimer.singleShot(180_000, app.quit)  # a safety net, never reached normally
    app.exec()
    print(f"{len(shots)} screenshots in {out_dir}")
    return 0 if len(shots) >= 22 else 1


if __name__ == "__main__":
    raise SystemExit(run_tour(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
