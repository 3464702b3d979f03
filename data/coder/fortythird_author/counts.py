"""Print the README's count tables from lines.jsonl (markdown, ready to paste)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from build import CODE_ORDER, STYLES

HERE = Path(__file__).resolve().parent
PRIMARY_ORDER = ["question", "reflection", "input", "other"]
QUALITY_ORDER = ["skilled", "typical", "poor"]
STYLE_ORDER = ["tidy", "spoken", "terse", "rambling", "british", "american", "nonnative",
               "kind_vague", "harsh"]
LONG_TURN_WORDS = 60


def quality(row: dict[str, object]) -> str:
    return str(row["voice"]).rsplit("; ", 1)[1]


def primary_table(rows: list[dict[str, object]], key: str, order: list[str]) -> list[str]:
    out = [f"| {key} | conversations | lines | " + " | ".join(PRIMARY_ORDER) + " |",
           "| --- | ---: | ---: | " + " | ".join("---:" for _ in PRIMARY_ORDER) + " |"]
    groups = [(name, [r for r in rows if group_of(r, key) == name]) for name in order]
    groups.append(("all", rows))
    for name, group in groups:
        primaries = Counter(r["primary"] for r in group)
        conversations = len({r["conversation"] for r in group})
        cells = [str(primaries[p]) for p in PRIMARY_ORDER]
        out.append(f"| {name} | {conversations} | {len(group)} | " + " | ".join(cells) + " |")
    return out


def group_of(row: dict[str, object], key: str) -> str:
    return quality(row) if key == "quality" else str(row["style"])


def code_table(rows: list[dict[str, object]]) -> list[str]:
    columns = [("quality", q) for q in QUALITY_ORDER] + [("style", s) for s in STYLE_ORDER]
    out = ["| code | lines | " + " | ".join(name for _, name in columns) + " |",
           "| --- | ---: | " + " | ".join("---:" for _ in columns) + " |"]
    for code in CODE_ORDER:
        having = [r for r in rows if code in r["codes"]]  # type: ignore[operator]
        cells = [str(sum(1 for r in having if group_of(r, key) == name)) for key, name in columns]
        out.append(f"| {code} | {len(having)} | " + " | ".join(cells) + " |")
    return out


def main() -> None:
    rows = [json.loads(line) for line in (HERE / "lines.jsonl").read_text().splitlines()]
    assert set(STYLE_ORDER) == STYLES
    long_turns = [r for r in rows if len(str(r["text"]).split()) >= LONG_TURN_WORDS]
    long_poor = sum(1 for r in long_turns if quality(r) == "poor")
    print(f"lines: {len(rows)}; conversations: {len({r['conversation'] for r in rows})}; "
          f"with a context line: {sum(1 for r in rows if r['context'] is not None)}; "
          f"no codes: {sum(1 for r in rows if not r['codes'])}; "
          f"turns of {LONG_TURN_WORDS}+ words: {len(long_turns)} ({long_poor} poor, "
          f"{len(long_turns) - long_poor} skilled or typical)")
    print()
    print("\n".join(primary_table(rows, "quality", QUALITY_ORDER)))
    print()
    print("\n".join(primary_table(rows, "style", STYLE_ORDER)))
    print()
    print("\n".join(code_table(rows)))


if __name__ == "__main__":
    main()
