"""Cues of listening over several turns: what the report disclosed, whether the manager's next
turns acknowledged it, and whether a reflection is grounded in what the report actually said.

The coder reads one turn with one previous report line; these rules read the conversation, so
they live apart from it (rubric ``rubric-4``, the comments under ``active_listening``).
"""

from __future__ import annotations

import re

from roleplay.domain.checks import CHECKED_AT_END, READING_CHECKED, SAID_BACK_CHECK
from roleplay.scoring._cues_plan import ROOM_IN_HOURS
from roleplay.scoring._text import STOPWORDS, canonical, normalise, sentences, words

# Words that frame a reflection or carry no content of their own: never evidence that the
# manager repeated what the report said.
_FRAME = frozenset(
    ["sounds", "sound", "saying", "hear", "hearing", "heard", "seems", "seem", "mean", "means",
     "meaning", "guess", "wonder", "wondering", "imagine", "feel", "feels", "feeling", "felt",
     "what's", "that's", "there's", "let", "let's", "sense", "tell", "telling", "told", "idea",
     "nobody", "anybody", "somebody", "everyone", "everybody", "anyone", "someone", "something",
     "anything", "nothing", "everything", "off", "even", "still", "always", "never", "now",
     "take", "took", "taken", "make", "made", "put", "keep", "kept", "come", "came", "give",
     "gave", "pick", "picked", "catch", "caught", "went", "gone", "see", "saw", "look",
     "already", "again", "totally", "pretty", "genuinely", "bit", "whole", "ever",
     "back", "way", "basically", "actually", "honestly", "maybe", "perhaps", "probably", "yourself",
     "myself", "want", "wanted", "need", "needed", "don't", "didn't", "isn't", "wasn't", "can't",
     "won't", "haven't", "hasn't", "aren't", "weren't", "doesn't", "couldn't"])

# Feelings a manager can name ("you must be exhausted"); "sounds" and "must be" are frames,
# not feelings, so "It sounds like the export was late" names none.
FEELING = re.compile(
    r"\b(?:feel|feels|feeling|felt|frustrat\w*|worr\w*|stress\w*|upset|hard|tough|difficult|"
    r"overwhelm\w*|exhaust\w*|disappoint\w*|anxious|anxiety|nervous|scared|afraid|angry|hurt|"
    r"tired|stuck|unfair|sting\w*|embarrass\w*|discourag\w*|lonely|alone|isolated|guilty|"
    r"ashamed|drained|burn(?:ed|t) out|fed up|gutted|relie(?:f|ved)|sad|heavy|a lot|"
    r"pressure|torn|lost|unsure|undervalued|overlooked|let down|knackered|worn (?:down|out)|"
    r"on your own|carrying|on edge(?! cases?\b)|wear\w* (?:\w+ )?down|gotten old|terrified|"
    r"panic\w*|"
    r"singled out|invisible|light(?:s)? up|love|enjoy\w*|excit\w*|proud|happy|pleased|"
    r"thrilled|annoyed|irritated|defensive|uncomfortable|uneasy|wound up|on the back foot|"
    # how being treated felt: "put under a microscope", "taken for granted", "picked on"
    r"mad|judged|watched|scrutini[sz]ed|under a microscope|checked up on|micromanaged|"
    r"unappreciated|taken for granted|unheard|ignored|picked on|sidelined|left out|"
    r"out of the loop|blindsided|"
    # said of them in other voices: "you're sick of it", "real vex", "this weighs on you"
    r"sick of (?:it|this|that|being|having|carrying)|vex(?:ed)?|tense|rattled|shaken|"
    r"weigh(?:s|ing)? on you|not sitting (?:easy|well)|braced for)\b"
)
# The report expressed a feeling: a feeling word, or a clear emotional statement.
REPORT_FEELING = re.compile(
    FEELING.pattern + r"|\b(?:(?:been|it's|is) (?:a lot|rough|awful|horrible|brutal|grim)|"
    r"can't cope|not coping|not (?:ok|okay|fine)|hate|miserable|crying|cried|can't sleep|"
    r"(?:haven't|not) (?:really )?(?:been )?sleeping|don't sleep|on fumes|struggl\w*|"
    r"harder than|not my best|catching up with me|relief|had enough|can't keep up|behind|"
    # the load they carry, told as such: "my mornings and evenings aren't really my own", "I'm
    # managing", "covering for two people", "juggling"
    r"(?:aren't|isn't|not) (?:really )?my own|i'm (?:just about )?managing|juggl\w*|"
    r"covering for|on my own|by myself|keeping up|doing it all)\b"
)
# A sentence that tells the report what they said, meant or felt: where a guess can hide.
CLAIM = re.compile(
    r"(?:^|\b(?:so|and|ok|okay|right)\s)(?:you(?:'re| are| were| feel| felt|'ve been| have been|"
    r" think| thought| don't| didn't| can't| haven't| had)\b)|\b(?:you're saying|that's what you|"
    r"what you're saying|you mean|what i'm hearing|(?:it )?sounds like you|it seems (?:like )?you|"
    r"i can (?:see|hear|tell) (?:that |how )?you)\b"
)
# A reflection offered as a guess to check, not a verdict on what they meant.
TENTATIVE = re.compile(
    r"\b(?:i wonder|i'm wondering|i guess|i imagine|i suspect|i'm guessing|(?:it )?sounds like|"
    r"(?:it )?sounds as (?:though|if)|(?:it )?seems (?:like|as if|as though|that)|"
    r"i get the (?:sense|feeling|impression)|i sense|"
    r"i'm hearing|i hear|maybe|perhaps|might|may be|could it be|possibly|am i right|is that "
    r"(?:right|it|fair)|have i got|did i get|correct me|i'm not sure|if i've understood|"
    # "am i readin that richt or am i awa oot tae sea", "am I hearing you right"
    r"am i (?:reading|readin|getting|hearing|understanding|seeing) (?:that|it|this|you) right)\b"
    # the terse check with its verb left out: "So the tests get cut when the deadline's close.
    # That right?"
    r"|(?:^|[.!?]\s+)(?:so,? )?that (?:right|about right|close|fair)\s*\?"
    # a feeling seen or heard in them, said as the manager's perception: "I can see you're
    # angry", "you look very worried right now", "i can hear you real vex" (a reading of them,
    # as "it sounds like" is, not a claim about what they said)
    r"|\bi can (?:see|hear|tell|sense)\b|\byou (?:look|looked|seem|seemed|sound|sounded)\b"
    r"(?! (?:at|into|for|up|through|over|back|forward|around|after|like a plan)\b)"
    # any check of what was said back, at the end: "Am I near?", "did i read that right or not"
    r"|\b" + SAID_BACK_CHECK + r"\s*$"
)

# A report line that tells the manager something personal and hard: family, health, home,
# money, grief, caring, sleep, burnout. It must be about the speaker ("my dad", "I", "at home").
PERSONAL = re.compile(
    r"\b(?:my (?:dad|father|mum|mom|mother|parents?|wife|husband|partner|son|daughter|kids?|"
    r"children|child|baby|brother|sister|family|gran\w*|grand\w+|health|doctor|rent|landlord|"
    r"marriage|mornings and evenings|evenings and mornings)|(?:going on|things|stuff|problems?|"
    r"situation|trouble) (?:at home|outside (?:of )?work)|home (?:life|situation)|personal "
    r"(?:stuff|things|life|reasons|matters?)|hospital|stroke|cancer|diagnos\w+|surgery|"
    r"had an operation|illness|(?:been|was|got|fell|am|i'm) (?:really |quite )?(?:sick|ill)\b|"
    r"pregnan\w+|miscarriage|funeral|(?:he|she|they|my \w+) (?:died|passed away)|passed away|"
    r"grie(?:f|ving)|bereave\w+|divorce|separated|split up|carer|caring for (?:my|him|her|them)|"
    r"looking after (?:my|him|her|them|the kids)|childcare|evict\w+|rent went up|money(?:'s| is) "
    r"tight|things are tight|debts?|second job|two jobs|another job|(?:bar|pub|extra|night) "
    r"shifts?|i'm working\W*$|depress\w+|"
    r"anxiety|panic attacks?|therapy|counsell\w+|burn(?:ed|t)[ -]?out|on fumes|"
    r"(?:don't|can't|haven't been|not) (?:really )?(?:sleep|sleeping)|don't sleep)"
)
_LIFE = re.compile(r"(?:going on|things|stuff|problems?|situation|trouble|home) ")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|my|me|mine|myself)\b")
# Work-generic words: sharing one with the disclosure is not talking about it.
_WORK = frozenset(["work", "working", "job", "time", "week", "weeks", "day", "days", "month",
                   "months", "lately", "moment", "deadline", "deadlines", "date", "dates",
                   "sprint", "sprints", "team", "lot", "going", "past", "last", "first", "next",
                   "shift", "shifts"])

# The manager's turn takes in what they were told: sympathy, thanks for telling, a question
# about them, naming what it is like, room or flexibility.
_HEAVY = (r"(?:hard|tough|difficult|a lot|so much|awful|heavy|exhausting|horrible|scary|"
          r"worrying|stressful|lonely|rough|brutal|draining|awkward|isolating|uncomfortable|"
          r"unsettling|frustrating|upsetting|painful|confusing)")
ACKNOWLEDGES = re.compile(
    r"\b(?:(?:i'm|i am) (?:so |really |very )?sorry|sorry to hear|sorry about|sorry you|"
    # (and northern thanks, "us" for "me": "Ta for being straight with us", "Cheers for telling
    # us", J40's Geordie lead)
    r"(?:thank you|thanks|ta|cheers) for (?:telling|sharing|trusting|being (?:so )?(?:honest|open|"
    r"straight|frank)|letting (?:me|us) know|opening up|saying (?:that|it|so))|"
    r"i appreciate you (?:telling|sharing|trusting|being (?:honest|open))|i had no idea|"
    r"i didn't know|"
    r"(?:that|it|this)(?:'s| is| must be| must have been| sounds| seems)(?: like)?(?: it's been| "
    r"it has been| you've been \w+)?(?: so| really| incredibly| very| genuinely| pretty| a bit|"
    r" a little| quite)? " + _HEAVY + r"|must (?:be|have been|feel) (?:so |really |a bit |"
    r"a little |quite )?" + _HEAVY + r"|"
    r"no wonder|i can (?:only )?imagine|i can't imagine|"
    # how hard it was to tell: "its a hard thing to say out loud", "that can't have been easy
    # to say" (not "it's hard to say what went wrong", the manager unsure)
    r"(?:that|it|this)(?:'s| is| was|s)? (?:a )?(?:hard|tough|difficult|brave|big) thing to "
    r"(?:say|tell|admit|share)|(?:hard|tough|difficult) to say out loud|(?:that|it) (?:can't|"
    r"cannot|couldn't) have been easy to (?:say|tell|admit|share)|"
    # what they struggle with met as no failing of theirs: "thats expected not a failing"
    r"(?:that's|that is|it's|it is) (?:expected|normal|understandable),? (?:and )?not a "
    r"(?:failing|failure|weakness)|"
    # the feeling it brings allowed: "if this brings tears that is ok, there is no shame here"
    r"(?:there's|there is|that's|that is|it's|it is) no shame|(?:if|when) (?:this|it|that)"
    r"(?:'s| is)? (?:brings?|bringing|makes?|making) (?:you )?(?:tears|upset|emotional|cry)|"
    r"how are you (?:doing|coping|holding up|managing|feeling|keeping)|how is (?:he|she|they|"
    r"your \w+)|how's (?:he|she|your \w+)|how are (?:they|things at home)|take (?:the )?time "
    r"(?:you need|off)|time off|compassionate|carer's leave|flexib\w+|move your hours|"
    # room made in the plan: "Let's take you off the support rota for three weeks"
    r"take you off (?:the |your )?(?:\w+ ){0,2}(?:rota|on-call|shifts?|duty|queue|calls|"
    r"caseload|cases|pager|nights|weekends|cover|escalations)|take (?:the |your |some of the |"
    r"some )?(?:[\w-]+ ){0,2}(?:rota|on-call|shifts?|duty|calls|caseload|cases|pager|nights|"
    r"weekends|cover|escalations) off you|"
    r"(?:lighten|reduce|cut|halve) (?:your|the) (?:load|workload|caseload|rota|"
    r"on-call|hours)|(?:i'll|i will|we'll|we will|someone will) cover (?:for )?you|"
    r"(?:adjust(?:ing)?|chang(?:e|ing)|shift(?:ing)?|mov(?:e|ing)) your (?:\w+ )?(?:hours|days|"
    r"deadlines|start|finish|shifts?)|"
    # finding out the rules they fear ("I'll find out from HR what the rules actually say"), not
    # the rules for a warning
    r"(?:i'll|i will|let me|i can|i could|i'm going to|we'll|we can)(?: \w+){0,3}? "
    r"(?:find out|check|look into|ask)(?: (?:with|from) (?:hr|people|payroll|\w+))? "
    r"(?:what|whether|if) (?:the |our )?(?:rules?|polic(?:y|ies)|contract|handbook)"
    r"(?! (?:\w+ ){0,3}(?:on |about )?(?:disciplin|warning|dismiss|capability|"
    r"performance (?:plan|improvement)))|"
    + ROOM_IN_HOURS + r"|lighter|take (?:some|the) pressure off|"
    r"ease off|family (?:comes|come) first|that comes first|look after yourself|(?:the )?(?:eap|"
    r"employee assistance|occupational health)|what would help (?:you )?(?:right now|most)|"
    r"what do you need (?:from me )?(?:right now|at the moment)|is there anything (?:i|we) can "
    r"do|you've been carrying|carrying (?:this|that|it|all)|on your own|tell me more|say more|"
    r"what's (?:that|it) been like|"
    # naming their feeling: "you look worried", "I can hear how tired you are"
    r"(?:you(?:'re| are| look| seem| sound|'ve been| must be| must feel| feel|'ve felt| have felt|"
    r" felt| might feel| might have felt| might be)|i can (?:see|hear|"
    r"tell)(?: that| how)?)(?: \w+){0,3} (?:worried|tired|exhausted|stressed|scared|upset|"
    r"overwhelmed|anxious|frustrated|hurt|angry|stretched|drained|lonely|alone|stuck)|"
    r"what's behind (?:that|it|the) \w+|"
    # the plan asked for in the light of it: "given everything at home", "with what you've just
    # told me" (not "given everything on the roadmap")
    r"(?:given|with|considering|bearing in mind|in light of|knowing|now i know|around) (?:all )?"
    r"(?:everything|all that|what)(?:'s| is)?(?: you've got| you have)?(?: going on| happening)? "
    r"(?:at home|outside (?:of )?work|for you (?:right now|at the moment)|(?:you've|you have|you) "
    r"(?:just )?(?:told|shared|said)|told me))"
)
# An invitation to say more: taking it in only in a turn that is not busy with the feedback or
# the plan ("That's three dates in three weeks. What's been happening?" moved on).
INVITES = re.compile(
    r"\b(?:tell me more|say more|what do you mean|do you want to talk|would you like to talk|"
    # "you don't have to answer now" leaves them room; "you don't have to worry about anything
    # i will sort it all out" takes the problem off them (J41: praised "You made room")
    r"(?:only )?if you want to|you don't have to(?! (?:worry|stress|fret|panic|think|bother|"
    r"deal|sort|fix|handle|do (?:anything|a thing)|lift)\b)|take your time|in your own time|"
    # a wait offered in other words: "no hurry", "I'm in no rush", "i can wait" (not a deadline
    # eased: "no rush on the report")
    r"(?:there's |i'm in |i'm |we're in )?no (?:hurry|rush)(?! (?:on|with|for) (?:(?:the|that|"
    r"this|your) )?(?:it|that|this|report|draft|deck|doc\w*|email|slides|fix|task|tickets?|"
    r"review|pr|form|plan|write-?up)\b)|i can wait|"
    # "you tell me as much as you want and no more", "as much or as little as you like"
    r"as much (?:as you (?:want|like|wish)|or as little)|what's (?:been )?"
    r"(?:going on|happening|the (?:hardest|toughest|worst) (?:part|bit|thing)|been hardest)|"
    r"what (?:has|have) the last \w+ (?:\w+ )?(?:been|looked) like|how (?:are|have) you (?:been|"
    r"finding)|which (?:part|bit) (?:of (?:it|that|this|all this) )?(?:hurts|weighs|worries you|"
    r"is (?:the )?(?:hardest|toughest|worst)))"
)
_QUESTION = re.compile(r"\?\s*$")


def stem(word: str) -> str:
    """A crude stem ("deadlines" and "deadline", "worried" and "worry", "manage", "managing" and
    "manager", "teaches" and "teacher" meet)."""
    w = word.replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return _base(_suffixed(w))


def _suffixed(w: str) -> str:
    for suf, rep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""),
                     ("ly", "")):
        if suf == "es" and not w[:-2].endswith(("s", "x", "z", "ch", "sh")):
            continue  # "deadlines" is "deadline" and an s, "boxes" is "box" and an es
        if len(w) > len(suf) + 3 and w.endswith(suf):
            # a plural of an -ing noun meets its singular ("mornings", "every morning")
            if suf == "s" and w.endswith("ings"):
                return _suffixed(w[:-1])
            out = w[: -len(suf)] + rep
            if suf == "ed" and out.endswith("e"):
                return out + "e"  # "agreed", "freed" meet "agree", "free"
            # "flagging", "stopped", "planned" meet "flag", "stop", "plan" ("missed" stays "miss")
            if suf in ("ing", "ed") and out[-1] == out[-2] and out[-1] not in "lsfzdaeiou":
                out = out[:-1]
            return out
    return w


def _base(w: str) -> str:
    """The doer and a silent e go: "manager" and "manage" meet "managing" ("manag"), "teacher"
    meets "teach"; short words keep theirs ("never", "better", "water")."""
    if len(w) >= 7 and w.endswith("er"):
        w = w[:-2]
    if len(w) >= 4 and w.endswith("e") and not w.endswith("ee"):
        w = w[:-1]
    return w


# A light verb carries content only with its particle: "I make every minute up" and "the time
# you make up" share "make_up"; "took most of my time" and "nobody took it off you" share nothing.
_LEMMA = {"took": "take", "taken": "take", "made": "make", "kept": "keep", "came": "come",
          "gave": "give", "caught": "catch", "picked": "pick", "put": "put", "got": "get"}
_PHRASAL = re.compile(r"\b(take|took|taken|make|made|put|keep|kept|come|came|give|gave|pick|"
                      r"picked|catch|caught|get|got)\s+(?:[a-z']+\s+){0,2}?(up|on|over|off|out|"
                      r"back|down)\b")


def content_stems(text: str) -> set[str]:
    """Stems of the words that carry content: no stop words, frames or light verbs (a light
    verb with its particle counts as one word)."""
    low = canonical(text)
    out = {stem(w) for w in words(low) if w not in STOPWORDS and w not in _FRAME and len(w) > 2}
    out |= {f"{_LEMMA.get(m.group(1), m.group(1))}_{m.group(2)}" for m in _PHRASAL.finditer(low)}
    return out


def echoed(manager_text: str, report_recent: str) -> set[str]:
    """The content stems of the manager's line the report had said in their recent turns."""
    return content_stems(manager_text) & content_stems(report_recent)


# what the manager says of what they heard, not a claim about them: "that makes sense",
# "that's a lot", "I get that"
OWN_COMMENT = re.compile(r"\b(?:that|it|which) (?:makes|made) (?:total |complete |perfect )?"
                         r"sense\b|\bthat(?:'s| is) (?:a lot|fair|understandable|hard|tough|"
                         r"rough)\b|\bi (?:get|understand|see) (?:that|it|why)\b")


def unsaid(manager_text: str, report_recent: str) -> set[str]:
    """Content words of the manager's claims about the report ("so you were stuck on the
    rota") that the report never said recently; named feelings are not content, and neither is
    the manager's own comment on what they heard ("that makes sense")."""
    said = content_stems(report_recent)
    mine = OWN_COMMENT.sub(" ", canonical(manager_text))
    claims = " ".join(s for s in sentences(mine) if CLAIM.search(canonical(s)))
    return {w for w in words(FEELING.sub(" ", canonical(claims))) if w not in STOPWORDS
            and w not in _FRAME and len(w) > 2 and stem(w) not in said} - {
        p.split("_")[0] for p in content_stems(claims) & said if "_" in p}


# "Ah sure, I get that.", "yeah i hear you": shows it was heard, not what was heard. Said alone
# it reflects nothing (the coder's firm rules make it `other`, as the labelled lines code it);
# beside more, the review quotes the sentence after it.
BARE_ACKNOWLEDGEMENT = re.compile(
    r"^(?:(?:ah|oh|yeah|yes|ok|okay|right|sure|mm|look|well|and)[,.!]? )*(?:i (?:get|hear|"
    r"understand|see) (?:that|you|it|where you're coming from)|that makes (?:total |complete )?"
    r"sense|fair enough)[.!]*$")


def tentative(text: str) -> bool:
    low = canonical(text)  # (in its written form: "im guessing", "it soonds like ye")
    return bool(TENTATIVE.search(low) or _QUESTION.search(low))


# "feel like" or "feel that" before a clause or a thing asks or says what someone thinks ("Do
# you feel like you have enough bandwidth?", "what makes the channel feel like the only
# option?"): no feeling named. "You feel like a scapegoat", "you felt left out" name one.
OPINION_FEEL = re.compile(
    r"\b(?:feel|feels|felt|feeling)\s+(?:like|that|as if|as though)\s+(?:you|we|i|they|he|she|it|"
    r"there|the|this|that|your|our|their|my|his|her)\b")


def names_feeling(text: str) -> bool:
    return bool(FEELING.search(OPINION_FEEL.sub(" ", normalise(text))))


def felt(report_recent: str) -> bool:
    return bool(REPORT_FEELING.search(normalise(report_recent)))


def discloses(report_text: str) -> bool:
    """A report line that tells something personal and hard about the speaker (used when no
    persona trace says so): a sentence naming family, health, home, money, grief, caring,
    sleep, burnout or a second job that is not a question, in a turn that speaks in the first
    person (or says "things outside work", "going on at home", which are the speaker's own)."""
    low_turn = normalise(report_text)
    mine = bool(_FIRST_PERSON.search(low_turn))
    for s in sentences(report_text):
        low = normalise(s)
        if low.endswith("?"):
            continue
        found = PERSONAL.search(low)
        if found and (mine or _LIFE.match(found.group(0))):
            return True
    return False


# A capitalised word inside a sentence: a person or a place ("When Jun's code breaks").
_NAME = re.compile(r"(?<![.!?:]\s)(?<!^)\b([A-Z][a-z]+)\b")


def topic_stems(report_text: str) -> set[str]:
    """What a disclosure was about: its personal words, or, when it names none, its content
    less work-generic words and the people it names (asking about Jun after "when Jun's code
    breaks it's my phone at 3am" moves on to Jun)."""
    names = {stem(n.lower()) for n in _NAME.findall(report_text)}
    return personal_stems(report_text) or {
        s for s in content_stems(report_text) if s not in {stem(w) for w in _WORK}} - names


def personal_stems(report_text: str) -> set[str]:
    """The stems of a disclosure's personal words ("dad", "stroke", "hospital")."""
    return {stem(w) for m in PERSONAL.finditer(normalise(report_text)) for w in words(m.group(0))
            if w not in STOPWORDS and w not in _FRAME and w not in _WORK and len(w) > 2}


def acknowledges(manager_text: str, disclosure: str) -> bool:
    """The manager's turn takes in what was disclosed, whatever else it does: sympathy or
    thanks for telling, naming what it is like or how they feel, flexibility, or the personal
    thing itself named ("How is your dad?")."""
    if ACKNOWLEDGES.search(canonical(manager_text)):
        return True
    mine = content_stems(manager_text)
    if personal_stems(disclosure):
        return bool(mine & personal_stems(disclosure))
    # a disclosure about work ("she'd put me forward for lead designer...") is taken in by a
    # turn about the same thing ("I can talk to Jo about the lead designer role"): two of its words
    return len(mine & topic_stems(disclosure)) >= 2


def invites(manager_text: str) -> bool:
    return bool(INVITES.search(canonical(manager_text)))


# the turn opens by giving them time: "Take your time. Out on the boat you learn the fog lifts
# when it lifts." (whatever saying follows, room is what it makes)
_WAITS_FIRST = re.compile(r"^(?:(?:okay|ok|right|mm+|hey|no|yeah|alright)[,.]?\s+)*(?:take your "
                          r"time|(?:there's |i'm in |i'm |we're in )?no (?:hurry|rush)|i can "
                          r"wait)\b")


def waits_first(manager_text: str) -> bool:
    """The turn opens by giving them time (``_WAITS_FIRST``)."""
    return bool(_WAITS_FIRST.match(canonical(manager_text).strip()))


# A guess at their feeling or meaning, offered for checking: "I wonder if you felt left out of
# that decision?", "Is it that the new role doesn't use what you're good at?", "Could it be
# you're worried about letting the team down?". Listening once the report confirms it.
GUESS_FRAME = re.compile(
    r"\b(?:i wonder(?:ing)? (?:if|whether)|i'm wondering (?:if|whether)|i'm guessing|my guess is|"
    # (said in full, as many second-language speakers do: "I am guessing it is hard to ...")
    r"i am guessing|i am wondering (?:if|whether)|"
    r"(?:let me|i'll|i'm going to) (?:take|have) a (?:stab|guess) at (?:where|how|what)|"
    r"if i (?:had|have) to guess|i'd guess|"
    r"i get the (?:sense|feeling|impression)|i sense|i imagine|could it be|is it (?:that|because|"
    r"partly|maybe)|would it be (?:fair|right) to say|am i right (?:that|in thinking)|"
    # "maybe you could be gentler" asks them to change: a request, no guess
    r"(?:maybe|perhaps) (?:you(?! (?:could|should|can|would|might|need|have to|must|ought|try|"
    r"just)\b)|it's|it was|that)|"
    # "How are you feeling today?" asks, it guesses nothing
    r"(?<!how )(?<!what )(?<!why )(?<!where )(?:are|were) you (?:feeling|worried|afraid|"
    r"scared|upset|frustrated|hurt|angry|annoyed|embarrassed|anxious|nervous)|"
    # "How do you feel the wireframes went?" asks for their view: an open question, no guess
    r"(?<!how )(?<!what )(?:do you feel|did you feel|did (?:it|that) (?:feel|make you feel)|"
    r"does (?:it|that) feel(?! (?:fair|right|okay|ok|good|doable|reasonable|workable|"
    r"achievable|realistic|manageable|like a plan)\b)))\b")
_ABOUT_THEM = re.compile(r"\b(?:you|your|yours|you're|you've|you'd|yourself)\b")
# a feeling of theirs the manager sees or hears, said as such: "you look very worried right now",
# "you seem a bit flat", "I can see you're angry", "i can hear you real vex"
SEEN_FEELING = re.compile(r"\b(?:you (?:look|looked|seem|seemed|sound|sounded)|i can (?:see|hear|"
                          r"tell|sense)(?: that| how)? you(?:'re| are| were)?)\b")
# The report's answer to a guess: the opening words say yes or no to it.
CONFIRMS = re.compile(
    r"^(?:(?:um|uh|mm+|hmm|well|honestly|i mean|ha|oh)[,.?!]?\s+)*(?:yes|yeah|yep|yup|yea|exactly|"
    r"that's (?:it|right|true|fair|exactly it|about right|part of it|closer)|something like that|"
    r"pretty much|kind of|sort of|a bit|a little|maybe,? yeah|i (?:guess|suppose|think) so|"
    r"spot on|bang on|definitely|totally|absolutely|more or less|you could say that|"
    r"i(?:t)? (?:do|does|did)|(?:ha|god),? yes|right|correct|true|probably|mostly)\b")
REJECTS = re.compile(
    r"^(?:(?:um|uh|mm+|hmm|well|honestly|i mean|oh)[,.?!]?\s+)*(?:no\b|nah\b|nope\b|not (?:really|"
    r"exactly|at all|quite|that)\b|that's not (?:it|what|really|quite)|i wouldn't say|"
    r"i don't think (?:so|that's)|hardly\b|it's not (?:that|about)|i don't feel)")


def guess_offered(manager_text: str) -> bool:
    """The turn offers a guess at the report's feeling or meaning for them to check."""
    low = canonical(manager_text)
    return bool(GUESS_FRAME.search(low) and _ABOUT_THEM.search(low))


# the terse check with its verb left out, at the end: "... when it breaks. That right?"
_TERSE_CHECK = re.compile(r"(?:^|[.!?]\s+)(?:so,? )?that (?:right|about right|close)\s*\?\s*$")


def hands_back(manager_text: str) -> bool:
    """A reading of them handed back for checking: something said of them, then a check of it at
    the end ("Sounds like it all ends up landing on you, and you're sick of it. Am I near?", "you
    look very worried right now maybe scared of what comes did i read that right or not")."""
    low = canonical(manager_text).strip()
    end = CHECKED_AT_END.search(low) or READING_CHECKED.search(low) or _TERSE_CHECK.search(low)
    if end is None:
        return False
    body = low[:end.start()].rstrip(" ,;-")
    said = sentences(body) or [body]
    return len(body.split()) >= _HANDED_BACK_WORDS and not said[-1].rstrip().endswith("?") \
        and bool(_ABOUT_THEM.search(said[-1]))


_HANDED_BACK_WORDS = 5  # a reading needs some words: "So. Is that right?" hands back nothing

# a sentence that offers a reading of them as the manager's impression: "It sounds like you're
# putting in a lot of hours", "so it sounds like the part that lights you up is ...", "I get the
# sense you ...", "What I'm hearing is ..."
_READING_OFFERED = re.compile(
    r"^(?:(?:so|and|okay|ok|right|well|mm+|hm+)[,.]?\s+)*(?:(?:it|that) )?(?:sounds|seems) (?:like|"
    r"as (?:if|though))\b|^(?:(?:so|and)[,]?\s+)?(?:i get the (?:sense|feeling|impression)|i sense|"
    r"what i'?m hearing|i'?m hearing|i wonder (?:if|whether))\b")


def offers_reading(manager_text: str) -> bool:
    """The turn offers a reading of them to be taken up or corrected: handed back with a check
    (``hands_back``), or a sentence about them said as the manager's impression
    (``_READING_OFFERED``)."""
    return hands_back(manager_text) or any(
        _READING_OFFERED.match(x.strip()) and _ABOUT_THEM.search(x)
        for x in sentences(canonical(manager_text)))


# An opening that asks back, pushes back or plays the guess down says it in their words
# without agreeing ("Flag everything?", "Actually the checkout work is fine").
_PUSHBACK = re.compile(
    r"^(?:but|actually|well,? actually)\b|\?|\b(?:never said|didn't say|not what|that's not|"
    r"isn't (?:that|about|it)|wrong|not the point|not true|i don't (?:think|feel|see|know)|"
    r"not because|nothing to do with|fine|okay|ok|under control|no problem|not a problem|"
    r"manageable)\b")
RESTATED_SHARE = 1 / 3  # of the guess's content words, feelings aside, as for a reflection


def restates(reply: str, guess: str) -> bool:
    """The reply's first sentence says the guess back in the report's own words, of
    themselves ("if I don't flag it, nobody does" after "so you feel it falls to you to flag
    everything"): a yes without the word."""
    first = canonical(next(iter(sentences(reply)), "")).strip()
    if not first or _PUSHBACK.search(first) or not _FIRST_PERSON.search(first):
        return False
    mine = content_stems(FEELING.sub(" ", canonical(guess)))
    shared = mine & content_stems(first)
    return bool(shared) and len(shared) >= RESTATED_SHARE * len(mine)


def answer_to_guess(reply: str, guess: str = "") -> bool | None:
    """True when the report's reply confirms a guess (``guess``, when given, may be confirmed
    by saying it back, ``restates``), False when it rejects it, None when it says neither (a
    "yeah, but no" rejects)."""
    low = canonical(reply).strip()
    if REJECTS.match(low) or re.match(r"^(?:yeah|yes),? (?:but )?no\b", low):
        return False
    return True if CONFIRMS.match(low) or (guess and restates(reply, guess)) else None
