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
from roleplay.domain.session import Word

if TYPE_CHECKING:
    from roleplay.app.speech_kit import SpeechKit
    from roleplay.engine import SessionEngine
    from roleplay.ports.speech import CapturedUtterance, SpeechError


class SpokenTurns:
    def __init__(self, kit: SpeechKit, engine: SessionEngine, talk: TextIO, stdin: TextIO,
                 *, speak_replies: bool) -> None:
        self.kit = kit
        self.engine = engine
        self.talk = talk
        self.stdin = stdin
        self.session_t0 = time.monotonic()
        self._sentences: queue.Queue[str | None] = queue.Queue()
        self._splitter = SentenceSplitter()
        self._voice_thread: threading.Thread | None = None
        if speak_replies:
            speaker = kit.speaker()
            if speaker is None:
                print(f"[The report's voice is off: {kit.speaker_problem}]", file=talk)
            else:
                self._voice_thread = threading.Thread(target=self._speak_loop, args=(speaker,),
                                                      daemon=True, name="report-voice")
                self._voice_thread.start()

    # --- the report's voice -------------------------------------------------------------------

    def _speak_loop(self, speaker: object) -> None:
        from roleplay.speech.playback import Speaker

        assert isinstance(speaker, Speaker)
        style = self.engine.session.scenario.persona.voice
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
        from roleplay.ports.speech import AudioUnavailable
        from roleplay.speech.devices import resolve_input_device

        try:  # check before asking for Enter: no device means typing instead, at once
            resolve_input_device(self.kit.config.speech.input_device)
        except AudioUnavailable as exc:
            print(f"[{exc.message}]", file=self.talk)
            return False
        listener = self.kit.listener(hands_free=hands_free)
        if hands_free:
            print("(listening... pause to finish your turn)", file=self.talk, flush=True)
            return self._finish(self._run(listener, None))
        print("(listening... press Enter when you have finished)", file=self.talk, flush=True)
        done: list[CapturedUtterance | SpeechError] = []
        worker = threading.Thread(target=lambda: done.append(self._run(listener, None)),
                                  name="listen", daemon=True)
        worker.start()
        self.stdin.readline()
        listener.release()
        worker.join()
        result = done[0]
        if isinstance(result, AudioUnavailable):
            print(f"[{result.message}]", file=self.talk)
            return False
        return self._finish(result)

    def from_file(self, path: Path) -> bool:
        """A recorded turn: the same listening path, fed from a WAV file."""
        if not path.is_file():
            print(f"[no such recording: {path}]", file=self.talk)
            return True
        return self._finish(self._run(self.kit.listener(self.kit.wav_source(path)), path))

    def _run(self, listener: object, path: Path | None) -> CapturedUtterance | SpeechError:
        from roleplay.ports.speech import SpeechError
        from roleplay.speech.listen import TurnListener

        assert isinstance(listener, TurnListener)
        try:
            return listener.run()
        except SpeechError as exc:
            return exc

    def _finish(self, heard: CapturedUtterance | SpeechError) -> bool:
        from roleplay.ports.speech import AudioUnavailable, SpeechError

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
        end = time.monotonic() - self.session_t0
        index = len(self.engine.session.turns)
        audio_ref = self.kit.save_turn_audio(self.engine.session.id, index, heard.pcm16)
        words = tuple(Word(text=w.text, start=w.start, end=w.end, probability=w.probability)
                      for w in heard.words)
        print(f"You (spoken): {text}", file=self.talk)
        self.engine.manager_says(text, source="spoken", start=max(0.0, end - heard.duration_s),
                                 end=end, words=words, audio_ref=audio_ref)
        return True
