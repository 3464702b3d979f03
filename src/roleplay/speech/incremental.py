"""Incremental transcription: the turn is decoded while it is spoken, so little is left at the end.

While audio arrives (push-to-talk key held, or hands-free), the unsettled audio (everything after
the last cut) is decoded again whenever ``interval_s`` of new audio has come in, and at once when
the speaker pauses for ``speculate_after_s``. Words two consecutive decodes agree on are settled
where the voice detector shows a clean pause after them (``roleplay.speech.agreement``); later
decodes continue from that cut but hear the seam: their audio starts up to ``overlap_s`` earlier,
the settled words there forced as Whisper's prefix (dropped from the result again), the settled
text before them as the prompt. When the turn ends, either the last decode already covers all the
speech (a pause before the release, the hands-free silence) and nothing is left to do, or the
latest guess is kept up to its last clean pause (the splice) and only the rest is decoded, on the
recogniser's second lane, without waiting for a guess still in flight.

One guess at a time is in flight; results are collected on the feeding thread, so the state here
is touched by one thread only.
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
from roleplay.speech.agreement import (
    Commit,
    CommitRule,
    Frame,
    choose_commit,
    forced_commit,
    norm,
)
from roleplay.speech.audio import Samples


@dataclass(frozen=True)
class StreamOptions:
    threshold: float = 0.5  # speech probability that counts as speech
    min_speech_s: float = 0.3  # speech needed before anything is decoded
    speculate_after_s: float | None = 0.25  # a pause this long: decode the turn so far now
    interval_s: float | None = 1.0  # while speech goes on: decode again after this much audio
    keep_silence_s: float = 0.2  # silence kept after the last speech in a pause decode
    settle_after_s: float = 6.0  # settle nothing while less than this is unsettled (context)
    max_unsettled_s: float = 20.0  # past this, cut at the quietest boundary even without agreement
    context_chars: int = 200  # settled text given to Whisper as the prompt
    # At the release, keep the latest guess's words up to its last clean pause (it decoded
    # them with all the audio before), so only the audio after that pause is decoded then.
    splice_at_release: bool = True
    # Decodes after a cut start this much earlier, the settled words there forced as the
    # prefix (one decoder pass, dropped from the result): Whisper hears the seam in context
    # instead of starting cold at the cut. Measured with the splice (stt_latency, 4 Dec):
    # WER synthetic 0.062 vs plain 0.060 (+2.0 points before); 6 s beat 3 s and 0 s.
    overlap_s: float = 6.0
    # The release's decode reaches back this far instead of ``overlap_s`` (None: the same).
    # 2-4 s were faster at 15.5 s but lost "I noticed" after the seam at 29.8 s (sixth pass).
    final_overlap_s: float | None = None
    # The release's decode's minimum encoder window (None: the recogniser's own, 10 s): 8 s
    # encodes 20 % fewer frames for a tail plus context under 7 s; same words in the sixth
    # pass's runs. Guesses keep 10 s (a guess's words decide what settles).
    final_min_window_s: float | None = 8.0
    # Hand the heap back after every decode taken in, not only after the turn: the peak of a
    # voice session was set by guesses decoding on a heap still holding earlier guesses'
    # buffers. The trim runs on the guess lane after the guess (~2 ms), never on the release's.
    tidy_each_decode: bool = True
    rule: CommitRule = field(default_factory=CommitRule)


class Decoder(Protocol):
    """What the stream needs from a recogniser (WhisperSpeechToText provides it)."""

    def run_on_worker(self, job: Callable[[], Transcription]) -> Future[Transcription]: ...

    def run_final(self, job: Callable[[], Transcription]) -> Future[Transcription]: ...

    def tidy(self) -> None: ...

    def decode_now(
        self, samples: Samples, *, window: bool, prompt: str | None = None,
        prefix: str | None = None, guard: bool = True, min_window_s: float | None = None,
    ) -> Transcription: ...


@dataclass
class _Decode:
    start: int  # samples, in the turn: the cut this decode continues from
    end: int
    future: Future[Transcription]
    audio_start: int = 0  # where its audio begins (before ``start`` when it overlaps)
    forced: str = ""  # settled words forced as the prefix, dropped from the result


@dataclass
class _Hypothesis:
    start: int
    end: int
    segments: tuple[TranscriptSegment, ...]  # times in the turn

    @property
    def words(self) -> tuple[Word, ...]:
        return tuple(w for s in self.segments for w in s.words)


@dataclass
class IncrementalStream:
    """TranscriptionStream that settles words while the turn is spoken. Feed from one thread."""

    decoder: Decoder
    options: StreamOptions = field(default_factory=StreamOptions)
    on_partial: Callable[[str], None] | None = None

    def __post_init__(self) -> None:
        self._chunks: list[Samples] = []
        self._total = 0
        self._frames: list[Frame] = []
        self._any_prob = False
        self._cut = 0  # first sample not settled
        self._settled: list[TranscriptSegment] = []
        self._pending: _Decode | None = None
        self._hypothesis: _Hypothesis | None = None  # the latest decode from ``_cut``
        self._last_speech = 0  # end of the last speech frame
        self._speech_since_cut_s = 0.0
        self._silence_run_s = 0.0
        self._submitted_to = 0  # end of the latest decode submitted
        self._cancelled = False
        # What happened, for tests and benchmarks.
        self.decodes = 0
        self.commits = 0
        self.tail_s: float | None = None  # audio decoded after the end of the turn
        self.abandoned = 0  # guesses still running at the end, not waited for
        self.spliced = 0

    # -- feeding -----------------------------------------------------------------------------

    def feed(self, samples: Samples, speech_prob: float | None = None) -> None:
        if self._cancelled or samples.size == 0:
            return
        self._chunks.append(samples.astype(np.float32, copy=False))
        self._total += samples.size
        if speech_prob is None:
            return  # no voice detector: everything is decoded at finish
        self._any_prob = True
        seconds = samples.size / SAMPLE_RATE
        self._frames.append(Frame((self._total - samples.size) / SAMPLE_RATE,
                                  self._total / SAMPLE_RATE, speech_prob))
        if speech_prob >= self.options.threshold:
            self._last_speech = self._total
            self._speech_since_cut_s += seconds
            self._silence_run_s = 0.0
        else:
            self._silence_run_s += seconds
        self._collect()
        self._schedule()

    def _schedule(self) -> None:
        opts = self.options
        if self._pending is not None or self._speech_since_cut_s < opts.min_speech_s:
            return
        if self._submitted_to >= self._last_speech:
            return  # every bit of speech is in a decode already
        if opts.speculate_after_s is not None and self._silence_run_s >= opts.speculate_after_s:
            self._submit(min(self._total,
                             self._last_speech + round(opts.keep_silence_s * SAMPLE_RATE)))
        elif opts.interval_s is not None and (
            self._total - max(self._submitted_to, self._cut) >= opts.interval_s * SAMPLE_RATE
        ):
            # From the first second, though nothing settles before settle_after_s: skipping the
            # early guesses freed the worker at a short turn's release (5 s: 0.41x plain instead
            # of 0.75x) but cost 2 WER points on the synthetic set (0.099 vs 0.080).
            # Audio cut mid-word: a guess to compare, not an answer, so no costly redo.
            self._submit(self._total, guard=False)

    def _submit(self, end: int, guard: bool = True) -> None:
        start = self._cut
        audio_start, prompt, prefix, forced = self._context()
        audio = self._audio()[audio_start:end].copy()
        self._pending = _Decode(start, end, self.decoder.run_on_worker(
            lambda: self.decoder.decode_now(audio, window=True, prompt=prompt, prefix=prefix,
                                            guard=guard)), audio_start, forced)
        self._submitted_to = end
        self.decodes += 1

    def _context(self, overlap_s: float | None = None) -> tuple[int, str | None, str | None, str]:
        """For a decode from the cut: where its audio starts (``overlap_s`` before the cut at
        most; the stream's own by default), the prompt (settled text before that) and the prefix
        (the settled words inside the overlap)."""
        words = [w for s in self._settled for w in s.words]
        cut_s = self._cut / SAMPLE_RATE
        overlap = self.options.overlap_s if overlap_s is None else overlap_s
        n = len(words)
        while n > 0 and overlap > 0 and words[n - 1].start >= cut_s - overlap:
            n -= 1
        if n == len(words):
            return self._cut, self.settled_text[-self.options.context_chars :] or None, None, ""
        before = words[n - 1].end if n > 0 else 0.0
        start_s = max(before, words[n].start - 0.1)
        prompt = " ".join(w.text for w in words[:n])[-self.options.context_chars :] or None
        prefix = " ".join(w.text for w in words[n:])
        return round(start_s * SAMPLE_RATE), prompt, prefix, prefix

    def _collect(self, wait: bool = False) -> None:
        """Take in the finished decode (if any): settle what two decodes agree on."""
        pending = self._pending
        if pending is None or not (wait or pending.future.done()):
            return
        self._pending = None
        result = pending.future.result()  # re-raises a decoding error (at finish, to the caller)
        if self.options.tidy_each_decode and not wait:  # not at the release: after the turn
            self.decoder.tidy()
        current = _Hypothesis(pending.start, pending.end, _continued(result, pending))
        previous = self._hypothesis.words if self._hypothesis is not None else ()
        commit = self._commit_for(previous, current)
        if commit is not None:
            self._settle(current, commit)
        else:
            self._hypothesis = current
        self._emit_partial()

    def _commit_for(self, previous: tuple[Word, ...], current: _Hypothesis) -> Commit | None:
        start_s, end_s = current.start / SAMPLE_RATE, current.end / SAMPLE_RATE
        if end_s - start_s < self.options.settle_after_s:
            return None
        frames = [f for f in self._frames if f.start >= start_s and f.end <= end_s]
        rule = self.options.rule
        commit = choose_commit(previous, current.words, frames, start_s=start_s, end_s=end_s,
                               rule=rule)
        if commit is None and end_s - start_s > self.options.max_unsettled_s:
            commit = forced_commit(current.words, frames, start_s=start_s, end_s=end_s, rule=rule)
        return commit

    def _settle(self, current: _Hypothesis, commit: Commit) -> None:
        words = current.words
        kept, rest = words[: commit.count], words[commit.count :]
        self._settled.append(_segment(kept))
        self._cut = max(self._cut, round(commit.cut_s * SAMPLE_RATE))
        self._hypothesis = _Hypothesis(self._cut, current.end, (_segment(rest),) if rest else ())
        cut_s = self._cut / SAMPLE_RATE
        self._speech_since_cut_s = sum(f.end - f.start for f in self._frames
                                       if f.start >= cut_s and f.prob >= self.options.threshold)
        self.commits += 1

    def _splice(self) -> None:
        """Settle the latest guess's words up to its last clean pause, so only the audio after
        it is decoded at the release."""
        h = self._hypothesis
        if h is None or h.start != self._cut or not h.words:
            return
        start_s, end_s = h.start / SAMPLE_RATE, h.end / SAMPLE_RATE
        frames = [f for f in self._frames if f.start >= start_s and f.end <= end_s]
        commit = choose_commit(h.words, h.words, frames, start_s=start_s, end_s=end_s,
                               rule=self.options.rule)
        if commit is not None:
            self._settle(h, commit)
            self.spliced += 1

    def _emit_partial(self) -> None:
        if self.on_partial is not None and not self._cancelled:
            self.on_partial(self.partial_text)

    def _audio(self) -> Samples:
        if len(self._chunks) > 1:
            self._chunks = [np.concatenate(self._chunks)]
        return self._chunks[0] if self._chunks else np.zeros(0, dtype=np.float32)

    # -- results -----------------------------------------------------------------------------

    @property
    def settled_text(self) -> str:
        return " ".join(s.text for s in self._settled if s.text).strip()

    @property
    def partial_text(self) -> str:
        """Settled words, then the latest guess at the rest."""
        guess = self._hypothesis.segments if self._hypothesis is not None else ()
        return " ".join(s.text for s in (*self._settled, *guess) if s.text).strip()

    @property
    def covers_speech(self) -> bool:
        """The latest decode reaches past the last speech heard (a pause was decoded)."""
        h = self._hypothesis
        return h is not None and h.start == self._cut and h.end >= self._last_speech > 0

    def finish(self) -> Transcription:
        started = time.perf_counter()
        pending = self._pending
        if pending is not None and not pending.future.done() \
                and pending.end < self._last_speech:
            # A guess that misses the end of the speech cannot be the answer: the tail is
            # decoded at once on the final lane and the guess is left to finish unread.
            self._pending = None
            self.abandoned += 1
        self._collect(wait=True)
        if self.options.splice_at_release and self._any_prob and not self.covers_speech:
            self._splice()
        tail = self._tail()
        self.decoder.tidy()  # the turn's buffers are free now
        segments = (*self._settled, *tail)
        return Transcription(
            text=" ".join(s.text for s in segments if s.text).strip(),
            segments=segments, duration_s=self._total / SAMPLE_RATE,
            elapsed_s=time.perf_counter() - started, model=getattr(self.decoder, "name", ""),
        )

    def _tail(self) -> tuple[TranscriptSegment, ...]:
        """What follows the settled words: the latest decode if it covers all the speech, else a
        decode of the unsettled audio now."""
        h = self._hypothesis
        if self._any_prob:
            if self.covers_speech and h is not None:
                self.tail_s = 0.0
                return h.segments
            if self._last_speech <= self._cut or self._speech_since_cut_s < 0.1:
                self.tail_s = 0.0
                return ()
        if self._total <= self._cut:
            self.tail_s = 0.0
            return ()
        opts = self.options
        audio_start, prompt, prefix, forced = self._context(opts.final_overlap_s)
        audio = self._audio()[audio_start:].copy()
        self.tail_s = (self._total - self._cut) / SAMPLE_RATE
        self.decodes += 1
        future = self.decoder.run_final(
            lambda: self.decoder.decode_now(audio, window=True, prompt=prompt, prefix=prefix,
                                            min_window_s=opts.final_min_window_s))
        decode = _Decode(self._cut, self._total, future, audio_start, forced)
        return _continued(future.result(), decode)

    def cancel(self) -> None:
        self._cancelled = True
        if self._pending is not None:
            self._pending.future.cancel()  # only stops it if not yet started


def _continued(result: Transcription, decode: _Decode) -> tuple[TranscriptSegment, ...]:
    """A decode's segments in turn time, without the settled words it was forced to start
    with."""
    segments = _spoken(result.segments, decode.audio_start / SAMPLE_RATE)
    words = [w for s in segments for w in s.words]
    looped = _without_loop(words)
    if not decode.forced and len(looped) == len(words):
        return segments
    words = looped
    forced = decode.forced.split()
    if [norm(w.text) for w in words[: len(forced)]] == [norm(w) for w in forced]:
        words = words[len(forced) :]
    else:  # split into words differently: keep what lies after the cut
        cut_s = decode.start / SAMPLE_RATE
        words = [w for w in words if w.end > cut_s]
    return (_segment(tuple(words)),) if words else ()


def _without_loop(words: list[Word], shortest: int = 4) -> list[Word]:
    """The words without a run of at least ``shortest`` words that repeats the run just before
    it at the very end: tiny.en looping in the silence after the last word (seen with a
    sentence said again at the end, every word of the copy at the same instant)."""
    keys = [norm(w.text) for w in words]
    n = len(keys) // 2
    while n >= shortest:
        if keys[-n:] == keys[-2 * n : -n]:
            keys, words = keys[:-n], words[:-n]
            n = len(keys) // 2
        else:
            n -= 1
    return words


def _spoken(segments: tuple[TranscriptSegment, ...], offset: float
            ) -> tuple[TranscriptSegment, ...]:
    """The segments with words in them, moved to turn time (a lone "." is Whisper hearing a
    breath at a cut)."""
    return tuple(_shift(s, offset) for s in segments if any(c.isalnum() for c in s.text))


def _segment(words: tuple[Word, ...]) -> TranscriptSegment:
    return TranscriptSegment(start=words[0].start, end=words[-1].end,
                             text=" ".join(w.text for w in words), words=words)


def _shift(segment: TranscriptSegment, offset: float) -> TranscriptSegment:
    def w(word: Word) -> Word:
        return word.model_copy(
            update={"start": round(word.start + offset, 3), "end": round(word.end + offset, 3)}
        )

    return TranscriptSegment(
        start=round(segment.start + offset, 3), end=round(segment.end + offset, 3),
        text=segment.text, words=tuple(w(x) for x in segment.words),
    )
