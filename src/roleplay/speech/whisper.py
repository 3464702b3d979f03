"""Speech-to-text with faster-whisper, on one long-lived worker thread that owns the model.

The model loads once, in the background, as the worker's first job (``start_loading``); every
transcription is a later job on the same thread, which iterates faster-whisper's lazy segment
generator (decoding happens during iteration) so callers never block on model work.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from roleplay.domain.session import Word
from roleplay.ports.speech import (
    SAMPLE_RATE,
    ModelUnavailable,
    SpeechError,
    Transcription,
    TranscriptionStream,
    TranscriptSegment,
)
from roleplay.speech.audio import Samples
from roleplay.speech.fillers import tidy_fillers, with_filler_prompt
from roleplay.speech.heap import fix_mmap_threshold, limit_arenas, trim
from roleplay.speech.models import DEFAULT_MODEL, resolve_model
from roleplay.speech.stream_options import StreamOptions

if TYPE_CHECKING:
    from roleplay.speech._windowed import WindowedWhisperModel

FRAMES_PER_S = 100
MMAP_THRESHOLD = 4 << 20  # 2 and 3 MB: lower peaks, slower release (docs/speech.md)
T = TypeVar("T")


@dataclass(frozen=True)
class DecodeOptions:
    """How utterances are decoded; the same options serve the plain and the windowed path."""

    beam_size: int = 1
    language: str | None = "en"
    word_timestamps: bool = True
    without_timestamps: bool = False  # windowed path only
    keep_fillers: bool = True  # windowed path: prompt with a disfluent line so "um" is kept
    # Windowed decoding: the encoder sees the audio plus ``margin_s`` of padding, and at least
    # ``min_window_s`` (shorter windows are faster but Whisper, trained on 30 s, slips more).
    min_window_s: float = 10.0
    margin_s: float = 1.0
    # Windowed decoding: a second window over less than this much audio after the last word is
    # not decoded (see _windowed.py; it cost half of a 5 s decode and found no words).
    skip_rest_s: float = 1.0
    # A windowed result that looks like a hallucination is redone with the full 30 s window.
    max_compression_ratio: float = 2.4
    min_avg_logprob: float = -1.0
    max_words_per_s: float = 6.0


@dataclass(frozen=True)
class WhisperSettings:
    model: str = DEFAULT_MODEL
    cache_dir: Path | None = None  # where split models (base) are reassembled
    compute_type: str = "int8"
    # Two model workers of one thread each (CTranslate2 inter_threads; the weights are shared):
    # the decode at the end of a turn starts at once on its own lane instead of waiting for the
    # guess in flight. Measured on 2 cores: a 5 s decode alone 0.18 s (1 thread) vs 0.25 s (2);
    # release -> text with a guess just started 0.25 s vs 0.46 s. ``workers=1`` is one lane.
    cpu_threads: int = 1
    workers: int = 2
    # glibc malloc arenas for the process (see roleplay.speech.heap); 0 leaves malloc alone.
    # One: every lane, the voice and the listener share what is freed (docs/speech.md).
    malloc_arenas: int = 1
    # Blocks this large or larger are mapped and unmapped (glibc's threshold otherwise climbs to
    # 32 MB and the decoders' buffers stay in the heap); 0 leaves the moving threshold. Chosen
    # by measurement in docs/speech.md (voice_loop peak RSS against the release's latency).
    malloc_mmap_threshold: int = MMAP_THRESHOLD
    decode: DecodeOptions = DecodeOptions()
    stream: StreamOptions = field(default_factory=StreamOptions)  # ``stream()``'s decoder


class WhisperSpeechToText:
    """SpeechToText on faster-whisper. Call ``start_loading()`` at start-up; it returns at once."""

    def __init__(self, settings: WhisperSettings | None = None) -> None:
        self.settings = settings or WhisperSettings()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="whisper")
        self._final = (
            self._executor
            if self.settings.workers < 2
            else ThreadPoolExecutor(max_workers=1, thread_name_prefix="whisper-final")
        )
        self._model: WindowedWhisperModel | None = None
        self._load: Future[None] | None = None
        self._lock = threading.Lock()
        self.ready = threading.Event()
        self.load_seconds: float | None = None
        self.fallbacks = 0  # windowed results redone with the full window

    @property
    def name(self) -> str:
        return f"faster-whisper {self.settings.model}"

    # -- loading -------------------------------------------------------------------------------

    def start_loading(self) -> Future[None]:
        """Load the model on the worker thread (once); returns the loading job's future."""
        with self._lock:
            if self._load is None:
                limit_arenas(self.settings.malloc_arenas)  # before the workers' threads start
                fix_mmap_threshold(self.settings.malloc_mmap_threshold)
                self._load = self._executor.submit(self._do_load)
            return self._load

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Block until loaded; raise ModelUnavailable if loading failed."""
        future = self.start_loading()
        try:
            future.result(timeout=timeout)
        except TimeoutError:
            return False
        return True

    @property
    def load_error(self) -> SpeechError | None:
        if self._load is None or not self._load.done():
            return None
        exc = self._load.exception()
        return exc if isinstance(exc, SpeechError) else None

    def _do_load(self) -> None:
        started = time.perf_counter()
        path = resolve_model(self.settings.model, self.settings.cache_dir)
        from roleplay.speech._lazy import defer_av

        defer_av()
        try:
            import faster_whisper  # noqa: F401
        except ImportError as exc:
            raise ModelUnavailable("speech recognition needs: pip install faster-whisper") from exc
        from roleplay.speech._windowed import WindowedWhisperModel

        try:
            model = WindowedWhisperModel(
                str(path),
                device="cpu",
                compute_type=self.settings.compute_type,
                cpu_threads=self.settings.cpu_threads,
                num_workers=max(1, self.settings.workers),
            )
        except Exception as exc:  # CTranslate2 raises RuntimeError/ValueError for bad models
            raise ModelUnavailable(f"cannot load speech model from {path}: {exc}") from exc
        self._model = model
        # Warm up: CTranslate2 allocates buffers on the first calls; pay that now, not in a turn.
        silence = np.zeros(SAMPLE_RATE, dtype=np.float32)
        self.decode_now(silence, window=True, prompt=None, gate=False)
        self.decode_now(silence, window=False, prompt=None, gate=False)
        self.load_seconds = time.perf_counter() - started
        self.ready.set()

    # -- work --------------------------------------------------------------------------------

    def submit(
        self, samples: Samples, *, window: bool, prompt: str | None = None
    ) -> Future[Transcription]:
        """Queue a decode on the worker thread (after loading)."""
        return self.run_on_worker(lambda: self.decode_now(samples, window=window, prompt=prompt))

    def run_on_worker(self, job: Callable[[], T]) -> Future[T]:
        """Run ``job`` on the model's thread, after loading and any earlier jobs."""
        self.start_loading()
        return self._executor.submit(self._after_load, job)

    def run_final(self, job: Callable[[], T]) -> Future[T]:
        """Run ``job`` on the second model worker (the end of a turn), beside whatever guess the
        first is decoding; with ``workers=1`` the same as ``run_on_worker``."""
        load = self.start_loading()
        if self._final is self._executor:
            return self.run_on_worker(job)

        def after_load() -> T:
            load.exception()  # waits for the load (on the other lane) to finish
            return self._after_load(job)

        return self._final.submit(after_load)

    def tidy(self, final_lane: bool = False) -> None:
        """Hand freed decoder buffers back to the system, on a lane (off the path to the text):
        the guess lane after a guess; ``final_lane`` after a turn, since that lane has just
        finished the release's decode while the guess lane may still be busy with a guess
        nobody waits for (glibc's trim covers every arena, whichever thread calls it)."""
        if self.settings.malloc_arenas and self._load is not None:
            (self._final if final_lane else self._executor).submit(trim)

    def _after_load(self, job: Callable[[], T]) -> T:
        if self._load is not None and (exc := self._load.exception()) is not None:
            raise exc  # the load failed: every job reports why
        return job()

    def transcribe(self, samples: Samples) -> Transcription:
        """Plain faster-whisper ``transcribe()`` of the whole audio (30 s windows)."""
        return self.submit(samples, window=False).result()

    def transcribe_fast(self, samples: Samples, prompt: str | None = None) -> Transcription:
        """One utterance (up to 30 s) with an encoder window sized to it."""
        return self.submit(samples, window=True, prompt=prompt).result()

    def transcribe_plain(self, samples: Samples) -> Transcription:
        """faster-whisper's ``transcribe()`` as shipped (30 s window, no prompt): the baseline
        the benchmarks measure against."""
        return self.run_on_worker(
            lambda: self.decode_now(samples, window=False, keep_fillers=False)
        ).result()

    def stream(self) -> TranscriptionStream:
        from roleplay.speech.incremental import IncrementalStream

        return IncrementalStream(self, self.settings.stream)

    def close(self) -> None:
        self._final.shutdown(wait=True, cancel_futures=True)
        self._executor.shutdown(wait=True, cancel_futures=True)

    def decode_now(
        self,
        samples: Samples,
        *,
        window: bool,
        prompt: str | None = None,
        prefix: str | None = None,
        gate: bool = True,
        keep_fillers: bool | None = None,
        guard: bool = True,
        min_window_s: float | None = None,
    ) -> Transcription:
        """Decode on the calling thread: only from jobs running on the worker.

        ``prompt`` is earlier text (context); ``prefix`` is text already agreed for the start of
        this audio: it is forced (one decoder pass) rather than generated token by token.
        ``guard=False`` skips the hallucination check's full-window redo: for guesses that will
        be decoded again (audio cut mid-word looks unlikely to Whisper, and the redo costs a
        30 s window). With ``gate``, audio with no speech in it gives empty text instead of what
        Whisper imagines in silence ("you you you"): near-silence is caught at once, and a whole
        file (``window=False``) is first checked by the Silero VAD.
        """
        model = self._model
        if model is None:
            raise ModelUnavailable("the speech model is not loaded")
        started = time.perf_counter()
        opts = self.settings.decode
        duration = samples.size / SAMPLE_RATE
        if gate and (_inaudible(samples) or (not window and not _has_speech(samples))):
            return Transcription(
                text="",
                segments=(),
                language=opts.language or "",
                duration_s=duration,
                elapsed_s=time.perf_counter() - started,
                model=self.settings.model,
            )
        keep = opts.keep_fillers if keep_fillers is None else keep_fillers
        use_window = window and duration <= 30.0 - opts.margin_s
        if use_window:
            least = opts.min_window_s if min_window_s is None else min_window_s
            frames = round(max(least, duration + opts.margin_s) * FRAMES_PER_S)
            segments = self._run(model, samples, frames, with_filler_prompt(prompt, keep), prefix)
            if guard and self._suspicious(segments, duration):
                # Redo as plain faster-whisper (30 s window, no prompt); keep the likelier one.
                self.fallbacks += 1
                plain = self._run(model, samples, None, None, prefix)
                if not self._suspicious(plain, duration) or _score(plain) >= _score(segments):
                    segments = plain
        else:  # no filler prompt here: over a 30 s window it can end the text early
            segments = self._run(model, samples, None, prompt)
        return Transcription(
            text=" ".join(s.text for s in segments if s.text).strip(),
            segments=tuple(s.plain() for s in segments),
            language=opts.language or "",
            duration_s=duration,
            elapsed_s=time.perf_counter() - started,
            model=self.settings.model,
        )

    def _run(
        self,
        model: WindowedWhisperModel,
        samples: Samples,
        frames: int | None,
        prompt: str | None,
        prefix: str | None = None,
    ) -> list[_Seg]:
        opts = self.settings.decode
        duration = samples.size / SAMPLE_RATE
        kwargs: dict[str, Any] = {}
        if frames is not None:
            # Bound the decoder so a slip into repetition costs little; fall back after.
            kwargs.update(
                temperature=0.0,
                max_new_tokens=int(duration * 8) + 16,
                without_timestamps=opts.without_timestamps,
            )
        from roleplay.speech._windowed import RestSkipped

        rest = round(opts.skip_rest_s * FRAMES_PER_S) if frames is not None else 0
        out: list[_Seg] = []
        with model.window(frames, rest):
            segments, _info = model.transcribe(
                samples,
                language=opts.language,
                beam_size=opts.beam_size,
                word_timestamps=opts.word_timestamps,
                condition_on_previous_text=False,
                initial_prompt=prompt or None,
                prefix=prefix or None,
                vad_filter=False,
                **kwargs,
            )
            with suppress(RestSkipped):  # then the one window's segments are all in ``out``
                for s in segments:  # decoding happens while iterating
                    out.append(_Seg.of(s))
        return out

    def _suspicious(self, segments: list[_Seg], duration: float) -> bool:
        opts = self.settings.decode
        words = sum(len(s.text.split()) for s in segments)
        return (
            any(
                s.compression_ratio > opts.max_compression_ratio
                or s.avg_logprob < opts.min_avg_logprob
                for s in segments
            )
            or words > opts.max_words_per_s * max(duration, 1.0)
            or _repeats(segments)
        )


INAUDIBLE_PEAK = 10 ** (-60 / 20)  # nothing in the audio reaches -60 dBFS


def _inaudible(samples: Samples) -> bool:
    return samples.size == 0 or float(np.max(np.abs(samples))) < INAUDIBLE_PEAK


def _has_speech(samples: Samples) -> bool:
    """Whether the Silero VAD (as faster-whisper runs it) finds any speech at all."""
    from faster_whisper.vad import get_speech_timestamps

    return bool(get_speech_timestamps(samples))


def _score(segments: list[_Seg]) -> float:
    return min((s.avg_logprob for s in segments), default=-10.0)


def _repeats(segments: list[_Seg], run: int = 6) -> bool:
    """A run of ``run`` words said twice: Whisper looping, almost never what the manager said."""
    words = " ".join(s.text for s in segments).lower().split()
    seen: set[tuple[str, ...]] = set()
    for i in range(len(words) - run + 1):
        gram = tuple(words[i : i + run])
        if gram in seen:
            return True
        seen.add(gram)
    return False


class _Seg(TranscriptSegment):
    avg_logprob: float = 0.0
    compression_ratio: float = 1.0

    def plain(self) -> TranscriptSegment:
        return TranscriptSegment(start=self.start, end=self.end, text=self.text, words=self.words)

    @classmethod
    def of(cls, seg: Any) -> _Seg:
        words = tuple(
            Word(
                text=tidy_fillers(w.word.strip()),
                start=round(float(w.start), 3),
                end=round(float(w.end), 3),
                probability=round(float(w.probability), 4),
            )
            for w in (seg.words or ())
            if w.word.strip()
        )
        return cls(
            start=round(float(seg.start), 3),
            end=round(float(seg.end), 3),
            text=tidy_fillers(seg.text.strip()),
            words=words,
            avg_logprob=float(seg.avg_logprob),
            compression_ratio=float(seg.compression_ratio),
        )
