"""Build lines.jsonl from convs_a.txt ... convs_e.txt and check every line (issue 11)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [HERE / f"convs_{c}.txt" for c in "abcde"]
ORDER = [
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
PRIM = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
STYLES = {"tidy", "spoken", "terse", "rambling", "british", "american", "nonnative",
          "kind_vague", "harsh"}
QUALITIES = {"skilled", "typical", "poor"}
INPUT_CODES = {"advice", "information", "observation", "impact", "expectation", "label",
               "softener", "blame", "threat", "commitment", "follow_up", "support_offer",
               "affirmation"}


def fail(msg: str) -> None:
    raise SystemExit(f"build.py: {msg}")


def check_line(where: str, primary: str, codes: list[str]) -> None:
    s = set(codes)
    if len(s) != len(codes):
        fail(f"{where}: duplicate code")
    if s & {"label", "blame", "threat"} and primary != "input":
        fail(f"{where}: label/blame/threat must be input")
    if "summary" in s and ("reflection" not in s or primary != "reflection"):
        fail(f"{where}: summary needs reflection and primary reflection")
    if primary == "question" and not s & {"open_question", "closed_question"}:
        fail(f"{where}: question without a question code")
    if primary == "reflection" and "reflection" not in s:
        fail(f"{where}: reflection primary without reflection code")
    if primary == "other" and not s <= {"affirmation", "observation"}:
        fail(f"{where}: other may carry only affirmation/observation")
    if primary == "input" and not s & INPUT_CODES:
        fail(f"{where}: input without an input code")


def parse(path: Path) -> list[dict]:
    rows: list[dict] = []
    conv: dict | None = None
    convs: list[dict] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        where = f"{path.name}:{n}"
        if not line.strip() or line.startswith("%"):
            continue
        if line.startswith("## "):
            parts = [p.strip() for p in line[3:].split("|")]
            if len(parts) != 5 or not all(parts):
                fail(f"{where}: bad header")
            num, style, quality, who, setting = parts
            if style not in STYLES or quality not in QUALITIES:
                fail(f"{where}: bad style or quality")
            conv = {"n": int(num), "style": style, "quality": quality, "who": who,
                    "setting": setting, "turns": [], "last": None, "ctx": None}
            convs.append(conv)
        elif line.startswith("M:"):
            if conv is None or conv["last"] == "M":
                fail(f"{where}: M out of order")
            conv["turns"].append({"text": line[2:].strip(), "ctx": conv["ctx"], "where": where})
            conv["last"] = "M"
        elif line.startswith("R:"):
            if conv is None or conv["last"] != "L":
                fail(f"{where}: R out of order")
            conv["ctx"] = line[2:].strip()
            conv["last"] = "R"
        elif line.startswith("="):
            if conv is None or conv["last"] != "M":
                fail(f"{where}: label without M")
            body = line[1:].strip()
            p, _, rest = body.partition(":")
            if p.strip() not in PRIM:
                fail(f"{where}: bad primary {p!r}")
            codes = []
            for c in (x.strip() for x in rest.split(",")):
                if not c:
                    continue
                if c not in ABBR:
                    fail(f"{where}: bad code {c!r}")
                codes.append(ABBR[c])
            primary = PRIM[p.strip()]
            check_line(where, primary, codes)
            conv["turns"][-1]["primary"] = primary
            conv["turns"][-1]["codes"] = sorted(codes, key=ORDER.index)
            conv["last"] = "L"
        else:
            fail(f"{where}: unparsed line {line[:40]!r}")
    for c in convs:
        if c["last"] != "L":
            fail(f"{path.name}: conversation {c['n']} must end with a labelled M line")
        if not 12 <= len(c["turns"]) <= 13:
            fail(f"{path.name}: conversation {c['n']} has {len(c['turns'])} manager turns")
        if c["turns"][0]["ctx"] is not None:
            fail(f"{path.name}: conversation {c['n']} opener has context")
        for i, t in enumerate(c["turns"], 1):
            if not t["text"]:
                fail(f"{t['where']}: empty text")
            rows.append({
                "context": t["ctx"], "text": t["text"], "primary": t["primary"],
                "codes": t["codes"], "style": c["style"],
                "voice": f"{c['who']}; {c['setting']}; {c['quality']}",
                "conversation": c["n"], "turn": i,
            })
    return rows


def main() -> None:
    partial = "--partial" in sys.argv
    rows: list[dict] = []
    for src in SOURCES:
        if src.exists():
            rows.extend(parse(src))
        elif not partial:
            fail(f"missing {src.name}")
    nums = sorted({r["conversation"] for r in rows})
    if not partial and nums != list(range(1, 41)):
        fail(f"conversations present: {nums}")
    seen: dict[tuple[int, int], int] = {}
    for r in rows:
        key = (r["conversation"], r["turn"])
        if key in seen:
            fail(f"conversation {key[0]} appears twice")
        seen[key] = 1
    if partial:
        print(f"ok (partial): {len(rows)} lines, conversations {nums}")
        return
    with open(HERE / "lines.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines from {len(nums)} conversations")


if __name__ == "__main__":
    main()
