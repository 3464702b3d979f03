"""Build twentythird_author.jsonl from the hand-written chunk*.txt files (helper T23)."""

import json
import random
from collections import Counter
from pathlib import Path

from voices import VOICES

HERE = Path(__file__).parent
OUT = HERE.parent / "twentythird_author.jsonl"

CODES = [
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
ABBR = {
    "oq": "open_question",
    "cq": "closed_question",
    "ref": "reflection",
    "aff": "affirmation",
    "adv": "advice",
    "inf": "information",
    "obs": "observation",
    "imp": "impact",
    "exp": "expectation",
    "lab": "label",
    "sof": "softener",
    "bla": "blame",
    "thr": "threat",
    "com": "commitment",
    "fu": "follow_up",
    "sup": "support_offer",
    "sum": "summary",
}
PRIM = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
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


def parse() -> list[dict]:
    rows = []
    for f in sorted(HERE.glob("chunk*.txt")):
        ctx = None
        for n, raw in enumerate(f.read_text().splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith(">"):
                ctx = line[1:].strip()
                continue
            parts = [p.strip() for p in line.split("|")]
            assert len(parts) == 4, (f.name, n, line)
            key, text, prim, codes = parts
            style = None
            if ":" in key:
                key, style = key.split(":")
            vstyle, vdesc = VOICES[key]
            style = style or vstyle
            cl = [ABBR[c] for c in codes.split()] if codes not in ("", "-") else []
            assert len(set(cl)) == len(cl), (f.name, n)
            cl = sorted(cl, key=CODES.index)
            assert ctx, (f.name, n)
            rows.append(
                {
                    "context": ctx,
                    "text": text,
                    "primary": PRIM[prim],
                    "codes": cl,
                    "style": style,
                    "voice": vdesc,
                    "_where": f"{f.name}:{n}",
                }
            )
    return rows


def check(r: dict) -> None:
    c, p, w = set(r["codes"]), r["primary"], r["_where"]
    assert r["style"] in STYLES, w
    if c & {"label", "blame", "threat"}:
        assert p == "input", w
    if p == "reflection":
        assert "reflection" in c, w
    if "summary" in c:
        assert "reflection" in c, w
    if "reflection" in c:
        assert not c & {"label", "blame", "threat"}, w
    if p == "question":
        assert c & {"open_question", "closed_question"}, w
    if r["style"] == "spoken":
        t = r["text"]
        assert t == t.lower() and not any(ch in t for ch in ".,?!'\";:"), w


def main() -> None:
    rows = parse()
    for r in rows:
        check(r)
    texts = Counter(r["text"] for r in rows)
    dup = [t for t, k in texts.items() if k > 1]
    assert not dup, dup
    random.Random(23).shuffle(rows)
    with OUT.open("w") as fh:
        for r in rows:
            r = {k: v for k, v in r.items() if k != "_where"}
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for line in OUT.read_text().splitlines():
        json.loads(line)
    codes = Counter(c for r in rows for c in r["codes"])
    styles = Counter(r["style"] for r in rows)
    prims = Counter(r["primary"] for r in rows)
    honest = sum(1 for r in rows if not set(r["codes"]) & {"label", "blame", "threat"})
    print(
        "lines",
        len(rows),
        "voices",
        len({r["voice"] for r in rows}),
        "honest",
        honest,
        "contexts",
        len({r["context"] for r in rows}),
    )
    print("primary", dict(prims))
    print("styles", dict(styles))
    print("codes", {c: codes[c] for c in CODES})
    print("nocodes", sum(1 for r in rows if not r["codes"]))
    table = {
        s: Counter(c for r in rows if r["style"] == s for c in r["codes"]) for s in sorted(STYLES)
    }
    print("code x style")
    for c in CODES:
        print(c, [table[s][c] for s in sorted(STYLES)])
    print(sorted(STYLES))


if __name__ == "__main__":
    main()
