"""Their trouble brushed off, and praise the learned head read as fault (issue 11, L6). The firm
rules of :mod:`roleplay.scoring.settle` read these (``_trouble_brushed_off``); the coder's
features do not.

- *Their excuse called everyone's* (``excuse_called_everyones``, a label): "I had the Kenton
  fieldwork the same week." - "Everyone had fieldwork, Olivia.", "I had the scholarship interviews
  on Friday afternoon." - "Everyone has something on Friday afternoon, dear.". What everyone has
  is the report's own word. With "only one of you" after it, it is blame: "I was in the weeds,
  chef." - "Everybody was in the weeds. Only one of y'all sent out raw fish.". Not when the turn
  comforts ("everyone has off days, don't worry", "everybody got their own problems, it will be
  okay").
- *Others who coped held up* (``others_coped``, a label): "Everyone else adapted to the reorg.",
  "The rest of the team got used to it.". Not as a question, nor beside comfort.
- *Their claim set against what counts* (``claim_set_against_doing``, a label): "I cover every
  evening shift nobody wants." - "covering and doing are different things", "I am working late
  most days." - "Working late and working well are not quite the same thing, are they?", "I've
  done nine months of overtime on it." - "Overtime isn't the same as being good at it.", "My
  satisfaction scores are the highest at the branch." - "Satisfaction scores don't make payroll,
  my man.", "i hit my target last month though" - "hitting target doesnt mean much if your
  complaints are the highest". What is set aside is the report's own word; what it is set against
  is doing the work well. Not "Complaining isn't the same as telling me something's wrong", "A
  slip and doing it on purpose are different things", nor their apology (L5's rule reads
  "Sorry doesn't ...").
- *An insinuation after "I'm not saying"* (``insinuated_after_denial``): the turn denies saying
  it, then leaves it to be drawn: "Nobody's saying that, Derek. I'm just saying it's
  interesting.", "I'm not saying you, personally, ... but anyways, if the shoe fits, what to
  do.", "I'm not saying anything, I'm just saying what Rodrigo told me." (labels); with "you"
  placed where it happened, blame: "I'm not saying it's all you, but you were on the top end,
  weren't you, so you do the maths.", "I'm not blaming anybody, I'm only saying that the vessel
  was late and you were on crane seven, and people can draw their own conclusions". Not "I'm not
  saying you're sloppy, I'm saying three days of stability data aren't in the ELN" (a fact said
  instead) nor "I'm not saying you should have, I'm just saying it's what got me through".
- *Thanks for the basics, with a sneer* (``thanks_with_a_sneer``, a label): "good on ya for
  turning up today though thats a nice change", "aye well good on ye for turnin up at all",
  "oh and good on you for answering your phone yesterday thats a first hey", "cheers for finally
  owning one i suppose thats progress", "oh well done for noticing the weather that must have
  been hard work", "cheers for the forty two minutes of my life", "cheers for gracin us", "Gold
  star for you.". The thanks is the frame; the sneer ("that's a nice change / a first", "at
  all", "finally", "that's progress", "must have been hard work", "of my life", "gracing us",
  "for once") turns it. Not "thank you for doing that. It's just, I suppose, ..." nor "the
  machine is finally working again".
- *A newer or younger colleague held up* (``junior_held_up``, a label): "see even wee kieran
  gets his ties right and hes been here five minutes", "even the yout jordan is in before me
  every morning and hes seventeen", "thabo at sandton hes doing the valet upsell on like every
  third car and he started after you", "Jess, who's been here eight months, listed eleven in
  October". Their short time or youth is the point of the comparison. Not a colleague's youth
  told as the harm done ("she's nineteen and it was her second week").
- *A lapse told, then owned for them* (``lapse_owned_for_them``, blame): "And the rejection in
  final inspection on Sunday, forty-two pieces open seam. This is also your line.", "The house
  pulled two pages of advertising for March. That's your caption, that's your two pages.",
  "That penalty gave them a first down and they scored four plays later. ... That's on your
  unit.". A clause that ends on "that's / this is (also) (on) your <thing>" after the lapse was
  told in the turn. Not "your call / choice / decision / job / turn" (their say, or a duty), nor
  with nothing gone wrong told before it.
- *"Get over it"* (``told_to_get_over_it``, a label): "You need to get over it.", "Get over
  yourself.", "Suck it up.". Not "I'll get over it", "he'll get over it".
- *Their grudging word echoed and praised* (``grudging_word_praised``, a label): "fine" - "fine
  great lovely", "sorry" - "sorry grand lovely thats great". A one-word reply (fine, sorry,
  whatever) said back and stacked with two or more words of praise; "fine" - "ok cool" is no
  echo.
- *Their job plainly reassured* (``job_plainly_reassured``): "Your job isn't at risk. Let's see
  how December goes.", "Your job is safe. I wouldn't sit here and pretend otherwise if it
  wasn't." are no threats, though the learned head read one: a plain reassurance of their job
  with nothing turning it ("but", "yet", "for now", "unless", "otherwise", "next time", "if it
  happens again").
- *Praise of their prospects* (``prospects_praised``, praise): "You'd make a great manager,
  honestly." was coded nothing; "you'd make a great <work role>" with no condition or "but" is
  praise. Not "You'd make a great manager if you listened".
- *Praise the learned head read as fault* (``praise_read_as_fault``): an admiring comparison
  closed by "every X needs one" ("a safety officer like you, the one who stops the whole shift
  because one bolt looks wrong. Every mine needs one.") and "you're the reason <a bad thing>
  doesn't happen" ("You're the reason untested builds don't reach customers.") are praise, not
  blame.
"""

from __future__ import annotations

import re

from roleplay.scoring._cues_veiled import REASSURED
from roleplay.scoring._cues_verdicts import LAPSE_IN_TURN
from roleplay.scoring._gate import gated
from roleplay.scoring._text import STOPWORDS, canonical, sentences, words

# --- their excuse called everyone's -------------------------------------------------------------

_OPENERS = r"(?:(?:oh|well|look|yeah|yes|mate|so|sure|and|but|come on|right|ok|okay)[,.]? )*"
_EVERYONE_HAS = re.compile(
    r"(?:^|[.!?;] )" + _OPENERS + r"(?:everyone|everybody)(?: else)? (?:has got|'s got|has|had|"
    r"have|got|was|were|gets) (?P<what>[^.?!,;]{1,40})")
# Comfort beside it: "everyone has off days", "don't worry", "it will be okay", "I do too"
COMFORT = re.compile(
    r"\b(?:don't|do not|dont) (?:worry|stress|panic|beat yourself)|\bno (?:stress|worries)\b|"
    r"\b(?:it's|it is|its|that's|that is|thats|totally|perfectly|completely) (?:okay|ok|fine|"
    r"normal|understandable)\b|\b(?:it|you|things) (?:will|'ll) be (?:okay|ok|fine|alright)\b|"
    r"\boff (?:days?|weeks?)\b|\bwobbles?\b|\b(?:i|me) (?:do|did|too|certainly|felt|feel)\b|"
    r"\bfor what it's worth\b|\bi (?:get|understand|hear) (?:it|that|you)\b|\bnormal\b|"
    r"\bbad days?\b|\bfirst (?:year|month|few)\b")
_ONLY_ONE_DID = re.compile(r"\bonly one of (?:you|y'all|yous|them|us)\b|\bthat was you\b")


def _echoes(what: str, context: str) -> bool:
    theirs = {w.rstrip("s") for w in words(canonical(context)) if w not in STOPWORDS}
    said = [w for w in words(what) if w not in STOPWORDS and len(w) > 2]
    return any(w.rstrip("s") in theirs for w in said)


def excuse_called_everyones(low: str, context: str | None) -> str | None:
    """"label" (or "blame", when "only one of you" did it) when the turn says everyone has or had
    the very thing the report gave as the reason, with no comfort beside it."""
    if context is None or ("everyone" not in low and "everybody" not in low):
        return None
    m = _EVERYONE_HAS.search(low)
    if m is None or not _echoes(m.group("what"), context) or COMFORT.search(low):
        return None
    return "blame" if _ONLY_ONE_DID.search(low[m.end():]) else "label"


# --- others who coped held up -------------------------------------------------------------------

_OTHERS_COPED = re.compile(
    r"(?:^|[.!;] )" + _OPENERS + r"(?:everyone|everybody|the others|all the others|the rest of "
    r"(?:us|the team|the crew|the floor))(?: else)? (?:has |have |'s )?(?:already )?(?:adapted|"
    r"adjusted|coped|got used to (?:it|this|that|the)|moved on|settled in|got on with (?:it|this|"
    r"that)|figured (?:it|this|that) out|picked (?:it|this|that) up|got the hang of)\b")
_SENTENCE_END = re.compile(r"[.?!]")


def others_coped(low: str, context: str | None) -> bool:
    """Everyone else coped with the change (a statement), no comfort beside it."""
    if "everyone" not in low and "everybody" not in low and "the others" not in low \
            and "the rest of" not in low:
        return False
    m = _OTHERS_COPED.search(low)
    if m is None or COMFORT.search(low):
        return False
    end = _SENTENCE_END.search(low, m.end())
    return end is None or end.group() != "?"  # said, not asked


# --- their claim set against what counts ------------------------------------------------------

_NOT_THE_SAME = gated(re.compile(
    r"(?:^|[.!?,;] )(?:(?:but|and|yeah|well|look|sure|ok|okay|right)[,]? )*(?P<x2>[\w' ]{2,30}?) "
    r"and (?P<y2>[\w' ]{2,30}?) (?:are|is) (?:not )?(?:quite |exactly |really )?(?:the same "
    r"thing|(?:two )?different things)\b|"
    r"(?:^|[.!?,;] )(?:(?:but|and|yeah|well|look|sure|ok|okay|right)[,]? )*(?P<x>[\w' ]{2,30}?) "
    r"(?:isn't|is not|aren't|are not|ain't|'s not|isnt|arent) (?:quite |exactly |really |always )?"
    r"(?:the same (?:thing )?as|the same thing)\b(?P<y>[^.?!]{0,40})|"
    r"(?:^|[.!?,;] )(?:(?:but|and|yeah|well|look|sure|ok|okay|right)[,]? )*(?P<x3>[\w' ]{2,30}?) "
    r"(?:doesn't|don't|doesnt|dont|does not|do not|won't|wont) (?:count|make (?:payroll|money|"
    r"the numbers|rent|budget)|pay (?:the )?(?:rent|bills|wages)|push (?!back)\w+|load \w+|"
    r"ship \w+|mean (?:much|anything|a thing) (?:if|when))\b"))
# what counts: the work done well
_DOING_WELL = re.compile(r"\b(?:doing|done|deliver\w*|results?|good at|(?:getting|get) it right|"
                         r"properly|(?:working|work) (?:well|"
                         r"good)|well|fix\w*|selling|finish\w*|performing|performance|"
                         r"competent)\b")
_NOT_DOING = re.compile(r"\b(?:bad|wrong|purpose|fault|fail\w*|lazy|careless|useless|mistakes?|"
                        r"sorry)\b")


def _stems(text: str) -> set[str]:
    return {w[:5] for w in words(text) if w not in STOPWORDS and len(w) > 2}


_CLAIM_GATE = ("same", "different", "count", "make ", "pay ", "push", "load", "ship", "mean ")


def claim_set_against_doing(low: str, context: str | None) -> bool:
    """The report's own claim (their hours, cover, scores) said not to be the same as doing the
    work well, or not to count."""
    if context is None or not any(w in low for w in _CLAIM_GATE):
        return False
    m = _NOT_THE_SAME.search(low)
    if m is None:
        return False
    x = m.group("x") or m.group("x2") or m.group("x3")
    y = m.group("y") if m.group("x") else (m.group("y2") or "")
    if {"sorry", "you", "i", "we", "they", "he", "she", "me"} & set(x.split()):
        return False  # their apology (L5's rule), or what someone did or said ("being told you")
    if m.group("x3") is None and (not _DOING_WELL.search(y) or _NOT_DOING.search(y)):
        return False
    ctx = canonical(context)
    return bool(_stems(x) & _stems(ctx))


# --- an insinuation after "I'm not saying" ----------------------------------------------------

_NOT_SAYING = re.compile(r"\b(?:i'm|im|i am) not (?:saying|blaming|accusing)\b|\b(?:nobody|no "
                         r"one|no-one)(?:'s| is) (?:saying|blaming|accusing)\b")
_LEFT_TO_DRAW = re.compile(
    r"\bdraw (?:their|your|his|her|the|our) own conclusions?\b|\bif the shoe fits\b|\b(?:you )?do "
    r"the maths?\b|\b(?:just|only|simply) saying (?:it's|its|it is|that's|that is) (?:very |quite |"
    r"really )?(?:interesting|funny|curious)\b|\b(?:just|only|simply) saying what [\w ]{1,20}? "
    r"(?:told|said to) me\b")
_YOU_THERE = re.compile(r"\byou (?:were|was) (?:on|at|in|the one|there|last)\b")


def insinuated_after_denial(low: str) -> str | None:
    """"label" or "blame" when the turn denies saying it and then leaves it to be drawn."""
    if "saying" not in low and "blaming" not in low and "accusing" not in low:
        return None
    m = _NOT_SAYING.search(low)
    if m is None or not _LEFT_TO_DRAW.search(low, m.end()):
        return None
    return "blame" if _YOU_THERE.search(low, m.end()) else "label"


# --- thanks for the basics, with a sneer -------------------------------------------------------

_THANKS_FRAME = re.compile(r"\b(?:good on (?:ye|ya|you|yer)|well done|cheers|thanks|thank you|"
                           r"bravo|nice one)\b")
_THANKS_SNEER = re.compile(
    r"\b(?:that's|thats|that is|which is|what) (?:a )?(?:nice |pleasant |welcome |refreshing )?"
    r"(?:change|first)\b|\bmakes? a (?:nice |pleasant |welcome )?change\b|"
    # "for a change" closing a clause (not "asking for a change isn't ...")
    r"\bfor a change(?=[.!?,;]|$| (?:hey|eh|innit|mate|then)\b)|"
    r"\b(?:turning|turnin|showing|showin|coming|comin) (?:up|in) at all\b|\bfor finally\b|"
    r"\b(?:that's|thats) progress\b|\bmust have been (?:hard|exhausting|tough|thirsty) work\b|"
    r"\bof my life\b|\bgrac(?:e|ing|in) us\b|\bfor once\b")
_GOLD_STAR = re.compile(r"\bgold star\b")


_THANKS_GATE = ("good on", "well done", "cheers", "thank", "bravo", "nice one", "gold star")


def thanks_with_a_sneer(low: str) -> bool:
    """Thanks or praise for a basic act, turned by a sneer: "good on ya for turning up, that's a
    nice change", "cheers for finally owning one", "Gold star for you."."""
    if not any(w in low for w in _THANKS_GATE):
        return False
    if _GOLD_STAR.search(low):
        return True
    m = _THANKS_FRAME.search(low)
    return m is not None and bool(_THANKS_SNEER.search(low, m.end()))


# --- a newer or younger colleague held up ------------------------------------------------------

_JUNIOR = re.compile(
    r"\bstarted (?:after|later than) you\b|\bbeen here half as long\b|\b(?:he|she|hes|shes|"
    r"he's|she's|who's|whos|who has|who's only)(?: only| just)?(?: been)? here (?:(?:about |like )?"
    r"five minutes|five mins|a (?:week|month|fortnight)|(?:two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven) (?:weeks|months)|(?:\w+ )?(?:months|weeks) less than you)\b|"
    r"\beven (?:the |wee |little )(?:yout|new|young|apprentice|trainee|junior|temp)\b|"
    r"\beven wee [a-z]+\b|\b(?:and|but) (?:he|she|hes|shes)(?:'s| is)? (?:only )?(?:fifteen|"
    r"sixteen|seventeen|eighteen)\b")


def junior_held_up(low: str) -> bool:
    """A colleague newer or younger than them held up as doing it right."""
    if "here" not in low and "even" not in low and "after you" not in low \
            and "teen" not in low and "later than" not in low:
        return False
    return bool(_JUNIOR.search(low))


# --- a lapse told, then owned for them -----------------------------------------------------------

_OWNED_CLAUSE = re.compile(
    r"(?:^|[.!?;,] |\band )(?:(?:and|so|well|but)[,]? )?(?:that's|thats|that is|this is|it's|its|"
    r"it is)(?: also| all)? (?:on )?your (?!(?:call|choice|decision|turn|move|go|pick|idea|time|"
    r"say|life|business|way|chance|own|health|family|wellbeing|funeral|job|role|day|week|"
    r"birthday|first)\b)(?:[\w'-]+ )?[\w'-]+(?:,? (?:son|mate|pal|buddy|boss|man))?(?=[.!,;]|$)")
_LAPSE_TOLD = re.compile(r"\b(?:rejection|penalty|pulled|scrap\w*|defects?|refund\w*|cost us|"
                         r"lost us|open seam)\b")


def lapse_owned_for_them(low: str) -> bool:
    """What went wrong told, then owned for them: "That's your caption.", "That's on your unit."."""
    if "your " not in low or not ("that" in low or "this is" in low or "it" in low):
        return False
    m = _OWNED_CLAUSE.search(low)
    if m is None or m.start() == 0:
        return False
    before = low[:m.start()]
    return bool(_LAPSE_TOLD.search(before) or any(  # "fine" is as often "okay" as "fined"
        x.group() != "fine" for x in LAPSE_IN_TURN.finditer(before)))


# --- "get over it" ------------------------------------------------------------------------------

_GET_OVER_IT = gated(re.compile(
    r"(?:^|[.!?,;] |\b(?:you|ya|u) (?:just |really )?(?:need to|needa|have to|'ve got to|'ve "
    r"gotta|gotta|got to|should|better|must) (?:just )?)(?:just |so |now )?(?:get over (?:it|"
    r"yourself|that)|suck it up|man up|harden up)\b"))


def told_to_get_over_it(low: str) -> bool:
    """"Get over it", "suck it up", "man up", told to them (an imperative or "you need to")."""
    if "get over" not in low and "suck it" not in low and " up" not in low:
        return False
    return bool(_GET_OVER_IT.search(low))


# --- their grudging word echoed and praised -----------------------------------------------------

_GRUDGING = frozenset({"fine", "sorry", "whatever", "ok", "okay"})
_PRAISE_WORDS = frozenset({"great", "lovely", "super", "grand", "brilliant", "fantastic",
                           "wonderful", "perfect", "marvellous", "nice", "good", "awesome",
                           "cool", "ok", "okay", "thats", "that's", "excellent", "terrific"})


def grudging_word_praised(low: str, context: str | None) -> bool:
    """The report's one grudging word ("fine", "sorry", "whatever") said back, then two or more
    words of praise and nothing else: "fine great lovely"."""
    if context is None or len(context) > 12 or len(low) > 40:
        return False
    theirs = words(canonical(context))
    if len(theirs) != 1 or theirs[0] not in _GRUDGING or theirs[0] in {"ok", "okay"}:
        return False
    said = words(low)
    if not 3 <= len(said) <= 6 or said[0] != theirs[0]:
        return False
    rest = said[1:]
    praise = [w for w in rest if w not in {"thats", "that's"}]
    return all(w in _PRAISE_WORDS for w in rest) and len(praise) >= 2


# --- their job plainly reassured; praise of their prospects -------------------------------------

_TURNS_IT = re.compile(r"\b(?:but|yet|for now|at the moment|right now|unless|next time|"
                       r"(?<!pretend )(?<!say )(?<!you )otherwise|"
                       r"if (?:you|this|that|it|things) (?:happens?|keeps?|carr\w+|continues?|goes "
                       r"on|don't|doesn't|do it|does it|gets?))\b")


def job_plainly_reassured(low: str) -> bool:
    """Their job plainly reassured, with nothing turning it."""
    if "not" not in low and "safe" not in low and "nobody" not in low:
        return False
    return bool(REASSURED.search(low)) and not _TURNS_IT.search(low)


_PROSPECTS = re.compile(
    r"\byou(?:'d| would) make (?:a |an )?(?:really |truly |very )?(?:great|brilliant|fantastic|"
    r"excellent|good|amazing|superb|natural|wonderful|fine) (?:team |shift |line |store |site |"
    r"area |floor |project |duty )?(?:manager|lead|leader|supervisor|mentor|trainer|teacher|"
    r"coach|senior|partner|director|head|captain|foreman|chef)\b")
_CONDITION = re.compile(r"\b(?:if|but|though|unless|except|once|when)\b")


def prospects_praised(low: str) -> bool:
    """"You'd make a great manager, honestly.": praise of their prospects, with no condition."""
    return "make" in low and bool(_PROSPECTS.search(low)) and not _CONDITION.search(low)


# --- praise the learned head read as fault ------------------------------------------------------

_EVERY_X_NEEDS_ONE = re.compile(
    r"^(?:and |honestly,? )?every (?:\w+ ){1,2}(?:needs|could use|should have|deserves) (?:one|"
    r"someone like (?:you|that)|(?:a|an) [\w-]+ like you|people like you)(?: like you)?[.!]*$|"
    r"^(?:we|i) (?:need|could use|wish (?:we|i) had) more (?:people |\w+s )?like you[.!]*$")
_SNEER = re.compile(r"\b(?:suppose|guess|apparently|unfortunately|sadly|god help|heaven|"
                    r"not|never|no)\b|\?")
# "you're the reason" a bad thing does not happen
_REASON_AVERTED = re.compile(
    r"\b(?:you're|youre|you are|you were) (?:the (?:main |whole |only )?reason|why) (?:that )?"
    r"(?:[\w'-]+ ){1,6}?(?:don't|doesn't|didn't|never|won't|no longer|haven't|hasn't|aren't|"
    r"isn't|stopped) ")
_BAD_THING = re.compile(
    r"\b(?:untested|broken|faulty|bad|wrong|errors?|bugs?|defects?|mistakes?|accidents?|"
    r"incidents?|injur\w*|complaints?|fail\w*|leaks?|outages?|fires?|recalls?|crash\w*|"
    r"escap\w*|spill\w*)\b")
_FAULT_AFTER = re.compile(r"\b(?:but|though|however|although|except|shame|pity)\b")


def praise_read_as_fault(low: str) -> bool:
    """An admiring comparison closed by "every X needs one", or "you're the reason" a bad thing
    does not happen, with no turn to fault after it."""
    if ("every" in low or "like you" in low) and (said := sentences(low)):
        last = said[-1].strip()
        if _EVERY_X_NEEDS_ONE.match(last) and not _SNEER.search(last):
            return True
    if "reason" in low or " why " in low:
        m = _REASON_AVERTED.search(low)
        if m is not None:
            clause = low[m.start():].split(".")[0]
            return bool(_BAD_THING.search(clause)) and not _FAULT_AFTER.search(low[m.end():])
    return False
