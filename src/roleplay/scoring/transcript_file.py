"""Reading a transcript file for ``roleplay score`` (format documented in docs/scoring.md).

    {"turns": [{"speaker": "manager" | "report", "text": "...", "start": 0.0, "end": 2.5}]}

``start``/``end`` (seconds) and ``words`` ([{"text", "start", "end"}], seconds from the turn's
start) are optional. Other top-level fields are ignored, except an optional
``conversation_type`` (underperformance, career, behaviour_feedback) that picks the weights.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from roleplay.domain.scenario import ConversationType
from roleplay.domain.session import Transcript, Turn, Word

TURN_FIELDS = frozenset({"speaker", "text", "start", "end", "words"})


class TranscriptFileError(ValueError):
    """One clear line: file, field (and line where JSON gives it), what is wrong."""


@dataclass(frozen=True)
class TranscriptFile:
    path: Path
    transcript: Transcript
    conversation_type: ConversationType | None


def _num(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def parse_transcript(data: Any, source: str = "<transcript>") -> TranscriptFile:
    def fail(field: str, msg: str) -> TranscriptFileError:
        return TranscriptFileError(f"{source}: field '{field}': {msg}")

    if not isinstance(data, dict):
        raise TranscriptFileError(f"{source}: expected a JSON object with a 'turns' list")
    if "turns" not in data:
        raise fail("turns", "missing (expected a list of turns)")
    raw_turns = data["turns"]
    if not isinstance(raw_turns, list):
        raise fail("turns", f"expected a list, got {type(raw_turns).__name__}")
    kind: ConversationType | None = None
    if data.get("conversation_type") is not None:
        try:
            kind = ConversationType(data["conversation_type"])
        except ValueError:
            allowed = ", ".join(c.value for c in ConversationType)
            raise fail("conversation_type",
                       f"{data['conversation_type']!r} is not one of {allowed}") from None
    turns: list[Turn] = []
    for i, raw in enumerate(raw_turns):
        where = f"turns[{i}]"
        if not isinstance(raw, dict):
            raise fail(where, "expected an object with 'speaker' and 'text'")
        unknown = sorted(set(raw) - TURN_FIELDS)
        if unknown:
            raise fail(f"{where}.{unknown[0]}",
                       "unknown field (allowed: speaker, text, start, end, words)")
        speaker = raw.get("speaker")
        if speaker not in ("manager", "report"):
            raise fail(f"{where}.speaker",
                       f"must be 'manager' or 'report', got {json.dumps(speaker)}")
        text = raw.get("text")
        if not isinstance(text, str):
            raise fail(f"{where}.text", "missing or not a string")
        for key in ("start", "end"):
            if raw.get(key) is not None and not _num(raw[key]):
                raise fail(f"{where}.{key}", "must be a number of seconds")
        start, end = raw.get("start"), raw.get("end")
        if start is not None and end is not None and end < start:
            raise fail(f"{where}.end", f"ends ({end}) before it starts ({start})")
        words: list[Word] = []
        for j, w in enumerate(raw.get("words") or []):
            wf = f"{where}.words[{j}]"
            if not isinstance(w, dict) or not isinstance(w.get("text"), str) or not (
                    _num(w.get("start")) and _num(w.get("end"))):
                raise fail(wf, "expected {\"text\": str, \"start\": seconds, \"end\": seconds}")
            words.append(Word(text=w["text"], start=float(w["start"]), end=float(w["end"])))
        turns.append(Turn(index=i, speaker=speaker, text=text,
                          start=float(start) if start is not None else None,
                          end=float(end) if end is not None else None, words=tuple(words)))
    return TranscriptFile(path=Path(source), transcript=Transcript(turns=tuple(turns)),
                          conversation_type=kind)


def load_transcript_file(path: Path) -> TranscriptFile:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TranscriptFileError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TranscriptFileError(f"{path}: cannot read ({exc})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TranscriptFileError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    return parse_transcript(data, str(path))
