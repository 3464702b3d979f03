"""Build sixteenth_author.jsonl from the hand-written batch files (helper T16)."""

import json
import sys
from collections import Counter
from pathlib import Path

SRC = Path(__file__).parent
OUT = SRC.parent / "sixteenth_author.jsonl"
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
ABBR_KEYS = [
    "oq",
    "cq",
    "rf",
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
    "sm",
]
ABBR = dict(zip(ABBR_KEYS, CODES, strict=True))
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


def parse(path: Path) -> list[dict]:
    rows: list[dict] = []
    conv = None
    for n, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{path.name}:{n}"
        if line.startswith("==="):
            num, quality, style, voice = [p.strip() for p in line[3:].split("|", 3)]
            conv = {
                "n": int(num),
                "q": quality,
                "style": style,
                "voice": voice,
                "ctx": None,
                "turn": 0,
            }
            assert quality in {"skilled", "typical", "poor"}, where
            assert style in STYLES, where
            continue
        assert conv is not None, where
        if line.startswith("R ::"):
            conv["ctx"] = line[4:].strip()
            continue
        assert line.startswith("M "), where
        head, text = line[2:].split("::", 1)
        parts = head.split()
        style = conv["style"]
        if parts[0].startswith("@"):
            style = parts.pop(0)[1:]
        assert style in STYLES, where
        prim = PRIM[parts[0]]
        codes = [] if len(parts) < 2 or parts[1] == "-" else [ABBR[c] for c in parts[1].split(",")]
        assert len(set(codes)) == len(codes), where
        codes = [c for c in CODES if c in codes]
        conv["turn"] += 1
        rows.append(
            {
                "context": conv["ctx"],
                "text": text.strip(),
                "primary": prim,
                "codes": codes,
                "style": style,
                "voice": f"{conv['voice']}; manager quality: {conv['q']}",
                "conversation": conv["n"],
                "turn": conv["turn"],
                "_where": where,
            }
        )
        conv["ctx"] = "__USED__"
    return rows


def check(r: dict) -> list[str]:
    p, c, w = r["primary"], set(r["codes"]), r["_where"]
    errs = []
    if c & {"label", "blame", "threat"} and p != "input":
        errs.append(f"{w}: label/blame/threat needs input")
    if p == "reflection" and "reflection" not in c:
        errs.append(f"{w}: reflection primary without reflection code")
    if "summary" in c and "reflection" not in c:
        errs.append(f"{w}: summary without reflection")
    if p == "question" and not c & {"open_question", "closed_question"}:
        errs.append(f"{w}: question without question code")
    if r["context"] == "__USED__":
        errs.append(f"{w}: manager turn without a report turn before it")
    if r["turn"] > 1 and r["context"] is None:
        errs.append(f"{w}: null context after turn 1")
    if r["style"] == "spoken" and (
        r["text"] != r["text"].lower() or any(ch in r["text"] for ch in ".,?!'\"")
    ):
        errs.append(f"{w}: spoken line has capitals or punctuation")
    return errs


def main() -> None:
    rows = []
    for f in sorted(SRC.glob("batch_*.txt")):
        rows += parse(f)
    errs = [e for r in rows for e in check(r)]
    convs = Counter(r["conversation"] for r in rows)
    for k, v in sorted(convs.items()):
        if not 12 <= v <= 13:
            errs.append(f"conversation {k}: {v} manager turns")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    with OUT.open("w") as fh:
        for r in rows:
            r.pop("_where")
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for line in OUT.read_text().splitlines():
        json.loads(line)
    print("lines", len(rows), "conversations", len(convs))
    quals = Counter(r["voice"].rsplit(": ", 1)[1] for r in rows if r["turn"] == 1)
    print("quality", dict(quals))
    print("primary", dict(Counter(r["primary"] for r in rows)))
    print("style", dict(Counter(r["style"] for r in rows)))
    cc = Counter(c for r in rows for c in r["codes"])
    print("codes", {c: cc[c] for c in CODES})
    print("no codes", sum(1 for r in rows if not r["codes"]))


if __name__ == "__main__":
    main()
