"""The report's voice in the desktop app: its reply spoken sentence by sentence on the voice
thread while the text streams, mute, and playing a saved turn."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from roleplay.domain.scenario import VoiceStyle
from roleplay.domain.sentences import SentenceSplitter
from roleplay.ports.speech import Speaker
from roleplay.ui.workers import VoiceWorker, WorkerThread


class SpeechOutput(QObject):
    speaking_changed = Signal(bool)
    muted_changed = Signal(bool)
    error = Signal(str, str)  # title, text
    _speak = Signal(int, str, object)
    _play = Signal(str)

    def __init__(self, speaker: Speaker | None, *, muted: bool,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self.muted = muted
        self.style: VoiceStyle | None = None  # the persona's own voice
        self._splitter = SentenceSplitter()
        self._worker: VoiceWorker | None = None
        self._thread: WorkerThread | None = None
        self._retired: list[WorkerThread] = []

    def start(self) -> None:
        if self.speaker is None:
            return
        voice = VoiceWorker(self.speaker)
        self._worker = voice
        self._thread = WorkerThread("text-to-speech", voice)
        voice.speaking.connect(self.speaking_changed)
        voice.failed.connect(self._on_failed)
        self._speak.connect(voice.speak)
        self._play.connect(voice.play_file)
        self._thread.start()

    def replace(self, speaker: Speaker | None) -> None:
        self.stop()
        voice = self._worker
        if voice is not None:
            self._speak.disconnect(voice.speak)
            self._play.disconnect(voice.play_file)
            voice.speaking.disconnect()
            voice.failed.disconnect()
        if self._thread is not None and not self._thread.shutdown(1000):
            self._retired.append(self._thread)
        self._worker, self._thread = None, None
        self.speaker = speaker
        self.start()

    def shutdown(self) -> None:
        self.stop()
        for thread in (self._thread, *self._retired):
            if thread is not None:
                thread.shutdown()

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        if muted:
            self.stop()

    def stop(self) -> None:
        """Silence at once; sentences already queued are dropped."""
        if self._worker is not None:
            self._worker.generation += 1
            if self.speaker is not None:
                self.speaker.stop()

    def new_reply(self) -> None:
        self._splitter = SentenceSplitter()

    def feed(self, chunk: str) -> None:
        for sentence in self._splitter.feed(chunk):
            self._queue(sentence)

    def flush(self, final: bool = True) -> None:
        """The reply is complete (say the rest) or abandoned (``final=False``: drop it)."""
        rest = self._splitter.flush()
        self._splitter = SentenceSplitter()
        if final:
            for sentence in rest:
                self._queue(sentence)

    def _queue(self, sentence: str) -> None:
        if self.muted or self._worker is None:
            return
        self._speak.emit(self._worker.generation, sentence, self.style)

    def play(self, path: Path) -> bool:
        if self._worker is None:
            return False
        self._play.emit(str(path))
        return True

    def _on_failed(self, message: str) -> None:
        if self.muted:
            return  # said once; replies carry on as text
        self.set_muted(True)
        self.muted_changed.emit(True)
        self.error.emit("The report's voice could not play",
                        f"{message}. Replies carry on as text; unmute to try again.")
