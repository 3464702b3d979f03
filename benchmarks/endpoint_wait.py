"""Hands-free end of turn: how long after the speech ends the turn is over, and false cut-ins.

Each utterance (the synthetic set: several manager sentences with espeak-ng's pauses between
them; the human clips in shared/speech, with the speaker's own pauses) is followed by 1.5 s of
silence and played in real time through the real listener in hands-free mode, twice: with the
adaptive wait (roleplay.speech.endpoint: sooner after a complete sentence or question decoded in
the pause, longer after "and"/a filler) and with the fixed 0.7 s wait. Measured:

- wait: end of speech -> the VAD's end-of-turn decision (median)
- false cut-in: the turn was ended before the speech was over (the rest would be lost)

Usage: python benchmarks/endpoint_wait.py [--shared DIR] [--quick]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _speech_common import (
    Utterance,
    emit_json,
    human_utterances,
    median,
    print_table,
    shared_speech_dir,
    synthetic_of_length,
)
from roleplay.speech.audio import Samples
from roleplay.speech.listen import ListenOptions, TurnListener
from roleplay.speech.vad import FRAME_S
from roleplay.speech.whisper import WhisperSpeechToText
from stt_latency import TimedSource

RATE = 16_000


def speech_end_s(audio: np.ndarray) -> float:
    """Where the last loud 10 ms frame ends: the end of speech."""
    frame = 160
    n = audio.size // frame
    energy = np.sqrt(np.mean(audio[: n * frame].reshape(n, frame) ** 2, axis=1))
    loud = np.flatnonzero(energy > 0.01)
    return float((loud[-1] + 1) * frame / RATE) if loud.size else 0.0


class PositionListener(TurnListener):
    """Records how far into the audio (seconds) hands-free detection ended the turn."""

    decided_s: float | None = None

    def _consume(self, block: Samples, *rest: Any) -> bool:
        over = super()._consume(block, *rest)
        if over and self.decided_s is None:
            self.decided_s = self._frames_seen * FRAME_S
        return over


def one(stt: WhisperSpeechToText, u: Utterance, adaptive: bool) -> tuple[float, bool]:
    """(wait after the end of speech, cut in before it)."""
    padded = np.concatenate([u.audio, np.zeros(int(1.5 * RATE), dtype=np.float32)])
    source = TimedSource(padded, realtime=True)
    listener = PositionListener(source, stt, ListenOptions(hands_free=True, silence_s=0.7))
    listener.detector.adaptive = adaptive
    listener.run()
    if listener.decided_s is None:
        return float("nan"), False
    decided = listener.decided_s
    end = speech_end_s(u.audio)
    return decided - end, decided < end


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", help="the shared/speech folder")
    parser.add_argument("--quick", action="store_true", help="fewer synthetic utterances")
    args = parser.parse_args()
    stt = WhisperSpeechToText()
    stt.start_loading()
    stt.wait_ready()
    offsets = (0, 8) if args.quick else (0, 4, 8, 12)
    sets = {
        "synthetic": [synthetic_of_length(t, o) for t in (5.0, 10.0, 15.0) for o in offsets],
        "human": human_utterances(shared_speech_dir(args.shared)),
    }
    rows: list[tuple[object, ...]] = []
    out: dict[str, object] = {}
    for name, utterances in sets.items():
        for adaptive in (True, False):
            results = [one(stt, u, adaptive) for u in utterances]
            waits = [w for w, cut in results if not cut and w == w]
            cuts = sum(cut for _, cut in results)
            label = "adaptive" if adaptive else "fixed 0.7 s"
            key = f"{name}_{'adaptive' if adaptive else 'fixed'}"
            out[f"{key}_wait_median_s"] = round(median(waits), 3) if waits else None
            out[f"{key}_false_cut_ins"] = cuts
            rows.append((name, label, len(utterances),
                         f"{median(waits):.3f}" if waits else "-", cuts))
    stt.close()
    print("Hands-free end of turn (seconds from the end of speech to the VAD's decision):")
    print_table(["set", "wait", "utterances", "median wait", "false cut-ins"], rows)
    emit_json(out)


if __name__ == "__main__":
    main()
