"""Print count tables for lines.jsonl (codes by style, primary by style, quality)."""

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
PRIMARIES = ["question", "reflection", "input", "other"]
QUALITIES = ["skilled", "typical", "poor"]


def main() -> None:
    rows = [json.loads(x) for x in (HERE / "lines.jsonl").read_text(encoding="utf-8").splitlines()]
    n = len(rows)
    with_ctx = sum(1 for r in rows if r["context"] is not None)
    print(f"lines: {n}; with context: {with_ctx} ({round(100 * with_ctx / n)}%); "
          f"no codes: {sum(1 for r in rows if not r['codes'])}; "
          f"conversations: {len({r['conversation'] for r in rows})}")
    print()
    print("| code | lines | " + " | ".join(STYLES) + " | skilled | typical | poor |")
    print("| --- | ---: | " + " | ".join("---:" for _ in STYLES) + " | ---: | ---: | ---: |")
    for c in CODES:
        have = [r for r in rows if c in r["codes"]]
        st = Counter(r["style"] for r in have)
        q = Counter(r["voice"].rsplit("; ", 1)[1] for r in have)
        print(f"| {c} | {len(have)} | " + " | ".join(str(st[s]) for s in STYLES)
              + " | " + " | ".join(str(q[x]) for x in QUALITIES) + " |")
    print()
    print("| style | conversations | lines | " + " | ".join(PRIMARIES) + " |")
    print("| --- | ---: | ---: | " + " | ".join("---:" for _ in PRIMARIES) + " |")
    for s in [*STYLES, "all"]:
        have = [r for r in rows if s == "all" or r["style"] == s]
        p = Counter(r["primary"] for r in have)
        print(f"| {s} | {len({r['conversation'] for r in have})} | {len(have)} | "
              + " | ".join(str(p[x]) for x in PRIMARIES) + " |")
    print()
    print("| quality | conversations | lines | " + " | ".join(PRIMARIES)
          + " | label | blame | threat |")
    sep = " | ".join("---:" for _ in PRIMARIES)
    print(f"| --- | ---: | ---: | {sep} | ---: | ---: | ---: |")
    for qual in QUALITIES:
        have = [r for r in rows if r["voice"].endswith("; " + qual)]
        p = Counter(r["primary"] for r in have)
        j = Counter(c for r in have for c in r["codes"])
        print(f"| {qual} | {len({r['conversation'] for r in have})} | {len(have)} | "
              + " | ".join(str(p[x]) for x in PRIMARIES)
              + f" | {j['label']} | {j['blame']} | {j['threat']} |")


if __name__ == "__main__":
    main()
