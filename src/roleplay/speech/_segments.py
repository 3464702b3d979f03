"""A decode's words in turn time: the settled words it was forced to start with dropped, a loop in
the silence after the last word cut off. Pure functions for ``roleplay.speech.incremental``."""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass

from roleplay.domain.session import Word
from roleplay.ports.speech import SAMPLE_RATE, Transcription, TranscriptSegment
from roleplay.speech.agreement import norm


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
    sentence said again at the end, every word of the copy at the same instant), also when the
    decode stopped partway into a further copy ("... distant. The horizon seems extremely
    distant. The horizon seems", eleventh pass): whatever follows the first copy and repeats,
    word for word, the ``n`` words before it goes, once at least one whole copy does."""
    keys = [norm(w.text) for w in words]
    n = len(keys) // 2
    while n >= shortest:
        run = 0  # words at the end, each the same as the word n before it
        while run < len(keys) - n and keys[-1 - run] == keys[-1 - run - n]:
            run += 1
        if run >= n:
            keys, words = keys[:-run], words[:-run]
            n = len(keys) // 2
        else:
            n -= 1
    return words


def _spoken(
    segments: tuple[TranscriptSegment, ...], offset: float
) -> tuple[TranscriptSegment, ...]:
    """The segments with words in them, moved to turn time (a lone "." is Whisper hearing a
    breath at a cut)."""
    return tuple(_shift(s, offset) for s in segments if any(c.isalnum() for c in s.text))


def _segment(words: tuple[Word, ...]) -> TranscriptSegment:
    return TranscriptSegment(
        start=words[0].start, end=words[-1].end, text=" ".join(w.text for w in words), words=words
    )


def _shift(segment: TranscriptSegment, offset: float) -> TranscriptSegment:
    def w(word: Word) -> Word:
        return word.model_copy(
            update={"start": round(word.start + offset, 3), "end": round(word.end + offset, 3)}
        )

    return TranscriptSegment(
        start=round(segment.start + offset, 3),
        end=round(segment.end + offset, 3),
        text=segment.text,
        words=tuple(w(x) for x in segment.words),
    )
