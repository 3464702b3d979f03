"""The session controller's speech half: the speech thread (recogniser loaded once, one
listener per turn, push-to-talk or hands-free), the voice thread (the report's reply spoken
sentence by sentence as it streams), and swapping both when the speech settings change.

A mixin of :class:`roleplay.ui.controller.SessionController`, which owns the signals and the
session; nothing here touches the engine."""

from __future__ import annotations

import contextlib
import re
import time
import wave
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from roleplay.domain.session import Turn, Word
from roleplay.ui.speech_bridge import Listener, SpeechKit
from roleplay.ui.workers import SpeechWorker, VoiceWorker, WorkerThread

if TYPE_CHECKING:
    from roleplay.domain.session import Session
    from roleplay.ui.context import AppServices

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


class SpeechControl:
    """Listening and speaking for the session controller (see the module docstring)."""

    services: AppServices
    session: Session | None
    turns: tuple[Turn, ...]
    queued: list[dict[str, Any]]
    busy: bool
    hands_free: bool
    listening: bool
    muted: bool
    speech_ready: bool
    speech_problem: str | None
    _end_requested: bool
    _t0: float
    _listen_started: float
    _listen_ended: float
    _request: int
    _splitter: Any
    _level_timer: QTimer
    _listener: Listener | None
    _pending_kit: SpeechKit | None
    _retired: list[WorkerThread]
    _speech_worker: SpeechWorker | None
    _speech_thread: WorkerThread | None
    _voice_worker: VoiceWorker | None
    _voice_thread: WorkerThread | None
    # signals and session steps of the controller
    error: Any
    level: Any
    listening_changed: Any
    muted_changed: Any
    partial_text: Any
    speaking_changed: Any
    speech_status: Any
    thinking_changed: Any
    _listen: Any
    _speak: Any
    _play: Any
    say: Any
    end: Any

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

    def replace_speech(self, kit: SpeechKit) -> None:
        """New speech settings: restart the speech threads with ``kit``, between turns (a
        turn being heard finishes with the old model first)."""
        if self._listener is not None:
            self._pending_kit = kit
            return
        self._pending_kit = None
        self.stop_speaking()
        old = self.services.speech
        self._detach_workers()
        for thread in (self._speech_thread, self._voice_thread):
            if thread is not None and not thread.shutdown(1000):
                self._retired.append(thread)  # still loading: kept until it finishes
        self._speech_worker = self._voice_worker = None
        self._speech_thread = self._voice_thread = None
        if old.close is not None:
            with contextlib.suppress(Exception):
                old.close()
        self.services.speech = kit
        self.speech_ready, self.speech_problem = False, None
        self._start_speech()
        if kit.new_listener is None:
            self.speech_status.emit(kit.mic_problem or "Speech: typing only", False)

    def _detach_workers(self) -> None:
        """Nothing more goes to or comes from the current speech and voice workers."""
        speech, voice = self._speech_worker, self._voice_worker
        if speech is not None:
            self._listen.disconnect(speech.listen)
            for out in (speech.loaded, speech.load_failed, speech.partial, speech.recognised,
                        speech.failed):
                out.disconnect()
        if voice is not None:
            self._speak.disconnect(voice.speak)
            self._play.disconnect(voice.play_file)
            voice.speaking.disconnect()
            voice.failed.disconnect()

    def _apply_pending_speech(self) -> None:
        if self._pending_kit is not None and self._listener is None:
            self.replace_speech(self._pending_kit)

    def _on_speech_loaded(self, description: str) -> None:
        self.speech_ready = True
        self.speech_status.emit(f"Speech ready ({description})", True)

    def _on_speech_load_failed(self, message: str) -> None:
        self.speech_problem = (f"The speech model could not be loaded ({message}). Type your "
                               "lines, or pick another speech model in Settings.")
        self.speech_status.emit(self.speech_problem, False)
        self.error.emit("The speech model could not be loaded",
                        f"{message}. You can type your lines; check the model in Settings.")

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
        self._apply_pending_speech()
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
        self._apply_pending_speech()
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
