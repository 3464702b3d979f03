"""Pattern layer of the behaviour coder: runs the cues (``_cues_feedback``, ``_cues_talk``) over
each sentence of a turn, with negation, question form and the turn-level cues (an order and its
tag, stacked accusing questions, words for the scorer). The learned heads (``coder.py``) use the
matches as features; they are evidence, not the decision.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from roleplay.domain.codes import Code
from roleplay.domain.pleasantries import HELLO_START
from roleplay.domain.sentences import NEED_CLEFT
from roleplay.scoring._cues_feedback import (
    ADVICE,
    ADVICE_QUESTION,
    AFFIRMATION,
    BEHAVIOUR,
    BLAME,
    EXPECTATION,
    IMPACT,
    LABEL,
    SOFT_WORDS,
    SOFTENER_STRONG,
    THREAT,
    TIME_REF,
)
from roleplay.scoring._cues_talk import (
    ACCUSING_WHY,
    AFFIRMATION_NOT,
    CLOSED_WH,
    COMMITMENT,
    EITHER_OR,
    FOLLOW_UP,
    FREE_RELATIVE,
    IMPERATIVE_START,
    INFORMATION,
    INJECTION,
    INVERTED_QUESTION,
    LEAD_FILLERS,
    NEG_WINDOW_WORDS,
    NEGATION_FRAME,
    NOT_COMMITMENT,
    NOT_INSIDE,
    ORDER_TAG,
    QUESTION_AUX_START,
    QUESTION_OPEN_START,
    QUESTION_WORD_START,
    REFLECTION_STEM,
    REFLECTIVE_QUESTION,
    SCORER_ADDRESS,
    SCORER_COMMAND,
    SPOKEN_QUESTION_START,
    SUMMARY,
    SUPPORT,
    TAG_QUESTION,
    WH_CLAUSE,
)
from roleplay.scoring._gate import gated
from roleplay.scoring._text import (
    canonical,
    content_words,
    is_unpunctuated,
    sentences,
    unquoted,
    words,
)


@dataclass(frozen=True)
class SentenceMatch:
    text: str
    is_question: bool
    open_question: bool
    closed_question: bool
    advice_question: bool
    reflective_question: bool
    codes: frozenset[Code]
    negated: frozenset[Code] = frozenset()  # judgements said inside a reassuring frame
    either_or: bool = False
    order_tag: bool = False
    accusing: bool = False
    time_ref: bool = False
    behaviour: bool = False


@dataclass
class PatternMatch:
    """What the patterns saw in a whole turn."""

    sentences: list[SentenceMatch] = field(default_factory=list)
    codes: set[Code] = field(default_factory=set)
    negated: set[Code] = field(default_factory=set)
    soft_words: int = 0
    overlap: float = 0.0  # share of the turn's content words that echo the report's words
    n_words: int = 0
    second_person: bool = False  # says something about the report ("you feel", "your team")
    starts_so: bool = False  # "So it was quite recent.": the classic opening of a reflection
    addresses_scorer: bool = False
    spoken: bool = False  # no punctuation: speech recognition text
    order_tag: bool = False  # "Do it by Friday. Okay?"
    interrogation: bool = False  # stacked or hostile why-questions

    @property
    def questions(self) -> int:
        return sum(1 for s in self.sentences if s.is_question)

    @property
    def question_last(self) -> bool:
        return bool(self.sentences) and self.sentences[-1].is_question

    @property
    def accusing_questions(self) -> int:
        return sum(1 for s in self.sentences if s.accusing and s.is_question)


_CHECKS: tuple[tuple[Code, re.Pattern[str]], ...] = (
    (Code.IMPACT, IMPACT), (Code.EXPECTATION, EXPECTATION), (Code.ADVICE, ADVICE),
    (Code.LABEL, LABEL), (Code.BLAME, BLAME), (Code.THREAT, THREAT),
    (Code.AFFIRMATION, AFFIRMATION), (Code.SUMMARY, SUMMARY), (Code.SUPPORT_OFFER, SUPPORT),
    (Code.FOLLOW_UP, FOLLOW_UP), (Code.INFORMATION, INFORMATION),
)
_JUDGING = {Code.LABEL: LABEL, Code.BLAME: BLAME, Code.THREAT: THREAT}


_BACKCHANNEL_Q = frozenset({
    "yeah", "yes", "yep", "okay", "ok", "right", "sure", "mm", "hmm", "mm-hmm", "uh-huh", "oh",
    "alright", "really", "is", "that", "ah", "i", "see",
})


def backchannel(s: str) -> bool:
    """"Yeah?", "Okay?", "Is that right?", "Right.", "I see.": keeping the report talking."""
    toks = words(s)
    return bool(toks) and len(toks) <= 3 and all(t in _BACKCHANNEL_Q for t in toks)


OPEN_WH_PHRASE = re.compile(r"\b(?:where do you see|where would you like|who could help|"
                            r"who would you like|who do you want|when you look back|"
                            r"who might help|who else could|when do you feel|when are you at|"
                            r"when (?:have|did) you (?:last )?(?:felt|feel)|when have you been "
                            r"(?:happiest|most|at your)|when were you (?:happiest|most|at your))"
                            r"\b")
LATE_WH = re.compile(r",\s*(?:so\s+|and\s+)?(?:what|how|why)\b")


_CLAUSE_END = re.compile(r"\bbut\b|\bjust\b|;")
_CLAUSE_END_STRICT = re.compile(r"\bbut\b|\bjust\b|[;:,.!?]")


def negated_everywhere(rx: re.Pattern[str], s: str, strict: bool = False) -> bool:
    """Every match of ``rx`` in ``s`` sits inside a reassuring negation frame (``strict``: in
    the same clause, so "That's not focus, that's coasting" denies nothing)."""
    found = False
    for m in rx.finditer(s):
        found = True
        before = " ".join(s[: m.start()].split(" ")[-NEG_WINDOW_WORDS - 1:])
        before = (_CLAUSE_END_STRICT if strict else _CLAUSE_END).split(before)[-1]
        if not (NEGATION_FRAME.search(before) or NOT_INSIDE.search(m.group(0))):
            return False
    return found


# "What is needed is a date.": a statement that only starts like a question
_WHAT_IS_X_IS = re.compile(r"^(?:\w+ ){0,3}?what(?:'s| is| was) \w+(?: \w+)? (?:is|was)\b")


def _sentence(raw: str) -> SentenceMatch:
    s = HELLO_START.sub("", canonical(raw)) or canonical(raw)
    bare = LEAD_FILLERS.sub("", s) or s
    ends_q = s.rstrip().endswith("?")
    aux = bool(QUESTION_AUX_START.search(bare))
    clause = bool(WH_CLAUSE.search(bare)) and not ends_q  # "when the target is 4"
    wh = bool(QUESTION_WORD_START.search(bare)) and not FREE_RELATIVE.match(bare) and not clause
    opener = (bool(QUESTION_OPEN_START.search(bare)) and not FREE_RELATIVE.match(bare)
              and not clause)
    advice_q = bool(ADVICE_QUESTION.search(bare)) and (ends_q or aux or wh)
    reflective_q = ends_q and bool(REFLECTIVE_QUESTION.search(bare)) and not aux and not wh
    tag_q = ends_q and bool(TAG_QUESTION.search(s)) and not aux and not wh
    order_tag = bool(ORDER_TAG.search(s)) and bool(IMPERATIVE_START.search(bare))
    # A question: a question mark, or (spoken transcripts often lose it) an interrogative start.
    is_q = (ends_q or ((aux or wh or opener) and len(s.split()) >= 3 and not s.endswith("."))
            or (opener and not wh)
            or (len(s.split()) >= 3 and bool(INVERTED_QUESTION.search(bare))
                and not FREE_RELATIVE.match(bare)
                and not _WHAT_IS_X_IS.search(bare)))
    if reflective_q or tag_q or backchannel(s) or (NEED_CLEFT.match(bare) and not ends_q):
        is_q = False  # ... or "what i need going forward is that ...": a need stated
    either_or = is_q and bool(EITHER_OR.search(s if ends_q else s + "?"))
    open_q = closed_q = False
    if is_q and not advice_q:
        if either_or or (CLOSED_WH.search(bare) and not OPEN_WH_PHRASE.search(bare)):
            closed_q = True
        elif opener or (wh and not aux) or (ends_q and not aux and LATE_WH.search(s)):
            open_q = True
        else:
            closed_q = True
    elif advice_q:
        closed_q = True
    elif reflective_q and not tag_q:
        closed_q = True  # "So you feel stuck?": a reflection, and (as MI coders mark it) a question
    codes = {code for code, rx in _CHECKS if rx.search(s)}
    negated = {code for code, rx in _JUDGING.items()
               if code in codes and negated_everywhere(rx, s)}
    codes -= negated
    accusing = bool(ACCUSING_WHY.search(bare)) and is_q
    if AFFIRMATION_NOT.search(s) and not AFFIRMATION.search(AFFIRMATION_NOT.sub("", s)):
        codes.discard(Code.AFFIRMATION)
    if Code.LABEL in codes:
        lab = LABEL.search(s)
        stem = REFLECTION_STEM.search(s)
        # "You're worried people think you're not good enough" reports their fear; praise
        # ("I value how you always...") is not a label either.
        if (lab and stem and stem.start() < lab.start()) or Code.AFFIRMATION in codes:
            codes.discard(Code.LABEL)
    if Code.ADVICE in codes and not ADVICE.search(THEIR_SHOULD.sub(" ", s)):
        codes.discard(Code.ADVICE)  # "you think you should already know everything": their thought
    if advice_q:
        codes.add(Code.ADVICE)
    if (reflective_q or not is_q) and REFLECTION_STEM.search(s):
        codes.add(Code.REFLECTION)
    if tag_q and REFLECTION_STEM.search(s):
        codes.add(Code.REFLECTION)
    time_ref = bool(TIME_REF.search(s))
    behaviour = bool(BEHAVIOUR.search(s))
    if time_ref and behaviour and not is_q:
        codes.add(Code.OBSERVATION)
    if (COMMITMENT.search(s) and not NOT_COMMITMENT.search(s) and Code.THREAT not in codes
            and not order_tag):
        codes.add(Code.COMMITMENT)
    if order_tag:
        codes.add(Code.EXPECTATION)
        closed_q = True
    # "You should talk to Sam, don't you think?" is advice; a question that merely
    # mentions help ("what could you try?") is not.
    if is_q and Code.ADVICE in codes and not advice_q and opener and not ADVICE_QUESTION.search(s):
        codes.discard(Code.ADVICE)
    return SentenceMatch(
        text=raw, is_question=is_q or advice_q, open_question=open_q, closed_question=closed_q,
        advice_question=advice_q, reflective_question=reflective_q or tag_q,
        codes=frozenset(codes), negated=frozenset(negated), either_or=either_or,
        order_tag=order_tag, accusing=accusing, time_ref=time_ref, behaviour=behaviour,
    )


_ABOUT_YOU = re.compile(r"\byou(?:'re|'ve|'d|'ll)?\b|\byour\b|\byourself\b")
# "you" as the object of the manager's own words says nothing about the report
_NOT_ABOUT_YOU = re.compile(
    r"\b(?:thank|see|with|to|for|tell|ask|let|help|meet|join|owe|bother|give|send|show|"
    r"remind) you\b|\byou know\b|\bhow are you\b|\bnice to meet you\b"
)


def addresses_scorer(text: str) -> bool:
    """The line speaks to whoever scores the session, not to the report."""
    low = canonical(text)
    return bool(INJECTION.search(text)) or (bool(SCORER_COMMAND.search(low)) and bool(
        SCORER_ADDRESS.search(low) or re.search(r"system\s*:", low)))


_FREE_RELATIVE_SUBJECT = re.compile(r"\b(?:whatever|whoever|wherever|however|whichever|what|where"
                                   r"|who|how) (?:it|you|we|they|he|she|that|this|i)$")


# "which" after a clause, then a verb or a subject: a comment on what was said ("which isnt great
# for the customers", "which meant tom covered", "which i think is fair"), unless it asks with an
# auxiliary before its subject ("which did you prefer", "which would you rather do").
_WHICH_RELATIVE = re.compile(
    r"which (?:(?:um|uh|er|like|you know|i mean),? )*(?!(?:did|do|does|would|will|could|can|"
    r"should|shall)(?:n't)? (?:you|we|they|i|he|she)\b)(?:is|isn't|was|wasn't|are|aren't|were|"
    r"weren't|means|meant|made|makes|has|hasn't|had|hadn't|have|left|leaves|puts|put|caused|"
    r"causes|led|leads|would|wouldn't|will|won't|could|couldn't|can|can't|should|shouldn't|"
    r"gives|gave|did|didn't|does|doesn't|do|don't|i|we|you|they|he|she|it|obviously|honestly|"
    r"really|probably|again|then|also|kind of|sort of|just|to be fair)\b")


def split_spoken(text: str) -> list[str]:
    """Sentences of a turn; an unpunctuated turn is cut before its last interrogative clause
    ("so the report was late on the 14th what got in the way"), which speech recognition runs on."""
    sents = sentences(text) or ([text] if text.strip() else [])
    if len(sents) != 1 or not is_unpunctuated(text):
        return sents
    low = canonical(text)
    if SPOKEN_QUESTION_START.match(LEAD_FILLERS.sub("", low)):
        return sents  # the turn opens as a question: it is one
    cuts = [m.start() for m in SPOKEN_QUESTION_START.finditer(low) if m.start() > 0]
    # the clause must start within the last 14 words and not be a complement ("I know what...")
    for pos in cuts:  # the earliest clause start in the last 14 words
        head, tail = low[:pos].rstrip(), low[pos:].strip()
        if (len(tail.split()) > 14 or len(head.split()) < 3 or FREE_RELATIVE.match(tail)
                or WH_CLAUSE.match(tail)):
            continue
        if re.search(r"\b(?:know|see|understand|wonder|sure|about|is|was|that's|of|ask|asked|"
                     r"here's|heres|there's|theres|"
                     r"exactly|matter|care|decide|remember|forget|explain|tell you|show you|"
                     r"told you|asked you|showed you|that|which|no matter|regardless of|"
                     # "two of the juniors came and asked me | where you were"
                     r"(?:ask|asked|tell|told|show|showed) (?:me|us|him|her|them)|"
                     r"and|but|or|so|if|like|just|kind of|sort of|thats|what|idea|sense|"
                     r"um|uh|er|how|why|when|where|who|which)$",
                     head):
            continue
        if _FREE_RELATIVE_SUBJECT.search(head):
            continue  # "whatever it | is it cant keep happening": the verb of "whatever it is"
        if _WHICH_RELATIVE.match(tail):
            continue  # "the calls were backing up | which isnt great": a comment, not a question
        return [head, tail]
    return sents


# A "should" the report holds, said back ("you feel you should already know it all"): not advice
THEIR_SHOULD = gated(re.compile(
    r"\byou(?:'re| are)? (?:think|thought|feel|felt|believe|worry|worried|fear|afraid|"
    r"tell yourself|told yourself|expect|expected)(?: that)? you (?:should|ought to|need to|"
    r"have to|must)\b"))
_BARE_TAG = re.compile(r"^(?:okay|ok|alright|all right|understood|clear|got it|yeah|right|"
                       r"are we clear|is that clear|do you understand|yes|capisce|deal|agreed|"
                       r"fair|you hear me|got that|(?:are )?we(?:'re| are)? (?:aligned|agreed|"
                       r"clear|on the same page)(?: on (?:that|this))?(?:,? (?:yes|yeah|right|"
                       r"then))?)\s*\??$")
_INTENSE_WHY = re.compile(r"\b(?:why|how) (?:on earth|the hell|in god's name|exactly|the heck)\b|"
                          r"\bwhat were you (?:thinking|playing at)\b")


def _turn_level(result: PatternMatch) -> None:
    """Cues that only show across sentences: an order and its tag, stacked accusing questions."""
    sents = result.sentences
    for prev, tag in itertools.pairwise(sents):
        if (_BARE_TAG.match(canonical(tag.text).strip(" .!")) and
                (prev.order_tag or IMPERATIVE_START.search(LEAD_FILLERS.sub("", canonical(
                    prev.text))) or Code.EXPECTATION in prev.codes)):
            result.codes.add(Code.EXPECTATION)
            result.codes.add(Code.CLOSED_QUESTION)
            result.codes.discard(Code.COMMITMENT)
            result.order_tag = True
    if sents and sents[-1].order_tag:
        result.order_tag = True
    if result.accusing_questions >= 2 or any(
            _INTENSE_WHY.search(canonical(s.text)) for s in sents if s.is_question):
        result.codes.add(Code.BLAME)
        result.interrogation = True


def match(text: str, context: str | None = None) -> PatternMatch:
    """Run every pattern over each sentence of a manager turn (quoted words left out)."""
    text = unquoted(text)
    result = PatternMatch()
    sents = split_spoken(text)
    for raw in sents:
        m = _sentence(raw)
        result.sentences.append(m)
        result.codes |= m.codes
        result.negated |= m.negated
        if m.open_question:
            result.codes.add(Code.OPEN_QUESTION)
        if m.closed_question:
            result.codes.add(Code.CLOSED_QUESTION)
    result.negated -= result.codes
    _turn_level(result)
    low = canonical(text)
    result.soft_words = len(SOFT_WORDS.findall(low))
    if SOFTENER_STRONG.search(low):
        result.codes.add(Code.SOFTENER)
    toks = words(text)
    result.n_words = len(toks)
    first = canonical(sents[0]) if sents else ""
    result.starts_so = bool(re.match(r"^(?:(?:okay|ok|yeah|right|mm-hmm|and|um|uh)[,.]? )*so\b",
                                     first))
    result.second_person = bool(_ABOUT_YOU.search(_NOT_ABOUT_YOU.sub(" ", canonical(text))))
    result.addresses_scorer = addresses_scorer(text)
    result.spoken = is_unpunctuated(text) and result.n_words > 3
    if context:
        mine = content_words(text)
        theirs = content_words(context)
        result.overlap = len(mine & theirs) / len(mine) if mine else 0.0
    return result


def any_match(patterns: Iterable[re.Pattern[str]], text: str) -> bool:
    low = canonical(text)
    return any(p.search(low) for p in patterns)
