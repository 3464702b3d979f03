"""What the four competency rules share: the rubric's words for a level, the scenario's facts,
the report's disclosures and the one count of reflections (``roleplay.scoring.competencies``)."""

from __future__ import annotations

from collections.abc import Sequence

from roleplay.domain.scores import Competency, Rubric
from roleplay.scoring.facts import ScenarioFacts
from roleplay.scoring.listening import Disclosure, Reflections


class CompetencyContext:
    """What every competency's rule reads beside the turns: the rubric, the scenario's facts, what
    the report disclosed and whether it was heard, and the scorer's one count of reflections."""

    def __init__(self, rubric: Rubric, facts: ScenarioFacts | None = None,
                 disclosures: tuple[Disclosure, ...] = (),
                 reflections: Reflections | None = None) -> None:
        self.rubric = rubric
        self.facts = facts
        self.disclosures = disclosures
        self.reflections = reflections  # the scorer's one count (None: judged here)
        self.ignored = tuple(d for d in disclosures if not d.heard)

    def told(self, ignored: Sequence[Disclosure] | None = None) -> str:
        turns = [str(d.turn) for d in (self.ignored if ignored is None else ignored)]
        return ("turn " if len(turns) == 1 else "turns ") + " and ".join(turns)

    def summary(
        self, which: Competency, score: int | None, reason: str = "", *, level_text: bool = True
    ) -> str:
        """"N/5: <the rubric's words for level N> <reason>"; ``level_text=False`` when the
        level was reached another way than the rubric's description says (the reason then
        says how), so a summary never claims what the evidence does not show."""
        if score is None:
            return reason or "Not observed in this conversation."
        level = self.rubric.competency(which).level(score)
        text = level.text if level and level_text else ""
        return " ".join(p for p in (f"{score}/5:", text, reason) if p)
