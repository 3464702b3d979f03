"""Parse convs_a.txt .. convs_e.txt into lines.jsonl and check every line (issue 11).

Source format: a header `## n | style | quality | who | setting`, then M:/R: lines alternating,
manager first and last. Each M: line is followed by `= p code code ...` where p is q/r/i/o.
Lines starting with `%` are comments. `--partial` checks the files that exist and writes nothing.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
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


def fail(where: str, msg: str) -> None:
    raise SystemExit(f"{where}: {msg}")


def check(rec: dict, where: str) -> None:
    p, codes = rec["primary"], set(rec["codes"])
    if codes & {"label", "blame", "threat"} and p != "input":
        fail(where, "label/blame/threat must be input")
    if "summary" in codes and ("reflection" not in codes or p != "reflection"):
        fail(where, "summary needs reflection and primary reflection")
    if p == "question" and not codes & {"open_question", "closed_question"}:
        fail(where, "question without question code")
    if p == "reflection" and "reflection" not in codes:
        fail(where, "reflection primary without reflection code")
    if p == "other" and not codes <= {"affirmation", "observation"}:
        fail(where, "other carries only affirmation/observation")
    if p == "input" and not codes & INPUT_CODES:
        fail(where, "input without an input code")


def parse(path: Path) -> list[dict]:
    out: list[dict] = []
    conv = None
    header: list[str] = []
    prev_r = None
    last = None  # 'M', 'R' or '=' within a conversation
    turn = 0
    lines = path.read_text(encoding="utf-8").splitlines()

    def close(where: str) -> None:
        if conv is None:
            return
        if last != "=":
            fail(where, f"conversation {conv} must end with a labelled M line")
        if not 12 <= turn <= 13:
            fail(where, f"conversation {conv} has {turn} manager turns")

    for i, raw in enumerate(lines, 1):
        line = raw.strip()
        where = f"{path.name}:{i}"
        if not line or line.startswith("%"):
            continue
        if line.startswith("## "):
            close(where)
            parts = [x.strip() for x in line[3:].split("|")]
            if len(parts) != 5 or not all(parts):
                fail(where, "bad header")
            n, style, quality, who, setting = parts
            if style not in STYLES or quality not in QUALITIES:
                fail(where, "bad style/quality")
            conv, header, prev_r, last, turn = int(n), [style, quality, who, setting], None, None, 0
            continue
        if conv is None:
            fail(where, "text before header")
        if line.startswith("M:"):
            if last not in (None, "R"):
                fail(where, "M must follow R or header")
            turn += 1
            text = line[2:].strip()
            out.append({"context": prev_r, "text": text, "_conv": conv, "_turn": turn,
                        "_h": header, "_where": where})
            last = "M"
        elif line.startswith("R:"):
            if last != "=":
                fail(where, "R must follow a labelled M")
            prev_r = line[2:].strip()
            last = "R"
        elif line.startswith("="):
            if last != "M":
                fail(where, "label must follow M")
            toks = line[1:].split()
            if not toks or toks[0] not in PRIM:
                fail(where, "bad primary")
            codes = []
            for t in toks[1:]:
                if t not in ABBR:
                    fail(where, f"bad code {t}")
                codes.append(ABBR[t])
            if len(set(codes)) != len(codes):
                fail(where, "duplicate code")
            out[-1]["primary"] = PRIM[toks[0]]
            out[-1]["codes"] = sorted(codes, key=ORDER.index)
            last = "="
        else:
            fail(where, f"unrecognised line: {line[:40]}")
    close(f"{path.name}:end")
    return out


def main() -> None:
    partial = "--partial" in sys.argv
    files = sorted(HERE.glob("convs_*.txt"))
    recs: list[dict] = []
    for f in files:
        recs.extend(parse(f))
    seen: dict[int, int] = {}
    final = []
    for r in recs:
        where = r["_where"]
        if r["_turn"] == 1 and r["context"] is not None:
            fail(where, "opener must have null context")
        seen[r["_conv"]] = seen.get(r["_conv"], 0) + 1 if r["_turn"] > 1 else (
            fail(where, f"conversation {r['_conv']} repeated") if r["_conv"] in seen else 1)
        style, quality, who, setting = r["_h"]
        rec = {"context": r["context"], "text": r["text"], "primary": r["primary"],
               "codes": r["codes"], "style": style, "voice": f"{who}, {setting}; {quality}",
               "conversation": r["_conv"], "turn": r["_turn"]}
        check(rec, where)
        final.append(rec)
    convs = sorted(seen)
    if not partial and convs != list(range(1, 41)):
        fail("all", f"conversations present: {convs}")
    print(f"{len(final)} lines, {len(convs)} conversations")
    if partial:
        return
    with open(HERE / "lines.jsonl", "w", encoding="utf-8") as fh:
        for rec in sorted(final, key=lambda x: (x["conversation"], x["turn"])):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
