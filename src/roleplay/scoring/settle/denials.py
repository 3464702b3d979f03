"""A judgement denied in the manager's own voice ("I'm not saying you're lazy", "Nobody thinks
you're careless. I think the sprint had too much in it."), sentence by sentence or in a run-on."""

from __future__ import annotations

import re

from roleplay.scoring._cues_feedback import JUDGED
from roleplay.scoring._gate import gated
from roleplay.scoring._patterns import negated_everywhere
from roleplay.scoring._text import sentences
from roleplay.scoring.features import JUDGE_WORD, LOOSE_JUDGE_WORDS


def _judgement_denied(low: str) -> bool:
    """Every judgement said of them in the turn sits in a reassuring frame, sentence by
    sentence ("Nobody thinks you're lazy. I think the sprint had too much in it.")."""
    # ("i aint saying youre lazy": the same denial in the speaker's own grammar)
    low = _AINT_SAYING.sub(r"i'm not \1", low)
    found = False
    for s in sentences(low) or [low]:
        thing = _THING_THE_PROBLEM.search(s)
        if thing and not _THEIR_WAYS.search(thing.group("thing") or thing.group("named") or ""):
            found = True  # "It is the place and the audience that is the problem, not your
            continue  # intention.": a thing named as the problem, and them cleared of it
        if JUDGED.search(s):
            if not negated_everywhere(JUDGED, s, strict=True):
                return False
            found = True
        # a judging word said of them however the sentence runs, denied in the manager's own
        # voice before it: "I don't think you became careless, Priya, not at all." (the loose
        # words said of things, "the problem", aside; "without calling it garbage" denies nothing)
        hits = [m for m in JUDGE_WORD.finditer(s) if m.group(0) not in LOOSE_JUDGE_WORDS]
        if hits and not JUDGED.search(s):
            if not all(_DENIED_OF_YOU.search(s[:m.start()]) or _NOT_THE_WORD.match(s, m.end())
                       for m in hits):
                return False
            found = True
        denied = _VERDICT_DENIED.match(s.strip())
        if denied and (_FAILING.search(denied.group("verdict")) or JUDGE_WORD.search(
                denied.group("verdict"))):
            found = True  # "I am not thinking you stopped caring.": a verdict in any words,
            # denied in the manager's own voice ("I don't think you care." denies no failing:
            # it is the verdict)
    return found


_AINT_SAYING = re.compile(r"\bi ain't (saying|sayin'|calling|accusing)\b")

# A thing named as the problem and the person cleared of it in the same breath: "It is the
# place and the audience that is the problem, not your intention.", "The problem is the
# channel, not you." ("It's your attitude that's the problem" names them: not this; its cleft
# is read whole, so its "the problem, not your skill" is not read as a thing named alone)
_THING_THE_PROBLEM = re.compile(
    r"\b(?:it(?:'s| is| was) (?P<thing>[^.?!;]{2,60}?) that(?:'s| is| was) the|the) "
    r"(?:real )?(?:problem|issue)(?: (?:is|was) (?!your?\b)(?P<named>[^.?!;]{2,60}?))?,? (?:and )?"
    r"not (?:you|your "
    r"(?:intention|intentions|intent|motives?|heart|character|effort|care|caring|ability|skill|"
    r"attitude|work ethic))\b[^.?!;]*[.!]?$")

# ... but a way of being named as the problem is a verdict on them ("It's the attitude that is
# the problem, not your skill."), and so are they ("It's you that's the problem")
_THEIR_WAYS = re.compile(r"^(?:you|your)\b|\b(?:attitude|mindset|personality|character|temper|"
                         r"ego|tone|manner|behaviou?r|work ethic|effort|commitment)\b")
_THEIR_WAYS = gated(_THEIR_WAYS)

# The manager's own voice denying what follows: "I don't think", "I'm not saying", "nobody thinks"
_DENIAL = (r"(?:i (?:don't|do not|never) (?:think|believe|reckon|suppose|see)|"
           r"i ain't (?:saying|sayin'|calling you)|"
           # "I don't read any of that as you not caring about the work"
           r"i (?:don't|do not) (?:read|take|see) (?:any of |all of )?(?:this|that|it) as|"
           # "I'm not reading any of that as you not caring"
           r"(?:i'm|i am) not (?:reading|taking|seeing) (?:any of |all of )?(?:this|that|it) as|"
           r"(?:i'm|i am) not "
           r"(?:saying|suggesting|thinking|assuming)|(?:nobody|no one|no-one)(?: thinks| is saying|"
           r"'s saying| says)|"
           # "That doesn't mean I think you've gone lazy", "none of this means you're careless"
           r"(?:(?:that|this|it) (?:doesn't|does not|didn't|did not) mean|none of (?:this|that|it) "
           r"(?:means|says|tells me|suggests)(?: to me)?)(?: that)?"
           r"(?: i (?:think|believe|reckon))?)")
# a whole sentence that denies a verdict on them, whatever its words, with no "but" after it
_VERDICT_DENIED = re.compile(
    r"(?:and |so |now |look,? )?" + _DENIAL + r" (?:for a (?:second|minute|moment) )?(?:that )?"
    r"(?P<verdict>you\b(?:(?! but\b)[^.?!;])*)[.!]?$")
# a failing named in what is denied: "you stopped caring", "you don't try", "you've given up"
_FAILING = re.compile(r"\b(?:stopped|quit|gave up|given up|don't|do not|didn't|did not|never|"
                      r"no longer|can't|cannot|won't|aren't|weren't|isn't|not|lost|lack)\b")

# what may follow a denial in a run-on and say the verdict after all: "i dont think youre lazy
# i think youre disorganised", "im not saying youre lazy but ..."
_VERDICT_AFTER = re.compile(r"\b(?:but|though|however|except|i (?:do )?think|i reckon|i'm "
                            r"saying|i am saying|you're just|you are just|you're (?:being|"
                            r"getting|a)|if anything)\b")
_DENIAL_RX = re.compile(r"\b" + _DENIAL + r"\b")


def _run_on_denial(low: str) -> bool:
    """A recogniser's run-on that denies a verdict and says no verdict after it: "that doesnt
    mean i think youve gone lazy or lost your touch i know fine you havent", "careless isnt the
    word for you you work your guts out"."""
    denied = _DENIAL_RX.search(low)
    if denied is None:
        word = next((m for m in JUDGE_WORD.finditer(low) if _NOT_THE_WORD.match(low, m.end())),
                    None)
        return word is not None and not _VERDICT_AFTER.search(low[word.end():])
    return not _VERDICT_AFTER.search(low[denied.end():])


# a judging word denied after it: "careless isn't the word for you", "lazy is not the word I'd
# use", "lazy isn't you", "careless isnae the word im reaching for"
# ("Careless is no how I'd describe you.", Scots "no" for "not")
_NOT_THE_WORD = re.compile(r" (?:isn't|is not|ain't|isnae|isna|is nae|is no|wouldn't be|would "
                           r"not be) (?:the (?:right )?word (?:for you|i'd use|i would use|i'd "
                           r"pick|i'm (?:reaching|looking) for|i am (?:reaching|looking) for)|what "
                           r"you are|you\b|how i(?: see|'d describe| would describe|'d put| would "
                           r"put) you)")


# the manager's own denial of a verdict on them, in the clause before the word
_DENIED_OF_YOU = re.compile(r"\b" + _DENIAL + r"\b[^.?!;]{0,40}?\byou\b[^.?!;,]{0,30}$")
