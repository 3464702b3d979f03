"""Print count tables for lines.jsonl (run build.py first)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
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
STYLES = [
    "tidy",
    "spoken",
    "terse",
    "rambling",
    "british",
    "american",
    "nonnative",
    "kind_vague",
    "harsh",
]
QUALITIES = ["skilled", "typical", "poor"]
PRIMARIES = ["question", "reflection", "input", "other"]


def quality(rec: dict) -> str:
    return rec["voice"].rsplit("; ", 1)[1]


def table(header: list[str], rows: list[list[object]]) -> str:
    out = ["| " + " | ".join(header) + " |", "| --- |" + " ---: |" * (len(header) - 1)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def main() -> None:
    text = (HERE / "lines.jsonl").read_text(encoding="utf-8")
    recs = [json.loads(line) for line in text.splitlines()]
    convs: dict[int, dict] = {}
    for r in recs:
        convs.setdefault(r["conversation"], r)
    per_conv = Counter(r["conversation"] for r in recs)

    no_codes = sum(not r["codes"] for r in recs)
    null_context = sum(r["context"] is None for r in recs)
    print(
        f"- turns: {len(recs)}; conversations: {len(convs)}; no codes: {no_codes}; "
        f"context null: {null_context}"
    )
    print(f"- turns per conversation: {dict(sorted(Counter(per_conv.values()).items()))}")
    print(f"- quality (conversations): {dict(Counter(quality(r) for r in convs.values()))}")
    print(f"- quality (turns): {dict(Counter(quality(r) for r in recs))}")
    print(f"- style (conversations): {dict(Counter(r['style'] for r in convs.values()))}")
    print(f"- style (turns): {dict(Counter(r['style'] for r in recs))}")
    print()

    rows = []
    for code in CODES:
        rows.append(
            [code, sum(code in r["codes"] for r in recs)]
            + [sum(code in r["codes"] for r in recs if r["style"] == s) for s in STYLES]
        )
    print(table(["code", "turns", *STYLES], rows))
    print()

    rows = []
    for s in [*STYLES, "all"]:
        sub = [r for r in recs if s == "all" or r["style"] == s]
        rows.append([s, len(sub)] + [sum(r["primary"] == p for r in sub) for p in PRIMARIES])
    print(table(["style", "turns", *PRIMARIES], rows))
    print()

    rows = []
    for code in CODES:
        rows.append(
            [code] + [sum(code in r["codes"] for r in recs if quality(r) == q) for q in QUALITIES]
        )
    print(table(["code", *QUALITIES], rows))
    print()

    rows = []
    for q in QUALITIES:
        sub = [r for r in recs if quality(r) == q]
        rows.append([q, len(sub)] + [sum(r["primary"] == p for r in sub) for p in PRIMARIES])
    print(table(["quality", "turns", *PRIMARIES], rows))
    print()

    rows = []
    for s in STYLES:
        sub = [r for r in convs.values() if r["style"] == s]
        rows.append([s, len(sub)] + [sum(quality(r) == q for r in sub) for q in QUALITIES])
    print(table(["style", "conversations", *QUALITIES], rows))
    print()

    both = sum({"label", "blame"} <= set(r["codes"]) for r in recs)
    print(f"- turns with both label and blame: {both}")
    per_code = ", ".join(f"{c} {sum(c in r['codes'] for r in recs)}" for c in CODES)
    print("- per code (all turns): " + per_code)


if __name__ == "__main__":
    main()
