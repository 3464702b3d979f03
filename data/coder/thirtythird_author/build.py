"""Build lines.jsonl from the hand-written conversations in convs_a.txt ... convs_e.txt.

Source format (one block per conversation):

    ## <conversation number>
    style: <one of the nine style tags>
    quality: skilled | typical | poor
    who: <who is speaking>
    setting: <where>
    M: <manager turn>
    = <primary>: <code>, <code>, ...
    R: <report turn>
    M: ...
    = ...

Every manager line is followed by exactly one "=" label line. Lines starting with "%" are
comments. The report's turn before a manager turn becomes that turn's context; the opener
has context null. The script refuses to write if any check fails.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [HERE / f"convs_{x}.txt" for x in "abcde"]
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
# codes that make a turn "telling" (input) rather than asking, reflecting or small talk
INPUT_CODES = {
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
SPOKEN_RE = re.compile(r"^[a-z0-9 ]+$")


def parse_label(raw: str, where: str) -> tuple[str, list[str]]:
    body = raw[1:].strip()
    if ":" not in body:
        raise ValueError(f"{where}: label line without ':': {raw!r}")
    primary, _, rest = body.partition(":")
    primary = primary.strip()
    codes = [c.strip() for c in rest.split(",") if c.strip()]
    return primary, codes


def check(rec: dict, where: str) -> list[str]:
    errs: list[str] = []
    primary, codes, style = rec["primary"], rec["codes"], rec["style"]
    if primary not in PRIMARIES:
        errs.append(f"{where}: bad primary {primary!r}")
    bad = [c for c in codes if c not in CODES]
    if bad:
        errs.append(f"{where}: unknown codes {bad}")
    if len(set(codes)) != len(codes):
        errs.append(f"{where}: repeated code")
    if style not in STYLES:
        errs.append(f"{where}: bad style {style!r}")
    cs = set(codes)
    if cs & HOSTILE and primary != "input":
        errs.append(f"{where}: label/blame/threat needs primary input")
    if primary == "reflection" and "reflection" not in cs:
        errs.append(f"{where}: primary reflection without the reflection code")
    if "summary" in cs and "reflection" not in cs:
        errs.append(f"{where}: summary without reflection")
    if primary == "question" and not cs & QUESTION_CODES:
        errs.append(f"{where}: primary question without a question code")
    if primary == "other" and not cs <= {"affirmation", "observation"}:
        errs.append(f"{where}: primary other with codes {codes}")
    if primary == "other" and "observation" in cs and "affirmation" not in cs:
        errs.append(f"{where}: primary other with an observation but no affirmation")
    if primary == "input" and not cs & INPUT_CODES:
        errs.append(f"{where}: primary input with no telling code {codes}")
    if "reflection" in cs and rec["context"] is None:
        errs.append(f"{where}: reflection without context")
    if style == "spoken" and not SPOKEN_RE.match(rec["text"]):
        errs.append(f"{where}: spoken text has characters other than a-z 0-9 space")
    if not rec["text"].strip():
        errs.append(f"{where}: empty text")
    return errs


def parse_file(path: Path) -> list[dict]:
    convs: list[dict] = []
    cur: dict | None = None
    pending_m: tuple[str, str | None, int] | None = None
    last_report: str | None = None
    expect_report = False
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        s = line.strip()
        if not s or s.startswith("%"):
            continue
        if s.startswith("## "):
            if pending_m is not None:
                raise ValueError(f"{where}: manager line without labels before a new conversation")
            cur = {"number": int(s[3:].strip()), "meta": {}, "turns": []}
            convs.append(cur)
            last_report, expect_report = None, False
            continue
        if cur is None:
            raise ValueError(f"{where}: text before the first conversation header")
        key = s.split(":", 1)[0]
        if key in {"style", "quality", "who", "setting"} and not cur["turns"] and pending_m is None:
            cur["meta"][key] = s.split(":", 1)[1].strip()
            continue
        if s.startswith("M:"):
            if pending_m is not None:
                raise ValueError(f"{where}: two manager lines in a row")
            if expect_report:
                raise ValueError(f"{where}: manager line with no report turn before it")
            pending_m = (s[2:].strip(), last_report, n)
            continue
        if s.startswith("="):
            if pending_m is None:
                raise ValueError(f"{where}: label line with no manager line")
            primary, codes = parse_label(s, where)
            text, context, _ = pending_m
            turn = {"text": text, "context": context, "primary": primary, "codes": codes}
            turn["where"] = where
            cur["turns"].append(turn)
            pending_m = None
            expect_report = True
            continue
        if s.startswith("R:"):
            if pending_m is not None:
                raise ValueError(f"{where}: report line before the manager line's labels")
            if not expect_report:
                raise ValueError(f"{where}: two report lines in a row or a report opener")
            last_report = s[2:].strip()
            expect_report = False
            continue
        raise ValueError(f"{where}: cannot parse {s!r}")
    if pending_m is not None:
        raise ValueError(f"{path.name}: file ends with an unlabelled manager line")
    return convs


def main() -> int:
    convs: list[dict] = []
    for src in SOURCES:
        convs.extend(parse_file(src))
    errs: list[str] = []
    numbers = [c["number"] for c in convs]
    if numbers != list(range(1, len(convs) + 1)):
        errs.append(f"conversation numbers are not 1..N in order: {numbers}")
    records: list[dict] = []
    for conv in convs:
        meta = conv["meta"]
        missing = {"style", "quality", "who", "setting"} - set(meta)
        if missing:
            errs.append(f"conversation {conv['number']}: missing {sorted(missing)}")
            continue
        if meta["quality"] not in QUALITIES:
            errs.append(f"conversation {conv['number']}: bad quality {meta['quality']!r}")
        if "; " in meta["who"] + meta["setting"]:
            errs.append(f"conversation {conv['number']}: '; ' inside who/setting")
        if not 12 <= len(conv["turns"]) <= 13:
            errs.append(f"conversation {conv['number']}: {len(conv['turns'])} manager turns")
        voice = f"{meta['who']}, {meta['setting']}; {meta['quality']}"
        for i, t in enumerate(conv["turns"], 1):
            order = sorted(t["codes"], key=lambda c: CODES.index(c) if c in CODES else 99)
            rec = {
                "context": t["context"],
                "text": t["text"],
                "primary": t["primary"],
                "codes": order,
                "style": meta["style"],
                "voice": voice,
                "conversation": conv["number"],
                "turn": i,
            }
            errs.extend(check(rec, t["where"]))
            records.append(rec)
    if errs:
        print("\n".join(errs), file=sys.stderr)
        print(f"{len(errs)} problems; lines.jsonl not written", file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = [json.loads(x) for x in OUT.read_text(encoding="utf-8").splitlines()]
    assert back == records, "re-read mismatch"
    print(f"wrote {len(records)} turns from {len(convs)} conversations to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
