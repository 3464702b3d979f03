"""Sparse features of a manager turn (with the report's previous turn) for the learned coder.

A feature set is a ``dict[str, float]``: hand-built cues (pattern matches, question form, how much
the turn echoes the report) plus word and word-pair presence. The same function feeds training
(``scripts/train_coder.py``) and inference, so the two can never drift apart.
"""

from __future__ import annotations

import itertools
import math

from roleplay.domain.codes import Code
from roleplay.scoring._patterns import PatternMatch, match
from roleplay.scoring._text import normalise, words

BACKCHANNEL = frozenset(
    ["yeah", "yes", "yep", "okay", "ok", "right", "sure", "mm", "hmm", "mm-hmm", "uh-huh",
    "uh", "huh", "oh", "alright", "great", "good", "fine", "i", "see", "gotcha", "cool", "wow",
    "ah", "got", "it", "thanks", "thank", "you", "no", "nope", "absolutely", "exactly",
    "totally", "of", "course"]
)


def turn_features(
    text: str, context: str | None, pm: PatternMatch | None = None
) -> dict[str, float]:
    """Features of one manager turn; ``pm`` may pass a pattern match already computed."""
    pm = pm if pm is not None else match(text, context)
    toks = words(text)
    n = len(toks)
    low = normalise(text)
    f: dict[str, float] = {"h:bias": 1.0}
    f["h:log_words"] = math.log1p(n) / 4.0
    f["h:sentences"] = min(len(pm.sentences), 6) / 6.0
    f["h:short"] = 1.0 if n <= 3 else 0.0
    f["h:backchannel"] = 1.0 if toks and all(t in BACKCHANNEL for t in toks) else 0.0
    f["h:qmark_last"] = 1.0 if low.rstrip(" -\"'").endswith("?") else 0.0
    f["h:qmark_any"] = 1.0 if "?" in low else 0.0
    f["h:question_last"] = 1.0 if pm.question_last else 0.0
    f["h:questions"] = min(pm.questions, 3) / 3.0
    f["h:reflective_q"] = 1.0 if any(s.reflective_question for s in pm.sentences) else 0.0
    f["h:advice_q"] = 1.0 if any(s.advice_question for s in pm.sentences) else 0.0
    f["h:interrupted"] = 1.0 if text.rstrip().endswith(("-", "—", "...", "…")) else 0.0
    for code in Code:
        if code in pm.codes:
            f[f"c:{code.value}"] = 1.0
    f["h:soft_words"] = min(pm.soft_words, 4) / 4.0
    f["h:overlap"] = pm.overlap
    f["h:overlap_statement"] = pm.overlap if not pm.question_last else 0.0
    if n:
        f["h:you_share"] = sum(1 for t in toks if t in {"you", "you're", "your", "you've",
                                                        "you'd", "you'll", "yourself"}) / n
        f["h:i_share"] = sum(1 for t in toks if t in {"i", "i'm", "me", "my", "i've", "i'd",
                                                      "i'll"}) / n
        f["h:we_share"] = sum(1 for t in toks if t in {"we", "we're", "us", "our", "let's"}) / n
    if context is None or not context.strip():
        f["h:no_context"] = 1.0
    else:
        ctx = normalise(context)
        f["h:ctx_question"] = 1.0 if ctx.rstrip(" -").endswith("?") else 0.0
        f["h:ctx_log_words"] = math.log1p(len(words(context))) / 4.0
    # Words, word pairs, and the first words (where questions and reflections announce themselves)
    stripped = [t for t in toks if t not in {"um", "uh", "mm", "hmm", "mm-hmm"}]
    for t in set(stripped):
        f["w:" + t] = 1.0
    for a, b in itertools.pairwise(stripped):
        f[f"b:{a}_{b}"] = 1.0
    if stripped:
        f["f1:" + stripped[0]] = 1.0
        if len(stripped) > 1:
            f[f"f2:{stripped[0]}_{stripped[1]}"] = 1.0
        f["l1:" + stripped[-1]] = 1.0
    for s in pm.sentences[-1:]:
        st = words(s.text)
        if st:
            f["ls1:" + st[0]] = 1.0
    return f


HAND_PREFIXES = ("h:", "c:")


def is_hand(name: str) -> bool:
    return name.startswith(HAND_PREFIXES)
