"""The incremental decoder with the real tiny.en: while a long turn is spoken, words are settled
at its pauses, so at the end only the unsettled tail is decoded; the text matches a decode of
the whole turn. Audio is fed frame by frame with each decode awaited, so the run is the same on
a fast or a loaded machine."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import numpy as np

from roleplay.ports.speech import Transcription
from roleplay.speech.audio import Samples
from roleplay.speech.incremental import IncrementalStream, StreamOptions
from roleplay.speech.vad import Framer, SileroVad
from roleplay.speech.whisper import WhisperSpeechToText

from .conftest import RATE, silence

LINES = [
    "What have you tried so far?",
    "I noticed the report was late three times this month.",
    "Can you help me understand what got in the way?",
    "I want to make sure you have the support you need.",
]


def words(text: str) -> list[str]:
    return [w.strip(".,?!").lower() for w in text.split()]


def feed(stream: IncrementalStream, audio: Samples) -> None:
    vad, framer = SileroVad(), Framer()
    for frame in framer.push(audio):
        stream.feed(frame, vad(frame))
        pending = stream._pending  # wait for each decode: the same result on any machine
        if pending is not None:
            pending.future.exception()
        if stream._revision is not None:
            stream._revision.future.exception()


def test_a_long_turn_is_settled_while_spoken_and_only_the_tail_is_left(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    audio = np.concatenate([x for line in LINES for x in (speak(line), silence(0.35))])
    partials: list[str] = []
    stream = IncrementalStream(stt, StreamOptions(settle_after_s=3.0), on_partial=partials.append)
    feed(stream, audio)
    settled = stream.settled_text
    assert stream.commits >= 1 and settled
    result = stream.finish()
    assert stream.tail_s is not None and stream.tail_s < audio.size / RATE / 2
    whole = stt.transcribe_fast(audio).text
    ours, ref = words(result.text), words(whole)
    assert result.text.startswith(settled)
    # the same words as one decode of the whole turn, give or take one
    assert abs(len(ours) - len(ref)) <= 1
    assert len(set(ours) ^ set(ref)) <= 2, (result.text, whole)
    # partial text grew while speaking, and never lost what was settled
    assert len(partials) >= 3 and partials[-1]
    # word times are in the turn, in order
    times = [w.start for w in result.words]
    assert times == sorted(times) and times[-1] > audio.size / RATE / 2


def test_a_pause_before_the_end_leaves_nothing_to_decode(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    audio = np.concatenate([speak(LINES[2]), silence(0.6)])
    stream = IncrementalStream(stt)
    feed(stream, audio)
    assert stream.covers_speech  # the decode made in the pause covers every word
    result = stream.finish()
    assert stream.tail_s == 0.0
    assert {"understand", "way"} <= set(words(result.text))


def test_silence_only_gives_no_text(stt: WhisperSpeechToText) -> None:
    stream = IncrementalStream(stt)
    feed(stream, silence(2.0))
    assert stream.finish().text == "" and stream.decodes == 0


def test_the_end_of_a_turn_does_not_wait_for_a_guess_in_flight(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    """The guess lane is held busy: the turn's text still comes, from the second lane, and it is
    the whole turn's text (the guess that misses the end is not waited for)."""
    stream = IncrementalStream(stt)

    def fed() -> None:
        assert stream._pending is not None  # a guess is queued behind the held lane

    done = _finish_with_guess_lane_held(stt, stream, speak(LINES[1]), fed)
    assert done and stream.abandoned == 1
    assert {"report", "times", "month"} <= set(words(done[0]))


def _finish_with_guess_lane_held(
    stt: WhisperSpeechToText, stream: IncrementalStream, audio: Samples, fed: Callable[[], None]
) -> list[str]:
    """Feed ``audio`` (not awaiting decodes) and finish while the guess lane is held busy."""
    hold = threading.Event()
    blocker = stt.run_on_worker(lambda: hold.wait(120))
    vad, framer = SileroVad(), Framer()
    for frame in framer.push(audio):
        stream.feed(frame, vad(frame))
    fed()
    done: list[str] = []
    finisher = threading.Thread(target=lambda: done.append(stream.finish().text))
    finisher.start()
    finisher.join(timeout=120)  # a safety net against a hang, not a timing
    hold.set()
    blocker.result()
    stt.run_on_worker(lambda: None).result()  # what was left unread ends before the next test
    return done


def test_a_decode_that_fits_one_window_runs_the_encoder_once(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    """faster-whisper would run a second window over the ~0.1 s after the last word."""
    from roleplay.speech import _windowed

    audio = np.concatenate([speak(LINES[2]), silence(0.3)])
    calls: list[int] = []
    model = stt._model
    assert model is not None
    stt.run_on_worker(lambda: None).result()  # nothing else is decoding
    original = _windowed.WindowedWhisperModel.encode

    def counting(features: np.ndarray) -> object:
        encoded = original(model, features)  # raises RestSkipped for the rest after the words
        calls.append(_windowed._content_frames(features))
        return encoded

    model.encode = counting  # type: ignore[method-assign]
    try:
        text = stt.transcribe_fast(audio).text
    finally:
        del model.encode
    assert len(calls) == 1 and calls[0] >= audio.size // 160 - 1, (calls, stt.fallbacks)
    assert {"understand", "way"} <= set(words(text))


def test_the_release_keeps_the_latest_guess_up_to_its_last_pause(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    """Splice: the words of the last guess before its last clean pause are kept at the release,
    so only the audio after that pause is decoded; the text is the same turn."""
    audio = np.concatenate([speak(LINES[1]), silence(0.35), speak(LINES[2])])
    plain = IncrementalStream(stt, StreamOptions(splice_at_release=False, overlap_s=0.0))
    feed(plain, audio)
    whole = plain.finish()
    stream = IncrementalStream(stt)  # the default: splice, 6 s overlap
    feed(stream, audio)
    result = stream.finish()
    assert stream.spliced == 1 and plain.spliced == 0
    assert plain.tail_s is not None and stream.tail_s is not None
    assert stream.tail_s < plain.tail_s - 1.0  # the first sentence was not decoded again
    ours, ref = words(result.text), words(whole.text)
    assert ours[:4] == ref[:4] and {"understand", "way"} <= set(ours)
    assert abs(len(ours) - len(ref)) <= 1, (result.text, whole.text)
    times = [w.start for w in result.words]
    assert times == sorted(times)


def test_a_decode_after_a_cut_hears_the_settled_words_and_does_not_repeat_them(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    """Overlap: decodes after a cut start with the settled words' audio, those words forced as
    the prefix and dropped from the result, so the seam is neither lost nor said twice."""
    audio = np.concatenate([x for line in LINES for x in (speak(line), silence(0.35))])
    stream = IncrementalStream(stt, StreamOptions(settle_after_s=3.0, overlap_s=3.0))
    feed(stream, audio)
    assert stream.commits >= 1
    start, prompt, prefix, forced = stream._context()
    assert prefix and forced == prefix and start < stream._cut  # it reaches back before the cut
    assert stream.settled_text.endswith(prefix)
    assert prompt is None or stream.settled_text.startswith(prompt)
    result = stream.finish()
    ours = words(result.text)
    ref = words(stt.transcribe_fast(audio).text)
    assert abs(len(ours) - len(ref)) <= 1, (result.text, ref)
    assert all(ours[i : i + 3] != ours[i + 3 : i + 6] for i in range(len(ours) - 5))
    assert {"support", "need"} <= set(ours)


class _CountingTidy:
    """The real recogniser, with its heap trims counted (lane by lane, as the stream asks)."""

    def __init__(self, stt: WhisperSpeechToText) -> None:
        self.stt, self.tidied = stt, 0

    def run_on_worker(self, job: Callable[[], Transcription]) -> Future[Transcription]:
        return self.stt.run_on_worker(job)

    def run_final(self, job: Callable[[], Transcription]) -> Future[Transcription]:
        return self.stt.run_final(job)

    def tidy(self, final_lane: bool = False) -> None:
        self.tidied += 1
        self.stt.tidy(final_lane)

    def decode_now(self, samples: Samples, **kwargs: Any) -> Transcription:
        return self.stt.decode_now(samples, **kwargs)


def test_the_heap_is_handed_back_after_each_decode_taken_in_and_after_the_turn(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    audio = np.concatenate([speak(LINES[1]), silence(0.35), speak(LINES[2])])
    each, once = _CountingTidy(stt), _CountingTidy(stt)
    texts = []
    for decoder, tidy_each in ((each, True), (once, False)):
        stream = IncrementalStream(decoder, StreamOptions(tidy_each_decode=tidy_each))
        feed(stream, audio)
        collected = stream.decodes - (stream._pending is not None)
        texts.append(stream.finish().text)
        if tidy_each:
            assert collected >= 3 and decoder.tidied == collected + 1  # and after the turn
    assert once.tidied == 1
    assert texts[0] == texts[1]  # trimming changes memory, not words


class _RecordingFinal(_CountingTidy):
    """The real recogniser, with the release's decode (the one on the final lane) recorded."""

    def __init__(self, stt: WhisperSpeechToText) -> None:
        super().__init__(stt)
        self.final: list[tuple[int, dict[str, Any]]] = []

    def decode_now(self, samples: Samples, **kwargs: Any) -> Transcription:
        if threading.current_thread().name.startswith("whisper-final"):
            self.final.append((samples.size, kwargs))
        return self.stt.decode_now(samples, **kwargs)


def test_the_release_decode_uses_a_shorter_window(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    """final_min_window_s (8 s by default): only the decode at the release encodes a shorter
    minimum window; it hears the same 6 s of settled audio before the cut, and the turn's words
    are the same."""
    # released as the last word ends: no pause decode covers it, so the tail is decoded then
    audio = np.concatenate([x for line in LINES for x in (silence(0.35), speak(line))])
    results = []
    for options in (
        StreamOptions(settle_after_s=3.0, final_min_window_s=None),
        StreamOptions(settle_after_s=3.0),
    ):
        decoder = _RecordingFinal(stt)
        stream = IncrementalStream(decoder, options)
        feed(stream, audio)
        assert stream.commits >= 1
        text = stream.finish().text
        assert stream.tail_s and len(decoder.final) == 1, decoder.final
        results.append((decoder.final[0], text))
    (long_n, long_kw), long_text = results[0]
    (short_n, short_kw), short_text = results[1]
    assert long_kw.get("min_window_s") is None and short_kw["min_window_s"] == 8.0
    assert short_n == long_n and short_kw.get("prefix") == long_kw.get("prefix")
    ours, ref = words(short_text), words(long_text)
    assert abs(len(ours) - len(ref)) <= 1, (short_text, long_text)
    assert all(ours[i : i + 3] != ours[i + 3 : i + 6] for i in range(len(ours) - 5))


def test_a_shorter_minimum_window_is_what_the_encoder_sees(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    audio = speak(LINES[2])  # ~2.5 s: the minimum window decides
    model = stt._model
    assert model is not None
    seen: list[int] = []

    class Counting:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def __getattr__(self, name: str) -> Any:
            if name == "encode":

                def encode(features: Any, *args: Any, **kwargs: Any) -> Any:
                    seen.append(int(features.shape[-1]))
                    return self.inner.encode(features, *args, **kwargs)

                return encode
            return getattr(self.inner, name)

    inner = model.model
    stt.run_on_worker(lambda: None).result()  # nothing else is decoding
    model.model = Counting(inner)
    try:
        texts = [
            stt.run_on_worker(lambda w=w: stt.decode_now(audio, window=True, min_window_s=w))
            .result()
            .text
            for w in (None, 8.0)
        ]
    finally:
        model.model = inner
    assert seen == [1000, 800], seen
    assert {"understand", "way"} <= set(words(texts[1]))


def test_push_to_talk_decodes_the_release_in_a_pause_and_the_release_takes_it(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    """With the key held through a pause, the release's own decode runs in the pause on the
    final lane; a release with no speech since takes it, decodes nothing more and does not wait
    for the guess lane (held busy here, so its pause decode is still queued)."""
    audio = np.concatenate([speak(LINES[1]), silence(0.5)])
    decoder = _RecordingFinal(stt)
    stream = IncrementalStream(decoder, push_to_talk=True)

    def fed() -> None:
        assert stream.speculated == 1 and stream._speculation is not None
        stream._speculation.decode.future.result()  # the pause is long enough for it

    done = _finish_with_guess_lane_held(stt, stream, audio, fed)
    assert done and stream.speculation_used and stream.abandoned == 1
    assert len(decoder.final) == 1  # nothing decoded after the release
    assert {"report", "times", "month"} <= set(words(done[0])), done


def test_speech_after_the_pause_makes_the_pause_decode_stale(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    audio = np.concatenate([speak(LINES[1]), silence(0.5), speak(LINES[2])])
    decoder = _RecordingFinal(stt)
    # no once-a-second guesses: one may cover the first line before the pause is 0.25 s
    stream = IncrementalStream(decoder, StreamOptions(interval_s=None), push_to_talk=True)
    feed(stream, audio)
    result = stream.finish()
    assert stream.speculated == 1 and not stream.speculation_used
    assert len(decoder.final) == 2  # the stale pause decode, then the release's own
    assert {"report", "month", "understand", "way"} <= set(words(result.text)), result.text


def test_hands_free_keeps_its_pause_decode(
    stt: WhisperSpeechToText, speak: Callable[[str], Samples]
) -> None:
    audio = np.concatenate([speak(LINES[2]), silence(0.6)])
    stream = IncrementalStream(stt)  # push_to_talk False: the listener's hands-free stream
    feed(stream, audio)
    assert stream.speculated == 0 and stream.covers_speech


def _done(text_times: list[tuple[str, float, float]]) -> Future[Transcription]:
    from roleplay.domain.session import Word
    from roleplay.ports.speech import TranscriptSegment

    spoken = tuple(Word(text=t, start=a, end=b) for t, a, b in text_times)
    segment = TranscriptSegment(
        start=spoken[0].start,
        end=spoken[-1].end,
        text=" ".join(w.text for w in spoken),
        words=spoken,
    )
    future: Future[Transcription] = Future()
    future.set_result(Transcription(text=segment.text, segments=(segment,)))
    return future


def test_a_longer_decode_of_the_turn_revises_what_settled_and_keeps_later_settled_words() -> None:
    from roleplay.speech._segments import _segment
    from roleplay.speech.incremental import _Revision

    early = _done([("I", 2.1, 2.2), ("know", 2.2, 2.4), ("this", 2.4, 2.6), ("report", 2.7, 3.1)])
    later = _done([("in", 3.5, 3.7), ("March.", 3.7, 4.2)])  # settled after the revision began
    heard = _done(
        [
            ("I", 2.1, 2.2),
            ("noticed", 2.2, 2.5),
            ("the", 2.5, 2.6),
            ("report", 2.7, 3.1),
            ("in", 3.5, 3.7),  # after the revision's cut: not its to change
        ]
    )
    options = StreamOptions(tidy_each_decode=False)
    stream = IncrementalStream(decoder=None, options=options)  # type: ignore[arg-type]
    stream._settled = [_segment(f.result().segments[0].words) for f in (early, later)]
    stream._revision = _Revision(cut=round(3.3 * RATE), segments=1, future=heard)
    stream._collect_revision()
    assert stream.settled_text == "I noticed the report in March."
    assert stream.revised == 1 and stream._revision is None

    looped = _done([("I", 0.1, 0.2), ("know", 0.2, 0.4)] * 4)  # a loop: not taken
    stream._revision = _Revision(cut=round(3.3 * RATE), segments=1, future=looped)
    stream._collect_revision()
    assert stream.settled_text == "I noticed the report in March." and stream.revised == 1


def test_the_revision_is_due_once_the_turn_has_eleven_seconds_since_its_first_speech() -> None:
    from roleplay.domain.session import Word
    from roleplay.speech._segments import _segment

    stream = IncrementalStream(decoder=None)  # type: ignore[arg-type]
    frame = np.zeros(512, dtype=np.float32)
    for _ in range(56):  # the key held ~1.8 s before speaking
        stream.feed(frame, 0.05)
    assert stream._first_speech is None
    stream.feed(frame, 0.9)
    assert stream._first_speech == 56 * 512  # where the first voiced frame starts
    stream._settled = [_segment((Word(text="What", start=1.9, end=2.1),))]
    stream._total = stream._first_speech + round(10.9 * RATE)  # 12.7 s of audio
    assert not stream._revision_due()
    stream._total = stream._first_speech + round(11.0 * RATE)
    assert stream._revision_due()
    stream._settled = []
    assert not stream._revision_due()  # nothing settled: nothing to revise
    stream._settled = [_segment((Word(text="What", start=1.9, end=2.1),))]
    stream.revisions = 1
    assert not stream._revision_due()  # once a turn
    assert not IncrementalStream(
        decoder=None,  # type: ignore[arg-type]
        options=StreamOptions(revise_at_s=None),
    )._revision_due()
