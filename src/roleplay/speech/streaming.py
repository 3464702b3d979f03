"""Incremental transcription: decode while the manager is still speaking.

faster-whisper's ``transcribe()`` pads every call to a 30 s window; here each decode uses an
encoder window sized to its audio (see ``_windowed``) and most of the work happens before the
turn ends:

- Speculation: after ``speculate_after_s`` of silence the turn so far is decoded as if it had
  ended (a *guess*). If the manager speaks again the guess is dropped; if the turn does end (key
  released, or the hands-free silence elapsed) the guess is the answer: nothing is left to decode.
- The whole turn is decoded in one window, which matches plain ``transcribe()`` accuracy (cutting
  a turn into short phrases cost ~3 WER points on our synthetic set: Whisper uses the context).
  Only turns longer than ``min_phrase_s`` are cut, at a pause, into phrases decoded one by one
  (the earlier text as Whisper's prompt); in unbroken speech, at the quietest frame once a
  phrase reaches ``max_phrase_s``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from roleplay.domain.session import Word
from roleplay.ports.speech import SAMPLE_RATE, Transcription, TranscriptSegment
from roleplay.speech.audio import Samples


@dataclass(frozen=True)
class PhraseOptions:
    pause_s: float = 0.35
    min_phrase_s: float = 18.0
    max_phrase_s: float = 24.0
    search_s: float = 2.0  # where to look for the quietest cut in an over-long phrase
    min_speech_s: float = 0.3
    keep_silence_s: float = 0.2
    speculate_after_s: float | None = 0.25
    threshold: float = 0.5
    context_chars: int = 200  # earlier phrases' text given to Whisper as the prompt


class PhraseDecoder(Protocol):
    """What a PhraseStream needs from a recogniser (WhisperSpeechToText provides it)."""

    def run_on_worker(self, job: Callable[[], Transcription]) -> Future[Transcription]: ...

    def decode_now(
        self, samples: Samples, *, window: bool, prompt: str | None = None
    ) -> Transcription: ...


@dataclass
class _Phrase:
    start: int  # sample offset in the utterance
    end: int
    future: Future[Transcription]


@dataclass
class PhraseStream:
    """TranscriptionStream that decodes ahead of the end of the turn. Feed from one thread."""

    decoder: PhraseDecoder
    options: PhraseOptions = field(default_factory=PhraseOptions)
    on_partial: Callable[[str], None] | None = None

    def __post_init__(self) -> None:
        self._chunks: list[Samples] = []
        self._total = 0
        self._start = 0  # first sample of the open phrase
        self._speech_s = 0.0  # speech in the open phrase
        self._silence_run_s = 0.0
        self._probs: list[tuple[int, int, float]] = []  # (start, end, prob) in the open phrase
        self._any_prob = False
        self._phrases: list[_Phrase] = []
        self._guess: _Phrase | None = None  # speculative decode of the open phrase
        self._cancelled = False
        self.speculation_hits = 0

    # -- feeding -----------------------------------------------------------------------------

    def feed(self, samples: Samples, speech_prob: float | None = None) -> None:
        if self._cancelled or samples.size == 0:
            return
        self._chunks.append(samples.astype(np.float32, copy=False))
        self._total += samples.size
        if speech_prob is None:
            return  # no VAD: decode everything at finish
        self._any_prob = True
        opts, seconds = self.options, samples.size / SAMPLE_RATE
        self._probs.append((self._total - samples.size, self._total, speech_prob))
        if speech_prob >= opts.threshold:
            self._speech_s += seconds
            self._silence_run_s = 0.0
            self._drop_guess()
        else:
            self._silence_run_s += seconds
        open_s = (self._total - self._start) / SAMPLE_RATE
        paused = self._speech_s >= opts.min_speech_s and self._silence_run_s >= opts.pause_s
        if paused and open_s >= opts.min_phrase_s:
            self._close(self._pause_cut())
        elif open_s >= opts.max_phrase_s:
            if self._speech_s > 0.0:
                self._close(self._quietest_cut())
            else:  # a long silence: skip it rather than ask Whisper to transcribe nothing
                self._start = self._total - round(opts.keep_silence_s * SAMPLE_RATE)
                self._probs = [(s, e, p) for s, e, p in self._probs if s >= self._start]
        elif (
            opts.speculate_after_s is not None and self._guess is None
            and self._speech_s >= opts.min_speech_s
            and self._silence_run_s >= opts.speculate_after_s
        ):
            end = self._pause_cut()
            self._guess = guess = _Phrase(self._start, end, self._submit(self._start, end))
            if self.on_partial is not None:
                guess.future.add_done_callback(lambda _f: self._emit_partial())

    def _pause_cut(self) -> int:
        keep = min(self._silence_run_s, self.options.keep_silence_s)
        return self._total - round((self._silence_run_s - keep) * SAMPLE_RATE)

    def _drop_guess(self) -> None:
        if self._guess is not None:
            self._guess.future.cancel()  # only stops it if not yet started
            self._guess = None

    def _quietest_cut(self) -> int:
        horizon = self._total - round(self.options.search_s * SAMPLE_RATE)
        window = [(p, end) for _, end, p in self._probs if end >= horizon] or [(1.0, self._total)]
        return min(window)[1]

    def _close(self, end: int) -> None:
        """Close the open phrase at sample ``end`` and have it decoded (or reuse the guess)."""
        if end <= self._start:
            return
        guess, self._guess = self._guess, None
        if guess is not None and guess.end == end:
            self._phrases.append(guess)
            self.speculation_hits += 1
        else:
            if guess is not None:
                guess.future.cancel()
            self._phrases.append(_Phrase(self._start, end, self._submit(self._start, end)))
        if self.on_partial is not None:
            self._phrases[-1].future.add_done_callback(lambda _f: self._emit_partial())
        self._start = end
        self._probs = [(s, e, p) for s, e, p in self._probs if s >= end]
        speech = [e - s for s, e, p in self._probs if p >= self.options.threshold]
        self._speech_s = sum(speech) / SAMPLE_RATE
        self._silence_run_s = 0.0

    def _submit(self, start: int, end: int) -> Future[Transcription]:
        audio = self._audio()[start:end].copy()
        index = len(self._phrases)

        def job() -> Transcription:
            return self.decoder.decode_now(audio, window=True, prompt=self._context(index))

        return self.decoder.run_on_worker(job)

    def _context(self, index: int) -> str | None:
        """Earlier phrases' text (runs on the worker, where they are already decoded)."""
        texts = [p.future.result().text for p in self._phrases[:index] if not p.future.cancelled()]
        text = " ".join(t for t in texts if t).strip()
        return text[-self.options.context_chars :] or None

    def _emit_partial(self) -> None:
        if self.on_partial is not None and not self._cancelled:
            self.on_partial(self.partial_text)

    def _audio(self) -> Samples:
        if len(self._chunks) > 1:
            self._chunks = [np.concatenate(self._chunks)]
        return self._chunks[0] if self._chunks else np.zeros(0, dtype=np.float32)

    # -- results -----------------------------------------------------------------------------

    @property
    def partial_text(self) -> str:
        """Text decoded so far (closed phrases, then the guess), stopping at the first pending."""
        texts = []
        guess = self._guess
        for phrase in [*self._phrases, *([guess] if guess is not None else [])]:
            if not phrase.future.done() or phrase.future.cancelled():
                break
            if phrase.future.exception() is None:
                texts.append(phrase.future.result().text)
        return " ".join(t for t in texts if t).strip()

    def finish(self) -> Transcription:
        started = time.perf_counter()
        tail_has_speech = (not self._any_prob) or self._speech_s >= 0.1
        if self._guess is not None:
            self._close(self._guess.end)  # no speech since the guess: it is the answer
        elif self._total > self._start and tail_has_speech:
            self._close(self._total)
        segments: list[TranscriptSegment] = []
        for phrase in self._phrases:
            result = phrase.future.result()  # re-raises a decoding error
            segments.extend(_shift(s, phrase.start / SAMPLE_RATE) for s in result.segments)
        return Transcription(
            text=" ".join(s.text for s in segments if s.text).strip(),
            segments=tuple(segments), duration_s=self._total / SAMPLE_RATE,
            elapsed_s=time.perf_counter() - started,
            model=getattr(self.decoder, "name", ""),
        )

    def cancel(self) -> None:
        self._cancelled = True
        self._drop_guess()
        for phrase in self._phrases:
            phrase.future.cancel()

    @property
    def phrase_count(self) -> int:
        return len(self._phrases)


def _shift(segment: TranscriptSegment, offset: float) -> TranscriptSegment:
    def w(word: Word) -> Word:
        return word.model_copy(
            update={"start": round(word.start + offset, 3), "end": round(word.end + offset, 3)}
        )

    return TranscriptSegment(
        start=round(segment.start + offset, 3), end=round(segment.end + offset, 3),
        text=segment.text, words=tuple(w(x) for x in segment.words),
    )


@dataclass
class BufferedStream:
    """TranscriptionStream for recognisers without incremental decoding: transcribe at finish."""

    transcribe: Callable[[Samples], Transcription]
    on_partial: Callable[[str], None] | None = None  # never called: no text before the end
    _chunks: list[Samples] = field(default_factory=list)

    def feed(self, samples: Samples, speech_prob: float | None = None) -> None:
        self._chunks.append(samples.astype(np.float32, copy=False))

    def finish(self) -> Transcription:
        started = time.perf_counter()
        audio = np.concatenate(self._chunks) if self._chunks else np.zeros(0, dtype=np.float32)
        result = self.transcribe(audio)
        return result.model_copy(update={"elapsed_s": time.perf_counter() - started})

    def cancel(self) -> None:
        self._chunks.clear()
