"""Work off the UI thread.

* ``JobRunner``: one-shot jobs on the thread pool (session start, a manager turn and the
  report's reply, scoring, loading history). Results, progress and errors come back as signals
  to the runner, which lives in the UI thread and calls the caller's callbacks there.
* ``SpeechWorker``: a long-lived thread that owns the recogniser (loaded once, in the background).
* ``VoiceWorker``: a long-lived thread that plays the report's sentences one after another.

Every exception in a worker becomes an error signal with a message a manager can read.
"""

from __future__ import annotations

import gc
import itertools
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)

from roleplay.domain.scenario import VoiceStyle
from roleplay.ports.speech import Listener, Speaker

log = logging.getLogger(__name__)

Progress = Callable[[Any], None]


def describe(exc: BaseException) -> str:
    """A plain-words message for an unexpected error."""
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return str(message)


class _JobSignals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)
    progress = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, signals: _JobSignals,
                 fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.job_id, self.signals, self.fn = job_id, signals, fn
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(lambda value: self.signals.progress.emit(self.job_id, value))
        except BaseException as exc:  # every exception becomes an error signal
            log.debug("job failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(self.job_id, describe(exc))
        else:
            self.signals.done.emit(self.job_id, result)


@dataclass
class _Callbacks:
    done: Callable[[Any], None] | None
    failed: Callable[[str], None] | None
    progress: Callable[[Any], None] | None


class _UiThreadGC(QObject):
    """Python's cycle collector runs in whichever thread happens to allocate. If it runs in a
    job's thread and frees the wrapper of a widget that Python owns (one taken out of a
    layout, say), the widget is deleted off the UI thread, and the app crashes. So, once jobs
    exist, automatic collection is off and the UI thread collects instead, a generation at a
    time as the usual thresholds are passed (checked twice a second)."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.collect)
        self._timer.start()
        gc.disable()
        app.aboutToQuit.connect(gc.enable)

    @staticmethod
    def collect() -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [g for g in (2, 1, 0) if thresholds[g] and counts[g] > thresholds[g]]
        if due:
            gc.collect(due[0])


_gc_guard: _UiThreadGC | None = None


def collect_on_ui_thread() -> None:
    """Install the UI-thread collector once per application (call from the UI thread)."""
    global _gc_guard
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return
    try:
        installed = _gc_guard is not None and _gc_guard.parent() is app
    except RuntimeError:  # an earlier application and its collector are gone
        installed = False
    if not installed:
        _gc_guard = _UiThreadGC(app)


class JobRunner(QObject):
    """Runs callables on a thread pool; callbacks run in the UI thread."""

    idle = Signal()

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        collect_on_ui_thread()
        self.pool = pool or QThreadPool.globalInstance()
        self._signals = _JobSignals()
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._signals.progress.connect(self._on_progress)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Callbacks] = {}

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def submit(self, fn: Callable[[Progress], Any], *,
               done: Callable[[Any], None] | None = None,
               failed: Callable[[str], None] | None = None,
               progress: Callable[[Any], None] | None = None) -> int:
        job_id = next(self._ids)
        self._pending[job_id] = _Callbacks(done, failed, progress)
        self.pool.start(_Job(job_id, self._signals, fn))
        return job_id

    def call(self, fn: Callable[[], Any], *, done: Callable[[Any], None] | None = None,
             failed: Callable[[str], None] | None = None) -> int:
        return self.submit(lambda _progress: fn(), done=done, failed=failed)

    @Slot(int, object)
    def _on_progress(self, job_id: int, value: object) -> None:
        callbacks = self._pending.get(job_id)
        if callbacks is not None and callbacks.progress is not None:
            callbacks.progress(value)

    @Slot(int, object)
    def _on_done(self, job_id: int, result: object) -> None:
        callbacks = self._pending.pop(job_id, None)
        if callbacks is not None and callbacks.done is not None:
            callbacks.done(result)
        if not self._pending:
            self.idle.emit()

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        callbacks = self._pending.pop(job_id, None)
        if callbacks is not None and callbacks.failed is not None:
            callbacks.failed(message)
        if not self._pending:
            self.idle.emit()

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)


class SpeechWorker(QObject):
    """The speech thread: loads the model once, then runs one listener (one turn) at a time."""

    loaded = Signal(str)
    load_failed = Signal(str)
    partial = Signal(int, str)
    recognised = Signal(int, object)  # request id, utterance
    failed = Signal(int, str)

    def __init__(self, load: Callable[[], str] | None) -> None:
        super().__init__()
        self._load = load

    @Slot()
    def load(self) -> None:
        try:
            description = self._load() if self._load is not None else "ready"
        except BaseException as exc:
            self.load_failed.emit(describe(exc))
        else:
            self.loaded.emit(description)

    @Slot(int, object)
    def listen(self, request: int, listener: Listener) -> None:
        try:
            result = listener.run()
        except BaseException as exc:
            self.failed.emit(request, describe(exc))
        else:
            self.recognised.emit(request, result)


class VoiceWorker(QObject):
    """Plays the report's sentences in order on its own thread; a new generation drops the rest."""

    speaking = Signal(bool)
    failed = Signal(str)

    def __init__(self, speaker: Speaker) -> None:
        super().__init__()
        self.speaker = speaker
        self.generation = 0

    @Slot(int, str, object)
    def speak(self, generation: int, sentence: str, style: VoiceStyle | None) -> None:
        if generation != self.generation:
            return  # muted or interrupted since this sentence was queued
        try:
            self.speaking.emit(True)
            self.speaker.speak(sentence, style)
        except BaseException as exc:
            self.failed.emit(describe(exc))
        finally:
            self.speaking.emit(False)

    @Slot(str)
    def play_file(self, path: str) -> None:
        try:
            self.speaker.play_file(Path(path))
        except BaseException as exc:
            self.failed.emit(describe(exc))


class WorkerThread(QThread):
    """A named QThread that hosts one worker object."""

    def __init__(self, name: str, worker: QObject) -> None:
        super().__init__()
        self.setObjectName(name)
        self.worker = worker
        worker.moveToThread(self)

    def shutdown(self, msecs: int = 3000) -> bool:
        self.quit()
        return self.wait(msecs)
