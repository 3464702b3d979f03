"""Judgements strangers put in veiled forms (issue 11, L5): their words echoed and praised in
mockery, their apology waved off as undoing nothing, a bare "think about it" closing a demand,
a question about their job answered with no "no", and a jibe taken back only half. The firm
rules of :mod:`roleplay.scoring.settle` read them (``_veiled_judgements``); the coder's features
do not.

- *Their words echoed, then praised in mockery* (``echo_praised``, a label): "I reviewed it
  twice." - "Twice. How reassuring.", "They said they had a big wedding booking." - "A big
  wedding booking. Bless.", "The pump was fine when I checked it." - "You checked it. Bravo. What
  did you check, the colour?". Not after good news or a question of theirs ("The screening sold
  out." - "Sold out! Brilliant.", "Can I swap to Friday?" - "Friday. Lovely."), nor beside thanks.
  Their good news echoed and praised and nothing else ("I finished the audit two days early." -
  "Two days early. Brilliant.") is praise (``good_news_praised``), though the learned head read
  a label in it.
- *Their apology waved off* (``apology_waved_off``, blame): "I'm sorry." - "Sorry doesn't plate
  anything.", "Sorry doesn't fix the ceiling buddy", "Sorry does not bring the larvae back.",
  "Sorry's cheap.", "Sorry's not a line item.", "Sorry is very kind, but the report is already in
  Toulouse.", "sorry doesn't really move the needle here". Said only after they apologised; not
  "Sorry doesn't help anyone, let's fix it" nor "Sorry isn't needed".
- *Others held up* (``others_held_up``, a label): "The others still listen back.", "Other
  captains also got lift problems, they still deliver.", "Hernandez never needs telling twice.".
- *A bare "think about it" closing a demand or a deadline* (``think_it_over_close``, a threat):
  "Thursday noon. Think about it.", "Then no more cakes on holiday. Think about it, eh?", "and
  have a think about it yeah". Not "I'll think about it", "maybe we could think about it?", "What
  do you think about that?", after a colleague named inside a sentence (a comparison, a label
  to most authors: "Nine, okay, Marcos closed fifteen with the worse region. Think about it.";
  a name opening a sentence is not told from any other capital, so "Marcos closed fifteen ...
  Think about it." still reads as a threat) or after facts the coder read as an observation or
  an impact (settle's guard; "More than you earn in a year. Think about it." is read as neither,
  and stays a threat).
- *A question about their job answered with no "no"* (``threat_left_open``, a threat): "Are you
  giving them mine?" - "Depends.", "Is that a threat?" - "It is information. Do with it what you
  want.", "Is my job at risk?" - "No, no, nothing like that, I don't think. Let's just see how
  December goes, okay?", "Is that a warning?" - "No, it's just information, between friends, so
  you know the climate". Not when a plain reassurance is said ("Your job isn't at risk.", "You're
  not in trouble.").
- *A jibe taken back only half* (``joke_half_taken_back``): "Fair's a word losers use, man. I'm
  kidding. Kind of." (a label); with their job or a list in it a threat: "Kidding about the
  headcount thing, by the way. Mostly.", "No list lah, just joking. Sort of.".
"""

from __future__ import annotations

import re

from roleplay.scoring._gate import gated
from roleplay.scoring._text import STOPWORDS, canonical, sentences, words

# --- their words echoed, then praised in mockery ------------------------------------------------

# The mocking praise said as a sentence of its own ("Bravo.", "Bless.", "How reassuring.", "Very
# good timing."); "great", "nice" and "right" are left out: said alone they mostly acknowledge.
_MOCK_PRAISE = re.compile(
    r"^(?:(?:oh|ah|well|wow)[,.]? )?(?:bravo|bless(?: your heart| him| her| you)?|how "
    r"reassuring|(?:very |what )?good timing|genius|cute|charming|marvellous|lovely|brilliant|"
    r"wonderful|beautiful|nice work)[.!]*$")
_PRAISE_GATE = ("bravo", "bless", "reassuring", "timing", "genius", "cute", "charming",
                "marvellous", "lovely", "brilliant", "wonderful", "beautiful", "nice work")
# Good news of theirs: what is praised is the result ("The screening sold out." - "Sold out!
# Brilliant.", "I closed out the month on budget.")
_GOOD_NEWS = re.compile(
    r"\b(?:i|we)(?:'ve| have)? (?:just |finally |actually )?(?:finished|closed|sorted|fixed|hit|"
    r"delivered|shipped|submitted|completed|passed|won|landed|signed|cleared|beat|solved|launched|"
    r"got the)\b|\b(?:sold out|signed|went well|record|best|on time|on budget|on board|ahead|"
    r"loved|liked|happy|pleased|thanked|praised|promoted|won|passed|great|brilliant|perfect|"
    r"excellent)\b")
_SINCERE = re.compile(r"\b(?:thank|thanks|proud|well done|good job|appreciate|congrat\w*)\b")


def echo_praised(low: str, context: str | None) -> bool:
    """The turn opens on the report's own words and praises them in mockery in a later sentence
    of its own; not after good news or a question of theirs, nor beside thanks."""
    if context is None or not any(w in low for w in _PRAISE_GATE):
        return False
    said = sentences(low)
    if len(said) < 2 or not any(_MOCK_PRAISE.match(s.strip()) for s in said[1:]):
        return False
    ctx = canonical(context).strip()
    if ctx.endswith("?") or _GOOD_NEWS.search(ctx) or _SINCERE.search(low):
        return False
    opening = words(said[0])
    theirs = set(words(ctx))
    echo = [w for w in opening if w not in STOPWORDS]
    return 0 < len(opening) <= 16 and any(
        w in theirs or w.rstrip("s") in theirs or w + "s" in theirs for w in echo)


# Their own good news said back and praised, and nothing else ("I finished the audit two days
# early." - "Two days early. Brilliant."): praise, which the learned head read as mockery
_RESULT_TOLD = re.compile(
    r"\b(?:i|we)(?:'ve| have)? (?:just |finally |actually )?(?:finished|closed|sorted|fixed|hit|"
    r"delivered|shipped|submitted|completed|passed|won|landed|signed|cleared|beat|solved|"
    r"launched)\b|\b(?:sold out|signed|went (?:really |very )?well|early|on time|on budget|"
    r"record|thanked|praised|loved)\b")
_OWN_SLIP = re.compile(r"\b(?:sorry|late|missed|forgot|didn't|did not|didnt|wasn't|failed|"
                       r"mistake|wrong|but|only|just)\b")
_PRAISE_ONLY = re.compile(
    r"^(?:(?:oh|wow|well|ah|and|so|that's|that is|really)[,]? )*(?:bravo|brilliant|lovely|"
    r"wonderful|great|excellent|fantastic|superb|nice(?: one| work)?|well done|good (?:job|work|"
    r"stuff)|great (?:job|work|stuff)|thank you|thanks|cheers)(?:,? (?:thank you|thanks|really|"
    r"mate|well done))*[.!]*$")
_SNEERS = re.compile(r"\b(?:finally|about time|for once|at last|miracle|shock|surprise|even|"
                     r"only took|i suppose|i guess)\b")


def good_news_praised(low: str, context: str | None) -> bool:
    """Their own good news echoed and praised, with nothing else said and no sneer."""
    if context is None:
        return False
    ctx = canonical(context).strip()
    if ctx.endswith("?") or not _RESULT_TOLD.search(ctx) or _OWN_SLIP.search(ctx) \
            or _SNEERS.search(low):
        return False
    said = sentences(low)
    if len(said) < 2 or len(said) > 4:
        return False
    opening = [w for w in words(said[0]) if w not in STOPWORDS]
    theirs = set(words(ctx))
    return bool(opening) and len(opening) <= 8 and all(
        w in theirs or w.rstrip("s") in theirs or w + "s" in theirs for w in opening) and all(
        _PRAISE_ONLY.match(s.strip()) for s in said[1:])


# --- praise with nothing of theirs to praise ----------------------------------------------------

# A flat reply: "Okay.", "Fine.", "Sure.", "Whatever.", "If you say so."
# ("mm+" takes every "m" there is: the words may run together, and a long "mmmm..." split every
# way it can be took seconds to fail)
_FLAT_REPLY = re.compile(
    r"^(?:(?:okay|ok|fine|sure|right|yeah|yep|yup|whatever|mm+(?!m)|uh huh|got it|noted|"
    r"if you say so|"
    r"suppose so|i suppose|i guess|k)[.,!]*\s*)+$")
# Their energy praised, and nothing else: "Awesome. Love the energy.", "Great enthusiasm."
_ENERGY_PRAISED = re.compile(
    r"^(?:(?:oh|wow|wow,? just|cool|great|awesome|lovely|brilliant|super|nice|fantastic|wonderful|"
    r"amazing|perfect|excellent)[,.!]* )*(?:(?:i )?(?:love|loving) (?:the|that|this|your|all the) |"
    r"(?:such|what|great|good|nice|lovely|brilliant|fantastic|amazing|super|real|top) )"
    r"(?:energy|enthusiasm|spirit|passion|vibes?|buzz|zest|get up and go|positivity)[.!]*$")
_PRAISE_WORD = re.compile(r"^(?:oh|wow|cool|great|awesome|lovely|brilliant|super|nice|fantastic|"
                          r"wonderful|amazing|perfect|excellent|marvellous)[.!]*$")


def energy_praised_after_a_flat_reply(low: str, context: str | None) -> bool:
    """Their energy praised, and nothing else, straight after a flat "Okay." ("Okay." -
    "Awesome. Love the energy."): there is none to praise. Not after their own keen words, nor
    with a word of what comes next ("Got it." - "Love the energy. Go." sends them off)."""
    if context is None or not _FLAT_REPLY.match(canonical(context).strip()):
        return False
    said = [x.strip() for x in sentences(low) or [low]]
    return any(_ENERGY_PRAISED.match(x) for x in said) and all(
        _ENERGY_PRAISED.match(x) or _PRAISE_WORD.match(x) for x in said)


# Their arrival praised: "Lovely of you to join us." (in a meeting of two, "us" is the sneer);
# "Oh wonderful, you're here." after the excuse for being late ("Oh, lovely, you made it. Good
# afternoon." with no excuse before it is a greeting)
_JOINED_US = gated(re.compile(r"\b(?:lovely|kind|sweet|wonderful|great|so nice|very nice|"
                              r"really nice|how lovely) of you to (?:join|grace) us(?:,? [a-z]+)?"
                              r"[.!]*(?:\s|$)"))
_LATE_EXCUSE = re.compile(r"\b(?:late|traffic|bus|train|tube|overslept|alarm|parking|stuck|"
                          r"held up)\b")
_ARRIVAL_PRAISED = re.compile(
    r"^(?:oh,? )?(?:wonderful|great|lovely|marvellous|fantastic|brilliant|perfect|super|excellent|"
    r"splendid|how nice)[,.!]* (?:so )?(?:you're here|you are here|you made it|you came|you've "
    r"arrived|you're back|there you are|you've joined us)[.!]*$")


def arrival_praised(low: str, context: str | None) -> bool:
    """Their arrival praised in mockery: "of you to join us", or a bare "Oh wonderful, you're
    here." after their excuse for being late."""
    if _JOINED_US.search(low) and not _SINCERE.search(low):
        return True
    return context is not None and bool(_LATE_EXCUSE.search(canonical(context))) and bool(
        _ARRIVAL_PRAISED.match(low.strip()))


# --- their apology waved off --------------------------------------------------------------------

# "Sorry doesn't plate anything.", "Sorry does not bring the larvae back.", "sorry doesnt warm a
# house does it", "sorry doesn't really move the needle here", "Sorry's cheap.", "Sorry's not a
# line item.", "Sorry is very kind, but the report is already in Toulouse.", "Sorry's all very
# well, but it's six hundred quid", "An apology is very kind, but it doesn't remove a major
# deviation". Not "Sorry doesn't help anyone, let's just fix it" nor "Sorry isn't needed".
_APOLOGY_UNDOES_NOTHING = gated(re.compile(
    # (Scots "disnae", and after an assent: "yeah sorry doesnt fix it")
    r"(?:^|[.!?,;] |\bbut |^(?:yeah|aye|oh|ah|well|ja),? )sorry (?:doesn't|does not|doesnt|dont|"
    r"don't|doesnae|disnae|disna|won't|will not|"
    r"can't|cannot) (?:really |even |actually |exactly )?+(?!help|matter|need|have|mean|come|"
    r"count|bother|make it\b)\w+"
    r"|(?:^|[.!?,;] |\bbut )sorry(?:'s| is) (?:very |pretty |dead )?(?:cheap|easy|free)\b"
    r"|(?:^|[.!?,;] )sorry(?:'s| is) not (?:a|an) (?!problem|crime|weakness|bad)\w+"
    r"|(?:^|[.!?,;] )(?:sorry|an apology|your apology)(?:'s| is) (?:all )?(?:very |really |"
    r"quite )?(?:kind|nice|lovely|well|fine|sweet|appreciated|noted)\b[^.?!]{0,12}?(?:,? but\b|"
    r" for (?:a|an|when)\b)"))
_APOLOGISED = gated(re.compile(r"\b(?:sorry|apologi[sz]e|apologies)\b"))


def apology_waved_off(low: str, context: str | None) -> bool:
    """Their apology, just made, waved off as undoing nothing."""
    if context is None or ("sorry" not in low and "apology" not in low):
        return False
    return bool(_APOLOGY_UNDOES_NOTHING.search(low.strip())
                and _APOLOGISED.search(canonical(context)))


# --- others held up: they still manage, or never slip -------------------------------------------

# "The others still listen back.", "Everyone else still got their aircraft out.", "Other captains
# also got lift problems, they still deliver.", "Hernandez never needs telling twice.", "Sepp
# never has infection." Read on the text as typed (the name's capital), and not of "you".
_OTHERS_STILL = re.compile(
    r"(?:^|[.!?,;] |\band )(?:the others|other [a-z]+s|everyone else|everybody else|the rest of "
    r"(?:the \w+|them|us))(?: [a-z']+){0,5}?,?(?: they)? still (?!need|have to|want|think|feel|"
    r"don't|do not|can't|cannot|haven't|aren't)\w+", re.IGNORECASE)
_NAMED_NEVER = gated(re.compile(
    r"(?:^|[.!?,;] |\band )(?!I\b|You\b|We\b|It\b|He\b|She\b|They\b|This\b|That\b|There\b|"
    r"And\b|But\b|So\b|Just\b|Now\b|Then\b|Well\b|Me\b|Mine\b|Yours\b)[A-Z][a-z]+(?:'s \w+)? "
    r"never (?:needs|has|gets|misses|forgets|leaves|drops|loses|breaks|makes|complains)\b"))


def others_held_up(text: str) -> bool:
    """Others who still manage under the same conditions, or a named colleague who never slips."""
    if "still" not in text and "never" not in text:
        return False
    return bool(_OTHERS_STILL.search(text) or _NAMED_NEVER.search(text))


# --- a bare "think about it" closing a demand ---------------------------------------------------

_THINK_IT_OVER = re.compile(
    r"^(?:(?:and|so|just|now|well|right|okay|ok|yeah|you know|go on)[,]? )*(?:have a (?:good |"
    r"little |long |hard |proper )?think about|think (?:long and hard |hard |carefully )?about) "
    r"(?:it|that|this)(?:,? (?:eh|yeah|yes|ok|okay|hm|mate|la|lah|yaar|hey|right|alright|no|"
    r"yeah\?))?[.!?]*$")
# A colleague named mid-sentence before it ("Nine, okay, Marcos closed fifteen ..."): a comparison
_NAMED_MID = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!I\b|I'm\b|I'll\b|I've\b|I'd\b)[A-Z][a-z]+")
_DAY_OR_MONTH = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december"})


def think_it_over_close(low: str, text: str) -> bool:
    """The turn ends on a bare "think about it" (its last sentence), after a demand, a deadline
    or nothing; not after a colleague named inside a sentence (a name opening one is not seen:
    ``_NAMED_MID``)."""
    if "think about" not in low:
        return False
    said = sentences(low)
    if not said or not _THINK_IT_OVER.match(said[-1].strip()):
        return False
    before = text.strip()
    cut = before.lower().rfind("think about")
    names = [m.group(0) for m in _NAMED_MID.finditer(before[:cut])
             if m.group(0).lower() not in _DAY_OR_MONTH]
    return not names


# --- a question about their job answered with no "no" -------------------------------------------

# The report asks whether they are threatened: fired, their job or place at risk, a warning, a
# list, their name given
_JOB_ASKED = re.compile(
    r"\b(?:fir(?:e|ing) me|sack(?:ing)? me|let me go|replace me|get rid of me|(?:my|the) (?:job|"
    r"position|contract|place|probation|role|floor|shift|route|bonus)\b[^.?!]{0,30}?\b(?:at "
    r"risk|in question|safe|on the line|in danger)|(?:lose|losing) (?:my|the) \w+|(?:a|this|"
    r"that) (?:threat|warning)\b|threatening me|(?:off|out of) the \w+(?: \w+)?\?|giving (?:them|"
    r"him|her|it) (?:mine|my name)|(?:on|off) (?:the|a) (?:list|pip)|thin ice|writ(?:ten|ing|e) "
    r"(?:me )?up\b|(?:going )?on my (?:record|file|review)\b|affect my (?:bonus|review|record|"
    r"rating|pay)\b|(?:is|was) (?:that|it) going to happen\b|will (?:that|it) happen\b|(?:ask|tell)"
    r"(?:ing)? me to (?:leave|go)\b|(?:getting|get|being) (?:sacked|fired|"
    r"let go)\b)")
_LEFT_OPEN = gated(re.compile(
    r"^(?:(?:well|hmm|mm|that)[,.]? )?depends\b|\bdo with (?:it|that|this) what(?:ever)? you "
    r"(?:want|like|will)\b|\btake (?:it|that) (?:how|however|any way|as) you (?:want|like|will)\b|"
    r"\bdraw your own conclusions?\b|\bbetween friends\b|\bso you know the climate\b|\bonly "
    r"protecting you\b|\bfood for thought\b|\b(?:let's|we'll|we will|let us) (?:just )?see how "
    r"[\w' ]{1,30}? goes\b|\bhave a (?:little |bit of a |good )?think about (?:things|it|that)\b|"
    r"(?:^|[.!?,] )(?:i mean,? )?(?:probably(?: not)?|i don't think(?: so)?)(?=[.!?,]|$)|"
    # a hedged no (L6): "I hope not", "not unless it kept happening", "possibly a little",
    # "otherwise it might get a bit, hmm", "I guess technically", "I couldn't say"
    r"\bi (?:really )?hope not\b|\bnot unless\b|\b(?:possibly|maybe) a (?:little|bit)\b|"
    r"\botherwise (?:it|things|we|you) (?:might|could|may)\b|\bi (?:guess|suppose) (?:technically|"
    r"in theory)\b|\bi couldn't (?:say|tell you)\b|\bnot (?:really )?up to me\b|"
    # "i just said hes been asking", "im just sayin the gaffer was askin"
    r"\b(?:just|only) (?:said|saying|"
    r"sayin) (?:that )?[\w' ]{1,25}? (?:is|was|were|'s been|has been|been|are) (?:asking|askin)\b"))
# A plain reassurance said beside it keeps the answer a no
REASSURED = re.compile(
    r"\b(?:you're not|you are not) (?:in (?:any )?trouble|being (?:fired|sacked|let go)|getting "
    r"(?:fired|sacked)|going anywhere)\b|\b(?:not|isn't|is not) at risk\b|\bnothing (?:goes|will "
    r"go|is going) on your (?:file|record)\b|\byour (?:job|position|place) is (?:safe|not)\b|"
    r"\bnobody(?:'s| is) (?:going anywhere|losing)\b")


# --- a rule of the place for people who slip ------------------------------------------------------

# Those who slip said not to last there, no threat word in it: "A deckhand who skips the checklist
# does not stay on my deck.", "people who skip handovers don't last on my ward" ("people who ask
# for help don't stay stuck" goes on, and "a fix that won't last" is no person)
NOT_LASTING_HERE = re.compile(
    r"\bwho(?:se)? (?:[\w'-]+ ){1,8}?(?:don't|dont|doesn't|doesnt|do not|does not|won't|wont|"
    r"will not|never) (?:last|stay|survive|stick around|get far|go far|hang around)(?: (?:very )?"
    r"long| for long)?(?: (?:on|in|at|around|aboard) (?:my|this|our|the|a|any) [\w-]+| here| "
    r"around)?"
    r"(?:[.!;,]|$)")
# ... and the fate of such people in other words: they "don't tend to see another season on
# these links", "find theyre not on the rota much after christmas", "find themselves back on web
# pretty quick", "find their own position b...", "the ones with no plan they dont stay long"
FATE_OF_SUCH = re.compile(
    r"\b(?:who|with no|without)\b[^.?!]{0,60}?\b(?:don't|dont|do not|never|won't|wont|rarely|"
    r"seldom)(?: tend to| usually| often| really)? (?:last|stay(?! (?:stuck|behind|lost|confused|"
    r"down|worried|stressed|in trouble))|survive|see another|get another|"
    r"make it|keep (?:their|the) (?:job|place|spot|shift|position)s?)\b|"
    r"\bwho\b[^.?!]{0,60}?\b(?:usually |tend to |always |often |soon |quickly )?(?:find|end up|"
    r"wind up)(?: themselves| theyre| they're| they are| their own)?\b[^.?!]{0,40}?\b(?:back on|"
    r"back in|out of|off the|not on|looking for|without|on the (?:way )?out|position|outside)\b|"
    r"\bthe ones (?:with|who)\b[^.?!]{0,40}?\b(?:they )?(?:dont|don't|do not|never) (?:stay|"
    r"last)\b")
# ... and the rule put as a condition on someone like them: "in the mill if a worker misses three
# times he is not working there next week", "any driver who's late twice, he's off the rota by
# friday", "if a nurse skips handover she's not on my ward long" ("she won't be on my ward long"
# is not read: no "not" after "won't"); not help given ("if a worker misses three times, we sit
# down and find out why")
PLACE_LOST_IF = re.compile(
    r"(?:\b(?:if|when(?:ever)?) (?:a|any|one of (?:my|the|our)|the) (?:[\w'-]+ ){1,3}?|\bany "
    r"[\w-]+ who(?:'s| is)? )(?:misses|skips|late(?: \w+)?|"
    r"is late|comes in late|turns up late|doesn't (?:turn up|show)|does not (?:turn up|show)|"
    r"no-shows|fails|slips|messes up|lets (?:me|us|them) down)\b[^.?!]{0,40}?\b(?:he|she|they)"
    r"(?:'s|'re| is| are| will be| won't be| wont be| will| won't| wont)? (?:not|no longer|never|"
    # (what follows, "not be working there", word by word: "be" is one of the words, and an
    # optional "be " before each let a run of them split exponentially many ways)
    r"out|gone|off|finished|done)(?: (?:working|work|be|on|in|with|coming|here|there|"
    r"around|the rota|the team|the job|a job))*(?: (?:there|here|for me|for us|with us|on my "
    r"[\w-]+|in my [\w-]+))?(?:[.!;,]|$| (?:the )?(?:next|anymore|any more|for long|long|by|"
    r"after that|tomorrow|again)\b)")

# ... and the same rule with the manager's side doing it: "In a kitchen, if a cook skips the
# checks, we remove him from the line. Simple.", "one fitter who forgets a rivet, we remove him
# from the line" (a consequence by analogy, said to them); not help given ("we sit down with him
# and go through the checks") nor "we take him through them again"
REMOVED_IF = re.compile(
    r"\b(?:if|when(?:ever)?|any|one|a|the) (?:[\w'-]+ ){1,4}?(?:who )?(?:misses|skips|forgets|"
    r"ignores|breaks|fails|is late|comes in late|turns up late|cuts|messes up|lets (?:me|us|them) "
    r"down)\b[^.?!]{0,50}?,? (?:we|i|they)(?: just| simply| will|'ll)? (?:remove|take|pull|kick|"
    r"throw|send|drop|let|sack|fire|bin|bench|stand) (?:him|her|them) (?:off|from|out|home|go|"
    r"down)\b")


# A sanction on them if the lapse comes again: "Do that again, we're done.", "One more skipped
# pre-start and you're on a bus back to Perth.", "Leave early again without my say-so and it goes
# on your file.", "Another failure like this and I'll have to take you off the sequencing rota."
# (of the 49 read lines it matches, all are threats). Not "if it happens again, you're on the
# phone to me first thing" (an ask), "you're off the hook", "we're done with the old checklist",
# nor help if they need it again ("If you need a break again, I'll take you off the late rota").
_REPEATED = (r"(?:\bif\b[^.?!]{0,60}?\b(?:again|one more|another|next (?:time|one))\b|"
             r"(?:^|[.!?;] )(?:(?:and|so|look|right|ok|okay)[, ]+)*(?:one more|another|"
             r"do (?:that|it|this) again\b|(?:[\w'-]+ ){1,4}again\b|next time\b))")
_SANCTION = (r"(?:you(?:'re| are|re)? (?:back |straight )?on (?:the |a )?(?:nights?|night "
             r"(?:shift|rota)|yard|tills?|bus|graveyard|[\w-]+ (?:rota|shift|shifts))\b|"
             r"you(?:'re| are|re)? (?:off (?:the|my|this)\b(?! hook)|out\b(?! of (?:the woods|"
             r"danger|trouble))|done\b(?! with)|finished\b(?! with)|gone\b)|"
             r"we(?:'re| are|re) (?:done|finished)\b(?! with)|"
             r"(?:it |this |that )?goes (?:on|in|into) your (?:file|record)|"
             r"(?:i(?:'ll| will)? (?:have to )?|we(?:'ll| will)? )(?:take|move|put|send|pull|kick|"
             r"drop) you (?:off|to|out|back)\b|(?:do not|don't|dont) bother (?:coming|turning up|"
             r"showing up)\b|stop giving you\b)")
SANCTION_ON_REPEAT = gated(re.compile(_REPEATED + r"[^.?!]{0,80}?(?:,|\band\b|\bthen\b|\bor\b)?"
                                      r"\s*" + _SANCTION))


# An order with the sanction as its other branch: "be nice in reviews or youll be gone", "or
# you're out" ("or you'll be late", "or you'll be tired" name no sanction)
OR_ELSE_GONE = re.compile(
    r"\bor (?:else )?(?:you(?:'ll|ll| will)|youll) be (?:gone|out(?! of)|finished|off (?:the|my) "
    r"[\w-]+|looking for (?:a|another) job)\b|\bor (?:else )?you(?:'re|re| are) (?:gone|out(?! "
    r"of)|finished|fired|off (?:the|my) [\w-]+)\b")


# ... and what is no such rule: a trouble said not to last for those who do a good thing
# ("People who ask for help don't stay stuck for long.", "folk who speak up never stay lost for
# long"): encouragement, the head reading a threat in "people who ... don't stay ... long"
TROUBLE_NOT_LASTING = re.compile(
    r"\bwho(?:se)? (?:[\w'-]+ ){1,8}?(?:don't|dont|doesn't|doesnt|do not|does not|won't|wont|"
    r"will not|never|rarely|seldom) (?:tend to |usually )?(?:(?:stay|remain|get|end up) (?:stuck|"
    r"lost|behind|confused|down|worried|stressed|alone|on (?:their|his|her) own|in the dark|in "
    r"trouble|struggling|overwhelmed)|struggle|suffer|drown|sink|spin (?:their|his|her) wheels)"
    r"(?: (?:very )?long| for (?:very )?long| for (?:ages|weeks|days))\b")
# The meeting kept going, no menace: "Hang on, I'm not letting you go yet, one more thing.",
# "Wait, I'm not letting you off yet, there's something else." (not "I'm not letting you go.
# Yet.", which leaves their job open: settle.threats.MENACE)
MEETING_KEPT_GOING = re.compile(
    r"\b(?:not|n't) (?:letting|let) you (?:go|off|leave|escape|out)(?: (?:just|quite))? yet\b,? "
    r"(?:(?:there's|there is|i've got|i have|i've|just) )?(?:one (?:more|last) (?:thing|question|"
    r"point|bit)|something else|a (?:couple|few) more|another (?:thing|question))\b")
# ... said with care for their place: "I want you on mine for years", "I don't want that for
# you", "You're not in that place"
PLACE_KEPT = re.compile(
    r"\bi (?:want|need) you (?:on|in|here|at|with)\b|\bi don't want that for you\b|\byou(?:'re| "
    r"are) not (?:in )?that (?:place|position|situation)\b")


def threat_left_open(low: str, context: str | None) -> bool:
    """A question about their job or a threat answered by leaving it open: "Depends.", "take it
    how you like", a hedged no, wait and see."""
    if context is None or "?" not in context:
        return False
    ctx = canonical(context)
    return bool(_JOB_ASKED.search(ctx) and _LEFT_OPEN.search(low) and not REASSURED.search(low))


# --- a jibe taken back only half ---------------------------------------------------------------

_HALF_TAKEN_BACK = re.compile(
    r"\b(?:joking|kidding|teasing|jokes?)\b[^.?!]{0,40}?[.!,]* (?:mostly|sort of|kind of|kinda|"
    r"partly|half|a bit)[.!?]*$")
# what was taken back was about their place: a threat; anything else a jibe, a label
_PLACE_WORDS = re.compile(
    r"\b(?:headcount|list|job|jobs|sack\w*|fire|fired|firing|names?|hr|warning|contract|place|"
    r"position|replace\w*|my head|your head|let go|review)\b")


def joke_half_taken_back(low: str) -> str | None:
    """"threat" or "label" when the turn ends by taking a joke back only half."""
    if "ing" not in low and "joke" not in low:
        return None
    if not _HALF_TAKEN_BACK.search(low.strip()):
        return None
    return "threat" if _PLACE_WORDS.search(low) else "label"
