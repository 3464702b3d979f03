"""Print count tables for lines.jsonl (by quality, style, code and primary)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from build import CODES

HERE = Path(__file__).resolve().parent
STYLES = ["tidy", "spoken", "terse", "rambling", "british", "american", "nonnative",
          "kind_vague", "harsh"]
QUALITIES = ["skilled", "typical", "poor"]
PRIMARIES = ["question", "reflection", "input", "other"]


def main() -> None:
    rows = [json.loads(ln) for ln in (HERE / "lines.jsonl").open(encoding="utf-8")]
    quality = Counter(r["voice"].rsplit("; ", 1)[1] for r in rows)
    convs_q = Counter(r["voice"].rsplit("; ", 1)[1] for r in rows if r["turn"] == 1)
    ctx = sum(r["context"] is not None for r in rows)
    none = sum(not r["codes"] for r in rows)
    print(f"lines: {len(rows)}; conversations: {len({r['conversation'] for r in rows})}; "
          f"with a context line: {ctx}; no codes: {none}\n")
    print("| quality | conversations | lines |\n| --- | ---: | ---: |")
    for q in QUALITIES:
        print(f"| {q} | {convs_q[q]} | {quality[q]} |")
    print()
    print("| style | conversations | lines | " + " | ".join(PRIMARIES) + " |")
    print("| --- | ---: | ---: | " + " | ".join("---:" for _ in PRIMARIES) + " |")
    for s in [*STYLES, "all"]:
        sel = [r for r in rows if s == "all" or r["style"] == s]
        pc = Counter(r["primary"] for r in sel)
        nc = len({r["conversation"] for r in sel})
        print(f"| {s} | {nc} | {len(sel)} | " + " | ".join(str(pc[p]) for p in PRIMARIES) + " |")
    print()
    print("| code | lines | " + " | ".join(QUALITIES) + " | " + " | ".join(STYLES) + " |")
    print("| --- | ---: | " + " | ".join("---:" for _ in QUALITIES + STYLES) + " |")
    for c in CODES:
        sel = [r for r in rows if c in r["codes"]]
        qc = Counter(r["voice"].rsplit("; ", 1)[1] for r in sel)
        sc = Counter(r["style"] for r in sel)
        print(f"| {c} | {len(sel)} | " + " | ".join(str(qc[q]) for q in QUALITIES) + " | "
              + " | ".join(str(sc[s]) for s in STYLES) + " |")


if __name__ == "__main__":
    main()
