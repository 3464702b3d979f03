"""Build lines.jsonl from the hand-written conversation files conv_*.txt.

Format of a conversation file:
  ## <n> | <quality> | <default style> | <voice description>
  M <primary>[ <codes,comma,separated>][ @style] | <manager turn>
  R <report turn>
The context of each manager turn is the report turn just before it (None for the opener).
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
CODES = [
    "open_question", "closed_question", "reflection", "summary", "affirmation", "advice",
    "information", "observation", "impact", "expectation", "label", "softener", "blame",
    "threat", "commitment", "follow_up", "support_offer",
]
ABBR = dict(zip(
    ["oq", "cq", "rf", "sm", "af", "ad", "in", "ob", "im", "ex", "lb", "sf", "bl", "th", "cm",
     "fu", "so"], CODES, strict=True))
PRIM = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
STYLES = {"tidy", "spoken", "terse", "rambling", "british", "american", "nonnative",
          "kind_vague", "harsh"}


def parse_m(line: str, default_style: str) -> tuple[str, list[str], str, str]:
    head, text = line[2:].split(" | ", 1)
    parts = head.split()
    primary = PRIM[parts[0]]
    codes: list[str] = []
    style = default_style
    for p in parts[1:]:
        if p.startswith("@"):
            style = p[1:]
        else:
            codes.extend(ABBR[c] for c in p.split(","))
    codes = [c for c in CODES if c in codes]
    return primary, codes, style, text.strip()


def check(rec: dict) -> list[str]:
    errs = []
    c = set(rec["codes"])
    if rec["style"] not in STYLES:
        errs.append("style")
    if c & {"label", "blame", "threat"} and rec["primary"] != "input":
        errs.append("label/blame/threat not input")
    if rec["primary"] == "reflection" and "reflection" not in c:
        errs.append("reflection primary without code")
    if "summary" in c and "reflection" not in c:
        errs.append("summary without reflection")
    if rec["primary"] == "reflection" and rec["context"] is None:
        errs.append("reflection without context")
    return errs


def main() -> None:
    out = []
    errors = 0
    for f in sorted(HERE.glob("conv_*.txt")):
        conv = None
        for raw in f.read_text().splitlines():
            line = raw.rstrip()
            if not line:
                continue
            if line.startswith("## "):
                n, quality, style, voice = [x.strip() for x in line[3:].split("|", 3)]
                conv = {"n": int(n), "style": style, "turn": 0, "ctx": None,
                        "voice": f"{voice}; quality: {quality}"}
            elif line.startswith("R "):
                conv["ctx"] = line[2:].strip()
            elif line.startswith("M "):
                primary, codes, style, text = parse_m(line, conv["style"])
                conv["turn"] += 1
                rec = {"context": conv["ctx"], "text": text, "primary": primary,
                       "codes": codes, "style": style, "voice": conv["voice"],
                       "conversation": conv["n"], "turn": conv["turn"]}
                for e in check(rec):
                    print(f"{f.name} c{conv['n']} t{conv['turn']}: {e}: {text[:60]}")
                    errors += 1
                out.append(rec)
                conv["ctx"] = None
            else:
                print(f"{f.name}: bad line: {line[:60]}")
                errors += 1
    out.sort(key=lambda r: (r["conversation"], r["turn"]))
    with open(HERE / "lines.jsonl", "w") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(out)} turns, {errors} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
