"""Print count tables for lines.jsonl (issue 11)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = [
    "open_question", "closed_question", "reflection", "summary", "affirmation", "advice",
    "information", "observation", "impact", "expectation", "label", "softener", "blame",
    "threat", "commitment", "follow_up", "support_offer",
]
STYLES = ["tidy", "spoken", "terse", "rambling", "british", "american", "nonnative",
          "kind_vague", "harsh"]
QUALS = ["skilled", "typical", "poor"]
PRIMS = ["question", "reflection", "input", "other"]


def main() -> None:
    rows = [json.loads(x) for x in (HERE / "lines.jsonl").read_text(encoding="utf-8").splitlines()]
    for r in rows:
        r["quality"] = r["voice"].rsplit("; ", 1)[1]
    convs = {r["conversation"]: r for r in rows}
    ctx = sum(r["context"] is not None for r in rows)
    long_turns = [r for r in rows if len(r["text"].split()) >= 60]
    print(f"lines: {len(rows)}; conversations: {len(convs)}; with a context line: {ctx}; "
          f"no codes: {sum(not r['codes'] for r in rows)}; turns of 60+ words: {len(long_turns)} "
          f"({sum(r['quality'] == 'poor' for r in long_turns)} poor, "
          f"{sum(r['quality'] != 'poor' for r in long_turns)} skilled or typical)")
    print()
    print("| quality | conversations | lines | question | reflection | input | other |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for q in [*QUALS, "all"]:
        sel = [r for r in rows if q in ("all", r["quality"])]
        nc = len({r["conversation"] for r in sel})
        pc = Counter(r["primary"] for r in sel)
        print(f"| {q} | {nc} | {len(sel)} | " + " | ".join(str(pc[p]) for p in PRIMS) + " |")
    print()
    print("| style | conversations | lines | question | reflection | input | other |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for s in STYLES:
        sel = [r for r in rows if r["style"] == s]
        nc = len({r["conversation"] for r in sel})
        pc = Counter(r["primary"] for r in sel)
        print(f"| {s} | {nc} | {len(sel)} | " + " | ".join(str(pc[p]) for p in PRIMS) + " |")
    print()
    print("| code | lines | skilled | typical | poor | " + " | ".join(STYLES) + " |")
    print("| --- | ---: | ---: | ---: | ---: | " + " | ".join("---:" for _ in STYLES) + " |")
    for c in ORDER:
        sel = [r for r in rows if c in r["codes"]]
        qc = Counter(r["quality"] for r in sel)
        sc = Counter(r["style"] for r in sel)
        print(f"| {c} | {len(sel)} | " + " | ".join(str(qc[q]) for q in QUALS) + " | "
              + " | ".join(str(sc[s]) for s in STYLES) + " |")


if __name__ == "__main__":
    main()
