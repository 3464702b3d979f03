"""A sparse linear model (softmax over classes) that runs in pure Python from JSON weights."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any


def linear_scores(weights: Mapping[str, tuple[float, ...]], means: Mapping[str, float],
                  features: Mapping[str, float], k: int) -> list[float]:
    """``k`` linear scores of sparse features (pure Python: a turn has about 100 of them)."""
    out = [0.0] * k
    for name, value in features.items():
        w = weights.get(name)
        if w is None:
            continue
        v = value - means.get(name, 0.0)
        for i, wi in enumerate(w):
            out[i] += wi * v
    return out


@dataclass(frozen=True)
class LinearHead:
    """One classifier: ``classes`` and, per feature name, one weight per class."""

    classes: tuple[str, ...]
    weights: Mapping[str, tuple[float, ...]]
    means: Mapping[str, float]

    def scores(self, features: Mapping[str, float]) -> list[float]:
        return linear_scores(self.weights, self.means, features, len(self.classes))

    def proba(self, features: Mapping[str, float]) -> dict[str, float]:
        s = self.scores(features)
        top = max(s)
        e = [math.exp(x - top) for x in s]
        z = sum(e)
        return {c: v / z for c, v in zip(self.classes, e, strict=True)}

    def to_json(self) -> dict[str, Any]:
        return {
            "classes": list(self.classes),
            "weights": {k: [round(x, 5) for x in v] for k, v in sorted(self.weights.items())},
            "means": {k: round(v, 5) for k, v in sorted(self.means.items()) if v},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LinearHead:
        classes = tuple(str(c) for c in data["classes"])
        weights = {str(k): tuple(float(x) for x in v) for k, v in data["weights"].items()}
        means = {str(k): float(v) for k, v in data.get("means", {}).items()}
        return cls(classes=classes, weights=weights, means=means)


@dataclass(frozen=True)
class MultiLabelHead:
    """Independent yes/no decisions (one logistic model per label) over shared features.

    ``weights`` maps a feature to one weight per label, so a turn's ~100 features cost one pass.
    ``thresholds`` are the probabilities at which each label is said to be present, chosen on
    cross-validated predictions of the training data (never on a test set).
    """

    labels: tuple[str, ...]
    weights: Mapping[str, tuple[float, ...]]
    means: Mapping[str, float]
    thresholds: tuple[float, ...]

    def proba(self, features: Mapping[str, float]) -> dict[str, float]:
        out = linear_scores(self.weights, self.means, features, len(self.labels))
        return {lab: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
                for lab, z in zip(self.labels, out, strict=True)}

    def present(self, probs: Mapping[str, float]) -> set[str]:
        return {lab for lab, t in zip(self.labels, self.thresholds, strict=True)
                if probs[lab] >= t}

    def to_json(self) -> dict[str, Any]:
        return {
            "labels": list(self.labels),
            "thresholds": [round(t, 4) for t in self.thresholds],
            "weights": {k: [round(x, 3) for x in v] for k, v in sorted(self.weights.items())},
            "means": {k: round(v, 5) for k, v in sorted(self.means.items()) if v},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MultiLabelHead:
        return cls(
            labels=tuple(str(c) for c in data["labels"]),
            weights={str(k): tuple(float(x) for x in v) for k, v in data["weights"].items()},
            means={str(k): float(v) for k, v in data.get("means", {}).items()},
            thresholds=tuple(float(t) for t in data["thresholds"]),
        )


WEIGHTS_FILE = "coder_v2.json"


@dataclass(frozen=True)
class CoderWeights:
    version: str
    heads: Mapping[str, LinearHead]
    meta: Mapping[str, Any]
    codes: MultiLabelHead | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "version": self.version,
            "meta": dict(self.meta),
            "heads": {k: h.to_json() for k, h in self.heads.items()},
        }
        if self.codes is not None:
            out["codes"] = self.codes.to_json()
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CoderWeights:
        return cls(
            version=str(data["version"]),
            heads={str(k): LinearHead.from_json(v) for k, v in data["heads"].items()},
            meta=dict(data.get("meta", {})),
            codes=MultiLabelHead.from_json(data["codes"]) if "codes" in data else None,
        )

    @classmethod
    def load(cls, path: Path | None = None) -> CoderWeights:
        """Load weights from ``path``, or the ones shipped with the package."""
        if path is None:
            text = (resources.files("roleplay.scoring") / "weights" / WEIGHTS_FILE).read_text(
                encoding="utf-8"
            )
        else:
            text = Path(path).read_text(encoding="utf-8")
        return cls.from_json(_parse_shared(text))


def _parse_shared(text: str) -> Any:
    """JSON with each distinct number one float object: the shipped weights hold ~35k distinct
    values among 1.4M, so the loaded coder takes 43 MB of memory instead of 69 MB."""
    seen: dict[str, float] = {}
    return json.loads(text, parse_float=lambda s: seen.setdefault(s, float(s)))


def argmax(probs: Mapping[str, float], order: Sequence[str]) -> str:
    return max(order, key=lambda c: (probs[c], -order.index(c)))
