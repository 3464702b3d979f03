"""Turning one of the report's sentences round into a reflection a manager could say: one
short, plain clause of feeling or meaning ("I'm exhausted" -> "you're exhausted"), never a
deflection, a condition, a question or a run of clauses (rubric, "try instead")."""

from __future__ import annotations

import re

from roleplay.scoring._cues_listening import FEELING
from roleplay.scoring._text import normalise, sentences

# A report sentence that pushes back, blames elsewhere or shuts the topic: not something to
# reflect back as if it were the point.
DEFLECTION = re.compile(
    r"\b(?:not on me|not my fault|wasn't my|isn't my|nobody (?:told|planned|noticed|said|asked)|"
    r"everyone (?:misses|does|else|had)|why is this|whatever|don't know why we're|i'd rather not|"
    r"not fair|unfair|it's fine|i'm fine|i'm handling it|i'm managing|getting done|big deal|"
    r"the estimates|was never|already decided|write it down|not going to argue|i don't see|"
    r"that's not|it's not a|it's not like|not really the|not the issue|nothing to do with|"
    r"other people|someone else|they should|no one|took forever|take forever|blame|excuses?|"
    r"if you|you've|you're|you'd|you'll|you said|you want|your|thanks|thank you|sorry|"
    r"that's (?:fair|right|it)|fair summary|yes|yeah|okay|ok|sure|fine)\b"
)
_LEADING = re.compile(
    r"^(?:(?:well|so|and|but|yeah|yes|no|look|honestly|okay|ok|anyway|right|sure|actually|"
    r"um|uh|to be honest)\s*,\s*|(?:um|uh|and|but|so|because|i mean|to be honest|honestly|"
    r"maybe|perhaps|probably|let's just say|let's say|i think(?: that)?|i guess|"
    # a time said first is not a condition: "Since then I've been terrified of it"
    r"(?:ever )?since then,?|after that,?|since (?:october|september|the \w+),?)\s+)+", re.I)
_TRAILING = re.compile(r"(?:,\s*(?:to be honest|honestly|really|that's all|i guess|i suppose|"
                       r"i think|you know|if i'm honest|though|actually|i know(?: that)?))+[.!]*$",
                       re.I)
# Their own verdict on themselves ("I should have said something") handed back reads as the
# manager's verdict; a line with no "I" and no feeling ("It was a one-line config change") is
# their case, not their experience.
_VERDICT = re.compile(r"\b(?:should|shouldn't|ought to)\b")
_THEIR_OWN = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b|\b(?:worr|stress|tired|"
                        r"scared|afraid|anxious|overwhelm|exhaust|hard|tough|difficult|a lot|"
                        r"rough|lonely|alone|frustrat|upset|hurt)", re.I)
# first person -> second person, two-word forms first so "I am" never becomes "you am"
_SWAPS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.I), r) for p, r in (
        (r"\bi am\b", "you are"), (r"\bi'm\b", "you're"), (r"\bi was\b", "you were"),
        (r"\bi wasn't\b", "you weren't"), (r"\bi've\b", "you've"), (r"\bi'd\b", "you'd"),
        (r"\bi'll\b", "you'll"), (r"\bam i\b", "are you"), (r"\bwas i\b", "were you"),
        (r"\bmyself\b", "yourself"), (r"\bmy\b", "your"), (r"\bmine\b", "yours"),
        (r"\bme\b", "you"), (r"\bi\b", "you"),
    ))
_QUESTION_START = re.compile(r"^(?:what|where|why|how|who|when|which|do|does|did|is|are|am|"
                             r"can|could|would|will|should|have|has)\b")
_FINITE = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|it's|that's|there's|he's|she's|am|is|are|was|"
                     r"were|have|has|had|do|does|did|can|can't|could|couldn't|will|would|"
                     r"won't|don't|didn't|doesn't|isn't|wasn't|haven't|hasn't|keep|feel|felt|"
                     r"think|know|want|need|like|love|hate|get|got|make|made)\b|\w+ed\b")
# a sentence that points back at something said before ("That's where the time has gone")
_POINTS_BACK = re.compile(r"^(?:let's|that|that's|this|this is|those|these|it was that|"
                          r"same|so)\b")
# ...or at the end of it ("I knew where everything was there", "it was easier then"): alone,
# the place or time it stands for is lost
_POINTS_BACK_END = re.compile(r"\b(?:there|then|back then|over there|that one)$")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'd|you'll)\b", re.I)
_FIRST_PLURAL = re.compile(r"\b(?:we|us|our|ours|we're|we've|we'd|we'll)\b", re.I)
# something hard in what they said: reflected first, and the follow-up asks about the hardest part
HARD = re.compile(r"\b(?:worr|hard|tough|stress|tired|behind|struggl|haven't|can't|don't|"
                   r"didn't|not|never|overwhelm|a lot|stuck|alone|scared|afraid|anxious|lost|"
                   r"miss|rough|difficult|sleep|exhaust|wear|fail|wrong|on edge|fed up|gutted|"
                   r"panick|embarrass|ashamed)\w*", re.I)
# A turn that waves away what was raised ("It was a joke", "Okay, that was blunt. But it was
# broken."): handing back any clause of it would endorse the excuse
_MINIMISES = re.compile(
    r"\b(?:it was|that was|it's|that's) (?:just |only )?(?:a )?(?:joke|banter|kidding|joking|"
    r"a laugh|messing about|messing around)\b|\b(?:just|only) (?:joking|kidding|banter|a joke)\b|"
    r"\bcan't take a joke\b|\bbut (?:it|the code|the build|the pr) was (?:broken|wrong|bad|"
    r"rubbish)\b")
# A burden they carry (not a "don't" or a "not"): "That's a lot to carry" and "the hardest
# part" fit "you're knackered", never "you just don't want to manage people"
BURDEN = re.compile(r"\b(?:worr|hard|tough|stress|tired|behind|struggl|overwhelm|a lot|stuck|"
                    r"alone|scared|afraid|anxious|rough|difficult|can't sleep|not sleeping|"
                    r"exhaust|worn|fail|on edge|fed up|gutted|panick|embarrass|ashamed|knackered|"
                    r"drained|burn|invisible|cooked|shattered)\w*", re.I)
# A disclaimer of intent ("I don't mean to get worked up", "I didn't mean to snap") is an
# apology, not a feeling or meaning: "you don't mean to get worked up" hands it back as one
_DISCLAIMER = re.compile(r"\b(?:don't|didn't|do not|did not|never) (?:mean|meant) to\b"
                         # not knowing is no content to hand back: "It sounds like you don't know"
                         r"|^i (?:really |just )?(?:don't|do not|dunno) know(?: really| either)?$"
                         r"|^i'm not (?:really )?sure$")
# A denial aimed at what they think the manager thinks ("I'm not out partying, if that's what
# you think") rebuts a charge: handed back, "you're not out partying" repeats the charge
_REBUTS = re.compile(r"\b(?:if that's what you(?:'re| are)? (?:think|thinking|mean|getting at|"
                     r"implying)|whatever you (?:may |might )?think|before you (?:ask|say|think)|"
                     r"in case you(?:'re| are)? (?:wondering|thinking))\b")


def lower_first(text: str, names: frozenset[str]) -> str:
    """``text`` with its first letter lower-cased to go mid-sentence, unless its first word is an
    acronym ("QA") or one of the ``names``."""
    first = text.split(" ", 1)[0].strip(",;:")
    if first.isupper() and len(first) > 1:  # an acronym
        return text
    if first in names:
        return text
    return text[:1].lower() + text[1:]


# A clause that hangs on a condition or a reason ("if someone could sit with me...") is a
# proposal or an argument, not a feeling or meaning to hand back.
_SUBORDINATE = re.compile(r"^(?:if|when|whenever|once|unless|until|as long as|because|since|"
                          r"although|though|even if|even though|after|before|while|whereas|"
                          r"so that|in case)\b")
# Their hedge is not part of what they meant: "I think I could test properly" -> "I could..."
_HEDGE = re.compile(r"\b(?:i think|i guess|i suppose|i reckon|i'd say)(?: that)?\s+(?=i\b|i'|"
                    r"it\b|it's|that\b|there)", re.I)
# a clause already framed by how it seems ("it sounds so unambitious", "it feels like nobody
# listens"): a reflection's own frame cannot hold it
_SENSE_FRAME = re.compile(r"^(?:it|that|this) (?:sounds|seems|feels|looks)\b")
# ("and" or "but" starts a clause only with a subject of its own: "I didn't want to come back and
# ask for more" is one wish, and "you didn't want to come back" says something else)
_CLAUSE = re.compile(r",\s*|;\s*|\s+(?:because|though)\s+|\s+(?:and|but)\s+(?=(?:i|i'm|i've|"
                     r"i'd|i'll|you|you're|he|he's|she|she's|we|we're|they|they're|it|it's|"
                     r"there|there's|that|that's|this|my|the|our|his|her|their|nobody|no one|"
                     r"everyone|everybody|nothing|now|then)\b)", re.I)
# What they offer to do ("I could be on the queue at 9") is their step, not a feeling or
# meaning: a plan to take up, not to hand back as "It sounds like you could...".
_THEIR_STEP = re.compile(r"^(?:i|i'd|i'll) (?:could|can|will|would|might|rather|try|"
                         r"be able)\b|^i'(?:ll|d)\b")
# A reflection rewrite is one short, plain clause (rubric, "try instead").
REFLECTION_WORDS = 14


def reflectable(report_text: str, names: frozenset[str] = frozenset(),
                prefer: re.Pattern[str] | None = None) -> str | None:
    """One clause of the report's turned round ("I'm always behind" -> "you're always
    behind"), or None when none is safe to reflect: questions, deflections, lines that address
    the manager or speak for "we", conditions and reasons ("if someone could sit with me..."),
    and fragments are left alone. The reflection is one plain clause of feeling or meaning, at
    most ``REFLECTION_WORDS`` words. A clause matching ``prefer`` (what a disclosure was about)
    comes first."""
    if _MINIMISES.search(normalise(report_text)):
        return None  # "It was a joke. Amara knows I rate her.": the excuse, every clause of it
    best: tuple[tuple[int, int], str] | None = None
    kin: dict[str, str] = {}
    for at, raw in enumerate(sentences(report_text)):
        if raw.rstrip().endswith("?"):
            continue
        whole = _TRAILING.sub("", _LEADING.sub("", raw.strip().replace("’", "'"))).strip()
        whole = _HEDGE.sub("", whole.rstrip(".!").strip(" ,;:"))
        whole = _name_who(whole, kin)
        if _SUBORDINATE.match(normalise(whole)) or _REBUTS.search(normalise(whole)):
            continue  # the main clause leans on the condition: leave the sentence alone
        for part in _CLAUSE.split(whole):
            core = _LEADING.sub("", part.strip(" ,;:")).strip()
            if _SENSE_FRAME.match(normalise(core)):
                continue  # "It sounds so unambitious ...": framed again it reads "It sounds like
                # it sounds so ..."
            found = _one_clause(core, names)
            if found is None:
                continue
            low = normalise(core)
            # what it was like for them ("I felt invisible") over a fact they stated ("I've got
            # a final round next week")
            weight = (2 if HARD.search(low) or FEELING.search(low) else 0) + (
                1 if re.search(r"\bi\b|\bi'", low) else 0)
            # the fuller clause says more of what they meant; of a disclosure, the first that
            # names it ("My dad had a stroke") says it most plainly
            rank = (weight, len(low.split()))
            if prefer is not None and prefer.search(low):
                rank = (10, -at)
            if best is None or rank > best[0]:
                best = (rank, found)
    return best[1] if best else None


# "It's my dad. He had a stroke": the person a "he" or "she" stands for, so the clause that
# says what happened can be handed back ("your dad had a stroke"), not "It's my dad" or a
# later, smaller clause
_KIN = re.compile(r"\bmy (?:(dad|father|husband|son|brother|grandad|grandfather|stepdad|boyfriend)|"
                  r"(mum|mom|mother|wife|daughter|sister|gran|grandma|grandmother|nan|stepmum|"
                  r"girlfriend)|(partner))\b", re.I)
_HE_SHE = re.compile(r"^(he|she)(?='s\b|\s)", re.I)


def _name_who(sentence: str, kin: dict[str, str]) -> str:
    """``sentence`` with a leading he/she replaced by the relative named before it ("my dad");
    ``kin`` collects the relatives named so far."""
    m = _HE_SHE.match(sentence)
    out = sentence
    if m and m.group(1).lower() in kin:
        out = kin[m.group(1).lower()] + sentence[m.end():]
    for k in _KIN.finditer(sentence):
        said = k.group(0)[:1].lower() + k.group(0)[1:]
        for key, group in (("he", 1), ("she", 2), ("he", 3), ("she", 3)):
            if k.group(group):
                kin[key] = said
    return out


# A clause whose verb is left to the sentence before: "I don't usually.", "I can't, really."
# (the auxiliary straight after its subject: "what I have to do" keeps its verb)
_ELIDED = re.compile(r"\b(?:i|you|we|they|he|she|it)(?: (?:really|just|usually|still|never|always|"
                     r"even|normally))? (?:do|does|did|don't|doesn't|didn't|can|can't|could|"
                     r"couldn't|will|won't|would|wouldn't|should|shouldn't|have|haven't|has|"
                     r"hasn't|am|was|wasn't|were|weren't)(?:,? (?:usually|really|always|often|"
                     r"either|too|normally|generally|anymore|any more|yet|much))?$")


# someone's view of them guessed at: "Aisha must be so fed up with me", "Jun probably thinks I'm
# useless"
_OTHERS_VIEW = re.compile(r"^(?P<who>[A-Z][a-z]+) (?:must|probably|surely|must surely) "
                          r"(?P<verb>be|thinks?|hates?|feels?|sees?|wonders?)"
                          r"(?: (?:so|really|pretty|totally|completely))?\b")


def _one_clause(core: str, names: frozenset[str]) -> str | None:
    """``core`` turned round to "you", or None when it is not safe or plain to hand back."""
    low = normalise(core)
    n = len(low.split())
    # a short clause is plain enough when it says how it was for them ("I felt invisible")
    if n < 2 or n > REFLECTION_WORDS or (n < 4 and not (HARD.search(low) or FEELING.search(low))):
        return None
    if DEFLECTION.search(low) or _SECOND_PERSON.search(low) or _SUBORDINATE.match(low):
        return None
    if _FIRST_PLURAL.search(low) or re.search(r"\b(?:and|but|or|because|so|if|when|to)$", low):
        return None
    if _ELIDED.search(low):
        return None  # "I don't usually.": its verb is in the sentence before ("you don't usually")
    if _QUESTION_START.match(low) or _POINTS_BACK.match(low) or _POINTS_BACK_END.search(low) \
            or not _FINITE.search(low):
        return None  # a question without its mark, or a fragment with no verb
    if _VERDICT.search(low) or not _THEIR_OWN.search(low) or _THEIR_STEP.match(low):
        return None
    if _DISCLAIMER.search(low):
        return None
    if not re.match(r"^(?:i|i'm|i've|i'd|i'll|my|it|it's|everything|nothing|things|"
                    r"the|this|work|home)\b", low) and core.split(" ", 1)[0] not in names:
        return None  # a clause with its own subject first reads plainly after "It sounds like"
    out = core
    # their guess at what someone thinks of them ("Aisha must be so fed up with me") is their
    # worry: handed back as it was said, "It sounds like Aisha must be so fed up with you"
    # agrees with it (J42's Kerala play)
    guess = _OTHERS_VIEW.match(out)
    if guess is not None:
        said = guess.group("verb").lower()
        verb = "is" if said == "be" else said if said.endswith("s") else said + "s"
        out = f"I'm worried {guess.group('who')} {verb}{out[guess.end():]}"
    for pattern, rep in _SWAPS:
        out = pattern.sub(rep, out)
    out = lower_first(out, names)
    if re.search(r"\byou (?:am|is|was|has|does)\b|\bme\b|\bi\b", out):
        return None
    return out
