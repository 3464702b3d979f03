"""Parse the hand-written conversations (convs_a.txt ... convs_e.txt) into lines.jsonl.

Every manager turn becomes one labelled line whose context is the report's turn before it.
The checks below stop the build on any line that breaks the labelling conventions, so a
mistyped label cannot reach the data. `--partial` checks the source files present and writes
nothing (for checking while the sources are still being written).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [HERE / f"convs_{letter}.txt" for letter in "abcde"]
OUTPUT = HERE / "lines.jsonl"

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
HOSTILE_CODES = {"label", "blame", "threat"}
# What a bare `other` turn may carry (praise, with the fact praised).
OTHER_CODES = {"affirmation", "observation"}
INPUT_CODES = {"advice", "information", "observation", "impact", "expectation", "label",
               "softener", "blame", "threat", "commitment", "follow_up", "support_offer",
               "affirmation"}
MIN_TURNS, MAX_TURNS = 8, 14


class SourceError(ValueError):
    """A source line that breaks the format or the labelling conventions."""


def parse_label(raw: str, where: str) -> tuple[str, list[str]]:
    head, _, tail = raw.partition(":")
    primary = PRIMARIES.get(head.strip())
    if primary is None:
        raise SourceError(f"{where}: unknown primary {head.strip()!r}")
    codes: list[str] = []
    for abbreviation in (part.strip() for part in tail.split(",") if part.strip()):
        if abbreviation not in ABBREVIATIONS:
            raise SourceError(f"{where}: unknown code {abbreviation!r}")
        code = ABBREVIATIONS[abbreviation]
        if code in codes:
            raise SourceError(f"{where}: code {code} given twice")
        codes.append(code)
    codes.sort(key=CODE_ORDER.index)
    check_label(primary, set(codes), where)
    return primary, codes


def check_label(primary: str, codes: set[str], where: str) -> None:
    if codes & HOSTILE_CODES and primary != "input":
        raise SourceError(f"{where}: label, blame or threat must be primary input")
    if "summary" in codes and ("reflection" not in codes or primary != "reflection"):
        raise SourceError(f"{where}: summary needs reflection and primary reflection")
    if primary == "question" and not codes & QUESTION_CODES:
        raise SourceError(f"{where}: primary question without a question code")
    if primary == "reflection" and "reflection" not in codes:
        raise SourceError(f"{where}: primary reflection without the reflection code")
    if primary == "other" and not codes <= OTHER_CODES:
        raise SourceError(f"{where}: primary other may carry only affirmation/observation")
    if primary == "input" and not codes & INPUT_CODES:
        raise SourceError(f"{where}: primary input without an input code")


def parse_header(line: str, where: str) -> tuple[int, str, str, str, str]:
    fields = [field.strip() for field in line[2:].split("|")]
    if len(fields) != 5 or not all(fields):
        raise SourceError(f"{where}: header needs five fields: n | style | quality | who | setting")
    number, style, quality, who, setting = fields
    if style not in STYLES or quality not in QUALITIES:
        raise SourceError(f"{where}: bad style {style!r} or quality {quality!r}")
    return int(number), style, quality, who, setting


def parse_file(path: Path) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    conversation: list[tuple[str, str]] = []  # (speaker, text) in order
    labels: list[tuple[str, list[str]]] = []
    header: tuple[int, str, str, str, str] | None = None

    def close() -> None:
        if header is None:
            return
        where = f"{path.name} #{header[0]}"
        records.extend(conversation_records(header, conversation, labels, where))

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        where = f"{path.name}:{number}"
        if not line or line.startswith("%"):
            continue
        if line.startswith("## "):
            close()
            header, conversation, labels = parse_header(line, where), [], []
        elif header is None:
            raise SourceError(f"{where}: text before the first header")
        elif line.startswith(("M:", "R:")):
            speaker = line[0]
            if conversation and conversation[-1][0] == speaker:
                raise SourceError(f"{where}: {speaker} twice in a row")
            if not conversation and speaker != "M":
                raise SourceError(f"{where}: the manager must open")
            if speaker == "M" and len(labels) != sum(1 for s, _ in conversation if s == "M"):
                raise SourceError(f"{where}: previous manager turn has no label")
            conversation.append((speaker, line[2:].strip()))
        elif line.startswith("="):
            if not conversation or conversation[-1][0] != "M":
                raise SourceError(f"{where}: a label must follow a manager turn")
            if len(labels) == sum(1 for s, _ in conversation if s == "M"):
                raise SourceError(f"{where}: second label for one manager turn")
            labels.append(parse_label(line[1:], where))
        else:
            raise SourceError(f"{where}: unrecognised line")
    close()
    return records


def conversation_records(
    header: tuple[int, str, str, str, str],
    conversation: list[tuple[str, str]],
    labels: list[tuple[str, list[str]]],
    where: str,
) -> list[dict[str, object]]:
    number, style, quality, who, setting = header
    if not conversation or conversation[-1][0] != "M":
        raise SourceError(f"{where}: the manager must speak last")
    manager_turns = [i for i, (speaker, _) in enumerate(conversation) if speaker == "M"]
    if len(labels) != len(manager_turns):
        raise SourceError(f"{where}: {len(manager_turns)} manager turns, {len(labels)} labels")
    if not MIN_TURNS <= len(manager_turns) <= MAX_TURNS:
        raise SourceError(
            f"{where}: {len(manager_turns)} manager turns, not {MIN_TURNS}-{MAX_TURNS}"
        )
    records: list[dict[str, object]] = []
    labelled = zip(manager_turns, labels, strict=True)
    for turn, (index, (primary, codes)) in enumerate(labelled, start=1):
        records.append({
            "context": conversation[index - 1][1] if index else None,
            "text": conversation[index][1],
            "primary": primary,
            "codes": codes,
            "style": style,
            "voice": f"{who}, {setting}; {quality}",
            "conversation": number,
            "turn": turn,
        })
    return records


def main(partial: bool) -> int:
    present = [path for path in SOURCES if path.exists()]
    if not partial and len(present) != len(SOURCES):
        missing = sorted(path.name for path in set(SOURCES) - set(present))
        print(f"missing sources: {missing}", file=sys.stderr)
        return 1
    records = [record for path in present for record in parse_file(path)]
    openers = Counter(int(str(record["conversation"])) for record in records if record["turn"] == 1)
    if reused := sorted(number for number, count in openers.items() if count > 1):
        print(f"conversation numbers used twice: {reused}", file=sys.stderr)
        return 1
    numbers = sorted(openers)
    if not partial and numbers != list(range(1, 41)):
        print(f"conversations present: {numbers}, expected 1-40", file=sys.stderr)
        return 1
    if partial:
        print(f"checked {len(records)} lines in conversations {numbers}")
        return 0
    with OUTPUT.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} lines from {len(numbers)} conversations to {OUTPUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(partial="--partial" in sys.argv[1:]))
