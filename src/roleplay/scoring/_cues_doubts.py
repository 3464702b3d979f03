"""Labels strangers put as doubts of their word (issue 11, L3): their promise or apology held
against its record ("Heard that before, baby. Heard it in August, heard it at Jazz Fest.", "You
said you were sorry in October, too."), their own verdict on themselves handed back ("Your
words.", "you said it mate not me") and a reason waved off in a regional idiom ("Catch yourself
on.", "Away on with you and your lettings side."); and others held up in more forms than L2's
(a newcomer who does it right, a colleague doing double theirs). The firm rules of
:mod:`roleplay.scoring.settle` read them (``_doubts_of_their_word``); the coder's features do not.
"""

from __future__ import annotations

import re

from roleplay.scoring._cues_strangers import _NAMED
from roleplay.scoring._gate import gated
from roleplay.scoring._text import sentences

# Their promise or apology held against its record: "Heard that before.", "heard that before off
# you", "Heard it in August", "You said that last Friday. And the one before.", "You said you were
# sorry in October, too." Only after they promised or apologised ("I'll", "won't happen again",
# "sorry", "promise"): "I've heard that before from other people in your spot" after their worry
# is sympathy.
_PROMISED = re.compile(r"\b(?:i'll|i will|i'm going to|i am going to|won't|will not|wont|sorry|"
                       r"promise|apologi[sz]e|from now on|next time|never again)\b")
_TIME = (r"(?:in (?:january|february|march|april|may|june|july|august|september|october|november|"
         r"december|the spring|the summer)|last (?:week|month|time|year|friday|monday|tuesday|"
         r"wednesday|thursday|saturday|sunday|quarter|review)|before|at [\w' -]{2,20})")
PROMISE_ON_RECORD = gated(re.compile(
    r"(?:^|[.!?] )(?:(?:yeah|aye|oh|ah|right|mm+),? )?(?:i've |i have |we've )?heard (?:that|it|"
    r"this)(?: one)?(?: (?:before|already|" + _TIME + r"))\b|"
    r"(?:^|[.!?] )(?:and )?you said (?:that|the same|the same thing|you were sorry|sorry|you'd|you "
    r"would) " + _TIME + r"(?:,? (?:too|also|as well|and (?:the (?:one|time|week|month|day) "
    r"before|in \w+|at [\w' -]{2,20}|last \w+)))?[.!]*(?:$|\s)"))
# Their own verdict on themselves handed back: "Your words.", "You said it, not me.", "you said it
# mate not me", after they called themselves something ("I'm an idiot", "I am a bad
# supervisor"). Their account of an act ("I was rushing, it was sloppy." - "Rushing. Sloppy.
# Your words.") said back is a reflection.
_SELF_VERDICT = re.compile(r"\b(?:i'm|i am|im)\b")
OWN_VERDICT_BACK = gated(re.compile(
    r"\byou said it,? (?:[\w']+,? )?not me\b|(?:^|[.!?] )(?:(?:well|yeah|hey),? )?(?:your words|"
    r"your words,? not mine)[.!]*$"))
# A reason waved off in a regional idiom: "Catch yourself on.", "Away on with you and your
# lettings side.", "Wise up.", "Pull the other one."
IDIOM_WAVED_OFF = re.compile(
    r"(?:^|[.!?] )(?:(?:och|ach|ah|oh|sure|now),? )?(?:catch yourself on|away on with you|wise up|"
    r"pull the other one|get away with you|tell (?:that|it) to the marines)\b")


def own_verdict_back(low: str, context: str) -> bool:
    """Their verdict on themselves ("I'm an idiot") handed back ("Your words.")."""
    return bool(_SELF_VERDICT.search(context)) and any(
        OWN_VERDICT_BACK.search(x.strip()) for x in sentences(low) or [low])


def promise_on_record(low: str, context: str) -> bool:
    """Their promise or apology ("It won't happen again.") met with its record ("Heard that
    before.")."""
    return bool(_PROMISED.search(context)) and bool(PROMISE_ON_RECORD.search(low))

# Others held up in more forms (beside L2's ``OTHERS_MANAGE`` and ``COLLEAGUE_OUTDID``): a
# newcomer who does it right ("Kayla's been here eight months and her drawer balances to the
# penny", "Mi have girls here two months who know how to read a board", "Dave's been here six
# months and he's fitted more parts than you"), a colleague doing double theirs ("see rekha in
# the next cabin she is doing double your files", "Maria does twice your tables") and everyone
# else managing ("everyone else seems to have managed to get in"). A newcomer defended ("He's
# only been here three days, and our checklist doesn't cover it") is not.
OUTDONE_BY_OTHERS = re.compile(
    r"\b" + _NAMED + r"(?:'s| has) (?:only |just )?been here (?:for )?(?:\w+ ){1,2}(?:weeks?|"
    r"months?|days?) and (?:she|he|her|his|they|their)\b|"
    r"\b(?:girls|lads|boys|kids|people|staff|starters|juniors|trainees|apprentices|temps) "
    r"(?:who've been |who have been |that have been )?here (?:only |just )?(?:for )?"
    r"(?:\w+ ){1,2}(?:weeks?|months?|days?) (?:who|that) (?:know|can|manage|do|get)\b|"
    r"\b(?:is doing|does|did|closes|closed|handles|handled|sells|sold|makes|made|picks|picked|"
    r"clears|cleared) (?:double|twice|three times|two times|triple) (?:your|what you)\b|"
    r"\b(?:everyone|everybody) else (?:seems|seemed) to (?:have )?(?:managed|manage|coped|cope|"
    r"got|get) (?:to |in\b|it\b|here\b|by\b)")
