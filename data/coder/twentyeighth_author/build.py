"""Build lines.jsonl from the hand-written conversation files conv_*.txt (helper T28).

File format: '=== voice | style' starts a conversation; 'R: ...' is the report's turn;
'M <primary> <codes...> [@style] | text' is a labelled manager turn.
"""

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
PRIMARY = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
CODES = {
    "oq": "open_question",
    "cq": "closed_question",
    "rf": "reflection",
    "af": "affirmation",
    "ad": "advice",
    "inf": "information",
    "ob": "observation",
    "im": "impact",
    "ex": "expectation",
    "lb": "label",
    "sf": "softener",
    "bl": "blame",
    "th": "threat",
    "cm": "commitment",
    "fu": "follow_up",
    "so": "support_offer",
    "sm": "summary",
}
ORDER = list(CODES.values())
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
PRIMARY_ONLY_INPUT = {"label", "blame", "threat"}


def parse(path: Path) -> list[dict]:
    convs: list[dict] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("=== "):
            voice, style = line[4:].rsplit(" | ", 1)
            convs.append({"voice": voice.strip(), "style": style.strip(), "turns": []})
            last_report = None
        elif line.startswith("R: "):
            last_report = line[3:].strip()
        elif line.startswith("M "):
            head, text = line[2:].split(" | ", 1)
            parts = head.split()
            style = convs[-1]["style"]
            tags = []
            for p in parts[1:]:
                if p.startswith("@"):
                    style = p[1:]
                else:
                    tags.append(CODES[p])
            codes = sorted(set(tags), key=ORDER.index)
            convs[-1]["turns"].append(
                {
                    "context": last_report,
                    "text": text.strip(),
                    "primary": PRIMARY[parts[0]],
                    "codes": codes,
                    "style": style,
                }
            )
            last_report = None
        else:
            raise ValueError(f"{path.name}: bad line {line!r}")
    return convs


def check(row: dict) -> None:
    assert row["style"] in STYLES, row
    codes = set(row["codes"])
    if codes & PRIMARY_ONLY_INPUT:
        assert row["primary"] == "input", row
    if row["primary"] == "reflection":
        assert "reflection" in codes, row
    if "summary" in codes:
        assert "reflection" in codes, row
    if row["primary"] == "question":
        assert codes & {"open_question", "closed_question"}, row


def main() -> None:
    rows = []
    convs = [c for p in sorted(HERE.glob("conv_*.txt")) for c in parse(p)]
    for n, conv in enumerate(convs, 1):
        for t, turn in enumerate(conv["turns"], 1):
            row = {
                "context": turn["context"],
                "text": turn["text"],
                "primary": turn["primary"],
                "codes": turn["codes"],
                "style": turn["style"],
                "voice": conv["voice"],
                "conversation": n,
                "turn": t,
            }
            check(row)
            rows.append(row)
    out = HERE / "lines.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    for line in out.read_text(encoding="utf-8").splitlines():
        json.loads(line)
    lens = Counter(len(c["turns"]) for c in convs)
    print("conversations", len(convs), "turns", len(rows), "turns per conversation", dict(lens))
    quality = Counter(c["voice"].split(";")[-1].strip().split()[0].rstrip(",") for c in convs)
    print("quality", dict(quality))
    print("conversation styles", dict(Counter(c["style"] for c in convs)))
    print("primary", dict(Counter(r["primary"] for r in rows)))
    print("style", dict(Counter(r["style"] for r in rows)))
    code_counts = Counter(c for r in rows for c in r["codes"])
    print("codes", {c: code_counts[c] for c in ORDER})
    print("no codes", sum(1 for r in rows if not r["codes"]))
    print("null context", sum(1 for r in rows if r["context"] is None))


if __name__ == "__main__":
    main()
