"""Build lines.jsonl from the hand-written conversation files (conv_*.txt).

Format of a conversation file:
  ### <voice text> | <quality> | <default style>
  M <p> <codes> [@style] [+] | <manager text>
  R <report text>
p is q/r/i/o; codes are short forms joined by commas, or - for none; + marks an honest twin.
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
PRIMARY = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
CODES = {
    "oq": "open_question",
    "cq": "closed_question",
    "rf": "reflection",
    "af": "affirmation",
    "ad": "advice",
    "in": "information",
    "ob": "observation",
    "im": "impact",
    "ex": "expectation",
    "la": "label",
    "so": "softener",
    "bl": "blame",
    "th": "threat",
    "co": "commitment",
    "fu": "follow_up",
    "sp": "support_offer",
    "su": "summary",
}
ORDER = list(CODES.values())
STYLES = {
    "tidy", "spoken", "terse", "rambling", "british",
    "american", "nonnative", "kind_vague", "harsh",
}


def parse(path: pathlib.Path) -> list[dict]:
    convs: list[dict] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.startswith("#!"):
            continue
        if line.startswith("###"):
            voice, quality, style = (x.strip() for x in line[3:].split("|"))
            convs.append({"voice": f"{voice}; quality: {quality}", "quality": quality,
                          "style": style, "turns": [], "last": None})
            continue
        conv = convs[-1]
        if line.startswith("R "):
            conv["last"] = line[2:].strip()
            continue
        if not line.startswith("M "):
            sys.exit(f"{path}: bad line: {line}")
        head, text = line[2:].split("|", 1)
        parts = head.split()
        style = conv["style"]
        twin = False
        for extra in parts[2:]:
            if extra.startswith("@"):
                style = extra[1:]
            elif extra == "+":
                twin = True
        codes = [] if parts[1] == "-" else [CODES[c] for c in parts[1].split(",")]
        codes = [c for c in ORDER if c in codes]
        conv["turns"].append({
            "context": conv["last"], "text": text.strip(), "primary": PRIMARY[parts[0]],
            "codes": codes, "style": style, "twin": twin,
        })
        conv["last"] = None
    return convs


def check(row: dict) -> list[str]:
    errs = []
    c = set(row["codes"])
    if row["style"] not in STYLES:
        errs.append("style")
    if c & {"label", "blame", "threat"} and row["primary"] != "input":
        errs.append("hostile not input")
    if row["primary"] == "reflection" and "reflection" not in c:
        errs.append("reflection primary without code")
    if "summary" in c and "reflection" not in c:
        errs.append("summary without reflection")
    if "reflection" in c and row["context"] is None:
        errs.append("reflection without context")
    return errs


def main() -> None:
    convs = []
    for f in sorted(HERE.glob("conv_*.txt")):
        convs.extend(parse(f))
    out = []
    bad = 0
    for n, conv in enumerate(convs, 1):
        k = len(conv["turns"])
        if k not in (12, 13):
            print(f"conversation {n} has {k} turns")
            bad += 1
        for t, turn in enumerate(conv["turns"], 1):
            row = {"context": turn["context"], "text": turn["text"], "primary": turn["primary"],
                   "codes": turn["codes"], "style": turn["style"], "voice": conv["voice"],
                   "conversation": n, "turn": t}
            errs = check(row)
            if errs:
                print(n, t, errs, turn["text"][:60])
                bad += 1
            out.append((row, turn["twin"], conv["quality"]))
    with open(HERE / "lines.jsonl", "w", encoding="utf-8") as fh:
        for row, _, _ in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    stats(out, len(convs))
    if bad:
        sys.exit(f"{bad} problems")


def stats(out: list, nconv: int) -> None:
    from collections import Counter

    codes: Counter = Counter()
    styles: Counter = Counter()
    prim: Counter = Counter()
    qual: Counter = Counter()
    for row, _, q in out:
        codes.update(row["codes"])
        styles[row["style"]] += 1
        prim[row["primary"]] += 1
        qual[q] += 1
    twins = sum(1 for _, t, _ in out if t)
    hostile = sum(1 for r, _, _ in out if set(r["codes"]) & {"label", "blame", "threat"})
    print(f"conversations {nconv} turns {len(out)} twins {twins} hostile-turns {hostile}")
    print("quality turns", dict(qual))
    print("primary", dict(prim))
    print("styles", dict(styles))
    for c in ORDER:
        print(f"  {c:16} {codes[c]}")
    print("no codes", sum(1 for r, _, _ in out if not r["codes"]))


if __name__ == "__main__":
    main()
