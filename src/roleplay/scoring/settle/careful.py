"""Careful lines that the learned head reads as judgements or orders: reassurance, their feeling
said back, leave to keep things private, a verdict taken back in the same breath."""

from __future__ import annotations

import re

from roleplay.domain.codes import Code, Primary
from roleplay.scoring._cues_care import WELCOME, WELLBEING_ASKED
from roleplay.scoring._cues_event import PAST_EVENT
from roleplay.scoring._cues_feedback import BLAME as BLAME_SAID
from roleplay.scoring._cues_feedback import (
    DARE_OR_SANCTION,
    EXONERATED,
    JUDGED,
    NEXT_TIME_GONE,
    OTHERS_WANT_YOUR_PLACE,
    PINNED_ON_YOU,
    SARCASM,
    THREAT,
)
from roleplay.scoring._cues_judging import JUDGING_CUES
from roleplay.scoring._cues_plan import PROCESS, only_space
from roleplay.scoring._cues_veiled import REASSURED
from roleplay.scoring._cues_verdicts import SOME_PEOPLE_ARENT, character_verdict
from roleplay.scoring._gate import gated
from roleplay.scoring._patterns import match
from roleplay.scoring._text import canonical, sentences, words
from roleplay.scoring._valence import negative_words
from roleplay.scoring.features import JUDGE_WORD
from roleplay.scoring.settle.praise import (
    _BARE_PRAISE,
    _KEEP_IT_UP,
    _OWN_LAPSE,
    _OWN_RESULT,
    _SNEER_MARK,
    _ironic_tail,
)
from roleplay.scoring.settle.stories import _TURNED
from roleplay.scoring.settle.threats import REPLACED, YOUR_PLACE
from roleplay.scoring.settle.turn import (
    _CHECK_ONLY,
    _JUDGING,
    _asks_aloud,
    _judging_words,
    _pressure_in,
    _Turn,
    clauses,
)

# Praise of a call they made: "you were dead right to stop that truck", "You did exactly the
# right thing.", "that was a serious safety call"
RIGHT_CALL = re.compile(
    r"\byou (?:were|was) (?:dead |absolutely |totally |completely |quite |so |bang |spot on |"
    r"one hundred per ?cent )?right to\b|\byou did (?:exactly |absolutely |totally )?the right "
    r"thing\b|\b(?:that|it|this) was (?:a |the )?(?:really |very |dead |absolutely )?(?:right|good|"
    r"great|smart|brave|sound|serious safety|safety|correct|mature) (?:call|decision|move|"
    r"choice)\b")
# Agreement with what they said ("You're right, you're dead right about the testing."), beside
# a commiseration about the thing ("Ah, I know, I know, it's a pain."): no verdict on them. Not
# the sneer "you're always right, aren't you" or "you're right, as usual".
_AGREED = re.compile(
    r"(?:^|[.!?,;] )(?:(?:yes|yeah|aye|ah|oh|look|well|no),? )?you(?:'re| are|re) (?:dead |"
    r"absolutely |totally |completely |quite |so |spot on,? |one hundred per ?cent )?right\b"
    r"(?! to\b)(?!,? (?:aren't|arent) you\b)(?!,? (?:as|like) (?:always|usual|ever)\b)")
_COMMISERATION = re.compile(
    r"\b(?:it's|its|it is|that's|thats|that is) (?:a (?:real |right )?(?:pain|nightmare|drag|"
    r"headache|faff)|(?:so |really )?(?:frustrating|annoying|maddening))\b")
_COMMISERATION = gated(_COMMISERATION)
# Their view said back, then the manager's own, kindly ("You'd say being transparent about release
# problems is your job, and you're right that ... Where I'd see it differently, and I say it with
# respect for you, is that a public call-out hasn't got us more quality."): a disagreement, no
# verdict on them and no menace, whatever the words of a problem in it add up to
_THEIR_SAYING = re.compile(r"\byou(?:'d| would) say\b|\bfrom where you (?:sit|stand)\b|"
                           r"\byou(?:'re| are) right (?:that|about)\b|\bas you see it\b|"
                           r"\bin your eyes\b")
_MINE_DIFFERS = re.compile(r"\b(?:where|how) i(?:'d| would)? see it differently\b|\bi see it (?:a "
                           r"(?:bit|little) )?differently\b|\bmy (?:view|side|read) is\b|\bwhere "
                           r"i(?:'d| would)? differ\b|\bi(?:'d| would) put it differently\b")
# What they want said back, then checked: "You want a record, you want it seen, and you don't want
# QA carrying the can for a build it never touched. Is that near enough, or am I wide of it?"
_WANTS_SAID = re.compile(r"^(?:(?:so|and|okay|ok)[,]? )?you (?:want|need|don't want|do not want|"
                         r"wish|hope|would rather|'d rather)\b")
# Them held up as the best ("Nobody on the phones is better.", "the best QA lead I've ever
# had"), beside other praise: no verdict, whatever the words of a lapse near it suggested.
_BEST_OF_THEM = re.compile(
    r"\bnobody (?:(?:on|in|at) (?:the|this|our|my) [\w ]{1,20}? )?(?:is|does it|did it|works|"
    r"does) (?:any |a (?:bit|lot) )?better\b|\b(?:you're|you are|youre) the best [\w ]{1,25}?"
    r"(?:i've|i have|we've|we have|i) (?:ever )?(?:had|seen|worked with|hired)\b|"
    # "your work was always very strong" (not "Your work is always a mess.")
    r"\byour work (?:was|is|has been|has always been) (?:always )?(?:very |really |so )?"
    r"(?:strong|good|excellent|great|solid|clean|careful)\b")
# Kindness with every clause in stock words: understanding, a guess that they are tired or
# overloaded, and the lapse called normal ("I understand, it is difficult. Maybe you are a bit
# tired, maybe a bit too much work, it happens to everybody, no problem really."): no verdict,
# though "difficult" and "problem" are in it
_KIND_CLAUSE = re.compile(
    r"^(?:(?:and|but|so|look|okay|ok)[,]? )?(?:i (?:understand|know|get it|see)|it(?:'s| is) "
    r"(?:difficult|hard|tough|a lot)(?: for you)?|maybe (?:you(?:'re| are|re) )?(?:just )?(?:a "
    r"(?:bit|little) |very |so )?(?:tired|stressed|exhausted|overwhelmed|worn out|stretched|busy|"
    r"under (?:a lot of )?pressure|too much (?:work|on)|(?:a bit|a little) too much (?:work|on))|"
    r"it happens(?: to (?:everybody|everyone|all of us|anyone|the best of us))?|(?:no|not a) "
    r"problem(?: really| at all)?|(?:don't|dont) worry(?: about it)?|nothing to worry about)$")
# Liking them and what they are good at, plainly: "I like you, you're great with customers."
_LIKED_AND_PRAISED = re.compile(
    r"\bi (?:really |genuinely )?like (?:you|working with you|having you here)\b|\byou(?:'re| are|"
    r"re) (?:really |so |very |just )?(?:great|brilliant|fantastic|excellent|amazing|superb|"
    r"wonderful|so good) (?:with|at) (?:the )?(?:customers|clients|people|team|patients|guests|"
    r"kids|callers|residents|students)\b|"
    # "Honestly, you're a star. Keep it up, keep the energy."
    r"\byou(?:'re| are|re) (?:a |an |such a |an absolute |a real |a total )?(?:star|gem|legend|"
    r"diamond|treasure)\b")
# ... beside the manager's disclaimer about themselves ("I'm not trying to be the bad guy here."):
# its "bad" is the manager's, no verdict on them
_NOT_THE_BAD_GUY = re.compile(
    r"^(?:(?:look|listen|and|but|so)[,]? )?i(?:'m| am) not (?:trying to be |being |here to be |"
    r"out to be )?(?:the )?(?:bad guy|villain|enemy|bad cop|ogre|baddie)(?: here)?[.!]?$")
# Gladness at how they are or what they did: "I'm glad you're careful enough to be upset about
# it", "I'm glad you told me" (not "I'm glad you find this funny")
GLAD_OF_THEM = re.compile(
    r"\b(?:i'm|i am|im) (?:so |really |very |just |actually |genuinely )?glad (?:that )?you(?:'re| "
    r"are|re)? (?:\w+ ){0,2}?(?:careful|honest|safe|okay|ok|alright|all right|here|back|"
    r"conscientious|thorough|upset|bothered|told|said|raised|flagged|came|spoke|mentioned|asked|"
    r"care|cared|noticed|spotted|caught|stopped|checked)\b")
# Their fear denied in a word or two first: "Not furious.", "No, not angry."
_NOT_SO = re.compile(r"^(?:no,? )?not (?:\w+ ){0,1}\w+[.!]*$")
# Confidence offered to them as a question: "Is that something you'd like me to keep between
# us?", "Do you want me to keep it to ourselves?"
KEPT_BETWEEN_US = re.compile(
    r"\b(?:keep|kept)(?: it| this| that| them| any of (?:it|this|that))? (?:just )?(?:between "
    r"(?:us|the two of us|you and me|ourselves)|to ourselves|private|confidential)\b")
# What they just claimed, confirmed in a word: "Told you I would." - "You did."
_CONFIRMED = re.compile(r"^(?:(?:yes|yeah|yep|aye),? )?you (?:did|have|were|did that)(?:,? "
                        r"\w+)?[.!]*$")
# ... a claim that they kept their word or got it done ("Told you I would.", "I said I'd have it
# done by Friday.", "I finished the audit.")
_WORD_KEPT = re.compile(r"^(?:i )?told you (?:i|i'd|it)\b|\bi (?:said|promised) (?:i|i'd|i would|"
                        r"it)\b|\bi did it\b|\bi (?:managed|made it|kept)\b")
_WORD_KEPT = gated(_WORD_KEPT)
_NEGATED = re.compile(r"n't\b|\b(?:not|never|no|nobody|nothing)\b")
# An opening told: "theres a major donor officer post coming up in april its not advertised yet"
OPENING_TOLD = re.compile(
    r"\b(?:post|role|job|position|vacancy|opening|opportunity|secondment|promotion|vacancies)s? "
    r"(?:is |are )?(?:coming up|opening up|come up|being advertised|up for grabs)\b"
    r"|\bnot (?:been )?advertised(?: yet)?\b")
# Praise of their effort, said plainly ("ye work hard when yer here", "you're a grafter"), and a
# word of praise alone ("good.", "class."): praise beside "keep it up"
_EFFORT_PRAISED = re.compile(
    r"^(?:and |but )?(?:you|ye|ya|youre|you're|you are)(?: really| do| definitely)? (?:work(?:ing)?"
    r" (?:hard|well)|(?:doing|done) (?:well|great|grand|brilliant|good)|(?:a )?(?:grafter|hard "
    r"worker|good worker))\b[^?!]*$")
_PRAISE_WORD = re.compile(r"^(?:good|great|grand|nice|brilliant|lovely|champion|class|sound|"
                          r"smashing|excellent|magic|mint|sweet|cool)[.!]*$")
# A feeling of theirs inferred: "that must have felt rubbish", "that sounds rough"
FEELING_INFERRED = re.compile(
    r"^(?:(?:so|ah|oh|right|okay|ok|yeah|mm|god|gosh|honestly|aw)[,.]? )*(?:that|it|this)(?: "
    r"must(?: have)?| would have| must've)? (?:felt|been|feel|be|sounds?) (?:really |so |pretty |"
    r"quite |a bit |properly |absolutely )?(?:rubbish|awful|horrible|hard|tough|rough|lonely|"
    r"frustrating|crap|grim|miserable|horrid|unfair|infuriating|upsetting|difficult|stressful|"
    r"gutting|bruising|exhausting|isolating|demoralising|demoralizing|disheartening|painful)\b")
# "managing isn't for everybody, and that's fine": either way is fine, no verdict
NOT_FOR_EVERYONE = re.compile(
    r"\b(?:isn't|is not|isnt|aren't|are not|not) for (?:everybody|everyone|every one|all of us)\b"
    r"[^.?!]{0,12}?,? (?:and )?(?:that'?s|that is|it'?s|it is) (?:totally |completely |absolutely |"
    r"perfectly |honestly )?(?:fine|okay|ok|alright|all right|no bad thing|not a failing)\b")

# How they are, asked with a tag ("Everything fine, yes?", "Right then. All good, is it?"), and
# the friendly words around it: "Good, good.", "Only a small chat, nothing serious.", "Nadia cara,
# ciao!"
_CHECKED_IN = re.compile(
    r"^(?:\w+,? )?(?:(?:right|okay|ok|so|well) then,? |so,? )?(?:is |are )?(?:everything|things|"
    r"all)(?:'s| is| are)? (?:okay|ok|alright|all right|good|fine|well)(?: then)?(?: with you| at "
    r"home)?,? (?:yes|yeah|yeh|no|right|eh|is it|are they|innit|aye|ja|si|oui|ne|na)\?+$")
_GOOD_GOOD = re.compile(r"^(?:(?:good|great|lovely|grand|champion|fine|brilliant|right|okay|ok|"
                        r"perfect|super|excellent)(?: then)?[,.!]* ?){1,3}$")
_LIGHT_TALK = re.compile(
    r"^(?:(?:it's |its )?(?:only|just) a (?:small|little|quick|wee|short) (?:chat|talk|catch-up|"
    r"word)|nothing (?:serious|big|formal|to worry about)|nowt to worry about|don't (?:fret|worry))"
    r"(?:,? (?:nothing (?:serious|big|formal|to worry about)|nowt to worry about|love|don't "
    r"worry))*[.!]*$")
_NAMED_HELLO = re.compile(r"^(?:[a-z]+,? ){0,2}(?:ciao|hi|hello|hiya|hey|morning|salaam|hola|"
                          r"ey up)(?:,? [a-z]+)?[!.,]*$")
# A question about what goes on in their head, asked as a question ("What goes through your head
# right before you hit send?"); "I'd love to know what goes on in your head" says it to judge
_THINKING_ASKED = re.compile(
    r"^(?:(?:so|and|okay|ok|right|help me understand),?:? )*what(?:'s| is)? (?:goes|going) "
    r"(?:on )?(?:through|in) your (?:head|mind)\b[^.!]*\??$")

# A verdict taken back in the same breath: "sorry, that came out as a verdict", "I take that
# back", "forget I said that", "that's not fair of me" (the labelling guide codes such a turn by
# what is said after it)
_TAKEN_BACK = re.compile(
    r"\b(?:sorry|perdon|pardon|no|oops|ah|oh)\b,?(?: \w+,?)? (?:that|it|that one) came out "
    r"(?:all )?(?:wrong|badly|as|like)\b|\b(?:i take|let me take|i'll take) (?:that|it) back\b|"
    r"\bforget i said (?:that|it)\b|\bscratch that\b|\b(?:that was|that's|that is|it was) "
    r"(?:not fair|unfair) of me\b")


def _careful_lines(t: _Turn) -> None:
    """Careful or kind lines the words alone read as judgements: a right call praised, gladness
    at them, confidence offered, their claim confirmed, an opening told, effort praised, their
    feeling inferred, a path accepted either way."""
    said = sentences(t.low) or [t.low]
    plain = not (JUDGED.search(t.low) or SARCASM.search(t.low) or BLAME_SAID.search(t.low)
                 or PINNED_ON_YOU.search(t.low) or _SNEER_MARK.search(t.low))
    back = _TAKEN_BACK.search(t.low)
    if t.codes & _JUDGING and back and back.start() > 0 and not (
            JUDGED.search(t.low, back.end()) or BLAME_SAID.search(t.low, back.end())
            or JUDGE_WORD.search(t.low, back.end()) or THREAT.search(t.low, back.end())):
        t.codes -= _JUDGING  # "you have just switched off eh sorry that came out
        t.codes.add(Code.INFORMATION)  # like a judgement and it is not fair what i mean is ...":
        # the verdict taken back at once and put as what happened; nothing judged after it
    if Code.LABEL in t.codes and any(_CHECKED_IN.match(x.strip()) for x in said) and all(
            _CHECKED_IN.match(x.strip()) or _GOOD_GOOD.match(x.strip())
            or _LIGHT_TALK.match(x.strip()) or _NAMED_HELLO.match(x.strip())
            or WELLBEING_ASKED.match(x.strip()) or WELCOME.match(x.strip()) for x in said) \
            and not (SARCASM.search(t.low) or JUDGED.search(t.low)):
        t.codes.discard(Code.LABEL)  # "Everything fine, yes? Good, good. Only a small chat,
        t.codes.add(Code.CLOSED_QUESTION)  # nothing serious.": their "fine" taken as it is,
        # a friendly echo (vague, not a verdict); "Fine. Great. Lovely." asks nothing and stays
    if Code.LABEL in t.codes and all(_THINKING_ASKED.match(x.strip()) for x in said) and plain:
        t.codes.discard(Code.LABEL)  # "what goes through your head right before you hit send on
        t.codes.add(Code.OPEN_QUESTION)  # a post like that": curious about their thinking
        if t.codes == {Code.OPEN_QUESTION}:
            t.primary = Primary.QUESTION
    if t.codes & {Code.BLAME, Code.LABEL} and RIGHT_CALL.search(t.low) and plain and not (
            _TURNED.search(t.low) or "?" in t.low):
        t.codes = (t.codes - {Code.BLAME, Code.LABEL}) | {Code.AFFIRMATION}  # "you were dead
        # right to stop that truck": praise of the call they made
        if t.codes == {Code.AFFIRMATION}:
            t.primary = Primary.OTHER
    if Code.LABEL in t.codes and _AGREED.search(t.low) and "?" not in t.low:
        rest = _COMMISERATION.sub(" ", _AGREED.sub(" ", t.low))
        if not (JUDGED.search(rest) or SARCASM.search(rest) or _SNEER_MARK.search(rest)
                or character_verdict(rest) or re.search(r"\b(?:always|as usual)\b", rest)
                or any(rx.search(rest) for _, rx in JUDGING_CUES)):
            t.codes.discard(Code.LABEL)  # "Ah, I know, I know, it's a pain. You're right,
            if not t.codes:  # you're dead right about the testing.": agreed with, not judged
                t.codes.add(Code.AFFIRMATION)
                t.primary = Primary.OTHER
    if t.codes & {Code.LABEL, Code.THREAT} and _THEIR_SAYING.search(t.low) and (
            _MINE_DIFFERS.search(t.low)) and not (
            JUDGED.search(t.low) or SARCASM.search(t.low) or character_verdict(t.low)
            or THREAT.search(t.low) or _pressure_in(t.low, PROCESS)
            or any(rx.search(t.low) for _, rx in JUDGING_CUES)):
        t.codes -= {Code.LABEL, Code.THREAT}  # their view, then the manager's: a disagreement
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.LABEL in t.codes and len(said) >= 2 and _CHECK_ONLY.match(
            said[-1].strip()) and all(_WANTS_SAID.match(x.strip()) and "?" not in x
                                      for x in said[:-1]) and not (
            JUDGED.search(t.low) or SARCASM.search(t.low) or character_verdict(t.low)):
        t.codes.discard(Code.LABEL)  # what they want said back and checked: no verdict, and a
        t.codes.add(Code.REFLECTION)  # reflection whether or not the head saw one (the shipped
        # head read one beside the label, the retrained head reads the label alone)
    if {Code.LABEL, Code.AFFIRMATION} <= t.codes and _BEST_OF_THEM.search(t.low) and not (
            any(_judging_words(x) for x in said) or _SNEER_MARK.search(t.low) or "?" in t.low
            or _ironic_tail(t.low) or (t.context and _OWN_LAPSE.search(canonical(t.context)))):
        t.codes.discard(Code.LABEL)  # "Four years, and the customers love you. Nobody on the
        # phones is better.": praise, however much
    if Code.LABEL in t.codes and all(_KIND_CLAUSE.match(c) for c in clauses(t.text)) and any(
            c.startswith("maybe") for c in clauses(t.text)) and not (
            SARCASM.search(t.low) or _TURNED.search(t.low)):  # (its "everybody" is kind)
        t.codes -= {Code.LABEL, Code.CLOSED_QUESTION}  # "Maybe you are a bit tired, maybe a bit
        if not t.codes - {Code.SOFTENER}:  # too much work, it happens to everybody, no problem
            t.codes.add(Code.INFORMATION)  # really.": understanding, no verdict
    if {Code.LABEL, Code.AFFIRMATION} <= t.codes and any(
            _LIKED_AND_PRAISED.search(x) for x in said) and all(
            _NOT_THE_BAD_GUY.match(x.strip()) or not _judging_words(_LIKED_AND_PRAISED.sub(" ", x))
            for x in said) and not (
            SARCASM.search(t.low) or _SNEER_MARK.search(t.low) or "?" in t.low
            or _ironic_tail(t.low) or _TURNED.search(t.low)):
        t.codes.discard(Code.LABEL)  # "I'm not trying to be the bad guy here. I like you,
        if t.codes == {Code.AFFIRMATION}:  # you're great with customers.": liking and praise
            t.primary = Primary.OTHER
    if Code.LABEL in t.codes and any(GLAD_OF_THEM.search(x) for x in said) and all(
            GLAD_OF_THEM.search(x) or _NOT_SO.match(x.strip()) or not _judging_words(x)
            for x in said) and not (SARCASM.search(t.low) or _SNEER_MARK.search(t.low)
                                    or _TURNED.search(t.low)):
        t.codes = (t.codes - {Code.LABEL}) | {Code.AFFIRMATION}  # "Not furious. I'm glad
        # you're careful enough to be upset about it."
        if t.codes == {Code.AFFIRMATION}:
            t.primary = Primary.OTHER
    if Code.BLAME in t.codes and "?" in t.low and KEPT_BETWEEN_US.search(t.low) and plain and (
            not re.search(r"\bwhy\b", t.low)):
        t.codes.discard(Code.BLAME)  # "And who else knows about your dad, here? Is that something
        # you'd like me to keep between us?": confidence offered, no fault
        if any(re.match(r"(?:and |so )?(?:who|what|how|where|when)\b", x.strip()) for x in said):
            t.codes.add(Code.OPEN_QUESTION)
        if t.codes <= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if t.codes & {Code.BLAME, Code.LABEL} and t.context is not None and _CONFIRMED.match(
            t.low.strip()):
        ctx = canonical(t.context)
        if ("?" not in ctx and (_WORD_KEPT.search(ctx) or _OWN_RESULT.search(ctx))
                and not _NEGATED.search(ctx) and not _OWN_LAPSE.search(ctx)
                and not negative_words(words(ctx))):
            t.codes = {Code.AFFIRMATION}  # "Told you I would." - "You did.": their word kept
            t.primary = Primary.OTHER
    if Code.THREAT in t.codes and OPENING_TOLD.search(t.low) and not YOUR_PLACE.search(
            t.low) and not _pressure_in(
            t.low, PROCESS, OTHERS_WANT_YOUR_PLACE, REPLACED, NEXT_TIME_GONE, DARE_OR_SANCTION):
        t.codes.discard(Code.THREAT)  # "theres a post coming up in april": news of an opening
        t.codes.add(Code.INFORMATION)
    if Code.THREAT in t.codes and any(_KEEP_IT_UP.match(x.strip()) for x in said) and all(
            _KEEP_IT_UP.match(x.strip()) or _EFFORT_PRAISED.match(x.strip())
            or _PRAISE_WORD.match(x.strip()) or _BARE_PRAISE.match(x.strip()) for x in said):
        t.codes = (t.codes - {Code.THREAT}) | {Code.AFFIRMATION}  # "good. ye work hard when yer
        if t.codes == {Code.AFFIRMATION}:  # here. keep it up": praise, no "or else"
            t.primary = Primary.OTHER
    if Code.LABEL in t.codes and t.context is not None and FEELING_INFERRED.match(t.low) \
            and not (SARCASM.search(t.low) or _TURNED.search(t.low) or "?" in t.low
                     or re.search(r"\byou(?:'re| are| were)\b", t.low)):
        t.codes = (t.codes - {Code.LABEL}) | {Code.REFLECTION}  # "yeah that must have felt
        if not t.codes - {Code.REFLECTION}:  # rubbish honestly nobody telling you anything"
            t.primary = Primary.REFLECTION
    if Code.LABEL in t.codes and _WELL_ASKED.search(t.low) and not any(
            _judging_words(x) for x in said) and not (_SNEER_MARK.search(t.low)
                                                    or _TURNED.search(t.low)):
        t.codes.discard(Code.LABEL)  # "Core Experience is a good team, you are happy there,
        t.codes.add(Code.CLOSED_QUESTION)  # right?": a leading question about how they are
    if Code.LABEL in t.codes and NOT_FOR_EVERYONE.search(t.low):
        left = NOT_FOR_EVERYONE.sub(" ", t.low)
        if not (JUDGED.search(left) or SARCASM.search(left) or character_verdict(left)
                or SOME_PEOPLE_ARENT.search(left) or re.search(r"\bfor you\b", left)
                or REPLACED.search(left)):
            t.codes.discard(Code.LABEL)  # "managing isn't for everybody, and that's fine. Some
            if not t.codes:  # plants like the shade."
                t.codes.add(Code.INFORMATION)
    if Code.LABEL in t.codes and _PLAN_FITTED.search(t.low) and not (
            JUDGED.search(t.low) or SARCASM.search(t.low) or BLAME_SAID.search(t.low)
            or PINNED_ON_YOU.search(t.low)  # (its "even" is the ice's, no sneer)
            or "?" in t.low or character_verdict(t.low) or any(
                rx.search(t.low) for _, rx in JUDGING_CUES)):
        t.codes.discard(Code.LABEL)  # "If the days have changed again, at home or anywhere, we
        if not t.codes:  # build the plan on the days you have now."
            t.codes.add(Code.INFORMATION)
    mine = _MY_PART.search(t.low)
    if t.codes & {Code.BLAME, Code.LABEL} and mine and plain and not (
            "?" in t.low or character_verdict(t.low)
            or _TURNED.search(_OWN_SHOULD.sub(" ", t.low[mine.end():]))
            or re.search(r"\b(?:still|not (?:my|on me))\b", t.low)):
        t.codes -= {Code.BLAME, Code.LABEL}  # "Some of that's on me. I put 'attendance' on a
        if not t.codes:  # calendar invite and never asked you in person first."
            t.codes.add(Code.INFORMATION)
    if t.codes & {Code.BLAME, Code.LABEL} and len(said) >= 2 and only_space(said[0]) and all(
            _PATIENCE_SAYING.search(x) for x in said[1:]) and not (
            JUDGED.search(t.low) or SARCASM.search(t.low)):
        t.codes = set()  # "Take your time. The sap does not run faster because you stare at
        t.primary = Primary.OTHER  # the bucket.": time given, and a saying about patience
    if Code.LABEL in t.codes and _OTHERS_PRAISED.search(t.low) and not _judging_words(
            _DONT_YOU_WORRY.sub(" ", _OTHERS_PRAISED.sub(" ", t.low))):
        t.codes.discard(Code.LABEL)  # "dont you worry about tom he dont mind one bit he is a
        if not t.codes:  # good old boy": a colleague spoken well of, no verdict on them
            t.codes.add(Code.INFORMATION)
    if Code.CLOSED_QUESTION in t.codes and "?" not in t.low and _DONT_YOU_WORRY.search(t.low) \
            and not any(_asks_aloud(x, match(x, None)) for x in sentences(
                _DONT_YOU_WORRY.sub(" ", t.low))):
        t.codes.discard(Code.CLOSED_QUESTION)  # "dont you worry about tom": told, not asked
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if t.codes & {Code.LABEL, Code.BLAME} and t.context is not None and _apology_waved_off_kindly(
            t.low, canonical(t.context)) and not (Code.BLAME in t.codes and PAST_EVENT.search(
                t.low)):  # ("don't apologise, it's fine, we all just waited" blames)
        t.codes -= {Code.LABEL, Code.BLAME}  # "Sorry about the form." - "och dinna apologise for
        if not t.codes:  # the form sofia a blank box is just a box ...": their apology eased and
            t.codes.add(Code.INFORMATION)  # nothing said of them
    if t.codes & {Code.LABEL, Code.BLAME} and (_blank_read_kindly(said) or _only_reassures(said)):
        t.codes -= {Code.LABEL, Code.BLAME}  # "An empty box tells me something too, and that's
        if not t.codes:  # half of why we're here.": the blank is what the talk is for, no
            t.codes.add(Code.INFORMATION)  # verdict; "slow down, you're not in trouble. ...
        # Nothing today goes in a file": a reassurance (the retrained head reads blame or a
        # label in both, the shipped head read neither)
    if Code.LABEL in t.codes and _RULE_JUDGED.search(t.low) and not any(
            _SECOND_PERSON.search(x) and _judging_words(x)
            for x in sentences(EXONERATED.sub(" ", t.low)) or [t.low]):
        t.codes.discard(Code.LABEL)  # "I know the 9 o'clock is very rigid, it is a stupid rule,
        if not t.codes:  # not your fault.": the verdict is on the rule, none on them
            t.codes.add(Code.INFORMATION)
    if Code.LABEL in t.codes and _sides_with_them(said):
        t.codes.discard(Code.LABEL)  # "They cancelled your leave? That's ridiculous.": what
        if not t.codes:  # others did to them, said back and called out
            t.codes.add(Code.INFORMATION)
    if Code.REFLECTION not in t.codes and _HEAVY_HEARD.search(t.low) and not (
            t.codes & _JUDGING or SARCASM.search(t.low)):
        t.codes.add(Code.REFLECTION)  # "i can hear this has been heavy for a while and that
        t.codes.discard(Code.INFORMATION)  # matters to me": how it has been for them, named
        if not t.codes - {Code.REFLECTION}:
            t.primary = Primary.REFLECTION


# Their apology eased as the turn opens: "Don't apologise", "no need to say sorry" ("Don't be
# sorry, be better." turns it on them)
_NO_APOLOGY_NEEDED = re.compile(
    r"^(?:(?:och|oh|ah|aw|hey|no|nah|look|please|honestly)[,.!]* )*(?:(?:don't|do not|no need to|"
    r"there's no need to) (?:apologi[sz]e|be sorry|say sorry)|no apology needed|nothing to "
    r"(?:apologi[sz]e|be sorry) for)\b(?![,.!]* (?:just )?be \w+)")
_APOLOGY = re.compile(r"\b(?:sorry|apologi[sz]e|apologies)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you're|you've|you'd|you'll|yourself|ye|ya|yer)"
                            r"\b")


def _apology_waved_off_kindly(low: str, context: str) -> bool:
    """Their apology ("Sorry about the form.") eased as the turn opens ("och dinna apologise for
    the form sofia a blank box is just a box ..."), and nothing after it said of them, turned
    with a "but", or judged: the learned head reads a label there from the apology alone."""
    eased = _NO_APOLOGY_NEEDED.match(low)
    if eased is None or not _APOLOGY.search(context):
        return False
    rest = low[eased.end():]
    return not (_SECOND_PERSON.search(rest) or re.search(r"\b(?:but|though|however)\b", rest)
                or _judging_words(rest) or SARCASM.search(rest))


# A verdict on a rule or a system, not on them: "it is a stupid rule", "the rota is a daft system"
_RULE_JUDGED = re.compile(
    r"\b(?:it|that|this|the [\w:'-]+(?: [\w'-]+)?)(?:'s| is| was) (?:a |an )?(?:very |really |"
    r"bit of a |bit |pretty |such a )?(?:stupid|silly|daft|dumb|rigid|bad|crazy|ridiculous|"
    r"pointless|useless|outdated|terrible|awful|mad|broken|rubbish) (?:rule|policy|system|process|"
    r"form|target|procedure|setup|set-up|tool|rota|schedule)s?\b")


# The gap they left read as something to talk about: "An empty box tells me something too, and
# that's half of why we're here." (not about them: "that tells me a lot about you", "Your
# silence tells me plenty")
_BLANK_TELLS = re.compile(
    r"^(?:[\w' ,]{0,40}? )?(?:an? |the |that |this )?(?:empty|blank|unfilled) (?:box|form|page|"
    r"section|field|space|line|answer)s? (?:tells|says|shows|tell|say|show) (?:me|us) "
    r"(?:something|a lot|plenty|as much)(?: (?:too|as well|in itself|of its own))?\b(?! about)"
    r"[^.?!]*[.!]*$")
# ... beside a plain "all's well": "Nothing's wrong.", "The form's fine, honest."
_ALL_WELL = re.compile(r"^(?:[\w]+, )?(?:nothing(?:'s| is) wrong|(?:the|your) [\w-]+(?:'s| is) "
                       r"(?:fine|okay|ok|alright)|(?:you're|you are) not in (?:any )?trouble)"
                       r"(?:,? (?:honest|honestly|really|promise))?[.!]*$")


# A reassurance about where they stand or what the talk is: "you're not in trouble", "nothing
# today goes in a file", "this aint the start of anything formal", "there are no stupid
# answers here", "this isn't about whether you can do the job" (REASSURED beside the talk's own)
_TALK_REASSURED = re.compile(
    r"\bnothing (?:\w+ )?(?:goes|will go|is going) (?:in|into|on) (?:a|any|the|your) "
    r"(?:file|record)\b|\b(?:this|it|today|that)(?: is|'s)? (?:isn't|ain't|aint|is not|not) "
    r"(?:the start of |a |an )?(?:anything )?(?:formal|official|disciplinary)\b|"
    r"\bthere(?:'s| is| are|re) no (?:stupid|silly|dumb|wrong|bad) (?:questions?|answers?)\b|"
    r"\b(?:this|it)(?: is|'s)? (?:isn't|ain't|aint|is not|not) about whether you can do "
    r"(?:the|your|this) job\b")


def _only_reassures(said: list[str]) -> bool:
    """A reassurance in the turn and no word that judges once it is taken out: the verdict words
    the learned head reads ("trouble", "stupid", "formal") are denied of them."""
    def plain(x: str) -> str:
        return _TALK_REASSURED.sub(" ", REASSURED.sub(" ", x))
    return any(REASSURED.search(x) or _TALK_REASSURED.search(x) for x in said) and not any(
        _judging_words(plain(x)) or SARCASM.search(x) or _SNEER_MARK.search(x) for x in said)


def _blank_read_kindly(said: list[str]) -> bool:
    """The blank they left read as something for the talk, and nothing else in the turn judges:
    the learned head reads a verdict in "tells me something" (as "that tells me a lot about
    you" is one)."""
    return any(_BLANK_TELLS.match(x.strip()) for x in said) and not any(
        _judging_words(x) or SARCASM.search(x) for x in said
        if not (_BLANK_TELLS.match(x.strip()) or _ALL_WELL.match(x.strip())))


# What others did to them, asked back in surprise: "They cancelled your leave?", "HR said no to
# your swap?" (not "You cancelled the client call?": their own act)
_DONE_TO_THEM = re.compile(
    r"^(?:(?:wait|sorry|hang on|what|hold on|seriously|really)[,.!?]* )*(?:they|he|she|hr|"
    r"management|head office|someone|somebody|the (?:\w+ )?(?:office|team|client|board|company|"
    r"rota|system|agency))(?:'ve| have| had)? (?:\w+ ){0,3}?(?:(?:to|at|on|about|for) )?your?\b"
    r"[^.?!]*\?$")
# ... and called out in a word: "That's ridiculous.", "That's not on.", "That's out of order."
_OUTRAGE = re.compile(
    r"^(?:(?:honestly|god|wow|blimey|jeez|well),? )?(?:that's|that is|that was) (?:so |really "
    r"|just |absolutely |completely |totally |frankly )?(?:ridiculous|outrageous|unfair|not on|"
    r"out of order|not okay|not ok|not right|wrong|a joke|absurd|mad|crazy|nuts|appalling|"
    r"shocking|awful|terrible|rubbish|madness|a disgrace)[.!]*$")


def _sides_with_them(said: list[str]) -> bool:
    """What others did to them asked back, then called out ("They cancelled your leave? That's
    ridiculous."), and no word of judgement on them anywhere else in the turn."""
    pairs = [i for i in range(len(said) - 1)
             if _DONE_TO_THEM.match(said[i].strip()) and _OUTRAGE.match(said[i + 1].strip())]
    return bool(pairs) and not any(
        _judging_words(x) for j, x in enumerate(said) if j not in pairs and j - 1 not in pairs)


# A saying about patience after time is given: "The sap does not run faster because you stare
# at the bucket", "the bread won't rise quicker if we watch it"
_PATIENCE_SAYING = re.compile(
    r"\b(?:doesn't|does not|don't|do not|won't|will not|never|isn't|is not)(?: \w+){0,2} "
    r"(?:faster|quicker|sooner)\b[^.?!;]{0,30}?\b(?:because|if|when|for) (?:you|we|i|"
    r"one|anyone|somebody|someone)\b|"
    # "On a site you learn the guy who stops to think is the guy who doesn't drop a beam."
    r"\bthe (?:guy|one|man|woman|fella|bloke|person|lad|lass|ones|people|folk) who (?:stops?|"
    r"pauses?|waits?|slows? down|takes? (?:their|his|her|the) time|thinks?) (?:to think )?"
    r"(?:is|are) the (?:guy|one|man|woman|fella|bloke|person|lad|lass|ones|people|folk) who\b|"
    # "Twenty years walking a casino floor, you learn the quiet guy at the table usually has the
    # most to say."
    r"\bthe quiet (?:guy|one|man|woman|fella|bloke|person|lad|lass|ones|people|folk)s?\b"
    r"[^.?!;]{0,30}?\b(?:has|have|got|says?|knows?)\b (?:the )?(?:most|a lot|plenty|more)\b")


# A colleague spoken well of: "he is a good old boy", "she's a diamond"
_OTHERS_PRAISED = re.compile(
    r"\b(?:he|she|they)(?:'s| is| are|'re) (?:a |an |such a |such |real |a real )?(?:(?:good|"
    r"great|lovely|top|solid|decent|kind) (?:old )?(?:boy|lad|lass|girl|guy|bloke|egg|sort|one|"
    r"fella|feller|man|woman|person|people|folk|kid|team player)s?|diamond|gem|star|legend|"
    r"sweetheart|treasure|saint)\b|"
    # "She is busy, but she is nice." (a colleague they could ask)
    r"\b(?:he|she)(?:'s| is) (?:really |very |so |super )?(?:nice|kind|lovely|"
    r"helpful|friendly|patient|approachable)\b")
# An imperative that reassures, in a question's word order: "dont you worry about tom"
_DONT_YOU_WORRY = re.compile(r"\b(?:don't|dont) you (?:worry|fret|stress|panic|fuss)\b")


# How it has been for them, heard and named: "i can hear this has been heavy for a while", "I can
# see it's been a rough few weeks" (the model's stems want "that" or "how" after "hear")
_HEAVY_HEARD = re.compile(
    r"\bi can (?:hear|see|tell)(?: that)? (?:this|it|things|that|all this|all of this)(?:'s| is|"
    r" has| have)(?: been)? (?:(?:really|so|pretty|quite|very|a bit) )?(?:heavy|hard|tough|"
    r"difficult|a lot|rough|draining|exhausting|stressful|lonely|painful|a strain|grim|awful|"
    r"a (?:rough|hard|tough|heavy|long|lonely) (?:few|couple|time|stretch|while|year|month|week))"
    r"\b")


# The plan fitted to their life: "we build the plan on the days you have now", "a plan can move
# too", "we plan around your mornings"
_PLAN_FITTED = re.compile(
    r"\b(?:build|make|shape|fit|bend|move|plan|change)(?: the| a| our)?(?: plan| work| job| rota|"
    r" hours| week)? (?:on|around|round|to fit) (?:the days you|your (?:days|week|life|hours|"
    r"mornings|evenings|weeks)|how your (?:days|week|weeks|life)|what you (?:can|have))|"
    r"\ba plan can (?:move|bend|change)\b")
# The manager's own part in it owned: "some of that's on me", "a part is mine also" ("so it's my
# fault now is it" mocks their account; "but it still doesn't make it alright" turns on them)
_MY_PART = re.compile(
    r"\b(?:(?:some|part|a lot|much|most|half|all|a bit) of (?:that|this|it)(?:'s| is| was)|"
    r"(?:that's|that is|this is|it's|it is|that was|this was|that one's|that one is|this one's))"
    r" (?:also |partly |on |partly on )?"
    r"(?:on me|mine)\b(?! to (?:fix|sort|solve|change))|\b(?:a|my) part (?:of (?:it|this|that) )?"
    r"is (?:mine|on me)\b|\bi should(?:'ve| have) (?:asked|said|seen|"
    r"spotted|noticed|checked|told you|come to you|talked|spoken|caught)\b")

# The manager's own "should have" after owning it, with "I" or with no subject ("That's on me,
# then. Should have briefed it."); "you should have" turns it on them
_OWN_SHOULD = re.compile(r"(?:^|[.!?;,] |\bi )should(?:'ve| have)\b")
_OWN_SHOULD = gated(_OWN_SHOULD)

# How they are, asked with a tag: "you are happy there, right?", "you're okay with that, yeah?"
_WELL_ASKED = re.compile(r"\byou(?:'re| are)? (?:\w+ )?(?:happy|okay|ok|alright|all right|fine|"
                         r"settled|comfortable)\b[^.?!]{0,30}?,? (?:right|yes|yeah|no|ja|eh|isn't "
                         r"it|aren't you|correct)\?")
