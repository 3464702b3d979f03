"""Cues of the plan as a coach reads it: what the manager takes on themselves (support), what
they ask the report to send back (a follow-up, never support), open questions about the next
step, and turns that only give the report time (never softening).

Used by the firm rules over a coded turn (``roleplay.scoring.settle``), never by the
coder's features, so changing them needs no retraining.
"""

from __future__ import annotations

import re

from roleplay.scoring._cues_feedback import DAY, any_of
from roleplay.scoring._gate import gated
from roleplay.scoring._text import canonical

# The manager takes something on for the report: raising it with someone, talking to a third
# party, taking it somewhere, chasing, sorting, finding out. "I'll raise it with ops this
# week", "I'll talk to Sam about the rota", "let me take that to the board".
# (a whole word: "they still ask me" is no recogniser's "ill ask")
# (a day before a bare "I" is a future in the present tense, as many speakers put it: "This
# week I talk with mobile's manager", "Tomorrow I speak to HR")
_ME = (r"\b(?:i'll|ill|i will|i'm going to|i am going to|i can|i could|let me|"
       r"leave (?:it|that|this|the \w+) with me,? (?:and )?(?:i'll)?|"
       r"(?:(?:this (?:week|afternoon|evening)|tomorrow|today|tonight|next week|"
       # (a bare day opens it; "by wednesday i ..." and "from monday i ..." date something else)
       r"(?<!by )(?<!from )(?<!until )(?:on )?(?:mon|tues|wednes|thurs|fri)day|"
       r"(?:from|on) my (?:side|end)|my (?:part|bit)(?: is)?|for my part|"
       # (the day it is done by: "from my side before friday i go and find out ...")
       r"before (?:the end of )?(?:this |next )?(?:(?:mon|tues|wednes|thurs|fri)day|the weekend|"
       r"the end of the week|tomorrow)),?:? ){1,2}"
       r"i)")
_OTHER = r"(?!you\b|yourself\b)(?:\w+(?: \w+)?)"  # someone or something that is not the report
MANAGER_ACTS = gated(any_of(
    _ME + r" (?:\w+ )?(?:raise|flag|escalate|take|bring) (?:it|that|this|the \w+(?: \w+)?) "
    r"(?:up )?(?:with|to) " + _OTHER,
    _ME + r" (?:\w+ )?(?:talk|speak|have a word|have a chat|check|sit down|sit) (?:to|with) "
    + _OTHER + r"\b",
    # the first step the manager takes: "I'll start by talking to HR this week"
    _ME + r" (?:start|begin) by (?:talking|speaking|having a word|checking) (?:to|with) " + _OTHER
    + r"\b",
    # (not "I'll be clear about it": how the manager talks)
    _ME + r" (?:(?!be\b)\w+ (?:and )?)?(?:chase|push back on|push for|make the case|fight for|"
    r"put in a word|sort (?:out )?(?:the|it|that|this)|look into|find out|ask (?!you\b)\w+|"
    r"get (?:you|the|a|some|someone)|free up|clear|block out|arrange|book you|set up time|"
    r"go to|lobby|"
    r"dig (?:out|up) (?:whatever|what|the|anything|any)|get (?!you\b)\w+ to (?:sit|pair|work|walk|"
    r"go through|help) with you)\b",
    r"\bleave (?:it|that|this|the \w+(?: \w+)?) with me\b",
    # the manager's part with a condition inside it: "from my side if there is something about a
    # lead role that needs an answer from above i go and get it this week"
    # (a clause may end at its "and": "... i go")
    r"\b(?:from|on) my (?:side|end),? if\b[^.?!]{0,100}?\bi(?:'ll| will)? (?:go\b|get|find out|"
    r"ask|chase|check|raise|take)\b",
    # the manager's part named as a job: "my job this week is finding out from the head of
    # analytics whether ..."
    r"\bmy (?:job|part|bit|task)(?: this week| for now| next| now)? is (?:to )?(?:find(?:ing)? "
    r"out|ask(?:ing)? (?!you\b)|talk(?:ing)? to|speak(?:ing)? (?:to|with)|check(?:ing)? with|"
    r"sort(?:ing)? out|chas(?:e|ing))",
    # taking load off them, making an introduction, finding something out for them
    r"(?:" + _ME + r"|let's|let us) (?:\w+ )?(?:take|move|lift|pull|swap|switch) (?:you|them) "
    r"(?:fully |completely |right |totally |entirely )?off\b",
    _ME + r" (?:\w+ )?take (?:the |some of the |some |that |your )?(?:\w+ ){0,2}off you\b",
    _ME + r" (?:\w+ )?set up (?:a |an |some )?(?:coffee|chat|call|meeting|intro|introduction|"
    r"time|session|catch-up)\b",
    # a standing meeting set up between them and others ("I will set up a weekly QA and mobile
    # sync with Leo's manager"); one with the report alone is a follow-up
    _ME + r" (?:\w+ )?set up (?:a |an )?(?:[\w'-]+ ){0,4}?(?:sync|stand-?up|forum|channel|"
    r"rota|process) (?:with|between|for) (?!you\b)",
    _ME + r" (?:\w+ )?get (?:[\w']+ ){1,5}(?:written down|sorted|fixed|corrected|on record)\b",
    r"\b(?:come|get) back to you (?:with|on|by)\b",
    # what the manager will find out for them and bring back: "my part this week i look at what
    # the reorg did to your role ... and i bring you a straight answer"
    _ME + r" (?:\w+ )?look (?:at|into) (?:what|how|whether|why|where) (?!you\b|you'\w+\b)",
    _ME + r" (?:\w+ )?(?:bring|give|get) you (?:back )?(?:a|an|the|some) (?:\w+ )?(?:answer|"
    r"answers|update|options|proposal)\b",
    # someone else taking their load, as the manager has arranged: "from today Marcus picks up
    # the support rota instead of you"
    r"\b(?!you\b)\w+ (?:picks up|takes over|covers|will pick up|will take over|will cover|is "
    r"picking up|is taking over|is covering) (?:the |your )?(?:[\w-]+ ){0,2}(?:rota|pager|on-call|"
    r"cover|shifts?|queue|calls|tickets|backlog|duty|duties)\b[^.?!;]{0,30}?\b(?:instead of you|"
    r"from you|off you|for you)\b",
    # ... or put as their relief: "So you come off the support rota for three weeks, Marcus covers
    # it from Monday" (a duty lifted, not the work itself taken away)
    r"\byou(?:'ll| will| can)? come off (?:the |your )?(?:[\w-]+ )?(?:rota|pager|on-call|cover|"
    r"duty|duties|night shifts|weekend shifts)\b",
    # something got for them: "I'll sort out a test laptop for you by Wednesday"
    _ME + r" (?:\w+ )?(?:sort|order|get|find|book|arrange|organi[sz]e|line up|set up|sort out)"
    r"\b[^.?!;]{0,40}\bfor you\b",
    r"\b(?:i'll|i will|i can|and i|i) sit (?:down )?with you (?:on|to|and|for|this|next)\b",
    # the two of them at it together: "this week you and me sit down and work out who else
    # learns the indexer"
    r"\b(?:you and (?:me|i)|me and you|the two of us)(?: will| can| could|'ll)? (?:sit "
    r"(?:down )?|get together |go through it )(?:together )?(?:and|to|on|this|next)\b",
    # others brought in to share their load: "I'll get Jun and Beatriz onto the indexer rota so
    # you're not alone on the pager"
    _ME + r" (?:\w+ )?(?:get|put|add|bring|move|pull in|rope in) (?:[\w']+ ){1,5}?(?:onto|on|into|"
    r"in on) (?:the |your |that )?(?:[\w-]+ ){0,2}(?:rota|pager|on-call|cover|shift|shifts|queue|"
    r"calls|project|work|backlog)\b[^.?!;]{0,40}\bso (?:that )?(?:you|it's not|it isn't)\b",
    # their manager beside them when they face it: "if you want me in the room when you speak
    # with Leo, I come", "I can come with you to see Leo"
    r"\bif you (?:want|'d like|would like|need) me (?:in the room|in your corner|there with you|"
    r"with you|to come "
    r"(?:with you|along))\b",
    r"\b(?:i'll|i will|i can|i could|let me) (?:come (?:with you|along)|be "
    r"(?:in the room|there with you|with you) when)\b",
    # others trained to share it: "I'll get Jun and Beatriz trained on the indexer"
    _ME + r" (?:\w+ )?get (?!you\b)(?:[\w']+ ){1,4}?(?:trained|up to speed|shadowing|onboarded) "
    r"(?:on|in|up on|with)\b",
))
# A formal process named as the manager's next move is pressure, not support ("I'll take
# this to HR"), unless what is asked is something for the report ("ask HR what the rules are").
PROCESS = re.compile(r"\b(?:hr|human resources|disciplinary|formal|warning|pip|performance "
                     r"(?:plan|process|improvement)|your (?:file|record)|upstairs)\b")
# Room made in their hours: "a later start on Mondays", "shorter shifts for a month", "a later
# Monday start or a shift swap for a while"
ROOM_IN_HOURS = (r"(?:(?:later|earlier|flexible|shorter|different|part-time|reduced)"
                 r"(?: (?:mon|tues|wednes|thurs|fri|satur|sun)day)? (?:start|finish|hours|shifts?|"
                 r"days?|pattern|rota)|(?:shift|rota) swaps?)")
FOR_THEM = re.compile(r"\b(?:options?|flexib\w*|leave|support|help|allow\w*|entitle\w*|rules?|"
                      r"policy|what (?:we|they) can|paths?|routes?|progression|career|"
                      r"opportunit\w+|" + ROOM_IN_HOURS + r"|"
                      # a start or finish asked about as its hour ("ask HR about a 9:30
                      # start", "a 4pm finish")
                      r"(?:a|the) \d{1,2}(?:[:.]\d\d)?(?: ?(?:am|pm|o'clock))? (?:start|finish)|"
                      # ("go to HR about shift times, a later Monday start maybe")
                      r"(?:shift|start|finish) times?|(?:a|the) (?:later|earlier) (?:\w+ )?"
                      r"(?:start|finish)|"
                      # their hours or load taken to HR by the manager ("I'll start by talking
                      # to HR this week about your hours"); pressure beside it still presses
                      r"(?:about|on|over) (?:your|their) (?:hours|shifts|rota|schedule|"
                      r"workload)|"
                      r"(?:moving|move|changing|change|"
                      r"shifting|shift) (?:your|the) (?:start|finish|hours|shifts?|rota|days?))\b")
CONDITION = re.compile(r"\b(?:if|unless|next time|once more|one more|again)\b")

# The report is asked to send something back: a follow-up (or an expectation), never support,
# and not a step that changes anything. "Send me a status update by Thursday."
UPDATE_REQUEST = any_of(
    r"\b(?:send|give|drop|email|ping|get|message|text|slack|write) me (?:a |an |your |the )?"
    r"(?:quick |short |brief |weekly |daily |written |status |progress )*(?:update|note|line|"
    r"summary|report|status|message)\b",
    r"\b(?:i want|i'd like|i need|i'll need|let me have|can i (?:get|have)|could i (?:get|have))"
    r" (?:a |an |your |the )?(?:quick |short |brief |weekly |daily |written |status |progress )*"
    r"(?:update|status report|progress report)\b",
    r"\bkeep me (?:posted|updated|informed|in the loop)\b",
    r"\bupdate me (?:on|by|every|each|when)\b",
    r"\blet me know how (?:it|things|that|the \w+) (?:goes|go|went|is going|are going)\b",
)
# Pleasantries and fillers around a request: what is left when a turn is nothing else.
PLEASANTRY = re.compile(
    r"^(?:(?:ok(?:ay)?|right|great|cool|good|fine|sure|thanks|thank you|cheers|and|so|then|"
    r"alright|please|also|oh|um|uh|just|yeah|perfect|lovely|brilliant)\b[\s,.!]*)*$")

# Checking in on how they are, as an opener ("I wanted to check in on how things are going
# since the reorg"), is a question about now, not a follow-up booked for later.
# A meeting that did not happen, told as what went wrong ("The check-in on the 12th was
# cancelled twenty minutes before", "you skipped our catch-up last week"): following up the
# plan, for the report, but no meeting booked, for the review (J23: quoted as the follow-up and
# as co-created); with a meeting put in its place ("..., so let's meet on Monday") it is booked
MEETING_LAPSED = any_of(
    r"\b(?:check-?ins?|1:1s?|one-to-ones?|catch-?ups?|review meetings?|meetings?)\b(?: \w+){0,6}? "
    r"(?:was|were|got|has been|had been|have been) (?:\w+ )?(?:cancell?ed|missed|skipped|"
    r"dropped|moved|postponed|pushed)\b",
    r"\byou (?:cancell?ed|missed|skipped|dropped|moved|postponed) (?:\w+ ){0,2}?(?:check-?ins?|"
    r"1:1s?|one-to-ones?|catch-?ups?|meetings?)\b",
)
MEETING_PUT_IN = any_of(
    r"\b(?:let's|let us|we'll|we will|we can|we could|shall we|i'll|i will|can we|could we) "
    r"(?:\w+ ){0,3}?(?:meet|book|sit down|check in|catch up|talk|speak|look|put|set|pick)\b",
    r"\b(?:again|next time|going forward|from now on)\b",
)


# Agreement assumed on their behalf ("So I'll take it that this won't happen again.", "I'll take
# that as a yes."): the manager takes nothing on, and nothing was agreed with them (J23: quoted
# as "your own step, support offered, co-created")
# ("I'll take it to the deputy head", "I'll take that one on" are steps)
ASSUMED_AGREEMENT = re.compile(r"\b(?:i'll|i will|i'm going to) (?:just )?(?:take (?:it|that) "
                               r"(?:that|as)|take it (?:you|we|this|everyone|nobody|no one)|"
                               r"assume)\b")
OTHER_UNDERTAKING = re.compile(r"\b(?:i'll|i will|we'll|we will|let's|let us|let me|i'm going "
                               r"to|i am going to|i can|we can)\b")


OPENING_CHECK_IN = re.compile(
    r"\b(?:wanted|want|just|quickly|here) to (?:sort of |kind of |just |quickly )?check in "
    r"(?:with you )?(?:on |about |and see )?(?:how|what)\b"
    # "i just wanted to have a bit of a chat about the sprints and how things are going for you"
    r"|\b(?:wanted|want|just|here) to (?:have |grab )?(?:a |an )?(?:bit of a |quick |little |"
    r"wee |informal )?(?:chat|catch-up|catch up|talk) (?:about (?:\w+ ){0,4}?(?:and )?)?how "
    r"(?:things are|you're|youre|you are|it's|its|everything's|everything is) (?:going|getting "
    r"on|doing)\b")


# An open question about the next step, support or the plan: it looks forward, to what would
# help or change, not back at what happened ("What happened on Tuesday?").
PLAN_QUESTION = any_of(
    r"\bwhat (?:do you think |would you say )?(?:(?:you|we|i) )?(?:would|could|might|will|can|"
    r"should)(?: (?:you|we|i))? (?:(?:realistically|actually|honestly) )?(?:help|make|change|"
    r"work|get|move|fix|support|do|try|need|suggest|commit|agree|start|put|stop|ask|deliver|"
    r"finish|manage|promise|take on|hand in|ship)\b",
    r"\bwhat (?:do|would) you (?:need|want|suggest|propose|think we should|think you should|"
    r"think would)\b",
    # "Who do you want to pair with for the next two weeks?": their choice in the plan
    r"\bwho (?:do|would) you (?:want|like|prefer|rather)(?: to)? (?:pair|work|sit|shadow|learn|"
    r"talk|go|have|buddy)\b",
    # "What would you like to do next?": what they want done is the plan
    r"\bwhat (?:would|do) you like to (?:do|happen|see happen|try|change|work on)\b",
    # "what small thing would you like to try first": the step they would choose
    r"\bwhat (?:(?:small|little|one|first|next|single) )*(?:thing|step|change)s? (?:would|do|could|"
    r"might|will) you (?:like to |want to |choose to |pick to )?(?:try|do|start|change|work on|"
    r"take on|take)\b",
    r"\bhow (?:would|could|can|will|do) (?:you|we) (?:want to |like to )?(?:tackle|approach|fix|"
    r"change|handle|get|make|move|go about|turn|improve|solve|do)\b",
    r"\bwhat(?:'s| is| would be) (?:a |the |your |our )?(?:\w+ )?(?:first|next|realistic|good|"
    r"best|right|one) (?:(?:small|little|tiny|simple|concrete|practical) )?(?:step|move|thing|"
    r"plan|option|idea|way)\b",
    # the step asked with a modal: "What could be a small first step?", "what might the next
    # move be", "What would a plan look like that you can actually keep now?"
    r"\bwhat (?:could|might|should|would) (?:be )?(?:a |the |your |our )?(?:\w+ )?(?:first|next|"
    r"realistic|small|good) (?:step|move|thing|experiment|change)\b",
    r"\bwhat might (?:a |the |your )?(?:first|next) (?:step|move) be\b",
    r"\bwhat (?:would|could|might) (?:a|the|your|our|a new|a good|a realistic) (?:plan|step|"
    r"next step|fix|solution) look like\b",
    r"\bwhat (?:ideas|options|suggestions) (?:do|have) you\b",
    r"\bwhere (?:do|would|should|could) (?:you|we) (?:start|begin|go from here)\b",
    r"\b(?:what|how) (?:should|shall) we\b", r"\bwhat would (?:success|good) look like\b",
    r"\bgoing forward\b|\bfrom here\b|\bnext steps?\b|\bdifference\b",
)
# Support offered in a question's form: what the manager would do, put up for the report to
# accept ("Would it help if I paired you with Sam?"), as against asking what would help.
OFFER_QUESTION = re.compile(
    r"\b(?:would it help (?:if (?:i|we)|to have)|what if i|shall i|do you want me to|would you "
    r"like me to|how about i|(?:can|could) i (?:take|move|pair|cover|get you|book|find you|set up|"
    r"free up|clear|block|introduce|sponsor|fund|lighten|arrange))\b")
# Something the manager would do for them, put up for a yes ("Shall I ask Kasia to pair with you
# for an hour tomorrow?", "Should I get Tom to cover your Mondays?", "Do you want me to talk to
# ops?", "Would it help if I moved your one-to-one?", "I could ring the supplier myself, would
# that help?"): support offered, not advice to them. "Should I be worried?", "Should I have told
# you sooner?" and "... or should I?" offer nothing.
OFFER_ASKED = gated(any_of(
    r"\b(?:shall i|should i|do (?:you|ye|u) want me to|would you like me to|(?<!what )(?<!what "
    r"do )(?<!what would )(?<!anything )(?:you |ye )?want me to|would it help if (?:i|we)|would it "
    r"(?:be )?(?:useful|helpful|easier|help you) if (?:i|we))(?: also| just| maybe| perhaps)? "
    r"(?!be\b|have (?:told|said|done|known|been)|know\b|worry|care|feel|guess|start interviewing|"
    r"tell you (?:why|what|how)|put it\b|(?:put|make|get) (?:the kettle|(?:you )?(?:a )?(?:tea|"
    r"coffee|brew|cuppa|drink|glass of water)))"
    r"(?:ask|get|talk|speak|have a (?:word|chat)|set up|book|move|take|put|pair|sit|come|look|send|"
    r"block|arrange|find|chase|cover|ring|call|phone|email|introduce|loop|bring|swap|switch|free|"
    r"clear|sort|check|raise|flag|push|lighten|give|show|walk|join|refer|print|add|pull|go|"
    r"see (?:if|about)|organi[sz]e|line up|help|lend|drop|do|rope|borrow|reach out|contact|"
    r"message|text)\b",
    r"\bi (?:could|can)\b[^.?!]{3,80}?,? (?:would|does|will|might) (?:that|it|this) help\b",
))
# ... and the offer, then its question as a sentence of its own: "I could set up a weekly half
# hour for you to pair with Jun on the indexer, so ... fought over. Would that help?"
OFFER_THEN_ASKED = re.compile(r"(?:^|[.!] )(i (?:could|can)\b[^.?!]{3,200}[.!]) ((?:would|does|"
                              r"will|might) (?:that|it|this) help\b[^.?!]*\?)")

# ... but not their choice asked between them and the manager, or how the manager should do a
# thing ("Do you want to present on Thursday or should I take it?", "How would you like me to
# give you feedback?", "which of those do you want me to take off you first")
NOT_AN_OFFER = re.compile(
    r"\b(?:how|which|what|where|when)\b[^.?!]*\b(?:want|like) me to\b|\bor (?:do |would )?(?:you )?"
    r"(?:want me to|should i|shall i)\b|\brather\b")

# Something done or gone wrong: a question about it diagnoses, it does not plan.
LOOKS_BACK = re.compile(r"\b(?:happened|went wrong|got in the way|getting in the way|was it|"
                        r"were you|did you|have you been|has been|caused|why)\b")

# A clause that only gives the report time after a hard moment: holding the space, never
# softening a message ("Take your time.", "No rush, have a think.").
_LEAD = (r"(?:(?:ok(?:ay)?|that's ok(?:ay)?|it's ok(?:ay)?|that's fine|it's fine|mm+|hmm|right|"
         r"sure|honestly|sorry|yeah|no|and|so|just|please|really|don't worry|it's alright|"
         r"that's alright|now)\b[\s,.!]*)")
_SPACE = (r"(?:(?:just |do )?take (?:your|all the|as much|as long as|whatever) time(?: you need|"
          r" you like)?|take (?:a|your|a little) (?:moment|minute|second|breath|beat|pause)|"
          r"(?:there's |there is )?no (?:rush|hurry|pressure)(?: at all| whatsoever| on (?:this|"
          r"that|it|my side))?|(?:there's |there is )?(?:plenty of|no shortage of) time|we(?:'ve|"
          r" have) got (?:time|plenty of time|all the time)|(?:just )?have a (?:think|proper think|"
          r"moment)(?: about (?:it|that|this))?|(?:i'm|i am) (?:not going anywhere|happy to wait|"
          r"listening|happy to (?:just )?(?:sit|wait)(?: (?:for )?a (?:minute|moment|bit|while|"
          r"second))?(?: with you)?|not afraid of (?:dead air|silence|a bit of silence|the "
          r"quiet)|(?:fine|happy|comfortable|okay|ok) with (?:dead air|silence|the silence|the "
          r"quiet|a bit of quiet))|"
          r"(?:in|at) your own (?:time|pace)|(?:whenever|when) you(?:'re| are) ready|"
          r"take as long as you (?:need|like|want)|"
          r"(?:we|you) can come back to (?:it|this|that)(?: later)?|"
          r"no need to (?:answer|decide) (?:now|straight away|right away))[\s,.!…]*")
SPACE_CLAUSE = re.compile(rf"^{_LEAD}*(?:{_SPACE}{_LEAD}*)+$")
LEAD_ONLY = re.compile(rf"^{_LEAD}+$")
_CLAUSE_SPLIT = re.compile(r"(?<=[.!?…])\s+|,\s*|\s+(?:and|then)\s+")


# Silence made normal beside the time given: "On the radio we used to be scared of dead air, but
# in here I'm happy with it." (no order, no tip in it; "the quiet one" is a person, no silence)
_SILENCE_TALK = re.compile(r"^(?:(?:but|and|so) )?(?:(?!\b(?:you should|you need|try|make sure)\b)"
                           r"[\w' ])*\b(?:dead air|silences?|the quiet(?! (?:one|ones|guy|guys|man|"
                           r"woman|person|people|type|kind|sort|bloke|lad|lass|fella|folk)\b)|"
                           r"pauses?)\b[\w' ]*$|"
                           r"^(?:(?:but|and|so) )?(?:in here |here )?(?:i'm|i am) (?:fine|happy|"
                           r"comfortable|okay|ok) with (?:it|that)(?: here)?$")


def only_space(text: str) -> bool:
    """Every clause of the turn only gives the report time (an "okay" or "sorry" beside it
    aside, and silence made normal beside it)."""
    parts = [p.strip(" .,!?…") for p in _CLAUSE_SPLIT.split(canonical(text))
             if p.strip(" .,!?…")]
    space = [p for p in parts if SPACE_CLAUSE.match(p)]
    return bool(space) and all(p in space or LEAD_ONLY.match(p) or _SILENCE_TALK.match(p)
                               for p in parts)


# Their next step put to them ("So you're going to finish the retry fix first", "right, you'll
# send me a note by Friday"): a plan said back, which their "Yes, that works" agrees to; it
# confirms no reflection. Not a feeling or a state foreseen ("you'll feel better", "you're
# going to be fine", "you'll miss the team").
THEIR_STEP = re.compile(
    r"(?:^|[.!?;]\s+|\b(?:so|right|okay|ok|great|good|then|and),?\s+)(?:you'll|youll|you will|"
    r"you're going to|youre going to|you are going to|you're gonna|youre gonna)\s+"
    r"(?!(?:feel|be|have|need|want|miss|find|worry|love|hate|like|probably|never)\b)\w")


# the manager checking on them alone: "I will check again next Monday", "I'll be watching the
# login times", "I'll look at the queue report on Friday" ("check in" meets, and is not here)
CHECKS_ALONE = re.compile(
    r"\bi(?:'ll| will|'m going to| am going to|'d| would| shall)? (?:\w+ )?(?:be )?"
    # (checking with someone else, "i check with hr about the hours", is finding out for them)
    r"(?:check(?:ing)?(?! in\b| (?:on )?how you\b| back with\b| with\b)|look(?:ing)? (?:again )?at|"
    r"watch(?:ing)?|monitor(?:ing)?|keep(?:ing)? an eye on|keep(?:ing)? track of)\b")
# ...and not with them: "we", "together", "with you", "you and I", a meeting named
TOGETHER = re.compile(r"\b(?:we|we'll|let's|let us|us|together|with you|you and i|meet|"
                       r"sit down|talk|chat|catch up|check-in|1:1|one-to-one)\b")


def watches(part: str) -> bool:
    """A clause (canonical) in which the manager only checks on them, not with them and not as
    a question: monitoring, not a meeting or help."""
    return bool(CHECKS_ALONE.search(part)) and not TOGETHER.search(part) \
        and not part.rstrip().endswith("?")


# A step asked of them with its day ("ok so can you fill in the two year box by friday", "Could
# you send me the draft by Thursday?"): an expectation set, not only a question (settle), and
# for the plan a step set for them (planning_level). Not a question about a past date ("why
# couldn't you get it done by friday").
ASKED_STEP = re.compile(
    r"(?:^|[.!?,] |\b(?:ok|okay|so|and|then|right)[,]? )(?:can|could|will) you (?:please )?"
    r"(?:just )?(?:fill in|fill out|send|write|finish|book|put|draft|ring|call|update|share|"
    r"sketch|have a (?:go|look|think)|pick|choose|bring|set up|try)\b(?:(?!\b(?:was|were|"
    r"wasn't|weren't|didn't|why)\b)[^.?!]){0,60}?\b(?:by (?:the )?(?:end|" + DAY + r"|tomorrow|"
    r"next)|(?:this|next) (?:week|" + DAY + r")|before (?:the|our|" + DAY + r"))\b")


# their step put to them in the present: "So you talk to Leo directly before anything goes in
# the channel.", "So you pair with Kasia on Thursday"
# (a time may come first: "So from next week you start at ten on Mondays, and you text me the
# night before")
_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|monday|tuesday|wednesday|thursday|friday)s?"
PRESENT_STEP = re.compile(
    r"^(?:(?:so|and|okay|ok|good|then|right)[,]? )+(?:(?:from|starting) (?:next week|tomorrow|"
    r"now on|today|monday|tuesday|wednesday|thursday|friday)[,]? )?"
    # the days it holds for: "ok so mondays you start at 10, tue to fri you're on at 9 sharp"
    rf"(?:(?:on |every )?{_DAY}(?: (?:to|through|-) {_DAY})?[,]? )?you (?:talk(?! over\b)|speak|"
    r"message|text|send|raise|flag|test|write|run|pair|check|bring|start|log in|call|ask|share|"
    r"post|review|finish|ship|draft|"
    # (their part of the plan in other verbs: "So you take the retry fix only, and I take you
    # off support rota for two weeks. Check in Thursday 12 November?", J37: "Missing: a
    # concrete next step, support")
    r"take|keep|pick|focus|own|fix|work on|prepare|update|book|hand|"
    # ("So you get the retry fix over the line by Friday"; not "so you get nervous")
    r"get(?= (?:it|the|this|your|them|that (?!i\b|i'm\b|you\b|we\b|it's\b))\b))\b")


# An order to them with its day, at the end of what is said, a spoken tag after it ("see i dont
# have time for all this you just do the wireframes properly by friday ok"): asked of them,
# however much went before it. Not a condition, a question or a report ("if you just do it by
# friday", "can you do it by friday", "you said you'd do it by friday", "you did it by friday").
ORDER_TO_A_DAY = re.compile(
    r"(?<!\bif )(?<!\bwhen )(?<!\bthat )(?<!\bcan )(?<!\bcould )(?<!\bwould )(?<!\bwill )"
    r"(?<!\bdid )(?<!\bdo )(?<!\bsaid )(?<!\bunless )(?<!\bbefore )(?<!\bas )(?<!\bthink )"
    r"(?<!\bonce )(?<!\bhow )(?<!\bwhat )(?<!\bwhy )(?<!\bshould )(?<!\bmaybe )(?<!\bperhaps )"
    r"\byou (?:just |then |now |also |still )?(?:get|do|send|finish|fix|hand|bring|put|make|"
    r"write|redo|update|submit|upload|sort|clear|file|book|ring|email|check|deliver|complete|"
    r"ship|test|draft|tidy)\b[^.?!]{0,60}?\bby (?:this |next |the )?(?:" + DAY + r"|tomorrow|"
    r"tonight|noon|lunch|end of (?:the )?(?:day|week)|eod|close of play)\b"
    r"(?:,? (?:ok|okay|yeah|right|alright|yes|understood|clear|latest|at the latest|please|"
    r"no excuses))*\s*[.!]*$")


# A verbless fragment setting what happens from a date ("Crit running again with your work in it,
# from next week.", "From Monday, gate on a separate roster."): the labelled lines code such
# fragments expectations. A weekday needs the comma or must open the sentence ("the email from
# Monday" names an old one), and "a year from now" is no start.
_FROM_A_DATE = re.compile(
    r"(?:,\s*|\s)(?<!years )(?<!year )(?<!months )(?<!month )(?<!weeks )(?<!week )(?<!days )"
    r"(?<!day )from (?:next (?:week|month|sprint|shift|rotation|term|year)|this (?:week|month|"
    r"sprint)|today|tomorrow|now(?: on)?)(?: on(?:wards)?)?[.!]*$|"
    r",\s*from " + DAY + r"(?: on(?:wards)?)?[.!]*$|"
    r"^(?:(?:so|and|then|right|okay|ok),? )?from (?:next (?:week|month|sprint)|today|tomorrow|"
    r"now(?: on)?|" + DAY + r")(?: on(?:wards)?)?,")
# a finite verb or a speaker in it: not a fragment ("From Monday, line 2 starts 5:40.", "I'll
# rotate it from Monday", "You're on lunches from Monday")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|am|be|been|will|shall|do|does|did|have|has|had|can|could|should|would|"
    r"must|may|might|need|needs|want|wants|i|we|me|us|let's|lets|get|gets|go|goes|come|comes|"
    r"start|starts|stay|stays|happen|happens|mean|means|think|you)\b|'(?:s|re|m|ll|ve|d)\b|"
    r"\b(?:ill|im|its|thats|theres|youre|youll|well)\b")


def set_from_a_date(sentence: str) -> bool:
    """A sentence, no question, that only names what happens from a date to come, with no verb
    or speaker of its own."""
    s = sentence.strip()
    return "?" not in s and bool(_FROM_A_DATE.search(s)) and not _FINITE.search(s)
