"""Print the README's count tables (Shape) from lines.jsonl."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODE_ORDER = [
    "open_question", "closed_question", "reflection", "summary", "affirmation", "advice",
    "information", "observation", "impact", "expectation", "label", "softener", "blame",
    "threat", "commitment", "follow_up", "support_offer",
]
STYLES = ["tidy", "spoken", "terse", "rambling", "british", "american", "nonnative",
          "kind_vague", "harsh"]
QUALITIES = ["skilled", "typical", "poor"]
PRIMARIES = ["question", "reflection", "input", "other"]
LONG_TURN_WORDS = 60


def quality(line: dict[str, object]) -> str:
    return str(line["voice"]).rsplit("; ", 1)[1]


def row(cells: list[object]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def primary_table(lines: list[dict[str, object]], key: str, groups: list[str]) -> None:
    print(row([key, "conversations", "lines", *PRIMARIES]))
    print(row(["---", "---:", "---:", *["---:"] * len(PRIMARIES)]))
    for group in [*groups, "all"]:
        chosen = [ln for ln in lines if group == "all" or
                  (quality(ln) if key == "quality" else ln["style"]) == group]
        primaries = Counter(ln["primary"] for ln in chosen)
        conversations = len({ln["conversation"] for ln in chosen})
        print(row([group, conversations, len(chosen), *[primaries[p] for p in PRIMARIES]]))
    print()


def main() -> None:
    lines = [json.loads(t) for t in (HERE / "lines.jsonl").read_text(encoding="utf-8").splitlines()]
    long_turns = [ln for ln in lines if len(str(ln["text"]).split()) >= LONG_TURN_WORDS]
    long_poor = sum(1 for ln in long_turns if quality(ln) == "poor")
    print(
        f"lines: {len(lines)}; conversations: {len({ln['conversation'] for ln in lines})}; "
        f"with a context line: {sum(1 for ln in lines if ln['context'] is not None)}; "
        f"no codes: {sum(1 for ln in lines if not ln['codes'])}; "
        f"turns of {LONG_TURN_WORDS}+ words: {len(long_turns)} "
        f"({long_poor} poor, {len(long_turns) - long_poor} skilled or typical)"
    )
    print()
    primary_table(lines, "quality", QUALITIES)
    primary_table(lines, "style", STYLES)
    print(row(["code", "lines", *QUALITIES, *STYLES]))
    print(row(["---", *["---:"] * (1 + len(QUALITIES) + len(STYLES))]))
    for code in CODE_ORDER:
        having = [ln for ln in lines if code in ln["codes"]]  # type: ignore[operator]
        by_quality = Counter(quality(ln) for ln in having)
        by_style = Counter(ln["style"] for ln in having)
        print(row([code, len(having), *[by_quality[q] for q in QUALITIES],
                   *[by_style[s] for s in STYLES]]))


if __name__ == "__main__":
    main()
