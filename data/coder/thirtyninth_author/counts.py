"""Print count tables (by code and style, by quality, by style and primary) for lines.jsonl."""

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
JUDGEMENTS = ("label", "blame", "threat")
PRIMARIES = ["question", "reflection", "input", "other"]


def quality(r: dict) -> str:
    return str(r["voice"]).rsplit("; ", 1)[1]


def main() -> None:
    rows = [json.loads(x) for x in (HERE / "lines.jsonl").read_text(encoding="utf-8").splitlines()]
    n = len(rows)
    with_ctx = sum(r["context"] is not None for r in rows)
    print(f"lines: {n}; conversations: {len({r['conversation'] for r in rows})}; "
          f"with a context line: {with_ctx}; no codes: {sum(not r['codes'] for r in rows)}\n")

    conv_q = Counter()
    conv_s = Counter()
    for c in {r["conversation"]: r for r in rows}.values():
        conv_q[quality(c)] += 1
        conv_s[c["style"]] += 1
    print("| quality | conversations | lines | label | blame | threat |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for q in QUALITIES:
        sub = [r for r in rows if quality(r) == q]
        print(f"| {q} | {conv_q[q]} | {len(sub)} | "
              + " | ".join(str(sum(c in r["codes"] for r in sub)) for c in JUDGEMENTS)
              + " |")
    print()

    print("| code | lines | " + " | ".join(STYLES) + " | skilled | typical | poor |")
    print("| --- | ---: | " + " | ".join("---:" for _ in STYLES) + " | ---: | ---: | ---: |")
    for code in CODE_ORDER:
        sub = [r for r in rows if code in r["codes"]]
        by_s = Counter(r["style"] for r in sub)
        by_q = Counter(quality(r) for r in sub)
        print(f"| {code} | {len(sub)} | " + " | ".join(str(by_s[s]) for s in STYLES) + " | "
              + " | ".join(str(by_q[q]) for q in QUALITIES) + " |")
    print()

    print("| style | conversations | lines | " + " | ".join(PRIMARIES) + " |")
    print("| --- | ---: | ---: | " + " | ".join("---:" for _ in PRIMARIES) + " |")
    for s in [*STYLES, "all"]:
        sub = rows if s == "all" else [r for r in rows if r["style"] == s]
        by_p = Counter(r["primary"] for r in sub)
        nconv = len({r["conversation"] for r in sub})
        cells = " | ".join(str(by_p[p]) for p in PRIMARIES)
        print(f"| {s} | {nconv} | {len(sub)} | {cells} |")


if __name__ == "__main__":
    main()
