"""Build lines.jsonl from the hand-written conv_*.txt files (helper T22).

Format of conv_*.txt:
  ## <voice text> | <default style>      starts a conversation
  > <report turn>                         the report speaks
  <p> <codes> [@style] | <manager text>   p in q r i o; codes comma list or '-'
"""

import json
import pathlib
from collections import Counter

HERE = pathlib.Path(__file__).parent
PRIM = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
ORDER = [
    "open_question", "closed_question", "reflection", "affirmation", "advice",
    "information", "observation", "impact", "expectation", "label", "softener",
    "blame", "threat", "commitment", "follow_up", "support_offer", "summary",
]
AB = {
    "oq": "open_question", "cq": "closed_question", "ref": "reflection",
    "aff": "affirmation", "adv": "advice", "inf": "information", "obs": "observation",
    "imp": "impact", "exp": "expectation", "lab": "label", "soft": "softener",
    "bl": "blame", "thr": "threat", "com": "commitment", "fu": "follow_up",
    "sup": "support_offer", "sum": "summary",
}
STYLES = {"tidy", "spoken", "terse", "rambling", "british", "american", "nonnative",
          "kind_vague", "harsh"}


def parse():
    convs = []
    for f in sorted(HERE.glob("conv_*.txt")):
        for raw in f.read_text().splitlines():
            line = raw.strip()
            if not line or line.startswith("#!"):
                continue
            if line.startswith("## "):
                voice, style = [s.strip() for s in line[3:].rsplit("|", 1)]
                assert style in STYLES, line
                convs.append({"voice": voice, "style": style, "turns": [], "ctx": None})
            elif line.startswith("> "):
                convs[-1]["ctx"] = line[2:].strip()
            else:
                head, text = line.split("|", 1)
                parts = head.split()
                p = PRIM[parts[0]]
                codes = [] if parts[1] == "-" else [AB[c] for c in parts[1].split(",")]
                style = convs[-1]["style"]
                if len(parts) > 2:
                    assert parts[2].startswith("@") and parts[2][1:] in STYLES, line
                    style = parts[2][1:]
                codes = sorted(set(codes), key=ORDER.index)
                c = convs[-1]
                c["turns"].append((c["ctx"], text.strip(), p, codes, style))
                c["ctx"] = None
    return convs


def check(rec):
    p, codes = rec["primary"], set(rec["codes"])
    if codes & {"label", "blame", "threat"}:
        assert p == "input", rec
    if p == "reflection":
        assert "reflection" in codes, rec
    if "summary" in codes:
        assert "reflection" in codes and p == "reflection", rec
    if p == "question":
        assert codes & {"open_question", "closed_question"}, rec


def main():
    convs = parse()
    out = []
    for n, c in enumerate(convs, 1):
        for t, (ctx, text, p, codes, style) in enumerate(c["turns"], 1):
            if t == 1:
                assert ctx is None, (n, text)
            else:
                assert ctx is not None, (n, t, text)
            rec = {"context": ctx, "text": text, "primary": p, "codes": codes,
                   "style": style, "voice": c["voice"], "conversation": n, "turn": t}
            check(rec)
            out.append(rec)
    with open(HERE / "lines.jsonl", "w") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and report
    recs = [json.loads(x) for x in (HERE / "lines.jsonl").read_text().splitlines()]
    print("conversations", len(convs), "lines", len(recs))
    print("turns per conv", Counter(len(c["turns"]) for c in convs))
    q = Counter()
    for c in convs:
        v = c["voice"]
        q["skilled" if "skilled" in v else "typical" if "typical" in v else "poor"] += 1
    print("quality", dict(q))
    print("conv styles", Counter(c["style"] for c in convs))
    print("primary", Counter(r["primary"] for r in recs))
    print("styles", Counter(r["style"] for r in recs))
    cc = Counter(c for r in recs for c in r["codes"])
    for k in ORDER:
        print(f"  {k:16s} {cc[k]}")
    print("no codes", sum(1 for r in recs if not r["codes"]))


if __name__ == "__main__":
    main()
