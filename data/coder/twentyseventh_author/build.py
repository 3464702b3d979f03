"""Build lines.jsonl from the hand-written convs_*.txt files (helper T27, written blind)."""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
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
AB = {
    "oq": "open_question",
    "cq": "closed_question",
    "rf": "reflection",
    "af": "affirmation",
    "ad": "advice",
    "in": "information",
    "ob": "observation",
    "im": "impact",
    "ex": "expectation",
    "lb": "label",
    "sf": "softener",
    "bl": "blame",
    "th": "threat",
    "cm": "commitment",
    "fu": "follow_up",
    "so": "support_offer",
    "sm": "summary",
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
    out: list[dict] = []
    conv = 0
    errs = []
    for f in sorted(HERE.glob("convs_*.txt")):
        voice = style = None
        ctx = None
        turn = 0
        for n, raw in enumerate(f.read_text().splitlines(), 1):
            line = raw.rstrip()
            if not line:
                continue
            if line.startswith("=== "):
                voice, style = [x.strip() for x in line[4:].rsplit("|", 1)]
                assert style in STYLES, (f, n, style)
                conv += 1
                turn = 0
                ctx = None
                continue
            if line.startswith("R: "):
                ctx = line[3:].strip()
                continue
            if line.startswith("M: "):
                text, lab = line[3:].rsplit("||", 1)
                parts = lab.split()
                prim = PRIM[parts[0]]
                st = style
                codes = []
                for p in parts[1:]:
                    if p.startswith("@"):
                        st = p[1:]
                        assert st in STYLES, (f, n, st)
                    else:
                        codes.extend(AB[c] for c in p.split(",") if c)
                codes = [c for c in CODES if c in codes]
                turn += 1
                rec = {
                    "context": ctx,
                    "text": text.strip(),
                    "primary": prim,
                    "codes": codes,
                    "style": st,
                    "voice": voice,
                    "conversation": conv,
                    "turn": turn,
                }
                if ({"label", "blame", "threat"} & set(codes)) and prim != "input":
                    errs.append((f.name, n, "lbt not input"))
                if prim == "reflection" and "reflection" not in codes:
                    errs.append((f.name, n, "refl prim without code"))
                if "summary" in codes and "reflection" not in codes:
                    errs.append((f.name, n, "summary without reflection"))
                out.append(rec)
                ctx = None
                continue
            errs.append((f.name, n, "bad line: " + line[:40]))
    for e in errs:
        print("ERR", e)
    return out


def main() -> None:
    recs = parse()
    per = Counter(r["conversation"] for r in recs)
    bad = {c: k for c, k in per.items() if k not in (12, 13)}
    print("conversations", len(per), "turns", len(recs), "bad turn counts", bad)
    if "--write" in sys.argv:
        with open(HERE / "lines.jsonl", "w") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(HERE / "lines.jsonl") as fh:
            for line in fh:
                json.loads(line)
    codes = Counter(c for r in recs for c in r["codes"])
    print({c: codes[c] for c in CODES})
    print(Counter(r["style"] for r in recs))
    print(Counter(r["primary"] for r in recs))
    q = Counter()
    for c in per:
        v = next(r["voice"] for r in recs if r["conversation"] == c)
        q[v.rsplit(";", 1)[-1].strip().split(":")[0].split()[0]] += 1
    print("quality", q)


if __name__ == "__main__":
    main()
