"""Print count tables for lines.jsonl (turns by code, style, primary and quality)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from build import CODES

HERE = Path(__file__).resolve().parent
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
PRIMARIES = ["question", "reflection", "input", "other"]
QUALITIES = ["skilled", "typical", "poor"]


def quality(rec: dict) -> str:
    return rec["voice"].rsplit("; ", 1)[1]


def main() -> None:
    rows = [json.loads(x) for x in (HERE / "lines.jsonl").read_text(encoding="utf-8").splitlines()]
    convs: dict[int, dict] = {}
    for r in rows:
        convs.setdefault(r["conversation"], r)
    turns_per_conv = Counter(r["conversation"] for r in rows)
    no_codes = sum(1 for r in rows if not r["codes"])
    no_context = sum(1 for r in rows if r["context"] is None)
    print(f"- turns: {len(rows)}; conversations: {len(convs)}; no codes: {no_codes}", end="")
    print(f"; context null: {no_context}")
    print(f"- turns per conversation: {dict(sorted(Counter(turns_per_conv.values()).items()))}")
    print(f"- quality (conversations): {dict(Counter(quality(r) for r in convs.values()))}")
    print(f"- quality (turns): {dict(Counter(quality(r) for r in rows))}")
    print(f"- style (conversations): {dict(Counter(r['style'] for r in convs.values()))}")
    print()
    print("| code | turns | " + " | ".join(STYLES) + " |")
    print("| --- | ---: | " + " | ".join("---:" for _ in STYLES) + " |")
    for code in CODES:
        have = [r for r in rows if code in r["codes"]]
        by = Counter(r["style"] for r in have)
        print(f"| {code} | {len(have)} | " + " | ".join(str(by[s]) for s in STYLES) + " |")
    print()
    print("| style | turns | " + " | ".join(PRIMARIES) + " |")
    print("| --- | ---: | " + " | ".join("---:" for _ in PRIMARIES) + " |")
    for s in [*STYLES, "all"]:
        have = [r for r in rows if s == "all" or r["style"] == s]
        by = Counter(r["primary"] for r in have)
        print(f"| {s} | {len(have)} | " + " | ".join(str(by[p]) for p in PRIMARIES) + " |")
    print()
    print("| code | " + " | ".join(QUALITIES) + " |")
    print("| --- | " + " | ".join("---:" for _ in QUALITIES) + " |")
    for code in CODES:
        by = Counter(quality(r) for r in rows if code in r["codes"])
        print(f"| {code} | " + " | ".join(str(by[q]) for q in QUALITIES) + " |")
    print()
    print("| quality | turns | " + " | ".join(PRIMARIES) + " |")
    print("| --- | ---: | " + " | ".join("---:" for _ in PRIMARIES) + " |")
    for q in QUALITIES:
        have = [r for r in rows if quality(r) == q]
        by = Counter(r["primary"] for r in have)
        print(f"| {q} | {len(have)} | " + " | ".join(str(by[p]) for p in PRIMARIES) + " |")
    print()
    both = sum(1 for r in rows if "label" in r["codes"] and "blame" in r["codes"])
    print(f"- turns with both label and blame: {both}")


if __name__ == "__main__":
    main()
