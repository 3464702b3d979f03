"""The pleasantries that open a 1:1, read once for the scorer and the persona alike.

A manager opens with a hello and a seat ("Hi Priya, come in, take a seat."), a greeting
question ("How are you doing today?", "How's it going, mate?") or small talk ("How is the
family?", "Good weekend?", "What's the craic?"). The scorer must not praise the greeting as a
question of substance nor take a hello for something told; the offline persona answers the
greeting and the small talk with their mood's line, not a line about the work. Both sides read
the same words, so the words live here, in the lowest layer both may import (persona must not
import scoring): one list of what each pleasantry may be, and the few ways the call sites need
it framed, each named for what it reads.

The patterns read lower-case text with straight apostrophes (the scorer's ``canonical`` text);
they are compiled case-insensitive so the persona may read the manager's text as typed.
"""

from __future__ import annotations

import re

# -- the greeting question ----------------------------------------------------------------------

# "How are you doing today?", "How's it going?", "How was your weekend, really?": the
# pleasantry that opens a 1:1 (not "How are you going to fix this?": it must end the sentence)
HOW_ARE_YOU = (
    r"(?:and |so )?(?:how are you(?: doing| keeping| getting on| going)?|how's it going|how have "
    r"you been|how are things|how was your (?:weekend|week|break|holiday))"
    r"(?: today| this week| these days)?(?:,? really)?")

# who it is said to: "How's it going, mate?", "How are you doing, folks?"
_ADDRESSED = r"(?:,? (?:mate|man|buddy|pal|love|bro|guys|folks|team|my friend))?"

# The greeting question on its own ("How are you doing today?"; the "?" may be missing)
GREETING_ALONE = re.compile(rf"^{HOW_ARE_YOU}{_ADDRESSED}\s*\??$", re.I)

# ...or after a name or two ("Gidday Daniel, how's it going mate?"): a question sentence
GREETING_AFTER_NAME = re.compile(
    rf"^(?:[\w']+[,!]? ){{0,3}}{HOW_ARE_YOU}{_ADDRESSED}\s*\?$", re.I)

# Said aloud with no punctuation: "hi sofia thanks for coming how are you doing" ends on it
SPOKEN_GREETING_END = re.compile(rf"\b{HOW_ARE_YOU}\s*$", re.I)

# -- small talk ---------------------------------------------------------------------------------

_BREAK = r"(?:weekend|holiday|break|trip|vacation)"

# "How is the family?", "Good weekend?", "How's the form?", "What's the craic?", "Did you catch
# the game last night?", "Keeping warm?": it asks about nothing in the conversation's business
SMALL_TALK = (
    r"(?:how(?:'s| is| are| was| were) (?:the|your) (?:family|kids|children|wife|husband|partner|"
    r"weekend|holiday|holidays|trip|break|time off|little one|baby|dog|new (?:house|flat|place)|"
    r"commute|evening|vacation|form|weather)(?: going| doing)?|how(?:'s| is) (?:life|tricks|the "
    rf"craic)|what's the craic|(?:did you have|had) a (?:good|nice|decent|good long|busy|quiet) "
    rf"{_BREAK}|(?:good|nice|busy|quiet|decent) {_BREAK}|any plans for the weekend|did you "
    r"(?:catch|see|watch) the (?:game|match|race|final)(?: last night| at the weekend)?|"
    r"(?:are )?you (?:keeping|staying) warm)")

# Small talk on its own ("And how is the family?"; the "?" may be missing)
SMALL_TALK_ALONE = re.compile(rf"^(?:and |so )?{SMALL_TALK}\s*\??$", re.I)

# ...or after a few words ("Alright Leanne, how's the form?", "Hannah, good morning. How is
# the family?" read sentence by sentence): a question sentence
SMALL_TALK_AFTER_NAME = re.compile(rf"^(?:[\w']+[,!.]? ){{0,4}}{SMALL_TALK}\s*\?$", re.I)

# -- the hello and the seat ---------------------------------------------------------------------

# The word that says hello: "Hi", "Morning", "Good afternoon", "Salam"
SALUTATION = (r"(?:hi|hey|hello|hiya|good morning|morning|good afternoon|afternoon|good evening|"
              r"evening|salam|salaam|"
              # hellos in other tongues a manager may greet in (sixty-first pass): "Bom dia
              # Leanne.", "Buorre beaivi, Priya.", "Prynhawn da Sofia."
              r"bom dia|boa tarde|bonjour|buenos d[ií]as|buenas tardes|hola|ciao|salut|hallo|"
              r"hej|moin|servus|g'day|howdy|jambo|habari|(?:xin )?ch[aà]o|namaste|shalom|kia ora|"
              r"bore da|prynhawn da|noswaith dda|buorre beaivi|buorre i[đd]it|marhaba|ahlan|"
              r"sawubona|konnichiwa|annyeong(?:haseyo)?|ni hao|sannu|dumela|mabuhay)")

# The welcome and the seat offered: "Welcome", "Thanks for coming in", "Come, come, sit." (not
# "Come on." or "Come here.")
WELCOME_WORDS = (r"(?:welcome|thanks for coming(?: in)?|thank you for coming(?: in)?|come in|"
                 r"come(?![\s,]+(?:on|here|back|off|up|out|over|to|at|with)\b)|sit down|sit|"
                 r"do sit|have a seat|take a seat|grab a seat|"
                 # "You are welcome, please sit.", "Please, have a seat." (sixty-first pass)
                 r"you are welcome|you're welcome|please(?:,)? (?:sit(?: down)?|come in|have a "
                 r"seat|take a seat|grab a seat))")

# A sentence that is nothing but hellos and welcomes, each maybe with who it is said to, after
# at most one word ("Hi Priya.", "Morning, Sam.", "Right, hi Sam, take a seat.", "Salam
# Yasmine, come, come, sit.", "Thanks for coming in."; not "Every morning." or "Busy morning.")
_ONE_WORD_BEFORE = r"(?:[a-z]+(?:[,.!][\s,.!]*|\s+(?!(?:morning|afternoon|evening)\b)))?"
HELLO_ONLY = re.compile(
    rf"^{_ONE_WORD_BEFORE}(?:(?:{SALUTATION}|{WELCOME_WORDS})\b(?:,? (?:[a-z]+|there|mate|all))?"
    r"[\s,.!]*)+$", re.I)

# The hello that opens a sentence ("Hi, can we talk?"), to be read past: the salutation only,
# and only as a word of its own
HELLO_START = re.compile(rf"^{SALUTATION}\b[,!]?\s*", re.I)


# "Cup of tea?", "Can I get you a coffee first?": something offered before the talk, declined
# politely before their mood's line, never a "No." that runs on into the work; and never a
# closed question to the scorer ("You want some water?", J41's Tbilisi supervisor)
HOSPITALITY = re.compile(
    r"^(?:(?:and|so|first|right|now)[,]?\s+)*(?:(?:(?:do )?you )?(?:want|fancy|need) (?:a |some |"
    r"anything )?|(?:can|could|shall) i (?:get|make|grab|pour) you (?:a |some |anything )?|"
    r"(?:would you )?like (?:a |some )?|(?:a |some )?)(?:quick |hot )?(?:cup of |glass of |mug "
    # ("Çay?", "Chai?": tea offered in Istanbul or Chennai; sixty-ninth pass)
    r"of )?(?:tea|coffee|cuppa|water|drink|brew|something to drink|biscuit|[cç]ay|chai|kahve)"
    r"(?:,? or (?:a )?"
    r"(?:coffee|tea|water))?(?: (?:first|before we start))?\s*\??$", re.I)
