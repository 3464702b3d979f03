"""Firm rules on the plan: reporting back asked for, check-ins, what the manager takes on, recaps
of what was said or agreed, expectations put to them, the plan's steps, and a question asked
after the need is said."""

from __future__ import annotations

import re

from roleplay.domain.codes import Code, Primary
from roleplay.domain.meeting_again import TALK_AGAIN
from roleplay.domain.sentences import NEED_CLEFT
from roleplay.scoring._cues_care import HELP_OFFERED, NOTICE_ASKED, PAST_FAVOUR
from roleplay.scoring._cues_event import CHANGE_DEMAND, STOP_STATED
from roleplay.scoring._cues_feedback import (
    ADVICE,
    ADVICE_QUESTION,
    AFFECTED,
    ASK_NAMED,
    DAY,
    DEADLINE_DOER,
    DEADLINE_ONLY,
    EXPECTATION,
    JUDGED,
    SARCASM,
    TELL_ME_WANTED,
    TIME_REF,
)
from roleplay.scoring._cues_listening import echoed
from roleplay.scoring._cues_plan import (
    ASKED_STEP,
    ASSUMED_AGREEMENT,
    NOT_AN_OFFER,
    OFFER_ASKED,
    OFFER_THEN_ASKED,
    OPENING_CHECK_IN,
    ORDER_TO_A_DAY,
    OTHER_UNDERTAKING,
    PLEASANTRY,
    PRESENT_STEP,
    UPDATE_REQUEST,
    set_from_a_date,
)
from roleplay.scoring._cues_talk import (
    FOLLOW_UP,
    PAIRED_WITH,
    PLAN_FRAME,
    REFLECTION_STEM,
    SUMMARY,
    SUPPORT,
)
from roleplay.scoring._cues_verdicts import character_verdict
from roleplay.scoring._patterns import match
from roleplay.scoring._text import sentences, words
from roleplay.scoring.features import JUDGE_WORD, LOOSE_JUDGE_WORDS
from roleplay.scoring.settle.turn import (
    _CHECK_ONLY,
    _JUDGING,
    _asks_aloud,
    _Turn,
    clauses,
    manager_acts,
)

NEGATED_AFFECT = re.compile(r"\b(?:no|none of the|not a single|zero) (?:\w+ )?(?:customers|clients|"
                            r"users|patients|people|guests)\b")
DATED = re.compile(TIME_REF.pattern + r"|\b(?:next|this) (?:week|month|1:1|one-to-one)\b|"
                   r"\b(?:tomorrow|in (?:two|three|a few|a couple of|\d+) (?:days|weeks))\b")
# A recap's closing check: "Have I got that right?", "Anything I got wrong?", "did I leave
# anything out", "so heres what i got ... did i leave anything out", "What'd I miss?"
_RECAP_CHECKS = (
    r"(?:have i got (?:that|it|everything|all that) (?:right|down)|did i (?:get (?:that|it|"
    r"everything|all (?:of )?that) right|"
    r"miss anything|forget (?:something|anything))|have i (?:missed|left out|forgotten) anything|"
    r"is (?:that|it) (?:right|fair|a fair summary)|"
    r"does that (?:sound right|capture it)|anything (?:i've |i )?missed|"
    r"anything (?:i've |i )?(?:got |gotten |get )?wrong|anything (?:i've |i have |i )?left "
    r"(?:out|off)|something i(?:'ve)? (?:missed|left out|got wrong)|"
    r"did i (?:leave|miss) (?:anything|something|owt)(?: out)?|have i (?:left|leave) (?:anything|"
    r"something|owt) out|have i missed anythin|what(?:'d| did) i miss|what (?:did|have) i "
    r"(?:forget|forgotten|leave out|left out)|"
    # "Did I understand everything right, or something to fix?"
    r"did i (?:understand|get|hear) (?:everything|it all|all (?:of )?that) (?:right|correctly)"
    r"(?:,? or (?:something|anything) to (?:fix|change|correct|add))?)\b")
# Three or more points said back, then a check that they are right: a recap, whatever its words.
RECAP_CHECK = re.compile(
    r"^(?:so|ok(?:ay)?|right|alright)(?:,? so)?\b[,:]?\s+[^?,;]+?(?:[,;]| and )[^?,;]+?"
    r"(?:[,;]| and )\s*\w[^?]*?[.:!]?\s*" + _RECAP_CHECKS)
# ... the check alone, anywhere in the turn (listening reads a recap's close with it)
RECAP_CHECKED = re.compile(r"\b" + _RECAP_CHECKS)
_RECAP_CHECK_ANY = re.compile(_RECAP_CHECKS)
_NOT_A_WORD_CHAR = re.compile(r"\W")


def recap_checked_back(low: str) -> bool:
    """RECAP_CHECK, searched only where it can match: before the first "?" and up to the end of
    the last check's word. Its nested lazy spans are cubic in what follows a check they cannot
    use (1.6 s on an 1,800-word run-on); cut there, a turn costs one pass."""
    head = low.split("?", 1)[0]
    last = None
    for found in _RECAP_CHECK_ANY.finditer(head):
        last = found
    if last is None:
        return False
    word_ends = _NOT_A_WORD_CHAR.search(head, last.end())  # (the check's word said whole)
    return RECAP_CHECK.search(head[:word_ends.start() if word_ends else len(head)]) is not None


# What makes a recap the plan's: who will do what, and when.
PLAN_TALK = re.compile(
    r"\b(?:i'll|you'll|we'll|will|i fix|you fix|i own|you own|we meet|meet (?:on|again|next)|"
    r"check in|catch up|by (?:the )?(?:close|end|monday|tuesday|wednesday|thursday|friday|"
    r"tomorrow|next|\d))\b")
# The manager's undertakings about the conversation itself, not the work
TALK_ITSELF = re.compile(
    r"\b(?:i'll|i will|i'm going to|let me|then i) (?:just |mostly |mainly )?(?:shut up|"
    r"(?:ask and )?listen(?: more| today| for now)?(?= *(?:[,.;!?]|$))|tell you (?:what|how) i "
    r"(?:hear|see|saw|noticed?|read it)|say (?:what|how) i (?:see|saw|noticed?)(?= *(?:[,.;!?]|$|"
    r"and\b|then\b|first\b))|be (?:quick|brief|honest|straight|"
    r"frank|blunt|direct|clear)|keep (?:it|this) (?:short|brief|quick)|stop talking|get to the "
    r"point|let you (?:talk|finish|speak|answer)|be (?:with you|done) in a (?:minute|sec|second)|"
    r"come straight to it|cut to the chase|"
    # where the talk opens: "I'll start with something I noticed", "let me begin with the good"
    r"(?:start|begin|open|kick off) (?:with|by) (?:something|what i(?:'ve)? (?:noticed|saw|seen|"
    r"heard)|one thing|a (?:thing|question|few things|bit of good news)|the (?:good|positives?|"
    r"good news|easy bit)|saying|asking you|telling you))\b[^,.;!?]*")
# The words that only join what the manager says of the talk ("..., and then ...")
_LINKS = re.compile(r"\b(?:and|then|so|first|okay|ok|right|after that)\b")
# Who talks in this conversation: "I would like you to do most of the talking; I will mostly
# listen and ask." (the manager's part in the talk, no help with the work)
_TALK_ROLES = re.compile(r"\bi(?:'ll| will) (?:mostly |mainly |just )?(?:listen and ask|ask and "
                         r"listen)\b|\b(?:i'd|i would) like you to do (?:most of |more of )?the "
                         r"talking\b")
# What the manager needs, then how they are to hear of it: "What I do need, whatever the plan
# looks like: when a date is in trouble, I hear it from you that same day"
NEED_THEN_TOLD = re.compile(
    r"\bwhat (?:i|we)(?: do| really| still)? need(?: from you)?(?:,|:| is| here| now)[^?]{0,80}?"
    r"\b(?:i (?:hear|find out) (?:it|about it|that)? ?from you|i (?:hear|know) (?:it|about it|"
    r"that)(?: from you)? (?:(?:that|the) same day|first|straight away|right away|early)|you "
    r"(?:tell|warn|message|ping) "
    r"me|you let me know|you come to me|you flag (?:it|that))\b")
# said back as theirs: "So from your side ...", "okay so waste sheets every night" ("Every day."
# alone restates the bar)
# the way things go from now on, set: "from now a worry about a build goes to leo first"
_RULE_FROM_NOW = re.compile(r"^(?:(?:so|and|ok|okay|right)[, ]+)*(?:from now(?: on)?|going forward|"
                            r"from today|from monday)[, ]+(?!(?:it|this|that|things|everything|"
                            r"we|i) )(?:[\w']+ ){1,8}?(?:goes|go|comes|come|gets|get|happens|"
                            r"happen) (?:to|through|first|in|before|via)\b(?! (?:hell|pot|pieces|"
                            r"waste)\b)")
_SO_SAID_BACK = re.compile(r"^(?:(?:okay|ok|right|yeah)[,.]? )?so\b")
# The bar named as not open to bargaining ("This part is not negotiable."), beside what is asked
# of them: a joke's "Chocolate ones. This is non-negotiable." asks nothing.
NOT_NEGOTIABLE = re.compile(r"\b(?:non-negotiable|not negotiable|not up for negotiation)\b")
# Words with which an expectation is put to them; a reflection without any sets none.
_ASKS_OF_THEM = re.compile(
    r"\b(?:need|needs|must|have to|has to|got to|gotta|expect\w*|should|non-negotiable|standard|"
    r"bar|going forward|from now on|from (?:today|monday|tomorrow|next)|by (?:the )?(?:end|close|"
    r"monday|tuesday|wednesday|thursday|friday|tomorrow|next|\d)|i want|i'd like|make sure|"
    r"no more|please|every|on time|the line|doesn't move|isn't up for|not up for|at the latest|"
    r"is to|are to|kindly|ensure|can't|cannot)\b")
# A dated step put to them for a yes ("Would you be okay to have a chat with Leo this week?",
# "Would you be happy to ring them this week?"): a next step proposed, not an interview question.
PROPOSED_STEP = re.compile(
    r"\b(?:would|could) you be (?:okay|ok|happy|willing|up for|open to|comfortable|alright|"
    r"all right)(?: to| with)? (?:\w+ ){1,8}?(?:(?:this|next) (?:week|month|sprint|shift|"
    + DAY + r")|by (?:the )?(?:end|" + DAY + r"|tomorrow|next)|tomorrow|today|on " + DAY
    + r"|before (?:the|our|" + DAY + r"))\b")
# An early warning asked for: "if a date is slipping, message me the same day"
EARLY_WARNING = re.compile(
    r"\b(?:if|when|as soon as|the moment) (?:a|the|your|any|that|this) (?:date|deadline|"
    r"deliverable|task|ticket|fix|release|delivery)(?: \w+)? (?:is |starts |looks )?(?:slip|"
    r"slips|slipping|at risk|going to (?:slip|be late)|running late|moves)\b[^.?!]{0,25}\b"
    r"(?:message|tell|text|ping|email|call|slack|let|warn|flag it to) (?:me|us)\b")
# A lecture, not a bar: "you must also understand that a team is not only code"
LECTURE = re.compile(r"\byou (?:must|need to|have to|should) (?:also |really )?(?:understand|"
                     r"realise|realize|appreciate|accept|see) (?:that )?[^.?!]*")


def _plan_talk_before(t: _Turn) -> None:
    """Reporting back asked for, check-ins as openers, what the manager takes on, and who a lapse
    reached."""
    parts = clauses(t.text)
    asks_back = [c for c in parts if UPDATE_REQUEST.search(c)]
    if asks_back:
        rest = [c for c in parts if c not in asks_back]
        if not any(SUPPORT.search(c) or manager_acts(c) for c in rest):
            t.codes.discard(Code.SUPPORT_OFFER)
        if all(PLEASANTRY.match(c) or FOLLOW_UP.search(c) for c in rest):
            t.codes.discard(Code.COMMITMENT)  # reporting back and checking in change nothing
    if Code.FOLLOW_UP in t.codes and OPENING_CHECK_IN.search(t.low) and not asks_back \
            and len(FOLLOW_UP.findall(t.low)) <= 1 and not DATED.search(t.low):
        t.codes.discard(Code.FOLLOW_UP)
    if t.codes & {Code.COMMITMENT, Code.SUPPORT_OFFER} and ASSUMED_AGREEMENT.search(t.low) \
            and not OTHER_UNDERTAKING.search(ASSUMED_AGREEMENT.sub(" ", t.low)):
        t.codes -= {Code.COMMITMENT, Code.SUPPORT_OFFER}  # "I'll take it that this won't happen
        if not t.codes:  # again": agreement assumed for them, nothing taken on or agreed
            t.codes.add(Code.INFORMATION)
    if not t.codes & _JUDGING and (manager_acts(t.text) or PAIRED_WITH.search(t.low)):
        t.codes.add(Code.SUPPORT_OFFER)
    said = sentences(t.low) or [t.low]
    offers = [s for s in said if OFFER_ASKED.search(s) and not NOT_AN_OFFER.search(s)]
    two = OFFER_THEN_ASKED.search(t.low)
    if two and not NOT_AN_OFFER.search(two.group(0)):
        offers += [s for s in said if s.strip() and (s.strip() in two.group(1)
                                                     or s.strip() in two.group(2))]
    if offers and not t.codes & _JUDGING and not (
            SARCASM.search(t.low) or ADVICE.search(t.low) or ADVICE_QUESTION.search(t.low)):
        t.codes.add(Code.SUPPORT_OFFER)  # "Shall I ask Kasia to pair with you tomorrow?": an
        # offer put up for a yes; when it is all the turn says, no advice to them and no step set
        if all(s in offers or PLEASANTRY.match(s) for s in said) and not PLAN_FRAME.search(t.low):
            t.codes -= {Code.ADVICE, Code.COMMITMENT}
    if AFFECTED.search(t.low) and not NEGATED_AFFECT.search(t.low):
        t.codes.add(Code.IMPACT)  # "212 customers couldn't check out": who it reached, and how


def _recap(t: _Turn) -> None:
    """Points handed back for checking, and whether they are what will happen (read by the
    threat and plan rules)."""
    t.recap = recap_checked_back(t.low) and not t.codes & _JUDGING
    will_happen = PLAN_TALK.search(_BELIEVED_WILL.sub(" ", t.low)) is not None
    if t.recap:
        t.plan_recap = will_happen
    elif _PLAN_CHECKED.match(t.low) and not t.codes & _JUDGING:
        t.plan_recap = will_happen or _STEP_IN_PRESENT.search(t.low) is not None


# The plan said back in a sentence or two and checked ("So you'll try the later shift for two
# weeks. Is that right?"): the steps they agreed, fewer than a recap's three points
_PLAN_CHECKED = re.compile(
    r"^(?:(?:ok(?:ay)?|right|good|great|alright|lovely|perfect)[,.!]*\s+)?so,?\s+(?:you|i|we)\b"
    r"[^?]{3,240}?[.,!]?\s*(?:is (?:that|it) right|have i got (?:that|it) right|does that (?:sound "
    r"right|work(?: for you)?)|yes|right|ok(?:ay)?|correct|agreed)\?\s*$")
# ... its steps in the present tense, as many speakers put a plan, with the span or day each
# runs to ("you try the later shift for two weeks, and I ask HR on Wednesday"); not what
# happened ("you came in at ten on Monday") nor what they feel or think
_STEP_IN_PRESENT = re.compile(
    r"\b(?:you|i|we) (?!\w+ed\b|(?:came|went|left|got|sent|made|took|did|said|told|forgot|was|"
    r"were|had|ran|felt|thought|knew|saw|heard|think|feel|know|mean|seem|want|need|are|am|"
    # (the other common irregular pasts: "So you met with Sam on Tuesday, right?")
    r"met|lost|spoke|kept|wrote|drove|spent|broke|gave|brought|bought|caught|taught|fell|paid|"
    r"sold|stood|won|woke|rode|chose|began|became|ate|drank|flew|slept|overslept|built|found|"
    r"held|meant|sat|stuck|threw|understood|lent|froze|hid|shook|wore|tore|fought|grew|hung|"
    r"rang|stole|swore|swept|dealt|dug|sought|shot|sang|swam|rose|forgave)\b)"
    r"[a-z]+\b[^.?!;]{0,60}?\b(?:for (?:a|one|two|three|four|six|the next|\d+) (?:days?|weeks?|"
    r"months?)|(?:on|by|from|this|next) (?:mon|tues|wednes|thurs|fri)day|tomorrow|this week|"
    r"next week)\b")

# What someone expects to happen is no step: "when something lands that you reckon will break",
# "you think the client will walk"
_BELIEVED_WILL = re.compile(r"\b(?:reckon|think|thought|worry|worried|fear|feared|feel|expect|"
                            r"afraid|sure|bet|suspect)(?: that)? (?:[\w']+ ){0,3}?will\b")

# What is needed from them, stated (a recogniser's run-on may go straight on to ask their step)
_NEEDED_FROM_YOU = re.compile(
    r"\bwhat (?:i|we|the team|the business|the studio|the crew|the kitchen|the ward|the shop|"
    r"everyone|the client) (?:really |do |does )?(?:needs?|wants?|expects?) (?:from|of) you "
    r"(?:now |from now on |going forward )?(?:is|are)\b"
    # what the role asks of them, announced: "heres what the role needs and the bar hasnt moved
    # crit with you in it ..." ("Here's what I need" the model reads itself)
    r"|\bhere(?:'s| is) what (?:the|your|this) (?:role|job|team|business|client|project|post|"
    r"position|work|shift|ward|kitchen) (?:really |still )?(?:needs?|expects?|asks? for|requires?)"
    r"\b(?! to (?:know|hear|understand))")


# The bar announced, then what it is: "Here's the bar: problems with a build go to Leo first",
# "heres the bar and it hasnt moved ..."
_BAR_ANNOUNCED = re.compile(r"\bhere(?:'s| is) (?:the|my) (?:bar|standard|line|non-negotiable)\b"
                            r"(?! (?:you|we) (?:set|agreed|wrote))")


# Anything ahead in a turn: a future, an offer, a plan word, a day to come, a question
_AHEAD = re.compile(
    r"\b(?:will|'ll|ll|shall|going to|gonna|gotta|let's|lets|let me|can|could|would|want|need|"
    r"plan|promise|try|next|tomorrow|tonight|from now|going forward|by|until|till|before|after|"
    r"start|keep|make sure|please|should|must|have to|has to|i'?d|we'?d|ill|on (?:the )?\d+(?:st|"
    r"nd|rd|th)?|(?:i'm|im|i am|we're|we are) \w+ing)\b|\?")


# The bar announced as what will not change, then said: "Here is what does not change: review
# comments are about the code, ...", "what doesn't move: nothing lands on main without review"
_WHAT_STAYS_ANNOUNCED = re.compile(
    r"^(?:(?:so|and|but|okay|ok|well|right|look|now)[, ]+)*(?:here(?:'s| is) |this is )?what "
    r"(?:does not|doesn't|won't|will not|cannot|can't|isn't going to) (?:change|move|bend)\b"
    r"[^:.?!]{0,40}[:,-]\s*(?!i\b|i'm\b|my\b|we're\b|that i\b)\w")


# A sentence that is the manager's own undertaking: "I'll find a second person by Friday", not
# what the manager will need, expect or ask ("I'll need the papers by Thursday", "I'll be clear
# about what I need"), how the manager will speak ("I'll be honest"), nor their part assumed
# ("So I'll assume the comments stop from today.")
_OWN_UNDERTAKING = re.compile(
    r"^(?:(?:okay|ok|right|so|and|then|fine|good)[,.]? )*i(?:'ll| will|'m going to| am going to) "
    r"(?!(?:need|expect|want|ask|be|have to|require|insist|assume|take it|trust|count on|check "
    r"that|make sure (?:that )?"
    r"(?:every|each|all|the team)|hold)\b)\w+")
# Anyone else asked to act in it, the report above all: "you", "your", "must", "everyone"
_ANYONE_ASKED = re.compile(r"\b(?:you|your|yours|yourself|ya|ye|must|has to|have to|needs? to|"
                           r"should|everyone|everybody|every one of|nobody|no one|each of)\b")


def _expectations(t: _Turn) -> None:
    """What is asked of them: a lecture asks nothing; an early warning and a demand for change
    do."""
    if _WHAT_STAYS_ANNOUNCED.match(t.low) and not t.codes & _JUDGING:
        t.codes = (t.codes - {Code.INFORMATION}) | {Code.EXPECTATION}
    if Code.EXPECTATION in t.codes and all(
            _OWN_UNDERTAKING.match(x.strip()) for x in sentences(t.low) or [t.low]) and not (
            _ANYONE_ASKED.search(t.low) or t.codes & _JUDGING):
        # "I'll find a second person for the indexer by Friday.": the manager's own undertaking,
        # nothing of the report's in it, asks nothing of them
        t.codes.discard(Code.EXPECTATION)
        t.codes.add(Code.COMMITMENT)
    if Code.EXPECTATION in t.codes and LECTURE.search(t.low):
        left = LECTURE.sub(" ", t.low)
        if not (EXPECTATION.search(left) or CHANGE_DEMAND.search(left)
                or _ASKS_OF_THEM.search(left)):
            t.codes.discard(Code.EXPECTATION)  # nothing they are to do, only what to think
    if NOTICE_ASKED.search(t.low) and not t.codes & _JUDGING:
        t.codes.add(Code.EXPECTATION)  # "could you try and let me know the night before..."
        t.codes.discard(Code.ADVICE)
    if (Code.SOFTENER not in t.codes and _SORRY_TO_RAISE.search(t.low)
            and not t.codes & _JUDGING):
        t.codes.add(Code.SOFTENER)  # "The export was late, I think. Sorry to bring it up."
    if Code.EXPECTATION not in t.codes and NOT_NEGOTIABLE.search(t.low) and _ASKS_OF_THEM.search(
            NOT_NEGOTIABLE.sub(" ", t.low)) and not t.codes & _JUDGING:
        t.codes.add(Code.EXPECTATION)  # "the role needs you in the crit ... not negotiable"
    if Code.EXPECTATION in t.codes and t.primary == Primary.REFLECTION and (
            REFLECTION_STEM.search(t.low) or _SO_SAID_BACK.match(t.low)) and not (
            EXPECTATION.search(t.low) or ASK_NAMED.search(t.low) or CHANGE_DEMAND.search(t.low)
            or NEED_THEN_TOLD.search(t.low) or NOT_NEGOTIABLE.search(t.low)):
        # "So from your side, the bar on the indexer matters a lot ... Is that fair?": their
        # standard said back, nothing asked of them
        t.codes.discard(Code.EXPECTATION)
    if {Code.EXPECTATION, Code.REFLECTION} <= t.codes and t.primary == Primary.REFLECTION and (
            t.context and EXPECTATION.search(t.low) and not REFLECTION_STEM.search(t.low)
            and not echoed(t.low, t.context)):
        # "So from now on, you're on the queue at nine. That's the deal." after "I make every
        # minute up.": the bar set, none of their words said back
        t.codes.discard(Code.REFLECTION)
        t.primary = Primary.INPUT
    if Code.EXPECTATION not in t.codes and NEED_THEN_TOLD.search(t.low) and not (
            t.codes & _JUDGING):
        t.codes.add(Code.EXPECTATION)  # "What I do need ...: ... I hear it from you that same day"
        t.codes.discard(Code.INFORMATION)
        t.primary = Primary.INPUT
    if Code.EXPECTATION not in t.codes and _RULE_FROM_NOW.match(t.low) and not t.codes & _JUDGING:
        t.codes.add(Code.EXPECTATION)  # "from now a worry about a build goes to leo one to one
        t.codes.discard(Code.INFORMATION)  # before it goes anywhere else": the new way, set
        t.primary = Primary.INPUT
    if not t.codes & (_JUDGING | {Code.EXPECTATION, Code.COMMITMENT, Code.SUPPORT_OFFER,
                                  Code.FOLLOW_UP}) and (
            (ORDER_TO_A_DAY.search(t.low) and not PRESENT_STEP.match(t.low))
            or any(set_from_a_date(x) for x in sentences(t.low))):  # ("so you write up the
        # churn guide by friday", their step put to them, is the plan's: see ``_steps``)
        t.codes.add(Code.EXPECTATION)  # "... you just do the wireframes properly by friday ok",
        t.codes.discard(Code.INFORMATION)  # "Crit running again with your work in it, from next
        t.primary = Primary.INPUT  # week.": an order with its day, the new way set from a date
    if ASK_NAMED.search(t.low) and not t.codes & _JUDGING:
        t.codes.add(Code.EXPECTATION)  # "What I'd ask is that concerns go to their lead first"
        t.codes.discard(Code.ADVICE)
    if TELL_ME_WANTED.search(t.low) and not t.codes & _JUDGING:
        t.codes.add(Code.EXPECTATION)  # "what id like is for you to come to me the day you see a
        t.codes.discard(Code.ADVICE)  # date slipping": a want stated, asked of them
        rest = [x for x in sentences(t.low) if not TELL_ME_WANTED.search(x)]
        if "?" not in t.low and not any(_asks_aloud(x, match(x, None)) for x in rest):
            t.codes -= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}  # its "what" asks nothing
            if t.primary == Primary.QUESTION:
                t.primary = Primary.INPUT
        if len(sentences(t.low)) <= 1:
            t.codes -= {Code.INFORMATION, Code.REFLECTION}
            if t.primary in (Primary.OTHER, Primary.REFLECTION):
                t.primary = Primary.INPUT
    if Code.LABEL in t.codes and _BAR_ANNOUNCED.search(t.low) and not (
            JUDGED.search(t.low) or SARCASM.search(t.low) or character_verdict(t.low)
            or t.codes & {Code.BLAME, Code.THREAT} or any(
                m.group(0) not in LOOSE_JUDGE_WORDS for m in JUDGE_WORD.finditer(t.low))):
        t.codes.discard(Code.LABEL)  # "Here is the bar, and it's short: when a build worries
        # you, you tell Leo first ... never a person": what is asked of them, not who they are
    if _BAR_ANNOUNCED.search(t.low) and not t.codes & _JUDGING:
        t.codes.add(Code.EXPECTATION)  # "heres the bar problems with a build go to leo one on
        t.codes -= {Code.ADVICE, Code.INFORMATION}  # one first ...": the bar, not a tip
        if t.primary in (Primary.OTHER, Primary.REFLECTION):
            t.primary = Primary.INPUT
    if Code.EXPECTATION not in t.codes and _NEEDED_FROM_YOU.search(t.low) and not (
            t.codes & _JUDGING):
        t.codes.add(Code.EXPECTATION)  # "what the team needs from you is your usual standard ...
        t.primary = Primary.INPUT  # so what would you want to pick up first": asked of them
    if Code.EXPECTATION not in t.codes and EARLY_WARNING.search(t.low) and not t.codes & _JUDGING:
        t.codes.add(Code.EXPECTATION)  # asked of them, not a tip: no advice
        t.codes.discard(Code.ADVICE)
    # (within a plan step already read as one, "Retry fix by Friday. We check in Monday.", the
    # date is the step's)
    if not t.codes & (_JUDGING | {Code.EXPECTATION, Code.COMMITMENT, Code.FOLLOW_UP}) and any(
            DEADLINE_ONLY.match(s) and not DEADLINE_DOER.search(s) for s in sentences(t.low)
            if not s.rstrip().endswith("?")):
        t.codes.add(Code.EXPECTATION)  # "States and edge cases by Thursday. Does that work?"
    if (CHANGE_DEMAND.search(t.low) and "?" not in t.low and not t.codes & _JUDGING
            and not REFLECTION_STEM.search(t.low)):  # "it sounds like the rota has to change"
        t.codes.add(Code.EXPECTATION)
        t.codes.discard(Code.REFLECTION)
        if t.primary == Primary.REFLECTION:
            t.primary = Primary.INPUT
        if STOP_STATED.search(t.low) and all(
                CHANGE_DEMAND.search(x) for x in sentences(t.low) or [t.low]):
            t.codes.discard(Code.INFORMATION)  # "It stops. Problems with a build go to Leo
            # first, privately.": every sentence asks it of them, none only informs


# A plan announced, then who does what: "so heres what well do you turn your camera on for crit
# and get those screens finished up sound good", "Here's the plan: you pair with Carla ...". A
# step the manager set (planning says so), whatever the tag after it.
PLAN_ANNOUNCED = re.compile(
    r"\bhere(?:'s| is) (?:the plan|what (?:we'll|we will|well|we're going to|we are going to|"
    r"we're gonna|were gonna|i'd like us to|i want us to) do)\b[:,.]? (?:so )?(?:first,? )?"
    r"(?:you|i|we)(?:'ll| will| are going to|'re going to| can)? (?!think|feel|see how)\w+")


# when a step is done: "this week", "on Thursday", "by Friday", "tomorrow"
_STEP_WHEN = re.compile(r"\b(?:(?:this|next) (?:week|month|sprint|" + DAY + r")|(?:on|by|before) "
                        r"(?:the )?(?:" + DAY + r"|\d{1,2}(?:st|nd|rd|th)?\b|end of)|tomorrow|"
                        r"today|tonight)\b")
# an order with its day first: "so by friday you redo the onboarding flow properly"
ORDER_BY_A_DAY = re.compile(
    r"^(?:(?:so|and|okay|ok|right|then|now)[,]? )*(?:by|before) (?:the )?(?:" + DAY + r"|"
    r"tomorrow|end of (?:the )?(?:day|week)|\d{1,2}(?:st|nd|rd|th)?)[,]? you (?!(?:feel|felt|"
    r"think|thought|said|told|were|was|are|seemed|looked|sounded)\b)[a-z]+")
# a one-off task asked of them for a day to come: "I want you to pair with Jun on the indexer this
# week" (not what they should know or feel: "I want you to know ...")
_WANT_YOU_TO = re.compile(
    r"\bi (?:want|need|'d like|would like) you to (?!know\b|feel\b|think\b|understand\b|be "
    r"(?:honest|open|comfortable|ok|okay)\b|tell me\b)[\w' -]{1,60}?\b(?:(?:this|next) (?:week|"
    r"month|sprint|" + DAY + r")|(?:on|by|before) (?:the )?(?:" + DAY + r")|tomorrow)\b")


# time booked with them to look at it again: "I'll book us thirty minutes to go through it"
_TIME_BOOKED = re.compile(
    r"\b(?:i'll|i will|let me|i'm going to) (?:book|put in|set up|grab|block out|find) "
    r"(?:us |you and me )?(?:(?:a|an|some|another|half an|twenty|thirty|forty|fifteen|\d+) )?"
    r"(?:minutes?|hour|"
    r"slot|time|half hour|catch-up|catch up|check-in)\b[^.?!]{0,30}?\b(?:to (?:go through|look "
    r"at|review|talk|see|check)|together|with you|for us)\b")


# Something the manager will do for them now ("and I'll go again for whatever role you want")
_OFFER_NOW = re.compile(r"\b(?:i'll|i will|i can|i could|let me|i'm going to) (?!be\b|say\b|tell\b)"
                        r"[^.?!]{0,50}?\b(?:for (?:you|whatever)|again)\b|\bif you(?:'d| would)? "
                        r"(?:like|want)\b")


# Only the two of them meeting again, with its when: "and we will meet again friday eleventh
# december", "We'll catch up Thursday." (the labelled lines code every such turn a follow-up,
# never a step of the plan); not with a task in it ("we'll meet again friday and you bring the
# figures"), nor a question
_MEETING_ALONE = re.compile(
    r"^(?:(?:and|so|okay|ok|right|then|good|great|fine|alright)[,]? )*(?:we(?:'ll| will| shall)?|"
    r"let's|let us|you and i(?: will|'ll)?) (?:meet|catch up|talk|speak|sit down|check in|chat)"
    r"(?: again)?\b(?![^.?!]*\b(?:and|but|to|so|where|when|if|about|i'll|i will|you'll|you will|"
    r"you|your)\b)[^?]*$")


# a meeting told in the past: "the check in was cancelled", "we skipped the one-to-one"
_MEETING_PAST = re.compile(r"\b(?:check[- ]?in|catch[- ]?up|one[- ]to[- ]one|1:1|meeting|review)s? "
                           r"(?:was|were|got|had been) (?:cancell?ed|moved|missed|skipped|dropped)|"
                           r"\b(?:cancell?ed|missed|skipped) (?:the |our |your )?(?:check[- ]?in|"
                           r"catch[- ]?up|one[- ]to[- ]one|1:1|meeting)\b")

_MEETING_AHEAD = re.compile(r"\b(?:will|'ll|shall|going to|gonna|let's|lets|next|again|tomorrow|"
                            r"meet|book)\b|\?")


def _steps(t: _Turn) -> None:
    """Next steps, follow-ups and summaries."""
    if Code.COMMITMENT in t.codes and Code.OBSERVATION in t.codes and not _AHEAD.search(t.low):
        # "Jun hasn't put a pull request up for review since ... At the retro on Thursday 5th
        # November there was the joke ...": what happened, dated; nothing ahead is undertaken
        t.codes.discard(Code.COMMITMENT)
    if Code.FOLLOW_UP in t.codes and Code.OBSERVATION in t.codes \
            and _MEETING_PAST.search(t.low) and not _MEETING_AHEAD.search(t.low):
        # "some things i saw thursday 12 november the check in was cancelled twenty minutes
        # before ...": a meeting that did not happen, told; none is booked
        t.codes.discard(Code.FOLLOW_UP)
    if {Code.COMMITMENT, Code.FOLLOW_UP} <= t.codes and all(
            _MEETING_ALONE.match(x.strip()) for x in sentences(t.low) or [t.low]):
        t.codes.discard(Code.COMMITMENT)  # "and we will meet again friday eleventh december"
    if Code.COMMITMENT not in t.codes and PLAN_ANNOUNCED.search(t.low) and not (
            t.codes & _JUDGING):
        t.codes.add(Code.COMMITMENT)  # "here's what we'll do: you turn your camera on ..."
        t.primary = Primary.INPUT
    said = [x.strip() for x in sentences(t.low) or [t.low]]
    if not t.codes & (_JUDGING | {Code.COMMITMENT, Code.EXPECTATION}) and any(
            PRESENT_STEP.match(x) and _STEP_WHEN.search(x) for x in said):
        # "so you pair with jun on the indexer this week": their step put to them, with its day;
        # not their words said back
        t.codes = (t.codes - {Code.REFLECTION, Code.SUMMARY}) | {Code.COMMITMENT}
        t.primary = Primary.INPUT
    if not t.codes & _JUDGING and ORDER_BY_A_DAY.match(t.low):
        # "so by friday you redo the onboarding flow properly with all the states ok": an order
        # with its day (and a tag), not their words said back
        t.codes = (t.codes - {Code.REFLECTION, Code.SUMMARY, Code.INFORMATION}) | {
            Code.EXPECTATION}
        t.primary = Primary.INPUT
    if Code.EXPECTATION not in t.codes and not t.codes & _JUDGING and _WANT_YOU_TO.search(t.low):
        t.codes = (t.codes - {Code.INFORMATION}) | {Code.EXPECTATION}  # "I want you to pair
        t.primary = Primary.INPUT  # with Jun on the indexer this week."
    if Code.SUPPORT_OFFER in t.codes and len(said) > 1 and _CHECK_ONLY.match(said[-1]) and all(
            REFLECTION_STEM.search(x) for x in said[:-1]):
        # "Sounds to me like ... Tell me if I'm off the beat there.": a reflection and its check
        t.codes.discard(Code.SUPPORT_OFFER)
        if t.codes == {Code.REFLECTION}:
            t.primary = Primary.REFLECTION
    if Code.SUPPORT_OFFER in t.codes and _TALK_ROLES.search(t.low) and not any(
            SUPPORT.search(c) or manager_acts(c) or HELP_OFFERED.search(c)
            for c in clauses(_TALK_ROLES.sub(" ", t.low))):
        t.codes.discard(Code.SUPPORT_OFFER)  # "I will mostly listen and ask": how the talk goes
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.SUPPORT_OFFER in t.codes and PAST_FAVOUR.search(t.low) and not any(
            SUPPORT.search(x) or manager_acts(x) or HELP_OFFERED.search(x) or _OFFER_NOW.search(x)
            for x in clauses(t.text) if not PAST_FAVOUR.search(x)):
        t.codes.discard(Code.SUPPORT_OFFER)  # "I went to the director three times to get you
        if not t.codes:  # the pod lead role.": a favour recited, nothing offered now
            t.codes.add(Code.INFORMATION)
    if Code.COMMITMENT in t.codes and TALK_ITSELF.search(t.low) and not (
            PLAN_TALK.search(TALK_ITSELF.sub(" ", t.low)) or PLAN_FRAME.search(t.low)):
        t.codes.discard(Code.COMMITMENT)  # "...and then I'll shut up for a minute"
        if not t.codes and not re.search(
                r"[a-z]{3,}", _LINKS.sub(" ", TALK_ITSELF.sub(" ", t.low))):
            t.primary = Primary.OTHER  # "I'll say what I saw, and then I'll listen.": only the
            # talk itself, nothing for the plan or the work
    if Code.INFORMATION in t.codes and len(t.codes) > 1 and len(words(t.low)) <= 14 and all(
            x.rstrip().endswith("?") for x in sentences(t.low) or [t.low]):
        t.codes.discard(Code.INFORMATION)  # "What could be a small first step?" tells them nothing
    if ASKED_STEP.search(t.low) and not t.codes & (_JUDGING | {Code.ADVICE, Code.COMMITMENT}):
        t.codes = (t.codes - {Code.INFORMATION}) | {Code.EXPECTATION}  # "can you fill in the
        # box by friday": asked of them with its day, as the labelled lines code it
    if PROPOSED_STEP.search(t.low) and not t.codes & _JUDGING:
        t.codes.add(Code.COMMITMENT)  # "Would you be okay to have a chat with Leo this week?"
    if _TIME_BOOKED.search(t.low) and not t.codes & _JUDGING:
        t.codes.add(Code.FOLLOW_UP)  # "I'll book us thirty minutes to go through it"
    if TALK_AGAIN.search(t.low) and not t.codes & _JUDGING:
        t.codes.add(Code.FOLLOW_UP)  # "We can speak again in one month."
    if t.plan_recap or (PLAN_FRAME.search(t.low) and not t.codes & _JUDGING):
        t.codes.add(Code.COMMITMENT)
    if (SUMMARY.search(t.low) or (t.recap and not t.plan_recap)) and not t.codes & _JUDGING:
        t.codes |= {Code.SUMMARY, Code.REFLECTION}
    if {Code.SUMMARY, Code.ADVICE} <= t.codes and not (
            ADVICE.search(t.low) or ADVICE_QUESTION.search(t.low)):
        t.codes.discard(Code.ADVICE)  # a recap of what was agreed ("Problems go to the lead first")
    if {Code.REFLECTION, Code.EXPECTATION} <= t.codes and not (
            EXPECTATION.search(t.low) or CHANGE_DEMAND.search(t.low)
            or _ASKS_OF_THEM.search(t.low)):
        t.codes.discard(Code.EXPECTATION)  # "I can see you're angry, and I get it" asks nothing


# A recogniser's run-on that states what is needed and then asks their step: "what i need is
# you on the queue at nine ... so what could you try first and from when"
_STEP_ASKED_AFTER = re.compile(r" so (?:(?:what|how|when)(?: \w+){0,3}? (?:could|would|can|will|"
                               r"might|do) you |what(?:'s| is) (?:the |one |your )?(?:(?:first|"
                               r"small|next|little) )*step\b)[^.?!]*$")
# ... or what the role needs, said as the need: "what the role needs is this crit with your work
# in it ... so what small first step would you take and which day you choose"
_ROLE_NEEDS = re.compile(r"^(?:(?:so|and|but|okay|ok|well|right|look)[, ]+)*what (?:the|this|"
                         r"your) (?:role|job|team|business|project|customer|work) needs(?: from "
                         r"you)? is\b|"
                         # "what stays is if a date is in danger you tell me that same day"
                         r"^(?:(?:so|and|but|okay|ok|well|right)[, ]+)*what (?:stays|remains|"
                         r"doesn't change|does not change)(?: the same)? is\b")


def _asked_after_the_need(t: _Turn) -> None:
    """The need stated, then their step asked in the same unpunctuated breath: an expectation
    and an open question, not advice."""
    if "?" in t.low or not ((NEED_CLEFT.match(t.low) or _ROLE_NEEDS.match(t.low))
                            and _STEP_ASKED_AFTER.search(t.low)) or t.codes & _JUDGING:
        return
    t.codes |= {Code.EXPECTATION, Code.OPEN_QUESTION}
    if not (ADVICE.search(t.low) or ADVICE_QUESTION.search(t.low)):
        t.codes.discard(Code.ADVICE)
    t.primary = Primary.INPUT


# An apology for raising it at all: "Sorry to bring it up.", "I hate to mention it"
_SORRY_TO_RAISE = re.compile(r"\b(?:sorry to|i hate to) (?:bring (?:it|this|that) up|raise "
                             r"(?:it|this|that)|mention (?:it|this|that))\b")
