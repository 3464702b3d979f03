"""Build lines.jsonl from convs_a.txt ... convs_e.txt and check every line.

Source format: a header line per conversation
    ## n | style | quality | who | setting
then alternating "M:" and "R:" lines (manager first). Each "M:" line is followed by one
label line "= p: c, c" where p is q/r/i/o (or the full primary) and c are codes, full or
abbreviated (see ABBR). "= o:" means other with no codes. Lines starting with "%" are comments.
Run with --partial to check whatever source files exist without writing lines.jsonl.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODES = [
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
    raise SystemExit(f"error: {msg}")


def check(primary: str, codes: list[str], where: str) -> None:
    cs = set(codes)
    if primary not in PRIM.values():
        fail(f"{where}: bad primary {primary}")
    if len(cs) != len(codes):
        fail(f"{where}: duplicate code")
    if cs & {"label", "blame", "threat"} and primary != "input":
        fail(f"{where}: label/blame/threat must be input")
    if "summary" in cs and ("reflection" not in cs or primary != "reflection"):
        fail(f"{where}: summary needs reflection and primary reflection")
    if primary == "question" and not cs & {"open_question", "closed_question"}:
        fail(f"{where}: question without a question code")
    if primary == "reflection" and "reflection" not in cs:
        fail(f"{where}: reflection primary without reflection code")
    if primary == "other" and cs - {"affirmation", "observation"}:
        fail(f"{where}: other carries {sorted(cs)}")
    if primary == "input" and not cs & INPUT_CODES:
        fail(f"{where}: input without an input code")


def parse(path: Path) -> list[dict]:
    convs: list[dict] = []
    cur: dict | None = None
    expect_label = False
    for no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{path.name}:{no}"
        if not line or line.startswith("%"):
            continue
        if line.startswith("## "):
            if expect_label:
                fail(f"{where}: missing label line")
            parts = [p.strip() for p in line[3:].split("|")]
            if len(parts) != 5:
                fail(f"{where}: header needs 5 fields")
            n, style, quality, who, setting = parts
            if style not in STYLES or quality not in QUALITIES:
                fail(f"{where}: bad style or quality")
            cur = {"n": int(n), "style": style, "quality": quality, "who": who,
                   "setting": setting, "turns": [], "last": None, "where": where}
            convs.append(cur)
            continue
        if cur is None:
            fail(f"{where}: text before a header")
        assert cur is not None
        if expect_label:
            if not line.startswith("="):
                fail(f"{where}: expected a label line")
            head, _, rest = line[1:].partition(":")
            p = PRIM.get(head.strip(), head.strip())
            codes = []
            for c in rest.split(","):
                c = c.strip()
                if not c:
                    continue
                full = ABBR.get(c, c)
                if full not in CODES:
                    fail(f"{where}: bad code {c}")
                codes.append(full)
            codes.sort(key=CODES.index)
            check(p, codes, where)
            cur["turns"][-1]["primary"] = p
            cur["turns"][-1]["codes"] = codes
            expect_label = False
            continue
        if line.startswith("M:"):
            if cur["last"] == "M":
                fail(f"{where}: two M lines in a row")
            cur["turns"].append({"context": cur["r"] if cur["turns"] else None,
                                 "text": line[2:].strip()})
            if not cur["turns"][-1]["text"]:
                fail(f"{where}: empty M line")
            cur["last"] = "M"
            expect_label = True
        elif line.startswith("R:"):
            if cur["last"] != "M":
                fail(f"{where}: R line must follow an M turn")
            cur["r"] = line[2:].strip()
            cur["last"] = "R"
        elif line.startswith("="):
            fail(f"{where}: stray label line")
        else:
            fail(f"{where}: unknown line")
    if expect_label:
        fail(f"{path.name}: missing last label line")
    for c in convs:
        if not 12 <= len(c["turns"]) <= 13:
            fail(f"{c['where']}: conversation {c['n']} has {len(c['turns'])} manager turns")
    return convs


def main() -> None:
    partial = "--partial" in sys.argv
    convs: list[dict] = []
    for letter in "abcde":
        p = HERE / f"convs_{letter}.txt"
        if p.exists():
            convs.extend(parse(p))
        elif not partial:
            fail(f"missing {p.name}")
    ns = [c["n"] for c in convs]
    if len(set(ns)) != len(ns):
        fail("a conversation number appears twice")
    if not partial and sorted(ns) != list(range(1, 51)):
        fail("conversations must be 1-50, each once")
    rows = []
    for c in sorted(convs, key=lambda c: c["n"]):
        for t, turn in enumerate(c["turns"], 1):
            rows.append({
                "context": turn["context"], "text": turn["text"], "primary": turn["primary"],
                "codes": turn["codes"], "style": c["style"],
                "voice": f"{c['who']}; {c['setting']}; {c['quality']}",
                "conversation": c["n"], "turn": t,
            })
    print(f"{len(convs)} conversations, {len(rows)} manager turns: all checks passed")
    if partial:
        return
    with open(HERE / "lines.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
