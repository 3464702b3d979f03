"""Parse the hand-written conversation sources into lines.jsonl and check every label.

Run from anywhere: `python build.py` writes lines.jsonl; `python build.py --partial` checks the
source files that exist and writes nothing. A rejected source prints `rejected: file:line: reason`.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [HERE / f"convs_{letter}.txt" for letter in "abcde"]
OUTPUT = HERE / "lines.jsonl"

# The README order of the 17 codes; abbreviations as written in the sources.
CODE_ORDER = [
    "open_question", "closed_question", "reflection", "summary", "affirmation", "advice",
    "information", "observation", "impact", "expectation", "label", "softener", "blame",
    "threat", "commitment", "follow_up", "support_offer",
]
ABBREVIATIONS = dict(zip(
    ["oq", "cq", "ref", "sum", "aff", "adv", "inf", "obs", "imp", "exp", "lab", "soft", "bl",
     "thr", "com", "fu", "sup"],
    CODE_ORDER,
    strict=True,
))
PRIMARIES = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
STYLES = {"tidy", "spoken", "terse", "rambling", "british", "american", "nonnative",
          "kind_vague", "harsh"}
QUALITIES = {"skilled", "typical", "poor"}
HOSTILE = {"label", "blame", "threat"}
QUESTION_CODES = {"open_question", "closed_question"}
OTHER_ALLOWED = {"affirmation", "observation"}
N_CONVERSATIONS = 40
MIN_TURNS, MAX_TURNS = 8, 14


class Rejected(Exception):
    """A source line breaks a format or labelling rule."""


@dataclass
class Conversation:
    number: int
    style: str
    quality: str
    who: str
    setting: str
    where: str
    turns: list[dict[str, object]] = field(default_factory=list)
    last_speaker: str = ""


def parse_label(raw: str, where: str) -> tuple[str, list[str]]:
    body = raw[1:].strip()
    if ":" not in body:
        raise Rejected(f"{where}: label line without ':'")
    head, _, tail = body.partition(":")
    primary = PRIMARIES.get(head.strip())
    if primary is None:
        raise Rejected(f"{where}: unknown primary {head.strip()!r}")
    abbreviations = [part.strip() for part in tail.split(",") if part.strip()]
    unknown = [a for a in abbreviations if a not in ABBREVIATIONS]
    if unknown:
        raise Rejected(f"{where}: unknown code(s) {unknown}")
    codes = [ABBREVIATIONS[a] for a in abbreviations]
    if len(set(codes)) != len(codes):
        raise Rejected(f"{where}: repeated code")
    codes.sort(key=CODE_ORDER.index)
    check_label(primary, set(codes), where)
    return primary, codes


def check_label(primary: str, codes: set[str], where: str) -> None:
    if codes & HOSTILE and primary != "input":
        raise Rejected(f"{where}: label/blame/threat must be primary input")
    if "summary" in codes and ("reflection" not in codes or primary != "reflection"):
        raise Rejected(f"{where}: summary needs reflection and primary reflection")
    if primary == "question" and not codes & QUESTION_CODES:
        raise Rejected(f"{where}: primary question without a question code")
    if primary == "reflection" and "reflection" not in codes:
        raise Rejected(f"{where}: primary reflection without reflection")
    if primary == "other" and codes - OTHER_ALLOWED:
        raise Rejected(f"{where}: primary other may carry only affirmation/observation")
    if primary == "input":
        if not codes:
            raise Rejected(f"{where}: primary input without codes")
        if codes <= QUESTION_CODES and not codes & HOSTILE:
            raise Rejected(f"{where}: primary input with only question codes")


def parse_header(line: str, where: str) -> Conversation:
    parts = [part.strip() for part in line[2:].split("|")]
    if len(parts) != 5 or not all(parts):
        raise Rejected(f"{where}: header needs '## n | style | quality | who | setting'")
    number, style, quality, who, setting = parts
    if not number.isdigit():
        raise Rejected(f"{where}: conversation number {number!r}")
    if style not in STYLES or quality not in QUALITIES:
        raise Rejected(f"{where}: bad style or quality")
    return Conversation(int(number), style, quality, who, setting, where)


def finish(conversation: Conversation | None) -> None:
    if conversation is None:
        return
    where = conversation.where
    if conversation.last_speaker != "M=":
        raise Rejected(f"{where}: conversation {conversation.number} must end with a labelled M")
    if not MIN_TURNS <= len(conversation.turns) <= MAX_TURNS:
        count = len(conversation.turns)
        raise Rejected(f"{where}: {count} manager turns, need {MIN_TURNS}-{MAX_TURNS}")


def parse_file(path: Path) -> list[Conversation]:
    conversations: list[Conversation] = []
    current: Conversation | None = None
    context: str | None = None
    pending: str | None = None
    for index, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        where = f"{path.name}:{index}"
        if not line or line.startswith("%"):
            continue
        if line.startswith("## "):
            if pending is not None:
                raise Rejected(f"{where}: M line without a label line")
            finish(current)
            current = parse_header(line, where)
            conversations.append(current)
            context = None
            continue
        if current is None:
            raise Rejected(f"{where}: text before the first header")
        if line.startswith("M:"):
            if current.last_speaker not in ("", "R"):
                raise Rejected(f"{where}: M must follow R (or open the conversation)")
            pending = line[2:].strip()
            current.last_speaker = "M"
        elif line.startswith("="):
            if current.last_speaker != "M" or pending is None:
                raise Rejected(f"{where}: label line must follow an M line")
            primary, codes = parse_label(line, where)
            current.turns.append({
                "context": context, "text": pending, "primary": primary, "codes": codes,
                "style": current.style,
                "voice": f"{current.who}; {current.setting}; {current.quality}",
                "conversation": current.number, "turn": len(current.turns) + 1,
            })
            pending = None
            current.last_speaker = "M="
        elif line.startswith("R:"):
            if current.last_speaker != "M=":
                raise Rejected(f"{where}: R must follow a labelled M turn")
            context = line[2:].strip()
            current.last_speaker = "R"
        else:
            raise Rejected(f"{where}: unrecognised line")
    if pending is not None:
        raise Rejected(f"{path.name}: file ends with an unlabelled M line")
    finish(current)
    return conversations


def main(argv: list[str]) -> int:
    partial = "--partial" in argv
    paths = [p for p in SOURCES if p.exists()] if partial else SOURCES
    try:
        conversations = [c for path in paths for c in parse_file(path)]
        numbers = sorted(c.number for c in conversations)
        if len(set(numbers)) != len(numbers):
            raise Rejected("sources: a conversation number appears twice")
        if not partial and numbers != list(range(1, N_CONVERSATIONS + 1)):
            raise Rejected(f"sources: need conversations 1-{N_CONVERSATIONS} once each")
    except Rejected as error:
        print(f"rejected: {error}")
        return 1
    turns = [t for c in sorted(conversations, key=lambda c: c.number) for t in c.turns]
    if partial:
        print(f"ok (partial): {len(conversations)} conversations, {len(turns)} lines")
        return 0
    with OUTPUT.open("w", encoding="utf-8") as out:
        for turn in turns:
            out.write(json.dumps(turn, ensure_ascii=False) + "\n")
    print(f"wrote {len(turns)} lines from {len(conversations)} conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
