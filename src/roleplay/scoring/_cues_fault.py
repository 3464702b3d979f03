"""Judgements strangers put as the fault named back to them (issue 11, L4): their fault confirmed
in a word after they denied, owned or asked it, the cause named as "you" in a fragment, a verdict
said with what it cost, their excuse given an absurd agent, and "always the X, never <name>".
The firm rules of :mod:`roleplay.scoring.settle` read them (``_fault_named_back``); the coder's
features do not.

- *Their fault confirmed* (``fault_confirmed``, blame): "It wasn't my fault." - "It was.", "It's
  not all my fault." - "Most of it is.", "I think the claims backlog is on me." - "Yeah, it is.
  All of it.", "Who's responsible for the stock loss?" - "You are.", "Who left the belt loader
  running?" - "You. Second time this week.", "Me." - "Yes. You.". "I snapped at the resident." -
  "You did." (their act, no fault asked) and "Who's on tomorrow?" - "You are." are not.
- *The cause named as "you"* (``CAUSE_IS_YOU``, blame): "Bad luck." - "Not luck. You.", "No. You
  happened.", "You. Mostly.", "It's a bit of both, innit. Mostly you."; not "Not with you.", "it's
  not just you" or "Only you could manage that. Only you." (a sneer at a trait).
- *A verdict with what it cost* (``VERDICT_COST``, blame beside a label): "You're lazy and it's
  costing everyone on this floor their commission.", "You're selfish, and a resident paid for
  it.", "You're sloppy, you cost us the milestone", "you have a short temper ... and this time it
  cost us", "You are very disorganised, and because of you the donor is now asking ...". Said
  without a label, a lapse's cost "because of you" (``LAPSE_BECAUSE_OF_YOU``): "Because of your
  paperwork the shipment stayed one week.", "the rating goes from 4.6 to 4.4 because of you";
  not credit ("the ward ran smoothly because of you"), their view said back ("You think it all
  went wrong because of you") or a condition ("if the release slips because of your tickets").
- *Their bare confession taken as it stands* (``fault_confirmed``, blame): "Mine." - "Quite.",
  "Me." - "There you go then.", "Mine." - "Good. At least that's clear.", "mine i suppose" -
  "aye yours ye suppose right"; not "That was me." - "I know. Bravo." nor "Mine." - "Never
  again.". *Others left to thank them for the cost* (``OTHERS_THANK_YOU``, blame): "that's a
  grand out of the Christmas do, so the lads can thank you for that", "so everyone knows who to
  thank"; not "thank you for that" said by the manager.
- *What they cost, said to them* (``YOU_COST``, blame): "You cost us the day.", "I say you cost
  me $140 a day for a week."; and *a who-question that accuses* (``WHOSE_ACCUSED``, blame):
  "whose truck was it that left the condensate line unclamped", "And whose idea was it to skip the
  walk-through on Friday?", "I see. And whose name is on the review certificate?", "Whose tour was
  it, remind me?"; not "Whose job was booking it?" (earnest to most authors) nor "the only one
  whose name keeps coming up".
- *Their excuse given an absurd agent* (``ABSURD_AGENT``, label): "oh the heater huh the heater
  set itself", "did the stock reduce itself?", "Did it jump on its own while you were on
  TikTok", "The labels were swapped. By who? By the djinn?", "and who's been covering your pull
  outs the tooth fairy", "Next time it is the moon?", "so where they go they fly away like
  birds"; not "it'll sort itself out", "the bric-a-brac won't price itself", "the work itself" or
  "you look like you've seen a ghost" (a friendly opener in a typical session of unseen-20).
- *Someone else who would never have slipped* (``others_would_never``, a label): "tommo would
  never have missed an earth and hes been here six months less than you", "Gaz'd never. Ten
  years.", "He'd never have let that happen.", "yasir used to do nights with three kids never once
  turned a job down"; not "I'd never say that", "you'd never put a guest at risk", "youve never
  once been late back from a break" (praise) or "two agency pickers who'd never done it before".
- *"Always the X, never <name>."* (``always_never_named``, blame beside the label): "It is always
  the machine, never Chidi.", "Always the water, always the machine, never Julien.", "Always is
  something. Rain, plates, Piotr. Never is Tomasz."; "always the sheet always the paper never
  nuno" (no capital, a recogniser's text) and "Always the machine. Never you." (a label to most
  authors) are left as they are.
"""

from __future__ import annotations

import re

from roleplay.scoring._gate import gated
from roleplay.scoring._text import canonical, sentences

# The report's turn says whose fault it is, asks it, or owns it: "It wasn't my fault.", "It's not
# all my fault.", "I think the claims backlog is on me.", "Me.", "Mine.", "Who's responsible for
# the stock loss?", "Who left the belt loader running?"
_LAPSE_ASKED = (r"(?:left|broke|broken|forgot|lost|loss|messed|missed|dropped|caused|wrecked|"
                r"spilt|spilled|crashed|damaged|burnt|burned|ruined|scratched)")
_FAULT_CONTEXT = re.compile(
    r"\b(?:fault|to blame|blaming me|blamed|on me|my bad|my mistake|down to me)\b|"
    r"^(?:it was |that was |that's |it's )?(?:me|mine)(?: i suppose| i guess)?[.!]*$|"
    r"\bwho(?:'s| is| was)? (?:responsible for|to blame for)\b|"
    r"\bwho(?:'s| is| was)? [^?]{0,40}\b" + _LAPSE_ASKED + r"\b[^?]*\?")
# A short confirmation: "It was.", "Most of it is.", "Yeah, it is. All of it.", "You are.", "You.
# Second time this week.", "Yes. You.", "Yours. Entirely."
_CONFIRMS = re.compile(
    r"^(?:(?:yes|yeah|yep|yup|aye|oh yes|oh yeah|mm+|right)[,.!]* )?(?:it (?:is|was)|you (?:are|"
    r"were|did)|you|yours|most of it(?: is| was)?|all of it|mostly you|it's yours|it is yours)"
    r"[.!]*$")
_YES = re.compile(r"^(?:yes|yeah|yep|yup|aye)[,.!]+ ")  # "Yes. You."
_NEGATION = re.compile(r"n't\b|\b(?:not|never|no|nobody|nothing)\b")


# Their bare confession ("Me.", "Mine.", "mine i suppose") taken as it stands: "Quite.", "There you
# go then.", "So.", "Good. At least that's clear.", "aye yours ye suppose right". Praise of the
# owning up ("I know. Bravo.", "Thank you for telling me") and what is asked next ("Never
# again.") are not.
_CONFESSION = re.compile(r"^(?:it was |that was |yeah,? |yes,? )?(?:me|mine)(?: i (?:suppose|"
                         r"guess))?[.!]*$")
_TAKEN = re.compile(
    r"^(?:quite|there you go(?: then)?|there we are|so|exactly|precisely|indeed|thought so|i "
    r"thought so|good[.!,]* at least (?:that's|that is|it's) clear)[.!]*$|"
    r"^(?:(?:aye|yeah|yes|yep)[,.]? )?yours(?:,? (?:ye|you) (?:suppose|guess)(?: right)?)?[.!]*$")


_STARTS = re.compile(r"(?:yes|yeah|yep|yup|aye|oh|mm+|right|it|you|yours|most|mostly|all|quite|"
                     r"there|so|exactly|precisely|indeed|thought|i thought|good)\b")


def fault_confirmed(low: str, raw_context: str) -> bool:
    """A turn of a few words whose first sentence confirms the fault the report's turn denied,
    owned or asked ("It wasn't my fault." - "It was."), or that takes their bare confession as it
    stands ("Mine." - "Quite.")."""
    if not _STARTS.match(low):
        return False  # a cheap gate: every form of _CONFIRMS and _TAKEN opens on one of these
    context = canonical(raw_context)
    if len(low) < 45 and _TAKEN.match(low.strip()) and _CONFESSION.match(context.strip()):
        return True
    if len(low.split()) > 9:
        return False
    said = sentences(_YES.sub("", low))
    if not said or len(said) > 3 or not _CONFIRMS.match(said[0].strip()) \
            or not _FAULT_CONTEXT.search(context):
        return False
    return not any(_NEGATION.search(x) for x in said[1:])  # "You. Not your fault, though."


# The cause named as "you" in a fragment after their excuse: "Not luck. You.", "Not the pass.
# You.", "No. You happened.", "You. Mostly.", "Mostly you."
CAUSE_IS_YOU = gated(re.compile(
    r"(?:^|[.!?] )not (?:the |a |an |bad |your |my )?[\w'-]+[.,!]+ (?:it's |it was )?you[.!]*$|"
    r"(?:^|[.!?] )(?:no[,.!]+ )?you happened[.!]*$|"
    r"(?:^|[.!?,] )(?:mostly|mainly|partly) you[.!]*$|"
    r"(?:^|[.!?] )you[.,]+ mostly[.!]*$"))

# What their lapse cost, pinned on them beside a verdict: "it's costing everyone", "you cost us
# the milestone", "and this time it cost us", "a resident paid for it", "because of you the
# donor ...". ("it's the team that pays for it", in the present, is the verdict's weight and
# not a lapse: a label only to the training authors.)
VERDICT_COST = gated(re.compile(
    r"\byou (?:cost|lost) (?:us|me|the (?:team|company|shop|firm|client|account|contract|deal|"
    r"milestone|order|job))\b|"
    r"\b(?:it's|that's|this is|it is|and it's) costing (?:us|me|everyone|everybody|the [\w'-]+)\b|"
    r"\b(?:this time|and) it cost us\b|"
    r"\b(?:a|the|one) [\w'-]+ paid for it\b|"
    r"(?<!not )\bbecause of you(?:r [\w'-]+)?,? (?:the|we|our|my|i|this|they|he|she|it)\b"))
# A lapse's cost said "because of you" without a verdict: "Because of your paperwork the shipment
# stayed one week.", "the rating goes from 4.6 to 4.4 because of you". The cost must be told.
_BECAUSE_YOU = re.compile(
    r"(?<!not )(?<!not just )\b(?:because|cause|cos|coz) of you(?:r [\w'-]+)?\b")
_COST_TOLD = re.compile(
    r"\b(?:stayed|stuck|lost|missed|late|delayed|furious|angry|complain\w*|bottom|goes from|went "
    r"from|dropped|fell|failed|cancel\w*|refund\w*|penalt\w+|fined|scrapped|wasted|rejected|"
    r"asking if|asking whether|walked|one star|gone)\b")
_THEIR_VIEW_OR_IF = re.compile(r"\byou (?:think|thought|feel|felt|believe|are feeling|'re "
                               r"feeling|said)\b|\bif\b|\bdespite you\b|\bwhether\b.*\bbecause of "
                               r"you\b")


def lapse_because_of_you(low: str) -> bool:
    """A sentence that tells a lapse's cost and puts it "because of you", not as their view, a
    condition or credit."""
    for x in sentences(low) or [low]:
        if _BECAUSE_YOU.search(x) and _COST_TOLD.search(x) and not _THEIR_VIEW_OR_IF.search(x):
            return True
    return False


# What they cost, said to them: "You cost us the day.", "I say you cost me $140 a day for a week."
YOU_COST = re.compile(
    r"\byou (?:cost|lost) (?:me|us) (?:\$|£|€|\d|a |an |the |my |our |half |over |about |nearly |"
    r"almost |two |three |four |five |six |seven |eight |nine |ten )")
# A who-question that accuses: its cleft ("whose truck was it that left the line unclamped",
# "whose idea was it to skip the walk-through"), the name or the idea asked ("whose name is on the
# review certificate?"), or "remind me" ("Whose tour was it, remind me?"). A plain "Whose job was
# booking it?" asks in earnest to most authors and is left; "the only one whose name keeps coming
# up" is no question.
WHOSE_ACCUSED = gated(re.compile(
    r"(?<!one )(?<!only )\bwhose [\w'-]+(?: [\w'-]+)? (?:was|is) it\b|"
    r"(?<!one )(?<!only )\bwhose (?:name|idea|signature|initials|decision) (?:is|was)\b|"
    r"\bwho(?:se)?\b[^.?!]*\bremind me\b"))


# Others left to thank them for the cost: "so the lads can thank you for that", "that six hundred
# comes out the tips jar this month so everyone knows who to thank".
OTHERS_THANK_YOU = gated(re.compile(
    r"\b(?:the [\w'-]+|everyone|everybody|they|the team|your (?:team|mates|colleagues))(?: can| "
    r"will|'ll)? (?:thank you for (?:that|this|it)|knows? who to thank)\b"))


# Someone else who would never have slipped, or never once did: "tommo would never have missed an
# earth and hes been here six months less than you", "Gaz'd never. Ten years.", "He'd never have
# let that happen.", "yasir used to do nights with three kids never once turned a job down", "i
# had our kyle doing pens at fifteen and he never once mixed a lot". The manager's own word ("I'd
# never say that"), theirs ("you'd never put a guest at risk", "youve never once been late": praise)
# and "who'd never done it before" are not.
OTHERS_WOULD_NEVER = gated(re.compile(
    r"\b(?!(?:i|you|we|they|who|it|that|there)\b)[a-z][\w-]*(?:'d| would) never(?: have "
    r"[\w'-]+|[.!]|$)|"
    r"\b(?:he|she|[a-z][\w-]*) (?:[\w'-]+ ){0,8}?never once (?:[\w'-]+ed|turned|sent|left|broke|"
    r"lost|had|came|did|made|took|ran|went|let)\b"))
_YOU_NEVER = gated(re.compile(r"\byou(?:'ve| have|ve|'d| would)? never\b"))


def others_would_never(low: str) -> bool:
    """Someone else held up as never having slipped, where the turn says no "you never"."""
    return OTHERS_WOULD_NEVER.search(low) is not None and not _YOU_NEVER.search(low)


# Their excuse given an absurd agent: the thing did it by itself, or a fairy did.
ABSURD_AGENT = re.compile(
    r"\b(?:it|they|the [\w'-]+)(?: just)? (?:[\w'-]+ed|set|broke|ran|went|wiped|stopped|moved|"
    r"opened|switched|turned|fell|got|came) (?:itself|themselves)\b(?! out)|"
    r"\b(?:(?:did|does) (?:it|they|the [\w'-]+)|(?:it|they|the [\w'-]+) (?:didn't|doesn't|did "
    r"not|does not|don't|do not)) (?!sort\b|price\b|explain\b|look\b)[\w'-]+ (?:itself|"
    r"themselves|on (?:its|their) own)\b|"
    r"\b(?:the tooth fairy|tooth fairies|the djinn|a djinn|the jinn|ghosts?\?|by "
    r"magic|gremlins|the pixies|the elves|leprechauns|a poltergeist)|"
    r"\b(?:it is|it's|is it|it'll be|it will be) the moon\b|\bthe moon\?|"
    r"\b(?:fly|flew|flown|flies) away like\b|\bgrew legs\b")


def absurd_gate(low: str) -> bool:
    """A cheap gate: a word every absurd agent needs (plain ``in`` tests, faster than a regex
    alternation over the whole turn)."""
    return ("itself" in low or "themselves" in low or " own" in low or "fair" in low
            or "jinn" in low or "ghost" in low or "magic" in low or "moon" in low
            or "away like" in low or "legs" in low or "gremlin" in low or "pixies" in low
            or "elves" in low or "leprechaun" in low or "poltergeist" in low)

# "Always the X, never <name>.": the report's own name at the end, capitalised as typed.
_ALWAYS_NEVER_NAMED = re.compile(
    r"\b[Aa]lways\b[^?]{0,80}?\b[Nn]ever(?: is| it is)? (?!You\b|I\b|Me\b)[A-Z][\w'-]+"
    r"[.!]*(?:\s|$)")


def always_never_named(text: str) -> bool:
    """"Always the water, always the machine, never Julien." (the turn as typed: the name's
    capital tells it from "never the picker")."""
    return _ALWAYS_NEVER_NAMED.search(text) is not None
