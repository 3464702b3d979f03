"""Agreement figures used by the benchmark and the training script (pure Python)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence

from roleplay.domain.codes import Code, Primary, TurnCoding

QUESTION_PRESENT = frozenset({Code.OPEN_QUESTION, Code.CLOSED_QUESTION})
REFLECTION_PRESENT = frozenset({Code.REFLECTION, Code.SUMMARY})
INPUT_PRESENT = frozenset({
    Code.ADVICE, Code.INFORMATION, Code.OBSERVATION, Code.IMPACT, Code.EXPECTATION,
    Code.LABEL, Code.BLAME, Code.THREAT,
})


def presence_of(coding: TurnCoding) -> tuple[bool, bool, bool]:
    """(question, reflection, input) present in a turn, as MI coders mark them."""
    return (
        coding.primary == Primary.QUESTION or bool(coding.codes & QUESTION_PRESENT),
        coding.primary == Primary.REFLECTION or bool(coding.codes & REFLECTION_PRESENT),
        coding.primary == Primary.INPUT or bool(coding.codes & INPUT_PRESENT),
    )


def cohen_kappa(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> float:
    n = len(gold)
    if n == 0:
        return 0.0
    po = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / n
    cg, cp = Counter(gold), Counter(pred)
    pe = sum(cg[k] * cp.get(k, 0) for k in cg) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def f1_per_class(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> dict[Hashable, float]:
    out: dict[Hashable, float] = {}
    for c in sorted(set(gold), key=str):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p != c)
        out[c] = 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)
    return out


def macro_f1(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> float:
    per = f1_per_class(gold, pred)
    return sum(per.values()) / len(per) if per else 0.0


def auc(scores: Sequence[float], positive: Sequence[bool]) -> float:
    """Area under the ROC curve (ties count half)."""
    pos = [s for s, y in zip(scores, positive, strict=True) if y]
    neg = [s for s, y in zip(scores, positive, strict=True) if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum(1.0 if p > q else 0.5 if p == q else 0.0 for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


def prf(gold: Sequence[bool], pred: Sequence[bool]) -> tuple[float, float, float, int]:
    """Precision, recall, F1 and support of one yes/no label."""
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if p and not g)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if g and not p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return prec, rec, f1, tp + fn


def code_report(
    gold: Sequence[frozenset[str]], pred: Sequence[frozenset[str]], codes: Sequence[str],
) -> dict[str, dict[str, float]]:
    """Per code: precision, recall, F1 and support."""
    out: dict[str, dict[str, float]] = {}
    for c in codes:
        p, r, f, n = prf([c in g for g in gold], [c in q for q in pred])
        out[c] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                  "support": n}
    return out


def confusion(
    gold: Sequence[frozenset[str]], pred: Sequence[frozenset[str]], rows: Sequence[str],
    cols: Sequence[str],
) -> dict[str, dict[str, int]]:
    """How often a line carrying gold code ``r`` was coded ``c`` (rows x cols)."""
    return {r: {c: sum(1 for g, p in zip(gold, pred, strict=True) if r in g and c in p)
                for c in cols} for r in rows}
