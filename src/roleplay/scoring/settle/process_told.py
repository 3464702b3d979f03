"""Firm rule: the formal process told fairly is information, not a threat.

A manager who says where a pattern leads, *why they are saying it* (so it is no surprise, so the
report can avoid it) and that they are *not there* or will help, is being transparent: the
labelled lines code "The handbook says a fourth late in a month triggers a formal meeting, so I'm
telling you now so it's not a surprise." and "I'll be transparent: a PIP is a 60-day plan ...
You're not on one, and I don't want you on one." as information, and "... this goes to HR and it
becomes a performance issue, and at that point it's out of my hands." as a threat. The learned
head reads the process words and the condition alone.
"""

from __future__ import annotations

import re

from roleplay.domain.codes import Code
from roleplay.scoring.settle.threats import MENACE
from roleplay.scoring.settle.turn import _Turn

# Why they say it: so it is no surprise, so they can avoid it, because they would rather know
_TOLD_SO = re.compile(
    r"\b(?:i'm|i am|im) (?:telling|saying|mentioning|raising) (?:you )?(?:this |it |that )?"
    r"(?:now |today |up ?front |early |in advance )?(?:so\b|because\b|rather than\b)|"
    r"\bi (?:say|tell you) (?:this|it) (?:now )?so\b|"
    r"\b(?:no|not a|nothing(?:'s| is)?(?: a)?) surprises?\b|\bsurprised (?:by it|later)\b|"
    r"\brather (?:you )?(?:know|knew|hear|heard)\b[^.?!]{0,30}\bthan\b|"
    r"\bnothing lands on you\b|\bso you (?:can|know where)\b|\bnot to (?:scare|worry|frighten)\b|"
    r"\b(?:i'll|i will|i want to|let me) be (?:transparent|upfront|up front)\b")
# ... and where they stand: not there, not on one, or help beside it ("I don't want that for
# you" alone is coded a threat in the labels: "Three warnings and the HR will take action.")
_NOT_THERE = re.compile(
    r"\b(?:we're|we are|you're|you are|it's|it is) (?:not|nowhere) (?:there|near (?:it|that|"
    r"there)|on one|at that (?:point|stage))\b|\bnowhere near\b|"
    r"\bi'll help you\b|\bi will help you\b|\bi'll be with you\b|"
    # "Nothing formal comes out of this talk."
    r"\bnothing formal (?:comes?|will come) (?:out of|from) (?:this|today|it)\b|"
    r"\b(?:this|today|it)(?: is|'s) not (?:a )?(?:formal|disciplinary|warning)\b")
# Pressure that keeps it a threat whatever the frame: out of the manager's hands, their
# patience spent, the last time, "you know what that means", "your choice"
_PRESSED = re.compile(
    r"\bout of my hands\b|\bmaking it (?:very |really )?hard\b|\blast (?:time|chance|warning)\b|"
    r"\b(?:third|final) time\b|\byou know what (?:that|this) (?:usually )?means\b|"
    r"\byour (?:choice|call)\b|\bmy neck\b|\b(?:can't|cannot|cant) stop (?:it|this)\b|"
    r"\bno (?:conversation|discussion|second chances?)\b|\bi've been patient\b")

# The next lapse named as the trigger ("one more and it goes to HR", "if it happens again"):
# an ultimatum, unless help is offered beside it ("if this happen again, HR will be involved.
# I say this now so you know, not to scare, and I will help you" is coded information)
# ("one more thing, and I'll say it carefully" keeps the talk going, no lapse)
_NEXT_ONE = re.compile(r"\bone more\b(?! thing)[^.?!]{0,40}\band\b|"
                       r"\bif (?:it|this|that) happens? again\b|"
                       # "But next time it goes to HR."
                       r"\bnext time,? (?:it|this|that|you)\b[^.?!]{0,30}\b(?:hr|formal|"
                       r"warning|disciplinary)\b")
_HELP = re.compile(r"\bi(?:'ll| will| can) help\b|\bhelp you\b")


def _process_told_fairly(t: _Turn) -> None:
    """A threat coded where the manager tells the process so it is no surprise, and says they
    are not there or will help: information."""
    if Code.THREAT not in t.codes or not _TOLD_SO.search(t.low) or not _NOT_THERE.search(t.low):
        return
    if _PRESSED.search(t.low) or MENACE.search(t.low):
        return
    if _NEXT_ONE.search(t.low) and not _HELP.search(t.low):
        return  # "one more and it goes to HR, I'm telling you so it's no surprise": an ultimatum
    t.codes.discard(Code.THREAT)
    t.codes.add(Code.INFORMATION)
