"""Build lines.jsonl from the hand-written convs_*.txt sources and check every line.

Usage: build.py            parse, check, write lines.jsonl
       build.py --partial  parse and check whatever sources exist; write nothing
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [HERE / f"convs_{c}.txt" for c in "abcde"]
OUT = HERE / "lines.jsonl"
N_CONVERSATIONS = 40

CODES = [
    "open_question", "closed_question", "reflection", "summary", "affirmation", "advice",
    "information", "observation", "impact", "expectation", "label", "softener", "blame",
    "threat", "commitment", "follow_up", "support_offer",
]
ABBREV = {
    "oq": "open_question", "cq": "closed_question", "ref": "reflection", "sum": "summary",
    "aff": "affirmation", "adv": "advice", "inf": "information", "obs": "observation",
    "imp": "impact", "exp": "expectation", "lab": "label", "soft": "softener", "bl": "blame",
    "thr": "threat", "com": "commitment", "fu": "follow_up", "sup": "support_offer",
}
PRIMARY = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
STYLES = {"tidy", "spoken", "terse", "rambling", "british", "american", "nonnative",
          "kind_vague", "harsh"}
QUALITIES = {"skilled", "typical", "poor"}
QUESTION_CODES = {"open_question", "closed_question"}
INPUT_CODES = {"advice", "information", "observation", "impact", "expectation", "label",
               "softener", "blame", "threat", "commitment", "follow_up", "support_offer"}
HEADER = re.compile(r"^## (\d+) \| (\w+) \| (\w+) \| ([^|]+?) \| ([^|]+?)$")
LABEL = re.compile(r"^= ([qrio]):\s*(.*)$")


class SourceError(Exception):
    pass


def check_line(primary: str, codes: list[str], where: str) -> None:
    cs = set(codes)
    if len(cs) != len(codes):
        raise SourceError(f"{where}: duplicate code")
    if cs & {"label", "blame", "threat"} and primary != "input":
        raise SourceError(f"{where}: label/blame/threat must be input")
    if "summary" in cs and ("reflection" not in cs or primary != "reflection"):
        raise SourceError(f"{where}: summary needs reflection and primary reflection")
    if primary == "question" and not cs & QUESTION_CODES:
        raise SourceError(f"{where}: question without a question code")
    if primary == "reflection" and "reflection" not in cs:
        raise SourceError(f"{where}: primary reflection without reflection")
    if primary == "other" and not cs <= {"affirmation", "observation"}:
        raise SourceError(f"{where}: other carries {sorted(cs)}")
    if primary == "input" and not cs & INPUT_CODES:
        raise SourceError(f"{where}: input without an input code")


def parse(path: Path) -> list[dict]:
    rows: list[dict] = []
    conv: dict | None = None
    expect = "header"
    context: str | None = None
    pending: str | None = None
    convs: list[dict] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        where = f"{path.name}:{n}"
        if not line or line.startswith("%"):
            continue
        if line.startswith("## "):
            if expect == "label":
                raise SourceError(f"{where}: M line without labels")
            m = HEADER.match(line)
            if not m:
                raise SourceError(f"{where}: bad header")
            num, style, quality, who, setting = m.groups()
            if style not in STYLES or quality not in QUALITIES:
                raise SourceError(f"{where}: bad style or quality")
            conv = {"n": int(num), "style": style, "quality": quality,
                    "voice": f"{who.strip()}, {setting.strip()}; {quality}", "turns": 0,
                    "last": None}
            convs.append(conv)
            expect, context = "M", None
            continue
        if conv is None:
            raise SourceError(f"{where}: text before the first header")
        if line.startswith("M: "):
            if expect != "M":
                raise SourceError(f"{where}: M line out of order")
            pending, expect = line[3:].strip(), "label"
        elif line.startswith("= "):
            if expect != "label" or pending is None:
                raise SourceError(f"{where}: label line out of order")
            m = LABEL.match(line)
            if not m:
                raise SourceError(f"{where}: bad label line")
            primary = PRIMARY[m.group(1)]
            abbrs = [a.strip() for a in m.group(2).split(",") if a.strip()]
            bad = [a for a in abbrs if a not in ABBREV]
            if bad:
                raise SourceError(f"{where}: unknown codes {bad}")
            codes = [ABBREV[a] for a in abbrs]
            check_line(primary, codes, where)
            codes = sorted(codes, key=CODES.index)
            conv["turns"] += 1
            rows.append({"context": context, "text": pending, "primary": primary,
                         "codes": codes, "style": conv["style"], "voice": conv["voice"],
                         "conversation": conv["n"], "turn": conv["turns"]})
            pending, expect, conv["last"] = None, "R", "M"
        elif line.startswith("R: "):
            if expect != "R":
                raise SourceError(f"{where}: R line out of order")
            context, expect, conv["last"] = line[3:].strip(), "M", "R"
        else:
            raise SourceError(f"{where}: unrecognised line")
    if expect == "label":
        raise SourceError(f"{path.name}: file ends with an unlabelled M line")
    for c in convs:
        if not 12 <= c["turns"] <= 13:
            raise SourceError(f"{path.name}: conversation {c['n']} has {c['turns']} manager turns")
        if c["last"] != "M":
            raise SourceError(f"{path.name}: conversation {c['n']} ends on a report turn")
    for r in rows:
        if r["turn"] == 1 and r["context"] is not None:
            raise SourceError(f"conversation {r['conversation']}: opener has a context")
    return rows


def main() -> int:
    partial = "--partial" in sys.argv
    rows: list[dict] = []
    for src in SOURCES:
        if not src.exists():
            if partial:
                continue
            raise SourceError(f"missing {src.name}")
        rows.extend(parse(src))
    nums = sorted({r["conversation"] for r in rows})
    counts = {n: sum(1 for r in rows if r["conversation"] == n and r["turn"] == 1) for n in nums}
    if any(v != 1 for v in counts.values()):
        raise SourceError("a conversation number appears twice")
    if not partial and nums != list(range(1, N_CONVERSATIONS + 1)):
        raise SourceError(f"conversations found: {nums}")
    texts = [r["text"] for r in rows]
    dups = {t for t in texts if texts.count(t) > 1}
    if dups:
        print(f"note: repeated manager texts: {sorted(dups)}", file=sys.stderr)
    if partial:
        print(f"ok (partial): {len(rows)} lines in {len(nums)} conversations")
        return 0
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT.name}: {len(rows)} lines in {len(nums)} conversations")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except SourceError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(1)
