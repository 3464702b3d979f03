"""`roleplay --demo`: the whole loop with in-package fakes, driven through the real UI.

A scripted manager picks the demo scenario, writes a plan, "speaks" each line through the
push-to-talk path (scripted microphone and recogniser), and ends; the review follows. Timers
pace it so a person can watch; nothing here blocks the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from roleplay.app.demo import DemoScript
from roleplay.domain.session import Session
from roleplay.ui.window import MainWindow


class DemoDirector(QObject):
    step = Signal(str)  # "library", "brief", "conversation", "review"
    finished = Signal()

    def __init__(self, window: MainWindow, pace_ms: int = 900, hold_ms: int = 700) -> None:
        super().__init__(window)
        self.window = window
        self.pace_ms = pace_ms
        self.hold_ms = hold_ms
        self.pause_before_end: Callable[[], None] | None = None
        self.running = False

    def later(self, fn: Callable[[], None], ms: int | None = None) -> None:
        QTimer.singleShot(self.pace_ms if ms is None else ms, fn)

    def start(self) -> None:
        if self.running:
            return
        self.running = True
        w = self.window
        w.library.demo_banner.show_message(
            "Demo mode", "A scripted manager is rehearsing the missed-deadlines conversation. "
            "Nothing you see is saved to your own history.", tone="info")
        self.step.emit("library")
        self.later(self._open_brief, self.pace_ms * 2)

    def _open_brief(self) -> None:
        w = self.window
        script = w.services.demo if w.services else None
        if script is None:
            return
        card = w.library.card_for(script.scenario_id) or (w.library.cards[0]
                                                        if w.library.cards else None)
        if card is None:
            return
        card.start.click()
        w.brief.fill_plan(script.plan)
        self.step.emit("brief")
        self.later(self._start_conversation, self.pace_ms * 2)

    def _start_conversation(self) -> None:
        w = self.window
        assert w.controller is not None
        w.controller.started.connect(self._on_started)
        w.brief.start.click()

    def _on_started(self, _session: Session) -> None:
        c = self.window.controller
        assert c is not None
        c.started.disconnect(self._on_started)
        self.step.emit("conversation")
        self.later(self._next_line)

    def _script(self) -> DemoScript | None:
        services = self.window.services
        return services.demo if services else None

    def _next_line(self) -> None:
        c, conv, mic = self.window.controller, self.window.conversation, self._script()
        if c is None or conv is None:
            return
        if c.busy or not c.can_listen or c.hearing:
            self.later(self._next_line, 150)
            return
        if mic is None or mic.next_line is None:
            if self.pause_before_end is not None:
                self.pause_before_end()
                return
            self.end()
            return
        conv.talk.pressed.emit()
        self.later(self._release, self.hold_ms)

    def _release(self) -> None:
        conv = self.window.conversation
        if conv is None:
            return
        conv.talk.released.emit()
        self.later(self._next_line)

    def end(self) -> None:
        w = self.window
        if w.conversation is None:
            return
        w.review_ready.connect(self._on_review)
        w.conversation.end_button.click()

    def _on_review(self) -> None:
        self.window.review_ready.disconnect(self._on_review)
        self.step.emit("review")
        self.running = False
        self.finished.emit()
