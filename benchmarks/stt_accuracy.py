"""Word error rate and real-time factor of speech-to-text, on human speech and on manager-style
utterances synthesised with espeak-ng, reported separately.

Each clip is decoded two ways with the same model and decoding options: plain faster-whisper
``transcribe()`` (30 s window) and our windowed decode (``transcribe_fast``: encoder window sized
to the clip). Real-time factor = decoding time / audio length (lower is faster). Also reports
model load time and peak RSS with the model loaded.

Usage: python benchmarks/stt_accuracy.py [--models tiny.en,base] [--shared DIR] [--reps 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _speech_common import (
    Utterance,
    emit_json,
    human_utterances,
    median,
    peak_rss_mb,
    print_table,
    shared_speech_dir,
    synthetic_lines,
    synthetic_of_length,
    wer,
    word_errors,
)
from roleplay.speech.whisper import WhisperSettings, WhisperSpeechToText


def evaluate(stt: WhisperSpeechToText, clips: list[Utterance], reps: int) -> dict[str, float]:
    plain_pairs, fast_pairs = [], []
    plain_time = fast_time = audio_time = 0.0
    rows = []
    for clip in clips:
        p_t, f_t = [], []
        for _ in range(reps):
            started = time.perf_counter()
            p = stt.transcribe(clip.audio)
            p_t.append(time.perf_counter() - started)
            started = time.perf_counter()
            f = stt.transcribe_fast(clip.audio)
            f_t.append(time.perf_counter() - started)
        plain_pairs.append((clip.reference, p.text))
        fast_pairs.append((clip.reference, f.text))
        plain_time += median(p_t)
        fast_time += median(f_t)
        audio_time += clip.seconds
        rows.append((clip.name, f"{clip.seconds:.1f}", word_errors(clip.reference, p.text)[0],
                     word_errors(clip.reference, f.text)[0], f"{median(p_t) / clip.seconds:.3f}",
                     f"{median(f_t) / clip.seconds:.3f}", f.text[:60]))
    print_table(["clip", "s", "err plain", "err ours", "RTF plain", "RTF ours",
                 "ours heard"], rows)
    return {
        "wer_plain": round(wer(plain_pairs), 4), "wer_windowed": round(wer(fast_pairs), 4),
        "rtf_plain": round(plain_time / audio_time, 4),
        "rtf_windowed": round(fast_time / audio_time, 4),
        "clips": len(clips), "audio_s": round(audio_time, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", default="tiny.en", help="comma-separated model names")
    parser.add_argument("--shared", help="the shared/speech folder")
    parser.add_argument("--reps", type=int, default=3, help="timing repetitions per clip")
    args = parser.parse_args()

    human = human_utterances(shared_speech_dir(args.shared))
    synthetic = synthetic_lines() + [synthetic_of_length(t) for t in (5.0, 10.0, 15.0)]
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as cache:
        for name in args.models.split(","):
            rss_before = peak_rss_mb()
            stt = WhisperSpeechToText(WhisperSettings(model=name, cache_dir=Path(cache)))
            stt.wait_ready()
            print(f"\n== {stt.name}: loaded in {stt.load_seconds:.2f} s, peak RSS "
                  f"{peak_rss_mb():.0f} MB (process before loading: {rss_before:.0f} MB)")
            print("\nHuman speech (shared/speech):")
            h = evaluate(stt, human, args.reps)
            print("\nManager-style utterances (espeak-ng):")
            s = evaluate(stt, synthetic, args.reps)
            summary = [("human", h["clips"], h["wer_plain"], h["wer_windowed"], h["rtf_plain"],
                        h["rtf_windowed"]),
                       ("synthetic", s["clips"], s["wer_plain"], s["wer_windowed"],
                        s["rtf_plain"], s["rtf_windowed"])]
            print(f"\nSummary for {name}:")
            print_table(["set", "clips", "WER plain", "WER ours", "RTF plain", "RTF ours"],
                        summary)
            results[name] = {"human": h, "synthetic": s,
                             "load_s": round(stt.load_seconds or 0.0, 3),
                             "peak_rss_mb": round(peak_rss_mb())}
            stt.close()
    emit_json(results)


if __name__ == "__main__":
    main()
