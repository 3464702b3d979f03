"""The manager's voice in the desktop app: the speech thread (recogniser loaded once, in the
background), one listener per turn (push-to-talk or hands-free), the level meter, and swapping
the kit when the speech settings change. What was heard leaves as a ``SpokenLine`` (its audio is
saved later, by the practice service on a worker thread)."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from roleplay.app.speech_kit import SpeechKit
from roleplay.ports.speech import CapturedUtterance, Listener
from roleplay.services.practice import SpokenLine
from roleplay.ui.workers import SpeechWorker, WorkerThread


class SpeechInput(QObject):
    listening_changed = Signal(bool)
    partial_text = Signal(str)
    level = Signal(float)
    status = Signal(str, bool)  # text, ready
    transcribing = Signal(bool)
    heard = Signal(object)  # SpokenLine
    turn_over = Signal()  # a turn ended with nothing to say (or failed): the session may move on
    error = Signal(str, str)  # title, text
    _listen = Signal(int, object)

    def __init__(self, kit: SpeechKit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kit = kit
        self.ready = False
        self.problem: str | None = None
        self.listening = False
        self.t0 = time.monotonic()  # the session's start: spoken times are measured from it
        self._listener: Listener | None = None
        self._request = 0
        self._started = self._ended = 0.0
        self._worker: SpeechWorker | None = None
        self._thread: WorkerThread | None = None
        self._retired: list[WorkerThread] = []
        self._timer = QTimer(self)
        self._timer.setInterval(33)
        self._timer.timeout.connect(self._poll_level)

    def start(self) -> None:
        kit = self.kit
        if kit.new_listener is None:
            return
        worker = SpeechWorker(kit.load)
        self._worker = worker
        self._thread = WorkerThread("speech-to-text", worker)
        worker.loaded.connect(self._on_loaded)
        worker.load_failed.connect(self._on_load_failed)
        worker.partial.connect(self._on_partial)
        worker.recognised.connect(self._on_recognised)
        worker.failed.connect(self._on_failed)
        self._listen.connect(worker.listen)
        self._thread.started.connect(worker.load)
        self.status.emit("Loading the speech model…", False)
        self._thread.start()

    @property
    def hearing(self) -> bool:
        """A turn is being captured or transcribed."""
        return self._listener is not None

    @property
    def can_listen(self) -> bool:
        return self.kit.can_listen and self.ready

    def replace(self, kit: SpeechKit) -> None:
        """New speech settings (between turns: the caller waits while a turn is heard)."""
        assert self._listener is None, "a turn is being heard"
        worker = self._worker
        if worker is not None:
            self._listen.disconnect(worker.listen)
            for out in (worker.loaded, worker.load_failed, worker.partial, worker.recognised,
                        worker.failed):
                out.disconnect()
        if self._thread is not None and not self._thread.shutdown(1000):
            self._retired.append(self._thread)  # still loading: kept until it finishes
        self._worker, self._thread = None, None
        self.kit = kit
        self.ready, self.problem = False, None
        self.start()
        if kit.new_listener is None or kit.mic_problem:
            self.status.emit(kit.mic_problem or "Speech: typing only", False)

    def shutdown(self) -> None:
        self._timer.stop()
        if self._listener is not None:
            self._listener.cancel()
        for thread in (self._thread, *self._retired):
            if thread is not None:
                thread.shutdown()

    def _on_loaded(self, description: str) -> None:
        self.ready = True
        self.status.emit(f"Speech ready ({description})", True)

    def _on_load_failed(self, message: str) -> None:
        self.problem = (f"The speech model could not be loaded ({message}). Type your "
                        "lines, or pick another speech model in Settings.")
        self.status.emit(self.problem, False)
        self.error.emit("The speech model could not be loaded",
                        f"{message}. You can type your lines; check the model in Settings.")

    # --- one turn -----------------------------------------------------------------------------

    def start_listening(self, hands_free: bool = False) -> bool:
        """Open the microphone for one turn (push-to-talk, or hands-free until a pause)."""
        worker = self._worker
        if not self.can_listen or self._listener is not None or worker is None:
            return False
        self._request += 1
        request = self._request
        try:
            listener = self.kit.listener(
                hands_free=hands_free, on_partial=lambda text: worker.partial.emit(request, text))
        except Exception as exc:
            self.error.emit("The microphone could not start",
                            f"{exc}. Check the input in Settings, or type your line.")
            return False
        self._listener = listener
        self.listening = True
        self._started = time.monotonic()
        self._timer.start()
        self.listening_changed.emit(True)
        self._listen.emit(request, listener)
        return True

    def stop_listening(self) -> None:
        """Push-to-talk released: the turn ends with what was heard."""
        if self._listener is not None and self.listening:
            self._listener.release()
            self._mark_stopped()

    def _mark_stopped(self) -> None:
        self.listening = False
        self._ended = time.monotonic()
        self._timer.stop()
        self.level.emit(0.0)
        self.listening_changed.emit(False)
        self.transcribing.emit(True)

    def _poll_level(self) -> None:
        if self._listener is not None:
            self.level.emit(float(self._listener.level))

    def _on_partial(self, request: int, text: str) -> None:
        if request == self._request:
            self.partial_text.emit(text)

    def _turn_done(self) -> None:
        if self.listening:  # ended by a pause (hands-free) or the source, not by a release
            self._mark_stopped()
        self._listener = None
        self.transcribing.emit(False)
        self.partial_text.emit("")

    def _on_recognised(self, request: int, heard: CapturedUtterance) -> None:
        self._turn_done()
        text = heard.text.strip()
        if heard.error:
            self.error.emit("The microphone stopped", f"{heard.error}. Finish by typing if you "
                            "like." if text else f"{heard.error}. Please type your line.")
        if not text:
            if not heard.error and heard.ended_by != "cancelled":
                self.error.emit("Nothing was recognised", "Try again a little closer to the "
                                "microphone, or type your line.")
            self.turn_over.emit()
            return
        self.heard.emit(SpokenLine(heard=heard, start=self._started - self.t0,
                                   end=self._ended - self.t0 if self._ended >= self._started
                                   else time.monotonic() - self.t0))

    def _on_failed(self, request: int, message: str) -> None:
        self._turn_done()
        self.error.emit("Your words could not be transcribed",
                        f"{message}. Please say it again, or type it.")
        self.turn_over.emit()
