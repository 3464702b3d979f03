"""The manager's turns as the competency rules read them, and the small helpers every rule
uses: quoting evidence, clamping levels, praise that never quotes a judgement, rewrites."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from roleplay.domain.codes import Code, TurnCoding
from roleplay.domain.meeting_again import AGAIN_IN_OTHER_WORDS, MEETS_AGAIN
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Evidence, Rewrite
from roleplay.domain.session import Turn
from roleplay.scoring._cues_event import SPECIFIC_TIME, describes_event
from roleplay.scoring._cues_feedback import SOFTENER_STRONG
from roleplay.scoring._cues_listening import BARE_ACKNOWLEDGEMENT, GUESS_FRAME, names_feeling
from roleplay.scoring._cues_plan import OPENING_CHECK_IN, PRESENT_STEP
from roleplay.scoring._cues_talk import IMPERATIVE_START, NEGATION_FRAME
from roleplay.scoring._patterns import SentenceMatch, match
from roleplay.scoring._text import (
    canonical,
    is_unpunctuated,
    normalise,
    sentences,
    shorten,
    words,
)
from roleplay.scoring.facts import ScenarioFacts
from roleplay.scoring.metrics import ConversationMetrics
from roleplay.scoring.rewrites import ASKS_FOR_TALK, SEVERITY, rewrite, vague_order
from roleplay.scoring.settle.turn import manager_acts

FEEDBACK_CODES = frozenset({
    Code.OBSERVATION, Code.IMPACT, Code.EXPECTATION, Code.LABEL, Code.BLAME, Code.THREAT,
    Code.SOFTENER,
})
PLAN_CODES = frozenset({Code.COMMITMENT, Code.FOLLOW_UP, Code.SUPPORT_OFFER})
# a sentence that says what will happen: "I'll send you the checklist", "we'll review it"
_PLANS = re.compile(r"\b(?:i'll|i will|we'll|we will|you'll|you will|let's|let me|i can|we can|"
                    r"i'm going to|we're going to|you're going to)\b")
# (or in any verb: "Let's honour that.", "Let's run with it.", "Let's build on that." before the
# step itself was quoted as the plan: J29)
_TAKES_UP_ONLY = re.compile(r"^(?:(?:ok|okay|right|so|good|great|alright|fine)[,.!]? )*let's "
                            r"(?:do|go with|try|[a-z]+(?: with| on| for)?) (?:this|that|it)"
                            r"(?: then| together)?[.!]?$")
# their step set with the colleague who helps them, in the present: "So Kasia pairs with you on
# Thursday ..." (J40: passed over for the support after it, "I'll clear your Friday afternoon")
_PAIRED_STEP = re.compile(r"^(?:(?:so|and|okay|ok|good|then|right)[,]? )*(?!(?:i|we|you|it|that|"
                          r"this|there)\b)[a-z]+ (?:pairs|sits|works|walks you|goes through|"
                          r"takes you|shows you|reviews|checks)\b(?: [\w'-]+){0,3}? (?:with|"
                          r"you|your)\b")
# A sentence that opens a recap of what they said
# (after a filler or an apology: "So, sorry, to recap: ...", "Um, so, to sum up: ...", J37)
_SUMS_UP = re.compile(r"^(?:(?:so|okay|ok|right|and|sorry|um|uh|erm|well),? )*"
                      r"(?:to sum (?:up|it up)|in summary|to summari[sz]e|"
                      # ("Let me sum up: retry fix only, ...", "Let's recap": J38)
                      r"(?:let me|let's|let us) (?:sum (?:it |that |this )?up|summari[sz]e|"
                      r"recap)|let me (?:check|see if) i(?:'ve| have)? got|"
                      r"(?:just )?to check i(?:'ve| have) got|what i'm hearing|"
                      r"so what i'm hearing|if i understand|let me recap|to recap|just to recap|"
                      r"(?:just )?to (?:say|play|read) (?:it|that|this|them) back|let me (?:say|"
                      r"play|read|run) (?:it|that|this) back|(?:just )?(?:playing|saying|reading) "
                      r"(?:it|that|this|them) back|let me repeat(?: (?:it|that|this))?"
                      r"(?: back| to check))\b")


def recaps(text: str) -> bool:
    """The turn opens as a recap ("So, to say it back: you talk to Leo first, ... Va bene?",
    "Let me repeat to check: Leo first, then me; ...",
    "To sum up: ..."): what was said or agreed played back to check, not advice put as a
    question."""
    # (after a word of thanks or agreement: "Good. So, to play it back: ...", J34)
    said = [s for s in sentences(text) if not _ACK_ALONE.match(canonical(s).strip())]
    return bool(said) and bool(_SUMS_UP.match(canonical(said[0])))


# a word of thanks or agreement said alone: "Good.", "Okay, thanks.", "Perfect."
_ACK_ALONE = re.compile(r"^(?:(?:good|great|okay|ok|right|thanks|thank you|perfect|lovely|fine|"
                        r"brilliant|excellent|alright|sure|yes|yeah|cool|nice|deal|noted|"
                        r"understood)[,.!]?\s*)+$")
FEEDBACK_TYPES = frozenset({ConversationType.UNDERPERFORMANCE, ConversationType.BEHAVIOUR_FEEDBACK})
MIN_TURNS_FOR_ABSENCE = 4  # below this, missing behaviour is "not observed", not a failure
MIN_TURNS_FOR_PLAN = 6
NEGATIVE_CODES = frozenset({Code.LABEL, Code.BLAME, Code.THREAT})
# Listening: how much the report could say per turn, whoever plays them (see rubric.yaml,
# "listening"). A scripted report's short lines must not make a listening manager look talkative.
REPORT_ROOM_WORDS = 25


def fair_share(m: ConversationMetrics) -> float | None:
    """The manager's share of the words the conversation could have held: their words against
    their words plus what the report could have said, at least ``REPORT_ROOM_WORDS`` a turn or
    the report's own mean turn if longer. A scripted report's short lines do not count against
    a manager who asked and stopped."""
    if not m.manager_words or not m.report_turns:
        return None
    report_mean = m.report_words / m.report_turns
    room = max(float(REPORT_ROOM_WORDS), report_mean) * m.report_turns
    return m.manager_words / (m.manager_words + room)


# An interrogation: why- or who-questions fired one after another in one turn ("Why were the
# wireframes late? Why no states? Why no edge cases?") accuse, whatever each one's form: never
# an open question praised, and the report hears blame (listening.as_heard).
_WHY = re.compile(r"^(?:(?:and|so|but|then|ok(?:ay)?|right|look)[,\s]+)*(?:why|who)\b")


def interrogates(text: str) -> bool:
    if is_unpunctuated(text):
        # spoken, with no question marks: "why cant you just get here at nine why is it always
        # mondays who do you think covers for you" fires them all the same
        low = canonical(text)
        fired = len(_WHY_SPOKEN.findall(low)) + len(_WHY_BARE.findall(low))
        # (a why put before any subject, "why the retry q fix is still open two weeks why four
        # tickets went to support why nobody knew anything", stacks the same way)
        opened = len(_WHY_OPENS.findall(low))
        return fired >= 2 or opened >= 3 or (fired >= 1 and opened >= 2)
    asked = [q for q in sentences(text) if q.rstrip().endswith("?")]
    return sum(1 for q in asked if _WHY.match(canonical(q).strip())) >= 2


# a why- or who-question's start in speech: the word and the verb that asks with it
_WHY_SPOKEN = re.compile(r"\b(?:why|who)(?: (?:on earth|exactly|the hell))? (?:can't|cant|is|isn't|"
                         r"isnt|are|aren't|arent|do|don't|dont|did|didn't|didnt|does|doesn't|"
                         r"doesnt|were|was|wasn't|wasnt|would|wouldn't|wouldnt|have|haven't|"
                         r"havent|should|will|won't|wont|told|said|let)\b")
# ... and with the auxiliary dropped, as many speakers of other first languages ask ("why you
# never ask kasia why you ship stuff you cannot test who you think catches it"); not the "why"
# of a clause ("thats why you were tired", "you dont have to see why you just sign")
_NO_CLAUSE_WORD = (r"(?<!\bthat's )(?<!\bthats )(?<!\bis )(?<!\bsee )(?<!\bknow )"
                   r"(?<!\bwonder )(?<!\bunderstand )(?<!\bexplain )(?<!\bme )(?<!\bask )")
_WHY_BARE = re.compile(_NO_CLAUSE_WORD + r"\b(?:why you (?!know\b|see\b)|who you think\b)")

# ... and any why that opens a clause of its own: not a clause's "why" ("thats why", "i want to
# understand why it slipped and why nobody flagged it") nor a suggestion ("why not try")
_WHY_OPENS = re.compile(_NO_CLAUSE_WORD + r"(?<!\band )(?<!\bor )(?<!\breason )(?<!\bout )"
                        r"(?<!\babout )\bwhy\b(?! not\b| dont we\b| don't we\b)")


def softens(ct: ManagerMove) -> bool:
    """The turn softens a message: coded a softener, and either carrying some feedback, said
    with a strong softener ("It's honestly not a big deal"), or neither a question, an offer
    nor a plan. "Reckon it's
    been a bit of a weird few months, yeah? How's it been landing for you?" opens the talk;
    there is no message in it to soften."""
    if not ct.has(Code.SOFTENER):
        return False
    message = FEEDBACK_CODES - {Code.SOFTENER}
    low = canonical(ct.turn.text)
    if not ct.has(*message) and OPENING_CHECK_IN.search(low):
        return False  # "i just wanted to sort of check in and see how youre getting on": an opener
    if ct.has(Code.ADVICE) and not ct.has(*message):
        # "Maybe you could try to break tasks into smaller pieces?": a suggestion put gently is
        # advice (fixing before asking), not a message softened until it is lost
        return False
    if ct.has(Code.FOLLOW_UP, Code.COMMITMENT) and not ct.has(*message) \
            and not SOFTENER_STRONG.search(low):
        # "Okay, sorry, so maybe we can talk again sometime next week?": a meeting or a step put
        # gently is a weak plan (planning says what it lacks), not a message hedged until lost
        return False
    if ct.has(Code.REFLECTION, Code.SUMMARY) and not ct.has(*message) \
            and not SOFTENER_STRONG.search(low) and any(
                GUESS_FRAME.search(x) and _YOU.search(x) and names_feeling(x)
                for x in map(canonical, sentences(ct.turn.text))):
        # "I'm guessing you're fed up, maybe feeling watched and a bit judged. Is that how it
        # is, or have I got it wrong?": a guess at their feeling put for checking, which
        # listening praises as taken in; no message in it to hedge (J41). The work hedged ("the
        # onboarding wireframes were maybe a little lighter than usual ... but honestly its
        # fine") is still softened, however it was coded, and so is a feeling guessed for
        # someone else ("Maybe it was only joke, I understand. But maybe she felt a little bit
        # bad?")
        return False
    if not ct.has(*message) and _OWN_NERVES.search(low) and not SOFTENER_STRONG.search(low):
        # "um i am a bit nervous honestly so i wrote some notes and i will read from them so i
        # say it properly": the manager's own nerves owned before the message, none in it yet
        return False
    # ("Okay, sorry. Is there anything I could do? Sorry, I don't want to pry." asks and
    # offers: no message in it either)
    return (ct.has(*message) or bool(SOFTENER_STRONG.search(low))
            or not (ct.has(Code.OPEN_QUESTION, Code.SUPPORT_OFFER) or _OFFERS_OR_ASKS.search(low)))


_YOU = re.compile(r"\byou(?:'re|'ve|'d)?\b")
# The manager's own nerves: "i am a bit nervous", "I'm not great at these", "bear with me"
_OWN_NERVES = re.compile(r"\b(?:i(?:'m| am) (?:a (?:bit|little) |quite |really |so )?(?:nervous|"
                         r"anxious)|i(?:'m| am) not (?:great|good|very good) at (?:these|this)|"
                         r"bear with me|i wrote (?:some|a few|it) (?:notes|down))\b")


# A yes/no question that offers help or asks after them: "Is there anything I could do?"
_OFFERS_OR_ASKS = re.compile(r"\b(?:anything (?:i|we) (?:can|could) do|can i help|how can i help|"
                             r"is (?:everything|it all|all) (?:ok|okay|alright|all right)|are you "
                             r"(?:ok|okay|alright|all right))\b")


# A change asked for that names nothing to do: "But we need to get it back.", "Things have to
# improve.", "This needs to change." (with no example beside it)
_VAGUE_NEED = re.compile(
    r"\b(?:need|needs|have|has|got|must|gotta)(?: to)? (?:get (?:it|this|that|things) back"
    r"(?: on track)?|improve|do better|get better|be better|change|sort (?:it|this|that)(?: out)?|"
    r"fix (?:it|this|that)|turn (?:it|this|that|things) around|step (?:it )?up|pick (?:it|"
    r"things) up|up (?:our|your|the) game|lift (?:our|your|the) game|get a grip|sort ourselves "
    r"out)(?: (?:a bit|a little|somehow|again|now|soon|quickly|going forward|from here|okay|"
    r"yeah|right))*\W*$"
)
_DEMAND = re.compile(
    r"\b(?:need|needs|have to|has to|got to|gotta|must|want you to|expect "
    r"you to|i'd like you to)\b"
)


# Agreement proposed in a meeting's jargon: "so let's align on that going forward", "let's get
# on the same page about it" (J24: praised as 'Clear expectation: "let's align on that going
# forward."')
_VAGUE_LETS = re.compile(
    r"\blet(?:'s| us) (?:(?:just|all|try to|make sure we) )?(?:align|get aligned|sync(?: up)?|"
    r"get on the same page|be on the same page|circle back|touch base|take (?:it|that|this) "
    r"offline)(?: (?:on|about|around|with) (?:that|this|it|them|the \w+))?(?: (?:going "
    r"forward|from here|moving forward|later|soon|then|okay|yeah))*\W*$")


def vague_ask(text: str) -> str:
    """The sentence of a vague ask to quote back ("Just be more careful from now on.")."""
    for s in sentences(text) or [text]:
        low = canonical(s)
        if vague_order(s) or _VAGUE_NEED.search(low) or _VAGUE_LETS.search(low):
            return s.strip()
    return text.strip()


def vague_need(text: str) -> bool:
    """Every sentence that asks for change names no behaviour ("We all have periods like this,
    it's okay. But we need to get it back.", "so let's align on that going forward", "Just be
    nicer in reviews from now on. Got it?"): an expectation for the level, but not a clear one
    to praise."""
    said = [canonical(s) for s in sentences(text)]
    ordered = [s for s in said if vague_order(s)]
    asked = [s for s in said if (_DEMAND.search(s) or _VAGUE_LETS.search(s))
             and not vague_order(s)]
    return bool(asked or ordered) and all(
        _VAGUE_NEED.search(s) or _VAGUE_LETS.search(s) for s in asked)


@dataclass(frozen=True)
class ManagerMove:
    """One manager turn as the competency rules read it: the turn, its codes and the report's
    previous words (domain.scores.CodedTurn is the stored, per-turn result)."""

    turn: Turn
    coding: TurnCoding
    context: str | None
    recent: str | None = None  # the report's last few turns: what a reflection may draw on
    said: str | None = None  # everything the report said before: what a summary may draw on

    @property
    def index(self) -> int:
        return self.turn.index

    def has(self, *codes: Code) -> bool:
        return any(c in self.coding.codes for c in codes)

    @property
    def n_words(self) -> int:
        return len(words(self.turn.text))


_TO_YOU = re.compile(r"\byou\b", re.I)
# what the manager wants of them, said of the work: "I'd like the wireframes by Friday"
_WANTS = re.compile(r"^(?:(?:and|so|but|also|then|okay|ok|now),?\s+)*(?:i(?:'d| would) (?:like|"
                    r"want|need)|i (?:need|want|expect)|i'm (?:asking|expecting) for|please)\b")
# what is asked of them: "you need to", "you must", "from now on"
_ASKED_OF_YOU = re.compile(r"\b(?:you (?:need|have|must|got) to|you must|i need you|i want you|"
                           r"i expect you|from now on|going forward|from (?:monday|tomorrow|next "
                           r"week|today))\b")
# "And I'll get Jun and Beatriz trained on the indexer": what the manager will do is no event
UNDERTAKING = re.compile(r"^(?:(?:and|so|then|also|okay|ok|now|right),?\s+)*(?:i'll|i will|"
                         r"i'm going to|i am going to|we'll|we will|let me|i can|we can)\b"
                         r"(?!\s+(?:see|tell|hear|show you|take (?:it|that) (?:that|as)|assume)\b)")
# thanks said to them ("Thank you, Hannah.") is no request of them, whatever its "you"
_THANKS = re.compile(r"^(?:(?:and|so|okay|ok|right|well),?\s+)*(?:thanks|thank you|cheers)\b")


# What others are said to think of them, not what anyone saw them do: "Your comments have been
# perceived as harsh by some people", "people find you a bit abrupt", "I've had feedback that..."
HEARSAY = re.compile(
    r"\b(?:(?:been |being )?perceived as|(?:come|comes|came|coming) across as|people (?:find|"
    r"found|feel|felt|think|thought|say|said|see) (?:you|your|that you)|(?:people|some|a few|"
    r"folks|colleagues|others) (?:have|has) (?:said|mentioned|told me|complained|raised|"
    r"commented|noticed)|i(?:'ve| have)? (?:had|heard|been told|received|got|gotten) (?:some |a "
    r"few |a couple of |several |a lot of |a bit of )?(?:feedback|complaints|comments|reports|"
    r"concerns|things)|i(?:'ve| have) heard(?! (?:that one|it all|this one|that excuse|that story|"
    # "I've heard that one before": their account waved away, not what others say of them
    r"all this|them all)\b)|i hear (?:that|you)|word is|there (?:have|has) been "
    r"(?:some |a few )?(?:feedback|complaints|concerns|comments)"
    # "See, I am getting complaints.", "everybody is talking", "people are saying things"
    r"|i(?:'m| am) (?:getting|hearing|receiving) (?:some |a few |a lot of |lots of )?(?:feedback|"
    r"complaints|comments|reports|concerns|things)|(?:everybody|everyone|people|the whole "
    r"(?:team|floor|office))(?:'s| is| are) (?:talking|saying things|complaining)\b"
    # "I've had three people in my office about you this month", "people keep coming to me
    # about you": who came, not what happened
    r"|\bi(?:'ve| have)? had (?:[\w-]+ ){0,2}(?:people|colleagues|folks|staff|members of (?:the|"
    r"your) team|complaints|visits)\b[^.;]{0,30}? about (?:you|your)\b"
    r"|\b(?:people|colleagues|folks|staff|they|others)(?: have| keep| kept| are| were)? (?:come|"
    r"coming|came|been coming|been in) (?:to (?:me|see me)|in(?:to my office)?|to my (?:door|"
    r"office|desk))\b[^.;]{0,20}? about (?:you|your)\b)\b")
# what pins hearsay to an occasion: a quote, a dated day, or the meeting or thread it was in
_PINNED = re.compile(
    r"[\"\u201c]|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b\d{1,2}"
    r"(?:st|nd|rd|th)?\b|\b(?:retro|stand-?up|crit|review on|meeting|call|channel|thread|email|"
    r"pull request|pr|post)\b")


def hearsay(sentence: str) -> bool:
    """What others think of them, pinned to no occasion and quoting nothing they did."""
    low = canonical(sentence)
    return bool(HEARSAY.search(low)) and not _PINNED.search(low)


# a case imagined, not one that happened: "In my lab, if a postdoc missed three deadlines in a
# row, we'd be discussing whether they had a future"
_HYPOTHETICAL = re.compile(r"\b(?:if|suppose|supposing|imagine)\b[^.;]*?\b(?:would|we'd|i'd|"
                           r"you'd|they'd|he'd|she'd|wouldn't)\b")


def imagined(text: str) -> bool:
    """Every sentence of the turn is a case imagined ("In my lab, if a postdoc missed three
    deadlines in a row, we'd be discussing whether they had a future"), a case from somewhere
    else ("In the mine, a worker who breaks his word twice, he goes home.") or harm denied
    ("Here, nobody gets hurt, but still."), beside a bare name: no event, no impact."""
    said = [canonical(s).strip() for s in sentences(text) or [text]]
    said = [s for s in said if len(s.split()) > 1]  # "Leanne." is said to them, not of them
    return bool(said) and all(_HYPOTHETICAL.search(s) or _NO_HARM.search(s) or (
        # (of nobody here and no day: "In the mine on Tuesday you..." is theirs)
        _ELSEWHERE.match(s) and not _YOURS.search(s) and not _DATED.search(s))
        for s in said)


_YOURS = re.compile(r"\b(?:you|your|you're|you've|you'd|you'll)\b")
_DATED = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
                    r"today|last (?:week|month)|january|february|march|april|june|july|august|"
                    r"september|october|november|december|\d+)\b")


# a case from another place the manager knows: the mine, their classroom, the army, back home
_ELSEWHERE = re.compile(r"^(?:(?:so|and|but|look|well|you know)[,]?\s+)*(?:in (?:the|my|our) "
                        r"(?:mine|mines|army|navy|military|classroom|school|village|country|"
                        r"old (?:job|team|company|place))|in my day|where i (?:come from|used to "
                        r"work|grew "
                        r"up|trained)|back (?:home|in my day|when i)|at my (?:old|last|previous) "
                        r"(?:job|company|place|team))\b")
# harm denied: "Here, nobody gets hurt", "no harm done", "it didn't matter"
_NO_HARM = re.compile(r"\b(?:nobody|no one|no-one) (?:gets|got|was|is|will be) (?:hurt|harmed|"
                      r"affected)|\bno harm (?:done|came of it)\b|\bit (?:didn't|did not|doesn't) "
                      r"(?:really )?matter\b")


def tells_event(sentence: str) -> bool:
    """The sentence tells what happened (``describes_event``), and is not the manager's own
    undertaking, nor hearsay about them with no occasion in it ("Last week your comments were
    perceived as harsh by some people" says no situation and quotes no behaviour)."""
    low = canonical(sentence)
    # (nor their step set in the present, "ok so you take the team lead role next cycle and ill
    # get you promoted by march easy", whose "promoted" read as a past: J44's Chennai lead was
    # praised 'Specific example' for it)
    return ((describes_event(sentence) or _theirs_dated(low)) and not UNDERTAKING.match(low)
            and not PRESENT_STEP.match(low.strip())
            and not hearsay(sentence) and not _HYPOTHETICAL.search(low)
            and not _ASKED_BY_A_DAY.match(low) and not _DEMANDED_AHEAD.match(low))


# a request for what is due, put as a question: "Can you have the retry fix done by Friday?"
# asks for the future; it tells nothing that happened
_ASKED_BY_A_DAY = re.compile(r"^(?:(?:so|and|okay|ok|right|then)[,]?\s+)*(?:can|could|will|would) "
                             r"you\b[^?]*\b(?:by|before|until|for)\b[^?]*\?\s*$")


# ...nor is what is asked from now on, said as a demand: "I need you logged in by nine every day
# from Monday." (J34: praised "Specific example and clear expectation" for its "logged" and its
# Monday); what was asked before and what came of it is told ("I needed you in on Monday 2
# November and you came at 9:47.")
_DEMANDED_AHEAD = re.compile(
    r"^(?:(?:so|and|okay|ok|right|then|now|but|look)[,]?\s+)*(?:i(?:'d| would)? (?:need|want|"
    r"expect|like)|i'm (?:asking|expecting)|you (?:need|have|must|'ve got|will need) to|you must|"
    r"(?:from|starting) (?:now on|now|tomorrow|today|monday|next week|this week)[,]? you)\b"
    r"(?![^.?!]*\b(?:and|but) (?:you|it|the|that|this)\b[^.?!]*\b(?:was|were|did|didn't|came|"
    r"went|logged|missed|called)\b)"
    r"(?=[^.?!]*\b(?:from|by|starting|every|each|before|going forward|from now on|on time)\b)"
    r"(?![^.?!]*\b(?:yesterday|last|ago|was|were|did|didn't)\b)")


# what they wrote or said, quoted: "You wrote 'obviously wrong'.", "you said "not my problem""
_QUOTES_THEM = re.compile(r"^(?:(?:so|and|then|okay|ok|look|also)[,]?\s+)*you (?:wrote|said|posted|"
                          r"commented|typed|replied|put|told (?:\w+|the \w+)),?:? ?['\"‘“(]")
_RECALLED = re.compile(r"\b(?:we|you) (?:had )?(?:agreed|promised|committed to)\b")
# a thing of theirs named with its day, verb or none: "Your post in #releases on 29 October, in
# front of everybody, not nice lah." (not what is due: "Your review is on Friday 4 December")
_THEIRS = re.compile(r"^(?:(?:so|and|also|then|okay|ok|look)[,]?\s+)*your [\w#'-]+"
                     r"(?: [\w#'-]+){0,4}? (?:on|in|at|from|during)\b")
_AHEAD = re.compile(r"\b(?:will|'ll|going to|next|due|by|is on|are on|coming|upcoming)\b")


def _theirs_dated(low: str) -> bool:
    return bool(_THEIRS.match(low) and SPECIFIC_TIME.search(low) and _DAY_OF.search(low)
                and not _AHEAD.search(low))


# a date with its day of the month or its month: "29 October", "the 12th", "Oct 26"
_DAY_OF = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                     r"nov|dec)[a-z]*\b")


def tells_what_happened(text: str) -> bool:
    """Some sentence of the turn tells what happened (``tells_event``), or the turn does when it
    is told in fragments ("Look, the #releases post. On the 29th. With Leo's screenshot. That
    landed badly.": the day, the thing and what it did are one example)."""
    said = sentences(text) or [text]
    if any(tells_event(s) for s in said):
        return True
    # (a word of agreement is no fragment of an example: "Good. So, to play it back: you keep
    # review comments about the code, ... Did I miss anything?", J34)
    # (nor is a word of note-taking, whose "-ed" reads as a past: "Noted. Item four: the
    # expectation. From Monday you log in by 9:00, ..." was praised "Specific example"; J37)
    told = [s for s in said if not _ACK_ALONE.match(canonical(s).strip())]
    return len(said) > 1 and any(_FRAGMENT.match(canonical(s)) for s in told) \
        and tells_event(" ".join(told))


# a piece of a sentence said on its own: "On the 29th.", "With Leo's screenshot."
_FRAGMENT = re.compile(r"^(?!.*\b(?:is|was|were|are|am|did|does|do|had|have|has|\w+ed|i|we|you|"
                       r"he|she|they|i'll|we'll|you'll|let's|i'm|we're|you're|i'd|we'd)\b)"
                       r"(?:\S+\s+){0,4}\S+$")


# what tells no impact after the example: "Sorry.", "I'm so sorry about that.", "Okay?"
_NO_IMPACT = re.compile(r"^(?:(?:i'm|i am|so|really|very|and|again)\s+)*(?:sorry|apologies)\b|"
                        r"^\W*(?:\w+\W*){0,2}$")


def says_step(sentence: str) -> bool:
    """The sentence says a step, the manager's or theirs, in the words a plan is put in ("you'll
    ...", "let's ...", "I talk with the devrel lead ...")."""
    from roleplay.scoring.reading import UNDERTAKES  # (reading reads moves)
    low = canonical(sentence).strip()
    # (a step in a later clause counts too: "So part-time hours for December, ..., and I talk
    # to HR about carer's leave this week." was passed over for the meeting after it)
    # (with no "so" before it too: "From Monday you write tests for every change ...", not "I
    # don't want excuses." before it, J40)
    return bool(_PLANS.search(low) or PRESENT_STEP.match(f"so {low}") or _PAIRED_STEP.match(low)
                or UNDERTAKES.search(low)
                or any(UNDERTAKES.search(c.strip()) for c in _RUN_ON.split(low)[1:]))


def _picked(text: str, codes: frozenset[Code] | set[Code], limit: int) -> str:
    """The sentence (or the run of the turn) that shows ``codes``, not yet shortened."""
    if Code.OBSERVATION in codes and len(text) > max(limit - 40, 60):
        told = [s for s in sentences(text) if tells_event(s)]
        # a dated one first: "Camera off at crit on the 22nd..." over "Since the reorg you've
        # kinda checked out."
        # (what became of an agreement before the agreement recalled: "The check-in got
        # cancelled twenty minutes before, and the fix didn't ship." over "Two weeks ago we
        # agreed the retry fix for Friday 13 November")
        # (and one that reads as an observation over praise told as what happened: "Four weeks
        # ago today, Tuesday the 27th of October, ... the public review said ..." over "the
        # latency work is the best thing to come off search this quarter")
        told.sort(key=lambda s: (bool(_RECALLED.search(canonical(s))),
                                 Code.OBSERVATION not in match(s).codes,
                                 not SPECIFIC_TIME.search(canonical(s))))
        # their own words quoted back ("You wrote 'obviously wrong, any junior knows this'.")
        # are the behaviour, before what someone else did after it ("She didn't post for two
        # days.", J45's terse patissier: praised 'Specific example' for the reaction)
        quoted = [s for s in sentences(text) if _QUOTES_THEM.match(canonical(s).strip())
                  and s not in told]
        if quoted and not any(_TO_YOU.search(s) for s in told):
            told = quoted[:1] + told
        if told and Code.IMPACT in codes and Code.IMPACT not in match(told[0]).codes:
            # "Specific example and impact" quotes the impact said after the example ("On
            # Monday, Oct 26, you called in sick at 8:52. Tom covered the morning...") too
            said = sentences(text)
            after = said[said.index(told[0]) + 1:][:1] if told[0] in said else []
            if after and _impact_after(after[0]):
                return _span(text, told[0], after[0])
        if told and _RECALLED.search(canonical(told[0])):
            # the agreement recalled is quoted with what became of it, the sentence after it
            said = sentences(text)
            after = said[said.index(told[0]) + 1:][:1] if told[0] in said else []
            if after and not after[0].rstrip().endswith("?"):
                both = _span(text, told[0], after[0])
                if len(both) <= limit:
                    return both
        if told:
            return told[0]
    # (praised as the step, the support and the follow-up at once, the quote shows all three,
    # not the offer alone: "I'll free up her afternoon.")
    if Code.SUPPORT_OFFER in codes and not codes & {Code.COMMITMENT, Code.FOLLOW_UP} \
            and len(text) > max(limit - 40, 60):
        offered = next((s for s in sentences(text) if manager_acts(s)), None)
        if offered is not None:  # "I'll ask HR what the contract allows", not the thanks before
            return offered
    if codes & PLAN_CODES and len(text) > max(limit - 40, 60):
        # (the manager's step in a non-native present, "Okay, I talk with the devrel lead about
        # a shadow day for you", is a step too, not only the meeting booked after it)
        said = [s for s in sentences(text) if says_step(s)]
        # "Ok let's do this." only takes the plan up: the step is the sentence that sets it
        # ("You think about the team-lead role and tell me by Friday 27 November.")
        # ("Let's honour that. For the next two weeks, no commits after eight ... I'll tell
        # Marcus the rota is his." quotes the step after it, never the taking up)
        if said and all(_TAKES_UP_ONLY.match(canonical(s)) for s in said):
            said = [s for s in sentences(text) if not _TAKES_UP_ONLY.match(canonical(s))
                    and SPECIFIC_TIME.search(canonical(s))] or said
        elif said and _TAKES_UP_ONLY.match(canonical(said[0])):
            told = sentences(text)
            after = told[told.index(said[0]) + 1:][:1] if said[0] in told else []
            said = [s for s in after if not s.rstrip().endswith("?")
                    and not MEETS_AGAIN.search(canonical(s))] + [
                s for s in said if not _TAKES_UP_ONLY.match(canonical(s)) and s not in after]
        # "To sum up: you want honesty..., and you're going to your final round" recaps what
        # they said; the plan is the sentence after it ("I'll find out by Friday...")
        said = [s for s in said if not _SUMS_UP.match(canonical(s))] or said
        # the meeting booked in any words ("...and we meet on the 26th."), never the "Did I
        # forget something?" after it
        booked = [s for s in sentences(text) if MEETS_AGAIN.search(canonical(s))]
        # the follow-up is the sentence that books it; a step the sentence that sets it, never
        # the thanks or the acknowledgement before it
        best = (booked if Code.FOLLOW_UP in codes else []) + said
        step = [s for s in said if s not in booked] or said
        if codes - {Code.FOLLOW_UP} and step:
            # "Support and follow-up" quotes the offer, then the sentence booking the meeting
            # when both fit; the step or the offer alone when they do not
            if Code.FOLLOW_UP in codes and booked and booked[0] not in step[:1]:
                both = _span(text, step[0], booked[0])
                return both if len(both) <= limit else step[0]
            # "Next step and support" quotes their step with the manager's part beside it
            # ("So Kasia pairs with you on Thursday ... I'll clear your Friday afternoon for it
            # too.", J40) when both fit
            helps = [s for s in said if s is not step[0] and manager_acts(s)]
            if Code.SUPPORT_OFFER in codes and helps and not manager_acts(step[0]):
                both = _span(text, step[0], helps[0])
                return both if len(both) <= limit else step[0]
            return step[0]
        if best:
            return best[0]
    if codes and len(text) > max(limit - 40, 60):
        sents = match(text).sentences
        showing = [s for s in sents if s.codes & codes or (
            Code.OPEN_QUESTION in codes and s.open_question) or (
            Code.CLOSED_QUESTION in codes and s.closed_question)]
        # "I hear you." before "It sounds like you feel...": the bare acknowledgement is not
        # the quote when a sentence with content shows the same move
        showing = [s for s in showing if len(s.text.split()) > 3
                   and not BARE_ACKNOWLEDGEMENT.match(canonical(s.text))] or showing
        checked: list[SentenceMatch] = []  # the sentences a bare check after them checks
        if codes & {Code.OBSERVATION, Code.IMPACT, Code.EXPECTATION} and not (
                codes & PLAN_CODES):
            # the expectation is what they are to do, not the manager's own undertaking before
            # it ("I'll find out from HR ... by Friday" before "You text me the night before")
            # (their own wish said back, "So you'd want to own something again", is no
            # expectation; a request, "Could you get the states to me by Friday?", may be)
            # ("And I'd like the wireframes with states by Friday 27 November." asks it too)
            theirs = [s for s in sents if not UNDERTAKING.match(canonical(s.text))
                      and not _THANKS.match(canonical(s.text))
                      and (_TO_YOU.search(s.text) or _WANTS.match(canonical(s.text)))
                      and not s.codes & {Code.REFLECTION, Code.SUMMARY}
                      and (not s.text.rstrip().endswith("?") or _REQUEST.match(canonical(s.text)))]
            # (what is asked of them before kind words about them: "But I need you hitting your
            # dates.", not "Now I know you're a hard worker." before it)
            # "Can you do that?" only checks the sentence before it: that sentence is the
            # expectation to quote, never the check (J42's "Left": 'Clear expectation: "Can you
            # do that?"' after "The handover needs everyone there at nine.")
            checked = [before for before, s in itertools.pairwise(sents)
                       if s.text.rstrip().endswith("?")
                       and BARE_CHECK.match(canonical(s.text).strip())
                       and not before.text.rstrip().endswith("?")
                       and not UNDERTAKING.match(canonical(before.text))]
            theirs = checked[-1:] + [s for s in theirs if s not in checked[-1:]
                                     and not BARE_CHECK.match(canonical(s.text).strip())]
            theirs.sort(key=lambda s: (s not in checked, s.text.rstrip().endswith("?"),
                                       not (_WANTS.match(canonical(s.text))
                                            or _ASKED_OF_YOU.search(canonical(s.text)))))
            showing = [s for s in showing if not UNDERTAKING.match(canonical(s.text))
                       and not BARE_CHECK.match(canonical(s.text).strip())] or (
                theirs[:1] if Code.EXPECTATION in codes else []) or showing
        if showing and Code.EXPECTATION in codes and not codes & PLAN_CODES:
            # how the manager means to say it, "Let me be straight with you, because you
            # deserve that.", is no expectation to quote when a sentence after it sets one; and
            # the sentence that states the bar ("That's the standard I need, every change tested
            # before review.") comes before a rule of thumb told first (J34, J35)
            unsaid = [s for s in showing if not _SPEAKS_FIRST.match(canonical(s.text))]
            the_bar = [s for s in sents if _STATES_BAR.search(canonical(s.text))
                       and not s.text.rstrip().endswith("?") and not s.codes & {
                           Code.REFLECTION, Code.SUMMARY}]
            showing = sorted(unsaid or showing,
                             key=lambda s: not _STATES_BAR.search(canonical(s.text)))
            if the_bar and not _STATES_BAR.search(canonical(showing[0].text)):
                showing = the_bar[:1] + showing
        # two expectations, each checked ("I need you in by nine. Is that clear? And when
        # you're going to be late, you text me before eight. Can you do that?"): the quote is
        # the last one checked, the one their reply answers and a "though they said no to it"
        # names, whichever of the two the coder or the bar's words single out (J44's brief)
        asked_of_them = [s for s in checked if not _THANKS.match(canonical(s.text))
                         and not s.codes & {Code.REFLECTION, Code.SUMMARY}]
        if len(asked_of_them) > 1 and Code.EXPECTATION in codes:
            showing = asked_of_them[-1:] + [s for s in showing if s is not asked_of_them[-1]]
        if not showing and Code.EXPECTATION in codes and not codes & PLAN_CODES:
            # no sentence shows it by its own words: the one that states the bar, else the
            # turn from past how the manager means to say it
            stated = [s for s in sents if _STATES_BAR.search(canonical(s.text))
                      and not s.text.rstrip().endswith("?")]
            if stated:
                return _with_when(text, sents, stated[0].text, limit)
            if len(sents) > 1 and _SPEAKS_FIRST.match(canonical(sents[0].text)):
                return _from(text, sents[1].text)
        if showing:
            # "Here's the impact I'm worried about." only announces what follows: the quote
            # runs on into the sentence that says it
            if _ANNOUNCES.match(canonical(showing[0].text)) and showing[0] is not sents[-1]:
                whole = _from(text, showing[0].text)
                # (too long to show, it is the sentence that says it: "Here is the thing." is
                # no quote of an expectation)
                said_next = sents[sents.index(showing[0]) + 1].text
                return whole if len(whole) <= limit or Code.EXPECTATION not in codes \
                    else said_next
            # "and going forward if you're going to be late" is only the condition of the
            # request after it: the quote runs on into the clause it belongs to
            at = sents.index(showing[0])
            # (the request alone when both are too long to show whole)
            if _DEPENDENT.match(canonical(showing[0].text)) and at + 1 < len(sents):
                whole = f"{showing[0].text} {sents[at + 1].text}"
                return whole if len(whole) <= limit else sents[at + 1].text
            if Code.EXPECTATION in codes and not codes & PLAN_CODES:
                return _with_when(text, sents, showing[0].text, limit)
            return showing[0].text
        # impact said in words no cue knows follows the example it belongs to ("On Monday
        # you logged in at 9:47. Waits hit 14 minutes."); a preamble is never the quote
        seen = next((i for i, s in enumerate(sents) if Code.OBSERVATION in s.codes), None)
        if Code.IMPACT in codes and seen is not None and seen + 1 < len(sents):
            # (a bare "Sorry." or "Okay?" after the example says no impact: J36 saw "Impact:
            # "Sorry."" praised; the impact told in the example's own sentence, "..., and Tom
            # covered both times", is then the quote)
            told_after = [s for s in sents[seen + 1:] if not _NO_IMPACT.match(canonical(s.text))
                          and not BARE_ACKNOWLEDGEMENT.match(canonical(s.text))]
            return _from(text, told_after[0].text) if told_after \
                else _last_clause(sents[seen].text)
        first = next((s for s in sents if s.codes), None)
        start = first.text if first is not None else ""
        if first is not None and not first.codes & codes:
            # "I'm telling you because I value you" shows praise, not the impact said before it
            # in words no cue knows: the quote starts at the sentence before it that shows no
            # other move
            before = sents[:sents.index(first)]
            plain = next((s for s in before if len(s.text.split()) > 3), None)
            start = plain.text if plain is not None else start
        return _from(text, start)
    return text


def quote_for(text: str, codes: frozenset[Code] | set[Code] = frozenset(),
              limit: int = 200) -> str:
    """The manager's own words that show ``codes``: the sentence that carries one, else the turn
    (a specific example is the sentence that describes what happened). A run-on sentence too
    long to show starts at the clause that shows them, not at the preamble before it."""
    picked = _picked(text, codes, limit)
    if codes & PLAN_CODES:
        picked = _step_named_before(text, picked, limit)
    run = _in_fragments(text, picked)
    if run != picked:  # notes told in a run are quoted as the run, cut only at the end
        return _whole_quotes(shorten(run, limit))
    picked = _closed_quote(text, picked)
    return _whole_quotes(shorten(_past_preamble(picked, codes) if len(picked) > limit else picked,
                                 limit))


# a step named as a fragment and approved, the step a plan takes up: "Owning the onboarding flow
# end to end, I like that.", "Kasia walking you through the order states, that's a good idea."
_NAMED_STEP = re.compile(r"^(?P<step>[^.?!]+?)\s*(?:,|-|–|—)\s*(?:(?:yes|yeah|okay|ok|good|great)"
                         r"[,.!]?\s+)?(?:i (?:really )?like (?:that|it|the sound of that)|"
                         r"i love (?:that|it)|(?:that's|that is|that sounds like) a (?:good|great|"
                         r"fine|smart) (?:idea|plan|step|shout)|(?:good|great) (?:idea|plan|shout)|"
                         r"love it|(?:let's|we'll) do (?:that|it))[.!]?$")
STEP_NAMED_WORDS = 3  # words of its own a fragment needs to be a step named


def _step_named_before(text: str, picked: str, limit: int) -> str:
    """The plan quoted from the step it took up when that step is the sentence before the
    quote, named as a fragment and approved ("Owning the onboarding flow end to end, I like
    that. I'll talk to the Core Experience lead this week ..."): the quote that left it out
    showed the support and not the step (J29 left "Pairing with Jun on the indexer every week,
    I like that." out of the stage manager's plan)."""
    said = sentences(text)
    if picked not in said or said.index(picked) == 0:
        return picked
    before = said[said.index(picked) - 1]
    found = _NAMED_STEP.match(canonical(before).strip())
    if found is None or len(found.group("step").split()) < STEP_NAMED_WORDS:
        return picked
    both = _span(text, before, picked)
    return both if len(both) <= limit else picked


# what comes before a quotation cut off: its opening words and a joining word ("... you wrote
# "Did you even run this?" and "This is…")
_BEFORE_CUT = re.compile(r"(?:[\s,;:]|\b(?:and|or|but|then|with|like|as)\b)*$")


def _whole_quotes(short: str) -> str:
    """A shortened quote never stops inside a quotation it opens: 'you posted in #releases, in
    front of about 180 people, "Another…' is cut before the quotation instead, 'you posted in
    #releases, in front of about 180 people…' (a quotation it leaves open reads as a typo)."""
    if not short.endswith("…") or short.count('"') % 2 == 0:
        return short
    head = short[:short.rfind('"')]
    kept = _BEFORE_CUT.sub("", head).rstrip()
    # (nothing worth quoting before it: the cut stands)
    return kept + "…" if len(kept.split()) >= 4 else short


def _closed_quote(text: str, quote: str) -> str:
    """``quote`` run on to the end of the sentence that closes a quotation it opens: "On
    Thursday 29 October you posted in #releases, "Another release blocked by mobile's untested
    build." stops inside what was posted."""
    if quote.count('"') % 2 == 0 and quote.count("“") <= quote.count("”"):
        return quote
    at = text.find(quote)
    if at < 0:
        return quote
    rest = text[at + len(quote):]
    close = re.search(r'["”]', rest)
    if close is None:
        return quote
    end = re.search(r"[.!?](?=\s|$)", rest[close.end():])
    stop = close.end() + (end.end() if end else len(rest) - close.end())
    return quote + rest[:stop]


# a clause that opens with its subject, after any "and", "so", "okay" (a note has none:
# "Merged Tuesday 20 October.", "No tests.", "Retry fix not shipped.")
SUBJECT_START = re.compile(r"^(?:(?:and|so|but|then|also|okay|ok),?\s+)*(?:i|you|we|he|she|they|"
                           r"it|there|this|that|i'm|you're|we're|it's|that's|there's|let's)\b")


def _note(sentence: str) -> bool:
    low = canonical(sentence)
    return len(low.split()) <= 8 and not SUBJECT_START.match(low) \
        and not low.rstrip().endswith("?") and not _FINITE.search(low)


# a clause with a verb of its own ("Aisha's had it up to here with you."): no note
_FINITE = re.compile(r"'s (?:had|been|got|gone)\b|\b(?:is|are|was|were|has|have|had|did|does|"
                     r"do|will|would|can|could|should|must)\b")


# a list marker or heading read out: "Point one.", "Impact.", "Next steps.", "Your side."
_MARKER = re.compile(r"^(?:(?:point|item|number|issue|thing|step) (?:one|two|three|four|five|"
                     r"\d+)|first(?:ly)?|second(?:ly)?|third(?:ly)?|next(?: steps?)?|impact|"
                     r"context|background|your side|summary|finally|lastly|also|so|okay|right)"
                     r"[.:]$", re.I)


def _in_fragments(text: str, quote: str) -> str:
    """A fragment told among fragments ("Point one. PR 4812, discount codes. Merged Tuesday 20
    October. No tests.") is quoted with the run it belongs to, from the first fragment that is
    no list marker: "Merged Tuesday 20 October." alone says nothing of what was merged."""
    said = sentences(text)
    if quote not in said or len(said) < 2 or not _note(quote):
        return quote
    at = said.index(quote)
    start = at
    while start > 0 and _note(said[start - 1]) and not _MARKER.match(said[start - 1].strip()):
        start -= 1
    end = at
    while end + 1 < len(said) and _note(said[end + 1]):
        end += 1
    return quote if start == end else _span(text, said[start], said[end])


# A clause that only sets the condition or the time of what follows it
_DEPENDENT = re.compile(r"^(?:(?:and|so|but|then|also|okay|ok|right|um|uh)[,]?\s+)*(?:(?:going "
                        r"forward|from now on|in future|in the future|next time)[,]?\s+)?(?:if|"
                        r"when|whenever|unless|because|since|as soon as|once|before|after|while)"
                        r"\b(?!.*[,;:]\s*\w)")
# Where a run-on spoken sentence may be cut: a comma, or a conjunction starting a clause
_RUN_ON = re.compile(r"[,;:]\s+|\s+(?=(?:and|but|so)\s)")
_LEADING_JOIN = re.compile(r"^(?:and|but|so)\s+", re.I)


def _shows(clause: str, codes: frozenset[Code] | set[Code]) -> bool:
    """The clause shows one of ``codes``: an event told for an example, a step or an
    undertaking for the plan, else what the pattern cues read in it."""
    low = canonical(clause)
    pm = match(clause)
    return bool(pm.codes & set(codes)) or (
        Code.OPEN_QUESTION in codes and any(x.open_question for x in pm.sentences)) or (
        Code.OBSERVATION in codes and (tells_event(clause) or bool(SPECIFIC_TIME.search(low)))) or (
        Code.COMMITMENT in codes and bool(_PLANS.search(low) or _THEIR_STEP_SAID.match(
            _SUMS_UP.sub("", low).lstrip(" :,")))) or (
        Code.SUPPORT_OFFER in codes and (manager_acts(clause) or bool(UNDERTAKING.match(low)))
    ) or (Code.FOLLOW_UP in codes and bool(
        # (or in other words, "we'll have a chat again in a few weeks": the clause to quote as
        # the follow-up, not the "see how you're getting on" after it; J29)
        (MEETS_AGAIN.search(low) or AGAIN_IN_OTHER_WORDS.search(low)) and _BOTH.search(low)))


# their step said in the present after a recap's opener: "So to sum up: you fix the laptop setup
# with Aisha on Wednesday, ..., and I will check again next Monday" is quoted from its step, not
# from the manager's check at the end (J33)
_THEIR_STEP_SAID = re.compile(r"^(?:(?:so|and|okay|ok|then|right)[,]? )*you (?!(?:are|were|have|"
                              r"had|feel|felt|said|told|think|thought|know|knew|want|seem|did|"
                              r"didn't|don't|can't|won't|weren't|wasn't|never|always|just|"
                              r"still)\b)[a-z]+(?<!ed)\b")


# the two of them, as a meeting booked names them: "we review on Dec 8", "I'll check in with you"
_BOTH = re.compile(r"\b(?:we|we'll|let's|us|with you|you and i|the two of us)\b")


def _impact_after(sentence: str) -> bool:
    """The sentence after an example says what it led to: the cues read impact in it, or it
    is a plain statement that shows no other move than more of what happened (not a
    question, not the next request)."""
    found = match(sentence).codes
    return Code.IMPACT in found or (not found - {Code.OBSERVATION}
                                    and not sentence.rstrip().endswith("?"))


def _past_preamble(quote: str, codes: frozenset[Code] | set[Code]) -> str:
    """``quote`` from its first clause that shows any of ``codes``: "so um the thing is and i
    dont want this to sound like a telling off but there have been a few mornings where the
    login has been late..." is quoted from "there have been..."; a recap ("So just to
    summarize: the Oct 26 and Nov 16 sick calls ...; you'll be on at 9:00 ...") from its first
    step. Unchanged when no clause shows them."""
    # ("with its states and edge cases by next Wednesday" joins two nouns, no clauses: a cut
    # before "and" needs a subject after it, else the quote starts "edge cases by...", J23)
    cuts = [0] + [m.end() for m in _RUN_ON.finditer(quote)
                  if m.group().strip() or SUBJECT_START.match(canonical(quote[m.end():]))]
    if is_unpunctuated(quote):
        # a recogniser writes no commas: a clause told in the past starts where its subject
        # does ("ok priya thank you for coming dont worry i am not here to shout we agreed two
        # weeks ago the retry fix ..." is quoted from "we agreed", J40)
        cuts = sorted({*cuts, *(m.start() for m in _TOLD_CLAUSE.finditer(quote))})
        if codes & {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            # ... and a question asked after a statement in a run-on is quoted from its wh-word
            # ("from now nothing goes to qa without tests you saw pass yourself so what is the
            # first small step you would take" from "what is"; "what the role needs is ..." is
            # the statement, not the question)
            asked = [m.start() for m in _ASKED_ALOUD.finditer(quote)]
            for at, nxt in itertools.pairwise([*asked, len(quote)]):
                if _shows(quote[at:nxt], codes):
                    return quote[at:]
    for at, nxt in itertools.pairwise([*cuts, len(quote)]):
        if _shows(quote[at:nxt], codes):
            return _LEADING_JOIN.sub("", quote[at:].lstrip(" ,")) if at else quote
    return quote


_ASKED_ALOUD = re.compile(r"(?<=\s)(?:what|how|which|where|when|who)(?: [a-z]+){0,3}?(?:'s| is| "
                          r"are| would| could| do| does| did| can| will| might| makes?| helps?) "
                          r"(?:you|your|i|we|that|it|this|the|one)\b|"
                          # "... its just i need to understand whats going on for you"
                          r"(?<=\s)(?:what|how)(?:'s|s) (?:going on|happening|been|changed)\b",
                          re.I)
# ("i need ..." is no past: its "-ed" is the word's own)
_TOLD_CLAUSE = re.compile(r"(?<=\s)(?:we|you|i|it|they|he|she) (?:(?!(?:need|feed|proceed|"
                          r"succeed|exceed|speed)\b)\w+ed|did|didn't|didnt|were|"
                          r"was|had|came|went|sent|wrote|missed|forgot|left|broke|took)\b",
                          re.I)


# a clause whose subject is someone named: "and Tom covered both times"
_NAMED_SUBJECT = re.compile(r"^(?:(?:and|so|but|then)\s+)?(?!I\b)[A-Z][a-z]+\s+(?!and\b)[a-z]")


def _last_clause(sentence: str) -> str:
    """The sentence's last clause with a subject of its own ("Tom covered both times and two
    priority callbacks were missed." out of "..., but you called in sick at 8:52 on Monday 26
    October, and Tom covered both times and ..."): where an impact told after the example in
    the same sentence is; the sentence itself when it has one clause."""
    cuts = [m.end() for m in _RUN_ON.finditer(sentence)
            if m.group().strip() and (SUBJECT_START.match(canonical(sentence[m.end():]))
                                      or _NAMED_SUBJECT.match(sentence[m.end():]))]
    if not cuts:
        return sentence
    rest = _LEADING_JOIN.sub("", sentence[cuts[-1]:].lstrip(" ,"))
    return rest[:1].upper() + rest[1:] if len(rest.split()) > 3 else sentence


def _with_when(text: str, sents: list[SentenceMatch], bar: str, limit: int) -> str:
    """The bar quoted with its start said as a fragment ("Bar: comments go to the code, not the
    person. From today."): never the fragment alone, nor the bar without it when both fit."""
    said = [s.text for s in sents]
    at = said.index(bar) if bar in said else -1
    if at < 0:
        return bar
    if _WHEN_FRAGMENT.match(canonical(bar).strip()) and at > 0 \
            and not UNDERTAKING.match(canonical(said[at - 1])):
        both = _span(text, said[at - 1], bar)
        return both if len(both) <= limit else said[at - 1]
    if at + 1 < len(said) and _WHEN_FRAGMENT.match(canonical(said[at + 1]).strip()):
        both = _span(text, bar, said[at + 1])
        return both if len(both) <= limit else bar
    return bar


def _span(text: str, first: str, last: str) -> str:
    """``text`` from the sentence ``first`` to the end of the sentence ``last`` (the two
    joined when they cannot be found in order)."""
    a, b = text.find(first), text.find(last)
    return text[a:b + len(last)] if 0 <= a < b else f"{first} {last}"


# A check after an expectation: "Can you do that?", "Okay?", "Is that clear?", "Got it?"
BARE_CHECK = re.compile(r"^(?:(?:and|so|okay|ok|right)[,]? )?(?:(?:can|could|will|would) you "
                        r"(?:do|manage|make) (?:that|this|it)(?: for me)?|ok|okay|alright|all "
                        r"right|understood|(?:do you )?understand(?: me)?|got it|is that clear|"
                        r"are we clear|clear|deal|agreed|"
                        r"yes|right|fair|is that fair|does that make sense)\W*$")


_REQUEST = re.compile(r"^(?:(?:so|and|okay|ok|then),? )*(?:could|can|would|will) you\b")
# A sentence that only announces the next one: "Here's what I need going forward.", "Here's the
# impact I'm worried about.", "What I need is this:"
# how the manager means to speak, said first: "Let me be straight with you.", "I'll be honest."
_SPEAKS_FIRST = re.compile(r"^(?:(?:so|and|okay|ok|right|look|now|listen),? )*(?:let me be|i'll be|"
                           r"i will be|i want to be|i'm going to be|i'm gonna be|to be) (?:very |"
                           r"really |quite |totally |completely )?(?:straight|honest|clear|frank|"
                           r"direct|blunt|upfront|open)\b")
# the bar itself: "That's the standard I need", "what I need is", "I expect", "from Monday"
_STATES_BAR = re.compile(r"\b(?:the (?:standard|bar|line|rule) (?:i|we) (?:need|expect|want|"
                         r"hold|set)|what i (?:need|expect|want) (?:from you )?is|i (?:need|"
                         r"expect) (?:you|every|each|all)|from (?:now|today|tomorrow|monday|"
                         r"next)|starting "
                         r"(?:today|tomorrow|now|monday|this|next)|going forward)\b"
                         # ...or headed as the bar: "Bar: comments go to the code, not the
                         # person.", "The rule: ..." (J45's blunt manager)
                         r"|^(?:(?:so|and|okay|ok|right|look|now),? )*(?:the |my |our |new |one )?"
                         r"(?:bar|standard|rule|line|expectation)s?\s*:")
# the bar's start said as a fragment after it: "From today.", "Starting Monday.", "Every
# review, starting Monday." (quoted with the bar before it, never alone)
_WHEN_FRAGMENT = re.compile(r"^(?:(?:and|so),? )?(?:(?:every|each|all) \w+,? )?(?:from|starting|"
                            r"beginning|as of) (?:now|today|tomorrow|monday|tuesday|wednesday|"
                            r"thursday|friday|this \w+|next \w+)(?: on)?[.!]*$")
_ANNOUNCES = re.compile(r"^(?:(?:so|and|okay|ok|right|look|now),? )*(?:(?:here's|here is|"
                        r"this is)(?: (?:the|what|my|where|why|how))?(?: [\w']+){0,5}|"
                        r"[^.?!:]{0,60}:)[.:]?$")


def _from(text: str, sentence: str) -> str:
    """``text`` from where ``sentence`` starts (all of it when it cannot be found)."""
    at = text.find(sentence) if sentence else -1
    return text[at:] if at >= 0 else text


# What spoils a turn that does something well, as its evidence note says it
_SPOILED_BY = ((Code.THREAT, "threat"), (Code.LABEL, "labels the person"), (Code.BLAME, "blame"))


def cite(ct: ManagerMove, note: str, positive: bool = True, *codes: Code) -> Evidence:
    """Quote a turn as evidence. A turn that labels, blames or threatens is never held up as
    done well, whatever else it does ("Two people want off my brigade, and that's on you" has
    an impact in it): it is quoted for what spoiled it."""
    if positive:
        spoiled = next(((c, n) for c, n in _SPOILED_BY if ct.has(c)), None)
        if spoiled is not None:
            codes, note, positive = (spoiled[0],), spoiled[1], False
    return Evidence(turn=ct.index, quote=quote_for(ct.turn.text, set(codes)), note=note,
                    positive=positive)


def one_per_turn(evidence: list[Evidence]) -> list[Evidence]:
    """Each turn quoted once: the notes of a turn cited again join its first quote ("next step
    with a date, support offered, follow-up"), in the order first cited."""
    out: dict[int, Evidence] = {}
    for e in evidence:
        first = out.get(e.turn)
        if first is None:
            out[e.turn] = e
        elif e.note not in first.note.split(", "):
            out[e.turn] = first.model_copy(update={"note": f"{first.note}, {e.note}"})
    return list(out.values())


def first_open_question(mine: list[ManagerMove]) -> int | None:
    return min((ct.index for ct in mine if ct.has(Code.OPEN_QUESTION)), default=None)


def asks_for_talk(text: str) -> bool:
    """Every question the turn asks is for the talk itself or small talk before it ("Hannah,
    got five minutes before the 4pm conference? Good."), and it tells nothing else."""
    asked = [q for q in sentences(text) if q.rstrip().endswith("?")]
    return bool(asked) and len(words(text)) <= 15 and all(
        ASKS_FOR_TALK.search(normalise(q)) for q in asked)


# Words that tell them what to do: "you should", "have you tried", "next time", "make sure"
_ADVISES = re.compile(r"\b(?:you (?:should|could|might|must|need to|have to|ought to|want to)|"
                      r"why (?:don't|not)|have you (?:tried|thought|considered)|try\b|maybe "
                      r"(?:you|just)|next time|make sure|it (?:might|would|could) help|i'd "
                      r"suggest|i suggest|my advice|if i were you|what if you|how about|"
                      r"instead|don't\b|do not\b|please\b)")


def only_tells_what_happened(ct: ManagerMove) -> bool:
    """A turn coded as advice that only tells what happened and what it led to ("Leo raised it
    with his manager that day, and since then the mobile engineers have stopped posting in
    #releases."): the impact, not a fix told them (J38: quoted "advice before understanding"
    and "Fixing instead of asking" while feedback praised it as the impact)."""
    return ct.has(Code.IMPACT, Code.OBSERVATION) and not any(
        _ADVISES.search(low := canonical(s)) or IMPERATIVE_START.match(low.strip())
        or low.rstrip().endswith("?") for s in sentences(ct.turn.text) or [ct.turn.text])


def fixing(mine: list[ManagerMove]) -> list[ManagerMove]:
    """The turns that tell them how to fix it. Once the manager has asked, a turn with their
    own undertaking in it ("I'll ask Kasia to pair with you") is the plan, not advice; "You
    should try X. Let's check in Friday" is still advice."""
    asked = first_open_question(mine)
    return [ct for ct in mine if ct.has(Code.ADVICE) and not asks_for_talk(ct.turn.text) and not (
        asked is not None and ct.index > asked and ct.has(Code.COMMITMENT))
        and not only_tells_what_happened(ct)]


def clamp(points: float) -> int:
    return max(1, min(5, int(points + 0.5)))


def unrounded(points: float) -> float:
    return round(max(1.0, min(5.0, points)), 2)


# What each kind of praise quotes: the sentence that does it, not the turn's opening words
# ("Open question: 'The impact is serious...'" praised a statement).
_PRAISED = (("Open question", {Code.OPEN_QUESTION}), ("You reflected back", {Code.REFLECTION,
            Code.SUMMARY}), ("Specific example", {Code.OBSERVATION}), ("Impact", {Code.IMPACT}),
            ("Clear expectation", {Code.EXPECTATION}), ("Next step", {Code.COMMITMENT}),
            ("Support", {Code.SUPPORT_OFFER}), ("Follow-up", {Code.FOLLOW_UP}))


def went_well(items: list[tuple[ManagerMove, str]]) -> tuple[str, ...]:
    """Praise quotes only lines with nothing hostile in them: never a label, blame or threat."""
    clean = [(ct, label) for ct, label in items if not ct.has(*NEGATIVE_CODES)]
    return tuple(f'{label}: "{praised_quote(ct.turn.text, label)}" (turn {ct.index})'
                 for ct, label in clean[:3])


def praised_quote(text: str, label: str) -> str:
    """What ``went_well`` quotes of ``text`` for the praise ``label``."""
    # "Next step, support and follow-up" quotes the sentence that shows any of them
    named = label.lower()
    codes = next((c for prefix, c in _PRAISED if label.startswith(prefix)), set()) | {
        code for prefix, c in _PRAISED if prefix.lower() in named for code in c}
    # a label naming two moves gets room to quote both ("Specific example and impact")
    room = min(90 * len(codes), 210) if codes else 90
    return quote_for(text, codes, room)


_ABOUT_THEM = re.compile(r"\b(?:you|your)\b", re.I)


def opens(ct: ManagerMove) -> bool:
    """The manager's first words: the first turn or the one after the report's opening line,
    with nothing more said before it."""
    return ct.index <= 1 and (ct.said or "") == (ct.context or "")


# Another way to end a rewrite whose last words an earlier one in the card ended on: two
# rewrites ending "I need that to change. What would help you get there?" read as a form letter
_OTHER_ENDING = {
    "What would help you get there?": "What do you need from me to make that happen?",
    "I need that to change.": "That has to change from here.",
    "How did it look from your side?": "What's your side of it?",
    "What happened from your side?": "How do you see it?",
    "Can you talk me through it?": "What's your side of it?",
    "What have you tried so far?": "What have you already tried?",
    "What do you think is getting in the way?": "What's making it hard, do you think?",
    "How does that sound?": "Does that feel doable?",
}


def varied(rw: Rewrite, earlier: list[Rewrite]) -> Rewrite:
    """``rw`` with its closing sentences said another way where an earlier rewrite in the same
    card closes on the same ones."""
    said = {s for r in earlier for s in sentences(r.suggestion)[-2:]}
    mine = sentences(rw.suggestion)
    if not said or not mine:
        return rw
    text = rw.suggestion
    for s in mine[-2:]:
        other = _OTHER_ENDING.get(s.strip())
        if s.strip() in said and other is not None:
            text = text[::-1].replace(s.strip()[::-1], other[::-1], 1)[::-1]
    return rw if text == rw.suggestion else rw.model_copy(update={"suggestion": text})


def rewrites_for(
    cands: list[ManagerMove], focus: tuple[Code, ...] = SEVERITY, limit: int = 2,
    facts: ScenarioFacts | None = None, open_talk: bool = False,
    examples: list[ManagerMove] | tuple[ManagerMove, ...] = (),
) -> tuple[Rewrite, ...]:
    """Up to ``limit`` rewrites of the worst of ``cands``. ``examples``: the manager's turns
    that told an example; a fact one of them told before a line is theirs already, so the line's
    rewrite does not say it to them again ("maybe some people didn't like it?" after their own
    account of the retro joke)."""
    ranked = sorted(cands, key=lambda ct: min(
        (focus.index(c) for c in ct.coding.codes if c in focus), default=len(focus)))
    out: list[Rewrite] = []
    spent: list[str] = []  # the dates of the facts rewrites have said
    for ct in ranked:
        first = opens(ct)
        told = {f.when for e in examples if e.index < ct.index
                for f in (facts.named_in(e.turn.text) if facts is not None else ())}
        rw = rewrite(ct.index, ct.turn.text, ct.coding, ct.context, focus, facts, open_talk,
                     first)
        if rw is not None and any(when in rw.suggestion for when in told):
            # their own example again is no better line: the rewrite without the facts
            rw = rewrite(ct.index, ct.turn.text, ct.coding, ct.context, focus, None, open_talk,
                         first, example_told=True)
        # (an example the manager told before the line is still told when the rewrite falls
        # back to no fact: "you are not serious about this job" after "Monday 2 November you
        # logged in at 9:47" was offered "I'd like to talk about one specific example", as if
        # none had been given; J32)
        before = any(e.index < ct.index for e in examples)
        if rw is not None and any(when in rw.suggestion for when in spent):
            # no fact left that is theirs: the same event twice reads as a form letter, so
            # the rewrite without the scenario's facts, or none
            rw = rewrite(ct.index, ct.turn.text, ct.coding, ct.context, focus, None, open_talk,
                         first, example_told=before)
        drawn = next((f for f in facts.facts if f.when in rw.suggestion), None) \
            if rw is not None and facts is not None else None
        if rw is not None and out and facts is not None and not first and drawn is not None \
                and drawn not in facts.named_in(f"{ct.turn.text} {ct.context or ''}"):
            # a second rewrite stays on what its line was about: a fact neither it nor what it
            # answered named is another talk's, so the rewrite without the scenario's facts
            rw = rewrite(ct.index, ct.turn.text, ct.coding, ct.context, focus, None, open_talk,
                         first, example_told=before)
        if rw is None or any(r.turn == rw.turn or r.suggestion == rw.suggestion for r in out):
            continue
        rw = varied(rw, out)
        out.append(rw)
        # the next rewrite draws on another of the scenario's facts: two turns given the
        # same sentence read as a form letter; only one about the report's own actions will do
        # ("the mobile team shipped a build" is no behaviour of theirs to change)
        # (the fact the rewrite says, by its date: the one it chose, whatever the line named)
        used = next((f for f in facts.facts if f.when in rw.suggestion), None) \
            if facts is not None else None
        rest = tuple(f for f in facts.facts if f is not used) if facts is not None else ()
        if used is not None:
            spent.append(used.when)
        if facts is not None and used is not None and any(
                f.observation and _ABOUT_THEM.search(f.observation) for f in rest):
            facts = replace(facts, facts=rest)
        if len(out) >= limit:
            break
    return tuple(out)


# What a lapse did to the people it reached or to the work they run on: customers, users, the
# team or the business (a person "had to", "couldn't"), or the system broken in production.
_HARMED = (r"(?:customers?|users?|clients?|guests?|patients?|callers?|shoppers?|passengers?|"
           r"residents?|the (?:team|business|company|client|site|app|queue|floor|line|ward|"
           r"release|launch|campaign|shift|store|shop|service)|marketing|sales|revenue|"
           r"production|prod|(?:promo|discount) codes?|checkout|orders?|payments?|the build|"
           r"everyone|nobody|we|qa|calls|tickets|the (?:hotfix|fix|change|deploy|deployment|"
           r"feature)|(?:the )?(?:[\w-]+ )?(?:engineers|people|colleagues|staff|designers|"
           r"agents|nurses|drivers|analysts|developers|testers|juniors)|(?:[\w-]+ )?(?:callbacks?|"
           r"appointments?|deliveries|shipments?))")
_HARM = (r"(?:broke|broken|failed|fell over|went down|was down|were down|crashed|stopped working|"
         r"couldn't|could not|can't|cannot|lost|had to|waited|complained|missed|slipped|paused|"
         r"(?:is|was|are|were|now) at risk|cost|backed up|backing up|piled up|piling up|"
         r"rolled back|got stuck|(?:have |has )?stopped \w+ing|no longer|won't|(?:don't|"
         r"doesn't|didn't)(?: [\w'-]+){1,3} any ?more)")
# ("we both missed that one", of the check-in, is a lapse shared with them, not what it did)
_CONSEQUENCE = re.compile(rf"\b(?!we both\b){_HARMED}\b(?: [\w'-]+){{0,4}}? {_HARM}\b|"
                          # said in notes: "Promo codes down three hours next morning."
                          rf"\b{_HARMED} down (?:for )?(?:[\w-]+ ){{1,2}}?(?:minutes?|hours?|"
                          r"days?)\b|"
                          # "Both times Tom covered and ...": someone covered for them
                          r"\b(?:both times|twice|again|each time|so) \w+ (?:covered|had to cover|"
                          r"stepped in)\b|\b\w+ (?:covered|had to cover) for you\b|"
                          # "Since then Jun has not opened a pull request for review"
                          r"\b(?:since then|ever since|after that)\b[^.;]{0,40}?\b(?:has not|"
                          r"hasn't|have not|haven't|no longer|stopped|won't|doesn't|don't|"
                          r"didn't)\b|"
                          # "He's not said a word in a review since.": silent since
                          r"\b(?!(?:i|we|you)\b)\w+(?:'s not| has not| hasn't| have not| haven't|"
                          r"'ve not) (?:said|spoken|posted|asked|shared|opened|contributed)\b"
                          r"[^.;?]{0,40}? since\b|"
                          rf"\b{_HARM}\b(?: [\w'-]+){{0,2}}? (?:in|for|on) {_HARMED}\b|"
                          # a colleague asking to get away from them: "Jun asked to move off
                          # search.", "Beatriz has asked to change teams." (J37)
                          r"\b(?!(?:i|we|you)\b)[a-z]+(?: and [a-z]+)?(?: has| have| had)?"
                          r"(?: each| both| now)? (?:asked|applied|wants|want|requested) (?:me )?"
                          r"(?:to|if (?:she|he|they) (?:can|could)) (?:move|transfer|switch|be "
                          r"moved|leave|change) (?:off|out of|away from|to another|teams?|the "
                          r"(?:team|squad|project)|from)\b|"
                          # ...or for another of what they gave: "Since then two of the juniors
                          # asked for another reviewer.", "two asked for another" after a
                          # workshop (J38: no impact to the review)
                          r"\b(?!(?:i|we|you)\b)[a-z0-9]+(?: of (?:them|us|the [\w-]+))?(?: has| "
                          r"have| had)?(?: each| both| now| already)? (?:asked|requested|begged) "
                          r"(?:me |us )?for (?:another|a different|a new|a second|more(?! (?:time|"
                          # (more time, money or hours for themselves is no harm: "Leo asked for
                          # more time on the build", J40)
                          r"money|pay|hours|shifts|responsibility|budget|headcount|days? off|"
                          r"holiday|leave)\b))\b|"
                          # who saw it, and how fast: "Leo's manager saw it within the hour.",
                          # "the client read it the same morning" (J40; "I saw it" is no reach)
                          r"\b(?:(?!(?:i|we|you|they)\b)[\w']+ ){1,4}?(?:saw|read|heard "
                          r"about|spotted|forwarded|screenshotted) (?:it|that|this|the (?:post|"
                          r"message|email|thread|screenshot|comment))(?: [\w'-]+){0,2}? "
                          r"(?:within (?:the |an |a |half an |\w+ )?(?:hour|minutes?|day)|in "
                          r"(?:under|less than) (?:an? |\w+ )?(?:hour|minutes?)|the same (?:day|"
                          r"morning|afternoon|evening|hour)|before (?:lunch|you did|the end of "
                          r"the day))\b")


def says_consequence(text: str) -> bool:
    """A sentence of the turn says what the lapse did: "Promo codes broke in production.",
    "212 customers couldn't check out", "the team had to stay late", "the release is at
    risk". A question about it asks; it names nothing."""
    return any(not s.rstrip().endswith("?")
               # "nobody is saying you can't be sick" reassures: its "nobody" is no one harmed
               # ("you'll post in stand-up if the fix is at risk" names a condition, not what
               # happened)
               and _CONSEQUENCE.search(_CONDITION.sub(" ", NEGATION_FRAME.sub(" ", canonical(s))))
               for s in sentences(text) or [text])


# a condition's clause: "if the fix is at risk", "in case the build breaks", "unless ..."
_CONDITION = re.compile(r"\b(?:if|unless|in case|whenever|as soon as|the moment)\b [^,.;:]*")
