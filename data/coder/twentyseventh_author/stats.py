"""Print the count tables for README.md from lines.jsonl (helper T27)."""

import json
from collections import Counter
from pathlib import Path

from build import CODES, STYLES

HERE = Path(__file__).parent
STY = [
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
assert set(STY) == STYLES
with open(HERE / "lines.jsonl") as fh:
    recs = [json.loads(x) for x in fh]
print(
    f"lines: {len(recs)}; with context: {sum(r['context'] is not None for r in recs)}; "
    f"no codes: {sum(not r['codes'] for r in recs)}; "
    f"conversations: {len({r['conversation'] for r in recs})}"
)
print()
print("| code | lines | " + " | ".join(STY) + " |")
print("| --- | ---: | " + " | ".join("---:" for _ in STY) + " |")
for c in CODES:
    row = [sum(c in r["codes"] for r in recs if r["style"] == s) for s in STY]
    print(f"| {c} | {sum(row)} | " + " | ".join(map(str, row)) + " |")
print()
print("| style | lines | conversations | question | reflection | input | other |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for s in [*STY, "all"]:
    rs = [r for r in recs if s == "all" or r["style"] == s]
    convs = len({r["conversation"] for r in rs})
    p = Counter(r["primary"] for r in rs)
    print(
        f"| {s} | {len(rs)} | {convs} | {p['question']} | {p['reflection']} | "
        f"{p['input']} | {p['other']} |"
    )
print()
q = Counter()
for cnum in sorted({r["conversation"] for r in recs}):
    v = next(r["voice"] for r in recs if r["conversation"] == cnum)
    q[v.rsplit(";", 1)[-1].strip().split(":")[0].split(",")[0].split()[0]] += 1
print("quality:", dict(q))
