"""Parse the hand-written conversations (convs_a.txt ... convs_e.txt) into lines.jsonl.

Every manager turn becomes one labelled line; the report's previous turn is its context.
The checks enforce the labelling conventions so a slip in the sources is caught, not shipped.
Usage: build.py [--partial]   (--partial checks the sources that exist and writes nothing)
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [HERE / f"convs_{letter}.txt" for letter in "abcde"]
OUTPUT = HERE / "lines.jsonl"
CONVERSATIONS = 40
MIN_TURNS, MAX_TURNS = 8, 14

CODE_ORDER = [
    "open_question", "closed_question", "reflection", "summary", "affirmation", "advice",
    "information", "observation", "impact", "expectation", "label", "softener", "blame",
    "threat", "commitment", "follow_up", "support_offer",
]
ABBREVIATIONS = {
    "oq": "open_question", "cq": "closed_question", "ref": "reflection", "sum": "summary",
    "aff": "affirmation", "adv": "advice", "inf": "information", "obs": "observation",
    "imp": "impact", "exp": "expectation", "lab": "label", "soft": "softener", "bl": "blame",
    "thr": "threat", "com": "commitment", "fu": "follow_up", "sup": "support_offer",
}
PRIMARIES = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
STYLES = {"tidy", "spoken", "terse", "rambling", "british", "american", "nonnative",
          "kind_vague", "harsh"}
QUALITIES = {"skilled", "typical", "poor"}
QUESTION_CODES = {"open_question", "closed_question"}
INPUT_CODES = {"advice", "information", "observation", "impact", "expectation", "label",
               "softener", "blame", "threat", "commitment", "follow_up", "support_offer",
               "affirmation"}
HEADER = re.compile(r"^## (\d+) \| (\w+) \| (\w+) \| ([^|]+?) \| ([^|]+)$")
LABEL = re.compile(r"^= ([qrio]):\s*(.*)$")


class Rejected(Exception):
    """A source line that breaks the format or a labelling convention."""


@dataclass
class Conversation:
    number: int
    style: str
    quality: str
    who: str
    setting: str
    where: str
    turns: list[tuple[str, str]] = field(default_factory=list)  # ("M"|"R", text)
    labels: list[tuple[str, list[str]]] = field(default_factory=list)


def parse_codes(raw: str, where: str) -> list[str]:
    names = []
    for token in [t.strip() for t in raw.split(",") if t.strip()]:
        if token not in ABBREVIATIONS:
            raise Rejected(f"{where}: unknown code {token!r}")
        names.append(ABBREVIATIONS[token])
    if len(set(names)) != len(names):
        raise Rejected(f"{where}: a code is repeated")
    return sorted(names, key=CODE_ORDER.index)


def check_label(primary: str, codes: list[str], where: str) -> None:
    found = set(codes)
    if found & {"label", "blame", "threat"} and primary != "input":
        raise Rejected(f"{where}: label/blame/threat must be primary input")
    if "summary" in found and ("reflection" not in found or primary != "reflection"):
        raise Rejected(f"{where}: a summary carries reflection and is primary reflection")
    if primary == "question" and not found & QUESTION_CODES:
        raise Rejected(f"{where}: primary question without a question code")
    if primary == "reflection" and "reflection" not in found:
        raise Rejected(f"{where}: primary reflection without reflection")
    if primary == "other" and not found <= {"affirmation", "observation"}:
        raise Rejected(f"{where}: primary other may carry only affirmation/observation")
    if primary == "input" and not found & INPUT_CODES:
        raise Rejected(f"{where}: primary input without an input code")


def parse_file(path: Path) -> list[Conversation]:
    conversations: list[Conversation] = []
    current: Conversation | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.rstrip()
        where = f"{path.name}:{number}"
        if not line or line.startswith("%"):
            continue
        if line.startswith("## "):
            match = HEADER.match(line)
            if not match:
                raise Rejected(f"{where}: bad header")
            n, style, quality, who, setting = match.groups()
            if style not in STYLES or quality not in QUALITIES:
                raise Rejected(f"{where}: unknown style or quality")
            current = Conversation(int(n), style, quality, who.strip(), setting.strip(), where)
            conversations.append(current)
        elif current is None:
            raise Rejected(f"{where}: text before the first header")
        elif line.startswith(("M: ", "R: ")):
            speaker, text = line[0], line[3:].strip()
            expected = "M" if len(current.turns) % 2 == 0 else "R"
            if speaker != expected or not text:
                raise Rejected(f"{where}: expected a {expected}: line")
            if speaker == "M" and len(current.labels) != len(current.turns) // 2:
                raise Rejected(f"{where}: previous manager turn has no label line")
            current.turns.append((speaker, text))
        elif line.startswith("="):
            match = LABEL.match(line)
            if not match:
                raise Rejected(f"{where}: bad label line")
            if not current.turns or current.turns[-1][0] != "M":
                raise Rejected(f"{where}: label line not after a manager turn")
            if len(current.labels) != (len(current.turns) + 1) // 2 - 1:
                raise Rejected(f"{where}: second label line for one turn")
            primary = PRIMARIES[match.group(1)]
            codes = parse_codes(match.group(2), where)
            check_label(primary, codes, where)
            current.labels.append((primary, codes))
        else:
            raise Rejected(f"{where}: unrecognised line")
    for conv in conversations:
        managers = (len(conv.turns) + 1) // 2
        if not conv.turns or conv.turns[-1][0] != "M":
            raise Rejected(f"{conv.where}: conversation must start and end with the manager")
        if len(conv.labels) != managers:
            raise Rejected(f"{conv.where}: a manager turn has no label line")
        if not MIN_TURNS <= managers <= MAX_TURNS:
            raise Rejected(f"{conv.where}: {managers} manager turns, not {MIN_TURNS}-{MAX_TURNS}")
    return conversations


def to_records(conv: Conversation) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    context: str | None = None
    turn = 0
    for speaker, text in conv.turns:
        if speaker == "R":
            context = text
            continue
        primary, codes = conv.labels[turn]
        turn += 1
        records.append({
            "context": context, "text": text, "primary": primary, "codes": codes,
            "style": conv.style, "voice": f"{conv.who}; {conv.setting}; {conv.quality}",
            "conversation": conv.number, "turn": turn,
        })
    return records


def main() -> int:
    partial = "--partial" in sys.argv[1:]
    conversations: list[Conversation] = []
    try:
        for path in SOURCES:
            if path.exists():
                conversations.extend(parse_file(path))
            elif not partial:
                raise Rejected(f"{path.name}: missing")
        numbers = [c.number for c in conversations]
        if len(set(numbers)) != len(numbers):
            raise Rejected("a conversation number appears twice")
        if not partial and sorted(numbers) != list(range(1, CONVERSATIONS + 1)):
            raise Rejected(f"conversations must be 1-{CONVERSATIONS}, each once")
    except Rejected as error:
        print(f"rejected: {error}")
        return 1
    records = [r for conv in sorted(conversations, key=lambda c: c.number)
               for r in to_records(conv)]
    if partial:
        print(f"ok (partial): {len(conversations)} conversations, {len(records)} lines")
        return 0
    with OUTPUT.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {OUTPUT.name}: {len(conversations)} conversations, {len(records)} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
