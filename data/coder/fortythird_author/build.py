"""Parse the hand-written conversations (convs_a.txt ... convs_e.txt) into lines.jsonl.

Every manager turn becomes one labelled line; the report's turn before it is its context.
The build refuses to write anything if a single line breaks the labelling rules, so a typo in a
label cannot slip into the yardstick. `--partial` checks whichever sources exist and writes nothing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [HERE / f"convs_{letter}.txt" for letter in "abcde"]
OUTPUT = HERE / "lines.jsonl"

# The shared corpus README's code order; the abbreviations used in the sources.
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
INPUT_CODES = set(CODE_ORDER) - {"open_question", "closed_question", "reflection", "summary"}
MIN_TURNS, MAX_TURNS = 8, 14


class SourceError(ValueError):
    pass


def parse_label(raw: str, where: str) -> tuple[str, list[str]]:
    body = raw[1:].strip()
    primary_abbr, _, rest = body.partition(":")
    primary = PRIMARIES.get(primary_abbr.strip())
    if primary is None:
        raise SourceError(f"{where}: unknown primary {primary_abbr!r}")
    abbrs = [a.strip() for a in rest.split(",") if a.strip()]
    unknown = [a for a in abbrs if a not in ABBREVIATIONS]
    if unknown:
        raise SourceError(f"{where}: unknown codes {unknown}")
    if len(set(abbrs)) != len(abbrs):
        raise SourceError(f"{where}: repeated code")
    codes = sorted((ABBREVIATIONS[a] for a in abbrs), key=CODE_ORDER.index)
    check_label(primary, codes, where)
    return primary, codes


def check_label(primary: str, codes: list[str], where: str) -> None:
    present = set(codes)
    if present & HOSTILE and primary != "input":
        raise SourceError(f"{where}: label/blame/threat must be input")
    if "summary" in present and ("reflection" not in present or primary != "reflection"):
        raise SourceError(f"{where}: summary needs reflection and primary reflection")
    if primary == "question" and not present & QUESTION_CODES:
        raise SourceError(f"{where}: question without a question code")
    if primary == "reflection" and "reflection" not in present:
        raise SourceError(f"{where}: reflection primary without reflection code")
    if primary == "other" and present - OTHER_ALLOWED:
        raise SourceError(f"{where}: other carries {sorted(present - OTHER_ALLOWED)}")
    if primary == "input" and not present & INPUT_CODES:
        raise SourceError(f"{where}: input without an input code")


def parse_header(line: str, where: str) -> tuple[int, str, str, str, str]:
    parts = [p.strip() for p in line[2:].split("|")]
    if len(parts) != 5 or not all(parts):
        raise SourceError(f"{where}: header needs n | style | quality | who | setting")
    number, style, quality, who, setting = parts
    if style not in STYLES or quality not in QUALITIES:
        raise SourceError(f"{where}: bad style or quality")
    return int(number), style, quality, who, setting


def parse_file(path: Path) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    conversation: dict[str, object] | None = None
    turns: list[tuple[str, str, str]] = []  # (kind, text, where)

    def finish() -> None:
        if conversation is not None:
            records.extend(build_conversation(conversation, turns))

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        where = f"{path.name}:{number}"
        if not line or line.startswith("%"):
            continue
        if line.startswith("## "):
            finish()
            n, style, quality, who, setting = parse_header(line, where)
            conversation = {"n": n, "style": style, "quality": quality, "who": who,
                            "setting": setting, "where": where}
            turns = []
        elif conversation is None:
            raise SourceError(f"{where}: text before the first header")
        elif line.startswith(("M:", "R:")):
            turns.append((line[0], line[2:].strip(), where))
        elif line.startswith("="):
            turns.append(("=", line, where))
        else:
            raise SourceError(f"{where}: unrecognised line")
    finish()
    return records


def build_conversation(conv: dict[str, object], turns: list[tuple[str, str, str]]
                       ) -> list[dict[str, object]]:
    where = str(conv["where"])
    kinds = "".join(kind for kind, _, _ in turns)
    # Manager turn + label, then report turn, repeated; manager first and last.
    expected_units = kinds.replace("M=", "X")
    if not expected_units or any(c not in "XR" for c in expected_units) \
            or expected_units[0] != "X" or expected_units[-1] != "X" \
            or "XX" in expected_units or "RR" in expected_units:
        raise SourceError(f"{where}: turns must alternate M (one label each) and R, M first/last")
    count = expected_units.count("X")
    if not MIN_TURNS <= count <= MAX_TURNS:
        raise SourceError(f"{where}: {count} manager turns, need {MIN_TURNS}-{MAX_TURNS}")
    voice = f"{conv['who']}; {conv['setting']}; {conv['quality']}"
    records: list[dict[str, object]] = []
    context: str | None = None
    turn = 0
    for index, (kind, text, line_where) in enumerate(turns):
        if kind == "R":
            context = text
        elif kind == "M":
            if not text:
                raise SourceError(f"{line_where}: empty manager turn")
            primary, codes = parse_label(turns[index + 1][1], turns[index + 1][2])
            turn += 1
            records.append({"context": context, "text": text, "primary": primary,
                            "codes": codes, "style": conv["style"], "voice": voice,
                            "conversation": conv["n"], "turn": turn})
    return records


def main(argv: list[str]) -> int:
    partial = "--partial" in argv
    records: list[dict[str, object]] = []
    for path in SOURCES:
        if not path.exists():
            if partial:
                continue
            raise SourceError(f"missing {path.name}")
        records.extend(parse_file(path))
    numbers = [r["conversation"] for r in records if r["turn"] == 1]
    if len(numbers) != len(set(numbers)):
        raise SourceError("a conversation number appears twice")
    if not partial and sorted(numbers) != list(range(1, 41)):  # type: ignore[type-var]
        raise SourceError("conversations 1-40 must each appear once")
    if partial:
        print(f"checked {len(records)} lines in {len(numbers)} conversations; nothing written")
        return 0
    with OUTPUT.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} lines in {len(numbers)} conversations to {OUTPUT.name}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except SourceError as error:
        print(f"rejected: {error}", file=sys.stderr)
        sys.exit(1)
