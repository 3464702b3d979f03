"""Blame strangers put in plain forms the learned heads do not read beside "you" (issue 11, L3),
and a question of their intent the heads read as blame. The firm rules of
:mod:`roleplay.scoring.settle` read them (``_blame_in_plain_forms``); the coder's features do
not.

- *Made to look a fool* (``LOOK_FOOLISH``): "You make me look like a fool in front of the
  director, you know this?", "just dont make me look like a fool in front of the maersk people
  again ok", "... and then they call me and then I look like an idiot, again.", "so you see now
  I look like a fool in front of my brother".
- *Owned outright after a lapse* (``OWNED_OUTRIGHT``, ``all_yours_after_a_lapse``): "You own
  the migration, you own the outage. Simple.", "Your name, your bug.", "Supplier send wrong, you
  receive wrong, you use wrong. Three wrong, all yours.", "That's a rookie mistake, and it was
  your chart. Own it.", "and the mystery shopper scored us forty percent yesterday and that was
  your shift so", "... and it was your bay, so, you know. Not ideal."
- *Who pays for it, asked* (``WHO_PAYS_ASKED``): "Who do you think is paying for your
  numbers?", "You look after your customers. Lovely. And who's looking after my two grand?",
  "So tell me, who is the problem, the operators or the supervisor?"
- *What they should have done, said after the lapse* (``SHOULD_HAVE_DONE``): "You should have
  read it the first time.", "Should've told Mere.", "shouldve thought about that before",
  "Should've started earlier."; and *a step they could not be bothered to take*
  (``NOT_BOTHERED_TO``): "She wanted a valuation and you couldn't be arsed ringing her back for
  four days."
- *Their intent asked* (``INTENT_ASKED``, not blame): "What were you hoping would happen when
  you posted it?", "Why do you want it? What do you want to do differently there?", "Why the
  change? What were you seeing in practice?", "yeah i was wondering why what made you say no".
- *Blame cleared or their burden said back* (``NOT_BECAUSE_OF_YOU``, ``BURDEN_SAID_BACK``, not
  blame): "no not because of you theyve been moaning for months", "So there's pressure coming
  from days to have the line running by six, and it lands on you at the changeover."; and
  *their verdict on themselves disagreed with* (``SELF_VERDICT_DISAGREED``, no label or blame):
  "You called yourself careless. I don't agree with that word; in three years your logs have
  been among the most complete in the lab."
- *Credit for what they caused* (``CREDIT_BECAUSE``, not blame): "The Linz project worked because
  of you.", "We kept them because of you. The call you made on the 2nd turned it around."
"""

from __future__ import annotations

import re

from roleplay.scoring._gate import gated
from roleplay.scoring._text import sentences

# Made to look a fool by them: said to them ("you make me look like a fool", "don't make me look
# like an idiot again") or told as what followed their lapse ("and then I look like an idiot",
# "so now I look like a fool in front of my brother"). A hire who "doesn't make me look like an
# idiot" (a wish, no one named) and "I looked like an idiot myself when I started" (the manager's
# own story, no "now" or "then") are not.
_FOOL = (r"(?:a |an |such an? |a complete |a total |complete |total )?(?:fool|idiot|clown|"
         r"amateur|muppet|mug|joke|prat|plonker|monkey)s?\b")
LOOK_FOOLISH = re.compile(
    r"\b(?:you(?:'re| are)?(?: always| just| really)?|don't|do not|never) (?:make|made|making|"
    r"makes) (?:me|us|the (?:whole )?(?:team|company|firm|store|shop|office)) look like " + _FOOL
    + r"|\b(?:now|then)(?: again)?,? (?:i|we) (?:look|looked|will look|'ll look) like " + _FOOL
    + r"|\b(?:i|me) (?:who )?(?:has|have) to eat the shame\b")
# Owned outright after a lapse: "You own the migration, you own the outage.", "you wrote it, you
# own it"; a step handed over ("You sign it off, you own it from now on", "Next build, the 18th.
# You own it.") is an expectation, so the first verb is past or the second thing a lapse.
_LAPSE = (r"(?:outage|mess|mistake|error|failure|delay|complaint|loss|losses|fallout|"
          r"consequences?|problem|bug|crash|breakage|damage|refund|fine|penalty|rework|"
          r"cock-up|screw-up|fault|gaps?|callback|closure|shortfall)")
OWNED_OUTRIGHT = gated(re.compile(
    r"\byou own (?:the |that |this |your )?[\w'-]+(?: [\w'-]+)?,? (?:so |and |then )?you own "
    r"(?:the |that |this |your |all the |every )?(?:[\w'-]+ )?" + _LAPSE + r"s?\b|"
    r"\byou (?:wrote|signed|built|made|ran|approved|set up|planned|booked|packed|loaded) "
    r"(?:it|that|this|them),? (?:so |and )?you own (?:it|that|this|them)\b(?! from now)|"
    # "Your name, your bug." (a sentence; "Your team, your rules." hands them a choice)
    r"(?:^|[.!?] )(?:and |so )?your [\w'-]+, your " + _LAPSE + r"[.!]*(?:$|\s)|"
    # the owning said as an order after the lapse: "Your paperwork. Own it."
    r"(?:^|[.!?] )(?:so |now |just )?own (?:it|that|this)[.!]*$|"
    # their shift or bay named last, the conclusion left to them: "and that was your shift so",
    # "it was your bay, so, you know." ("that was your design, so thank you" goes on to credit)
    r"\b(?:it|that) (?:was|were) (?:all )?your [\w'-]+(?: [\w'-]+)?,? so(?:,? you know)?"
    r"(?:[.!]+(?:\s|$)|$)|"
    # their role named last, after the lapse: "... down like three grand ... and youre the
    # branch manager so"
    r"\band (?:you're|youre|you are) the [\w'-]+(?: [\w'-]+)?,? so(?:,? you know)?"
    r"(?:[.!]+(?:\s|$)|$)"))
# What was theirs to do, pinned after a lapse: they knew and said nothing ("You knew about the
# volume in October and you said nothing until now."), the duty someone else did not hold ("But
# Ahmet is not shift supervisor. You are."), and what they had to do it with ("you had the strap
# you had the stairs you had the piano"). Not the duty handed over ("You're the lead on it from
# Monday") or a fact of who holds it ("You are the responsible for the loans file since January").
DUTY_PINNED = re.compile(
    r"\byou knew\b[^.?!]{0,60}?\b(?:and|but),? (?:you )?(?:said nothing|didn't say|didnt say|"
    r"never said|kept quiet|didn't tell|didnt tell|never told)\b|"
    r"\b(?:is not|isn't|isnt) (?:the )?(?:[\w-]+ ){0,2}(?:supervisor|lead|manager|in charge|"
    r"responsible)[.!,;]+ you are[.!]*(?:$|\s)|"
    r"\byou had (?:the|a|an|your) [\w-]+(?: [\w-]+)?,? (?:and )?you had (?:the|a|an|your) "
    r"[\w-]+(?: [\w-]+)?,? (?:and )?you had\b")
# Their choice made the manager's hurt (guilt put on them): "After everything I did.", "Do you
# know how that looks for me?", "I stuck my neck out for you" beside feeling let down
GUILT_PUT = re.compile(
    r"\bafter (?:everything|all) (?:that )?i(?:'ve)? (?:did|done|have done)\b|\bdo you know how "
    r"(?:that|this|it) (?:looks|makes me look) (?:for|to) me\b|\bdo you know how i (?:feel|felt)\b|"
    r"\b(?:let down|disappointed)\b[^.?!]{0,40}\bi stuck my neck out for you\b")
# "Three wrong, all yours.": a sentence "all yours" after a lapse told in the turn; the floor
# handed over ("The floor's all yours.", "It's all yours from Monday") is no blame.
_ALL_YOURS = re.compile(r"^(?:[\w'-]+,? ){0,3}all yours[.!]*$")
_LAPSE_TOLD = re.compile(
    r"\b(?:wrong|broke|broken|late|missed|lost|failed|short|rejected|sent back|complain\w*|"
    r"mistake|error|damaged|spilled|spilt|forgot|forgotten)\b")


def all_yours_after_a_lapse(low: str) -> bool:
    """A sentence "(three wrong,) all yours" after (or naming) what went wrong."""
    said = sentences(low) or [low]
    for i, x in enumerate(said):
        if _ALL_YOURS.match(x.strip()) and any(_LAPSE_TOLD.search(y) for y in said[:i + 1]) \
                and "?" not in x:
            return True
    return False


# The lapses said to be always theirs: "what I say is that the ones that come back are always
# yours" (a lapse named in the turn; "the best ideas are always yours" is praise, and "always
# yours to fix first" a task)
_ALWAYS_YOURS = re.compile(r"\b(?:are|is|were|was|it's) (?:always|usually|mostly|every time) "
                           r"yours\b(?! to\b)")
_RETURNED = re.compile(r"\b(?:come|comes|came|coming) back\b")


def always_yours(low: str) -> bool:
    """What went wrong said to be always theirs."""
    return bool(_ALWAYS_YOURS.search(low) and (_LAPSE_TOLD.search(low) or _RETURNED.search(low)))


# Who pays for their lapse, asked so that the answer is plain: "Who do you think is paying for
# your numbers?", "And who's looking after my two grand?", "So tell me, who is the problem, the
# operators or the supervisor?" ("Who do you think will be merged out?" is a threat, and "who do
# you think could help" asks for a name.)
WHO_PAYS_ASKED = re.compile(
    r"\bwho do you think (?:is |'s |was |will be |has to |gets to |ends up |is going to |'s going "
    r"to )?(?:pays?|paying|cleans?|cleaning up|picks? up|picking up|carr(?:y|ies|ying) the can|"
    r"answers?|answering|covers?|covering|fix(?:es|ing)?|explain(?:s|ing)?|gets? (?:the )?"
    r"(?:blame|shouted at|the call|the phone call)|takes? the (?:heat|blame|flak|hit))\b|"
    r"\bwho(?:'s| is) (?:looking after|paying for|covering) my\b|"
    r"\bwho is the problem\b|"
    # a who-question that answers itself: the lapse in it ("Who walk past 412 three times this
    # morning and never knock?", "Who gave them another two weeks on tick when they were already
    # thirty days over?") or the culprit offered ("who do you think ops is gonna come looking
    # for, him or you?"). The plain form ("Whose line?", "Who signed the tag?") is an open
    # question to most authors and is left to the heads.
    r"\bwho (?!else\b)[a-z]+(?: [\w'-]+){0,8} (?:and|but) (?:never|didn't|did not|still didn't) "
    r"[^.?!]*\?|"
    r"\bwho (?!else\b)[^.?!]{0,60}\bwhen (?:they|he|she|it|you) (?:were|was) already\b|"
    r"\bwho do you think (?:[\w'-]+ ){0,2}(?:is |'s |are |'re |will )?(?:gonna |going to )?"
    r"(?:come looking for|come after|blame|point the finger at)\b[^.?!]{0,30}\b(?:him|her|them|"
    r"me) or you\b|"
    # a who-question the manager answers at once: "But who took the insulin out of the cold room
    # before the truck came? You.", "Guess whose login approved both payments? Yours."
    # ("Who spotted the leak first? You did." is credit)
    r"\bwho(?:se|'s)? (?![^.?!]*\b(?:best|first|saved|spotted|caught|fixed|solved|helped|won|"
    r"stepped up|thought of)\b)[^.?!]{3,120}\? (?:you|yours|you did|it was you)(?:,? [a-z]+)?"
    r"[.!]*$")
# Their lapse told as what comes of their ways: "thats what happens when you sign stuff you
# havent seen", "that's what happens when you try to do everything, something gives" (asked,
# "so what happens when you try?" is a question; comfort beside it is no fault)
WHAT_COMES_OF_IT = re.compile(
    r"\b(?:that'?s|thats|that is|this is|it'?s|see,?) what (?:happens|you get) when (?:you|ye|ya)"
    r"\b(?!'?re (?:new|learning|starting|human|tired)\b)")
# Their intent or choice asked: "What were you hoping would happen when you posted it?", "What
# made you say no?", "Why do you want it?", "What does doing it yourself give you?", "Why the
# change?". Read as blame by the heads when the report's turn told a slip; asked plainly it is
# curiosity. Not with a sneer ("what were you even thinking", "why on earth", "seriously").
INTENT_ASKED = gated(re.compile(
    r"\bwhat (?:were|was) you (?:hoping|aiming (?:for|at)|going for|seeing|weighing)\b|"
    r"\bwhat (?:did|do) you hope\b|"
    r"\bwhat made you (?:say|decide|choose|go for|want|turn|pick|change|opt)\b|"
    r"\bwhy (?:do|would) you want (?:it|that|this|to)\b|"
    r"\bwhat (?:does|did|would) (?:[\w'-]+ ){1,4}give you\b|"
    r"\bwhat was the (?:thinking|idea|reasoning)(?: behind (?:it|that|this))?\s*(?:\?|$)|"
    r"\bwhy(?:'d| did) you (?:turn (?:it|that|them|this) down|decide|choose|change|say no)\b|"
    r"(?:^|[.!?] )(?:so |and |oh )?why the change\b"))
INTENT_SNEERED = re.compile(
    r"\b(?:even|on earth|the hell|the heck|seriously|honestly|again|exactly|like what|supposed|"
    r"really think|idiot|stupid|point of you)\b|"
    # the choice held against what was expected of them: "Why did you say no to the pod lead
    # job, though? Everyone expected you to take it."
    r"\b(?:everyone|everybody|we all|the whole \w+|people) (?:expected|thought|assumed) you(?:'d| "
    r"would| to)\b|\bexpected (?:you|better)\b|"
    # an accusing why beside it: "Why did you turn it down? Why didn't you come to me first?",
    # "who told you that was a good idea"
    r"\bwhy (?:didn't|did not|don't|do not|wouldn't|haven't|hadn't|won't) you\b|"
    r"\bwho told you (?:that|this|it) was\b")
# Credit for what they caused, in blame's words: "The Linz project worked because of you.", "We
# kept them because of you.", "That renewal happened because of you." Not "despite you, not
# because of you".
CREDIT_BECAUSE = gated(re.compile(
    r"(?<!not )\b(?:kept (?:it|them|the [\w'-]+)|worked|happened|succeeded|went (?:so )?well|"
    r"came off|grew|thrived|took off|turned (?:it |things )?(?:a)?round|exists) because of you\b"))
# What they should have done, said after the lapse: "You should have read it the first time.",
# "Should've told Mere.", "shouldve thought about that before". Not the manager's or a shared
# fault ("I should've flagged it, and you should've had it on your calendar": ``settle`` checks),
# not care ("You should've just told me, I'd have sorted it"), not their own words agreed with
# (their turn said "should"), and not a failure done to them ("you should have been told").
SHOULD_HAVE_DONE = re.compile(
    r"(?:^|[.!?,;] )(?:(?:well|and|but|so|then|yeah|no|mate|look),? )*(?:you )?should(?:'ve| "
    r"have|ve) (?!just\b|been (?:told|given|warned|trained|shown|supported|offered|helped|asked|"
    r"sent|invited)\b)[a-z]+")
SHOULD_HAVE_SHARED = gated(re.compile(
    r"\b(?:i|we)(?:'d| would| could)(?:'ve| have) (?:\w+ )?(?:sorted|helped|fixed|covered|"
    r"done|found|moved|sorted it)\b|\b(?:i|we) should(?:'ve| have)\b|\bwe both\b|\bboth of us\b"))
# A step they could not be bothered to take: "you couldn't be arsed ringing her back", "because
# you couldn't be bothered to check the forecast". Without the step ("you just can't be
# bothered.") it is a verdict on them, the label the heads already read.
NOT_BOTHERED_TO = re.compile(
    r"\byou(?:'re| are)? (?:just |simply )?(?:couldn't|could not|can't|cannot|wouldn't|would not) "
    r"be (?:bothered|arsed|assed) (?:to )?(?!(?:and|or|but|so)\b)[a-z]+")
# Blame cleared: "no not because of you theyve been moaning for months", "It's chaos because of the
# new system, not because of you lot."
NOT_BECAUSE_OF_YOU = re.compile(r"\bnot (?:really |just |only )?because of you\b(?! alone| only)")
# Their burden said back: "So there's pressure coming from days ..., and it lands on you at the
# changeover.", "so ... the sprint slipping landed on you" (a reflection of what fell to them,
# not a fault placed: "so that lands with you" after their classes were sampled is blame, and
# it is not a reflection).
BURDEN_SAID_BACK = re.compile(r"^(?:(?:okay|ok|right|yeah|mm+)[,.]? )*so\b.*\b(?:lands|landed|"
                              r"falls|fell|comes|came|ends up) (?:on|with) you\b")
# Their verdict on themselves said back and disagreed with: "You called yourself careless. I don't
# agree with that word", "ok so you said youre useless with spreadsheets i dont see it that way".
SELF_VERDICT_DISAGREED = re.compile(
    r"\byou (?:called yourself|said (?:you're|you were|you are)|say (?:you're|you are)|think "
    r"(?:you're|you are))\b.{0,80}?\b(?:i (?:don't|do not) (?:agree|see it that way|see it like "
    r"that|buy (?:it|that))|i (?:wouldn't|would not) (?:say|call it)|i disagree|that's not how i "
    r"see)")
# Who else was there, asked in earnest: "Who else was on the shovel that afternoon?", "Who else was
# on that shift?" (after "It wasn't just me"); not "Who else would it be?", "Who else was going to
# lock it?", "Who else is responsible?", which answer themselves.
WHO_ELSE_THERE = re.compile(
    r"^(?:(?:okay|ok|right|fair|sure|alright|and|so)[,.!]? )*who else (?:was|were|is|are) (?:on|in|"
    r"at|there|working|around|with you|rostered|rota'd)\b(?![^?]*\b(?:responsible|blame|going to|"
    r"gonna|supposed)\b)[^.?!]*\?$")
