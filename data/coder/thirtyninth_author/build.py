"""Build lines.jsonl from the hand-written convs_*.txt sources and check every line.

Usage: build.py            parse convs_a.txt .. convs_e.txt, check, write lines.jsonl
       build.py --partial  check whatever source files exist; write nothing
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [HERE / f"convs_{c}.txt" for c in "abcde"]
OUT = HERE / "lines.jsonl"

CODE_ORDER = [
    "open_question", "closed_question", "reflection", "summary", "affirmation", "advice",
    "information", "observation", "impact", "expectation", "label", "softener", "blame",
    "threat", "commitment", "follow_up", "support_offer",
]
ABBR = {
    "oq": "open_question", "cq": "closed_question", "ref": "reflection", "sum": "summary",
    "aff": "affirmation", "adv": "advice", "inf": "information", "obs": "observation",
    "imp": "impact", "exp": "expectation", "lab": "label", "soft": "softener", "bl": "blame",
    "thr": "threat", "com": "commitment", "fu": "follow_up", "sup": "support_offer",
}
PRIMARY = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
STYLES = {"tidy", "spoken", "terse", "rambling", "british", "american", "nonnative",
          "kind_vague", "harsh"}
QUALITIES = {"skilled", "typical", "poor"}
INPUT_CODES = set(CODE_ORDER) - {"open_question", "closed_question", "reflection", "summary"}


class BuildError(Exception):
    pass


def check_line(rec: dict, where: str) -> None:
    primary, codes = rec["primary"], rec["codes"]
    cs = set(codes)
    if len(cs) != len(codes):
        raise BuildError(f"{where}: duplicate codes {codes}")
    if cs & {"label", "blame", "threat"} and primary != "input":
        raise BuildError(f"{where}: label/blame/threat must be input")
    if "summary" in cs and ("reflection" not in cs or primary != "reflection"):
        raise BuildError(f"{where}: summary needs reflection and primary reflection")
    if primary == "question" and not cs & {"open_question", "closed_question"}:
        raise BuildError(f"{where}: question without a question code")
    if primary == "reflection" and "reflection" not in cs:
        raise BuildError(f"{where}: reflection primary without reflection code")
    if primary == "other" and cs - {"affirmation", "observation"}:
        raise BuildError(f"{where}: other carries {sorted(cs)}")
    if primary == "input" and not cs & INPUT_CODES:
        raise BuildError(f"{where}: input without an input code")


def parse_label(line: str, where: str) -> tuple[str, list[str]]:
    body = line[1:].strip()
    if ":" not in body:
        raise BuildError(f"{where}: bad label line {line!r}")
    p, _, rest = body.partition(":")
    p = p.strip()
    if p not in PRIMARY:
        raise BuildError(f"{where}: bad primary {p!r}")
    codes: list[str] = []
    for tok in (t.strip() for t in rest.split(",")):
        if not tok:
            continue
        if tok not in ABBR:
            raise BuildError(f"{where}: bad code {tok!r}")
        codes.append(ABBR[tok])
    if len(set(codes)) != len(codes):
        raise BuildError(f"{where}: duplicate code in {line!r}")
    codes.sort(key=CODE_ORDER.index)
    return PRIMARY[p], codes


def parse_file(path: Path) -> list[dict]:
    records: list[dict] = []
    conv: dict | None = None
    convs: list[dict] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        line = raw.rstrip()
        if not line.strip() or line.startswith("%"):
            continue
        if line.startswith("## "):
            parts = [p.strip() for p in line[3:].split("|")]
            if len(parts) != 5 or not all(parts):
                raise BuildError(f"{where}: header needs 5 fields")
            num, style, quality, who, setting = parts
            if style not in STYLES or quality not in QUALITIES:
                raise BuildError(f"{where}: bad style/quality")
            conv = {"num": int(num), "style": style, "quality": quality,
                    "voice": f"{who}, {setting}; {quality}", "turns": [], "where": where}
            convs.append(conv)
            continue
        if conv is None:
            raise BuildError(f"{where}: text before first header")
        if line.startswith("M:") or line.startswith("R:"):
            conv["turns"].append([line[0], line[2:].strip(), None, where])
        elif line.startswith("="):
            t = conv["turns"]
            if not t or t[-1][0] != "M" or t[-1][2] is not None:
                raise BuildError(f"{where}: label not after an M line")
            t[-1][2] = parse_label(line, where)
        else:
            raise BuildError(f"{where}: unrecognised line {line!r}")
    for c in convs:
        turns = c["turns"]
        who = "".join(t[0] for t in turns)
        if not who or who[0] != "M" or who[-1] != "M" or "MM" in who or "RR" in who:
            raise BuildError(f"{c['where']}: conversation {c['num']} must alternate M/R, M first")
        m_turns = [t for t in turns if t[0] == "M"]
        if not 12 <= len(m_turns) <= 13:
            raise BuildError(f"{c['where']}: conv {c['num']} has {len(m_turns)} manager turns")
        context = None
        k = 0
        for t in turns:
            if t[0] == "R":
                context = t[1]
                continue
            if t[2] is None:
                raise BuildError(f"{t[3]}: manager line without labels")
            if not t[1]:
                raise BuildError(f"{t[3]}: empty manager line")
            k += 1
            primary, codes = t[2]
            rec = {"context": context, "text": t[1], "primary": primary, "codes": codes,
                   "style": c["style"], "voice": c["voice"], "conversation": c["num"], "turn": k}
            check_line(rec, t[3])
            records.append(rec)
    return records


def main() -> int:
    partial = "--partial" in sys.argv
    records: list[dict] = []
    try:
        for src in SOURCES:
            if src.exists():
                records.extend(parse_file(src))
            elif not partial:
                raise BuildError(f"missing {src.name}")
        nums = sorted({r["conversation"] for r in records})
        seen: dict[int, int] = {}
        for r in records:
            if r["turn"] == 1:
                seen[r["conversation"]] = seen.get(r["conversation"], 0) + 1
        dup = [n for n, k in seen.items() if k > 1]
        if dup:
            raise BuildError(f"conversation numbers repeated: {dup}")
        if not partial and nums != list(range(1, 41)):
            raise BuildError(f"conversations are {nums}, want 1..40")
    except BuildError as e:
        print(f"ERROR {e}", file=sys.stderr)
        return 1
    print(f"{len(records)} lines in {len({r['conversation'] for r in records})} conversations: ok")
    if not partial:
        with OUT.open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
