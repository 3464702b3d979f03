"""What a specific example is: a sentence that tells what happened (a past event pinned to one
instance, or set in a meeting without asking for change), as against an expectation that names
a place ("the way you say it in stand-up has to change") or the impact on others ("the client has
complained twice since"). Read by the competency rules, never by the coder's features."""

from __future__ import annotations

import re

from roleplay.domain.stories import own_story
from roleplay.scoring._cues_feedback import (
    AFFECTED,
    BEHAVIOUR,
    DAY,
    EXPECTATION,
    NUMWORD,
    TIME_REF,
    any_of,
)
from roleplay.scoring._gate import gated
from roleplay.scoring._text import canonical, sentences

# The stop said as a fact, a sentence of its own ("It stops.", "This stops now."), and where a
# kind of trouble goes first, stated as the rule ("Problems with a build go to Leo first,
# privately."): demands that inform of nothing
STOP_STATED = gated(re.compile(
    r"(?:^|[.!;:] )(?:and |so )?(?:it|this|that|all (?:of )?(?:this|that)) stops(?: (?:now|here|"
    r"today|from today|this week))?(?:,? though)?(?:[.!]+(?:\s|$)|$)|"
    r"\b(?:problems|concerns|issues|complaints|worries|questions)\b(?: (?:with|about) (?:a |the |"
    r"your )?[\w-]+)? (?:go|come) (?:straight )?to (?:me|[\w-]+)(?: [\w-]+)? first\b"))
# Asking for change: "the way you say it in stand-up has to change", "this needs to stop" are
# expectations, however specific their place.
CHANGE_DEMAND = any_of(
    r"\b(?:has|have|needs?|need|got) to (?:change|stop|end|improve|be different|get better)\b",
    r"\b(?:can't|cannot|won't|mustn't) (?:happen|go on|continue|carry on|keep happening)\b",
    r"\b(?:must|should|will) (?:stop|change|end)\b",
    r"\b(?:stop|change) (?:doing )?(?:that|this)\b",
    r"\bi need (?:that|this|it) to (?:change|stop)\b", r"\bno more\b", r"\bnot again\b",
    # a standard stated as a rule: "nothing merges without tests you ran yourself"
    r"\b(?:nothing|no (?:code|change|pr|build|release|ticket|order|deploy)s?) (?:\w+ ){0,2}?"
    r"(?:merges?|ships?|goes (?:in|out|live)|gets? (?:merged|shipped|released)|leaves?) "
    r"(?:\w+ ){0,3}?(?:without|unless|until)\b",
    STOP_STATED.pattern,
)
# A month whose word is also a name or a modal ("Jun", "Mar", "may"): it dates only beside a day
# number ("3 jun", "jun 3rd", "the 15th of may") or, "may" alone, after a preposition of time
# ("in may", "since may"); "Since then Jun hasn't put a single PR up" and "that may well be true"
# pin no day.
_MONTH_PLAIN = (r"(?:january|february|march|april|june|july|august|september|october|november|"
                r"december)")
_MONTH_SHORT = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
_DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th)?"
# A time that pins one instance down ("on Tuesday", "the 12th", "yesterday", "three times"),
# as against a setting that recurs ("in stand-up", "in reviews").
SPECIFIC_TIME = any_of(
    rf"\b{DAY}\b", rf"\b{_MONTH_PLAIN}\b(?!\s+(?:be|have))",
    rf"\b{_DAY_NUMBER}(?: of)? {_MONTH_SHORT}\b", rf"\b{_MONTH_SHORT}\.? {_DAY_NUMBER}\b",
    r"\b(?:in|since|by|until|till|from|of|last|next|this|early|late|mid|end of|start of|"
    r"beginning of) may\b(?!\s+(?:be|have))",
    r"\byesterday\b", r"\btoday\b",
    r"\b(?:this|last) (?:morning|afternoon|night|week|month|quarter|sprint|time)\b",
    # one instance pinned by the example just told: "and merged your own rewrite that night"
    r"\bthat (?:morning|afternoon|evening|night|day)\b",
    r"\b\d{1,2}(?:st|nd|rd|th)\b", r"\b\d{1,2}/\d{1,2}\b", r"\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\b",
    r"\bat \d{1,2}:\d\d\b", rf"\b{NUMWORD} times\b", r"\b(?:twice|once)\b", r"\bin a row\b",
    r"\b(?:the other day|earlier (?:today|this week)|just now|on the call with)\b",
    # a date said in words, as people say it and some recognisers write it: "on the twenty
    # second", "since the third" (not "the second time", "the first screen")
    r"\b(?:on|since|by|until|from) the (?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|"
    r"fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
    r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b(?! (?:time|one|thing|"
    r"screen|floor|shift|day|week|go|attempt|draft|version|round|page|item|point))",
)
# The past tense of an event: something was done or happened.
PAST_EVENT = re.compile(
    r"\b(?:was|were|did|didn't|had|hadn't|went|came|said|told|spoke|wrote|sent|left|took|"
    r"made|gave|got|put|ran|cut|shut|snapped|broke|forgot|missed|skipped|\w{3,}ed)\b")


# When the manager last said something ("As I told you yesterday, I want to discuss the
# sprints") dates the manager's words, not what the report did.
_MANAGER_SAID = re.compile(
    r"\b(?:as )?i (?:told|said to|mentioned to|emailed|messaged|wrote to) you (?:yesterday|"
    r"last week|this morning|earlier|on \w+)\b")


# The manager's own intention ("there are some things I wanted to go through") is no past event
_MANAGER_MEANT = re.compile(r"\bi (?:wanted|was hoping|needed|meant|was going|was planning) to\b")
# Something unnamed ("some things", "a few issues", "how the last sprint went"): an opener that
# says there is something to discuss, never the example, whatever its date
VAGUE_THING = re.compile(
    r"\b(?:some|a few|a couple of|a couple|few|certain|various|a number of|a bunch of|one or two|"
    r"several) (?:\w+ )?(?:things|stuff|issues|points|concerns|bits|items|topics|matters|areas|"
    r"problems|bits and pieces)\b|\b(?:some|any|the) stuff\b|\bhow (?:the|it|things|everything|"
    r"that|stuff)(?: \w+){0,3} (?:went|has gone|have gone|has been|have been|is going|are going)\b"
    r"|\bthings (?:that )?(?:didn't|haven't|did not|have not) (?:go|gone)\b")
# A count of instances: "three of your tickets", "two of the last five releases"
COUNTED = re.compile(rf"\b(?:{NUMWORD}|one) of (?:your|the last|the past|those last)\b")
# what the report did, said to them ("you had your camera off"): the event beside "a couple of
# things I've noticed" in one spoken sentence
_YOU_DID = gated(re.compile(r"\byou (?:\w+ )?(?:had|missed|were|was|did|didn't|said|told|sent|left|"
                      r"came|went|took|made|put|got|\w{2,}ed)\b"))


_JOINED = re.compile(r",\s*(?:and|so|which meant|then)\s+|;\s*")


def anecdote(sentence: str) -> bool:
    """The sentence is a story from the manager's own life, and says nothing of the report
    (``roleplay.domain.stories``, read the same by the offline report)."""
    return own_story(canonical(sentence))


def describes_event(sentence: str) -> bool:
    """The sentence tells what happened: a past event pinned to one instance or counted ("On
    Tuesday you told Mia...", "Three of your tickets were reopened"), or set in a place or
    meeting without asking for change; never something unnamed ("some things from the last
    sprint I wanted to go through"). "The way you say it in stand-up has to change" and "This needs
    to stop" are expectations, not examples."""
    low = _MANAGER_MEANT.sub("i want to", _MANAGER_SAID.sub("", canonical(sentence)))
    if anecdote(low):
        return False
    if VAGUE_THING.search(low) and not _YOU_DID.search(low):
        return False  # only a dated or countable observation is the example
    if AFFECTED.search(low) and not BEHAVIOUR.search(low):
        # who it reached ("the client has complained twice since") is impact; an example told
        # before it in the same sentence ("you've logged in late on nine of twenty days, and
        # ... waits went to 14 minutes") is still the example
        parts = [p for p in _JOINED.split(low) if p.strip()]
        return len(parts) > 1 and any(describes_event(p) for p in parts)
    if (SPECIFIC_TIME.search(low) or COUNTED.search(low)) and (
            PAST_EVENT.search(low) or BEHAVIOUR.search(low)):
        return True
    return bool(TIME_REF.search(low) and PAST_EVENT.search(low)
                and not CHANGE_DEMAND.search(low) and not EXPECTATION.search(low))


def happened(text: str) -> bool:
    """Some sentence of the turn describes what happened (``describes_event``)."""
    return any(describes_event(s) for s in sentences(text) or [text])
