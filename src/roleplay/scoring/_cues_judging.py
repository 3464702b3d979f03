"""Cues of judgements that do not say "you are X": a verdict on the work, a dismissal of the
report's reasons, a rhetorical or mocking question, exasperation, an idiom for not trying.

Managers in their own words rarely label in the grammar of a label ("This is a disgrace.",
"Keep your excuses.", "What is so hard about filling in a form?"), and a coder that waits for
"you're lazy" praised such lines as plain information. These cues are features for the learned
heads, not decisions: "the rota is a mess" uses the same words about a thing, which is why the
verdict cue needs the report's work or conduct as its subject.
"""

from __future__ import annotations

import re

from roleplay.scoring._cues_feedback import any_of
from roleplay.scoring._gate import gated

# What a verdict is passed on: their work or conduct ("this work", "your last three drafts",
# "that", "the standard of your reports"), never a system, a client or the workload.
_WORK = (r"(?:work|report|reports|draft|drafts|code|effort|output|performance|standard|quality|"
         r"attitude|behaviou?r|conduct|presentation|pitch|email|emails|write-?up|analysis|"
         r"document|deck|proposal|job|follow-?up|handover|notes|slides|spreadsheet|shift|"
         r"service|response|excuse|excuses|promises?|word)")
_VERDICT = (r"(?:poor|sloppy|shoddy|lazy|careless|rubbish|garbage|a disgrace|disgraceful|"
            r"pathetic|awful|terrible|appalling|dreadful|shambolic|a shambles|a joke|a mess|"
            r"amateurish|amateur hour|unprofessional|not professional|not acceptable|"
            r"unacceptable|not good enough|not up to (?:scratch|standard|it)|substandard|"
            r"sub-par|second-rate|mediocre|embarrassing|an embarrassment|half-baked|"
            r"half-arsed|half-assed|a dog's dinner|a car crash|lousy|weak|worthless|"
            r"not worth (?:much|anything|the paper)|aren't worth|isn't worth)")
_FILL = r"(?: (?:really|just|frankly|honestly|simply|quite|pretty|very|so|a bit|still|not|" \
        r"exactly|anywhere near|nowhere near|been|being|always|totally|a))*"

VERDICT_ON_WORK = any_of(
    # "This work is not professional.", "That's a shoddy bit of work", "the standard of your
    # last three drafts has been poor", "your promises aren't worth much"
    rf"\b(?:this|that|your|the) (?:\w+ ){{0,3}}{_WORK}(?: \w+){{0,5}} (?:is|was|has been|"
    rf"have been|are|were|looks|seems|'s){_FILL} {_VERDICT}\b",
    rf"\b(?:this|that)(?:'s| is| was){_FILL} {_VERDICT}(?: \w+){{0,3}} (?:of )?(?:work|job|"
    rf"effort)\b",
    rf"^(?:and |but |so |honestly,? |frankly,? )?(?:this|that|it)(?:'s| is| was){_FILL} "
    rf"(?:a disgrace|disgraceful|pathetic|not good enough|amateur hour|a joke|shoddy|sloppy|"
    rf"rubbish|unacceptable|not acceptable|not professional|unprofessional|embarrassing)\b",
    # a verdict as a bare sentence: "Sloppy follow-up.", "Shoddy.", "Not good enough."
    r"(?:^|[.!?] )(?:sloppy|shoddy|lazy|careless|rubbish|pathetic|amateurish|half-baked|"
    r"not good enough|unacceptable|unprofessional|embarrassing)(?: \w+){0,2}[.!]",
    # their faults as nouns: "Your sloppiness cost us", "your laziness"
    r"\byour (?:sloppiness|laziness|carelessness|incompetence|negativity|arrogance|rudeness|"
    r"attitude problem|lack of (?:effort|care|focus|commitment|interest))\b",
)

DISMISSAL = gated(any_of(
    # the report's reasons waved away: "Keep your excuses.", "Stop whining.", "Spare me."
    r"\b(?:keep|save|spare me|enough of|no more|i don't want|i'm not interested in|i've heard"
    r" all|cut the) (?:your |the |these |those |all the |all your )?(?:excuses|sob stor(?:y|ies)"
    r"|stories|whinging|whining|moaning|drama|story)\b",
    r"\bstop (?:whining|whinging|moaning|complaining|making excuses|crying|sulking|"
    r"feeling sorry for yourself|playing the victim)\b",
    r"^(?:oh,? )?(?:spare me|give me a break|here we go(?: again)?|not this again|"
    r"boo hoo|cry me a river|poor you|poor thing)\b",
    r"\bdon't give me that\b", r"\bspare me the\b", r"\b(?:oh,? )?poor you\b",
    r"\bthat doesn't mean you get to\b", r"\bthat's no excuse\b",
    r"\byou always have (?:a|an|some) (?:story|excuse|reason)\b",
    r"\bit's always (?:something|someone else|somebody else)\b",
    r"\bdo the job first\b",
))

RHETORICAL = any_of(
    # questions that are verdicts: nobody is meant to answer them
    r"\bwhat(?:'s| is) so (?:hard|difficult|complicated) about\b",
    r"\bhow hard (?:can it|is it) (?:be|to)\b", r"\bis it (?:really )?too much to ask\b",
    r"\bdo you think (?:the rules|deadlines|this|it) (?:just )?(?:don't|doesn't) apply to you\b",
    r"\b(?:are|were) you (?:actually|even|ever) (?:reading|listening|trying|checking|looking|"
    r"thinking|here|awake|paying attention)\b",
    r"\b(?:did|do|have) you (?:even|actually|ever) (?:read|check|look|listen|try|bother|think|"
    r"open|test)\b",
    r"\bhow (?:is|was|are) (?:this|that|these) (?:rubbish|garbage|mess|nonsense|junk)\b",
    r"\bhow many times (?:do i|have i|must i|am i going to) (?:have to )?(?:tell|say|remind|"
    r"ask|explain|chase|cover)\b",
    r"\bdo you know how many times\b", r"\bwhy do i (?:always|constantly|keep) have to\b",
    r"\bwhy (?:is it )?(?:always|every time) you\b", r"\bwho do you think you are\b",
    r"\bwhat (?:exactly )?do you (?:even |actually )?do all day\b",
    r"\bwhat were you (?:even )?thinking\b",
    # a mocking echo of their own word: "Support? You want support?"
    r"^(\w+)\? you (?:want|need|think|call that|expect) (?:\w+ )?\1\b",
)

EXASPERATION = any_of(
    r"\bi don't (?:even )?know what you do all day\b",
    r"\blike talking to a (?:brick )?wall\b", r"\bi'm (?:sick|tired) of (?:it|this|your|you)\b",
    r"\bi've lost count\b", r"\bi'm (?:done|finished) (?:with you|with this|covering)\b",
    r"\bi don't (?:even )?know where to start\b", r"\bsince (?:march|forever|the dawn)\b.{0,20}"
    r"\bnext week\b", r"\byou keep saying\b",
)

# Idioms for not trying, pinned on the report: "You've been swinging the lead."
SLACKING = re.compile(
    r"\byou(?:'ve| have)?(?: been| were| are|'re)?(?: \w+)? (?:swinging the lead|skiving|"
    r"bunking off|dossing|taking the (?:piss|mickey|mick)|winging it|asleep at the wheel|"
    r"sleeping on the job|dragging your feet|phoning it in|coasting|slacking|cutting corners|"
    r"not bothering|hiding|ducking (?:it|out)|getting away with)\b|"
    r"\b(?:you|he|she) (?:couldn't|could not|can't|cannot) be bothered\b|"
    r"\byou not (?:bothering|trying|caring|listening)\b|\byou get to coast\b"
)

SARCASM_MORE = gated(any_of(
    r"\bbecause that (?:went|worked|turned out) (?:so|really|super) well\b",
    r"^(?:oh )?(?:great|fantastic|brilliant|wonderful|lovely|super)(?: job| work| stuff)?,? "
    r"really[.!]", r"\banother (?:missed|late|broken|failed) \w+[.!]? (?:fantastic|great|"
    r"brilliant|wonderful|lovely|marvellous|super)\b",
    r"\b(?:you|you're)\? (?:senior|a manager|a leader|promotion|ready)\?",
    r"\bafter the (?:year|month|quarter|week) you've had\b",
))

# Fault pinned on the report without the word "fault": "You made me look like a fool in front
# of the board.", "You knew exactly what you were doing.", "funny how it's never you".
FAULT = any_of(
    r"\bmade (?:me|us|the team|everyone) look (?:like )?(?:a |an |complete |total |right )*"
    r"(?:fool|idiot|clown|amateurs?|incompetent|stupid|bad|useless)\b",
    r"\byou knew (?:exactly|full well|perfectly well|very well) what you were doing\b",
    r"\byou think (?:i|we|nobody|no one) (?:don't|doesn't|didn't|won't|can't) (?:notice|see|"
    r"know|hear|spot)\b",
    r"\byou (?:gave|have given|had given) (?:me|us) your word\b.{0,40}\b(?:didn't|did not|"
    r"broke|haven't|never)\b",
    r"\b(?:this|that|it)(?: one)?(?:'s| is| was) (?:all |entirely |squarely )?(?:down to|on) you\b",
    r"\bwhose fault (?:is|was) (?:that|this|it)\b", r"\b(?:funny|strange|odd) how it's never"
    r" you\b", r"\bnever you\b", r"\bdon't look at (?:anyone|anybody|someone) else\b",
    r"\byou(?:'re| are| were)? the reason (?:why |that )?(?:we|the|this|it|they|she|he)\b",
    r"\bif you(?:'d| had) (?:just |only |actually |bothered to )?(?:\w+ )?(?:checked|listened|"
    r"asked|told|done|read|called|followed|tested|looked)\b",
    r"\bwe wouldn't be (?:here|in this mess|having this conversation|sitting here)\b",
    r"\byou (?:let|left|kept) (?:\w+ ){0,3}(?:waiting|hanging|in the lurch|high and dry|to clean"
    r" up)\b",
    r"\b(?:i'm|i am) (?:done|tired of|sick of) (?:covering|cleaning up|apologising) for you\b",
    r"\bbecause you (?:couldn't|didn't|wouldn't|never|can't) (?:be bothered|bother|check|"
    r"listen|follow|tell|call|ask)\b",
)

# A consequence for the person hung on a condition ("If it isn't, we will have to move to the
# formal stage", "if that's how you feel, there's the door"): the threat is in the consequence,
# so a plain conditional expectation ("if you can't make the review, message me") is not one.
CONSEQUENCE_IF = any_of(
    r"\b(?:if|unless|otherwise|or)\b[^.?!]{0,90}\b(?:(?:the |a )?formal (?:stage|matter|route|"
    r"step|process|warning|procedure)|take (?:it|this|things|matters) (?:further|higher|"
    r"upstairs)|no (?:option|choice) but|(?:there's|that's) the door|(?:be|get|being) (?:let go|"
    r"fired|sacked|replaced|moved off|taken off)|(?:your|the) (?:job|role|contract|position)"
    r" (?:is|will be|goes)|won't be (?:here|around|on (?:the|this) team)|look(?:ing)? for "
    r"(?:another|a new) (?:job|role))\b",
    r"\b(?:there's|that's) the door\b",
)

# Pressure said in a policy voice ("you should be aware that grievances of that nature are
# investigated thoroughly", "I will be placing a note on your file"), and doubt cast on whether
# the person can do the job at all ("reflect on whether you are in fact capable of working
# collaboratively"): a formal manager threatens and labels without the usual words.
PROCESS_PRESSURE = gated(any_of(
    r"\b(?:you should be aware|i must warn you|i would caution you|i should warn you|be aware that|"
    r"for the record)\b[^.?!]{0,90}\b(?:formal|grievances?|investigat\w*|disciplinary|procedure|"
    r"your (?:file|record)|consequences)\b",
    r"\b(?:a |the )?(?:note|letter|warning|record of this) (?:on|in|to) your (?:file|record)\b",
))
DOUBTS_CAPABILITY = any_of(
    r"\bwhether you(?:'re| are)? (?:in fact |actually |even |really |truly )?(?:capable|cut out|"
    r"suited|up to (?:it|the job|this))\b",
    r"\b(?:i'm not|i am not|i'm no longer|i am no longer) (?:sure|convinced|confident) (?:that )?"
    r"you(?:'re| are) (?:capable|cut out|suited|up to|the right (?:person|fit))\b",
)

# Judged against colleagues: "Everyone else manages to get here.", "Your teammates all managed it
# with the same system.", "Jenna could do it in two.", "Darren pulls his weight." The verdict is in
# the comparison, never in a judging word.
COMPARED = gated(any_of(
    r"\b(?:everyone|everybody|all the others|the others|the rest of (?:the team|them|us)|other "
    r"people|your (?:teammates|team-mates|colleagues|peers))(?: else)?(?: on (?:the|this|your) "
    r"(?:team|floor|shift|desk|line))? (?:all |still |somehow )?(?:manages?|managed|copes?|coped|"
    r"can|could|gets?|got|does|did|seems? to|handles?|handled|hits?|hit|makes?|made|solves?|"
    r"finish(?:es|ed)?|(?:is|are) (?:on|at|in|hitting|doing))\b",
    r"\b(?:everyone|everybody) else\b",
    r"\b(?:why can't|why couldn't|can't) you (?:be (?:more )?like|just do (?:what|as))\b",
    r"\bunlike (?:you|some people)\b",
    r"\b(?:could|can|would|did|does) (?:do |have done |finish |turn round )?(?:it|that|this|them|"
    r"the lot) in (?:half|two|three|\d+|a (?:day|morning|week|fraction))\b",
    r"\bpulls? (?:his|her|their) (?:own )?weight\b",
    r"\b(?:you(?:'re| are) )?the only one (?:who|that|on the team|in the team|here)\b",
    r"\b(?:even|only) the (?:new|junior|temp|trainee|work experience)\w*(?: \w+)? (?:can|could|"
    r"manages?|managed|gets?|got|knows?)\b",
))

# Appraisal said as a sneer, a whole sentence on its own: "Clever.", "How thoughtful.",
# "Interesting approach.", "Novel idea, I know.", "great talk". One list: the same verdicts
# sneer after a mocking echo of their word ("Guessing. Clever."), see ECHO_SNEER.
SNEER_VERDICTS = (r"very clever|clever|how thoughtful|how nice|how lovely|how kind|interesting "
                  r"approach|interesting choice|bold choice|bold move|novel idea|great talk|lovely "
                  r"chat|good chat|charming|fascinating|genius|big surprise|there's a surprise|"
                  r"some real genius|real genius")
SNEER = any_of(
    r"(?:^|[.!?] )(?:(?:oh|well|yeah|right|wow),? )?(?:" + SNEER_VERDICTS + r")(?: \w+){0,3}"
    r"[.!,]*(?: |$)",
    r"\bwhich was (?:nice|lovely|kind|good|thoughtful|big) of (?:him|her|them)\b",
    r"\b(?:could've|could have) fooled me\b", r"\bif you say so\b", r"\byeah,? right\b",
    r"\b(?:ok|okay),? sure[.!]*$", r"\bsure you (?:did|were|have|are|will)\b",
)

# What sneers straight after a mocking echo of their word ("Try. Right.", "Guessing.
# Brilliant.", "The bus. Course it was the bus."): the verdicts above, and the plain words of
# assent or praise that only sneer there. A skilled manager's echo invites more ("Stretched?
# Tell me more.").
ECHO_SNEER = re.compile(
    r"^(?:" + SNEER_VERDICTS + r"|right|sure|brilliant|lovely|great|wonderful|marvellous|"
    r"fantastic|interesting|nice|naturally|typical|classic|of course|course|ok sure|okay sure|"
    r"yeah right|yeah sure|really|seriously|wow|amazing|fine)\b")

JUDGING_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("verdict_on_work", VERDICT_ON_WORK), ("dismissal", DISMISSAL),
    ("rhetorical", RHETORICAL), ("exasperation", EXASPERATION), ("slacking", SLACKING),
    ("sarcasm_more", SARCASM_MORE), ("fault", FAULT), ("consequence_if", CONSEQUENCE_IF),
    ("process_pressure", PROCESS_PRESSURE), ("doubts_capability", DOUBTS_CAPABILITY),
    ("compared", COMPARED), ("sneer", SNEER),
)

# Cues whose words a reassurance can deny ("nobody's saying you've been coasting").
DENIABLE = frozenset({"verdict_on_work", "slacking", "fault", "compared"})
# The report's own verdict said back to them is a reflection, not the manager's judgement.
REPORTED_FRAME = re.compile(
    r"\b(?:you (?:feel|felt|think|thought|said|say|mean|reckon|believe|worry|fear|'re saying|"
    r"are saying|'re telling me|'re worried|'re afraid)|sounds like you|you've told me|"
    r"in your (?:words|view|eyes)|the way you see it|from where you(?:'re)? sit)\b"
)
