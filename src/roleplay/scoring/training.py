"""Fitting the coder's linear heads with numpy (used by scripts/train_coder.py and the benchmark).

L2-regularised softmax regression on sparse features, full-batch with Adam: deterministic for the
same data, no random initialisation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from roleplay.scoring.features import is_hand
from roleplay.scoring.model import CoderWeights, LinearHead


def build_vocab(rows: Sequence[Mapping[str, float]], min_df: int = 3) -> list[str]:
    """Hand features always; word features seen in at least ``min_df`` rows."""
    df: Counter[str] = Counter()
    for r in rows:
        df.update(r.keys())
    return sorted(k for k, n in df.items() if is_hand(k) or n >= min_df)


def fit_head(
    rows: Sequence[Mapping[str, float]],
    labels: Sequence[str],
    classes: Sequence[str],
    vocab: Sequence[str],
    l2_words: float = 10.0,
    l2_hand: float = 3.0,
    steps: int = 400,
    lr: float = 0.05,
    class_weight: Mapping[str, float] | None = None,
) -> LinearHead:
    import numpy as np

    index = {name: i for i, name in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)), dtype=np.float64)
    for r, feats in enumerate(rows):
        for name, value in feats.items():
            i = index.get(name)
            if i is not None:
                x[r, i] = value
    means = x.mean(axis=0)
    hand = np.array([is_hand(v) for v in vocab])
    means[~hand] = 0.0  # centre only the dense hand-built features
    means[[i for i, v in enumerate(vocab) if v == "h:bias"]] = 0.0
    x -= means
    k = len(classes)
    y = np.zeros((len(rows), k))
    cidx = {c: i for i, c in enumerate(classes)}
    for r, lab in enumerate(labels):
        y[r, cidx[lab]] = 1.0
    sw = np.ones(len(rows))
    if class_weight:
        sw = np.array([class_weight.get(lab, 1.0) for lab in labels])
    sw = sw / sw.mean()
    reg = np.where(hand, l2_hand, l2_words)[:, None]
    reg[[i for i, v in enumerate(vocab) if v == "h:bias"]] = 0.0
    w = np.zeros((len(vocab), k))
    m = np.zeros_like(w)
    v2 = np.zeros_like(w)
    n = len(rows)
    for t in range(1, steps + 1):
        s = x @ w
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        g = x.T @ ((p - y) * sw[:, None]) / n + reg * w / n
        m = 0.9 * m + 0.1 * g
        v2 = 0.999 * v2 + 0.001 * g * g
        w -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v2 / (1 - 0.999**t)) + 1e-8)
    weights = {
        name: tuple(float(a) for a in w[i])
        for i, name in enumerate(vocab)
        if np.abs(w[i]).max() > 1e-4
    }
    return LinearHead(
        classes=tuple(classes), weights=weights,
        means={name: float(means[i]) for i, name in enumerate(vocab) if means[i]},
    )


CODER_VERSION = "coder-v1"


def train_coder(
    examples: Sequence[tuple[str, str | None, str, bool, bool, bool]],
    version: str = CODER_VERSION,
    meta: Mapping[str, object] | None = None,
) -> CoderWeights:
    """Weights from (text, context, primary, question?, reflection?, input?) examples."""
    from roleplay.scoring.features import turn_features

    rows = [turn_features(text, ctx) for text, ctx, *_ in examples]
    vocab = build_vocab(rows)
    primary = [e[2] for e in examples]
    heads = {
        "primary": fit_head(rows, primary, ["question", "reflection", "input", "other"], vocab,
                            class_weight=_balanced(primary)),
    }
    for i, name in ((3, "question"), (4, "reflection"), (5, "input")):
        ys = ["yes" if e[i] else "no" for e in examples]
        heads[name] = fit_head(rows, ys, ["no", "yes"], vocab)
    return CoderWeights(version=version, heads=heads, meta=dict(meta or {}))


def _balanced(labels: Sequence[str]) -> dict[str, float]:
    counts = Counter(labels)
    total = len(labels)
    return {c: (total / (len(counts) * n)) ** 0.5 for c, n in counts.items()}
