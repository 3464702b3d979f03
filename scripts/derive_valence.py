"""Write src/roleplay/scoring/weights/valence.txt: the strongly positive and negative single words
of the VADER sentiment lexicon (C.J. Hutto, MIT licence), which the coder reads as features so a
judging word it never saw in training ("incompetent", "pathetic") still looks like a judgement.

    pip download --no-deps -d /tmp/vader vadersentiment && unzip -q /tmp/vader/*.whl -d /tmp/vader
    .venv/bin/python scripts/derive_valence.py /tmp/vader/vaderSentiment/vader_lexicon.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = (Path(__file__).resolve().parents[1] / "src" / "roleplay" / "scoring" / "weights"
       / "valence.txt")
STRONG = 1.5  # weaker words ("problem", "late") say little about judging a person

HEADER = """\
# Single words with |valence| >= 1.5 from the VADER sentiment lexicon (vaderSentiment 3.3.2),
# derived by scripts/derive_valence.py. VADER's licence:
#
# The MIT License (MIT)
#
# Copyright (c) 2016 C.J. Hutto
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
# SOFTWARE.
"""


def main() -> None:
    rows = []
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) > 1 and re.fullmatch(r"[a-z]+(?:'[a-z]+)?", parts[0]):
            value = float(parts[1])
            if abs(value) >= STRONG:
                rows.append(f"{parts[0]}\t{value:g}")
    OUT.write_text(HEADER + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(rows)} words)")


if __name__ == "__main__":
    main()
