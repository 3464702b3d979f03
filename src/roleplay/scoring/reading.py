"""Reading the plan in a scored conversation: which turns made it together with the report."""

from __future__ import annotations

import re

from roleplay.domain.codes import Code
from roleplay.domain.meeting_again import MEETS_AGAIN
from roleplay.scoring._cues_event import SPECIFIC_TIME
from roleplay.scoring._cues_listening import content_stems
from roleplay.scoring._cues_plan import (
    LOOKS_BACK,
    OFFER_QUESTION,
    PLAN_QUESTION,
    PROCESS,
    ROOM_IN_HOURS,
    THEIR_STEP,
    watches,
)
from roleplay.scoring._cues_talk import SUPPORT
from roleplay.scoring._patterns import match
from roleplay.scoring._text import canonical, is_unpunctuated, sentences
from roleplay.scoring.moves import PLAN_CODES, ManagerMove, tells_event
from roleplay.scoring.settle.threats import THEIR_ASK_TAKEN_UP
from roleplay.scoring.settle.turn import clauses, manager_acts

# The report's own idea in the line a plan answers ("Maybe if I could start at 10 on Mondays")
# ("I'd rather not continue this if it's going to be like this" is no idea: it refuses)
# ("Right. Be nicer. I'll try. Sorry." takes the manager's advice: no idea of their own)
# (a step they put for someone else, "Maybe Marcus should own the retry fix, and I pair with
# him in the mornings", is theirs too: J29)
REPORT_IDEA = re.compile(r"\b(?:i could|i can|i'll|i will|i might|maybe i|i'd (?:like|love) to|"
                         r"maybe (?!you\b)[a-z]+ (?:should|could) |"
                         r"i want to|what if i|i was thinking|i'd rather(?! not| you)|if i could|"
                         r"i'd (?:try|start|ask))\b(?! not\b|'t\b)"
                         r"(?! try(?: that| it| to| harder)?\s*(?:[.!,]|$))")
PLAN_WINDOW = 2  # the manager's turns before a plan turn that still belong to the planning
# The manager undertakes something in a statement ("I'll message Marcus straight after this",
# "I'll get Jun learning the indexer with you", "we can shape the hours around you"): with the
# coder's support code on the turn, that is the offer, whatever verb it uses. What they will do
# *to* the report is not (the process words, or watching and checking on them).
# a non-native speaker's present for their own next step ("i talk with the devrel lead about a
# shadow day", "i ask marta about shadow day this week"): the verb of a step for them, never one
# done to them ("i ask you to send it" is an order)
NATIVE_PRESENT_STEP = (r"i (?:(?:take|move|book|organi[sz]e|arrange|find|send|block|free|clear|"
                       r"pair|cover|give|get|put|check with|call|email|write to|introduce|connect|"
                       r"set up|sort out|raise|share|bring|reach out|"
                       # ("... and I fix the test setup with you on Wednesday": J38, "Missing:
                       # support" beside it)
                       r"fix|help|sit with|walk you through|go through|handle|look into|"
                       # ("you pair with jun on the indexer this week and i sit in on the first
                       # one": J39, "Missing: support" beside it)
                       r"sit in on|join you)\b|"
                       r"(?:ask|talk|speak|tell)\b"
                       r"(?! (?:to |with )?you\b))")
UNDERTAKES = re.compile(r"\b(?:i'll|i will|i shall|i'm going to|i am going to|let me|i can|we can|"
                        r"we'll|we will|we shall|i'd be happy to)\b"
                        # a non-native speaker's present for the future: "I take the fix off you"
                        # (after the side it is said from or its day: "From my side, today I
                        # take you off the payments support")
                        r"|^(?:(?:okay|ok|so|and|good|then|(?:from|on) my (?:side|end)|(?:for )?my "
                        r"(?:part|bit)(?: is)?|today|tomorrow|tonight|this (?:week|morning|"
                        r"afternoon|evening)|next week|(?:on|by|before) (?:mon|tues|wednes|thurs|"
                        r"fri)day),?:? )*"
                        + NATIVE_PRESENT_STEP
                        # the two of them at it: "this week you and me sit down and work out ..."
                        + r"|\b(?:you and (?:me|i)|me and you|the two of us)(?: will| can|'ll)? "
                        r"(?:sit|get together|go through|work (?:it )?out)\b")
# (nor is writing them down as something: "I'll put you down as not interested in growth")
NOT_FOR_THEM = re.compile(r"\b(?:watch\w*|monitor\w*|check(?:ing)? on you|keep(?:ing)? an eye|"
                          r"(?:put|mark|write|log) you (?:down )?as|"
                          r"be (?:checking|looking at your)|note|document|record|escalat\w+|"
                          r"report you|shut up|be (?:honest|clear|straight|frank|blunt))\b")


_ASIDE_ADVERB = re.compile(r"\b(?:actually|really|realistically|honestly|genuinely|possibly)\s+"
                           # "the most helpful first step" asks what "the helpful first step"
                           # asks
                           r"|(?:(?<=\bthe )|(?<=\ba ))(?:most|very|single)\s+")


def asks_about_plan(ct: ManagerMove) -> bool:
    """An open question about the next step, support or the plan: it looks forward ("What
    would help?", "What do you think would make the difference?"), not back at what
    happened; or, in a turn with no open question, their step asked for in the imperative
    ("Pick one thing you'll do differently this week.")."""
    if not ct.has(Code.OPEN_QUESTION):
        # their step asked for in the imperative, "Pick one thing you'll do differently this
        # week.", asks what "What's one thing you'll do differently?" asks (J40: read as an
        # order, "though you set it for them")
        return any(_STEP_ASKED.match(canonical(s).strip()) for s in sentences(ct.turn.text))
    asked = [s for s in sentences(ct.turn.text) if s.rstrip().endswith("?")]
    if not asked:
        # a question typed or transcribed without its mark ("ok i understand. what you would
        # like to do about crit"); speech recognition returns none at all
        asked = [s for s in sentences(ct.turn.text) if _WH_START.match(canonical(s).strip())] \
            or ([ct.turn.text] if is_unpunctuated(ct.turn.text) else [])
    # "What would actually work for you now?" asks what "What would work?" asks, and a
    # non-native "what you would like to do about crit" what "what would you like to do" asks
    return any((PLAN_QUESTION.search(q) or _PLAN_PICTURED.search(q)) and not LOOKS_BACK.search(q)
               for q in (_UNINVERTED.sub(r"\1 \3 \2", _ASIDE_ADVERB.sub("", _ASIDE_PHRASE.sub(
                   " ", canonical(a)))) for a in asked))


# their own step asked for as a choice put to them: "Pick one thing you'll do differently this
# week.", "Name one change you could make.", "Tell me one thing you want to try."
_STEP_ASKED = re.compile(r"^(?:(?:so|okay|ok|right|now|then|alright),? )*(?:pick|choose|name|tell "
                         r"me|give me|think of) (?:just )?(?:one|a|two|the one) (?:[\w-]+ )?"
                         r"(?:thing|step|change|idea)s? (?:that )?you(?:'ll| will| would| could| "
                         r"can| want to| are going to|'re going to|'d like to| would like to) "
                         r"(?:do|change|try|"
                         r"make|start|stop)\b")


# an aside between the question word and the question: "What, in your view, would make that
# achievable?", "What, if anything, would help?" (J35: "Missing: asking what they would do")
_ASIDE_PHRASE = re.compile(r",\s*(?:in your (?:view|opinion|eyes|experience)|to your mind|if "
                           r"anything|do you think|would you say|from your side|honestly|then),\s*")


# the plan asked for as a picture of what could be, in their words or a metaphor: "What would a
# course we can actually hold look like, from your side?", "What would a workable week look like
# for you?" (J33: "Missing: asking what they would do" beside it); it names them or the two of
# them
_PLAN_PICTURED = re.compile(r"\bwhat (?:would|could|might) (?:a|an|the|your|our) (?:[\w'-]+ ){1,9}?"
                            r"look like\b(?=.*\b(?:you|your|we|us|our)\b)")


_WH_START = re.compile(r"^(?:(?:so|and|ok|okay|right|good)[,]?\s+)*(?:what|how|which)\b")
_UNINVERTED = re.compile(r"\b(what|how|where|which)\s+(you|we)\s+(would|could|can|will|should|"
                         r"might)\b")


def co_creating(mine: list[ManagerMove]) -> list[ManagerMove]:
    """The turns that made the plan together: an open question about it in the planning phase
    (a plan turn or the ``PLAN_WINDOW`` turns before it), or a plan turn that answers the
    report's own idea."""
    plan = [at for at, ct in enumerate(mine) if ct.has(*PLAN_CODES)]
    phase = sorted({i for at in plan for i in range(max(0, at - PLAN_WINDOW), at + 1)})
    return [mine[i] for i in phase if (asks_about_plan(mine[i]) and not _idea_dropped(
        mine, i, plan)) or (
        i in plan and REPORT_IDEA.search(canonical(mine[i].context or ""))
        and _puts_a_plan(mine[i]) and not recalls_plan(mine[i].turn.text)
        and _takes_up_idea(mine[i]))]


IDEA_TAKEN_UP = 2  # content words a plan turn shares with their idea to have taken it up

# a plan turn that says yes to their idea before anything else: "Good. Let's do that, and ...",
# "Deal.", "I like that.", "I'm happy to help with that."
_SAYS_YES = re.compile(r"^(?:(?:okay|ok|right|so|well),? )?(?:yes|yeah|yep|good|great|perfect|"
                       r"lovely|brilliant|deal|done|fair enough|agreed|sounds good|that works|"
                       r"good idea|great idea|i like (?:that|it)|let's [a-z]+ (?:that|it)|do "
                       r"(?:that|it)|i'm (?:happy|glad) to (?:help|back|support)|whatever you "
                       r"(?:pick|choose|decide))\b")
# ...or points back to it anywhere: "that step is yours", "The step you just named is yours by
# Friday", "what you just said", "your idea"
POINTS_BACK = re.compile(r"\b(?:(?:that|this|the|your) (?:step|idea|plan|suggestion|offer)(?: "
                          r"you (?:just )?(?:named|said|gave|suggested|proposed|offered|picked|"
                          r"chose))?(?: is| is all)? yours|(?:the )?(?:step|idea|thing) you (?:just"
                          r" )?(?:named|said|suggested|proposed|offered)|what you (?:just )?"
                          r"(?:said|suggested|proposed|offered)|your (?:idea|suggestion|offer)|"
                          # "you take the first step with Leo on the day you said": the day is
                          # theirs, so the step it dates is too
                          r"(?:on|by|from) the (?:day|date) (?:you|ya|yow) (?:just )?(?:said|"
                          r"named|picked|chose|gave|set|put on it|mentioned|pick|choose|name|"
                          r"say)|"
                          # "your trial on your date": the day is theirs too (J38)
                          # ("thik ache your step from your day": from the day they choose)
                          r"(?:on|by|from) your (?:own )?(?:date|day)|"
                          # "Fine. Your step, your day."
                          r"your (?:first )?step,? your (?:own )?(?:date|day))\b")
# A step they offer, as the plan turn after it should take it up: "I could ...", "If I could
# ...", "Maybe Marcus should ..."; not a wish ("I want to keep this job", "I'd like to get back
# to being someone you can rely on"), which a plan need not repeat
_STEP_OFFERED = re.compile(r"\b(?:i could|if i could|maybe i|i can (?!do that|live with)|what if "
                           r"i|i'd (?:try|start|ask)|maybe (?!you\b)[a-z]+ (?:should|could) )")


# their step handed to someone they name: "Maybe Marcus should own the retry fix."
_HANDED = re.compile(r"\b(?:[Mm]aybe|[Pp]erhaps|[Ii]f) ([A-Z][a-z]+) (?:should|could|can|would)\b")


def _handed_elsewhere(idea: str, said: str) -> bool:
    """Their idea hands the step to someone they name, and ``said`` never names them."""
    low = canonical(said)
    handed = [m.group(1).lower() for m in _HANDED.finditer(idea)]
    return bool(handed) and not any(re.search(rf"\b{n}\b", low) for n in handed)


# their own step ("I could ...", "maybe I ..."), not one they hand to someone else
_OWN_STEP = re.compile(r"\b(?:i could|if i could|maybe i|what if i|i'd (?:try|start|ask))\b")
# the plan puts them to it: "so you book an hour with Kasia", "you and Kasia sit down"
_YOU_DO = re.compile(r"\byou(?:'ll| will| can)?\b(?! know\b| said\b)")


def _with_whom_they_said(idea: str, said: str) -> bool:
    """Their own step with someone they named ("I could ask Kasia to go through my tests with
    me") is put back to them with that person ("Right, so you book an hour with Kasia this
    week"): the plan builds on it in its own words. A person they named for a step of
    someone else's ("Maybe Marcus should own the retry fix") is not, nor is the manager's own
    word with them ("I'll talk to Marcus today so he knows the rota is his")."""
    names = _names_in(" ".join(x for x in sentences(idea) if _OWN_STEP.search(canonical(x))))
    return bool(names) and any(
        _YOU_DO.search(c) and names & content_stems(c) for c in clauses(canonical(said)))


def _takes_up_idea(ct: ManagerMove) -> bool:
    """The plan turn answering their idea takes it up: it says yes to it first, points back to
    it, or uses one of its words beyond the calendar. A plan of the manager's own put in its
    place ("I could keep my review comments about the code, starting this week." - "Pairing with
    Jun on the indexer every week, I like that. Let's start this week ...") was not made with
    them (J29; the twenty-eighth pass left it for planning: "I could pair with someone on the
    next ticket" - "So you'll add tests to every change before review")."""
    ideas = [x for x in sentences(ct.context or "") if _STEP_OFFERED.search(canonical(x))]
    low = canonical(ct.turn.text)
    theirs = " ".join(ideas)
    # (a yes that then puts someone else in the place of the one they named, "Maybe Kasia could
    # walk me through the order states once." - "Good. I'll book Aisha for Thursday afternoon
    # for the setup.", takes up no idea of theirs: J34, the fault J28 and J33 left)
    swapped = bool(_names_in(theirs)) and bool(_names_in(ct.turn.text)) and not (
        _names_in(theirs) & _names_in(ct.turn.text)) and not (
        (_what_not_when(ct.turn.text) & _what_not_when(theirs)) - _names_in(theirs))
    if not ideas or POINTS_BACK.search(low):
        return True
    # (the step they gave someone else, "Maybe Marcus should own the retry fix.", kept with
    # them in a plan that never names that person, "So: you keep the retry fix only", is not
    # taken up: J38 saw it cited "co-created")
    if _handed_elsewhere(theirs, ct.turn.text) or turned_round(theirs, ct.turn.text) is not None:
        return False
    if _SAYS_YES.search(low.strip()) and not swapped:
        return not _yes_then_another_step(ct.turn.text, theirs)
    if _with_whom_they_said(theirs, ct.turn.text):
        return True
    # (one word of it is enough here: "I could talk to Leo directly first" - "I'm happy to sit
    # in on the first conversation with Leo" builds on it; but a person's name alone is not:
    # "Maybe Marcus should own the retry fix" - "I'll talk to Marcus today so he knows the rota
    # is his again" hands Marcus the rota, not the retry fix she put to him)
    return bool((_what_not_when(ct.turn.text) & _what_not_when(theirs)) - _names_in(theirs))


# when a step is done against what it guards: "before it slips" in their idea, "the day it
# slips" in the plan
_BEFORE_IT = re.compile(r"\b(?:before|not after|not once|not when) (?:it|they|the [\w-]+|"
                        r"a [\w-]+|anything) (?:\w+ )?(\w+)")
_ONCE_IT = re.compile(r"\b(?:the day|the moment|when|after|once|as soon as) (?:it|they|the [\w-]+|"
                      r"a [\w-]+|anything) (?:\w+ )?(\w+)")


def turned_round(theirs: str, plan: str) -> tuple[str, str] | None:
    """The plan sets their step for after what their idea meant to get ahead of: "I could flag
    it in stand-up before a date slips." - "So you flag it in stand-up the day it slips" (J39
    saw it cited "co-created"). The two timings, as said, or None."""
    ahead = {m.group(1): m.group(0) for m in _BEFORE_IT.finditer(canonical(theirs))}
    low = canonical(plan)
    if not ahead or _BEFORE_IT.search(low):
        return None
    late = next((m for m in _ONCE_IT.finditer(low) if m.group(1) in ahead), None)
    return (ahead[late.group(1)], late.group(0)) if late is not None else None


# after the yes, a step set for them ("So you sketch ...", "You'll write ...") and the words
# that point back at their step in it ("do that", "try it")
_SETS_THEM = re.compile(r"^(?:(?:so|then|and|okay|ok|right|now),? )*you(?:'ll| will| can)? "
                        r"(?!know\b|see\b|said\b|mentioned\b|told\b)[a-z]+")
# ...but a yes to a way of working they take on ("I could keep my review comments about the
# code, not the person, starting this week." - "Good. So you'll talk to Amara and Jun this week,
# ...") agrees to it as it stands: the steps after it add to it, they do not replace it
_STANDING_IDEA = re.compile(r"\b(?:i could|i can|i'll|i will|maybe i could)\s+(?:just\s+)?"
                            r"(?:keep|stop|always|never|make sure|be)\b")
_DOES_IT = re.compile(r"\b(?:do|try|start|book|run|set up|go (?:for|with)) (?:that|it|this)\b")


def _yes_then_another_step(said: str, theirs: str) -> bool:
    """The yes is a courtesy before a step of the manager's own set for them: "I like that. So
    you sketch what a second workshop series would look like by Friday" after "Maybe I could
    talk to someone in developer relations" (J38: cited "co-created"). The step after it
    shares no word of their idea and does not point back at it."""
    rest = sentences(said)[1:]
    if _STANDING_IDEA.search(canonical(theirs)) or not any(
            _SETS_THEM.match(canonical(s).strip()) for s in rest):
        return False
    after = " ".join(rest)
    return not _DOES_IT.search(canonical(after)) and not (
        (_what_not_when(after) & _what_not_when(theirs)) - _names_in(theirs))


def builds_on_their_idea(ct: ManagerMove) -> bool:
    """The plan turn answers a step they had just put forward ("If someone covered the rota, I
    could focus on the ledger work." - "I'll take you off the support rota.") and takes it up:
    a step they own behind a plan the manager words. A reply that only shrugs in the future
    ("Ha, thanks. I'll add it to my growth plan.") put forward no step to build on."""
    said = [x for x in sentences(ct.context or "") if REPORT_IDEA.search(canonical(x))
            and _STEP_OFFERED.search(canonical(x))]
    return bool(said) and _takes_up_idea(ct)


def _idea_dropped(mine: list[ManagerMove], at: int, plan: list[int]) -> bool:
    """They answered the question about the plan with a step of their own ("I'd love to run
    the follow-up workshop the analysts asked for"), and every plan turn after it leaves that
    step out: asked, then set aside, the plan was not made together."""
    reply = mine[at + 1].context if at + 1 < len(mine) else None
    ideas = [x for x in sentences(reply or "") if REPORT_IDEA.search(canonical(x))]
    later = [mine[j] for j in plan if j > at]
    if not ideas or not later:
        return False
    # (handed to someone the plan never names: "Maybe Marcus should own the retry fix." - "So:
    # you keep the retry fix only, ...", J38)
    if _handed_elsewhere(" ".join(ideas), " ".join(ct.turn.text for ct in later)):
        return not any(POINTS_BACK.search(canonical(ct.turn.text)) for ct in later)
    # (turned round: "before a date slips" set as "the day it slips", J39)
    if all(turned_round(" ".join(ideas), ct.turn.text) is not None for ct in later):
        return True
    names = _names_in(" ".join(ideas))
    theirs = _what_not_when(" ".join(ideas)) - names
    # (an idea of one word and a person, "Maybe if I could pair with Marcus on it", is taken up
    # by that word with that person: "you pair with Marcus on the retry queue fix" - J36 saw it
    # called "set it for them")
    need = min(IDEA_TAKEN_UP, len(theirs)) if names else IDEA_TAKEN_UP
    return not any((need and len(_what_not_when(ct.turn.text) & theirs) >= need
                    and (need >= IDEA_TAKEN_UP or names & _names_in(ct.turn.text)))
                   or POINTS_BACK.search(canonical(ct.turn.text))
                   or _with_whom_they_said(" ".join(ideas), ct.turn.text) for ct in later)


# When a step starts or runs is not what the step is: "starting this week" in their offer ("I
# could keep my review comments about the code, starting this week") and "Let's start this
# week" in a plan of pairing sessions share only the calendar, not the idea (J29); "a later
# start on Mondays" after "If I could start at 10 on a Monday" shares the idea itself
_WHEN_SAID = re.compile(r"\b(?:(?:start|starting|beginning|begin|from) )?(?:(?:this|next|every|"
                        r"each) (?:week|month|monday|tuesday|wednesday|thursday|friday)|today|"
                        r"tomorrow|right now|from now on)\b")
# (nor do the pronouns the stop words let through: "with her in the mornings")
_PRONOUNS = frozenset({"her", "him", "his", "she", "they", "them", "their"})


# sitting with someone to learn is pairing, however it is said: "If someone could sit with me
# for an afternoon on my laptop setup" - "I'll ask Kasia to pair with you this week"
# (and so is being walked through it: "Maybe Kasia could walk me through the order states once" -
# "I'll ask Kasia to set aside time to pair with you this week")
_PAIRING = re.compile(r"\b(?:sit (?:down )?with (?:me|you|him|her|them)|pair(?:ing|ed|s)?(?: up)?"
                      r"(?: with)?|shadow(?:ing)?|walk(?:s|ed|ing)? (?:me|you|him|her|them) "
                      r"through)\b")


# a person named inside a sentence ("Maybe Marcus should ..."; the days and months are no one)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+)\b")
_CALENDAR = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?$|(?:january|february|"
                       r"march|april|may|june|july|august|september|october|november|"
                       r"december)$")


def _names_in(text: str) -> set[str]:
    """The content stems of the people a line names: taking up someone's idea needs more of it
    than who it was for."""
    return content_stems(" ".join(m.group(1) for m in _NAME.finditer(text)
                                  if not _CALENDAR.match(m.group(1).lower())))


def _what_not_when(text: str) -> set[str]:
    """The content stems of a step that say what it is, not when it happens."""
    said = _PAIRING.sub(" pairing ", _WHEN_SAID.sub(" ", canonical(text)))
    return content_stems(said) - _PRONOUNS


# the plan made before, recalled: "Two weeks ago we agreed the retry fix for Friday 13 November"
RECALLS = re.compile(r"\b(?:we|you) (?:had )?(?:agreed|promised|committed to|said you'd|said you "
                     r"would)\b|\blast time we\b")


def recalls_plan(said: str) -> bool:
    """Every sentence of the turn that names a plan recalls the one made before, or tells what
    became of it: no plan made in this talk."""
    planned = [s for s in sentences(said) if RECALLS.search(canonical(s))]
    return bool(planned) and not any(
        _I_UNDERTAKE.search(canonical(s)) or _BOOKS_AHEAD.search(canonical(s))
        for s in sentences(said) if s not in planned)


_BOOKS_AHEAD = re.compile(r"\b(?:let's|we'll|we will|shall we|can we) (?:meet|sit down|talk|"
                          r"check in|catch up|review)\b")


def _puts_a_plan(ct: ManagerMove) -> bool:
    """The turn sets a step or a meeting, or offers something: "Is there anything else you want
    to tell me?" (a support offer by the coder's guess) answers no idea of theirs."""
    return ct.has(Code.COMMITMENT, Code.FOLLOW_UP) or offers_support(ct)


_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri)days?"
# Their hours or duties changed for them for a while, said as how it will be ("Mondays you start
# at ten for the next four weeks", "ok so mondays you start at ten", "for now you're off the
# support rota"): what the manager gives, in practice, not a rule they must meet. It holds for
# some days or a while (a standing "From Monday you start at nine" is an expectation), and
# nothing in the sentence asks it of them ("I need you to ...", "you have to ...").
_A_WHILE = (r"(?:now|(?:the next |a |two |three |four |six |\d+ )?(?:few )?(?:days|weeks?|"
            r"months?|fortnight))")
_CHANGE_GRANTED = re.compile(
    rf"(?<!from )(?<!starting )(?<!from next )(?<!\d )\b(?:on |every )?{_WEEKDAYS},? "
    r"you(?:'ll| will| can)? (?:start|come in|log in|log on|"
    r"begin|finish|leave|work from home)\b"
    r"|\byou(?:'ll| will| can)? (?:start|come in|log in|log on|begin|finish|leave) (?:at|from) "
    rf"[\w:.]+(?: (?:am|thirty|o'clock))? (?:on|every) {_WEEKDAYS}\b"
    rf"|\bfor {_A_WHILE},? you(?:'re| are|'ll be| will be) (?:off|taken off) the\b"
    r"|\byou(?:'re| are|'ll be| will be) (?:off|taken off) the (?:\w+ )?(?:rota|on-call|pager|"
    rf"queue|shift)s? for {_A_WHILE}\b")
_ASKED_OF_THEM = re.compile(r"\b(?:i (?:need|want|expect)|you (?:must|have to|need to|'ve got "
                            r"to)|no later than|not after|sharp)\b")


def grants_change(text: str) -> bool:
    """A sentence of ``text`` changes their hours or duties for them for a while ("Mondays
    you start at ten for the next four weeks, and you make the hour up at the end of the
    day"): a concession, support in practice, with nothing in the sentence asked of them."""
    return any(_CHANGE_GRANTED.search(c) and not _ASKED_OF_THEM.search(c)
               for s in map(canonical, sentences(text) or [text]) for c in _parts(s))


def offers_support(ct: ManagerMove) -> bool:
    """The manager says what they will do or give ("I can take you off the rota", "Would it
    help if I paired you with Sam?"). Asking what would help ("What would help you get this
    right?", "What do you need from me?") is an open question about support: co-creation,
    not an offer."""
    # (how the manager will set the record out, "Let me get the scorecard right first.", takes
    # nothing on for them, whatever verb it shares with an offer: J34)
    relieved = relieves_them(ct.turn.text)
    if any(manager_acts(c) and not intends_only(canonical(c), relieved)
           for c in clauses(ct.turn.text)) or grants_change(ct.turn.text):
        return True
    if ct.has(Code.SUPPORT_OFFER) and THEIR_ASK_TAKEN_UP.search(canonical(ct.turn.text)):
        return True  # "then we do that i take it to hr and to marcus myself": their ask carried
    return any(OFFER_QUESTION.search(canonical(s.text)) if s.is_question
               else bool(SUPPORT.search(_PURPOSE.sub("", canonical(s.text))))
               or _undertakes(_PURPOSE.sub("", canonical(s.text)), relieved)
               or bool(_RELIEF.search(canonical(s.text)))
               for s in match(ct.turn.text).sentences)


# their load eased in a plan's notes: their work handed to a colleague ("we put the retry fix
# with Marcus", "I'll move the ledger review over to Sam") or their hours cut for a while
# ("part-time hours for December"): support, though no "I'll help" is said (J36: planning said
# "Missing: support" beside both)
_RELIEF = re.compile(
    r"\b(?:we|i)(?:'ll| will| can| could)? (?:put|move|give|hand|pass|shift|reassign) (?:the |"
    # (not what is weighed beside what: "When I put that next to the missed design review", J37)
    r"your )?(?:[\w'-]+ ){1,4}?(?<!next )(?<!alongside )(?:to|with|over to|across to) "
    r"(?!you\b|me\b|us\b|them\b|it\b)"
    r"[a-z]+\b|\b" + ROOM_IN_HOURS + r" (?:for|until|till|through) (?:the )?(?:next |this |rest of "
    r"(?:the )?)?(?:december|january|february|march|april|may|june|july|august|september|"
    r"october|november|(?:\w+ )?(?:weeks?|months?)|a while|now)\b")


# "...you must call before 8:00 so we can arrange cover": what the expectation is for, no offer
_PURPOSE = re.compile(r"\bso (?:that )?(?:we|i|the team|they|someone) (?:can|could|will|are able "
                      r"to)\b.*$")


# Finding out for them what HR or the contract allows ("I'll find out from HR what the
# contract says about a second job") names the process, but is help, not a process against them
# (and so is speaking to HR about their hours for them: "I will speak with HR about the Monday
# hours"; "about your attendance" is the process)
_FINDS_OUT = re.compile(r"\b(?:find out|ask|check|look into|look up)\b.*"
                        r"\b(?:what|whether|if|how)\b|\b(?:(?:speak|talk|have a word|check|sort "
                        r"(?:it|this|that) out) (?:to|with)|ask) (?:hr|payroll|the people team)(?: "
                        r"(?:today|tomorrow|this week))? about (?:the |your |a |getting )?"
                        r"(?:[\w']+ ){0,2}"
                        r"(?:hours|start|start time|shifts?|rota|schedule|pattern|contract|pay|"
                        r"leave|flexible working|second job|cover)\b")


# An intention to solve it together names no step, no owner and no date: "I think we can sort
# it out together", "we'll work through this", "let me help you fix this" is no offer; nor is
# the whole of it taken off them, "i will sort it all out for you ok" (J41: praised "Support")
_OBJ = (r"(?:it|this|that|things|them|all this|this all|this one|the (?:problem|issue|rest)|"
        r"it all|all of it|everything|the lot|the whole thing)")
_RESOLVE_CORE = (
    r"^(?:(?:help you|try to|try and|definitely|surely|probably|hopefully|somehow|all|both) )*"
    rf"(?:(?:sort|figure|work|iron|straighten|thrash|hash) (?:{_OBJ} )?out(?: {_OBJ})?"
    rf"|(?:fix|solve|crack|handle|tackle|deal with|get through|get past|work through|work on|"
    rf"get on top of|get to the bottom of|turn around|get back on track|move forward on|"
    rf"find a way (?:through|forward|past)|make work|get right|sort)(?: {_OBJ})?"
    rf"|(?:make|get|turn) {_OBJ} (?:work|right|around|back on track|better)"
    rf"|find a (?:way|solution|fix)(?: (?:through|forward|past)(?: {_OBJ})?)?|move forward)")
_RESOLVE_TAIL = (
    r"(?: (?:together|between us|as a team|with you|for you|somehow|no problem|one way or "
    r"another|okay|ok|yeah|right|i'm sure|i think))*"
    # (a name or thanks after a closing "ok": "ok sofia", "ok medaase", "ok my son")
    r"(?:,? (?:okay|ok|alright)\b,? [a-z]+(?: [a-z]+)?)?[\s.!,?]*$")
_ONLY_RESOLVES = re.compile(_RESOLVE_CORE + _RESOLVE_TAIL)
# ...and the same with the people it will be sorted out with: "i will sort it all out with jun
# and beatriz" (J41's "Left": praised "Support"); no step, no day, only who
# (who, by name or by their tie: "with leo and his gaffer", "with the team")
_WHO = r"(?:(?:his|her|their|your|my|the) )?[a-z]+"
_RESOLVES_WITH = re.compile(_RESOLVE_CORE + rf"(?: for you)? with {_WHO}"
                            rf"(?:(?:,| and|, and) {_WHO}){{0,3}}" + _RESOLVE_TAIL)
# the whole of it, not one thing: "it all", "everything", "the lot"
_THE_WHOLE = re.compile(r"\b(?:it all|this all|all (?:of )?(?:it|this)|everything|the lot|the "
                        r"whole (?:thing|lot))\b")
# ...or their part in it waved away first: "you don't have to worry about anything", "leave it
# with me", "you don't need to do anything"
RELIEVES_THEM = re.compile(
    r"\b(?:(?:you )?(?:don't|do not|dont|won't|will not) (?:have to |need to )?worry (?:about )?"
    r"(?:anything|a thing|any of (?:it|this|that)|it|this|that|nothing)|leave (?:it|this|that|"
    r"everything|it all|all of it) (?:all )?(?:with|to) me|you (?:don't|do not|dont) (?:have|need)"
    r" to do (?:anything|a thing))\b"
    # (a bare "don't worry" said as its own clause: "Don't worry, I'll sort it out with Jun.")
    r"|^(?:(?:listen|look|so|and|oh|hey),? )*(?:don't|dont|do not) worry[\s.!,]*$")


def takes_it_off_them(rest: str, relieved: bool) -> bool:
    """What the manager undertakes (``rest``, after "i will") is to sort it out, for them or
    with the people involved, and it is the whole of it, or their part in it was waved away
    (``relieved``): taking the problem off them ("don't worry about anything, i will sort it
    all out with jun and beatriz"), no undertaking ("I'll sort it out with HR" is one; "we can
    sort it out together" shares it)."""
    if not (relieved or _THE_WHOLE.search(rest)):
        return False
    return bool(_RESOLVES_WITH.search(rest)) or bool(
        _ONLY_RESOLVES.search(rest) and _FOR_THEM.search(rest))


_FOR_THEM = re.compile(r"\bfor you\b")


def relieves_them(text: str) -> bool:
    """Some clause of ``text`` waves their part away ("you don't have to worry about
    anything", "leave it with me", "Don't worry")."""
    return any(RELIEVES_THEM.search(c) for c in clauses(canonical(text)))


def rescues(text: str) -> bool:
    """The turn takes the problem off them (``takes_it_off_them``): fixing it for them, not
    asking what they think, whatever the coder read."""
    relieved = relieves_them(text)
    # (the manager's own undertaking: "we'll sort it all out with Jun" shares it with them)
    return any(_takes_it(c, relieved) and not _TOGETHER.search(found.group(0))
               for c in clauses(canonical(text)) if (found := UNDERTAKES.search(c)))


_TOGETHER = re.compile(r"\b(?:we|we'll|you and (?:me|i)|me and you|the two of us)\b")


def intends_only(said: str, relieved: bool = False) -> bool:
    """What is undertaken is only to solve it together ("we can sort it out together"), or to
    take it off them (``takes_it_off_them``; ``relieved``: the turn waved their part away):
    no step, no owner, no date, so neither support offered nor a plan made."""
    found = UNDERTAKES.search(said)
    rest = said[found.end():].strip() if found else ""
    return bool(found and (_ONLY_RESOLVES.search(rest) or _ONLY_SPEAKS.match(rest)
                           or takes_it_off_them(rest, relieved or bool(
                               RELIEVES_THEM.search(said)))))


# ...and so is how the manager will say it ("Look, I'll get right to it.", "I'll be straight
# with you", "let me be honest"): a way of talking, no step
_ONLY_SPEAKS = re.compile(
    r"^(?:(?:just|be|get|come|cut) )?(?:(?:right|straight) )?(?:to (?:it|the point|the chase)|"
    r"(?:honest|straight|blunt|frank|brief|quick|clear|upfront|direct|specific|concrete|precise|"
    r"plain|candid|open)(?: with you)?|the chase|"
    # ...and how they will hold their tongue: "I'll try not to hedge, which as you know doesn't
    # come naturally to me" (J34: praised "Your own step with a date and support")
    r"(?:try (?:not to|to not)|not) (?:hedge|ramble|waffle|lecture|go on|drag (?:it|this) out)"
    r"[^.?!]*|"
    r"keep (?:it|this) (?:short|brief|quick|simple)|"
    # how the manager will open the talk: "so I will start with what I saw", "I'll begin with
    # the facts", "I'll tell you what I noticed" (J33: praised "Next step and support")
    r"(?:start|begin|open) (?:with|by) (?:what i(?:'ve| have)? (?:saw|seen|noticed|heard|"
    r"observed)|the (?:facts|data|examples?|numbers)|(?:telling|showing) you|sharing|going "
    r"through)[^.?!]*|(?:tell|show) you what i(?:'ve| have)? (?:saw|seen|noticed|observed)"
    r"[^.?!]*|"
    # ...and how the manager will set the record out first: "Let me get the scorecard right
    # first.", "let me lay out the facts", "let me get the dates straight" (J34: praised
    # "Support: "Let me get the scorecard right first."")
    r"(?:get|set|lay|put|read) (?:out )?(?:the|my|our|this|these) (?:scorecard|score|record|"
    r"facts|figures|data|numbers|dates|timeline|details|picture|log|logs)"
    r"(?: (?:right|straight|clear|out|down|in order|on the table))?(?: (?:first|quickly|"
    r"properly|here|now))*|"
    # ...or the choices laid side by side for them to pick from: "Let me put a few roads side
    # by side." (J35: praised "Support: ..." in unseen-16's career talk)
    r"(?:put|lay|set) (?:out )?(?:a few|some|the|two|three|a couple of) (?:\w+ )?(?:roads|options|"
    r"paths|choices|routes|ideas)(?: (?:side by side|next to each other|in front of you|on the "
    r"table|out))?(?: (?:first|here|now))*)[\s.!,?:]*$")


def no_plan_in(ct: ManagerMove) -> bool:
    """A turn coded support whose only undertaking is to solve it together ("I want to talk
    about the deadlines, and I think we can sort it out together"): no plan turn at all."""
    said = clauses(canonical(ct.turn.text))
    if (ct.has(Code.SUPPORT_OFFER) and not ct.has(Code.COMMITMENT, Code.FOLLOW_UP)
            and not offers_support(ct) and any(intends_only(c, relieves_them(ct.turn.text))
                                               for c in said)):
        return True
    # ...nor is a turn whose only undertaking is how the manager will talk ("Howdy Priya. Y'all
    # doing okay? Look, I'll get right to it."), whatever it was coded, when it sets them no
    # step and names no time
    # ...nor is the opening's word on what this talk is for ("Two weeks ago we made a plan. I
    # want to look at it together, honestly, and see what needs changing."): the agenda, with
    # no step undertaken, no time and nothing set for them
    if ct.index <= 1 and any(_AGENDA.search(c) for c in said) and not any(
            UNDERTAKES.search(c) or THEIR_STEP.search(c) or SPECIFIC_TIME.search(c)
            for c in said):
        return True
    # ...nor is the plan made before, gone back over ("Can I go back over what we agreed two
    # weeks ago...? Off the support rota, the retry fix by Friday the 13th, ..."): a look back,
    # with no sentence that sets anyone a step now ("This time, you ship it by Friday.")
    if recalls_plan(ct.turn.text) and not any(
            _SETS_NOW.search(canonical(x)) for x in sentences(ct.turn.text)
            if not RECALLS.search(canonical(x))):
        return True
    undertaken = [c for c in said if UNDERTAKES.search(c)]
    # (the day of the example told after it, "Let me be specific ... On Thursday 29 October you
    # posted in #releases ...", dates what happened, not a step: J34)
    # (...and taking it off them, "Don't worry, I'll sort it out with Jun and Beatriz", is no
    # step of the manager's, however it was coded)
    relieved = relieves_them(ct.turn.text)
    # (its "with jun" names a colleague, not June: the pattern taking it off them holds no day)
    return bool(undertaken) and all(_speaks_only(c) or _takes_it(c, relieved)
                                    for c in undertaken) and not any(
        THEIR_STEP.search(c) or (SPECIFIC_TIME.search(c) and not tells_event(c)
                                 and not _takes_it(c, relieved)) for c in said)


_SETS_NOW = re.compile(r"\b(?:you|you'll|you're|we'll|we will|let's|i'll|i will|this time|from now|"
                       r"going forward)\b")
_AGENDA = re.compile(r"\b(?:i|we) (?:want|wanted|would like|'d like|need) to (?:look at|talk "
                     r"about|go through|go over|understand|hear|discuss|review|see|check in on)\b"
                     r"|\b(?:today|this) is (?:about|for)\b")


def _speaks_only(said: str) -> bool:
    found = UNDERTAKES.search(said)
    return bool(found and _ONLY_SPEAKS.match(said[found.end():].strip()))


def _takes_it(said: str, relieved: bool) -> bool:
    found = UNDERTAKES.search(said)
    return bool(found and takes_it_off_them(said[found.end():].strip(), relieved))


# Meeting again ("and we'll look at it together", "let's sit down again on Thursday") is the
# follow-up, not help offered
_BOOKS = re.compile(
    r"\b(?:together|again|next|tomorrow|(?:mon|tues|wednes|thurs|fri)day|"
    r"same time|in (?:a|two|three|\d+) (?:days?|weeks?|fortnight))\b"
)


def books_meeting(clause: str) -> bool:
    """The clause books the two of them meeting again: the follow-up."""
    return bool((MEETS_AGAIN.search(clause) or _SITS_DOWN.search(clause)) and _BOOKS.search(clause))


_TIME_PUT = (r"\b(?:let's|we'll|we will|i'll|i will) (?:put|book|set aside|block|hold|find) "
             r"(?:\w+ ){0,3}?(?:minutes|hour|time|slot)\b")
_SITS_DOWN = re.compile(r"\b(?:sit down|meet|talk|catch up|check in) (?:again|next)\b"
                        # the two of them checking how it went, in a non-native present: "We
                        # check together Friday 27 November.", "we look at it together on the
                        # 8th" (a step worked on together names its work: "we write the tests
                        # together")
                        r"|\b(?:we|we'll|we will|let's|you and i) (?:check|look|look at it|go "
                        r"over it|go through it|see) together\b"
                        # ...or again, said by someone whose English is not their first: "we
                        # check again tuesday the eighth" (J34: "Missing: a day for the
                        # follow-up" beside its day; "I check again" alone watches them)
                        r"|\b(?:we|we'll|we will|let's|you and i) (?:check|look at it|go over "
                        r"it|review it|review) again\b"
                        # time put in to look at their work together: "Let's put thirty
                        # minutes in for Thursday 10 December to look at your sketch together"
                        # (J38: praised "Next step")
                        # (the run to the "to look at" stops where the next booking starts: the
                        # rest is that one's to scan, so a run-on is read once, not once a
                        # booking; what matches is unchanged)
                        rf"|{_TIME_PUT}(?:(?!{_TIME_PUT})[^.?!])*?\bto (?:look at|"
                        r"go (?:through|over)|review|talk (?:through|about))\b")


def only_meets(ct: ManagerMove) -> bool:
    """Every clause of the turn books the meeting again or is a fragment of it ("Let's sit
    down again on Thursday 3 December, same time, and we'll look at it together."): the
    follow-up, no step of anyone's."""
    said = [c for c in _parts(canonical(ct.turn.text)) if len(c.split()) > 3]
    return bool(said) and all(books_meeting(c) for c in said)


# "the post-mortem record", "the notes": a thing named, not noting them down
_THE_RECORD = re.compile(r"\bthe (?:[\w-]+ )?(?:notes?|records?|documents?)\b")


# what the manager can perceive is no undertaking: "I can hear how tired you are", "I can only
# imagine" (J37: praised "Support" under planning)
_PERCEIVES = re.compile(r"^(?:(?:and|but|so|yes|yeah|honestly),? )*(?:i|we) can (?:(?:only|just|"
                        r"really|totally|absolutely) )?(?:hear|see|tell|imagine|understand|feel|"
                        r"sense|relate)\b")


def _undertakes(said: str, relieved: bool = False) -> bool:
    return any(UNDERTAKES.search(c) and not _PERCEIVES.match(c.strip())
               and not NOT_FOR_THEM.search(_THE_RECORD.sub(" ", c))
               and not intends_only(c, relieved)
               and not books_meeting(c)
               and (not PROCESS.search(c) or _FINDS_OUT.search(c))
               for c in map(_before_booking, _parts(said)))


_MEET_RUN = re.compile(r"\s+(?:and\s+)?(?:we|let's|let us)\s+(?:meet|sit down|talk|catch up|check "
                       r"in)\b")


def _before_booking(clause: str) -> str:
    """A recogniser's run-on clause up to where it books the meeting ("i move your start to
    nine thirty we meet again on thursday the third of december" -> "i move your start to nine
    thirty"): the undertaking before it is read on its own."""
    m = _MEET_RUN.search(clause)
    return clause[:m.start()] if m and len(clause[:m.start()].split()) >= 3 else clause


# The manager's own undertaking in a step: "and I'll keep Thursday mornings clear for you"; not
# what they will expect of them ("I'll expect a written plan from you by Monday")
_I_UNDERTAKE = re.compile(
    r"\b(?:i'll|i will|i shall|i can|let me|i'm going to|i am going to)\b(?! "
    r"(?:expect|need|want|require|be expecting|be looking for|be "
    r"watching|be checking|have to|ask you|tell you|see)\b)"
    # ...or its non-native present at the start of the clause: "i ask marta this week", "by
    # thursday i ask hr about a later monday start for you"
    r"|^(?:(?:okay|ok|so|and|good|then|today|tomorrow|this week|next week|(?:by|before|on) "
    r"(?:mon|tues|wednes|thurs|fri)day),? )*" + NATIVE_PRESENT_STEP
)


def manager_part(ct: ManagerMove) -> bool:
    """A clause of the turn has the manager taking something on for them, not a meeting, a
    check on them or the process."""
    # (checking on them is monitoring, not help: "I will check again next Monday")
    return any(_I_UNDERTAKE.search(c) and _undertakes(c) and not watches(c)
               for c in _parts(canonical(ct.turn.text)))


def clause_parts(said: str) -> list[str]:
    """``_parts`` for the planning level: the clauses of a canonical sentence."""
    return _parts(said)


def _parts(said: str) -> list[str]:
    """The clauses, and the ones joined by "and" with a new subject split too ("I'll pair you
    with Sam and we'll check in on Friday"); in text with no punctuation, also where the
    manager's own step starts ("... marcus keeps the support rota i talk with hr ...")."""
    parts = [p for c in clauses(said) for p in _AND_SUBJECT.split(c) if p]
    if not is_unpunctuated(said):
        return parts
    # a recogniser writes no commas and no "and" between the steps: "ok so you take the retry fix
    # only and marcus keeps the support rota i talk with hr about carers leave this week" holds
    # the manager's own part from its "i talk" (J40: "Missing: support"); not after "when" or
    # "if" ("you tell me when i ask")
    return [p.strip() for c in parts for p in _MY_PART_STARTS.split(c) if p.strip()]


_AND_SUBJECT = re.compile(r"\s+and (?:then )?(?=(?:we|i|let's|you)\b)")
_MY_PART_STARTS = re.compile(r"(?<!\bwhen)(?<!\bif)(?<!\bonce)(?<!\buntil)(?<!\bbefore)"
                             r"(?<!\bafter)(?<!\bthat)(?<!\bbecause)(?<!\bas)\s+(?="
                             + NATIVE_PRESENT_STEP + r")")


def follow_up_order(ct: ManagerMove, first: int, dated: re.Pattern[str]) -> tuple[bool, ...]:
    """Sort key for the follow-up to quote: booked with the plan (not before it), the two of
    them meeting again, then with a date."""
    text = canonical(ct.turn.text)
    return (ct.index < first, not MEETS_AGAIN.search(text), not dated.search(text))



# A colleague's time given them as help, said in notes or in full: "Kasia, Thursday, one hour,
# on the retry fix with you.", "Marcus will sit with you on Thursday for an hour." (J32: the
# first was planning's "Missing: support", since only the coder's support code counted): a
# name opens the sentence, then a day or a span of time, and the help is with them
# (the words before the name open the sentence, so in any case; "'ll" is written on the name)
_COLLEAGUE_FIRST = re.compile(r"^(?:(?i:and|so|also|plus|then|okay|ok|right)[,]?\s+)*"
                              r"([A-Z][a-z]+)(?:,|\s+(?:will|can|could|would|is going to|has)\b|"
                              r"['’](?:ll|s going to)\b)")
_TIME_GIVEN = re.compile(r"\b(?:(?:an?|one|two|three|half an?|\d+) (?:hours?|minutes|mins|"
                         r"afternoons?|mornings?|sessions?)|mondays?|tuesdays?|wednesdays?|"
                         r"thursdays?|fridays?|tomorrow|this week|next week|every (?:day|"
                         r"morning|week))\b")
_WITH_THEM = re.compile(r"\b(?:with you|for you|(?:walk|show|help|pair|sit with|go through "
                        r"\w+ with) you|pairs? with you)\b")
_NOT_SOMEONE = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                          "sunday", "okay", "good", "great", "right", "thanks", "sorry", "well",
                          "yes", "yeah", "no", "fine", "look", "listen", "next", "from", "today",
                          "tomorrow", "then", "first", "also", "sure", "perfect", "lovely"})


def gives_colleague_time(text: str, report_name: str = "") -> bool:
    """A sentence of the turn, not a question and not what happened, gives them a named
    colleague's time with a day or a span ("Kasia, Thursday, one hour, on the retry fix with
    you."): support arranged for them, whatever the coder read in the notes."""
    for s in sentences(text) or [text]:
        said = s.strip()
        m = _COLLEAGUE_FIRST.match(said)
        if m is None or said.endswith("?") or m.group(1).lower() in _NOT_SOMEONE \
                or m.group(1).lower() == report_name.lower():
            continue
        low = canonical(said)
        if _TIME_GIVEN.search(low) and _WITH_THEM.search(low) and not re.search(
                r"\b(?:covered|had to|was|were|did|didn't|asked|said|told|complained)\b", low):
            return True
    return False
