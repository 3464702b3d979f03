"""Build nineteenth_author.jsonl from the hand-written conv*.txt files (helper T19)."""

import json
import pathlib
import sys

SRC = pathlib.Path(__file__).parent
OUT = SRC.parent / "nineteenth_author.jsonl"
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
AB = dict(
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
    su="summary",
)
PRI = dict(q="question", r="reflection", i="input", o="other")
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


def parse():
    rows, errs = [], []
    conv = 0
    for f in sorted(SRC.glob("conv*.txt")):
        ctx = None
        for n, raw in enumerate(f.read_text().splitlines(), 1):
            line = raw.rstrip()
            if not line.strip():
                continue
            where = f"{f.name}:{n}"
            if line.startswith("# C"):
                _, voice, style = [p.strip() for p in line.split("|")]
                conv += 1
                turn = 0
                ctx = None
                assert style in STYLES, where
            elif line.startswith("R "):
                ctx = None if line[2:].strip() == "-" else line[2:].strip()
            elif line.startswith("M "):
                head, text = line[2:].split("|", 1)
                parts = head.split()
                pri = PRI[parts[0]]
                st = style
                codes = set()
                for p in parts[1:]:
                    if p.startswith("@"):
                        st = p[1:]
                    else:
                        codes.update(AB[c] for c in p.split(",") if c)
                if st not in STYLES:
                    errs.append(f"{where} style {st}")
                turn += 1
                c = [x for x in ORDER if x in codes]
                if {"label", "blame", "threat"} & codes and pri != "input":
                    errs.append(f"{where} hostile not input")
                if pri == "reflection" and "reflection" not in codes:
                    errs.append(f"{where} reflection primary without code")
                if "summary" in codes and ("reflection" not in codes or pri != "reflection"):
                    errs.append(f"{where} summary rule")
                if pri == "question" and not ({"open_question", "closed_question"} & codes):
                    errs.append(f"{where} question without q code")
                if pri == "other" and codes - {"affirmation", "observation"}:
                    errs.append(f"{where} other with codes {codes}")
                if turn == 1 and ctx is not None:
                    errs.append(f"{where} opener has context")
                rows.append(
                    dict(
                        context=ctx,
                        text=text.strip(),
                        primary=pri,
                        codes=c,
                        style=st,
                        voice=voice,
                        conversation=conv,
                        turn=turn,
                    )
                )
                ctx = "__USED__"
            else:
                errs.append(f"{where} bad line")
    return rows, errs


if __name__ == "__main__":
    rows, errs = parse()
    # each manager turn after the first must have its own report turn
    for r in rows:
        if r["context"] == "__USED__":
            errs.append(f"conv {r['conversation']} turn {r['turn']} missing report turn")
    for e in errs:
        print(e)
    if errs:
        sys.exit(1)
    with OUT.open("w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows", rows[-1]["conversation"], "conversations")
