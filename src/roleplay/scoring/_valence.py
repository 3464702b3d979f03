"""How strongly positive or negative a word is (the VADER lexicon's strong words, see
``weights/valence.txt``). The coder reads it so a judging word it never met in training
("incompetent", "pathetic") still looks like a judgement, and praise beside a judging word
("Brilliant. Three days late.") looks like the sarcasm it usually is."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

NEGATIVE = -1.5
POSITIVE = 2.0
# A judging word pinned on the person or their work, not on the weather or the deadline.
_ABOUT_THEM = re.compile(
    r"\b(?:you|you're|your|you've|you were|yourself|that was|that's|it was|what a|such a|"
    r"this is|typical)\b"
)


@cache
def _lexicon() -> dict[str, float]:
    text = (resources.files("roleplay.scoring") / "weights" / "valence.txt").read_text(
        encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, value = line.split("\t")
            out[word] = float(value)
    return out


def negative_words(words: list[str]) -> set[str]:
    """The strongly negative words among ``words``."""
    lex = _lexicon()
    return {w for w in words if lex.get(w, 0.0) <= NEGATIVE}


def valence_features(words: list[str], low_text: str, context_words: list[str]) -> dict[str, float]:
    """Features from a turn's words in negation scope form (``not_x`` words are ignored: a
    denied judgement is no judgement), its lower-cased text and the report's words."""
    lex = _lexicon()
    neg = negative_words(words)
    pos = {w for w in words if lex.get(w, 0.0) >= POSITIVE}
    f: dict[str, float] = {}
    if neg:
        f["h:lex_neg"] = min(len(neg), 3) / 3.0
        if _ABOUT_THEM.search(low_text):
            f["h:lex_neg_you"] = 1.0
        if neg & set(context_words):
            f["h:lex_neg_echo"] = 1.0  # the report's own word said back
    if pos:
        f["h:lex_pos"] = 1.0
        if neg:
            f["h:lex_mixed"] = 1.0
    return f
