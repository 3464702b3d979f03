"""A sparse linear model (softmax over classes) that runs in pure Python from JSON weights."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class LinearHead:
    """One classifier: ``classes`` and, per feature name, one weight per class."""

    classes: tuple[str, ...]
    weights: Mapping[str, tuple[float, ...]]
    means: Mapping[str, float]

    def scores(self, features: Mapping[str, float]) -> list[float]:
        out = [0.0] * len(self.classes)
        for name, value in features.items():
            w = self.weights.get(name)
            if w is None:
                continue
            v = value - self.means.get(name, 0.0)
            for i, wi in enumerate(w):
                out[i] += wi * v
        return out

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
class CoderWeights:
    version: str
    heads: Mapping[str, LinearHead]
    meta: Mapping[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "meta": dict(self.meta),
            "heads": {k: h.to_json() for k, h in self.heads.items()},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CoderWeights:
        return cls(
            version=str(data["version"]),
            heads={str(k): LinearHead.from_json(v) for k, v in data["heads"].items()},
            meta=dict(data.get("meta", {})),
        )

    @classmethod
    def load(cls, path: Path | None = None) -> CoderWeights:
        """Load weights from ``path``, or the ones shipped with the package."""
        if path is None:
            text = (resources.files("roleplay.scoring") / "weights" / "coder_v1.json").read_text(
                encoding="utf-8"
            )
        else:
            text = Path(path).read_text(encoding="utf-8")
        return cls.from_json(json.loads(text))


def argmax(probs: Mapping[str, float], order: Sequence[str]) -> str:
    return max(order, key=lambda c: (probs[c], -order.index(c)))
