"""Print the count tables of the README's "Shape" section from lines.jsonl."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from build import CODE_ORDER, OUTPUT

QUALITIES = ["skilled", "typical", "poor"]
STYLES = ["tidy", "spoken", "terse", "rambling", "british", "american", "nonnative",
          "kind_vague", "harsh"]
PRIMARIES = ["question", "reflection", "input", "other"]
LONG_TURN_WORDS = 60


def quality(record: dict[str, object]) -> str:
    return str(record["voice"]).rsplit("; ", 1)[1]


def row(cells: list[object]) -> str:
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


def primary_table(records: list[dict[str, object]], key: str, groups: list[str]) -> None:
    print(row([key, "conversations", "lines", *PRIMARIES]))
    print(row(["---", *["---:"] * (2 + len(PRIMARIES))]))
    for group in [*groups, "all"]:
        chosen = [r for r in records if group == "all" or group_of(r, key) == group]
        if not chosen:
            continue
        primaries = Counter(str(r["primary"]) for r in chosen)
        conversations = len({r["conversation"] for r in chosen})
        print(row([group, conversations, len(chosen), *(primaries[p] for p in PRIMARIES)]))
    print()


def group_of(record: dict[str, object], key: str) -> str:
    return quality(record) if key == "quality" else str(record["style"])


def code_table(records: list[dict[str, object]]) -> None:
    columns = [("quality", q) for q in QUALITIES] + [("style", s) for s in STYLES]
    print(row(["code", "lines", *(name for _, name in columns)]))
    print(row(["---", *["---:"] * (1 + len(columns))]))
    for code in CODE_ORDER:
        having = [r for r in records if code in r["codes"]]  # type: ignore[operator]
        cells = [sum(1 for r in having if group_of(r, key) == name) for key, name in columns]
        print(row([code, len(having), *cells]))
    print()


def main() -> None:
    records = [json.loads(line) for line in Path(OUTPUT).read_text(encoding="utf-8").splitlines()]
    long_turns = [r for r in records if len(str(r["text"]).split()) >= LONG_TURN_WORDS]
    long_poor = sum(1 for r in long_turns if quality(r) == "poor")
    print(
        f"lines: {len(records)}; conversations: {len({r['conversation'] for r in records})}; "
        f"with a context line: {sum(1 for r in records if r['context'] is not None)}; "
        f"no codes: {sum(1 for r in records if not r['codes'])}; "
        f"turns of {LONG_TURN_WORDS}+ words: {len(long_turns)} "
        f"({long_poor} poor, {len(long_turns) - long_poor} skilled or typical)\n"
    )
    primary_table(records, "quality", QUALITIES)
    primary_table(records, "style", STYLES)
    code_table(records)


if __name__ == "__main__":
    main()
