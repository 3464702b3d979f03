"""Print the count tables for README.md from lines.jsonl (run build.py first)."""

import json
from collections import Counter
from pathlib import Path

from build import CODES, STYLES

HERE = Path(__file__).parent
STYLE_ORDER = [
    "tidy", "spoken", "terse", "rambling", "british", "american", "nonnative", "kind_vague",
    "harsh",
]
assert set(STYLE_ORDER) == STYLES


def main() -> None:
    rows = [json.loads(line) for line in (HERE / "lines.jsonl").read_text().splitlines()]
    convs = {r["conversation"] for r in rows}
    quality = Counter(r["voice"].rsplit("; ", 1)[1] for r in rows if r["turn"] == 1)
    conv_style = Counter(
        Counter(r["style"] for r in rows if r["conversation"] == c).most_common(1)[0][0]
        for c in convs
    )
    print(f"turns: {len(rows)}; conversations: {len(convs)}; "
          f"no codes: {sum(1 for r in rows if not r['codes'])}; "
          f"context null: {sum(1 for r in rows if r['context'] is None)}")
    print("quality (conversations):", dict(quality))
    print("style (conversations):", dict(conv_style))
    print()
    print("| code | turns | " + " | ".join(STYLE_ORDER) + " |")
    print("| --- | ---: |" + " ---: |" * len(STYLE_ORDER))
    for code in CODES:
        per = Counter(r["style"] for r in rows if code in r["codes"])
        total = sum(per.values())
        print(f"| {code} | {total} | " + " | ".join(str(per[s]) for s in STYLE_ORDER) + " |")
    print()
    print("| style | turns | question | reflection | input | other |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for style in [*STYLE_ORDER, "all"]:
        sel = [r for r in rows if style in ("all", r["style"])]
        prim = Counter(r["primary"] for r in sel)
        print(f"| {style} | {len(sel)} | {prim['question']} | {prim['reflection']} | "
              f"{prim['input']} | {prim['other']} |")
    print()
    by_q = Counter()
    for r in rows:
        q = r["voice"].rsplit("; ", 1)[1]
        for code in ("label", "blame", "threat"):
            if code in r["codes"]:
                by_q[(q, code)] += 1
    print("| quality | label | blame | threat |")
    print("| --- | ---: | ---: | ---: |")
    for q in ("skilled", "typical", "poor"):
        print(f"| {q} | {by_q[(q, 'label')]} | {by_q[(q, 'blame')]} | {by_q[(q, 'threat')]} |")
    both = sum(1 for r in rows if {"label", "blame"} <= set(r["codes"]))
    print(f"\nturns with both label and blame: {both}")


if __name__ == "__main__":
    main()
