"""The behaviour coder: learned heads over pattern and word features, then a few firm rules.

``LinearBehaviourCoder`` implements :class:`roleplay.ports.coding.BehaviourCoder`. It is pure
Python (no numpy at run time), deterministic, and codes a turn in well under a millisecond, so
the persona mind can call it on every turn and the scorer reports exactly the codes the mind
reacted to. Weights ship as JSON (``weights/coder_v2.json``), trained by
``scripts/train_coder.py`` on manager 1:1 lines in many voices plus expert-coded counselling
dialogues (AnnoMI); the dialogues themselves are never shipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.pleasantries import HELLO_ONLY
from roleplay.scoring._patterns import PatternMatch, backchannel, match
from roleplay.scoring._text import canonical
from roleplay.scoring.features import turn_features
from roleplay.scoring.model import CoderWeights, argmax
from roleplay.scoring.settle import settle

PRIMARY_ORDER = ("question", "reflection", "input", "other")

QUESTION_CODES = frozenset({Code.OPEN_QUESTION, Code.CLOSED_QUESTION})
JUDGING = frozenset({Code.LABEL, Code.BLAME, Code.THREAT})
# An open door, said plainly: "I'm always here if you need anything", or a way to escalate. The
# learned threat head reads "if" as a condition; with no threat cue in the turn, an offer like
# this is not pressure.
OPEN_DOOR = re.compile(
    r"\b(?:i'm|i am|i'll be|my door(?:'s| is))(?: \w+){0,2} (?:here|around|available|open)"
    r"(?: \w+){0,2} (?:if|whenever|when|for) you\b|\bif you need (?:anything|something|help|me|"
    r"a hand|support|to talk|a chat|more time)\b|\bjust (?:shout|ask|let me know)\b|"
    r"\byou know where (?:to find me|i am|my desk is)\b|"
    r"\bmy door(?:'s| is) (?:always )?open\b|"
    # an escalation path: "If it is not solved, you come to me."
    r"\bif\b[^.?!]{0,50}, (?:then )?(?:you )?(?:come|talk|speak|bring it|escalate it) "
    r"(?:straight |directly )?to me\b")
CONTRAST = re.compile(r"\b(?:but|however|though|although|that said)\b")
# Mean per-turn probability of counselling talk above which a conversation is counselling
# (the 48 scripted 1:1 sessions measure at most 0.24, AnnoMI transcripts at least 0.31).
COUNSELLING_REGISTER = 0.28
# Codes learnt only from 1:1 lines (the counselling data does not mark them): in a counselling
# conversation only a sure reading of them is kept.
MANAGER_ONLY = frozenset(Code) - {Code.REFLECTION, Code.OPEN_QUESTION, Code.CLOSED_QUESTION,
                                  Code.ADVICE, Code.INFORMATION}
# Input is telling: some code should say what was told.
EXPLAINS_INPUT = frozenset({
    Code.ADVICE, Code.INFORMATION, Code.OBSERVATION, Code.IMPACT, Code.EXPECTATION,
    Code.LABEL, Code.BLAME, Code.THREAT, Code.COMMITMENT, Code.FOLLOW_UP, Code.SUPPORT_OFFER,
    Code.SOFTENER, Code.AFFIRMATION, Code.REFLECTION,
})


class LinearBehaviourCoder:
    """Codes one manager turn, with the report's previous turn as context.

    The learned heads decide; a few rules that no amount of data should overrule come after
    them: words addressed to the scorer earn nothing, a label, blame or threat makes the turn
    input (convention 1 of the labelled sets), the primary code and the fine codes agree, and
    the firm rules of :mod:`roleplay.scoring.settle` (giving time, the manager's own support,
    a recap) hold for every coding the persona, the scorer and the review read.
    """

    def __init__(self, weights: CoderWeights | None = None) -> None:
        self._weights = weights if weights is not None else CoderWeights.load()
        self._primary = self._weights.heads["primary"]
        self._counselling = self._weights.heads.get("primary_counselling")
        self._domain = self._weights.heads.get("domain")
        if self._weights.codes is None:
            raise ValueError("coder weights without a codes head (retrain with "
                             "scripts/train_coder.py)")
        self._codes = self._weights.codes
        self._thresholds = dict(zip(self._codes.labels, self._codes.thresholds, strict=True))

    @property
    def version(self) -> str:
        return self._weights.version

    def code(self, text: str, context: str | None = None) -> TurnCoding:
        primary, codes = self.analyse(text, context)
        return settle(text, TurnCoding(primary=primary, codes=frozenset(codes),
                                       coder_version=self.version), context)

    def code_conversation(self, turns: Sequence[tuple[str, str | None]]) -> list[TurnCoding]:
        """Code a whole conversation: its register (a 1:1 or counselling talk) is judged once,
        from every turn, rather than turn by turn, where a short line says nothing about it."""
        feats = [turn_features(text, ctx) for text, ctx in turns]
        register = self.register(feats)
        out = []
        for (text, ctx), f in zip(turns, feats, strict=True):
            primary, codes = self.analyse(text, ctx, register=register, feats=f)
            out.append(settle(text, TurnCoding(primary=primary, codes=frozenset(codes),
                                               coder_version=self.version), ctx))
        return out

    def register(self, feats: Sequence[dict[str, float]]) -> float | None:
        """How much a conversation sounds like counselling rather than a 1:1 (0 to 1)."""
        if self._domain is None or not feats:
            return None
        probs = [self._domain.proba(f)["counselling"] for f in feats]
        # A conversation is one or the other: decide once, from all of it.
        return 1.0 if sum(probs) / len(probs) >= COUNSELLING_REGISTER else 0.0

    def probabilities(self, text: str, context: str | None = None) -> dict[str, float]:
        """The model's probability for each primary code (before the rules)."""
        return self._primary_proba(turn_features(text, context))

    def _primary_proba(self, feats: dict[str, float], register: float | None = None,
                       ) -> dict[str, float]:
        """The 1:1 expert's view, mixed with the counselling expert's by how much the talk
        sounds like counselling (the conversation's register, or this turn's alone)."""
        probs = self._primary.proba(feats)
        if self._counselling is None or self._domain is None:
            return probs
        g = register if register is not None else self._domain.proba(feats)["counselling"]
        other = self._counselling.proba(feats)
        return {k: (1 - g) * v + g * other[k] for k, v in probs.items()}

    def code_probabilities(self, text: str, context: str | None = None) -> dict[str, float]:
        """The model's probability for each fine-grained code (before thresholds and rules)."""
        return self._codes.proba(turn_features(text, context))

    def analyse(
        self, text: str, context: str | None = None, register: float | None = None,
        feats: dict[str, float] | None = None,
    ) -> tuple[Primary, set[Code]]:
        if not any(ch.isalnum() for ch in text):
            return Primary.OTHER, set()  # "...", silence: holding the space
        pm = match(text, context)
        if pm.addresses_scorer:
            return Primary.OTHER, set()  # spoken to the scorer, not to the report
        feats = feats if feats is not None else turn_features(text, context, pm)
        probs = self._primary_proba(feats, register)
        primary = Primary(argmax(probs, PRIMARY_ORDER))
        code_probs = self._codes.proba(feats)
        codes = {Code(c) for c in self._codes.present(code_probs)}
        if register is not None and register >= 0.5:
            # Counselling talk never taught these codes: keep only the ones the model is sure of.
            codes = {c for c in codes if c not in MANAGER_ONLY or code_probs[c.value] >= 0.9}
        if len(pm.sentences) <= 1:
            codes = _one_reading(codes, code_probs, self._thresholds)
        return _reconcile(primary, codes, pm, probs, counselling=bool(register))


# Readings of one short line that exclude each other: warm praise or sarcasm, a reflection or a
# jab. When both clear their thresholds the one that clears it by more wins.
EXCLUSIVE = ((Code.AFFIRMATION, Code.LABEL), (Code.REFLECTION, Code.LABEL),
             (Code.SUPPORT_OFFER, Code.THREAT), (Code.REFLECTION, Code.BLAME))


def _one_reading(codes: set[Code], probs: dict[str, float], thresholds: dict[str, float],
                 ) -> set[Code]:
    for a, b in EXCLUSIVE:
        if a in codes and b in codes:
            margin_a = probs[a.value] / thresholds[a.value]
            margin_b = probs[b.value] / thresholds[b.value]
            codes.discard(b if margin_a >= margin_b else a)
    return codes


LONG_RUN_ON = 12  # words: a spoken turn this long says what it asks in its form


def _reconcile(
    primary: Primary, codes: set[Code], pm: PatternMatch, probs: dict[str, float],
    counselling: bool = False,
) -> tuple[Primary, set[Code]]:
    """Make the primary code and the fine codes tell one story."""
    said = " ".join(x.text for x in pm.sentences).lower()
    if (Code.THREAT in codes and Code.THREAT not in pm.codes and OPEN_DOOR.search(said)
            and not CONTRAST.search(said)):  # "My door's open. But HR are asking about you."
        codes.discard(Code.THREAT)
        codes.add(Code.SUPPORT_OFFER)
    if codes & JUDGING:
        primary = Primary.INPUT  # "Why on earth would you...?" accuses; it does not ask
    elif (primary == Primary.INPUT and codes & QUESTION_CODES
          and codes <= QUESTION_CODES | {Code.INFORMATION} and _greeting_then_asks(pm)):
        # "Hi Priya. Can we talk about Thursday 12 November?": the greeting tells nothing (a
        # greeting with small talk stays `other`, as the labelling guide has it)
        primary, codes = Primary.QUESTION, codes - {Code.INFORMATION}
    if pm.order_tag and Code.COMMITMENT in codes and Code.FOLLOW_UP not in codes:
        codes.discard(Code.COMMITMENT)  # "Do it by Friday. Okay?" is an order, not a plan
    if Code.SUMMARY in codes:
        codes.add(Code.REFLECTION)
    if primary == Primary.QUESTION and not codes & QUESTION_CODES and pm.spoken and not any(
            s.is_question or s.either_or for s in pm.sentences) and not pm.order_tag \
            and len(said.split()) >= LONG_RUN_ON:
        # a recogniser's long run-on with no question in its form ("... i just feel like
        # something has shifted and i dont really know what it is so"): the head's guess from
        # its trailing off is no question asked (a short echo, "the whole half hour", may be)
        rest = {k: v for k, v in probs.items() if k != Primary.QUESTION.value}
        primary = Primary(argmax(rest, [k for k in PRIMARY_ORDER if k in rest]))
    if primary == Primary.QUESTION and not codes & QUESTION_CODES:
        closed = any(s.closed_question and not s.open_question for s in pm.sentences)
        codes.add(Code.CLOSED_QUESTION if closed else Code.OPEN_QUESTION)
    if primary == Primary.REFLECTION and not codes & {Code.REFLECTION, Code.SUMMARY}:
        if probs["reflection"] >= 0.5 or pm.overlap > 0 or counselling:
            codes.add(Code.REFLECTION)
        else:  # a weak guess with nothing of the report's in it is not a reflection
            rest = {k: v for k, v in probs.items() if k != "reflection"}
            primary = Primary(argmax(rest, [k for k in PRIMARY_ORDER if k in rest]))
    if (primary == Primary.OTHER and codes <= {Code.REFLECTION}
            and Code.REFLECTION in codes | pm.codes and not pm.question_last) or (
            primary == Primary.INPUT and codes <= {Code.INFORMATION} and not counselling
            and _only_a_reflection(pm)):
        # "It sounds like there's more going on": the frame (or the reflection head) is the
        # evidence when nothing else was found in the turn (a guess at meaning is a reflection)
        primary, codes = Primary.REFLECTION, {Code.REFLECTION}
    if (not counselling and Code.AFFIRMATION in codes
            and codes <= {Code.AFFIRMATION, Code.OBSERVATION} and not pm.question_last):
        primary = Primary.OTHER  # praise, even with the result it praises, is an affirmation
    if primary == Primary.INPUT and not codes & EXPLAINS_INPUT:
        if not counselling and probs["other"] >= 0.25 and not pm.questions:
            primary = Primary.OTHER  # nothing was told after all: "Take your time, no rush."
        else:
            codes.add(Code.INFORMATION)
    return primary, codes


# "Right. It sounds like this year isn't turning out the way you expected." A turn that is
# nothing but a reflection's frame and its content (after an acknowledgement) says the report's
# meaning back, even when none of their words are in it.
REFLECTION_FRAME = re.compile(
    r"^(?:(?:right|okay|ok|so|yeah|mm+),? )*(?:it |that )?(?:sounds|seems) (?:like|as if|as though)"
    r"|^(?:(?:right|okay|ok|so),? )*(?:what )?(?:you're|you are) saying\b"
    r"|^(?:(?:right|okay|ok|so),? )*what i(?:'m| am) hearing\b")


def _greeting_then_asks(pm: PatternMatch) -> bool:
    """A greeting or a welcome ("Hi Priya.", "Morning, Sam.", "Thanks for coming in."), then
    questions and nothing else."""
    sents = pm.sentences
    if len(sents) < 2 or not sents[-1].is_question:
        return False
    greet = [s for s in sents if not s.is_question]
    return bool(greet) and all(HELLO_ONLY.match(canonical(s.text).strip()) for s in greet)


def _only_a_reflection(pm: PatternMatch) -> bool:
    said = [s.text.lower() for s in pm.sentences if not backchannel(s.text)]
    return (len(said) == 1 and not pm.question_last and pm.codes == {Code.REFLECTION}
            and bool(REFLECTION_FRAME.match(said[0])))


@lru_cache(maxsize=1)
def default_coder() -> LinearBehaviourCoder:
    """The shipped coder (loaded once; safe to share: it holds no per-call state)."""
    return LinearBehaviourCoder()


def load_coder(weights_path: Path) -> LinearBehaviourCoder:
    return LinearBehaviourCoder(CoderWeights.load(weights_path))
