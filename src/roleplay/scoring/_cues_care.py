"""Cues of what is not a judgement, whatever words a jab shares with it: care asked ("Is
everything okay with you?", "Can we start with how you are?"), a greeting, help the organisation
has, leave to keep things private, notice asked for softly, a form asked for by HR, the person
said not to be the point ("not because of who you are"). The firm rules of
:mod:`roleplay.scoring.settle` read them; the coder's features do not (the weights were trained
without them)."""

from __future__ import annotations

import re

from roleplay.domain.pleasantries import HELLO_ONLY
from roleplay.scoring._gate import gated

# The rubric's own principle said to them ("every review comment is about the code, not the
# person") names what to judge; it labels no one unless a judging word is pinned on them.
NOT_THE_PERSON = re.compile(r"(?:\b(?:that|it|this)(?:'s| is) (?:a|the) (?:\w+ ){0,2}\w+ )?"
                            r"\b(?:about|on|with|in) the (?:\w+ ){0,2}\w+,? not (?:with |about |"
                            r"on |in )?(?:the person|you|them|the people|yours)\b")

NOT_WHO_THEY_ARE = re.compile(r"\bnot (?:because of |about )?(?:who you are|you as a person|your "
                              r"character|your personality|the person you are)\b|"
                              # "again the work is the problem here not you"
                              r"\b(?:the|your) (?:work|behaviou?r|output|code|habit)s? (?:is|are) "
                              r"the (?:problem|issue|point)(?: here)?,? not you\b|"
                              r"\bthe (?:problem|issue) (?:here )?is the (?:\w+ )?(?:work|"
                              r"behaviou?r),? not you\b|\bit(?:'s| is) the (?:work|behaviou?r),? "
                              r"not you\b|"
                              # "The problem is what you did, Theo. Not the man."
                              r"\b(?:the (?:problem|issue) is|it's|it is) what you (?:did|do|"
                              r"said|wrote)\b[^?!]{0,20}?\bnot (?:the|you the|you as a) (?:man|"
                              r"woman|person|lad|lass|guy|bloke)\b")

# Leave to keep things private ("You do not need to tell me any details you prefer to keep
# private", "only as much as you're comfortable with"): room made for them, never a verdict.
PRIVACY_OFFERED = re.compile(
    r"\byou (?:do not|don't|dont|won't|will not|never) (?:need|have) to (?:tell|share|say|go into|"
    r"explain|give)\b|\bonly (?:what|as much as) you(?:'re| are)? (?:want|comfortable|happy)|"
    r"\byou (?:do not|don't|dont) owe (?:me|us|anyone|anybody) (?:the |any |an )?(?:details|"
    r"explanations?|story|reasons?)\b|"
    r"\bwhatever you(?:'re| are)? (?:comfortable|happy) (?:sharing|to share)|"
    # "If it is like this for you, I don't need the story, only what would make it lighter."
    r"\bi (?:don't|dont|do not) need (?:the|your) (?:whole |full )?(?:story|details),? (?:only|"
    r"just) (?:what|how)\b|"
    # "Whatever happens at home is yours to keep.", "that's all yours to tell or not"
    r"\b(?:is|are|that's|it's|that is|it is) (?:all |entirely )?yours to (?:keep|tell|share|"
    r"decide|say|choose|give)\b")

# Notice asked for, however softly: "could you try and let me know the night before if you're
# going to be late", "could you give me a heads up": asked of them, not a tip
NOTICE_ASKED = gated(re.compile(
    r"\bcould you (?:(?:maybe |just |please )?try (?:and|to) )?(?:let me know|tell me|message me|"
    r"text me|ping me) (?:the (?:night|day|evening) before|before|beforehand|in advance|earlier|"
    r"ahead|as soon as|if you(?:'re| are)? (?:going to|gonna) be)\b|\bcould you (?:(?:maybe |just "
    r")?try (?:and|to) )?give me a (?:heads[- ]up|shout|call) (?:before|if|when|the)\b|"
    # put as a plan: "if youre not going to make it you text me before eight"
    r"\bif you(?:'re| are|re)? not (?:going to|gonna) make it,? you (?:text|message|call|ring|"
    r"ping|tell) me\b|"
    # asked plainly: "just give me a heads-up the night before", "Next time, just let me know a
    # bit earlier if a date is slipping"
    # (not the hedged suggestion "maybe next time you could, kind of, let me know a little
    # earlier", which the labelled lines call advice)
    r"(?:^|[.!?;] |(?<!could )(?<!can )(?<!to )\bjust )(?:please )?(?:give me a (?:heads[- ]up|"
    r"shout|call)|let me know|tell me|"
    r"text me|message me|ping me) (?:a (?:bit|little) |much )?(?:earlier|sooner|the (?:night|day|"
    r"evening) before|beforehand|in advance|ahead)\b"))

# Someone with power asking about a form, a date or a record of theirs, not about them: "HR asked
# me about your leave dates." is a message passed on (a veiled threat asks about *you*: see
# THREAT's "HR are asking about you")
ADMIN_ASKED = re.compile(
    r"\b(?:hr|payroll|people team|finance|the office|admin)(?: team)?(?:'s| is| are| has| have)?"
    r"(?: been)? (?:asked|asking|emailed|chasing|needs?|wants?)(?: me)?(?: (?:about|for))? your "
    r"(?:\w+ )?(?:leave|holiday|annual leave|dates|address|pension|payslips?|bank details|"
    r"contract dates|training records?|timesheets?|expenses|forms?|paperwork|sick notes?|"
    r"fit notes?|right to work|certificate)\b")

# A condition that is about them, not against them: "if a different start time would help",
# "if the job needs to bend for a stretch",
# "if any of it's eating your mornings and you want to tell me", "if it helps": what follows is
# offered, so the "if" presses on no one (a menace turns on what they do: "if it happens again")
CARING_IF = re.compile(
    r"\bif\b[^.?!]{0,60}?\b(?:(?:would|could|might|will|does|do) (?:really )?help|helps|you "
    r"(?:want|would like|'d like|need|feel ready|are ready|'re ready) to (?:tell|talk|share|say)|"
    r"you (?:want|need) (?:anything|help|support|a hand))\b[^.?!,]*|"
    # the work bent to fit them: "if the job needs to shrink or bend for a stretch"
    r"\bif (?:the|your) (?:job|role|hours|rota|workload|load|plan) (?:needs? to|has to|should) "
    r"(?:shrink|bend|change|flex|give|move|adapt|be lighter)\b[^.?!,]*")

# Room in how the work is done, said to exist: "there's more wiggle room here than people think",
# "we have some flexibility on start times": an offer, whatever else the line shares with a
# veiled threat ("people think")
FLEX_OFFERED = re.compile(
    r"\b(?:more|some|plenty of|a lot of|lots of|a bit of|real) (?:wiggle room|flexibility|"
    r"leeway|room to move|give)\b(?! (?:in|on) (?:who|whether) (?:we|i) keep)")

# Candour owed to them: "I tell you honestly, because you deserve it", "you deserve a straight
# answer": respect, whatever "because you" shares with blame
CANDOUR_OWED = re.compile(
    r"\b(?:because|cause|cos|as) you deserve (?:it|that|this|honesty|to know|the truth|better than|"
    r"a straight|straight|no less)\b|\byou deserve (?:honesty|the truth|to know|a straight "
    r"(?:answer|talk|conversation)|to hear it (?:straight|from me))\b"
    # "I will be honest, because I think you would prefer that"
    r"|\b(?:because|as|since) (?:i (?:think|know|reckon|guess) )?you(?:'d| would) (?:prefer|rather "
    r"have|want) (?:that|it|honesty|the truth|it straight|straight talk)\b")

# Candour promised, or the manager's standing set aside before the message ("That doesn't change
# what I have to say, and I won't dress it up or give you a lecture either."): how the manager
# will speak, no pressure on them and no verdict.
CANDOUR_PROMISED = re.compile(
    r"\bi(?:'m| am)? (?:won't|will not|not going to|not gonna) (?:\w+ )?(?:dress (?:it|this|that) "
    r"up|sugar-?coat (?:it|this|that|anything)|beat (?:about|around) the bush|(?:give|read) you a "
    r"lecture|lecture you|preach)\b(?: or (?:give you a lecture|lecture you|sugar-?coat it|"
    r"dress it up))?(?: either)?|"
    r"\b(?:that|it|which) (?:doesn't|does not|won't|will not) change what i (?:have|need|want|'ve "
    r"got|got) to say\b")

# No agenda brought in: "I don't have a plan for you in my pocket", "there is no right answer
# I'm waiting for": the talk left open, not a future taken away
NO_AGENDA = re.compile(
    r"\bi (?:don't|do not|haven't|have not) (?:got |have )?(?:a|any) (?:plan|script|agenda|fixed "
    r"idea|set idea|answer)\b(?: for you)?(?= (?:in my|in mind|that|i'm|i am|up my)\b)|"
    r"\bthere(?:'s| is) no (?:right|wrong|correct) answer\b")

# Help the organisation has, offered: "HR can also look at reduced hours", "occupational health
# can support too" (HR as a lever says what happens to them, see THREAT)
HELP_OFFERED = re.compile(
    r"\b(?:hr|occupational health|people team|the council|the company|we)(?: team)? (?:can|could|"
    r"will|would|might)(?: also)? (?:look at|offer|arrange|help|support|set up|talk you through|"
    r"sort out|give you|find)\b[^.?!]{0,40}\b(?:leave|hours|week|flexib\w*|time off|counselling|"
    r"support|options|adjustments|phased return)")

# Help for them sought from a process by the manager, its purpose said: "I'll go to HR to ask what
# flexible options we have for you", "I'll talk to occupational health about what support there
# is for you" (the process is where the manager goes, the help is theirs)
HELP_SOUGHT_FOR_YOU = re.compile(
    r"\bi(?:'ll| will|'m going to| am going to| can)? (?:go (?:to|and (?:ask|see|talk to))|talk "
    r"to|speak (?:to|with)|ask|check with|write to|contact) (?:hr|human resources|the people team|"
    r"occupational health|payroll)\b[^.?!]{0,20}?\b(?:to (?:ask|see|find out|check)|about|and "
    r"(?:ask|see|find out))\b[^.?!]{0,50}?\b(?:options?|flexib\w*|support|help|adjustments?|"
    r"leave|room)\b[^.?!]{0,30}?\b(?:for|to|open to) you\b")

# A condition that names a lapse of theirs ("if you're late again", "if the lateness goes on"):
# what follows it is pressure, whatever help its words name
LAPSE_IF = re.compile(
    r"\bif\b[^.?!,]{0,60}?\b(?:again|keeps?|continues?|goes on|carr(?:y|ies) on|don't|doesn't|do "
    r"not|does not|won't|not|late(?:ness)?|miss\w*|fail\w*|slips?|mistakes?|errors?|absen\w+|"
    r"happens?|improves?|pattern)\b")

# What the manager once did for them, told now ("I went to the director three times to get you
# the pod lead role.", "I put my own name on the line for you.", "I went to bat for you"): a favour
# recited, guilt or a claim on them, and no help offered now
PAST_FAVOUR = re.compile(
    r"\bi (?:went to (?:bat for you|the \w+(?: \w+)? (?:\w+ times|twice|again and again)|see \w+ "
    r"for you)|fought (?:for you|to get you|for your)|stuck my neck out|put my (?:own )?"
    r"(?:name|neck|reputation|head) on the line|went out on a limb|bent over backwards|pulled "
    r"strings|vouched for you|got you (?:the|that|this|your) [\w-]+|covered for you)\b")

# A question about what something costs them ("And what is all that costing you personally?",
# "How has all this been affecting you?"): care asked about, not fault pinned on them
COST_TO_THEM_ASKED = re.compile(
    r"\b(?:what|how much)(?:'s| is| has)? (?:all )?(?:that|this|it)(?: been)? (?:costing|taking "
    r"out of|doing to|cost|taken out of|costed) you\b|\bhow (?:is|has|are) (?:all )?(?:that|this|"
    r"it|things)(?: been)? (?:affecting|affected|hitting|weighing on|landing (?:on|with)) you\b")

# Nothing but how they are, asked ("Is everything okay with you? You are sleeping well?",
# "Everything okay with you? You good?"): care,
# whatever words ("with you") a jab shares with it
WELLBEING_ASKED = re.compile(
    r"^(?:\w+,? )?(?:(?:is|are) (?:everything|things|all) (?:okay|ok|alright|all right|good|well|"
    r"fine)(?: with you| at home| for you)?|(?:everything|things|all)(?:'s| is| are)? (?:okay|ok|"
    r"alright|all right|good|well|fine)(?: with you| at home| for you)?(?= ?\?)|"
    # said without the verb: "Everything okay with you? You good?", "you doing alright?"
    r"you(?: doing| feeling)? (?:good|okay|ok|alright|all right)(?= ?\?)|"
    r"(?:are|is) you(?:r family)? (?:okay|ok|alright|all "
    r"right|sleeping(?: (?:well|ok|okay|alright))?|eating|coping|well|doing (?:okay|ok|alright))|"
    r"you are (?:okay|ok|sleeping(?: well)?|well)|how are you(?: doing| holding up| coping| "
    r"sleeping| feeling)?|how(?:'s| is) (?:everything|home|the family|life)(?: at home)?|"
    r"(?:and )?(?:the|your) (?:family|kids|children|wife|husband|partner|mum|mom|dad|baby|little "
    r"one)(?= ?\?))(?: (?:really|lately|these days|at the moment|right now))?\??$")

# A greeting and a seat offered before it ("Salam Yasmine, come, come, sit."): the hellos and
# welcomes the coder reads too (roleplay.domain.pleasantries)
WELCOME = HELLO_ONLY

# How they are, asked at the end of a sentence ("Can we start with how you are?", "So, how are
# you doing?"), not "that's just how you are"
CARE_ASKED = gated(re.compile(
    r"(?:^|[,.;:] |\b(?:start with|begin with|tell me|ask|know) )(?:so,? |and |first,? |but )?how "
    r"(?:are you|you are|are you doing|you're doing|are you feeling|you're feeling|have you been|"
    r"you've been|are things|things are)(?: doing| feeling| getting on| holding up| coping)?(?: "
    r"(?:today|lately|these days|at the moment|really|in yourself))?\s*\?$"))
