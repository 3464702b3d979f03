"""Parse the hand-written convs_*.txt sources into lines.jsonl, checking every line.

Usage: build.py [--partial]   (--partial checks the sources that exist and writes nothing)
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [f"convs_{letter}.txt" for letter in "abcde"]
CONVERSATIONS = range(1, 41)

# The README's code order (roleplay.domain.codes.Code), with the source abbreviations.
CODE_ORDER = [
    ("oq", "open_question"),
    ("cq", "closed_question"),
    ("ref", "reflection"),
    ("sum", "summary"),
    ("aff", "affirmation"),
    ("adv", "advice"),
    ("inf", "information"),
    ("obs", "observation"),
    ("imp", "impact"),
    ("exp", "expectation"),
    ("lab", "label"),
    ("soft", "softener"),
    ("bl", "blame"),
    ("thr", "threat"),
    ("com", "commitment"),
    ("fu", "follow_up"),
    ("sup", "support_offer"),
]
CODE_NAMES = dict(CODE_ORDER)
RANK = {name: i for i, (_, name) in enumerate(CODE_ORDER)}
PRIMARIES = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
STYLES = {
    "tidy",
    "spoken",
    "terse",
    "rambling",
    "british",
    "american",
    "nonnative",
    "kind_vague",
    "harsh",
}
QUALITIES = {"skilled", "typical", "poor"}
INPUT_CODES = {
    "affirmation",
    "advice",
    "information",
    "observation",
    "impact",
    "expectation",
    "label",
    "softener",
    "blame",
    "threat",
    "commitment",
    "follow_up",
    "support_offer",
    "closed_question",
    "open_question",
}
HEADER = re.compile(r"^## (\d+) \| (\w+) \| (\w+) \| ([^|]+?) \| ([^|]+?)$")
LABEL = re.compile(r"^= ([qrio]):(.*)$")


class Rejected(Exception):
    """A source line that breaks the format or a labelling rule."""


def parse_codes(raw: str, where: str) -> list[str]:
    abbrevs = [c.strip() for c in raw.split(",") if c.strip()]
    unknown = [a for a in abbrevs if a not in CODE_NAMES]
    if unknown:
        raise Rejected(f"{where}: unknown code(s) {unknown}")
    if len(set(abbrevs)) != len(abbrevs):
        raise Rejected(f"{where}: repeated code")
    return sorted((CODE_NAMES[a] for a in abbrevs), key=RANK.__getitem__)


def check_label(primary: str, codes: list[str], where: str) -> None:
    """The conventions' rules that tie codes to primaries."""
    harsh = {"label", "blame", "threat"} & set(codes)
    if harsh and primary != "input":
        raise Rejected(f"{where}: label/blame/threat must be primary input")
    if "summary" in codes and (primary != "reflection" or "reflection" not in codes):
        raise Rejected(f"{where}: summary must carry reflection and be primary reflection")
    if primary == "question" and not {"open_question", "closed_question"} & set(codes):
        raise Rejected(f"{where}: primary question without a question code")
    if primary == "reflection" and "reflection" not in codes:
        raise Rejected(f"{where}: primary reflection without reflection")
    if primary == "other" and not set(codes) <= {"affirmation", "observation"}:
        raise Rejected(f"{where}: primary other may carry only affirmation/observation")
    if primary == "input" and not INPUT_CODES & set(codes):
        raise Rejected(f"{where}: primary input without an input code")
    if primary == "input" and set(codes) <= {"open_question", "closed_question"} and not harsh:
        raise Rejected(f"{where}: primary input carrying only question codes")


def parse_file(path: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    conv: dict[str, object] | None = None
    speakers: list[str] = []
    pending: str | None = None  # manager text waiting for its label line
    last_report: str | None = None
    turn = 0

    def close(where: str) -> None:
        if conv is None:
            return
        if pending is not None:
            raise Rejected(f"{where}: manager line without a label line")
        if not speakers or speakers[0] != "M" or speakers[-1] != "M":
            raise Rejected(f"{where}: conversation {conv['n']} must start and end with M")
        if any(a == b for a, b in itertools.pairwise(speakers)):
            raise Rejected(f"{where}: conversation {conv['n']} does not alternate M and R")
        if not 8 <= turn <= 14:
            raise Rejected(f"{where}: conversation {conv['n']} has {turn} manager turns")

    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        where = f"{path.name}:{number}"
        line = line.rstrip()
        if not line or line.startswith("%"):
            continue
        if line.startswith("## "):
            close(where)
            match = HEADER.match(line)
            if not match:
                raise Rejected(f"{where}: bad header")
            n, style, quality, who, setting = match.groups()
            if style not in STYLES or quality not in QUALITIES:
                raise Rejected(f"{where}: bad style or quality")
            conv = {"n": int(n), "style": style, "voice": f"{who}; {setting}; {quality}"}
            speakers, pending, last_report, turn = [], None, None, 0
            continue
        if conv is None:
            raise Rejected(f"{where}: text before the first header")
        if line.startswith("M: "):
            if pending is not None:
                raise Rejected(f"{where}: manager line without a label line")
            pending = line[3:].strip()
            speakers.append("M")
        elif line.startswith("R: "):
            if pending is not None:
                raise Rejected(f"{where}: manager line without a label line")
            last_report = line[3:].strip()
            speakers.append("R")
        elif line.startswith("="):
            match = LABEL.match(line)
            if not match or pending is None:
                raise Rejected(f"{where}: label line out of place or malformed")
            primary = PRIMARIES[match.group(1)]
            codes = parse_codes(match.group(2), where)
            check_label(primary, codes, where)
            turn += 1
            if turn == 1 and last_report is not None:
                raise Rejected(f"{where}: opener must have no context")
            rows.append(
                {
                    "context": last_report,
                    "text": pending,
                    "primary": primary,
                    "codes": codes,
                    "style": conv["style"],
                    "voice": conv["voice"],
                    "conversation": conv["n"],
                    "turn": turn,
                }
            )
            pending = None
        else:
            raise Rejected(f"{where}: unknown line")
    close(f"{path.name}:end")
    return rows


def main() -> int:
    partial = "--partial" in sys.argv[1:]
    rows: list[dict[str, object]] = []
    try:
        for name in SOURCES:
            path = HERE / name
            if not path.exists():
                if partial:
                    continue
                raise Rejected(f"{name}: missing")
            rows.extend(parse_file(path))
        seen = [r["conversation"] for r in rows if r["turn"] == 1]
        if len(seen) != len(set(seen)):
            raise Rejected("a conversation number appears twice")
        if not partial and sorted(seen) != list(CONVERSATIONS):
            raise Rejected(f"conversations must be 1-40 once each, got {sorted(seen)}")
    except Rejected as err:
        print(f"rejected: {err}")
        return 1
    rows.sort(key=lambda r: (r["conversation"], r["turn"]))  # type: ignore[arg-type, return-value]
    convs = len({r["conversation"] for r in rows})
    if partial:
        print(f"ok (partial): {len(rows)} lines in {convs} conversations")
        return 0
    with (HERE / "lines.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote lines.jsonl: {len(rows)} lines in {convs} conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
