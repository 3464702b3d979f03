"""End of speech to final text: our live pipeline vs a plain faster-whisper transcribe() call.

For utterances of about 2, 5, 10, 15 and 30 s (manager-style sentences spoken by espeak-ng,
trimmed so the audio ends where the speech ends), the audio is played in real time through the
real capture path (WavFileSource -> Capture.callback -> TurnListener: Silero VAD, the incremental
decoder settling words while the turn is spoken, windowed encoder). The clock starts when the
last block has been delivered (the push-to-talk key is released right as the speech ends: the
worst case) and stops when the final text is returned. ``--release-after S`` lets the key go S
seconds after the speech instead (a real speaker's release comes a few hundred ms late); the
clock then starts at that release. In the same run, the same audio goes
through plain ``transcribe()`` (30 s window, no prompt: faster-whisper as shipped). Median of
``--reps`` runs each.

Hands-free is timed too: the clock starts when the VAD decides the turn is over, which the
decode made during the pause usually beats.

WER compares the texts of the timed runs with the references; a wider accuracy set (20
synthetic utterances and the human clips in shared/speech) is run once each way.

Usage: python benchmarks/stt_latency.py [--reps 3] [--shared DIR] [--quick] [--release-after S]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _speech_common import (
    Utterance,
    emit_json,
    human_utterances,
    median,
    peak_rss_mb,
    print_table,
    shared_speech_dir,
    stream_options,
    synthetic_of_length,
    wer,
    word_errors,
)
from roleplay.ports.speech import AudioSink, CapturedUtterance
from roleplay.speech.audio import Samples
from roleplay.speech.incremental import IncrementalStream
from roleplay.speech.listen import ListenOptions, TurnListener
from roleplay.speech.sources import WavFileSource
from roleplay.speech.vad import Framer
from roleplay.speech.whisper import WhisperSettings, WhisperSpeechToText

LENGTHS = (2.0, 5.0, 10.0, 15.0, 30.0)


class _TimedSink:
    def __init__(self, inner: AudioSink) -> None:
        self.inner = inner
        self.ended_at: float | None = None

    def callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        self.inner.callback(indata, frames, time_info, status)

    def end(self, error: Any = None) -> None:
        self.ended_at = time.perf_counter()
        self.inner.end(error)


class TimedSource(WavFileSource):
    """Records when the last block was delivered (= the key is released)."""

    sink: _TimedSink | None = None

    def start(self, sink: AudioSink) -> None:
        self.sink = _TimedSink(sink)
        super().start(self.sink)


class TimedListener(TurnListener):
    """Records when hands-free detection ended the turn."""

    decided_at: float | None = None

    def _consume(
        self, block: Samples, vad: Any, stream: Any, framer: Framer, kept: list[Samples]
    ) -> bool:
        over = super()._consume(block, vad, stream, framer, kept)
        if over and self.decided_at is None:
            self.decided_at = time.perf_counter()
        return over


RELEASES: list[tuple[float, float, int, bool]] = []  # speech s, tail s, in flight, from the pause
RELEASE_AFTER = [0.0]  # seconds of silence between the last word and the key's release


def push_to_talk(stt: WhisperSpeechToText, audio: Samples) -> tuple[float, CapturedUtterance]:
    if RELEASE_AFTER[0] > 0:
        silence = np.zeros(round(RELEASE_AFTER[0] * 16_000), dtype=np.float32)
        audio = np.concatenate([audio, silence])
    source = TimedSource(audio, realtime=True)
    listener = TurnListener(source, stt, ListenOptions(hands_free=False))
    result = listener.run()
    done = time.perf_counter()
    assert source.sink is not None and source.sink.ended_at is not None
    stream = listener._stream  # what was left at the release, for the table
    if isinstance(stream, IncrementalStream):
        RELEASES.append(
            (audio.size / 16_000, stream.tail_s or 0.0, stream.abandoned, stream.speculation_used)
        )
    return done - source.sink.ended_at, result


def hands_free(stt: WhisperSpeechToText, audio: Samples) -> tuple[float, CapturedUtterance]:
    padded = np.concatenate([audio, np.zeros(24_000, dtype=np.float32)])  # 1.5 s of silence
    listener = TimedListener(
        TimedSource(padded, realtime=True), stt, ListenOptions(hands_free=True, silence_s=0.7)
    )
    result = listener.run()
    done = time.perf_counter()
    if listener.decided_at is None:  # the VAD never ended it: count from the end of the audio
        return float("nan"), result
    return done - listener.decided_at, result


def baseline(mmap_threshold: int = WhisperSettings.malloc_mmap_threshold) -> WhisperSpeechToText:
    """Plain faster-whisper as it was measured before issue 16's lanes: int8, one worker with
    2 threads (the machine's cores), so the baseline is not slowed by our 1-thread lanes. The
    heap settings are the process's, so it is given ours."""
    plain_stt = WhisperSpeechToText(
        WhisperSettings(cpu_threads=2, workers=1, malloc_mmap_threshold=mmap_threshold)
    )
    plain_stt.wait_ready()
    return plain_stt


def plain(stt: WhisperSpeechToText, audio: Samples) -> tuple[float, str]:
    started = time.perf_counter()
    text = stt.transcribe_plain(audio).text
    return time.perf_counter() - started, text


def accuracy(
    stt: WhisperSpeechToText,
    base_stt: WhisperSpeechToText,
    utterances: list[Utterance],
    diffs: bool = False,
) -> dict[str, float]:
    ours, base = [], []
    for u in utterances:
        _, result = push_to_talk(stt, u.audio)
        ours.append((u.reference, result.text))
        base.append((u.reference, plain(base_stt, u.audio)[1]))
        if diffs and wer(ours[-1:]) != wer(base[-1:]):
            errors = (
                word_errors(u.reference, ours[-1][1])[0],
                word_errors(u.reference, base[-1][1])[0],
            )
            print(
                f"  {u.name} ({u.seconds:.1f} s): errors ours {errors[0]}, plain {errors[1]}\n"
                f"    ref:   {u.reference}\n    ours:  {ours[-1][1]}\n    plain: {base[-1][1]}"
            )
    return {"wer_ours": wer(ours), "wer_plain": wer(base)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--shared", help="the shared/speech folder")
    parser.add_argument("--quick", action="store_true", help="skip the wider accuracy set")
    parser.add_argument(
        "--workers",
        type=int,
        default=WhisperSettings.workers,
        help="our recogniser's model workers (lanes)",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=WhisperSettings.cpu_threads,
        help="our recogniser's threads per worker",
    )
    parser.add_argument(
        "--diffs",
        action="store_true",
        help="print each accuracy-set utterance where ours and plain differ",
    )
    parser.add_argument(
        "--mmap-threshold",
        type=int,
        default=WhisperSettings.malloc_mmap_threshold,
        help="glibc mmap threshold in bytes (0: glibc's moving threshold)",
    )
    parser.add_argument(
        "--no-hands-free", action="store_true", help="time push-to-talk only (shorter A/B runs)"
    )
    parser.add_argument(
        "--release-after",
        type=float,
        default=0.0,
        help="push-to-talk: release the key this long after the last word",
    )
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        help="a StreamOptions field changed, name=value (rule.name for the CommitRule), e.g. "
        "overlap_s=4 or final_in_pause=false; repeat for more",
    )
    args = parser.parse_args()

    stream = stream_options(args.option)
    RELEASE_AFTER[0] = args.release_after
    stt = WhisperSpeechToText(
        WhisperSettings(
            cpu_threads=args.threads,
            workers=args.workers,
            stream=stream,
            malloc_mmap_threshold=args.mmap_threshold,
        )
    )
    stt.start_loading()
    stt.wait_ready()
    base_stt = baseline(args.mmap_threshold)
    print(
        f"model: {stt.name} (int8, {stt.settings.workers} workers x "
        f"{stt.settings.cpu_threads} threads, beam {stt.settings.decode.beam_size}), loaded in "
        f"{stt.load_seconds:.2f} s; plain: 1 worker x {base_stt.settings.cpu_threads} threads"
    )
    pool = [synthetic_of_length(t, off) for t in LENGTHS for off in (0, 4, 8, 12)]
    # Time, for each target length, the utterance closest to it.
    timed = [min(pool, key=lambda u, t=t: abs(u.seconds - t)) for t in LENGTHS]

    rows, ours_med, plain_med, free_med = [], [], [], []
    ours_pairs, plain_pairs = [], []
    for u in timed:
        ours_t, plain_t, free_t = [], [], []
        RELEASES.clear()
        for _ in range(args.reps):
            latency, result = push_to_talk(stt, u.audio)
            ours_t.append(latency)
            ours_pairs.append((u.reference, result.text))
            seconds, text = plain(base_stt, u.audio)
            plain_t.append(seconds)
            plain_pairs.append((u.reference, text))
        for _ in range(0 if args.no_hands_free else max(1, args.reps // 2)):
            free_t.append(hands_free(stt, u.audio)[0])
        tails = [
            f"{t:.1f}" + ("*" if busy else "") + ("p" if early else "")
            for _, t, busy, early in RELEASES
        ]
        print(
            f"  {u.seconds:.1f} s: tail decoded at each release {', '.join(tails)} s "
            "(* a guess still in flight on the other lane; p decoded in the pause before)"
        )
        o, p, f = median(ours_t), median(plain_t), median(free_t or [float("nan")])
        ours_med.append(round(o, 3))
        plain_med.append(round(p, 3))
        free_med.append(round(f, 3))
        rows.append(
            (
                f"{u.seconds:.1f}",
                f"{o:.3f}",
                f"{p:.3f}",
                f"{p / o:.1f}x",
                f"{max(ours_t):.3f}",
                f"{f:.3f}",
            )
        )
    print(f"\nEnd of speech to final text, median of {args.reps} (seconds):")
    print_table(
        [
            "utterance s",
            "ours (PTT)",
            "plain transcribe",
            "speed-up",
            "ours worst",
            "ours hands-free*",
        ],
        rows,
    )
    print(
        "* hands-free: from the VAD's end-of-turn decision (0.4-1.26 s of silence, "
        "benchmarks/endpoint_wait.py) to the text"
    )
    w_ours, w_plain = wer(ours_pairs), wer(plain_pairs)
    print(f"\nWER on the timed utterances: ours {w_ours:.3f}, plain {w_plain:.3f}")

    extra: dict[str, float] = {}
    if not args.quick:
        human = human_utterances(shared_speech_dir(args.shared))
        s = accuracy(stt, base_stt, pool, args.diffs)
        h = accuracy(stt, base_stt, human, args.diffs)
        extra = {
            "wer_synthetic_ours": s["wer_ours"],
            "wer_synthetic_plain": s["wer_plain"],
            "wer_human_ours": h["wer_ours"],
            "wer_human_plain": h["wer_plain"],
        }
        print("Wider accuracy set (each utterance once, through the live pipeline):")
        print_table(
            ["set", "utterances", "WER ours", "WER plain"],
            [
                (
                    "synthetic (espeak-ng)",
                    len(pool),
                    f"{s['wer_ours']:.3f}",
                    f"{s['wer_plain']:.3f}",
                ),
                (
                    "human (shared/speech)",
                    len(human),
                    f"{h['wer_ours']:.3f}",
                    f"{h['wer_plain']:.3f}",
                ),
            ],
        )
    print(
        f"windowed results redone with the full window: {stt.fallbacks}; "
        f"peak RSS {peak_rss_mb():.0f} MB"
    )
    stt.close()
    base_stt.close()
    emit_json(
        {
            "utterance_s": [round(u.seconds, 2) for u in timed],
            "ours_median_s": ours_med,
            "plain_median_s": plain_med,
            "wer_ours": round(w_ours, 4),
            "wer_plain": round(w_plain, 4),
            "speedup": [round(p / o, 2) for o, p in zip(ours_med, plain_med, strict=True)],
            "hands_free_median_s": free_med,
            "reps": args.reps,
            "workers": args.workers,
            "threads": args.threads,
            "mmap_threshold": args.mmap_threshold,
            "release_after_s": args.release_after,
            "stream_options": dataclasses.asdict(stream),
            **{k: round(v, 4) for k, v in extra.items()},
        }
    )


if __name__ == "__main__":
    main()
