"""Build fifteenth_author.jsonl from the hand-written *.txt conversation files (helper T15).

Format of a .txt file:
  === <scenario-id> | <style> | <quality> | <voice description>
  R: report turn (becomes the context of the next manager turn)
  M <p> <codes,comma,sep>: manager turn
p: q=question r=reflection i=input o=other; codes abbreviated (see ABBR), '-' for none.
"""

import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "fifteenth_author.jsonl"
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
    rf="reflection",
    af="affirmation",
    ad="advice",
    inf="information",
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
SCEN = {
    "brilliant-jerk",
    "career-conversation",
    "disengaged-after-reorg",
    "lateness-absence",
    "missed-deadlines",
    "peer-feedback",
    "quality-slipping",
    "second-meeting",
}
OPENERS = {
    "brilliant-jerk": (
        "I brought you a flat white. Bribery, obviously. So, what are we fixing today?"
    ),
    "career-conversation": ("Hi. Sorry about the form. I just didn't really know what to write."),
    "disengaged-after-reorg": "Hi. Yeah, all fine. What did you want to go over?",
    "lateness-absence": "So. Attendance. Has someone been checking my login times?",
    "missed-deadlines": "Hi. You wanted to talk about the sprints?",
    "peer-feedback": (
        "Hi. Before you say anything, is this about "
        "Leo? Because I've got everything written down. Every date."
    ),
    "quality-slipping": (
        "Hi. Is everything okay? You said you wanted to "
        "talk about checkout. Is it the promo code thing?"
    ),
    "second-meeting": (
        "I know. The retry fix still isn't in. I'm sorry. I'll "
        "have it done by Monday. You don't need to say it."
    ),
}
NULL_OPENER = False  # set True to give turn 1 a null context instead of the scenario's opening line


def parse(path):
    convs = []
    cur = None
    for n, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("==="):
            scen, style, quality, voice = [x.strip() for x in line[3:].split("|", 3)]
            assert scen in SCEN, (path, n, scen)
            assert style in STYLES, (path, n, style)
            assert quality in {"skilled", "typical", "poor"}, (path, n)
            cur = dict(
                scen=scen,
                style=style,
                quality=quality,
                voice=voice,
                turns=[],
                ctx=None if NULL_OPENER else OPENERS[scen],
            )
            convs.append(cur)
        elif line.startswith("R:"):
            cur["ctx"] = line[2:].strip()
        elif line.startswith("M "):
            head, text = line[2:].split(":", 1)
            parts = head.split()
            p = PRIM[parts[0]]
            codes = (
                [] if len(parts) < 2 or parts[1] == "-" else [ABBR[c] for c in parts[1].split(",")]
            )
            style = parts[2] if len(parts) > 2 else cur["style"]
            assert style in STYLES, (path, n)
            cur["turns"].append((cur["ctx"], text.strip(), p, codes, style))
            cur["ctx"] = None
        else:
            raise SystemExit(f"{path}:{n}: bad line {line!r}")
    return convs


def check(p, codes, where):
    cs = set(codes)
    assert len(cs) == len(codes), where
    if cs & {"label", "blame", "threat"}:
        assert p == "input", where
    if p == "reflection":
        assert "reflection" in cs, where
    if "summary" in cs:
        assert "reflection" in cs and p == "reflection", where
    if p == "question":
        assert cs & {"open_question", "closed_question"}, where


def main():
    convs = []
    for f in sorted(HERE.glob("*.txt")):
        convs += parse(f)
    rows = []
    for ci, c in enumerate(convs, 1):
        assert 10 <= len(c["turns"]) <= 14, (c["scen"], c["voice"], len(c["turns"]))
        for ti, (ctx, text, p, codes, style) in enumerate(c["turns"], 1):
            check(p, codes, (c["scen"], c["voice"], ti, text))
            codes = sorted(codes, key=ORDER.index)
            rows.append(
                dict(
                    context=ctx,
                    text=text,
                    primary=p,
                    codes=codes,
                    style=style,
                    voice=f"{c['scen']}: {c['voice']} ({c['quality']})",
                    conversation=ci,
                    turn=ti,
                )
            )
    with OUT.open("w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for line in OUT.read_text().splitlines():
        json.loads(line)
    # report
    per = collections.Counter((c["scen"], c["quality"]) for c in convs)
    print("conversations", len(convs), "lines", len(rows))
    for k, v in sorted(per.items()):
        print(" ", k, v)
    styles = collections.Counter(r["style"] for r in rows)
    print("styles", dict(styles))
    code_c = collections.Counter(c for r in rows for c in r["codes"])
    print("| code | lines |\n| --- | ---: |")
    for c in ORDER:
        print(f"| {c} | {code_c[c]} |")
    prim = collections.Counter(r["primary"] for r in rows)
    print("primary", dict(prim))
    print("| style | lines | question | reflection | input | other |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for s in sorted(styles):
        pc = collections.Counter(r["primary"] for r in rows if r["style"] == s)
        cells = [styles[s]] + [pc[k] for k in ("question", "reflection", "input", "other")]
        print(f"| {s} | " + " | ".join(str(x) for x in cells) + " |")
    q = collections.Counter(c["quality"] for c in convs)
    print("quality", dict(q), "no codes", sum(1 for r in rows if not r["codes"]))
    print("with context", sum(1 for r in rows if r["context"] is not None))


if __name__ == "__main__":
    sys.exit(main())
