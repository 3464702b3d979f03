"""Build lines.jsonl from the hand-written conversation files conv_*.txt (helper T17)."""

import collections
import glob
import json
import sys

AB = {
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
ORDER = list(AB.values())  # the README's code order
PRIM = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
STYLE_ORDER = [
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
STYLES = set(STYLE_ORDER)

convs = []
errors = []
for fn in sorted(glob.glob("conv_*.txt")):
    cur = None
    with open(fn, encoding="utf-8") as fh:
        src = fh.read().splitlines()
    for n, raw in enumerate(src, 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{fn}:{n}"
        if line.startswith("=="):
            q, st, voice = [x.strip() for x in line[2:].split("|", 2)]
            assert q in {"skilled", "typical", "poor"}, where
            assert st in STYLES, where
            cur = {"quality": q, "style": st, "voice": f"{voice}; {q}", "turns": [], "ctx": None}
            convs.append(cur)
        elif line.startswith("R "):
            assert cur["ctx"] is None, f"two report turns in a row {where}"
            cur["ctx"] = line[2:].strip()
        elif line.startswith("M "):
            head, text = line[2:].split("|", 1)
            parts = head.split()
            prim = PRIM[parts[0]]
            codes = []
            style = cur["style"]
            for p in parts[1:]:
                if p.startswith("@"):
                    style = p[1:]
                    assert style in STYLES, where
                elif p != "-":
                    for c in p.split(","):
                        if c not in AB:
                            errors.append(f"bad code {c} {where}")
                        else:
                            codes.append(AB[c])
            codes = sorted(set(codes), key=ORDER.index)
            ctx = cur["ctx"]
            if cur["turns"] and ctx is None:
                errors.append(f"missing report turn before {where}")
            if not cur["turns"] and ctx is not None:
                errors.append(f"opener has context {where}")
            cs = set(codes)
            if cs & {"label", "blame", "threat"} and prim != "input":
                errors.append(f"lab/bla/thr not input {where}")
            if prim == "reflection" and "reflection" not in cs:
                errors.append(f"reflection primary without code {where}")
            if "summary" in cs and "reflection" not in cs:
                errors.append(f"summary without reflection {where}")
            if prim == "question" and not cs & {"open_question", "closed_question"}:
                errors.append(f"question primary without question code {where}")
            if prim == "other" and cs - {"affirmation", "observation", "information"}:
                errors.append(f"other with codes {codes} {where}")
            cur["turns"].append(
                {
                    "context": ctx,
                    "text": text.strip(),
                    "primary": prim,
                    "codes": codes,
                    "style": style,
                    "voice": cur["voice"],
                }
            )
            cur["ctx"] = None
        else:
            errors.append(f"unparsed {where}: {line[:40]}")

out = []
for ci, c in enumerate(convs, 1):
    if len(c["turns"]) not in (12, 13):
        errors.append(f"conversation {ci} ({c['voice'][:40]}) has {len(c['turns'])} turns")
    for ti, t in enumerate(c["turns"], 1):
        out.append({**t, "conversation": ci, "turn": ti})

with open("lines.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open("lines.jsonl", encoding="utf-8") as fh:
    for line in fh:
        json.loads(line)

print("errors:", len(errors))
for e in errors:
    print(" ", e)
print("conversations", len(convs), "turns", len(out))
print("quality", collections.Counter(c["quality"] for c in convs))
print("conv style", collections.Counter(c["style"] for c in convs))
cc = collections.Counter(code for o in out for code in o["codes"])
print("codes", {k: cc[k] for k in ORDER})
print("styles", collections.Counter(o["style"] for o in out))
print("primary", collections.Counter(o["primary"] for o in out))
print("no codes", sum(1 for o in out if not o["codes"]))
print("poor styles", collections.Counter(c["style"] for c in convs if c["quality"] == "poor"))
if "--table" in sys.argv:
    styles = STYLE_ORDER
    print("| code | lines | " + " | ".join(styles) + " |")
    for k in ORDER:
        row = [sum(1 for o in out if k in o["codes"] and o["style"] == s) for s in styles]
        print(f"| {k} | {cc[k]} | " + " | ".join(map(str, row)) + " |")
    print("| style | lines | question | reflection | input | other |")
    for s in [*styles, None]:
        sel = [o for o in out if s is None or o["style"] == s]
        pc = collections.Counter(o["primary"] for o in sel)
        print(
            f"| {s or 'all'} | {len(sel)} | {pc['question']} | {pc['reflection']} "
            f"| {pc['input']} | {pc['other']} |"
        )
