"""Competency scores with quoted evidence, anti-patterns, and the overall score.

Every level is earned by behaviours the coder found in the manager's own turns, and each score
quotes the turns that justify it. A competency the conversation gave no chance to show is
"not observed" (score None), never a silent zero. Each competency's rule is its own module
(``listening_level``, ``questioning_level``, ``feedback_level``, ``planning_level``); what they
share is ``competency_base.CompetencyContext``.
"""

from __future__ import annotations

from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import CompetencyScore, Evidence
from roleplay.scoring import feedback_level, listening_level, planning_level, questioning_level
from roleplay.scoring.competency_base import CompetencyContext
from roleplay.scoring.metrics import ConversationMetrics
from roleplay.scoring.moves import ManagerMove
from roleplay.scoring.rewrites import distinct_openings


def _quoted_once(score: CompetencyScore) -> CompetencyScore:
    """Each piece of evidence once: a turn cited for what it did well and spoiled by a label,
    blame or threat (``moves.cite``) is the same red quote as the one citing it for that; the
    same words cited twice for two faults ("Were you even testing? Did you just not bother?",
    a label and blame) are one quote with both notes; no two rewrites open alike."""
    out: dict[tuple[int, bool, str], Evidence] = {}
    for e in score.evidence:
        key = (e.turn, e.positive, e.quote)
        first = out.get(key)
        if first is None:
            out[key] = e
        elif e.note not in first.note.split(", "):
            out[key] = first.model_copy(update={"note": f"{first.note}, {e.note}"})
    # (and the rewrites of the card open differently: two acknowledgements that both open
    # "Thank you for telling me." read as a form letter)
    return score.model_copy(update={"evidence": tuple(out.values()),
                                    "try_instead": distinct_openings(score.try_instead)})


class CompetencyScorer(CompetencyContext):
    """Scores the four competencies from coded manager turns and conversation metrics."""

    def active_listening(self, mine: list[ManagerMove], m: ConversationMetrics) -> CompetencyScore:
        return _quoted_once(listening_level.active_listening(self, mine, m))

    def powerful_questioning(
        self, mine: list[ManagerMove], m: ConversationMetrics,
        kind: ConversationType | None = None,
    ) -> CompetencyScore:
        return _quoted_once(questioning_level.powerful_questioning(self, mine, m, kind))

    def feedback_delivery(
        self, mine: list[ManagerMove], kind: ConversationType | None
    ) -> CompetencyScore:
        return _quoted_once(feedback_level.feedback_delivery(self, mine, kind))

    def development_planning(
        self, mine: list[ManagerMove], kind: ConversationType | None
    ) -> CompetencyScore:
        return _quoted_once(planning_level.development_planning(self, mine, kind))
