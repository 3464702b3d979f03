"""Print counts for the notes (helper T13)."""

import collections
import json
import pathlib

from build import ORDER, STYLES

HERE = pathlib.Path(__file__).parent
with open(HERE / "lines.jsonl") as fh:
    L = [json.loads(x) for x in fh]


def q(ln):
    return ln["voice"].split(":")[0]


convs = {ln["conversation"]: ln for ln in L}
print(
    f"lines: {len(L)}; conversations: {len(convs)}; "
    f"with context: {sum(1 for ln in L if ln['context'])}; "
    f"no codes: {sum(1 for ln in L if not ln['codes'])}"
)
print(
    "conversation lengths:",
    dict(collections.Counter(collections.Counter(ln["conversation"] for ln in L).values())),
)
print("\nconversations by quality x style\n")
print("| quality | " + " | ".join(STYLES) + " | all |")
print("| --- |" + " ---: |" * (len(STYLES) + 1))
for qu in ["skilled", "typical", "poor"]:
    row = [sum(1 for c in convs.values() if q(c) == qu and c["style"] == s) for s in STYLES]
    print(f"| {qu} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
print("\nturns by code x style\n")
print("| code | lines | " + " | ".join(STYLES) + " | skilled | typical | poor |")
print("| --- | ---: |" + " ---: |" * (len(STYLES) + 3))
for c in ORDER:
    row = [sum(1 for ln in L if c in ln["codes"] and ln["style"] == s) for s in STYLES]
    qs = [
        sum(1 for ln in L if c in ln["codes"] and q(ln) == qu)
        for qu in ["skilled", "typical", "poor"]
    ]
    print(f"| {c} | {sum(row)} | " + " | ".join(map(str, row + qs)) + " |")
PRIMS = ["question", "reflection", "input", "other"]


def primary_table(title, groups):
    print(f"\nturns by {title} x primary\n")
    print(f"| {title} | lines | " + " | ".join(PRIMS) + " |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, sub in groups:
        counts = [sum(1 for ln in sub if ln["primary"] == p) for p in PRIMS]
        print(f"| {name} | {len(sub)} | " + " | ".join(map(str, counts)) + " |")


primary_table(
    "style", [(s, [ln for ln in L if s == "all" or ln["style"] == s]) for s in [*STYLES, "all"]]
)
primary_table(
    "quality", [(qu, [ln for ln in L if q(ln) == qu]) for qu in ["skilled", "typical", "poor"]]
)
