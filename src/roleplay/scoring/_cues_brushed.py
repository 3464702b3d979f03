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
- *"Get over it"* (``told_to_get_over_it``, a label): "You need to get over it.", "Get over
  yourself.", "Suck it up.". Not "I'll get over it", "he'll get over it".
- *Their grudging word echoed and praised* (``grudging_word_praised``, a label): "fine" - "fine
  great lovely", "sorry" - "sorry grand lovely thats great". A one-word reply (fine, sorry,
  whatever) said back and stacked with two or more words of praise; "fine" - "ok cool" is no
  echo.
- *Praise the learned head read as fault* (``praise_read_as_fault``): an admiring comparison
  closed by "every X needs one" ("a safety officer like you, the one who stops the whole shift
  because one bolt looks wrong. Every mine needs one.") and "you're the reason <a bad thing>
  doesn't happen" ("You're the reason untested builds don't reach customers.") are praise, not
  blame.
"""

from __future__ import annotations

import re

from roleplay.scoring._text import STOPWORDS, canonical, sentences, words

# --- their excuse called everyone's -------------------------------------------------------------

_OPENERS = r"(?:(?:oh|well|look|yeah|yes|mate|so|sure|and|but|come on|right|ok|okay)[,.]? )*"
_EVERYONE_HAS = re.compile(
    r"(?:^|[.!?;] )" + _OPENERS + r"(?:everyone|everybody)(?: else)? (?:has got|'s got|has|had|"
    r"have|got|was|were|gets) (?P<what>[^.?!,;]{1,40})")
# Comfort beside it: "everyone has off days", "don't worry", "it will be okay", "I do too"
_COMFORT = re.compile(
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
    if m is None or not _echoes(m.group("what"), context) or _COMFORT.search(low):
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
    if m is None or _COMFORT.search(low):
        return False
    end = _SENTENCE_END.search(low, m.end())
    return end is None or end.group() != "?"  # said, not asked


# --- their claim set against what counts ------------------------------------------------------

_NOT_THE_SAME = re.compile(
    r"(?:^|[.!?,;] )(?:(?:but|and|yeah|well|look|sure|ok|okay|right)[,]? )*(?P<x2>[\w' ]{2,30}?) "
    r"and (?P<y2>[\w' ]{2,30}?) (?:are|is) (?:not )?(?:quite |exactly |really )?(?:the same "
    r"thing|(?:two )?different things)\b|"
    r"(?:^|[.!?,;] )(?:(?:but|and|yeah|well|look|sure|ok|okay|right)[,]? )*(?P<x>[\w' ]{2,30}?) "
    r"(?:isn't|is not|aren't|are not|ain't|'s not|isnt|arent) (?:quite |exactly |really |always )?"
    r"(?:the same (?:thing )?as|the same thing)\b(?P<y>[^.?!]{0,40})|"
    r"(?:^|[.!?,;] )(?:(?:but|and|yeah|well|look|sure|ok|okay|right)[,]? )*(?P<x3>[\w' ]{2,30}?) "
    r"(?:doesn't|don't|doesnt|dont|does not|do not|won't|wont) (?:count|make (?:payroll|money|"
    r"the numbers|rent|budget)|pay (?:the )?(?:rent|bills|wages)|push (?!back)\w+|load \w+|"
    r"ship \w+|mean (?:much|anything|a thing) (?:if|when))\b")
# what counts: the work done well
_DOING_WELL = re.compile(r"\b(?:doing|done|deliver\w*|results?|good at|(?:getting|get) it right|"
                         r"properly|(?:working|work) (?:well|"
                         r"good)|well|fix\w*|selling|finish\w*|performing|performance|"
                         r"competent)\b")
_NOT_DOING = re.compile(r"\b(?:bad|wrong|purpose|fault|fail\w*|lazy|careless|useless|mistakes?|"
                        r"sorry)\b")


def _stems(text: str) -> set[str]:
    return {w[:5] for w in words(text) if w not in STOPWORDS and len(w) > 2}


def claim_set_against_doing(low: str, context: str | None) -> bool:
    """The report's own claim (their hours, cover, scores) said not to be the same as doing the
    work well, or not to count."""
    if context is None or not ("same" in low or "different" in low or "n't" in low
                                or "not " in low or "dont" in low or "wont" in low):
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


# --- "get over it" ------------------------------------------------------------------------------

_GET_OVER_IT = re.compile(
    r"(?:^|[.!?,;] |\b(?:you|ya|u) (?:just |really )?(?:need to|needa|have to|'ve got to|'ve "
    r"gotta|gotta|got to|should|better|must) (?:just )?)(?:just |so |now )?(?:get over (?:it|"
    r"yourself|that)|suck it up|man up|harden up)\b")


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
    if context is None:
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
    said = sentences(low)
    if not said:
        return False
    if "every" in low or "like you" in low:
        last = said[-1].strip()
        if _EVERY_X_NEEDS_ONE.match(last) and not _SNEER.search(last):
            return True
    if "reason" in low or " why " in low:
        m = _REASON_AVERTED.search(low)
        if m is not None:
            clause = low[m.start():].split(".")[0]
            return bool(_BAD_THING.search(clause)) and not _FAULT_AFTER.search(low[m.end():])
    return False
