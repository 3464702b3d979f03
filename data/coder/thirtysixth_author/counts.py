"""Print count tables for lines.jsonl (markdown)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODES = [
    "open_question", "closed_question", "reflection", "summary", "affirmation", "advice",
    "information", "observation", "impact", "expectation", "label", "softener", "blame",
    "threat", "commitment", "follow_up", "support_offer",
]
STYLES = ["tidy", "spoken", "terse", "rambling", "british", "american", "nonnative",
          "kind_vague", "harsh"]
QUALITIES = ["skilled", "typical", "poor"]
PRIMS = ["question", "reflection", "input", "other"]


def quality(row: dict) -> str:
    return row["voice"].rsplit("; ", 1)[1]


def prim_cells(have: list[dict]) -> str:
    return " | ".join(str(sum(r["primary"] == p for r in have)) for p in PRIMS)


def main() -> None:
    rows = [json.loads(x) for x in (HERE / "lines.jsonl").read_text(encoding="utf-8").splitlines()]
    convs: dict[int, tuple[str, str]] = {}
    for r in rows:
        convs[r["conversation"]] = (r["style"], quality(r))
    print(f"lines: {len(rows)}; conversations: {len(convs)}; "
          f"with a context line: {sum(r['context'] is not None for r in rows)}; "
          f"no codes: {sum(not r['codes'] for r in rows)}")
    turns = Counter(sum(1 for r in rows if r["conversation"] == c) for c in convs)
    per = ", ".join(f"{k}: {v}" for k, v in sorted(turns.items()))
    print(f"manager turns per conversation: {per}")
    print()
    qc = Counter(q for _, q in convs.values())
    ql = Counter(quality(r) for r in rows)
    print("| quality | conversations | lines |\n| --- | ---: | ---: |")
    for q in QUALITIES:
        print(f"| {q} | {qc[q]} | {ql[q]} |")
    print()
    print("| style | conversations | skilled | typical | poor | lines |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for s in STYLES:
        cs = [q for st, q in convs.values() if st == s]
        print(f"| {s} | {len(cs)} | {cs.count('skilled')} | {cs.count('typical')} | "
              f"{cs.count('poor')} | {sum(r['style'] == s for r in rows)} |")
    print()
    print("| code | lines | " + " | ".join(QUALITIES) + " | " + " | ".join(STYLES) + " |")
    print("| --- | ---: " + "| ---: " * (len(QUALITIES) + len(STYLES)) + "|")
    for c in CODES:
        have = [r for r in rows if c in r["codes"]]
        qs = [str(sum(quality(r) == q for r in have)) for q in QUALITIES]
        ss = [str(sum(r["style"] == s for r in have)) for s in STYLES]
        print(f"| {c} | {len(have)} | " + " | ".join(qs) + " | " + " | ".join(ss) + " |")
    print()
    print("| style | lines | " + " | ".join(PRIMS) + " |")
    print("| --- | ---: " + "| ---: " * len(PRIMS) + "|")
    for s in [*STYLES, "all"]:
        have = [r for r in rows if s == "all" or r["style"] == s]
        print(f"| {s} | {len(have)} | " + prim_cells(have) + " |")
    print()
    print("| quality | lines | " + " | ".join(PRIMS) + " | label, blame or threat |")
    print("| --- | ---: " + "| ---: " * (len(PRIMS) + 1) + "|")
    for q in QUALITIES:
        have = [r for r in rows if quality(r) == q]
        j = sum(bool({"label", "blame", "threat"} & set(r["codes"])) for r in have)
        print(f"| {q} | {len(have)} | " + prim_cells(have) + f" | {j} |")


if __name__ == "__main__":
    main()
