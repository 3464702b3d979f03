"""Firm rules on threats: a process, the job or their place held over them, said plainly, as an
ultimatum, in the polite inverted condition or left open; and what reassures instead."""

from __future__ import annotations

import re

from roleplay.domain.codes import Code, Primary
from roleplay.domain.meeting_again import TALK_AGAIN
from roleplay.scoring._cues_care import (
    ADMIN_ASKED,
    CARING_IF,
    FLEX_OFFERED,
    HELP_OFFERED,
    HELP_SOUGHT_FOR_YOU,
    LAPSE_IF,
    NOTICE_ASKED,
)
from roleplay.scoring._cues_event import PAST_EVENT
from roleplay.scoring._cues_feedback import (
    DARE_OR_SANCTION,
    NEXT_TIME_GONE,
    OTHERS_WANT_YOUR_PLACE,
    THREAT,
)
from roleplay.scoring._cues_judging import CONSEQUENCE_IF
from roleplay.scoring._cues_listening import echoed, names_feeling
from roleplay.scoring._cues_plan import FOR_THEM, MANAGER_ACTS, PROCESS
from roleplay.scoring._cues_talk import SUMMARY
from roleplay.scoring._cues_veiled import (
    FATE_OF_SUCH,
    MEETING_KEPT_GOING,
    NOT_LASTING_HERE,
    PLACE_KEPT,
    PLACE_LOST_IF,
    REASSURED,
    REMOVED_IF,
    SANCTION_ON_REPEAT,
    TROUBLE_NOT_LASTING,
)
from roleplay.scoring._gate import gated
from roleplay.scoring._text import canonical, sentences
from roleplay.scoring.settle.praise import _BARE_PRAISE, _KEEP_IT_UP
from roleplay.scoring.settle.questions import THEIR_VIEW, TIP_FORM
from roleplay.scoring.settle.turn import (
    _CHECK,
    _fault_denied,
    _judging_words,
    _pressure_in,
    _Turn,
    clauses,
    manager_acts,
)

DENIED_ESCALATION = re.compile(
    r"\b(?:i'm not|i am not|i won't|i will not|we're not|we are not|we won't|nobody is|no one is)"
    r"(?: going to)?(?: be)? (?:taking|take|escalating|escalate|putting|put|reporting|report|"
    r"raising|raise|involving|involve|bringing|bring)\b[^.?!]{0,30}?\b(?:hr|disciplinary|formal|"
    r"your file|upstairs|further)\b"
    r"|\b(?:i'm not|i am not|i won't|i will not|we're not|we won't|nobody is)(?: going to)? write "
    r"(?:you|this|it) up\b"
    # "this isn't, you know, a formal process", "today is not a disciplinary"
    # (said "ain't", or the Black Country's "this ay a disciplinary")
    r"|\b(?:this|it|today|that|this meeting|this conversation)(?:'s not| is not| isn't| ain't|"
    r" ay(?= a\b))\b"
    r"[^.?!]{0,24}?\b(?:formal|disciplinary|a warning|hr|a pip|an investigation)\b"
    # their standing said to be safe: "nobody's taking that away from you", "your job is safe",
    # "you're not in trouble"
    r"|\b(?:nobody|no one)(?:'s| is)? (?:taking|going to take|gonna take) (?:that|it|this|any of "
    r"that) away\b|\byour (?:job|role|place|position)(?:'s| is) (?:safe|not at risk|not in "
    r"danger|not on the line)\b|\byou(?:'re| are) not in (?:any )?trouble\b|\b(?:nobody|no one)"
    r"(?:'s| is) (?:firing|sacking|getting rid of) you\b"
    # "Nobody is starting any process today.", "I'm not opening a formal procedure"
    r"|\b(?:nobody|no one|i'm not|i am not|we're not|we are not)(?:'s| is)? (?:starting|opening|"
    r"beginning|going to start|going to open|kicking off) (?:any|a|an) (?:formal )?(?:process|"
    r"procedure|investigation|disciplinary|capability)\b")
# A condition on how things are for them whose consequence is the plan bending to it: "And if
# things with your dad look different now ..., then the plan should change with them."
PLAN_BENDS = re.compile(
    r"\bif\b[^.?!;]{3,140}?,? (?:then )?(?:the|our|your|that) (?:plan|hours|deadlines?|dates?|"
    r"rota|targets?|workload|load) (?:should|can|could|will|would|needs? to|has to|might) (?:\w+ "
    r")?(?:change|move|bend|shift|flex|fit|be (?:changed|adjusted|looked at|moved))\b")
# their asking again invited: "asking again is not taking liberties" (no "again" that presses)
_ASKING_AGAIN = re.compile(r"\bask(?:ing|ed)? (?:me |for it |for help )?again\b")
# An order with a process or the job as the other choice: "Fix it by Friday or we talk again
# with HR", "do it, or else it goes on your file"
ULTIMATUM = re.compile(
    r"\bor (?:else[, ]+)?(?:we|we'll|we will|this|it|that|you|you'll|you will|i|i'll|i will|"
    r"there|next)\b[^.?!]{0,40}\b(?:hr|human resources|disciplinary|formal|warning|your file|"
    r"upstairs|fired|sacked|let go|out of here|out the door)\b")
# "Let's see how it goes", "we'll see how things go": no consequence named, nothing threatened
# "let's see how the new rota works for a fortnight" (a thing tried, not "how you do")
WAIT_AND_SEE = re.compile(r"\b(?:let's|let us|we'll|we will|we can|i'll|just) (?:just )?see how "
                          r"(?:it|things|that|this|everything|(?:the|this|that|our|your) "
                          r"(?!you\b)(?:[\w-]+ ){0,2}[\w-]+) (?:goes|go|works|pans out|works out|"
                          r"lands|settles|beds in)\b")
WAIT_AND_SEE = gated(WAIT_AND_SEE)
THANKS_AGAIN = re.compile(r"\bthank(?:s| you) (?:so much |very much )?again\b")  # no condition
# Asked to do it once more ("read one more time and make it more soft", "Check it one more time
# and then send it"), not "one more late and you're out"
ONCE_MORE_ASKED = re.compile(
    r"\b(?:read|check|look at|look over|go over|go through|try|test|run|review|proofread|listen to|"
    r"explain|walk me through)(?: it| that| this| them| the \w+)? one more time\b(?![^.?!]*\b(?:"
    r"you(?:'re| are|'ll| will)? (?:out|gone|done|finished)|warning|hr|fired|sacked|disciplinary|"
    r"see what happens|i dare you))")
ONCE_MORE_ASKED = gated(ONCE_MORE_ASKED)
PUT_OFF = re.compile(r"\b(?:yet|for now|this time|at this stage|for the moment)\b")
_SEE_YOU_THEN = re.compile(r"^(?:same time next (?:week|month|\w+day)|see you (?:next \w+|then|"
                           r"on \w+))[.!]*$")

# Either way is fine with the manager: "If managing people isn't for you, that's okay.", "if you
# decide to stay where you are thats totally fine" (not the softener "..., if that's okay?")
ACCEPTED_EITHER_WAY = re.compile(
    r"\bif\b[^.?!;]{3,90}?,? (?:then )?(?:that'?s|that is|it'?s|it is) (?:totally |completely |"
    r"absolutely |perfectly |also |really |honestly |genuinely )?(?:okay|ok|fine|alright|all "
    r"right|no problem)(?: too| with me| by me| as well)?(?=[\s,.!]|$)")
# ... unless someone else is waiting to take it on: "if you dont want to do it properly thats
# fine someone else will"
REPLACED = re.compile(r"\b(?:someone|somebody|anyone|others?) else (?:will|can|would|is|who)\b|"
                       r"\bplenty of \w+ (?:who|that) (?:want|would)\b|\bthe door\b")
# What they might be holding back, asked for as a condition: "if youve got it in your head that
# the only way up is managing people then id really like to hear about that", "If somebody told
# you something before the reorg ..., I want to know it.", "If some other road interests you,
# you can say it here, nobody will be offended." An invitation to tell, no consequence;
# the manager's own condition beside it ("if I don't know, I cannot fix nothing") presses nothing.
WANTS_TO_HEAR = re.compile(
    r"\bif\b[^.?!;]{3,160}?,? (?:then )?(?:i|i'd|i would|i do) (?:really |genuinely |honestly |"
    r"truly )?(?:like|love|want|need|wanna) to (?:hear|know|understand)\b(?: (?:more )?about)?"
    r"(?: (?:it|that|this|them|more|it all))?"
    # "If some other road interests you, ..., you can say it here, nobody will be offended."
    r"|\bif\b[^.?!;]{3,160}?,? (?:then )?(?:you can|you could|feel free to|please) (?:say|tell|"
    r"bring|raise|share|mention)\b(?: (?:it|that|this|so|me))?(?: (?:here|to me|with me))?"
    r"(?:,? (?:and )?(?:nobody|no one|no-one) (?:will|would|is going to) (?:be offended|mind|"
    r"judge you|hold it against you|think less of you))?")
_UNKNOWN_UNFIXED = re.compile(
    r"\bif i (?:don't|do not|didn't) know(?: about it)?,? i (?:can't|cannot|can not|won't) "
    r"(?:fix|help|change|do)\b[^.?!;]*")

# This talk not to be had again ("and we dont have this talk again got it", "don't make me have
# this conversation again"): a warning, no meeting booked; "see how that suits ya" a taunt
_NOT_AGAIN = re.compile(r"\b(?:don't|do not|won't|will not|never|not) (?:make me |want "
                        r"to |have to |going to |gonna )?(?:have|having) (?:this|that|the same) "
                        r"(?:talk|conversation|chat|discussion) again\b")
_NOT_AGAIN = gated(_NOT_AGAIN)
_SUITS_YOU = re.compile(r"\bsee how (?:that|it|this) suits (?:you|ya|ye|yous)\b")
# Their ambition asked about: "Don't you want to be a manager someday?"
_AMBITION_ASKED = re.compile(r"\bwant to (?:be|become) (?:a |an )?[\w-]+(?: [\w-]+)? (?:someday|"
                             r"some day|one day|eventually|in (?:a few|five|ten|two|three) "
                             r"years)\b|"
                             # a career step nudged in questions: "maybe you can think again?
                             # Wouldn't it be a good step for you?"
                             r"\bwould(?:n't| not) it be a (?:good|great|nice|natural) (?:next )?"
                             r"(?:step|move|fit|opportunity) for you\b|"
                             r"\bmaybe (?:you (?:can|could) )?think (?:about (?:it|the \w+"
                             r"(?: \w+){0,2}) )?again\b")
# The manager holding back from pressing: "You've already done a lot. I don't want to keep
# asking." (the head read a threat in "I don't want to keep ...")
_NOT_PRESSING = re.compile(
    r"\bi (?:don't|do not|dont|won't|will not) (?:want to |wanna )?(?:keep )?(?:asking|ask you|"
    r"pushing|push you|pressing|press you|nag(?:ging)?(?: you)?|go(?:ing)? on about it|pile on)\b")
# Their effort owned, which no feeling is ("You've already done a lot": not "that's a lot")
_EFFORT_DONE = re.compile(r"\b(?:done|did|given|put in|taken on|carried|covered|helped)(?: so "
                          r"much| a lot| loads| plenty| more than enough)\b")
# Time given beside it: "Doesn't have to be now.", "No rush.", "No pressure."
_NO_HURRY = re.compile(r"(?:(?:it )?(?:doesn't|does not|doesnt) have to be (?:now|today|this "
                       r"year)|no (?:rush|hurry|pressure)|take your time)[.!]?$")
_NO_HURRY = gated(_NO_HURRY)
# What follows their telling: the manager wants to hear it, and no sanction ("i want to hear it",
# "I'd rather know than keep guessing", "i will not be angry", "I'm not going to treat it like a
# crime", "it won't count against you")
_WANTS_TO_KNOW = re.compile(
    r"\b(?:i (?:want|'d like|would like|need) to (?:hear|know)\b|i(?:'d| would) (?:rather|prefer "
    r"to) (?:know|hear)\b|i prefer (?:the truth|to know|to hear)\b|you can tell me\b|i(?: will|'ll|"
    r" won't|'m not going to| am not going to| will not) (?:not )?(?:be (?:angry|cross|upset|mad)|"
    r"hold it against you|treat it (?:like|as) a crime|judge you)\b|(?:it|that) (?:won't|will not) "
    r"(?:count|be held) against you\b)")
# Candour owed, put as the manager's own failing if they kept quiet: "I'd be letting you down if
# I didn't say it plainly", "I wouldn't be doing my job if I didn't tell you" (no menace to them;
# "I'd be letting the team down by keeping you on it" names them as the cost and is not this)
_CANDOUR_IF = re.compile(
    r"\b(?:i'd|i would|i wouldn't|i would not)(?: be)? (?:letting you down|failing you|doing you "
    r"(?:a|any) (?:disservice|favou?rs?)|doing (?:my job|right by you)|being (?:fair|honest|"
    r"straight) (?:to|with|by) you)\b,? if i (?:didn't|did not|don't|do not|kept|stayed|wasn't|"
    r"was not|held|sat on)\b[^.?!;]{0,40}")

# Something offered at their wish: "if you want to hear from people who teach, I set that up"
_OFFERED_IF = re.compile(r"\bif you(?:'d| would)? (?:want|like|wish|fancy)\b")
# What their act does to others: "what happens to people when it goes out in front of 180"
_HAPPENS_TO_OTHERS = re.compile(
    r"(?<!you know )(?<!you know, )(?<!remember )(?<!we all know )"
    r"\bwhat (?:happens|it does|that does|this does) to (?:people|others|the team|the others|"
    r"colleagues|folks|everyone|everybody|the juniors|the new (?:starters|folks|people)|them|"
    r"him|her|leo|the \w+ team) when\b")
_HAPPENS_TO_OTHERS = gated(_HAPPENS_TO_OTHERS)
# Menace by who will hear of it or where they will be sent: "And HR will be interested in the
# pattern too.", "either you're back running crit next week, or I'll have a word about moving you
# onto the marketing banners" ("or I could move you to days" offers a choice)
MENACE = re.compile(
    r"\b(?:hr|human resources|the director|head office|upstairs|regional|the board|the partners)"
    r"(?: \w+)? (?:will|would|is going to|are going to|'ll) be (?:very |really |quite |most )?"
    r"(?:interested|keen to hear|curious)\b|\bor (?:else )?i(?:'ll| will)(?: [\w']+){0,4}? "
    r"(?:moving|move|transferr?\w*|putting|put) you (?:onto|on|to|off|back)\b|"
    # protection withdrawn: "and I will not stand in front of yours" (their figures), "I can't
    # cover for you"; the sensible keep their jobs ("Smart kid. Smart kids keep their jobs."); their
    # name handed over ("youll know exactly whose name i give them"); safe only for now ("I'm not
    # moving anybody. Yet.")
    r"\bi (?:will not|won't|wont|can't|cant|cannot|am not going to|'m not going to) (?:stand in "
    r"front of|defend|protect|cover for|go to bat for) (?:you|yours|your \w+)\b|"
    r"\b(?:smart|sensible|clever|wise) (?:kids|people|lads|girls|folk|ones|engineers|staff) keep "
    r"their (?:jobs|places|shifts|spots|positions)\b|"
    r"\b(?:you'll|youll|you will) know (?:exactly )?whose name i (?:give|hand|put|send)\b|"
    r"\bnot (?:moving|replacing|sacking|firing|letting go of|letting) (?:anybody|anyone|you|people)"
    r"(?: go)?[.!,;]+ *yet[.!]")  # ("i'm not letting you go yet, one more thing" is no threat)

# a condition that is their feeling ("if this feels unfair", "if you feel watched"), and the
# manager's understanding of it
_FEELING_IF = re.compile(r"\bif (?:this|it|that|all this|any of this|you) (?:feels?|seems?|"
                         r"looks?|sounds?|are feeling|felt)\b")
_UNDERSTOOD = re.compile(r"\bi (?:understand|get (?:it|that|why)|can see why|can imagine)\b|"
                         r"\b(?:that's|that is|it's|it is) (?:fair|understandable|natural)\b")


# what they asked for, agreed, then taken to HR by the manager: "then we do that i take it to hr
# and to marcus myself", "okay, let's do that. I'll take it to HR for you"
THEIR_ASK_TAKEN_UP = re.compile(
    r"\b(?:we (?:do|'ll do|will do|can do) that|let's do (?:that|it))\b.{0,20}?\bi(?:'ll| will)? "
    r"(?:take|bring|raise) (?:it|this|that) (?:to|with) (?:hr|people|the people team)\b")


_THEIR_NEED_IF = re.compile(r"\bif you(?: ever)? (?:need|want|ask|feel|would like|'d like)\b")
# Encouragement as the turn opens: "You'll be fine, I'm sure.", "aw youll be brilliant"
_YOU_WILL_BE_FINE = re.compile(r"^(?:(?:aw|oh|ah|honestly|look|hey)[,!]? )*you(?:'ll|ll| will) "
                               r"(?:be|do) (?:just |absolutely )?(?:fine|brilliant|great|grand|"
                               r"okay|ok|alright|all right|amazing)\b")
# How things may go for them, with the manager there: "if it gets mad", "if things get busy"
_HOW_IT_GOES_IF = re.compile(r"\bif (?:it|things|that|the day|the shift) gets? (?:\w+ ){0,2}?"
                             r"(?:mad|busy|hard|tough|too much|hectic|crazy|stressful|rough)\b")
# The manager on hand for them: "im only on the end of the phone", "I'm a call away" (support)
_ON_HAND = re.compile(r"\bi(?:'m|m| am) (?:only |just |always )?(?:on the (?:end of the )?phone|"
                      r"a (?:call|text|message|phone call) away|around if you need)\b|"
                      r"\b(?:call|ring) me if\b")
_IF_CLAUSE = re.compile(r"\bif\b[^.?!,]*,")  # a condition up to its comma
_I_WILL = re.compile(r"\bi(?:'ll| will| can)\b")
# Someone with power about to judge them, and the manager unable or unwilling to stand between:
# "the new lead designer will form an opinion of you soon, and I will not be in a position to
# change that opinion" (unseen-38's icily polite manager), a veiled threat.
_OPINION_BEYOND_HELP = re.compile(
    r"\b(?:form|make up|reach) (?:an|a|her|his|their) (?:own )?(?:opinion|view|judgement|judgment|"
    r"impression|mind) (?:of|about|on) you\b[^.?!]{0,80}?\b(?:i (?:will not|won't|can't|cannot|"
    r"will be unable to|am not able to|shall not)|there's nothing i|there is nothing i)\b")


def _threats(t: _Turn) -> None:
    """Threats denied, put as an ultimatum, taken on for them, waited out or only recapped."""
    if Code.THREAT not in t.codes and _OPINION_BEYOND_HELP.search(t.low):
        t.codes = (t.codes - {Code.INFORMATION, Code.EXPECTATION}) | {Code.THREAT}
        t.primary = Primary.INPUT
    if {Code.THREAT, Code.SUPPORT_OFFER} <= t.codes and PROCESS.search(t.low) and not (
            FOR_THEM.search(t.low) or HELP_OFFERED.search(t.low)
            or re.search(r"\b(?:for|with) you\b", t.low)) and all(
            PROCESS.search(x) for x in sentences(t.low) if _I_WILL.search(x)):
        # "If the pattern continues, I will take the matter to HR, with regret.": the process
        # held over them is what the manager will do, and no help
        t.codes.discard(Code.SUPPORT_OFFER)
    if Code.THREAT not in t.codes and (NOT_LASTING_HERE.search(t.low) or FATE_OF_SUCH.search(
            t.low) or PLACE_LOST_IF.search(t.low) or REMOVED_IF.search(t.low)) and not (
            REASSURED.search(t.low) or PLACE_KEPT.search(t.low) or " but " in t.low):
        t.codes = (t.codes - {Code.INFORMATION}) | {Code.THREAT}  # "A deckhand who skips the
        t.primary = Primary.INPUT  # checklist does not stay on my deck."; "in the mill if a
        # worker misses three times he is not working there next week i am telling you" (a rule
        # told, nothing of theirs observed, unless a past event is told beside it)
        if (PLACE_LOST_IF.search(t.low) or REMOVED_IF.search(t.low)) and not PAST_EVENT.search(
                t.low):
            t.codes.discard(Code.OBSERVATION)
    for kind_form in (TROUBLE_NOT_LASTING, MEETING_KEPT_GOING):
        if Code.THREAT in t.codes and kind_form.search(t.low) and not (
                _pressure_in(kind_form.sub(" ", t.low)) or MENACE.search(t.low)
                or YOUR_PLACE.search(t.low) or PROCESS.search(t.low)
                or NOT_LASTING_HERE.search(kind_form.sub(" ", t.low))
                or FATE_OF_SUCH.search(kind_form.sub(" ", t.low))):
            # "People who ask for help don't stay stuck for long." encourages; "Hang on, I'm
            # not letting you go yet, one more thing." keeps the meeting going
            t.codes.discard(Code.THREAT)
            if kind_form is TROUBLE_NOT_LASTING and not t.codes:
                t.codes.add(Code.INFORMATION)
            if not t.codes:
                t.primary = Primary.OTHER
    if Code.THREAT in t.codes and _NOT_PRESSING.search(t.low) and not (
            _pressure_in(_NOT_PRESSING.sub(" ", t.low)) or MENACE.search(t.low)
            or YOUR_PLACE.search(t.low) or PROCESS.search(t.low)):
        t.codes.discard(Code.THREAT)  # "I don't want to keep asking.": holding back, no menace
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.REFLECTION in t.codes and t.context and _NOT_PRESSING.search(t.low) and not any(
            echoed(x, t.context) or names_feeling(_EFFORT_DONE.sub(" ", x))
            for x in sentences(t.low) if not _NOT_PRESSING.search(x)):
        # "You've already done a lot. I don't want to keep asking.": the manager's own holding
        # back, and nothing of what they said said back ("You've covered three weeks of lates,
        # you're shattered. I don't want to keep asking." stays a reflection)
        t.codes.discard(Code.REFLECTION)
        if t.primary == Primary.REFLECTION:
            t.primary = Primary.INPUT
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.THREAT in t.codes and NOTICE_ASKED.search(t.low) and not (
            THREAT.search(t.low) or MENACE.search(t.low) or YOUR_PLACE.search(t.low)
            or PROCESS.search(t.low) or re.search(r"\bor (?:else|it|we|i|you|this)\b", t.low)
            or any(_pressure_in(x) for x in sentences(t.low) if not NOTICE_ASKED.search(x))):
        t.codes.discard(Code.THREAT)  # "If you're going to be off, just give me a heads-up the
        t.codes.add(Code.EXPECTATION)  # night before.": notice asked, its "if" the absence
    if Code.THREAT not in t.codes and SANCTION_ON_REPEAT.search(t.low) and not (
            DENIED_ESCALATION.search(t.low) or REASSURED.search(t.low) or CARING_IF.search(t.low)
            or _THEIR_NEED_IF.search(t.low)):
        # "Do that again, we're done.": a sanction on them if the lapse comes again
        t.codes = (t.codes - {Code.SUPPORT_OFFER, Code.INFORMATION, Code.AFFIRMATION}) | {
            Code.THREAT}
        t.primary = Primary.INPUT
    if Code.THREAT not in t.codes and MENACE.search(t.low):
        t.codes = (t.codes - {Code.SUPPORT_OFFER, Code.INFORMATION, Code.COMMITMENT}) | {
            Code.THREAT}
        t.primary = Primary.INPUT
    if Code.THREAT in t.codes and _AMBITION_ASKED.search(t.low) and all(
            x.rstrip().endswith("?") or _NO_HURRY.match(x.strip())
            for x in sentences(t.low) or [t.low]) and not (
            YOUR_PLACE.search(t.low) or THREAT.search(t.low)
            or _pressure_in(_AMBITION_ASKED.sub(" ", t.low))  # "think again" is no "again"
            or re.search(r"\b(?:here|stay|still)\b", t.low)):
        t.codes.discard(Code.THREAT)  # "Don't you want to be a manager someday?": a leading
        t.codes.add(Code.CLOSED_QUESTION)  # question about their ambition, no menace in it
        if t.codes <= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if Code.FOLLOW_UP in t.codes and (_NOT_AGAIN.search(t.low) or _SUITS_YOU.search(t.low)) \
            and not TALK_AGAIN.search(t.low):
        t.codes.discard(Code.FOLLOW_UP)
        if _NOT_AGAIN.search(t.low) and not _fault_denied(t.low):
            t.codes.add(Code.THREAT)
            t.primary = Primary.INPUT
    if {Code.THREAT, Code.REFLECTION} <= t.codes and THEIR_VIEW.search(t.low) \
            and CHECKED.search(t.low) and not THREAT.search(t.low):
        # "... you feel the only ladder here goes up to managing people, and if that step is
        # not for you, you must stand still. Is that close?": their fear said back and checked
        t.codes.discard(Code.THREAT)
    if Code.THREAT in t.codes and _UNDERSTOOD.search(t.low) and len(_FEELING_IF.findall(
            t.low)) == len(re.findall(r"\bif\b", t.low)) > 0 and not (
            THREAT.search(t.low) or CONSEQUENCE_IF.search(t.low) or MENACE.search(t.low)
            or YOUR_PLACE.search(t.low)):
        # "If this feels unfair, or like being watched, I understand why. I am not taking back
        # the dates": their feeling met, the only "if" theirs; no menace to them
        t.codes = (t.codes - {Code.THREAT}) | {Code.REFLECTION}
    if Code.THREAT in t.codes and _HAPPENS_TO_OTHERS.search(t.low) and not (
            THREAT.search(t.low) or CONSEQUENCE_IF.search(t.low) or MENACE.search(t.low)
            or YOUR_PLACE.search(t.low) or re.search(r"\bthink about (?:it|that)\b", t.low)):
        # "what im looking at is what happens to people when it goes out in front of 180 of
        # em": what their act does to others, no menace to them
        t.codes.discard(Code.THREAT)
        t.codes.add(Code.IMPACT)
    if Code.THREAT in t.codes and _OFFERED_IF.search(t.low) and manager_acts(t.low) and not (
            THREAT.search(t.low) or CONSEQUENCE_IF.search(t.low) or MENACE.search(t.low)
            or YOUR_PLACE.search(t.low) or PROCESS.search(t.low)):
        # "my part this week i ask the head of analytics what a senior analyst path looks like
        # ... and if you want to hear from people who teach for a living i set that up": the
        # manager acting for them, offered; no menace
        t.codes.discard(Code.THREAT)
        t.codes.add(Code.SUPPORT_OFFER)
    if Code.THREAT in t.codes and _WANTS_TO_KNOW.search(t.low) and all(
            _WANTS_TO_KNOW.search(x) for x in sentences(t.low) if re.search(r"\bif\b", x)) and not (
            THREAT.search(t.low) or MENACE.search(t.low) or YOUR_PLACE.search(t.low)
            or PROCESS.search(t.low) or CONSEQUENCE_IF.search(_WANTS_TO_KNOW.sub(" ", t.low))):
        # "if you are looking outside also i will not be angry i prefer the truth", "If life
        # outside this building has changed, ... I'd rather know than keep guessing": every
        # condition is about what they may tell, and its consequence is the manager listening
        t.codes.discard(Code.THREAT)
        t.codes.add(Code.SUPPORT_OFFER)
    if Code.THREAT in t.codes and _CANDOUR_IF.search(t.low) and not (
            _pressure_in(_CANDOUR_IF.sub(" ", t.low)) or MENACE.search(t.low)
            or YOUR_PLACE.search(t.low)):
        t.codes.discard(Code.THREAT)  # "I'd be letting you down if I didn't say it plainly":
        if not t.codes:  # the manager's duty to be candid, its "if" about themselves
            t.codes.add(Code.INFORMATION)
    if Code.THREAT in t.codes and THEIR_ASK_TAKEN_UP.search(t.low) and not (
            THREAT.search(THEIR_ASK_TAKEN_UP.sub(" ", t.low)) or CONSEQUENCE_IF.search(t.low)
            or MENACE.search(t.low)
            or YOUR_PLACE.search(t.low) or re.search(r"\bif (?:you|your)\b", t.low)):
        # "thik ache then we do that i take it to hr and to marcus myself and if any part i
        # cannot do i tell you by monday": what they asked for agreed and taken to HR by the
        # manager; the only "if" is the manager's own
        t.codes.discard(Code.THREAT)
        t.codes.add(Code.SUPPORT_OFFER)
    denied = DENIED_ESCALATION.search(t.low)
    if denied and PUT_OFF.search(t.low[denied.end():denied.end() + 25]) \
            and Code.THREAT not in t.codes:
        t.codes.add(Code.THREAT)  # "Nobody's firing you. Yet.": safe only for now
        t.codes -= {Code.INFORMATION, Code.SUPPORT_OFFER}
        t.primary = Primary.INPUT
        return
    if Code.THREAT in t.codes and ADMIN_ASKED.search(t.low) and not _pressure_in(t.low):
        t.codes.discard(Code.THREAT)  # "HR asked me about your leave dates.": a message passed on
        t.codes.add(Code.INFORMATION)
    if Code.THREAT in t.codes and ONCE_MORE_ASKED.search(t.low) and not _pressure_in(
            ONCE_MORE_ASKED.sub(" ", t.low), NEXT_TIME_GONE, DARE_OR_SANCTION):
        t.codes.discard(Code.THREAT)  # "read one more time and make it more soft": do it again
        if not t.codes:
            t.codes.add(Code.ADVICE if TIP_FORM.search(t.low) else Code.EXPECTATION)
    if Code.THREAT in t.codes and HELP_OFFERED.search(t.low) and not _pressure_in(t.low):
        t.codes.discard(Code.THREAT)  # "HR can also look at reduced hours or a shorter week."
        t.codes.add(Code.SUPPORT_OFFER)
    if (Code.THREAT in t.codes and DENIED_ESCALATION.search(t.low) and not PUT_OFF.search(t.low)
            and not _pressure_in(DENIED_ESCALATION.sub(" ", t.low))):
        t.codes.discard(Code.THREAT)  # "I'm not going to take this to HR" reassures
        t.codes.add(Code.INFORMATION)
    if (Code.EXPECTATION in t.codes or NOTICE_ASKED.search(t.low)) and ULTIMATUM.search(t.low) \
            and not DENIED_ESCALATION.search(t.low):
        t.codes |= {Code.THREAT, Code.EXPECTATION}  # "Fix it by Friday or we talk again with HR.
        t.codes.discard(Code.FOLLOW_UP)  # Clear?"; "..., just let me know the night before, or
        if not manager_acts(t.low):  # it goes to HR." (the ask for notice is no support then)
            t.codes.discard(Code.SUPPORT_OFFER)
        if t.primary != Primary.INPUT:
            t.primary = Primary.INPUT
    if Code.THREAT in t.codes and PROCESS.search(t.low):
        # "I'll find out from HR what the rules actually say": the manager acting for them
        # (``manager_acts``) is the only place a process is named
        # (a meeting again is no "again" that presses: "... and we sit down again Tuesday")
        left = " ".join(c for c in clauses(t.text) if not manager_acts(c))
        if not _pressure_in(TALK_AGAIN.sub(" ", left), PROCESS) and left != canonical(t.text):
            t.codes.discard(Code.THREAT)
            t.codes.add(Code.SUPPORT_OFFER)
    if Code.THREAT in t.codes and CARING_IF.search(t.low) and PROCESS.search(t.low):
        # "if a different start time would help, I'll take it to HR this week": the manager
        # takes their case to a process, on a condition that is about helping them
        left = CARING_IF.sub(" ", " ".join(c for c in clauses(t.text)
                                           if not MANAGER_ACTS.search(c)))
        if not _pressure_in(left, PROCESS):
            t.codes.discard(Code.THREAT)
            t.codes.add(Code.SUPPORT_OFFER)
    if Code.THREAT in t.codes and HELP_SOUGHT_FOR_YOU.search(t.low) and not LAPSE_IF.search(
            t.low) and not _pressure_in(_IF_CLAUSE.sub(" ", HELP_SOUGHT_FOR_YOU.sub(" ", t.low)),
                                        PROCESS, MENACE, YOUR_PLACE):
        # "If the hours stay like this, I'll go to HR to ask what flexible options we have for
        # you.": help sought for them, on a condition that names no lapse of theirs ("if you're
        # late again, I'll go to HR ..." still presses)
        t.codes.discard(Code.THREAT)
        t.codes.add(Code.SUPPORT_OFFER)
    if Code.THREAT in t.codes and FLEX_OFFERED.search(t.low) and not THREAT.search(t.low) \
            and not _pressure_in(CARING_IF.sub(" ", t.low)):
        # "If any of it's eating your mornings and you want to tell me, I'm not going to judge,
        # and there's more wiggle room here than people think.": room offered, no menace said
        t.codes.discard(Code.THREAT)
        t.codes.add(Code.SUPPORT_OFFER)
    if Code.THREAT in t.codes and WAIT_AND_SEE.search(t.low) and not _pressure_in(
            THANKS_AGAIN.sub(" ", WAIT_AND_SEE.sub(" ", t.low)), PROCESS, PUT_OFF):
        t.codes.discard(Code.THREAT)  # a weak close, not pressure
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    cheered = _YOU_WILL_BE_FINE.match(t.low)
    after = _HOW_IT_GOES_IF.sub(" ", t.low[cheered.end():]) if cheered else ""
    if t.codes & {Code.THREAT, Code.LABEL} and cheered and not (
            _pressure_in(after, PROCESS) or MENACE.search(t.low) or YOUR_PLACE.search(t.low)
            or _judging_words(after)):
        # "You'll be fine, I'm sure. Your counter was the tidiest in the whole chain ...", "...
        # You know that warehouse better than anyone.", after their dread: encouragement, no
        # menace or verdict ("aw youll be brilliant im sure of it and im only on the end of the
        # phone if it gets mad" offers help besides)
        t.codes -= {Code.THREAT, Code.LABEL}
        t.codes.add(Code.SUPPORT_OFFER if _ON_HAND.search(after) else Code.AFFIRMATION)
        t.primary = Primary.OTHER if t.codes == {Code.AFFIRMATION} else Primary.INPUT
    said = sentences(t.low) or [t.low]
    if Code.THREAT in t.codes and any(_KEEP_IT_UP.match(x.strip()) for x in said) and all(
            _KEEP_IT_UP.match(x.strip()) or _BARE_PRAISE.match(x.strip())
            or _SEE_YOU_THEN.match(x.strip()) or TALK_AGAIN.search(x) for x in said):
        t.codes.discard(Code.THREAT)  # "Keep it up. Same time next month.": praise, no "or else"
        t.codes.add(Code.AFFIRMATION)
        if t.codes == {Code.AFFIRMATION}:
            t.primary = Primary.OTHER  # praise alone, as the coder has it
    if Code.THREAT in t.codes and (SUMMARY.search(t.low) or t.recap) and not (
            THREAT.search(t.low) or CONSEQUENCE_IF.search(t.low) or PROCESS.search(t.low)):
        t.codes.discard(Code.THREAT)  # a recap of what was agreed names no consequence
    if Code.THREAT in t.codes and PLAN_BENDS.search(t.low) and not _pressure_in(
            _ASKING_AGAIN.sub(" ", PLAN_BENDS.sub(" ", t.low)), PROCESS, OTHERS_WANT_YOUR_PLACE,
            REPLACED):
        t.codes.discard(Code.THREAT)  # "if things at home look different, the plan should
        t.codes.add(Code.SUPPORT_OFFER)  # change with them": room made, no consequence
    if Code.THREAT in t.codes and WANTS_TO_HEAR.search(t.low) and not _pressure_in(
            _UNKNOWN_UNFIXED.sub(" ", WANTS_TO_HEAR.sub(" ", t.low)), PROCESS,
            OTHERS_WANT_YOUR_PLACE, REPLACED):
        t.codes.discard(Code.THREAT)  # "if somebody promised you something, I want to know it"
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.THREAT in t.codes and ACCEPTED_EITHER_WAY.search(t.low) and not _pressure_in(
            ACCEPTED_EITHER_WAY.sub(" ", t.low), PROCESS, OTHERS_WANT_YOUR_PLACE, REPLACED):
        t.codes.discard(Code.THREAT)  # "If managing people isn't for you, that's okay."
        if not t.codes:
            t.codes.add(Code.INFORMATION)


CHECKED = re.compile(_CHECK + r"\s*$")
YOUR_PLACE = re.compile(r"\byour (?:own )?(?:job|role|post|position|place|contract)\b")
