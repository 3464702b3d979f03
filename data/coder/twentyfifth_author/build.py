"""Build lines.jsonl from the hand-written conv*.txt files (helper T25).

Format of a conv file:
  # voice text | quality | default style
  M: manager text || p | codes [| style]
  R: report text
Primary: q r i o. Codes abbreviated (see ABBR). Context of an M turn is the R line before it
(null for the opener).
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
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
ABBR = dict(
    oq="open_question",
    cq="closed_question",
    re="reflection",
    af="affirmation",
    ad="advice",
    in_="information",
    ob="observation",
    im="impact",
    ex="expectation",
    la="label",
    so="softener",
    bl="blame",
    th="threat",
    co="commitment",
    fu="follow_up",
    sp="support_offer",
    su="summary",
)
ABBR["in"] = "information"
PRIM = dict(q="question", r="reflection", i="input", o="other")
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


def parse(path):
    convs = []
    cur = None
    last_r = None
    for n, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            voice, quality, style = [x.strip() for x in line[1:].split("|")]
            assert quality in {"skilled", "typical", "poor"}, (path, n)
            assert style in STYLES, (path, n)
            cur = dict(
                voice=f"{voice}; manager quality: {quality}", quality=quality, style=style, turns=[]
            )
            convs.append(cur)
            last_r = None
        elif line.startswith("R:"):
            last_r = line[2:].strip()
        elif line.startswith("M:"):
            text, lab = line[2:].split("||")
            parts = [p.strip() for p in lab.split("|")]
            prim = PRIM[parts[0]]
            codes = [ABBR[c] for c in parts[1].split()] if parts[1] else []
            style = parts[2] if len(parts) > 2 and parts[2] else cur["style"]
            assert style in STYLES, (path, n, style)
            codes = sorted(set(codes), key=ORDER.index)
            cur["turns"].append(
                dict(
                    context=last_r,
                    text=text.strip(),
                    primary=prim,
                    codes=codes,
                    style=style,
                    line=n,
                )
            )
            last_r = None
        else:
            raise ValueError(f"{path}:{n}: {raw}")
    return convs


def check(t, where):
    c, p = set(t["codes"]), t["primary"]
    errs = []
    if c & {"label", "blame", "threat"} and p != "input":
        errs.append("label/blame/threat needs input")
    if p == "reflection" and "reflection" not in c:
        errs.append("reflection primary needs reflection code")
    if "summary" in c and "reflection" not in c:
        errs.append("summary needs reflection")
    if "summary" in c and p != "reflection":
        errs.append("summary primary should be reflection")
    if p == "question" and not c & {"open_question", "closed_question"}:
        errs.append("question primary without question code")
    for e in errs:
        print(f"{where}: {e}: {t['text'][:60]}", file=sys.stderr)
    return not errs


def main():
    convs = []
    for f in sorted(HERE.glob("conv*.txt")):
        convs += parse(f)
    ok = True
    out = []
    for ci, cv in enumerate(convs, 1):
        n = len(cv["turns"])
        if not 12 <= n <= 13:
            print(f"conversation {ci}: {n} turns", file=sys.stderr)
        if cv["turns"][0]["context"] is not None:
            print(f"conversation {ci}: opener has context", file=sys.stderr)
        for ti, t in enumerate(cv["turns"], 1):
            ok &= check(t, f"c{ci} t{ti} line {t['line']}")
            out.append(
                dict(
                    context=t["context"],
                    text=t["text"],
                    primary=t["primary"],
                    codes=t["codes"],
                    style=t["style"],
                    voice=cv["voice"],
                    conversation=ci,
                    turn=ti,
                )
            )
    with open(HERE / "lines.jsonl", "w") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    for line in (HERE / "lines.jsonl").read_text().splitlines():
        o = json.loads(line)
        assert o["primary"] in PRIM.values() and o["style"] in STYLES
        assert all(c in ORDER for c in o["codes"])
    stats(out, convs)
    return ok


def stats(out, convs):
    print("conversations", len(convs), "turns", len(out))
    print("quality", Counter(c["quality"] for c in convs))
    print("conv style", Counter(c["style"] for c in convs))
    print(
        "with context",
        sum(o["context"] is not None for o in out),
        "no codes",
        sum(not o["codes"] for o in out),
    )
    styles = sorted(STYLES)
    cc = Counter(c for o in out for c in o["codes"])
    print("codes", {k: cc[k] for k in ORDER})
    print("style", Counter(o["style"] for o in out))
    print("primary", Counter(o["primary"] for o in out))
    del styles


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
