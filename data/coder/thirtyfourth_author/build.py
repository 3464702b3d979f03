"""Build lines.jsonl from the hand-written conversations in convs_a.txt ... convs_e.txt.

Source format (one file holds ten conversations):

    ## 7                      conversation number
    style: spoken             one of the nine voice tags
    quality: skilled          skilled, typical or poor
    who: ...                  who the manager is
    setting: ...              where the conversation happens
    M: manager turn
    = primary: code, code     the labels of the manager turn above (``= other:`` for no codes)
    R: report turn

Lines starting with ``%`` are comments. Every check below must pass before anything is written.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [HERE / f"convs_{letter}.txt" for letter in "abcde"]
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
QUESTION_CODES = {"open_question", "closed_question"}
HOSTILE = {"label", "blame", "threat"}
# Codes that make a turn a telling act (primary input needs at least one).
TELLING = {
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
}
SPOKEN_TEXT = re.compile(r"^[a-z0-9 ]+$")
LABEL_LINE = re.compile(r"^= *(\w+) *:(.*)$")


def parse(path: Path) -> list[dict]:
    """Return one dict per conversation: header fields and a list of (speaker, text, labels)."""
    convs: list[dict] = []
    cur: dict | None = None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{path.name}:{lineno}"
        if not line or line.startswith("%"):
            continue
        if line.startswith("## "):
            cur = {"n": int(line[3:].strip()), "turns": [], "where": where}
            convs.append(cur)
            continue
        if cur is None:
            sys.exit(f"{where}: text before the first '## n' header")
        key, _, value = line.partition(":")
        if key in {"style", "quality", "who", "setting"} and not cur["turns"]:
            cur[key] = value.strip()
        elif key in {"M", "R"}:
            cur["turns"].append({"speaker": key, "text": value.strip(), "where": where})
        elif line.startswith("="):
            match = LABEL_LINE.match(line)
            if not match:
                sys.exit(f"{where}: bad label line {line!r}")
            if not cur["turns"] or cur["turns"][-1]["speaker"] != "M":
                sys.exit(f"{where}: label line not after an M: line")
            if "primary" in cur["turns"][-1]:
                sys.exit(f"{where}: second label line for one M: line")
            codes = [c.strip() for c in match.group(2).split(",") if c.strip()]
            cur["turns"][-1]["primary"] = match.group(1)
            cur["turns"][-1]["codes"] = codes
        else:
            sys.exit(f"{where}: cannot parse {line!r}")
    return convs


def check_turn(rec: dict, where: str) -> None:
    """Exit with a message if one labelled manager turn breaks a rule."""
    primary, codes, text = rec["primary"], rec["codes"], rec["text"]
    cs = set(codes)
    problems = []
    if primary not in PRIMARIES:
        problems.append(f"unknown primary {primary!r}")
    unknown = [c for c in codes if c not in CODES]
    if unknown:
        problems.append(f"unknown codes {unknown}")
    if len(cs) != len(codes):
        problems.append("repeated code")
    if cs & HOSTILE and primary != "input":
        problems.append("label/blame/threat need primary input")
    if primary == "reflection" and "reflection" not in cs:
        problems.append("primary reflection without the reflection code")
    if "summary" in cs and "reflection" not in cs:
        problems.append("summary without reflection")
    if primary == "question" and not cs & QUESTION_CODES:
        problems.append("primary question without a question code")
    if primary == "other":
        if not cs <= {"affirmation", "observation"}:
            problems.append("primary other may carry only affirmation (+ observation)")
        if "observation" in cs and "affirmation" not in cs:
            problems.append("primary other: observation only together with affirmation")
    if primary == "input" and not cs & TELLING:
        problems.append("primary input without a telling code")
    if "reflection" in cs and rec["context"] is None:
        problems.append("reflection with no context")
    if not text:
        problems.append("empty text")
    if rec["style"] == "spoken" and not SPOKEN_TEXT.match(text):
        problems.append("spoken text must be lower-case letters, digits and spaces only")
    if problems:
        sys.exit(f"{where}: {text!r}: " + "; ".join(problems))


def build(partial: bool = False) -> list[dict]:
    records: list[dict] = []
    seen: set[int] = set()
    for path in SOURCES:
        if partial and not path.exists():
            continue
        for conv in parse(path):
            where = conv["where"]
            n = conv["n"]
            if n in seen:
                sys.exit(f"{where}: conversation {n} twice")
            seen.add(n)
            for key in ("style", "quality", "who", "setting"):
                if not conv.get(key):
                    sys.exit(f"{where}: conversation {n} has no {key}")
            if conv["style"] not in STYLES:
                sys.exit(f"{where}: unknown style {conv['style']!r}")
            if conv["quality"] not in QUALITIES:
                sys.exit(f"{where}: unknown quality {conv['quality']!r}")
            turns = conv["turns"]
            for i, turn in enumerate(turns):
                want = "M" if i % 2 == 0 else "R"
                if turn["speaker"] != want:
                    sys.exit(f"{turn['where']}: expected {want}: (M and R must alternate, M first)")
                if not turn["text"]:
                    sys.exit(f"{turn['where']}: empty turn")
            voice = f"{conv['who']}, {conv['setting']}; {conv['quality']}"
            context = None
            number = 0
            for turn in turns:
                if turn["speaker"] == "R":
                    context = turn["text"]
                    continue
                if "primary" not in turn:
                    sys.exit(f"{turn['where']}: manager turn without a label line")
                number += 1
                rec = {
                    "context": context,
                    "text": turn["text"],
                    "primary": turn["primary"],
                    "codes": sorted(turn["codes"], key=CODES.index)
                    if all(c in CODES for c in turn["codes"])
                    else turn["codes"],
                    "style": conv["style"],
                    "voice": voice,
                    "conversation": n,
                    "turn": number,
                }
                check_turn(rec, turn["where"])
                records.append(rec)
            if number not in (12, 13):
                sys.exit(f"{where}: conversation {n} has {number} manager turns (want 12 or 13)")
    if not partial and seen != set(range(1, 51)):
        sys.exit(f"conversations missing: {sorted(set(range(1, 51)) - seen)}")
    records.sort(key=lambda r: (r["conversation"], r["turn"]))
    return records


def main() -> None:
    partial = "--partial" in sys.argv[1:]
    records = build(partial)
    if partial:
        print(f"checked {len(records)} manager turns (partial run, nothing written)")
        return
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # Re-read every written line and compare.
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    if back != records:
        sys.exit("lines.jsonl does not read back as written")
    fields = ["context", "text", "primary", "codes", "style", "voice", "conversation", "turn"]
    if any(list(rec) != fields for rec in back):
        sys.exit("field order is wrong")
    n_convs = len({r["conversation"] for r in records})
    print(f"wrote {len(records)} manager turns from {n_convs} conversations to {OUT.name}")


if __name__ == "__main__":
    main()
