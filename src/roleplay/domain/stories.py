"""A story from the manager's own life, read once for the scorer and the persona alike.

"My father sold carpets forty years, and he said ...", "When I was new here I missed my first
three deadlines", "In the roastery we say, ...", "The first time I ran a project ...": told to
make a point, it is never the example of what the report did (the scorer) and is heard as a
story, not an accusation (the offline report). A sentence that also speaks of them is not only a
story ("My grandmother sells more cars than you"), nor is a comparison ("my nan could've caught
that"). The patterns read lower-case text with straight apostrophes.
"""

from __future__ import annotations

import re

# the manager's own past, their family's, or a saying of their trade
STORY = re.compile(
    r"\bmy (?:late |old |own )?(?:father|mother|dad|mum|mom|papa|mama|grandfather|grandmother|"
    r"granddad|grandad|grandpa|grandma|nan|nana|uncle|aunt|auntie|old man)\b|"
    r"\bmy (?:very )?first (?:year|job|week|month|day|team|project|boss|manager|role|review|"
    r"release|launch|foreman|mentor)\b|"
    r"\bmy (?:old|first|last|previous) (?:boss|manager|foreman|mentor|lead|team lead|"
    r"supervisor|gaffer)\b|"
    r"\bwhen i (?:was|first) (?:new|a|an|young|your age|starting|started|first|just|still|"
    r"junior|joined|came)\b|\bwhen i (?:started|joined|began)\b|"
    r"\bwhen i was (?:on|at|in) (?:a|an|the|my|one) (?:[\w-]+ ){0,2}(?:job|site|crew|gang|ship|"
    r"boat|project|contract|rig|farm|ward|line|tour|build)\b|"
    r"\b(?:the )?first time i\b|\bback when i\b|\byears ago,? i\b|\bearly (?:on )?in my career\b|"
    r"\bi (?:was|used to be) one of them\b|\bi remember when i\b|"
    r"\bin my (?:first|old|last|previous|other) (?:job|life|team|role|company|place|career|year|"
    r"week|month)\b|\bat my (?:old|last|first|previous) (?:job|place|company|team|firm)\b|"
    r"\b(?:where|when) i (?:used to )?(?:played|worked|trained|served|apprenticed|grew up|learned|"
    r"learnt|started out)\b|"
    # a saying of the manager's trade: "In the roastery we say, ...", "there's a saying on boats"
    # (a saying is said in the present or as a habit: "in the meeting we said ..." is no saying)
    r"\bin (?:the|my|our) [\w-]+(?: [\w-]+)? (?:we|they|people|the old (?:boys|hands|guys)) "
    r"(?:(?:always )?say|used to say|always said)\b|\bthere(?:'s| is) (?:a|an old) saying\b|"
    r"\bmy (?:old )?(?:maestro|master|teacher|sensei|coach|mentor|trainer) (?:always |used to |"
    r"once )?(?:said|told|say|says)\b")
# the maxim a story quotes speaks to anyone ("my maestro always said: before you carve, you
# listen to the wood"), as does a filler ("you know", "at your age")
_MAXIM = re.compile(r"\b(?:always |used to |once |would )?(?:said|say|says|told me|taught me)"
                    r"[:,]?\s[^.;!?]*")
_FILLER_YOU = re.compile(r",?\s*\byou know\b,?|\b(?:at|when i was) your age\b|"
                         r"^(?:(?:i'll|i will|let me|i) tell you|i'm telling you|i tell ya)\b,?")
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|you're|you've|you'd|you'll)\b")
# "My nan could shift six motors in a morning", "when I was your age I'd have had three pages
# subbed by ten-forty": a comparison, a jibe, no story
COMPARED = re.compile(r"\b(?:could|would|could've|would've|couldn't|better than|faster than|"
                      r"i'd have|i'd've|in my day)\b")


def speaks_of_them(sentence: str) -> bool:
    """What the sentence says of the report, or compares them with, outside a maxim it quotes
    and the fillers ``you know`` and ``at your age``."""
    own = _FILLER_YOU.sub(" ", _MAXIM.sub(" ", sentence))
    return bool(SECOND_PERSON.search(own) or COMPARED.search(own))


def own_story(sentence: str) -> bool:
    """The (lower-case) sentence is a story from the manager's own life, and says nothing of
    the report."""
    return bool(STORY.search(sentence)) and not speaks_of_them(sentence)
