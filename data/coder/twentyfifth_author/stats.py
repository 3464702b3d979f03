"""Print markdown count tables for lines.jsonl (helper T25's notes)."""

import json
from collections import Counter
from pathlib import Path

from build import ORDER, STYLES

rows = [json.loads(x) for x in (Path(__file__).parent / "lines.jsonl").read_text().splitlines()]
styles = [
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
assert set(styles) == STYLES
n_conv = len({r["conversation"] for r in rows})
n_ctx = sum(r["context"] is not None for r in rows)
n_none = sum(not r["codes"] for r in rows)
print(f"lines: {len(rows)}; conversations: {n_conv}; with context: {n_ctx}; no codes: {n_none}\n")
print("| code | lines | " + " | ".join(styles) + " |")
print("| --- | ---: |" + " ---: |" * len(styles))
for c in ORDER:
    per = Counter(r["style"] for r in rows if c in r["codes"])
    print(f"| {c} | {sum(per.values())} | " + " | ".join(str(per[s]) for s in styles) + " |")
print()
print("| style | lines | question | reflection | input | other |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
for s in [*styles, "all"]:
    rs = [r for r in rows if s == "all" or r["style"] == s]
    p = Counter(r["primary"] for r in rs)
    cells = [len(rs), p["question"], p["reflection"], p["input"], p["other"]]
    print(f"| {s} | " + " | ".join(map(str, cells)) + " |")
print()
q = Counter()
for r in rows:
    q[r["voice"].rsplit(": ", 1)[1]] += 1
convq = Counter(r["voice"].rsplit(": ", 1)[1] for r in rows if r["turn"] == 1)
print("| quality | conversations | turns |")
print("| --- | ---: | ---: |")
for k in ["skilled", "typical", "poor"]:
    print(f"| {k} | {convq[k]} | {q[k]} |")
print()
lens = Counter(Counter(r["conversation"] for r in rows).values())
print("turns per conversation:", dict(sorted(lens.items())))
