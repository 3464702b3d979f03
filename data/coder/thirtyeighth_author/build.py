"""Build lines.jsonl from convs_a.txt ... convs_e.txt and check every line.

Source format: a header per conversation, ``## n | style | quality | who | setting``, then
alternating ``M:`` and ``R:`` lines (manager first and last). Each ``M:`` line is followed by one
label line ``= p: c, c`` (p is q, r, i or o; codes abbreviated). ``%`` lines are comments.
Run with ``--partial`` to check the source files that exist and write nothing.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = [HERE / f"convs_{x}.txt" for x in "abcde"]

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
PRIMARY = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
STYLES = {"tidy", "spoken", "terse", "rambling", "british", "american", "nonnative",
          "kind_vague", "harsh"}
QUALITIES = {"skilled", "typical", "poor"}
QUESTION_CODES = {"open_question", "closed_question"}
OTHER_OK = {"affirmation", "observation"}
INPUT_CODES = set(CODES) - {"reflection", "summary"}


def fail(where: str, msg: str) -> None:
    raise SystemExit(f"{where}: {msg}")


def parse_labels(where: str, raw: str) -> tuple[str, list[str]]:
    if not raw.startswith("= "):
        fail(where, f"expected a label line, got {raw!r}")
    head, _, rest = raw[2:].partition(":")
    if head.strip() not in PRIMARY:
        fail(where, f"bad primary {head!r}")
    primary = PRIMARY[head.strip()]
    codes: list[str] = []
    for part in rest.split(","):
        part = part.strip()
        if not part:
            continue
        if part not in ABBR:
            fail(where, f"bad code {part!r}")
        if ABBR[part] in codes:
            fail(where, f"duplicate code {part!r}")
        codes.append(ABBR[part])
    codes.sort(key=CODES.index)
    check_line(where, primary, codes)
    return primary, codes


def check_line(where: str, primary: str, codes: list[str]) -> None:
    cs = set(codes)
    if cs & {"label", "blame", "threat"} and primary != "input":
        fail(where, "label/blame/threat must be input")
    if "summary" in cs and ("reflection" not in cs or primary != "reflection"):
        fail(where, "summary needs reflection and primary reflection")
    if primary == "question" and not cs & QUESTION_CODES:
        fail(where, "question without a question code")
    if primary == "reflection" and "reflection" not in cs:
        fail(where, "primary reflection without reflection")
    if primary == "other" and not cs <= OTHER_OK:
        fail(where, f"other carries {sorted(cs - OTHER_OK)}")
    if primary == "input" and not cs & INPUT_CODES:
        fail(where, "input without an input code")


def parse_file(path: Path) -> list[dict]:
    rows: list[dict] = []
    conv = None
    lines = [ln.rstrip("\n") for ln in path.read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln.strip() and not ln.startswith("%")]
    i = 0
    convs: list[tuple[dict, list[tuple[str, str, str | None]]]] = []
    while i < len(lines):
        ln = lines[i]
        where = f"{path.name}:{ln[:40]!r}"
        if ln.startswith("## "):
            parts = [p.strip() for p in ln[3:].split("|")]
            if len(parts) != 5 or not all(parts):
                fail(where, "header needs n | style | quality | who | setting")
            n, style, quality, who, setting = parts
            if style not in STYLES or quality not in QUALITIES:
                fail(where, "bad style or quality")
            conv = {"n": int(n), "style": style, "quality": quality, "who": who,
                    "setting": setting}
            convs.append((conv, []))
            i += 1
            continue
        if conv is None:
            fail(where, "line before any header")
        if ln.startswith("M: "):
            if i + 1 >= len(lines):
                fail(where, "manager line without labels")
            convs[-1][1].append(("M", ln[3:].strip(), lines[i + 1]))
            i += 2
            continue
        if ln.startswith("R: "):
            convs[-1][1].append(("R", ln[3:].strip(), None))
            i += 1
            continue
        fail(where, f"unexpected line {ln!r}")
    for conv, turns in convs:
        where = f"{path.name} conversation {conv['n']}"
        who = [t[0] for t in turns]
        if not who or who[0] != "M" or who[-1] != "M":
            fail(where, "must start and end with M")
        if any(a == b for a, b in itertools.pairwise(who)):
            fail(where, "M and R must alternate")
        m_turns = [t for t in turns if t[0] == "M"]
        if not 12 <= len(m_turns) <= 13:
            fail(where, f"{len(m_turns)} manager turns (need 12-13)")
        context = None
        k = 0
        for kind, text, raw in turns:
            if kind == "R":
                context = text
                continue
            k += 1
            assert raw is not None
            primary, codes = parse_labels(f"{where} turn {k}", raw)
            rows.append({
                "context": context,
                "text": text,
                "primary": primary,
                "codes": codes,
                "style": conv["style"],
                "voice": f"{conv['who']}, {conv['setting']}; {conv['quality']}",
                "conversation": conv["n"],
                "turn": k,
            })
    return rows


def main() -> None:
    partial = "--partial" in sys.argv
    rows: list[dict] = []
    for path in SOURCES:
        if not path.exists():
            if partial:
                continue
            fail(path.name, "missing")
        rows.extend(parse_file(path))
    ns = sorted({r["conversation"] for r in rows})
    seen: dict[int, int] = {}
    for r in rows:
        if r["turn"] == 1:
            seen[r["conversation"]] = seen.get(r["conversation"], 0) + 1
            if r["context"] is not None:
                fail(f"conversation {r['conversation']}", "opener must have null context")
    if any(v != 1 for v in seen.values()):
        fail("conversations", "a conversation number appears twice")
    if not partial and ns != list(range(1, 41)):
        fail("conversations", f"need 1-40, have {ns}")
    print(f"{len(rows)} lines in {len(ns)} conversations: ok")
    if partial:
        return
    with (HERE / "lines.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
