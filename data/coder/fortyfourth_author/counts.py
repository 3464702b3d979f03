"""Print the README's count tables (markdown) from lines.jsonl."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from build import CODE_ORDER

HERE = Path(__file__).resolve().parent
QUALITIES = ["skilled", "typical", "poor"]
STYLES = ["tidy", "spoken", "terse", "rambling", "british", "american", "nonnative",
          "kind_vague", "harsh"]
PRIMARIES = ["question", "reflection", "input", "other"]
LONG_TURN = 60


def quality(record: dict[str, object]) -> str:
    return str(record["voice"]).rsplit("; ", 1)[1]


def primary_table(records: list[dict[str, object]], key: str, groups: list[str]) -> None:
    print(f"| {key} | conversations | lines | " + " | ".join(PRIMARIES) + " |")
    print("| --- | " + " | ".join(["---:"] * (2 + len(PRIMARIES))) + " |")
    for group in [*groups, "all"]:
        rows = [r for r in records if group == "all" or group_of(r, key) == group]
        convs = len({r["conversation"] for r in rows})
        counts = Counter(str(r["primary"]) for r in rows)
        cells = [str(convs), str(len(rows)), *(str(counts[p]) for p in PRIMARIES)]
        print(f"| {group} | " + " | ".join(cells) + " |")
    print()


def group_of(record: dict[str, object], key: str) -> str:
    return quality(record) if key == "quality" else str(record["style"])


def main() -> None:
    records = [json.loads(line) for line in (HERE / "lines.jsonl").read_text().splitlines()]
    contexts = sum(1 for r in records if r["context"] is not None)
    bare = sum(1 for r in records if not r["codes"])
    long_turns = [r for r in records if len(str(r["text"]).split()) >= LONG_TURN]
    long_poor = sum(1 for r in long_turns if quality(r) == "poor")
    print(f"lines: {len(records)}; conversations: {len({r['conversation'] for r in records})}; "
          f"with a context line: {contexts}; no codes: {bare}; turns of {LONG_TURN}+ words: "
          f"{len(long_turns)} ({long_poor} poor, {len(long_turns) - long_poor} skilled or typical)")
    print()
    primary_table(records, "quality", QUALITIES)
    primary_table(records, "style", STYLES)
    print("| code | lines | " + " | ".join(QUALITIES + STYLES) + " |")
    print("| --- | " + " | ".join(["---:"] * (1 + len(QUALITIES) + len(STYLES))) + " |")
    for code in CODE_ORDER:
        rows = [r for r in records if code in r["codes"]]
        cells = [str(len(rows))]
        cells += [str(sum(1 for r in rows if quality(r) == q)) for q in QUALITIES]
        cells += [str(sum(1 for r in rows if r["style"] == s)) for s in STYLES]
        print(f"| {code} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
