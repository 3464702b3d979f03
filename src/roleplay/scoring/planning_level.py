"""Development planning's level: a dated step, support, a booked follow-up, made with them
(rubric, ``development_planning``)."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from roleplay.domain.codes import Code
from roleplay.domain.meeting_again import (
    AGAIN_IN_OTHER_WORDS,
    MEETS_AGAIN,
    ORDINAL_WORD,
    SEE_HOW_IT_GOES,
    SOON,
    VAGUE_WHEN,
    WEEKDAY,
)
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Competency, CompetencyScore, Rewrite
from roleplay.scoring._cues_event import SPECIFIC_TIME
from roleplay.scoring._cues_feedback import MONTH, TIME_REF
from roleplay.scoring._cues_plan import (
    ASKED_STEP,
    MEETING_LAPSED,
    MEETING_PUT_IN,
    PRESENT_STEP,
    TOGETHER,
    watches,
)
from roleplay.scoring._patterns import match
from roleplay.scoring._text import canonical, content_words, is_unpunctuated, sentences
from roleplay.scoring.coder import OPEN_DOOR
from roleplay.scoring.competency_base import CompetencyContext
from roleplay.scoring.facts import ScenarioFacts
from roleplay.scoring.feedback_level import HELD_OVER, asks_to_stop, refuses, tries_for_them
from roleplay.scoring.listening import only_hinted, plan_allows_for, replies
from roleplay.scoring.moves import (
    MIN_TURNS_FOR_PLAN,
    PLAN_CODES,
    SUBJECT_START,
    ManagerMove,
    cite,
    clamp,
    one_per_turn,
    praised_quote,
    recaps,
    says_step,
    tells_event,
    unrounded,
    went_well,
)
from roleplay.scoring.reading import (
    NOT_FOR_THEM,
    POINTS_BACK,
    REPORT_IDEA,
    UNDERTAKES,
    asks_about_plan,
    books_meeting,
    builds_on_their_idea,
    clause_parts,
    co_creating,
    follow_up_order,
    gives_colleague_time,
    grants_change,
    manager_part,
    no_plan_in,
    offers_support,
    only_meets,
    turned_round,
)
from roleplay.scoring.rewrites import planning_prompt
from roleplay.scoring.settle.plans import ORDER_BY_A_DAY, TALK_ITSELF
from roleplay.scoring.settle.threats import WAIT_AND_SEE
from roleplay.scoring.settle.turn import manager_acts

DATE_IN_PLAN = re.compile(
    TIME_REF.pattern + r"|\bby (?:the )?(?:end of|eod|tomorrow|next|monday|tuesday|wednesday|"
    r"thursday|friday|\d)|\bin (?:two|three|a couple of|\d+) (?:weeks?|days?)\b|\bnext (?:week|"
    r"1:1|one-to-one|month|sprint|monday|tuesday|wednesday|thursday|friday)\b|\btomorrow\b|"
    r"\btonight\b|\btoday\b"
    # a day named for it: "let's say Monday for the retry fix", "make it Thursday"
    r"|\b(?:say|make it|call it) (?:monday|tuesday|wednesday|thursday|friday)\b"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday) for (?:the|your|that|this)\b"
    # ... or opening what happens on it: "Friday we check in, ten minutes, my desk."
    r"|\b(?:monday|tuesday|wednesday|thursday|friday),? (?:we|we'll|you|you'll|i|i'll|let's)\b"
    # ... or said straight after the meeting, its "on" unsaid: "lets catch up thursday same time"
    r"|\b(?:catch up|check in|meet|talk|chat|sit down)(?: again)? (?:monday|tuesday|wednesday|"
    r"thursday|friday)\b"
    # a day that comes round: "a short update every Tuesday by noon", "each Friday"
    r"|\b(?:every|each) (?:monday|tuesday|wednesday|thursday|friday|morning|evening|day|week)\b"
    # a day said in words, as a recogniser writes it: "thursday november the twelfth"
    + rf"|\b{WEEKDAY},? (?:(?:the )?{ORDINAL_WORD}|{MONTH},? (?:the )?(?:\d{{1,2}}|"
    + rf"{ORDINAL_WORD}))\b"
)


# help promised with nothing named in it: an open door, for the level but not for praise
VAGUE_HELP = re.compile(r"\bi(?:'ll| will)? (?:try to|do my best to|always|be happy to) help\b|"
                        r"\bi'm (?:here|happy|always happy) to help\b|\bhelp (?:however|any way|"
                        r"in any way|where) i can\b|"
                        # "We will figure it out as we go.", "you can revert anytime": nothing
                        # named that the manager will do
                        r"\b(?:we'll|we will|we can|we'd) (?:figure|work|sort) (?:it|this|that|"
                        r"things) out(?: as we go| together| somehow| later| along the way)?\b|"
                        r"\byou can (?:revert|come to me|reach out|ping me|ask me|call me) "
                        r"(?:anytime|any time|whenever)\b")
_NOT_A_MEETING = re.compile(
    r"\b(?:talk|walk|take) me through\b|\b(?:since|when|after) (?:we|you and i) (?:last )?"
    r"(?:sat down|met|spoke|talked|had (?:a|our|that) (?:chat|talk|catch-up|1:1))\b"
    r"|\b(?:last|the other) time we (?:met|spoke|talked|sat down)\b")
# "Last time we agreed the plan, right? ... check-in every Thursday.": the old plan recalled,
# with nothing booked from now on
_RECALLS_PLAN = re.compile(r"\b(?:last|the other) time we \w+|\bwe (?:agreed|discussed|said)\b")
# ("if you were going to be late" looks back: only the manager's or both their "going to" books)
_FROM_NOW = re.compile(r"\b(?:let's|let us|we'll|we will|shall we|next|again|book|(?:we're|we are|"
                       r"i'm|i am) going to|from "
                       r"now|this time)\b")


_DONT_CANCEL = re.compile(r"\b(?:don't|do not|never|no more) (?:cancel\w*|miss\w*|skip\w*|"
                          r"forget\w*|dodg\w*)\b")


# what the summary says is missing when no day is set for the follow-up: one wording, said in
# one place, whichever reading found it missing
FOLLOW_UP_DAY = "a day for the follow-up"


def _unbooked(ct: ManagerMove, booked: list[ManagerMove]) -> bool:
    """A follow-up that books nothing: "catch up again sometime, maybe", "we can see how it
    goes" with no meeting in it. It counts for the level; a coach would not praise it."""
    # "Talk me through it. What's changed since we last sat down?" asks, and looks back at
    # the last meeting: it books no new one
    whole = canonical(ct.turn.text)
    if _RECALLS_PLAN.search(whole) and not _FROM_NOW.search(whole):
        return True
    # "Check-in cancelled on the 12th." tells what happened to the last one, and "Don't cancel
    # the check-in again please." tells them off about it: neither books one
    ahead = [s for s in sentences(ct.turn.text) or [ct.turn.text]
             if (not tells_event(s) or _FROM_NOW.search(canonical(s)))
             and not _DONT_CANCEL.search(canonical(s))]
    if not ahead:
        return True
    low = _NOT_A_MEETING.sub(" ", canonical(" ".join(ahead)))
    # "Good. We see how it goes.": waiting to see, with no meeting and no day in it
    waits = SEE_HOW_IT_GOES.search(low) and not (
        MEETS_AGAIN.search(low) or DATE_IN_PLAN.search(low)
        or AGAIN_IN_OTHER_WORDS.search(SEE_HOW_IT_GOES.sub(" ", low)))
    return bool((VAGUE_WHEN.search(low) and ct not in booked) or waits
                # "We'll catch up soon.": no day, only a promise of one
                or (SOON.search(low) and not DATE_IN_PLAN.search(low))
                or (WAIT_AND_SEE.search(low) and not MEETS_AGAIN.search(low))
                # "Okay. Friday. We are done.": a deadline and a goodbye, no meeting again
                # ("We check together Friday 27 November." books one in other words)
                or not (MEETS_AGAIN.search(low) or AGAIN_IN_OTHER_WORDS.search(low)
                        or books_meeting(low)))


def _no_day(ct: ManagerMove, booked: list[ManagerMove]) -> bool:
    """A meeting again with no when, or only "soon" or "some time" ("We talk again soon.",
    "maybe we can chat again some time"), or only the month ("We see next month."): not one to
    cite as booked."""
    low = canonical(ct.turn.text)
    # (nor "some time next month": the month is no day, J39 saw it cited "follow-up")
    return ct not in booked and (_no_when(ct) or _meeting_said_vaguely(low) or bool(
        (VAGUE_WHEN.search(low) or SOON.search(low)) and not DATE_IN_PLAN.search(low)) or bool(
        VAGUE_WHEN.search(low) and not SPECIFIC_TIME.search(low)) or bool(
        _ONLY_THE_MONTH.search(low) and not _books_a_day(low)))


# the month alone books no meeting: "We see next month." (J41's "Left": 5/5 "a follow-up date")
_ONLY_THE_MONTH = re.compile(r"\b(?:(?:some ?time|later|early|at the start of|at the end of) )?"
                             r"(?:next|this|in a|within a|in the next) month\b")


def _quoted_apart(ct: ManagerMove, heads: list[str]) -> list[tuple[ManagerMove, list[str]]]:
    """A turn's praise heads, the support praised on a line of its own when the quote of them
    all cannot hold it: "Next step and support" quoted "So you finish the retry fix by the date
    you said, and you tell me in stand-up ..." without "I will take you off the support rota
    ..." after it (J43: praise names only what its quote holds)."""
    if "support" not in heads or len(heads) < 2:
        return [(ct, heads)]
    helps = [s for s in sentences(ct.turn.text) if manager_acts(s)]
    quote = praised_quote(ct.turn.text, _praise_label(heads))
    if not helps or any(s.strip() in quote for s in helps):
        return [(ct, heads)]
    return [(ct, [h for h in heads if h != "support"]), (ct, ["support"])]


def _praise_label(heads: list[str]) -> str:
    """The heads a turn is praised for, as its "went well" line opens: "Next step, support and
    follow-up"."""
    said = heads[0] if len(heads) == 1 else ", ".join(heads[:-1]) + " and " + heads[-1]
    return said[:1].upper() + said[1:]


def _meeting_said_vaguely(low: str) -> bool:
    """Every sentence that books the meeting (canonical words) gives it no day of its own, only
    "soon", "some time" or the month: "Good, so you post a status every Thursday from this
    week. Let's catch up again soon." (J43: the step's Thursday booked the catch-up, praised
    "Next step and follow-up" with no note on its day)."""
    meets = [s for s in sentences(low) if books_meeting(s) or MEETS_AGAIN.search(s)]
    # (the meeting's own words: not a step set beside it in the same sentence, "so you'll
    # apologise to jun this week, and we'll catch up again soon"; a bare when after it, "...
    # soon, on friday 11 december", is its own)
    own = [" ".join(c for c in clause_parts(s) if books_meeting(c) or MEETS_AGAIN.search(c)
                    or not SUBJECT_START.match(c)) for s in meets]
    return bool(meets) and all(
        (SOON.search(s) or VAGUE_WHEN.search(s) or _ONLY_THE_MONTH.search(s))
        and not DATE_IN_PLAN.search(_ONLY_THE_MONTH.sub(" ", s)) for s in own)


def _books_a_day(low: str) -> bool:
    """A follow-up's words (canonical) book it with a when, the month alone not counted: the
    turn's, or those of the sentence that books the meeting ("Let's sit down again Tuesday the
    8th of December at ten." beside "your first step from whenever you said"); never a day
    said only of the step when the meeting's own sentence says "soon"."""
    return not _meeting_said_vaguely(low) and any(
        bool(DATE_IN_PLAN.search(_ONLY_THE_MONTH.sub(" ", part))) and not VAGUE_WHEN.search(part)
        for part in (low, *(s for s in sentences(low)
                            if books_meeting(s) or MEETS_AGAIN.search(s))))


def _no_when(ct: ManagerMove) -> bool:
    """A meeting again with no when at all ("Good. We will talk again."): it counts for the
    level, as any follow-up does; a coach would not praise it."""
    low = canonical(ct.turn.text)
    return not (DATE_IN_PLAN.search(low) or _WHEN_SAID.search(low))


# a when said in other words than a date: "after the release", "in a fortnight", "same time"
_WHEN_SAID = re.compile(r"\b(?:after|before|once|when) (?:the|this|that|it|you|we|i)\b|"
                        r"\bsame time\b|\bfortnight\b|\b(?:weekly|daily|every)\b|"
                        r"\bat (?:our|the) (?:next|usual)\b|"
                        # a bare weekday after the meeting it books: "Fine. We talk Friday.",
                        # "See you Thursday then." (J37: "follow-up with no day set")
                        r"\b(?:talk|speak|meet|chat|catch up|check in|sit down|see you)"
                        r"(?: again)? (?:mon|tues|wednes|thurs|fri)day\b")


def _dated_order(ct: ManagerMove) -> bool:
    """An order with a day in it and a tag ("Fill in the test checklist on every ticket from
    Monday. Okay?"), or a one-off task asked of them for a named day ("I need you at the design
    crit on Thursday with your camera on"): the labelling guide codes it an expectation, not a
    plan agreed; for the plan it is a step, set for them."""
    said = sentences(ct.turn.text) or [ct.turn.text]
    # "From next Monday, you will arrive at 8:45 every day. Please understand. Okay?"
    tagged = match(ct.turn.text).order_tag or (
        ct.has(Code.CLOSED_QUESTION) and len(said) > 1 and len(said[-1].split()) <= 3
        and said[-1].rstrip().endswith("?"))
    # "From Monday you're in at nine or we'll be having a very different conversation. Clear?"
    # is an ultimatum, not a step of a plan
    if not ct.has(Code.EXPECTATION) or ct.has(Code.COMMITMENT, Code.THREAT, Code.LABEL,
                                               Code.BLAME):
        return False
    if tagged:
        return any(DATE_IN_PLAN.search(c) and not VAGUE_WHEN.search(c)
                   for c in map(canonical, said))
    if ASKED_STEP.search(canonical(ct.turn.text)) or ORDER_BY_A_DAY.match(canonical(ct.turn.text)):
        return True  # "ok so can you fill in the two year box by friday", "so by friday you redo
        # the onboarding flow properly with all the states ok": set for them
    # with no tag, a sentence that asks it of them for a named day to come ("I need you at the
    # design crit on Thursday with your camera on") is the step too (J33: "Ends with no next
    # step" beside it); a standing rule ("From tomorrow you log in at five to nine, every
    # day") is feedback's expectation, and a dated example told is not one
    return any(_ASKS_OF_THEM.search(c) and _NAMED_DAY.search(c) and not _STANDING.search(c)
               and not tells_event(s) and not c.rstrip().endswith("?")
               for s, c in ((s, canonical(s)) for s in said))


# a one-off task asked of them: "I need you (to) ...", "I want you to ...", "I'd like you to ..."
_ASKS_OF_THEM = re.compile(r"\bi (?:need|want|expect|'d like|would like) you\b")
# ...for a named day ("on Thursday", "by Wednesday", "by 4 December")
_NAMED_DAY = re.compile(rf"\b(?:on|by|before|this|next) (?:the )?(?:{WEEKDAY}|"
                        rf"\d{{1,2}}(?:st|nd|rd|th)? {MONTH}|{MONTH} \d{{1,2}})\b")
# a standing rule is feedback's expectation, not a step of a plan: "from now on", "every day"
_STANDING = re.compile(r"\b(?:from (?:now|today|tomorrow|monday|next)|every|each|always|no "
                       r"excuses|going forward|starting (?:today|tomorrow|now))\b")


def _with_their_step(ct: ManagerMove) -> ManagerMove:
    """A follow-up booked in a turn that opens by putting their step to them in the present
    ("ok so you message me by eight the night before and i move your start to nine thirty we
    meet again on thursday the third of december", a recogniser's run-on) is the step too:
    read as the commitment it states, whatever the coder made of the run."""
    # (and so is the step said after a recap's opener: "So, to recap: you log in by nine, you
    # message me before eight if you can't make it, and we meet again on Monday 30 November."
    # was "Missing: a concrete next step" beside "Yeah. Let's try it."; J36)
    said = [canonical(s).strip() for s in sentences(ct.turn.text) or [ct.turn.text]]
    said += ["so " + s.split(":", 1)[1].strip() for s in said if ":" in s and recaps(s)]
    if not ct.has(Code.FOLLOW_UP) or ct.has(Code.COMMITMENT, *NEGATIVE_PLAN) or not any(
            PRESENT_STEP.match(s) for s in said):
        return ct
    codes = ct.coding.codes | {Code.COMMITMENT}
    return replace(ct, coding=ct.coding.model_copy(update={"codes": frozenset(codes)}))


NEGATIVE_PLAN = (Code.THREAT, Code.LABEL, Code.BLAME)

# the plan called agreed: "So we agree: ...", "So we're agreed", "Agreed, then", "So that's agreed"
_CALLED_AGREED = re.compile(r"^(?:(?:okay|ok|right|good|fine|well|so|then),? )*(?:we(?: all)? "
                            r"agree|we're (?:all )?agreed|we are (?:all )?agreed|(?:that's|that "
                            r"is|it's|it is) agreed|agreed,? then|we have a deal|deal)\b")


# their doubt about the step put to them: "I'm not sure. I'll think about it.", "Maybe."
_DOUBTS = re.compile(r"^(?:(?:hm+|um+|uh+|well|honestly|i mean|oh),? )*(?:i'm not sure|"
                     r"i am not sure|not sure|i don't know|i'll (?:have to )?think about it|"
                     r"i need to think|maybe|i guess|i suppose|i doubt)\b")
# ...and the manager talking them round: "no no you will like it trust me", "Come on, you'll
# love it." (not "No rush, think it over.")
_TALKS_ROUND = re.compile(r"\btrust me\b|^(?:(?:no|nah|come on|oh),? )+(?:\w+ )?you(?:'ll| will|"
                          r"'re going to| are going to) (?:like|love|enjoy|be fine|thank me)\b")


def agreed_over_no(ct: ManagerMove) -> bool:
    """The turn calls the plan agreed ("So we agree: you're in at nine, ...") right after the
    report said no: the yes it assumes was not given."""
    return bool(_CALLED_AGREED.match(canonical(ct.turn.text).strip())) and refuses(
        ct.context or "")


def _with_change_granted(ct: ManagerMove) -> ManagerMove:
    """Their hours or duties changed for them for a while ("Mondays you start at ten for the
    next four weeks, and you make the hour up at the end of the day.", coded information) is
    support in practice and, with what they do in it, a step of theirs: read so for the plan
    (J34 and J35: "Missing: a concrete next step, support" beside it)."""
    if ct.has(*NEGATIVE_PLAN) or not grants_change(ct.turn.text):
        return ct
    codes = set(ct.coding.codes) | {Code.SUPPORT_OFFER}
    if any(_THEY_DO.search(canonical(x)) for x in sentences(ct.turn.text) or [ct.turn.text]):
        codes.add(Code.COMMITMENT)
    return replace(ct, coding=ct.coding.model_copy(update={"codes": frozenset(codes)}))


def _with_booked_meeting(ct: ManagerMove) -> ManagerMove:
    """A plan turn with a clause that books the two of them meeting on a named day ("I will
    speak with the VP about the record. Please raise any build issue with Leo directly from now
    on, and we review this together on Tuesday 8 December.") holds the follow-up, whatever the
    coder made of it beside the step (J29: the review said "Missing: a follow-up" and offered
    "Let's check in at our next 1:1")."""
    if ct.has(Code.FOLLOW_UP, *NEGATIVE_PLAN) or not ct.has(*PLAN_CODES, Code.EXPECTATION) \
            or MEETING_LAPSED.search(canonical(ct.turn.text)):
        return ct
    if not any(books_meeting(p) and DATE_IN_PLAN.search(p) and not VAGUE_WHEN.search(p)
               and not p.rstrip().endswith("?")
               for s in sentences(ct.turn.text) if not tells_event(s)
               for p in clause_parts(canonical(s))):
        return ct
    codes = ct.coding.codes | {Code.FOLLOW_UP}
    return replace(ct, coding=ct.coding.model_copy(update={"codes": frozenset(codes)}))


def _without_past_meeting_asked(ct: ManagerMove, facts: ScenarioFacts | None) -> ManagerMove:
    """A question about a meeting the scenario's facts name ("And the check-in on the 12th?",
    in the talk after it was cancelled) asks about the last one and books nothing: no
    follow-up, to count or to praise (J32: it was praised "Follow-up" beside the real one)."""
    said = sentences(ct.turn.text) or [ct.turn.text]
    if facts is None or not ct.has(Code.FOLLOW_UP) or not all(
            s.rstrip().endswith("?") for s in said) or _FROM_NOW.search(canonical(ct.turn.text)) \
            or not facts.recalls(ct.turn.text):
        return ct
    codes = ct.coding.codes - {Code.FOLLOW_UP}
    return replace(ct, coding=ct.coding.model_copy(update={"codes": frozenset(codes)}))


# this talk named as the follow-up of the plan before: "it's a follow-up on the plan we made two
# weeks ago", "today is just a check-in on how it's going", "I'm following up on what we agreed"
_THIS_TALK = re.compile(
    r"\b(?:(?:this|it|today|this meeting|this talk|this chat)(?: is|'s)(?: (?:just|really|only|"
    r"simply|more|meant as))? (?:a|our|the) (?:follow-up|follow up|check-in|check in|catch-up)"
    r"(?: (?:on|to|of|about|from)\b[^,.;?!]*)?"
    r"|(?:i'm|i am|we're|we are) (?:just |really )?following up on\b[^,.;?!]*)")


def _without_this_talk_named(ct: ManagerMove) -> ManagerMove:
    """A turn that names this talk as the follow-up of the plan before ("I don't want you to
    think this is a disciplinary thing, it isn't, it's a follow-up on the plan we made two
    weeks ago, ... and I want to see how it's going.") books no meeting ahead: no follow-up to
    count or to praise (J34: it was praised "Follow-up: it's a follow-up on the plan ...")."""
    low = canonical(ct.turn.text)
    if not ct.has(Code.FOLLOW_UP) or not _THIS_TALK.search(low):
        return ct
    rest = _THIS_TALK.sub(" ", low)
    if any(books_meeting(c) for c in clause_parts(rest)) or _AHEAD.search(rest):
        return ct
    codes = ct.coding.codes - {Code.FOLLOW_UP}
    return replace(ct, coding=ct.coding.model_copy(update={"codes": frozenset(codes)}))


# The manager says how this talk will go: "I'll say what I saw, and then I'll listen.", "Let me
# start with what I noticed.", "I'll be straight with you." (J38: praised "Your own step with a
# date and support", the date taken from the example told after it). The coder's
# ``TALK_ITSELF`` holds the idea; these are the forms it does not have yet (other openers,
# "say what I saw", "ask you", "go first"), so the two read one list (J39)
_TALK_TOO = (
    r"\b(?:i'll|i will|i'm going to|i am going to|let me|i want to|i'd like to|i'm gonna)\s+"
    r"(?:(?:just|first|then|now|briefly)\s+)?(?:(?:say|tell you) (?:what i (?:saw|see|noticed|"
    r"heard|think|'ve seen|have seen|'ve noticed|have noticed)|how i see it|it plainly|it straight|"
    r"this plainly|a few things|one thing|something first)|start (?:with|by)|begin "
    r"(?:with|by)|be (?:brief|quick|honest|straight|plain|direct|clear|open|frank)|keep (?:it|"
    r"this) simple|listen|hear (?:you|your side|it from you)|ask you|go first|"
    r"get (?:straight )?to (?:it|the point))\b")
_ANNOUNCED = re.compile(rf"{TALK_ITSELF.pattern}|{_TALK_TOO}[^,.;?!]*")
_UNDERTAKES_ANY = re.compile(r"\b(?:i'll|i will|i'm going to|i am going to|i can|i could|i'd|"
                             r"let me|we'll|we will|let's|you'll|you will|you need to|you can|"
                             r"you're going to)\b")


def _without_talk_announced(ct: ManagerMove) -> ManagerMove:
    """A turn whose only undertaking is how this talk will go ("I'll say what I saw, and then
    I'll listen. At the design crit on Thursday 22 October ...") makes no step and offers no
    support, whatever the coder read in it."""
    if not ct.has(Code.COMMITMENT, Code.SUPPORT_OFFER) or recaps(ct.turn.text):
        return ct
    low = canonical(ct.turn.text)
    if not _ANNOUNCED.search(low):
        return ct
    if _UNDERTAKES_ANY.search(_ANNOUNCED.sub(" ", low)):
        return ct
    codes = ct.coding.codes - {Code.COMMITMENT, Code.SUPPORT_OFFER}
    return replace(ct, coding=ct.coding.model_copy(update={"codes": frozenset(codes)}))


# a time ahead that a meeting could be booked for ("again", "next week", "in two weeks")
_AHEAD = re.compile(r"\b(?:again|next (?:week|time|month|sprint|1:1|monday|tuesday|wednesday|"
                    r"thursday|friday)|in (?:a|one|two|three|\d+) (?:days?|weeks?|fortnight)|"
                    r"tomorrow)\b")


def _with_colleague_time(ct: ManagerMove, report_name: str) -> ManagerMove:
    """A colleague's time given them with its day or span ("Kasia, Thursday, one hour, on the
    retry fix with you.") is support, whatever the coder read in the notes (J32: planning said
    "Missing: support" beside it)."""
    if ct.has(Code.SUPPORT_OFFER, *NEGATIVE_PLAN) or not gives_colleague_time(ct.turn.text,
                                                                             report_name):
        return ct
    codes = ct.coding.codes | {Code.SUPPORT_OFFER}
    return replace(ct, coding=ct.coding.model_copy(update={"codes": frozenset(codes)}))



def _clauses(ct: ManagerMove) -> list[str]:
    return [p for s in sentences(ct.turn.text) or [ct.turn.text]
            if not _ACK_ONLY.match(s.strip()) for p in clause_parts(canonical(s))]


def watch_only_follow_up(ct: ManagerMove) -> bool:
    """The turn's only follow-up is the manager checking on them alone ("..., and I will check
    again next Monday."): watching, not a meeting held with them (J33: it was praised as the
    plan's step and follow-up, and the level asked for "a day for the follow-up" beside its
    day)."""
    parts = _clauses(ct)
    return ct.has(Code.FOLLOW_UP) and any(watches(p) for p in parts) and not any(
        MEETS_AGAIN.search(p) or AGAIN_IN_OTHER_WORDS.search(p) or books_meeting(p)
        or TOGETHER.search(p) for p in parts)


def _helps_beyond_watching(ct: ManagerMove) -> bool:
    """The manager's part of the turn is more than checking on them ("I'll take you off the
    rota, and I'll check the logs next week"): "I'll check the reopen rate again next Friday"
    alone is no support."""
    return any(UNDERTAKES.search(p) and not watches(p) for p in _clauses(ct))


def monitors_only(ct: ManagerMove) -> bool:
    """A plan turn that only has the manager checking on them ("I will check again next
    Monday."): no step of theirs, no support, no meeting held with them."""
    parts = _clauses(ct)
    return bool(parts) and ct.has(Code.FOLLOW_UP, Code.COMMITMENT) \
        and not ct.has(Code.SUPPORT_OFFER) and all(watches(p) for p in parts)


def _without_monitoring(ct: ManagerMove) -> ManagerMove:
    """A follow-up that only checks on them books none; a turn that does nothing else holds no
    step either (``watch_only_follow_up``, ``monitors_only``)."""
    drop = ({Code.FOLLOW_UP, Code.COMMITMENT} if monitors_only(ct) else {Code.FOLLOW_UP}
            if watch_only_follow_up(ct) else set())
    if not drop:
        return ct
    codes = ct.coding.codes - drop
    return replace(ct, coding=ct.coding.model_copy(update={"codes": frozenset(codes)}))


def open_door_only(ct: ManagerMove, report_name: str = "") -> bool:
    """The turn's only offer is an open door ("Let me know if you need anything.", "My door is
    always open.", "I'm happy to help however I can."): it leaves the asking to them and names
    nothing the manager will do, so it is no support for the plan (J36: "Let me know if you
    need anything, sorry again." was cited "support offered"). An offer beside it ("I'll take
    you off the rota. Let me know if you need anything else.") still is."""
    said = [p for s in sentences(ct.turn.text) or [ct.turn.text]
            for p in clause_parts(canonical(s))]
    door = [x for x in said if OPEN_DOOR.search(x) or VAGUE_HELP.search(x)]
    if not door:
        return False
    rest = ". ".join(x.strip(" ,.") for x in said if x not in door and x.strip(" ,.")).strip()
    if not rest:
        return True
    other = replace(ct, turn=ct.turn.model_copy(update={"text": rest}))
    return not (offers_support(other) or gives_colleague_time(rest, report_name)
                or manager_part(other))


def _without_lapsed_meeting(ct: ManagerMove) -> ManagerMove:
    """A meeting told as what went wrong ("The check-in on the 12th was cancelled twenty
    minutes before, and the retry fix didn't ship.") follows up the old plan, which the report
    hears, but books nothing: no follow-up for the plan, nor a plan turn made together."""
    low = canonical(ct.turn.text)
    if not ct.has(Code.FOLLOW_UP) or not MEETING_LAPSED.search(low) or MEETING_PUT_IN.search(low):
        return ct
    codes = ct.coding.codes - {Code.FOLLOW_UP}
    return replace(ct, coding=ct.coding.model_copy(update={"codes": frozenset(codes)}))


_WRITES_DOWN = re.compile(r"\b(?:put|mark|write|log|note) you (?:down )?as\b")


# The management route turned down in the report's own words: "I don't want to manage people",
# "management isn't for me", "I'd rather not lead", "I turned down the lead role"
_ROUTE = r"(?:manag\w*|lead\w*|(?:team|pod|tech) lead|people lead)"
_ROUTE_DECLINED = re.compile(
    r"\bi (?:don't|do not|never) (?:really )?want to (?:manage|lead|be a (?:manager|lead))\b"
    rf"|\b(?:i'd|i would) rather not (?:manage|lead)\b|\b{_ROUTE}(?: people)? (?:isn't|is not|"
    r"really isn't|is really not|just isn't) (?:really )?(?:for me|me)\b|\bi (?:turned|said no "
    rf"to|declined|passed on|turned down) (?:the |that )?(?:\w+ )?{_ROUTE}"
    r"|\bnot (?:a|the) (?:manager|management|lead) type\b")
# ...and the manager putting them down for it: "i will put your name down for the management
# course in january", "I'll sign you up for the leadership programme"
# (or handed it: "ok so you take the team lead role next cycle"; not "you take the lead on it")
_ROUTE_BOOKED = re.compile(
    r"\b(?:put|sign|enrol|enroll|book|register|nominate|put forward|submit)\w* (?:your name|you)"
    rf"(?: down| up| forward| in)? (?:for|on|onto|to|in) (?:the |a |our )?(?:\w+ )?{_ROUTE}"
    rf"|\byou take (?:on )?(?:the |a |that )?(?:\w+ )?{_ROUTE} (?:role|job|post|position)\b")
# ...or their no told by the manager: "you said no to the pod lead role on tenth"
_ROUTE_DECLINED_TOLD = re.compile(rf"\byou (?:said no to|turned down|declined|passed on|refused) "
                                  rf"(?:the |that )?(?:\w+ )?{_ROUTE}")


def books_declined_route(ct: ManagerMove, told: str = "") -> bool:
    """The manager puts them down for the management route they had turned down earlier in the
    talk ("I don't want to manage people." ... "so what i will do is i will put your name down
    for the management course in january"): their no overridden, neither a step of theirs
    nor support (J41: praised "Your own step and support"). ``told``: what the manager said
    before, where their no may be named ("you said no to the pod lead role on tenth" ... "ok so
    you take the team lead role next cycle", J44's Chennai lead: praised "Next step")."""
    return bool(_ROUTE_BOOKED.search(canonical(ct.turn.text))
                and (_ROUTE_DECLINED.search(canonical(ct.said or ""))
                     or _ROUTE_DECLINED_TOLD.search(canonical(told))))


# where a sentence joins a second part with a new subject ("..., and you take the churn
# dashboard"): ``reading._parts`` on the text as said, so a part kept can be quoted as said
_NEXT_PART = re.compile(r",?\s+and (?:then )?(?=(?:we|i|let's|you)\b)", re.I)


# the words of a booking or a no that are not the route itself ("put your name down for", "you
# turned down the ... role")
_NOT_THE_ROUTE = frozenset({"put", "name", "sign", "signed", "enrol", "enroll", "book", "booked",
                            "register", "nominate", "submit", "turned", "declined", "passed",
                            "refused", "said", "take", "role", "job", "post", "position"})


def _without_route_booked(ct: ManagerMove, told: str) -> ManagerMove | None:
    """The turn with the declined route's booking taken out ("I'll put your name down for the
    management course in January, and you take the churn dashboard, first draft by Friday 18
    December, and we meet again ..." keeps the dashboard and the meeting), or None when nothing
    of a plan is left beside it: what they took up stays in the plan (J44's "Left": the whole
    turn dropped out, the meeting booked in it too). A part that names the route again ("and i
    will talk to the pod people again" after "you turned down the pod lead") goes with it."""
    route = {w for m in [*_ROUTE_BOOKED.finditer(canonical(ct.turn.text)),
                         *_ROUTE_DECLINED_TOLD.finditer(canonical(told))]
             for w in content_words(m.group(0))} - _NOT_THE_ROUTE
    kept: list[str] = []
    for said in sentences(ct.turn.text):
        cuts = [0, *(m.start() for m in _NEXT_PART.finditer(said)), len(said)]
        parts = [said[a:b] for a, b in itertools.pairwise(cuts)]
        rest = [p for p in parts if not _ROUTE_BOOKED.search(canonical(p))
                and not route & content_words(canonical(p))]
        if rest and len(rest) < len(parts) and rest[0] is not parts[0]:
            rest[0] = _NEXT_PART.sub("", rest[0], count=1)  # its "and" joined what was cut
        kept += ["".join(rest).strip(" ,;")] if rest else []
    kept = [k if k[-1] in ".!?" else k + "." for k in kept if k]
    if not any(says_step(k) or books_meeting(canonical(k)) for k in kept):
        return None
    return replace(ct, turn=ct.turn.model_copy(update={"text": " ".join(kept)}))


def _overridden_note(overridden: list[ManagerMove]) -> str:
    """What the summary says of a route they turned down and were booked for anyway."""
    return (f"They had turned the management route down, and you put them down for it (turn "
            f"{overridden[0].index}); ask what they want to try instead.") if overridden else ""


def _records(ct: ManagerMove) -> bool:
    """The manager's step only writes them down or watches them ("I'll put you down as not
    interested in growth", "I'll be monitoring your logins")."""
    return bool(NOT_FOR_THEM.search(canonical(ct.turn.text)))


def _deadline_only(ct: ManagerMove) -> bool:
    """An expectation with a day in it and no meeting again ("Every change goes through review
    ... and you apologize to Amara by Friday. We clear?"): the deadline of an order, which the
    coder may read as a follow-up; no one meets to look at how it went."""
    # (a meeting again with no day, "We talk again next month sometime.", is still a meeting:
    # a follow-up with no day set, not "Missing: a follow-up"; J40)
    low = canonical(ct.turn.text)
    return (ct.has(Code.EXPECTATION) and not ct.has(Code.COMMITMENT, Code.SUPPORT_OFFER)
            and _unbooked(ct, []) and not (
                VAGUE_WHEN.search(low) and (MEETS_AGAIN.search(low)
                                            or AGAIN_IN_OTHER_WORDS.search(low))))


def _own_dated_step(ct: ManagerMove) -> bool:
    """A sentence of the turn has the manager undertaking something by a date ("I'll have an
    answer for you by Thursday", "I'll speak to HR tomorrow")."""
    return any(DATE_IN_PLAN.search(c) and not VAGUE_WHEN.search(c) and UNDERTAKES.search(c)
               for c in map(canonical, sentences(ct.turn.text) or [ct.turn.text]))


# what they are to do, in any form: "you'll send me...", "can you ...", "your part is..."
_THEY_DO = re.compile(r"\b(?:you'll|you will|you're going to|you are going to|you need to|you "
                      r"should|you must|you can|can you|could you|will you|would you|you to|"
                      r"your (?:part|side|step)|you (?:send|ship|get|take|do|make|come|start|"
                      r"text|message|call|tell|book|finish|pair|talk|flag|put|check|say|ask|"
                      r"raise|bring|keep|fix|test|run|write|go|move|join|sit|shadow|spend|"
                      r"own|lead|present|share|post|show|draft|prepare|attend|apologi[sz]e|"
                      r"reply|update|block|log|hand|try|use|"
                      # ("So you sketch what a second workshop series would look like by
                      # Friday" was read as the manager's own step: J39)
                      r"sketch|outline|map|list|read|learn|teach|demo|mentor|pick))\b"
                      # "I'll pair you with Kasia", "I'll put you on the rota with Tom": a step
                      # with them in it, set for them
                      r"|\bi(?:'ll| will)? (?:pair|team|buddy|partner) you\b"
                      # "I'll expect a written plan from you by Monday" sets it for them
                      r"|\bi(?:'ll| will|'d)? (?:expect|need|want|require|be expecting|be "
                      r"looking for)\b|\bfrom you\b")


def _their_part_said(plan: list[ManagerMove]) -> bool:
    """Some plan turn, a recap among them, puts a part of it to them ("..., you try your small
    thing on the date you pick, I sort out the workshop time, ..."), beyond the meeting."""
    return any((_THEY_DO.search(p) or _THEIR_CHOICE.search(p))
               and not (books_meeting(p) or MEETS_AGAIN.search(p))
               for ct in plan for s in sentences(ct.turn.text) or [ct.turn.text]
               if not s.rstrip().endswith("?")  # "What would help you do that?" asks
               for p in clause_parts(canonical(s)))


# what they choose in it: "whatever first piece you picked, on your date", "the day you pick"
_THEIR_CHOICE = re.compile(r"\b(?:(?:you|ye) (?:pick|picked|choose|chose|name|named|want)|(?:your|"
                           r"yer) (?:date|day|pick|choice)|the (?:day|date|one|piece) (?:you|ye)"
                           r"|(?:it's|its|it is) (?:yours|yourn))\b")


def _only_mine(ct: ManagerMove) -> bool:
    """Every step in the turn is the manager's own undertaking ("I'll have a word with his
    manager too"): nothing in it for them to do."""
    said = [canonical(s) for s in sentences(ct.turn.text) or [ct.turn.text]]
    if ct.has(Code.THREAT):
        # what a threat holds over them, "... otherwise i will have to take it to hr", is no
        # undertaking of the manager's: the step is what comes before it (J43: "run the crit
        # again from next thursday otherwise ..." read "Missing: a step of theirs")
        said = [c[:held.start()] if (held := HELD_OVER.search(c)) else c for c in said]
        said = [c for c in said if c.strip()] or said
    if ct.has(Code.FOLLOW_UP):
        # meeting again is theirs as much as the manager's, but it is no step of theirs: beside
        # it, "I'll move the ranking work off your plate." is still the manager's own step
        said = [p for c in said for p in clause_parts(c)
                if not (books_meeting(p) or MEETS_AGAIN.search(p))]
        if not said:
            return False
    # (a recap names their part in fragments, "Kasia and you on the setup Thursday", "you're
    # with Kasia", "the setup is yours": a clause of it about them that the manager does not
    # take on is theirs)
    if recaps(ct.turn.text) and any(
            _ABOUT_YOU.search(p) and not UNDERTAKES.search(p) and not _RECAP_OPENER.match(p)
            for c in said for p in clause_parts(c)):
        return False
    return any(UNDERTAKES.search(c) and not _WE.search(c) for c in said) and not any(
        _THEY_DO.search(c) or _THEIR_DATED_STEP.search(c) or MEETS_AGAIN.search(c)
        or _WE.search(c) for c in said)


# their step in a verb no list holds, put to them with its day: "So you scope the retry fix with
# Marcus by Wednesday 11 November" (J45's ferry engineer: praised "Your own step with a date"
# beside "and I'll take you off the support rota"); "you" as the subject, never "I'll get you an
# answer by Friday", nor what they felt or did
_THEIR_DATED_STEP = re.compile(
    r"(?:^|\b(?:so|and|then|now|okay|ok)\s+|,\s*)you (?!(?:feel|felt|think|thought|said|say|know|"
    r"knew|want|wanted|mean|meant|were|are|was|had|have|did|missed|got|seem|sound|look|told|"
    r"couldn't|didn't|don't|won't|can't)\b)[a-z]+\b[^.;?]*?\bby (?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|tomorrow|tonight|next|the end of|end of|the \d+|\d+)")


_ABOUT_YOU = re.compile(r"\b(?:you|you're|you'll|yours)\b")
# "so to recap", "let me play it back", "to sum up what you said"
_RECAP_OPENER = re.compile(r"^(?:(?:so|okay|ok|right|and),? )*(?:to (?:recap|sum up|say it back|"
                           r"play it back)|let me (?:recap|sum up|say it back|play it back|play "
                           r"that back|check)|playing it back|in summary)\b[^,:]*$")


# "We'll look at it together next Friday" is theirs too
_WE = re.compile(r"\b(?:we'll|we will|we can|we're going to|let's|let us|together)\b")


# Taking up what they proposed: "Good.", "Okay, let's do that", "Deal.", "Sounds good."
_TAKES_UP = re.compile(r"^(?:(?:ok|okay|right|yes|yeah|so)[,.!]?\s+)*(?:(?:good|great|perfect|fine|"
                       r"lovely|brilliant|excellent|deal|done|agreed|sweet|nice|sounds good|that "
                       r"works|that's a plan|let'?s do (?:that|it)|do (?:that|it))[,.!]?\s*)+"
                       r"(?:$|and\b)")
# a blank cheque or the issue buried for them: "whatever you need, I'll get you a month off,
# fully paid", "I'll make sure nobody upstairs ever brings up the retry fix"
_OVERPROMISES = re.compile(r"\bwhatever you (?:need|want)\b.*\b(?:i'll|i will|i can)\b|\b(?:fully "
                           r"paid|no questions asked|as long as you (?:need|want|like))\b|\bnobody "
                           r"(?:\w+ )?(?:will )?ever (?:brings?|mentions?|hears?|asks?|says?)\b")
# the manager's help said as costing nothing, the tag that ends it: "I'll get us a contractor
# for it by next week, easy.", "consider it done", "no sweat" ("it won't be easy" and "an easy
# win" are no tag; "no problem" is kept, said as often to reassure as to wave off)
# (said aloud with no comma, "... and ill get you promoted by march easy", the tag is the last
# word, not "be easy" or "not easy")
_WAVE_OFF = re.compile(r"(?:,\s*|(?<!\bbe)(?<!\bis)(?<!\bnot)(?<!\bso)(?<!\btoo)(?<!\bvery)(?<!'s)"
                       r"(?<!\bthat)(?<!\bit)(?<!\ban)\s+)(?:(?:dead |real )?easy(?: peasy)?|no "
                       r"sweat|piece of cake|consider it done|done and dusted|easy done|simple as "
                       r"that)\s*[.!]*$")


def _waved_off(text: str) -> str:
    """The tag that waves away the cost of the manager's own undertaking, ending its sentence
    ("And the support queue, I'll get us a contractor for it by next week, easy." -> "easy"): a
    throwaway, not help a coach would count (the eighty-second pass's "Left"); else ""."""
    return next((found.group().strip(" ,.!") for s in sentences(text) or [text]
                 if (found := _WAVE_OFF.search(low := canonical(s).strip()))
                 and UNDERTAKES.search(low)), "")


# their own step, concrete: something they would do, not a wish or a refusal
_THEIR_IDEA = re.compile(r"\b(?:i could|i can|i'll|i will|i'd rather|i'd like to|i'd love to|"
                         r"i would love to|maybe i|what if i|i was thinking)\b(?!'t| not\b)")
# the manager's help for the step they just proposed, said as the taking up ("From my side, I
# can protect some time for it" after "I'd love to run the follow-up workshop"): it points back
# at the step, or names what the step needs from them ("I can take you off the support rota"
# after "If someone else covered the support rota, I could focus on the ledger work")
_BACKS_IT = re.compile(r"\b(?:for|with|on|behind|into|towards?) (?:it|that|this)\b")


def agrees_their_step(ct: ManagerMove, before: ManagerMove | None = None) -> bool:
    """The manager takes up the step the report just proposed ("I could keep my review
    comments about the code, starting this week." - "Good. Let's meet again on Friday 4
    December.") with no label, blame or threat: their step, agreed. The step answers a
    question about the plan (``before``) or names its time; "I'd rather sort it than keep
    having these meetings" after "Can you do that for me?" proposes none."""
    # the first sentence is the taking up ("Good.", "Okay, let's do that."), not a discourse
    # marker before the manager's own idea ("Okay so, um, here's what I'm thinking.")
    said = canonical((sentences(ct.turn.text) or [ct.turn.text])[0]).strip()
    # what they proposed: the sentences that say a step of theirs (the step said, then a
    # question about its date, "I could redo the onboarding states properly. I'm not sure of a
    # date yet. Can I come back to you by Wednesday?", proposes the step, not the question)
    told = canonical(ct.context or "")
    idea = " ".join(s for s in sentences(told) or [told]
                    if _THEIR_IDEA.search(s) and not s.rstrip().endswith("?"))
    if ct.has(Code.LABEL, Code.BLAME, Code.THREAT):
        return False
    # the step just proposed, taken up ("Good.", "your step from your day"); else a step they
    # proposed earlier that the turn backs in its words
    taken = bool(idea) and bool(_TAKES_UP.match(said) or POINTS_BACK.search(said)
                                or _backs_their_step(ct, said, idea))
    return any(not _VAGUE_IDEA.search(step) and (
        (before is not None and asks_about_plan(before)) or bool(DATE_IN_PLAN.search(step)))
        for step in ([idea] if taken else []) + [_earlier_idea_backed(ct, said)] if step)


# how long, not by when: "if someone else covered the rota for a few weeks, I could ..."
_DURATION = re.compile(r"\bfor (?:the )?(?:next |last |past )?(?:a few|a couple of|few|some|two|"
                       r"three|four|six|\d+) (?:days|weeks|months)\b")


def _backs_their_step(ct: ManagerMove, said: str, idea: str) -> bool:
    """The turn's first sentence offers help for the step they just proposed: support that
    points back at it or shares its words (see ``_BACKS_IT``)."""
    return ct.has(Code.SUPPORT_OFFER) and bool(
        _BACKS_IT.search(said) or content_words(said) & content_words(idea))


def _earlier_idea_backed(ct: ManagerMove, said: str) -> str:
    """A step they proposed earlier in the talk that the turn now offers help for, in its words
    ("I'd love to run the follow-up workshop the analysts asked for." three turns before "From
    my side, I can ask for a place in the onboarding plan for the follow-up session the analysts
    asked for"): two words of it or more, in the turn's first sentence."""
    if not ct.has(Code.SUPPORT_OFFER):
        return ""
    mine = content_words(said)
    ideas = [s for s in sentences(canonical(ct.said or "")) if _THEIR_IDEA.search(s)
             and not s.rstrip().endswith("?") and not _VAGUE_IDEA.search(s)]
    return next((s for s in reversed(ideas) if len(mine & content_words(s)) >= 2), "")


# a wish to be done with it, no step: "I'd rather sort it", "I'll do better", "I'll try harder"
_VAGUE_IDEA = re.compile(r"\b(?:i could|i can|i'll|i will|i'd rather|maybe i)\s+(?:just\s+)?"
                         r"(?:sort it|sort this|do better|try harder|be better|be more careful|"
                         r"fix it|work on it|try)\b(?!\s+(?:to|and|by|from|on|every)\b)")


# the manager closing the talk: "I have to run", "we are at time", "let's leave it there"
_ENDS_TALK = re.compile(
    r"\b(?:(?:i|we)(?:'ve| have|'ve got| got)? (?:to|gotta) (?:run|go|dash|jump|head off|wrap "
    r"(?:it |this )?up)|(?:we're|we are|i'm|i am) (?:at|out of|over) time|(?:let's|we can|we'll) "
    r"(?:leave it|stop|wrap (?:it |this )?up)(?: (?:there|here))?|that's (?:all|it) for "
    r"(?:today|now))\b")


# an open question for what they can do, often with its when: "What can you hit, and when?",
# "what can you realistically deliver by friday", "What could you get done this sprint?"
_WHAT_YOU_CAN = (r"\bwhat (?:do you think |would you say )?(?:can|could|will|would) you(?: "
                 r"(?:realistically|actually|honestly|really))? ")
# what is delivered: "hit", "get done", "have ready" (not "do" or "manage", which ask for ideas)
_DELIVERS = (r"(?:hit|deliver|get done|finish|ship|commit to|promise|turn round|turn around|land|"
             r"have ready)\b")
_WHAT_THEY_CAN = re.compile(
    _WHAT_YOU_CAN + r"(?:" + _DELIVERS + r"|do|manage|take on)\b|"
    # "Which piece do you want to finish first, ..., and what date can you really promise me?"
    r"\bwhich (?:\w+ )?(?:do you want|would you like|will you) to (?:finish|do|tackle|take on|"
    r"start with|pick up) first\b|\bwhat date (?:can|could|will|would) you (?:really |"
    r"realistically |honestly )?(?:promise|commit to|give me|hit)\b|"
    # the terse form: "What's your first step. By when."
    r"^what(?:'s| is) your (?:first|next) (?:step|move)\b")
# ...and the terser still, a noun phrase put to them with its when ("Your first step. When.",
# "Your next move?", "your first step and by when" said aloud, whose "when" the sentence reader
# parts from it): asked, when the coder reads a question in it (never "Your step, your day.",
# which takes their step up)
_STEP_ASKED_TERSELY = re.compile(r"^(?:(?:and|so|okay|ok|right|fine),? )?(?:(?:your|the) )?"
                                 r"(?:first|next) (?:step|move),?(?: and)?(?: by)?(?: when)?"
                                 r"[.?!]*$")


def _asks_step_tersely(text: str) -> bool:
    return any(_STEP_ASKED_TERSELY.match(canonical(s).strip()) for s in sentences(text))


# of those, the ones that ask them to commit to a delivery ("What can you hit, and when?"): a
# reply with no step of theirs in it leaves the plan the manager's ("What could you do
# differently?" asks for ideas, and asking it is co-creating whatever the answer)
_DELIVERY_ASKED = re.compile(_WHAT_YOU_CAN + _DELIVERS)


def asks_what_they_can(ct: ManagerMove) -> bool:
    """The turn asks them, openly, for the step they would take ("What can you hit, and
    when?"): asking what they would do, whether or not their answer then held a step."""
    if ct.has(*NEGATIVE_PLAN) or not ct.has(Code.OPEN_QUESTION):
        return False
    return asks_about_plan(ct) or bool(_WHAT_THEY_CAN.search(canonical(ct.turn.text))) \
        or _asks_step_tersely(ct.turn.text)


def _only_asks_step(ct: ManagerMove) -> bool:
    """Every sentence of the turn is a question for what they can do ("What can you hit, and
    when?"), an acknowledgement aside: no step, support or meeting offered in it."""
    said = [s for s in match(ct.turn.text).sentences if not _ACK_ONLY.match(s.text.strip())]
    return bool(said) and all(
        s.is_question or _WHEN_ALONE.match(s.text.strip()) or _asks_step_tersely(s.text)
        for s in said) and (bool(_WHAT_THEY_CAN.search(canonical(ct.turn.text)))
                            or _asks_step_tersely(ct.turn.text)) and not ct.has(
        Code.FOLLOW_UP, Code.SUPPORT_OFFER)


def _books_only(ct: ManagerMove, steps: list[ManagerMove]) -> bool:
    """A plan turn that only books the meeting ("Okay. We meet Wednesday 9 December at ten."),
    counted as the step when no other turn sets one: the follow-up, no step a coach would praise.
    (A run-on said aloud has no clause marks to tell a recap of their step from the booking,
    "let us meet again wednesday ... your first step on the day you chose ...": left as read.)"""
    return ct not in steps and ct.has(Code.FOLLOW_UP) and only_meets(ct) \
        and not is_unpunctuated(ct.turn.text)


def _without_step_only_asked(ct: ManagerMove) -> ManagerMove:
    """A turn whose only step is the one it asks them for ("Crit running again with your work
    in it, from next week. What's your first step, and when?") asks what they would do; it sets
    no step, whatever the coder read as a commitment in the question (the brief of J44: praised
    'Next step: "What's your first step, and when?"'). A step said beside the question ("So
    you'll send it by Thursday. What's your first step?") keeps it."""
    if not ct.has(Code.COMMITMENT) or not asks_what_they_can(ct):
        return ct
    said = [s for s in match(ct.turn.text).sentences if not s.is_question
            and not _WHEN_ALONE.match(s.text.strip()) and not _ACK_ONLY.match(s.text.strip())]
    if any(Code.COMMITMENT in s.codes or says_step(s.text) for s in said):
        return ct
    return replace(ct, coding=ct.coding.model_copy(update={
        "codes": frozenset(ct.coding.codes - {Code.COMMITMENT})}))


# the when asked as a fragment after the step, said without a question mark ("What's your first
# step. By when.")
_WHEN_ALONE = re.compile(r"^(?:and )?(?:by )?when[.?!]*$", re.I)
_ACK_ONLY = re.compile(r"^(?:(?:okay|ok|right|good|fine|sure|alright|yes|yeah|thanks|thank you)"
                       r"[,.!]?\s*)+$", re.I)


def _answered_with_idea(mine: list[ManagerMove], ct: ManagerMove) -> bool:
    """Their reply to the question held a step of their own ("I could flag it in stand-up")."""
    after = next((n for n in mine if n.index > ct.index), None)
    return after is not None and bool(REPORT_IDEA.search(canonical(after.context or "")))


def _turned_round_after(mine: list[ManagerMove], ct: ManagerMove) -> tuple[str, str] | None:
    """The step the answer to ``ct`` proposed, set by the plan for after what it was to get
    ahead of: the two timings ("before a date slips", "the day it slips"), or None."""
    after = next((n for n in mine if n.index > ct.index), None)
    later = [n for n in mine if n.index > ct.index and n.has(*PLAN_CODES)]
    turned = [turned_round(after.context or "", n.turn.text) for n in later] \
        if after is not None else []
    return turned[0] if turned and all(turned) else None


def cut_short(mine: list[ManagerMove]) -> int | None:
    """The turn the manager ended the talk on, when their last turn closes it."""
    last = mine[-1] if mine else None
    return last.index if last is not None and _ENDS_TALK.search(canonical(last.turn.text)) \
        else None


def development_planning(
    ctx: CompetencyContext, mine: list[ManagerMove], kind: ConversationType | None
) -> CompetencyScore:
    which = Competency.DEVELOPMENT_PLANNING
    name = ctx.facts.name if ctx.facts is not None else ""
    watched = [ct for ct in mine if monitors_only(ct) or watch_only_follow_up(ct)]
    watching = {ct.index for ct in watched if not monitors_only(ct)}
    mine = [_without_monitoring(ct) for ct in mine]
    doors = [ct for ct in mine if ct.has(Code.SUPPORT_OFFER, Code.COMMITMENT)
             and open_door_only(ct, name)]
    door_at = {ct.index for ct in doors}
    mine = [_with_colleague_time(_with_their_step(_with_change_granted(_without_past_meeting_asked(
        _without_lapsed_meeting(_without_this_talk_named(_with_booked_meeting(
            _without_talk_announced(_without_step_only_asked(ct))))),
        ctx.facts))), name) for ct in mine]
    # ("Fine. I will put you down as not interested for now." writes them down: no step, no
    # plan at all, whatever the coder read as a commitment)
    # (nor is "what could you realistically deliver and by when", a question for their step,
    # a step of any kind, whatever the coder read as a commitment in it)
    # (a route they had turned down, booked for them, is no plan of theirs: the summary says so)
    told_before = {ct.index: " ".join(m.turn.text for m in mine if m.index < ct.index)
                   for ct in mine}
    overridden = [ct for ct in mine if ct.has(*PLAN_CODES) and books_declined_route(
        ct, told_before[ct.index])]
    # (the rest of such a turn, what they took up, stays in the plan without the route)
    taken_up = {ct.index: rest for ct in overridden
                if (rest := _without_route_booked(ct, told_before[ct.index]))}
    mine = [taken_up.get(ct.index, ct) for ct in mine]
    overridden_at = {ct.index for ct in overridden} - taken_up.keys()
    plan = [ct for ct in mine if (ct.has(*PLAN_CODES) and not no_plan_in(ct)
                                  and ct.index not in overridden_at and not (
        _WRITES_DOWN.search(canonical(ct.turn.text))
        and not ct.has(Code.FOLLOW_UP, Code.SUPPORT_OFFER)) and not _only_asks_step(ct))
        or _dated_order(ct)]
    if not plan:
        if kind is not None and len(mine) >= MIN_TURNS_FOR_PLAN:
            return CompetencyScore(
                competency=which, score=1, points=1.0, try_instead=(planning_prompt(),),
                summary=ctx.summary(which, 1, _overridden_note(overridden)))
        closed = cut_short(mine)
        if kind is not None and closed is not None:
            # a short talk the manager ended themselves ("I have to run, sorry, we are at
            # time") had its time for a next step: the choice was theirs, so it is judged
            return CompetencyScore(
                competency=which, score=1, points=1.0, try_instead=(planning_prompt(),),
                summary=ctx.summary(which, 1, f"You ended the talk yourself (turn {closed}) "
                                              "before any next step was agreed.",
                                    level_text=False))
        return CompetencyScore(competency=which, summary=ctx.summary(which, None))
    # beside a real step, a turn that only books the meeting again ("Let's sit down again on
    # Thursday 3 December and we'll look at it together") is the follow-up, whatever the code,
    # not a second step
    steps = [ct for ct in plan if ct.has(Code.COMMITMENT)
             and not (ct.has(Code.FOLLOW_UP) and only_meets(ct))]
    # ...nor is the meeting booked on the step they proposed ("I could sketch a second series by
    # Wednesday." - "Good. Let's put thirty minutes in for Thursday 10 December to look at your
    # sketch together."): their step agreed, and the follow-up (J38: praised "Next step")
    meets_on_theirs = {ct.index for before, ct in itertools.pairwise(mine)
                       if ct.has(Code.FOLLOW_UP) and only_meets(ct)
                       and agrees_their_step(ct, before)}
    # ...and a turn that only books the meeting is no step when no other turn sets one either
    # ("We meet again Tuesday at 3." after "I don't know. I'll think about it."): the follow-up,
    # and the summary says the step is missing (J44's "Left": read 4/5 "Concrete actions with
    # owner and date"; a run-on said aloud is left as read, ``_books_only``)
    coded = [ct for ct in plan if (ct.has(Code.COMMITMENT) and (
        ct in steps or not (steps or ct.index in meets_on_theirs or _books_only(ct, steps))))
        or _dated_order(ct)]
    # what the manager takes on is the support to quote, before a question about it
    # (asking what would help is co-creation, not an offer: ``offers_support``)
    # (in a step coded a commitment, the manager's own part, "and I'll keep Thursday mornings
    # clear for you", is the support too)
    # (an open door alone, "Let me know if you need anything", is no support: it is still a
    # turn about the plan, so the level's "no next step" reading of a talk is as before; J36)
    support = sorted((ct for ct in plan if (ct.has(Code.SUPPORT_OFFER) and ct.index not in door_at
                                            and (offers_support(ct)
                                                 or gives_colleague_time(ct.turn.text, name)))
                      or (ct.has(Code.COMMITMENT) and manager_part(ct)
                          and ct.index not in door_at and (
                          ct.index not in watching or _helps_beyond_watching(ct)))),
                     key=lambda ct: not manager_acts(ct.turn.text))
    # the manager's own step with a date ("I asked HR today ...; I'll have an answer for you by
    # Thursday") is a concrete action with an owner and a date, though theirs is not agreed yet
    # (a recap of the plan, "Let me repeat to check: ...; Kasia with you on Thursday; and we meet
    # on the 2nd", plays back what was offered: not support praised a second time when the offer
    # itself was made; it still holds the step when the recap is where their step is agreed)
    own_dated = [ct for ct in support if ct not in coded and _own_dated_step(ct)]
    support = [ct for ct in support if not recaps(ct.turn.text)] or support
    # a promise no manager can keep ("whatever you need, I'll get you a month off, fully paid",
    # "I'll make sure nobody upstairs ever brings up the retry fix") is neither support nor a
    # step: a coach would not praise it
    support = [ct for ct in support if not _OVERPROMISES.search(canonical(ct.turn.text))]
    coded = [ct for ct in coded if not _OVERPROMISES.search(canonical(ct.turn.text))]
    own_dated = [ct for ct in own_dated if not _OVERPROMISES.search(canonical(ct.turn.text))]
    # ...nor is help waved off as costing nothing ("And the support queue, I'll get us a
    # contractor for it by next week, easy."): their step beside it stays a step
    waved = [ct for ct in support + own_dated if _waved_off(ct.turn.text)]
    support = [ct for ct in support if ct not in waved]
    own_dated = [ct for ct in own_dated if ct not in waved]
    coded = [ct for ct in coded if not (ct in waved and _only_mine(ct))]
    commit = sorted(coded + own_dated, key=lambda ct: ct.index)
    # their own step, agreed to ("I could keep my review comments about the code, starting
    # this week." - "Good. Let's meet again on Friday."): a step of theirs, made with them, for
    # the level (the evidence quotes what the manager said)
    agreed = [ct for before, ct in itertools.pairwise(mine)
              if agrees_their_step(ct, before) and ct not in commit]
    # a step the manager takes on themselves ("I'll have a word with his manager too") is not
    # one set for them; what they will do is still to agree
    # (``own``: every step of the manager's own, the dated support above and these)
    # (a step of theirs summed up with the manager's check, "you fix the setup with Aisha on
    # Wednesday, ..., and I will check again next Monday", is still theirs: read as it was
    # coded, with its follow-up)
    own = own_dated + [ct for ct in coded if _only_mine(ct) and ct.index not in watching]
    theirs = [ct for ct in coded if ct not in own]
    # "next week sometime" names no day: a step, not a dated one
    dated = [ct for ct in commit if ct in own_dated or any(
        DATE_IN_PLAN.search(c) and not VAGUE_WHEN.search(c)
        for c in map(canonical, sentences(ct.turn.text) or [ct.turn.text]))]
    # the follow-up booked with the plan is the one to quote, not a look back at the start
    first = min((ct.index for ct in commit + support), default=0)
    # "... and you apologize to Amara by Friday. We clear?" (an order with a deadline) books no
    # meeting to look at it together: a deadline, not a follow-up
    follow = sorted((ct for ct in mine if ct.has(Code.FOLLOW_UP) and not _deadline_only(ct)),
                    key=lambda ct: follow_up_order(ct, first, DATE_IN_PLAN))
    # asked what they can do, and answered with no step of theirs ("My mornings and evenings
    # aren't really my own"), the plan the manager then set was not made together
    co_created = [ct for ct in co_creating(mine) if not (
        _DELIVERY_ASKED.search(canonical(ct.turn.text)) and not _answered_with_idea(mine, ct))]
    dropped: list[ManagerMove] = []  # asked about the plan, with no step of theirs in it
    if commit and not theirs and not agreed and not _their_part_said(
            plan + [ct for ct in mine if recaps(ct.turn.text)]):
        # only the manager's own steps and a meeting: a question about the plan was asked, but
        # no step in it is theirs, proposed or chosen, so it was not made with them ("I'll move
        # the ranking work off your plate. Let's meet again on Thursday 10 December." after
        # "What would help?" answered with no idea); a plan turn that takes up their idea stays
        dropped = [ct for ct in co_created if ct not in commit and not ct.has(Code.FOLLOW_UP)
                   and ct.has(Code.OPEN_QUESTION)]
        co_created = [ct for ct in co_created if ct in commit and builds_on_their_idea(ct)]
        if co_created:
            dropped = []
    booked = [ct for ct in follow if _books_a_day(canonical(ct.turn.text))]
    # the level follows the rubric's descriptions, so the summary can use their words
    level_text = bool(commit)
    if agreed and not commit:
        commit, theirs = agreed, agreed
        level_text = True
        if any(DATE_IN_PLAN.search(_DURATION.sub(" ", canonical(ct.context or "")))
               for ct in agreed):
            dated = agreed
        co_created = co_created or agreed
    # a follow-up a coach would not hold up ("we will check next month how it is going": no
    # meeting, no day) lifts a step set for them no further than 3; one agreed with them, or
    # with support beside it, still reaches 4
    vague_follow = bool(follow) and all(_unbooked(ct, booked) or _no_when(ct) for ct in follow)
    if dated and support and booked and co_created:
        points = 5.0
    elif dated and (support or (follow and (co_created or not vague_follow))):
        points = 4.0
    elif commit and (dated or support or follow):
        points = 3.0
    else:
        points = 2.0
    # a plan made over what they had just told you is not the best plan there was; one made
    # before they told it could not allow for it (the next turns are listening's to judge)
    planned_over = [d for d in ctx.ignored if (commit or support)
                    and any(ct.index > d.turn and ct.has(*PLAN_CODES) for ct in mine)]
    blind = bool(planned_over) and not plan_allows_for(  # no plan, nothing left out: "What do
        mine, planned_over, PLAN_CODES)  # you want?" is none
    if blind:
        points = min(points, 4.0)
    # a plan called agreed right after they said no ("No. And I'd rather not go into why." -
    # "So we agree: you're in at nine, ...") was not agreed: a step set for them at most (J34
    # and J35 saw it praised "Next step and follow-up")
    over_no = [ct for ct in commit if agreed_over_no(ct)]
    # ...nor is a step they asked to stop over ("So from Monday you write tests for every
    # change ..." - "I can't think straight when it's like this. Can we stop?"), when the next
    # turn went on without asking or reflecting (J37: praised "Next step")
    answered = replies(mine)
    after = dict(itertools.pairwise(mine))
    stopped_over = [ct for ct in commit if ct not in over_no
                    and asks_to_stop(answered.get(ct.index, ""))
                    and not (ct in after and after[ct].has(Code.OPEN_QUESTION, Code.REFLECTION))]
    over_no += stopped_over
    # ...nor is one they doubted ("I'm not sure. I'll think about it.") and the manager talked
    # them round ("no no you will like it trust me") without asking what held them back (J45's
    # Karachi branch manager: praised "Next step and support", 4/5)
    talked_round = [(ct, after[ct]) for ct in commit if ct not in over_no and ct in after
                    and _DOUBTS.match(canonical(answered.get(ct.index, "")).strip())
                    and _TALKS_ROUND.search(canonical(after[ct].turn.text))]
    over_no += [ct for ct, _ in talked_round]
    if over_no:
        points = min(points, 3.0)
    # every step set with a threat, a label or blame in the same turn ("and run the crit again
    # from next thursday otherwise i will have to take it to hr") was pressed on them, not
    # agreed: no more than a step (J43: 4/5 "Concrete actions ..." once the threat's "i will"
    # was no longer read as the manager's own step)
    forced = [ct for ct in commit if ct.has(*NEGATIVE_PLAN)]
    pressed = bool(commit) and len(forced) == len(commit)
    if pressed:
        points = min(points, 3.0)
    score = clamp(points)
    evidence = one_per_turn(
        [cite(ct, "the plan played back" if recaps(ct.turn.text) and len(commit) > 1 else (
              "your own step with a date" if ct in dated else "your own step")
              if ct in own else "next step with a date" if ct in dated else "next step", True,
              Code.SUPPORT_OFFER if ct in own else Code.COMMITMENT) for ct in commit[:2]
         if ct not in agreed]
        + [cite(ct, "support offered", True, Code.SUPPORT_OFFER) for ct in support[:1]]
        # ("We talk again soon, inshallah.", "maybe we can chat again some time": no day
        # booked, so no "+" beside it, J24)
        + [cite(ct, "follow-up with no day set", False) if _no_day(ct, booked)
           else cite(ct, "follow-up", True, Code.FOLLOW_UP) for ct in follow[:1]]
        + [cite(ct, "co-created") for ct in co_created[:1]])
    absent = tuple(key for key, have in (("step", commit), ("date", dated or not commit),
                                         ("support", support), ("follow_up", follow))
                   if not have)
    names = {"step": "a concrete next step",
             # the step they proposed has its owner: only its date is left to agree
             "date": "a date for the step they proposed" if commit == agreed
             else "an owner and date",
             "support": "support", "follow_up": "a follow-up"}
    missing = [names[k] for k in absent]
    if commit and not theirs and not co_created and not any(
            ct.has(Code.EXPECTATION) for ct in mine) and not _their_part_said(plan):
        # only the manager's own step: nothing yet on what they will do
        # (a plan that puts their part to them however it was coded, "you keep the retry fix
        # only, and you tell me in stand-up ...", has one: J39)
        missing.insert(0, "a step of theirs")
    # (any question about the plan answered with a step of theirs that the plan then left out,
    # "What's one small thing you could try in the next few weeks?" - "I could write up the
    # churn definitions as a guide.", was asked: "Missing: asking what they would do" is
    # untrue; J29)
    asked = [ct for ct in mine if asks_what_they_can(ct) or (
        (asks_about_plan(ct) or ct.has(Code.OPEN_QUESTION))
        and _answered_with_idea(mine, ct))] if not co_created else []
    # (a question about the plan whose answer left the plan the manager's was still asked:
    # "Missing: asking what they would do" beside "What would make that achievable?" is untrue)
    asked = sorted({*asked, *dropped}, key=lambda ct: ct.index) if not co_created else asked
    not_asked = score == 4 and not absent and not co_created and not asked
    if not_asked:
        missing.append("asking what they would do")
    # a day for the follow-up is asked for once, in one wording, whichever reading finds it
    # missing (J44's brief: "a date for the follow-up" at level 4, "a day ..." below it):
    # level 4 with no meeting booked; a follow-up a coach would not hold up, lifting a step set
    # for them no further than 3 (or the only plan part of level 2, with no day);
    # or a follow-up with no day ("let's catch up again soon", "we see next month") whatever
    # the rest of the plan (J41's "Left": none beside a co-created plan), unless the follow-up
    # itself is missing (decided from the plan read, not from the words written: J42's brief)
    no_day = bool(follow) and not booked and all(_no_day(ct, booked) for ct in follow)
    if (score == 4 and not absent and not booked) or (not co_created and (
            (score == 3 and vague_follow) or (score == 2 and no_day))) or (
            no_day and "follow_up" not in absent):
        missing.append(FOLLOW_UP_DAY)
    rewrites: tuple[Rewrite, ...] = (planning_prompt(absent),) if absent else ()
    hinted = bool(planned_over) and all(only_hinted(d) for d in planned_over)

    # (what the plan left out of what they told is said once, in the summary's "The plan did
    # not allow for ...", and a step set for them in "You set the step ...": a "went well"
    # line that says what went wrong is no praise; J41's and J42's "Left")

    # one praise per turn: a turn that is the step, the support and the follow-up is quoted
    # once with all three ("Next step, support and follow-up: ...")
    parts: dict[int, tuple[ManagerMove, list[str]]] = {}

    def replayed(ct: ManagerMove) -> bool:  # a recap beside the step it plays back
        return recaps(ct.turn.text) and len(commit) > 1

    # a step put to them only as something to try ("So going forward you will try to write
    # tests ...") leaves what they will do open: counted, not praised as their step (J37 and
    # J38: praised "Next step" while feedback read its "try to")
    tried = [ct for ct in commit if ct not in own and ct not in agreed
             and tries_for_them(ct.turn.text)]
    for head, turns in (("Next step", [ct for ct in commit if ct not in own
                                       and ct not in agreed and ct not in tried
                                       and not _books_only(ct, steps)]),
                        # (writing them down or watching them is no step a coach would
                        # praise: "I'll put you down as not interested in growth")
                        ("your own step with a date", [ct for ct in own if ct in dated
                                                       and not _records(ct) and not replayed(ct)]),
                        ("your own step", [ct for ct in own if ct not in dated
                                           and not _records(ct) and not replayed(ct)]),
                        # an open door ("if there's anything I can do, just let me know")
                        # still counts as support for the level, but a coach would not hold
                        # it up as done well
                        ("support", [ct for ct in support if manager_acts(
                                         VAGUE_HELP.sub(" ", canonical(ct.turn.text)))
                                     or not (OPEN_DOOR.search(canonical(ct.turn.text))
                                             or VAGUE_HELP.search(canonical(ct.turn.text)))]),
                        # "we can see how it goes", "catch up again sometime, maybe": a
                        # follow-up for the level, but none a coach would hold up as booked
                        # (nor one cited "follow-up with no day set": J43)
                        ("follow-up", [ct for ct in follow if not _unbooked(ct, booked)
                                       and not _no_day(ct, booked)])):
        for ct in turns:
            parts.setdefault(ct.index, (ct, []))[1].append(head)
    # (a plan called agreed over their no is not held up as done well: the summary says why)
    parts = {i: p for i, p in parts.items() if p[0] not in over_no}
    # a recap of the plan is not praised again for the parts praised where they were made
    made = {h for ct, hs in parts.values() if not recaps(ct.turn.text) for h in hs}
    parts = {i: (ct, hs) for i, (ct, hs) in parts.items()
             if not (recaps(ct.turn.text) and set(hs) <= made | {"Next step"})}
    good = [(turn, _praise_label(said))
            for ct, heads in sorted(parts.values(), key=lambda p: p[0].index)
            for turn, said in _quoted_apart(ct, heads)]
    # a step the manager set with no question about it and no idea of theirs behind it is
    # still a step, but no plan made together: the summary says so, once
    set_for_them = sorted((ct for ct, heads in parts.values()
                           if "Next step" in heads and not co_created and ct not in own),
                          key=lambda ct: ct.index)
    # (a hint that named nothing, "Things outside work have been a lot lately.", was not told:
    # the plan went past it without asking, it could not allow for it; J36)
    reasons = [f"They hinted at something more ({ctx.told(planned_over)}), and the plan went "
               "ahead without asking about it." if hinted else
               f"The plan did not allow for what they told you ({ctx.told(planned_over)})."] \
        if blind else []
    if agreed and commit == agreed:
        reasons.insert(0, f"In turn {agreed[0].index} you took up the step they had proposed.")
    if tried:
        reasons.append(f'"Try to" in your step (turn {tried[0].index}) leaves it open what '
                       "they will do; agree what they will do, and by when.")
    if stopped_over:
        reasons.append(f"They asked to stop (turn {stopped_over[0].index + 1}) right after "
                       f"your step (turn {stopped_over[0].index}), so it was not agreed; "
                       "asking what they need before going on would have found a step they "
                       "could take.")
    if pressed:
        held = "a threat" if forced[0].has(Code.THREAT) else "a label" if forced[0].has(
            Code.LABEL) else "blame"
        reasons.append(f"You set the step with {held} (turn {forced[0].index}): a step "
                       "pressed on them is seldom kept; ask what they would do.")
    if talked_round:
        doubted, pressed_by = talked_round[0]
        reasons.append(f"They were unsure about the step (turn {doubted.index + 1}), and you "
                       f"talked them round (turn {pressed_by.index}) instead of asking what "
                       "held them back; a step pressed past a doubt is seldom kept.")
    said_no = [ct for ct in over_no if ct not in stopped_over
               and ct not in [d for d, _ in talked_round]]
    if said_no:
        reasons.append(f"They said no just before you called the plan agreed (turn "
                       f"{said_no[0].index}); asking what stands in the way would have found a "
                       "step they could say yes to.")
    if score == 3 and (support or follow or not dated):
        # level 3's words ("with an owner or a date, but no support or follow-up") would deny
        # what is there: the summary says what the plan had instead
        level_text = False
        also = [w for w, have in (("support", support), ("a follow-up", follow)) if have]
        reasons.insert(0, "A next step" + (" with a date" if dated else "")
                       + "".join(f" and {w}" for w in also) + ".")
    if asked and commit and not agreed:
        # "What can you hit, and when?" asked, then no step of theirs in the answer: the
        # question was asked, and the plan ended up being the manager's (co-created it is not)
        reasons.append(f"You asked what they could do (turn {asked[-1].index}), but "
                       + ("they proposed no step of their own, so the plan ended up being "
                          "yours; when they have none, offering two steps to choose from lets "
                          "them own it." if not _answered_with_idea(mine, asked[-1]) else
                          f'the plan turned their step round ("{turned[0]}" became "{turned[1]}"'
                          '); build the plan on it as they put it.'
                          if (turned := _turned_round_after(mine, asked[-1])) else
                          "the plan left out the step they proposed; build the plan on it."))
    if overridden:
        reasons.append(_overridden_note(overridden))
    if watched and "follow_up" in absent:
        # "I will check again next Monday." watches them: say why it is no follow-up
        reasons.append(f"Checking on them yourself (turn {watched[-1].index}) is watching, "
                       "not a follow-up: it books no time together to look at how it went.")
    elif "support" in absent and (checks := [ct for ct in plan if any(
            watches(p) for p in _clauses(ct))]):
        # ...and checking their work, "and I check every pull request myself", is no help
        # with it (J38 saw "Missing: support" beside it, and no word on why)
        reasons.append(f"Checking on them yourself (turn {checks[-1].index}) is watching, "
                       "not support: it does not help them do it.")
    if waved and "support" in absent:
        # the throwaway was said: the summary says why it is not the support asked for
        reasons.append(f'The help in turn {waved[0].index} was waved off ("'
                       f'{_waved_off(waved[0].turn.text)}"), with no first step of yours in it; '
                       "say what you will do first, and when.")
    if doors and "support" in absent:
        # the open door was said: the summary says why it is not the support asked for
        reasons.append(f"An open door (turn {doors[0].index}) leaves the asking to them; name "
                       "one thing you will do to help.")
    if set_for_them and not not_asked and not pressed and not (asked and commit and not agreed):
        # (at level 4 "Missing: asking what they would do" says it, and "You asked what they
        # could do ..." when they were asked)
        reasons.append(f"You set the step for them (turn {set_for_them[0].index}); asking "
                       "what they would do first lets them own it.")
    if missing:
        reasons.append("Missing: " + ", ".join(missing) + ".")
    return CompetencyScore(
        competency=which, score=score, points=unrounded(points), evidence=tuple(evidence),
        went_well=went_well(good),
        try_instead=rewrites,
        summary=ctx.summary(which, score, " ".join(reasons), level_text=level_text),
    )
