"""Which words of a growing transcript are settled: the commit rule of the incremental decoder.

While the push-to-talk key is held the turn so far is decoded again and again (each decode a
*hypothesis* of the audio after the last commit). A word is settled when two consecutive
hypotheses agree on it and everything before it (local agreement), and the audio can be cut
cleanly after it: the voice detector shows a pause there, and that pause is not the very end of
what has been heard (the speaker may be mid-word). Settled words are kept; later decodes start at
the cut, so on release only the unsettled tail is left to decode.

Pure functions on words with times (seconds from the start of the turn) and per-frame speech
probabilities: no model, no threads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from roleplay.domain.session import Word

_NOT_WORD = re.compile(r"[^a-z0-9']+")


@dataclass(frozen=True)
class Frame:
    """One voice-detector frame: ``start``..``end`` seconds in the turn, speech probability."""

    start: float
    end: float
    prob: float


@dataclass(frozen=True)
class Commit:
    """Keep ``count`` words of the hypothesis; later audio starts at ``cut_s``."""

    count: int
    cut_s: float


@dataclass(frozen=True)
class CommitRule:
    quiet: float = 0.3  # a frame this unlikely to be speech is a pause
    slack_s: float = 0.15  # word times from a tiny model are this far off, either way
    min_tail_s: float = 0.4  # never cut this close to the end of the decoded audio
    min_commit_s: float = 1.0  # do not bother cutting off less than this
    # Settle a word only if this many agreed words follow it: the last agreed words were heard
    # with the audio cut just after them ("ask" + the start of "not" -> "asked"). Eleventh
    # pass, stt_seam.py over 8 offsets: human 5 errors in 704 words vs 47 with none and 13
    # with one; synthetic over 4 offsets 218 vs 215 in 3116 (plain 187).
    min_agreed_after: int = 2
    # The cut must fall after the kept word's start and before the next word's end: the middle
    # of a long pause before a word the model timed too early ("He" at 11.44 s, spoken at 11.7 s)
    # put the cut before the word's audio while settling the word.
    cut_within: bool = True


def norm(word: str) -> str:
    return _NOT_WORD.sub("", word.lower())


def agreed_prefix(previous: Sequence[Word], current: Sequence[Word]) -> int:
    """How many leading words the two hypotheses share (compared without case or punctuation)."""
    n = 0
    for a, b in zip(previous, current, strict=False):
        if norm(a.text) != norm(b.text):
            break
        n += 1
    return n


def pause_between(
    frames: Sequence[Frame], start_s: float, end_s: float, quiet: float
) -> float | None:
    """The middle of the quiet stretch between ``start_s`` and ``end_s``, or None if the voice
    never drops below ``quiet`` there. The stretch around the quietest frame is used so the cut
    sits inside the pause, leaving a little silence on both sides."""
    inside = [i for i, f in enumerate(frames) if f.end > start_s and f.start < end_s]
    if not inside:
        return None
    best = min(inside, key=lambda i: frames[i].prob)
    if frames[best].prob >= quiet:
        return None
    first = last = best
    while first - 1 >= 0 and frames[first - 1].prob < quiet:
        first -= 1
    while last + 1 < len(frames) and frames[last + 1].prob < quiet:
        last += 1
    return (frames[first].start + frames[last].end) / 2


def choose_commit(
    previous: Sequence[Word],
    current: Sequence[Word],
    frames: Sequence[Frame],
    *,
    start_s: float,
    end_s: float,
    rule: CommitRule | None = None,
) -> Commit | None:
    """The latest clean cut after words both hypotheses agree on, or None.

    ``current`` decodes the audio ``start_s``..``end_s``; ``previous`` is the earlier hypothesis
    of audio from the same ``start_s``. A cut is made after word k only if at least
    ``min_agreed_after`` agreed words follow it, the voice detector finds a pause between word
    k's end and word k+1's start (give or take ``slack_s``) whose middle lies after word k's
    start and before word k+1's end, that pause ends well before ``end_s`` and the kept words
    span at least ``min_commit_s``.
    """
    rule = rule or CommitRule()
    agreed = agreed_prefix(previous, current) - rule.min_agreed_after
    for count in range(agreed, 0, -1):
        last = current[count - 1]
        after = current[count].start if count < len(current) else end_s
        if after > end_s - rule.min_tail_s:
            after = end_s - rule.min_tail_s
        lo, hi = last.end - rule.slack_s, after + rule.slack_s
        if hi <= lo or last.end - start_s < rule.min_commit_s:
            continue
        cut = pause_between(frames, lo, min(hi, end_s - rule.min_tail_s), rule.quiet)
        if cut is None or cut <= start_s:
            continue
        following = current[count].end if count < len(current) else end_s
        if rule.cut_within and not last.start < cut < following:
            continue
        return Commit(count=count, cut_s=cut)
    return None


def forced_commit(
    current: Sequence[Word],
    frames: Sequence[Frame],
    *,
    start_s: float,
    end_s: float,
    rule: CommitRule | None = None,
) -> Commit | None:
    """When hypotheses keep disagreeing and the unsettled audio grows too long: cut at the
    quietest word boundary of the current hypothesis, keeping the last two words unsettled."""
    rule = rule or CommitRule()
    best: tuple[float, Commit] | None = None
    for count in range(1, max(0, len(current) - 2) + 1):
        a = current[count - 1].end
        b = current[count].start
        near = [f for f in frames if f.end > a - rule.slack_s and f.start < b + rule.slack_s]
        if not near or a - start_s < rule.min_commit_s or b > end_s - rule.min_tail_s:
            continue
        quietest = min(near, key=lambda f: f.prob)
        # the quietest frame first, then how quiet the stretch is overall (a real pause)
        score = quietest.prob + sum(f.prob for f in near) / len(near)
        candidate = Commit(count=count, cut_s=max(a, min(b, (quietest.start + quietest.end) / 2)))
        if best is None or score <= best[0]:
            best = (score, candidate)
    return best[1] if best else None


def revised(
    settled: Sequence[Word],
    revision: Sequence[Word],
    *,
    cut_s: float,
    end_slack_s: float = 1.0,
    max_change: float = 0.25,
) -> list[Word] | None:
    """The settled words before the cut as a longer decode of the turn heard them, or None if
    that decode is not clean: it stopped well before the last settled word (``end_slack_s``) or
    its word count differs from the settled one by more than ``max_change`` (at least 2 words).
    ``revision`` decodes the turn from its start; its words whose middle lies after ``cut_s``
    (in a pause: the cut) are not the settled words' to replace."""
    revision = [w for w in revision if (w.start + w.end) / 2 < cut_s]
    if not revision or not settled:
        return None
    if revision[-1].end < settled[-1].end - end_slack_s:
        return None
    if abs(len(revision) - len(settled)) > max(2.0, max_change * len(settled)):
        return None
    return revision
