"""Listening over several turns: what the report disclosed and whether the manager heard it,
and which reflections are grounded in what the report said.

A disclosure is a report turn that tells the manager the hard thing: in a stored session, the
turn the persona mind revealed the hidden cause on (``TraceEntry.newly_revealed``), or a hint
that names a personal difficulty; in a transcript with no trace, a report turn that names a
personal difficulty in the first person (``_cues_listening.discloses``). The manager's next
two turns should take it in; an open question about it straight after ("How long has that been
going on?") keeps the conversation on it, so the two turns are counted after such questions.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.invitations import invites_the_cause
from roleplay.domain.mind import ROOT_CAUSE, TraceEntry
from roleplay.domain.scores import Rewrite
from roleplay.domain.sentences import READING_CHECKED
from roleplay.domain.session import Session, Transcript, Turn
from roleplay.scoring._cues_feedback import AFFIRMATION
from roleplay.scoring._cues_listening import (
    ACKNOWLEDGES,
    FEELING,
    TENTATIVE,
    acknowledges,
    answer_to_guess,
    content_stems,
    discloses,
    echoed,
    felt,
    guess_offered,
    invites,
    names_feeling,
    offers_reading,
    personal_stems,
    stem,
    tentative,
    topic_stems,
    unsaid,
    waits_first,
)
from roleplay.scoring._cues_plan import ROOM_IN_HOURS, THEIR_STEP
from roleplay.scoring._text import canonical, is_unpunctuated, sentences, words
from roleplay.scoring.facts import ScenarioFacts
from roleplay.scoring.features import PRAISED
from roleplay.scoring.moves import (
    NEGATIVE_CODES,
    PLAN_CODES,
    ManagerMove,
    interrogates,
    recaps,
    says_consequence,
)
from roleplay.scoring.reading import UNDERTAKES
from roleplay.scoring.rewrites import acknowledgement_for, good_closed_question, reflection_for
from roleplay.scoring.settle.plans import RECAP_CHECKED
from roleplay.scoring.settle.turn import clauses

ANSWER_WINDOW = 2  # the manager's next turns that should take a disclosure in
ASKED_TURNS = 2  # open questions about it straight after that do not use up those turns
RECENT_REPORT_TURNS = 3  # what "what the report said recently" means for a reflection
# A reflection that says it goes back ("Earlier you said the new rota is what broke it", "you
# mentioned at the start..."): grounded in all they said, as a summary is
GOES_BACK = re.compile(r"\b(?:earlier|before|at the (?:start|beginning)|a (?:minute|moment|while) "
                       r"ago|you (?:mentioned|said|told me)|when we (?:started|began))\b")


@dataclass(frozen=True)
class Disclosure:
    turn: int  # the report turn's index
    text: str
    # the manager's next turns (up to ANSWER_WINDOW, after the questions about it in ``asked``)
    after: tuple[ManagerMove, ...]
    heard: bool
    by: ManagerMove | None = None  # the turn that took it in
    # the manager's turn just before had made room for it (acknowledged the hint, invited it):
    # moved on from, it still costs, but less (rubric, active_listening)
    invited: bool = False
    # the open questions about it straight after ("How long has that been going on?", "When did
    # it start?"): not taking it in, not moving on either
    asked: tuple[ManagerMove, ...] = ()


def disclosed_turns(transcript: Transcript, trace: Sequence[TraceEntry]) -> tuple[int, ...] | None:
    """The report turns the persona trace revealed the hidden cause on, and those it revealed a
    hint on that tells a personal difficulty ("I've had a lot going on at home"; a hint about
    work, "I'm not sure the usual next step is for me", is a bid, not a disclosure). None when
    there is no trace (a transcript file, an imported session): then the words decide."""
    if not trace:
        return None
    out: list[int] = []
    turns = transcript.turns
    for entry in trace:
        if not entry.newly_revealed:
            continue
        pos = next((p for p, t in enumerate(turns) if t.index == entry.turn), None)
        if pos is None:
            continue
        reply = next((t for t in turns[pos + 1:] if t.speaker == "report"), None)
        if reply is not None and (ROOT_CAUSE in entry.newly_revealed or discloses(reply.text)):
            out.append(reply.index)
    return tuple(out)


# what a hint names when it names nothing more: "things outside work", "a lot going on at home",
# "my evenings aren't exactly restful", "not sleeping much"
_VAGUE_LIFE = frozenset(stem(w) for w in (
    "home", "outside", "evening", "evenings", "life", "personal", "family", "things", "stuff",
    "private", "restful", "lately"))
# the words of a hint that points at something and names nothing
_HINTS_AT = re.compile(r"\b(?:outside (?:of )?work|at home|in my life|personally|my evenings|"
                       r"personal (?:stuff|things|reasons)|family stuff|(?:a lot|some stuff|things|"
                       r"stuff) going on)\b")
# ...and how it leaves them, which is told: "I'm wrung out. I haven't had a proper night's
# sleep in weeks."
_STATE_TOLD = re.compile(r"\b(?:exhausted|knackered|wrung out|burnt out|burned out|shattered|"
                         r"drained|worn out|running on empty|on fumes|struggling|sleep|slept|"
                         r"sleeping)\b")


def only_hinted(d: Disclosure) -> bool:
    """The report hinted at something ("Things outside work have been a lot lately.", "I've had
    a lot going on at home.") and named nothing more: a plan made past it did not ask, but it
    could not allow for what was never told."""
    low = canonical(d.text)
    return bool(_HINTS_AT.search(low)) and not (personal_stems(d.text) - _VAGUE_LIFE) \
        and not _STATE_TOLD.search(low)


def recent_report_text(transcript: Transcript, position: int,
                       last: int | None = RECENT_REPORT_TURNS) -> str:
    """The report's last few turns before ``position`` (all of them with ``last=None``),
    joined: what a reflection (or, all of it, a summary) may draw on."""
    said = [t.text for t in transcript.turns[:position] if t.speaker == "report"]
    return " ".join(said[-last:] if last else said)


# A turn busy with the feedback or the plan takes a disclosure in only with a line that does
# (sympathy, thanks, flexibility); an invitation or a reflection there is the coder's guess.
_BUSY = (Code.OBSERVATION, Code.IMPACT, Code.EXPECTATION, Code.COMMITMENT, Code.FOLLOW_UP)


# what they told, said back in other words: the theme of the disclosure -> the words a manager
# may use for it ("I haven't slept properly in weeks." - "Rough nights, then."; J37 saw the
# paraphrase told "your next turns moved on without acknowledging it")
_THEMES = tuple((re.compile(told), re.compile(back)) for told, back in (
    (r"\b(?:slept|sleep\w*|insomnia|(?:awake|up) (?:all|at) night)\b",
     r"\b(?:rough|long|bad|broken|sleepless|short) nights?\b|\bsleep\w*\b|\bno sleep\b|"
     r"\b(?:awake|up) at night\b|\b(?:exhausted|exhausting|shattered|knackered|worn out|"
     r"running on empty)\b"),
    (r"\b(?:rent|bills?|debts?|money|second job|bar shifts?|landlord|evict\w*)\b",
     r"\b(?:money|finances?|financial\w*|bills|rent|ends meet|two jobs|second job)\b"),
    (r"\b(?:carer|caring for|look(?:ing)? after|childcare|nursery|school run)\b",
     r"\b(?:carer|caring|looking after|childcare)\b"),
    (r"\b(?:don't|do not) want to (?:manage|lead)\b|\bnot (?:a )?(?:manager|people manager)\b",
     r"\b(?:not|no) (?:the |a )?(?:team-?lead|team lead|lead|manag\w+|leading people)\b|"
     r"\bwithout (?:managing|leading|the lead)\b|"
     # the only way up they feared, answered: "there is more than one road in this company"
     r"\bmore than one (?:road|way|path|route|ladder|track)\b|\bother (?:roads|ways|paths|"
     r"routes|ladders|tracks) (?:up|forward|here)\b|"
     # ...or the usual one allowed not to be theirs: "if the normal road up here doesnt feel
     # like yours you can say so"
     r"\b(?:normal|usual|standard|obvious|expected|only) (?:road|way|path|route|ladder|track)"
     r"(?: up)?\b"),
))
# a sentence that sets the plan is no paraphrase of what they told, whatever words it shares
_SETS_PLAN = re.compile(r"\b(?:you will|you'll|i will|i'll|we will|we'll|you need to|from (?:now|"
                        r"monday|tomorrow))\b")
PARAPHRASE_WORDS = 16  # the most words a sentence may have to say their theme back in brief


def paraphrases(said: str, told: str) -> bool:
    """A short sentence of ``said`` that says back the theme of ``told`` in other words ("Rough
    nights, then." after "I haven't slept properly in weeks"; "What would a next step look
    like for you, if it's not the team-lead role?" after "I don't want to manage people")."""
    low_told = canonical(told)
    themes = [back for was, back in _THEMES if was.search(low_told)]
    if not themes:
        return False
    # (a sentence run on past that length is read clause by clause; a recogniser's run-on,
    # with no clauses to cut, by the words around the theme: "so no manager job today your
    # experiment is yours ...", "and if the usual next step here does not fit you that is
    # allowed there is more than one road in this company" after "I don't want to manage")
    units = [c for s in sentences(said) or [said]
             for c in ([s] if len(s.split()) <= PARAPHRASE_WORDS else clauses(s))]
    if is_unpunctuated(said):
        units = [w for x in units for w in _around_themes(canonical(x), themes)]
    return any(len(x.split()) <= PARAPHRASE_WORDS and not _SETS_PLAN.search(canonical(x))
               and any(back.search(canonical(x)) for back in themes)
               for x in units)


def _around_themes(text: str, themes: Sequence[re.Pattern[str]]) -> list[str]:
    """The text itself if short, else the words either side of each place it says a theme."""
    said = text.split()
    if len(said) <= PARAPHRASE_WORDS:
        return [text]
    half = PARAPHRASE_WORDS // 2
    out = []
    for back in themes:
        for m in back.finditer(text):
            at = len(text[:m.start()].split())
            out.append(" ".join(said[max(0, at - half):at + half]))
    return out


def talked_before(text: str, earlier: Sequence[str]) -> frozenset[str]:
    """The content stems the talk had used, on either side, before they told ``text``, less
    its personal words ("dad", "home"): what a plan may share with it without hearing it."""
    return frozenset(content_stems(" ".join(earlier)) - personal_stems(text))


def _beyond_the_topic(echo: set[str], talked: frozenset[str]) -> bool:
    """Words of a disclosure a plan clause shares with it (``echo``) take it in, unless it is
    a single word the talk had used before they told it (``talked_before``)."""
    return bool(echo - talked) if len(echo) < ECHO_WORDS else bool(echo)


def _takes_in(ct: ManagerMove, text: str, room: bool = True,
              talked: frozenset[str] = frozenset()) -> bool:
    """Sympathy, thanks, naming how it is for them, flexibility, the personal thing named; or,
    in a turn not busy with feedback or the plan, an invitation to say more, a reflection that
    is not a guess, or an open question about what they said. Advice is fixing, not hearing.
    (``room=False``: room made in their load does not count by itself; ``talked``: the words
    of the talk before they told it, ``talked_before``.)"""
    # (a saying after the time given, "Take your time. Out on the boat you learn the fog lifts
    # when it lifts.", read as advice by the coder, fixes nothing: the time is the room made)
    if ct.has(*NEGATIVE_CODES) or (ct.has(Code.ADVICE) and not waits_first(ct.turn.text)):
        return False
    if acknowledges(ct.turn.text, text) and not only_asks_what_helps(ct.turn.text, text):
        return True
    if paraphrases(ct.turn.text, text):
        return True
    if room and _ROOM.search(canonical(ct.turn.text)):
        return True  # room made in their load: "I will take you off the pager for December"
    if ct.has(*_BUSY, Code.SUPPORT_OFFER):
        # what the manager will do about the very thing they told, in its words ("i can talk
        # to karen this week about the lead path" after "Karen told me she'd put me forward
        # for lead designer", "I can talk to the analytics lead about you running the
        # follow-up workshop" after "What I actually love is teaching, like the workshop")
        # takes it in; the plan's own words do not
        # (a name of someone else in it alone is none: "I will set up a weekly fifteen minutes
        # between you and Leo" after "...the VP said QA should have caught it... I know it's
        # come out at Leo" plans around Leo, and leaves the fear they told untouched)
        # (nor is the person the manager will talk to, or a span: "I will talk with the Core
        # Experience lead this week" after "I was promised the lead role ... I've got a final
        # round next week" shares "lead" and "week" with it, and hears none of it; J41)
        # (nor is one word the talk was about before they told it: "I will send you the
        # handover notes in the mornings" after "Things at home have been a lot lately, and
        # the mornings are hard", in a talk about the mornings, plans the mornings; two of its
        # words, "every beta build going through QA first" after "a build that skipped QA",
        # answer what they told; J42)
        # (or goes to find out what happened to what they told, in words of its own: "if
        # somebody promised you something about your job before October, I go and find out
        # what happened to it" after "Karen told me she'd put me forward for lead designer")
        if ct.has(Code.SUPPORT_OFFER, Code.COMMITMENT) and _FINDS_OUT.search(
                canonical(ct.turn.text)):
            return True
        if ct.has(Code.SUPPORT_OFFER, Code.COMMITMENT) and any(
                UNDERTAKES.search(c) and _beyond_the_topic(
                    echoed(_TALKED_TO.sub(" ", c), text) - _ASKING_WORDS - _named(text) - SPANS,
                    talked) for c in clauses(canonical(ct.turn.text))):
            return True
        if ct.has(*_BUSY):
            return False
    if invites(ct.turn.text):
        return True
    if ct.has(Code.REFLECTION, Code.SUMMARY):
        return carries(ct, text)
    # (an open question about what they said shares a word of its own with it: "what would you
    # like to happen from here" after "then the reorg happened" asks the next thing)
    # (nor does one that reuses a single word of theirs: "What gets in the way of writing the
    # tests before you merge?" after "I've never got the integration tests running on my
    # laptop ... I was too scared to say" asks about the feedback's tests; the fact and the
    # feeling go unacknowledged. Two of their words ask about what they said.)
    return ct.has(Code.OPEN_QUESTION) and len(
        (content_stems(ct.turn.text) & topic_stems(text)) - _ASKING_WORDS) >= ASKED_ABOUT_WORDS


# who the manager will talk to, by role: "talk with the Core Experience lead", "speak to your
# manager" (what the talk is about is what may take in what they told)
_TALKED_TO = re.compile(r"\b(?:talk|speak|chat|check in|sit down|meet|have a word) (?:to|with) "
                        r"(?:the |your |our |my |their )?(?:[\w-]+ ){0,3}?(?:lead|manager|head|"
                        r"director|vp|boss|owner|hr)\b")


# the manager will find out what became of what they told: "I go and find out what happened to
# it", "I'll look into what was said to you", "let me check what was promised"
_FINDS_OUT = re.compile(r"\b(?:i|i'll|let me)\b[^.?!,]{0,15}?\b(?:find out|look into|check|dig "
                        r"into|ask)\b[^.?!]{0,20}?\bwhat "
                        r"(?:happened (?:to|with) (?:it|that|this)|was (?:said|promised|agreed|"
                        r"told) (?:to you|about (?:you|your \w+))|(?:they|he|she) (?:said|"
                        r"promised|told you))\b")


ASKED_ABOUT_WORDS = 2  # words of theirs an open question shares with a disclosure to ask about it
ECHO_WORDS = 2  # words of theirs a reflection echoes to take a disclosure in


def part_said_back(d: Disclosure, credited: frozenset[int]) -> int | None:
    """The turn right after a disclosure moved on from, when listening credits it as a
    reflection and it says back a word of what they told ("so you were told you'd be put up for
    lead and then nobody said a word" before the interview she told of): it said back part of
    it, and did not move on from all of it (J39). None otherwise ("So you felt the ranking
    change would break search" after "I haven't had a proper night's sleep in weeks")."""
    ct = d.after[0] if d.after else None
    if ct is None or ct.index not in credited:
        return None
    return ct.index if echoed(ct.turn.text, d.text) else None


def _named(text: str) -> set[str]:
    """The stems of the people and places a line names: capitalised words inside a sentence
    (the days and months are no one: "The Mondays are after Sunday close.")."""
    return {stem(m.group(1).lower()) for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+)\b",
                                                           text)
            if not _CALENDAR.match(m.group(1).lower())}


_CALENDAR = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?$|(?:january|february|"
                       r"march|april|may|june|july|august|september|october|november|"
                       r"december)$")


# room made in what they carry, whatever the duty is called
_ROOM = re.compile(r"\b(?:take|taking) you off (?:the |your )?(?:[\w-]+ ){0,2}?(?:pager|paging|"
                   r"on-?call|rota|rotation|night shifts?|weekends?|support|out-of-hours)\b"
                   # a later start allowed: "From Monday you can start at half past nine",
                   # "i move your start to nine thirty" ("you start at 8:45" is an order)
                   r"|\byou (?:can|could|may) (?:start|come in|log in|begin) (?:at|from) "
                   r"(?:half past|quarter past|ten|nine|\d)|\b(?:move|moving|shift|push) your "
                   r"(?:start|hours)(?: time)? (?:to|back|later)\b"
                   # the day it holds for, said as the plan: "ok so mondays you start at 10"
                   r"|\b(?:on )?(?:mon|monday|fri|friday)s?,? you (?:start|come in|log in|begin) "
                   r"(?:at|from) (?:ten|eleven|half (?:past )?nine|quarter past nine|nine thirty|"
                   r"1[01]\b|9[:.][1-5]\d)")
# words any next question uses: sharing one with what they told is not asking about it
_ASKING_WORDS = frozenset(stem(w) for w in (
    "happen", "happened", "happening", "going", "want", "like", "need", "help", "think", "feel",
    "make", "get", "do", "say", "tell", "know", "thing", "things", "way", "next", "now", "here",
    "work", "time", "right", "week", "day", "month", "lately", "moment", "team", "lot", "last",
    "first", "past", "today", "tomorrow", "job"))


# asking what would help, and nothing more: the next question, not what they said taken in
_ASKS_WHAT_HELPS = re.compile(
    r"\b(?:what (?:would|will|could|might) (?:help|make it easier)(?: you)?(?: (?:right now|"
    r"most|the most|at the moment))?|what do you need(?: from me)?(?: (?:right now|at the "
    r"moment))?|is there anything (?:else )?(?:i|we) can do(?: to help)?)\b")


def only_asks_what_helps(said: str, told: str) -> bool:
    """"what would help you most do you think" straight after they told you something hard:
    it asks what would help, but acknowledges nothing they said (its words, its meaning or
    how it is for them); "I'm sorry. What would help most right now?" does."""
    low = canonical(said)
    if not _ASKS_WHAT_HELPS.search(low):
        return False
    rest = _ASKS_WHAT_HELPS.sub(" ", low)
    return not acknowledges(rest, told) and not echoed(said, told) \
        and not feeling_of_theirs(said) and not invites(rest) and not paraphrases(said, told)


# the manager's "your mum", "you're not sleeping" read as the report's own words
_THEIRS = {"your": "my", "you're": "i'm", "you've": "i've", "you": "i"}
_AS_THEIRS = re.compile(r"\b(?:your|you're|you've|you)\b")


# a clause about them, from its "you" to the end of the sentence
_OF_THEM = re.compile(r"\byou(?:'re|'ve|'d)?\b[^.?!]*")


def since(ct: ManagerMove, text: str) -> str:
    """What the report said from the disclosure ``text`` on, up to the manager's turn ``ct``
    (the disclosure alone when it cannot be placed): what hearing it may draw on."""
    said = ct.said or ""
    at = said.rfind(text) if text else -1
    return said[at:] if at >= 0 else text


def carries(ct: ManagerMove, text: str) -> bool:
    """A reflection hears a disclosure when it carries its content: words the report said in
    it or after it ("So a lot going on at home"), the personal thing in other words, or how it
    is for them ("It sounds like you're under pressure"). "It sounds like the migration took a
    lot more than anyone planned" after "I've had a lot going on at home" reflects the
    migration: the frame alone hears nothing."""
    after = since(ct, text)
    # (one word of theirs is no echo of what they told: "So the workshop went well." after "What
    # I actually love is teaching, like the workshop. I assumed I'd have to leave" takes in
    # neither; two of their words, or the personal thing itself, do)
    heard = echoed(ct.turn.text, after) - _ASKING_WORDS
    if len(heard) >= ECHO_WORDS or heard & personal_stems(text):
        return True
    if personal_stems(text) and personal_stems(_AS_THEIRS.sub(
            lambda m: _THEIRS[m.group(0)], canonical(ct.turn.text))):
        return True  # the personal thing in other words: "your family needs you" after "home"
    # what they love, said back of them in other words ("sounds like when the penny drops for
    # them, that is the best part for you" after "What I actually love is teaching")
    if _says_back_loved(ct.turn.text, text):
        return True
    # how it is for them: a feeling said of them ("you felt you must handle it alone") or a
    # comment on what they told ("That must be disheartening."), not a feeling word used of
    # something else ("the migration took a lot more than anyone planned")
    return feeling_of_theirs(ct.turn.text)


def _says_back_loved(text: str, recent: str) -> bool:
    """What they said they love, said back of them in other words ("that is the best part for
    you" after "What I actually love is teaching"): a meaning reflected."""
    return bool(_VALUED.search(canonical(recent)) and _VALUED_OF_THEM.search(canonical(text)))


# what they say they love or care about, and the same said of them
_VALUED = re.compile(r"\bi (?:\w+ )?(?:love|enjoy|care about)\b|\b(?:the best part|what i (?:\w+ )?"
                     r"(?:love|enjoy))\b|\bmatters (?:most )?to me\b|\bmy favourite\b")
_VALUED_OF_THEM = re.compile(r"\b(?:(?:is|that's|that is|was) the (?:best|favourite) part(?: of "
                             r"\w+)? for you|you (?:really |actually )?(?:love|enjoy|care about)|"
                             r"what you (?:really |actually )?(?:love|enjoy|care about)|matters "
                             r"(?:most )?to you|lights you up)\b")


# Room in their hours or load, in the words the plan offered it: "the later start", "flexible
# hours", "take you off the rota"
_ROOM_WORDS = re.compile(r"\b(?:" + ROOM_IN_HOURS + r"|flexib\w+|time off|move your hours)\b|"
                         + _ROOM.pattern)


def _room_said_again(ct: ManagerMove, text: str, earlier: Sequence[ManagerMove]) -> bool:
    """A turn after they told something that takes it in only by the room the plan had
    already offered before they told it ("So, let me check I have it: ..., I look at the later
    start and speak to Tom, and we meet on the 8th." after "I work at a pub four nights a week
    ... I'm knackered."): the plan said again, not what they told heard. (The same room
    offered first after it, "I could look at a later start", does take it in.)"""
    return bool(_ROOM_WORDS.search(canonical(ct.turn.text))) and not carries(
        ct, text) and not acknowledges(_ROOM_WORDS.sub(" ", canonical(ct.turn.text)), text) and any(
        _ROOM_WORDS.search(canonical(e.turn.text)) for e in earlier)


def _plan_made_room_only(ct: ManagerMove, text: str) -> bool:
    """A recap of the plan straight after they told something hard, taking it in only by the
    room it names ("So to recap: you ship the retry queue fix by Friday 13 November, I take you
    off the support rota until then, and we meet again on Thursday 12 November." after "My dad
    had a stroke six weeks ago..."): said as the plan already agreed, it plays the plan back
    over what they told, and nothing in it hears them (J36: it was praised "You took in what
    they told you"; planning still reads the room, ``plan_allows_for``). The plan put, not
    recapped, with room made in it ("Okay. I will take you off the support rota for the next
    two weeks, ...") answers what they told in deeds, and takes it in (test_review_33, 47)."""
    if not (recaps(ct.turn.text) and personal_stems(text)
            and _ROOM_WORDS.search(canonical(ct.turn.text))):
        return False
    bare = _ROOM_WORDS.sub(" ", canonical(ct.turn.text))
    return not _takes_in(replace(ct, turn=ct.turn.model_copy(update={"text": bare})), text,
                         room=False)


def _said_again(ct: ManagerMove, text: str, earlier: Sequence[ManagerMove]) -> bool:
    """A recap after they told something that shares with it, beyond the names and the words the
    manager had used before they told it, fewer than two words ("To check: comments on code not
    people, your step with Jun, and the 11th." after "I'm cooked ... when Jun's code breaks,
    it's my phone ... I'm short with people"): the plan said again, not what they told heard.
    (Sympathy, thanks, how it is for them, an invitation or the personal thing itself take it
    in, whatever else the turn says.)"""
    if not (ct.has(Code.SUMMARY) or RECAP_CHECKED.search(canonical(ct.turn.text))) \
            or ACKNOWLEDGES.search(canonical(ct.turn.text)) or feeling_of_theirs(ct.turn.text) \
            or invites(ct.turn.text):
        return False
    heard = (echoed(ct.turn.text, since(ct, text))
             | content_stems(ct.turn.text) & topic_stems(text)) - _ASKING_WORDS - _named(text)
    if heard & personal_stems(text):
        return False
    for e in earlier:
        heard -= echoed(e.turn.text, text) | content_stems(e.turn.text) & topic_stems(text)
    return len(heard) < ECHO_WORDS


def find_disclosures(
    transcript: Transcript, mine: Sequence[ManagerMove], turns: tuple[int, ...] | None,
) -> tuple[Disclosure, ...]:
    """Every disclosure with the manager's next turns and whether one of them took it in. A
    disclosure the manager had no turn left to answer counts as heard, and so does one whose
    later, fuller telling was heard."""
    if turns is None:
        turns = tuple(t.index for t in transcript.turns
                      if t.speaker == "report" and discloses(t.text))
    text_of = {t.index: t.text for t in transcript.turns}
    out: list[Disclosure] = []
    for index in sorted(set(turns), reverse=True):
        text = text_of.get(index, "")
        talked = talked_before(text, [t for i, t in text_of.items() if i < index])
        nexts = [ct for ct in mine if ct.index > index]
        # open questions about it straight after keep the conversation on it: the turns that
        # should take it in are the ones after them ("How long has that been going on?", "And
        # how are things with it right now?", then "So you've been driving to the hospital
        # twice a day and coding at night, on your own.")
        asked = 0
        # (and so does a murmur that leaves them the floor, "mm hmm", "...": it takes nothing
        # in and moves on from nothing)
        while asked < min(ASKED_TURNS, len(nexts)) and not _takes_in(nexts[asked], text) \
                and (asks_back(nexts[asked]) or _holds_the_floor(nexts[asked])):
            asked += 1
        after = tuple(nexts[asked:asked + ANSWER_WINDOW])
        earlier = [ct for ct in mine if ct.index < index]
        by = next((ct for ct in nexts[:asked] + list(after) if _takes_in(ct, text, talked=talked)
                   and not _room_said_again(ct, text, earlier)
                   and not _said_again(ct, text, earlier)
                   and not _plan_made_room_only(ct, text)), None)
        # a hint the manager moved on from, whose fuller telling later on they did take in,
        # was not ignored: the conversation came back to it
        later = any(d.heard for d in out)
        before = [ct for ct in mine if ct.index < index][-1:]
        # (an invitation to tell the cause, "If something happened around the reorg, I'd
        # really like to hear it", made room for it too: the words the report's mind answers)
        invited = bool(before) and not before[0].has(*NEGATIVE_CODES) and (
            acknowledges(before[0].turn.text, "") or invites(before[0].turn.text)
            or invites_the_cause(before[0].turn.text))
        out.append(Disclosure(turn=index, text=text, after=after,
                              heard=by is not None or not after or later, by=by,
                              invited=invited, asked=tuple(nexts[:asked])))
    return tuple(reversed(out))


# a question back about what they just told: "How long has that been going on?", "When did that
# start?", "What has that been like for you?", "How long ago was that?", "And how are things
# with it right now?" (what it will take, "How long will that take?", or how to fix it, "How can
# we fix that?", asks about the work)
_ASKS_BACK = re.compile(
    r"(?:\b(?:has|have|had|did|does|was|were|is)|'s)\s+(?:all\s+(?:of\s+)?)?(?:that|this|it|he|"
    r"she)\s+(?:all\s+)?(?:been|start|started|begin|began|happen|happened|come about|affect|"
    r"affected|affecting|weigh|weighing|weighed)\b"
    r"|\bhow (?:are|is|have) (?:things|you)\b[^?]*\bwith (?:it|that|this|all (?:of )?(?:that|"
    r"this)|him|her)\b|\bhow long ago\b|\bsince when\b")


# a murmur or a silence that leaves the report the floor (each sound held once it matched: run
# together, "mmmm..." or "mm hm mm hm ..." could be cut into sounds in exponentially many ways
# before a word that is no murmur failed it)
_MURMUR = re.compile(r"^(?:(?>mm+|hm+|m+ ?hm+|uh[- ]?huh|yeah|okay|ok|right|go on|i see|"
                     r"i'm listening)[,.!…]*+\s*+)+$")


def _holds_the_floor(ct: ManagerMove) -> bool:
    """A turn with no move in it that leaves the report talking: "mm hmm", "...", "Go on."."""
    low = canonical(ct.turn.text).strip()
    return not ct.coding.codes and (not any(ch.isalnum() for ch in low) or bool(_MURMUR.match(low)))


def asks_back(ct: ManagerMove) -> bool:
    """An open question about what they just told, and nothing else: every sentence a question
    (or a short "Okay."), none busy with the feedback, the plan or advice, one pointing back at
    it ("How long has that been going on?"). It takes nothing in, and moves on from nothing."""
    if not ct.has(Code.OPEN_QUESTION) or ct.has(*NEGATIVE_CODES, *_BUSY, Code.ADVICE,
                                                 Code.SUPPORT_OFFER):
        return False
    said = [s for s in sentences(ct.turn.text) if not _SHORT_ACK.match(s.strip())]
    return bool(said) and all(s.rstrip().endswith("?") for s in said) and any(
        _ASKS_BACK.search(canonical(s)) for s in said)


_SHORT_ACK = re.compile(r"^(?:(?:okay|ok|right|mm+|i see|wow|oh|and)[,.!]?\s*)+$", re.I)


def plan_allows_for(mine: Sequence[ManagerMove], ignored: Sequence[Disclosure],
                    plan_codes: frozenset[Code]) -> bool:
    """A plan turn after an ignored disclosure that takes it into account (flexibility, its
    words), or one before it that had already made room ("I'll take you off the on-call rota"
    before "I'm cooked"): then the plan did not ignore it, even if the next turns did."""
    return any(ct.has(*plan_codes) and not ct.has(*NEGATIVE_CODES) and (
        _takes_in(ct, d.text) if ct.index > d.turn else acknowledges(ct.turn.text, ""))
        for d in ignored for ct in mine)


def moved_on_at(d: Disclosure) -> ManagerMove | None:
    """The turn that moved on from a disclosure not heard: the first of the next turns that is
    not a right closed check ("So the nights before are long ... Have I got that right?"
    checks with them, and stays). The rewrite, the anti-pattern and the praise all name it."""
    return next((ct for ct in d.after if not (ct.has(Code.CLOSED_QUESTION) and
                                              good_closed_question(ct.turn.text, ct.coding))),
                None)


def acknowledgements(ignored: Sequence[Disclosure],
                     facts: ScenarioFacts | None) -> list[Rewrite]:
    """For each disclosure moved on from, what to say instead of the turn that moved on (a
    closing check stays: the acknowledgement is then added, not put in its place)."""
    out: list[Rewrite] = []
    for d in ignored:
        moved = moved_on_at(d)
        out.append(acknowledgement_for(
            moved.index if moved else -1, moved.turn.text if moved else
            f"(nothing said about what they told you in turn {d.turn})", d.text, facts,
            again=bool(out)))
    return out


def listening_rewrites(mine: Sequence[ManagerMove], refl: Sequence[ManagerMove],
                       ignored: Sequence[Disclosure],
                       facts: ScenarioFacts | None) -> list[Rewrite]:
    """Up to two: an acknowledgement for each disclosure moved on from, then a reflection where
    the manager moved straight on after the report opened up (not for a closing check, an
    offer or a plan: those were the right move there)."""
    rewrites = acknowledgements(ignored[:2], facts)
    for ct in mine:
        if len(rewrites) >= 2:
            break
        if ct in refl or not ct.context or len(words(ct.context)) < 8 \
                or any(r.turn == ct.index for r in rewrites):
            continue
        # (nor for the expectation: "So what I need going forward is ... Can you do that?" is
        # the feedback's message, which a reflection would not say)
        if not ct.has(Code.ADVICE, Code.CLOSED_QUESTION, *NEGATIVE_CODES) \
                or ct.has(*PLAN_CODES, Code.EXPECTATION):
            continue
        if ct.has(Code.CLOSED_QUESTION) and not ct.has(Code.ADVICE, *NEGATIVE_CODES) \
                and good_closed_question(ct.turn.text, ct.coding):
            continue
        rw = reflection_for(ct.index, ct.turn.text, ct.context, facts)
        if rw is not None:
            rewrites.append(rw)
    return rewrites


@dataclass(frozen=True)
class Reflections:
    """The manager's reflections as listening credits them (rubric, ``active_listening``)."""

    credited: tuple[ManagerMove, ...]  # content or feeling grounded in what they said
    feeling: tuple[ManagerMove, ...]  # credited, and acknowledging a feeling
    guesses: tuple[ManagerMove, ...]  # stated with confidence, about things never said
    # credited only because the report said yes: quoted after the ones grounded in their words
    confirmed: tuple[ManagerMove, ...] = ()


# A reflection is grounded when at least this share of its content words came from the
# report: one shared word in a line of eight is a guess with a word of theirs in it.
GROUNDED_SHARE = 1 / 3


def grounded(text: str, said: str, names: frozenset[str] = frozenset()) -> bool:
    """Enough of the reflection's content (stemmed; stop words, frames, named feelings and the
    report's name aside) is the report's own: an echo or a paraphrase that keeps their key
    words, not a claim with one of their words in it."""
    mine = content_stems(FEELING.sub(" ", canonical(text))) - {stem(n.lower()) for n in names}
    shared = mine & content_stems(said)
    return bool(shared) and len(shared) >= GROUNDED_SHARE * len(mine)


# the manager's comment on what they heard: "That sounds really tiring.", "That's a lot."
_COMMENT = re.compile(r"^(?:(?:and|so|oh|wow|gosh|honestly|yeah|well|okay|ok|right|god|blimey|"
                      r"man|jeez)[,]?\s+)*(?:that|it|this|which)(?:'s| is| must be| must have "
                      r"been| must have felt| must feel| would have felt| sounds| sounded| "
                      r"seems| has been|'s been)\b")


# Counts and spans: "that feels unfair after four years" puts their tenure, not a meaning, in
# their mouth (words and their stems, for ``claimed``)
_SPAN_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                         "ten", "eleven", "twelve", "twenty", "thirty", "hundred", "year",
                         "years", "month", "months", "week", "weeks", "day", "days", "hour",
                         "hours", "minute", "minutes", "after", "ago"})
SPANS = frozenset(stem(w) for w in _SPAN_WORDS) | _SPAN_WORDS


def claimed(text: str, said: str) -> set[str]:
    """The words of the manager's claims about them that they never said (``unsaid``), beside
    counts and spans ("four", "years", "after") and numbers."""
    return {w for w in unsaid(text, said) if w not in SPANS and not w.isdigit()}


# said with a shouted intensifier, "That must have been SO hard for you.", a comment on their
# feeling mocks it: no acknowledgement
_SHOUTED = re.compile(r"\b(?:SO+|REALLY|SUCH|VERY|TOTALLY)\b")


# a reassurance idiom names no feeling of theirs: "but no worries, it happens to everyone" waves
# the message off (J38: "just maybe a few things have been a little bit late lately, ... but no
# worries" was credited "feeling acknowledged" and "You reflected back" in the opening turn)
_NO_WORRIES = re.compile(r"\b(?:no worries|no stress|not to worry|don't worry|no pressure|no drama|"
                         r"no biggie|no big deal|no harm done)\b")


# "that is a lot i know but khalas i wanted to put all of it on the table at once": the "a lot"
# is the manager's own list, said of what they did, no feeling of theirs
_MY_OWN_LOAD = re.compile(
    r"\bi(?:'ve| have)? (?:wanted to |want to |had to |needed to )?(?:put|putting|throw|threw|"
    r"thrown|dump|dumped|give|gave|given|said|say|bring|brought|lay|laid)\b[^.?!]{0,30}?\b(?:all "
    r"at once|at once|on the table|at you|on you|in one go)\b")
_A_LOT = re.compile(r"\ba lot\b")


def feeling_of_theirs(text: str) -> bool:
    """A feeling named of them ("you felt you had to handle it alone") or in a comment on what
    they told ("That sounds exhausting."), not a word of feeling used of something else ("the
    late logins hurt the morning queue")."""
    # each sentence once, its quantities ("a lot more than planned") set aside
    if _SHOUTED.search(text):
        return False
    each = [_as_a_view(_QUANTITY.sub(" ", _NO_WORRIES.sub(" ", canonical(x))))
            for x in sentences(text) or [text]]
    if _MY_OWN_LOAD.search(canonical(text)):
        each = [_A_LOT.sub(" ", s) for s in each]  # "a lot" is what the manager put on them
    clauses = [c for s in each for c in _CLAUSE_CUT.split(s)]
    # (a feeling they caused in others, "you make the mobile team scared of qa", and one others
    # had, "some folks maybe felt the review notes came across kinda spicy", are not theirs)
    each = [_CAUSED.sub(" ", _OTHERS_FEEL.sub(" ", s)) for s in each]
    return any(names_feeling(m.group(0)) for s in each for m in _OF_THEM.finditer(s)) or any(
        _COMMENT.match(c.strip()) and (names_feeling(c) or _SYMPATHY.search(c)) for c in clauses
    ) or any(
        # a feeling guessed at for them: "I'm hearing that there might be a worry underneath"
        TENTATIVE.search(s) and names_feeling(s) for s in each)


# "you make the mobile team scared", "you left him feeling small": a feeling caused in someone
_CAUSED = re.compile(r"\byou(?:'re|'ve|'d)?\s+(?:\w+\s+){0,2}?(?:make|makes|made|making|leave|"
                     r"leaves|left|leaving|got|get|gets|getting)\s+(?:the \w+|them|him|her|people|"
                     r"everyone|everybody|others|us|me|(?:your|his|her|their|our) \w+)\b"
                     r"(?:(?!\b(?:and|but|so|because|while)\b)[^,;])*")
# a feeling others had, to the end of its clause: "some folks maybe felt ...", "the team feels ..."
_OTHERS_FEEL = re.compile(r"\b(?:folks|people|they|everyone|everybody|someone|somebody|others|"
                          r"(?:the|your) (?:team|juniors|others|lads|guys|girls|crew|client|"
                          r"\w+s)|he|she)\s+(?:\w+\s+){0,2}?(?:felt|feel|feels|feeling|were|was|"
                          r"are|is|got|get|love|loves|like|likes|hate|hates|enjoy|enjoys)\b"
                          r"(?:(?!\b(?:and|but|so|because|while)\b)[^,;])*")


# "felt" before a clause says what they thought, not how it was for them: "So you felt the design
# would break the indexer" after "I've been running on fumes" guesses at a view of theirs and
# names no feeling (the thirty-fourth pass left it praised "You took in what they told you");
# "you felt that way", "you've felt it for weeks" and "you felt let down" are feelings
# (said as a guess, "It sounds like you feel you already used up all the goodwill", it offers a
# feeling to check, and stays one)
_BELIEVED = re.compile(r"\b(?:feel|feels|felt)\s+(?:that\s+)?(?!(?:this|that|the same) way\b)"
                       r"(?:the|this|that|these|those|your|our|their|my|his|her|there|nobody|"
                       r"no one|everyone|everybody|someone|somebody|people)\b")


# how they will feel, to be seen later: "and we see how you feel", "then see how you feel about
# it" waits to find out, and names no feeling of theirs (J32: "Maybe you run a second workshop
# in December, and we see how you feel. What do you think?" was cited "feeling acknowledged");
# "I can see how you feel" is still one
_WAIT_TO_SEE = re.compile(r"\b(?:we|we'll|we will|we can|let's|and|then|to|and then) see how you "
                          r"(?:feel|find it|get on)(?: about (?:it|that|this))?(?: (?:then|after|"
                          r"afterwards))?\b")


def _as_a_view(text: str) -> str:
    """``text`` (canonical) with a view said with "felt" left out, unless offered as a guess,
    and how they will feel, waited for, left out."""
    text = _WAIT_TO_SEE.sub(" ", text)
    return text if tentative(text) else _BELIEVED.sub(" ", text)


def feels(text: str) -> bool:
    """The turn names a feeling, a view said with "felt" ("you felt the design would break the
    indexer") and a question aside ("Right. What's hard about checkout for you?" asks what is
    hard; it acknowledges no feeling)."""
    said = [x for x in sentences(text) or [text] if not x.rstrip().endswith("?")]
    return any(names_feeling(_as_a_view(canonical(x))) for x in said)


# "a lot" of something is a quantity, not a feeling: "the migration took a lot more than
# planned" (but "it's been a lot more than anyone could see" is how it has been for them)
_QUANTITY = re.compile(r"(?<!been )(?<!it's )(?<!that's )(?<!is )\ba lot (?:more|less|of|better|"
                       r"worse|faster|slower|longer|later|earlier|bigger|harder than)\b")
# where a comment starts inside a sentence: "So to sum up, it's been heavy and you're behind."
_CLAUSE_CUT = re.compile(r"[,;:]\s*|\s+(?:and|but|so)\s+")


# what a comment says of what they told: "That must be disheartening.", "That sounds tiring."
_SYMPATHY = re.compile(r"\b(?:disheartening|upsetting|frustrating|painful|hurtful|gutting|"
                       # British and American idioms: "that must have felt rubbish", "that
                       # sucks", "that's grim", "rough"
                       r"rubbish|crap|crappy|pants|grim|lousy|crummy|sucks|sucked|brutal|"
                       r"miserable|shitty|shit|the pits|no fun|not fun|"
                       r"demoralising|demoralizing|awful|horrible|rough|hard|tough|difficult|"
                       r"unfair|exhausting|tiring|lonely|scary|stressful|draining|a lot)\b")


def judge_reflections(refl: Sequence[ManagerMove],
                      names: frozenset[str] = frozenset()) -> Reflections:
    """A reflection earns credit for content when a meaningful share of its content words
    (``grounded``) comes from the report's recent turns (a summary: from all they said). It
    acknowledges a feeling when it names one and the report had expressed one, or when it
    names it tentatively ("I wonder if", "it sounds like you might"). Said with confidence
    about things the report never said ("so you were stuck on the rota, that's what you're
    saying"), it is a guess: no credit at all."""
    credited, feeling, guesses = [], [], []
    for ct in refl:
        recent = ct.recent or ""
        back = ct.has(Code.SUMMARY) or bool(GOES_BACK.search(canonical(ct.turn.text)))
        said = (ct.said or recent) if back else recent
        text = ct.turn.text
        # a meaning offered for checking in their words from earlier turns ("it sounds like
        # teaching and explaining is the part that gives you energy", four answers after "The
        # bit I love is explaining things. Teaching.") reflects what they said, however long ago
        content = grounded(text, said, names) or (
            tentative(text) and grounded(text, ct.said or "", names)) or _says_back_loved(
            text, recent)
        feels = feeling_of_theirs(text) and (felt(recent) or tentative(text) or bool(
            # "that must have felt rubbish": how it was for them, inferred and said as such
            _INFERRED.search(canonical(text)))) and not (
            # a stock comment on their load ("That sounds like a lot on your plate.") said when
            # they told of no load ("No. Four years I've been here. And this is what I get.")
            # names a feeling they did not have: it fits nothing they said
            _LOAD_COMMENT.search(canonical(text)) and not _LOAD_TOLD.search(canonical(recent)))
        # empathy ("I'm sorry you were left alone with it") is not a claim about content, and
        # praise ("You are doing fantastic, keep it up!") is no guess at their meaning
        # ("you're one of the people I never worry about on a hard call": trust said of them,
        # no feeling of theirs named unless offered as a guess)
        feels = feels and (tentative(text) or not _TRUSTED.search(canonical(text)))
        if not content and not tentative(text) and not acknowledges(text, "") \
                and not praises(text) and claimed(text, said):
            guesses.append(ct)
        elif content or feels:
            credited.append(ct)
            if feels:
                feeling.append(ct)
    return Reflections(tuple(credited), tuple(feeling), tuple(guesses))


_INFERRED = re.compile(r"\b(?:that|it|this) (?:must|would) (?:have )?(?:felt|feel|been|be)\b")


# a comment on how much they carry, and what tells of a load
# ("That sounds like a lot to manage alone", said after "Yeah. Fine. Why do you ask?": J38)
_LOAD_COMMENT = re.compile(r"\b(?:a lot|so much|too much|loads?) (?:on your plate|to deal with|to "
                           r"carry|to handle|to juggle|to manage|to cope with|to shoulder|going "
                           r"on)\b|\bjuggling\b")
_LOAD_TOLD = re.compile(r"\b(?:so much|too much|a lot|loads|hours|busy|juggl\w*|cover\w*|"
                        r"tickets|nights?|home|mum|dad|mother|father|kids?|children|baby|carer|"
                        r"caring|tired|exhausted|shifts?|buses|bus|school|everything|hospital|"
                        r"ill|sick|sleep\w*|overtime|weekends?|workload|deadlines?|stress\w*|"
                        r"pressure|struggl\w*|behind|drowning|swamped|stretched)\b")


# praise of how they are doing: "You are doing fantastic, keep it up!", "keep up the good work"
_DOING_WELL = re.compile(
    r"\byou(?:'re| are)(?: really| honestly| just)? doing (?:(?:so|really|very|super) )?(?:great|"
    r"fantastic|amazing|brilliant|awesome|excellent|wonderful|so well|really well|well|a great "
    r"job|an amazing job|a fantastic job|a brilliant job)\b|\bkeep (?:it up|up the (?:good|great) "
    r"work)\b")


def praises(text: str) -> bool:
    """The turn praises them (an affirmation, however it was coded): not a reflection, and
    never a guess said as their words."""
    low = canonical(text)
    return bool(_DOING_WELL.search(low) or AFFIRMATION.search(low) or PRAISED.search(low)
                or _TRUSTED.search(low))


# trust said of them: "you're one of the people I never worry about on a hard call", "I can
# always count on you"
_TRUSTED = re.compile(
    r"\b(?:one of the (?:people|ones|few) i (?:never|don't|do not) (?:have to )?worry about|"
    r"one of the (?:people|ones|few) (?:\w+ ){0,3}(?:leans?|rel(?:y|ies)|counts?|depends?) on|"
    r"i (?:can |could )?(?:always )?(?:count|rely|depend) on you|i (?:never|don't|do not) "
    r"(?:have to )?worry about you)\b")


def replies(mine: Sequence[ManagerMove]) -> dict[int, str]:
    """What the report said straight after each manager turn (up to the manager's next one):
    the words a later manager turn had heard that the earlier one had not."""
    out: dict[int, str] = {}
    for ct, nxt in itertools.pairwise(mine):
        before, after = ct.said or "", nxt.said or ""
        if after.startswith(before) and len(after) > len(before):
            out[ct.index] = after[len(before):].strip()
    return out


def sets_step(ct: ManagerMove) -> bool:
    """An order, a plan or advice, or their next step put to them ("so you'll send me a note by
    Friday"): listening credits none of these, however it was coded. A summary that also says
    what they told you still counts; one whose every sentence is their step is the plan."""
    steps = [bool(THEIR_STEP.search(canonical(s))) for s in sentences(ct.turn.text)]
    if ct.has(Code.SUMMARY):
        return bool(steps) and all(steps)
    return ct.has(Code.ADVICE, Code.EXPECTATION, Code.COMMITMENT) or any(steps)


_CHOICE = re.compile(r",?\s+or (?:is it|was it|is that|are you|were you|do you|did you|would it "
                     r"be|is there|the|your|something else)\b[^?]*\?\s*$")


def offers_choice(text: str) -> bool:
    """The turn's last question offers them options to choose from: an either/or."""
    asked = [s for s in sentences(text) if s.rstrip().endswith("?")]
    # ("Have I got that about right, or is it something else?" checks a reading: no choice)
    return bool(asked) and bool(_CHOICE.search(canonical(asked[-1]))) and not (
        READING_CHECKED.search(canonical(asked[-1])))


def tells_consequence(ct: ManagerMove) -> bool:
    """The turn tells them what their lapse did, in words of harm they never used ("Promo
    codes broke in production." after "The promo code one was me."): the feedback's impact,
    not what they said given back."""
    if not says_consequence(ct.turn.text):
        return False
    theirs = content_stems(ct.said or ct.recent or "")
    return any(stem(w) not in theirs for s in sentences(ct.turn.text)
               if says_consequence(s) for w in _HARM_WORD.findall(canonical(s)))


_HARM_WORD = re.compile(r"\b(?:broke|broken|failed|down|crashed|couldn't|lost|waited|complained|"
                        r"missed|slipped|paused|risk|cost|backed|backing|piled|piling|rolled|"
                        r"stuck)\b")


def heard_reflections(mine: Sequence[ManagerMove], names: frozenset[str] = frozenset(),
                      facts: ScenarioFacts | None = None) -> Reflections:
    """The turns listening counts as reflections, for the score, its summary and the metrics
    alike: coded as a reflection or summary, with no label, blame or threat, and not an order,
    plan or advice that opens on "so you..." (a summary of the plan still counts). A guess at
    their feeling or meaning offered for checking ("I wonder if you felt left out of that
    decision?") is judged by the report's answer: confirmed, it is a reflection (of a feeling,
    when it names one) whatever it was coded; rejected ("No, that's not it"), it earns nothing."""
    answered = replies(mine)
    # what one of the scenario's facts led to, told in no words of theirs ("Camera off at the
    # design crit on the 22nd." then "The two juniors came asking me where you were after."),
    # is the feedback's impact, whatever the coder read and however they answered it (J29:
    # "Mm. Something like that." had it praised "You reflected back")
    told = _impacts_told(mine, names, facts)
    # a reflection said as a statement ("so it sounds like you're drowning in it") is judged by
    # the answer too: "Something like that" confirms it, whatever words it used; a "yes" to
    # their next step put to them ("So you're going to finish the retry fix first") agrees to
    # a plan and confirms no reflection
    # (or says it back in their words: "if I don't flag it, nobody does")
    # (a choice put to them, "Is it because you are not happy with the new team, or is it the
    # work itself?", is a closed question, not a guess at their meaning)
    checked = {ct.index: _answered(answered.get(ct.index, ""), ct, names) for ct in mine
               # (a reflection with its check, "... Is that close?", may be coded input)
               if (guess_offered(ct.turn.text) or _offers_their_side(ct)
                   or ct.coding.primary == Primary.REFLECTION
                   or (ct.has(Code.REFLECTION) and not ct.has(*_BUSY)))
               and not ct.has(*NEGATIVE_CODES, Code.ADVICE) and not sets_step(ct)
               and not offers_choice(ct.turn.text) and not only_the_issue(ct, names)
               and not opens_talk(ct, names) and not suggests(ct, names)
               and ct.index not in told and not _their_lapse_told(ct)}
    # a guess offered for checking is read as a reflection, whatever it was coded, unless the
    # report turned it down; one they confirmed needs no more evidence
    judged = judge_reflections([ct for ct in mine if not ct.has(*NEGATIVE_CODES) and (
        ct.coding.primary == Primary.REFLECTION or ct.has(Code.REFLECTION, Code.SUMMARY)
        or ct.index in checked or only_feels(ct))
        and not sets_step(ct) and not tells_consequence(ct) and not suggests(ct, names)
        and not intends_talk(ct, names)
        and ct.index not in told
        and checked.get(ct.index) is not True
        # a guess offered for checking and turned down earns nothing; a statement turned down
        # is still judged (a confident guess in their name gets the "check it" note)
        and not (checked.get(ct.index) is False
                 and (guess_offered(ct.turn.text) or _offers_their_side(ct)))], names)
    confirmed = [ct for ct in mine if checked.get(ct.index) is True]
    # a reading of them offered to be taken up or corrected and not turned down ("Sounds like it
    # all ends up landing on you, and you're sick of it. Am I near?" - "Let's just say I don't
    # sleep as much as I'd like.") is listening, in their words or in the manager's: offering a
    # reading to be corrected is what a coach asks for, and only their "no" takes the credit back
    # (a defence in reply, "I'm trying as hard as I can.", or a question back, "What do you
    # mean outside work, a lot of what?", takes nothing up)
    offered = [ct for ct in mine if checked.get(ct.index, False) is None
               and _offers_their_side(ct) and ct not in judged.credited
               and not _pushed_back(answered.get(ct.index, ""))]
    if offered:
        judged = replace(
            judged, credited=(*judged.credited, *offered),
            feeling=(*judged.feeling, *(ct for ct in offered if feeling_of_theirs(ct.turn.text))),
            guesses=tuple(ct for ct in judged.guesses if ct not in offered))
    if any(_their_lapse_told(ct) for ct in judged.credited):
        judged = replace(
            judged, credited=tuple(ct for ct in judged.credited if not _their_lapse_told(ct)),
            feeling=tuple(ct for ct in judged.feeling if not _their_lapse_told(ct)))
    credited = sorted([*judged.credited, *confirmed], key=lambda ct: ct.index)
    feeling = sorted([*judged.feeling, *(ct for ct in confirmed if feels(ct.turn.text))],
                     key=lambda ct: ct.index)
    return Reflections(tuple(credited), tuple(feeling), judged.guesses,
                       tuple(ct for ct in confirmed if ct not in judged.credited))


def _pushed_back(reply: str) -> bool:
    """The reply defends, pushes back (``_HOLDS_BACK``) or opens on a question back."""
    said = sentences(reply)
    return bool(_HOLDS_BACK.search(canonical(reply))) or bool(
        said and said[0].rstrip().endswith("?"))


def _offers_their_side(ct: ManagerMove) -> bool:
    """A reading of their side offered to be taken up or corrected (``offers_reading``), not
    the manager's own point checked: "You missed the deadline on the 3rd. Is that right?" checks
    a fact of the feedback, and "So you'll send it Friday. That right?" a step, unless a feeling
    of theirs is named in it."""
    return offers_reading(ct.turn.text) and (not ct.has(
        Code.OBSERVATION, Code.IMPACT, Code.EXPECTATION, *PLAN_CODES)
        or feeling_of_theirs(ct.turn.text))


# their lapse told to them, or what it costs others, as a statement or with a "yes?": "So the
# mornings. You come a bit late sometimes, yes? And some Mondays you are sick.", "But Tom, he must
# cover for you, and he is a little tired of it." A "yeah" to it confirms a fact, not that they
# were heard (what they feel, "you're sick of being asked", is theirs said back)
_LAPSE_TOLD = re.compile(
    r"\byou (?:\w+ ){0,2}?(?:come|came|arrive|arrived|get in|got in|log in|logged in|are|were|was"
    r")(?: in)? (?:a bit |a little |often |sometimes |always |quite )*(?:late|sick|absent|off "
    r"sick)\b(?! of\b)|\bsome (?:mon|tues|wednes|thurs|fri)days you\b|\b(?:has|have|had|must|"
    r"needs? to|keeps?) (?:to )?cover(?:ing)? for you\b")


def _their_lapse_told(ct: ManagerMove) -> bool:
    """The turn tells them their lapse or what it cost others (``_LAPSE_TOLD``) and says back
    nothing they said."""
    return bool(_LAPSE_TOLD.search(canonical(ct.turn.text))) and not ct.has(Code.SUMMARY)


# an option of the manager's own put as a question: "Team lead, maybe?", "Maybe lead is right
# after all?", "So, perhaps a move to the platform team?"
# (a guess at their meaning with a tag, "I wonder if the post came across stronger than you
# meant? Maybe?", is checked with them: no option of the manager's)
_SUGGESTION = re.compile(r"(?:^|[.!?]\s+)(?:(?:so|and|but|okay|ok|well),? )?(?:maybe|perhaps) "
                         r"[^.?!]+\?$|,\s*(?:maybe|perhaps)\?$")
# an option of the manager's said as what they might do, then their view of it asked: "Maybe
# you run a second workshop in December, and we see how you feel. What do you think?" (J32: it
# was praised "You reflected back" when their answer said more); a guess at their state or
# meaning ("Maybe you're tired of explaining. What do you think?") is checked with them
_OPTION_PUT = re.compile(r"(?:^|[.!?]\s+)(?:(?:so|and|but|okay|ok|well|bene|right),? )?(?:maybe|"
                         r"perhaps) (?:you|we)(?!'re|'ve|'d)\s+(?!(?:are|were|have|had|feel|felt|"
                         r"want|wanted|don't|didn't|need|needed|like|love|think|thought|just|"
                         r"might|may|seem|miss|missed|do not|did not|hate|worry|get)\b)\w+"
                         r"[^.?!]*[.!]\s+(?:so,? )?(?:what do you think|how does that sound|"
                         r"thoughts|what about that|how about that|would that work(?: for you)?)"
                         r"\?$")


def suggests(ct: ManagerMove, names: frozenset[str] = frozenset()) -> bool:
    """The turn ends on an option of the manager's own, put as a question, in no words of
    theirs and naming no feeling ("So my boss wants to know where you see yourself. Team lead,
    maybe?" after "I'm happy doing what I'm doing, I think."): their yes agrees to a suggestion
    and confirms no reflection (J29: it was praised "You reflected back"; the twenty-eighth pass
    saw "So you are good with people. Maybe lead is right after all?" the same way)."""
    text = canonical(ct.turn.text).strip()
    if _OPTION_PUT.search(text) and not names_feeling(_WAIT_TO_SEE.sub(" ", text)):
        return True
    return bool(_SUGGESTION.search(text)) and not names_feeling(text) \
        and not guess_offered(text) \
        and not grounded(ct.turn.text, ct.said or ct.recent or "", names)


def _impacts_told(mine: Sequence[ManagerMove], names: frozenset[str],
                  facts: ScenarioFacts | None) -> set[int]:
    """The turns that tell a fact's impact (``ScenarioFacts.tells_impact``, after the event in
    the same turn or the one before) in words they had not used."""
    if facts is None:
        return set()
    before = [None, *(ct.turn.text for ct in mine)]
    return {ct.index for ct, prev in zip(mine, before, strict=False)
            if facts.tells_impact(ct.turn.text, prev)
            and not grounded(ct.turn.text, ct.said or ct.recent or "", names)}


def only_feels(ct: ManagerMove) -> bool:
    """The turn comments on how it was for them and does nothing else ("yeah that must have
    felt rubbish honestly nobody telling you anything", a recogniser's run-on, coded
    information): an acknowledgement of their feeling, whatever the coder made of it."""
    if ct.has(*NEGATIVE_CODES, Code.ADVICE, Code.OBSERVATION, Code.IMPACT, Code.EXPECTATION,
              Code.OPEN_QUESTION, Code.CLOSED_QUESTION, *PLAN_CODES):
        return False
    said = sentences(ct.turn.text) or [ct.turn.text]
    return bool(said) and feeling_of_theirs(said[0]) and not any(
        s.rstrip().endswith("?") for s in said)


_YOU = re.compile(r"\b(?:you|your|you're|you've|you'd|yourself)\b")


def only_the_issue(ct: ManagerMove, names: frozenset[str] = frozenset()) -> bool:
    """The turn puts the manager's own point to them ("So, um, the mornings have been a bit, you
    know, here and there? Not a big thing."): it speaks of no one, names no feeling, offers no
    guess at their meaning and uses no word of theirs, so their "Yes" agrees with the feedback
    and confirms no reflection."""
    text = canonical(ct.turn.text)
    return not (_YOU.search(_FILLER_YOU.sub(" ", text)) or names_feeling(text)
                or guess_offered(text) or TENTATIVE.search(text)
                or grounded(ct.turn.text, ct.said or ct.recent or "", names))


def intends_talk(ct: ManagerMove, names: frozenset[str] = frozenset()) -> bool:
    """Every sentence of the turn says what the manager means the talk to be ("If I may, I'd
    like us to spend this hour on what you enjoy in your work, rather than on titles."), with
    no word of theirs, no feeling heard and no guess: no reflection, whatever was coded (J34)."""
    said = [canonical(s).strip() for s in sentences(ct.turn.text) or [ct.turn.text]]
    return all(_MY_INTENT.match(s) for s in said) and opens_talk(ct, names)


def opens_talk(ct: ManagerMove, names: frozenset[str] = frozenset()) -> bool:
    """The manager's first words say what the talk is for ("Today is only about you and where
    you want to go, nothing is wrong."), with no word of theirs, no feeling and no guess at
    their meaning: their "That's true, actually." agrees with it and confirms no reflection."""
    text = canonical(ct.turn.text)
    # (later in the talk, a turn that only says what the manager means the talk to be, "So,
    # like, I just want to hold space for whatever's coming up for you around the future.", is
    # the same: J33 saw it praised "You reflected back" after "Mm. That's true, actually.")
    said = [canonical(s).strip() for s in sentences(ct.turn.text) or [ct.turn.text]]
    intends = all(_MY_INTENT.match(s) for s in said)
    # (what the talk is to be about, "what you enjoy in your work", names a topic, not a
    # feeling heard: "If I may, I'd like us to spend this hour on what you enjoy in your work,
    # rather than on titles." was praised "You reflected back", J34)
    if intends:
        text = _TOPIC_OF_THEIRS.sub(" ", text)
    return (ct.index <= 1 or intends) and not (
        names_feeling(text) or guess_offered(text)
                                  or TENTATIVE.search(text)
                                  or grounded(ct.turn.text, ct.said or ct.recent or "", names))


# what the manager means to do in the talk: "I just want to hold space for ...", "I'd like us to
# take our time", "I'm here to listen"
_MY_INTENT = re.compile(r"^(?:(?:so|like|and|okay|ok|well|um|look|honestly|today|if i may|if "
                        r"that's (?:ok|okay|alright)|with your permission)[,]?\s+)*"
                        r"i(?:'m| am)? (?:just |really |only |mainly |simply )?(?:want(?:ed)?|"
                        r"'d like|would like|here|mean) to\b|^(?:(?:so|like|and|okay|ok|well|"
                        r"um|look|honestly|if i may|if that's (?:ok|okay|alright)|with your "
                        r"permission)[,]?\s+)*i(?:'d| would) like us to\b")
# the topic the manager means the talk to take: "what you enjoy in your work", "what you love
# doing", "what matters to you"
_TOPIC_OF_THEIRS = re.compile(r"\bwhat (?:you|you'd) (?:most )?(?:enjoy|love|like|care about|want|"
                              r"hope for|find meaningful)\b|\bwhat matters (?:most )?to you\b")


# "you know", "mind you", "thank you": fillers, not words about them
_FILLER_YOU = re.compile(r"\b(?:you know|you see|mind you|thank you|see you)\b")


def _answered(reply: str, ct: ManagerMove, names: frozenset[str]) -> bool | None:
    """The report's answer to a guess (``answer_to_guess``); a guess offered for checking ("So
    it sounds like you've been pushed to ship fast and testing is the bit that gets squeezed.")
    that they answer by saying more of themselves (a hint, a disclosure, more of the same),
    neither turning it down nor defending themselves, is confirmed as "Something like that"
    would confirm it: the persona mind heard it as a reflection, and so does the score. So is
    a reflection said as a statement that is no guess in their name ("So the pressure on
    latency made you impatient with the others." after "Things have been a bit much")."""
    guess = ct.turn.text
    answer = answer_to_guess(reply, guess)
    if answer is not None or not (says_more(reply) or takes_up(reply, guess)):
        return answer
    return True if tentative(guess) or not judge_reflections([ct], names).guesses else None


def takes_up(reply: str, guess: str) -> bool:
    """The reply goes on in the guess's own words, pushing nothing back ("It's not just work,
    to be honest. Things outside work have been a lot lately." after "It sounds like something
    outside work has been taking a lot of you."): at least two of its content words and half
    of them, said again of their own accord."""
    low = canonical(reply).strip()
    if not low or _HOLDS_BACK.search(low) or low.rstrip().endswith("?"):
        return False
    mine = content_stems(FEELING.sub(" ", canonical(guess)))
    shared = mine & content_stems(low)
    return len(shared) >= 2 and len(shared) >= 0.5 * len(mine)


# a reply that pushes back, defends or asks for mercy says no more of the guess
_HOLDS_BACK = re.compile(
    r"^(?:but|actually|well,? actually)\b|\b(?:sorry|not (?:really )?(?:a )?fair|that's not|"
    r"isn't (?:that|about|it|true)|wasn't (?:all )?me|not my fault|i'm trying|i know\b|whatever|"
    r"can we stop|in trouble|fire me|i don't know (?:why|what)|what do you want|fine\b|no idea)")
_SPEAKS_OF_SELF = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|my|me|myself)\b")
SAYS_MORE_WORDS = 4  # content words of their own, said of themselves, to count as saying more


def says_more(reply: str) -> bool:
    """The reply tells more of themselves: a statement in the first person with at least
    ``SAYS_MORE_WORDS`` content words ("Okay. I don't really understand the order state
    machine. ..."), and nothing in it pushes back, defends or asks for mercy."""
    low = canonical(reply).strip()
    if not low or _HOLDS_BACK.search(low):
        return False
    return any(_SPEAKS_OF_SELF.search(canonical(s)) and not s.rstrip().endswith("?")
               and len(content_stems(s)) >= SAYS_MORE_WORDS for s in sentences(reply))


def as_heard(session: Session, text: str, coding: TurnCoding) -> TurnCoding:
    """What the report hears in the manager's next turn (``text``, coded ``coding``), for the
    persona mind: a reflection of things they never said, stated as their words, is no
    reflection (the scorer's own check, ``judge_reflections``), so it neither calms them nor
    earns a "that's exactly it". The stored coding is left as the coder gave it."""
    if interrogates(text) and not coding.has(*NEGATIVE_CODES):
        # "Why were they late? Why no states? Why no edge cases?" lands as blame, not as an
        # invitation to explain
        codes = (coding.codes - {Code.OPEN_QUESTION}) | {Code.BLAME}
        return coding.model_copy(update={"codes": codes})
    if guess_offered(text) and not coding.has(*NEGATIVE_CODES, Code.ADVICE):
        # "I wonder if you've felt scared to ask for help?": a guess at their feeling offered
        # for checking, heard as a reflection (not as help offered, nor a yes/no question)
        codes = (coding.codes - {Code.CLOSED_QUESTION, Code.SUPPORT_OFFER}) | {Code.REFLECTION}
        return coding.model_copy(update={"primary": Primary.REFLECTION, "codes": codes})
    if not (coding.primary == Primary.REFLECTION or coding.has(Code.REFLECTION, Code.SUMMARY)):
        return coding
    transcript = session.transcript
    position = len(transcript.turns)
    move = ManagerMove(turn=Turn(index=position, speaker="manager", text=text), coding=coding,
                       context=transcript.previous_report_text(position),
                       recent=recent_report_text(transcript, position),
                       said=recent_report_text(transcript, position, None))
    judged = judge_reflections([move], frozenset(session.scenario.persona.name.split()))
    if praises(text) and not coding.has(*NEGATIVE_CODES) and not judged.credited:
        # "You are doing fantastic, keep it up!" coded a reflection is heard as the praise it is
        codes = (coding.codes - {Code.REFLECTION, Code.SUMMARY}) | {Code.AFFIRMATION}
        return coding.model_copy(update={"primary": Primary.OTHER, "codes": codes})
    if not judged.guesses:
        return coding
    codes = coding.codes - {Code.REFLECTION, Code.SUMMARY}
    primary = coding.primary if coding.primary != Primary.REFLECTION else (
        Primary.INPUT if codes else Primary.OTHER)
    return coding.model_copy(update={"primary": primary, "codes": codes})
