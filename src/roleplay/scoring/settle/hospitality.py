"""A drink or a seat offered before the talk is neither a verdict nor help with the work."""

from __future__ import annotations

import re

from roleplay.domain.codes import Code, Primary
from roleplay.domain.pleasantries import HELLO_ONLY, HOSPITALITY
from roleplay.scoring._text import sentences
from roleplay.scoring.settle.turn import _judging_words, _Turn

# The talk's business named to come next, and nothing said of it: "Then we talk about the
# sprints.", "Then we talk", "Now let's talk about Tuesday."
_AGENDA_NEXT = re.compile(
    r"^(?:(?:then|and then|after that|now|so|okay|ok|right)[,]? )*(?:we|let's|let us|we'll|we will|"
    r"we can|i want to|i'd like to) (?:talk|chat|speak|have (?:a|our) (?:chat|talk|word))"
    # (the topic only, no fault in it: not "then we talk about why you keep messing up")
    r"(?: about (?!why\b|how come\b)(?:(?!you\b|you're\b|youre\b)[\w'-]+ ?){1,6})?[.!]*$")


def _is_hospitable(sentence: str) -> bool:
    s = sentence.strip()
    return bool(HOSPITALITY.match(s) or HELLO_ONLY.match(s) or _AGENDA_NEXT.match(s))


def _hospitality_offered(t: _Turn) -> None:
    """A turn of a drink offered, maybe after a hello and a seat and before the business named
    ("Sit down Priya. Do you want a glass of water? Then we talk about the sprints.", "Can I get
    you a coffee?") judges no one and offers no help with the work: no label, blame or support.
    Not when a sentence judges or names their fault ("Do you want a coffee? You look like you
    need one after that shambles.")."""
    if not t.codes & {Code.LABEL, Code.BLAME, Code.SUPPORT_OFFER}:
        return
    said = sentences(t.low) or [t.low]
    if not any(HOSPITALITY.match(s.strip()) for s in said) or not all(
            _is_hospitable(s) for s in said) or _judging_words(t.low):
        return
    t.codes -= {Code.LABEL, Code.BLAME, Code.SUPPORT_OFFER}
    if not t.codes:
        t.primary = Primary.OTHER
    elif t.primary == Primary.INPUT and t.codes <= {Code.CLOSED_QUESTION, Code.OPEN_QUESTION}:
        t.primary = Primary.QUESTION
