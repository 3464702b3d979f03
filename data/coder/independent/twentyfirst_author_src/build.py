"""Build twentyfirst_author.jsonl from the hand-written part*.txt files (helper T21).

Line format in part files:
  # voice            sets the voice for following lines
  > context          sets the report's previous turn ("> -" for null)
  sty p codes | text one manager turn
"""

import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "twentyfirst_author.jsonl")

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
ABBR = dict(
    oq="open_question",
    cq="closed_question",
    rf="reflection",
    af="affirmation",
    ad="advice",
    **{"in": "information"},
    ob="observation",
    im="impact",
    ex="expectation",
    lb="label",
    sf="softener",
    bl="blame",
    th="threat",
    cm="commitment",
    fu="follow_up",
    so="support_offer",
    sm="summary",
)
STY = dict(
    ti="tidy",
    sp="spoken",
    te="terse",
    ra="rambling",
    br="british",
    am="american",
    nn="nonnative",
    kv="kind_vague",
    ha="harsh",
)
PRI = dict(q="question", r="reflection", i="input", o="other")

rows, errs = [], []
for path in sorted(glob.glob(os.path.join(HERE, "part*.txt"))):
    voice, ctx = None, None
    with open(path, encoding="utf-8") as fh:
        lines = fh.readlines()
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        where = f"{os.path.basename(path)}:{n}"
        if line.startswith("# "):
            voice = line[2:].strip()
            continue
        if line.startswith("> "):
            c = line[2:].strip()
            ctx = None if c == "-" else c
            continue
        head, sep, text = line.partition(" | ")
        parts = head.split()
        if not sep or len(parts) != 3:
            errs.append(f"{where}: bad line {line!r}")
            continue
        sty, pri, cs = parts
        codes = [] if cs == "-" else [ABBR[c] for c in cs.split(",")]
        codes = [c for c in CODES if c in codes]
        row = {
            "context": ctx,
            "text": text.strip(),
            "primary": PRI[pri],
            "codes": codes,
            "style": STY[sty],
            "voice": voice,
        }
        # consistency checks (README conventions)
        if set(codes) & {"label", "blame", "threat"} and row["primary"] != "input":
            errs.append(f"{where}: label/blame/threat must be input")
        if row["primary"] == "reflection" and "reflection" not in codes:
            errs.append(f"{where}: reflection primary without reflection code")
        if "summary" in codes and "reflection" not in codes:
            errs.append(f"{where}: summary without reflection")
        if "reflection" in codes and set(codes) & {"label", "blame"}:
            errs.append(f"{where}: reflection with label/blame")
        if row["primary"] == "question" and not set(codes) & {"open_question", "closed_question"}:
            errs.append(f"{where}: question primary without question code")
        if sty == "sp" and (re.search(r"[^a-z0-9 ]", text.strip())):
            errs.append(f"{where}: spoken line has non-lowercase/punctuation: {text!r}")
        if "?" in text and not set(codes) & {"open_question", "closed_question"}:
            errs.append(f"{where}: '?' but no question code")
        rows.append(row)

texts = collections.Counter(r["text"] for r in rows)
for t, k in texts.items():
    if k > 1:
        errs.append(f"duplicate text: {t!r}")
for e in errs:
    print(e, file=sys.stderr)
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        s = json.dumps(r, ensure_ascii=False)
        json.loads(s)
        f.write(s + "\n")

cc = collections.Counter(c for r in rows for c in r["codes"])
sc = collections.Counter(r["style"] for r in rows)
pc = collections.Counter(r["primary"] for r in rows)
honest = sum(1 for r in rows if not set(r["codes"]) & {"label", "blame", "threat"})
print(
    f"lines {len(rows)} voices {len({r['voice'] for r in rows})} "
    f"contexts {len({r['context'] for r in rows})} honest {honest} errors {len(errs)}"
)
print("primary", dict(pc))
print("style", dict(sc))
print("codes", {c: cc[c] for c in CODES})
if "--table" in sys.argv:
    print("| code | lines | " + " | ".join(STY.values()) + " |")
    print("| --- | ---: |" + " ---: |" * len(STY))
    for c in CODES:
        per = [sum(1 for r in rows if r["style"] == s and c in r["codes"]) for s in STY.values()]
        print(f"| {c} | {cc[c]} | " + " | ".join(map(str, per)) + " |")
    print()
    print("| style | lines | question | reflection | input | other |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for s in STY.values():
        rs = [r for r in rows if r["style"] == s]
        print(
            f"| {s} | {len(rs)} | "
            + " | ".join(str(sum(1 for r in rs if r["primary"] == p)) for p in PRI.values())
            + " |"
        )
sys.exit(1 if errs else 0)
