"""Turns the offline voice answers for what they are, not for the coder's reading (fiftieth
pass, issue 11): a story from the manager's own life, a meeting again put with no day, and the
greeting that opens the talk. Each is answered in the report's mood by a scenario-free line
that states no fact about them and writes no plan. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable

from roleplay.domain.codes import Code
from roleplay.domain.invitations import MEETING_WITH_NO_DAY
from roleplay.domain.mind import Mood
from roleplay.domain.pleasantries import (
    GREETING_AFTER_NAME,
    GREETING_ALONE,
    HELLO_START,
    HOSPITALITY,
    SPOKEN_GREETING_END,
)
from roleplay.domain.sentences import split_sentences
from roleplay.domain.stories import STORY, speaks_of_them

# -- a story from the manager's own life -------------------------------------------------------

def story_told(manager_said: str, moves: Iterable[Code]) -> bool:
    """The turn tells a story from the manager's own life and nothing else: at least one
    sentence of it is the story, no sentence speaks of the report (outside a maxim the story
    quotes), and nothing is asked, threatened or planned."""
    if set(moves) & {Code.THREAT, Code.COMMITMENT, Code.FOLLOW_UP, Code.SUPPORT_OFFER,
                     Code.OPEN_QUESTION, Code.CLOSED_QUESTION, Code.EXPECTATION}:
        return False
    said = manager_said.replace("\u2019", "'").strip()
    if not said or "?" in said:
        return False
    sentences = [s.lower() for s in split_sentences(said)] or [said.lower()]
    return any(STORY.search(s) for s in sentences) and not any(
        speaks_of_them(s) for s in sentences)


# A story heard in their mood: wary when cold ("Okay. Why are you telling me this?"), curious or
# warm when not; never the accusation their mood's line makes ("So I'm being watched now.")
STORY_HEARD: dict[Mood, tuple[str, ...]] = {
    Mood.HOSTILE: ("Okay. What's that got to do with me?", "Right. And?", "Okay."),
    Mood.DEFENSIVE: ("Okay. Why are you telling me this?", "Right. I'm not sure where this is "
                     "going.", "Okay."),
    Mood.GUARDED: ("Mm. I didn't know that.", "Right. What happened after that?", "Mm."),
    Mood.WARMING: ("Huh. I didn't know that.", "Ha. I wouldn't have guessed.", "Huh. Right."),
    Mood.COLLABORATIVE: ("Huh. Thanks for telling me that.", "Ha. I wouldn't have guessed.",
                         "Huh. Right."),
}


# -- a meeting again with no day ---------------------------------------------------------------

# "We talk again some time next month.", "Let's catch up again at some point.", "We'll pick
# this up in the new year.": a meeting put with no day to hold it to
_AGAIN = MEETING_WITH_NO_DAY  # (one reading with the mind's ``only_in_passing``)
# a day to hold it to makes it a plan, answered as one
_DAY_NAMED = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next week|"
                        r"\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}/\d{1,2}|(?:january|february|march|"
                        r"april|may|june|july|august|september|october|november|december) "
                        r"\d)", re.I)


def vague_again(manager_said: str, moves: Iterable[Code]) -> bool:
    """The turn puts a meeting again with no day and does nothing else: no task, no offer, no
    question, no judgement."""
    said = manager_said.replace("\u2019", "'")
    if _DAY_NAMED.search(said) or not _AGAIN.search(said):
        return False
    # (asked as the question it is, "Maybe we can chat again some time next month?", but no
    # other question: "... What would help before then?")
    if any("?" in s and not _AGAIN.search(s) for s in split_sentences(said)):
        return False
    return not set(moves) - {Code.FOLLOW_UP, Code.COMMITMENT, Code.INFORMATION,
                             Code.AFFIRMATION, Code.SOFTENER, Code.CLOSED_QUESTION}


# The meeting with no day taken as it was put: a plain yes, a shrug when guarded or colder;
# never a push about something else, nor a task taken on
AGAIN_TAKEN: dict[Mood, tuple[str, ...]] = {
    Mood.HOSTILE: ("Fine. Whatever.", "If you like."),
    Mood.DEFENSIVE: ("Fine.", "If you say so."),
    Mood.GUARDED: ("Sure. If you like.", "Mm. Okay."),
    Mood.WARMING: ("Okay. Sounds good.", "Okay, sure."),
    Mood.COLLABORATIVE: ("Okay. Sounds good.", "Sure. That works."),
}


# -- the greeting that opens the talk -----------------------------------------------------------

_WH_ELSE = re.compile(r"\b(?:what|why|when|where|which|who)\b", re.I)
# more ways to ask it than the scorer's list: "How's your week been?", "How've you been?",
# "How's things?", "You alright?", "How's everything going?"
_MORE_GREETINGS = re.compile(
    r"^(?:[\w']+[,!.]? ){0,4}(?:how(?:'s| has| is) your (?:week|day|morning|afternoon|month) "
    r"(?:been|going)(?: so far)?|how've you been|how(?:'s| are) things(?: going| with you)?|"
    r"how's everything(?: going)?|how(?:'s| is) it all going|(?:are )?you (?:alright|all right|"
    r"okay|ok|good)|how are you holding up|"
    r"how (?:you|ya|are ya) (?:doing|keeping|getting on|going)|"
    # how-are-you in the voices managers greet in: "Nanga def?" (Wolof), "Kasto cha?" (Nepali),
    # "Ça va?", "Habari yako?", "Kumusta ka?" (seventy-sixth pass)
    r"na ?nga def|(?:tapai lai )?kasto cha|[cç]a va|habari (?:yako|gani|za asubuhi)|kumusta ka|"
    # "¿Qué más?", "¿Cómo vas?" (Bogotá), "Sain baina uu?" (Ulaanbaatar) (eightieth pass)
    r"qu[eé] m[aá]s|c[oó]mo (?:vas|est[aá]s|te va|le va|va todo)|qu[eé] tal|qu[ií]ubo|"
    r"sain baina uu|sain uu|"
    # "How are you finding things at the moment?" (sixty-ninth pass)
    r"how are you finding (?:things|it|it all|everything|life|work)(?: at the moment| these days|"
    r" lately| right now| so far)?)"
    r"(?:,? (?:mate|love|then|today))?\s*\?$", re.I)


# ...after a clause that puts the business off ("Before we look at the plan, how are you?",
# "First things first, how are you doing?") (fifty-fifth pass)
_AFTER_A_CLAUSE = re.compile(
    r"^(?:before|first|so|okay|ok|right|anyway)\b[^?.!,]{0,50},\s*(?:how are you(?: doing| "
    r"keeping| getting on)?|how've you been|how's it going|how are things)(?: today| this week|"
    r",? really)?\s*\?$", re.I)


def greeted(asked: str, manager_said: str) -> bool:
    """The question asked is the greeting ("Hi Priya, how are you doing?", "thanks for the
    coffee theo how are you"), nothing more."""
    asked = asked.replace("\u2019", "'").strip()
    if GREETING_ALONE.match(asked) or GREETING_AFTER_NAME.match(asked) or _MORE_GREETINGS.match(
            asked) or _AFTER_A_CLAUSE.match(asked):
        return True
    said = manager_said.replace("\u2019", "'").strip()
    if re.search(r"[.?!,;:]", said):
        return False
    # said aloud, unpunctuated, ending on the greeting, with no other question in it
    # ("morning leanne how you doing")
    end = SPOKEN_GREETING_END.search(said)
    if end is not None:
        return not _WH_ELSE.search(said[:end.start()])
    return bool(_MORE_GREETINGS.match(f"{said}?")) and not _WH_ELSE.search(said)


# "How are you finding things at the moment?", "How has the last month been for you?", "How
# have things been going lately?", "How's work been?": how things have been for them (sixty-ninth
# pass)
HOW_THINGS_ASKED = re.compile(
    r"\bhow(?: are you finding|(?:'s| has| have| is| are) (?:things|everything|work|life|it|the "
    r"(?:last|past) (?:few )?(?:weeks?|months?|days?|quarter))(?: \w+){0,3} (?:been|going))\b",
    re.I)
# ...which a line about when or what they most enjoy does not answer ("I don't know. Maybe
# when the work feels useful to someone.", "I think the days I like most are when ...")
ANSWERS_WHEN_THEY_ENJOY = re.compile(
    r"^(?:[^.!?]*[.!?]\s+)?(?:maybe |probably |mostly |i guess )?when\b|\bthe (?:days|times|"
    r"bits|moments) i (?:like|love|enjoy)\b", re.I)


# The greeting answered in their mood: how they are in a word, nothing about the work or what
# is behind it ("I think I've been trying to do everything and not doing any of it well.")
GREETED: dict[Mood, tuple[str, ...]] = {
    Mood.HOSTILE: ("Fine.", "I'm here, aren't I?"),
    Mood.DEFENSIVE: ("Fine.", "I'm fine."),
    Mood.GUARDED: ("Fine, thanks.", "Okay, thanks. You?"),
    Mood.WARMING: ("Not bad, thanks. You?", "Okay, thanks."),
    Mood.COLLABORATIVE: ("Good, thanks. You?", "Not bad, thanks."),
}


# -- a curious question about their day, and being watched (fifty-fifth pass) -------------------

# "What are Monday mornings like for you?", "What does a normal Tuesday look like?", "How do
# your mornings usually go?", "Walk me through a typical week.": a curious question about their
# routine, not a fact about them put to them
ROUTINE_ASKED = re.compile(
    r"\b(?:what(?:'s| is| are)(?: (?:your|the))? (?:\w+ )?(?:mornings?|evenings?|nights?|days?|"
    r"weeks?|weekends?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|commute|shifts?|"
    r"routine)(?: \w+)? like\b|what does (?:a|an|your) (?:\w+ )?(?:morning|evening|day|week|"
    r"weekend|monday|tuesday|wednesday|thursday|friday|shift) (?:\w+ )?look like\b|how do (?:your|"
    r"the) (?:\w+ )?(?:mornings?|evenings?|days?|weeks?|mondays?) (?:usually |normally |tend to )?"
    r"(?:go|look|run|start)\b|(?:walk|talk) me through (?:a|an|your) (?:\w+ )?(?:morning|evening|"
    r"day|week|monday|shift)\b)", re.I)

# A line accusing the manager of watching them ("So I'm being watched now. Great.", "Nine days.
# Right. You have been counting.", "Check the end of the day too, if you're checking.")
# (sixty-fifth pass: "Yeah. I do feel watched. That's exactly it." confirms a reading of being
# watched, never one of a load to carry: "That sounds like a lot to manage alone")
WATCHED = re.compile(r"\b(?:being watched|(?:have|has|you've) been (?:counting|checking|"
                     r"watching)|if you're (?:checking|counting|watching)|keeping tabs|feel "
                     r"(?:watched|checked up on|monitored))\b", re.I)
# The manager's turn reports looking at what they did: a time, a day, a count, a record, what
# was seen or noticed, or someone who told them
# (a time of theirs, not "Thank you for making the time.")
_REPORTS_WATCHING = re.compile(
    r"\b(?:\d|noticed|notice|saw|seen|looked at|look(?:ing)? at (?:the|your)|checked|checking|"
    r"counted|counting|logs?|logged|log-?ins?|records?|tracked|tracking|monitor\w*|data|"
    r"spreadsheet|report(?:ed|s)?|times|(?:start|arrival|login|log-?in|clock-?in) time|late|"
    r"lateness|absences?|sick|clocked|"
    r"(?:someone|somebody|people|a few people|colleagues?|the team|others|customers) "
    r"(?:mentioned|told me|said|flagged|raised))\b", re.I)


def reports_watching(manager_said: str, moves: Iterable[Code]) -> bool:
    """The turn reports what the manager saw of them (a fact, a record, what someone told
    them): the report may then say they feel watched; never to a question about their day."""
    said = manager_said.replace("\u2019", "'")
    return bool(set(moves) & {Code.OBSERVATION, Code.IMPACT, Code.LABEL, Code.BLAME}) or bool(
        _REPORTS_WATCHING.search(said)) or bool(_SAYS_WATCHED.search(said))


# the manager's own words of being watched ("It sounds like you feel watched."): the report may
# take them up
# (of them, not any watching: "I was watching the match on Sunday" is no record of theirs, J40)
_SAYS_WATCHED = re.compile(r"\b(?:(?:feel|feeling|felt|being|been|get|getting|are|were|is) "
                           r"(?:watched|monitored|checked up on)|(?:watch|watched|watching|"
                           r"monitor|monitored|monitoring) (?:you|your|over you)\b|"
                           r"check(?:ed|ing)? up on you|keep(?:ing)? tabs)\b", re.I)


# -- how long it has been ------------------------------------------------------------------------

# "How long has it been like that?", "How long have you felt this way?", "how long's this been
# going on": how long something has lasted (not "How long will it take?", a time to come)
HOW_LONG_ASKED = re.compile(
    r"^(?:(?:so|and|okay|ok|right|but|sorry)[,.]?\s+)*how long(?:'s| has| have| is| did|'ve)\b"
    r"(?! (?:it|that|this) (?:take|taken)\b)", re.I)

# ...answered in their mood, with no date the scenario does not hold
HOW_LONG: dict[Mood, str] = {
    Mood.HOSTILE: "Long enough.",
    Mood.DEFENSIVE: "Long enough.",
    Mood.GUARDED: "A while.",
    Mood.WARMING: "A while now, if I'm honest. Longer than I'd like.",
    Mood.COLLABORATIVE: "A while now. Longer than I'd like to admit.",
}


# -- something offered before the talk (seventy-sixth pass) ------------------------------------

# the name they are called by before the offer: "Priya, want some water before we start?"
_CALLED_FIRST = re.compile(r"^[a-z]+,\s*", re.I)


# An offer run on into the talk in one breath, as recogniser text has it ("you want a coffee or
# something we gotta sort this out"): the offer, maybe "or something", then a clause of its own
# (eightieth pass). ``HOSPITALITY`` is anchored at the end, and the coder's, so this is read here.
_OFFER_RUN_ON = re.compile(
    # (their name before it without a comma, as heard: "hi daniel you want a brew ...")
    r"^(?:[a-z]+ (?=(?:do )?you (?:want|fancy)\b))?(?:(?:do )?you )?(?:want|fancy) (?:a |some )?"
    r"(?:quick |hot )?(?:cup of |glass of |mug of )?"
    r"(?:tea|coffee|cuppa|water|drink|brew|something to drink|chai)(?: or (?:something|anything|"
    r"whatever|(?:a )?(?:tea|coffee|water)))?[,.!?]?\s+(?P<rest>(?:we|i|you|so|then|but|and|"
    r"because|cos|coz|let's|lets|let us|right|okay|ok|look|listen|now|first|this|it)\b.*)$",
    re.I)


# ...and in other words for it: a Welsh "panad", a Bogotá "tintico" ("Want a panad?",
# "¿Quieres un tintico?"), maybe "before we get into it" (eightieth pass)
_OFFERED_IN_OTHER_WORDS = re.compile(
    r"^(?:(?:(?:do )?you )?(?:want|fancy) (?:a |some )?|(?:¿)?(?:quieres|quiere|te provoca|le "
    r"provoca|un|una) (?:un |una )?)(?:panad|paned|cuppa|tint(?:o|ico)|cafecito|caf[eé]|"
    r"aguita|agua|arom[aá]tica|"
    # ("Do you want a cup?" with the kettle on, "You want a cortado?", "Want a kaffi?";
    # eighty-sixth pass)
    r"cup|cortado|kaff[ei])\s*\??$"
    # ("Can I get you a tea or anything?", "Coffee or something?": the offer left open;
    # eighty-ninth pass)
    r"|^(?:(?:can|could|shall) i (?:get|make|grab|pour) you |(?:(?:do )?you )?(?:want|fancy) )?"
    r"(?:a |some )?(?:tea|coffee|water|cuppa|brew|drink|juice) or (?:anything|something|owt|"
    r"summat)"
    r"(?: else)?\s*\??$", re.I)
_BEFORE_WE_START = re.compile(r",? (?:before|while) we (?:start|begin|get (?:into it|started|"
                              r"going|stuck in)|kick off|talk)(?=\s*\??$)", re.I)


def _after_hello(question: str) -> str:
    asked = HELLO_START.sub("", question.replace("\u2019", "'").strip(), count=1)
    return _BEFORE_WE_START.sub("", _CALLED_FIRST.sub("", asked, count=1), count=1)


def offered(question: str) -> bool:
    """The question offers tea, water or the like, maybe after a hello and their name ("Hi
    Priya, you want some chai?", "Priya, want some water before we start?"), or runs on from
    the offer into the talk ("you want a coffee or something we gotta sort this out")."""
    asked = _after_hello(question)
    return bool(HOSPITALITY.match(asked) or _OFFER_RUN_ON.match(asked)
                or _OFFERED_IN_OTHER_WORDS.match(asked))


def offer_run_on(question: str) -> bool:
    """The offer runs on into the talk in one sentence (``offered``)."""
    return bool(_OFFER_RUN_ON.match(_after_hello(question)))


# A short sentence about the drink said with the offer ("I make it myself.", "I just made a
# pot.", "Kettle's just boiled.", "Water, coffee?"): part of the offer, nothing to answer
# (eighty-ninth pass: "You want a cortado? I make it myself." got "I'm fine, thanks. I don't
# know. I'm happy doing what I'm doing, I think.")
_ABOUT_THE_DRINK = re.compile(
    r"\b(?:kettle(?:'s)?|pot|brew|boil(?:ed|ing)?|cortados?|coffee|tea|cuppa|milk|sugar|"
    r"machine|barista|beans|water|juice|drinks?|make (?:it|them) myself|made (?:it|them)|"
    r"freshly made|just made)\b", re.I)
_SHORT = 8


def about_the_drink(sentence: str) -> bool:
    """The sentence is a few words about the drink offered, and nothing else."""
    return len(sentence.split()) <= _SHORT and bool(_ABOUT_THE_DRINK.search(sentence))


def without_the_offer(manager_said: str, question: str) -> str:
    """The turn with the sentence that offers something left out, or the offer alone where the
    sentence runs on past it: what is said besides it ("Merhaba Priya. You want some tea? The
    invoice export came a week late." -> "Merhaba Priya. The invoice export came a week late.";
    "you want a coffee or something we gotta sort this out" -> "we gotta sort this out")."""
    run_on = _OFFER_RUN_ON.match(_after_hello(question))
    kept = []
    for sentence in split_sentences(manager_said):
        if sentence.strip() != question.strip():
            if not about_the_drink(sentence):
                kept.append(sentence)
        elif run_on is not None:
            kept.append(run_on.group("rest"))
    return " ".join(kept)


# -- the decline checked (eighty-ninth pass) ---------------------------------------------------

# After they declined the drink, the decline checked or the drink put again: "No? Sure?", "You
# sure?", "Not even a water?", "Want a water at least?", "Nothing at all?". It had got a no run
# on into the work ("No, not yet. I'm still finding my feet on checkout.", "No. And I'd rather
# not go into why.") or a line about the work ("Really? I'm the one who keeps search standing
# up."), as if asked about it.
_CHECKS_THE_DECLINE = re.compile(
    # (each piece read one way only, atomic, so a long run cannot split it many ways)
    # ("¿Segura?": the same in Spanish)
    r"^(?:(?>(?:no|nope|sure|you sure|are you sure|¿?segur[oa]|certain|really|honestly|okay|ok|"
    r"right|fair enough|no worries|no problem|fine|alright|nothing(?: at all)?|"
    r"not even (?:a |one |some )?[a-z]+|(?:(?:are you )?sure you don't|you don't) want "
    r"(?:a |some |anything)[a-z ]*|"
    r"(?:(?:do )?you )?(?:want|fancy) (?:a |some )?[a-z]+ (?:at least|instead|then|after all)|"
    r"(?:a |some )?(?:tea|coffee|water|cuppa|brew|drink|juice) (?:at least|instead|then|after "
    r"all))\b)[?,.!]*\s*)+$", re.I)
STILL_FINE: dict[Mood, str] = {
    Mood.HOSTILE: "I said I'm fine.",
    Mood.DEFENSIVE: "Really. I'm fine.",
    Mood.GUARDED: "Really, I'm fine. Thanks.",
    Mood.WARMING: "Honestly, I'm fine. Thanks.",
    Mood.COLLABORATIVE: "Honestly, I'm fine. Thanks.",
}


def decline_checked(manager_said: str) -> bool:
    """The turn only checks the drink they declined, or puts it again (a question)."""
    said = manager_said.replace("\u2019", "'").strip()
    return "?" in said and bool(_CHECKS_THE_DECLINE.match(said))


# -- the call checked (eighty-ninth pass) ------------------------------------------------------

# On a video call, the line checked as the last thing in the turn ("one second my screen is
# freezing can you hear me ok", "Am I on mute?", "Can you see my screen?", "You still there?"):
# answered as asked, a fact about the call and none about them (it had got "No, it's fine. I'm
# just busy." and "Not really, no. It's been a stressful couple of months.")
_CALL_CHECKS = (
    (re.compile(r"\bcan you (?:still )?hear me(?: (?:ok|okay|alright|now|properly|clearly|fine|"
                r"all right))?\s*\??\s*$", re.I), "Yes, I can hear you."),
    (re.compile(r"\b(?:am i|are we) (?:on mute|muted)\s*\??\s*$", re.I), "No, I can hear you."),
    (re.compile(r"\bcan you see (?:my|the) (?:screen|slides?|video)(?: (?:ok|okay|now))?\s*\??\s*$",
                re.I), "Yes, I can see it."),
    (re.compile(r"\b(?:are you|you) still there\s*\??\s*$|^(?:\w+,? )?are you there\s*\??\s*$",
                re.I), "I'm here."),
    (re.compile(r"\b(?:did i|have i) (?:freeze|frozen|drop(?:ped)? out|cut out)\s*\??\s*$|\bam i "
                r"(?:frozen|breaking up)\s*\??\s*$", re.I), "No, you're fine."),
)


def the_call_checked(manager_said: str) -> str | None:
    """The answer to the call checked at the end of the turn, or None."""
    said = manager_said.replace("\u2019", "'").strip()
    return next((answer for check, answer in _CALL_CHECKS if check.search(said)), None)
