"""A preview scorer from the live behaviour codes, for tests (never a production fallback)."""

from __future__ import annotations

import threading

from roleplay.domain.codes import Code
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import (
    COMPETENCY_LABELS,
    AntiPattern,
    CodedTurn,
    Competency,
    CompetencyScore,
    Evidence,
    Rewrite,
    Rubric,
    RubricCompetency,
    RubricLevel,
    SessionScore,
)
from roleplay.domain.session import Session, Transcript, Turn

PREVIEW_RUBRIC = "preview-0"

_RELEVANT: dict[Competency, tuple[frozenset[Code], frozenset[Code]]] = {
    Competency.ACTIVE_LISTENING: (frozenset({Code.REFLECTION, Code.SUMMARY, Code.AFFIRMATION}),
                                  frozenset({Code.ADVICE})),
    Competency.POWERFUL_QUESTIONING: (frozenset({Code.OPEN_QUESTION}),
                                      frozenset({Code.CLOSED_QUESTION})),
    Competency.FEEDBACK_DELIVERY: (frozenset({Code.OBSERVATION, Code.IMPACT, Code.EXPECTATION}),
                                   frozenset({Code.LABEL, Code.BLAME, Code.THREAT,
                                              Code.SOFTENER})),
    Competency.DEVELOPMENT_PLANNING: (frozenset({Code.COMMITMENT, Code.FOLLOW_UP,
                                                Code.SUPPORT_OFFER}), frozenset()),
}

_TRY_INSTEAD: dict[Code, tuple[str, str]] = {
    Code.CLOSED_QUESTION: ("What has been getting in the way?",
                           "An open question invites them to explain in their own words."),
    Code.ADVICE: ("What have you tried so far?",
                  "Ask before advising: their own idea is the one they will act on."),
    Code.LABEL: ("On 14 October the export shipped a week late. What happened?",
                 "Describe the behaviour and its impact, not the person."),
    Code.BLAME: ("Two dates slipped this month, and finance closed by hand. Help me understand.",
                 "A specific, fair example is hard to dispute and easy to discuss."),
    Code.THREAT: ("I want to help you get back on track. What would make the difference?",
                  "A threat raises defensiveness and shuts the conversation down."),
    Code.SOFTENER: ("I need the dates you commit to to hold.",
                    "Say the expectation plainly; softening makes it easy to miss."),
}


class PreviewScorer:
    """A transparent scorer from the live codes, for the demo and for tests.

    It is not the validated scorer and never stands in for it: tests use it to build the review
    screen quickly and independently of roleplay.scoring.
    """

    description = "preview scoring from the live behaviour codes"

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay

    @property
    def rubric(self) -> Rubric:
        return Rubric(version=PREVIEW_RUBRIC, competencies=tuple(
            RubricCompetency(competency=c, label=COMPETENCY_LABELS[c],
                             description="Previewed from the live behaviour codes.",
                             levels=(RubricLevel(score=1, text="Not yet shown."),
                                     RubricLevel(score=5, text="Shown throughout.")))
            for c in Competency))

    def score(self, session: Session) -> SessionScore:
        return self.score_transcript(session.transcript)

    def score_transcript(self, transcript: Transcript,
                         conversation_type: ConversationType | None = None) -> SessionScore:
        if self.delay:
            threading.Event().wait(self.delay)
        turns = transcript.turns
        mine = [t for t in turns if t.speaker == "manager" and t.coding is not None]
        comps = tuple(self._competency(c, mine) for c in Competency)
        shown = [c.score if c.score is not None else 1 for c in comps]  # unshown skills count low
        anti = self._anti_patterns(mine)
        overall = round(sum(shown) / len(shown) * 20) if mine else 0
        overall = max(0, overall - 5 * len(anti))
        return SessionScore(
            rubric_version=PREVIEW_RUBRIC, coder_version=mine[0].coding.coder_version
            if mine and mine[0].coding else "none",
            turns=tuple(CodedTurn(index=t.index, speaker=t.speaker,
                                  primary=t.coding.primary if t.coding else None,
                                  codes=tuple(sorted(t.coding.codes)) if t.coding else ())
                        for t in turns),
            competencies=comps, anti_patterns=anti, overall=overall,
        )

    @staticmethod
    def _competency(which: Competency, mine: list[Turn]) -> CompetencyScore:
        good, bad = _RELEVANT[which]
        hits = [t for t in mine if t.coding and t.coding.codes & good]
        misses = [t for t in mine if t.coding and t.coding.codes & bad]
        if not hits and not misses:
            return CompetencyScore(competency=which, summary="Not observed in this conversation.")
        score = max(1, min(5, 1 + 2 * len(hits) - len(misses)))
        evidence = tuple(
            Evidence(turn=t.index, quote=t.text, positive=True,
                     note=", ".join(sorted(c.value.replace("_", " ")
                                           for c in (t.coding.codes & good if t.coding
                                                     else frozenset()))))
            for t in hits[:3]
        ) + tuple(Evidence(turn=t.index, quote=t.text, positive=False,
                           note=", ".join(sorted(c.value.replace("_", " ")
                                                 for c in (t.coding.codes & bad if t.coding
                                                           else frozenset()))))
                  for t in misses[:2])
        rewrites = []
        for t in misses[:2]:
            code = next(c for c in bad if t.coding and c in t.coding.codes)
            if code in _TRY_INSTEAD:
                suggestion, why = _TRY_INSTEAD[code]
                rewrites.append(Rewrite(turn=t.index, original=t.text, suggestion=suggestion,
                                        why=why))
        went_well = tuple(f"Turn {t.index}: {', '.join(sorted(c.value.replace('_', ' ') for c in (t.coding.codes & good if t.coding else frozenset())))}"  # noqa: E501
                          for t in hits[:3])
        return CompetencyScore(competency=which, score=score, evidence=evidence,
                               went_well=went_well, try_instead=tuple(rewrites),
                               summary=f"{len(hits)} strong moves, {len(misses)} to rework.")

    @staticmethod
    def _anti_patterns(mine: list[Turn]) -> tuple[AntiPattern, ...]:
        out: list[AntiPattern] = []
        harsh = [t.index for t in mine if t.coding and t.coding.has(Code.LABEL, Code.BLAME,
                                                                     Code.THREAT)]
        if harsh:
            out.append(AntiPattern(id="judging", label="Judging the person", turns=tuple(harsh),
                                   note="Labels, blame or threats raise defensiveness."))
        first_open = next((t.index for t in mine if t.coding and
                           t.coding.has(Code.OPEN_QUESTION)), None)
        early = [t.index for t in mine if t.coding and t.coding.has(Code.ADVICE)
                 and (first_open is None or t.index < first_open)]
        if early:
            out.append(AntiPattern(id="premature_advice", label="Advice before understanding",
                                   turns=tuple(early),
                                   note="Fixing it before asking what is going on."))
        return tuple(out)
