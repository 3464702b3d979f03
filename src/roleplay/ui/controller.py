"""The session controller: lives in the UI thread and advances one rehearsal.

The engine is handed to exactly one job at a time (a manager turn and the report's reply, an
end, a rewind); while a job holds it the controller only reads its own mirror of the turns.
Anything the manager says meanwhile is queued, so nothing they said is lost.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from roleplay.coaching.nudges import NudgeCoach
from roleplay.domain.mind import TraceEntry
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import SessionScore
from roleplay.domain.session import Mode, Plan, Session, Turn, Word
from roleplay.engine.session import ReplyFailed, SessionEngine
from roleplay.ports.persona import PersonaVoice, ReplyRequest, VoiceError
from roleplay.ui.context import AppServices
from roleplay.ui.speech_bridge import Listener, SpeechKit
from roleplay.ui.speech_control import SpeechControl, sentence_splitter
from roleplay.ui.workers import JobRunner, Progress, SpeechWorker, VoiceWorker, WorkerThread


def stream_reply(voice: PersonaVoice, request: ReplyRequest,
                 on_chunk: Callable[[str], None]) -> tuple[str, str]:
    """Stream the report's reply from a snapshot (no engine needed): the text and who really
    answered ("llm", or "offline" when an LLM voice fell back). ReplyFailed on failure."""
    if not request.turns or request.turns[-1].speaker != "manager":
        raise ValueError("the report has nothing to reply to")
    parts: list[str] = []
    try:
        for chunk in voice.reply(request):
            parts.append(chunk)
            on_chunk(chunk)
    except VoiceError as exc:
        raise ReplyFailed(exc.message, "".join(parts), exc.retryable) from exc
    source = getattr(voice, "last_source", None) or ("llm" if voice.kind == "llm"
                                                     else "offline")
    return "".join(parts), str(source)


class SessionController(SpeechControl, QObject):
    started = Signal(object)  # Session
    start_failed = Signal(str)
    turn_added = Signal(object)  # Turn (manager or report), committed
    reply_started = Signal()
    reply_chunk = Signal(str)
    reply_failed = Signal(str, str)  # message, partial text
    thinking_changed = Signal(bool)
    nudge = Signal(str)
    mood_changed = Signal(str)
    ended = Signal(object)  # Session
    scored = Signal(object, object)  # Session, SessionScore
    score_failed = Signal(str)
    error = Signal(str, str)  # title, text (non-blocking)
    # speech
    listening_changed = Signal(bool)
    partial_text = Signal(str)
    level = Signal(float)
    speech_status = Signal(str, bool)  # text, ready
    speaking_changed = Signal(bool)
    muted_changed = Signal(bool)
    _listen = Signal(int, object)
    _speak = Signal(int, str)
    _play = Signal(str)

    def __init__(self, services: AppServices, runner: JobRunner | None = None) -> None:
        super().__init__()
        self.services = services
        self.runner = runner or JobRunner(parent=self)
        self.engine: SessionEngine | None = None
        self.session: Session | None = None
        self.turns: tuple[Turn, ...] = ()
        self.busy = False
        self.queued: list[dict[str, Any]] = []
        self.coach = NudgeCoach()
        self.muted = not services.config.speech.tts_enabled
        self.hands_free = False
        self.listening = False
        self.speech_ready = False
        self.speech_problem: str | None = None
        self.score: SessionScore | None = None
        self._t0 = time.monotonic()
        self._listen_started = 0.0
        self._request = 0
        self._splitter = sentence_splitter()
        self._end_requested = False
        self._level_timer = QTimer(self)
        self._level_timer.setInterval(33)
        self._level_timer.timeout.connect(self._poll_level)
        self._listener: Listener | None = None
        self._speech_worker: SpeechWorker | None = None
        self._speech_thread: WorkerThread | None = None
        self._voice_thread: WorkerThread | None = None
        self._voice_worker: VoiceWorker | None = None
        self._pending_kit: SpeechKit | None = None
        self._retired: list[WorkerThread] = []
        self._start_speech()

    def shutdown(self) -> None:
        self._level_timer.stop()
        self.hands_free = False
        if self._listener is not None:
            self._listener.cancel()
        kit = self.services.speech
        if kit.speaker is not None:
            with contextlib.suppress(Exception):
                kit.speaker.stop()
        for thread in (self._speech_thread, self._voice_thread, *self._retired):
            if thread is not None:
                thread.shutdown()
        if kit.close is not None:
            with contextlib.suppress(Exception):
                kit.close()
        self.runner.wait(3000)

    # --- the session ------------------------------------------------------------------------

    @property
    def mode(self) -> Mode:
        return self.session.mode if self.session else Mode.PRACTICE

    def start(self, scenario: Scenario, mode: Mode, plan: Plan) -> None:
        s = self.services

        def job(_progress: Progress) -> SessionEngine:
            manager = s.config.manager
            return SessionEngine.start(s.store, s.coder, s.voice, scenario, manager=manager,
                                       mode=mode, plan=plan)

        self.busy = True
        self.runner.submit(job, done=self._on_engine, failed=self._on_start_failed)

    def open_engine(self, engine: SessionEngine) -> None:
        self._on_engine(engine)

    def _on_start_failed(self, message: str) -> None:
        self.busy = False
        self.start_failed.emit(message)

    def _on_engine(self, engine: SessionEngine) -> None:
        self.engine, self.session = engine, engine.session
        self.turns = engine.session.turns
        self.busy, self.queued, self.score = False, [], None
        self._end_requested = False
        self.coach = NudgeCoach(enabled=engine.session.mode == Mode.PRACTICE)
        self._t0 = time.monotonic()
        speaker = self.services.speech.speaker
        if speaker is not None and hasattr(speaker, "style"):
            speaker.style = engine.session.scenario.persona.voice  # the persona's own voice
        self.started.emit(engine.session)
        last = self.turns[-1] if self.turns else None
        if last is not None and last.speaker == "report" and len(self.turns) == 1:
            self._say_aloud(last.text + " ")
            self._flush_speech(final=True)
        if engine.awaiting_reply:
            self.retry_reply()

    def say(self, text: str, *, source: str = "typed", words: Sequence[Word] = (),
            start: float | None = None, end: float | None = None,
            audio_ref: str | None = None) -> bool:
        """A manager turn; returns False when there is nothing to say it to."""
        text = " ".join(text.split())
        if not text or self.engine is None or self.engine.ended:
            return False
        line = {"text": text, "source": source, "words": tuple(words), "start": start,
                "end": end, "audio_ref": audio_ref}
        if self.busy:
            self.queued.append(line)
            return True
        self._run_turn(line)
        return True

    def _run_turn(self, line: dict[str, Any] | None) -> None:
        engine = self.engine
        assert engine is not None

        def job(progress: Progress) -> tuple[str, Any]:
            if line is not None:
                progress(("turn", engine.manager_says(**line)))
            request = engine.reply_request()  # an immutable snapshot of the conversation
            progress(("thinking", None))
            try:
                text, source = stream_reply(engine.voice, request,
                                            lambda c: progress(("chunk", c)))
                return "reply", engine.commit_reply(text, source=source)  # one short step
            except ReplyFailed as exc:
                return "failed", (exc.message, exc.partial)

        self.busy = True
        self.stop_speaking()
        self.thinking_changed.emit(True)
        self.runner.submit(job, done=self._on_turn_done, failed=self._on_turn_error,
                           progress=self._on_turn_progress)

    def retry_reply(self) -> None:
        if self.engine is not None and not self.busy and self.engine.awaiting_reply:
            self._run_turn(None)

    def _on_turn_progress(self, value: tuple[str, Any]) -> None:
        kind, payload = value
        if kind == "turn":
            turn, entry = payload
            self._add_turn(turn)
            self._after_manager_turn(entry)
        elif kind == "thinking":
            self._splitter = sentence_splitter()
            self.reply_started.emit()
        elif kind == "chunk":
            self.reply_chunk.emit(payload)
            self._say_aloud(payload)

    def _after_manager_turn(self, entry: TraceEntry) -> None:
        if self.mode == Mode.PRACTICE:
            self.mood_changed.emit(entry.mood.value)
            nudge = self.coach.after_turn(self.turns)
            if nudge is not None:
                self.nudge.emit(nudge.text)

    def _on_turn_done(self, result: tuple[str, Any]) -> None:
        kind, payload = result
        self.thinking_changed.emit(False)
        self.busy = False
        if kind == "reply":
            self._add_turn(payload)
            self._flush_speech(final=True)
        else:
            message, partial = payload
            self._splitter = sentence_splitter()
            self.reply_failed.emit(message, partial)
            return  # queued lines wait for the retry, so the report answers in order
        self._next_queued()

    def _on_turn_error(self, message: str) -> None:
        self.thinking_changed.emit(False)
        self.busy = False
        if self.engine is not None:
            self.turns = self.engine.session.turns  # what is really stored
            self.session = self.engine.session
        self.error.emit("That turn could not be completed",
                        f"{message}. Your words are kept in the box; try again.")
        self._next_queued()

    def _next_queued(self) -> None:
        if self.queued and not self.busy:
            self._run_turn(self.queued.pop(0))
        elif self._end_requested and not self.busy:
            self.end()
        else:
            self._resume_hands_free()

    def _add_turn(self, turn: Turn) -> None:
        self.turns = (*self.turns, turn)
        self.turn_added.emit(turn)

    # --- ending, scoring, rewinding ---------------------------------------------------------

    def end(self) -> None:
        engine = self.engine
        if engine is None:
            return
        if self.listening:
            self.stop_listening()
        self.hands_free = False
        if self.busy or self.queued or self._listener is not None:
            self._end_requested = True  # end once the words being heard are saved
            return
        self._end_requested = False
        self.stop_speaking()
        self.busy = True
        self.runner.call(engine.end, done=self._on_ended, failed=self._on_turn_error)

    def _on_ended(self, session: Session) -> None:
        self.busy = False
        self.session = session
        self.ended.emit(session)
        self.score_session(session)

    def score_session(self, session: Session) -> None:
        s = self.services

        def job() -> SessionScore:
            score = s.scorer.score(session)
            s.store.save_score(session.id, score)
            return score

        self.runner.call(job, done=lambda score: self._on_scored(session, score),
                         failed=self.score_failed.emit)

    def _on_scored(self, session: Session, score: SessionScore) -> None:
        self.score = score
        self.scored.emit(session, score)

    def rewind(self, turn_index: int) -> None:
        engine = self.engine
        if engine is None or self.busy:
            return
        self.stop_speaking()
        self.busy = True
        self.runner.call(lambda: engine.rewind(turn_index), done=self._on_engine,
                         failed=lambda m: self._fail_busy("Could not start a new attempt", m))

    def _fail_busy(self, title: str, message: str) -> None:
        self.busy = False
        self.error.emit(title, message)
