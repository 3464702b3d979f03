"""Build lines.jsonl from the hand-written conv*.txt files (helper T26, written blind)."""

import collections
import glob
import json
from pathlib import Path

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
    "su": "summary",
}
ORDER = list(AB.values())
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

out, errs = [], []
conv = 0
for fn in sorted(glob.glob("conv*.txt")):
    for ln, raw in enumerate(Path(fn).read_text(encoding="utf-8").splitlines(True), 1):
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("# "):
            voice, style = [s.strip() for s in line[2:].rsplit("|", 1)]
            conv += 1
            turn = 0
            ctx = None
            assert style in STYLES, (fn, ln, style)
        elif line.startswith("R |"):
            ctx = line[3:].strip()
        elif line.startswith("M "):
            head, text = line[2:].split("|", 1)
            parts = head.split()
            p = PRIM[parts[0]]
            codes = [] if parts[1] == "-" else [AB[c] for c in parts[1].split(",")]
            st = style
            if len(parts) > 2:
                st = parts[2].lstrip("@")
            assert st in STYLES, (fn, ln)
            codes = [c for c in ORDER if c in codes]
            if any(c in codes for c in ("label", "blame", "threat")) and p != "input":
                errs.append((fn, ln, "lbt not input"))
            if p == "reflection" and "reflection" not in codes:
                errs.append((fn, ln, "reflection primary w/o code"))
            if "summary" in codes and "reflection" not in codes:
                errs.append((fn, ln, "summary w/o reflection"))
            turn += 1
            out.append(
                {
                    "context": ctx,
                    "text": text.strip(),
                    "primary": p,
                    "codes": codes,
                    "style": st,
                    "voice": voice,
                    "conversation": conv,
                    "turn": turn,
                }
            )
            ctx = None
        else:
            errs.append((fn, ln, "bad line"))
for e in errs:
    print("ERR", e)
with open("lines.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
for row in Path("lines.jsonl").read_text(encoding="utf-8").splitlines():
    json.loads(row)
c = collections.Counter()
cs = collections.defaultdict(collections.Counter)
ps = collections.defaultdict(collections.Counter)
turns = collections.Counter(o["conversation"] for o in out)
for o in out:
    for k in o["codes"]:
        c[k] += 1
        cs[k][o["style"]] += 1
    ps[o["style"]][o["primary"]] += 1
print("lines", len(out), "convs", conv, "turn counts", sorted(set(turns.values())))
print("bad turn counts", {k: v for k, v in turns.items() if v not in (12, 13)})
q = collections.Counter(o["voice"].split(";")[-1].strip() for o in out if o["turn"] == 1)
print("quality", q)
print(
    "with ctx",
    sum(o["context"] is not None for o in out),
    "no codes",
    sum(not o["codes"] for o in out),
)
for k in ORDER:
    print(k, c[k], dict(cs[k]))
for s in sorted(ps):
    print(s, sum(ps[s].values()), dict(ps[s]))
