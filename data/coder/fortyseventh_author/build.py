"""Parse the hand-written conversations in convs_*.txt into lines.jsonl, checking every line.

Run from the repository root or anywhere: ``python data/coder/fortyseventh_author/build.py``.
``--partial`` checks whichever source files exist and writes nothing.
A rejected source prints ``rejected: file:line: reason`` and exits 1.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [HERE / f"convs_{letter}.txt" for letter in "abcde"]
OUT = HERE / "lines.jsonl"

CODE_ORDER = [
    "open_question", "closed_question", "reflection", "summary", "affirmation", "advice",
    "information", "observation", "impact", "expectation", "label", "softener", "blame",
    "threat", "commitment", "follow_up", "support_offer",
]
ABBREV = {
    "oq": "open_question", "cq": "closed_question", "ref": "reflection", "sum": "summary",
    "aff": "affirmation", "adv": "advice", "inf": "information", "obs": "observation",
    "imp": "impact", "exp": "expectation", "lab": "label", "soft": "softener", "bl": "blame",
    "thr": "threat", "com": "commitment", "fu": "follow_up", "sup": "support_offer",
}
PRIMARY = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
STYLES = {"tidy", "spoken", "terse", "rambling", "british", "american", "nonnative",
          "kind_vague", "harsh"}
QUALITIES = {"skilled", "typical", "poor"}
HOSTILE = {"label", "blame", "threat"}
QUESTION_CODES = {"open_question", "closed_question"}
N_CONVERSATIONS = 40
MIN_TURNS, MAX_TURNS = 8, 14


class Rejected(Exception):
    """A source line breaks a rule; the message names the file and line."""


@dataclass
class Conversation:
    number: int
    style: str
    quality: str
    who: str
    setting: str
    where: str
    # Each entry: (speaker "M" or "R", text, source position); labels keyed by M entry index.
    turns: list[tuple[str, str, str]] = field(default_factory=list)
    labels: dict[int, tuple[str, list[str]]] = field(default_factory=dict)


def check_label(primary: str, codes: list[str]) -> str | None:
    """Return the reason a label breaks the conventions, or None when it is consistent."""
    present = set(codes)
    if len(codes) != len(present):
        return "a code is repeated"
    if present & HOSTILE and primary != "input":
        return "label, blame or threat must be primary input"
    if "summary" in present and ("reflection" not in present or primary != "reflection"):
        return "summary needs reflection and primary reflection"
    if primary == "question" and not present & QUESTION_CODES:
        return "primary question needs a question code"
    if primary == "reflection" and "reflection" not in present:
        return "primary reflection needs the reflection code"
    if primary == "other" and not present <= {"affirmation", "observation"}:
        return "primary other carries only affirmation or observation"
    if primary == "input":
        if not present:
            return "primary input needs at least one code"
        if present <= QUESTION_CODES:
            return "primary input with only question codes"
    return None


def parse_label(raw: str, where: str) -> tuple[str, list[str]]:
    body = raw[1:].strip()
    head, _, tail = body.partition(":")
    primary = PRIMARY.get(head.strip())
    if primary is None:
        raise Rejected(f"{where}: unknown primary {head.strip()!r}")
    codes: list[str] = []
    for short in (part.strip() for part in tail.split(",")):
        if not short:
            continue
        if short not in ABBREV:
            raise Rejected(f"{where}: unknown code {short!r}")
        codes.append(ABBREV[short])
    reason = check_label(primary, codes)
    if reason:
        raise Rejected(f"{where}: {reason}")
    return primary, sorted(codes, key=CODE_ORDER.index)


def parse_header(raw: str, where: str) -> Conversation:
    parts = [part.strip() for part in raw[2:].split("|")]
    if len(parts) != 5 or not all(parts):
        raise Rejected(f"{where}: header needs 'n | style | quality | who | setting'")
    number, style, quality, who, setting = parts
    if not number.isdigit():
        raise Rejected(f"{where}: conversation number {number!r}")
    if style not in STYLES:
        raise Rejected(f"{where}: unknown style {style!r}")
    if quality not in QUALITIES:
        raise Rejected(f"{where}: unknown quality {quality!r}")
    return Conversation(int(number), style, quality, who, setting, where)


def parse_file(path: Path) -> list[Conversation]:
    conversations: list[Conversation] = []
    current: Conversation | None = None
    for number, raw_line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw_line.strip()
        where = f"{path.name}:{number}"
        if not line or line.startswith("%"):
            continue
        if line.startswith("## "):
            if current:
                conversations.append(current)
            current = parse_header(line, where)
            continue
        if current is None:
            raise Rejected(f"{where}: text before the first header")
        if line.startswith("="):
            if not current.turns or current.turns[-1][0] != "M":
                raise Rejected(f"{where}: label line not after an M line")
            index = len(current.turns) - 1
            if index in current.labels:
                raise Rejected(f"{where}: second label line for one turn")
            current.labels[index] = parse_label(line, where)
            continue
        speaker, colon, text = line.partition(":")
        if not colon or speaker not in {"M", "R"} or not text.strip():
            raise Rejected(f"{where}: expected 'M: text', 'R: text', '= p: codes' or '## header'")
        if current.turns:
            previous = current.turns[-1]
            if previous[0] == speaker:
                raise Rejected(f"{where}: two {speaker} lines in a row")
            if previous[0] == "M" and len(current.turns) - 1 not in current.labels:
                raise Rejected(f"{previous[2]}: M line without a label line")
        elif speaker != "M":
            raise Rejected(f"{where}: a conversation starts with the manager")
        current.turns.append((speaker, text.strip(), where))
    if current:
        conversations.append(current)
    return conversations


def to_records(conversation: Conversation) -> list[dict[str, object]]:
    where = conversation.where
    if not conversation.turns or conversation.turns[-1][0] != "M":
        raise Rejected(f"{where}: a conversation ends with the manager")
    last = len(conversation.turns) - 1
    if last not in conversation.labels:
        raise Rejected(f"{conversation.turns[-1][2]}: M line without a label line")
    manager_turns = [i for i, turn in enumerate(conversation.turns) if turn[0] == "M"]
    if not MIN_TURNS <= len(manager_turns) <= MAX_TURNS:
        raise Rejected(f"{where}: {len(manager_turns)} manager turns, not {MIN_TURNS}-{MAX_TURNS}")
    voice = f"{conversation.who}; {conversation.setting}; {conversation.quality}"
    records = []
    for turn_number, index in enumerate(manager_turns, 1):
        primary, codes = conversation.labels[index]
        context = conversation.turns[index - 1][1] if index else None
        records.append({
            "context": context, "text": conversation.turns[index][1], "primary": primary,
            "codes": codes, "style": conversation.style, "voice": voice,
            "conversation": conversation.number, "turn": turn_number,
        })
    return records


def build(partial: bool) -> list[dict[str, object]]:
    conversations: list[Conversation] = []
    for path in SOURCES:
        if path.exists():
            conversations.extend(parse_file(path))
        elif not partial:
            raise Rejected(f"{path.name}:0: source file missing")
    numbers = [c.number for c in conversations]
    if len(numbers) != len(set(numbers)):
        raise Rejected(f"{SOURCES[0].name}:0: a conversation number appears twice")
    if not partial and sorted(numbers) != list(range(1, N_CONVERSATIONS + 1)):
        raise Rejected(f"{SOURCES[0].name}:0: conversations are not exactly 1-{N_CONVERSATIONS}")
    records: list[dict[str, object]] = []
    for conversation in sorted(conversations, key=lambda c: c.number):
        records.extend(to_records(conversation))
    return records


def main() -> int:
    partial = "--partial" in sys.argv[1:]
    try:
        records = build(partial)
    except Rejected as error:
        print(f"rejected: {error}")
        return 1
    if partial:
        print(f"checked: {len(records)} lines (partial, nothing written)")
        return 0
    with OUT.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} lines to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
