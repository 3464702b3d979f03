"""What the manager asks of them, read from the words (sixty-fifth pass, issue 11): a small, fair
ask for notice ("Next time, just let me know a bit earlier if a date is slipping.") is taken
up, not refused as if it were a tip ("Everyone misses a date sometimes. Why is this suddenly a
big deal?"); a vague demand ("I expect better.") is met by "Better how?", never thanked as
praise nor answered by a step nobody named ("Okay. Raise it with Leo first. I can do that.").
Pure; the scenario's lines are chosen by the caller."""

from __future__ import annotations

import re

from roleplay.domain.mind import Mood
from roleplay.domain.sentences import split_sentences

# -- a small ask for notice --------------------------------------------------------------------

_LEAD = (r"^(?:(?:so|and|okay|ok|right|then|but|now|look|just|please|also|next time|in future|"
         r"in the future|going forward|from now on)[,]?\s+)*")
# "let me know / tell me / give me a heads-up ... earlier / sooner / in advance / the day before"
_ASK = re.compile(
    _LEAD + r"(?:(?:could|can|would|will) you(?: please| just| try and| try to)* )?"
    r"(?:let me know|tell me|give me (?:a heads[- ]up|a shout|notice|a ring|a call)|flag it|"
    r"warn me|message me|text me|ping me|drop me a (?:line|message))\b", re.I)
_WHEN = re.compile(r"\b(?:earlier|sooner|in advance|ahead of time|beforehand|before (?:it|the|"
                   r"a|you)|the (?:day|night|morning) before|as soon as|straight away|right "
                   r"away|when (?:you|it|a date)|if (?:you|it|a date|something|anything) (?:is|'s|"
                   r"are|look|looks|might|starts?|gets?|can't|won't|will|slips?|runs?))\b", re.I)
# an offer of help is no ask of theirs: "Let me know if you need anything."
_OFFER = re.compile(r"\bif (?:you|there's|there is) (?:need|want|anything|something|i can)\b|"
                    r"\bneed (?:anything|help|something)\b", re.I)
_TAG = re.compile(r"^(?:okay|ok|alright|all right|right|yeah|fair|is that (?:okay|fair|alright)|"
                  r"does that (?:work|sound fair|sound okay)|can you do that|deal)\?*$", re.I)


# where an ask may start inside a sentence: "So here's the thing: on the queue at nine, and if
# you can't make it, just give me a heads-up the night before."
_CLAUSE = re.compile(r"[,;:]\s*(?:and\s+|but\s+)?")


def asks_for_notice(manager_said: str) -> bool:
    """The turn ends on a small ask for notice, with nothing after it but a tag ("..., okay?")."""
    sentences = [s.strip() for s in split_sentences(manager_said.replace("\u2019", "'").strip())]
    while sentences and _TAG.match(sentences[-1].rstrip(".!")):
        sentences.pop()
    if not sentences:
        return False
    last = sentences[-1]
    if not _WHEN.search(last) or _OFFER.search(last):
        return False
    return any(_ASK.match(clause.strip()) for clause in _CLAUSE.split(last))


# their yes that says they will give the notice ("That's fair. I'll tell you honestly if it
# starts to slip.")
_GIVES_NOTICE = re.compile(r"\b(?:tell you|let you know|flag|say|warn you|text you|message you)"
                           r"\b[^.!?]*\b(?:early|earlier|sooner|slips?|slip|night before|before)\b",
                           re.I)
NOTICE_TAKEN: dict[Mood, str] = {
    Mood.HOSTILE: "Fine. I'll let you know.",
    Mood.DEFENSIVE: "Fine. I can do that.",
    Mood.GUARDED: "Okay. I can do that.",
    Mood.WARMING: "Yeah, that's fair. I can do that.",
    Mood.COLLABORATIVE: "Yes, that's fair. I can do that.",
}


def notice_lines(agreeing: list[str], mood: Mood) -> list[str]:
    """The answer to a small ask for notice, best first: their own yes that names it, else a
    plain one in their mood (a hostile or defensive report gives it grudgingly, never warmly)."""
    own = [line for line in agreeing if _GIVES_NOTICE.search(line)]
    if mood in (Mood.HOSTILE, Mood.DEFENSIVE):
        return [NOTICE_TAKEN[mood]]
    return [*own, NOTICE_TAKEN[mood]]


# -- when they are free ------------------------------------------------------------------------

# "When are you free for a check-in next week?", "What day suits you?": their time, asked; the
# scenario holds no diary, so no day of theirs is named
FREE_WHEN = re.compile(r"\bwhen (?:are|would|will) you (?:be )?(?:free|available|around)\b|"
                       r"\bwhat (?:day|time|days|times) (?:suits|works|is good|would suit|would "
                       r"work)(?: for)?(?: you)?\b|\bwhen (?:suits|works|is good)(?: for)? "
                       r"you\b", re.I)
WHENEVER_SUITS: dict[Mood, str] = {
    Mood.HOSTILE: "Whenever you like. You'll book it anyway.",
    Mood.DEFENSIVE: "Whenever. You pick.",
    Mood.GUARDED: "Whenever suits you. I'll make it work.",
    Mood.WARMING: "Whenever suits you. I'll make it work.",
    Mood.COLLABORATIVE: "Any time that suits you. I'll make it work.",
}


# -- a vague demand ----------------------------------------------------------------------------

# "I expect better.", "Do better.", "You need to step up.", "Sort it out.": a demand that names
# no behaviour (the manner orders the review reads the same way, scoring.moves.vague_need)
_VAGUE = re.compile(
    _LEAD + r"(?:i (?:expect|want|need) (?:better|more)(?: (?:from|of) you)?|"
    r"(?:you (?:need to|have to|must|should|'ve got to) )?(?:do better|be better|step up|"
    r"shape up|sort it out|sort yourself out|raise your game|up your game|pull your socks up|"
    r"get it together|get your act together|try harder|improve))"
    r"(?: (?:from now on|going forward|than this|than that|next time|please|then))*[.!]*$",
    re.I)


def vague_demand(manager_said: str) -> bool:
    """Every sentence of the turn is a demand that names no behaviour."""
    sentences = [s.strip() for s in split_sentences(manager_said.replace("\u2019", "'").strip())]
    return bool(sentences) and all(_VAGUE.match(s) for s in sentences)


# "Better how?": what they would need to know to meet it, asked in their mood
BETTER_HOW: dict[Mood, tuple[str, ...]] = {
    Mood.HOSTILE: ("Better how? Spell it out.", "Meaning what, exactly?"),
    Mood.DEFENSIVE: ("Better how? You'll have to be more specific.", "Meaning what, exactly?"),
    Mood.GUARDED: ("Okay. Better how, exactly?", "Okay. What would that look like?"),
    Mood.WARMING: ("Okay. What would better look like to you?", "Okay. What would that look "
                   "like?"),
    Mood.COLLABORATIVE: ("Okay. What would better look like to you?", "Okay. What would that "
                         "look like?"),
}
