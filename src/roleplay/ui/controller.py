"""The session controller: lives in the UI thread and advances one rehearsal.

The engine is handed to exactly one job at a time (a manager turn and the report's reply, an
end, a rewind); while a job holds it the controller only reads its own mirror of the turns.
Anything the manager says meanwhile is queued, so nothing they said is lost.
"""

from __future__ import annotations

import contextlib
import re
import time
import wave
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from roleplay.coaching.nudges import NudgeCoach
from roleplay.domain.mind import TraceEntry
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import SessionScore
from roleplay.domain.session import Mode, Plan, Session, Turn, Word
from roleplay.engine.session import ReplyFailed, SessionEngine
from roleplay.ui.context import AppServices
from roleplay.ui.speech_bridge import Listener
from roleplay.ui.workers import JobRunner, Progress, SpeechWorker, VoiceWorker, WorkerThread

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]]*\s+")


class _SimpleSplitter:
    """Used only when roleplay.domain.sentences is not available."""

    def __init__(self) -> None:
        self._buffer = ""

    def feed(self, chunk: str) -> list[str]:
        self._buffer += chunk
        parts = _SENTENCE_END.split(self._buffer)
        self._buffer = parts[-1]
        return [p.strip() for p in parts[:-1] if p.strip()]

    def flush(self) -> list[str]:
        rest, self._buffer = self._buffer.strip(), ""
        return [rest] if rest else []


def sentence_splitter() -> Any:
    """An incremental splitter: ``feed(chunk) -> sentences``, ``flush() -> rest``."""
    try:
        from roleplay.domain.sentences import SentenceSplitter
    except ImportError:
        return _SimpleSplitter()
    return SentenceSplitter()


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
        self._start_speech()

    # --- speech threads ---------------------------------------------------------------------

    def _start_speech(self) -> None:
        kit = self.services.speech
        if kit.new_listener is not None:
            worker = SpeechWorker(kit.load)
            self._speech_worker = worker
            self._speech_thread = WorkerThread("speech-to-text", worker)
            worker.loaded.connect(self._on_speech_loaded)
            worker.load_failed.connect(self._on_speech_load_failed)
            worker.partial.connect(self._on_partial)
            worker.recognised.connect(self._on_recognised)
            worker.failed.connect(self._on_recognition_failed)
            self._listen.connect(worker.listen)
            self._speech_thread.started.connect(worker.load)
            self.speech_status.emit("Loading the speech model…", False)
            self._speech_thread.start()
        if kit.speaker is not None:
            voice = VoiceWorker(kit.speaker)
            self._voice_worker = voice
            self._voice_thread = WorkerThread("text-to-speech", voice)
            voice.speaking.connect(self.speaking_changed)
            voice.failed.connect(self._on_voice_failed)
            self._speak.connect(voice.speak)
            self._play.connect(voice.play_file)
            self._voice_thread.start()

    def _on_speech_loaded(self, description: str) -> None:
        self.speech_ready = True
        self.speech_status.emit(f"Speech ready ({description})", True)

    def _on_speech_load_failed(self, message: str) -> None:
        self.speech_problem = (f"The speech model could not be loaded ({message}). Type your "
                               "lines, or pick another speech model in Settings.")
        self.speech_status.emit(self.speech_problem, False)
        self.error.emit("The speech model could not be loaded",
                        f"{message}. You can type your lines; check the model in Settings.")

    def shutdown(self) -> None:
        self._level_timer.stop()
        self.hands_free = False
        if self._listener is not None:
            self._listener.cancel()
        kit = self.services.speech
        if kit.speaker is not None:
            with contextlib.suppress(Exception):
                kit.speaker.stop()
        for thread in (self._speech_thread, self._voice_thread):
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
            progress(("thinking", None))
            try:
                reply = engine.report_reply(on_chunk=lambda c: progress(("chunk", c)))
            except ReplyFailed as exc:
                return "failed", (exc.message, exc.partial)
            return "reply", reply

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

    # --- listening --------------------------------------------------------------------------

    @property
    def hearing(self) -> bool:
        """A turn is being captured or transcribed."""
        return self._listener is not None

    @property
    def can_listen(self) -> bool:
        return self.services.speech.can_listen and self.speech_ready

    def start_listening(self, hands_free: bool = False) -> bool:
        """Open the microphone for one turn (push-to-talk, or hands-free until a pause)."""
        factory = self.services.speech.new_listener
        if factory is None or not self.can_listen or self._listener is not None:
            return False
        self._request += 1
        request = self._request
        worker = self._speech_worker
        assert worker is not None
        try:
            listener = factory(hands_free, lambda text: worker.partial.emit(request, text))
        except Exception as exc:
            self.error.emit("The microphone could not start",
                            f"{exc}. Check the input in Settings, or type your line.")
            return False
        self.stop_speaking()
        self._listener = listener
        self.listening = True
        self._listen_started = time.monotonic()
        self._level_timer.start()
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
        self._listen_ended = time.monotonic()
        self._level_timer.stop()
        self.level.emit(0.0)
        self.listening_changed.emit(False)
        self.thinking_changed.emit(True)

    def set_hands_free(self, on: bool) -> None:
        self.hands_free = on
        if on:
            if self._listener is None and not self.busy:
                self.start_listening(hands_free=True)
        elif self._listener is not None and self.listening:
            self.stop_listening()

    def _poll_level(self) -> None:
        if self._listener is not None:
            self.level.emit(float(self._listener.level))

    def _on_partial(self, request: int, text: str) -> None:
        if request == self._request:
            self.partial_text.emit(text)

    def _on_recognised(self, request: int, result: Any) -> None:
        if self.listening:  # ended by a pause (hands-free) or the source, not by a release
            self._mark_stopped()
        self._listener = None
        self.thinking_changed.emit(False)
        self.partial_text.emit("")
        text = str(getattr(result, "text", "") or "").strip()
        problem = getattr(result, "error", None)
        if problem:
            self.error.emit("The microphone stopped", f"{problem}. Finish by typing if you "
                            "like." if text else f"{problem}. Please type your line.")
        if not text:
            if not problem and getattr(result, "ended_by", "") != "cancelled":
                self.error.emit("Nothing was recognised", "Try again a little closer to the "
                                "microphone, or type your line.")
            self._resume_hands_free()
            if self._end_requested and not self.busy:
                self.end()
            return
        start = self._listen_started - self._t0
        end = getattr(self, "_listen_ended", time.monotonic()) - self._t0
        spoken = float(getattr(result, "duration_s", 0.0) or 0.0)
        end = max(end, start + spoken)
        ref = self._save_audio(result)
        words = [Word(text=w.text, start=start + w.start, end=start + w.end,
                      probability=getattr(w, "probability", None))
                 for w in getattr(result, "words", ()) or ()]
        self.say(text, source="spoken", words=words, start=start, end=end, audio_ref=ref)

    def _on_recognition_failed(self, request: int, message: str) -> None:
        if self.listening:
            self._mark_stopped()
        self._listener = None
        self.thinking_changed.emit(False)
        self.partial_text.emit("")
        self.error.emit("Your words could not be transcribed",
                        f"{message}. Please say it again, or type it.")
        if self._end_requested and not self.busy:
            self.end()

    def _resume_hands_free(self) -> None:
        if self.hands_free and not self.busy and self._listener is None:
            self.start_listening(hands_free=True)

    def _save_audio(self, result: Any) -> str | None:
        cfg = self.services.config
        pcm = getattr(result, "pcm16", None)
        if not cfg.speech.save_audio or self.session is None or not pcm:
            return None
        rel = Path("audio") / self.session.id / f"turn-{len(self.turns) + len(self.queued):03d}.wav"
        try:
            path = cfg.data_dir / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            with wave.open(str(path), "wb") as out:
                out.setnchannels(1)
                out.setsampwidth(2)
                out.setframerate(int(getattr(result, "sample_rate", 16000)))
                out.writeframes(bytes(pcm))
        except OSError:
            return None
        return rel.as_posix()

    # --- the report's voice -----------------------------------------------------------------

    def _on_voice_failed(self, message: str) -> None:
        if self.muted:
            return  # said once; replies carry on as text
        self.set_muted(True)
        self.muted_changed.emit(True)
        self.error.emit("The report's voice could not play",
                        f"{message}. Replies carry on as text; unmute to try again.")

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        if muted:
            self.stop_speaking()

    def stop_speaking(self) -> None:
        if self._voice_worker is not None:
            self._voice_worker.generation += 1
            speaker = self.services.speech.speaker
            if speaker is not None:
                speaker.stop()

    def _say_aloud(self, chunk: str) -> None:
        for sentence in self._splitter.feed(chunk):
            self._queue_sentence(sentence)

    def _flush_speech(self, final: bool) -> None:
        rest = self._splitter.flush()
        self._splitter = sentence_splitter()
        if final:
            for sentence in rest:
                self._queue_sentence(sentence)

    def _queue_sentence(self, sentence: str) -> None:
        if self.muted or self._voice_worker is None:
            return
        self._speak.emit(self._voice_worker.generation, sentence)

    def play_turn_audio(self, turn: Turn) -> bool:
        if turn.audio_ref is None or self._voice_worker is None:
            return False
        self._play.emit(str(self.services.config.data_dir / turn.audio_ref))
        return True
