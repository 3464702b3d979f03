"""Judgements strangers put in stock forms the learned heads never met beside "you" (issue 11,
L2): a mocking simile of how they stood there ("you gonna stand there like a traffic cone"), a
sarcastic title ("you're a real comedian", "oh here he is the barrack room lawyer"), a question
that talks down to them ("or do i have to draw you a picture", "Do you though?"), and others
held up as managing what they did not ("the other riders manage Westlands fine", "Jenna could do
it in two.", "my nephew does it and he is sixteen", "Even the night watchman comes on time.").
The firm rules of
:mod:`roleplay.scoring.settle` read them; the coder's features do not."""

from __future__ import annotations

import re

from roleplay.scoring._gate import gated
from roleplay.scoring._text import sentences, unquoted

# How they stood or sat there, likened to a thing ("you gonna stand there like a traffic cone",
# "standing there with your hands in your pocket like a tourist", "you were the one lowping
# about that yard ... like a lal lad on his holidays"). Only of them ("you" just before it; "from
# where you sit, 9:00 feels like a rule" is their view), and a thing, not a length of time ("the
# truck sat there for like an hour"); rushing about ("running around like a blue-arsed fly") is
# care for how busy they were, not this.
MOCK_SIMILE = re.compile(
    r"(?<!where )\byou(?:'re|re| are| were| was| gonna| going to| just)?(?: \w+){0,2}? "
    r"(?:stand|standing|stood|sit|sitting|sat|lowping|wandering|strolling|swanning|mooching|lounging|"
    r"loafing|hanging (?:about|around)|mooning about)\b[^.?!;]{0,60}?\blike (?:a|an|some) "
    r"(?!(?:hour|minute|second|bit|few|couple|week|day|half|quarter)\b)[\w-]+")
# A sarcastic title given them ("you're a real comedian", "You want to be a comedian?", "oh here
# he is the barrack room lawyer", "don't go all lone genius on us again", "well done sherlock",
# "yeah yeah youre a real hero"). "You're a real star" and "a real hero on Saturday" are often
# sincere, so hero and genius count only after a sneer's "yeah yeah" / "oh" / "wow".
SARCASTIC_TITLE = gated(re.compile(
    r"\byou(?:'re|re| are) (?:a |such a )?real (?:comedian|comic|joker|piece of work|clown)\b|"
    r"\b(?:you want|wanna|want) to be a (?:comedian|comic|clown|joker)\b|"
    r"\bbarrack[- ]room lawyer\b|\b(?:go|going|went) all lone (?:genius|wolf|ranger)\b|"
    r"\b(?:well done|nice one|cheers|thanks|alright|okay|ok),? (?:sherlock|einstein)\b|"
    # "Nice going, Einstein.", "great idea genius now the till is forty dollars short"
    r"\b(?:nice going|smooth move|great idea|good idea|brilliant idea|great job|nice work|great "
    r"work|well played),? (?:sherlock|einstein|genius|mastermind|bright spark|boy wonder|"
    r"hotshot)\b|"
    r"\b(?:yeah,? yeah|oh|wow|sure)(?:,? yeah)?,? (?:you're|youre|you are) (?:a |such a )?"
    r"(?:real |proper )?(?:hero|genius|saint|martyr)\b|"
    # their rank praised in mockery: "Very senior of you.", "how grown-up of you" (not "Very
    # thorough of you, thanks.", nor thanks beside it)
    r"(?:^|[.!?,] )(?:(?:oh|well|wow)[,]? )?(?:that'?s |how )?(?:very |so |real |really )?"
    r"(?:senior|grown[- ]up|leaderly|managerial|lead-like) of you[.!]*(?![^.?!]*\bthank)|"
    # a prize for the lapse: "In my mill you would get a prize, for the longest coffee break."
    r"\b(?:prize|award|medal|trophy|gold star),? for (?:the )?(?:longest|slowest|most|biggest|"
    r"fewest|least|latest|laziest|worst)\b"))
# A question that talks down to them: "so you know why youre here or do i have to draw you a
# picture", "You know why I call you, or I must explain also this?". "Or should I guess" asks for
# the account (the labels call it blame or nothing), and "I'll spell it out" explains.
TALKED_DOWN = gated(re.compile(
    r"\b(?:do|must|shall|should) i (?:have to |need to )?draw you a (?:picture|diagram|map)\b|"
    r"\b(?:or )?(?:i must|must i|do i have to|do i need to) explain (?:also )?(?:this|that|it)"
    r"(?: also| again| to you)?\s*\?"))
# ... and their claim doubted in two words as the turn opens ("Do you though?", "are you though
# because sophie ..."); later in the turn ("You say you're fine. Are you, though?") it may be care.
DOUBTED_OPENING = re.compile(
    r"^(?:(?:oh|ah|hm+|well|right|yeah|mm+)[,.]? )?(?:(?:are|do|did|have|were) you|is it),? "
    r"though\b")
# Others held up as managing what they did not, after their reason: "the other riders manage
# Westlands fine", "the other pickers same system also can make it", "Other nurses manage twelve
# patients", "the other lads get the same bus", "Jenna could do it in two.", "my nephew does it and
# he is sixteen", "Sandra ... But I'm sure Sandra just got lucky." The bare figures of other teams
# ("The other teams closed 45.") are an observation, not this.
_GROUP = (r"(?:riders|pickers|drivers|analysts|teams|coaches|chefs|cooks|nurses|carers|waiters|"
          r"cashiers|lads|girls|guys|shifts|agents|reps|operators|techs|technicians|crews|stores|"
          r"branches|sites|managers|leads|supervisors|engineers|planners|couriers|porters|cleaners|"
          r"pilots|teachers|stylists|servers|bartenders|builders|fitters|sparks|warehouses|"
          r"departments|depots|kitchens|students|trainees|juniors|apprentices|interns)")
OTHERS_MANAGE = re.compile(
    r"\b(?:the )?other (?:\w+ )?" + _GROUP + r"(?:,? (?:somehow|still|all|seem to|just|"
    r"manage to))?,? (?:manage|managed|cope|coped|can make it|could make it|get by|got by|"
    r"(?:get|got|have|had|use|used|work|worked|run|ran) (?:with )?(?:the )?same)\b|"
    r"\b(?:the )?other (?:\w+ )?" + _GROUP + r" (?:the )?same \w+(?: also| too)? (?:also |too |"
    r"still )?(?:can|could|manage|make)\b|"
    r"\beveryone else(?:'s| is| was| seems to be| seemed to be)? (?:gettin|getting|get|got|"
    r"manage|managed|manages|making it|made it) (?:here|in|it|to)\b|\beverybody else(?:'s| is| was|"
    r" seems to be| seemed to be)? (?:gettin|getting|get|got|manage|managed|manages|making it|"
    r"made it) (?:here|in|it|to)\b")
_NAMED = r"(?!(?:you|i|we|it|they|he|she|this|that|someone|anyone|nobody|everyone|one)\b)[^\W\d_]+"
COULD_DO_IT_IN = re.compile(
    r"(?:^|[.!?] )" + _NAMED + r" (?:could|would|can) (?:do|have done|'ve done|finish|have "
    r"finished) (?:it|that|this|them|the lot) in (?:half|one|two|three|four|five|a|an|\d+)\b|"
    r"\bmy (?:nephew|niece|son|daughter|kid|grandma|granny|nan|gran|mum|little brother|little "
    r"sister) (?:does|did|could do|can do) (?:it|that|this)\b(?=[^.?!]*\b(?:and (?:he|she)(?:'s| "
    r"is)|at) (?:only )?(?:\d+|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen))|"
    r"\bi'?m sure " + _NAMED + r" (?:just )?got lucky\b")

# A colleague who does the same thing and does it right ("Emre does the same deliveries on
# Tuesdays and his cold room is perfect.", "Balázs on first shift has the same machine, same
# sensor, zero rejects.", "Beatriz does the same syllabus, and her students love her"), who has
# been there as long or longer and never slipped ("Jase had that van for three years before you
# and never once left it open.", "Jimmy's been running that line since before you were born and
# he ain't never sent a bad truck", "kev did this job fifteen years and never once had a parent on
# facebook"), or never had one, "not one": the verdict is in the comparison.
_COLLEAGUE = (r"(?:^|[.!?,;] |\b(?:and|but|look|mate|just|well|see|hát)[,]? )(?!(?:you|i|we|it|"
              r"they|he|she|this|that|there|someone|anyone|nobody|everyone|everybody|one|the|a|an|"
              r"and|but|so|my|your|our|his|her|their|what|which|who|if|then|now|well|look|ok|okay|"
              r"yes|no|just|also|maybe)\b)[^\W\d_]+")
COLLEAGUE_OUTDID = gated(re.compile(
    _COLLEAGUE + r"(?: [\w']+){0,4}? (?:does|did|has|had|got|gets|runs|ran|works|worked|drives|"
    r"drove|covers|covered|teaches|taught|uses|used|handles|handled)(?: [\w']+){0,3}? (?:the )?"
    r"same (?:[\w'-]+,? ){0,5}?(?:and|but)?,? ?(?:[\w']+ ){0,2}?(?:his|her|he|she|zero|no|not|"
    r"never|always|still|nothing|none)\b|" +
    _COLLEAGUE + r"(?:'s| has| had| is| was)? (?:(?!you\b)[\w']+ ){0,8}?(?:than you|before you(?: "
    r"were born)?|as long as you)\b(?: [\w']+){0,3}? (?:and )?(?:(?:he|she|i|his \w+|her \w+) )?"
    r"(?:ain't |has |had |have |'s |is )?never\b|" +
    _COLLEAGUE + r" (?:did|has done|had|ran|has run|'s done|has been doing|was doing|has been "
    r"running|'s been running)(?: [\w']+){0,6}? (?:and|but) (?:(?:he|she) )?(?:ain't |has |had |"
    r"have )?never once\b|"
    r"\b(?:he|she) never (?:once )?(?:had|lost|sent|left|missed|made|dropped|broke)\b[^.?!]{0,30}?"
    r"\bnot one\b"))
# A stock jibe ("youre about as useful as a screen door on a submarine", "youd forget yer heid if
# it wasnae screwed on", "you already act like you own the place", "Sorry, am I boring you?",
# "Well, look who made it in.", "Don't make this face at me.", "smile eh its no a funeral",
# their work as a drunk or blind person's: "like a drunk person sewed them", "Is like somebody
# made it with the eyes closed."), their reasons waved off as the same tale ("Every Monday it is
# one story.").
STOCK_JIBE = gated(re.compile(
    r"\b(?:about |just )?as useful as a\b|\bforget (?:your|yer|ur) (?:head|heid)\b|\blike you own "
    r"the (?:place|building|joint|shop)\b|\bam i boring you\b|\blook who(?:'s)? made it\b|"
    r"\b(?:don'?t|stop) (?:make|making|pull|pulling) this face\b|\b(?:it'?s|its|is) no(?:t)? a "
    r"funeral\b|\blike (?:a |some )?(?:drunk|blind)(?: \w+)? (?:sewed|sewn|made|did|built|wrote|"
    r"packed|cut|painted|parked|stacked|wired|fitted|plated|cooked)\b|\blike (?:somebody|someone|"
    r"they) (?:made|did|built|wrote|packed|sewed|cut) (?:it|this|that|them) with (?:the|their|his|"
    r"her) eyes (?:closed|shut)\b|"
    # their reasons waved off as the same tale: "Every Monday it is one story.", "every time
    # there's another excuse"
    r"\bevery (?:monday|time|week|day|morning|shift|month) (?:it's|it is|there's|there is|you "
    r"have|you've got) (?:(?:one|another|a new|the same) (?:story|tale)|(?:an?|one|another|a "
    r"new|some|the same) (?:excuse|drama))\b|"
    # mock concern and stock put-downs: "is everything alright upstairs", "the lights are on and
    # nobodys home", "no fire in the belly", "too good for it", "an empty box ... who does that"
    r"\b(?:everything|all) (?:alright|all right|ok|okay) upstairs\b|\blights (?:are|is|were) on "
    r"(?:and|but) nobody'?s home\b|\bno fire in (?:the|your|yer|ya) belly\b|(?<!not )\btoo good "
    # (not a chance too good to miss: "this offer is too good for us to turn down")
    r"for (?:it|that|us|this|the job)\b(?! to\b)|\bwho (?:even )?does that(?=\s*[?!.]*\s*$)"))

# More stock sneers (the forty-second author's development lines and others): "That's cute.",
# "Love that for us.", "running on autopilot", "you've got the brains of a hay net", "Or is the
# stock system also too complicated?", "Or you don't know how works a telephone?", "lads like you
# are why we cant have nice things", "Cheer up, love.", "Dress for the job you want"
STOCK_SNEER = gated(re.compile(
    r"(?:^|[.!?,] )(?:(?:oh|aw+|well|yeah|ah)[,]? )?(?:that'?s|thats|how|so) cute\b|"
    r"\blove that for (?:us|me|you|the team)\b|\brunning on autopilot\b|"
    r"\b(?:you'?ve|you have|youve) got the brains of\b|"
    r"\bor (?:is|are) (?:the |your )?[\w ]{1,25}? (?:also |just )?too (?:complicated|hard|"
    r"difficult)(?: for you)?\s*\?|"
    r"\bor (?:you )?(?:don'?t|do not) know how (?:works )?(?:a |to use a |to use the )?\w+\s*\?|"
    r"\b(?:lads|people|guys|girls|folk) like you are (?:the reason|why)\b|"
    r"^cheer up,? (?:love|pet|darling|sweetheart|hen|mate)\b|\bdress for the job you want\b|"
    # their claim mocked: "all fine yeah sure thats why your camera was off at crit"
    r"\b(?:yeah|oh|ah)[,]? (?:sure|right)[,.]? (?:that'?s|thats|is that) why\b"))

# Their crew said to be always at fault: "your lot are always short somebody", "Your people are
# always slow on the dock", "your team always seems to get the hardest turbines" (not praise:
# "your lot are always on time", "your team always speaks well of you")
GROUP_ALWAYS = re.compile(
    r"\b(?:your|you) (?:lot|people|guys|crew|lads|mob|team|shift|department)(?: (?:in|on|at) the "
    r"[\w-]+)? (?:(?:are|is|were) )?(?:always|forever)\b(?! (?:(?:so |really |very )?(?:good|great|"
    r"helpful|reliable|on time|early|brilliant|amazing|there|ready|willing|first|ahead|keen|"
    r"polite|kind|careful|tidy|spot on|quick to help)|speaks?|says? (?:good|nice|great)|"
    r"deliver|help|ask(?:ing)? (?:for|after|about) you))")

# Nagging or picking on people said to be their habit, as British and Scots speech has it: "yer
# always at it hen every meeting you are at somebody", "you're forever at somebody", "you're at
# it again". Not hard work ("you're always at it, grafting, love to see it"), nor the manager
# ("I'm always at it").
ALWAYS_AT_IT = re.compile(
    r"\b(?:you're|youre|you are|yer|ye're|yere|ye are|ur)(?: \w+)? (?:always|aye|forever|"
    r"constantly|still) at it\b(?![^.?!]{0,30}\b(?:graft|grafting|working|work hard|love|great|"
    r"brilliant|fair play))|"
    r"\b(?:you're|youre|you are|yer|ye're|yere|ye are|ur) at it again\b|"
    r"\b(?:you're|youre|you are|yer|ye're|yere|ye are|ur)(?: (?:always|aye|forever|constantly|"
    r"still))? at (?:somebody|someone|everybody|everyone|people|folk)\b(?!'s)")

# A fault said to be always theirs, or their excuse always someone else: "Your tests are always
# behind.", "Your work always comes back.", "It is always someone else with you.", "Always it is
# the doctor, the family, the system. Never it is you.", "you're kind of always in a rush with
# it", "you're always making big drama of things". Not praise ("your work is always spot on"),
# the manager's door or phone, nor a turn that is theirs to take ("it's always someone else's
# turn" names no fault: "turn" is not in the list).
_ALWAYS_BAD = (r"(?:behind|late|wrong|short|missing|broken|slow|sloppy|messy|rushed|in a rush|"
               r"in a hurry|(?:comes?|coming) back|(?:goes?|going) wrong|jams?|breaks?|fails?|"
               r"making (?:a |big |a big )?(?:drama|fuss|excuses?|demands)|complaining|moaning|"
               r"whinging|blaming)")
ALWAYS_AT_FAULT = re.compile(
    r"\byour (?!door|phone|line)(?:[\w-]+ ){1,2}(?:is |are |was |were )?(?:always|forever|"
    r"constantly) " + _ALWAYS_BAD + r"\b|"
    r"\b(?:it is|it's|its|is) always (?:someone|somebody|something) else\b(?!'s turn)|"
    r"\bnever (?:it is|it's|is it) you\b|"
    r"\balways (?:someone|somebody) else (?:must|has to|should|to) (?:fix|sort|clean)\b|"
    r"\byou(?:'re| are|re)? (?:(?:kind of|sort of|just|so) )?(?:always|forever|constantly) "
    r"(?:in a rush|in a hurry|making (?:a |big |a big )?(?:drama|fuss|excuses|demands)|"
    r"complaining|moaning|whinging|blaming)\b")

# Their ability or their will doubted in a question: "is our system too complicated for you?",
# "Do you even care about this game, or is it just a paycheck for you?", "Do you even want to be
# in audit, Nikos?". Not when care or an offer is said beside it ("Is the new system too
# complicated for you? I can sit with you Friday."), nor a task that was hard to do ("Was it too
# hard for you to find the form?"), nor "too much" ("Is the workload too much?" asks in care;
# "Every. Cycle. Is this too much for you?" is sarcasm only by its context, and is left).
ABILITY_DOUBTED = re.compile(
    r"\b(?:is|are) (?:this|it|that|(?:the|our) [\w-]+(?: [\w-]+)?|everything)(?: all)? (?:too "
    r"(?:hard|complicated|difficult|complex|technical) for you|beyond you|over your head)"
    r"(?! to\b)[^.?!]*\?|"
    r"\bdo you even (?:want|care|like)\b[^.?!]*\?")
_CARE_BESIDE = re.compile(
    r"\b(?:we can|we could|i can|i could|happy to|let me|if you need|no shame|(?:that's|that is|"
    r"it's|it is) (?:okay|ok|fine|alright|normal)|right now|at the moment|with everything|no "
    r"pressure)\b")

# What they care about said to be no career, only a hobby ("A workshop is not a career. It is a
# hobby.", "Workshops are nice. Not a career.", "Photography is a hobby, not a career."); not a
# plain fact about a thing ("The workshop is not a course."), a career decision, or "my hobby"
INTEREST_BELITTLED = gated(re.compile(
    r"(?:\bnot|n't) a (?:career|real job|proper job|profession)(?:[.!,;]|$)|"
    r"\b[\w-]+(?:'s| is| are) (?:just |only |really |nothing but |"
    r"more (?:of )?|basically )?(?:a )?(?:hobby|hobbies|pastime)(?:[.!,;]|$)"))

# Someone held up as the least who still manage it: "Even the night watchman comes on time.",
# "Even my grandmother could have caught that bug.", "even the intern gets this right". Not the
# best slipping too ("even the best of us get it wrong", "even my manager couldn't see it"),
# which reassures.
EVEN_THEY = gated(re.compile(
    r"(?:^|[.!?,;] |\b(?:and|but|look|mate|honestly)[,]? )even (?:the|my|a|our|his|her|their) "
    r"(?!best\b|most\b|top\b|experts?\b|seniors?\b)(?:[\w'-]+ ){0,2}?(?:could(?!n't| not)|"
    r"can(?!'t| not)|comes?|came|does(?!n't)|did(?!n't)|manages?|managed|knows?|knew|"
    r"(?:turns?|turned|shows?|showed) up|(?:gets?|got) (?:[\w'-]+ ){1,2}right|"
    r"finish(?:es|ed)|remembers?|remembered|would(?:'ve| have) (?:caught|known|seen|done|"
    r"managed|spotted))\b"))

# A colleague who started with them and is already ahead ("kai came over from web same time as
# you and he know the whole checkout already", "minh anh join same time as you she already lead
# four people"), one with more to carry who still manages ("Youssef has two small children and
# one hour on the bus, and he logs in at 8:55. Every day."), or one never complained of ("Karim
# ... I have never once seen his name in a complaint.", "Rosa started in September and she's
# never had a complaint."). Not a colleague who had it as hard ("she found it hard too").
SAME_START_AHEAD = re.compile(
    r"\b(?:same time as you|when you did|the same (?:week|month|day) as you)\b[^.?!]{0,40}?"
    r"\b(?:he|she|they|hes|shes|he's|she's)\b(?: \w+){0,5}? already\b|"
    r"\b(?:same time as you|the same (?:week|month|day) as you)[.!] (?:he|she|they)(?:'s| is| has)?"
    r" already\b")
HARDER_AND_STILL = gated(re.compile(
    _COLLEAGUE + r" (?:has|had|got|with) (?:(?:two|three|four|five|small|young|little|\w+) ){0,2}"
    r"(?:kids|children|babies|toddlers?|baby|twins|an? (?:hour|two hours|ninety minutes|long "
    r"commute|[\w-]+ minute (?:drive|commute|bus|walk))|(?:one|two) hours?)\b[^.?!]{0,60}?,? "
    r"(?:and|but) (?:(?:he|she) )?(?:still )?(?:logs|clocks|comes|gets|is|arrives|turns up|"
    r"shows up|starts|makes it)\b"))
# A peer who had what they had and did better, with the count that shames ("Tomasz came to
# checkout the same month as you. Nine of your fourteen tickets came back from QA. Tomasz, one.
# One!", "the Crown on Bristol Road runs the same footfall as you and they were eleven quid out.
# Eleven.", "sandton was up on the same saturday same rain so explain that one to me", "Line seven
# is Shahana's line and her defect is two percent. Same operators, same machines."). The labelled
# lines code these a label. Searched over the whole turn: the sameness and the count may be in
# two sentences. Not "the same shift" of a plan ("you'll flag it to me the same shift"), a
# colleague who had it as hard, nor their own figures against the other shifts' with no peer
# named as theirs.
PEER_SAME = gated(re.compile(
    r"\bsame (?:[\w'-]+ ){0,2}?as (?:you|yours)\b|" +
    _COLLEAGUE + r"(?: [\w']+){0,3}? (?:runs|ran|has|had|does|did|was|were|is|got|gets|works|"
    r"worked|drives|drove)(?: (?:up|out|in|on|with))* the same [\w'-]+(?:,? same [\w'-]+)?|"
    r"(?:^|[.!?] )same [\w'-]+(?: [\w'-]+)?, same [\w'-]+[.!]"))
# ... and the count or the dare that makes it a verdict: "Tomasz, one.", "eleven quid out.
# Eleven.", "so explain that one to me"
_N = (r"(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
      r"twenty|thirty|forty|fifty|hundred)")
PEER_COUNT = re.compile(
    # a bare count said as its own fragment: "Tomasz, one.", "Eleven.", "One!"
    r"(?:^|[.!?] )(?:[\w']+, )?" + _N + r"[.!]|"
    # a count of a result: "eleven quid out", "two percent", "zero rejects", "three complaints"
    r"\b" + _N + r"(?: [\w']+){0,2}? (?:out|short|down|late|over|under|percent|per cent|"
    r"complaints?|rejects?|returns?|reopens?|errors?|mistakes?|defects?|faults?)\b|"
    r"\b(?:zero|not one|no) (?:complaints?|rejects?|returns?|reopens?|errors?|mistakes?|"
    r"defects?)\b|"
    # or a dare to account for it: "so explain that one to me"
    r"\bexplain (?:that|this)\b|\byou tell me\b|\bhow come\b|\bhow is (?:that|this) "
    r"possible\b")
_PEER_NOT = re.compile(r"\b(?:too|as well|also)\b[^.?!]{0,30}?\b(?:hard|tough|struggled|found it)|"
                       r"\b(?:found it|struggled)\b")


def peer_in_the_same_conditions(said: str) -> bool:
    """A peer named in the same conditions as them, then a count or a dare after it."""
    m = PEER_SAME.search(said)
    if m is None:
        return False
    return PEER_COUNT.search(said, m.start()) is not None and not _PEER_NOT.search(said)


NEVER_COMPLAINED_OF = gated(re.compile(
    r"\bnever (?:once )?(?:seen|heard|had|got|received) (?:his|her|their) name (?:in|on|come up "
    r"in) a (?:complaint|ticket|escalation)\b|"
    r"\b(?:he|she|hes|shes|he's|she's)(?: has| had|'s)? never (?:once )?had (?:a|one|a single) "
    r"(?:complaint|reopen|return|ticket|escalation)\b"))
# A verdict asked as a question or said flat: "Do you think this is how a lead behaves?", "This
# is not how a senior behaves.", "Do you believe the start time is for the others only?", "you
# think the rules are for other people".
HOW_A_ROLE_BEHAVES = gated(re.compile(
    r"\b(?:(?:this|that)(?: is|'s|s)(?: not| really)?|is (?:this|that)(?: really)?) how (?:a|an|"
    r"our|my) [\w-]+(?: [\w-]+)? (?:behaves|acts|should (?:behave|act))\b|"
    # (their belief, not what an act tells the team: "it tells the team the rules are for
    # everyone else" is its impact)
    r"\byou (?:\w+ ){0,2}?(?:think|believe|act as if|act like|behave like|seem to think)\b"
    r"[^.?!]{0,40}?\b(?:is|are) (?:only )?for (?:the )?(?:others|other people|everyone else|"
    r"everybody else)\b|"
    # "Did you even read it?" with its auxiliary dropped, as speech often has it: "you even read
    # the code before you push um", "You even tested it?" (not praise: "you even got a thank-you")
    r"(?:^|[.!?,] )(?:(?:and|so|like|but|man|mate)[,]? )?you even (?:read|check|checked|test|"
    r"tested|look|looked|open|opened|run|ran|try|tried|care|know|listen|think|bother)\b[^.?!]*"
    r"(?:\?|\bbefore you\b)"))

# What they did called out of order: "so yer reviews on anas pull request last week were well out
# of order", "The way you spoke to Ceri in the staffroom was bang out of order", "you were out of
# order" (the labelled lines code these a label). Not a thing broken ("the printer's out of
# order"), someone else's conduct, nor "weren't".
ACT_OUT_OF_ORDER = re.compile(
    r"\b(?:(?:your|yer|ur)\b(?! (?:own )?(?:printer|till|machine|lift|phone|laptop|computer|"
    r"screen|card|radio|van|car|locker|toilet|kettle|scanner|handheld|terminal|desk)s?\b)"
    r"[^.?!]{1,60}?|the way (?:you|ye)\b[^.?!]{1,60}?|what (?:you|ye) "
    r"(?:said|did|wrote|posted|sent)\b[^.?!]{0,40}?|(?:you|ye))(?:'s|'re| was| were| is| are| has "
    r"been| have been)(?: (?:well|bang|way|totally|completely|right|really|just|absolutely|so|a "
    r"bit|a wee bit|a little|proper|pretty|fairly|quite|being))* out of order\b")


# A verdict asked as a question, the task belittled or their role doubted ("How hard can it be to
# close a gate?", "Is it really that hard to turn up on time?", "is it so difficult to ring me",
# "What kind of manager lets that happen?", "what sort of professional sends that to a client").
# Not a real question about a hard thing ("Is it hard for you to get in with the new buses?",
# "What kind of manager do you want to be?", "what kind of person fits this team"), and not with
# care beside it (read by ``held_up_in_strangers_words`` with ``_CARE_BESIDE``).
_ROLE = (r"(?:person|manager|professional|adult|grown-up|grown man|grown woman|nurse|chef|cook|"
         r"driver|engineer|leader|lead|supervisor|teacher|colleague|employee|worker|analyst|"
         r"designer|developer|doctor|lawyer|accountant|mechanic|pilot|officer|technician|operator|"
         r"electrician|builder|waiter|carer|foreman|senior|team leader|shift lead|reporter|editor|"
         r"clerk|agent|rep|salesperson|trainer|coach)")
VERDICT_ASKED = gated(re.compile(
    r"\bhow (?:hard|difficult) (?:can|could) it (?:possibly |really )?be to\b|"
    r"\bis it (?:really |honestly |actually |seriously )?(?:so|that|that bloody|so bloody) "
    r"(?:hard|difficult|complicated) (?:for you )?to\b|"
    r"\bwhat (?:kind|sort|type) of (?:a |an )?" + _ROLE + r" (?:(?:just |even |actually )?(?!(?:is|"
    r"was|has|does|goes|fits|suits|gets|needs|wants|likes|makes|thinks)\b)(?:[a-z]+s|let's) "
    r"(?:that|this|those|it|them|something like that)\b(?! (?:team|role|job|kind|sort|type|work|"
    r"company|place|position)\b)|(?:doesn't|does not|didn't|did not|can't|cannot|won't|never) )"))
# Others held up as doing better than what they did ("Kids on work experience do better than
# this.", "My nan could do better than this.", "The new girl picked it up in a day."): a comparison
# that shames. Not the manager's own or the team's hope ("we can do better than this", "I know you
# can do better than that") nor a tip about anyone learning it ("most people pick it up in a week").
OTHERS_DID_BETTER = gated(re.compile(
    r"(?:^|[.!?,] |\b(?:and|but|honestly|mate|look)[,]? )(?!(?:i|we|you|i'm|we're|you're|we'll|"
    r"i'll|you'll|let's)\b)(?:[\w'-]+ ){1,4}?(?:could(?:'ve| have)?|can|would(?:'ve| have)?|do|"
    r"does|did)(?: (?:do|done))? (?:a )?better (?:job )?than (?:this|that|you)\b|"
    r"(?:^|[.!?,] |\b(?:and|but|honestly|mate|look)[,]? )(?!(?:i|we|you|most people|everyone|"
    r"everybody|people)\b)(?:the |my |our |a |that )?(?:[\w'-]+ ){0,2}?[\w'-]+ (?:picked it up|"
    r"learned it|learnt it|got the hang of it|had it down|nailed it) in (?:a|one|half a) (?:day|"
    r"morning|shift|afternoon|week)\b(?![^.?!]*\b(?:ask|show you|help you|learn from|pair|"
    r"shadow|talk to|sit with)\b)"))
# A colleague's success, then the same asked of them ("Sarah manages it every week, so why can't
# you?"): the comparison is the verdict.
WHY_NOT_YOU_TOO = re.compile(
    r"\b(?:manages?|managed|does|did|gets?|got|makes?|made|hits?|can|could|finish(?:es|ed)?)\b"
    r"[^.?!]{0,60}?,? (?:so )?(?:why|how come) (?:can't|cant|cannot|couldn't|don't|didn't|won't) "
    r"you\s*\??$")


# each form with the words it cannot match without, so most turns are passed over cheaply
_FORMS_AND_WORDS = (
    (MOCK_SIMILE, ("stand", "stood", "sit", "sat", "lowping", "wander", "stroll", "swann",
                   "mooch", "loung", "loaf", "hanging", "mooning")),
    (SARCASTIC_TITLE, (" real ", "of you", "comedian", "comic", "clown", "joker", "lawyer", "lone ",
                       "sherlock", "einstein", "prize", "award", "medal", "trophy", "gold star",
                       "hero", "genius", "saint", "martyr")),
    (TALKED_DOWN, ("draw you", "explain this", "explain that", "explain it", "explain also")),
    (OTHERS_MANAGE, ("manage", "cope", "same", "make it", "made it", "get by", "got by", "gettin",
                     "getting", "get here", "got here", "get in", "got in", "get it", "got it",
                     "get to", "got to", "making it")),
    (COULD_DO_IT_IN, ("it in", "that in", "this in", "them in", "lot in", "lucky", "does it",
                      "did it", "does that", "did that", "does this", "did this", "do it",
                      "do that", "do this")),
    (COLLEAGUE_OUTDID, ("same", "never")),
    (STOCK_JIBE, ("useful as", "forget ", "own the", "boring you", "made it", "this face",
                  "funeral", "drunk", "blind", "eyes ", "story", "excuse", "drama", "tale",
                  "upstairs", "lights", "fire in", "too good", "does that")),
    (EVEN_THEY, ("even ",)),
    (STOCK_SNEER, ("cute", "love that", "autopilot", "brains of", "too complicated", "too hard",
                   "too difficult", "know how", "like you are", "cheer up", "dress for",
                   "why")),
    (GROUP_ALWAYS, ("always", "forever")),
    (ALWAYS_AT_IT, (" at it", " at some", " at every", " at people", " at folk")),
    (ALWAYS_AT_FAULT, ("always", "forever", "constantly", "never")),
    (INTEREST_BELITTLED, ("career", "job", "profession", "hobb", "pastime")),
    (HARDER_AND_STILL, ("kids", "children", "bab", "toddler", "twins", "hour", "commute",
                        "minute")),
    (NEVER_COMPLAINED_OF, ("never",)),
    (HOW_A_ROLE_BEHAVES, ("how a", "how an", "how our", "how my", "for the other",
                          "for other", "for everyone else", "for everybody else", "you even")),
    (OTHERS_DID_BETTER, ("better than", "picked it up", "learned it", "learnt it", "hang of it",
                         "had it down", "nailed it")),
    (WHY_NOT_YOU_TOO, (" you",)),
)


def held_up_in_strangers_words(low: str) -> bool:
    """A sentence, outside quotes, says one of the forms above (or the turn opens on a doubt)."""
    said = unquoted(low)
    if DOUBTED_OPENING.match(said.strip()):
        return True
    if "already" in said and SAME_START_AHEAD.search(said):
        # (searched over the whole turn, not sentence by sentence as the forms below are: its
        # two halves may be two sentences, "... same month as you. She's already")
        return True
    if ("too " in said or "beyond you" in said or "over your head" in said or "even " in said) \
            and ABILITY_DOUBTED.search(said) and not _CARE_BESIDE.search(said):
        return True  # (the care that clears it may be in another sentence)
    if (" hard" in said or "difficult" in said or "complicated" in said or " of " in said) \
            and VERDICT_ASKED.search(said) and not _CARE_BESIDE.search(said):
        return True  # "How hard can it be to close a gate?" (not "..., we can look at it")
    if "same" in said and peer_in_the_same_conditions(said):
        return True  # (over the whole turn, like the start held against them above)
    forms = [rx for rx, needed in _FORMS_AND_WORDS if any(w in said for w in needed)]
    if not forms:
        return False
    return any(rx.search(s) for s in sentences(said) or [said] for rx in forms)


# A consequence said in the polite inverted condition ("Should this recur, we will need to consider
# formal steps.", "Should it happen again, I shall have no choice but to start the capability
# process."): the same threat as "if it happens again, ...", said as a lawyer says it.
POLITE_CONDITION = re.compile(
    r"(?:^|[.!?;:,] )should (?:this|that|it|the same|anything (?:like|of) this|there be (?:another|"
    r"a further|any (?:more|further)|a repeat)|you (?:fail|continue|again|choose|decide))\b"
    r"[^.?!]{0,60}?,? (?:we|i|the company|the firm|hr|management|the partners?|the business)"
    r"(?:'ll| will| would| may| might| shall| must)? (?:\w+ ){0,5}?(?:formal|disciplinary|further|"
    r"capability|performance management|written|final) (?:steps?|action|measures|process|"
    r"procedures?|stage|route|warning|review|hearing)\b")

# Their claim doubted in two words ("I understand." - "Do you? I hope so.", "i know how serious
# it is" - "do you cause you walked off that job at two oclock"): a jab at what they said they
# know, do or have done. Not "Did you? I'm sorry, I must have missed that." (taken back).
DOUBTED = re.compile(r"^(?:(?:oh|well|hm+|mm+)[,.]? )?(?:do|did|have) you(?:[.?!]+(?: |$)|,? "
                     r"(?:cause|because|coz|cos)\b)")
CLAIMED = re.compile(r"^(?:(?:yes|yeah|ok|okay|no|i mean|look)[,.]? )*i(?:'ve| have| do| did)? "
                     r"(?:really |totally |fully |honestly |do )?(?:know|understand|get it|"
                     r"hear you|care|finished|checked|double-checked|did)\b")
TAKEN_BACK = re.compile(r"\b(?:sorry|must have missed|my mistake|my bad|apologi[sz]e)\b")


# ... or their statement echoed as a question said flat, with a full stop, and nothing else ("The
# addresses were wrong." - "Were they.", "The October one was a subbing error." - "Was it."): the
# labelled lines code each a label. Asked ("Were they?") it may be a real question; after a
# question of theirs ("Is it Friday?" - "Is it.") it answers.
FLAT_DOUBT = re.compile(r"^(?:(?:oh|well|right|hm+|mm+|yeah)[,.]? )?(?:was|were|did|do|does|is|are|"
                        r"has|have|had) (?:it|they|you|he|she|that|there|we)(?: now| really)?\.$")


def claim_doubted(low: str, context: str | None) -> bool:
    """Their claim of knowing or doing, doubted at the start of the turn, or their statement
    doubted in a flat echo."""
    if context and FLAT_DOUBT.match(low.strip()) and not context.rstrip().endswith("?"):
        return True
    return bool(context) and DOUBTED.match(low) is not None and CLAIMED.match(
        (context or "").strip()) is not None and TAKEN_BACK.search(low) is None
