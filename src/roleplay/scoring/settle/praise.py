"""Praise read for what it is: credit for what they caused, sarcasm after a lapse or ending on a
quality the act lacked, praise of a result they just told, and their words echoed to mock them."""

from __future__ import annotations

import re

from roleplay.domain.codes import Code
from roleplay.scoring._cues_feedback import AFFIRMATION, JUDGED, MOCKING_REPLY, SARCASM
from roleplay.scoring._gate import gated
from roleplay.scoring._text import STOPWORDS, canonical, sentences, words
from roleplay.scoring._valence import negative_words


def _credit_without_fault(low: str) -> bool:
    """Praise that names what they caused, with no fault, judgement or sarcasm beside it (a bad
    thing they stop is no fault: "you are the reason bad builds never reach customers")."""
    return not (JUDGED.search(low) or SARCASM.search(low)
                or negative_words(words(_AVERTED.sub(" ", low))))


# A bad thing kept away: "many bad builds never reach customers", "mistakes don't get through"
_AVERTED = re.compile(r"(?:\b[\w'-]+ ){0,3}\b(?:never|no longer|rarely|hardly ever|don't|doesn't|"
                      r"didn't|won't)\b (?:\w+ )?(?:reach(?:es|ed)?|get through|get past|"
                      r"get(?:s)?|got|go(?:es)?|went|make it|makes it|ship(?:s|ped)?|"
                      r"happen(?:s|ed)?|leave(?:s)?|left|slip(?:s|ped)?)\b")
_AVERTED = gated(_AVERTED)

# Praise of the work and nothing else, straight after they own a lapse ("I forgot to send the
# report to the client." - "Brilliant work, really."): sarcasm, unless it praises the owning up
# ("Well done for telling me") or a recovery they told ("...but I fixed it before nine").
_BARE_PRAISE = re.compile(
    r"^(?:(?:oh|wow|well|ah|right|yeah|okay|ok),? )*(?:(?:really |just )?(?:great|good|nice|"
    r"brilliant|fantastic|marvellous|wonderful|excellent|super|superb|stellar|amazing|"
    r"outstanding|terrific|top) (?:job|work|effort|stuff|going|show)|well done|nice one|bravo|"
    r"congratulations|congrats)\b[^?]*$")
# "Keep it up." on its own, and the next meeting named: what closes praise ("Keep this up and
# you're gone" goes on to the consequence)
_KEEP_IT_UP = re.compile(r"^(?:(?:so|just|and),? )?keep (?:it|this|that) up(?:,? \w+)?[.!]*$")
_PRAISES_OWNING = re.compile(
    r"\b(?:for (?:telling|letting|flagging|owning|being (?:honest|straight|upfront)|coming|"
    r"saying|admitting|raising|catching|spotting|fixing|sorting)|thanks|thank you|honest|"
    r"own(?:ed|ing) (?:it|up))\b")
_OWN_LAPSE = re.compile(
    r"\bi(?:'ve| have)? (?:forgot|forgotten|missed|lost|broke|messed|dropped|skipped|overslept|"
    r"slept through|didn't|did not|didnt|couldn't|wasn't able|was late|screwed)\b|\bmy (?:fault|"
    r"mistake|bad)\b")
_RECOVERED = re.compile(r"\b(?:but|still|anyway|managed|fixed|sorted|caught|recovered|in the "
                        r"end|made it)\b")

_OWN_RESULT = re.compile(
    r"\b(?:i|we)(?:'ve| have)? (?:just |finally |actually )?(?:finished|closed|sorted|fixed|hit|"
    r"delivered|shipped|submitted|completed|passed|won|landed|signed|cleared|got through|got the|"
    r"beat|solved|launched|finished off)\b")
# The sneer's own markers: "Finally.", "Only took you three weeks.", "A miracle.", "for once",
# "the test that literally everyone passes"
_SNEER_MARK = re.compile(r"\b(?:finally|only took|about time|miracle|for once|at last|"
                         r"shock|surprise|really\?|eventually|i suppose|i guess|literally|"
                         r"everyone|everybody|anyone|even)\b")

# What went wrong, said by the manager before the praise that ends the turn ("Tom covered for
# you twice on a Monday. Skipped his lunch both times. Brilliant work, really.")
_LAPSE_TOLD = re.compile(
    r"\b(?:covered for you|cover for you|skipped|missed|late|lost|broke|broken|failed|"
    r"complain\w*|escalat\w*|cancelled|forgot|didn't|did not|never|again|no-show|wrong|mess|"
    r"mistakes?|errors?|behind)\b")


def _praise_after_a_lapse_told(low: str) -> bool:
    """A turn that tells what went wrong and ends on bare praise of the work: sarcasm."""
    said = sentences(low)
    if len(said) < 2:
        return False
    last = said[-1].strip()
    return bool(len(words(last)) <= 6 and _BARE_PRAISE.match(last)
                and not _PRAISES_OWNING.search(last) and _LAPSE_TOLD.search(" ".join(said[:-1])))


# Praise of a quality the act just told lacked, said last: "Your review comments on Jun's pull
# request. \"Did you even run this?\" Very collegial.", "Two in one week. Quite the achievement."
_IRONIC_TAIL = re.compile(
    r"^(?:(?:oh|wow|well|yeah|right),? )?(?:(?:quite|some|what) (?:the |an? )?(?:achievement|"
    r"feat|accomplishment|record)|(?:very|how|so|really) (?:collegial|professional|mature|helpful|"
    r"constructive|classy|supportive|diplomatic|gracious|considerate|thoughtful|kind))[.!]*$")
# ...unless what came before it praised them too ("You were very calm. Very professional.")
_PRAISE_BEFORE = re.compile(r"\b(?:thank\w*|merci|grateful|proud|well done|calm|great|brilliant|"
                            r"good job|lovely|handled|impressed|amazing|excellent)\b")


def _ironic_tail(low: str) -> bool:
    """A turn that tells something and ends on praise of a quality it lacked: sarcasm."""
    # (the last sentence may follow a quote: '"Did you even run this?" Very collegial.')
    *before, last = re.split(r"[.!?][\"'”’]*\s+", low.strip())
    return bool(before) and bool(_IRONIC_TAIL.match(last.strip())) and not any(
        _PRAISE_BEFORE.search(x) or AFFIRMATION.search(x) for x in before)


def _praise_read_in_context(low: str, context: str | None) -> Code | None:
    """Praise and nothing else, read with what the report just said: straight after they own a
    lapse it is sarcasm (`label`: "I forgot to send the report." - "Brilliant work, really."),
    unless it praises the owning up ("Well done for telling me straight away.") or a recovery
    they told; straight after a result they tell it is praise (`affirmation`: "I finished the
    audit." - "Great job."), which the context's words alone had read as sarcasm."""
    if context is None or len(words(low)) > 12 or not _BARE_PRAISE.match(low.strip()):
        return None
    ctx = canonical(context)
    sneers = bool(_SNEER_MARK.search(low) or SARCASM.search(low))
    if _OWN_LAPSE.search(ctx):
        if _PRAISES_OWNING.search(low):
            return None if sneers else Code.AFFIRMATION
        return None if _RECOVERED.search(ctx) else Code.LABEL
    return Code.AFFIRMATION if _OWN_RESULT.search(ctx) and not sneers else None


# A short close of praise: "Good shift.", "That's great, really good to see.", "Love that."
_PRAISE_CLOSE = re.compile(
    r"^(?:(?:oh|wow|sure|yes|yeah|right|okay|ok|no way),? )*(?:(?:that's|thats|that is|what) "
    r"(?:a )?(?:really |so )?)?(?:great|good|lovely|brilliant|fantastic|stunning|superb|love "
    r"(?:that|it)|proper)\b(?:,? [\w'-]+){0,5}[.!]*$")


# Their line says something was not done or not so ("The calves weren't fed on time Saturday,
# I slept in."): no good news to praise
_NOT_SO = re.compile(r"n't\b|\bnot\b|\bslept in\b")


def _praise_after_their_news(low: str, context: str | None) -> bool:
    """A short turn of praise and nothing else after they tell how something went, no lapse
    of theirs in it ("I think I handled it okay." - "You did. Well done.", "I finished the
    wildflower meadow." - "Stunning. Well done.", "Can I head off? The get-in's done." - "Sure.
    Good shift."): praise, where the report's line alone had the head read sarcasm. A sneer's
    marker, a judging or negative word, or a lapse they owned keeps it open to sarcasm."""
    if context is None or len(words(low)) > 14:
        return False
    ctx = canonical(context)
    said = [x.strip() for x in sentences(low) or [low]]
    last = said[-1]
    return bool(
        (AFFIRMATION.search(last) or _BARE_PRAISE.match(last) or _PRAISE_CLOSE.match(last))
        and all("?" not in x or len(words(x)) <= 3 for x in said)
        and not (_OWN_LAPSE.search(ctx) or _LAPSE_TOLD.search(ctx) or _NOT_SO.search(ctx)
                 or negative_words(words(ctx)) or _SNEER_MARK.search(low)
                 or SARCASM.search(low) or JUDGED.search(low) or negative_words(words(low))))


def _mocking_echo(low: str, context: str | None) -> bool:
    """The turn opens by echoing the report's own words in a fragment of one to four words and
    mocks them at once ("Alarm. Seriously?" after "My alarm didn't go off.")."""
    said = sentences(low)
    if context is None or len(said) < 2:
        return False
    echo = words(said[0])
    theirs = set(words(canonical(context)))
    content = [w for w in echo if w not in STOPWORDS]
    if not 1 <= len(echo) <= 4 or not content or not all(
            w in theirs or w.rstrip("s") in theirs or w + "s" in theirs for w in content):
        return False
    return any(MOCKING_REPLY.match(s.strip()) and len(words(s)) <= 6 for s in said[1:3])
