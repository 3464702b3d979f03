"""Build fourteenth_author.jsonl from the hand-written line files (*.txt) in this folder.

Line format in the .txt files:
  @ <context text>      sets the current context (the report's previous turn)
  @-                    sets the context to null (openers)
  #...                  comment
  voice|P|codes|text    one manager turn; P in q r i o; codes comma-separated abbreviations
"""

import collections
import json
import pathlib
import random

HERE = pathlib.Path(__file__).parent
OUT = HERE.parent / "fourteenth_author.jsonl"

CODES = [  # README definitions-table order
    "open_question",
    "closed_question",
    "reflection",
    "summary",
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
]
AB = dict(
    zip(
        [
            "oq",
            "cq",
            "rf",
            "sm",
            "af",
            "ad",
            "in",
            "ob",
            "im",
            "ex",
            "lb",
            "sf",
            "bl",
            "th",
            "cm",
            "fu",
            "so",
        ],
        CODES,
        strict=False,
    )
)
PRIM = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
STYLE = {
    "sp": "spoken",
    "nn": "nonnative",
    "td": "tidy",
    "te": "terse",
    "ra": "rambling",
    "br": "british",
    "am": "american",
    "kv": "kind_vague",
    "ha": "harsh",
}
VOICES = {
    "sp1": "warehouse shift manager, Leeds, dictating into a phone",
    "sp2": "restaurant general manager, Ohio, voice notes",
    "sp3": "software engineering manager, auto-captioned video call",
    "sp4": "US hospital nurse unit manager, dictated",
    "sp5": "call centre team leader, Glasgow, live captions",
    "sp6": "construction site supervisor, Queensland, voice memo",
    "sp7": "US retail store manager, captioned Teams call",
    "nn1": "IT delivery manager, Pune (Indian English)",
    "nn2": "automotive engineering lead, Stuttgart (German first language)",
    "nn3": "hotel operations manager, Lyon (French first language)",
    "nn4": "SaaS sales lead, Sao Paulo (Portuguese first language)",
    "nn5": "logistics depot manager, Poznan (Polish first language)",
    "nn6": "electronics factory QA manager, Shenzhen (Mandarin first language)",
    "nn7": "clinic administrator, Madrid (Spanish first language)",
    "nn8": "fintech team lead, Limassol (Russian first language)",
    "nn9": "car plant line supervisor, Kentucky (Japanese first language)",
    "td1": "bank branch manager, HR-trained, careful written register",
    "td2": "charity programme director",
    "td3": "law firm senior associate supervising a trainee",
    "td4": "university lab principal investigator",
    "te1": "head chef, busy kitchen",
    "te2": "trading desk head",
    "te3": "airline ground operations duty manager",
    "te4": "IT operations on-call lead",
    "ra1": "secondary school head of department, UK, long-winded",
    "ra2": "design agency creative director, thinks aloud",
    "ra3": "hospital ward manager, circles round the point",
    "br1": "NHS ward sister",
    "br2": "pub chain area manager",
    "br3": "Yorkshire factory foreman",
    "br4": "London estate agency branch manager",
    "am1": "SaaS sales VP",
    "am2": "Texas oilfield supervisor",
    "am3": "US high school principal",
    "am4": "NYC ad agency account director",
    "kv1": "startup founder, conflict-averse",
    "kv2": "nonprofit volunteer coordinator",
    "kv3": "independent bookshop owner",
    "ha1": "car dealership sales manager",
    "ha2": "restaurant owner",
    "ha3": "old-school newsroom editor",
    "ha4": "construction project manager",
}

HOSTILE = {"label", "blame", "threat"}


def parse():
    rows = []
    for f in sorted(HERE.glob("*.txt")):
        ctx = None
        for n, raw in enumerate(f.read_text().splitlines(), 1):
            line = raw.rstrip()
            if not line or line.startswith("#"):
                continue
            if line == "@-":
                ctx = None
                continue
            if line.startswith("@ "):
                ctx = line[2:].strip()
                continue
            try:
                v, p, c, text = line.split("|", 3)
            except ValueError as e:
                raise SystemExit(f"{f.name}:{n}: bad line {line!r}") from e
            codes = [AB[x] for x in c.split(",") if x]
            codes = sorted(set(codes), key=CODES.index)
            if v not in VOICES:
                raise SystemExit(f"{f.name}:{n}: unknown voice {v}")
            rows.append(
                {
                    "context": ctx,
                    "text": text.strip(),
                    "primary": PRIM[p],
                    "codes": codes,
                    "style": STYLE[v[:2]],
                    "voice": VOICES[v],
                    "_where": f"{f.name}:{n}",
                }
            )
    return rows


def check(r):
    errs = []
    cs, p = set(r["codes"]), r["primary"]
    if cs & HOSTILE and p != "input":
        errs.append("label/blame/threat needs input")
    if p == "reflection" and "reflection" not in cs:
        errs.append("reflection primary without reflection code")
    if "summary" in cs and ("reflection" not in cs or p != "reflection"):
        errs.append("summary needs reflection")
    if "reflection" in cs and cs & HOSTILE:
        errs.append("reflection with hostile code")
    if "reflection" in cs and r["context"] is None:
        errs.append("reflection without context")
    if p == "question" and not cs & {"open_question", "closed_question"}:
        errs.append("question primary without question code")
    if r["style"] == "spoken" and (
        r["text"] != r["text"].lower() or any(ch in r["text"] for ch in ".,?!';:")
    ):
        errs.append("spoken line has caps or punctuation")
    return errs


def main():
    rows = parse()
    bad = 0
    for r in rows:
        for e in check(r):
            bad += 1
            print(r["_where"], e, r["text"][:60])
    texts = collections.Counter((r["context"], r["text"]) for r in rows)
    for k, v in texts.items():
        if v > 1:
            print("duplicate", k)
            bad += 1
    if bad:
        raise SystemExit(f"{bad} problems")
    random.Random(14).shuffle(rows)
    with OUT.open("w") as fh:
        for r in rows:
            r.pop("_where")
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # counts
    for line in OUT.read_text().splitlines():
        json.loads(line)
    n = len(rows)
    ctx = sum(r["context"] is not None for r in rows)
    print(
        f"lines {n}; with context {ctx} ({100 * ctx / n:.0f}%); "
        f"no codes {sum(not r['codes'] for r in rows)}"
    )
    styles = list(STYLE.values())
    print("| code | lines | " + " | ".join(styles) + " |")
    print("| --- | ---: |" + " ---: |" * len(styles))
    for c in CODES:
        per = [sum(c in r["codes"] and r["style"] == s for r in rows) for s in styles]
        print(f"| {c} | {sum(per)} | " + " | ".join(map(str, per)) + " |")
    print()
    print("| style | lines | question | reflection | input | other |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for s in [*styles, "all"]:
        sel = [r for r in rows if s == "all" or r["style"] == s]
        print(
            f"| {s} | {len(sel)} | "
            + " | ".join(str(sum(r["primary"] == p for r in sel)) for p in PRIM.values())
            + " |"
        )
    hostile = sum(bool(set(r["codes"]) & HOSTILE) for r in rows)
    print(f"\nlines with label/blame/threat: {hostile} ({100 * hostile / n:.0f}%)")
    groups = collections.defaultdict(list)
    for r in rows:
        if r["context"]:
            groups[r["context"]].append(r)
    cs = sum(
        1
        for g in groups.values()
        if any(set(r["codes"]) & HOSTILE for r in g)
        and any(not set(r["codes"]) & HOSTILE for r in g)
    )
    print(f"contrast sets (same context, hostile and non-hostile answers): {cs}")
    print(f"distinct voices: {len({r['voice'] for r in rows})}")


if __name__ == "__main__":
    main()
