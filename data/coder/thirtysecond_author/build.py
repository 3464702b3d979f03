"""Build lines.jsonl from the hand-written conversation files convs_*.txt.

Format of a conversation file:
  === style | quality | voice description
  M: primary | codes | manager text      (primary: q r i o; codes: short or full names)
  R: report text                           (context for the next M line)
  M[style]: ...                            (optional per-turn style override)
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
CODES = [
    "open_question", "closed_question", "reflection", "summary", "affirmation", "advice",
    "information", "observation", "impact", "expectation", "label", "softener", "blame",
    "threat", "commitment", "follow_up", "support_offer",
]
SHORT = {
    "oq": "open_question", "cq": "closed_question", "rf": "reflection", "su": "summary",
    "af": "affirmation", "ad": "advice", "in": "information", "ob": "observation",
    "im": "impact", "ex": "expectation", "la": "label", "so": "softener", "bl": "blame",
    "th": "threat", "co": "commitment", "fu": "follow_up", "sp": "support_offer",
}
PRIMARY = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
STYLES = {
    "tidy", "spoken", "terse", "rambling", "british", "american", "nonnative", "kind_vague",
    "harsh",
}
QUALITIES = {"skilled", "typical", "poor"}


def parse_codes(field: str) -> list[str]:
    out = []
    for raw in field.split(","):
        name = raw.strip()
        if not name:
            continue
        name = SHORT.get(name, name)
        if name not in CODES:
            raise ValueError(f"unknown code {raw!r}")
        out.append(name)
    if len(set(out)) != len(out):
        raise ValueError(f"duplicate code in {field!r}")
    return sorted(out, key=CODES.index)


def check(row: dict, where: str) -> list[str]:
    errs = []
    codes = set(row["codes"])
    prim = row["primary"]
    if codes & {"label", "blame", "threat"} and prim != "input":
        errs.append("label/blame/threat needs primary input")
    if prim == "reflection" and "reflection" not in codes:
        errs.append("reflection primary without reflection code")
    if "summary" in codes and "reflection" not in codes:
        errs.append("summary without reflection")
    if prim == "question" and not codes & {"open_question", "closed_question"}:
        errs.append("question primary without a question code")
    if "reflection" in codes and row["context"] is None:
        errs.append("reflection without context")
    if row["style"] == "spoken" and re.search(r"[^a-z0-9 ]", row["text"]):
        errs.append("spoken line has punctuation or capitals")
    return [f"{where}: {e}: {row['text'][:60]}" for e in errs]


def build() -> list[dict]:
    rows: list[dict] = []
    errors: list[str] = []
    conv = 0
    for path in sorted(HERE.glob("convs_*.txt")):
        style = quality = voice = ""
        context = None
        turn = 0
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            if not line.strip():
                continue
            if line.startswith("==="):
                parts = [p.strip() for p in line[3:].split("|", 2)]
                style, quality, voice = parts
                if style not in STYLES or quality not in QUALITIES:
                    errors.append(f"{where}: bad header")
                conv += 1
                turn = 0
                context = None
            elif line.startswith("R:"):
                context = line[2:].strip()
            elif line.startswith("M"):
                head, _, rest = line.partition(":")
                turn_style = style
                if "[" in head:
                    turn_style = head[head.index("[") + 1:head.index("]")]
                prim, codes, text = (p.strip() for p in rest.split("|", 2))
                turn += 1
                row = {
                    "context": context,
                    "text": text,
                    "primary": PRIMARY[prim],
                    "codes": parse_codes(codes),
                    "style": turn_style,
                    "voice": f"{voice}; {quality}",
                    "conversation": conv,
                    "turn": turn,
                }
                if turn_style not in STYLES:
                    errors.append(f"{where}: bad style {turn_style}")
                errors.extend(check(row, where))
                rows.append(row)
                context = None
            else:
                errors.append(f"{where}: unparsed line")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        raise SystemExit(1)
    return rows


def main() -> None:
    rows = build()
    out = HERE / "lines.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    for line in out.read_text(encoding="utf-8").splitlines():
        json.loads(line)
    print(f"wrote {len(rows)} turns in {rows[-1]['conversation']} conversations to {out}")


if __name__ == "__main__":
    main()
