"""Spoken turns for `roleplay practice --voice` (and `@recording.wav` lines in any mode).

The terminal has no key-up events, so push-to-talk is Enter to start and Enter to stop; with
--hands-free a pause ends the turn. The report's reply is spoken sentence by sentence on a
background thread while the text streams, and the next turn waits until it has finished (so the
microphone does not hear the speaker).
"""

from __future__ import annotations

import queue
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from roleplay.domain.sentences import SentenceSplitter
from roleplay.ports.speech import (
    AudioUnavailable,
    CapturedUtterance,
    Listener,
    Speaker,
    SpeechError,
)
from roleplay.services.practice import SpokenLine

if TYPE_CHECKING:
    from roleplay.app.speech_kit import SpeechKit
    from roleplay.services.practice import Practice


class SpokenTurns:
    def __init__(self, kit: SpeechKit, practice: Practice, talk: TextIO, stdin: TextIO,
                 *, speak_replies: bool) -> None:
        self.kit = kit
        self.practice = practice
        self.talk = talk
        self.stdin = stdin
        self.session_t0 = time.monotonic()
        self._sentences: queue.Queue[str | None] = queue.Queue()
        self._splitter = SentenceSplitter()
        self._voice_thread: threading.Thread | None = None
        self._partial_shown = False
        if speak_replies:
            speaker = kit.speaker
            if speaker is None:
                print(f"[The report's voice is off: {kit.speaker_problem}]", file=talk)
            else:
                self._voice_thread = threading.Thread(target=self._speak_loop, args=(speaker,),
                                                      daemon=True, name="report-voice")
                self._voice_thread.start()

    # --- the report's voice -------------------------------------------------------------------

    def _speak_loop(self, speaker: Speaker) -> None:
        style = self.practice.session.scenario.persona.voice
        while (sentence := self._sentences.get()) is not None:
            try:
                speaker.speak(sentence, style)
            except Exception as exc:  # a lost output device must not end the rehearsal
                print(f"\n[The report's voice stopped: {exc}]", file=self.talk)
            finally:
                self._sentences.task_done()
        self._sentences.task_done()

    def on_reply_chunk(self, chunk: str) -> None:
        if self._voice_thread is not None:
            for sentence in self._splitter.feed(chunk):
                self._sentences.put(sentence)

    def reply_finished(self) -> None:
        """Speak what is left of the reply, and wait until it has been said."""
        if self._voice_thread is not None:
            for sentence in self._splitter.flush():
                self._sentences.put(sentence)
            self._sentences.join()
        self._splitter = SentenceSplitter()

    def close(self) -> None:
        if self._voice_thread is not None:
            self._sentences.put(None)
            self._voice_thread.join(timeout=5)
        self.kit.close()

    # --- the manager's voice ------------------------------------------------------------------

    def from_microphone(self, hands_free: bool) -> bool:
        """Listen to one turn from the microphone; False when audio is unavailable."""
        problem = self.kit.check_microphone()  # before asking for Enter: type instead, at once
        if problem is not None:
            print(f"[{problem}]", file=self.talk)
            return False
        listener = self.kit.listener(hands_free=hands_free, on_partial=self._show_partial)
        begun = self._now()
        if hands_free:
            print("(listening... pause to finish your turn)", file=self.talk, flush=True)
            return self._finish(self._run(listener), begun)
        print("(listening... press Enter when you have finished)", file=self.talk, flush=True)
        done: list[CapturedUtterance | SpeechError] = []
        worker = threading.Thread(target=lambda: done.append(self._run(listener)),
                                  name="listen", daemon=True)
        worker.start()
        self.stdin.readline()
        listener.release()
        worker.join()
        result = done[0]
        if isinstance(result, AudioUnavailable):
            print(f"[{result.message}]", file=self.talk)
            return False
        return self._finish(result, begun)

    def from_file(self, path: Path) -> bool:
        """A recorded turn: the same listening path, fed from a WAV file."""
        if not path.is_file():
            print(f"[no such recording: {path}]", file=self.talk)
            return True
        begun = self._now()  # the recording is played in as if spoken from now
        try:
            listener = self.kit.file_listener(path)
        except SpeechError as exc:  # not audio, empty, an odd encoding: the session goes on
            return self._finish(exc, begun)
        return self._finish(self._run(listener), begun)

    def _run(self, listener: Listener) -> CapturedUtterance | SpeechError:
        try:
            return listener.run()
        except SpeechError as exc:
            return exc

    def _show_partial(self, text: str) -> None:
        """What is heard so far, rewritten in place on a terminal (never into a piped log)."""
        if not text or not self.talk.isatty():
            return
        width = 78
        shown = text if len(text) <= width - 4 else "…" + text[-(width - 5):]
        print(f"\r\x1b[K  {shown}", end="", file=self.talk, flush=True)
        self._partial_shown = True

    def _clear_partial(self) -> None:
        if self._partial_shown:
            print("\r\x1b[K", end="", file=self.talk, flush=True)
            self._partial_shown = False

    def _now(self) -> float:
        return time.monotonic() - self.session_t0

    def _finish(self, heard: CapturedUtterance | SpeechError, begun: float) -> bool:
        self._clear_partial()
        if isinstance(heard, AudioUnavailable):
            print(f"[{heard.message}; type your turn instead]", file=self.talk)
            return False
        if isinstance(heard, SpeechError):
            print(f"[{heard.message}; type your turn instead]", file=self.talk)
            return True
        if heard.error:
            print(f"[{heard.error}; what you said so far is kept]", file=self.talk)
        text = heard.text.strip()
        if not text:
            print("[I didn't catch anything; try again or type your turn]", file=self.talk)
            return True
        # The turn's times come from where the voice is in the recording (Practice.line).
        self.practice.say(SpokenLine(heard, start=begun, end=begun + heard.duration_s))
        print(f"You (spoken): {text}", file=self.talk)  # once it is stored
        return True
