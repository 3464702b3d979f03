"""Print the count tables for README.md from lines.jsonl (helper T24)."""

import json
from collections import Counter

from build import ORDER

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
PRIMS = ["question", "reflection", "input", "other"]


def main() -> None:
    with open("lines.jsonl", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    print(
        f"lines: {len(rows)}; conversations: {len({r['conversation'] for r in rows})}; "
        f"with context: {sum(r['context'] is not None for r in rows)}; "
        f"no codes: {sum(not r['codes'] for r in rows)}"
    )
    q = Counter(r["voice"].rsplit("; ", 1)[1] for r in rows if r["turn"] == 1)
    print("conversations by quality:", dict(q))
    print("\n| code | lines | " + " | ".join(STYLES) + " |")
    print("| --- | ---: |" + " ---: |" * len(STYLES))
    for c in ORDER:
        per = Counter(r["style"] for r in rows if c in r["codes"])
        print(f"| `{c}` | {sum(per.values())} | " + " | ".join(str(per[s]) for s in STYLES) + " |")
    print("\n| style | lines | conversations | " + " | ".join(PRIMS) + " |")
    print("| --- | ---: | ---: |" + " ---: |" * len(PRIMS))
    for s in [*STYLES, "all"]:
        sub = [r for r in rows if s == "all" or r["style"] == s]
        conv = len({r["conversation"] for r in sub})
        per = Counter(r["primary"] for r in sub)
        print(f"| {s} | {len(sub)} | {conv} | " + " | ".join(str(per[p]) for p in PRIMS) + " |")
    print("\nlabel/blame/threat by quality:")
    for qual in ("skilled", "typical", "poor"):
        sub = [r for r in rows if r["voice"].endswith(qual)]
        print(
            qual,
            len(sub),
            {c: sum(c in r["codes"] for r in sub) for c in ("label", "blame", "threat")},
        )


if __name__ == "__main__":
    main()
