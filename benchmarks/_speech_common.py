"""Shared helpers for the speech benchmarks: test audio, word error rate, statistics."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from roleplay.speech.audio import Samples, load_audio, read_wav, resample
from roleplay.speech.incremental import StreamOptions

REPO = Path(__file__).resolve().parents[1]
RATE = 16_000

# Manager-style sentences, spoken by espeak-ng for the synthetic set.
MANAGER_LINES = (
    "What have you tried so far?",
    "I noticed the report was late three times this month.",
    "Can you help me understand what got in the way?",
    "I want to make sure you have the support you need.",
    "Let's agree on a plan for the next two weeks.",
    "How are you feeling about the new project?",
    "It sounds like the deadline caught you by surprise.",
    "I'd like us to check in again on Friday.",
    "Your work on the migration was really solid.",
    "When the demo slipped, the client noticed, and that hurt our credibility.",
    "What would help you hit the next milestone?",
    "I hear that you're frustrated with the handover.",
    "Thanks for being open with me about this.",
    "Walk me through what happened on Tuesday.",
    "I'm not here to blame you, I want to understand.",
    "Which part of the plan feels least realistic to you?",
)

HUMAN_REFS = {
    "jfk": "And so my fellow Americans, ask not what your country can do for you, "
    "ask what you can do for your country.",
    "libri_left": "He began a confused complaint against the wizard, who had vanished behind "
    "the curtain on the left.",
    "libri_right": "The horizon seems extremely distant.",
}


@dataclass(frozen=True)
class Utterance:
    name: str
    audio: Samples
    reference: str
    kind: str  # "human" | "synthetic"

    @property
    def seconds(self) -> float:
        return self.audio.size / RATE


def shared_speech_dir(explicit: str | None = None) -> Path:
    candidates = [Path(explicit)] if explicit else []
    candidates += [REPO.parent / "shared" / "speech", Path("/work/shared/speech")]
    for path in candidates:
        if (path / "jfk.flac").is_file():
            return path
    sys.exit("benchmarks need the shared speech samples (pass --shared DIR)")


def human_utterances(speech_dir: Path) -> list[Utterance]:
    """jfk.flac and the two LibriSpeech clips (cut from human_concat.wav: 11.0 + 0.4 + 5.0 +
    0.4 + 5.0 s, per the folder's README) plus the joined file itself."""
    jfk = load_audio(speech_dir / "jfk.flac")
    joined, rate = read_wav(speech_dir / "human_concat.wav")
    joined = resample(joined, rate, RATE)
    left = joined[int(11.4 * RATE) : int(16.4 * RATE)]
    right = joined[int(16.8 * RATE) :]
    refs = HUMAN_REFS
    return [
        Utterance("jfk", jfk, refs["jfk"], "human"),
        Utterance("libri_left", left, refs["libri_left"], "human"),
        Utterance("libri_right", right, refs["libri_right"], "human"),
        Utterance("human_concat", joined,
                  " ".join((refs["jfk"], refs["libri_left"], refs["libri_right"])), "human"),
    ]


def espeak(text: str, voice: str = "en-us", speed: int = 160) -> Samples:
    """Speak ``text`` with espeak-ng; return 16 kHz mono float32."""
    if shutil.which("espeak-ng") is None:
        sys.exit("espeak-ng is needed for the synthetic set (apt install espeak-ng)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "s.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(out), text],
                       check=True, capture_output=True)
        samples, rate = read_wav(out)
    return resample(samples, rate, RATE)


def trim(audio: Samples, keep_s: float = 0.1) -> Samples:
    """Cut leading/trailing silence, keeping ``keep_s``: the utterance ends where speech ends."""
    frame = 160
    n = audio.size // frame
    energy = np.sqrt(np.mean(audio[: n * frame].reshape(n, frame) ** 2, axis=1))
    loud = np.flatnonzero(energy > 0.01)
    if not loud.size:
        return audio
    start = max(0, loud[0] * frame - int(keep_s * RATE))
    end = min(audio.size, (loud[-1] + 1) * frame + int(keep_s * RATE))
    return audio[start:end]


def synthetic_of_length(target_s: float, offset: int = 0) -> Utterance:
    """Join manager lines (one espeak-ng call, its own sentence pauses) up to ~``target_s``."""
    best: tuple[float, list[str], Samples] | None = None
    lines: list[str] = []
    i = offset
    while True:  # add lines while that brings the length closer to the target
        lines = [*lines, MANAGER_LINES[i % len(MANAGER_LINES)]]
        spoken = trim(espeak(" ".join(lines)))
        miss = abs(spoken.size / RATE - target_s)
        if best is not None and miss >= best[0]:
            break
        best = (miss, list(lines), spoken)
        i += 1
    _, chosen, audio = best
    return Utterance(f"synthetic_{target_s:g}s", audio, " ".join(chosen), "synthetic")


def synthetic_lines() -> list[Utterance]:
    return [Utterance(f"line_{i:02d}", trim(espeak(t)), t, "synthetic")
            for i, t in enumerate(MANAGER_LINES)]


_NUMBERS = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five",
            "6": "six", "7": "seven", "8": "eight", "9": "nine", "10": "ten"}


def words_of(text: str) -> list[str]:
    text = text.lower().replace("-", " ")
    out = []
    for w in re.sub(r"[^a-z0-9' ]", " ", text).split():
        w = w.strip("'")
        out.append(_NUMBERS.get(w, w))
    return [w for w in out if w]


def word_errors(reference: str, hypothesis: str) -> tuple[int, int]:
    """(edit distance in words, reference word count) after light normalisation."""
    ref, hyp = words_of(reference), words_of(hypothesis)
    row = list(range(len(hyp) + 1))
    for i in range(1, len(ref) + 1):
        prev, row[0] = row[:], i
        for j in range(1, len(hyp) + 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ref[i - 1] != hyp[j - 1]))
    return row[-1], len(ref)


def wer(pairs: Sequence[tuple[str, str]]) -> float:
    errors = total = 0
    for ref, hyp in pairs:
        e, n = word_errors(ref, hyp)
        errors += e
        total += n
    return errors / total if total else 0.0


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[str(h) for h in headers]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for k, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
        if k == 0:
            print("  ".join("-" * w for w in widths))


def emit_json(data: dict[str, object]) -> None:
    print(json.dumps(data))


def stream_options(changes: list[str], options: StreamOptions | None = None) -> StreamOptions:
    """``options`` (the shipped ones) with ``name=value`` changes (``rule.name`` for the commit
    rule)."""
    options = options or StreamOptions()
    for change in changes:
        name, _, raw = change.partition("=")
        value: object = {"true": True, "false": False, "none": None}.get(raw.lower(), raw)
        if isinstance(value, str):
            value = float(raw) if "." in raw else int(raw)
        if name.startswith("rule."):
            rule = dataclasses.replace(options.rule, **{name[5:]: value})  # type: ignore[arg-type]
            options = dataclasses.replace(options, rule=rule)
        else:
            options = dataclasses.replace(options, **{name: value})  # type: ignore[arg-type]
    return options
