"""Parse convs_a.txt ... convs_e.txt into lines.jsonl and check every line.

Source format (see README.md): a header per conversation

    ## <n>
    style: <style>
    quality: skilled | typical | poor
    who: <who>
    setting: <setting>

then alternating ``M:`` and ``R:`` lines, manager first. Each ``M:`` line is followed by one
label line ``= <primary>: code, code`` (``= other:`` for no codes). ``%`` lines are comments.

Usage: build.py            parse, check, write lines.jsonl
       build.py --partial  parse and check whatever source files exist; write nothing
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [HERE / f"convs_{c}.txt" for c in "abcde"]
OUT = HERE / "lines.jsonl"

CODES = [
    "open_question",
    "closed_question",
    "reflection",
    "summary",
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
]
PRIMARIES = {"question", "reflection", "input", "other"}
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
QUALITIES = {"skilled", "typical", "poor"}
HOSTILE = {"label", "blame", "threat"}
QUESTIONS = {"open_question", "closed_question"}
OTHER_OK = {"affirmation", "observation"}
HEADER_KEYS = ("style", "quality", "who", "setting")


class SourceError(Exception):
    pass


def parse_labels(raw: str, where: str) -> tuple[str, list[str]]:
    body = raw[1:].strip()
    if ":" not in body:
        raise SourceError(f"{where}: label line needs 'primary: codes': {raw!r}")
    primary, _, rest = body.partition(":")
    primary = primary.strip()
    codes = [c.strip() for c in rest.split(",") if c.strip()]
    if primary not in PRIMARIES:
        raise SourceError(f"{where}: bad primary {primary!r}")
    for c in codes:
        if c not in CODES:
            raise SourceError(f"{where}: unknown code {c!r}")
    if len(set(codes)) != len(codes):
        raise SourceError(f"{where}: repeated code in {codes}")
    return primary, sorted(codes, key=CODES.index)


def check_line(primary: str, codes: list[str], where: str) -> None:
    cs = set(codes)
    if cs & HOSTILE and primary != "input":
        raise SourceError(f"{where}: label/blame/threat must make the turn input")
    if "summary" in cs and "reflection" not in cs:
        raise SourceError(f"{where}: summary needs reflection")
    if primary == "question" and not cs & QUESTIONS:
        raise SourceError(f"{where}: primary question without a question code")
    if primary == "reflection" and "reflection" not in cs:
        raise SourceError(f"{where}: primary reflection without reflection code")
    if primary == "other" and not cs <= OTHER_OK:
        raise SourceError(f"{where}: primary other may carry only {sorted(OTHER_OK)}")
    if primary == "input" and not cs - QUESTIONS - {"reflection", "summary"}:
        raise SourceError(f"{where}: primary input needs an input code")
    if "summary" in cs and primary != "reflection":
        raise SourceError(f"{where}: a summary is primary reflection")


def parse_file(path: Path) -> list[dict]:
    rows: list[dict] = []
    convs: list[dict] = []
    cur: dict | None = None
    lines = path.read_text(encoding="utf-8").splitlines()
    for i, raw in enumerate(lines, 1):
        where = f"{path.name}:{i}"
        line = raw.strip()
        if not line or line.startswith("%"):
            continue
        if line.startswith("## "):
            cur = {"n": int(line[3:].strip()), "turns": [], "expect": "M", "pending": None}
            convs.append(cur)
            continue
        if cur is None:
            raise SourceError(f"{where}: text before the first header")
        key = line.split(":", 1)[0]
        if key in HEADER_KEYS and not cur["turns"] and cur["pending"] is None:
            cur[key] = line.split(":", 1)[1].strip()
            continue
        if line.startswith("M:"):
            if cur["expect"] != "M" or cur["pending"] is not None:
                raise SourceError(f"{where}: M line out of order")
            cur["pending"] = line[2:].strip()
            cur["expect"] = "="
        elif line.startswith("="):
            if cur["expect"] != "=":
                raise SourceError(f"{where}: label line out of order")
            primary, codes = parse_labels(line, where)
            check_line(primary, codes, where)
            cur["turns"].append(("M", cur["pending"], primary, codes, where))
            cur["pending"] = None
            cur["expect"] = "R"
        elif line.startswith("R:"):
            if cur["expect"] != "R":
                raise SourceError(f"{where}: R line out of order")
            cur["turns"].append(("R", line[2:].strip()))
            cur["expect"] = "M"
        else:
            raise SourceError(f"{where}: unrecognised line {raw!r}")
    for conv in convs:
        n = conv["n"]
        for k in HEADER_KEYS:
            if not conv.get(k):
                raise SourceError(f"{path.name}: conversation {n} lacks {k}")
        if conv["style"] not in STYLES:
            raise SourceError(f"{path.name}: conversation {n}: bad style {conv['style']!r}")
        if conv["quality"] not in QUALITIES:
            raise SourceError(f"{path.name}: conversation {n}: bad quality")
        if conv["pending"] is not None:
            raise SourceError(f"{path.name}: conversation {n} ends with an unlabelled M line")
        context = None
        turn = 0
        for t in conv["turns"]:
            if t[0] == "R":
                context = t[1]
                continue
            _, text, primary, codes, where = t
            if not text:
                raise SourceError(f"{where}: empty manager text")
            turn += 1
            rows.append(
                {
                    "context": context,
                    "text": text,
                    "primary": primary,
                    "codes": codes,
                    "style": conv["style"],
                    "voice": f"{conv['who']}, {conv['setting']}; {conv['quality']}",
                    "conversation": n,
                    "turn": turn,
                }
            )
        if not 12 <= turn <= 13:
            raise SourceError(f"{path.name}: conversation {n} has {turn} manager turns")
    return rows


def main(argv: list[str]) -> int:
    partial = "--partial" in argv
    rows: list[dict] = []
    for src in SOURCES:
        if not src.exists():
            if partial:
                continue
            raise SourceError(f"missing {src.name}")
        rows.extend(parse_file(src))
    nums = sorted(r["conversation"] for r in rows if r["turn"] == 1)
    if len(nums) != len(set(nums)) or (not partial and nums != list(range(1, 51))):
        raise SourceError(f"conversation numbers (each once, 1-50): {nums}")
    for r in rows:
        if r["turn"] == 1 and r["context"] is not None:
            raise SourceError(f"conversation {r['conversation']}: opener has a context")
    print(f"{len(rows)} manager turns in {len(nums)} conversations: checks passed")
    if not partial:
        with OUT.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {OUT.name}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except SourceError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(1)
