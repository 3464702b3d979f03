"""Build lines.jsonl from the hand-written conversation files conv_*.txt.

File format (one conversation after another):
    @ <voice, free text> | <default style>
    M <p> <codes>[/<style>] | <manager turn>
    R <report turn>
p is q, r, i or o; codes are short names joined by commas, or '-' for none.
"""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent

CODES = [
    "open_question", "closed_question", "reflection", "summary", "affirmation", "advice",
    "information", "observation", "impact", "expectation", "label", "softener", "blame",
    "threat", "commitment", "follow_up", "support_offer",
]
SHORT = {
    "oq": "open_question", "cq": "closed_question", "re": "reflection", "su": "summary",
    "af": "affirmation", "ad": "advice", "in": "information", "ob": "observation",
    "im": "impact", "ex": "expectation", "la": "label", "so": "softener", "bl": "blame",
    "th": "threat", "co": "commitment", "fu": "follow_up", "sp": "support_offer",
}
PRIMARY = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
STYLES = {
    "tidy", "spoken", "terse", "rambling", "british", "american", "nonnative", "kind_vague",
    "harsh",
}


def parse_manager(line: str, where: str) -> tuple[str, list[str], str | None, str]:
    head, _, text = line[2:].partition(" | ")
    parts = head.split()
    if len(parts) != 2 or not text.strip():
        sys.exit(f"{where}: bad manager line: {line}")
    prim, codes_raw = parts
    style = None
    if "/" in codes_raw:
        codes_raw, style = codes_raw.split("/")
    codes = [] if codes_raw == "-" else [SHORT[c] for c in codes_raw.split(",")]
    codes = sorted(set(codes), key=CODES.index)
    return PRIMARY[prim], codes, style, text.strip()


def check(row: dict, where: str) -> None:
    codes = set(row["codes"])
    if row["style"] not in STYLES:
        sys.exit(f"{where}: bad style {row['style']}")
    if codes & {"label", "blame", "threat"} and row["primary"] != "input":
        sys.exit(f"{where}: label/blame/threat must be input")
    if row["primary"] == "reflection" and "reflection" not in codes:
        sys.exit(f"{where}: reflection primary needs the reflection code")
    if "summary" in codes and "reflection" not in codes:
        sys.exit(f"{where}: summary needs reflection")
    if "reflection" in codes and row["context"] is None:
        sys.exit(f"{where}: reflection needs a context")


def build() -> list[dict]:
    rows: list[dict] = []
    conv = 0
    for path in sorted(HERE.glob("conv_*.txt")):
        voice = default_style = ""
        context: str | None = None
        turn = 0
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.rstrip()
            where = f"{path.name}:{n}"
            if not line or line.startswith("#"):
                continue
            if line.startswith("@ "):
                conv += 1
                voice, _, default_style = line[2:].rpartition(" | ")
                context, turn = None, 0
            elif line.startswith("M "):
                prim, codes, style, text = parse_manager(line, where)
                turn += 1
                row = {
                    "context": context, "text": text, "primary": prim, "codes": codes,
                    "style": style or default_style.strip(), "voice": voice.strip(),
                    "conversation": conv, "turn": turn,
                }
                check(row, where)
                rows.append(row)
                context = None
            elif line.startswith("R "):
                context = line[2:].strip()
            else:
                sys.exit(f"{where}: unknown line: {line}")
    return rows


def report(rows: list[dict]) -> None:
    per_conv = Counter(r["conversation"] for r in rows)
    print("lines", len(rows), "conversations", len(per_conv))
    print("turns per conversation", sorted(Counter(per_conv.values()).items()))
    bad = [c for c, k in per_conv.items() if k not in (12, 13)]
    print("conversations not 12/13 turns:", bad)
    quality = Counter()
    for c in per_conv:
        voice = next(r["voice"] for r in rows if r["conversation"] == c)
        quality[voice.rsplit(";", 1)[-1].split()[0]] += 1
    print("quality", dict(quality))
    print("primary", dict(Counter(r["primary"] for r in rows)))
    print("style", dict(Counter(r["style"] for r in rows)))
    codes = Counter(c for r in rows for c in r["codes"])
    print("codes", {c: codes[c] for c in CODES})
    print("no codes", sum(1 for r in rows if not r["codes"]))


def main() -> None:
    rows = build()
    with (HERE / "lines.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    for line in (HERE / "lines.jsonl").read_text(encoding="utf-8").splitlines():
        json.loads(line)
    report(rows)


if __name__ == "__main__":
    main()
