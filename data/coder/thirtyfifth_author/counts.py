"""Print count tables for lines.jsonl (quality, style, codes by style, primary by style)."""

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


def quality(row: dict) -> str:
    return str(row["voice"]).rsplit("; ", 1)[1]


def table(header: list[str], rows: list[list[object]]) -> None:
    print("| " + " | ".join(header) + " |")
    print("| --- | " + " | ".join("---:" for _ in header[1:]) + " |")
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")
    print()


def main() -> None:
    rows = [json.loads(x) for x in (HERE / "lines.jsonl").read_text(encoding="utf-8").splitlines()]
    convs: dict[int, dict] = {}
    for r in rows:
        convs.setdefault(r["conversation"], r)
    n_ctx = sum(r["context"] is not None for r in rows)
    n_none = sum(not r["codes"] for r in rows)
    lens = Counter(Counter(r["conversation"] for r in rows).values())
    print(
        f"lines: {len(rows)}; conversations: {len(convs)} "
        f"(turns per conversation: {dict(sorted(lens.items()))}); "
        f"with a context line: {n_ctx}; no codes: {n_none}\n"
    )

    qc = Counter(quality(c) for c in convs.values())
    ql = Counter(quality(r) for r in rows)
    table(
        ["quality", "conversations", "lines"],
        [[q, qc[q], ql[q]] for q in QUALITIES] + [["all", len(convs), len(rows)]],
    )

    sc = Counter(c["style"] for c in convs.values())
    sl = Counter(r["style"] for r in rows)
    sq = Counter((c["style"], quality(c)) for c in convs.values())
    table(
        ["style", "conversations", "lines", "skilled", "typical", "poor"],
        [[s, sc[s], sl[s]] + [sq[(s, q)] for q in QUALITIES] for s in STYLES],
    )

    cs = Counter((c, r["style"]) for r in rows for c in r["codes"])
    cq = Counter((c, quality(r)) for r in rows for c in r["codes"])
    ct = Counter(c for r in rows for c in r["codes"])
    table(
        ["code", "lines", *STYLES, *QUALITIES],
        [
            [c, ct[c]] + [cs[(c, s)] for s in STYLES] + [cq[(c, q)] for q in QUALITIES]
            for c in CODES
        ],
    )

    ps = Counter((r["style"], r["primary"]) for r in rows)
    pq = Counter((quality(r), r["primary"]) for r in rows)
    pt = Counter(r["primary"] for r in rows)
    table(
        ["style / quality", "lines", "primary " + PRIMARIES[0], *PRIMARIES[1:]],
        [[s, sl[s]] + [ps[(s, p)] for p in PRIMARIES] for s in STYLES]
        + [[q, ql[q]] + [pq[(q, p)] for p in PRIMARIES] for q in QUALITIES]
        + [["all", len(rows)] + [pt[p] for p in PRIMARIES]],
    )


if __name__ == "__main__":
    main()
