"""Build lines.jsonl from the hand-written conversation files conv_*.txt (helper T20).

Format of a conversation file:
    # <n> | <skilled|typical|poor> | <style> | <who is speaking, setting>
    M <primary letter> <codes or -> [~style] :: manager turn
    R :: report turn
The context of a manager turn is the report turn just before it (null for the opener).
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

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
QUAL = {"skilled", "typical", "poor"}


def parse(path: Path) -> list[dict]:
    convs: list[dict] = []
    cur: dict | None = None
    for ln, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        where = f"{path.name}:{ln}"
        if line.startswith("# "):
            n, qual, style, who = [p.strip() for p in line[2:].split("|", 3)]
            assert qual in QUAL and style in STYLES, where
            cur = {"n": int(n), "qual": qual, "style": style, "who": who, "turns": [], "last": None}
            convs.append(cur)
            continue
        assert cur is not None, where
        if line.startswith("R ::"):
            assert cur["last"] is None, f"two report turns in a row {where}"
            cur["last"] = line[4:].strip()
            continue
        m = re.match(r"^M ([qrio]) (\S+)(?: ~(\w+))? :: (.+)$", line)
        assert m, f"bad line {where}: {line}"
        prim, codes, style, text = m.groups()
        codes_l = [] if codes == "-" else [ABBR[c] for c in codes.split(",")]
        assert len(set(codes_l)) == len(codes_l), where
        codes_l = sorted(codes_l, key=CODES.index)
        cur["turns"].append(
            {
                "context": cur["last"],
                "text": text.strip(),
                "primary": PRIM[prim],
                "codes": codes_l,
                "style": style or cur["style"],
                "where": where,
            }
        )
        cur["last"] = None
    return convs


def check(row: dict) -> list[str]:
    errs = []
    p, c = row["primary"], set(row["codes"])
    if c & {"label", "blame", "threat"} and p != "input":
        errs.append("label/blame/threat needs input")
    if p == "reflection" and "reflection" not in c:
        errs.append("reflection primary without reflection code")
    if "summary" in c and ("reflection" not in c or p != "reflection"):
        errs.append("summary needs reflection")
    if p == "question" and not c & {"open_question", "closed_question"}:
        errs.append("question primary without question code")
    if "reflection" in c and c & {"label", "blame"}:
        errs.append("reflection with label/blame")
    assert row["style"] in STYLES
    if row["style"] == "spoken":
        for fld in ("text", "context"):
            s = row[fld]
            if s and s != "..." and (s != s.lower() or re.search(r"[.,?!;:'\"]", s)):
                errs.append(f"spoken {fld} has case/punctuation")
    return errs


def main() -> None:
    convs = []
    for f in sorted(HERE.glob("conv_*.txt")):
        convs += parse(f)
    convs.sort(key=lambda c: c["n"])
    assert [c["n"] for c in convs] == list(range(1, len(convs) + 1)), [c["n"] for c in convs]
    rows, bad = [], 0
    for c in convs:
        assert 12 <= len(c["turns"]) <= 13, (c["n"], len(c["turns"]))
        assert c["turns"][0]["context"] is None, c["n"]
        for i, t in enumerate(c["turns"], 1):
            if i > 1 and t["context"] is None:
                print("missing context", t["where"])
                bad += 1
            for e in check(t):
                print(e, t["where"], t["text"][:60])
                bad += 1
            rows.append(
                {
                    "context": t["context"],
                    "text": t["text"],
                    "primary": t["primary"],
                    "codes": t["codes"],
                    "style": t["style"],
                    "voice": f"{c['who']}; quality: {c['qual']}",
                    "conversation": c["n"],
                    "turn": i,
                }
            )
    if bad:
        sys.exit(f"{bad} problems")
    out = HERE / "lines.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and report counts
    back = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    print("conversations", len(convs), "turns", len(back))
    print("quality", Counter(c["qual"] for c in convs))
    print("conversation style", Counter(c["style"] for c in convs))
    print("turn style", Counter(r["style"] for r in back))
    print("primary", Counter(r["primary"] for r in back))
    print("no codes", sum(1 for r in back if not r["codes"]))
    cc = Counter(x for r in back for x in r["codes"])
    for k in CODES:
        print(f"{k:16} {cc[k]}")
    if "--table" in sys.argv:
        order = [
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
        print("| code | lines | " + " | ".join(order) + " |")
        print("| --- | ---: |" + " ---: |" * len(order))
        for k in CODES:
            per = [sum(1 for r in back if k in r["codes"] and r["style"] == s) for s in order]
            print(f"| {k} | {cc[k]} | " + " | ".join(map(str, per)) + " |")
        print()
        print("| style | lines | question | reflection | input | other |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for s in [*order, "all"]:
            sel = [r for r in back if s == "all" or r["style"] == s]
            pc = Counter(r["primary"] for r in sel)
            print(
                f"| {s} | {len(sel)} | {pc['question']} | {pc['reflection']} "
                f"| {pc['input']} | {pc['other']} |"
            )
        qc = Counter(c["qual"] for c in convs)
        print()
        for q in ("skilled", "typical", "poor"):
            sel = [r for r in back if r["voice"].endswith(q)]
            lc = Counter(x for r in sel for x in r["codes"] if x in ("label", "blame", "threat"))
            print(
                f"{q}: conversations {qc[q]}, turns {len(sel)}, "
                f"label {lc['label']}, blame {lc['blame']}, threat {lc['threat']}"
            )


if __name__ == "__main__":
    main()
