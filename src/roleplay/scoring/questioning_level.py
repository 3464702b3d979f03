"""Powerful questioning's level: open questions asked one at a time; accusing, stacked and
advice-carrying questions cost (rubric, ``powerful_questioning``)."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from roleplay.domain.codes import Code
from roleplay.domain.pleasantries import (
    GREETING_AFTER_NAME,
    HOSPITALITY,
    SMALL_TALK_AFTER_NAME,
    SPOKEN_GREETING_END,
)
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Competency, CompetencyScore, Rewrite
from roleplay.scoring._patterns import match
from roleplay.scoring._text import canonical, is_unpunctuated, sentences
from roleplay.scoring.competency_base import CompetencyContext
from roleplay.scoring.listening import suggests
from roleplay.scoring.metrics import ConversationMetrics
from roleplay.scoring.moves import (
    BARE_CHECK,
    MIN_TURNS_FOR_ABSENCE,
    ManagerMove,
    asks_for_talk,
    cite,
    clamp,
    interrogates,
    recaps,
    rewrites_for,
    tells_event,
    unrounded,
    went_well,
)
from roleplay.scoring.reading import asks_about_plan, books_meeting
from roleplay.scoring.rewrites import (
    asks_their_date,
    good_closed_question,
    on_the_talk,
    puts_their_step,
    question_alone,
)


# The pleasantry that opens a 1:1 ("How are you doing today?", after a name or two: "gidday
# daniel, how's it going mate?"; said aloud, "hi sofia thanks for coming how are you doing" ends
# on it) and small talk ("Hannah, good morning. How is the family?", "Alright Leanne, how's the
# form?", "Busy weekend?"): each counts as a question but is no question a coach would praise, as
# it asks nothing about them at work or how they are (roleplay.domain.pleasantries, shared with
# the persona)
def small_talk(ct: ManagerMove) -> bool:
    """Every question the turn asks is small talk."""
    asked = [q for q in sentences(ct.turn.text) if q.rstrip().endswith("?")]
    # (and so is tea or water offered, "You want some water?": J41 saw it quoted as a closed
    # question and rewritten)
    return bool(asked) and all(SMALL_TALK_AFTER_NAME.match(canonical(q).strip())
                               or _ABOUT_NOTHING.match(canonical(q).strip())
                               or HOSPITALITY.match(canonical(q).strip()) for q in asked)


# more small talk, about the weekend or the office, not the work (J33: an avoiding manager's
# "How was the weekend? Did you do anything nice?" and "How are you finding the new desks on the
# third floor?" were praised "Open question", and "And the new office coffee machine, have you
# tried it?" was rewritten "What have you tried so far?")
_ABOUT_NOTHING = re.compile(
    r"^(?:[\w']+[,!.]? ){0,7}(?:did you (?:do|get up to) anything (?:nice|fun|good|special)|"
    r"(?:have|did) you (?:tried|try|seen|see) (?:it|them|the (?:new )?(?:coffee|canteen|kitchen|"
    r"lunch|cafe|café|desks?|office|chairs?|plants?)[^?]*)|how are you finding the (?:new )?"
    r"(?:desks?|office|coffee|coffee machine|canteen|building|floor|chairs?|parking|kitchen)"
    r"[^?]*)\s*\?$")


def _office_chat(ct: ManagerMove) -> bool:
    """Small talk about the office, its question and its comment ("And the new office coffee
    machine, have you tried it? It's much better than the old one."): no advice on the work."""
    return small_talk(ct) and bool(re.search(r"\b(?:coffee|canteen|kitchen|lunch|cafe|café|desks?|"
                                             r"chairs?|plants?)\b", canonical(ct.turn.text)))


def greets(ct: ManagerMove) -> bool:
    """Every question the turn asks is a greeting (in speech with no punctuation: the turn is
    short and ends on one)."""
    text = ct.turn.text
    asked = [q for q in sentences(text) if q.rstrip().endswith("?")]
    if not asked and is_unpunctuated(text):
        return len(text.split()) <= 12 and bool(SPOKEN_GREETING_END.search(canonical(text)))
    return bool(asked) and all(GREETING_AFTER_NAME.match(canonical(q).strip()) for q in asked)


# "So what do you want, to be an analyst forever?": the open question answered in the same
# breath with a guess of the manager's (often a put-down)
_ANSWERED_ASIDE = re.compile(r"^(?:\w+[,.]?\s+)?(?:what|which|how|where)\b[^?,]*,\s*(?:to|a|an|the|"
                             r"some|just|or|like|you|your|is it|are you)\b[^?]*\?$")


# ...or in a question of its own after it: "What do you actually want? To sit on dashboards
# forever?"
_ANSWER_AFTER = re.compile(r"^(?:to|a|an|the|some|just|like|or|more|another)\b[^?]*\?$"
                           # "So what is the problem? Alarm clock?": a bare guess at the answer,
                           # not an invitation ("Thoughts?", "Anything else?") or a tag
                           r"|^(?!(?:any |your |and |so |or )?(?:thoughts?|ideas?|anything|"
                           r"something|else|side|take|view|okay|ok|right|yeah|yes|no|alright|"
                           r"clear|fair|agreed|eh|really|seriously|honestly|well|sorry|and|so|"
                           r"hmm|huh|why|how|what|who|when|where|which)\b)(?!.*\b(?:is|are|was|"
                           r"were|do|does|did|can|could|will|would|have|has|you|i|we)\b)"
                           r"[a-z][a-z'-]*(?: [a-z'-]+){0,2}\?$")
# ...or in the manager's own guess said right after it: "How I can help more? I think a mentor.",
# "What would help? Maybe a course." (the guess a few words, so "What would help? I think a
# course could help, but you tell me." is not one)
_GUESS_AFTER = re.compile(r"^(?:i think|i guess|i'd say|maybe|probably|perhaps)(?: (?:you need|"
                          r"what you need is|it's))? (?:a|an|some|more) [a-z'-]+(?: [a-z'-]+){0,2}"
                          r"[.!]?$")
# A question about the manager's own position is an accusation, not curiosity: "What am I
# supposed to think?", "What do you expect me to do?"
_RHETORICAL = re.compile(r"^(?:so |and |but |well,? )?(?:what am i (?:supposed|meant) to|what do "
                         r"you (?:expect|want) me to|how (?:many times|often) do i (?:have|need) "
                         r"to|what (?:else )?(?:can|could) i (?:possibly )?(?:do|say)|"
                         # "Why do you think you can talk to people like this?"
                         r"why do you think (?:you can|you could|it's (?:ok|okay|fine|"
                         r"acceptable))|who do you think you are|what (?:gives|gave) you the "
                         r"right|what makes you think you can|"
                         # "Retry fix not shipped. Nothing said in stand-up. What is this?"
                         r"what(?:'s| is| was) (?:this|that|all this)\s*\?$|"
                         # "Why would anyone decline a promotion?", "What's wrong with you?":
                         # a verdict with a question mark
                         # ("Why should I trust you now?", a non-native "Why I should trust
                         # you now?": the manager's own position, no curiosity about theirs)
                         r"why (?:should i|i should|would i|i would) (?:trust|believe|listen to|"
                         r"give you|keep you|bother)\b|"
                         r"why (?:would|on earth would|in the world would) (?:anyone|anybody|"
                         r"someone|any (?:sane )?person)\b|what(?:'s| is) (?:wrong|the matter) "
                         r"with you\b|who (?:in their right mind|does that)\b)")


# the manager's own guess at the answer, said after the question: "Busy, I'd guess, with the
# migration and everything.", "Probably the migration, right?", "I assume it's the support rota"
_GUESSED = re.compile(r"^(?:(?:so|and|but|or|well)[,]?\s+)?(?:probably|presumably|maybe|perhaps|"
                      r"i'd guess|i guess|i assume|i imagine|i suppose|i bet|i'm guessing|i reckon|"
                      r"must be|no doubt|knowing you|i think (?:you|we) should|you should|why "
                      r"don't you|how about)\b|\bi'd (?:guess|imagine|assume)\b"
                      # "Traffic probably, or the bus.": a bare answer with its hedge after it
                      r"|^(?:the |your |a )?[a-z'-]+(?: [a-z'-]+)?,? (?:probably|presumably|"
                      r"maybe|perhaps|i guess|i bet|i reckon|i'd say|i imagine)\b(?:[,.]|$| or\b)"
                      # the answer said for them, its certainty at the end: "So what's the
                      # thorn? It's ego, I think.", "What happens if both move? We lose two of
                      # five, obviously.", "Why did it slip? Because ..., that's why." (J36: each
                      # was praised "Open question")
                      r"|,\s*(?:obviously|of course|clearly|i think|i reckon|i guess|i'd say|i bet|"
                      r"i'm sure|no doubt|that's why|simple as that)\W*$|"
                      # (not why the manager asks: "What would help? Because I'd like to sort
                      # this.", "Because it matters to me.")
                      r"^because\b(?! i(?:'d| would)? (?:like|want|need|care|ask)\b| i(?:'m| am) "
                      r"(?:asking|trying|here)\b| it matters| you matter)")


def guesses_answer(ct: ManagerMove) -> bool:
    """An open question the manager answers at once with a guess of their own ("What's
    blocking it? I assume it's the support rota eating your time."): a leading question, not
    room to think."""
    said = sentences(ct.turn.text)
    asked = next((i for i, s in enumerate(said) if s.rstrip().endswith("?")), None)
    return asked is not None and any(_GUESSED.search(canonical(s).strip())
                                     for s in said[asked + 1:])


# a yes/no question the manager answers in the next breath: "Is it the alarm? It's the alarm.",
# "Was it the pressure? Of course it was.", "Do you care? You don't."
_CLOSED_ASKED = re.compile(r"^(?:(?:so|and|but|okay|ok|well|right)[,]?\s+)*(?:is|are|was|were|do|"
                           r"does|did|have|has|had|can|could|would|will)\b")
_ANSWERS_IT = re.compile(r"^(?:(?:so|and|but|well|yes|no|yeah|nope)[,.!]?\s+)*(?:it's|it is|it "
                         r"was|it isn't|it wasn't|that's|that is|of course|obviously|clearly|"
                         r"surely|course it|you are|you're|you were|you aren't|you weren't|you "
                         r"do|you don't|you did|you didn't|you have|you haven't|you can|you "
                         r"can't|yes|no|nope|yeah)\b")


# an invitation to answer after the question, not an answer: "Is everything alright at home?
# You can tell me.", "You don't have to say.", "You can be honest with me." (J38: quoted "a
# question you answered for them" and rewritten without the invitation)
_INVITES_ANSWER = re.compile(r"^(?:(?:and|but|so|okay|ok|honestly|really)[,]?\s+)*(?:you can "
                             r"(?:tell|talk to|say|be (?:honest|straight|open)|trust)|you (?:don't|"
                             r"do not) (?:have|need) to|you're (?:safe|allowed)|no pressure|take "
                             r"your time|only if you want)\b")


# what they told said back, led in as a say-back: "So the tests get cut when the deadline's
# close.", "Sounds like you're carrying it alone."
_SAY_BACK_LEAD = re.compile(r"^(?:(?:okay|ok|right|mm|hm),? )?(?:so|sounds like|it sounds like|"
                            r"you're saying|so you're saying|what i'm hearing is|what i hear is|"
                            r"if i've got (?:this|that|it) right),? \w")
# ...and checked with a bare tag: "That right?", "Is that right?", "Right?", "Correct?"; said
# aloud, at the end of the run ("so you feel behind all the time that right")
# (a bare "right" only as a sentence of its own: ending a run it is a filler seeking agreement,
# "so yeah the retry fix is still a bit late but i mean these things happen right")
_RIGHT_TAG = r"(?:(?:is|was) )?(?:that|this)(?:'s| is)? (?:right|correct|true|about right)"
_TAG_ALONE = re.compile(rf"^(?:{_RIGHT_TAG}|right|correct)\W*$")
_TAG_AT_END = re.compile(rf"[,.]?\s+(?:{_RIGHT_TAG})\W*$")


def checks_say_back(ct: ManagerMove) -> bool:
    """The turn's yes/no question only checks a say-back ("So the tests get cut when the
    deadline's close. That right?"): a check of what the manager heard, the right yes/no
    question, not one to rewrite as an open one (the brief of J45), whatever the coder read in
    it. A fact of the record put to them ("So PR 4812 went in on the 20th with no tests. That
    right?") is not what they told, nor is a question before the tag."""
    said = [canonical(x).strip() for x in sentences(ct.turn.text)]
    if is_unpunctuated(ct.turn.text):
        # (the sentence reader may cut a run-on anywhere: the tag is read off the whole run)
        said = [canonical(ct.turn.text).strip()]
    heads: list[str] = []
    for i, x in enumerate(said):
        if _TAG_ALONE.match(x):
            heads.append(said[i - 1] if i else "")
        elif x.endswith("?") or (i == len(said) - 1 and is_unpunctuated(ct.turn.text)):
            cut = _TAG_AT_END.search(x)
            heads.append(x[:cut.start()] if cut else "?")
    return bool(heads) and all(
        _SAY_BACK_LEAD.match(h) and not h.endswith("?") and not tells_event(h) for h in heads)


def answers_closed(ct: ManagerMove) -> bool:
    """A yes/no question the manager answers at once, in its own words ("Is it the alarm? It's
    the alarm. Everyone has an alarm."): a leading question, whatever its form (J33: it was
    quoted as a plain closed question)."""
    said = [canonical(s).strip() for s in sentences(ct.turn.text)]
    return any(q.endswith("?") and _CLOSED_ASKED.match(q) and not a.endswith("?")
               and _ANSWERS_IT.match(a) and not _INVITES_ANSWER.match(a)
               and (_long_words(q) & _long_words(a)
                                             or len(a.split()) <= 4)
               for q, a in itertools.pairwise(said))


# "Why were you picking up support tickets when you were off the rota?", "Why you are not
# testing?", "Why no tests?", a bare "Why?" after what they did: what they did, asked to be
# justified
# a shrug before the question: "ok whatever what do you want then", "Whatever. How so?"
# ("whatever you need", "whatever works for you" offer, not shrug)
_SHRUGGED = re.compile(r"\bwhatever(?:[,.!]+|\s+(?=(?:what|how|so|then|fine|okay|ok|tell)\b))")
_WHY_YOU = re.compile(r"^(?:(?:so|and|but|okay|ok|then|right)[,]?\s+)*why (?!do you (?:think|"
                      r"reckon|suppose)\b)(?:(?:did|didn't|were|"
                      r"weren't|do|don't|are|aren't|have|haven't|had|hadn't|would|wouldn't|"
                      r"can't|couldn't|won't) you|you|no)\b|^(?:(?:so|and|but|okay|ok|then|right)"
                      r"[,]?\s+)*why(?: though| then| exactly)?\W*$")


def why_you(ct: ManagerMove) -> bool:
    """Every question of the turn asks them why they did what they did: it counts as a
    question, but a coach would not hold it up as curiosity."""
    asked = [canonical(q).strip() for q in sentences(ct.turn.text) if q.rstrip().endswith("?")]
    return bool(asked) and all(_WHY_YOU.match(q) for q in asked)


# asking their view and nothing else: "What do you think?", "Thoughts?", "Agreed?"
_BARE_VIEW = re.compile(r"^(?:(?:so|and|well|okay|ok|right)[,]?\s+)*(?:what do you (?:think|reckon|"
                        r"say)|thoughts|agreed?|make sense|right|yes|no)\W*$")
# ... at the end of a turn said aloud, with no question mark
_VIEW_TAIL = re.compile(r"\s(?:(?:so|and|well|okay|ok|right|yeah) )?what do you (?:think|reckon|"
                        r"say)$")
# who or when a sentence is about: a maxim names no one and no time
_ABOUT_SOMEONE = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|you|you're|your|we|our|us|he|she|they|"
                            r"his|her|their|them|today|yesterday|monday|tuesday|wednesday|"
                            r"thursday|friday|week|month|sprint|ticket|\d+)\b")


def asks_view_of_maxim(ct: ManagerMove) -> bool:
    """A bare "What do you think?" after a saying that names no one and no time ("Rome was not
    built in a day. What do you think?"): their view of the manager's lecture, counted as a
    question but not held up as curiosity."""
    said = sentences(ct.turn.text)
    asked = [canonical(s).strip() for s in said if s.rstrip().endswith("?")]
    told = [canonical(s).strip() for s in said if not s.rstrip().endswith("?")]
    return bool(asked) and bool(told) and all(_BARE_VIEW.match(q) for q in asked) and not any(
        _ABOUT_SOMEONE.search(s) for s in told)


def asks_view_of_advice(ct: ManagerMove) -> bool:
    """Advice or an option of the manager's, then only "What do you think?" ("Maybe the
    team-lead thing is worth breathing into again? What do you think?", after she declined
    it): their view of the manager's idea, counted as a question but not held up as curiosity
    (J33: the same turn was "advice before asking" in listening and praised "Open question:
    "What do you think?"" here)."""
    said = sentences(ct.turn.text)
    asked = [canonical(s).strip() for s in said if s.rstrip().endswith("?")]
    if not asked and is_unpunctuated(ct.turn.text):
        # said aloud: "maybe you can just talk to leo before you post next time what do you think"
        low = canonical(ct.turn.text).strip()
        tail = _VIEW_TAIL.search(low)
        return ct.has(Code.ADVICE) and tail is not None and len(
            low[:tail.start()].split()) >= 3 and not _WH_OPEN.match(low)
    return ct.has(Code.ADVICE) and bool(asked) and any(
        not _BARE_VIEW.match(canonical(x).strip()) for x in said) and _BARE_VIEW.match(
        asked[-1]) is not None and all(_BARE_VIEW.match(q) or not _WH_OPEN.match(q)
                                       for q in asked)


_WH_OPEN = re.compile(r"^(?:(?:so|and|well|okay|ok|right)[,]?\s+)*(?:what|how|why|where|who|"
                      r"which|when|tell me)\b")


def answers_itself(ct: ManagerMove) -> bool:
    """An open question its own words answer for them ("So what do you want, to be an analyst
    forever?", "What do you actually want? To sit on dashboards forever?"), or one about the
    manager's own position ("What am I supposed to think?"): it still counts, but is not
    praised as an open question."""
    said = [canonical(s).strip() for s in sentences(ct.turn.text)]
    asked = [s for s in said if s.endswith("?")]
    return guesses_answer(ct) or any(_ANSWERED_ASIDE.match(q) or _RHETORICAL.match(q)
                                     for q in asked) or any(
        _ANSWER_AFTER.match(after) and len(after.split()) <= 8
        for after in asked[1:]) or any(
        q.endswith("?") and _WH_OPEN.match(q) and _GUESS_AFTER.match(after)
        for q, after in itertools.pairwise(said))


def accuses(ct: ManagerMove) -> bool:
    """A question that accuses rather than asks: one with a label, blame or threat in it, an
    interrogation, or a rhetorical one (the card counts it apart, and so does the metrics line)."""
    return (ct.has(Code.LABEL, Code.BLAME, Code.THREAT) or interrogates(ct.turn.text)
            or rhetorical(ct))


def rhetorical(ct: ManagerMove) -> bool:
    """A question of the turn is a verdict with a question mark ("Why would anyone decline a
    promotion?", "What's wrong with you?", "What am I supposed to think?"): it accuses. ("What
    could I do to help?" offers.)"""
    # (speech with no punctuation asks with no question mark: "whats wrong with you at all",
    # J41's fish-plant foreman, was praised "Open question")
    return any(_RHETORICAL.match(q) and not _OFFERS.search(q)
               for q in (canonical(q).strip() for q in sentences(ct.turn.text)
                         if q.rstrip().endswith("?") or is_unpunctuated(ct.turn.text)))


_OFFERS = re.compile(r"\bwhat (?:else )?(?:can|could) i (?:do|say) (?:to help|for you|to support|"
                     r"differently|to make)\b")


def answered_after(ct: ManagerMove) -> bool:
    """A question the turn's next question answers with a guess ("What do you actually want?
    To sit on dashboards forever?")."""
    asked = [canonical(q).strip() for q in sentences(ct.turn.text) if q.rstrip().endswith("?")]
    # (the question asked again with more weight, "how are you doing? Like, actually doing?",
    # is no answer to it)
    return any(_ANSWER_AFTER.match(after) and len(after.split()) <= 8
               and not _long_words(after) & _long_words(asked[at])
               for at, after in enumerate(asked[1:]))


def _long_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z']+", text) if len(w) > 3}


# a suggestion put up for their say: "tell me if it doesn't fit", "one option", "does that work
# for you?", "how does that sound?"
_OFFERED_FOR_THEIR_SAY = re.compile(
    r"\b(?:tell me if (?:it|that|this) doesn't (?:fit|work)|(?:tell|stop) me if (?:it's|that's) "
    r"wrong|(?:just )?one option|one idea|an idea, (?:but|and)|(?:does|would) (?:that|this) "
    r"(?:work|fit) for you|how does (?:that|this) sound|what do you make of (?:that|this)|"
    r"feel free to say no)\b")


def asks(ct: ManagerMove) -> bool:
    """The turn asks something a coach would quote as a question: a question mark, an open
    request ("Tell me about...") or speech with no punctuation. A statement the coder took for an
    open question ("At crit on the 22nd you had your camera off and said "nothing from me"...")
    still counts, but is not quoted as one."""
    text = ct.turn.text
    # "I want to talk about ... Is that alright?" asks leave, a yes/no: not quoted as open
    # (speech with no punctuation that opens on what they did, "what you said to jun on his
    # pull request was some harsh b'y", tells it: J41 saw it praised "Open question")
    if is_unpunctuated(text):
        return not _TELLS_WHAT.match(canonical(text))
    return any(s.open_question for s in match(text).sentences)


_TELLS_WHAT = re.compile(r"^(?:(?:so|and|but|look|listen|right|now|okay|ok) )*what (?:you|he|she|"
                         r"they|we|i) (?:said|did|wrote|posted|put|told|sent|called|done)\b"
                         r"(?: \w+){0,10}? (?:was|is|were|wasn't|isn't)\b")


def _expectation_checked(ct: ManagerMove, kind: ConversationType | None) -> ManagerMove:
    """An expectation with a yes/no check after it ("Next time, raise it with Leo directly or
    with me first, not in the channel. Can you do that?") asks a closed question about what
    the manager needs, whatever advice the coder read in it: the rewrite keeps the expectation
    and asks what would help (J38: it was quoted "advice with a question mark" and offered
    "What have you tried so far?" while feedback praised it as a clear expectation)."""
    said = [s for s in sentences(ct.turn.text) if s.strip()]
    asked = [s for s in said if s.rstrip().endswith("?")]
    if not (ct.has(Code.ADVICE) and ct.has(Code.EXPECTATION) and ct.has(Code.CLOSED_QUESTION)
            and kind != ConversationType.CAREER and asked and len(asked) < len(said)
            and all(BARE_CHECK.match(canonical(s).strip()) for s in asked)):
        return ct
    return replace(ct, coding=ct.coding.model_copy(
        update={"codes": ct.coding.codes - {Code.ADVICE}}))


def powerful_questioning(
    ctx: CompetencyContext, mine: list[ManagerMove], m: ConversationMetrics,
    kind: ConversationType | None = None,
) -> CompetencyScore:
    which = Competency.POWERFUL_QUESTIONING
    mine = [_expectation_checked(ct, kind) for ct in mine]
    # ("Got five minutes before the 4pm conference?" asks for the talk, whatever the code)
    advice_q = [ct for ct in mine if ct.has(Code.ADVICE) and not _office_chat(ct)
                and ct.has(Code.CLOSED_QUESTION) and not ct.has(Code.OPEN_QUESTION)
                and not asks_for_talk(ct.turn.text) and not puts_their_step(ct.turn.text)
                # ("So, to say it back: you talk to Leo first, ..., and we see each other
                # Friday. Va bene?" plays the plan back to check it)
                and not recaps(ct.turn.text)
                # ("Good, you write the comments as questions and you talk to Jun in private
                # first. When could you have the talk with Jun?" asks for their date, J33: it
                # was offered "What have you tried so far?")
                and not any(asks_their_date(s) for s in sentences(ct.turn.text)
                            if s.rstrip().endswith("?"))
                # ("..., and I shall ask the devrel lead whether you could shadow her. Shall
                # we meet again on Thursday 10 December to see how it felt?" asks to book the
                # follow-up, after their step was asked for: J34)
                and not any(books_meeting(canonical(s)) for s in sentences(ct.turn.text)
                            if s.rstrip().endswith("?"))
                # (a suggestion offered for their say after asking what would help, "Here's
                # what I'd suggest, and tell me if it doesn't fit: ... Does that work for
                # you?" after "What would make the next few weeks more manageable for you?",
                # is the one option the rewrite itself recommends: J37 saw it rewritten "What
                # have you tried so far?")
                and not (_OFFERED_FOR_THEIR_SAY.search(canonical(ct.turn.text)) and any(
                    b.index < ct.index and asks_about_plan(b) for b in mine))]
    asked = [ct for ct in mine if ct.has(Code.OPEN_QUESTION, Code.CLOSED_QUESTION)
             and ct not in advice_q]
    if not asked and not advice_q:
        if len(mine) >= MIN_TURNS_FOR_ABSENCE:
            return CompetencyScore(
                competency=which, score=1,
                summary=ctx.summary(which, 1, "You asked no questions."),
                # (the question names what the talk is for: "What's the real challenge here
                # for you?" asked in a career conversation invents a problem; J34)
                try_instead=(Rewrite(turn=-1, original="(no questions asked)",
                                     suggestion=on_the_talk("How do you see it from your side?",
                                                            ctx.facts)
                                     if ctx.facts is not None and ctx.facts.purpose
                                     else "What's the real challenge here for you?",
                                     why="One open question gets them talking."),),
            )
        return CompetencyScore(competency=which, summary=ctx.summary(which, None))
    # "Why on earth did you...?" has a question's form and an accusation's effect
    accusing = [ct for ct in asked if accuses(ct)]
    # an open question answered at once with the manager's guess leads: it counts as closed
    # (and so does one its next question answers: "What do you actually want? To sit on
    # dashboards forever?")
    # (small talk, "how's the form? Good weekend?", is neither: its second question is no
    # guess at the first one's answer, and no interview either)
    leading = [ct for ct in mine if ct.has(Code.OPEN_QUESTION) and ct not in accusing
               and (guesses_answer(ct) or answered_after(ct)) and not small_talk(ct)]
    # ...and a yes/no question answered at once ("Is it the alarm? It's the alarm."): its open
    # version is the rewrite, with the reason that fits
    answered_closed = [ct for ct in asked if not ct.has(Code.OPEN_QUESTION)
                       and ct not in accusing and answers_closed(ct)]
    leading += answered_closed
    # "Rome was not built in a day. What do you think?" asks them to agree with a maxim
    maxim = [ct for ct in mine if ct.has(Code.OPEN_QUESTION) and ct not in accusing
             and ct not in leading and asks_view_of_maxim(ct)]
    open_q = [ct for ct in mine if ct.has(Code.OPEN_QUESTION) and ct not in accusing
              and ct not in leading and ct not in maxim]
    # small talk counts, but is not praised; when it is all the talk asked ("How was the
    # weekend? Did you do anything nice?", "How are you finding the new desks?"), there were
    # no questions about the work (J33: 4/5 "Mostly open, curious questions" for it)
    only_chat = bool(open_q) and all(small_talk(ct) for ct in open_q)
    # a closing check, a permission question or an offer is the right yes/no question
    # (an option of the manager's own put as a question, "Team lead, maybe?", is no check of
    # their meaning, whatever the coder read in it; J29)
    checks = [ct for ct in asked if not ct.has(Code.OPEN_QUESTION) and ((
              good_closed_question(ct.turn.text, ct.coding) and not suggests(ct))
              or checks_say_back(ct))]
    closed = [ct for ct in asked if not ct.has(Code.OPEN_QUESTION) and ct not in checks
              and ct not in accusing and ct not in answered_closed
              and not small_talk(ct)] + maxim
    share = len(open_q) / max(1, len(open_q) + len(closed) + len(leading))
    points = 1.0 + min(2.0, 0.5 * len(open_q)) + 1.5 * share
    stacked = [ct for ct in asked if ct.turn.text.count("?") >= 3]
    points -= min(1.0, 0.5 * len(stacked))
    points -= min(1.0, 0.5 * len(advice_q))
    points -= min(1.5, 0.75 * len(accusing))
    streak = best = 0
    for ct in mine:
        streak = streak + 1 if ct in closed else 0
        best = max(best, streak)
    if best >= 3:
        points -= 0.5
    if stacked:
        points = min(points, 3.0)  # 4 and 5 ask one question at a time
    if only_chat:
        points = min(points, 2.0)
    if not open_q:
        points = min(points, 2.0)
    elif not accusing:
        points = max(points, 2.0)  # one real open question is more than "no real questions"
    score = clamp(points)
    # (a question put with a shrug, "ok whatever what do you want then", is asked and counts
    # for the level, but no coach would hold it up: J44's Chennai lead)
    praised = sorted((ct for ct in open_q if asks(ct) and not answers_itself(ct)
                      and not small_talk(ct) and not why_you(ct)
                      and not asks_view_of_advice(ct)
                      and not _SHRUGGED.search(canonical(ct.turn.text))), key=greets)
    evidence = [cite(ct, "open question", True, Code.OPEN_QUESTION) for ct in praised[:3]]
    evidence += [cite(ct, "advice with a question mark", False, Code.ADVICE)
                 for ct in advice_q[:2]]
    evidence += [cite(ct, "several questions at once", False) for ct in stacked[:1]]
    evidence += [cite(ct, "a question that accuses", False) for ct in accusing[:1]]
    evidence += [cite(ct, "closed question", False, Code.CLOSED_QUESTION)
                 for ct in [c for c in closed if c not in maxim][:1]]
    evidence += [cite(ct, "asks them to agree with a saying", False) for ct in maxim[:1]]
    evidence += [cite(ct, "a question you answered for them", False) for ct in leading[:1]]
    counts = [f"{len(open_q)} open", f"{len(closed)} closed"]
    if leading:
        counts.append(f"{len(leading)} answered with your own guess")
    if advice_q:
        counts.append(f"{len(advice_q)} advice said as a question")
    if accusing:
        counts.append(f"{len(accusing)} that accused rather than asked")
    reason = "Questions: " + ", ".join(counts[:-1]) + " and " + counts[-1] + "."
    chat = [str(ct.index) for ct in asked if small_talk(ct)][:3]
    if chat and (only_chat or not open_q):
        turns = chat[0] if len(chat) == 1 else ", ".join(chat[:-1]) + " and " + chat[-1]
        reason += (f" Your question in turn {turns} was small talk, not about the work."
                   if len(chat) == 1 else
                   f" Your questions in turns {turns} were small talk, not about the work.")
    # ("When can you realistically ship the retry fix?" gets no yes or no: it lets them set
    # their own date)
    dated = [ct for ct in checks if any(asks_their_date(s) for s in sentences(ct.turn.text)
                                        if s.rstrip().endswith("?"))]
    yes_no = [ct for ct in checks if ct not in dated]
    if yes_no:
        reason += (" Your closing and checking questions were the right yes/no questions."
                   if len(yes_no) > 1 else
                   " Your checking question was the right yes/no question.")
    if dated:
        reason += " Asking when they could do it let them set their own date."
    # a softened request with a question mark is feedback's to rewrite, not an open question
    rewrites = rewrites_for([ct for ct in advice_q + closed + answered_closed + stacked
                             if ct in advice_q or not ct.has(Code.SOFTENER)],
                            (Code.ADVICE, Code.CLOSED_QUESTION), facts=ctx.facts,
                            open_talk=kind == ConversationType.CAREER)
    own_answer = {ct.index for ct in answered_closed}
    rewrites = tuple(r.model_copy(update={"why": "You answered your own question for them; ask "
                                                 "it openly and wait for their answer."})
                     if r.turn in own_answer else r for r in rewrites)
    for ct in leading:
        alone = question_alone(ct.turn.text)
        if len(rewrites) < 2 and alone and all(r.turn != ct.index for r in rewrites):
            rewrites += (Rewrite(turn=ct.index, original=ct.turn.text, suggestion=alone,
                                 why="Your guess answered the question for them; ask it and "
                                     "wait for their answer."),)
    return CompetencyScore(
        competency=which, score=score, points=unrounded(points), evidence=tuple(evidence),
        # a greeting ("How are you doing today?") is praised after the questions of substance
        went_well=went_well([(ct, "Open question") for ct in praised]),
        try_instead=rewrites,
        # (level 2's words, "mostly closed, stacked or leading", would deny the open small talk
        # the counts show: the reason says what held it there)
        summary=ctx.summary(which, score, reason, level_text=not (only_chat and score == 2)),
    )
