"""Firm rules on judgements of the person (label) and fault pinned on them (blame), in plain,
soft, stock, veiled and stranger's forms, and the careful lines that only look like them."""

from __future__ import annotations

import re
from itertools import pairwise

from roleplay.domain.codes import Code, Primary
from roleplay.scoring._cues_blame import (
    BURDEN_SAID_BACK,
    CREDIT_BECAUSE,
    DUTY_PINNED,
    GUILT_PUT,
    INTENT_ASKED,
    INTENT_SNEERED,
    LOOK_FOOLISH,
    NOT_BECAUSE_OF_YOU,
    NOT_BOTHERED_TO,
    OWNED_OUTRIGHT,
    SELF_VERDICT_DISAGREED,
    SHOULD_HAVE_DONE,
    SHOULD_HAVE_SHARED,
    WHAT_COMES_OF_IT,
    WHO_ELSE_THERE,
    WHO_PAYS_ASKED,
    all_yours_after_a_lapse,
    always_yours,
)
from roleplay.scoring._cues_brushed import COMFORT
from roleplay.scoring._cues_care import (
    CANDOUR_OWED,
    CANDOUR_PROMISED,
    CARE_ASKED,
    COST_TO_THEM_ASKED,
    NO_AGENDA,
    NOT_THE_PERSON,
    NOT_WHO_THEY_ARE,
    PRIVACY_OFFERED,
    WELCOME,
    WELLBEING_ASKED,
)
from roleplay.scoring._cues_doubts import (
    IDIOM_WAVED_OFF,
    OUTDONE_BY_OTHERS,
    own_verdict_back,
    promise_on_record,
)
from roleplay.scoring._cues_event import PAST_EVENT, SPECIFIC_TIME
from roleplay.scoring._cues_fault import (
    ABSURD_AGENT,
    CAUSE_IS_YOU,
    OTHERS_THANK_YOU,
    VERDICT_COST,
    WHOSE_ACCUSED,
    YOU_COST,
    absurd_gate,
    always_never_named,
    fault_confirmed,
    lapse_because_of_you,
    others_would_never,
)
from roleplay.scoring._cues_feedback import (
    AFFIRMATION,
    CAUSE_PINNED,
    DARE_OR_SANCTION,
    FAULT_HELD_UP,
    JUDGED,
    NEXT_TIME_GONE,
    OTHERS_WANT_YOUR_PLACE,
    PINNED_ON_YOU,
    SANCTION_ASKED,
    SANCTION_LEFT_OPEN,
    SARCASM,
    SNEER_REPLY,
    THREAT,
    WATCHED_OR_SHOWN_OUT,
    WAVED_OFF,
    WHO_TO_TURN_TO,
)
from roleplay.scoring._cues_feedback import BLAME as BLAME_SAID
from roleplay.scoring._cues_judging import CONSEQUENCE_IF, JUDGING_CUES
from roleplay.scoring._cues_listening import echoed
from roleplay.scoring._cues_strangers import (
    ACT_OUT_OF_ORDER,
    POLITE_CONDITION,
    claim_doubted,
    held_up_in_strangers_words,
)
from roleplay.scoring._cues_talk import SUMMARY
from roleplay.scoring._cues_veiled import (
    OR_ELSE_GONE,
    apology_waved_off,
    arrival_praised,
    echo_praised,
    energy_praised_after_a_flat_reply,
    good_news_praised,
    joke_half_taken_back,
    others_held_up,
    think_it_over_close,
    threat_left_open,
)
from roleplay.scoring._cues_verdicts import (
    BENEATH_OR_NOVICE,
    ECHO_WAVED_OFF,
    FAULT_PLACED,
    LAPSE_IN_TURN,
    MOCK_WELCOME,
    NOT_A_TRAIT,
    ON_YOUR_HEAD,
    OTHERS_NEVER,
    OWNED_FRAGMENT,
    RECORD_AGAINST_YOU,
    SOME_PEOPLE_ARENT,
    THEIR_CULPRIT,
    THIRD_PERSON_ECHO,
    USED_TO_BE,
    WAVED_AWAY,
    character_verdict,
    colleague_held_up,
    their_word_mocked,
    trait_said,
)
from roleplay.scoring._gate import gated
from roleplay.scoring._text import STOPWORDS, canonical, is_unpunctuated, sentences, words
from roleplay.scoring._valence import negative_words
from roleplay.scoring.settle.denials import _DENIAL_RX, _judgement_denied, _run_on_denial
from roleplay.scoring.settle.praise import (
    _OWN_LAPSE,
    _credit_without_fault,
    _ironic_tail,
    _mocking_echo,
    _praise_after_a_lapse_told,
    _praise_after_their_news,
    _praise_read_in_context,
)
from roleplay.scoring.settle.threats import CHECKED, MENACE, WANTS_TO_HEAR
from roleplay.scoring.settle.turn import (
    _JUDGING,
    _fault_denied,
    _judging_words,
    _pressure_in,
    _Turn,
)

# How a thing they did landed, hedged ("the comments might have come across a bit strong",
# "tagging forty people at once comes across a bit strong"): over-softened feedback on an act,
# not a verdict on the person; "you come across as a bit flaky" is one, and stays a label.
HOW_IT_LANDED = re.compile(
    r"\b(?:come|came|coming|comes) (?:across|over)\b|\bmight have (?:been|come|landed|felt)\b|"
    r"\blanded\b|\b(?:didn't|did not) (?:love|like|enjoy) (?:it|that)\b|\ba (?:bit|tiny bit|"
    r"little|touch|wee bit|teeny bit) (?:strong|direct|sharp|much|blunt|harsh|brusque|abrupt|"
    r"curt|short)\b|"
    # "maybe not everybody took it that way": how it was received, not what they are
    r"\b(?:took|taken|received|heard) (?:it|that|this|them|those|the (?:joke|comments?|remarks?|"
    r"message|email))(?: \w+)? (?:that|the (?:wrong|same)|a different|another) way\b|"
    r"\bnot (?:everybody|everyone|all of them|the whole team) (?:took|found|saw|heard|read|got) "
    r"(?:it|that|the)\b")
YOU_LANDED = re.compile(r"\byou(?:'re| are| were|'ve been)?(?: \w+){0,2} (?:come|came|coming|"
                        r"comes)\b|\bwith you\b|\byou(?:'re| are) (?:a bit|a little|kind of|"
                        r"maybe|just)\b")
# Their feeling said back to them, first thing: "You were worried that calling for help would
# look like you are not capable.", "It stings because you hold yourself to a high standard."
FEELING_SAID_BACK = re.compile(
    r"^(?:(?:so|ah|oh|right|okay|ok|yeah|mm)[,.]? )*(?:you (?:were|are|'re) (?:worried|afraid|"
    r"scared|nervous|anxious|embarrassed|ashamed|frightened)|(?:it|that) (?:stings|hurts|stung|"
    r"hurt)|you(?:'re| are) not (?:sleeping|getting (?:much )?sleep))\b")

# the reason given is how good their work is: "which was a shame, because yours is usually the
# best bit", "because you're normally so good at this"
_PRAISED_BECAUSE = re.compile(
    r"\bbecause (?:yours|your (?:\w+ ){0,2}?(?:work|stuff|part|bit|designs?|code))(?:'s| is| are) "
    r"(?:usually |always |normally |often |really )?(?:the best|the strongest|great|brilliant|"
    r"excellent|so good|really good)\b|\bbecause you(?:'re| are) (?:usually |always |normally |"
    r"often )?(?:so |really )?(?:good|great|brilliant|excellent|strong) at\b")

# Praise vouched for: "That's not me buttering you up.", "I'm not just saying it."
_SINCERE = re.compile(r"\b(?:that's|that is|this is|it's|its|it is|i'm|i am) not (?:me )?"
                      r"(?:just )?(?:buttering you up|flattering you|flattery|sucking up|blowing "
                      r"smoke|just saying (?:it|that|this)(?: to be nice)?(?=[.!,]|$)|just being "
                      r"nice)\b")
# What they caused, told with blame's words but good: "thanks to you we hit the deadline",
# "because of you, the client renewed", "you're the reason the night shift never misses a
# handover"
CREDIT_CAUSED = re.compile(
    r"\b(?:thanks to you|because of you|(?:you(?:'re| are| were)|your [\w-]+ (?:is|was|are|were)) "
    r"(?:the|a big|a huge|the main|the whole) reason)\b,?(?: (?:that|why))? (?:(?!(?:never|not|no|"
    r"nothing|nobody|none|no one)\b|[\w]+n't\b)[\w'-]+ ){0,5}?(?:(?:hit|met|made it|won|renewed|"
    # "your testing is the reason our releases hold together"
    r"holds? together|held together|stays? up|runs? smoothly|ran smoothly|"
    r"saved|passed|kept|caught|stopped|prevented|avoided|fixed|solved|landed|finished|delivered|"
    r"got through|pulled through)\b|(?:never|no longer|rarely) (?:miss|misses|"
    r"missed|fail|fails|failed|break|breaks|broke|drop|drops|crash|crashes|slip|slips|reach|"
    r"reaches|get|gets|go|goes)\b|"
    # something bad kept out: "youre the reason bad builds dont get out the door"
    r"(?:bad|broken|faulty|buggy|untested|wrong|dodgy|dirty|unsafe) [\w-]+ (?:don't|doesn't|"
    r"didn't|won't|never) (?:get|gets|go|goes|make it|makes it|reach|reaches|slip|slips|ship|"
    r"ships|leave|leaves)\b)"
    # the good thing first: "I've still got most of this coffee, thanks to you" ("we missed the
    # deadline, thanks to you" names a loss, which ``_credit_without_fault`` refuses)
    r"|\b(?:hit|met|made it|won|renewed|saved|kept|caught|stopped|prevented|avoided|fixed|solved|"
    r"finished|delivered|still)\b[^.?!;]{0,60}?,? (?:all |partly |largely |mostly )?(?<!no )"
    r"thanks to you\b[.!]*(?:$|\s)")
CREDIT_CAUSED = gated(CREDIT_CAUSED)
# praise that turns: "the family thanked you, but I've had two complaints this month"
_PRAISE_TURNED = re.compile(r"\b(?:but|however|though|although|yet)\b")
# Thanks or praise others gave them, passed on: "the vp thanked you by name at the all hands",
# "the family wrote a card ... they said you were the only one who explained things"
PRAISE_PASSED_ON = re.compile(
    r"\b(?:thanked|praised|complimented) you\b|\bwrote (?:a|you a|in a) (?:card|thank.you)\b|"
    r"\bsaid you(?:'re| are| were) (?:the only one who|the best|brilliant|amazing|fantastic|"
    r"great|a star|a lifesaver)\b|\b(?:rated|gave) it (?:\d|five|four|ten)(?: out of| stars)\b")

# What a verdict on them is not, whatever else the model read in the words: hearing them, praise
# or neutral facts
_NOT_WITH_A_VERDICT = frozenset({Code.REFLECTION, Code.SUMMARY, Code.AFFIRMATION,
                                 Code.INFORMATION})

# Their ability praised in plain words ("because you're good", "you're genuinely talented"), and
# the turn holds nothing that turns it: no "but", no jab, no sarcasm, not straight after a lapse
# they own
_ABILITY = re.compile(r"\byou(?:'re| are|re) (?:really |very |so |genuinely |properly )?(?:good|"
                      r"great|talented|brilliant|excellent|strong|skilled|one of the best)\b"
                      r"(?! at (?:being|making|finding|excuses))|"
                      # "Really great job, I am very proud of you."
                      r"\b(?:i'm|i am|im) (?:so |very |really |genuinely )?proud of you\b|"
                      r"\b(?:really |very )?(?:great|excellent|brilliant|fantastic|superb|amazing)"
                      r" (?:job|work)\b")
_TURNS_IT = re.compile(r"\b(?:but|though|however|although|yet|except|still|just|only|shame|pity|"
                       r"wonder|maybe|bit|little|sometimes|whereas|while|not|never|lucky)\b")


def _ability_praised(low: str, context: str | None) -> bool:
    return bool(_ABILITY.search(low)) and not (
        _TURNS_IT.search(low) or "?" in low or SARCASM.search(low) or JUDGED.search(low)
        or negative_words(words(low))
        or (context is not None and _OWN_LAPSE.search(canonical(context))))


# What people around them believe, told as the place's belief: "Many people here think the only
# staircase up is to manage people.", "A lot of folk assume you have to manage to get on."
# (what they believe of them, "you're ...", "you don't pull your weight", "you never finish
# anything", is a verdict in others' mouths)
_OTHERS_BELIEVE = re.compile(
    r"^(?:and |but |so |i know )?(?:many|a lot of|lots of|most|some|plenty of) (?:people|folk|"
    r"folks|of us|managers|analysts|engineers)(?: here| in this (?:company|team|place)| around "
    r"here)? (?:think|believe|assume|feel|say|will tell you)\b(?![^.?!;]*\byou(?:'re| are| "
    r"don't| do not| never| can't| cannot| won't| aren't| didn't| haven't)\b)"
    r"[^?]*$")

# Others' jobs ended over less, told as a warning: "Careers in my old department ended over
# rather less.", "People have been let go for much less."
_ENDED_FOR_LESS = re.compile(
    r"\b(?:people|others|folk|careers|jobs|contracts)\b[^.?!;]{0,40}\b(?:ended|have ended|"
    r"finished|were lost|got cut short|(?:have |had )?been (?:let go|fired|sacked|dismissed|"
    r"managed out|ended)) (?:for|over) (?:much |rather |a lot |far |a good deal )?less\b")

# Options laid out for them to choose from ("Let me propose you three directions, only to
# explore, not to choose today: ...", "Here are a few paths you could take"): no verdict on them,
# however their words echo in it
OPTIONS_PUT = re.compile(
    r"\b(?:propose|offer|suggest|put|lay out|give|show|share)(?: to)?(?: you)? (?:two|three|four|a "
    r"few|a couple of|some|several) (?:\w+ )?(?:options|directions|paths|possibilities|ideas|"
    r"routes|roads|choices)\b|\b(?:here are|there are) (?:two|three|a few|a couple of|some) "
    r"(?:\w+ )?(?:options|directions|paths|possibilities|routes|roads) (?:you could|we could|"
    r"open|for you)\b")
# A guess at how they feel about themselves, offered for checking ("I am guessing maybe you feel
# you should already know all this by now, and asking would look like you are not good enough.
# Is that right?"): the judgement is the one they fear, said back, not the manager's verdict
_GUESS_OF_THEIR_FEAR = re.compile(
    r"\b(?:i(?:'m| am) guessing|i wonder(?: if| whether)?|i'?m wondering(?: if| whether)?|i "
    r"suspect|my guess is|my sense is|i get the sense|it sounds like|correct me if i'?m wrong|"
    # "If I've heard you properly, some of you feels you're the one holding search up ..."
    r"if i(?:'ve| have)? heard you (?:properly|right|correctly)|if i'?m hearing you (?:properly|"
    r"right|correctly))"
    r"[^.?!]{0,20}?\byou(?: might| may| probably| perhaps| maybe)? (?:feels?|felt|worry|are "
    r"worried|were worried|fear|are afraid|were afraid)\b")


def _heard_then_felt(low: str, context: str) -> bool:
    """Their account said back in their own words, then how it felt ("So you weren't asked, and
    you found out from a channel rather than from a person. That stung.")."""
    said = sentences(low)
    if len(said) < 2 or not FEELING_SAID_BACK.match(said[-1].strip()):
        return False
    theirs = {w.rstrip("s") for w in words(canonical(context))}
    for s in said[:-1]:
        content = [w for w in words(s) if w not in STOPWORDS]
        if not re.match(r"\s*(?:so |and |right,? |okay,? )?you\b", s) or not content or sum(
                w.rstrip("s") in theirs for w in content) * 2 < len(content):
            return False
    return True


def _sanction_left_open(low: str, context: str | None) -> bool:
    """Asked whether a sanction is coming, the manager leaves it hanging ("Off the line
    permanently?" "Take it how ye like."): a threat by not saying no."""
    return context is not None and bool(
        SANCTION_ASKED.search(canonical(context)) and SANCTION_LEFT_OPEN.search(low))


# A lead-in to what was seen: "Here's what the log shows.", "Here's what I saw."
_WHAT_I_SAW = re.compile(r"^(?:(?:so|okay|ok|right|look|and|then)[,]? )*here(?:'s| is) what "
                         r"(?:the \w+ shows?|the \w+ says|i (?:saw|see|noticed|have|know|found))"
                         r"\b[.:]*$")

# what turns a list of facts into a charge: the fault put on them ("It ran out because you did not
# do the order", "So that Saturday's on you"), the manager's patience ("I explained you this
# already two times"; "sick again at 0855" is one more fact), a verdict on how things are done,
# or an accusing "why"
_FAULT_IN_FACTS = re.compile(r"\b(?:why|already|because (?:of )?you|on you|not how|how many "
                             r"times|i (?:told|explained|said|asked)|your (?:job|fault|mess))\b")


# a sentence that goes on from the day just told: "Since then ...", "The next morning ..."
_AFTER_THAT_DAY = re.compile(r"(?:and |so )?(?:since then|since that (?:day|night|morning)|after "
                             r"that|afterwards|that (?:same )?(?:day|night|morning|afternoon|"
                             r"evening)|the (?:next|following) (?:day|morning|week))\b")


# their own words quoted after the verb that wrote or said them
_THEIR_WORDS_QUOTED = re.compile(r"\b(you (?:wrote|said|put|posted|commented|typed|replied|left)"
                                 r"(?: \w+){0,3}?[:,]? )\"[^\"]+\"(?:(?:,| and|, and) \"[^\"]+\")*")

# where it happened, no comparison with others: "where everyone could read it"
_IN_PUBLIC = re.compile(r"\bwhere (?:everyone|everybody|anyone|anybody|the whole (?:team|floor)) "
                        r"(?:could|can|would) (?:read|see|hear)(?: it| them| that)?\b")


def _dated_facts_only(low: str) -> bool:
    """The turn only tells what happened, each sentence pinned to its day ("Here's what the log
    shows. Mon 26 Oct, you rang in sick at 0852. Mon 2 Nov, you logged into the queue at 0947
    ... Mon 16 Nov, sick again at 0855, with no message the night before."), with no verdict,
    no fault named and no question: the example, however many there are. Their own words
    quoted are part of the example ("you wrote "Did you even run this?" where everyone could
    read it"), not the manager's question or verdict."""
    low = _IN_PUBLIC.sub("in public", _THEIR_WORDS_QUOTED.sub(r"\1(quote)", low))
    said = [x.strip() for x in sentences(low) or [low]]
    # (a sentence that goes on from the day the turn opens with counts as dated: "Tuesday,
    # October 27th, on Jun's PR, you wrote ... Since then Jun hasn't put a single PR up")
    dated = [x for i, x in enumerate(said) if SPECIFIC_TIME.search(x) or (
        i and _AFTER_THAT_DAY.match(x) and SPECIFIC_TIME.search(said[0]))]
    return len(dated) >= 2 and any(PAST_EVENT.search(x) for x in dated) and "?" not in low and (
        not _FAULT_IN_FACTS.search(low)) and all(x in dated or _WHAT_I_SAW.match(x)
                                                for x in said) and not (
        JUDGED.search(low) or SARCASM.search(low) or character_verdict(low)
        or BLAME_SAID.search(low) or PINNED_ON_YOU.search(low) or CAUSE_PINNED.search(low)
        or any(rx.search(low) for _, rx in JUDGING_CUES))


def _judgements(t: _Turn) -> None:
    """Labels and blame: hedged, denied, privacy, credit, fault owned or cleared, feelings said
    back, threats and verdicts in so many words, dismissals and mocking echoes."""
    if {Code.LABEL, Code.SOFTENER} <= t.codes and HOW_IT_LANDED.search(t.low) \
            and not (JUDGED.search(t.low) or SARCASM.search(t.low) or YOU_LANDED.search(t.low)):
        t.codes.discard(Code.LABEL)  # hedged about how an act landed: over-softening, not a label
    if t.codes & {Code.LABEL, Code.BLAME} and Code.OBSERVATION in t.codes and _dated_facts_only(
            t.low):
        t.codes -= {Code.LABEL, Code.BLAME}  # the dated examples told, one after another
    if (Code.LABEL in t.codes and (not is_unpunctuated(t.text) or _run_on_denial(t.low))
            and _judgement_denied(t.low) and not SARCASM.search(t.low)):
        # (a recogniser's run-on has no clauses to read: only a denial with no verdict after it)
        t.codes.discard(Code.LABEL)  # "I do not think you are careless; I think something..."
        if Code.BLAME in t.codes and _DENIAL_RX.search(t.low) and not (
                BLAME_SAID.search(t.low) or PINNED_ON_YOU.search(t.low)
                or FAULT_PLACED.search(t.low)):
            t.codes.discard(Code.BLAME)  # "I don't read any of that as you not caring ...
            # that's why I'm asking": the verdict denied, no fault named in its place
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.LABEL in t.codes and PRIVACY_OFFERED.search(t.low) and not (
            JUDGED.search(t.low) or SARCASM.search(t.low)):
        t.codes.discard(Code.LABEL)  # "You do not need to tell me any details": room, no verdict
        if t.codes and not t.codes - {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if Code.BLAME in t.codes and CANDOUR_OWED.search(t.low) and not (
            BLAME_SAID.search(CANDOUR_OWED.sub(" ", t.low)) or JUDGED.search(t.low)
            or SARCASM.search(t.low)):
        t.codes.discard(Code.BLAME)  # "I tell you honestly, because you deserve it": respect
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.LABEL in t.codes and CANDOUR_OWED.search(t.low) and not _judging_words(
            CANDOUR_OWED.sub(" ", t.low)):
        t.codes.discard(Code.LABEL)  # "I will be honest, because I think you would prefer that.
        if not t.codes:  # Three commitments have slipped ...": candour offered, no verdict said
            t.codes.add(Code.INFORMATION)
    promised = [m for m in CANDOUR_PROMISED.finditer(t.low)] if t.codes & {
        Code.THREAT, Code.LABEL} else []
    if promised and not t.low[promised[-1].end():].strip(" .!"):
        # (only when the promise closes the turn: said first, "I'm not going to dress it up:
        # you've become a liability", it opens the verdict)
        rest = CANDOUR_PROMISED.sub(" ", t.low)
        if Code.THREAT in t.codes and not (THREAT.search(rest) or _pressure_in(rest)):
            t.codes.discard(Code.THREAT)  # "That doesn't change what I have to say, and I won't
        if Code.LABEL in t.codes and not _judging_words(rest):  # dress it up or give you a
            t.codes.discard(Code.LABEL)  # lecture either.": how it will be said, no menace
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.THREAT in t.codes and NO_AGENDA.search(t.low) and not THREAT.search(t.low) \
            and not _pressure_in(t.low):
        t.codes.discard(Code.THREAT)  # "I don't have a plan for you in my pocket": left open
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.THREAT in t.codes and PRIVACY_OFFERED.search(t.low) and not (
            THREAT.search(t.low) or CONSEQUENCE_IF.search(t.low) or MENACE.search(t.low)):
        # "If something outside work is taking your mornings, you don't need to give me
        # details.": the condition is about their life, and the room made is no menace
        t.codes.discard(Code.THREAT)
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.BLAME in t.codes and PRIVACY_OFFERED.search(t.low) and not (
            BLAME_SAID.search(t.low) or JUDGED.search(t.low) or SARCASM.search(t.low)):
        t.codes.discard(Code.BLAME)  # "Whatever happens at home is yours to keep.": not a fault
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    said = sentences(t.low)
    if t.codes & _JUDGING and said and any(WELLBEING_ASKED.match(x.strip()) for x in said) and all(
            WELLBEING_ASKED.match(x.strip()) or WELCOME.match(x.strip()) for x in said):
        t.codes -= _JUDGING  # "Is everything okay with you? You are sleeping well?"
        t.codes.add(Code.CLOSED_QUESTION)
        t.primary = Primary.QUESTION
    if Code.BLAME in t.codes and COST_TO_THEM_ASKED.search(t.low) and "?" in t.low \
            and not PINNED_ON_YOU.search(t.low):
        t.codes.discard(Code.BLAME)  # "And what is all that costing you personally?"
        if t.codes and t.codes <= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if Code.BLAME in t.codes and WHO_TO_TURN_TO.search(t.low) and not (
            BLAME_SAID.search(t.low) or PINNED_ON_YOU.search(t.low)
            or re.search(r"\bwhy\b", t.low)):
        t.codes.discard(Code.BLAME)  # "Who else ... could you talk to?": someone to turn to
        if t.codes and t.codes <= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if Code.BLAME in t.codes and _fault_denied(t.low):
        t.codes.discard(Code.BLAME)  # "It wasn't your fault.": cleared, not blamed
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.BLAME in t.codes and _PRAISED_BECAUSE.search(t.low) and not (
            BLAME_SAID.search(t.low) or PINNED_ON_YOU.search(t.low) or JUDGED.search(t.low)
            or SARCASM.search(t.low)):
        t.codes = (t.codes - {Code.BLAME}) | {Code.AFFIRMATION}  # "... a shame, because yours
        # is usually the best bit": the loss told by what their work brings, no fault in it
    if {Code.BLAME, Code.AFFIRMATION} <= t.codes and _credit_without_fault(t.low):
        t.codes.discard(Code.BLAME)  # "The imaging pipeline exists because of you": credit
    if t.codes & {Code.BLAME, Code.LABEL} and _SINCERE.search(t.low) and _credit_without_fault(
            _SINCERE.sub(" ", t.low)) and not (BLAME_SAID.search(t.low) or PINNED_ON_YOU.search(
            t.low)):
        # "You were the most active reviewer in Figma by a mile ... That's not me buttering you
        # up.": praise vouched for as sincere, with nothing bad in it
        t.codes = (t.codes - {Code.BLAME, Code.LABEL}) | {Code.AFFIRMATION}
    if Code.BLAME in t.codes and CREDIT_CAUSED.search(t.low) and _credit_without_fault(t.low) \
            and not BLAME_SAID.search(CREDIT_CAUSED.sub(" ", t.low)):
        t.codes.discard(Code.BLAME)  # "Thanks to you we hit the deadline.": credit
        t.codes.add(Code.AFFIRMATION)
        if t.codes == {Code.AFFIRMATION}:
            t.primary = Primary.OTHER
    if Code.BLAME not in t.codes and PINNED_ON_YOU.search(t.low) and not (
            (Code.AFFIRMATION in t.codes or CREDIT_CAUSED.search(t.low))
            and _credit_without_fault(t.low)):
        t.codes.add(Code.BLAME)  # "so thats kinda on you man"; "on you, in a good way" is credit
        t.primary = Primary.INPUT
    if CAUSE_PINNED.search(t.low) and not _fault_denied(t.low):
        t.codes = (t.codes - {Code.REFLECTION, Code.SUMMARY}) | {Code.BLAME}  # "and you are the
        t.primary = Primary.INPUT  # cause": the fault named as them, nothing of theirs said back
    if not t.codes & _JUDGING and FAULT_HELD_UP.search(t.low):
        t.codes.add(Code.BLAME)  # "You figure out the Gulf lanes. That's what I'm paying you for."
        t.primary = Primary.INPUT
    if t.codes & {Code.LABEL, Code.BLAME} and t.context is not None and (
            FEELING_SAID_BACK.match(t.low) or _heard_then_felt(t.low, t.context)) \
            and "?" not in t.low and not SARCASM.search(t.low):
        t.codes = (t.codes - {Code.LABEL, Code.BLAME}) | {Code.REFLECTION}  # not a verdict on them
        if not t.codes - {Code.REFLECTION, Code.AFFIRMATION, Code.SUMMARY}:
            t.primary = Primary.REFLECTION
    if Code.LABEL in t.codes and OPTIONS_PUT.search(t.low) and not any(
            _judging_words(x) for x in said):
        t.codes.discard(Code.LABEL)  # "Let me propose you three directions, only to explore..."
    if Code.LABEL in t.codes and any(_OTHERS_BELIEVE.match(x.strip()) for x in said) and not any(
            _judging_words(x) for x in said
            if not (_OTHERS_BELIEVE.match(x.strip()) or WANTS_TO_HEAR.search(x))):
        t.codes.discard(Code.LABEL)  # "Many people here think the only staircase up is to
        if not t.codes:  # manage people.": what the place believes, no verdict on them
            t.codes.add(Code.INFORMATION)
    if Code.LABEL in t.codes and _GUESS_OF_THEIR_FEAR.search(t.low) and CHECKED.search(
            t.low.strip()) and not (SARCASM.search(t.low) or t.codes & {Code.BLAME, Code.THREAT}):
        t.codes = (t.codes - {Code.LABEL}) | {Code.REFLECTION}  # the verdict they fear, said back
        t.primary = Primary.REFLECTION
    if t.codes & {Code.LABEL, Code.BLAME} and _TENTATIVE_OPEN.match(t.low) and CHECKED.search(
            t.low.strip()) and _REASON_GIVEN.search(t.low) and not (
            SARCASM.search(t.low) or Code.THREAT in t.codes or any(
            _judging_words(x) for x in said)):
        # "Maybe from your side, rewriting their code is how you protect yourself, because when
        # it breaks you are the one who carries it. Is that close, or am I off?": their reason
        # guessed and checked with them, no verdict in its words (unseen-38's skilled manager)
        t.codes = (t.codes - {Code.LABEL, Code.BLAME, Code.CLOSED_QUESTION}) | {Code.REFLECTION}
        t.primary = Primary.REFLECTION
    if t.codes & {Code.LABEL, Code.BLAME} and _reason_said_back(t, said):
        # "So you rewrite because you end up carrying it when it breaks. That right?": their
        # reason, told just before, said back and checked in two words (as "Is that right?" is)
        t.codes = (t.codes - {Code.LABEL, Code.BLAME}) | {Code.REFLECTION, Code.CLOSED_QUESTION}
        t.primary = Primary.REFLECTION
    if Code.THREAT not in t.codes and (NEXT_TIME_GONE.search(t.low) or DARE_OR_SANCTION.search(
            t.low) or OTHERS_WANT_YOUR_PLACE.search(t.low) or WATCHED_OR_SHOWN_OUT.search(t.low)
            or _ENDED_FOR_LESS.search(t.low) or _sanction_left_open(t.low, t.context)
            or OR_ELSE_GONE.search(t.low)):
        t.codes.add(Code.THREAT)  # "Do it again, walk home."; "lads who'd do your shift tomorrow"
        t.codes -= {Code.ADVICE, Code.SUPPORT_OFFER}
        t.primary = Primary.INPUT
    # a verdict on them in one of its set forms: "Save it.", "you are not a reliable person",
    # "some people just aren't leadership material", "You used to be so reliable.", "Shocker.",
    # "Alarm. Seriously?" (their words handed back to mock them)
    if Code.LABEL not in t.codes and (
            WAVED_AWAY.search(t.low) or MOCK_WELCOME.search(t.low) or NOT_A_TRAIT.search(t.low)
            or RECORD_AGAINST_YOU.search(t.low) or SOME_PEOPLE_ARENT.search(t.low)
            or BENEATH_OR_NOVICE.search(t.low)
            or OTHERS_NEVER.search(t.low)
            or character_verdict(t.low)
            or (USED_TO_BE.search(t.low) and not SUMMARY.search(t.low))
            or SNEER_REPLY.match(t.low.strip()) or any(WAVED_OFF.match(x.strip()) for x in said)
            or _mocking_echo(t.low, t.context)
            or _praise_read_in_context(t.low, t.context) == Code.LABEL
            or (_praise_after_a_lapse_told(t.low) and not t.codes & _JUDGING)
            or _ironic_tail(t.low)):
        t.codes = (t.codes - _NOT_WITH_A_VERDICT) | {Code.LABEL}
        t.primary = Primary.INPUT
    if Code.THREAT not in t.codes and POLITE_CONDITION.search(t.low):
        t.codes = (t.codes - {Code.INFORMATION, Code.ADVICE, Code.SUPPORT_OFFER}) | {Code.THREAT}
        t.primary = Primary.INPUT  # "Should this recur, we will need to consider formal steps."
    if Code.LABEL in t.codes and NOT_THE_PERSON.search(t.low) \
            and not JUDGED.search(NOT_THE_PERSON.sub(" ", t.low)):
        t.codes.discard(Code.LABEL)
    if t.codes & {Code.LABEL, Code.BLAME} and NOT_WHO_THEY_ARE.search(t.low) and not (
            JUDGED.search(t.low) or PINNED_ON_YOU.search(t.low) or SARCASM.search(t.low)):
        t.codes -= {Code.LABEL, Code.BLAME}  # "That's why we're talking, not because of who
        # you are."
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.LABEL in t.codes and any(CARE_ASKED.search(x) for x in said) and not any(
            _judging_words(x) for x in said):
        t.codes.discard(Code.LABEL)  # "I'm not here to tell you off. Can we start with how you
        # are?": nothing in it judges them
        if not t.codes & {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.codes.add(Code.OPEN_QUESTION)
        if t.codes <= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if t.codes & {Code.LABEL, Code.BLAME} and PRAISE_PASSED_ON.search(t.low) and not (
            _PRAISE_TURNED.search(t.low)) and not any(
            JUDGED.search(x) or SARCASM.search(x) or character_verdict(x) or PINNED_ON_YOU.search(x)
            or any(rx.search(x) for name, rx in JUDGING_CUES if name != "compared")
            for x in said or [t.low]):
        t.codes -= {Code.LABEL, Code.BLAME}  # "the vp thanked you by name at the all hands"
        t.codes.add(Code.AFFIRMATION)
    if {Code.LABEL, Code.AFFIRMATION} <= t.codes and _ability_praised(t.low, t.context):
        t.codes.discard(Code.LABEL)  # "you came to checkout because you're good"
        if t.codes == {Code.AFFIRMATION}:
            t.primary = Primary.OTHER
    if Code.LABEL in t.codes and (
            _praise_read_in_context(t.low, t.context) == Code.AFFIRMATION
            or (Code.AFFIRMATION in t.codes and _praise_after_their_news(t.low, t.context))):
        t.codes = (t.codes - {Code.LABEL}) | {Code.AFFIRMATION}
        if not t.codes & _JUDGING:
            t.primary = Primary.OTHER


def _judgements_said_softly(t: _Turn) -> None:
    """Judgements strangers put in other words than the learned heads know: a trait pinned on
    them through hedges or a candour preamble ("you can be a bit of a bulldozer"), their words
    quoted back as "he says", their own word said twice or called "always" theirs, a colleague
    held up against them, their reason made the culprit ("So it's Ryan's fault now.") or waved
    off after it is said back ("Properly. Ja, right.") (labels); a lapse owned in a bare fragment
    ("Cold. Yours.") or put "on your head" (blame)."""
    if Code.LABEL not in t.codes and (
            trait_said(t.low, canonical(t.context or "")) or _third_person_echo(t.low, t.context)
            or (their_word_mocked(t.low, canonical(t.context or ""), STOPWORDS)
                and Code.BLAME not in t.codes)
            or (colleague_held_up(t.low) and not t.codes & {Code.AFFIRMATION, Code.BLAME})
            or (not t.codes & _JUDGING and (THEIR_CULPRIT.match(t.low)
                                            or _echo_waved_off(t.low, t.context)))):
        t.codes = (t.codes - {Code.REFLECTION, Code.SUMMARY}) | {Code.LABEL}  # "you can be a bit
        t.primary = Primary.INPUT  # of a bulldozer in meetings", "a little bit... difficult"
    if not t.codes & _JUDGING and (ON_YOUR_HEAD.search(t.low) or FAULT_PLACED.search(t.low) or (
            "your" in t.low and _owned_after_a_lapse(sentences(t.low) or [t.low])
            and not (Code.AFFIRMATION in t.codes or AFFIRMATION.search(t.low)))):
        t.codes = (t.codes - {Code.REFLECTION, Code.SUMMARY, Code.AFFIRMATION}) | {Code.BLAME}
        t.primary = Primary.INPUT  # "Six duck sent back. Cold. Yours.", "That's on your head."


def _judgements_in_stock_forms(t: _Turn) -> None:
    """Labels strangers put in stock forms (L2): a mocking simile of how they stood there ("you
    gonna stand there like a traffic cone"), a sarcastic title ("you're a real comedian"), a
    question that talks down ("or do i have to draw you a picture", "Do you though?") and others
    held up as managing what they did not ("the other riders manage Westlands fine", "Jenna could
    do it in two."), where nothing else judged the turn."""
    if not t.codes & _JUDGING and (held_up_in_strangers_words(t.low) or claim_doubted(
            t.low, canonical(t.context or ""))):
        t.codes = (t.codes - _NOT_WITH_A_VERDICT) | {Code.LABEL}
        t.primary = Primary.INPUT
    if not t.codes & _JUDGING and "out of order" in t.low and ACT_OUT_OF_ORDER.search(
            t.low) and "out of order" not in canonical(t.context or ""):
        # "so yer reviews on anas pull request last week were well out of order": their act
        # called out of order (not their own words said back: "i know i was out of order")
        t.codes = (t.codes - _NOT_WITH_A_VERDICT) | {Code.LABEL}
        t.primary = Primary.INPUT
    said = sentences(t.low)
    if not t.codes & _JUDGING and (_WHY_CANT_YOU_JUST.search(t.low) or _PUT_DOWN.search(t.low)
                                   or _UNFIT_FOR_RANK.search(t.low)
                                   or any(_verdict_on_their_act(act, verdict)
                                          for act, verdict in pairwise(said))):
        t.codes = (t.codes - _NOT_WITH_A_VERDICT - {Code.ADVICE, Code.CLOSED_QUESTION}) | {
            Code.LABEL}  # "Why can't you just get on with people?", "You keep a log of
        t.primary = Primary.INPUT  # everybody's mistakes. That's creepy.": a verdict
    if Code.LABEL not in t.codes and len(said) >= 2 and "?" not in t.low and _INSINUATED.match(
            said[-1].strip()):
        t.codes = (t.codes - {Code.OPEN_QUESTION, Code.CLOSED_QUESTION, Code.AFFIRMATION}) | {
            Code.LABEL}  # "Jun's asked to move off search. Wonder why.": a fact told, then
        t.primary = Primary.INPUT  # the sneer that pins it on them (sarcasm, a label)
    # (the polite inverted condition's threat is ``_judgements``', which runs first)


# A guess at their reasons opened tentatively: "Maybe from your side, ...", "I wonder if ..."
_TENTATIVE_OPEN = re.compile(r"^(?:(?:so|and|okay|ok|well|now|look)[, ]+)*(?:maybe|perhaps|i "
                             r"wonder if|i guess|i'm guessing|my guess is|it might be that)\b")
# ...that gives a reason or a way of coping, not a trait ("Maybe you just don't care." has none)
_REASON_GIVEN = re.compile(r"\b(?:because|is how you|is your way|so that|to protect|to keep|"
                           r"to make sure)\b")
# Their words said back as theirs ("So you ...", "You're saying ...") and a terse check after it
_SAY_BACK_OPEN = re.compile(r"^(?:(?:so|okay|ok|right)[, ]+)*(?:you(?:'re| are)? (?:saying|telling "
                            r"me) |you (?!(?:never|always|just|should|need|must|have to|had to|"
                            r"could have|didn't even)\b))")
_THEIR_OMISSION = re.compile(r"\byou (?:didn't|did not|never|forgot|failed|couldn't|could not|"
                             r"wouldn't|would not|won't|can't be bothered|skipped|ignored)\b")
_TERSE_CHECK = re.compile(r"^(?:so,? )?(?:is )?that (?:right|about right|it|fair)\s*\?$")


def _reason_said_back(t: _Turn, said: list[str]) -> bool:
    """Their reason said back and checked ("So you rewrite because you end up carrying it when
    it breaks. That right?"): a say-back of their line (some of its words in it), giving a
    reason, ended by a terse check; no verdict, sarcasm, threat or omission of theirs in it.
    Without their line before it, or with a judging word or what they failed to do ("So you
    skipped it because you couldn't be bothered. That right?", "So it broke because you didn't
    run the tests. That right?"), the fault pinned stays."""
    if not t.context or len(said) != 2 or not _TERSE_CHECK.match(said[1].strip()):
        return False
    back = said[0]
    if not (_SAY_BACK_OPEN.match(back) and _REASON_GIVEN.search(back)) or Code.THREAT in t.codes:
        return False
    if SARCASM.search(t.low) or _judging_words(back) or _THEIR_OMISSION.search(back):
        return False
    return bool(echoed(back, t.context))


# Their conduct measured against their rank and found wanting (unseen-38's icily polite manager):
# "you no longer behave as a senior", "For a senior designer I find this a disappointing
# picture" (the labelled lines: "you are little bit lightweight for a senior keeper", a label).
# Not the bar said for the role ("a senior designer runs the crit") nor their own words.
_UNFIT_FOR_RANK = re.compile(
    r"\byou (?:no longer|don't|do not|never|aren't|are not|didn't|did not) (?:behave|act|carry "
    r"yourself|work|perform) (?:as|like) (?:a|an) (?:senior|professional|adult|grown-up|team "
    r"player|leader|lead|manager|supervisor)\b"
    r"|\bfor (?:a|an|someone) (?:senior|lead|principal|experienced|(?:of|at) your (?:level|grade|"
    r"experience))\b[^.?!]{0,40}\b(?:disappointing|not good enough|poor|weak|lightweight|below "
    r"(?:the )?(?:bar|standard|par)|unacceptable|embarrassing)\b")
# Exasperation put as a question: "Why can't you just get on with people?", "why cant you ever
# be on time" ("Why can't you make Thursday?" asks)
_WHY_CANT_YOU_JUST = re.compile(r"\bwhy can't you (?:just|ever|for once|simply|at least)\b")
# Their doing made small or made a self-appointed office: "your little public service
# announcements", "who made you the build police" ("your little one", a child, and "your little
# Halloween posters did that", praise, are not: only talk and moods are belittled here)
_PUT_DOWN = re.compile(
    r"\byour (?:little|wee) (?:public service announcements?|announcements?|speech(?:es)?|rants?|"
    r"lectures?|outbursts?|tantrums?|crusades?|campaigns?|stunts?|shows?|performances?|dramas?|"
    r"moods?|sulks?|speeches|sermons?|tirades?|protests?|moans?)\b"
    r"|\bwho (?:died and )?made you (?:the )?(?:\w+ )?(?:police|boss|judge|jury|king|queen|god|"
    r"director|manager|sheriff|referee|expert|chief)\b")
# Their act, just told, given a verdict in a word: "You keep a log of everybody's mistakes.
# That's creepy." ("They cancelled your leave? That's ridiculous." sides with them: their act
# must be the sentence before)
_THATS_A_VERDICT = re.compile(
    r"^(?:and |honestly,? |frankly,? )?(?:that's|that is) (?:so |really |just |a bit |"
    r"quite |pretty |frankly |honestly )?(?:creepy|weird|pathetic|childish|embarrassing|"
    r"ridiculous|unprofessional|petty|spiteful|sneaky|shady|toxic|nasty|immature|juvenile|"
    r"spineless|gutless|cowardly|selfish|arrogant)(?:,? \w+)?[.!]*$")


def _verdict_on_their_act(act: str, verdict: str) -> bool:
    """A sentence of what they did ("You keep a log of everybody's mistakes.") followed by a
    one-word verdict on it ("That's creepy.")."""
    return bool(_THATS_A_VERDICT.match(verdict.strip())
                and re.match(r"\s*(?:and |so )?(?:you|your)\b", act))


# The sneer that ends a fact told and asks nothing: "Wonder why.", "Funny, that.", "Go figure."
# (a curious "I wonder why. What was going on that week?" asks on, and is not this)
_INSINUATED = re.compile(
    r"^(?:(?:oh|well|hmm|huh|yeah),? )?(?:(?:i )?wonder why|go figure|funny,? that|fancy that|"
    r"who(?:'d| would) have (?:thought|guessed)(?: it)?|what a surprise|no surprise there|"
    r"surprise,? surprise|shocker|imagine that)[.!]*$")


def _blame_in_plain_forms(t: _Turn) -> None:
    """Blame strangers put in plain forms (L3): made to look a fool ("You make me look like a fool
    in front of the director"), a lapse owned outright ("You own the migration, you own the
    outage.", "Three wrong, all yours.", "that was your shift so"), who pays for it asked ("Who
    do you think is paying for your numbers?"), what they should have done ("You should have read
    it the first time.") and a step they could not be bothered to take; and no blame in a plain
    question of their intent ("What were you hoping would happen when you posted it?") or in
    credit for what they caused ("The Linz project worked because of you.")."""
    low = t.low
    if Code.BLAME not in t.codes and "should" in low and not t.codes & _JUDGING \
            and "should" not in canonical(t.context or "") and SHOULD_HAVE_DONE.search(low) \
            and not SHOULD_HAVE_SHARED.search(low) and "?" not in low:
        t.codes = (t.codes - {Code.ADVICE, Code.INFORMATION}) | {Code.BLAME}
        t.primary = Primary.INPUT  # "You should have read it the first time.", "Should've told
        return  # Mere."
    if "you" not in low and "look like" not in low and "who" not in low:
        return  # a cheap gate: every other form names them, how they made the manager look, or
        # asks who
    if Code.BLAME in t.codes and INTENT_ASKED.search(low) and not (
            t.codes & {Code.LABEL, Code.THREAT} or INTENT_SNEERED.search(low)
            or SARCASM.search(low) or JUDGED.search(low) or BLAME_SAID.search(low)
            or PINNED_ON_YOU.search(low)):
        t.codes.discard(Code.BLAME)  # "Why the change? What were you seeing in practice?"
        if not t.codes:
            t.codes.add(Code.OPEN_QUESTION)
        if t.codes <= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if t.codes & {Code.LABEL, Code.BLAME} and " i " in low \
            and SELF_VERDICT_DISAGREED.search(low) and not SARCASM.search(low):
        t.codes = (t.codes - {Code.LABEL, Code.BLAME}) | {Code.REFLECTION}  # "You called
        t.primary = Primary.REFLECTION  # yourself careless. I don't agree with that word."
    if Code.BLAME in t.codes and ((
            "because of you" in low and NOT_BECAUSE_OF_YOU.search(low)
            and not PINNED_ON_YOU.search(low)
            and not BLAME_SAID.search(NOT_BECAUSE_OF_YOU.sub(" ", low))) or (
            Code.REFLECTION in t.codes and BURDEN_SAID_BACK.search(low)
            and not BLAME_SAID.search(low))):
        t.codes.discard(Code.BLAME)  # "no not because of you theyve been moaning for months"
        if not t.codes:
            t.codes.add(Code.INFORMATION)
        if t.codes <= {Code.REFLECTION, Code.SUMMARY}:
            t.primary = Primary.REFLECTION  # "So ... it lands on you at the changeover."
    if Code.BLAME in t.codes and "who else" in low and WHO_ELSE_THERE.match(low.strip()):
        t.codes.discard(Code.BLAME)  # "Who else was on the shovel that afternoon?"
        t.codes.add(Code.OPEN_QUESTION)
        if t.codes <= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if Code.BLAME in t.codes and "because of you" in low and CREDIT_BECAUSE.search(low) \
            and _credit_without_fault(low) and not BLAME_SAID.search(CREDIT_BECAUSE.sub(" ", low)):
        t.codes = (t.codes - {Code.BLAME}) | {Code.AFFIRMATION}  # "The Linz project worked
        if t.codes == {Code.AFFIRMATION}:  # because of you."
            t.primary = Primary.OTHER
    if Code.BLAME not in t.codes and (
            (("look like" in low or "shame" in low) and LOOK_FOOLISH.search(low))
            or (("your" in low or "own" in low or "you're" in low or "you are" in low)
                and OWNED_OUTRIGHT.search(low))
            or ("who" in low and WHO_PAYS_ASKED.search(low))
            or ("you" in low and DUTY_PINNED.search(low))
            or GUILT_PUT.search(low)
            or ("yours" in low and (all_yours_after_a_lapse(low) or always_yours(low)))
            or (" be " in low and not t.codes & _JUDGING and NOT_BOTHERED_TO.search(low))
            or ("what" in low and WHAT_COMES_OF_IT.search(low) and not (
                Code.AFFIRMATION in t.codes or COMFORT.search(low)))) \
            and not _fault_denied(low):
        t.codes = (t.codes - {Code.REFLECTION, Code.SUMMARY, Code.AFFIRMATION,
                              Code.INFORMATION}) | {Code.BLAME}
        t.primary = Primary.INPUT  # "You make me look like a fool in front of the director"


_DOUBT_GATE = ("heard", "said", "words", "catch", "away on", "wise up", "pull the", "marines",
               "here", "double", "twice", "three times", "triple", "else")


def _doubts_of_their_word(t: _Turn) -> None:
    """Labels strangers put as doubts of their word (L3), where nothing else judged the turn:
    their promise held against its record ("Heard that before, baby. Heard it in August."),
    their own verdict handed back ("Your words."), a reason waved off in an idiom ("Catch yourself
    on."); others held up in more forms ("Kayla's been here eight months and her drawer balances
    to the penny")."""
    if t.codes & _JUDGING or t.context is None or not any(w in t.low for w in _DOUBT_GATE):
        return
    context = canonical(t.context)
    if promise_on_record(t.low, context) or own_verdict_back(t.low, context) \
            or IDIOM_WAVED_OFF.search(t.low) or (
                OUTDONE_BY_OTHERS.search(t.low) and Code.AFFIRMATION not in t.codes
                and not context.rstrip().endswith("?")):  # not news of a newcomer asked for
        t.codes = (t.codes - _NOT_WITH_A_VERDICT - {Code.INFORMATION}) | {Code.LABEL}
        t.primary = Primary.INPUT


def _fault_named_back(t: _Turn) -> None:
    """Judgements strangers put as the fault named back to them (L4): their fault confirmed in a
    word ("It wasn't my fault." - "It was."), the cause named as "you" ("Not luck. You."), a
    verdict with what it cost ("You're selfish, and a resident paid for it."), a lapse's cost
    "because of you", and "Always the water, always the machine, never Julien." (blame); their
    excuse given an absurd agent ("the heater set itself", "By the djinn?") (a label)."""
    low = t.low
    if Code.BLAME not in t.codes and (
            (t.context is not None and len(low) < 80 and fault_confirmed(low, t.context))
            or ("you" in low and (
                (low.rstrip(" .!").endswith(("you", "mostly", "you happened"))
                 and CAUSE_IS_YOU.search(low))
                or (("cost" in low or "lost" in low) and YOU_COST.search(low))))
            or ("thank" in low and OTHERS_THANK_YOU.search(low))
            or (("whose" in low or "remind me" in low) and ("?" in low or is_unpunctuated(t.text))
                and WHOSE_ACCUSED.search(low))
            or (Code.LABEL in t.codes and ("cost" in low or "paid" in low
                                            or "because of you" in low)
                and VERDICT_COST.search(low))
            or ("of you" in low and not t.codes & {Code.AFFIRMATION, Code.REFLECTION,
                                                             Code.SUMMARY}
                and not CREDIT_BECAUSE.search(low) and lapse_because_of_you(low))
            or (Code.LABEL in t.codes and "ever" in low and always_never_named(t.text))) \
            and not _fault_denied(low):
        t.codes = (t.codes - _NOT_WITH_A_VERDICT) | {Code.BLAME}
        t.primary = Primary.INPUT  # "It wasn't my fault." - "It was."
    if Code.LABEL not in t.codes and ((absurd_gate(low)
                                       and ABSURD_AGENT.search(low))
                                      or (("d never" in low or "would never" in low
                                           or "never once" in low)
                                          and Code.AFFIRMATION not in t.codes
                                          and others_would_never(low))):
        t.codes = (t.codes - _NOT_WITH_A_VERDICT) | {Code.LABEL}
        t.primary = Primary.INPUT  # "oh the heater huh the heater set itself"


def _veiled_judgements(t: _Turn) -> None:
    """Judgements strangers put in veiled forms (L5), where nothing else judged the turn: their
    words echoed and praised in mockery ("Twice. How reassuring.") and a jibe taken back only
    half ("I'm kidding. Kind of.") are labels; their apology waved off ("Sorry doesn't plate
    anything.") is blame; a bare "think about it" closing a demand ("Thursday noon. Think about
    it."), a question about their job answered with no "no" ("Are you giving them mine?" -
    "Depends.") and a threat taken back only half ("Kidding about the headcount thing. Mostly.")
    are threats. Their good news echoed and praised and nothing else ("I finished the audit two
    days early." - "Two days early. Brilliant.") is praise, not a label."""
    low = t.low
    if t.codes & _JUDGING == {Code.LABEL} and good_news_praised(low, t.context):
        t.codes = (t.codes - {Code.LABEL, Code.REFLECTION}) | {Code.AFFIRMATION}
        if t.codes == {Code.AFFIRMATION}:
            t.primary = Primary.OTHER  # praise alone, as the coder has it
        return
    if t.codes & _JUDGING:
        return
    added: Code | None = None
    if echo_praised(low, t.context) or others_held_up(t.text):
        added = Code.LABEL  # "I reviewed it twice." - "Twice. How reassuring."
    elif energy_praised_after_a_flat_reply(low, t.context) or arrival_praised(low, t.context):
        added = Code.LABEL  # "Okay." - "Awesome. Love the energy."; "Lovely of you to join us."
    elif apology_waved_off(low, t.context):
        added = Code.BLAME  # "I'm sorry." - "Sorry doesn't plate anything."
    elif threat_left_open(low, t.context) or (
            not t.codes & {Code.OBSERVATION, Code.IMPACT} and think_it_over_close(low, t.text)):
        added = Code.THREAT  # "Are you giving them mine?" - "Depends."
    elif (half := joke_half_taken_back(low)) is not None:
        added = Code.THREAT if half == "threat" else Code.LABEL  # "I'm kidding. Kind of."
    if added is None:
        return
    t.codes = (t.codes - _NOT_WITH_A_VERDICT - {Code.INFORMATION}) | {added}
    t.primary = Primary.INPUT


_LAPSE_NOUN = re.compile(r"\b(?:delay|mistake|error|fault|screw-up|cock-up|outage|failure|"
                         r"complaint|miss|slip)s?\b")


def _owned_after_a_lapse(said: list[str]) -> bool:
    """A bare fragment of whose it was ("Yours.", "Your shift.") after what went wrong was told
    ("Six duck sent back. Cold. Yours."); before it ("Your review form. The career question is
    blank.") it only names the subject."""
    if "?" in said[-1]:
        return False  # asked, not told
    for i, x in enumerate(said):
        if OWNED_FRAGMENT.match(x.strip()) and (any(LAPSE_IN_TURN.search(y) for y in said[:i])
                                                 or _LAPSE_NOUN.search(x)):  # "Your delay."
            return True
    return False


def _echo_waved_off(low: str, context: str | None) -> bool:
    """A short turn of their own words ending in a dismissive "sure" or "ja, right"."""
    if context is None or not ECHO_WAVED_OFF.search(low) or len(words(low)) > 10:
        return False
    theirs = {w.rstrip("s") for w in words(canonical(context))}
    echo = [w for w in words(ECHO_WAVED_OFF.sub(" ", low)) if w not in STOPWORDS
            and w not in {"right", "ja", "yeah", "aye", "oh", "ok", "okay"}]
    return bool(echo) and sum(w.rstrip("s") in theirs for w in echo) * 2 >= len(echo)


def _third_person_echo(low: str, context: str | None) -> bool:
    """Their words said back as "he says" ("the tags were swapped he says course they were")."""
    m = THIRD_PERSON_ECHO.match(low)
    if m is None or context is None:
        return False
    theirs = set(words(canonical(context)))
    echo = [w for w in words(m.group("echo")) if w not in STOPWORDS]
    return bool(echo) and all(w in theirs for w in echo)


# Arrogance pinned on them as their own belief: "You think you're the smartest person in the
# room", "you think you are too good for this studio" (their low opinion of themselves said back,
# "you think you're rubbish at it", is a reflection)
_THINKS_TOO_WELL = re.compile(
    r"^(?:(?:and|so|but|look|honestly|well),? )*you (?:think|reckon|believe) (?:you're|you are|"
    r"youre) (?:the (?:smartest|cleverest|best|brightest|only one who|big (?:man|shot|cheese))|"
    r"smarter|cleverer|better (?:than|at everything)|too good|above (?:all|every|the|this|us|"
    r"them|it)|god's gift|so (?:clever|smart|special|important|great)|special|untouchable|"
    r"irreplaceable|fooling)\b")


def _arrogance_pinned(t: _Turn) -> None:
    """Arrogance pinned on them as their own belief is a label, not a reflection: the offline
    report thanked the manager for "You think you're the smartest person in the room and you
    make sure everyone knows it."."""
    if Code.LABEL in t.codes or not any(_THINKS_TOO_WELL.match(x.strip())
                                        for x in sentences(t.low) or [t.low]):
        return
    t.codes = (t.codes - {Code.REFLECTION, Code.AFFIRMATION, Code.SUMMARY}) | {Code.LABEL}
    t.primary = Primary.INPUT
