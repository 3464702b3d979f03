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
from dataclasses import dataclass, field, replace
from typing import Protocol

import numpy as np

from roleplay.domain.session import Word
from roleplay.ports.speech import SAMPLE_RATE, Transcription, TranscriptSegment
from roleplay.speech._segments import (
    _continued,
    _Decode,
    _Hypothesis,
    _segment,
    _spoken,
    _without_loop,
)
from roleplay.speech.agreement import Commit, Frame, choose_commit, forced_commit, revised
from roleplay.speech.audio import Samples
from roleplay.speech.stream_options import StreamOptions

__all__ = ["IncrementalStream", "StreamOptions"]


class Decoder(Protocol):
    """What the stream needs from a recogniser (WhisperSpeechToText provides it)."""

    def run_on_worker(self, job: Callable[[], Transcription]) -> Future[Transcription]: ...

    def run_final(self, job: Callable[[], Transcription]) -> Future[Transcription]: ...

    def tidy(self, final_lane: bool = False) -> None: ...

    def decode_now(
        self,
        samples: Samples,
        *,
        window: bool,
        prompt: str | None = None,
        prefix: str | None = None,
        guard: bool = True,
        min_window_s: float | None = None,
    ) -> Transcription: ...


@dataclass
class _Speculation:
    """The release's decode, made in a pause with the key held: right if no speech follows."""

    hypothesis: _Hypothesis | None  # the state it was made from (not changed since)
    commit: Commit | None  # the splice it assumed
    decode: _Decode


@dataclass
class _Revision:
    """A decode of the turn from its start, to replace the settled words before ``cut``."""

    cut: int  # samples: the cut when it was made
    segments: int  # settled segments then (later ones are kept as they are)
    future: Future[Transcription]


@dataclass
class IncrementalStream:
    """TranscriptionStream that settles words while the turn is spoken. Feed from one thread."""

    decoder: Decoder
    options: StreamOptions = field(default_factory=StreamOptions)
    on_partial: Callable[[str], None] | None = None
    push_to_talk: bool = False  # the listener says so: a release, not the VAD, ends the turn

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
        self._first_speech: int | None = None  # start of the first speech frame
        self._speech_since_cut_s = 0.0
        self._silence_run_s = 0.0
        self._submitted_to = 0  # end of the latest decode submitted
        self._cancelled = False
        self._speculation: _Speculation | None = None
        self._revision: _Revision | None = None
        # What happened, for tests and benchmarks.
        self.decodes = 0
        self.commits = 0
        self.tail_s: float | None = None  # audio decoded after the end of the turn
        self.abandoned = 0  # guesses still running at the end, not waited for
        self.spliced = 0
        self.speculated = 0  # release decodes made in a pause with the key held
        self.speculation_used = False
        self.revisions = 0  # decodes of the turn from its start (one at most)
        self.revised = 0  # ... whose words replaced the settled ones

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
        self._frames.append(
            Frame(
                (self._total - samples.size) / SAMPLE_RATE, self._total / SAMPLE_RATE, speech_prob
            )
        )
        if speech_prob >= self.options.threshold:
            self._speculation = None  # more speech: the pause's release decode is stale
            if self._first_speech is None:
                self._first_speech = self._total - samples.size
            self._last_speech = self._total
            self._speech_since_cut_s += seconds
            self._silence_run_s = 0.0
        else:
            self._silence_run_s += seconds
        self._collect_revision()
        self._collect()
        self._schedule()

    def _schedule(self) -> None:
        opts = self.options
        if self._speech_since_cut_s < opts.min_speech_s:
            return
        if (
            self.push_to_talk
            and opts.final_in_pause
            and self._speculation is None
            and self._silence_run_s >= opts.final_pause_s
            and not self.covers_speech
        ):
            self._speculate()  # beside the pause decode below, which keeps the guesses as they were
        if self._submitted_to >= self._last_speech:
            return  # every bit of speech is in a decode already
        pause = opts.speculate_after_s is not None and self._silence_run_s >= opts.speculate_after_s
        interval = opts.interval_s
        if self._pending is not None or self._revision is not None:
            return
        if not pause and self._silence_run_s == 0 and self._revision_due():
            self._submit_revision()
            return
        if pause:
            self._submit(
                min(self._total, self._last_speech + round(opts.keep_silence_s * SAMPLE_RATE))
            )
        elif interval is not None and (
            self._total - max(self._submitted_to, self._cut) >= interval * SAMPLE_RATE
        ):
            # From the first second (skipping early guesses cost 2 WER points, second pass).
            # Audio cut mid-word: a guess to compare, not an answer, so no costly redo.
            self._submit(self._total, guard=False)

    def _submit(self, end: int, guard: bool = True) -> None:
        start = self._cut
        audio_start, prompt, prefix, forced = self._context()
        audio = self._audio()[audio_start:end].copy()

        def job() -> Transcription:
            return self.decoder.decode_now(
                audio, window=True, prompt=prompt, prefix=prefix, guard=guard
            )

        self._pending = _Decode(start, end, self.decoder.run_on_worker(job), audio_start, forced)
        self._submitted_to = end
        self.decodes += 1

    def _revision_due(self) -> bool:
        """Once, when the turn has ``revise_at_s`` of audio since its first voiced frame (the
        speech heard, not the silence before it) and something is settled."""
        at, first = self.options.revise_at_s, self._first_speech
        return (
            at is not None
            and first is not None
            and self.revisions == 0
            and self._total - first >= at * SAMPLE_RATE
            and bool(self._settled)
        )

    def _submit_revision(self) -> None:
        """The turn from its start to now decoded again (the first decode's prompt): the settled
        words came from decodes of less audio; its words before the cut may replace them."""
        audio = self._audio()[: self._total].copy()

        def job() -> Transcription:
            return self.decoder.decode_now(audio, window=True, guard=False)

        future = self.decoder.run_on_worker(job)
        self._revision = _Revision(self._cut, len(self._settled), future)
        self.revisions += 1
        self.decodes += 1

    def _collect_revision(self) -> None:
        """Take in a finished revision: if clean, its words replace the settled ones before its
        cut (a decode in flight keeps the prefix it was forced with)."""
        revision = self._revision
        if revision is None or not revision.future.done():
            return
        self._revision = None
        if self.options.tidy_each_decode:
            self.decoder.tidy()
        if revision.future.cancelled() or revision.future.exception() is not None:
            return
        heard = [w for s in _spoken(revision.future.result().segments, 0.0) for w in s.words]
        if len(_without_loop(heard)) != len(heard):
            return
        before = [w for s in self._settled[: revision.segments] for w in s.words]
        words = revised(before, heard, cut_s=revision.cut / SAMPLE_RATE)
        if not words:
            return
        self._settled = [_segment(tuple(words)), *self._settled[revision.segments :]]
        self.revised += 1
        self._emit_partial()

    def _context(
        self, settled: list[Word] | None = None, cut: int | None = None
    ) -> tuple[int, str | None, str | None, str]:
        """For a decode from the cut: where its audio starts (``overlap_s`` before the cut at
        most), the prompt (settled text before that) and the prefix (the settled words inside
        the overlap). ``settled``/``cut``: as if these were settled."""
        words = [w for s in self._settled for w in s.words] if settled is None else settled
        cut = self._cut if cut is None else cut
        cut_s = cut / SAMPLE_RATE
        overlap = self.options.overlap_s
        n = len(words)
        while n > 0 and overlap > 0 and words[n - 1].start >= cut_s - overlap:
            n -= 1
        if n == len(words):
            text = " ".join(w.text for w in words)[-self.options.context_chars :]
            return cut, text or None, None, ""
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
        if self._speculation is not None and pending.end < self._last_speech:
            return  # a stale guess: the pause's release decode was made without it, keep it so
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
        commit = choose_commit(
            previous, current.words, frames, start_s=start_s, end_s=end_s, rule=rule
        )
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
        self._speech_since_cut_s = sum(
            f.end - f.start
            for f in self._frames
            if f.start >= cut_s and f.prob >= self.options.threshold
        )
        self.commits += 1

    def _splice_commit(self) -> Commit | None:
        """The latest guess's words up to its last clean pause: at the release they are kept,
        so only the audio after that pause is decoded then."""
        h = self._hypothesis
        if h is None or h.start != self._cut or not h.words:
            return None
        start_s, end_s = h.start / SAMPLE_RATE, h.end / SAMPLE_RATE
        frames = [f for f in self._frames if f.start >= start_s and f.end <= end_s]
        # One guess agrees with itself: no agreed words after the cut are asked for (the
        # release decodes what follows it at once, with the audio before it as context).
        rule = replace(self.options.rule, min_agreed_after=0)
        return choose_commit(h.words, h.words, frames, start_s=start_s, end_s=end_s, rule=rule)

    def _speculate(self) -> None:
        """The release's decode now, as if the key had just been let go (nothing settled yet:
        a release with more speech after it decodes as usual)."""
        commit = self._splice_commit() if self.options.splice_at_release else None
        settled = [w for s in self._settled for w in s.words]
        cut = self._cut
        if commit is not None and self._hypothesis is not None:
            settled += self._hypothesis.words[: commit.count]
            cut = max(cut, round(commit.cut_s * SAMPLE_RATE))
        self._speculation = _Speculation(self._hypothesis, commit, self._final_decode(settled, cut))
        self.speculated += 1

    def _final_decode(self, settled: list[Word] | None = None, cut: int | None = None) -> _Decode:
        """The release's decode of the audio from the cut, on the final lane."""
        opts = self.options
        audio_start, prompt, prefix, forced = self._context(settled, cut)
        audio = self._audio()[audio_start:].copy()
        self.decodes += 1
        future = self.decoder.run_final(
            lambda: self.decoder.decode_now(
                audio,
                window=True,
                prompt=prompt,
                prefix=prefix,
                min_window_s=opts.final_min_window_s,
            )
        )
        return _Decode(self._cut if cut is None else cut, self._total, future, audio_start, forced)

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
        self._collect_revision()  # if back; never waited for
        pending = self._pending
        spec = self._speculation
        if pending is not None and pending.future.done() and pending.end >= self._last_speech:
            self._collect(wait=True)  # a pause decode already back: it covers every word
        elif (
            pending is not None
            and not pending.future.done()
            and (spec is not None or pending.end < self._last_speech)
        ):
            # A guess that misses the end of the speech cannot be the answer: the tail is
            # decoded at once on the final lane and the guess is left to finish unread. With
            # the pause's release decode made, a pause decode still running is not waited for.
            self._pending = None
            self.abandoned += 1
        if spec is not None and not self.covers_speech:
            tail = self._use_speculation(spec)
        else:
            self._collect(wait=True)
            if self.options.splice_at_release and self._any_prob and not self.covers_speech:
                commit = self._splice_commit()
                if commit is not None and self._hypothesis is not None:
                    self._settle(self._hypothesis, commit)
                    self.spliced += 1
            tail = self._tail()
        self.decoder.tidy(final_lane=True)  # the turn's buffers are free now
        segments = (*self._settled, *tail)
        return Transcription(
            text=" ".join(s.text for s in segments if s.text).strip(),
            segments=segments,
            duration_s=self._total / SAMPLE_RATE,
            elapsed_s=time.perf_counter() - started,
            model=getattr(self.decoder, "name", ""),
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
        self.tail_s = (self._total - self._cut) / SAMPLE_RATE
        decode = self._final_decode()
        return _continued(decode.future.result(), decode)

    def _use_speculation(self, spec: _Speculation) -> tuple[TranscriptSegment, ...]:
        """The release came with no speech since the pause's release decode: settle what it
        assumed and take its words."""
        self._pending = None  # a guess taken in after it would not change its answer
        if spec.commit is not None and spec.hypothesis is not None:
            self._settle(spec.hypothesis, spec.commit)
            self.spliced += 1
        self.tail_s = (spec.decode.end - spec.decode.start) / SAMPLE_RATE
        self.speculation_used = True
        return _continued(spec.decode.future.result(), spec.decode)

    def cancel(self) -> None:
        self._cancelled = True
        spec = self._speculation.decode if self._speculation is not None else None
        for decode in (self._pending, spec):
            if decode is not None:
                decode.future.cancel()  # only stops it if not yet started
        if self._revision is not None:
            self._revision.future.cancel()
