"""Relabel manager lines in conv_*.txt by the start of their text: fix.py 'text start' 'p codes'."""

import sys
from pathlib import Path


def relabel(start: str, spec: str) -> None:
    hits = []
    for f in sorted(Path(__file__).parent.glob("conv_*.txt")):
        lines = f.read_text(encoding="utf-8").splitlines(keepends=True)
        for i, line in enumerate(lines):
            if line.startswith("M ") and line.partition(" | ")[2].startswith(start):
                hits.append((f, lines, i))
    if len(hits) != 1:
        sys.exit(f"{len(hits)} hits for {start!r}")
    f, lines, i = hits[0]
    head, _, text = lines[i].partition(" | ")
    style = "/" + head.split("/")[1] if "/" in head else ""
    lines[i] = f"M {spec}{style} | {text}"
    f.write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    args = sys.argv[1:]
    for k in range(0, len(args), 2):
        relabel(args[k], args[k + 1])
