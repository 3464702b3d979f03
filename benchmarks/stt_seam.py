"""Words and fillers after a seam: the incremental decoder against plain faster-whisper, machine
speed left out.

Each utterance is fed frame by frame through ``IncrementalStream`` with the real Silero VAD and
every decode awaited (so the same decodes happen on a loaded or a quiet machine), then finished
as at a push-to-talk release; plain faster-whisper (``transcribe_plain``) decodes the same audio
once. Sets: the 20 synthetic utterances of stt_latency (1.7-29.8 s), the 4 human clips of
shared/speech, and long espeak-ng turns with known fillers (one with fillers only after its
first 9 s, where a decode after a cut has to keep them).

Per set: word errors, WER, fillers counted against fillers spoken, and the decodes made. The
prompt rules for decodes after a cut that this benchmark compared (and that were not kept) are
listed in docs/speech.md.

Usage: python benchmarks/stt_seam.py [--sets synthetic,human,fillers] [--shared DIR] [--diffs]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _speech_common import (
    MANAGER_LINES,
    RATE,
    Utterance,
    emit_json,
    espeak,
    human_utterances,
    print_table,
    shared_speech_dir,
    synthetic_of_length,
    trim,
    word_errors,
)
from roleplay.scoring._text import FILLERS, words
from roleplay.speech.audio import Samples
from roleplay.speech.incremental import IncrementalStream
from roleplay.speech.vad import Framer, SileroVad
from roleplay.speech.whisper import WhisperSettings, WhisperSpeechToText

LENGTHS = (2.0, 5.0, 10.0, 15.0, 30.0)
FILLER_LINES = (
    "Um, I wanted to talk about the deadline.",
    "So, uh, what happened on Tuesday?",
    "I think, um, we should, uh, agree on a plan.",
    "Uh, um, can you walk me through it?",
    "Well, um, the report was late, and uh, the client noticed.",
)


def filler_turns() -> list[Utterance]:
    """Long turns with known fillers, sentences 0.5 s apart (espeak-ng, one call per line)."""

    def joined(name: str, lines: list[str]) -> Utterance:
        gap = np.zeros(RATE // 2, dtype=np.float32)
        audio = np.concatenate([x for line in lines for x in (trim(espeak(line)), gap)][:-1])
        return Utterance(name, audio, " ".join(lines), "fillers")

    fluent = list(MANAGER_LINES[1:4])
    return [
        joined("fillers_throughout", list(FILLER_LINES)),
        joined("fillers_after_9s", [*fluent, *FILLER_LINES[1:4]]),
        joined("fillers_mixed", [FILLER_LINES[0], *fluent, FILLER_LINES[4]]),
    ]


def synthetic_set() -> list[Utterance]:
    """stt_latency's accuracy pool: 20 utterances of ~2 to ~30 s."""
    return [synthetic_of_length(t, off) for t in LENGTHS for off in (0, 4, 8, 12)]


def fillers_in(text: str) -> int:
    """The fillers the scorer counts as single words ("um", "uh", ...)."""
    return sum(w in FILLERS for w in words(text))


def live(stt: WhisperSpeechToText, audio: Samples) -> tuple[str, int]:
    """The turn through the incremental decoder, each decode awaited; released at the end."""
    stream = IncrementalStream(stt, push_to_talk=True)
    vad, framer = SileroVad(), Framer()
    for frame in framer.push(audio):
        stream.feed(frame, vad(frame))
        for decode in (stream._pending, stream._speculation and stream._speculation.decode):
            if decode is not None:
                decode.future.exception()  # wait: the same decodes on any machine
    return stream.finish().text, stream.decodes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", help="the shared/speech folder")
    parser.add_argument("--sets", default="synthetic,human,fillers")
    parser.add_argument("--diffs", action="store_true", help="print each text that differs")
    args = parser.parse_args()

    stt = WhisperSpeechToText(WhisperSettings())
    stt.wait_ready()
    every = {
        "synthetic": synthetic_set,
        "human": lambda: human_utterances(shared_speech_dir(args.shared)),
        "fillers": filler_turns,
    }
    sets = {name: every[name]() for name in args.sets.split(",")}
    for utterances in sets.values():  # names unique within a set (stt_latency's repeat)
        for i, u in enumerate(utterances):
            utterances[i] = Utterance(f"{u.name}#{i}", u.audio, u.reference, u.kind)
    plain = {u.name: stt.transcribe_plain(u.audio).text for us in sets.values() for u in us}
    ours: dict[str, dict[str, float]] = {}
    for name, utterances in sets.items():
        errors = total = spoken = counted = decodes = 0
        for u in utterances:
            text, n = live(stt, u.audio)
            e, w = word_errors(u.reference, text)
            errors, total, decodes = errors + e, total + w, decodes + n
            spoken += fillers_in(u.reference)
            counted += fillers_in(text)
            if args.diffs and e:
                print(
                    f"  {u.name} ({u.seconds:.1f} s): {e} errors\n"
                    f"    ref:   {u.reference}\n    ours:  {text}\n"
                    f"    plain: {plain[u.name]}"
                )
        ours[name] = {
            "errors": errors,
            "words": total,
            "wer": round(errors / total, 4),
            "fillers_spoken": spoken,
            "fillers_counted": counted,
            "decodes": decodes,
        }
    base: dict[str, dict[str, float]] = {}
    for name, utterances in sets.items():
        errors = sum(word_errors(u.reference, plain[u.name])[0] for u in utterances)
        base[name] = {
            "errors": errors,
            "wer": round(errors / ours[name]["words"], 4),
            "fillers_counted": sum(fillers_in(plain[u.name]) for u in utterances),
        }
    rows = []
    for name in sets:
        o, p = ours[name], base[name]
        rows.append(
            (
                name,
                int(o["words"]),
                f"{int(o['errors'])} ({o['wer']:.3f})",
                f"{int(p['errors'])} ({p['wer']:.3f})",
                f"{100 * (o['wer'] - p['wer']):+.1f}",
                f"{int(o['fillers_counted'])} / {int(p['fillers_counted'])} of "
                f"{int(o['fillers_spoken'])}",
                int(o["decodes"]),
            )
        )
    print(
        "\nWord errors (WER) through the incremental decoder, each decode awaited, and plain "
        "faster-whisper on the same audio:"
    )
    print_table(
        ["set", "words", "ours", "plain", "points", "fillers ours / plain of spoken", "decodes"],
        rows,
    )
    emit_json({"ours": ours, "plain": base})
    stt.close()


if __name__ == "__main__":
    main()
