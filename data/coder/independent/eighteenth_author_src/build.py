"""Build eighteenth_author.jsonl from the hand-written .txt blocks (helper T18)."""

import json
import pathlib
import random
import sys
from collections import Counter

SRC = pathlib.Path(__file__).parent
OUT = SRC.parent / "eighteenth_author.jsonl"

ORDER = [
    "open_question",
    "closed_question",
    "reflection",
    "affirmation",
    "advice",
    "information",
    "observation",
    "impact",
    "expectation",
    "label",
    "softener",
    "blame",
    "threat",
    "commitment",
    "follow_up",
    "support_offer",
    "summary",
]
AB = {
    "oq": "open_question",
    "cq": "closed_question",
    "re": "reflection",
    "af": "affirmation",
    "ad": "advice",
    "in": "information",
    "ob": "observation",
    "im": "impact",
    "ex": "expectation",
    "la": "label",
    "so": "softener",
    "bl": "blame",
    "th": "threat",
    "co": "commitment",
    "fu": "follow_up",
    "su": "support_offer",
    "sm": "summary",
}
PRIMS = {"question", "reflection", "input", "other"}
STYLES = {
    "tidy",
    "spoken",
    "terse",
    "rambling",
    "british",
    "american",
    "nonnative",
    "kind_vague",
    "harsh",
}


def parse_voices():
    voices = {}
    for ln in (SRC / "voices.txt").read_text().splitlines():
        if ln.strip():
            k, v = ln.split("|", 1)
            voices[k.strip()] = v.strip()
    return voices


def main():
    voices = parse_voices()
    rows, errs = [], []
    for f in sorted(SRC.glob("d*.txt")):
        voice = None
        ctx = text = None
        for n, raw in enumerate(f.read_text().splitlines(), 1):
            ln = raw.strip()
            if not ln or ln.startswith("#"):
                continue
            if ln.startswith("@"):
                voice = voices[ln[1:].strip()]
            elif ln.startswith("C:"):
                c = ln[2:].strip()
                ctx = None if c == "-" else c
            elif ln.startswith("T:"):
                text = ln[2:].strip()
            elif ln.startswith("L:"):
                prim, codes, style = [x.strip() for x in ln[2:].split("|")]
                cl = [AB[c] for c in codes.split()]
                cl = [c for c in ORDER if c in cl]
                where = f"{f.name}:{n}"
                if prim not in PRIMS or style not in STYLES or text is None or voice is None:
                    errs.append(where)
                if prim == "reflection" and "reflection" not in cl:
                    errs.append(where + " reflection primary without code")
                if "summary" in cl and "reflection" not in cl:
                    errs.append(where + " summary without reflection")
                if {"label", "blame", "threat"} & set(cl) and prim != "input":
                    errs.append(where + " label/blame/threat not input")
                if prim == "question" and not {"open_question", "closed_question"} & set(cl):
                    errs.append(where + " question without question code")
                rows.append(
                    {
                        "context": ctx,
                        "text": text,
                        "primary": prim,
                        "codes": cl,
                        "style": style,
                        "voice": voice,
                    }
                )
                ctx = text = None
            else:
                errs.append(f"{f.name}:{n} bad line")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    random.Random(18).shuffle(rows)
    with OUT.open("w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # checks
    for ln in OUT.read_text().splitlines():
        json.loads(ln)
    st = Counter(r["style"] for r in rows)
    print(
        "lines",
        len(rows),
        "with ctx",
        sum(r["context"] is not None for r in rows),
        "no codes",
        sum(not r["codes"] for r in rows),
        "voices",
        len({r["voice"] for r in rows}),
    )
    print("styles", dict(st))
    for s in sorted(st):
        ws = [len(r["text"].split()) for r in rows if r["style"] == s]
        print(" ", s, "words min/mean/max", min(ws), round(sum(ws) / len(ws), 1), max(ws))
    print("| code | lines | " + " | ".join(sorted(st)) + " |")
    for c in ORDER:
        cnt = [sum(c in r["codes"] and r["style"] == s for r in rows) for s in sorted(st)]
        print(f"| {c} | {sum(cnt)} | " + " | ".join(map(str, cnt)) + " |")
    print("| style | lines | question | reflection | input | other |")
    for s in [*sorted(st), "all"]:
        rs = [r for r in rows if s == "all" or r["style"] == s]
        p = Counter(r["primary"] for r in rs)
        cells = [len(rs), p["question"], p["reflection"], p["input"], p["other"]]
        print(f"| {s} | " + " | ".join(map(str, cells)) + " |")


if __name__ == "__main__":
    main()
