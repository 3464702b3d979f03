"""Agreement between the facilitator and the automatic scorer, per competency.

For every *reviewed* session (review marked done) and competency, the scorer's level is paired
with the facilitator's: their override when they made one, otherwise the scorer's level, which
they accepted by finishing the review without changing it. Pairs where either side has no level
("not observed") are counted separately and left out of the statistics.

Figures: exact agreement, agreement within one level, and Cohen's weighted kappa over the fixed
1..5 scale. The default weighting is **quadratic** (disagreement weight ((i-j)/4)^2), the usual
choice for ordinal rubric levels; linear weights (|i-j|/4) are available too.
Kappa is None when it is undefined (no pairs, or both raters used one and the same level only, so
chance agreement is already perfect).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from roleplay.domain.base import Frozen
from roleplay.domain.cohorts import SharedSession, scorer_levels
from roleplay.domain.scores import Competency

LEVELS: tuple[int, ...] = (1, 2, 3, 4, 5)
Weights = Literal["linear", "quadratic"]


class Pair(Frozen):
    scorer: int
    facilitator: int


def _weight(i: int, j: int, weights: Weights) -> float:
    span = LEVELS[-1] - LEVELS[0]
    d = abs(i - j) / span
    return d * d if weights == "quadratic" else d


def confusion(pairs: Sequence[Pair]) -> list[list[int]]:
    """Counts, rows = scorer level 1..5, columns = facilitator level 1..5."""
    matrix = [[0] * len(LEVELS) for _ in LEVELS]
    for p in pairs:
        matrix[p.scorer - LEVELS[0]][p.facilitator - LEVELS[0]] += 1
    return matrix


def weighted_kappa(pairs: Sequence[Pair], weights: Weights = "quadratic") -> float | None:
    """Cohen's weighted kappa: 1 - sum(w*observed) / sum(w*expected by chance)."""
    for p in pairs:
        if p.scorer not in LEVELS or p.facilitator not in LEVELS:
            raise ValueError(f"levels must be 1..5, got {p.scorer} and {p.facilitator}")
    n = len(pairs)
    if n == 0:
        return None
    matrix = confusion(pairs)
    rows = [sum(r) for r in matrix]
    cols = [sum(matrix[i][j] for i in range(len(LEVELS))) for j in range(len(LEVELS))]
    observed = expected = 0.0
    for i, li in enumerate(LEVELS):
        for j, lj in enumerate(LEVELS):
            w = _weight(li, lj, weights)
            observed += w * matrix[i][j] / n
            expected += w * rows[i] * cols[j] / (n * n)
    if expected == 0:
        return None
    return 1.0 - observed / expected


def exact_agreement(pairs: Sequence[Pair]) -> float | None:
    return sum(p.scorer == p.facilitator for p in pairs) / len(pairs) if pairs else None


def within_one_agreement(pairs: Sequence[Pair]) -> float | None:
    return sum(abs(p.scorer - p.facilitator) <= 1 for p in pairs) / len(pairs) if pairs else None


class Agreement(Frozen):
    competency: Competency | None  # None: all competencies pooled
    n: int
    not_comparable: int = 0
    overridden: int = 0
    exact: float | None = None
    within_one: float | None = None
    kappa: float | None = None
    weights: Weights = "quadratic"
    mean_difference: float | None = None  # facilitator minus scorer: >0 scorer is too harsh


def agreement(pairs: Sequence[Pair], competency: Competency | None, *, not_comparable: int = 0,
              weights: Weights = "quadratic") -> Agreement:
    return Agreement(
        competency=competency, n=len(pairs), not_comparable=not_comparable,
        overridden=sum(p.scorer != p.facilitator for p in pairs),
        exact=exact_agreement(pairs), within_one=within_one_agreement(pairs),
        kappa=weighted_kappa(pairs, weights), weights=weights,
        mean_difference=(sum(p.facilitator - p.scorer for p in pairs) / len(pairs)
                         if pairs else None),
    )


class CalibrationReport(Frozen):
    reviewed_sessions: int
    per_competency: tuple[Agreement, ...]
    overall: Agreement

    def for_competency(self, competency: Competency) -> Agreement:
        return next(a for a in self.per_competency if a.competency == competency)


def calibration_pairs(
    sessions: Iterable[SharedSession],
) -> tuple[dict[Competency, list[Pair]], dict[Competency, int], int]:
    """Pairs per competency from the reviewed sessions, the not-comparable counts, and how many
    sessions were reviewed."""
    pairs: dict[Competency, list[Pair]] = {c: [] for c in Competency}
    skipped: dict[Competency, int] = {c: 0 for c in Competency}
    reviewed = 0
    for s in sessions:
        if not s.feedback.done or s.score is None:
            continue
        reviewed += 1
        scorer = scorer_levels(s.score)
        final = s.levels()
        for comp in Competency:
            a, b = scorer[comp], final[comp]
            if a is None or b is None:
                skipped[comp] += 1
            else:
                pairs[comp].append(Pair(scorer=a, facilitator=b))
    return pairs, skipped, reviewed


def calibrate(sessions: Iterable[SharedSession], weights: Weights = "quadratic"
              ) -> CalibrationReport:
    pairs, skipped, reviewed = calibration_pairs(sessions)
    per = tuple(agreement(pairs[c], c, not_comparable=skipped[c], weights=weights)
                for c in Competency)
    pooled = [p for c in Competency for p in pairs[c]]
    return CalibrationReport(
        reviewed_sessions=reviewed, per_competency=per,
        overall=agreement(pooled, None, not_comparable=sum(skipped.values()), weights=weights),
    )


def describe_kappa(kappa: float | None) -> str:
    """Landis & Koch's words for a kappa value (a rough guide, not a verdict)."""
    if kappa is None:
        return "not defined"
    if kappa < 0:
        return "worse than chance"
    for bound, word in ((0.2, "slight"), (0.4, "fair"), (0.6, "moderate"), (0.8, "substantial")):
        if kappa <= bound:
            return word
    return "almost perfect"
