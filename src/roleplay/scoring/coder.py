"""The behaviour coder: patterns for the fine-grained codes, a learned model for the primary code.

``BehaviourCoderV1`` implements :class:`roleplay.ports.coding.BehaviourCoder`. It is pure Python
(no numpy at run time), deterministic, and codes a turn in well under a millisecond, so the
persona mind can call it on every turn and the scorer reports exactly the codes the mind reacted
to. Weights ship as JSON (``weights/coder_v1.json``), trained by ``scripts/train_coder.py`` on
expert-coded MI dialogues (AnnoMI); the dialogues themselves are never shipped.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.scoring._patterns import PatternMatch, _backchannel, match
from roleplay.scoring._text import normalise
from roleplay.scoring.features import turn_features
from roleplay.scoring.model import CoderWeights, argmax

PRIMARY_ORDER = ("question", "reflection", "input", "other")

INPUT_CODES = frozenset({
    Code.ADVICE, Code.INFORMATION, Code.OBSERVATION, Code.IMPACT, Code.EXPECTATION,
    Code.LABEL, Code.BLAME, Code.THREAT,
})
# Feedback and judgement are input whatever the model thinks: they are manager-specific moves
# that counselling data hardly contains.
STRONG_INPUT = frozenset({
    Code.OBSERVATION, Code.EXPECTATION, Code.LABEL, Code.BLAME, Code.THREAT, Code.IMPACT,
})
QUESTION_CODES = frozenset({Code.OPEN_QUESTION, Code.CLOSED_QUESTION})
# A statement with one of these is doing something else than mirroring the report.
BLOCKS_REFLECTION = INPUT_CODES | {
    Code.AFFIRMATION, Code.SUPPORT_OFFER, Code.COMMITMENT, Code.FOLLOW_UP, Code.SOFTENER,
}


class BehaviourCoderV1:
    """Codes one manager turn, with the report's previous turn as context."""

    echo_threshold = 0.2
    sure_threshold = 0.6

    def __init__(self, weights: CoderWeights | None = None) -> None:
        self._weights = weights if weights is not None else CoderWeights.load()
        self._primary = self._weights.heads["primary"]
        self._presence = {k: h for k, h in self._weights.heads.items() if k != "primary"}

    @property
    def version(self) -> str:
        return self._weights.version

    def code(self, text: str, context: str | None = None) -> TurnCoding:
        primary, codes = self.analyse(text, context)
        return TurnCoding(primary=primary, codes=frozenset(codes), coder_version=self.version)

    def probabilities(self, text: str, context: str | None = None) -> dict[str, float]:
        """The model's probability for each primary code (before the rule overrides)."""
        return self._primary.proba(turn_features(text, context))

    def analyse(self, text: str, context: str | None = None) -> tuple[Primary, set[Code]]:
        if not text.strip():
            return Primary.OTHER, set()
        pm = match(text, context)
        feats = turn_features(text, context, pm)
        probs = self._primary.proba(feats)
        presence = {k: h.proba(feats).get("yes", 0.0) for k, h in self._presence.items()}
        primary = Primary(argmax(probs, PRIMARY_ORDER))
        codes = set(pm.codes)
        return self._reconcile(primary, codes, pm, probs, presence)

    def _reconcile(
        self, primary: Primary, codes: set[Code], pm: PatternMatch,
        probs: dict[str, float], presence: dict[str, float],
    ) -> tuple[Primary, set[Code]]:
        advice_q_only = bool(pm.sentences) and all(
            s.advice_question or not s.is_question for s in pm.sentences
        ) and any(s.advice_question for s in pm.sentences)
        strong = codes & STRONG_INPUT
        if primary == Primary.QUESTION and pm.sentences and all(
                _backchannel(normalise(s.text)) for s in pm.sentences):
            primary = Primary.OTHER  # "Yeah?" keeps them talking; it asks nothing
        reflective = (Code.REFLECTION in codes or Code.SUMMARY in codes
                      or any(s.reflective_question for s in pm.sentences))
        # The model learned from counselling, where most statements are reflections. In a 1:1 a
        # statement only counts as a reflection with a sign of it: a reflective stem, words that
        # echo the report, or a confident model.
        if primary == Primary.REFLECTION and not reflective:
            echo = pm.overlap >= self.echo_threshold
            sure = probs["reflection"] >= self.sure_threshold
            blocked = bool(codes & BLOCKS_REFLECTION)
            about_them = (pm.second_person or pm.starts_so) and not blocked
            if blocked or not (echo or sure or about_them):
                rest = {k: v for k, v in probs.items() if k != "reflection"}
                primary = Primary(argmax(rest, [k for k in PRIMARY_ORDER if k in rest]))
                if strong or codes & {Code.ADVICE, Code.SUPPORT_OFFER, Code.COMMITMENT,
                                      Code.FOLLOW_UP, Code.INFORMATION}:
                    primary = Primary.INPUT
                elif Code.AFFIRMATION in codes:
                    primary = Primary.OTHER
        judging = codes & {Code.LABEL, Code.BLAME, Code.THREAT}
        if judging and primary == Primary.QUESTION:
            primary = Primary.INPUT  # "Why are you always so negative?" accuses, it does not ask
        if (primary == Primary.QUESTION and Code.SOFTENER in codes
                and Code.OPEN_QUESTION not in codes):
            primary = Primary.INPUT  # "maybe the reports have been a bit late?": hedged feedback
        if (primary == Primary.INPUT and Code.AFFIRMATION in codes and pm.n_words <= 25
                and not codes & (INPUT_CODES - {Code.OBSERVATION})):
            primary = Primary.OTHER  # praise is an affirmation (MI codes it "other")
        if (primary == Primary.OTHER and codes & {Code.SUPPORT_OFFER, Code.COMMITMENT}
                and not pm.question_last and Code.AFFIRMATION not in codes):
            primary = Primary.INPUT  # offering help or agreeing a step gives options and plans
        if advice_q_only and primary == Primary.QUESTION:
            primary = Primary.INPUT  # "Have you tried...?" is advice with a question mark
        if strong and primary == Primary.OTHER:
            primary = Primary.INPUT
        if (codes & {Code.LABEL, Code.BLAME, Code.THREAT}) and primary == Primary.REFLECTION:
            primary = Primary.INPUT
        if Code.ADVICE in codes and primary == Primary.OTHER and not pm.question_last:
            primary = Primary.INPUT
        if primary == Primary.OTHER and pm.question_last and codes & QUESTION_CODES:
            primary = Primary.QUESTION
        if (primary == Primary.OTHER and Code.REFLECTION in codes and not pm.question_last
                and not codes & QUESTION_CODES):
            primary = Primary.REFLECTION
        # Make the fine-grained codes agree with the primary code.
        if primary == Primary.QUESTION and not codes & QUESTION_CODES:
            codes.add(Code.CLOSED_QUESTION if pm.sentences and any(
                s.closed_question for s in pm.sentences) else Code.OPEN_QUESTION)
        if primary == Primary.REFLECTION and not codes & {Code.REFLECTION, Code.SUMMARY}:
            codes.add(Code.REFLECTION)
        if (presence.get("reflection", 0.0) >= 0.5 and primary != Primary.INPUT
                and not codes & BLOCKS_REFLECTION
                and (pm.overlap >= self.echo_threshold or primary == Primary.REFLECTION)):
            codes.add(Code.REFLECTION)
        # Input that no other code explains is information ("The deadline is the 30th").
        explained = INPUT_CODES | {Code.COMMITMENT, Code.FOLLOW_UP, Code.SUPPORT_OFFER,
                                   Code.SOFTENER, Code.AFFIRMATION, Code.REFLECTION}
        if primary == Primary.INPUT and not codes & explained:
            codes.add(Code.INFORMATION)
        if Code.SUMMARY in codes and pm.n_words < 12:
            codes.discard(Code.SUMMARY)
        if codes & QUESTION_CODES == {Code.CLOSED_QUESTION} and not any(
            s.is_question or s.closed_question for s in pm.sentences
        ) and primary != Primary.QUESTION:
            codes.discard(Code.CLOSED_QUESTION)
        return primary, codes


@lru_cache(maxsize=1)
def default_coder() -> BehaviourCoderV1:
    """The shipped coder (loaded once; safe to share: it holds no per-call state)."""
    return BehaviourCoderV1()


def load_coder(weights_path: Path) -> BehaviourCoderV1:
    return BehaviourCoderV1(CoderWeights.load(weights_path))
