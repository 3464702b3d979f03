"""An explicit invitation to tell what is behind it, read once for the persona mind.

A skilled manager who has heard the report's hint, reflected it and asked, often invites the
hidden cause outright, as a condition and kindly: "If this feeling started somewhere, a meeting
or a moment when QA got pointed at, you can tell me, and it stays between us.", "if you were
told something about your next step that never happened i want to know what it was", "If
something outside work is taking your mornings or evenings, you don't need to give me details."
A report who is nearly ready tells it when so asked (``PersonaMind.observe(invited=...)``).

It is an invitation only when both halves are there: a condition that names where a cause might
lie (something that happened, was said or changed, a story behind it, something outside work)
and an opening to tell it (you can tell me, I want to hear it, you don't owe me the details, it
stays between us). Not one:

- a bare question ("Is everything okay at home?", "everything alright at home?");
- help offered ("If there's anything I can do, let me know.");
- a condition of the plan ("if it's at risk, tell me the same day", "if something slips, you
  tell me");
- "If there is something, you tell me." (it names nowhere a cause might lie).

The words read lower-case text with straight apostrophes; they are compiled case-insensitive so
the mind's caller may pass the manager's text as typed.
"""

from __future__ import annotations

import re

from roleplay.domain.pleasantries import (
    GREETING_AFTER_NAME,
    GREETING_ALONE,
    HELLO_ONLY,
    HELLO_START,
    SMALL_TALK_AFTER_NAME,
    SMALL_TALK_ALONE,
)

# The condition: "if something happened / was said / changed", "if there's a story behind it",
# "if something outside work is ...", "if this feeling started somewhere", "if you were told ...".
_IF = (r"\bif (?:there(?:'s| is| was| are)|theres|something|somethings|anything|this|that|"
       r"someone|somebody|anyone|anybody|you were|you've been|youve been|stuff|what's|whats|"
       r"part of)\b")
_WHERE = (
    r"(?:outside (?:of )?(?:work|here|these walls|the office)|at home|happened|was said|were told|"
    r"got (?:said|lost|pointed)|pointed at|started|changed|shifted|behind (?:it|this|that|the)|"
    r"story|earlier|before (?:the|this|that)|in the last|since (?:the|we|then|october|last)|"
    r"in the mix|sitting in your head|counting on|made you feel|left you feeling|"
    r"taking your|thinking|blamed|scapegoat|(?:been )?building(?: up)?|weighing on|"
    # "if there's more under it, the nights, the pager, ...": what lies under what they said
    r"(?:more )?(?:under|underneath|beneath) (?:it|this|that|all (?:of )?(?:it|this|that)))"
)
# The opening to tell: said after the condition, in the same turn.
_TELL = (
    r"(?:you can (?:tell|say|bring)|(?:you |please )?tell me\b(?! (?:the same day|before|by|or "
    r"the stand))|i(?:'?d| would)? (?:really |genuinely |just |truly )?(?:want|like|love|rather) "
    r"(?:to )?(?:know|hear)|i want to (?:know|hear)|"
    r"(?:don't|dont|do not) (?:need|have) to (?:give|tell) me|(?:don't|dont|do not) owe me|"
    r"stays? (?:between us|with me)|goes no further|(?:the|a) place to say|rather know)"
)
INVITES_THE_CAUSE = re.compile(rf"{_IF}[^.?!]*?{_WHERE}.*?{_TELL}", re.I | re.S)
# "If there's anything I can do, let me know." offers help; a condition of the plan ("if it's at
# risk", "if something slips") asks to be warned: neither invites the cause.
_NOT_A_CAUSE = re.compile(
    r"\bif (?:there's |there is |theres )?(?:anything|something) (?:else )?(?:i|we) can do\b|"
    r"\bif (?:it's|its|it is|a date is|something) (?:at risk|slips|slipping)\b", re.I)


def invites_the_cause(text: str) -> bool:
    """The manager's turn invites the report to tell what is behind it: a condition naming where
    a cause might lie, then an opening to tell it ("If something happened before that made you
    feel you need this protection, you can tell me, and it stays with me.")."""
    clean = text.replace("’", "'")
    match = INVITES_THE_CAUSE.search(clean)
    return match is not None and not _NOT_A_CAUSE.search(match.group(0))


# -- the opposite: a turn said only in passing (fifty-fifth pass) --------------------------------

# A meeting again with no day ("Let's talk again sometime in the new year.", "We'll catch up
# soon."): the talk put off, nothing asked (the persona's ``vague_again`` reads it too)
MEETING_WITH_NO_DAY = re.compile(
    r"\b(?:talk|speak|meet|catch up|check in|chat|touch base|sit down|pick (?:this|it|that) "
    r"(?:up|back up)|come back to (?:this|it|that)|revisit (?:this|it|that)|have another "
    r"(?:chat|talk|look))(?: again)?(?: (?:about|on) (?:it|this|that))?,? (?:(?:some ?time|"
    r"at some point|soon|one of these days|later(?: on)?|down the line|another time|when we "
    r"can|when things calm down)\b|(?:some ?time |at some point )?(?:in |during )?(?:the )?"
    r"(?:next|new|coming) (?:month|year|quarter|few weeks)\b|in (?:a|the) (?:few|couple of|"
    r"coming) (?:weeks|months)\b|in the new year\b)|"
    # "We see how it goes.", "Let's see how the next sprint goes.": the follow-up left open,
    # a close with no day (sixty-first pass)
    # (recogniser text: "right well see how it goes", "lets see how it goes"; sixty-ninth pass)
    r"^(?:(?:so|and|okay|ok|right|good|great|perfect|fine|alright|then)[,.!]?\s+)*(?:we(?:'ll| "
    r"will| can| shall)?|well|let'?s|let us) (?:just )?see how (?:(?:it|things|that|this|"
    r"everything) |(?:the )?next (?:\w+ ){0,2}|the (?:\w+ ){1,2})(?:goes|go|works out|work out|"
    r"pans out|lands)\b", re.I)
_DAY_NAMED = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next week|"
                        r"\d{1,2}(?:st|nd|rd|th)?\b|(?:january|february|march|april|may|june|"
                        r"july|august|september|october|november|december) \d)", re.I)
# Thanks, and a word of assent, in the voices managers use: one list for the turn said only in
# passing here and for the report's goodbye to bare thanks (``persona.offline``)
THANKS_WORDS = (r"(?:thanks|thank you|cheers|ta|"
                # (sixty-fifth pass: "Okay. Cảm ơn, Nadia.", "Asante sana, Priya.")
                r"c[aả]m [oơ]n|asante(?: sana)?|obrigad[oa]|gracias|merci|danke|grazie|diolch|"
                r"takk|tack|giitu|go raibh maith agat|"
                # (sixty-ninth pass: "Cheers Leanne, chur.", "Kolay gelsin, Hannah.", "Nandri
                # Priya.")
                r"chur|kolay gelsin|sa[gğ] ?ol|te[sş]ekk[uü]rler|nandri|nanri|dankie|ngiyabonga|"
                r"enkosi|"
                # ("Jërëjëf Leanne.", "good onya daniel"; seventy-sixth pass)
                r"j[eë]r[eë]j[eë]f|jerejef|good on ?(?:ya|you)|"
                # ("bayarlalaa priya": Mongolian; eightieth pass)
                r"bayarlal?aa|"
                # ("Takk fyri, Theo.": Faroese; "gamsahamnida priya": Korean; eighty-sixth pass)
                r"takk fyri|[gk]amsahamnida|gomawo(?:yo)?)")
# (each word read one way only, "good man" never also "good" and a name, "sweet as" never
# "sweet" and a name: a run of them split both ways took time doubling with every word)
ASSENT_WORDS = (r"(?:okay|ok|right|alright|great|sure|lovely|cool|perfect|brilliant|super|"
                r"excellent|fab|awesome|smashing|ace|grand|sound|champion|nice one|wonderful|"
                r"vale|bueno|no worries|good (?:woman|man|lad|girl)\b|"
                r"good(?! (?:woman|man|lad|girl)\b)|"
                # ("Sharp, Daniel.", "Sweet as.", "Choice.", "Tamam."; sixty-ninth pass)
                r"sharp|shot|lekker|choice|sweet as\b|sweet(?! as\b)|tamam|"
                # ("Listo, Sofia.", "Tidy.", "Righto."; eightieth pass)
                r"listo|dale|tidy|righto)")
# A goodbye at the door in the voices managers use ("Diolch Theo. Ta-ra.", "Ba beneen yoon.",
# "Hẹn gặp lại.", seventy-sixth pass; "Cheers Leanne, hooroo.", "Gracias. Chao.", "bayartai",
# eightieth pass): a closing offer here, and said with thanks a goodbye (``persona.offline``)
GOODBYE_WORDS = (r"(?:ta-?ra|hwyl(?: fawr)?|ba beneen yoon|h[eẹ]n g[aặ]p l[aạ]i|hooroo|"
                 r"chao|chau|adi[oó]s|hasta (?:luego|pronto|ma[nñ]ana)|nos vemos|bayartai|"
                 # ("Farvæl.", "cuídate", "annyeong" said after the thanks; eighty-sixth pass)
                 r"farv[æa]e?l|cu[ií]date|take care|annyeong(?:hi (?:gaseyo|gyeseyo))?)")
# A word of assent or thanks on its own ("Okay.", "Right, thanks."), or a word that only fills
# ("So.", "Well.", "Fine." - not assent at the door: "Fine, thanks." answers "How are you?")
_FILLER = re.compile(rf"^(?:(?:{ASSENT_WORDS}|{THANKS_WORDS}|fine|so|well|anyway)[\s,.!]*)+"
                     r"(?:,? [a-z]+[.!]*)?$", re.I)  # (with who it is said to: "Obrigado, Priya.")
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
# Hellos in voices ``pleasantries.SALUTATION`` does not hold yet ("Vanakkam Priya.", "Merhaba
# Hannah.", "Gamarjoba Priya.", "Nanga def Awa?" said as a hello): read here as "hi" for the mind
# and the persona only. SALUTATION is the coder's too, so these wait for the coder's owner
# (seventy-sixth pass); once they are there, this goes.
_HELLO_NOT_YET_SHARED = re.compile(
    r"^(?:vanakkam|namaskaram|namaskar|merhaba|selam|gamarjoba|nanga def|na nga def|"
    r"(?:as-?|a)?salaa?mu? ?(?:alaikum|aleikum|alaykum|aleekum|maalekum)|sat sri akal|"
    r"shwmae|su'?mae|kumusta|talofa|bula|mingalaba|sawasdee|selamat (?:pagi|siang|sore)|"
    r"privet|zdravo|szia|ahoj|tere|labas|molo|hujambo|habari yako|sain (?:baina )?uu|"
    # ("Chào chị Nadia.": the Vietnamese hello with the word for who it is said to)
    r"(?:xin )?ch[aà]o (?:ch[iị]|anh|em|b[aạ]n|c[oô]|ch[uú])|g'?day)\b", re.I)
# ("Alright Hannah?": a Cardiff hello with their name, not assent; eightieth pass)
_ALRIGHT_AND_A_NAME = re.compile(r"^alright,? ([a-z]+)\s*\?$", re.I)
# ...and the seat offered in words the coder's list does not hold yet ("Sit yourself down,
# love.", "Pull up a chair."), read as "sit" (eightieth pass)
_SEAT_NOT_YET_SHARED = re.compile(r"^(?:sit yourself down|pull up a (?:chair|pew|seat)|grab a "
                                  r"pew|park yourself(?: down)?)\b", re.I)
_NAME_AFTER = re.compile(r"^[a-z]+,\s*", re.I)
_ASKS_MORE = re.compile(r"\b(?:what|why|how|when|where|which|who|anything|help|need)\b", re.I)


# A closing offer or courtesy (fifty-ninth pass): "Let me know if you need anything.", "My
# door's always open.", "You know where I am if you need me.", "Shout if you need owt.", "Sorry
# again.", "Thanks for your time.", "I'll let you go." It offers nothing in particular and asks
# nothing: the talk is being closed, not opened.
_NEED = (r"(?:need|want) (?:me|anything|something|owt|a hand|help|to (?:chat|talk))"
         r"(?: (?:at all|else))?")
_ASK_ME = (r"(?:just )?(?:let me know|shout|give me a shout|ping me|hit me up|holler|grab me|"
           r"come (?:and )?(?:see|find) me)")
_DOOR = r"my (?:\w+ )?door(?:'s| is) (?:always )?open(?: for you)?"
_WHERE_I_AM = r"you know where (?:i am|to find me)"
_CLOSINGS = "|".join((
    rf"{_ASK_ME}(?: (?:if|whenever|when) you (?:ever )?{_NEED})?",
    rf"(?:if|whenever) you (?:ever )?{_NEED},? (?:{_ASK_ME}|{_WHERE_I_AM}|{_DOOR})",
    rf"{_WHERE_I_AM}(?: if you (?:ever )?{_NEED})?",
    rf"{_DOOR}(?: if you (?:ever )?{_NEED})?",
    rf"(?:anything|something) (?:at all|else),? (?:{_ASK_ME}|{_WHERE_I_AM})",
    r"sorry again(?: for [^.!?]*)?",
    r"thanks? (?:you )?(?:again )?for (?:your time|the time|coming(?: in)?|today|sitting down|"
    # ("Hi Sofia, thanks for making the time.": a courtesy at the door; sixty-ninth pass)
    r"listening|(?:making|finding|taking) (?:the |some )?time)",
    r"i'll let you (?:go|get on|get back to it)",
    # well-wishing at the door (sixty-first pass): "Take care of your father.", "Look after
    # yourself."
    r"(?:take care|look after yourself)(?: of (?:yourself|your [a-z]+))?",
    # ("Mind yourself.", "Mind how you go.": the same at an Irish or British door)
    r"mind (?:yourself|how you go)",
    # ("Kolay gelsin.", "Hoşça kal.": the same at a Turkish door; sixty-ninth pass)
    r"kolay gelsin|ho[sş][cç]a kal|g[uü]le g[uü]le",
    # ("Ta-ra.", "Hẹn gặp lại.", "Chao.": a goodbye at a Welsh, Hanoi or Bogotá door)
    GOODBYE_WORDS,
    # the talk ended by the manager: "Go.", "You can go.", "That's all."
    r"(?:(?:you can|you may|off you) )?go(?: now)?",
    r"that's (?:all|everything|it) (?:for (?:today|now)|from me)",
))
CLOSING_OFFER = re.compile(
    r"^(?:(?:and|so|well|okay|ok|right|anyway|look|but|hey|honestly|seriously)[,.]?\s+)*"
    rf"(?:{_CLOSINGS})(?:(?:,| and) (?:{_CLOSINGS}))*"
    r"(?:,? (?:okay|ok|alright|right|yeah|you know that|you know|you betcha|mate|love|hun|pal))*"
    r"(?:, [a-z]+)?[\s,.!?]*$", re.I)


def only_in_passing(text: str) -> bool:
    """The turn is said only in passing: a hello or a greeting question ("Hi there, how are
    you?"), small talk, the talk put off to a meeting with no day ("Okay. Let's talk again
    sometime in the new year."), or a closing offer ("Let me know if you need anything, sorry
    again."), with nothing else but a word of assent. It asks nothing of
    what is behind it, so a report who is nearly ready does not let it slip, nor tell it, on
    such a turn (``PersonaMind.observe(in_passing=...)``)."""
    clean = " ".join(text.replace("’", "'").split())
    if not clean or _DAY_NAMED.search(clean):
        return False
    passing = False
    for sentence in (s.strip() for s in _SENTENCE.findall(clean)):
        sentence = _ALRIGHT_AND_A_NAME.sub(r"hi \1.", _SEAT_NOT_YET_SHARED.sub(
            "sit", _HELLO_NOT_YET_SHARED.sub("hi", sentence, count=1), count=1))
        if not sentence or _FILLER.match(sentence):
            continue
        again = MEETING_WITH_NO_DAY.search(sentence)
        # (a courtesy after a hello and a name: "Hi Sofia, thanks for making the time.")
        after_hello = _NAME_AFTER.sub("", HELLO_START.sub("", sentence, count=1), count=1) \
            if HELLO_START.match(sentence) else sentence
        if (HELLO_ONLY.match(sentence) or GREETING_ALONE.match(sentence)
                or CLOSING_OFFER.match(after_hello)
                or GREETING_AFTER_NAME.match(sentence) or SMALL_TALK_ALONE.match(sentence)
                or SMALL_TALK_AFTER_NAME.match(sentence)
                # (the meeting may be asked, "Maybe we can chat again some time next month?",
                # but nothing else: "..., what would help before then?")
                or (again is not None and not _ASKS_MORE.search(
                    sentence[:again.start()] + sentence[again.end():]))):
            passing = True
            continue
        return False
    return passing


# -- the floor given to them (eighty-sixth pass) -------------------------------------------------

# A silence said aloud: "mm", "go on", "no rush", "take your time there is no hurry", or typed
# ("...") (one run of such words, with a name or a word of assent; recogniser text has no stops)
_SILENCE_WORDS = (r"(?:m{2,}|m+hm+|hm+|uh[- ]?huh|go on|carry on|keep going|i'?m listening|"
                  r"i'?m all ears|(?:there(?:'s| is) )?no (?:rush|hurry|pressure)|"
                  r"take (?:your|all the|as much) time(?: you need| you like)?|in your own time|"
                  r"whenever you'?re ready|we(?:'ve| have) (?:got )?(?:time|plenty of time|all the "
                  r"time we need)|and then|and|\.\.\.|…)")
SILENCE_ALOUD = re.compile(
    # (each word read one way only, atomic: "mmmm" as "mm" twice, or "no rush" read by two of
    # the words, took time doubling with every word; eighty-ninth pass)
    rf"^(?:(?:yeah|yes|okay|ok|right|sure|so|well)[\s,.!]+)?(?:(?>{_SILENCE_WORDS}(?!\w))[\s,.!?…]*)+"
    r"(?:,\s*[a-z]+[\s.!?…]*)?$", re.I)
# ...and said with words that only keep it open, once one of those is in it: a filler, who it
# is said to, "I'll wait", "khong sao", "I'm not going to fill the silence", the tea still hot
# ("take your time man no rush", "take your time i wait here khong sao", "um take your time no
# hurry at all the chai is still hot", "Take your time. I'm no going to fill the silence, even
# though ..."; eighty-ninth pass: each got a line of their mood about the work, or thanks for
# noticing)
_KEEPS_IT_OPEN = (r"(?:um+|uh+|er+|at all|man|mate|love|pet|pal|buddy|honestly|really|kh[oô]ng "
                  r"sao|no worries|no problem|(?:it's|its|that's|thats) (?:okay|ok|fine|alright)|"
                  r"i(?:'ll| will|'m| am| can)? wait(?:ing)?(?: here)?|(?:please )?take the time "
                  r"(?:you need|you like)|(?:the )?(?:tea|coffee|chai|brew)(?:'s| is) "
                  r"still (?:hot|warm)|i(?:'m| am) (?:not|no) going to (?:fill|break) (?:the|this) "
                  r"silence\b[^?]*|there(?:'s| is) no(?:thing| agenda(?: item)?| meeting) after "
                  r"this(?: one)?)")
_SILENCE_KEPT_OPEN = re.compile(
    rf"^(?:(?:yeah|yes|okay|ok|right|sure|so|well)[\s,.!]+)?(?:(?>(?:{_SILENCE_WORDS}|"
    rf"{_KEEPS_IT_OPEN})(?!\w))[\s,.!?…]*)+(?:,\s*[a-z]+[\s.!?…]*)?$", re.I)
_SILENCE_CORE = re.compile(r"\b(?:no (?:rush|hurry|pressure)|take (?:your|all the|as much|the) "
                           r"time|in your own time|whenever you'?re ready|go on|carry on|keep "
                           r"going|"
                           # ("Con calma.", "Tranquilo.", "Bistarai.", "Pole pole.": the same in
                           # other voices)
                           r"(?:con )?calma|tranquil[oa]|bistarai|pole pole|pelan(?: pelan)?|"
                           r"despacio)\b", re.I)


# ...or opened with one, then a word of the manager's own that asks and wants nothing of them:
# "Take your time. Twenty years on the water taught me how to wait.", "Take your time. I have
# the whole hour, and no other meeting after.", "take your time lee anne no rush i have all
# afternoon" (eighty-ninth pass: each got a line of their mood about the work, "Do you want me
# to just hand my notice in?" among them). Not "take your time with the tests", "no rush on the
# report, friday is fine", "Take your time, but I want the tests by Friday".
_SILENCE_FIRST = re.compile(
    rf"^(?:(?:yeah|yes|okay|ok|right|sure|so|well|um+|uh+|and)[\s,.!]+)*"
    rf"(?:(?!(?:dont|don't|not|never|no)\b)[a-z]+[\s,.!]+)?"
    rf"(?:{_SILENCE_CORE.pattern})(?: you need| you like)?(?:[\s,.!]+(?:{_SILENCE_CORE.pattern})"
    rf"(?: you need| you like)?)*(?P<aside>[\s,.!;…]+.*)?$", re.I)
_ASIDE_GOES_ON = re.compile(r"^[\s,.!;…]*(?:with|on|over|about|to|for|and then|before|until|till|"
                            r"while|in|but|though|because|so that|if|and)\b", re.I)
_ASKS_OR_WANTS = re.compile(r"\?|\b(?:you|your|yours|yourself|want|need|expect|must|have to|has "
                            r"to|should|ought|by (?:monday|tuesday|wednesday|thursday|friday|"
                            r"tomorrow|the end)|deadline|tests?|fix|ticket|serious|"
                            r"can(?:'t|not) go on|not ok(?:ay)?|unacceptable|problem)\b", re.I)


def silence_aloud(text: str) -> bool:
    """The turn is only a silence said aloud ("mm", "no rush", "take your time man no rush",
    "take your time i wait here khong sao"), or one with a word of the manager's own after it
    that asks and wants nothing ("Take your time. I've nowhere to be till four.")."""
    clean = " ".join(text.replace("\u2019", "'").split())
    if SILENCE_ALOUD.match(clean) or (_SILENCE_KEPT_OPEN.match(clean)
                                      and _SILENCE_CORE.search(clean)):
        return True
    first = _SILENCE_FIRST.match(clean)
    aside = first.group("aside") if first is not None else None
    return first is not None and (aside is None or (
        not _ASIDE_GOES_ON.match(aside) and not _ASKS_OR_WANTS.search(aside)))


# A door opened to say more, with nothing asked: "Tell me as much or as little as you like.",
# "I'd want to know about it.", "Only if you want to."
DOOR_OPENED = re.compile(
    r"\bas much or as little\b|\bas much as you (?:want|like|wish)\b|\bonly if you want to\b|"
    r"\b(?:i'?d|i would) (?:really |genuinely )?(?:want|like|love) to (?:know|hear) (?:about )?"
    r"(?:it|that|more)\b|\bi(?:'m| am) (?:here|listening)(?: if| whenever| when)\b", re.I)


def gives_the_floor(text: str) -> bool:
    """The turn hands them the floor and asks for nothing but more of their own: a silence
    said aloud ("mm", "go on", "no rush") or a door opened ("And if there's more under it, I'd
    want to know about it. Tell me as much or as little as you like."). A report fills it with
    more of what they were saying, never as if accused, nor by handing the floor back ("Right.
    Go on then."), nor with a plan."""
    clean = " ".join(text.replace("\u2019", "'").split())
    if not clean:
        return False
    return bool(silence_aloud(clean) or DOOR_OPENED.search(clean) or invites_the_cause(clean))


# -- praise that only sets up a fault (fifty-ninth pass) ----------------------------------------

# The fault said after praise with no "but", its predicate left out or put in a few words:
# "Your work's good. How you treat people isn't.", "The code is fine. The attitude is not.",
# "Delivery, great. Teamwork, not so much.", "The numbers are fine, the way you get them is
# another story."
_ELLIPTICAL_FAULT = re.compile(
    r"\b(?:\w+(?:n't| not))\s*(?:[,.;!]|$)|"
    r"\b(?:not so much|less so|not quite|not so good|not so great|not at all|not really|nowhere "
    r"near|far from it)\s*(?:[,.;!]|$)|"
    r"\b(?:is|'s|are|was|were) (?:another|a different) (?:story|matter|thing|kettle of fish)\b|"
    r"\b(?:is|'s|are) (?:the problem|where it falls down|what worries me|what needs work|letting "
    r"you down)\b|\bneeds? (?:some )?work\s*(?:[,.;!]|$)", re.I)
# the praise before it: a warm word of their work ("good", "fine", "great", "first-rate")
_PRAISED = re.compile(
    r"(?<!\bnot )(?<!n't )(?<!\bnot so )\b(?:good|great|fine|excellent|brilliant|impressive|"
    r"outstanding|amazing|fantastic|superb|solid|strong|spot on|top notch|sound|decent|"
    r"first[- ]rate|faultless|well done|nice|lovely|terrific|top|stellar|class)\b", re.I)
# the clauses: sentences, or a comma before a new subject ("..., how you treat people isn't")
_FAULT_CLAUSE = re.compile(r"(?<=[.!?;])\s+|,\s+(?=(?:but\s+)?(?:the|your|how|what|when|"
                           r"where|his|her|their)\b)", re.I)
_LONE_ASSENT = re.compile(r"^(?:good|great|fine|nice|lovely|okay|ok|right)\W*$", re.I)


def praise_then_fault(text: str) -> bool:
    """The turn praises, then names what is wrong with no "but": a later sentence or clause
    whose predicate is a bare negation or a stock turn ("Your work's good. How you treat
    people isn't."), with no praise in it. The praise is only the fault's set-up: the report
    hears the fault, not the praise. A word of assent first ("Good. It isn't ...") is no
    praise."""
    said = text.replace("\u2019", "'")
    parts = [p for p in _FAULT_CLAUSE.split(said) if p and p.strip()]
    for i, part in enumerate(parts[:-1]):
        if not _PRAISED.search(part) or _ELLIPTICAL_FAULT.search(part) \
                or _LONE_ASSENT.match(part.strip()):
            continue
        return any(_ELLIPTICAL_FAULT.search(later) and not _PRAISED.search(later)
                   for later in parts[i + 1:])
    return False
