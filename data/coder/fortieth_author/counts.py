"""Print count tables for lines.jsonl (issue 11)."""

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
PRIMS = ["question", "reflection", "input", "other"]
QUALS = ["skilled", "typical", "poor"]


def main() -> None:
    recs = [json.loads(x) for x in (HERE / "lines.jsonl").read_text(encoding="utf-8").splitlines()]
    ctx = sum(r["context"] is not None for r in recs)
    none = sum(not r["codes"] for r in recs)
    pct = 100 * ctx // len(recs)
    print(f"lines: {len(recs)}; with context: {ctx} ({pct}%); no codes: {none}\n")
    print("| code | lines | " + " | ".join(STYLES) + " |")
    print("| --- | ---: |" + " ---: |" * len(STYLES))
    for c in ORDER:
        by = Counter(r["style"] for r in recs if c in r["codes"])
        tot = sum(by.values())
        print(f"| {c} | {tot} | " + " | ".join(str(by[s]) for s in STYLES) + " |")
    print("\n| style | lines | conversations | " + " | ".join(PRIMS) + " |")
    print("| --- | ---: | ---: |" + " ---: |" * len(PRIMS))
    for s in [*STYLES, "all"]:
        rs = [r for r in recs if s in ("all", r["style"])]
        p = Counter(r["primary"] for r in rs)
        nconv = len({r["conversation"] for r in rs})
        print(f"| {s} | {len(rs)} | {nconv} | " + " | ".join(str(p[x]) for x in PRIMS) + " |")
    print("\n| quality | conversations | lines | label | blame | threat | question | reflection |"
          " input | other |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for q in QUALS:
        rs = [r for r in recs if r["voice"].rsplit("; ", 1)[1] == q]
        p = Counter(r["primary"] for r in rs)
        k = Counter(c for r in rs for c in r["codes"])
        nconv = len({r["conversation"] for r in rs})
        print(f"| {q} | {nconv} | {len(rs)} | {k['label']} | {k['blame']} | {k['threat']} | "
              + " | ".join(str(p[x]) for x in PRIMS) + " |")


if __name__ == "__main__":
    main()
