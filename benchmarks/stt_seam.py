"""Words and fillers after a seam: the incremental decoder against plain faster-whisper, machine
speed left out.

Each utterance is fed frame by frame through ``IncrementalStream`` with the real Silero VAD and
every decode awaited (so the same decodes happen on a loaded or a quiet machine), then finished
as at a push-to-talk release; plain faster-whisper (``transcribe_plain``) decodes the same audio
once. Sets: the 20 synthetic utterances of stt_latency (1.7-29.8 s), the 4 human clips of
shared/speech, and long espeak-ng turns with known fillers (one with fillers only after its
first 9 s, where a decode after a cut has to keep them).

Where the seams fall decides much of the figure (the human set has 88 words and one or two
seams), so each set is run with the turn starting after several lengths of leading silence
(``--offsets``, e.g. human 0, 0.3, ... 2.1 s): the guesses' cadence and the cuts then land at
different words. Plain faster-whisper decodes the same padded audio. Per set and offset: word
errors ours and plain; then the totals over all offsets and the points against plain, beside
the single-position figure (offset 0, the one reported before the ninth pass). Fillers
counted against fillers spoken, and the decodes made.

``--option name=value`` runs the decoder with a ``StreamOptions`` (or ``rule.`` ``CommitRule``)
field changed, to compare a candidate with the shipped one. The rules compared (and those not
kept) are listed in docs/speech.md.

Usage: python benchmarks/stt_seam.py [--sets synthetic,human,fillers] [--shared DIR] [--diffs]
       [--offsets human=0:2.1:0.3,synthetic=0:1.8:0.6,fillers=0] [--option NAME=VALUE ...]
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
    stream_options,
    synthetic_of_length,
    trim,
    word_errors,
)
from roleplay.scoring._text import FILLERS, words
from roleplay.speech.audio import Samples
from roleplay.speech.incremental import IncrementalStream, StreamOptions
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


def live(stt: WhisperSpeechToText, audio: Samples, options: StreamOptions) -> tuple[str, int, int]:
    """The turn through the incremental decoder, each decode awaited; released at the end."""
    stream = IncrementalStream(stt, options, push_to_talk=True)
    vad, framer = SileroVad(), Framer()
    for frame in framer.push(audio):
        stream.feed(frame, vad(frame))
        spec = stream._speculation
        revision = stream._revision
        for future in (
            stream._pending.future if stream._pending is not None else None,
            spec.decode.future if spec is not None else None,
            revision.future if revision is not None else None,
        ):
            if future is not None:
                future.exception()  # wait: the same decodes on any machine
    text = stream.finish().text
    return text, stream.decodes, stream.revised


DEFAULT_OFFSETS = "human=0:2.1:0.3,synthetic=0:1.8:0.6,fillers=0"


def parse_offsets(spec: str) -> dict[str, list[float]]:
    """``set=a:b:step`` or ``set=a;b;c`` per set, comma-separated: seconds of leading silence."""
    out: dict[str, list[float]] = {}
    for part in spec.split(","):
        name, _, values = part.partition("=")
        if values.count(":") == 2:
            a, b, step = (float(x) for x in values.split(":"))
            out[name] = [round(a + k * step, 3) for k in range(round((b - a) / step) + 1)]
        else:
            out[name] = [float(x) for x in values.split(";")]
    return out


def padded(audio: Samples, offset_s: float) -> Samples:
    """The turn after ``offset_s`` of silence (the key pressed that long before speaking)."""
    return np.concatenate([np.zeros(round(offset_s * RATE), dtype=np.float32), audio])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", help="the shared/speech folder")
    parser.add_argument("--sets", default="synthetic,human,fillers")
    parser.add_argument(
        "--offsets",
        default=DEFAULT_OFFSETS,
        help="leading silence per set: set=start:stop:step or set=a;b;c",
    )
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        help="a StreamOptions field changed: name=value (rule.name for CommitRule)",
    )
    parser.add_argument("--diffs", action="store_true", help="print each text that differs")
    args = parser.parse_args()

    options = stream_options(args.option)
    offsets = parse_offsets(args.offsets)
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
    results: dict[str, dict[str, object]] = {}
    rows = []
    for name, utterances in sets.items():
        per_offset = []
        for offset in offsets.get(name, [0.0]):
            o = {
                "offset_s": offset,
                "errors": 0,
                "plain_errors": 0,
                "words": 0,
                "fillers_counted": 0,
                "plain_fillers": 0,
                "fillers_spoken": 0,
                "decodes": 0,
                "revised": 0,
            }
            for u in utterances:
                audio = padded(u.audio, offset)
                text, n, revised = live(stt, audio, options)
                plain = stt.transcribe_plain(audio).text
                e, w = word_errors(u.reference, text)
                pe = word_errors(u.reference, plain)[0]
                o["errors"] += e
                o["plain_errors"] += pe
                o["words"] += w
                o["decodes"] += n
                o["revised"] += revised
                o["fillers_spoken"] += fillers_in(u.reference)
                o["fillers_counted"] += fillers_in(text)
                o["plain_fillers"] += fillers_in(plain)
                if args.diffs and e != pe:
                    print(
                        f"  {name} +{offset:.1f} s {u.name} ({u.seconds:.1f} s): {e} errors "
                        f"(plain {pe})\n    ref:   {u.reference}\n    ours:  {text}\n"
                        f"    plain: {plain}",
                        flush=True,
                    )
            per_offset.append(o)
            print(
                f"  {name} +{offset:.1f} s: ours {o['errors']} plain {o['plain_errors']} "
                f"of {o['words']} words, fillers {o['fillers_counted']} of "
                f"{o['fillers_spoken']}, {o['revised']} turns revised",
                flush=True,
            )
        total = {k: sum(o[k] for o in per_offset) for k in per_offset[0] if k != "offset_s"}
        first = per_offset[0]
        points = 100 * (total["errors"] - total["plain_errors"]) / total["words"]
        first_points = 100 * (first["errors"] - first["plain_errors"]) / first["words"]
        results[name] = {
            "offsets": per_offset,
            "total": total,
            "points": round(points, 2),
            "first_offset": {
                "offset_s": first["offset_s"],
                "errors": first["errors"],
                "plain_errors": first["plain_errors"],
                "words": first["words"],
                "points": round(first_points, 2),
            },
        }
        for o in per_offset:
            rows.append(
                (
                    name,
                    f"+{o['offset_s']:.1f} s",
                    o["words"],
                    o["errors"],
                    o["plain_errors"],
                    f"{100 * (o['errors'] - o['plain_errors']) / o['words']:+.1f}",
                    f"{o['fillers_counted']} / {o['plain_fillers']} of {o['fillers_spoken']}",
                    o["decodes"],
                )
            )
        if len(per_offset) > 1:
            rows.append(
                (
                    name,
                    f"all {len(per_offset)}",
                    total["words"],
                    total["errors"],
                    total["plain_errors"],
                    f"{points:+.1f}",
                    f"{total['fillers_counted']} / {total['plain_fillers']} of "
                    f"{total['fillers_spoken']}",
                    total["decodes"],
                )
            )
    print(
        "\nWord errors through the incremental decoder (each decode awaited) and plain "
        "faster-whisper on the same audio, the turn after each offset of leading silence"
        + (f"; options changed: {', '.join(args.option)}" if args.option else "")
        + ":"
    )
    print_table(
        [
            "set",
            "offset",
            "words",
            "ours",
            "plain",
            "points",
            "fillers ours / plain of spoken",
            "decodes",
        ],
        rows,
    )
    emit_json({"options": args.option, "sets": results})
    stt.close()


if __name__ == "__main__":
    main()
