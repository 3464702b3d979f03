"""Print the README's count tables from lines.jsonl (markdown, ready to paste)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODE_ORDER = [
    "open_question", "closed_question", "reflection", "summary", "affirmation", "advice",
    "information", "observation", "impact", "expectation", "label", "softener", "blame",
    "threat", "commitment", "follow_up", "support_offer",
]
STYLES = ["tidy", "spoken", "terse", "rambling", "british", "american", "nonnative",
          "kind_vague", "harsh"]
QUALITIES = ["skilled", "typical", "poor"]
PRIMARIES = ["question", "reflection", "input", "other"]
LONG_TURN_WORDS = 60


def quality(record: dict) -> str:
    return str(record["voice"]).rsplit("; ", 1)[1]


def primary_table(records: list[dict], key: str, groups: list[str]) -> None:
    print(f"| {key} | conversations | lines | " + " | ".join(PRIMARIES) + " |")
    print("| --- | ---: | ---: | " + " | ".join("---:" for _ in PRIMARIES) + " |")
    for group in [*groups, "all"]:
        chosen = [r for r in records if group == "all" or group_of(r, key) == group]
        primaries = Counter(r["primary"] for r in chosen)
        convs = len({r["conversation"] for r in chosen})
        cells = " | ".join(str(primaries[p]) for p in PRIMARIES)
        print(f"| {group} | {convs} | {len(chosen)} | {cells} |")
    print()


def group_of(record: dict, key: str) -> str:
    return quality(record) if key == "quality" else str(record["style"])


def main() -> None:
    records = [json.loads(line) for line in (HERE / "lines.jsonl").open(encoding="utf-8")]
    conversations = {r["conversation"] for r in records}
    with_context = sum(1 for r in records if r["context"] is not None)
    no_codes = sum(1 for r in records if not r["codes"])
    long_turns = [r for r in records if len(str(r["text"]).split()) >= LONG_TURN_WORDS]
    long_poor = sum(1 for r in long_turns if quality(r) == "poor")
    print(f"lines: {len(records)}; conversations: {len(conversations)}; with a context line: "
          f"{with_context}; no codes: {no_codes}; turns of {LONG_TURN_WORDS}+ words: "
          f"{len(long_turns)} ({long_poor} poor, {len(long_turns) - long_poor} skilled or typical)")
    print()
    primary_table(records, "quality", QUALITIES)
    primary_table(records, "style", STYLES)
    columns = QUALITIES + STYLES
    print("| code | lines | " + " | ".join(columns) + " |")
    print("| --- | ---: | " + " | ".join("---:" for _ in columns) + " |")
    for code in CODE_ORDER:
        having = [r for r in records if code in r["codes"]]
        by_quality = Counter(quality(r) for r in having)
        by_style = Counter(r["style"] for r in having)
        cells = [by_quality[q] for q in QUALITIES] + [by_style[s] for s in STYLES]
        print(f"| {code} | {len(having)} | " + " | ".join(str(c) for c in cells) + " |")


if __name__ == "__main__":
    main()
