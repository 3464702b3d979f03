"""The session controller: a thin Qt adapter over the practice service, in the UI thread.

The rehearsal (``roleplay.services.practice.Practice``) is handed to exactly one job at a time
(a manager turn and the report's reply, an end, a rewind); while a job holds it the controller
only reads its own mirror of the turns. Anything the manager says meanwhile is queued as a typed
line, so nothing they said is lost. Listening and speaking are two objects it is composed of:
``SpeechInput`` (the manager's voice) and ``SpeechOutput`` (the report's).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from roleplay.app.compose import AppServices
from roleplay.app.speech_kit import SpeechKit
from roleplay.coaching.nudges import NudgeCoach
from roleplay.domain.mind import TraceEntry
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import SessionScore
from roleplay.domain.session import Mode, Plan, Session, Turn
from roleplay.services.practice import (
    ManagerLine,
    Practice,
    ReplyFailed,
    Said,
    ScoringUnavailable,
    SpokenLine,
)
from roleplay.ui.speech_input import SpeechInput
from roleplay.ui.speech_output import SpeechOutput
from roleplay.ui.workers import JobRunner, Progress


@dataclass(frozen=True)
class _Said:
    """Progress of a turn job: the manager's turn is committed."""

    turn: Turn
    entry: TraceEntry


@dataclass(frozen=True)
class _Chunk:
    text: str


class _Thinking:
    """Progress of a turn job: the report is about to answer."""


@dataclass(frozen=True)
class _Replied:
    turn: Turn


@dataclass(frozen=True)
class _Failed:
    message: str
    partial: str


class SessionController(QObject):
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

    def __init__(self, services: AppServices, runner: JobRunner | None = None) -> None:
        super().__init__()
        self.services = services
        self.runner = runner or JobRunner(parent=self)
        self.practice: Practice | None = None
        self.session: Session | None = None
        self.turns: tuple[Turn, ...] = ()
        self.busy = False
        self.queued: list[Said] = []
        self.coach = NudgeCoach()
        self.hands_free = False
        self.score: SessionScore | None = None
        self._end_requested = False
        self._pending_kit: SpeechKit | None = None
        self.input = SpeechInput(services.speech, self)
        self.output = SpeechOutput(services.speech.speaker,
                                   muted=not services.config.speech.tts_enabled, parent=self)
        i, o = self.input, self.output
        for source, target in ((i.listening_changed, self.listening_changed),
                               (i.partial_text, self.partial_text), (i.level, self.level),
                               (i.status, self.speech_status), (i.error, self.error),
                               (i.transcribing, self.thinking_changed),
                               (o.speaking_changed, self.speaking_changed),
                               (o.muted_changed, self.muted_changed), (o.error, self.error)):
            source.connect(target)
        i.listening_changed.connect(self._on_listening)
        i.heard.connect(self._on_heard)
        i.turn_over.connect(self._after_hearing)
        i.start()
        o.start()

    def shutdown(self) -> None:
        self.hands_free = False
        self.input.shutdown()
        self.output.shutdown()
        self.services.speech.close()
        self.runner.wait(3000)

    # --- speech, delegated ------------------------------------------------------------------

    @property
    def speech_ready(self) -> bool:
        return self.input.ready

    @property
    def speech_problem(self) -> str | None:
        return self.input.problem

    @property
    def listening(self) -> bool:
        return self.input.listening

    @property
    def hearing(self) -> bool:
        return self.input.hearing

    @property
    def can_listen(self) -> bool:
        return self.input.can_listen

    @property
    def muted(self) -> bool:
        return self.output.muted

    def start_listening(self, hands_free: bool = False) -> bool:
        return self.input.start_listening(hands_free)

    def stop_listening(self) -> None:
        self.input.stop_listening()

    def set_hands_free(self, on: bool) -> None:
        self.hands_free = on
        if on:
            if not self.input.hearing and not self.busy:
                self.input.start_listening(hands_free=True)
        else:
            self.input.stop_listening()

    def set_muted(self, muted: bool) -> None:
        self.output.set_muted(muted)

    def stop_speaking(self) -> None:
        self.output.stop()

    def replace_speech(self, kit: SpeechKit) -> None:
        """New speech settings: restart the speech threads with ``kit``, between turns (a
        turn being heard finishes with the old model first)."""
        if self.input.hearing:
            self._pending_kit = kit
            return
        self._pending_kit = None
        old = self.services.speech
        self.input.replace(kit)
        self.output.replace(kit.speaker)
        self.services.speech = kit
        old.close()

    def play_turn_audio(self, turn: Turn) -> bool:
        if turn.audio_ref is None:
            return False
        return self.output.play(self.services.config.data_dir / Path(turn.audio_ref))

    def _on_listening(self, on: bool) -> None:
        if on:
            self.output.stop()  # the microphone must not hear the report

    def _apply_pending_speech(self) -> None:
        if self._pending_kit is not None and not self.input.hearing:
            self.replace_speech(self._pending_kit)

    def _on_heard(self, line: SpokenLine) -> None:
        self._apply_pending_speech()
        self._queue(line)

    def _after_hearing(self) -> None:
        self._apply_pending_speech()
        self._resume_hands_free()
        if self._end_requested and not self.busy:
            self.end()

    def _resume_hands_free(self) -> None:
        if self.hands_free and not self.busy and not self.input.hearing:
            self.input.start_listening(hands_free=True)

    # --- the session ------------------------------------------------------------------------

    @property
    def mode(self) -> Mode:
        return self.session.mode if self.session else Mode.PRACTICE

    def start(self, scenario: Scenario, mode: Mode, plan: Plan) -> None:
        s = self.services
        service = s.practice()

        def job(_progress: Progress) -> Practice:
            return service.start(scenario, manager=s.config.manager, mode=mode, plan=plan)

        self.busy = True
        self.runner.submit(job, done=self.open, failed=self._on_start_failed)

    def _on_start_failed(self, message: str) -> None:
        self.busy = False
        self.start_failed.emit(message)

    def open(self, practice: Practice) -> None:
        """Show ``practice`` (started, resumed or a new attempt) and carry it on."""
        self.practice, self.session = practice, practice.session
        self.turns = practice.session.turns
        self.busy, self.queued, self.score = False, [], None
        self._end_requested = False
        self.coach = NudgeCoach(enabled=practice.session.mode == Mode.PRACTICE)
        self.input.t0 = time.monotonic()
        self.output.style = practice.session.scenario.persona.voice
        self.started.emit(practice.session)
        last = self.turns[-1] if self.turns else None
        if last is not None and last.speaker == "report" and len(self.turns) == 1:
            self.output.new_reply()
            self.output.feed(last.text + " ")
            self.output.flush()
        if practice.awaiting_reply:
            self.retry_reply()

    def say(self, text: str) -> bool:
        """A typed manager turn; returns False when there is nothing to say it to."""
        text = " ".join(text.split())
        if not text or self.practice is None or self.practice.ended:
            return False
        self._queue(ManagerLine(text=text))
        return True

    def _queue(self, line: Said) -> None:
        if self.practice is None or self.practice.ended:
            return
        if self.busy:
            self.queued.append(line)
        else:
            self._run_turn(line)

    def _run_turn(self, line: Said | None) -> None:
        practice = self.practice
        assert practice is not None

        def job(progress: Progress) -> _Replied | _Failed:
            if line is not None:
                progress(_Said(*practice.say(line)))  # audio saved here, off the UI thread
            progress(_Thinking())
            try:
                return _Replied(practice.reply(lambda c: progress(_Chunk(c))))
            except ReplyFailed as exc:
                return _Failed(exc.message, exc.partial)

        self.busy = True
        self.output.stop()
        self.thinking_changed.emit(True)
        self.runner.submit(job, done=self._on_turn_done, failed=self._on_turn_error,
                           progress=self._on_turn_progress)

    def retry_reply(self) -> None:
        if self.practice is not None and not self.busy and self.practice.awaiting_reply:
            self._run_turn(None)

    def _on_turn_progress(self, value: _Said | _Thinking | _Chunk) -> None:
        if isinstance(value, _Said):
            self._add_turn(value.turn)
            self._after_manager_turn(value.entry)
        elif isinstance(value, _Thinking):
            self.output.new_reply()
            self.reply_started.emit()
        else:
            self.reply_chunk.emit(value.text)
            self.output.feed(value.text)

    def _after_manager_turn(self, entry: TraceEntry) -> None:
        if self.mode == Mode.PRACTICE:
            self.mood_changed.emit(entry.mood.value)
            nudge = self.coach.after_turn(self.turns)
            if nudge is not None:
                self.nudge.emit(nudge.text)

    def _on_turn_done(self, result: _Replied | _Failed) -> None:
        self.thinking_changed.emit(False)
        self.busy = False
        if isinstance(result, _Failed):
            self.output.flush(final=False)
            self.reply_failed.emit(result.message, result.partial)
            return  # queued lines wait for the retry, so the report answers in order
        self._add_turn(result.turn)
        self.output.flush()
        self._next_queued()

    def _on_turn_error(self, message: str) -> None:
        self.thinking_changed.emit(False)
        self.busy = False
        if self.practice is not None:
            self.session = self.practice.session  # what is really stored
            self.turns = self.session.turns
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
        practice = self.practice
        if practice is None:
            return
        self.input.stop_listening()
        self.hands_free = False
        if self.busy or self.queued or self.input.hearing:
            self._end_requested = True  # end once the words being heard are saved
            return
        self._end_requested = False
        self.output.stop()
        self.busy = True
        self.runner.call(practice.end, done=self._on_ended, failed=self._on_turn_error)

    def _on_ended(self, session: Session) -> None:
        self.busy = False
        self.session = session
        self.ended.emit(session)
        self.score_session(session)

    def score_session(self, session: Session) -> None:
        """Score (and save) a session: the one just ended, or one opened without a score."""
        service = self.services.practice()

        def job() -> SessionScore:
            try:
                return service.score_session(session)
            except ScoringUnavailable as exc:
                raise RuntimeError(exc.message) from exc

        self.runner.call(job, done=lambda score: self._on_scored(session, score),
                         failed=self.score_failed.emit)

    def _on_scored(self, session: Session, score: SessionScore) -> None:
        self.score = score
        self.scored.emit(session, score)

    def rewind(self, turn_index: int) -> None:
        practice = self.practice
        if practice is None or self.busy:
            return
        self.output.stop()
        self.busy = True
        self.runner.call(lambda: practice.rewind(turn_index), done=self.open,
                         failed=lambda m: self._fail_busy("Could not start a new attempt", m))

    def _fail_busy(self, title: str, message: str) -> None:
        self.busy = False
        self.error.emit(title, message)
