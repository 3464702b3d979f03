"""Print the README's count tables from lines.jsonl (quality, style and code breakdowns)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODES = [
    "open_question",
    "closed_question",
    "reflection",
    "summary",
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
]
PRIMARIES = ["question", "reflection", "input", "other"]
QUALITIES = ["skilled", "typical", "poor"]
STYLES = [
    "tidy",
    "spoken",
    "terse",
    "rambling",
    "british",
    "american",
    "nonnative",
    "kind_vague",
    "harsh",
]
LONG_TURN_WORDS = 60


def quality(row: dict[str, object]) -> str:
    return str(row["voice"]).rsplit("; ", 1)[1]


def primary_table(rows: list[dict[str, object]], key: str, groups: list[str]) -> None:
    print(f"| {key} | conversations | lines | " + " | ".join(PRIMARIES) + " |")
    print("| --- | ---: | ---: | " + " | ".join("---:" for _ in PRIMARIES) + " |")
    for group in [*groups, "all"]:
        chosen = [r for r in rows if group == "all" or _group(r, key) == group]
        convs = len({r["conversation"] for r in chosen})
        primaries = Counter(r["primary"] for r in chosen)
        cells = " | ".join(str(primaries[p]) for p in PRIMARIES)
        print(f"| {group} | {convs} | {len(chosen)} | {cells} |")
    print()


def _group(row: dict[str, object], key: str) -> str:
    return quality(row) if key == "quality" else str(row["style"])


def code_table(rows: list[dict[str, object]]) -> None:
    columns = [*QUALITIES, *STYLES]
    print("| code | lines | " + " | ".join(columns) + " |")
    print("| --- | ---: | " + " | ".join("---:" for _ in columns) + " |")
    for code in CODES:
        having = [r for r in rows if code in r["codes"]]  # type: ignore[operator]
        by_quality = Counter(quality(r) for r in having)
        by_style = Counter(str(r["style"]) for r in having)
        cells = [str(by_quality[q]) for q in QUALITIES] + [str(by_style[s]) for s in STYLES]
        print(f"| {code} | {len(having)} | " + " | ".join(cells) + " |")


def main() -> None:
    with (HERE / "lines.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    with_context = sum(r["context"] is not None for r in rows)
    no_codes = sum(not r["codes"] for r in rows)
    long_turns = [r for r in rows if len(str(r["text"]).split()) >= LONG_TURN_WORDS]
    long_poor = sum(quality(r) == "poor" for r in long_turns)
    convs = len({r["conversation"] for r in rows})
    print(
        f"lines: {len(rows)}; conversations: {convs}; with a context line: {with_context}; "
        f"no codes: {no_codes}; turns of {LONG_TURN_WORDS}+ words: {len(long_turns)} "
        f"({long_poor} poor, {len(long_turns) - long_poor} skilled or typical)"
    )
    print()
    primary_table(rows, "quality", QUALITIES)
    primary_table(rows, "style", STYLES)
    code_table(rows)


if __name__ == "__main__":
    main()
