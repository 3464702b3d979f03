"""The incremental decoder's commit rule (pure): words two decodes agree on are settled only
where the voice detector shows a pause after them, never at the trailing edge."""

from __future__ import annotations

from roleplay.domain.session import Word
from roleplay.speech.agreement import (
    CommitRule,
    Frame,
    agreed_prefix,
    choose_commit,
    forced_commit,
    pause_between,
    revised,
)

FRAME = 0.032


def words(*spec: tuple[str, float, float]) -> tuple[Word, ...]:
    return tuple(Word(text=t, start=a, end=b) for t, a, b in spec)


def frames(until: float, pauses: list[tuple[float, float]]) -> list[Frame]:
    """Speech everywhere except the given (start, end) pauses."""
    out, t = [], 0.0
    while t < until:
        quiet = any(a <= t + FRAME / 2 < b for a, b in pauses)
        out.append(Frame(t, t + FRAME, 0.05 if quiet else 0.95))
        t += FRAME
    return out


SENTENCES = words(
    ("What", 0.0, 0.3),
    ("have", 0.3, 0.5),
    ("you", 0.5, 0.7),
    ("tried", 0.7, 1.0),
    ("so", 1.0, 1.3),
    ("far?", 1.3, 1.9),
    ("I", 2.1, 2.2),
    ("noticed", 2.2, 2.6),
    ("the", 2.6, 2.7),
    ("report", 2.7, 3.1),
)


def test_agreement_ignores_case_and_punctuation_and_stops_at_the_first_difference() -> None:
    a = words(("What", 0, 1), ("have", 1, 2), ("you", 2, 3), ("tried?", 3, 4))
    b = words(("what", 0, 1), ("have", 1, 2), ("you", 2, 3), ("tried", 3, 4), ("so", 4, 5))
    c = words(("what", 0, 1), ("half", 1, 2), ("you", 2, 3))
    assert agreed_prefix(a, b) == 4
    assert agreed_prefix(b, c) == 1
    assert agreed_prefix((), b) == 0


def test_settles_at_the_sentence_pause_both_decodes_agree_on() -> None:
    previous = SENTENCES[:9]  # the earlier decode, of less audio
    audio = frames(3.6, [(1.7, 2.05)])
    commit = choose_commit(previous, SENTENCES, audio, start_s=0.0, end_s=3.6)
    assert commit is not None
    assert commit.count == 6  # "... so far?" settled; "I noticed" agreed after it, no pause
    assert 1.7 <= commit.cut_s <= 2.05  # inside the pause


def test_nothing_settles_without_a_pause_between_words() -> None:
    audio = frames(3.6, [])  # unbroken speech: any cut would split a word
    assert choose_commit(SENTENCES, SENTENCES, audio, start_s=0.0, end_s=3.6) is None


def test_nothing_settles_when_the_decodes_disagree_early() -> None:
    other = words(("Why", 0.0, 0.3), *[(w.text, w.start, w.end) for w in SENTENCES[1:]])
    audio = frames(3.6, [(1.7, 2.05)])
    assert choose_commit(other, SENTENCES, audio, start_s=0.0, end_s=3.6) is None


def test_a_pause_at_the_trailing_edge_is_not_a_cut() -> None:
    # the speaker has just stopped: the pause may be mid-word, so it is left unsettled
    head = SENTENCES[:6]
    audio = frames(2.1, [(1.7, 2.1)])
    assert (
        choose_commit(head, head, audio, start_s=0.0, end_s=2.1, rule=CommitRule(min_tail_s=0.4))
        is None
    )


def test_too_little_to_settle_is_left_alone() -> None:
    short = words(("Right.", 0.0, 0.4), ("So", 0.6, 0.8), ("what", 0.8, 1.0), ("now", 1.0, 1.4))
    audio = frames(2.5, [(0.4, 0.6)])
    assert (
        choose_commit(
            short, short, audio, start_s=0.0, end_s=2.5, rule=CommitRule(min_commit_s=1.0)
        )
        is None
    )


def test_times_are_in_the_turn_not_in_the_decoded_window() -> None:
    later = tuple(
        w.model_copy(update={"start": w.start + 10, "end": w.end + 10}) for w in SENTENCES
    )
    audio = [Frame(f.start + 10, f.end + 10, f.prob) for f in frames(3.6, [(1.7, 2.05)])]
    commit = choose_commit(later[:8], later, audio, start_s=10.0, end_s=13.6)
    assert commit is not None and commit.count == 6 and 11.7 <= commit.cut_s <= 12.05


def test_pause_between_returns_the_middle_of_the_quiet_stretch() -> None:
    audio = frames(3.0, [(1.0, 1.5)])
    cut = pause_between(audio, 1.1, 1.2, quiet=0.3)
    assert cut is not None and 1.2 <= cut <= 1.3
    assert pause_between(audio, 0.2, 0.8, quiet=0.3) is None


def test_forced_commit_cuts_at_the_quietest_boundary_and_keeps_the_last_words_open() -> None:
    audio = frames(3.6, [(1.9, 2.1)])
    commit = forced_commit(SENTENCES, audio, start_s=0.0, end_s=3.6)
    assert commit is not None
    assert commit.count == 6
    assert commit.count <= len(SENTENCES) - 2


def test_a_continued_decode_drops_the_forced_words_or_what_lies_before_the_cut() -> None:
    from concurrent.futures import Future

    from roleplay.ports.speech import Transcription, TranscriptSegment
    from roleplay.speech._segments import _continued, _Decode

    def seg(*items: tuple[str, float, float]) -> TranscriptSegment:
        ws = tuple(Word(text=t, start=a, end=b) for t, a, b in items)
        return TranscriptSegment(
            start=ws[0].start, end=ws[-1].end, text=" ".join(w.text for w in ws), words=ws
        )

    result = Transcription(
        text="",
        segments=(
            seg(("the", 0.1, 0.3), ("plan.", 0.3, 0.8), ("What", 1.2, 1.4), ("now?", 1.4, 1.8)),
        ),
    )
    future: Future[Transcription] = Future()
    # audio from 4.0 s in the turn; the cut at 5.0 s; "the plan." was forced as the prefix
    out = _continued(result, _Decode(80_000, 96_000, future, 64_000, "The plan."))
    assert [(w.text, w.start) for s in out for w in s.words] == [("What", 5.2), ("now?", 5.4)]
    # split differently from the prefix ("the plan" vs "theplan"): keep what ends after the cut
    out = _continued(result, _Decode(80_000, 96_000, future, 64_000, "theplan"))
    assert [w.text for s in out for w in s.words] == ["What", "now?"]
    # nothing forced: everything, shifted to turn time
    out = _continued(result, _Decode(64_000, 96_000, future, 64_000))
    assert [w.start for s in out for w in s.words] == [4.1, 4.3, 5.2, 5.4]


def test_a_decode_that_loops_at_the_end_loses_the_copy() -> None:
    from roleplay.speech._segments import _without_loop

    def ws(text: str) -> list[Word]:
        return [Word(text=t, start=i * 0.3, end=i * 0.3 + 0.2) for i, t in enumerate(text.split())]

    looped = ws("Can you help? I want to make sure you have it. I want to make sure you have it.")
    assert (
        " ".join(w.text for w in _without_loop(looped))
        == "Can you help? I want to make sure you have it."
    )
    twice = ws("so we agree. No no no no no no no no")
    assert " ".join(w.text for w in _without_loop(twice)) == "so we agree. No no no no"
    kept = ws("very very good, and that is that")  # short repeats are speech
    assert _without_loop(kept) == kept
    partial = ws(
        "on the left. The horizon seems extremely distant. The horizon seems extremely distant."
        " The horizon seems"
    )
    assert (
        " ".join(w.text for w in _without_loop(partial))
        == "on the left. The horizon seems extremely distant."
    )
    said = ws("we agreed on the plan. The plan")  # less than a whole copy: speech
    assert _without_loop(said) == said


def test_a_word_is_settled_only_with_agreed_words_after_it() -> None:
    # "far?" is the last word both decodes agree on: it was heard with the audio cut just after
    # it, so it stays open until two agreed words follow it
    audio = frames(3.6, [(1.7, 2.05)])
    for agreed in (6, 7):  # "far?" alone, then "far? I"
        assert choose_commit(SENTENCES[:agreed], SENTENCES, audio, start_s=0.0, end_s=3.6) is None
    commit = choose_commit(SENTENCES[:8], SENTENCES, audio, start_s=0.0, end_s=3.6)
    assert commit is not None and commit.count == 6
    bare = choose_commit(
        SENTENCES[:6], SENTENCES, audio, start_s=0.0, end_s=3.6, rule=CommitRule(min_agreed_after=0)
    )
    assert bare is not None and bare.count == 6  # the rule before the eleventh pass


def test_the_cut_does_not_fall_before_a_settled_word_timed_too_early() -> None:
    # a long pause, and the model timed "He" from 11.44 s though the voice starts at 11.7 s:
    # the middle of the pause (~11.1 s) lies before "He", so "He" is not settled there
    spoken = words(
        ("your", 9.9, 10.24),
        ("country.", 10.24, 10.76),
        ("He", 11.44, 11.82),
        ("began", 11.82, 12.1),
        ("a", 12.1, 12.3),
        ("confused", 12.3, 12.9),
        ("complaint", 12.9, 13.6),
    )
    audio = [f for f in frames(14.0, [(10.5, 11.7), (11.8, 11.85)]) if f.start >= 9.0]
    loose = choose_commit(
        spoken, spoken, audio, start_s=9.0, end_s=14.0, rule=CommitRule(cut_within=False)
    )
    assert loose is not None and loose.count == 3 and loose.cut_s < 11.44  # the rule before
    commit = choose_commit(spoken, spoken, audio, start_s=9.0, end_s=14.0)
    assert commit is not None
    assert commit.count == 2 and 10.5 <= commit.cut_s <= 11.7


def test_the_release_splice_asks_for_no_agreed_words_after_its_cut() -> None:
    # the splice keeps one guess's words up to its last clean pause: a guess agrees with itself,
    # so the settling rule's agreed words after the cut would only lengthen the release's tail
    from roleplay.speech._segments import _Hypothesis, _segment
    from roleplay.speech.incremental import IncrementalStream

    stream = IncrementalStream(decoder=None)  # type: ignore[arg-type]  # no decode is made
    assert stream.options.rule.min_agreed_after == 2
    stream._frames = frames(2.8, [(1.7, 2.05)])
    stream._hypothesis = _Hypothesis(0, round(2.8 * 16_000), (_segment(SENTENCES[:7]),))
    commit = stream._splice_commit()
    assert commit is not None and commit.count == 6 and 1.7 <= commit.cut_s <= 2.05


HEARD_EARLY = words(  # settled from decodes of the first ~6 s: "noticed the" heard wrong
    *[(w.text, w.start, w.end) for w in SENTENCES[:7]],
    ("know", 2.2, 2.4),
    ("this", 2.4, 2.6),
    ("report", 2.7, 3.1),
)
HEARD_LATER = words(  # the turn decoded again from its start with 12 s of audio
    *[(w.text, w.start, w.end) for w in SENTENCES],
    ("was", 3.3, 3.5),  # after the cut (3.2 s): not the revision's to change
)


def test_a_longer_decode_replaces_the_settled_words_before_the_cut() -> None:
    out = revised(HEARD_EARLY, HEARD_LATER, cut_s=3.2)
    assert out is not None
    assert [w.text for w in out] == [w.text for w in SENTENCES]


def test_a_revision_that_stops_early_or_changes_the_word_count_is_not_taken() -> None:
    stopped = HEARD_LATER[:6]  # ends at 1.9 s, the settled words at 3.1 s
    assert revised(HEARD_EARLY, stopped, cut_s=3.2) is None
    assert revised(HEARD_EARLY, stopped, cut_s=3.2, end_slack_s=1.5) is None  # 4 words fewer
    assert revised(HEARD_EARLY, (), cut_s=3.2) is None
    assert revised((), HEARD_LATER, cut_s=3.2) is None
